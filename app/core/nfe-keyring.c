/* nfe-keyring.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nfe-keyring"

#include "config.h"

#include <glib/gi18n.h>
#include <libsecret/secret.h>
#include <string.h>

#include "nfe-keyring.h"

/* The API key of a model server lives in the desktop keyring (GNOME
 * Keyring, KWallet, …, through the Secret Service), one per server
 * address, and never in GSettings or a project file. The functions here
 * only wrap libsecret so that its failures read as sentences. */

G_DEFINE_QUARK (nfe-keyring-error-quark, nfe_keyring_error)

static const SecretSchema *
get_schema (void)
{
  static const SecretSchema schema = {
    "org.nextfin.Editor.ApiKey", SECRET_SCHEMA_NONE,
    {
      { "base-url", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    }
  };

  return &schema;
}

/* "http://host:8080", "http://host:8080/" and "http://host:8080/v1" are
 * the same server to the generator, so they share one key. */
static char *
normalize_url (const char *base_url)
{
  char *url = g_strstrip (g_strdup (base_url));
  static const char * const suffixes[] = { "/", "/chat/completions", "/v1" };
  gboolean again = TRUE;

  while (again)
    {
      again = FALSE;
      for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
        if (g_str_has_suffix (url, suffixes[i]))
          {
            url[strlen (url) - strlen (suffixes[i])] = '\0';
            again = TRUE;
          }
    }

  return url;
}

/* libsecret's messages come from D-Bus and can span lines; the part
 * worth showing is the first one. */
static void
return_error (GTask  *task,
              GError *error)
{
  g_autofree char *detail = NULL;
  char *newline;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_task_return_error (task, g_error_copy (error));
      return;
    }

  detail = g_utf8_make_valid (error->message, -1);
  if ((newline = strchr (detail, '\n')) != NULL)
    *newline = '\0';

  g_debug ("Keyring failed: %s", detail);
  g_task_return_new_error (task, NFE_KEYRING_ERROR, NFE_KEYRING_ERROR_UNAVAILABLE,
                           _("The keyring is locked or not available: %s"), g_strstrip (detail));
}

static void
store_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;

  if (!secret_password_store_finish (result, &error))
    return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
clear_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;

  /* FALSE without an error only means there was nothing to remove. */
  if (!secret_password_clear_finish (result, &error) && error != NULL)
    return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * nfe_keyring_store_async:
 * @base_url: the model server's address
 * @key: the API key; an empty one removes the stored key instead
 *
 * Stores the API key for @base_url, replacing any stored before.
 */
void
nfe_keyring_store_async (const char          *base_url,
                         const char          *key,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *url = NULL;
  g_autofree char *label = NULL;
  g_autofree char *trimmed = NULL;

  g_return_if_fail (base_url != NULL);
  g_return_if_fail (key != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, nfe_keyring_store_async);

  url = normalize_url (base_url);
  trimmed = g_strstrip (g_strdup (key));
  if (*trimmed == '\0')
    {
      secret_password_clear (get_schema (), cancellable, clear_cb, g_steal_pointer (&task),
                             "base-url", url,
                             NULL);
      return;
    }

  /* Translators: the label of the key in the keyring manager (Passwords and Keys) */
  label = g_strdup_printf (_("NextFin Editor API key for %s"), url);
  secret_password_store (get_schema (), SECRET_COLLECTION_DEFAULT, label, trimmed,
                         cancellable, store_cb, g_steal_pointer (&task),
                         "base-url", url,
                         NULL);
}

gboolean
nfe_keyring_store_finish (GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
lookup_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  char *secret;

  secret = secret_password_lookup_finish (result, &error);
  if (error != NULL)
    {
      return_error (task, error);
      return;
    }

  /* libsecret keeps secrets in memory that is never swapped out; the key
   * is about to become an ordinary property anyway, so hand on a copy and
   * wipe the original. */
  g_task_return_pointer (task, secret && *secret ? g_strdup (secret) : NULL, g_free);
  secret_password_free (secret);
}

void
nfe_keyring_lookup_async (const char          *base_url,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *url = NULL;

  g_return_if_fail (base_url != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, nfe_keyring_lookup_async);

  url = normalize_url (base_url);
  secret_password_lookup (get_schema (), cancellable, lookup_cb, g_steal_pointer (&task),
                          "base-url", url,
                          NULL);
}

/**
 * nfe_keyring_lookup_finish:
 *
 * Returns: (transfer full) (nullable): the stored key, or %NULL with no
 *   error set when none is stored for that address
 */
char *
nfe_keyring_lookup_finish (GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

void
nfe_keyring_clear_async (const char          *base_url,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *url = NULL;

  g_return_if_fail (base_url != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, nfe_keyring_clear_async);

  url = normalize_url (base_url);
  secret_password_clear (get_schema (), cancellable, clear_cb, g_steal_pointer (&task),
                         "base-url", url,
                         NULL);
}

/**
 * nfe_keyring_clear_finish:
 *
 * Returns: %TRUE when no key is stored for the address any more, whether
 *   or not there was one
 */
gboolean
nfe_keyring_clear_finish (GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
