/* nfe-review-panel.h
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nfe-article.h"
#include "nfe-project.h"

G_BEGIN_DECLS

#define NFE_TYPE_REVIEW_PANEL (nfe_review_panel_get_type())

G_DECLARE_FINAL_TYPE (NfeReviewPanel, nfe_review_panel, NFE, REVIEW_PANEL, AdwBin)

void  nfe_review_panel_set_article  (NfeReviewPanel *self,
                                     NfeProject     *project,
                                     NfeArticle     *article);
void  nfe_review_panel_set_settings (NfeReviewPanel *self,
                                     GSettings      *settings);

G_END_DECLS
