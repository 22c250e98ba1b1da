/* nfe-bullet.h
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "nfe-enums.h"

G_BEGIN_DECLS

#define NFE_TYPE_BULLET (nfe_bullet_get_type())

G_DECLARE_FINAL_TYPE (NfeBullet, nfe_bullet, NFE, BULLET, GObject)

NfeBullet  *nfe_bullet_new            (const char *text,
                                       NfeOrigin   origin);
gint64      nfe_bullet_get_id         (NfeBullet  *self);
const char *nfe_bullet_get_text       (NfeBullet  *self);
void        nfe_bullet_set_text       (NfeBullet  *self,
                                       const char *text);
NfeOrigin   nfe_bullet_get_origin     (NfeBullet  *self);
void        nfe_bullet_set_origin     (NfeBullet  *self,
                                       NfeOrigin   origin);
gboolean    nfe_bullet_get_locked     (NfeBullet  *self);
void        nfe_bullet_set_locked     (NfeBullet  *self,
                                       gboolean    locked);
const char *nfe_bullet_get_provenance (NfeBullet  *self);
const char *nfe_bullet_get_source_hash (NfeBullet *self);
const char *nfe_bullet_get_generator  (NfeBullet  *self);
void        nfe_bullet_set_source     (NfeBullet  *self,
                                       const char *provenance,
                                       const char *source_hash,
                                       const char *generator);
NfeBullet  *nfe_bullet_copy           (NfeBullet  *self);

G_END_DECLS
