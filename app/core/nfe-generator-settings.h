/* nfe-generator-settings.h
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libsoup/soup.h>

#include "nfe-generator.h"

G_BEGIN_DECLS

NfeGenerator *nfe_generator_new_from_settings (GSettings   *settings,
                                               SoupSession *session,
                                               const char  *api_key);
gboolean      nfe_generator_settings_use_http (GSettings   *settings);

G_END_DECLS
