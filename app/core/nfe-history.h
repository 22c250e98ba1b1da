/* nfe-history.h
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _NfeHistory NfeHistory;

NfeHistory *nfe_history_new      (guint        limit);
void        nfe_history_free     (NfeHistory  *self);
void        nfe_history_clear    (NfeHistory  *self);
void        nfe_history_push     (NfeHistory  *self,
                                  GPtrArray   *before);
gboolean    nfe_history_can_undo (NfeHistory  *self);
gboolean    nfe_history_can_redo (NfeHistory  *self);
GPtrArray  *nfe_history_undo     (NfeHistory  *self,
                                  GPtrArray   *now);
GPtrArray  *nfe_history_redo     (NfeHistory  *self,
                                  GPtrArray   *now);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NfeHistory, nfe_history_free)

G_END_DECLS
