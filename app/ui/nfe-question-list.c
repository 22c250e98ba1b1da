/* nfe-question-list.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nfe-question-list"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "nfe-curation.h"
#include "nfe-question-list.h"
#include "nfe-history.h"
#include "nfe-summary.h"

/* The "Insights" questions of one article, to triage: accept, reject, put
 * back, rewrite, reorder, add. Made for speed at the keyboard: A, R and U
 * decide on the selected questions and the selection moves on to the next
 * candidate, so twenty candidates take twenty keystrokes.
 *
 * A decision or an edit changes the questions in place and saves the list;
 * a move, an addition or an undo stores a new list. Each is one step that
 * Ctrl+Z undoes: the widget keeps copies of the lists it replaced. */

#define MAX_UNDO 200

typedef enum
{
  FILTER_CANDIDATES,
  FILTER_ACCEPTED,
  FILTER_REJECTED,
  FILTER_ALL,
  N_FILTERS
} Filter;

struct _NfeQuestionList
{
  AdwBin              parent_instance;

  NfeProject         *project;
  NfeArticle         *article;
  NfeGenerator       *generator;
  GCancellable       *cancellable;
  gboolean            asked;   /* questions were generated since the article was shown */
  NfeHistory      *history;
  GPtrArray          *watched;
  Filter              filter;
  GtkCustomFilter    *custom_filter;
  GtkFilterListModel *filtered;
  GtkMultiSelection  *selection;
  GtkToggleButton    *filter_buttons[N_FILTERS];

  GtkWidget          *generate_button;
  GtkWidget          *stop_button;
  GtkSpinner         *spinner;
  GtkWidget          *filter_box;
  GtkSearchEntry     *search_entry;
  GtkRevealer        *error_revealer;
  GtkLabel           *error_label;
  GtkListView        *list_view;
};

G_DEFINE_FINAL_TYPE (NfeQuestionList, nfe_question_list, ADW_TYPE_BIN)

enum {
  SOURCES_SELECTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *filter_names[N_FILTERS] = {
  N_("Candidates"), N_("Accepted"), N_("Rejected"), N_("All"),
};

static void update_actions (NfeQuestionList *self);

gboolean
nfe_question_list_get_busy (NfeQuestionList *self)
{
  g_return_val_if_fail (NFE_IS_QUESTION_LIST (self), FALSE);
  return self->cancellable != NULL;
}

void
nfe_question_list_set_generator (NfeQuestionList *self,
                                 NfeGenerator    *generator)
{
  g_return_if_fail (NFE_IS_QUESTION_LIST (self));

  g_set_object (&self->generator, generator);
  update_actions (self);
}

static GListModel *
questions (NfeQuestionList *self)
{
  return nfe_article_get_questions (self->article);
}

static void
show_error (NfeQuestionList *self,
            const char      *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

static GPtrArray *
snapshot (NfeQuestionList *self)
{
  GPtrArray *copy = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (questions (self)); i++)
    {
      g_autoptr(NfeQuestion) question = g_list_model_get_item (questions (self), i);

      g_ptr_array_add (copy, nfe_question_copy (question));
    }

  return copy;
}

static GPtrArray *
current_list (NfeQuestionList *self)
{
  GPtrArray *list = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (questions (self)); i++)
    g_ptr_array_add (list, g_list_model_get_item (questions (self), i));

  return list;
}

static gboolean
store (NfeQuestionList *self,
       GPtrArray       *list)
{
  g_autoptr(GError) error = NULL;

  if (!nfe_project_set_questions (self->project, self->article, list, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }

  return TRUE;
}

/* Stores @list as one undoable step; @before is the state it replaces. */
static gboolean
commit (NfeQuestionList *self,
        GPtrArray       *before,
        GPtrArray       *list)
{
  if (!store (self, list))
    {
      /* Nothing half-done: put back what was there. */
      store (self, before);
      return FALSE;
    }

  nfe_history_push (self->history, before);
  update_actions (self);
  return TRUE;
}

static void
undo_redo (NfeQuestionList *self,
           gboolean        undo)
{
  g_autoptr(GPtrArray) now = NULL;
  g_autoptr(GPtrArray) state = NULL;

  if (self->article == NULL)
    return;

  now = snapshot (self);
  state = undo ? nfe_history_undo (self->history, now) : nfe_history_redo (self->history, now);
  if (state != NULL && !store (self, state))
    {
      /* Not stored: the history goes back to where it was. */
      g_autoptr(GPtrArray) back = undo ? nfe_history_redo (self->history, state)
                                       : nfe_history_undo (self->history, state);
    }

  update_actions (self);
}

/* Selection */

static GPtrArray *
selected_questions (NfeQuestionList *self)
{
  GPtrArray *selected = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GtkBitset) set = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  GtkBitsetIter iter;
  guint position;

  if (gtk_bitset_iter_init_first (&iter, set, &position))
    do
      g_ptr_array_add (selected, g_list_model_get_item (G_LIST_MODEL (self->filtered), position));
    while (gtk_bitset_iter_next (&iter, &position));

  return selected;
}

static guint
first_selected (NfeQuestionList *self)
{
  g_autoptr(GtkBitset) set = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));

  return gtk_bitset_is_empty (set) ? G_MAXUINT : gtk_bitset_get_minimum (set);
}

static void
select_position (NfeQuestionList *self,
                 guint            position)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));

  if (n == 0)
    return;

  position = MIN (position, n - 1);
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

/* After a decision: the first candidate at or after @from, wrapping. */
static void
select_next_candidate (NfeQuestionList *self,
                       guint            from)
{
  GListModel *model = G_LIST_MODEL (self->filtered);
  guint n = g_list_model_get_n_items (model);

  for (guint k = 0; k < n; k++)
    {
      guint position = (from + k) % n;
      g_autoptr(NfeQuestion) question = g_list_model_get_item (model, position);

      if (nfe_question_get_state (question) == NFE_QUESTION_STATE_CANDIDATE)
        {
          select_position (self, position);
          return;
        }
    }

  if (n > 0)
    select_position (self, MIN (from, n - 1));
}

static int
full_index (NfeQuestionList *self,
            NfeQuestion     *question)
{
  guint position;

  return g_list_store_find (G_LIST_STORE (questions (self)), question, &position) ? (int) position : -1;
}

/* Keyboard triage must not lose a keystroke: a decided question leaves
 * the Candidates view, and with it the row that had the focus. So the
 * focus goes to the list as a whole, which never goes away. */
static void
keep_focus (NfeQuestionList *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (root != NULL)
    gtk_root_set_focus (root, GTK_WIDGET (self));
}

/* Filtering */

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  NfeQuestionList *self = user_data;
  NfeQuestion *question = item;
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (self->filter != FILTER_ALL && (int) nfe_question_get_state (question) != (int) self->filter)
    return FALSE;

  if (*search != '\0')
    {
      g_autofree char *text = g_utf8_casefold (nfe_question_get_text (question), -1);
      g_autofree char *needle = g_utf8_casefold (search, -1);

      return strstr (text, needle) != NULL;
    }

  return TRUE;
}

static void
update_counts (NfeQuestionList *self)
{
  guint counts[N_FILTERS] = { 0 };

  if (self->article != NULL)
    for (guint i = 0; i < g_list_model_get_n_items (questions (self)); i++)
      {
        g_autoptr(NfeQuestion) question = g_list_model_get_item (questions (self), i);

        counts[nfe_question_get_state (question)]++;
        counts[FILTER_ALL]++;
      }

  for (guint i = 0; i < N_FILTERS; i++)
    {
      g_autofree char *label = g_strdup_printf ("%s (%u)", _(filter_names[i]), counts[i]);

      gtk_button_set_label (GTK_BUTTON (self->filter_buttons[i]), label);
    }
}

static void
question_changed_cb (NfeQuestionList *self)
{
  gtk_filter_changed (GTK_FILTER (self->custom_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_counts (self);
}

static void
watch_questions (NfeQuestionList *self)
{
  for (guint i = 0; i < self->watched->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->watched, i), self);
  g_ptr_array_set_size (self->watched, 0);

  if (self->article == NULL)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (questions (self)); i++)
    {
      NfeQuestion *question = g_list_model_get_item (questions (self), i);

      g_signal_connect_swapped (question, "notify::state", G_CALLBACK (question_changed_cb), self);
      g_signal_connect_swapped (question, "notify::text", G_CALLBACK (question_changed_cb), self);
      g_ptr_array_add (self->watched, question);
    }
}

static void
questions_changed_cb (NfeQuestionList *self)
{
  watch_questions (self);
  update_counts (self);
  update_actions (self);
}

static void
filter_toggled_cb (GtkToggleButton *button,
                   NfeQuestionList *self)
{
  if (!gtk_toggle_button_get_active (button))
    return;

  self->filter = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "filter"));
  gtk_filter_changed (GTK_FILTER (self->custom_filter), GTK_FILTER_CHANGE_DIFFERENT);
  select_position (self, 0);
}

static void
search_changed_cb (NfeQuestionList *self)
{
  gtk_filter_changed (GTK_FILTER (self->custom_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/* Rows */

static NfeQuestion *
row_question (GtkWidget *widget)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, GTK_TYPE_BOX);

  while (row != NULL && g_object_get_data (G_OBJECT (row), "question-row") == NULL)
    row = gtk_widget_get_ancestor (gtk_widget_get_parent (row), GTK_TYPE_BOX);

  return row ? g_object_get_data (G_OBJECT (row), "question") : NULL;
}

static void
set_state_of (NfeQuestionList  *self,
              GPtrArray        *targets,
              NfeQuestionState  state)
{
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) list = NULL;
  guint from = first_selected (self);

  if (targets->len == 0 || self->article == NULL)
    return;

  before = snapshot (self);
  for (guint i = 0; i < targets->len; i++)
    nfe_question_set_state (g_ptr_array_index (targets, i), state);

  list = current_list (self);
  if (commit (self, before, list))
    select_next_candidate (self, from == G_MAXUINT ? 0 : from);

  keep_focus (self);
}

static void
row_state_clicked_cb (GtkButton       *button,
                      NfeQuestionList *self)
{
  g_autoptr(GPtrArray) target = g_ptr_array_new_with_free_func (g_object_unref);
  NfeQuestion *question = row_question (GTK_WIDGET (button));

  if (question == NULL)
    return;

  g_ptr_array_add (target, g_object_ref (question));
  set_state_of (self, target, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "state")));
}

static void
commit_text (NfeQuestionList *self,
             GtkWidget       *row)
{
  GtkStack *stack = g_object_get_data (G_OBJECT (row), "stack");
  GtkEditable *entry = g_object_get_data (G_OBJECT (row), "entry");
  NfeQuestion *question = g_object_get_data (G_OBJECT (row), "question");
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) list = NULL;

  if (question == NULL || !g_str_equal (gtk_stack_get_visible_child_name (stack), "edit"))
    return;

  gtk_stack_set_visible_child_name (stack, "view");
  text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  if (*text == '\0' || g_str_equal (text, nfe_question_get_text (question)))
    return;

  before = snapshot (self);
  nfe_question_set_text (question, text);
  if (nfe_question_get_origin (question) == NFE_ORIGIN_GENERATED)
    nfe_question_set_origin (question, NFE_ORIGIN_EDITED);
  list = current_list (self);
  commit (self, before, list);
}

static void
entry_activate_cb (GtkEntry        *entry,
                   NfeQuestionList *self)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (entry), "row");

  commit_text (self, row);
  keep_focus (self);
}

static gboolean
entry_key_pressed_cb (GtkEventControllerKey *controller,
                      guint                  keyval,
                      guint                  keycode,
                      GdkModifierType        state,
                      NfeQuestionList       *self)
{
  GtkWidget *entry = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  GtkWidget *row = g_object_get_data (G_OBJECT (entry), "row");

  if (keyval != GDK_KEY_Escape)
    return FALSE;

  gtk_stack_set_visible_child_name (g_object_get_data (G_OBJECT (row), "stack"), "view");
  keep_focus (self);
  return TRUE;
}

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkWidget     *row)
{
  NfeQuestion *question = g_object_get_data (G_OBJECT (row), "question");

  return question ? gdk_content_provider_new_typed (NFE_TYPE_QUESTION, question) : NULL;
}

static void
move_question (NfeQuestionList *self,
               int              from,
               int              to)
{
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) list = NULL;
  NfeQuestion *moved;
  guint position;

  if (self->article == NULL || from < 0 || to < 0 || from == to)
    return;

  list = current_list (self);
  if ((guint) from >= list->len || (guint) to >= list->len)
    return;

  before = snapshot (self);
  moved = g_ptr_array_steal_index (list, from);
  g_ptr_array_insert (list, to, moved);
  if (!commit (self, before, list))
    return;

  /* Keep the moved question selected, wherever it now is in the view. */
  for (position = 0; position < g_list_model_get_n_items (G_LIST_MODEL (self->filtered)); position++)
    {
      g_autoptr(NfeQuestion) item = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);

      if (item == moved)
        {
          select_position (self, position);
          break;
        }
    }
  keep_focus (self);
}

static gboolean
drop_cb (GtkDropTarget   *target,
         const GValue    *value,
         double           x,
         double           y,
         NfeQuestionList *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  NfeQuestion *onto = g_object_get_data (G_OBJECT (row), "question");

  move_question (self, full_index (self, g_value_get_object (value)), full_index (self, onto));
  return TRUE;
}

static GtkWidget *
state_button (NfeQuestionList  *self,
              const char       *icon,
              const char       *tooltip,
              NfeQuestionState  state)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  g_object_set_data (G_OBJECT (button), "state", GINT_TO_POINTER (state));
  g_signal_connect_object (button, "clicked", G_CALLBACK (row_state_clicked_cb), self, 0);
  return button;
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              NfeQuestionList          *self)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *stack = gtk_stack_new ();
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *state = gtk_label_new (NULL);
  GtkEventController *key = gtk_event_controller_key_new ();
  GtkDragSource *drag = gtk_drag_source_new ();
  GtkDropTarget *drop = gtk_drop_target_new (NFE_TYPE_QUESTION, GDK_ACTION_MOVE);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 20);
  gtk_stack_add_named (GTK_STACK (stack), label, "view");
  gtk_stack_add_named (GTK_STACK (stack), entry, "edit");
  gtk_stack_set_vhomogeneous (GTK_STACK (stack), FALSE);
  gtk_widget_set_hexpand (column, TRUE);
  gtk_widget_set_halign (state, GTK_ALIGN_START);
  gtk_widget_add_css_class (state, "question-state");
  gtk_box_append (GTK_BOX (column), stack);
  gtk_box_append (GTK_BOX (column), state);

  gtk_box_append (GTK_BOX (row), column);
  gtk_box_append (GTK_BOX (row), state_button (self, "object-select-symbolic", _("Accept (A)"),
                                               NFE_QUESTION_STATE_ACCEPTED));
  gtk_box_append (GTK_BOX (row), state_button (self, "window-close-symbolic", _("Reject (R)"),
                                               NFE_QUESTION_STATE_REJECTED));

  g_object_set_data (G_OBJECT (row), "question-row", GINT_TO_POINTER (TRUE));
  g_object_set_data (G_OBJECT (row), "stack", stack);
  g_object_set_data (G_OBJECT (row), "label", label);
  g_object_set_data (G_OBJECT (row), "entry", entry);
  g_object_set_data (G_OBJECT (row), "state", state);
  g_object_set_data (G_OBJECT (entry), "row", row);

  g_signal_connect_object (entry, "activate", G_CALLBACK (entry_activate_cb), self, 0);
  g_signal_connect_object (key, "key-pressed", G_CALLBACK (entry_key_pressed_cb), self, 0);
  gtk_widget_add_controller (entry, key);

  gtk_drag_source_set_actions (drag, GDK_ACTION_MOVE);
  g_signal_connect (drag, "prepare", G_CALLBACK (drag_prepare_cb), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (drag));
  g_signal_connect_object (drop, "drop", G_CALLBACK (drop_cb), self, 0);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (drop));

  gtk_list_item_set_child (item, row);
}

static void
update_row (GtkWidget   *row,
            NfeQuestion *question)
{
  static const char * const state_labels[] = { N_("Candidate"), N_("Accepted"), N_("Rejected") };
  static const char * const state_classes[] = { "candidate", "accepted", "rejected" };
  GtkWidget *state = g_object_get_data (G_OBJECT (row), "state");
  NfeQuestionState value = nfe_question_get_state (question);
  const char *classes[] = { "question-state", state_classes[value], NULL };

  gtk_label_set_label (g_object_get_data (G_OBJECT (row), "label"), nfe_question_get_text (question));
  gtk_label_set_label (GTK_LABEL (state), _(state_labels[value]));
  gtk_widget_set_css_classes (state, classes);
  if (value == NFE_QUESTION_STATE_REJECTED)
    gtk_widget_add_css_class (row, "question-rejected");
  else
    gtk_widget_remove_css_class (row, "question-rejected");
}

static void
question_notify_cb (NfeQuestion *question,
                    GParamSpec  *pspec,
                    GtkWidget   *row)
{
  update_row (row, question);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             NfeQuestionList          *self)
{
  NfeQuestion *question = gtk_list_item_get_item (item);
  GtkWidget *row = gtk_list_item_get_child (item);

  g_object_set_data_full (G_OBJECT (row), "question", g_object_ref (question), g_object_unref);
  gtk_stack_set_visible_child_name (g_object_get_data (G_OBJECT (row), "stack"), "view");
  update_row (row, question);
  g_signal_connect_object (question, "notify", G_CALLBACK (question_notify_cb), row, 0);
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               NfeQuestionList          *self)
{
  GtkWidget *row = gtk_list_item_get_child (item);

  g_signal_handlers_disconnect_by_func (gtk_list_item_get_item (item), question_notify_cb, row);
  g_object_set_data (G_OBJECT (row), "question", NULL);
}

static void
start_edit_at (NfeQuestionList *self,
               guint            position)
{
  g_autoptr(NfeQuestion) question = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);
  GtkWidget *child;

  if (question == NULL)
    return;

  /* The row showing @question, among the list view's rows. */
  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->list_view)); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = gtk_widget_get_first_child (child);

      if (row != NULL && g_object_get_data (G_OBJECT (row), "question") == question)
        {
          GtkEditable *entry = g_object_get_data (G_OBJECT (row), "entry");

          gtk_editable_set_text (entry, nfe_question_get_text (question));
          gtk_stack_set_visible_child_name (g_object_get_data (G_OBJECT (row), "stack"), "edit");
          gtk_widget_grab_focus (GTK_WIDGET (entry));
          return;
        }
    }
}

static void
activate_cb (NfeQuestionList *self,
             guint            position)
{
  start_edit_at (self, position);
}

static void
selection_changed_cb (NfeQuestionList *self)
{
  g_autoptr(GPtrArray) selected = selected_questions (self);
  g_auto(GStrv) texts = NULL;

  if (selected->len == 1)
    texts = nfe_provenance_texts (nfe_question_get_provenance (g_ptr_array_index (selected, 0)));
  g_signal_emit (self, signals[SOURCES_SELECTED], 0, texts);
  update_actions (self);
}

/* Actions */

static void
update_actions (NfeQuestionList *self)
{
  gboolean editable = self->article != NULL && self->project != NULL &&
                      !nfe_project_get_read_only (self->project);
  gboolean busy = self->cancellable != NULL;
  gboolean any = editable && first_selected (self) != G_MAXUINT;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "questions.generate",
                                 editable && !busy && self->generator != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "questions.stop", busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "questions.add", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "questions.accept", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "questions.reject", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "questions.unset", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "questions.edit", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "questions.move-up", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "questions.move-down", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "questions.undo",
                                 editable && nfe_history_can_undo (self->history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "questions.redo",
                                 editable && nfe_history_can_redo (self->history));

  gtk_widget_set_visible (self->generate_button, !busy);
  gtk_widget_set_visible (self->stop_button, busy);
  gtk_spinner_set_spinning (self->spinner, busy);
}

static void
state_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  NfeQuestionList *self = NFE_QUESTION_LIST (widget);
  g_autoptr(GPtrArray) selected = selected_questions (self);
  NfeQuestionState state = NFE_QUESTION_STATE_CANDIDATE;

  if (g_str_equal (action_name, "questions.accept"))
    state = NFE_QUESTION_STATE_ACCEPTED;
  else if (g_str_equal (action_name, "questions.reject"))
    state = NFE_QUESTION_STATE_REJECTED;

  set_state_of (self, selected, state);
}

static void
cursor_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  NfeQuestionList *self = NFE_QUESTION_LIST (widget);
  guint position = first_selected (self);

  if (position == G_MAXUINT)
    select_position (self, 0);
  else if (g_str_equal (action_name, "questions.next"))
    select_position (self, position + 1);
  else if (position > 0)
    select_position (self, position - 1);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  NfeQuestionList *self = NFE_QUESTION_LIST (widget);
  guint position = first_selected (self);

  if (position != G_MAXUINT)
    start_edit_at (self, position);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  NfeQuestionList *self = NFE_QUESTION_LIST (widget);
  g_autoptr(GPtrArray) selected = selected_questions (self);
  GListModel *view = G_LIST_MODEL (self->filtered);
  guint position = first_selected (self);
  g_autoptr(NfeQuestion) neighbour = NULL;

  if (selected->len == 0)
    return;

  /* Past the neighbour the reader sees, in this view. */
  if (g_str_equal (action_name, "questions.move-up") && position > 0)
    neighbour = g_list_model_get_item (view, position - 1);
  else if (g_str_equal (action_name, "questions.move-down"))
    neighbour = g_list_model_get_item (view, position + 1);

  if (neighbour != NULL)
    move_question (self, full_index (self, g_ptr_array_index (selected, 0)),
                   full_index (self, neighbour));
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  NfeQuestionList *self = NFE_QUESTION_LIST (widget);

  if (g_str_equal (action_name, "questions.undo"))
    undo_redo (self, TRUE);
  else
    undo_redo (self, FALSE);
  keep_focus (self);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  NfeQuestionList *self = NFE_QUESTION_LIST (widget);
  g_autoptr(GPtrArray) before = snapshot (self);
  g_autoptr(GPtrArray) list = current_list (self);
  NfeQuestion *question = nfe_question_new (_("New question?"), NFE_QUESTION_STATE_ACCEPTED,
                                            NFE_ORIGIN_MANUAL);

  g_ptr_array_add (list, question);
  if (!commit (self, before, list))
    return;

  /* Show it where it is, and let the editor write it. */
  gtk_toggle_button_set_active (self->filter_buttons[FILTER_ALL], TRUE);
  select_position (self, list->len - 1);
  start_edit_at (self, list->len - 1);
}

static void
set_busy (NfeQuestionList *self,
          gboolean         busy)
{
  if (busy)
    self->cancellable = g_cancellable_new ();
  else
    g_clear_object (&self->cancellable);
  update_actions (self);
}

static void
generate_done_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(NfeQuestionList) self = user_data;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *generator_id = NULL;
  gboolean first;
  guint added = 0;

  items = nfe_generator_generate_finish (NFE_GENERATOR (object), result, &error);
  set_busy (self, FALSE);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->article == NULL)
    return;

  first = !self->asked;
  self->asked = TRUE;
  if (items == NULL)
    {
      g_autofree char *message = NULL;

      /* A first run holds back what the generator is unsure of, and may
       * find nothing else; asking again brings the rest. */
      if (first && g_error_matches (error, NFE_GENERATOR_ERROR, NFE_GENERATOR_ERROR_EMPTY))
        message = g_strdup_printf (_("%s. Press Generate again to see less certain questions "
                                     "too."),
                                   error->message);
      show_error (self, message != NULL ? message : error->message);
      return;
    }

  generator_id = nfe_generator_dup_id (NFE_GENERATOR (object));
  before = snapshot (self);
  list = nfe_curation_add_generated (questions (self), items, nfe_article_get_body (self->article),
                                     generator_id, &added);
  if (added == 0)
    {
      show_error (self, _("The generator offered no question that is not there already"));
      return;
    }

  show_error (self, NULL);
  if (commit (self, before, list))
    {
      gtk_toggle_button_set_active (self->filter_buttons[FILTER_CANDIDATES], TRUE);
      select_next_candidate (self, 0);
    }
}

static void
generate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  NfeQuestionList *self = NFE_QUESTION_LIST (widget);
  g_autoptr(NfeGenerateRequest) request = NULL;

  if (self->generator == NULL || self->article == NULL || self->cancellable != NULL)
    return;

  gtk_widget_activate_action (widget, "editor.save-text", NULL);

  /* Every question there, the rejected ones above all, is not to come
   * back. */
  request = nfe_generate_request_new (nfe_article_get_headline (self->article),
                                      nfe_article_get_body (self->article), 25);
  request->avoid = nfe_curation_texts (questions (self));
  request->more = self->asked;

  show_error (self, NULL);
  set_busy (self, TRUE);
  nfe_generator_generate_async (self->generator, NFE_GENERATE_QUESTIONS, request,
                                self->cancellable, generate_done_cb, g_object_ref (self));
}

static void
stop_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  NfeQuestionList *self = NFE_QUESTION_LIST (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

void
nfe_question_list_set_article (NfeQuestionList *self,
                               NfeProject      *project,
                               NfeArticle      *article)
{
  g_return_if_fail (NFE_IS_QUESTION_LIST (self));

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->article != NULL)
    g_signal_handlers_disconnect_by_data (questions (self), self);

  g_set_object (&self->project, project);
  if (g_set_object (&self->article, article))
    self->asked = FALSE;
  nfe_history_clear (self->history);
  show_error (self, NULL);

  gtk_filter_list_model_set_model (self->filtered, article ? questions (self) : NULL);
  if (article != NULL)
    g_signal_connect_object (questions (self), "items-changed", G_CALLBACK (questions_changed_cb),
                             self, G_CONNECT_SWAPPED);
  questions_changed_cb (self);
}

static void
nfe_question_list_dispose (GObject *object)
{
  NfeQuestionList *self = (NfeQuestionList *)object;

  nfe_question_list_set_article (self, NULL, NULL);
  g_clear_object (&self->generator);
  gtk_widget_dispose_template (GTK_WIDGET (self), NFE_TYPE_QUESTION_LIST);

  G_OBJECT_CLASS (nfe_question_list_parent_class)->dispose (object);
}

static void
nfe_question_list_finalize (GObject *object)
{
  NfeQuestionList *self = (NfeQuestionList *)object;

  g_clear_object (&self->selection);
  g_clear_pointer (&self->history, nfe_history_free);
  g_clear_pointer (&self->watched, g_ptr_array_unref);

  G_OBJECT_CLASS (nfe_question_list_parent_class)->finalize (object);
}

static void
nfe_question_list_class_init (NfeQuestionListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const struct {
    guint           key;
    GdkModifierType mods;
    const char     *action;
  } keys[] = {
    { GDK_KEY_a, 0, "questions.accept" },
    { GDK_KEY_r, 0, "questions.reject" },
    { GDK_KEY_u, 0, "questions.unset" },
    { GDK_KEY_e, 0, "questions.edit" },
    { GDK_KEY_F2, 0, "questions.edit" },
    { GDK_KEY_j, 0, "questions.next" },
    { GDK_KEY_k, 0, "questions.previous" },
    { GDK_KEY_Down, 0, "questions.next" },
    { GDK_KEY_Up, 0, "questions.previous" },
    { GDK_KEY_Up, GDK_ALT_MASK, "questions.move-up" },
    { GDK_KEY_Down, GDK_ALT_MASK, "questions.move-down" },
    { GDK_KEY_z, GDK_CONTROL_MASK, "questions.undo" },
    { GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "questions.redo" },
  };

  object_class->dispose = nfe_question_list_dispose;
  object_class->finalize = nfe_question_list_finalize;

  /**
   * NfeQuestionList::sources-selected:
   * @texts: (nullable): the source sentences of the one selected question
   */
  signals[SOURCES_SELECTED] =
    g_signal_new ("sources-selected",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRV);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/nextfin/Editor/nfe-question-list.ui");
  gtk_widget_class_bind_template_child (widget_class, NfeQuestionList, generate_button);
  gtk_widget_class_bind_template_child (widget_class, NfeQuestionList, stop_button);
  gtk_widget_class_bind_template_child (widget_class, NfeQuestionList, spinner);
  gtk_widget_class_bind_template_child (widget_class, NfeQuestionList, filter_box);
  gtk_widget_class_bind_template_child (widget_class, NfeQuestionList, search_entry);
  gtk_widget_class_bind_template_child (widget_class, NfeQuestionList, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, NfeQuestionList, error_label);
  gtk_widget_class_bind_template_child (widget_class, NfeQuestionList, list_view);

  gtk_widget_class_install_action (widget_class, "questions.generate", NULL, generate_action);
  gtk_widget_class_install_action (widget_class, "questions.stop", NULL, stop_action);
  gtk_widget_class_install_action (widget_class, "questions.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "questions.accept", NULL, state_action);
  gtk_widget_class_install_action (widget_class, "questions.reject", NULL, state_action);
  gtk_widget_class_install_action (widget_class, "questions.unset", NULL, state_action);
  gtk_widget_class_install_action (widget_class, "questions.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "questions.next", NULL, cursor_action);
  gtk_widget_class_install_action (widget_class, "questions.previous", NULL, cursor_action);
  gtk_widget_class_install_action (widget_class, "questions.move-up", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "questions.move-down", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "questions.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "questions.redo", NULL, undo_action);

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_widget_class_add_binding_action (widget_class, keys[i].key, keys[i].mods, keys[i].action,
                                         NULL);
}

static void
nfe_question_list_init (NfeQuestionList *self)
{
  GtkListItemFactory *factory;
  GtkToggleButton *group = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);

  self->history = nfe_history_new (MAX_UNDO);
  self->watched = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < N_FILTERS; i++)
    {
      GtkWidget *button = gtk_toggle_button_new_with_label (_(filter_names[i]));

      gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), group);
      group = GTK_TOGGLE_BUTTON (button);
      g_object_set_data (G_OBJECT (button), "filter", GINT_TO_POINTER (i));
      g_signal_connect_object (button, "toggled", G_CALLBACK (filter_toggled_cb), self, 0);
      /* Two by two: the panel is narrow. */
      gtk_grid_attach (GTK_GRID (self->filter_box), button, i % 2, i / 2, 1, 1);
      self->filter_buttons[i] = GTK_TOGGLE_BUTTON (button);
    }

  self->custom_filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (self->custom_filter));
  self->selection = gtk_multi_selection_new (G_LIST_MODEL (self->filtered));
  g_signal_connect_object (self->selection, "selection-changed", G_CALLBACK (selection_changed_cb),
                           self, G_CONNECT_SWAPPED);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_row_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_row_cb), self, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (unbind_row_cb), self, 0);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (g_object_ref (self->selection)));
  g_signal_connect_object (self->list_view, "activate", G_CALLBACK (activate_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb),
                           self, G_CONNECT_SWAPPED);

  self->filter = FILTER_CANDIDATES;
  gtk_toggle_button_set_active (self->filter_buttons[FILTER_CANDIDATES], TRUE);
  update_actions (self);
}
