/* nfe-question-list.h
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nfe-generator.h"
#include "nfe-project.h"

G_BEGIN_DECLS

#define NFE_TYPE_QUESTION_LIST (nfe_question_list_get_type())

G_DECLARE_FINAL_TYPE (NfeQuestionList, nfe_question_list, NFE, QUESTION_LIST, AdwBin)

void     nfe_question_list_set_article   (NfeQuestionList *self,
                                          NfeProject      *project,
                                          NfeArticle      *article);
void     nfe_question_list_set_generator (NfeQuestionList *self,
                                          NfeGenerator    *generator);
gboolean nfe_question_list_get_busy      (NfeQuestionList *self);

G_END_DECLS
