/* test-preview.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gdk/x11/gdkx.h>
#include <json-glib/json-glib.h>
#include <libsoup/soup.h>
#include <string.h>

#include "nfe-preview.h"
#include "nfe-rendering.h"
#include "nfe-test-util.h"

/* The live preview in a real window under Xvfb: edits reach the page
 * without a reload, the page runs and fetches nothing it was not meant to,
 * links leave the view alone, and editor and page scroll together. The
 * page is read through WebKit's own JavaScript calls, clicks are real X
 * events from xdotool. */

#define N_SECTIONS 60

typedef struct
{
  GtkWindow     *window;
  GtkSourceView *view;
  GtkTextBuffer *buffer;
  NfePreview    *preview;
  NfeArticle    *article;
  guint64        updated;
} Fixture;

static char *
make_body (const char *extra)
{
  GString *body = g_string_new ("NextFin News - Markets opened higher. See [NextFin site](https://example.org/nextfin).\n\n");

  if (extra != NULL)
    g_string_append_printf (body, "%s\n\n", extra);

  for (guint i = 1; i <= N_SECTIONS; i++)
    {
      g_string_append_printf (body, "## Section %u\n\n", i);
      for (guint j = 0; j < 3; j++)
        g_string_append_printf (body, "Paragraph %u.%u says that the index moved %u.%u%% as traders "
                                      "weighed the outlook for rates, earnings and the currency.\n\n",
                                i, j, i, j);
    }

  return g_string_free (body, FALSE);
}

static void
updated_cb (NfePreview *preview,
            guint64     generation,
            Fixture    *fixture)
{
  fixture->updated = MAX (fixture->updated, generation);
}

static gboolean
loaded (gpointer data)
{
  return nfe_preview_get_loaded (((Fixture *) data)->preview);
}

static gboolean
caught_up (gpointer data)
{
  Fixture *fixture = data;

  return fixture->updated >= nfe_preview_get_generation (fixture->preview);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  const char *extra = data;
  g_autofree char *body = make_body (extra);
  GtkWidget *paned = gtk_paned_new (GTK_ORIENTATION_HORIZONTAL);
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  fixture->article = nfe_article_new ();
  nfe_article_set_headline (fixture->article, "Stocks climb as rate bets shift");
  nfe_article_set_body (fixture->article, body);

  fixture->view = GTK_SOURCE_VIEW (gtk_source_view_new ());
  fixture->buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (fixture->view));
  gtk_text_buffer_set_text (fixture->buffer, body, -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (fixture->view));

  fixture->preview = nfe_preview_new ();
  g_object_set (fixture->preview, "sync-scroll", FALSE, NULL);
  g_signal_connect (fixture->preview, "updated", G_CALLBACK (updated_cb), fixture);
  nfe_preview_set_source_view (fixture->preview, fixture->view);
  nfe_preview_set_article (fixture->preview, fixture->article);

  gtk_paned_set_start_child (GTK_PANED (paned), scrolled);
  gtk_paned_set_end_child (GTK_PANED (paned), GTK_WIDGET (fixture->preview));
  gtk_paned_set_position (GTK_PANED (paned), 600);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1300, 850);
  gtk_window_set_child (fixture->window, paned);
  gtk_window_present (fixture->window);

  nfe_test_wait_until (loaded, fixture, 20000);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  g_clear_object (&fixture->article);
  /* Let WebKit finish with the view before the next test. */
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
}

typedef struct
{
  char     *result;
  gboolean  done;
} Eval;

static void
eval_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  Eval *eval = user_data;
  g_autoptr(JSCValue) value = NULL;
  g_autoptr(GError) error = NULL;

  value = webkit_web_view_evaluate_javascript_finish (WEBKIT_WEB_VIEW (object), result, &error);
  g_assert_no_error (error);
  eval->result = jsc_value_is_undefined (value) ? g_strdup ("undefined") : jsc_value_to_json (value, 0);
  eval->done = TRUE;
}

static gboolean
eval_done (gpointer data)
{
  return ((Eval *) data)->done;
}

/* Runs @script in the page and returns its value as JSON. */
static char *
eval_js (Fixture    *fixture,
         const char *script)
{
  Eval eval = { 0 };

  webkit_web_view_evaluate_javascript (nfe_preview_get_web_view (fixture->preview), script, -1,
                                       NULL, NULL, NULL, eval_cb, &eval);
  nfe_test_wait_until (eval_done, &eval, 10000);
  return eval.result;
}

static double
eval_number (Fixture    *fixture,
             const char *script)
{
  g_autofree char *json = eval_js (fixture, script);

  return g_ascii_strtod (json, NULL);
}

static void
insert_at_offset (Fixture    *fixture,
                  int         offset,
                  const char *text)
{
  GtkTextIter iter;

  if (offset < 0)
    gtk_text_buffer_get_end_iter (fixture->buffer, &iter);
  else
    gtk_text_buffer_get_iter_at_offset (fixture->buffer, &iter, offset);
  gtk_text_buffer_insert (fixture->buffer, &iter, text, -1);
  nfe_test_wait_until (caught_up, fixture, 10000);
}

static void
test_patch_keeps_place (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *result = NULL;
  g_autofree char *expected = NULL;
  double scroll_y, top_before, top_after;

  /* A marker a reload would wipe out. */
  eval_js (fixture, "window.__marker = 42; window.scrollTo(0, 4000); 0");
  nfe_test_wait_ms (200);
  scroll_y = eval_number (fixture, "window.scrollY");
  g_assert_cmpfloat (scroll_y, >, 3000);

  /* An edit far below what the reader sees. */
  insert_at_offset (fixture, -1, "\nAppended paragraph far below the viewport.\n");
  result = eval_js (fixture, "[window.scrollY, window.__marker,"
                             " document.body.innerText.includes('Appended paragraph far below')]");
  expected = g_strdup_printf ("[%g,42,true]", scroll_y);
  g_assert_cmpstr (result, ==, expected);

  /* An edit above it, which changes the height of what is above: the text
   * the reader is looking at stays where it is on screen. */
  top_before = eval_number (fixture, "window.__anchor = document.getElementById('nfe-body')"
                                     ".children[Array.from(document.getElementById('nfe-body').children)"
                                     ".findIndex(e => e.getBoundingClientRect().bottom > 0)];"
                                     " window.__anchor.getBoundingClientRect().top");
  insert_at_offset (fixture, 0, "A new opening paragraph,\nlong enough to wrap onto several lines of "
                                "the preview so that everything below it moves down by a lot "
                                "unless the preview keeps the reader's place.\n\n");
  top_after = eval_number (fixture, "window.__anchor.isConnected ? window.__anchor.getBoundingClientRect().top : 1e9");
  g_assert_cmpfloat (ABS (top_after - top_before), <=, 1.0);
  g_assert_cmpfloat (eval_number (fixture, "window.__marker"), ==, 42);
  g_assert_cmpfloat (eval_number (fixture, "document.body.innerText.indexOf('A new opening paragraph')"),
                     >=, 0);

  /* Headline, bullets and questions follow too. */
  nfe_article_set_headline (fixture->article, "Stocks <climb> further");
  for (guint i = 0; i < 100; i++)
    {
      g_autofree char *h1 = eval_js (fixture, "document.querySelector('h1').textContent");

      if (g_str_equal (h1, "\"Stocks <climb> further\""))
        break;
      g_assert_cmpuint (i, <, 99);
      nfe_test_wait_ms (20);
    }
  g_assert_cmpfloat (eval_number (fixture, "window.__marker"), ==, 42);
}

typedef struct
{
  guint n_requests;
} Server;

static void
server_cb (SoupServer        *server,
           SoupServerMessage *message,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  Server *state = user_data;

  state->n_requests++;
  soup_server_message_set_status (message, 200, NULL);
  soup_server_message_set_response (message, "text/plain", SOUP_MEMORY_STATIC, "x", 1);
}

static gboolean
got_request (gpointer data)
{
  return ((Server *) data)->n_requests > 0;
}

/* Everything a pasted article could use to run script or reach the
 * network, aimed at a server of the test's own. */
static void
test_hostile_article (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(SoupServer) server = soup_server_new (NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(NfeBullet) bullet = NULL;
  g_autoptr(NfeArticle) article = nfe_article_new ();
  g_autofree char *url = NULL;
  GSList *uris;
  Server state = { 0 };

  soup_server_add_handler (server, NULL, server_cb, &state, NULL);
  soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (server);
  url = g_uri_to_string (uris->data);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  g_string_append_printf (body,
                          "Text <script>window.__pwned = 1;</script> and "
                          "<img src=\"%simg-tag\" onerror=\"window.__pwned = 2\">.\n\n"
                          "[link](javascript:window.__pwned=3) ![chart](%smarkdown-image)\n\n"
                          "<iframe src=\"%siframe\"></iframe>\n\n"
                          "<div style=\"background: url(%scss)\">styled</div>\n\n"
                          "<svg onload=\"window.__pwned = 5\"></svg>\n",
                          url, url, url, url);
  nfe_article_set_headline (article, "<script>window.__pwned = 6;</script>Headline");
  nfe_article_set_body (article, body->str);
  bullet = nfe_bullet_new ("<img src=x onerror=\"window.__pwned = 7\">", NFE_ORIGIN_MANUAL);
  nfe_article_add_bullet (article, bullet);
  gtk_text_buffer_set_text (fixture->buffer, body->str, -1);
  nfe_preview_set_article (fixture->preview, article);
  nfe_test_wait_until (loaded, fixture, 20000);
  nfe_test_wait_ms (500);

  g_assert_false (webkit_settings_get_enable_javascript_markup (
                    webkit_web_view_get_settings (nfe_preview_get_web_view (fixture->preview))));
  g_assert_cmpstr (eval_js (fixture, "typeof window.__pwned"), ==, "\"undefined\"");
  g_assert_cmpfloat (eval_number (fixture, "document.querySelectorAll('script, iframe, svg, "
                                           "[onerror], [onload], [style], a[href^=javascript]').length"),
                     ==, 0);
  g_assert_cmpfloat (eval_number (fixture, "document.body.innerText.indexOf('<script>')"), >=, 0);

  /* Even markup that got into the page past the escaping does not run. */
  eval_js (fixture, "nfe.setPart('nfe-closing', '<img src=x onerror=\"window.__pwned = 8\">'); 0");
  nfe_test_wait_ms (300);
  g_assert_cmpstr (eval_js (fixture, "typeof window.__pwned"), ==, "\"undefined\"");
  g_assert_cmpuint (state.n_requests, ==, 0);

  /* The same page with remote images allowed does reach the server: the
   * test can tell. */
  g_object_set (fixture->preview, "remote-images", TRUE, NULL);
  nfe_test_wait_until (loaded, fixture, 20000);
  nfe_test_wait_until (got_request, &state, 10000);
  g_assert_cmpuint (state.n_requests, ==, 1);
  nfe_preview_set_article (fixture->preview, fixture->article);
}

static void
link_clicked_cb (NfePreview  *preview,
                 const char  *uri,
                 char       **clicked)
{
  g_free (*clicked);
  *clicked = g_strdup (uri);
  /* Keep the test from starting a browser. */
  g_signal_stop_emission_by_name (preview, "link-clicked");
}

static gboolean
string_set (gpointer data)
{
  return *(char **) data != NULL;
}

/* Clicks with the real mouse at a point of the page (CSS pixels). */
static void
click_page_at (Fixture *fixture,
               double   x,
               double   y)
{
  GtkWidget *web_view = GTK_WIDGET (nfe_preview_get_web_view (fixture->preview));
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (fixture->window));
  g_autofree char *xid = g_strdup_printf ("%lu", gdk_x11_surface_get_xid (surface));
  g_autofree char *sx = NULL;
  g_autofree char *sy = NULL;
  g_autoptr(GError) error = NULL;
  graphene_point_t point = GRAPHENE_POINT_INIT (x, y), in_window;
  double dx, dy;
  int status;

  g_assert_true (gtk_widget_compute_point (web_view, GTK_WIDGET (fixture->window), &point,
                                           &in_window));
  gtk_native_get_surface_transform (GTK_NATIVE (fixture->window), &dx, &dy);
  sx = g_strdup_printf ("%d", (int) (in_window.x + dx));
  sy = g_strdup_printf ("%d", (int) (in_window.y + dy));

  g_spawn_sync (NULL, (char *[]) { "xdotool", "mousemove", "--window", xid, sx, sy,
                                   "click", "1", NULL },
                NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
}

static void
test_link_click_stays (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *clicked = NULL;
  double x, y;

  g_signal_connect (fixture->preview, "link-clicked", G_CALLBACK (link_clicked_cb), &clicked);
  eval_js (fixture, "window.__marker = 7; 0");
  nfe_test_wait_ms (500);

  x = eval_number (fixture, "(r => r.left + r.width / 2)(document.querySelector('#nfe-body a').getBoundingClientRect())");
  y = eval_number (fixture, "(r => r.top + r.height / 2)(document.querySelector('#nfe-body a').getBoundingClientRect())");
  click_page_at (fixture, x, y);

  nfe_test_wait_until (string_set, &clicked, 10000);
  g_assert_cmpstr (clicked, ==, "https://example.org/nextfin");
  nfe_test_wait_ms (300);
  g_assert_cmpstr (webkit_web_view_get_uri (nfe_preview_get_web_view (fixture->preview)), ==,
                   "about:blank");
  g_assert_cmpfloat (eval_number (fixture, "window.__marker"), ==, 7);
}

static int
line_of_text (Fixture    *fixture,
              const char *needle)
{
  GtkTextIter start, match;

  gtk_text_buffer_get_start_iter (fixture->buffer, &start);
  g_assert_true (gtk_text_iter_forward_search (&start, needle, 0, &match, NULL, NULL));
  return gtk_text_iter_get_line (&match);
}

static int
editor_top_line (Fixture *fixture)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (fixture->view));
  GtkTextIter iter;

  gtk_text_view_get_line_at_y (GTK_TEXT_VIEW (fixture->view), &iter,
                               (int) gtk_adjustment_get_value (adjustment), NULL);
  return gtk_text_iter_get_line (&iter);
}

static void
test_scroll_sync (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkTextIter iter;
  int line;

  g_object_set (fixture->preview, "sync-scroll", TRUE, NULL);
  nfe_test_wait_ms (300);

  /* Editor to preview: the heading at the top of the editor comes to the
   * top of the page. */
  line = line_of_text (fixture, "## Section 40\n");
  gtk_text_buffer_get_iter_at_line (fixture->buffer, &iter, line);
  gtk_text_buffer_place_cursor (fixture->buffer, &iter);
  gtk_text_view_scroll_to_iter (GTK_TEXT_VIEW (fixture->view), &iter, 0, TRUE, 0, 0);
  for (guint i = 0; ; i++)
    {
      double top = eval_number (fixture, "document.querySelectorAll('#nfe-body h2')[39].getBoundingClientRect().top");

      if (top > -10 && top < 40)
        break;
      if (i > 100)
        g_error ("Section 40 is at %g px, not at the top of the preview", top);
      nfe_test_wait_ms (30);
    }

  /* Preview to editor. */
  eval_js (fixture, "document.querySelectorAll('#nfe-body h2')[9].scrollIntoView(); 0");
  line = line_of_text (fixture, "## Section 10\n");
  for (guint i = 0; ABS (editor_top_line (fixture) - line) > 1; i++)
    {
      if (i > 100)
        g_error ("The editor shows line %d at the top, not %d", editor_top_line (fixture), line);
      nfe_test_wait_ms (30);
    }

  /* A click in the page puts the cursor on the line it shows. */
  nfe_test_wait_ms (300);
  click_page_at (fixture,
                 eval_number (fixture, "(r => r.left + 20)(document.querySelectorAll('#nfe-body h2')[11].getBoundingClientRect())"),
                 eval_number (fixture, "(r => r.top + r.height / 2)(document.querySelectorAll('#nfe-body h2')[11].getBoundingClientRect())"));
  line = line_of_text (fixture, "## Section 12\n");
  for (guint i = 0; ; i++)
    {
      gtk_text_buffer_get_iter_at_mark (fixture->buffer, &iter,
                                        gtk_text_buffer_get_insert (fixture->buffer));
      if (gtk_text_iter_get_line (&iter) == line)
        break;
      if (i > 100)
        g_error ("The click put the cursor on line %d, not %d", gtk_text_iter_get_line (&iter), line);
      nfe_test_wait_ms (30);
    }
}

static gboolean
crashed_page_shown (gpointer data)
{
  Fixture *fixture = data;
  GtkWidget *page = nfe_test_find_widget (GTK_WIDGET (fixture->preview), ADW_TYPE_STATUS_PAGE, 0);

  return page != NULL && gtk_widget_get_mapped (page);
}

/* The web process dies: the preview says so, offers to reload, and the
 * reloaded page shows the text as it is now, edits made meanwhile too. */
static void
test_crash_and_reload (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWidget *button;

  webkit_web_view_terminate_web_process (nfe_preview_get_web_view (fixture->preview));
  nfe_test_wait_until (crashed_page_shown, fixture, 10000);
  g_assert_false (nfe_preview_get_loaded (fixture->preview));

  gtk_text_buffer_set_text (fixture->buffer, "Written while the preview was down.\n", -1);

  button = nfe_test_find_widget (nfe_test_find_widget (GTK_WIDGET (fixture->preview),
                                                     ADW_TYPE_STATUS_PAGE, 0),
                                 GTK_TYPE_BUTTON, 0);
  g_assert_nonnull (button);
  gtk_widget_activate (button);
  nfe_test_wait_until (loaded, fixture, 20000);
  g_assert_false (crashed_page_shown (fixture));
  g_assert_cmpfloat (eval_number (fixture, "document.body.innerText.indexOf('Written while the preview was down.')"),
                     >=, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_set_prgname ("test-preview");
  adw_init ();
  nfe_rendering_setup ();

  g_test_add ("/nfe/preview/patch-keeps-place", Fixture, NULL,
              fixture_set_up, test_patch_keeps_place, fixture_tear_down);
  g_test_add ("/nfe/preview/hostile-article", Fixture, NULL,
              fixture_set_up, test_hostile_article, fixture_tear_down);
  g_test_add ("/nfe/preview/link-click-stays", Fixture, NULL,
              fixture_set_up, test_link_click_stays, fixture_tear_down);
  g_test_add ("/nfe/preview/scroll-sync", Fixture, NULL,
              fixture_set_up, test_scroll_sync, fixture_tear_down);
  g_test_add ("/nfe/preview/crash-and-reload", Fixture, NULL,
              fixture_set_up, test_crash_and_reload, fixture_tear_down);

  return g_test_run ();
}
