/* nfe-article-watch.h
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nfe-article.h"

G_BEGIN_DECLS

#define NFE_TYPE_ARTICLE_WATCH (nfe_article_watch_get_type())

G_DECLARE_FINAL_TYPE (NfeArticleWatch, nfe_article_watch, NFE, ARTICLE_WATCH, GObject)

NfeArticleWatch *nfe_article_watch_new         (void);
NfeArticle      *nfe_article_watch_get_article (NfeArticleWatch *self);
void             nfe_article_watch_set_article (NfeArticleWatch *self,
                                                NfeArticle      *article);

G_END_DECLS
