/* nfe-figures.h
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char **nfe_figures_find    (const char *text);
char **nfe_figures_missing (const char *text,
                            const char *body);

G_END_DECLS
