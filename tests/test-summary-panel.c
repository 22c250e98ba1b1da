/* test-summary-panel.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gdk/x11/gdkx.h>
#include <gio/gio.h>
#include <string.h>

#include "nfe-article-json.h"
#include "nfe-builtin-generator.h"
#include "nfe-http-generator.h"
#include "nfe-rendering.h"
#include "nfe-summary-panel.h"
#include "nfe-test-util.h"

/* The summary panel in a real window on a real project, driven with real
 * X input where a person would use the keyboard or the mouse: edit, lock,
 * regenerate, reorder, undo, and a generator that cannot be reached. */

typedef struct
{
  char            *path;
  NfeProject      *project;
  NfeArticle      *article;
  GtkWindow       *window;
  NfeSummaryPanel *panel;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(NfeGenerator) generator = g_object_new (NFE_TYPE_BUILTIN_GENERATOR, NULL);

  fixture->project = nfe_test_sample_project (&fixture->path, &fixture->article);

  fixture->panel = g_object_new (NFE_TYPE_SUMMARY_PANEL, NULL);
  nfe_summary_panel_set_article (fixture->panel, fixture->project, fixture->article);
  nfe_summary_panel_set_generator (fixture->panel, generator);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 420, 800);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->panel));
  gtk_window_present (fixture->window);

  for (gint64 end = g_get_monotonic_time () + G_USEC_PER_SEC; g_get_monotonic_time () < end; )
    g_main_context_iteration (NULL, FALSE);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  g_clear_object (&fixture->article);
  nfe_project_close (fixture->project);
  g_clear_object (&fixture->project);
  g_free (fixture->path);
}

static char *
stored (Fixture    *fixture,
        const char *what)
{
  g_autofree char *sql = g_strdup_printf ("SELECT group_concat(%s, '|') FROM "
                                          "(SELECT * FROM summary_bullet ORDER BY position)", what);

  return nfe_test_sql_text (fixture->path, sql);
}

static GtkListBoxRow *
row_at (Fixture *fixture,
        int      index)
{
  GtkListBox *list = GTK_LIST_BOX (nfe_test_find_widget (GTK_WIDGET (fixture->panel), GTK_TYPE_LIST_BOX, 0));

  return gtk_list_box_get_row_at_index (list, index);
}

static gboolean
idle (gpointer data)
{
  return !nfe_summary_panel_get_busy (data);
}

static void
focus_row (Fixture *fixture,
           int      index)
{
  GtkListBoxRow *row = row_at (fixture, index);

  gtk_list_box_select_row (GTK_LIST_BOX (gtk_widget_get_parent (GTK_WIDGET (row))), row);
  gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
test_edit_lock_regenerate_undo (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autofree char *before = stored (fixture, "text");
  g_autofree char *locked_text = NULL;
  g_autofree char *after = NULL;
  g_autofree char *origins = NULL;
  g_autofree char *undone = NULL;
  GtkToggleButton *lock;


  /* Lock the second bullet with its button. */
  lock = GTK_TOGGLE_BUTTON (nfe_test_find_widget (GTK_WIDGET (row_at (fixture, 1)), GTK_TYPE_TOGGLE_BUTTON, 0));
  gtk_toggle_button_set_active (lock, TRUE);
  nfe_test_wait_ms (100);
  g_free (origins);
  origins = stored (fixture, "locked");
  g_assert_cmpstr (origins, ==, "0|1|0|0");
  locked_text = nfe_test_sql_text (fixture->path, "SELECT text FROM summary_bullet WHERE locked");

  /* Edit the third by keyboard: Enter opens it, Enter keeps the edit. */
  focus_row (fixture, 2);
  nfe_test_xdotool (fixture->window, "key", "Return", NULL);
  nfe_test_xdotool (fixture->window, "key", "ctrl+a", "type", "--delay", "10", "Edited by the desk.", NULL);
  nfe_test_xdotool (fixture->window, "key", "Return", NULL);
  g_free (origins);
  origins = stored (fixture, "text || ':' || origin");
  g_assert_nonnull (strstr (origins, "|Edited by the desk.:edited|"));

  /* Regenerate: the locked and the edited bullets stay, the others are new. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->panel), "summary.regenerate", NULL);
  nfe_test_wait_until (idle, fixture->panel, 10000);
  after = stored (fixture, "text");
  g_assert_nonnull (strstr (after, locked_text));
  g_assert_nonnull (strstr (after, "Edited by the desk."));
  g_free (origins);
  origins = stored (fixture, "origin || ':' || locked || ':' || coalesce(generator, '-')");
  g_test_message ("after regeneration: %s", origins);
  g_assert_true (g_str_has_prefix (origins, "generated:1:"));
  g_assert_nonnull (strstr (origins, "edited:0:"));
  g_assert_nonnull (strstr (origins, "generated:0:builtin-1"));

  /* Ctrl+Z, from the list, undoes the regeneration. */
  focus_row (fixture, 0);
  nfe_test_xdotool (fixture->window, "key", "ctrl+z", NULL);
  undone = stored (fixture, "text");
  g_assert_nonnull (strstr (undone, "Edited by the desk."));
  g_assert_cmpstr (undone, !=, after);
  g_assert_cmpuint (g_list_model_get_n_items (nfe_article_get_bullets (fixture->article)), ==, 4);
}

static void
test_keyboard_and_drag_reorder (Fixture       *fixture,
                                gconstpointer  data)
{
  g_auto(GStrv) before = NULL;
  g_auto(GStrv) moved = NULL;
  g_auto(GStrv) dragged = NULL;
  g_autofree char *text = stored (fixture, "text");
  graphene_rect_t first, last;
  double dx, dy;
  g_autofree char *x = NULL;
  g_autofree char *y0 = NULL;

  before = g_strsplit (text, "|", -1);

  focus_row (fixture, 0);
  nfe_test_xdotool (fixture->window, "key", "alt+Down", NULL);
  g_free (text);
  text = stored (fixture, "text");
  moved = g_strsplit (text, "|", -1);
  g_assert_cmpstr (moved[0], ==, before[1]);
  g_assert_cmpstr (moved[1], ==, before[0]);

  /* Drag the first bullet onto the last, with the mouse. */
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (row_at (fixture, 0)), GTK_WIDGET (fixture->window), &first));
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (row_at (fixture, 3)), GTK_WIDGET (fixture->window), &last));
  gtk_native_get_surface_transform (GTK_NATIVE (fixture->window), &dx, &dy);
  x = g_strdup_printf ("%d", (int) (first.origin.x + 40 + dx));
  y0 = g_strdup_printf ("%d", (int) (first.origin.y + 10 + dy));
  nfe_test_xdotool (fixture->window, "mousemove", "--window", "%1", x, y0, "mousedown", "1", NULL);
  /* Move in steps, as a hand does: GTK starts a drag past a threshold. */
  for (int step = 1; step <= 10; step++)
    {
      g_autofree char *y = g_strdup_printf ("%d", (int) (first.origin.y + 10 + dy +
                                                         step * (last.origin.y + last.size.height / 2 - first.origin.y - 10) / 10));

      nfe_test_xdotool (fixture->window, "mousemove", "--window", "%1", x, y, NULL);
    }
  nfe_test_xdotool (fixture->window, "mouseup", "1", NULL);
  g_free (text);
  text = stored (fixture, "text");
  dragged = g_strsplit (text, "|", -1);
  g_assert_cmpstr (dragged[3], ==, moved[0]);
  g_assert_cmpstr (dragged[0], ==, moved[1]);
}

static void
test_unreachable_generator (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GSocket) socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM,
                                            G_SOCKET_PROTOCOL_TCP, NULL);
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) any = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(NfeHttpGenerator) generator = NULL;
  g_autofree char *url = NULL;
  g_autofree char *before = stored (fixture, "text");
  g_autofree char *after = NULL;
  GtkWidget *revealer;
  GtkLabel *label;

  /* A port nothing listens on: bind one, note it, close it. */
  g_assert_true (g_socket_bind (socket, any, TRUE, NULL));
  bound = g_socket_get_local_address (socket, NULL);
  url = g_strdup_printf ("http://127.0.0.1:%u",
                         g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound)));
  g_socket_close (socket, NULL);

  generator = nfe_http_generator_new (session, url, "desk-model");
  nfe_summary_panel_set_generator (fixture->panel, NFE_GENERATOR (generator));
  gtk_widget_activate_action (GTK_WIDGET (fixture->panel), "summary.regenerate", NULL);
  nfe_test_wait_until (idle, fixture->panel, 15000);

  revealer = nfe_test_find_widget (GTK_WIDGET (fixture->panel), GTK_TYPE_REVEALER, 0);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  label = GTK_LABEL (nfe_test_find_widget (revealer, GTK_TYPE_LABEL, 0));
  g_test_message ("error shown: %s", gtk_label_get_label (label));
  g_assert_nonnull (strstr (gtk_label_get_label (label), "127.0.0.1"));

  after = stored (fixture, "text");
  g_assert_cmpstr (after, ==, before);
}

static void
test_figure_flag (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *row;
  gboolean flagged = FALSE;

  focus_row (fixture, 0);
  nfe_test_xdotool (fixture->window, "key", "Return", NULL);
  nfe_test_xdotool (fixture->window, "key", "ctrl+a", "type", "--delay", "10", "Revenue rose 99% in the quarter.", NULL);
  nfe_test_xdotool (fixture->window, "key", "Return", NULL);

  row = GTK_WIDGET (row_at (fixture, 0));
  for (guint i = 0; ; i++)
    {
      GtkWidget *label = nfe_test_find_widget (row, GTK_TYPE_LABEL, i);

      if (label == NULL)
        break;
      if (gtk_widget_get_visible (label) &&
          g_str_equal (gtk_label_get_label (GTK_LABEL (label)), "Not in the article: 99%"))
        flagged = TRUE;
    }
  g_assert_true (flagged);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_set_prgname ("test-summary-panel");
  adw_init ();
  nfe_rendering_setup ();

  g_test_add ("/nfe/summary-panel/edit-lock-regenerate-undo", Fixture, NULL,
              fixture_set_up, test_edit_lock_regenerate_undo, fixture_tear_down);
  g_test_add ("/nfe/summary-panel/keyboard-and-drag-reorder", Fixture, NULL,
              fixture_set_up, test_keyboard_and_drag_reorder, fixture_tear_down);
  g_test_add ("/nfe/summary-panel/unreachable-generator", Fixture, NULL,
              fixture_set_up, test_unreachable_generator, fixture_tear_down);
  g_test_add ("/nfe/summary-panel/figure-flag", Fixture, NULL,
              fixture_set_up, test_figure_flag, fixture_tear_down);

  return g_test_run ();
}
