/* nfe-curation.h
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nfe-generator.h"
#include "nfe-question.h"

G_BEGIN_DECLS

NfeQuestion *nfe_curation_question_new  (const NfeGeneratedItem *item,
                                         const char             *body,
                                         const char             *generator_id);
GPtrArray   *nfe_curation_add_generated (GListModel             *current,
                                         GPtrArray              *generated,
                                         const char             *body,
                                         const char             *generator_id,
                                         guint                  *n_added);
char       **nfe_curation_texts         (GListModel             *questions);

G_END_DECLS
