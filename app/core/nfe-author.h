/* nfe-author.h
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

char      *nfe_author_dup_name     (GSettings *settings);
GSettings *nfe_author_get_settings (void);

G_END_DECLS
