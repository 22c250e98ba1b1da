/* test-review-panel.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "nfe-rendering.h"
#include "nfe-review-panel.h"
#include "nfe-test-util.h"

/* Review as an editor does it, with real clicks and keys: move an article
 * on with a note, meet the checklist before approving, compare two
 * revisions and see the changed words marked, restore one and undo that. */

typedef struct
{
  char           *path;
  NfeProject     *project;
  NfeArticle     *article;
  GSettings      *settings;
  GtkWindow      *window;
  NfeReviewPanel *panel;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->project = nfe_test_sample_project (&fixture->path, &fixture->article);
  fixture->settings = g_settings_new ("org.nextfin.Editor");
  g_settings_set_string (fixture->settings, "editor-name", "Rita Reviewer");

  fixture->panel = g_object_new (NFE_TYPE_REVIEW_PANEL, NULL);
  nfe_review_panel_set_settings (fixture->panel, fixture->settings);
  nfe_review_panel_set_article (fixture->panel, fixture->project, fixture->article);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 420, 1000);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->panel));
  gtk_window_present (fixture->window);
  nfe_test_wait_ms (600);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  g_clear_object (&fixture->article);
  nfe_project_close (fixture->project);
  g_clear_object (&fixture->project);
  g_settings_reset (fixture->settings, "publish-min-questions");
  g_clear_object (&fixture->settings);
  g_free (fixture->path);
}

/* The button whose label, without its mnemonic, starts with @label. */
static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  for (guint i = 0; ; i++)
    {
      GtkWidget *button = nfe_test_find_widget (root, GTK_TYPE_BUTTON, i);
      g_autoptr(GString) plain = g_string_new (NULL);
      const char *text;

      if (button == NULL)
        g_error ("No button “%s”", label);
      text = gtk_button_get_label (GTK_BUTTON (button));
      for (const char *p = text ? text : ""; *p != '\0'; p++)
        if (*p != '_')
          g_string_append_c (plain, *p);
      if (g_str_has_prefix (plain->str, label))
        return button;
    }
}

static gboolean
has_toplevel_cb (gpointer data)
{
  GType type = GPOINTER_TO_SIZE (data);
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_mapped (GTK_WIDGET (window)))
        return TRUE;
    }

  return FALSE;
}

/* The shown window of @type (the panel's dialogs are all of their own
 * type), once it is on screen. */
static GtkWindow *
wait_for_toplevel (GType type)
{
  GListModel *toplevels;

  nfe_test_wait_until (has_toplevel_cb, GSIZE_TO_POINTER (type), 10000);
  nfe_test_wait_ms (300);
  toplevels = gtk_window_get_toplevels ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_mapped (GTK_WIDGET (window)))
        return window;
    }

  g_assert_not_reached ();
}

static void
test_status_with_note_and_checklist (Fixture       *fixture,
                                     gconstpointer  data)
{
  GtkWidget *advance = find_button (GTK_WIDGET (fixture->panel), "Send for Review");
  AdwMessageDialog *dialog;
  g_autofree char *changes = NULL;
  g_autofree char *status = NULL;

  /* Send for review, saying why: the note and the name go on record. */
  nfe_test_click (fixture->window, advance, NULL);
  dialog = ADW_MESSAGE_DIALOG (wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Send for Review?");
  nfe_test_xdotool (GTK_WINDOW (dialog), "type", "--delay", "30", "Check the margins", NULL);
  nfe_test_xdotool (GTK_WINDOW (dialog), "key", "Return", NULL);
  changes = nfe_test_wait_for_sql (fixture->path,
                                   "SELECT from_status || '>' || to_status || ':' || author || ':' || note"
                                   " FROM status_change",
                                   "draft>in-review:Rita Reviewer:Check the margins", 10000);
  g_assert_cmpstr (changes, ==, "draft>in-review:Rita Reviewer:Check the margins");

  /* A desk that wants 20 accepted questions: the sample's 15 fail the
   * checklist, approving asks first, and Enter does not approve. */
  g_settings_set_uint (fixture->settings, "publish-min-questions", 20);
  nfe_test_wait_ms (500);
  advance = find_button (GTK_WIDGET (fixture->panel), "Approve");
  nfe_test_click (fixture->window, advance, NULL);
  dialog = ADW_MESSAGE_DIALOG (wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog),
                            "15 accepted questions (at least 20 needed)"));
  g_assert_cmpstr (adw_message_dialog_get_response_label (dialog, "change"), ==, "_Approve Anyway");
  nfe_test_xdotool (GTK_WINDOW (dialog), "key", "Return", NULL);
  nfe_test_wait_ms (500);
  status = nfe_test_sql_text (fixture->path, "SELECT status FROM article");
  g_assert_cmpstr (status, ==, "in-review");

  /* Approving anyway is a decision on record. */
  nfe_test_click (fixture->window, advance, NULL);
  dialog = ADW_MESSAGE_DIALOG (wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  adw_message_dialog_response (dialog, "change");
  g_free (status);
  status = nfe_test_wait_for_sql (fixture->path, "SELECT status FROM article", "approved", 10000);
  g_assert_cmpstr (status, ==, "approved");
  g_assert_cmpuint (nfe_article_get_status (fixture->article), ==, NFE_ARTICLE_STATUS_APPROVED);
}

static GtkListBoxRow *
revision_row (Fixture *fixture,
              int      index)
{
  /* Checklist, revisions, history: the revisions are the second list. */
  GtkWidget *list = nfe_test_find_widget (GTK_WIDGET (fixture->panel), GTK_TYPE_LIST_BOX, 1);

  return gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), index);
}

static void
test_compare_restore_undo (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *original = g_strdup (nfe_article_get_body (fixture->article));
  g_autofree char *rewritten = g_strconcat ("Breaking: ", original, NULL);
  g_autoptr(GError) error = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *shown = NULL;
  g_autofree char *body = NULL;
  GtkTextTag *inserted;
  GtkWindow *compare;
  AdwMessageDialog *dialog;
  const char *match;

  g_assert_cmpint (nfe_project_save_revision (fixture->project, fixture->article, "Ann", "First draft",
                                              &error), >, 0);
  nfe_article_set_body (fixture->article, rewritten);
  g_assert_true (nfe_project_save (fixture->project, &error));
  g_assert_cmpint (nfe_project_save_revision (fixture->project, fixture->article, "Ann", "Top added",
                                              &error), >, 0);
  g_assert_no_error (error);
  nfe_review_panel_set_article (fixture->panel, NULL, NULL);
  nfe_review_panel_set_article (fixture->panel, fixture->project, fixture->article);
  nfe_test_wait_ms (300);

  /* Newest first: choose both, the second with Ctrl held, and compare. */
  nfe_test_click (fixture->window, GTK_WIDGET (revision_row (fixture, 1)), NULL);
  nfe_test_click (fixture->window, GTK_WIDGET (revision_row (fixture, 0)), "ctrl");
  g_assert_true (gtk_list_box_row_is_selected (revision_row (fixture, 0)));
  g_assert_true (gtk_list_box_row_is_selected (revision_row (fixture, 1)));
  nfe_test_click (fixture->window, find_button (GTK_WIDGET (fixture->panel), "Compare"), NULL);

  compare = wait_for_toplevel (ADW_TYPE_WINDOW);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (nfe_test_find_widget (GTK_WIDGET (compare),
                                                                          GTK_TYPE_TEXT_VIEW, 0)));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_nonnull (strstr (shown, "Headline\nNo change\n"));
  g_assert_nonnull (strstr (shown, "Text\n1 word added, 0 removed\n"));
  /* Exactly the added word is marked, and nothing else in the text. */
  match = strstr (shown, "Breaking:");
  g_assert_nonnull (match);
  inserted = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "inserted");
  gtk_text_buffer_get_iter_at_offset (buffer, &start, g_utf8_pointer_to_offset (shown, match));
  g_assert_true (gtk_text_iter_has_tag (&start, inserted));
  gtk_text_iter_forward_chars (&start, strlen ("Breaking:") + 1);
  g_assert_false (gtk_text_iter_has_tag (&start, inserted));
  gtk_window_destroy (compare);
  nfe_test_wait_ms (300);

  /* Restore the first draft: the top line goes. */
  nfe_test_click (fixture->window, GTK_WIDGET (revision_row (fixture, 1)), NULL);
  g_assert_false (gtk_list_box_row_is_selected (revision_row (fixture, 0)));
  nfe_test_click (fixture->window, find_button (GTK_WIDGET (fixture->panel), "Restore"), NULL);
  dialog = ADW_MESSAGE_DIALOG (wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  nfe_test_xdotool (GTK_WINDOW (dialog), "key", "Return", NULL);
  body = nfe_test_wait_for_sql (fixture->path, "SELECT substr(body_md, 1, 9) FROM article",
                                "Kestrel S", 10000);
  g_assert_cmpstr (body, ==, "Kestrel S");
  g_assert_cmpstr (nfe_article_get_body (fixture->article), ==, original);

  /* And undo that: the rewritten text is back, and all three earlier
   * states are still revisions. */
  nfe_test_click (fixture->window, find_button (GTK_WIDGET (fixture->panel), "Undo Restore"), NULL);
  g_free (body);
  body = nfe_test_wait_for_sql (fixture->path, "SELECT substr(body_md, 1, 9) FROM article",
                                "Breaking:", 10000);
  g_assert_cmpstr (body, ==, "Breaking:");
  g_assert_cmpstr (nfe_article_get_body (fixture->article), ==, rewritten);
  g_free (body);
  body = nfe_test_sql_text (fixture->path, "SELECT count(*) FROM revision");
  g_assert_cmpstr (body, ==, "4");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_set_prgname ("test-review-panel");
  adw_init ();
  nfe_rendering_setup ();

  g_test_add ("/nfe/review-panel/status-with-note-and-checklist", Fixture, NULL,
              fixture_set_up, test_status_with_note_and_checklist, fixture_tear_down);
  g_test_add ("/nfe/review-panel/compare-restore-undo", Fixture, NULL,
              fixture_set_up, test_compare_restore_undo, fixture_tear_down);

  return g_test_run ();
}
