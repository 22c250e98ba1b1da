/* nfe-article-editor.h
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nfe-article.h"
#include "nfe-generator.h"
#include "nfe-project.h"

G_BEGIN_DECLS

#define NFE_TYPE_ARTICLE_EDITOR (nfe_article_editor_get_type())

G_DECLARE_FINAL_TYPE (NfeArticleEditor, nfe_article_editor, NFE, ARTICLE_EDITOR, AdwBin)

NfeArticle *nfe_article_editor_get_article    (NfeArticleEditor *self);
void        nfe_article_editor_set_article    (NfeArticleEditor *self,
                                               NfeArticle       *article);
void        nfe_article_editor_set_editable   (NfeArticleEditor *self,
                                               gboolean          editable);
void        nfe_article_editor_flush          (NfeArticleEditor *self);
void        nfe_article_editor_end_session    (NfeArticleEditor *self);
void        nfe_article_editor_focus_headline (NfeArticleEditor *self);
void        nfe_article_editor_bind_settings  (NfeArticleEditor *self,
                                               GSettings        *settings);
void        nfe_article_editor_set_project    (NfeArticleEditor *self,
                                               NfeProject       *project);
void        nfe_article_editor_set_generator  (NfeArticleEditor *self,
                                               NfeGenerator     *generator);
void        nfe_article_editor_show_match     (NfeArticleEditor *self,
                                               const char       *text);

G_END_DECLS
