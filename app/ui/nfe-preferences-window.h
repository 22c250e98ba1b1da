/* nfe-preferences-window.h
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define NFE_TYPE_PREFERENCES_WINDOW (nfe_preferences_window_get_type())

G_DECLARE_FINAL_TYPE (NfePreferencesWindow, nfe_preferences_window, NFE, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

NfePreferencesWindow *nfe_preferences_window_new (GSettings *settings);

G_END_DECLS
