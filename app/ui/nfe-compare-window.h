/* nfe-compare-window.h
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkWindow *nfe_compare_window_new (GtkWindow  *parent,
                                   const char *older_title,
                                   const char *newer_title,
                                   GPtrArray  *sections);

G_END_DECLS
