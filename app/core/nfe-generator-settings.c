/* nfe-generator-settings.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "nfe-builtin-generator.h"
#include "nfe-generator-settings.h"
#include "nfe-http-generator.h"

/* The generator Preferences chose: the built-in one unless a server is
 * set up. The window and the command line both come through here, so
 * they use the same one. */

gboolean
nfe_generator_settings_use_http (GSettings *settings)
{
  g_autofree char *kind = g_settings_get_string (settings, "generator");

  return g_str_equal (kind, "http");
}

/**
 * nfe_generator_new_from_settings:
 * @session: the application's one HTTP session
 * @api_key: (nullable): the key from the keyring, for a server that needs one
 *
 * Returns: (transfer full): the generator to use now.
 */
NfeGenerator *
nfe_generator_new_from_settings (GSettings   *settings,
                                 SoupSession *session,
                                 const char  *api_key)
{
  g_autofree char *url = NULL;
  g_autofree char *model = NULL;
  NfeHttpGenerator *generator;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (SOUP_IS_SESSION (session), NULL);

  if (!nfe_generator_settings_use_http (settings))
    return g_object_new (NFE_TYPE_BUILTIN_GENERATOR, NULL);

  url = g_settings_get_string (settings, "generator-url");
  model = g_settings_get_string (settings, "generator-model");
  generator = nfe_http_generator_new (session, url, model);
  nfe_http_generator_set_api_key (generator, api_key);
  nfe_http_generator_set_timeout (generator, g_settings_get_uint (settings, "generator-timeout"));

  return NFE_GENERATOR (generator);
}
