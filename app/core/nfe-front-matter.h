/* nfe-front-matter.h
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nfe-article.h"

G_BEGIN_DECLS

gboolean    nfe_front_matter_detect (const char  *text);
NfeArticle *nfe_front_matter_parse  (const char  *text,
                                     gsize        length,
                                     GError     **error);
char       *nfe_front_matter_write  (NfeArticle  *article);

G_END_DECLS
