/* nfe-application.h
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <libsoup/soup.h>

#include "nfe-generator.h"

G_BEGIN_DECLS

#define NFE_TYPE_APPLICATION (nfe_application_get_type())

G_DECLARE_FINAL_TYPE (NfeApplication, nfe_application, NFE, APPLICATION, AdwApplication)

NfeApplication *nfe_application_new          (void);
GSettings      *nfe_application_get_settings  (NfeApplication *self);
NfeGenerator   *nfe_application_get_generator (NfeApplication *self);
SoupSession    *nfe_application_get_session   (NfeApplication *self);

G_END_DECLS
