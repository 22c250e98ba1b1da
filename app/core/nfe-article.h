/* nfe-article.h
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "nfe-bullet.h"
#include "nfe-enums.h"
#include "nfe-question.h"

G_BEGIN_DECLS

#define NFE_TYPE_ARTICLE (nfe_article_get_type())

G_DECLARE_FINAL_TYPE (NfeArticle, nfe_article, NFE, ARTICLE, GObject)

/* The article's text fields, in the order of their properties. */
typedef enum
{
  NFE_ARTICLE_FIELD_HEADLINE,
  NFE_ARTICLE_FIELD_BYLINE,
  NFE_ARTICLE_FIELD_SOURCE,
  NFE_ARTICLE_FIELD_DATELINE,
  NFE_ARTICLE_FIELD_BODY,
  NFE_ARTICLE_FIELD_CLOSING,
  NFE_N_ARTICLE_FIELDS
} NfeArticleField;

NfeArticle       *nfe_article_new           (void);
gint64            nfe_article_get_id        (NfeArticle       *self);
const char       *nfe_article_get_uuid      (NfeArticle       *self);
gboolean          nfe_article_get_loaded    (NfeArticle       *self);
const char       *nfe_article_get_field     (NfeArticle       *self,
                                             NfeArticleField   field);
void              nfe_article_set_field     (NfeArticle       *self,
                                             NfeArticleField   field,
                                             const char       *value);
const char       *nfe_article_get_headline  (NfeArticle       *self);
void              nfe_article_set_headline  (NfeArticle       *self,
                                             const char       *headline);
const char       *nfe_article_get_body      (NfeArticle       *self);
void              nfe_article_set_body      (NfeArticle       *self,
                                             const char       *body);
NfeArticleStatus  nfe_article_get_status    (NfeArticle       *self);
void              nfe_article_set_status    (NfeArticle       *self,
                                             NfeArticleStatus  status);
gint64            nfe_article_get_created   (NfeArticle       *self);
gint64            nfe_article_get_updated   (NfeArticle       *self);
GListModel       *nfe_article_get_bullets   (NfeArticle       *self);
GListModel       *nfe_article_get_questions (NfeArticle       *self);
void              nfe_article_add_bullet    (NfeArticle       *self,
                                             NfeBullet        *bullet);
void              nfe_article_add_question  (NfeArticle       *self,
                                             NfeQuestion      *question);

G_END_DECLS
