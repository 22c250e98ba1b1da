/* nfe-question.h
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "nfe-enums.h"

G_BEGIN_DECLS

#define NFE_TYPE_QUESTION (nfe_question_get_type())

G_DECLARE_FINAL_TYPE (NfeQuestion, nfe_question, NFE, QUESTION, GObject)

NfeQuestion      *nfe_question_new            (const char       *text,
                                               NfeQuestionState  state,
                                               NfeOrigin         origin);
gint64            nfe_question_get_id         (NfeQuestion      *self);
const char       *nfe_question_get_text       (NfeQuestion      *self);
void              nfe_question_set_text       (NfeQuestion      *self,
                                               const char       *text);
NfeQuestionState  nfe_question_get_state      (NfeQuestion      *self);
void              nfe_question_set_state      (NfeQuestion      *self,
                                               NfeQuestionState  state);
NfeOrigin         nfe_question_get_origin     (NfeQuestion      *self);
void              nfe_question_set_origin     (NfeQuestion      *self,
                                               NfeOrigin         origin);
const char       *nfe_question_get_provenance (NfeQuestion      *self);
const char       *nfe_question_get_generator  (NfeQuestion      *self);
void              nfe_question_set_source     (NfeQuestion      *self,
                                               const char       *provenance,
                                               const char       *generator);
NfeQuestion      *nfe_question_copy           (NfeQuestion      *self);

G_END_DECLS
