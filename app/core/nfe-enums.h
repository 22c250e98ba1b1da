/* nfe-enums.h
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The values are stored in project files as the strings of the
 * nfe_*_to_string() functions below, never as numbers, so that the
 * enums can be reordered without a migration. */

typedef enum
{
  NFE_ARTICLE_STATUS_DRAFT,
  NFE_ARTICLE_STATUS_IN_REVIEW,
  NFE_ARTICLE_STATUS_APPROVED,
  NFE_ARTICLE_STATUS_PUBLISHED,
} NfeArticleStatus;

typedef enum
{
  NFE_ORIGIN_GENERATED,
  NFE_ORIGIN_EDITED,
  NFE_ORIGIN_MANUAL,
} NfeOrigin;

typedef enum
{
  NFE_QUESTION_STATE_CANDIDATE,
  NFE_QUESTION_STATE_ACCEPTED,
  NFE_QUESTION_STATE_REJECTED,
} NfeQuestionState;

const char *nfe_article_status_to_string    (NfeArticleStatus  status);
gboolean    nfe_article_status_from_string  (const char       *str,
                                             NfeArticleStatus *status);
const char *nfe_article_status_get_label    (NfeArticleStatus  status);
const char *nfe_origin_to_string            (NfeOrigin         origin);
gboolean    nfe_origin_from_string          (const char       *str,
                                             NfeOrigin        *origin);
const char *nfe_question_state_to_string    (NfeQuestionState  state);
gboolean    nfe_question_state_from_string  (const char       *str,
                                             NfeQuestionState *state);

G_END_DECLS
