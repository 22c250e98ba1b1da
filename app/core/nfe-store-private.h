/* nfe-store-private.h
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nfe-article.h"
#include "nfe-bullet.h"
#include "nfe-question.h"

G_BEGIN_DECLS

/* What only the project store may do to its model objects: give them the
 * identity and the values the file holds. */

NfeArticle *_nfe_article_new_stored  (gint64             id,
                                      const char        *uuid,
                                      const char        *headline,
                                      NfeArticleStatus   status,
                                      gint64             created,
                                      gint64             updated);
void        _nfe_article_set_stored  (NfeArticle        *self,
                                      gint64             id,
                                      gint64             created,
                                      gint64             updated);
void        _nfe_article_set_loaded  (NfeArticle        *self,
                                      const char       **fields,
                                      GPtrArray         *bullets,
                                      GPtrArray         *questions);
void        _nfe_article_replace_items (NfeArticle      *self,
                                        GListModel      *list,
                                        GPtrArray       *items);
void        _nfe_bullet_set_stored   (NfeBullet         *self,
                                      gint64             id,
                                      const char        *provenance,
                                      const char        *source_hash,
                                      const char        *generator);
void        _nfe_question_set_stored (NfeQuestion       *self,
                                      gint64             id,
                                      const char        *provenance,
                                      const char        *generator);

G_END_DECLS
