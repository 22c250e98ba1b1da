/* nfe-http-generator.h
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libsoup/soup.h>

#include "nfe-generator.h"

G_BEGIN_DECLS

#define NFE_TYPE_HTTP_GENERATOR (nfe_http_generator_get_type())

G_DECLARE_FINAL_TYPE (NfeHttpGenerator, nfe_http_generator, NFE, HTTP_GENERATOR, GObject)

NfeHttpGenerator *nfe_http_generator_new          (SoupSession      *session,
                                                   const char       *base_url,
                                                   const char       *model);
SoupSession      *nfe_http_generator_get_session  (NfeHttpGenerator *self);
const char       *nfe_http_generator_get_base_url (NfeHttpGenerator *self);
void              nfe_http_generator_set_base_url (NfeHttpGenerator *self,
                                                   const char       *base_url);
const char       *nfe_http_generator_get_model    (NfeHttpGenerator *self);
void              nfe_http_generator_set_model    (NfeHttpGenerator *self,
                                                   const char       *model);
const char       *nfe_http_generator_get_api_key  (NfeHttpGenerator *self);
void              nfe_http_generator_set_api_key  (NfeHttpGenerator *self,
                                                   const char       *api_key);
guint             nfe_http_generator_get_timeout  (NfeHttpGenerator *self);
void              nfe_http_generator_set_timeout  (NfeHttpGenerator *self,
                                                   guint             timeout);

G_END_DECLS
