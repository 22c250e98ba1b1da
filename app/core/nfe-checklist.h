/* nfe-checklist.h
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nfe-article.h"

G_BEGIN_DECLS

/* Shorter than this, a text is a brief, not an article. */
#define NFE_CHECKLIST_MIN_WORDS 150
#define NFE_CHECKLIST_DEFAULT_MIN_QUESTIONS 5

typedef enum
{
  NFE_CHECK_PASSED,
  NFE_CHECK_WARNING,
  NFE_CHECK_FAILED,
} NfeCheckResult;

/**
 * NfeCheck:
 * @result: how the article fares
 * @label: what was checked and what was found, in words for the editor
 *
 * One item of the publish checklist.
 */
typedef struct
{
  NfeCheckResult  result;
  char           *label;
} NfeCheck;

void       nfe_check_free              (NfeCheck   *check);
GPtrArray *nfe_checklist_run           (NfeArticle *article,
                                        guint       min_accepted_questions);
guint      nfe_checklist_count         (GPtrArray  *checks,
                                        NfeCheckResult result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NfeCheck, nfe_check_free)

G_END_DECLS
