/* nfe-test-util.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gdk/x11/gdkx.h>
#include <sqlite3.h>

#include "nfe-article-json.h"
#include "nfe-test-util.h"

/* A fresh folder for one test; the test wrapper removes the whole
 * private temporary tree afterwards. */
char *
nfe_test_make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("nfe-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

char *
nfe_test_checksum (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

void
nfe_test_write_file (const char *path,
                     const char *contents,
                     gssize      length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

/* Runs SQL on a file through a connection of its own, as another program
 * would: what the project wrote must be visible from outside. */
void
nfe_test_sql (const char *path,
              const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}

char *
nfe_test_sql_text (const char *path,
                   const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = NULL;
  char *result = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    result = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return result;
}

void
nfe_test_wait_until (gboolean (*done) (gpointer),
                     gpointer   data,
                     guint      timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + timeout_ms * G_TIME_SPAN_MILLISECOND;

  while (!done (data))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("Timed out after %u ms", timeout_ms);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (5000);
    }
}

/**
 * nfe_test_find_widget:
 * @skip: how many matches to pass over
 *
 * Returns: (nullable): a descendant of @widget (or @widget) of @type, in
 *   breadth-first order: what a test reaches without private API.
 */
GtkWidget *
nfe_test_find_widget (GtkWidget *widget,
                      GType      type,
                      guint      skip)
{
  g_autoptr(GQueue) queue = g_queue_new ();

  g_queue_push_tail (queue, widget);
  while (!g_queue_is_empty (queue))
    {
      GtkWidget *current = g_queue_pop_head (queue);

      if (g_type_is_a (G_OBJECT_TYPE (current), type))
        {
          if (skip == 0)
            return current;
          skip--;
        }

      for (GtkWidget *child = gtk_widget_get_first_child (current); child;
           child = gtk_widget_get_next_sibling (child))
        g_queue_push_tail (queue, child);
    }

  return NULL;
}

/* Lets the main loop run for @ms, as a person's pause would. */
void
nfe_test_wait_ms (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
}

/**
 * nfe_test_xdotool:
 * @first: xdotool's arguments, after a focus on @window; "%1" stands for
 *   the window, as in xdotool's own window stack
 *
 * Sends real X input to @window, then lets the application handle it.
 */
void
nfe_test_xdotool (GtkWindow  *window,
                  const char *first,
                  ...)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  g_autofree char *xid = g_strdup_printf ("%lu", gdk_x11_surface_get_xid (surface));
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int status;
  va_list ap;

  g_ptr_array_add (args, "xdotool");
  g_ptr_array_add (args, "windowfocus");
  g_ptr_array_add (args, "--sync");
  g_ptr_array_add (args, xid);
  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, g_str_equal (arg, "%1") ? xid : (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  g_spawn_sync (NULL, (char **) args->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  nfe_test_wait_ms (400);
}

/**
 * nfe_test_click:
 * @window: the window @widget is in
 * @widget: what to click, in its middle
 * @modifier: (nullable): a key to hold down meanwhile, e.g. "ctrl"
 *
 * Clicks @widget with a real pointer event, as a person would.
 */
void
nfe_test_click (GtkWindow  *window,
                GtkWidget  *widget,
                const char *modifier)
{
  graphene_rect_t bounds;
  g_autofree char *x = NULL;
  g_autofree char *y = NULL;

  g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (window), &bounds));
  x = g_strdup_printf ("%d", (int) (bounds.origin.x + bounds.size.width / 2));
  y = g_strdup_printf ("%d", (int) (bounds.origin.y + bounds.size.height / 2));
  if (modifier != NULL)
    nfe_test_xdotool (window, "mousemove", "--window", "%1", x, y,
                      "keydown", modifier, "click", "1", "keyup", modifier, NULL);
  else
    nfe_test_xdotool (window, "mousemove", "--window", "%1", x, y, "click", "1", NULL);
}

/**
 * nfe_test_sample_project:
 * @path: (out): where the project file is
 * @article: (out): the bundled sample article, stored in it
 *
 * Returns: (transfer full): a new project holding the sample article.
 */
NfeProject *
nfe_test_sample_project (char       **path,
                         NfeArticle **article)
{
  g_autofree char *dir = nfe_test_make_dir ();
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  NfeProject *project;

  *path = g_build_filename (dir, "sample.nfproj", NULL);
  file = g_file_new_for_path (*path);
  project = nfe_project_create (file, &error);
  g_assert_no_error (error);
  *article = nfe_article_new_sample (&error);
  g_assert_no_error (error);
  nfe_project_insert_article (project, *article, &error);
  g_assert_no_error (error);

  return project;
}

/**
 * nfe_test_wait_for_sql:
 *
 * Keeps the main loop running until @sql gives @expected, or @timeout_ms
 * passes: input events sent by another process are handled when the
 * application gets to them, later on a loaded machine.
 *
 * Returns: (transfer full): what @sql gave last.
 */
char *
nfe_test_wait_for_sql (const char *path,
                       const char *sql,
                       const char *expected,
                       guint       timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + timeout_ms * G_TIME_SPAN_MILLISECOND;
  char *result = NULL;

  for (;;)
    {
      g_free (result);
      result = nfe_test_sql_text (path, sql);
      if (g_strcmp0 (result, expected) == 0 || g_get_monotonic_time () > deadline)
        return result;
      nfe_test_wait_ms (50);
    }
}
