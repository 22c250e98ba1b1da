/* nfe-util.h
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* GLib 2.76 has g_set_str(); Debian 12 ships 2.74, so we carry our own. */
static inline gboolean
nfe_set_str (char       **str_pointer,
             const char  *new_str)
{
  char *copy;

  if (*str_pointer == new_str || g_strcmp0 (*str_pointer, new_str) == 0)
    return FALSE;

  copy = g_strdup (new_str);
  g_free (*str_pointer);
  *str_pointer = copy;

  return TRUE;
}

/* Whether @text starts with one of @prefixes, a %NULL-terminated array. */
static inline gboolean
nfe_str_has_any_prefix (const char         *text,
                        const char * const *prefixes)
{
  for (guint i = 0; prefixes[i] != NULL; i++)
    if (g_str_has_prefix (text, prefixes[i]))
      return TRUE;

  return FALSE;
}

/* Whether @text ends with one of @suffixes, a %NULL-terminated array. */
static inline gboolean
nfe_str_has_any_suffix (const char         *text,
                        const char * const *suffixes)
{
  for (guint i = 0; suffixes[i] != NULL; i++)
    if (g_str_has_suffix (text, suffixes[i]))
      return TRUE;

  return FALSE;
}

G_END_DECLS
