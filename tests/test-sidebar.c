/* test-sidebar.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtksourceview/gtksource.h>
#include <string.h>

#include "nfe-application.h"
#include "nfe-article-editor.h"
#include "nfe-project.h"
#include "nfe-test-util.h"
#include "nfe-window.h"

/* The sidebar as a desk editor uses it, in the real application with real
 * X input: the status filter over the article list, and the project-wide
 * search bar (Ctrl+Shift+F, type, Enter to the article and the match). */

typedef void (*Scenario) (NfeWindow *window);

typedef struct
{
  NfeApplication *app;
  Scenario        scenario;
  gint64          started;
  gboolean        finished;
} Fixture;

static const struct {
  const char       *headline;
  const char       *body;
  NfeArticleStatus  status;
} articles[] = {
  { "Copper slides on weak demand",
    "The metal fell for a third day as copper stockpiles rose in London.",
    NFE_ARTICLE_STATUS_DRAFT },
  { "Central bank holds rates",
    "The committee kept borrowing costs unchanged and signalled patience. "
    "Markets had expected as much.",
    NFE_ARTICLE_STATUS_IN_REVIEW },
  { "Oil climbs after tanker seizure",
    "Brent jumped after the seizure of a tanker in the Gulf.",
    NFE_ARTICLE_STATUS_APPROVED },
  { "Gold steady", "Bullion held near its record as investors waited.",
    NFE_ARTICLE_STATUS_PUBLISHED },
};

static char *
make_project (void)
{
  g_autofree char *dir = nfe_test_make_dir ();
  char *path = g_build_filename (dir, "Desk.nfproj", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(NfeProject) project = NULL;
  g_autoptr(GError) error = NULL;

  project = nfe_project_create (file, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (articles); i++)
    {
      g_autoptr(NfeArticle) article = nfe_article_new ();

      nfe_article_set_headline (article, articles[i].headline);
      nfe_article_set_body (article, articles[i].body);
      nfe_project_insert_article (project, article, &error);
      g_assert_no_error (error);

      /* Through the workflow, one step at a time, as it allows. */
      for (NfeArticleStatus s = NFE_ARTICLE_STATUS_IN_REVIEW; s <= articles[i].status; s++)
        {
          nfe_project_set_status (project, article, s, "Test Desk", NULL, &error);
          g_assert_no_error (error);
        }
    }

  nfe_project_close (project);
  return path;
}

static void
find_named_cb (GtkWidget   *widget,
               const char  *name,
               GtkWidget  **found)
{
  if (*found == NULL && g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    *found = widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child && *found == NULL;
       child = gtk_widget_get_next_sibling (child))
    find_named_cb (child, name, found);
}

static GtkWidget *
find_named (NfeWindow  *window,
            const char *name)
{
  GtkWidget *found = NULL;

  find_named_cb (GTK_WIDGET (window), name, &found);
  g_assert_nonnull (found);
  return found;
}

/* The headlines the sidebar lists, in order, as "A|B". */
static char *
listed (NfeWindow *window)
{
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (find_named (window, "article-list"))));
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(NfeArticle) article = g_list_model_get_item (model, i);

      g_string_append_printf (text, "%s%s", i ? "|" : "", nfe_article_get_headline (article));
    }

  return g_string_free (text, FALSE);
}

static NfeArticle *
shown (NfeWindow *window)
{
  GtkWidget *editor = nfe_test_find_widget (GTK_WIDGET (window), NFE_TYPE_ARTICLE_EDITOR, 0);
  GtkStack *stack = GTK_STACK (gtk_widget_get_ancestor (editor, GTK_TYPE_STACK));

  if (g_strcmp0 (gtk_stack_get_visible_child_name (stack), "editor") != 0)
    return NULL;

  return nfe_article_editor_get_article (NFE_ARTICLE_EDITOR (editor));
}

static const char *
shown_headline (NfeWindow *window)
{
  NfeArticle *article = shown (window);

  return article ? nfe_article_get_headline (article) : NULL;
}

static void
screenshot (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, name, NULL);
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "import", "-window", "root", path, NULL };
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  g_test_message ("screenshot: %s", path);
}

/* Waits for a GtkWidget condition that input sent by another process
 * brings about, failing after a few seconds. */
#define wait_for(condition) \
  G_STMT_START { \
    gint64 _deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC; \
    while (!(condition) && g_get_monotonic_time () < _deadline) \
      nfe_test_wait_ms (20); \
  } G_STMT_END

static void
check_badge (NfeWindow  *window,
             const char *status_class,
             const char *icon_name)
{
  GtkWidget *list = find_named (window, "article-list");

  /* A row's badge carries the status's colour class and its icon. */
  for (guint i = 0; ; i++)
    {
      GtkWidget *image = nfe_test_find_widget (list, GTK_TYPE_IMAGE, i);
      GtkWidget *badge;

      g_assert_nonnull (image);
      badge = gtk_widget_get_parent (image);
      if (!gtk_widget_has_css_class (badge, status_class))
        continue;

      g_assert_true (gtk_widget_has_css_class (badge, "status-label"));
      g_assert_cmpstr (gtk_image_get_icon_name (GTK_IMAGE (image)), ==, icon_name);
      g_assert_true (gtk_widget_get_mapped (image));
      return;
    }
}

static void
filter_scenario (NfeWindow *window)
{
  GtkDropDown *filter = GTK_DROP_DOWN (find_named (window, "status-filter"));
  GtkSelectionModel *selection = gtk_list_view_get_model (GTK_LIST_VIEW (find_named (window, "article-list")));
  g_autofree char *all = NULL;
  g_autofree char *approved = NULL;
  g_autofree char *drafts = NULL;
  g_autofree char *again = NULL;

  /* Newest first, every status. */
  all = listed (window);
  g_assert_cmpstr (all, ==, "Gold steady|Oil climbs after tanker seizure|"
                            "Central bank holds rates|Copper slides on weak demand");
  check_badge (window, "status-draft", "document-edit-symbolic");
  check_badge (window, "status-in-review", "view-reveal-symbolic");
  check_badge (window, "status-approved", "object-select-symbolic");
  check_badge (window, "status-published", "document-send-symbolic");
  screenshot ("screenshot-sidebar-statuses.png");

  gtk_selection_model_select_item (selection, 1, TRUE);
  nfe_test_wait_ms (200);
  g_assert_cmpstr (shown_headline (window), ==, "Oil climbs after tanker seizure");

  /* The article shown stays shown while the filter keeps it. */
  gtk_drop_down_set_selected (filter, 3);
  nfe_test_wait_ms (300);
  approved = listed (window);
  g_assert_cmpstr (approved, ==, "Oil climbs after tanker seizure");
  g_assert_cmpstr (shown_headline (window), ==, "Oil climbs after tanker seizure");
  screenshot ("screenshot-sidebar-filter.png");

  /* Filtered out, it gives way to one the filter lists. */
  gtk_drop_down_set_selected (filter, 1);
  nfe_test_wait_ms (300);
  drafts = listed (window);
  g_assert_cmpstr (drafts, ==, "Copper slides on weak demand");
  g_assert_cmpstr (shown_headline (window), ==, "Copper slides on weak demand");

  gtk_drop_down_set_selected (filter, 0);
  nfe_test_wait_ms (300);
  again = listed (window);
  g_assert_cmpstr (again, ==, all);
  g_assert_cmpstr (shown_headline (window), ==, "Copper slides on weak demand");
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (selection)), ==, 3);
}

static const char *
visible_page (NfeWindow *window)
{
  GtkWidget *list = find_named (window, "article-list");
  GtkStack *stack = NULL;

  for (GtkWidget *w = list; w != NULL && stack == NULL; w = gtk_widget_get_parent (w))
    if (GTK_IS_STACK (w))
      stack = GTK_STACK (w);

  return gtk_stack_get_visible_child_name (stack);
}

/* What the editor's body has from the cursor on, @length characters, and
 * whether a selection starts there. */
static char *
text_at_cursor (NfeWindow *window,
                int        length,
                char     **selected)
{
  GtkWidget *view = nfe_test_find_widget (GTK_WIDGET (window), GTK_SOURCE_TYPE_VIEW, 0);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter start, end;

  if (gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    *selected = gtk_text_iter_get_text (&start, &end);
  else
    *selected = g_strdup ("");

  gtk_text_buffer_get_iter_at_mark (buffer, &start, gtk_text_buffer_get_insert (buffer));
  end = start;
  gtk_text_iter_forward_chars (&end, length);
  return gtk_text_iter_get_text (&start, &end);
}

static GtkLabel *
result_label (NfeWindow *window,
              guint      row,
              guint      which)
{
  GtkListBox *results = GTK_LIST_BOX (find_named (window, "search-results"));
  GtkListBoxRow *result = gtk_list_box_get_row_at_index (results, row);

  g_assert_nonnull (result);
  return GTK_LABEL (nfe_test_find_widget (GTK_WIDGET (result), GTK_TYPE_LABEL, which));
}

static void
search_scenario (NfeWindow *window)
{
  GtkSearchBar *bar = GTK_SEARCH_BAR (gtk_widget_get_ancestor (find_named (window, "search-entry"),
                                                               GTK_TYPE_SEARCH_BAR));
  GtkEditable *entry = GTK_EDITABLE (find_named (window, "search-entry"));
  GtkListBox *results = GTK_LIST_BOX (find_named (window, "search-results"));
  GtkLabel *count = GTK_LABEL (find_named (window, "search-count"));
  g_autofree char *selected = NULL;
  g_autofree char *at_cursor = NULL;
  GtkEditable *find_entry;
  GtkWidget *editor;

  g_assert_false (gtk_search_bar_get_search_mode (bar));
  g_assert_cmpstr (shown_headline (window), ==, "Gold steady");

  /* The shortcut opens the search with the words' entry focused. */
  nfe_test_xdotool (GTK_WINDOW (window), "key", "ctrl+shift+f", NULL);
  wait_for (gtk_search_bar_get_search_mode (bar));
  g_assert_true (gtk_search_bar_get_search_mode (bar));
  g_assert_true (gtk_widget_is_focus (GTK_WIDGET (entry)) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)),
                                         GTK_WIDGET (entry)));

  nfe_test_xdotool (GTK_WINDOW (window), "type", "--delay", "30", "borrowing", NULL);
  wait_for (g_strcmp0 (visible_page (window), "results") == 0 &&
            gtk_list_box_get_row_at_index (results, 0) != NULL);
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "borrowing");
  g_assert_cmpstr (visible_page (window), ==, "results");
  g_assert_cmpstr (gtk_label_get_text (count), ==, "1 article");
  g_assert_null (gtk_list_box_get_row_at_index (results, 1));
  g_assert_cmpstr (gtk_label_get_text (result_label (window, 0, 0)), ==,
                   "Central bank holds rates");
  /* The snippet shows the matched word in bold, and nothing of the marks. */
  g_assert_nonnull (strstr (gtk_label_get_label (result_label (window, 0, 1)), "<b>borrowing</b>"));
  g_assert_nonnull (strstr (gtk_label_get_text (result_label (window, 0, 1)),
                            "kept borrowing costs"));
  g_assert_null (strstr (gtk_label_get_text (result_label (window, 0, 1)), "«"));
  screenshot ("screenshot-sidebar-search.png");

  /* Enter goes to the article, at the match. */
  nfe_test_xdotool (GTK_WINDOW (window), "key", "Return", NULL);
  wait_for (g_strcmp0 (shown_headline (window), "Central bank holds rates") == 0);
  g_assert_cmpstr (shown_headline (window), ==, "Central bank holds rates");
  g_assert_false (gtk_search_bar_get_search_mode (bar));
  g_assert_cmpstr (visible_page (window), ==, "list");
  /* The editor's find bar holds the words and the match is selected,
   * still after the find entry's own delay has run out. */
  nfe_test_wait_ms (600);
  editor = nfe_test_find_widget (GTK_WIDGET (window), NFE_TYPE_ARTICLE_EDITOR, 0);
  for (guint i = 0; ; i++)
    {
      g_autofree char *placeholder = NULL;

      find_entry = GTK_EDITABLE (nfe_test_find_widget (editor, GTK_TYPE_SEARCH_ENTRY, i));
      g_assert_nonnull (find_entry);
      g_object_get (find_entry, "placeholder-text", &placeholder, NULL);
      if (g_strcmp0 (placeholder, "Find") == 0)
        break;
    }
  g_assert_cmpstr (gtk_editable_get_text (find_entry), ==, "borrowing");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (find_entry)));
  at_cursor = text_at_cursor (window, strlen ("borrowing costs"), &selected);
  g_assert_cmpstr (at_cursor, ==, "borrowing costs");
  g_assert_cmpstr (selected, ==, "borrowing");
  {
    GtkSelectionModel *selection = gtk_list_view_get_model (GTK_LIST_VIEW (find_named (window, "article-list")));
    g_autoptr(NfeArticle) article = gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (selection))
                                    ? g_object_ref (gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (selection)))
                                    : NULL;

    g_assert_nonnull (article);
    g_assert_cmpstr (nfe_article_get_headline (article), ==, "Central bank holds rates");
  }

  /* Nothing found says so. */
  nfe_test_xdotool (GTK_WINDOW (window), "key", "ctrl+shift+f", NULL);
  wait_for (gtk_search_bar_get_search_mode (bar));
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");
  nfe_test_xdotool (GTK_WINDOW (window), "type", "--delay", "30", "zeppelin", NULL);
  wait_for (g_strcmp0 (visible_page (window), "no-results") == 0);
  g_assert_cmpstr (visible_page (window), ==, "no-results");

  /* Down moves from the words into the results; Escape goes back to
   * the list, with the article still shown. */
  nfe_test_xdotool (GTK_WINDOW (window), "key", "ctrl+a", "type", "--delay", "30", "the", NULL);
  wait_for (g_strcmp0 (visible_page (window), "results") == 0);
  g_assert_cmpstr (gtk_label_get_text (count), ==, "3 articles");
  nfe_test_xdotool (GTK_WINDOW (window), "key", "Down", NULL);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)),
                                         GTK_WIDGET (results)));
  nfe_test_xdotool (GTK_WINDOW (window), "key", "Escape", NULL);
  wait_for (!gtk_search_bar_get_search_mode (bar));
  g_assert_false (gtk_search_bar_get_search_mode (bar));
  g_assert_cmpstr (visible_page (window), ==, "list");
  g_assert_cmpstr (shown_headline (window), ==, "Central bank holds rates");

  /* A result opens from the list by keyboard too. */
  nfe_test_xdotool (GTK_WINDOW (window), "key", "ctrl+shift+f", NULL);
  nfe_test_xdotool (GTK_WINDOW (window), "type", "--delay", "30", "tanker", NULL);
  wait_for (g_strcmp0 (visible_page (window), "results") == 0);
  g_assert_cmpstr (gtk_label_get_text (count), ==, "1 article");
  nfe_test_xdotool (GTK_WINDOW (window), "key", "Down", "key", "Return", NULL);
  wait_for (g_strcmp0 (shown_headline (window), "Oil climbs after tanker seizure") == 0);
  g_assert_cmpstr (shown_headline (window), ==, "Oil climbs after tanker seizure");
  g_assert_false (gtk_search_bar_get_search_mode (bar));
  g_assert_cmpstr (gtk_editable_get_text (find_entry), ==, "tanker");

  /* Enter straight after the words, before the entry's delay has run
   * out, opens what they find, not what the words before found. */
  nfe_test_xdotool (GTK_WINDOW (window), "key", "ctrl+shift+f", NULL);
  nfe_test_xdotool (GTK_WINDOW (window), "type", "--delay", "30", "copper", NULL);
  wait_for (g_strcmp0 (visible_page (window), "results") == 0);
  nfe_test_xdotool (GTK_WINDOW (window), "key", "--delay", "5", "ctrl+a", "b", "u", "l", "l", "i",
                    "o", "n", "Return", NULL);
  wait_for (g_strcmp0 (shown_headline (window), "Gold steady") == 0);
  g_assert_cmpstr (shown_headline (window), ==, "Gold steady");
  g_assert_false (gtk_search_bar_get_search_mode (bar));
  g_assert_cmpstr (gtk_editable_get_text (find_entry), ==, "Bullion");
}

static gboolean
drive_cb (gpointer data)
{
  Fixture *fixture = data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (fixture->app));

  if (g_get_monotonic_time () - fixture->started > 30 * G_USEC_PER_SEC)
    g_error ("The window did not show its project within 30 s");

  if (window == NULL || !NFE_IS_WINDOW (window) ||
      nfe_window_get_project (NFE_WINDOW (window)) == NULL ||
      !gtk_widget_get_mapped (GTK_WIDGET (window)))
    return G_SOURCE_CONTINUE;

  /* The first frames come a moment after mapping. */
  nfe_test_wait_ms (800);
  fixture->scenario (NFE_WINDOW (window));
  fixture->finished = TRUE;
  gtk_window_close (window);

  return G_SOURCE_REMOVE;
}

static void
run_scenario (gconstpointer data)
{
  g_autofree char *path = make_project ();
  Fixture fixture = { 0 };
  char *argv[] = { (char *) "nextfin-editor", path, NULL };

  fixture.app = nfe_application_new ();
  /* Each test runs its own instance; none waits for another's name. */
  g_application_set_flags (G_APPLICATION (fixture.app),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  fixture.scenario = (Scenario) data;
  fixture.started = g_get_monotonic_time ();
  g_timeout_add (50, drive_cb, &fixture);

  g_assert_cmpint (g_application_run (G_APPLICATION (fixture.app), 2, argv), ==, 0);
  g_assert_true (fixture.finished);
  g_clear_object (&fixture.app);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_set_prgname ("test-sidebar");

  g_test_add_data_func ("/nfe/sidebar/status-filter", filter_scenario, run_scenario);
  g_test_add_data_func ("/nfe/sidebar/search", search_scenario, run_scenario);

  return g_test_run ();
}
