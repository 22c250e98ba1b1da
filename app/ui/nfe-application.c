/* nfe-application.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nfe-application"

#include "config.h"

#include <glib/gi18n.h>

#include "nfe-application.h"
#include "nfe-cli.h"
#include "nfe-generator-settings.h"
#include "nfe-keyring.h"
#include "nfe-preferences-window.h"
#include "nfe-rendering.h"
#include "nfe-window.h"

#define MAX_RECENT_PROJECTS 10

struct _NfeApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  SoupSession    *session;
  NfeGenerator   *generator;
  char           *api_key;
  GCancellable   *key_lookup;
};

G_DEFINE_FINAL_TYPE (NfeApplication, nfe_application, ADW_TYPE_APPLICATION)

enum {
  PROP_0,
  PROP_GENERATOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

NfeApplication *
nfe_application_new (void)
{
  return g_object_new (NFE_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/org/nextfin/Editor",
                       NULL);
}

GSettings *
nfe_application_get_settings (NfeApplication *self)
{
  g_return_val_if_fail (NFE_IS_APPLICATION (self), NULL);
  return self->settings;
}

/**
 * nfe_application_get_session:
 *
 * Returns: (transfer none): the application's one HTTP session.
 */
SoupSession *
nfe_application_get_session (NfeApplication *self)
{
  g_return_val_if_fail (NFE_IS_APPLICATION (self), NULL);
  return self->session;
}

/**
 * nfe_application_get_generator:
 *
 * Returns: (transfer none): what writes bullets and questions, as chosen
 *   in Preferences; it changes when they do (see #NfeApplication:generator).
 */
NfeGenerator *
nfe_application_get_generator (NfeApplication *self)
{
  g_return_val_if_fail (NFE_IS_APPLICATION (self), NULL);
  return self->generator;
}

static void
rebuild_generator (NfeApplication *self)
{
  g_clear_object (&self->generator);
  self->generator = nfe_generator_new_from_settings (self->settings, self->session, self->api_key);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GENERATOR]);
}

static void
key_lookup_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  NfeApplication *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *key = nfe_keyring_lookup_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  /* Without a keyring, servers that need no key still work. */
  if (error != NULL)
    g_debug ("No API key: %s", error->message);

  g_clear_object (&self->key_lookup);
  g_free (self->api_key);
  self->api_key = g_steal_pointer (&key);
  rebuild_generator (self);
}

static void
generator_settings_changed_cb (NfeApplication *self)
{
  g_autofree char *url = g_settings_get_string (self->settings, "generator-url");

  rebuild_generator (self);

  if (!nfe_generator_settings_use_http (self->settings))
    return;

  /* The key belongs to the server: look it up again. */
  if (self->key_lookup != NULL)
    g_cancellable_cancel (self->key_lookup);
  g_clear_object (&self->key_lookup);
  self->key_lookup = g_cancellable_new ();
  nfe_keyring_lookup_async (url, self->key_lookup, key_lookup_cb, self);
}

static NfeWindow *
new_window (NfeApplication *self)
{
  return nfe_window_new (self, self->settings);
}

/* Command-line operations run here, in the calling process, before any
 * display or D-Bus is touched; anything else goes to the (single) running
 * instance as usual. */
static gboolean
nfe_application_local_command_line (GApplication   *app,
                                    char         ***arguments,
                                    int            *exit_status)
{
  if (nfe_cli_run (arguments, exit_status))
    return TRUE;

  return G_APPLICATION_CLASS (nfe_application_parent_class)->local_command_line (app,
                                                                                  arguments,
                                                                                  exit_status);
}

static void
nfe_application_activate (GApplication *app)
{
  NfeApplication *self = NFE_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (new_window (self));

  gtk_window_present (window);
}

static NfeWindow *
find_window_for (NfeApplication *self,
                 GFile          *file)
{
  NfeWindow *empty = NULL;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    {
      GFile *window_file;

      if (!NFE_IS_WINDOW (l->data))
        continue;

      window_file = nfe_window_get_file (l->data);
      if (window_file != NULL && g_file_equal (window_file, file))
        return l->data;
      if (window_file == NULL && empty == NULL)
        empty = l->data;
    }

  return empty ? empty : new_window (self);
}

static void
nfe_application_open (GApplication  *app,
                      GFile        **files,
                      int            n_files,
                      const char    *hint)
{
  NfeApplication *self = NFE_APPLICATION (app);

  for (int i = 0; i < n_files; i++)
    {
      NfeWindow *window = find_window_for (self, files[i]);

      if (nfe_window_get_file (window) == NULL)
        nfe_window_open_file (window, files[i]);
      gtk_window_present (GTK_WINDOW (window));
    }
}

static void
new_project_response_cb (GtkNativeDialog *dialog,
                         int              response,
                         NfeApplication  *self)
{
  g_autoptr(GFile) file = NULL;
  NfeWindow *window;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog))) != NULL)
    {
      window = find_window_for (self, file);
      nfe_window_create_file (window, file);
      gtk_window_present (GTK_WINDOW (window));
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static GtkFileFilter *
project_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("NextFin projects"));
  gtk_file_filter_add_mime_type (filter, "application/x-nextfin-project");
  gtk_file_filter_add_suffix (filter, "nfproj");
  return filter;
}

static void
new_project_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  NfeApplication *self = user_data;
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (_("New Project"),
                                        gtk_application_get_active_window (GTK_APPLICATION (self)),
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Create"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), _("Untitled Project.nfproj"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), project_filter ());
  g_signal_connect (dialog, "response", G_CALLBACK (new_project_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
open_project_response_cb (GtkNativeDialog *dialog,
                          int              response,
                          NfeApplication  *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog))) != NULL)
    g_application_open (G_APPLICATION (self), &file, 1, "");

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
open_project_action (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       user_data)
{
  NfeApplication *self = user_data;
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (_("Open Project"),
                                        gtk_application_get_active_window (GTK_APPLICATION (self)),
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), project_filter ());
  g_signal_connect (dialog, "response", G_CALLBACK (open_project_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
open_recent_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_variant_get_string (param, NULL));

  g_application_open (G_APPLICATION (user_data), &file, 1, "");
}

static void
new_window_action (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       user_data)
{
  gtk_window_present (GTK_WINDOW (new_window (user_data)));
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  NfeApplication *self = user_data;
  static const char *developers[] = { "NextFin", NULL };

  adw_show_about_window (gtk_application_get_active_window (GTK_APPLICATION (self)),
                         "application-name", _("NextFin Editor"),
                         "application-icon", APP_ID,
                         "developer-name", "NextFin",
                         "version", PACKAGE_VERSION,
                         "developers", developers,
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "translator-credits", _("translator-credits"),
                         "comments", _("Write, summarize and publish financial news"),
                         NULL);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  NfeApplication *self = user_data;
  GtkWindow *window = GTK_WINDOW (nfe_preferences_window_new (self->settings));

  gtk_window_set_transient_for (window, gtk_application_get_active_window (GTK_APPLICATION (self)));
  g_signal_connect_object (window, "key-changed", G_CALLBACK (generator_settings_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (window);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  NfeApplication *self = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  /* Closing each window saves its project. */
  for (GList *l = windows; l != NULL; l = windows)
    {
      windows = l->next;
      gtk_window_close (l->data);
    }
}

static void
recent_project_opened_cb (NfeApplication *self,
                          GFile          *file)
{
  g_auto(GStrv) old = g_settings_get_strv (self->settings, "recent-projects");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *path = g_file_get_path (file);
  g_auto(GStrv) recent = NULL;
  guint n = 1;

  if (path == NULL)
    return;

  g_strv_builder_add (builder, path);
  for (guint i = 0; old[i] != NULL && n < MAX_RECENT_PROJECTS; i++)
    {
      if (!g_str_equal (old[i], path))
        {
          g_strv_builder_add (builder, old[i]);
          n++;
        }
    }

  recent = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-projects", (const char * const *) recent);
}

static void
window_added_cb (NfeApplication *self,
                 GtkWindow      *window)
{
  if (NFE_IS_WINDOW (window))
    g_signal_connect_object (window, "project-opened", G_CALLBACK (recent_project_opened_cb),
                             self, G_CONNECT_SWAPPED);
}

static const GActionEntry app_actions[] = {
  { "new-project", new_project_action },
  { "open-project", open_project_action },
  { "open-recent", open_recent_action, "s" },
  { "new-window", new_window_action },
  { "about", about_action },
  { "preferences", preferences_action },
  { "quit", quit_action },
};

static void
nfe_application_startup (GApplication *app)
{
  NfeApplication *self = NFE_APPLICATION (app);
  static const struct {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.new-project", { "<Control><Shift>n", NULL } },
    { "app.open-project", { "<Control>o", NULL } },
    { "app.new-window", { "<Control><Alt>n", NULL } },
    { "app.quit", { "<Control>q", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "win.new-article", { "<Control>n", NULL } },
    { "win.import", { "<Control>i", NULL } },
    { "win.export", { "<Control>e", NULL } },
    { "win.delete-article", { "<Control>Delete", NULL } },
    { "win.toggle-sidebar", { "F9", NULL } },
    { "win.search", { "<Control><Shift>f", NULL } },
    { "window.close", { "<Control>w", NULL } },
    { "editor.toggle-preview", { "<Control><Alt>p", NULL } },
    { "editor.find", { "<Control>f", NULL } },
    { "editor.replace", { "<Control>h", NULL } },
    { "editor.find-next", { "<Control>g", "F3", NULL } },
    { "editor.find-previous", { "<Control><Shift>g", "<Shift>F3", NULL } },
    { "editor.save-revision", { "<Control><Alt>s", NULL } },
    { "editor.show-review", { "<Control><Alt>r", NULL } },
  };

  G_APPLICATION_CLASS (nfe_application_parent_class)->startup (app);

  nfe_rendering_setup ();

  self->settings = g_settings_new (APP_ID);
  self->session = soup_session_new_with_options ("user-agent", "NextFin-Editor/" PACKAGE_VERSION,
                                                 NULL);
  g_signal_connect_object (self->settings, "changed::generator",
                           G_CALLBACK (generator_settings_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::generator-url",
                           G_CALLBACK (generator_settings_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::generator-model",
                           G_CALLBACK (generator_settings_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::generator-timeout",
                           G_CALLBACK (generator_settings_changed_cb), self, G_CONNECT_SWAPPED);
  generator_settings_changed_cb (self);
  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action,
                                           accels[i].accels);

  g_signal_connect (self, "window-added", G_CALLBACK (window_added_cb), NULL);
}

static void
nfe_application_shutdown (GApplication *app)
{
  NfeApplication *self = NFE_APPLICATION (app);

  G_APPLICATION_CLASS (nfe_application_parent_class)->shutdown (app);

  if (self->key_lookup != NULL)
    g_cancellable_cancel (self->key_lookup);
  g_clear_object (&self->key_lookup);
  g_clear_object (&self->generator);
  g_clear_object (&self->session);
  g_clear_pointer (&self->api_key, g_free);
  g_clear_object (&self->settings);
}

static void
nfe_application_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  NfeApplication *self = NFE_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_GENERATOR:
      g_value_set_object (value, self->generator);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nfe_application_class_init (NfeApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = nfe_application_get_property;

  properties[PROP_GENERATOR] =
    g_param_spec_object ("generator", NULL, NULL,
                         NFE_TYPE_GENERATOR,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  app_class->local_command_line = nfe_application_local_command_line;
  app_class->activate = nfe_application_activate;
  app_class->open = nfe_application_open;
  app_class->startup = nfe_application_startup;
  app_class->shutdown = nfe_application_shutdown;
}

static void
nfe_application_init (NfeApplication *self)
{
}
