/* nfe-snippet.h
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

GPtrArray *nfe_snippet_terms (const char         *query);
char      *nfe_snippet_make  (const char * const *columns,
                              guint               n_columns,
                              GPtrArray          *terms);

G_END_DECLS
