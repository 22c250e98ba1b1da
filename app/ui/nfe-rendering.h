/* nfe-rendering.h
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void     nfe_rendering_setup       (void);
gboolean nfe_rendering_is_software (void);

G_END_DECLS
