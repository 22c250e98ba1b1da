/* nfe-author.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "nfe-author.h"

/* Status changes and revisions name who made them, the same way from the
 * window and from the command line. */

/**
 * nfe_author_dup_name:
 * @settings: (nullable): the application's settings
 *
 * Returns: the name set in Preferences, else the account's real name,
 *   else its login
 */
char *
nfe_author_dup_name (GSettings *settings)
{
  g_autofree char *name = settings ? g_settings_get_string (settings, "editor-name") : NULL;
  const char *real_name = g_get_real_name ();

  if (name != NULL && *g_strstrip (name) != '\0')
    return g_steal_pointer (&name);
  /* GLib says "Unknown" when the account has no real name. */
  if (real_name != NULL && *real_name != '\0' && g_strcmp0 (real_name, "Unknown") != 0)
    return g_strdup (real_name);
  return g_strdup (g_get_user_name ());
}

/**
 * nfe_author_get_settings:
 *
 * The command line runs where the application may not be installed; it
 * reads the name from Preferences only when the settings are there.
 *
 * Returns: (transfer full) (nullable): the application's settings, or
 *   %NULL when their schema is not installed
 */
GSettings *
nfe_author_get_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "editor-name"))
    return NULL;

  return g_settings_new_full (schema, NULL, NULL);
}
