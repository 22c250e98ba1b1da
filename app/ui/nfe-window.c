/* nfe-window.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nfe-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "nfe-article-editor.h"
#include "nfe-export.h"
#include "nfe-import.h"
#include "nfe-web-import.h"
#include "nfe-window.h"

/* The most search results listed; one more is asked for, to tell a
 * person when there are more. */
#define MAX_RESULTS 20

/* The status filter's items, after "All articles". */
static const NfeArticleStatus filter_statuses[] = {
  NFE_ARTICLE_STATUS_DRAFT,
  NFE_ARTICLE_STATUS_IN_REVIEW,
  NFE_ARTICLE_STATUS_APPROVED,
  NFE_ARTICLE_STATUS_PUBLISHED,
};

/* A window shows one project: its articles in the sidebar and the chosen
 * one in the article editor. Without a project it offers the recent ones. */
struct _NfeWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  GFile                *file;
  NfeProject           *project;
  GtkCustomFilter      *filter;
  GtkFilterListModel   *filtered;
  GtkSingleSelection   *selection;
  /* The article selected last: it stays listed while selected even when
   * its status changes out of the filter, so that moving an article on
   * through review does not take it away from under the person. */
  NfeArticle           *pinned;
  GCancellable         *cancellable;
  struct _Searcher     *searcher;
  GCancellable         *search_cancellable;
  char                 *search_query;
  gboolean              activate_when_found;
  gboolean              sidebar_visible;
  gboolean              closing;

  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  GtkRevealer          *read_only_revealer;
  GtkStack             *main_stack;
  GtkListBox           *recent_list;
  GtkSpinner           *loading_spinner;
  GtkPaned             *paned;
  GtkWidget            *sidebar;
  GtkListView          *article_list;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  GtkDropDown          *status_filter;
  GtkStack             *sidebar_stack;
  GtkLabel             *results_label;
  GtkListBox           *results_list;
  GtkStack             *article_stack;
  AdwStatusPage        *empty_page;
  NfeArticleEditor     *article_editor;
  GMenu                *recent_submenu;
};

G_DEFINE_FINAL_TYPE (NfeWindow, nfe_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_SIDEBAR_VISIBLE,
  N_PROPS
};

enum {
  PROJECT_OPENED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void generator_changed_cb (NfeWindow *self);

NfeWindow *
nfe_window_new (NfeApplication *application,
                GSettings      *settings)
{
  NfeWindow *self = g_object_new (NFE_TYPE_WINDOW,
                                  "application", application,
                                  "settings", settings,
                                  NULL);

  /* Articles are summarized with the generator Preferences chose, and
   * follow it when it changes. */
  g_signal_connect_object (application, "notify::generator", G_CALLBACK (generator_changed_cb),
                           self, G_CONNECT_SWAPPED);
  generator_changed_cb (self);

  return self;
}

GFile *
nfe_window_get_file (NfeWindow *self)
{
  g_return_val_if_fail (NFE_IS_WINDOW (self), NULL);
  return self->file;
}

NfeProject *
nfe_window_get_project (NfeWindow *self)
{
  g_return_val_if_fail (NFE_IS_WINDOW (self), NULL);
  return self->project;
}

static void
show_toast (NfeWindow  *self,
            const char *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 8);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
show_error_dialog (NfeWindow  *self,
                   const char *heading,
                   const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static NfeArticle *
selected_article (NfeWindow *self)
{
  if (self->selection == NULL)
    return NULL;

  return gtk_single_selection_get_selected_item (self->selection);
}

static void
update_actions (NfeWindow *self)
{
  gboolean writable = self->project != NULL && !nfe_project_get_read_only (self->project);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-article", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-article",
                                 writable && selected_article (self) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.toggle-sidebar", self->project != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", self->project != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-url", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", self->project != NULL);
}

static void
show_article (NfeWindow  *self,
              NfeArticle *article)
{
  g_autoptr(GError) error = NULL;

  nfe_article_editor_set_article (self->article_editor, NULL);

  if (article == NULL)
    {
      gboolean empty = g_list_model_get_n_items (nfe_project_get_articles (self->project)) == 0;

      adw_status_page_set_title (self->empty_page,
                                 empty ? _("No Articles Yet") : _("No Article Selected"));
      gtk_stack_set_visible_child_name (self->article_stack, "empty");
      return;
    }

  if (!nfe_project_load_article (self->project, article, &error))
    {
      show_error_dialog (self, _("Could Not Open the Article"), error->message);
      gtk_stack_set_visible_child_name (self->article_stack, "empty");
      return;
    }

  nfe_article_editor_set_article (self->article_editor, article);
  gtk_stack_set_visible_child_name (self->article_stack, "editor");
}

static gboolean
status_filter_matches (NfeWindow  *self,
                       NfeArticle *article)
{
  guint wanted = gtk_drop_down_get_selected (self->status_filter);

  if (wanted == 0 || wanted > G_N_ELEMENTS (filter_statuses))
    return TRUE;

  return nfe_article_get_status (article) == filter_statuses[wanted - 1];
}

static gboolean
article_filter_cb (gpointer item,
                   gpointer user_data)
{
  NfeWindow *self = user_data;

  return item == (gpointer) self->pinned || status_filter_matches (self, item);
}

static void
selection_changed_cb (NfeWindow *self)
{
  NfeArticle *article = selected_article (self);
  g_autoptr(NfeArticle) unpinned = NULL;

  update_actions (self);

  /* The list shifts under the selection when articles come and go; the
   * article shown then stays as it is, find bar and all. */
  if (article != NULL && article == nfe_article_editor_get_article (self->article_editor))
    return;

  unpinned = g_steal_pointer (&self->pinned);
  self->pinned = article ? g_object_ref (article) : NULL;
  show_article (self, article);

  /* The article left behind goes if its status is no longer shown. */
  if (unpinned != NULL && !status_filter_matches (self, unpinned))
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_MORE_STRICT);
}

static void
status_filter_changed_cb (NfeWindow *self)
{
  g_clear_object (&self->pinned);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);

  /* When the article shown is filtered out, the selection moves on (or
   * away, in an empty list) without the pinning above. */
  if (self->pinned == NULL && selected_article (self) != NULL)
    self->pinned = g_object_ref (selected_article (self));
}

/* Selects @article in the sidebar, and shows it, showing every status
 * first when the filter hides it. */
static void
select_article (NfeWindow  *self,
                NfeArticle *article)
{
  GListModel *model = G_LIST_MODEL (self->filtered);

  for (guint attempt = 0; attempt < 2; attempt++)
    {
      guint n_items = g_list_model_get_n_items (model);

      for (guint i = 0; i < n_items; i++)
        {
          g_autoptr(NfeArticle) item = g_list_model_get_item (model, i);

          if (item == article)
            {
              gtk_single_selection_set_selected (self->selection, i);
              gtk_widget_activate_action (GTK_WIDGET (self->article_list), "list.scroll-to-item",
                                          "u", i);
              return;
            }
        }

      if (gtk_drop_down_get_selected (self->status_filter) == 0)
        break;
      gtk_drop_down_set_selected (self->status_filter, 0);
    }

  g_warning ("Article %" G_GINT64_FORMAT " is not in the project", nfe_article_get_id (article));
}

static gboolean
headline_or_untitled (GBinding     *binding,
                      const GValue *from,
                      GValue       *to,
                      gpointer      user_data)
{
  const char *headline = g_value_get_string (from);

  g_value_set_string (to, headline && *headline ? headline : _("Untitled article"));
  return TRUE;
}

static gboolean
status_to_label (GBinding     *binding,
                 const GValue *from,
                 GValue       *to,
                 gpointer      user_data)
{
  g_value_set_string (to, nfe_article_status_get_label (g_value_get_enum (from)));
  return TRUE;
}

static const char *
status_icon_name (NfeArticleStatus status)
{
  switch (status)
    {
    case NFE_ARTICLE_STATUS_DRAFT:
      return "document-edit-symbolic";
    case NFE_ARTICLE_STATUS_IN_REVIEW:
      return "view-reveal-symbolic";
    case NFE_ARTICLE_STATUS_APPROVED:
      return "object-select-symbolic";
    case NFE_ARTICLE_STATUS_PUBLISHED:
      return "document-send-symbolic";
    default:
      return NULL;
    }
}

/* The status shows as a badge: an icon and a word, coloured by status,
 * so that it reads without relying on the colour alone. */
static void
set_status_class (GtkWidget        *badge,
                  NfeArticleStatus  status)
{
  g_autofree char *css_class = g_strdup_printf ("status-%s", nfe_article_status_to_string (status));
  const char *classes[] = { "status-label", css_class, NULL };

  gtk_widget_set_css_classes (badge, classes);
  gtk_image_set_from_icon_name (GTK_IMAGE (gtk_widget_get_first_child (badge)),
                                status_icon_name (status));
}

static void
article_status_changed_cb (NfeArticle *article,
                           GParamSpec *pspec,
                           GtkWidget  *badge)
{
  set_status_class (badge, nfe_article_get_status (article));
}

static void
article_row_setup_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *headline = gtk_label_new (NULL);
  GtkWidget *status = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);

  gtk_label_set_xalign (GTK_LABEL (headline), 0);
  gtk_label_set_ellipsize (GTK_LABEL (headline), PANGO_ELLIPSIZE_END);
  gtk_label_set_lines (GTK_LABEL (headline), 2);
  gtk_label_set_wrap (GTK_LABEL (headline), TRUE);
  gtk_widget_set_halign (status, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (status), gtk_image_new ());
  gtk_box_append (GTK_BOX (status), gtk_label_new (NULL));
  gtk_box_append (GTK_BOX (box), headline);
  gtk_box_append (GTK_BOX (box), status);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_item_set_child (item, box);
}

static void
article_row_bind_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item)
{
  NfeArticle *article = gtk_list_item_get_item (item);
  GtkWidget *headline = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *status = gtk_widget_get_next_sibling (headline);
  GBinding *bindings[2];

  bindings[0] = g_object_bind_property_full (article, "headline", headline, "label",
                                             G_BINDING_SYNC_CREATE, headline_or_untitled,
                                             NULL, NULL, NULL);
  bindings[1] = g_object_bind_property_full (article, "status", gtk_widget_get_last_child (status),
                                             "label",
                                             G_BINDING_SYNC_CREATE, status_to_label,
                                             NULL, NULL, NULL);
  g_object_set_data (G_OBJECT (item), "headline-binding", bindings[0]);
  g_object_set_data (G_OBJECT (item), "status-binding", bindings[1]);
  set_status_class (status, nfe_article_get_status (article));
  g_signal_connect_object (article, "notify::status", G_CALLBACK (article_status_changed_cb),
                           status, 0);
}

static void
article_row_unbind_cb (GtkSignalListItemFactory *factory,
                       GtkListItem              *item)
{
  NfeArticle *article = gtk_list_item_get_item (item);
  GtkWidget *headline = gtk_widget_get_first_child (gtk_list_item_get_child (item));

  g_binding_unbind (g_object_get_data (G_OBJECT (item), "headline-binding"));
  g_binding_unbind (g_object_get_data (G_OBJECT (item), "status-binding"));
  g_signal_handlers_disconnect_by_func (article, article_status_changed_cb,
                                        gtk_widget_get_next_sibling (headline));
}

/* Project-wide search, in the sidebar. */

/* The snippet's marked words (between « and ») in bold, everything else
 * escaped, on one line. */
static char *
snippet_to_markup (const char *snippet)
{
  GString *markup = g_string_new (NULL);
  gboolean bold = FALSE;
  const char *p = snippet;

  while (*p != '\0')
    {
      const char *mark = strstr (p, bold ? "»" : "«");
      const char *end = mark ? mark : p + strlen (p);
      g_autofree char *plain = g_strndup (p, end - p);
      g_autofree char *escaped = NULL;

      g_strdelimit (plain, "\t\r\n", ' ');
      escaped = g_markup_escape_text (plain, -1);
      g_string_append (markup, escaped);
      if (mark == NULL)
        break;

      g_string_append (markup, bold ? "</b>" : "<b>");
      bold = !bold;
      p = mark + strlen ("«");
    }

  if (bold)
    g_string_append (markup, "</b>");

  return g_string_free (markup, FALSE);
}

/* The text the editor's find bar looks for: the first marked passage of
 * the snippet, with marked words that follow it across white space, as
 * they stand in the article. */
static char *
snippet_match (const char *snippet)
{
  GString *match = g_string_new (NULL);
  const char *p = strstr (snippet, "«");

  while (p != NULL)
    {
      const char *start = p + strlen ("«");
      const char *end = strstr (start, "»");
      const char *next;

      if (end == NULL)
        break;

      g_string_append_len (match, start, end - start);
      next = end + strlen ("»");
      while (*next == ' ')
        next++;
      if (!g_str_has_prefix (next, "«"))
        break;
      g_string_append_len (match, end + strlen ("»"), next - end - strlen ("»"));
      p = next;
    }

  return g_string_free (match, FALSE);
}

static GtkWidget *
result_row_new (NfeSearchResult *result)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *headline = gtk_label_new (*result->headline ? result->headline
                                                         : _("Untitled article"));
  g_autofree char *markup = snippet_to_markup (result->snippet);
  GtkWidget *snippet = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (headline), 0);
  gtk_label_set_ellipsize (GTK_LABEL (headline), PANGO_ELLIPSIZE_END);
  gtk_label_set_lines (GTK_LABEL (headline), 2);
  gtk_label_set_wrap (GTK_LABEL (headline), TRUE);
  gtk_widget_add_css_class (headline, "search-headline");

  gtk_label_set_markup (GTK_LABEL (snippet), markup);
  gtk_label_set_xalign (GTK_LABEL (snippet), 0);
  gtk_label_set_wrap (GTK_LABEL (snippet), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (snippet), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (snippet), 3);
  gtk_label_set_ellipsize (GTK_LABEL (snippet), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (snippet, "search-snippet");

  gtk_box_append (GTK_BOX (box), headline);
  gtk_box_append (GTK_BOX (box), snippet);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  g_object_set_data_full (G_OBJECT (row), "match", snippet_match (result->snippet), g_free);
  g_object_set_data_full (G_OBJECT (row), "article-id",
                          g_memdup2 (&result->article_id, sizeof result->article_id), g_free);

  return row;
}

static void
show_article_list (NfeWindow *self)
{
  gtk_stack_set_visible_child_name (self->sidebar_stack, "list");
  gtk_widget_set_visible (GTK_WIDGET (self->status_filter), TRUE);
}

/* Searches run in a worker thread, on a read-only connection of their
 * own: most take a few milliseconds even on a 10,000-article project
 * (bench/bench-scale.c), but the start of a common word, as it is being
 * typed, can take a tenth of a second. One search at a time uses the
 * connection; newer words cancel the searches still waiting. */
typedef struct _Searcher
{
  GMutex      lock;
  GFile      *file;
  NfeProject *project;
} Searcher;

static Searcher *
searcher_new (GFile *file)
{
  Searcher *searcher = g_atomic_rc_box_new0 (Searcher);

  g_mutex_init (&searcher->lock);
  searcher->file = g_object_ref (file);
  return searcher;
}

static void
searcher_clear (Searcher *searcher)
{
  if (searcher->project != NULL)
    nfe_project_close (searcher->project);
  g_clear_object (&searcher->project);
  g_clear_object (&searcher->file);
  g_mutex_clear (&searcher->lock);
}

static void
searcher_unref (Searcher *searcher)
{
  g_atomic_rc_box_release_full (searcher, (GDestroyNotify) searcher_clear);
}

typedef struct
{
  Searcher *searcher;
  char     *query;
} SearchJob;

static void
search_job_free (SearchJob *job)
{
  searcher_unref (job->searcher);
  g_free (job->query);
  g_free (job);
}

static void
search_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  SearchJob *job = task_data;
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&job->searcher->lock);
  GError *error = NULL;
  GPtrArray *results;

  if (g_task_return_error_if_cancelled (task))
    return;

  if (job->searcher->project == NULL &&
      !(job->searcher->project = nfe_project_open (job->searcher->file,
                                                   NFE_PROJECT_OPEN_READ_ONLY, &error)))
    {
      g_task_return_error (task, error);
      return;
    }

  if (!(results = nfe_project_search (job->searcher->project, job->query, MAX_RESULTS + 1,
                                      &error)))
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, results, (GDestroyNotify) g_ptr_array_unref);
}

static void
clear_results (NfeWindow *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->results_list))))
    gtk_list_box_remove (self->results_list, child);
}

static void
show_results (NfeWindow    *self,
              GPtrArray    *results,
              const GError *error)
{
  g_autofree char *count = NULL;
  guint n_shown;

  clear_results (self);

  if (results == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Search failed: %s"), error->message);

      gtk_label_set_text (self->results_label, message);
      gtk_widget_add_css_class (GTK_WIDGET (self->results_label), "error");
      gtk_stack_set_visible_child_name (self->sidebar_stack, "results");
      return;
    }

  if (results->len == 0)
    {
      gtk_stack_set_visible_child_name (self->sidebar_stack, "no-results");
      return;
    }

  n_shown = MIN (results->len, MAX_RESULTS);
  if (results->len > MAX_RESULTS)
    count = g_strdup_printf (_("More than %u articles; the best first"), MAX_RESULTS);
  else
    count = g_strdup_printf (ngettext ("%u article", "%u articles", n_shown), n_shown);

  for (guint i = 0; i < n_shown; i++)
    gtk_list_box_append (self->results_list, result_row_new (g_ptr_array_index (results, i)));

  gtk_label_set_text (self->results_label, count);
  gtk_widget_remove_css_class (GTK_WIDGET (self->results_label), "error");
  gtk_stack_set_visible_child_name (self->sidebar_stack, "results");
}

static void open_result (NfeWindow     *self,
                         GtkListBoxRow *row);

static void
search_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  NfeWindow *self = NFE_WINDOW (object);
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  gboolean activate;

  /* A cancelled search was overtaken by newer words, or the window went. */
  results = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->search_cancellable);
  activate = self->activate_when_found;
  self->activate_when_found = FALSE;
  show_results (self, results, error);

  /* Enter pressed before the results came opens the first one now. */
  if (activate && gtk_list_box_get_row_at_index (self->results_list, 0) != NULL)
    open_result (self, gtk_list_box_get_row_at_index (self->results_list, 0));
}

static void
search_changed_cb (NfeWindow *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *words = g_strstrip (g_strdup (query));
  g_autoptr(GTask) task = NULL;
  SearchJob *job;

  /* The same words are being looked for, or shown, already: Enter may
   * have started the search before the entry's delay ran out. */
  if (*words != '\0' && g_strcmp0 (query, self->search_query) == 0)
    return;

  g_cancellable_cancel (self->search_cancellable);
  g_clear_object (&self->search_cancellable);
  g_clear_pointer (&self->search_query, g_free);
  self->activate_when_found = FALSE;

  if (self->project == NULL || *words == '\0')
    {
      clear_results (self);
      show_article_list (self);
      return;
    }

  /* The list stays until the results replace it. */
  gtk_widget_set_visible (GTK_WIDGET (self->status_filter), FALSE);

  if (self->searcher == NULL)
    self->searcher = searcher_new (nfe_project_get_file (self->project));

  job = g_new0 (SearchJob, 1);
  job->searcher = g_atomic_rc_box_acquire (self->searcher);
  job->query = g_strdup (query);
  self->search_query = g_strdup (query);
  self->search_cancellable = g_cancellable_new ();

  task = g_task_new (self, self->search_cancellable, search_done_cb, NULL);
  g_task_set_source_tag (task, search_changed_cb);
  g_task_set_task_data (task, job, (GDestroyNotify) search_job_free);
  g_task_run_in_thread (task, search_thread);
}

static void
search_mode_changed_cb (NfeWindow *self)
{
  if (gtk_search_bar_get_search_mode (self->search_bar))
    return;

  /* Closing the search brings the article list back, at its selection. */
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  search_changed_cb (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->article_list));
}

static void
open_result (NfeWindow     *self,
             GtkListBoxRow *row)
{
  const gint64 *id = g_object_get_data (G_OBJECT (row), "article-id");
  g_autofree char *match = g_strdup (g_object_get_data (G_OBJECT (row), "match"));
  NfeArticle *article;

  g_assert (id != NULL);

  if (self->project == NULL)
    return;

  if (!(article = nfe_project_find_article (self->project, *id)))
    {
      show_toast (self, _("That article was deleted"));
      return;
    }

  g_object_ref (article);
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  select_article (self, article);
  if (nfe_article_editor_get_article (self->article_editor) == article && match && *match)
    nfe_article_editor_show_match (self->article_editor, match);
  g_object_unref (article);
}

static void
result_activated_cb (NfeWindow     *self,
                     GtkListBoxRow *row)
{
  open_result (self, row);
}

static void
search_activate_cb (NfeWindow *self)
{
  GtkListBoxRow *first;

  /* Enter right after typing must not open a result of the words
   * before: search for these now, and open the first when it comes. */
  search_changed_cb (self);
  if (self->search_cancellable != NULL)
    {
      self->activate_when_found = TRUE;
      return;
    }

  first = gtk_list_box_get_row_at_index (self->results_list, 0);
  if (first != NULL && g_str_equal (gtk_stack_get_visible_child_name (self->sidebar_stack),
                                    "results"))
    open_result (self, first);
}

static gboolean
search_key_pressed_cb (NfeWindow             *self,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       GtkEventControllerKey *controller)
{
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->results_list, 0);

  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down) || first == NULL ||
      !g_str_equal (gtk_stack_get_visible_child_name (self->sidebar_stack), "results"))
    return FALSE;

  gtk_widget_grab_focus (GTK_WIDGET (first));
  return TRUE;
}

static gboolean
results_key_pressed_cb (NfeWindow             *self,
                        guint                  keyval,
                        guint                  keycode,
                        GdkModifierType        state,
                        GtkEventControllerKey *controller)
{
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->results_list, 0);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (keyval == GDK_KEY_Escape)
    {
      gtk_search_bar_set_search_mode (self->search_bar, FALSE);
      return TRUE;
    }

  /* Up from the first result goes back to the words. */
  if ((keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up) && first != NULL &&
      focus == GTK_WIDGET (first))
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
      gtk_editable_set_position (GTK_EDITABLE (self->search_entry), -1);
      return TRUE;
    }

  return FALSE;
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  NfeWindow *self = NFE_WINDOW (widget);

  g_object_set (self, "sidebar-visible", TRUE, NULL);
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

static void
save_failed_cb (NfeWindow    *self,
                const GError *error)
{
  g_autofree char *message = g_strdup_printf (_("Your last changes are not saved yet: %s"),
                                              error->message);

  show_toast (self, message);
}

static void
set_project (NfeWindow  *self,
             NfeProject *project)
{
  g_autofree char *title = nfe_project_dup_title (project);
  g_autoptr(GFile) parent = g_file_get_parent (nfe_project_get_file (project));
  g_autofree char *folder = parent ? g_file_get_parse_name (parent) : NULL;

  g_assert (self->project == NULL);

  self->project = g_object_ref (project);
  g_set_object (&self->file, nfe_project_get_file (project));
  g_signal_connect_object (project, "save-failed", G_CALLBACK (save_failed_cb), self,
                           G_CONNECT_SWAPPED);

  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, folder);
  gtk_revealer_set_reveal_child (self->read_only_revealer, nfe_project_get_read_only (project));
  nfe_article_editor_set_editable (self->article_editor, !nfe_project_get_read_only (project));
  nfe_article_editor_set_project (self->article_editor, project);

  self->filtered = gtk_filter_list_model_new (g_object_ref (nfe_project_get_articles (project)),
                                              g_object_ref (GTK_FILTER (self->filter)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)));
  g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (selection_changed_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->article_list, GTK_SELECTION_MODEL (self->selection));

  gtk_stack_set_visible_child_name (self->main_stack, "project");
  selection_changed_cb (self);

  g_signal_emit (self, signals[PROJECT_OPENED], 0, self->file);
}

static void
open_finished_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(NfeWindow) self = user_data;
  g_autoptr(NfeProject) project = NULL;
  g_autoptr(GError) error = NULL;

  project = nfe_project_open_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  gtk_spinner_stop (self->loading_spinner);

  if (project == NULL)
    {
      g_clear_object (&self->file);
      gtk_stack_set_visible_child_name (self->main_stack, "welcome");
      show_error_dialog (self, _("Could Not Open the Project"), error->message);
      return;
    }

  set_project (self, project);
}

/**
 * nfe_window_open_file:
 *
 * Opens the project in @file in this window, which must have none yet.
 * Reading happens in the background; errors are shown in the window.
 */
void
nfe_window_open_file (NfeWindow *self,
                      GFile     *file)
{
  g_return_if_fail (NFE_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->file == NULL);

  self->file = g_object_ref (file);
  gtk_stack_set_visible_child_name (self->main_stack, "loading");
  gtk_spinner_start (self->loading_spinner);
  nfe_project_open_async (file, NFE_PROJECT_OPEN_DEFAULT, self->cancellable,
                          open_finished_cb, g_object_ref (self));
}

void
nfe_window_create_file (NfeWindow *self,
                        GFile     *file)
{
  g_autoptr(NfeProject) project = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (NFE_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->project != NULL)
    {
      g_warning ("A window shows one project");
      return;
    }

  if (!(project = nfe_project_create (file, &error)))
    {
      show_error_dialog (self, _("Could Not Create the Project"), error->message);
      return;
    }

  set_project (self, project);
}

static void
new_article_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  NfeWindow *self = NFE_WINDOW (widget);
  g_autoptr(NfeArticle) article = nfe_article_new ();
  g_autoptr(GError) error = NULL;

  if (!nfe_project_insert_article (self->project, article, &error))
    {
      show_error_dialog (self, _("Could Not Add an Article"), error->message);
      return;
    }

  select_article (self, article);
  nfe_article_editor_focus_headline (self->article_editor);
}

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    NfeWindow        *self)
{
  NfeArticle *article = g_object_get_data (G_OBJECT (dialog), "article");
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "delete") || self->project == NULL)
    return;

  if (selected_article (self) == article)
    nfe_article_editor_set_article (self->article_editor, NULL);

  if (!nfe_project_delete_article (self->project, article, &error))
    show_error_dialog (self, _("Could Not Delete the Article"), error->message);
}

static void
delete_article_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  NfeWindow *self = NFE_WINDOW (widget);
  NfeArticle *article = selected_article (self);
  const char *headline;
  GtkWidget *dialog;

  if (article == NULL)
    return;

  headline = nfe_article_get_headline (article);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Delete This Article?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("“%s”, with its summary, questions and revisions, will be deleted for good."),
                                  *headline ? headline : _("Untitled article"));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "article", g_object_ref (article), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  GError *error = NULL;
  NfeArticle *article = nfe_import_file (task_data, &error);

  if (article == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, article, g_object_unref);
}

static void
add_imported (NfeWindow  *self,
              NfeArticle *article)
{
  g_autoptr(GError) error = NULL;

  if (self->project == NULL)
    return;

  if (!nfe_project_insert_article (self->project, article, &error))
    {
      show_error_dialog (self, _("Could Not Import"), error->message);
      return;
    }

  select_article (self, article);
}

static void
import_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(NfeWindow) self = user_data;
  g_autoptr(NfeArticle) article = NULL;
  g_autoptr(GError) error = NULL;

  if (!(article = g_task_propagate_pointer (G_TASK (result), &error)))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error_dialog (self, _("Could Not Import"), error->message);
      return;
    }

  add_imported (self, article);
}

/* Reads and parses in a worker thread; the article is stored here. */
static void
import_file (NfeWindow *self,
             GFile     *file)
{
  g_autoptr(GTask) task = g_task_new (NULL, self->cancellable, import_done_cb, g_object_ref (self));

  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, import_thread);
}

static void
import_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    NfeWindow       *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        {
          g_autoptr(GFile) file = g_list_model_get_item (files, i);

          import_file (self, file);
        }
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  NfeWindow *self = NFE_WINDOW (widget);
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (_("Import Articles"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (import_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
web_import_done_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(NfeWindow) self = user_data;
  g_autoptr(NfeArticle) article = NULL;
  g_autoptr(GError) error = NULL;

  if (!(article = nfe_web_import_finish (result, &error)))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error_dialog (self, _("Could Not Import the Page"), error->message);
      return;
    }

  add_imported (self, article);
}

static void
url_response_cb (AdwMessageDialog *dialog,
                 const char       *response,
                 NfeWindow        *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (!g_str_equal (response, "import") || !NFE_IS_APPLICATION (app))
    return;

  show_toast (self, _("Importing the page…"));
  nfe_web_import_async (nfe_application_get_session (NFE_APPLICATION (app)),
                        gtk_editable_get_text (entry), self->cancellable, web_import_done_cb,
                        g_object_ref (self));
}

static void
import_url_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  NfeWindow *self = NFE_WINDOW (widget);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Import from the Web"),
                                              _("The article’s text is taken from the page; "
                                                "scripts, menus and ads are left out."));
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), "https://");
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_URL);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "import", _("_Import"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "import",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "import");
  g_signal_connect_object (dialog, "response", G_CALLBACK (url_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    NfeWindow       *self)
{
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (dir = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog))) != NULL &&
      self->project != NULL)
    {
      nfe_article_editor_end_session (self->article_editor);
      if (!nfe_export_project (self->project, dir, 0, &error))
        show_error_dialog (self, _("Could Not Export"), error->message);
      else
        {
          g_autofree char *where = g_file_get_parse_name (dir);
          g_autofree char *message = g_strdup_printf (_("Exported to %s"), where);

          show_toast (self, message);
        }
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  NfeWindow *self = NFE_WINDOW (widget);
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (_("Export as Web Pages"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _("_Export"),
                                        _("_Cancel"));
  g_signal_connect (dialog, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static gboolean
drop_files_cb (GtkDropTarget *target,
               const GValue  *value,
               double         x,
               double         y,
               NfeWindow     *self)
{
  GSList *files = g_value_get_boxed (value);

  if (self->project == NULL || nfe_project_get_read_only (self->project))
    return FALSE;

  for (GSList *l = files; l != NULL; l = l->next)
    import_file (self, l->data);

  return TRUE;
}

static void
recent_row_activated_cb (NfeWindow     *self,
                         AdwActionRow  *row)
{
  const char *path = g_object_get_data (G_OBJECT (row), "path");

  gtk_widget_activate_action (GTK_WIDGET (self), "app.open-recent", "s", path);
}

static void
update_recent (NfeWindow *self)
{
  g_auto(GStrv) recent = g_settings_get_strv (self->settings, "recent-projects");
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))))
    gtk_list_box_remove (self->recent_list, child);
  g_menu_remove_all (self->recent_submenu);

  for (guint i = 0; recent[i] != NULL; i++)
    {
      g_autofree char *base = g_path_get_basename (recent[i]);
      g_autofree char *name = g_filename_display_name (base);
      g_autofree char *dir = g_path_get_dirname (recent[i]);
      g_autofree char *dir_name = g_filename_display_name (dir);
      g_autofree char *detailed = NULL;
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), dir_name);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "path", g_strdup (recent[i]), g_free);
      g_signal_connect_object (row, "activated", G_CALLBACK (recent_row_activated_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_list_box_append (self->recent_list, row);

      detailed = g_strdup_printf ("app.open-recent(%s)",
                                  g_variant_print (g_variant_new_string (recent[i]), FALSE));
      g_menu_append (self->recent_submenu, name, detailed);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->recent_list), recent[0] != NULL);
}

static gboolean
nfe_window_close_request (GtkWindow *window)
{
  NfeWindow *self = NFE_WINDOW (window);
  g_autoptr(GError) error = NULL;
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  if (!gtk_window_is_maximized (window))
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  if (gtk_paned_get_position (self->paned) > 0)
    g_settings_set_int (self->settings, "sidebar-width", gtk_paned_get_position (self->paned));

  if (self->project != NULL && !self->closing)
    {
      nfe_article_editor_end_session (self->article_editor);
      if (!nfe_project_get_read_only (self->project) && !nfe_project_save (self->project, &error))
        {
          g_autofree char *message =
            g_strdup_printf (_("%s. Close the window again to discard the unsaved changes."),
                             error->message);

          /* Keep the window, and the text in it, rather than lose the edit. */
          show_error_dialog (self, _("Your Changes Could Not Be Saved"), message);
          self->closing = TRUE;
          return TRUE;
        }
      nfe_project_close (self->project);
    }

  return GTK_WINDOW_CLASS (nfe_window_parent_class)->close_request (window);
}

static void
generator_changed_cb (NfeWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (NFE_IS_APPLICATION (app))
    nfe_article_editor_set_generator (self->article_editor,
                                      nfe_application_get_generator (NFE_APPLICATION (app)));
}

static void
nfe_window_constructed (GObject *object)
{
  NfeWindow *self = (NfeWindow *)object;

  G_OBJECT_CLASS (nfe_window_parent_class)->constructed (object);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  gtk_paned_set_position (self->paned, g_settings_get_int (self->settings, "sidebar-width"));
  nfe_article_editor_bind_settings (self->article_editor, self->settings);

  g_signal_connect_object (self->settings, "changed::recent-projects",
                           G_CALLBACK (update_recent), self, G_CONNECT_SWAPPED);
  update_recent (self);
  update_actions (self);
}

static void
nfe_window_dispose (GObject *object)
{
  NfeWindow *self = (NfeWindow *)object;

  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->search_cancellable);
  if (self->project != NULL)
    nfe_project_close (self->project);

  G_OBJECT_CLASS (nfe_window_parent_class)->dispose (object);
}

static void
nfe_window_finalize (GObject *object)
{
  NfeWindow *self = (NfeWindow *)object;

  g_clear_object (&self->cancellable);
  g_clear_object (&self->search_cancellable);
  g_clear_pointer (&self->search_query, g_free);
  g_clear_pointer (&self->searcher, searcher_unref);
  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->pinned);
  g_clear_object (&self->project);
  g_clear_object (&self->file);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (nfe_window_parent_class)->finalize (object);
}

static void
nfe_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  NfeWindow *self = NFE_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_SIDEBAR_VISIBLE:
      g_value_set_boolean (value, self->sidebar_visible);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nfe_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  NfeWindow *self = NFE_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    case PROP_SIDEBAR_VISIBLE:
      if (self->sidebar_visible != g_value_get_boolean (value))
        {
          self->sidebar_visible = g_value_get_boolean (value);
          gtk_widget_set_visible (self->sidebar, self->sidebar_visible);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nfe_window_class_init (NfeWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = nfe_window_constructed;
  object_class->dispose = nfe_window_dispose;
  object_class->finalize = nfe_window_finalize;
  object_class->get_property = nfe_window_get_property;
  object_class->set_property = nfe_window_set_property;
  window_class->close_request = nfe_window_close_request;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SIDEBAR_VISIBLE] =
    g_param_spec_boolean ("sidebar-visible", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * NfeWindow::project-opened:
   * @file: the project's file
   *
   * Emitted when a project was opened or created in the window.
   */
  signals[PROJECT_OPENED] =
    g_signal_new ("project-opened",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_FILE);

  g_type_ensure (NFE_TYPE_ARTICLE_EDITOR);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/nextfin/Editor/nfe-window.ui");
  gtk_widget_class_bind_template_child (widget_class, NfeWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, NfeWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, NfeWindow, read_only_revealer);
  gtk_widget_class_bind_template_child (widget_class, NfeWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, NfeWindow, recent_list);
  gtk_widget_class_bind_template_child (widget_class, NfeWindow, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, NfeWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, NfeWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, NfeWindow, article_list);
  gtk_widget_class_bind_template_child (widget_class, NfeWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, NfeWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, NfeWindow, status_filter);
  gtk_widget_class_bind_template_child (widget_class, NfeWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, NfeWindow, results_label);
  gtk_widget_class_bind_template_child (widget_class, NfeWindow, results_list);
  gtk_widget_class_bind_template_child (widget_class, NfeWindow, article_stack);
  gtk_widget_class_bind_template_child (widget_class, NfeWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, NfeWindow, article_editor);
  gtk_widget_class_bind_template_child (widget_class, NfeWindow, recent_submenu);

  gtk_widget_class_install_action (widget_class, "win.new-article", NULL, new_article_action);
  gtk_widget_class_install_action (widget_class, "win.delete-article", NULL,
                                   delete_article_action);
  gtk_widget_class_install_property_action (widget_class, "win.toggle-sidebar", "sidebar-visible");
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.import-url", NULL, import_url_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
}

static void
nfe_window_init (NfeWindow *self)
{
  GtkListItemFactory *factory;
  GtkEventController *keys;
  GtkDropTarget *drop;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->sidebar_visible = TRUE;

  self->filter = gtk_custom_filter_new (article_filter_cb, self, NULL);
  g_signal_connect_object (self->status_filter, "notify::selected",
                           G_CALLBACK (status_filter_changed_cb), self, G_CONNECT_SWAPPED);

  /* Escape in the entry ends the search through the bar. */
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (search_mode_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "activate", G_CALLBACK (search_activate_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->results_list, "row-activated", G_CALLBACK (result_activated_cb),
                           self, G_CONNECT_SWAPPED);
  keys = gtk_event_controller_key_new ();
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (search_key_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
  keys = gtk_event_controller_key_new ();
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (results_key_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->results_list), keys);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (article_row_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (article_row_bind_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (article_row_unbind_cb), NULL);
  gtk_list_view_set_factory (self->article_list, factory);
  g_object_unref (factory);

  /* Files dropped on the window are imported into its project. */
  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_object (drop, "drop", G_CALLBACK (drop_files_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}
