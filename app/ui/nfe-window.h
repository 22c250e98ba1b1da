/* nfe-window.h
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nfe-application.h"
#include "nfe-project.h"

G_BEGIN_DECLS

#define NFE_TYPE_WINDOW (nfe_window_get_type())

G_DECLARE_FINAL_TYPE (NfeWindow, nfe_window, NFE, WINDOW, AdwApplicationWindow)

NfeWindow  *nfe_window_new          (NfeApplication *application,
                                     GSettings      *settings);
GFile      *nfe_window_get_file     (NfeWindow      *self);
NfeProject *nfe_window_get_project  (NfeWindow      *self);
void        nfe_window_open_file    (NfeWindow      *self,
                                     GFile          *file);
void        nfe_window_create_file  (NfeWindow      *self,
                                     GFile          *file);

G_END_DECLS
