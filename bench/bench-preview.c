/* bench-preview.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtksourceview/gtksource.h>
#include <string.h>

#include "nfe-article-editor.h"
#include "nfe-markdown.h"
#include "nfe-page.h"
#include "nfe-preview.h"
#include "nfe-rendering.h"
#include "nfe-test-util.h"
#include "nfe-text.h"

/* Drives the real article editor and its live preview in a window (run it
 * under a display: `build-aux/bench preview` gives it its own Xvfb) on
 * generated articles of 1k, 10k and 100k words. It types into the middle
 * of each through the text buffer, a character every TYPING_INTERVAL_MS,
 * and prints, as `NAME VALUE` lines:
 *   preview.SIZE.median_ms / p95_ms / max_ms  change → the page's DOM shows it
 *   preview.SIZE.max_stall_ms                 longest main-loop stall while typing
 *   markdown.SIZE.render_ms                   Markdown → HTML blocks (median)
 *   baseline.SIZE.full_reload_ms              the same page loaded whole, as
 *                                             editors that re-render on each
 *                                             change do (median of 3)
 */

#define TYPING_INTERVAL_MS 40
#define N_KEYSTROKES       80

static const char * const vocabulary[] = {
  "the", "central", "bank", "raised", "rates", "inflation", "markets", "investors", "said",
  "quarter", "revenue", "profit", "shares", "rose", "fell", "percent", "analysts", "expect",
  "growth", "demand", "supply", "chip", "exports", "policy", "yield", "bond", "currency",
  "outlook", "margin", "guidance", "capital", "spending", "billion", "million", "and", "of",
  "in", "to", "a", "for", "on", "with", "as", "by", "while", "after", "before", "its", "their",
  "risk", "trade", "tariffs", "earnings", "forecast", "index", "volatility", "credit", "debt",
};

typedef struct
{
  GtkSourceView *view;
  GtkTextBuffer *buffer;
  NfePreview    *preview;
  GHashTable    *sent;        /* generation → monotonic time of the change */
  GArray        *latencies;   /* ms */
  guint64        updated;
  guint          keystrokes;
  gint64         last_tick;
  double         max_stall_ms;
  gboolean       typing;
  gboolean       done;
} Run;

static char *
generate_article (guint words)
{
  GString *text = g_string_new (NULL);
  GRand *rand = g_rand_new_with_seed (words);
  guint written = 0, paragraph = 0;

  while (written < words)
    {
      guint length = g_rand_int_range (rand, 50, 120);

      if (paragraph % 8 == 0)
        g_string_append_printf (text, "## Section %u on %s %s\n\n", paragraph / 8 + 1,
                                vocabulary[g_rand_int_range (rand, 0, G_N_ELEMENTS (vocabulary))],
                                vocabulary[g_rand_int_range (rand, 0, G_N_ELEMENTS (vocabulary))]);
      if (paragraph % 11 == 5)
        {
          for (guint i = 0; i < 3; i++)
            g_string_append_printf (text, "- %s **%s** %u.%u%%\n",
                                    vocabulary[g_rand_int_range (rand, 0, G_N_ELEMENTS (vocabulary))],
                                    vocabulary[g_rand_int_range (rand, 0, G_N_ELEMENTS (vocabulary))],
                                    g_rand_int_range (rand, 0, 20), g_rand_int_range (rand, 0, 10));
          g_string_append_c (text, '\n');
          written += 9;
        }

      for (guint i = 0; i < length && written < words; i++, written++)
        {
          const char *word = vocabulary[g_rand_int_range (rand, 0, G_N_ELEMENTS (vocabulary))];

          if (i == 0)
            g_string_append_printf (text, "%c%s", g_ascii_toupper (word[0]), word + 1);
          else
            g_string_append_printf (text, " %s", word);
          if (i % 17 == 16)
            g_string_append_c (text, ',');
        }
      g_string_append (text, ".\n\n");
      paragraph++;
    }

  g_rand_free (rand);
  return g_string_free (text, FALSE);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
percentile (GArray *values,
            double  p)
{
  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, MIN (values->len - 1, (guint) (p * values->len)));
}

static void
updated_cb (NfePreview *preview,
            guint64     generation,
            Run        *run)
{
  gint64 now = g_get_monotonic_time ();
  GHashTableIter iter;
  gpointer key, value;

  run->updated = MAX (run->updated, generation);

  /* Every change up to @generation is in the page now. */
  g_hash_table_iter_init (&iter, run->sent);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      if (*(guint64 *) key <= generation)
        {
          double ms = (now - *(gint64 *) value) / 1000.0;

          g_array_append_val (run->latencies, ms);
          g_hash_table_iter_remove (&iter);
        }
    }
}

static gboolean
tick_cb (gpointer data)
{
  Run *run = data;
  gint64 now = g_get_monotonic_time ();

  if (run->typing && run->last_tick > 0)
    run->max_stall_ms = MAX (run->max_stall_ms, (now - run->last_tick) / 1000.0 - 1.0);
  run->last_tick = now;

  return G_SOURCE_CONTINUE;
}

static gboolean
type_cb (gpointer data)
{
  Run *run = data;
  guint64 *generation;
  gint64 *sent_at;

  if (run->keystrokes == N_KEYSTROKES)
    {
      run->typing = FALSE;
      return G_SOURCE_REMOVE;
    }

  sent_at = g_new (gint64, 1);
  *sent_at = g_get_monotonic_time ();
  gtk_text_buffer_insert_interactive_at_cursor (run->buffer, run->keystrokes % 6 == 5 ? " " : "x",
                                                1, TRUE);
  generation = g_new (guint64, 1);
  *generation = nfe_preview_get_generation (run->preview);
  g_hash_table_insert (run->sent, generation, sent_at);
  run->keystrokes++;

  return G_SOURCE_CONTINUE;
}

static void
spin_until (gboolean (*done) (Run *),
            Run       *run,
            guint      timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + timeout_ms * G_TIME_SPAN_MILLISECOND;

  while (!done (run))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("The preview did not keep up within %u ms", timeout_ms);
      g_main_context_iteration (NULL, TRUE);
    }
}

static gboolean
preview_loaded (Run *run)
{
  return nfe_preview_get_loaded (run->preview);
}

static gboolean
typing_done (Run *run)
{
  return !run->typing && g_hash_table_size (run->sent) == 0;
}

static void
settle (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static void
laid_out_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(JSCValue) value = webkit_web_view_evaluate_javascript_finish (WEBKIT_WEB_VIEW (object),
                                                                          result, NULL);

  *(gboolean *) user_data = TRUE;
}

static void
load_changed_cb (WebKitWebView   *view,
                 WebKitLoadEvent  event,
                 gboolean        *finished)
{
  if (event == WEBKIT_LOAD_FINISHED)
    *finished = TRUE;
}

/* The baseline: what a change costs when the whole page is loaded anew,
 * in a plain web view of the same size. */
static double
full_reload_ms (NfeArticle *article)
{
  GtkWidget *view = webkit_web_view_new ();
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *html = nfe_page_render (article, NULL, NFE_PAGE_PREVIEW);
  gboolean finished = FALSE;

  gtk_window_set_default_size (window, 500, 850);
  gtk_window_set_child (window, view);
  gtk_window_present (window);
  g_signal_connect (view, "load-changed", G_CALLBACK (load_changed_cb), &finished);

  for (guint i = 0; i < 4; i++)
    {
      gint64 start = g_get_monotonic_time ();
      double ms;

      finished = FALSE;
      webkit_web_view_load_html (WEBKIT_WEB_VIEW (view), html, NULL);
      while (!finished)
        g_main_context_iteration (NULL, TRUE);

      /* Loaded is not laid out: ask for the page's height, as the patch
       * path's own script does, so both include layout. */
      finished = FALSE;
      webkit_web_view_evaluate_javascript (WEBKIT_WEB_VIEW (view),
                                           "document.body.getBoundingClientRect().height", -1,
                                           NULL, NULL, NULL, laid_out_cb, &finished);
      while (!finished)
        g_main_context_iteration (NULL, TRUE);
      ms = (g_get_monotonic_time () - start) / 1000.0;

      /* The first load also starts the web process: not a change's cost. */
      if (i > 0)
        g_array_append_val (times, ms);
    }

  gtk_window_destroy (window);
  return percentile (times, 0.5);
}

static void
bench_size (guint        words,
            const char  *name)
{
  g_autofree char *markdown = generate_article (words);
  g_autoptr(NfeArticle) article = nfe_article_new ();
  g_autoptr(GArray) render_ms = g_array_new (FALSE, FALSE, sizeof (double));
  GtkWidget *editor;
  GtkWindow *window;
  GtkTextIter iter;
  Run run = { 0 };
  guint n_runs = words >= 100000 ? 9 : 21;
  guint tick;

  for (guint i = 0; i < n_runs; i++)
    {
      gint64 start = g_get_monotonic_time ();
      GPtrArray *blocks = nfe_markdown_render_blocks (markdown, strlen (markdown), NULL,
                                                      NFE_MARKDOWN_DEFAULT);
      double ms = (g_get_monotonic_time () - start) / 1000.0;

      g_array_append_val (render_ms, ms);
      g_ptr_array_unref (blocks);
    }

  nfe_article_set_headline (article, "Generated benchmark article");
  nfe_article_set_body (article, markdown);

  editor = g_object_new (NFE_TYPE_ARTICLE_EDITOR, NULL);
  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 1300, 850);
  gtk_window_set_child (window, editor);
  gtk_window_present (window);
  nfe_article_editor_set_article (NFE_ARTICLE_EDITOR (editor), article);

  run.view = GTK_SOURCE_VIEW (nfe_test_find_widget (editor, GTK_SOURCE_TYPE_VIEW, 0));
  run.buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (run.view));
  run.preview = NFE_PREVIEW (nfe_test_find_widget (editor, NFE_TYPE_PREVIEW, 0));
  run.sent = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  run.latencies = g_array_new (FALSE, FALSE, sizeof (double));
  g_signal_connect (run.preview, "updated", G_CALLBACK (updated_cb), &run);

  spin_until (preview_loaded, &run, 60000);

  /* Type at the end of a paragraph in the middle of the article, with
   * editor and preview scrolled there, as a person would. */
  gtk_text_buffer_get_iter_at_offset (run.buffer, &iter,
                                      gtk_text_buffer_get_char_count (run.buffer) / 2);
  gtk_text_iter_forward_to_line_end (&iter);
  if (gtk_text_iter_get_chars_in_line (&iter) <= 1)
    gtk_text_iter_backward_char (&iter);
  gtk_text_buffer_place_cursor (run.buffer, &iter);
  gtk_widget_grab_focus (GTK_WIDGET (run.view));
  gtk_text_view_scroll_to_mark (GTK_TEXT_VIEW (run.view), gtk_text_buffer_get_insert (run.buffer),
                                0.0, TRUE, 0.0, 0.3);
  settle (1500);

  tick = g_timeout_add (1, tick_cb, &run);
  run.typing = TRUE;
  g_timeout_add (TYPING_INTERVAL_MS, type_cb, &run);
  spin_until (typing_done, &run, 120000);
  g_source_remove (tick);

  g_print ("preview.%s.words %u\n", name, nfe_text_count_words (markdown, -1));
  g_print ("preview.%s.median_ms %.1f\n", name, percentile (run.latencies, 0.5));
  g_print ("preview.%s.p95_ms %.1f\n", name, percentile (run.latencies, 0.95));
  g_print ("preview.%s.max_ms %.1f\n", name, percentile (run.latencies, 1.0));
  g_print ("preview.%s.max_stall_ms %.1f\n", name, run.max_stall_ms);
  g_print ("markdown.%s.render_ms %.2f\n", name, percentile (render_ms, 0.5));

  g_signal_handlers_disconnect_by_data (run.preview, &run);
  g_print ("baseline.%s.full_reload_ms %.1f\n", name, full_reload_ms (article));
  gtk_window_destroy (window);
  g_hash_table_unref (run.sent);
  g_array_unref (run.latencies);
  settle (500);
}

int
main (int   argc,
      char *argv[])
{
  g_set_prgname ("bench-preview");
  gtk_init ();
  adw_init ();
  nfe_rendering_setup ();

  bench_size (1000, "1k");
  bench_size (10000, "10k");
  bench_size (100000, "100k");

  return 0;
}
