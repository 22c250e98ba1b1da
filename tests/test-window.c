/* test-window.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gdk/x11/gdkx.h>
#include <gtksourceview/gtksource.h>
#include <string.h>

#include "nfe-application.h"
#include "nfe-article-json.h"
#include "nfe-project.h"
#include "nfe-test-util.h"
#include "nfe-window.h"

/* Runs the real application on a project, types into the editor with real
 * X input events, and checks that the text reaches the project file by
 * itself; then takes a screenshot of what a person would see. */

#define TYPED " typed through xdotool"

typedef struct
{
  NfeApplication *app;
  char           *path;
  char           *screenshot;
  NfeWindow      *window;
  guint           step;
  gint64          step_started;
  GSubprocess    *subprocess;
  gboolean        finished;
} Fixture;

static GSubprocess *
spawn (const char *first,
       ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  GSubprocess *subprocess;
  const char *arg;
  va_list ap;

  va_start (ap, first);
  for (arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  subprocess = g_subprocess_newv ((const char * const *) args->pdata, G_SUBPROCESS_FLAGS_NONE,
                                  &error);
  g_assert_no_error (error);
  return subprocess;
}

static gboolean
subprocess_done (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  if (fixture->subprocess == NULL)
    return TRUE;

  /* Poll rather than block: the main loop must keep handling the events
   * the subprocess causes. */
  if (g_subprocess_get_identifier (fixture->subprocess) != NULL)
    return FALSE;

  g_assert_true (g_subprocess_get_successful (fixture->subprocess));
  g_clear_object (&fixture->subprocess);
  return TRUE;
}

static void
next_step (Fixture *fixture)
{
  fixture->step++;
  fixture->step_started = g_get_monotonic_time ();
}

static double
step_seconds (Fixture *fixture)
{
  return (g_get_monotonic_time () - fixture->step_started) / (double) G_USEC_PER_SEC;
}

static GtkSourceView *
source_view (Fixture *fixture)
{
  return GTK_SOURCE_VIEW (nfe_test_find_widget (GTK_WIDGET (fixture->window), GTK_SOURCE_TYPE_VIEW, 0));
}

static char *
buffer_text (Fixture *fixture)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (source_view (fixture)));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
}

static void
check_screenshot (Fixture *fixture)
{
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  g_autoptr(GHashTable) colors = g_hash_table_new (NULL, NULL);
  g_autoptr(GError) error = NULL;
  const guint8 *pixels;
  int width, height, stride, channels;

  pixbuf = gdk_pixbuf_new_from_file (fixture->screenshot, &error);
  g_assert_no_error (error);

  width = gdk_pixbuf_get_width (pixbuf);
  height = gdk_pixbuf_get_height (pixbuf);
  stride = gdk_pixbuf_get_rowstride (pixbuf);
  channels = gdk_pixbuf_get_n_channels (pixbuf);
  pixels = gdk_pixbuf_read_pixels (pixbuf);
  for (int y = 0; y < height; y += 2)
    for (int x = 0; x < width; x += 2)
      {
        const guint8 *p = pixels + y * stride + x * channels;

        g_hash_table_add (colors, GUINT_TO_POINTER (p[0] << 16 | p[1] << 8 | p[2]));
      }

  /* A drawn window with text in it has anti-aliased glyphs in many
   * shades; a blank or black screen has a handful of colours. */
  g_test_message ("screenshot %s: %dx%d, %u colours", fixture->screenshot, width, height,
                  g_hash_table_size (colors));
  g_assert_cmpuint (g_hash_table_size (colors), >, 64);
}

static gboolean
drive_cb (gpointer data)
{
  Fixture *fixture = data;
  GtkWindow *window;

  switch (fixture->step)
    {
    case 0:
      /* Wait for the window to open the project and show its article. */
      window = gtk_application_get_active_window (GTK_APPLICATION (fixture->app));
      if (window == NULL || !NFE_IS_WINDOW (window) ||
          nfe_window_get_project (NFE_WINDOW (window)) == NULL ||
          !gtk_widget_get_mapped (GTK_WIDGET (window)))
        break;
      fixture->window = NFE_WINDOW (window);
      if (!gtk_widget_get_mapped (GTK_WIDGET (source_view (fixture))))
        break;
      /* The window hands the application's generator to the summary. */
      for (guint i = 0; ; i++)
        {
          GtkWidget *button = nfe_test_find_widget (GTK_WIDGET (window), GTK_TYPE_BUTTON, i);

          g_assert_nonnull (button);
          if (g_strcmp0 (gtk_button_get_label (GTK_BUTTON (button)), "_Regenerate") == 0)
            {
              g_assert_true (gtk_widget_is_sensitive (button));
              break;
            }
        }
      next_step (fixture);
      break;

    case 1:
      /* The first frame comes a moment after mapping. */
      if (step_seconds (fixture) < 1.0)
        break;
      {
        GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (source_view (fixture)));
        GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (fixture->window));
        g_autofree char *xid = g_strdup_printf ("%lu", gdk_x11_surface_get_xid (surface));
        GtkTextIter end;

        gtk_text_buffer_get_end_iter (buffer, &end);
        gtk_text_buffer_place_cursor (buffer, &end);
        gtk_widget_grab_focus (GTK_WIDGET (source_view (fixture)));
        fixture->subprocess = spawn ("xdotool", "windowfocus", "--sync", xid,
                                     "type", "--delay", "15", TYPED, NULL);
      }
      next_step (fixture);
      break;

    case 2:
      if (!subprocess_done (fixture))
        break;
      {
        g_autofree char *text = buffer_text (fixture);

        /* xdotool is done sending; the last events may still be queued. */
        if (!g_str_has_suffix (text, TYPED))
          {
            if (step_seconds (fixture) > 10)
              g_assert_cmpstr (text + MAX (0, (int) strlen (text) - (int) strlen (TYPED)), ==, TYPED);
            break;
          }
      }
      next_step (fixture);
      break;

    case 3:
      /* Nobody saves: the edit must reach the file within a second or so
       * of the last keystroke. */
      {
        g_autofree char *body = nfe_test_sql_text (fixture->path,
                                                   "SELECT body_md FROM article");

        if (!g_str_has_suffix (body, TYPED))
          {
            if (step_seconds (fixture) > 1.5)
              g_error ("The typed text was not saved within 1.5 s");
            break;
          }
        g_test_message ("saved %.2f s after the last keystroke", step_seconds (fixture));
      }
      fixture->subprocess = spawn ("import", "-window", "root", fixture->screenshot, NULL);
      next_step (fixture);
      break;

    case 4:
      if (!subprocess_done (fixture))
        break;
      check_screenshot (fixture);
      gtk_window_close (GTK_WINDOW (fixture->window));
      fixture->finished = TRUE;
      return G_SOURCE_REMOVE;

    default:
      g_assert_not_reached ();
    }

  if (g_get_monotonic_time () - fixture->step_started > 30 * G_USEC_PER_SEC)
    g_error ("Step %u did not finish within 30 s", fixture->step);

  return G_SOURCE_CONTINUE;
}

static void
test_type_and_autosave (void)
{
  g_autofree char *dir = nfe_test_make_dir ();
  g_autoptr(NfeProject) project = NULL;
  g_autoptr(NfeArticle) article = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  Fixture fixture = { 0 };
  char *argv[3];

  fixture.path = g_build_filename (dir, "Markets Desk.nfproj", NULL);
  fixture.screenshot = g_test_build_filename (G_TEST_BUILT, "screenshot-window.png", NULL);

  file = g_file_new_for_path (fixture.path);
  project = nfe_project_create (file, &error);
  g_assert_no_error (error);
  article = nfe_article_new_sample (&error);
  g_assert_no_error (error);
  nfe_project_insert_article (project, article, &error);
  g_assert_no_error (error);
  nfe_project_close (project);

  fixture.app = nfe_application_new ();
  fixture.step_started = g_get_monotonic_time ();
  g_timeout_add (50, drive_cb, &fixture);

  argv[0] = (char *) "nextfin-editor";
  argv[1] = fixture.path;
  argv[2] = NULL;
  g_assert_cmpint (g_application_run (G_APPLICATION (fixture.app), 2, argv), ==, 0);
  g_assert_true (fixture.finished);

  g_clear_object (&fixture.app);
  g_free (fixture.path);
  g_free (fixture.screenshot);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_set_prgname ("test-window");

  g_test_add_func ("/nfe/window/type-and-autosave", test_type_and_autosave);

  return g_test_run ();
}
