/* nfe-summary-panel.h
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nfe-generator.h"
#include "nfe-project.h"

G_BEGIN_DECLS

#define NFE_TYPE_SUMMARY_PANEL (nfe_summary_panel_get_type())

G_DECLARE_FINAL_TYPE (NfeSummaryPanel, nfe_summary_panel, NFE, SUMMARY_PANEL, AdwBin)

void          nfe_summary_panel_set_article   (NfeSummaryPanel *self,
                                               NfeProject      *project,
                                               NfeArticle      *article);
void          nfe_summary_panel_set_generator (NfeSummaryPanel *self,
                                               NfeGenerator    *generator);
NfeGenerator *nfe_summary_panel_get_generator (NfeSummaryPanel *self);
gboolean      nfe_summary_panel_get_busy      (NfeSummaryPanel *self);

G_END_DECLS
