/* nfe-article-json.h
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "nfe-article.h"
#include "nfe-import.h"

G_BEGIN_DECLS

JsonNode   *nfe_article_to_json         (NfeArticle  *article);
NfeArticle *nfe_article_new_from_json   (JsonNode    *node,
                                         GError     **error);
NfeArticle *nfe_article_new_sample      (GError     **error);

G_END_DECLS
