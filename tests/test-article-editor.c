/* test-article-editor.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtksourceview/gtksource.h>
#include <string.h>

#include "nfe-article-editor.h"
#include "nfe-rendering.h"
#include "nfe-test-util.h"

/* A whole page copied from the desk's site and pasted into an empty
 * article becomes that article. */

#define PAGE \
  "NextFin\n\n" \
  "Harbor Logistics cuts outlook as Pacific freight rates slide\n\n" \
  "Summarized by NextFin AI\n\n" \
  "  • Harbor Logistics lowered its full-year profit forecast by 12% as container rates fell.\n" \
  "  • The company will idle four vessels on Pacific routes from January.\n" \
  "  • Shares fell 7.5% in early trading.\n\n" \
  "NextFin News - Harbor Logistics cut its full-year profit forecast by 12% on Monday, " \
  "blaming a slide in Pacific container rates that has erased most of the year's gains.\n\n" \
  "The company said it would idle four vessels on Pacific routes from January. Shares fell " \
  "7.5% in early trading.\n\n" \
  "Explore more exclusive insights at nextfin.ai.\n\n" \
  "Insights\n\n" \
  "How long could the slide in Pacific container rates last?\n\n" \
  "What does idling four vessels mean for Harbor Logistics' costs?\n\n" \
  "Search\n"

static gboolean
converted (gpointer data)
{
  return g_list_model_get_n_items (nfe_article_get_bullets (data)) == 3;
}

/* An editor on @article, in a window of its own, on screen. */
static NfeArticleEditor *
show_editor (NfeProject  *project,
             NfeArticle  *article,
             GtkWindow  **window)
{
  NfeArticleEditor *editor = g_object_new (NFE_TYPE_ARTICLE_EDITOR, NULL);

  nfe_article_editor_set_project (editor, project);
  nfe_article_editor_set_article (editor, article);
  *window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (*window, 1400, 900);
  gtk_window_set_child (*window, GTK_WIDGET (editor));
  gtk_window_present (*window);

  return editor;
}

static void
test_paste_page (void)
{
  g_autofree char *path = NULL;
  g_autoptr(NfeArticle) sample = NULL;
  g_autoptr(NfeProject) project = nfe_test_sample_project (&path, &sample);
  g_autoptr(NfeArticle) article = nfe_article_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *stored = NULL;
  NfeArticleEditor *editor;
  GtkTextBuffer *buffer;
  GtkWindow *window;

  nfe_project_insert_article (project, article, &error);
  g_assert_no_error (error);

  editor = show_editor (project, article, &window);

  /* A paste is one insertion of the clipboard's text at the cursor. */
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (nfe_test_find_widget (GTK_WIDGET (editor),
                                                                          GTK_SOURCE_TYPE_VIEW, 0)));
  gtk_text_buffer_insert_interactive_at_cursor (buffer, PAGE, -1, TRUE);
  nfe_test_wait_until (converted, article, 5000);
  nfe_article_editor_flush (editor);
  nfe_project_save (project, &error);
  g_assert_no_error (error);

  g_assert_cmpstr (nfe_article_get_headline (article), ==,
                   "Harbor Logistics cuts outlook as Pacific freight rates slide");
  g_assert_cmpstr (nfe_article_get_field (article, NFE_ARTICLE_FIELD_DATELINE), ==, "NextFin News");
  g_assert_true (g_str_has_prefix (nfe_article_get_body (article), "Harbor Logistics cut its"));
  g_assert_cmpuint (g_list_model_get_n_items (nfe_article_get_questions (article)), ==, 2);

  stored = nfe_test_sql_text (path, "SELECT (SELECT count(*) FROM summary_bullet WHERE article_id = a.id)"
                                    " || ':' || (SELECT count(*) FROM question WHERE article_id = a.id"
                                    " AND state = 'accepted') || ':' || a.headline FROM article a"
                                    " WHERE a.body_md LIKE 'Harbor Logistics cut its%'");
  g_assert_cmpstr (stored, ==, "3:2:Harbor Logistics cuts outlook as Pacific freight rates slide");

  gtk_window_destroy (window);
  nfe_project_close (project);
}

static char *
label_text (GtkWidget  *root,
            const char *contains)
{
  for (guint i = 0; ; i++)
    {
      GtkWidget *label = nfe_test_find_widget (root, GTK_TYPE_LABEL, i);

      if (label == NULL)
        return NULL;
      if (strstr (gtk_label_get_label (GTK_LABEL (label)), contains) != NULL)
        return g_strdup (gtk_label_get_label (GTK_LABEL (label)));
    }
}

/* An editing session ends with one revision of what was typed: none when
 * nothing was, never one a keystroke. The status area counts as it goes,
 * and a restored revision shows in the text at once. */
static void
test_session_revision_and_stats (void)
{
  g_autofree char *path = NULL;
  g_autoptr(NfeArticle) sample = NULL;
  g_autoptr(NfeProject) project = nfe_test_sample_project (&path, &sample);
  g_autoptr(NfeArticle) other = nfe_article_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *revisions = NULL;
  g_autofree char *stats = NULL;
  g_autofree char *shown = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  NfeArticleEditor *editor;
  GtkWidget *view;
  GtkWindow *window;
  gint64 before;

  nfe_article_set_headline (other, "Other");
  nfe_project_insert_article (project, other, &error);
  g_assert_no_error (error);

  editor = show_editor (project, sample, &window);
  nfe_test_wait_ms (600);

  /* Looking is no edit. */
  nfe_article_editor_set_article (editor, other);
  nfe_article_editor_set_article (editor, sample);
  revisions = nfe_test_sql_text (path, "SELECT count(*) FROM revision");
  g_assert_cmpstr (revisions, ==, "0");

  stats = label_text (GTK_WIDGET (editor), " min read");
  g_assert_cmpstr (stats, ==, "763 words · 4623 characters · 4 min read\n"
                              "4 bullets · 15 accepted questions");

  /* Typing, with real keys, then moving on. */
  view = nfe_test_find_widget (GTK_WIDGET (editor), GTK_SOURCE_TYPE_VIEW, 0);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_place_cursor (buffer, &start);
  gtk_widget_grab_focus (view);
  nfe_test_xdotool (window, "type", "--delay", "40", "Exclusive: ", NULL);
  nfe_test_wait_ms (600);
  g_free (stats);
  stats = label_text (GTK_WIDGET (editor), " min read");
  g_assert_true (g_str_has_prefix (stats, "764 words · 4634 characters"));

  nfe_article_editor_set_article (editor, other);
  g_free (revisions);
  revisions = nfe_test_sql_text (path, "SELECT count(*) || ':' || group_concat(note) FROM revision"
                                       " WHERE article_id = 1");
  g_assert_cmpstr (revisions, ==, "1:Edited (kept automatically)");

  /* Restoring the state before shows in the text, as one undoable step. */
  nfe_article_editor_set_article (editor, sample);
  before = nfe_project_save_revision (project, sample, "T", "typed", &error);
  g_assert_no_error (error);
  nfe_article_set_body (sample, "Just this.\n");
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (shown, ==, "Just this.\n");
  g_assert_true (gtk_text_buffer_get_can_undo (buffer));
  g_assert_cmpint (nfe_project_restore_revision (project, sample, before, "T", &error), >, 0);
  g_free (shown);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_true (g_str_has_prefix (shown, "Exclusive: Kestrel"));

  gtk_window_destroy (window);
  nfe_project_close (project);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_set_prgname ("test-article-editor");
  adw_init ();
  nfe_rendering_setup ();

  g_test_add_func ("/nfe/article-editor/paste-page", test_paste_page);
  g_test_add_func ("/nfe/article-editor/session-revision-and-stats", test_session_revision_and_stats);

  return g_test_run ();
}
