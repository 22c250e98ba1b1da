/* test-question-list.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gdk/x11/gdkx.h>
#include <string.h>

#include "nfe-article-json.h"
#include "nfe-builtin-generator.h"
#include "nfe-import.h"
#include "nfe-question-list.h"
#include "nfe-rendering.h"
#include "nfe-test-util.h"

/* Triage as a desk editor does it: twenty candidates, twenty keystrokes,
 * with real key presses; then undo, redo, edit and reorder. */

typedef struct
{
  char            *path;
  NfeProject      *project;
  NfeArticle      *article;
  GtkWindow       *window;
  NfeQuestionList *list;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) candidates = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  GListModel *questions;

  fixture->project = nfe_test_sample_project (&fixture->path, &fixture->article);

  /* Twenty candidates: the sample's fifteen, undecided, and five more. */
  questions = nfe_article_get_questions (fixture->article);
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(NfeQuestion) question = g_list_model_get_item (questions, i);
      NfeQuestion *candidate = nfe_question_copy (question);

      nfe_question_set_state (candidate, NFE_QUESTION_STATE_CANDIDATE);
      g_ptr_array_add (candidates, candidate);
    }
  for (guint i = 0; g_list_model_get_n_items (questions) + i < 20; i++)
    {
      g_autofree char *text = g_strdup_printf ("What does extra question %u ask about Kestrel?", i + 1);

      g_ptr_array_add (candidates, nfe_question_new (text, NFE_QUESTION_STATE_CANDIDATE,
                                                     NFE_ORIGIN_MANUAL));
    }
  nfe_project_set_questions (fixture->project, fixture->article, candidates, &error);
  g_assert_no_error (error);

  fixture->list = g_object_new (NFE_TYPE_QUESTION_LIST, NULL);
  nfe_question_list_set_article (fixture->list, fixture->project, fixture->article);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 420, 850);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->list));
  gtk_window_present (fixture->window);
  nfe_test_wait_ms (800);

  /* Start as the editor would: on the first candidate, in the list. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->list), "questions.next", NULL);
  gtk_widget_grab_focus (nfe_test_find_widget (GTK_WIDGET (fixture->list), GTK_TYPE_LIST_VIEW, 0));
  nfe_test_wait_ms (200);
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
                                          "(SELECT * FROM question ORDER BY position)", what);

  return nfe_test_sql_text (fixture->path, sql);
}

static void
test_triage_by_keyboard (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *states = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  g_autofree char *counts = NULL;

  /* Twenty decisions in twenty keystrokes: the selection moves on by
   * itself to the next candidate. */
  nfe_test_xdotool (fixture->window, "key", "--delay", "60", "a", "r", "a", "a", "r", "a", "a", "a", "r", "a",
        "r", "a", "a", "r", "a", "a", "a", "r", "a", "a", NULL);
  counts = nfe_test_wait_for_sql (fixture->path,
                                  "SELECT sum(state = 'candidate') || ':' || sum(state = 'accepted')"
                                  " || ':' || sum(state = 'rejected') FROM question",
                                  "0:14:6", 20000);
  g_assert_cmpstr (counts, ==, "0:14:6");

  states = stored (fixture, "substr(state, 1, 1)");
  g_assert_cmpstr (states, ==, "a|r|a|a|r|a|a|a|r|a|r|a|a|r|a|a|a|r|a|a");

  /* Ctrl+Z takes back the last decision, Ctrl+Shift+Z makes it again. */
  nfe_test_xdotool (fixture->window, "key", "ctrl+z", NULL);
  g_free (undone);
  undone = nfe_test_wait_for_sql (fixture->path, "SELECT group_concat(substr(state, 1, 1), '|') FROM"
                                                 " (SELECT * FROM question ORDER BY position)",
                                  "a|r|a|a|r|a|a|a|r|a|r|a|a|r|a|a|a|r|a|c", 10000);
  g_assert_cmpstr (undone, ==, "a|r|a|a|r|a|a|a|r|a|r|a|a|r|a|a|a|r|a|c");
  nfe_test_xdotool (fixture->window, "key", "ctrl+shift+z", NULL);
  redone = nfe_test_wait_for_sql (fixture->path, "SELECT group_concat(substr(state, 1, 1), '|') FROM"
                                                 " (SELECT * FROM question ORDER BY position)",
                                  states, 10000);
  g_assert_cmpstr (redone, ==, states);
}

static void
test_edit_and_reorder (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *before = stored (fixture, "text");
  g_autofree char *edited = NULL;
  g_autofree char *moved = NULL;
  g_auto(GStrv) old_order = NULL;
  g_auto(GStrv) new_order = NULL;

  /* E edits the selected question; Enter keeps the new wording. */
  nfe_test_xdotool (fixture->window, "key", "e", NULL);
  nfe_test_xdotool (fixture->window, "key", "ctrl+a", "type", "--delay", "10", "How will Kestrel fund its new plant?", NULL);
  nfe_test_xdotool (fixture->window, "key", "Return", NULL);
  edited = stored (fixture, "text || ':' || origin");
  g_assert_true (g_str_has_prefix (edited, "How will Kestrel fund its new plant?:edited|"));

  /* Alt+Down moves it below the next one. */
  old_order = g_strsplit (edited, "|", -1);
  nfe_test_xdotool (fixture->window, "key", "alt+Down", NULL);
  moved = stored (fixture, "text || ':' || origin");
  new_order = g_strsplit (moved, "|", -1);
  g_assert_cmpstr (new_order[0], ==, old_order[1]);
  g_assert_cmpstr (new_order[1], ==, old_order[0]);
}

static void
test_bulk_and_filters (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkSelectionModel *selection;
  g_autofree char *counts = NULL;
  GtkWidget *button;

  /* Select three with the mouse's keyboard equivalents, reject at once. */
  selection = gtk_list_view_get_model (GTK_LIST_VIEW (nfe_test_find_widget (GTK_WIDGET (fixture->list),
                                                                            GTK_TYPE_LIST_VIEW, 0)));
  gtk_selection_model_select_range (selection, 0, 3, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (fixture->list), "questions.reject", NULL);
  nfe_test_wait_ms (200);
  counts = nfe_test_sql_text (fixture->path, "SELECT sum(state = 'rejected') FROM question");
  g_assert_cmpstr (counts, ==, "3");

  /* The tabs count what they hold. */
  button = nfe_test_find_widget (GTK_WIDGET (fixture->list), GTK_TYPE_TOGGLE_BUTTON, 2);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "Rejected (3)");
  button = nfe_test_find_widget (GTK_WIDGET (fixture->list), GTK_TYPE_TOGGLE_BUTTON, 0);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "Candidates (17)");
}

static GtkWidget *
row_showing (Fixture *fixture,
             guint    index)
{
  GtkWidget *list_view = nfe_test_find_widget (GTK_WIDGET (fixture->list), GTK_TYPE_LIST_VIEW, 0);
  GtkWidget *rows[64];
  guint n = 0;

  /* The rows on screen, top to bottom. */
  for (guint i = 0; n < G_N_ELEMENTS (rows); i++)
    {
      GtkWidget *box = nfe_test_find_widget (list_view, GTK_TYPE_BOX, i);
      graphene_rect_t bounds;

      if (box == NULL)
        break;
      if (g_object_get_data (G_OBJECT (box), "question") == NULL || !gtk_widget_get_mapped (box) ||
          !gtk_widget_compute_bounds (box, list_view, &bounds))
        continue;
      rows[n++] = box;
    }

  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      {
        graphene_rect_t a, b;

        if (gtk_widget_compute_bounds (rows[i], list_view, &a) &&
            gtk_widget_compute_bounds (rows[j], list_view, &b) &&
            b.origin.y < a.origin.y)
          {
            GtkWidget *swap = rows[i];

            rows[i] = rows[j];
            rows[j] = swap;
          }
      }

  g_assert_cmpuint (index, <, n);
  return rows[index];
}

static void
test_drag_accepted (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkSelectionModel *selection;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_auto(GStrv) old_order = NULL;
  g_auto(GStrv) new_order = NULL;
  graphene_rect_t first, third;
  double dx, dy;
  g_autofree char *x = NULL;
  g_autofree char *y = NULL;

  /* Accept three, then look at the accepted ones only. */
  selection = gtk_list_view_get_model (GTK_LIST_VIEW (nfe_test_find_widget (GTK_WIDGET (fixture->list),
                                                                            GTK_TYPE_LIST_VIEW, 0)));
  gtk_selection_model_select_range (selection, 0, 3, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (fixture->list), "questions.accept", NULL);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (nfe_test_find_widget (GTK_WIDGET (fixture->list),
                                                                         GTK_TYPE_TOGGLE_BUTTON, 1)),
                                TRUE);
  nfe_test_wait_ms (500);
  before = nfe_test_sql_text (fixture->path, "SELECT group_concat(text, '|') FROM (SELECT text FROM"
                                             " question WHERE state = 'accepted' ORDER BY position)");
  old_order = g_strsplit (before, "|", -1);
  g_assert_cmpuint (g_strv_length (old_order), ==, 3);

  /* Drag the first onto the third with the mouse, in steps. */
  g_assert_true (gtk_widget_compute_bounds (row_showing (fixture, 0), GTK_WIDGET (fixture->window), &first));
  g_assert_true (gtk_widget_compute_bounds (row_showing (fixture, 2), GTK_WIDGET (fixture->window), &third));
  gtk_native_get_surface_transform (GTK_NATIVE (fixture->window), &dx, &dy);
  x = g_strdup_printf ("%d", (int) (first.origin.x + 30 + dx));
  y = g_strdup_printf ("%d", (int) (first.origin.y + 10 + dy));
  nfe_test_xdotool (fixture->window, "mousemove", "--window", "%1", x, y, "mousedown", "1", NULL);
  for (int step = 1; step <= 10; step++)
    {
      g_autofree char *y_step = g_strdup_printf ("%d", (int) (first.origin.y + 10 + dy + step *
                                                              (third.origin.y + third.size.height / 2 - first.origin.y - 10) / 10));

      nfe_test_xdotool (fixture->window, "mousemove", "--window", "%1", x, y_step, NULL);
    }
  nfe_test_xdotool (fixture->window, "mouseup", "1", NULL);

  after = nfe_test_sql_text (fixture->path, "SELECT group_concat(text, '|') FROM (SELECT text FROM"
                                            " question WHERE state = 'accepted' ORDER BY position)");
  new_order = g_strsplit (after, "|", -1);
  g_assert_cmpstr (new_order[2], ==, old_order[0]);
  g_assert_cmpstr (new_order[0], ==, old_order[1]);
}

static gboolean
revealed (gpointer revealer)
{
  return gtk_revealer_get_reveal_child (revealer);
}

static gboolean
has_questions (gpointer article)
{
  return g_list_model_get_n_items (nfe_article_get_questions (article)) > 0;
}

/* A first run that finds nothing it is sure of says so, and says what
 * to do; the editor's second "Generate" brings what it held back. */
static void
test_generate_again (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "articles",
                                                 "annuity-reinsurance-exit.md", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(NfeArticle) article = nfe_import_file (file, &error);
  g_autoptr(NfeBuiltinGenerator) generator = nfe_builtin_generator_new ();
  GtkRevealer *revealer;
  GtkWidget *label;
  g_autoptr(NfeQuestion) first = NULL;

  g_assert_no_error (error);
  nfe_project_insert_article (fixture->project, article, &error);
  g_assert_no_error (error);
  nfe_question_list_set_generator (fixture->list, NFE_GENERATOR (generator));
  nfe_question_list_set_article (fixture->list, fixture->project, article);
  revealer = GTK_REVEALER (nfe_test_find_widget (GTK_WIDGET (fixture->list), GTK_TYPE_REVEALER, 0));
  label = nfe_test_find_widget (GTK_WIDGET (revealer), GTK_TYPE_LABEL, 0);

  gtk_widget_activate_action (GTK_WIDGET (fixture->list), "questions.generate", NULL);
  nfe_test_wait_until (revealed, revealer, 30000);
  g_assert_cmpuint (g_list_model_get_n_items (nfe_article_get_questions (article)), ==, 0);
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (label)), "write your own"));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (label)), "Press Generate again"));

  gtk_widget_activate_action (GTK_WIDGET (fixture->list), "questions.generate", NULL);
  nfe_test_wait_until (has_questions, article, 30000);
  first = g_list_model_get_item (nfe_article_get_questions (article), 0);
  g_assert_cmpstr (nfe_question_get_text (first), ==,
                   "What is Sophie Keller's view on Lindmatt?");
  g_assert_false (gtk_revealer_get_reveal_child (revealer));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_set_prgname ("test-question-list");
  adw_init ();
  nfe_rendering_setup ();

  g_test_add ("/nfe/question-list/triage-by-keyboard", Fixture, NULL,
              fixture_set_up, test_triage_by_keyboard, fixture_tear_down);
  g_test_add ("/nfe/question-list/edit-and-reorder", Fixture, NULL,
              fixture_set_up, test_edit_and_reorder, fixture_tear_down);
  g_test_add ("/nfe/question-list/bulk-and-filters", Fixture, NULL,
              fixture_set_up, test_bulk_and_filters, fixture_tear_down);
  g_test_add ("/nfe/question-list/drag-accepted", Fixture, NULL,
              fixture_set_up, test_drag_accepted, fixture_tear_down);
  g_test_add ("/nfe/question-list/generate-again", Fixture, NULL,
              fixture_set_up, test_generate_again, fixture_tear_down);

  return g_test_run ();
}
