/* nfe-page-text.h
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nfe-article.h"

G_BEGIN_DECLS

gboolean    nfe_page_text_detect (const char  *text);
NfeArticle *nfe_page_text_parse  (const char  *text,
                                  gsize        length,
                                  GError     **error);

G_END_DECLS
