/* nfe-preferences-window.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nfe-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "nfe-author.h"
#include "nfe-keyring.h"
#include "nfe-preferences-window.h"

/* Preferences: the generator (built-in, or a server with its address,
 * model, time limit and API key) and the preview's remote images. Every
 * setting applies as it changes; the API key goes to the keyring, never
 * to the settings or the project file. */

struct _NfePreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;
  GtkWidget            *server_group;
  AdwEntryRow          *key_row;
  GCancellable         *cancellable;
};

G_DEFINE_FINAL_TYPE (NfePreferencesWindow, nfe_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  KEY_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
kind_to_selected (GValue   *value,
                  GVariant *variant,
                  gpointer  user_data)
{
  g_value_set_uint (value, g_str_equal (g_variant_get_string (variant, NULL), "http") ? 1 : 0);
  return TRUE;
}

static GVariant *
selected_to_kind (const GValue       *value,
                  const GVariantType *type,
                  gpointer            user_data)
{
  return g_variant_new_string (g_value_get_uint (value) == 1 ? "http" : "builtin");
}

static void
key_stored_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(NfePreferencesWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!nfe_keyring_store_finish (result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                          adw_toast_new (error->message));
      return;
    }

  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                    adw_toast_new (_("API key saved in the keyring")));
  g_signal_emit (self, signals[KEY_CHANGED], 0);
}

static void
key_applied_cb (NfePreferencesWindow *self)
{
  g_autofree char *url = g_settings_get_string (self->settings, "generator-url");
  const char *key = gtk_editable_get_text (GTK_EDITABLE (self->key_row));

  nfe_keyring_store_async (url, key, self->cancellable, key_stored_cb, g_object_ref (self));
  gtk_editable_set_text (GTK_EDITABLE (self->key_row), "");
}

static void
kind_changed_cb (NfePreferencesWindow *self)
{
  g_autofree char *kind = g_settings_get_string (self->settings, "generator");

  gtk_widget_set_sensitive (self->server_group, g_str_equal (kind, "http"));
}

static GtkWidget *
entry_row (GSettings  *settings,
           const char *key,
           const char *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  g_settings_bind (settings, key, row, "text", G_SETTINGS_BIND_DEFAULT);
  return row;
}

static void
build (NfePreferencesWindow *self)
{
  const char *kinds[] = { N_("Built-in (offline)"), N_("OpenAI-compatible server"), NULL };
  g_autoptr(GtkStringList) kind_model = gtk_string_list_new (NULL);
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *generator_group = adw_preferences_group_new ();
  GtkWidget *preview_group = adw_preferences_group_new ();
  GtkWidget *kind_row = adw_combo_row_new ();
  GtkWidget *timeout_row = adw_action_row_new ();
  GtkWidget *timeout = gtk_spin_button_new_with_range (5, 600, 5);
  GtkWidget *remote_row = adw_action_row_new ();
  GtkWidget *remote = gtk_switch_new ();
  GtkWidget *review_group = adw_preferences_group_new ();
  GtkWidget *questions_row = adw_action_row_new ();
  GtkWidget *questions = gtk_spin_button_new_with_range (0, 25, 1);
  g_autofree char *default_name = NULL;
  g_autofree char *name_description = NULL;

  for (guint i = 0; kinds[i] != NULL; i++)
    gtk_string_list_append (kind_model, _(kinds[i]));

  adw_preferences_page_set_title (ADW_PREFERENCES_PAGE (page), _("General"));
  adw_preferences_page_set_icon_name (ADW_PREFERENCES_PAGE (page), "preferences-system-symbolic");

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (generator_group),
                                   _("Summary and Questions"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (generator_group),
                                         _("What writes the summary bullets and insight questions. "
                                           "The built-in generator works offline and always gives the same result."));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (kind_row), _("Generator"));
  adw_combo_row_set_model (ADW_COMBO_ROW (kind_row), G_LIST_MODEL (kind_model));
  g_settings_bind_with_mapping (self->settings, "generator", kind_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, kind_to_selected, selected_to_kind,
                                NULL, NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (generator_group), kind_row);

  self->server_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->server_group), _("Server"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->server_group),
                                         _("llama.cpp’s llama-server, Ollama, vLLM or a hosted service"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->server_group),
                             entry_row (self->settings, "generator-url", _("Address")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->server_group),
                             entry_row (self->settings, "generator-model", _("Model")));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (timeout_row), _("Time Limit (seconds)"));
  gtk_widget_set_valign (timeout, GTK_ALIGN_CENTER);
  g_settings_bind (self->settings, "generator-timeout",
                   gtk_spin_button_get_adjustment (GTK_SPIN_BUTTON (timeout)), "value",
                   G_SETTINGS_BIND_DEFAULT);
  adw_action_row_add_suffix (ADW_ACTION_ROW (timeout_row), timeout);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->server_group), timeout_row);

  self->key_row = ADW_ENTRY_ROW (adw_password_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->key_row),
                                 _("API Key (kept in the keyring)"));
  adw_entry_row_set_show_apply_button (self->key_row, TRUE);
  g_signal_connect_object (self->key_row, "apply", G_CALLBACK (key_applied_cb), self,
                           G_CONNECT_SWAPPED);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->server_group), GTK_WIDGET (self->key_row));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (preview_group), _("Preview"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (remote_row), _("Show Images from the Web"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (remote_row),
                               _("Off, the preview loads nothing from the network"));
  gtk_widget_set_valign (remote, GTK_ALIGN_CENTER);
  g_settings_bind (self->settings, "preview-remote-images", remote, "active",
                   G_SETTINGS_BIND_DEFAULT);
  adw_action_row_add_suffix (ADW_ACTION_ROW (remote_row), remote);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (remote_row), remote);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (preview_group), remote_row);

  /* Signed with the account's name unless the editor says otherwise. */
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (review_group), _("Review"));
  default_name = nfe_author_dup_name (NULL);
  name_description = g_strdup_printf (_("Status changes and revisions are signed with your name; "
                                        "left empty, it is “%s”."), default_name);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (review_group), name_description);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (review_group),
                             entry_row (self->settings, "editor-name", _("Your Name")));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (questions_row),
                                 _("Accepted Questions to Publish"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (questions_row),
                               _("The publish checklist fails with fewer"));
  gtk_widget_set_valign (questions, GTK_ALIGN_CENTER);
  g_settings_bind (self->settings, "publish-min-questions",
                   gtk_spin_button_get_adjustment (GTK_SPIN_BUTTON (questions)), "value",
                   G_SETTINGS_BIND_DEFAULT);
  adw_action_row_add_suffix (ADW_ACTION_ROW (questions_row), questions);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (review_group), questions_row);

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (review_group));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (generator_group));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (self->server_group));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (preview_group));
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), ADW_PREFERENCES_PAGE (page));

  g_signal_connect_object (self->settings, "changed::generator", G_CALLBACK (kind_changed_cb),
                           self, G_CONNECT_SWAPPED);
  kind_changed_cb (self);
}

NfePreferencesWindow *
nfe_preferences_window_new (GSettings *settings)
{
  NfePreferencesWindow *self = g_object_new (NFE_TYPE_PREFERENCES_WINDOW, NULL);

  self->settings = g_object_ref (settings);
  build (self);
  return self;
}

static void
nfe_preferences_window_dispose (GObject *object)
{
  NfePreferencesWindow *self = (NfePreferencesWindow *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (nfe_preferences_window_parent_class)->dispose (object);
}

static void
nfe_preferences_window_class_init (NfePreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = nfe_preferences_window_dispose;

  /**
   * NfePreferencesWindow::key-changed:
   *
   * Emitted when a new API key was saved in the keyring.
   */
  signals[KEY_CHANGED] =
    g_signal_new ("key-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
nfe_preferences_window_init (NfePreferencesWindow *self)
{
  self->cancellable = g_cancellable_new ();
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 620);
}
