/* nfe-summary-panel.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nfe-summary-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "nfe-figures.h"
#include "nfe-history.h"
#include "nfe-summary.h"
#include "nfe-summary-panel.h"
#include "nfe-text.h"

/* The "Summarized by NextFin AI" bullets of one article: generated, then
 * fixed by hand. Every change (an edit, a lock, a move, a regeneration) is
 * a new list of bullets stored at once by the project in one transaction,
 * and a step that Ctrl+Z undoes: the panel keeps the lists it replaced.
 *
 * Each bullet shows what a desk editor must not miss: its length, whether
 * the sentences it came from changed, and any figure the article does not
 * contain. */

#define MAX_UNDO 100

struct _NfeSummaryPanel
{
  AdwBin           parent_instance;

  NfeProject      *project;
  NfeArticle      *article;
  NfeGenerator    *generator;
  GCancellable    *cancellable;
  NfeHistory      *history;
  int              regenerate_one;   /* the bullet being regenerated, or -1 */

  GtkWidget       *regenerate_button;
  GtkWidget       *stop_button;
  GtkSpinner      *spinner;
  GtkRevealer     *error_revealer;
  GtkLabel        *error_label;
  GtkListBox      *list_box;
};

G_DEFINE_FINAL_TYPE (NfeSummaryPanel, nfe_summary_panel, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

enum {
  SOURCES_SELECTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void update_actions (NfeSummaryPanel *self);

gboolean
nfe_summary_panel_get_busy (NfeSummaryPanel *self)
{
  g_return_val_if_fail (NFE_IS_SUMMARY_PANEL (self), FALSE);
  return self->cancellable != NULL;
}

NfeGenerator *
nfe_summary_panel_get_generator (NfeSummaryPanel *self)
{
  g_return_val_if_fail (NFE_IS_SUMMARY_PANEL (self), NULL);
  return self->generator;
}

void
nfe_summary_panel_set_generator (NfeSummaryPanel *self,
                                 NfeGenerator    *generator)
{
  g_return_if_fail (NFE_IS_SUMMARY_PANEL (self));
  g_return_if_fail (!generator || NFE_IS_GENERATOR (generator));

  g_set_object (&self->generator, generator);
  update_actions (self);
}

static void
show_error (NfeSummaryPanel *self,
            const char      *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

static GListModel *
bullets (NfeSummaryPanel *self)
{
  return nfe_article_get_bullets (self->article);
}

static GPtrArray *
snapshot (NfeSummaryPanel *self)
{
  GPtrArray *copy = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *model = bullets (self);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(NfeBullet) bullet = g_list_model_get_item (model, i);

      g_ptr_array_add (copy, nfe_bullet_copy (bullet));
    }

  return copy;
}

/* The current bullets, as a list to change and hand to apply(). */
static GPtrArray *
current_list (NfeSummaryPanel *self)
{
  GPtrArray *list = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *model = bullets (self);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (list, g_list_model_get_item (model, i));

  return list;
}

static gboolean
store (NfeSummaryPanel *self,
       GPtrArray       *list)
{
  g_autoptr(GError) error = NULL;

  if (!nfe_project_set_bullets (self->project, self->article, list, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }

  return TRUE;
}

/* Makes @list the summary, as one undoable step, and selects @select. */
static void
apply_now (NfeSummaryPanel *self,
           GPtrArray       *list,
           int              select)
{
  g_autoptr(GPtrArray) before = snapshot (self);

  if (!store (self, list))
    return;

  nfe_history_push (self->history, before);

  if (select >= 0)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list_box, select);

      if (row != NULL)
        {
          gtk_list_box_select_row (self->list_box, row);
          gtk_widget_grab_focus (GTK_WIDGET (row));
        }
    }

  update_actions (self);
}

typedef struct
{
  NfeSummaryPanel *self;
  NfeArticle      *article;
  GPtrArray       *list;
  int              select;
} PendingChange;

static gboolean
apply_idle_cb (gpointer data)
{
  PendingChange *change = data;

  /* The change belongs to the article it was made on, not to whichever
   * one is shown now. */
  if (change->self->article == change->article)
    apply_now (change->self, change->list, change->select);

  g_object_unref (change->self);
  g_object_unref (change->article);
  g_ptr_array_unref (change->list);
  g_free (change);
  return G_SOURCE_REMOVE;
}

/* Storing the list rebuilds every row, so the change waits until the
 * button, key or text view that asked for it is done with its event. */
static void
apply (NfeSummaryPanel *self,
       GPtrArray       *list,
       int              select)
{
  PendingChange *change = g_new0 (PendingChange, 1);

  change->self = g_object_ref (self);
  change->article = g_object_ref (self->article);
  change->list = g_ptr_array_ref (list);
  change->select = select;
  g_idle_add_full (G_PRIORITY_HIGH_IDLE, apply_idle_cb, change, NULL);
}

static void
undo_redo (NfeSummaryPanel *self,
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

static int
selected_index (NfeSummaryPanel *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list_box);

  return row ? gtk_list_box_row_get_index (row) : -1;
}

static void
update_actions (NfeSummaryPanel *self)
{
  gboolean editable = self->article != NULL && self->project != NULL &&
                      !nfe_project_get_read_only (self->project);
  gboolean busy = self->cancellable != NULL;
  int selected = selected_index (self);
  guint n = self->article ? g_list_model_get_n_items (bullets (self)) : 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "summary.regenerate",
                                 editable && !busy && self->generator != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "summary.stop", busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "summary.add", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "summary.undo",
                                 editable && nfe_history_can_undo (self->history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "summary.redo",
                                 editable && nfe_history_can_redo (self->history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "summary.move-up", editable && selected > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "summary.move-down",
                                 editable && selected >= 0 && (guint) selected + 1 < n);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "summary.delete", editable && selected >= 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "summary.edit", editable && selected >= 0);

  gtk_widget_set_visible (self->regenerate_button, !busy);
  gtk_widget_set_visible (self->stop_button, busy);
  gtk_spinner_set_spinning (self->spinner, busy);
}

/* Rows */

static NfeBullet *
row_bullet (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "bullet");
}

static void
update_row (NfeSummaryPanel *self,
            GtkWidget       *row)
{
  NfeBullet *bullet = row_bullet (row);
  const char *body = nfe_article_get_body (self->article);
  GtkLabel *words_label = g_object_get_data (G_OBJECT (row), "words");
  GtkWidget *stale_label = g_object_get_data (G_OBJECT (row), "stale");
  GtkLabel *figure_label = g_object_get_data (G_OBJECT (row), "figures");
  GtkToggleButton *lock = g_object_get_data (G_OBJECT (row), "lock");
  guint words = nfe_text_count_words (nfe_bullet_get_text (bullet), -1);
  g_auto(GStrv) missing = nfe_figures_missing (nfe_bullet_get_text (bullet), body);
  g_autofree char *words_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u word",
                                                              "%u words", words), words);

  gtk_label_set_label (g_object_get_data (G_OBJECT (row), "text"), nfe_bullet_get_text (bullet));
  gtk_label_set_label (words_label, words_text);
  if (words > NFE_SUMMARY_MAX_WORDS)
    gtk_widget_add_css_class (GTK_WIDGET (words_label), "too-long");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (words_label), "too-long");

  gtk_widget_set_visible (stale_label, nfe_summary_bullet_is_stale (bullet, body));

  if (missing[0] != NULL)
    {
      g_autofree char *list = g_strjoinv (", ", missing);
      g_autofree char *text = g_strdup_printf (_("Not in the article: %s"), list);

      gtk_label_set_label (figure_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (figure_label), missing[0] != NULL);

  g_signal_handlers_block_matched (lock, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  gtk_toggle_button_set_active (lock, nfe_bullet_get_locked (bullet));
  g_signal_handlers_unblock_matched (lock, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  gtk_button_set_icon_name (GTK_BUTTON (lock), nfe_bullet_get_locked (bullet)
                                                ? "changes-prevent-symbolic"
                                                : "changes-allow-symbolic");
}

static void
update_rows (NfeSummaryPanel *self)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list_box)); row;
       row = gtk_widget_get_next_sibling (row))
    if (row_bullet (row) != NULL)
      update_row (self, row);
}

static void
replace_bullet (NfeSummaryPanel *self,
                guint            index,
                NfeBullet       *bullet)
{
  g_autoptr(GPtrArray) list = current_list (self);

  if (index >= list->len)
    return;

  g_ptr_array_remove_index (list, index);
  g_ptr_array_insert (list, index, bullet);
  apply (self, list, index);
}

static void
commit_edit (NfeSummaryPanel *self,
             GtkWidget       *row)
{
  GtkTextView *view = g_object_get_data (G_OBJECT (row), "editor");
  GtkStack *stack = g_object_get_data (G_OBJECT (row), "stack");
  NfeBullet *bullet = row_bullet (row);
  guint index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  if (!g_str_equal (gtk_stack_get_visible_child_name (stack), "edit"))
    return;

  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (view), &start, &end);
  text = g_strstrip (gtk_text_buffer_get_text (gtk_text_view_get_buffer (view), &start, &end, FALSE));
  g_strdelimit (text, "\n", ' ');
  gtk_stack_set_visible_child_name (stack, "view");

  if (*text == '\0')
    {
      g_autoptr(GPtrArray) list = current_list (self);

      g_ptr_array_remove_index (list, index);
      apply (self, list, MIN (index, list->len ? list->len - 1 : 0));
    }
  else if (!g_str_equal (text, nfe_bullet_get_text (bullet)))
    {
      NfeBullet *edited = nfe_bullet_copy (bullet);

      /* From now on a person answers for it: regenerating keeps it. */
      nfe_bullet_set_text (edited, text);
      if (nfe_bullet_get_origin (edited) == NFE_ORIGIN_GENERATED)
        nfe_bullet_set_origin (edited, NFE_ORIGIN_EDITED);
      replace_bullet (self, index, edited);
    }
}

static void
start_edit (GtkWidget *row)
{
  GtkTextView *view = g_object_get_data (G_OBJECT (row), "editor");
  GtkStack *stack = g_object_get_data (G_OBJECT (row), "stack");

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), nfe_bullet_get_text (row_bullet (row)),
                            -1);
  gtk_stack_set_visible_child_name (stack, "edit");
  gtk_widget_grab_focus (GTK_WIDGET (view));
}

static gboolean
editor_key_pressed_cb (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       NfeSummaryPanel       *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)),
                                            GTK_TYPE_LIST_BOX_ROW);

  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter) && !(state & GDK_SHIFT_MASK))
    {
      commit_edit (self, row);
      gtk_widget_grab_focus (row);
      return TRUE;
    }

  if (keyval == GDK_KEY_Escape)
    {
      gtk_stack_set_visible_child_name (g_object_get_data (G_OBJECT (row), "stack"), "view");
      gtk_widget_grab_focus (row);
      return TRUE;
    }

  return FALSE;
}

static void
editor_focus_leave_cb (GtkEventControllerFocus *controller,
                       NfeSummaryPanel         *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)),
                                            GTK_TYPE_LIST_BOX_ROW);

  if (row != NULL && self->article != NULL)
    commit_edit (self, row);
}

static void
lock_toggled_cb (GtkToggleButton *button,
                 NfeSummaryPanel *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);
  NfeBullet *locked = nfe_bullet_copy (row_bullet (row));

  nfe_bullet_set_locked (locked, gtk_toggle_button_get_active (button));
  replace_bullet (self, gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)), locked);
}

static void
row_button_clicked_cb (GtkButton       *button,
                       NfeSummaryPanel *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);

  gtk_list_box_select_row (self->list_box, GTK_LIST_BOX_ROW (row));
  gtk_widget_activate_action (GTK_WIDGET (self),
                              g_object_get_data (G_OBJECT (button), "action"), NULL);
}

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkWidget     *row)
{
  return gdk_content_provider_new_typed (G_TYPE_INT, gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)));
}

static void
move_bullet (NfeSummaryPanel *self,
             int              from,
             int              to)
{
  g_autoptr(GPtrArray) list = current_list (self);
  NfeBullet *bullet;

  if (from < 0 || to < 0 || (guint) from >= list->len || (guint) to >= list->len || from == to)
    return;

  bullet = g_ptr_array_steal_index (list, from);
  g_ptr_array_insert (list, to, bullet);
  apply (self, list, to);
}

static gboolean
drop_cb (GtkDropTarget   *target,
         const GValue    *value,
         double           x,
         double           y,
         NfeSummaryPanel *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));

  move_bullet (self, g_value_get_int (value), gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)));
  return TRUE;
}

static GtkWidget *
flat_button (NfeSummaryPanel *self,
             const char      *icon,
             const char      *tooltip,
             const char      *action)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data (G_OBJECT (button), "action", (gpointer) action);
  g_signal_connect_object (button, "clicked", G_CALLBACK (row_button_clicked_cb), self, 0);
  return button;
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  NfeSummaryPanel *self = user_data;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *stack = gtk_stack_new ();
  GtkWidget *text = gtk_label_new (NULL);
  GtkWidget *editor = gtk_text_view_new ();
  GtkWidget *meta = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *words = gtk_label_new (NULL);
  GtkWidget *stale = gtk_label_new (_("Source changed"));
  GtkWidget *figures = gtk_label_new (NULL);
  GtkWidget *lock = gtk_toggle_button_new ();
  GtkEventController *key, *focus;
  GtkDragSource *drag;
  GtkDropTarget *drop;

  g_object_set_data_full (G_OBJECT (row), "bullet", g_object_ref (item), g_object_unref);

  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (text), 20);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (editor), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (editor), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (editor), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Bullet text"), -1);
  gtk_stack_add_named (GTK_STACK (stack), text, "view");
  gtk_stack_add_named (GTK_STACK (stack), editor, "edit");
  gtk_stack_set_vhomogeneous (GTK_STACK (stack), FALSE);

  key = gtk_event_controller_key_new ();
  g_signal_connect_object (key, "key-pressed", G_CALLBACK (editor_key_pressed_cb), self, 0);
  gtk_widget_add_controller (editor, key);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (focus, "leave", G_CALLBACK (editor_focus_leave_cb), self, 0);
  gtk_widget_add_controller (editor, focus);

  gtk_widget_add_css_class (words, "dim-label");
  gtk_widget_add_css_class (words, "bullet-words");
  gtk_widget_add_css_class (stale, "bullet-badge");
  gtk_widget_add_css_class (stale, "stale");
  gtk_widget_set_tooltip_text (stale, _("The sentences this bullet was made from have changed since"));
  gtk_widget_add_css_class (figures, "bullet-badge");
  gtk_widget_add_css_class (figures, "figure");
  gtk_label_set_wrap (GTK_LABEL (figures), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (figures), 12);
  gtk_widget_set_hexpand (figures, TRUE);
  gtk_widget_set_halign (figures, GTK_ALIGN_START);
  gtk_widget_add_css_class (lock, "flat");
  gtk_widget_set_tooltip_text (lock, _("Lock: regenerating keeps this bullet"));
  g_signal_connect_object (lock, "toggled", G_CALLBACK (lock_toggled_cb), self, 0);

  gtk_box_append (GTK_BOX (meta), words);
  gtk_box_append (GTK_BOX (meta), stale);
  gtk_box_append (GTK_BOX (meta), figures);
  gtk_box_append (GTK_BOX (meta), lock);
  gtk_box_append (GTK_BOX (meta), flat_button (self, "view-refresh-symbolic",
                                               _("Regenerate This Bullet"),
                                               "summary.regenerate-one"));
  gtk_box_append (GTK_BOX (meta), flat_button (self, "user-trash-symbolic", _("Delete (Delete)"),
                                               "summary.delete"));
  gtk_widget_set_halign (lock, GTK_ALIGN_END);

  gtk_box_append (GTK_BOX (box), stack);
  gtk_box_append (GTK_BOX (box), meta);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  g_object_set_data (G_OBJECT (row), "text", text);
  g_object_set_data (G_OBJECT (row), "editor", editor);
  g_object_set_data (G_OBJECT (row), "stack", stack);
  g_object_set_data (G_OBJECT (row), "words", words);
  g_object_set_data (G_OBJECT (row), "stale", stale);
  g_object_set_data (G_OBJECT (row), "figures", figures);
  g_object_set_data (G_OBJECT (row), "lock", lock);

  /* Drag a bullet onto another to put it there. */
  drag = gtk_drag_source_new ();
  gtk_drag_source_set_actions (drag, GDK_ACTION_MOVE);
  g_signal_connect (drag, "prepare", G_CALLBACK (drag_prepare_cb), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (drag));
  drop = gtk_drop_target_new (G_TYPE_INT, GDK_ACTION_MOVE);
  g_signal_connect_object (drop, "drop", G_CALLBACK (drop_cb), self, 0);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (drop));

  update_row (self, row);
  return row;
}

static void
row_selected_cb (NfeSummaryPanel *self,
                 GtkListBoxRow   *row)
{
  g_auto(GStrv) texts = NULL;

  update_actions (self);

  if (row != NULL && row_bullet (GTK_WIDGET (row)) != NULL)
    texts = nfe_summary_source_texts (row_bullet (GTK_WIDGET (row)));
  g_signal_emit (self, signals[SOURCES_SELECTED], 0, texts);
}

static void
row_activated_cb (NfeSummaryPanel *self,
                  GtkListBoxRow   *row)
{
  if (self->project != NULL && !nfe_project_get_read_only (self->project))
    start_edit (GTK_WIDGET (row));
}

/* Actions */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  NfeSummaryPanel *self = NFE_SUMMARY_PANEL (widget);
  g_autoptr(GPtrArray) list = current_list (self);
  GtkListBoxRow *row;

  g_ptr_array_add (list, nfe_bullet_new (_("New bullet"), NFE_ORIGIN_MANUAL));
  apply_now (self, list, list->len - 1);

  if ((row = gtk_list_box_get_row_at_index (self->list_box, list->len - 1)) != NULL)
    start_edit (GTK_WIDGET (row));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  NfeSummaryPanel *self = NFE_SUMMARY_PANEL (widget);
  g_autoptr(GPtrArray) list = current_list (self);
  int index = selected_index (self);

  if (index < 0)
    return;

  g_ptr_array_remove_index (list, index);
  apply (self, list, list->len ? (int) MIN ((guint) index, list->len - 1) : -1);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  NfeSummaryPanel *self = NFE_SUMMARY_PANEL (widget);
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list_box);

  if (row != NULL)
    start_edit (GTK_WIDGET (row));
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  NfeSummaryPanel *self = NFE_SUMMARY_PANEL (widget);
  int index = selected_index (self);

  move_bullet (self, index, index + (g_str_equal (action_name, "summary.move-up") ? -1 : 1));
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  NfeSummaryPanel *self = NFE_SUMMARY_PANEL (widget);

  if (g_str_equal (action_name, "summary.undo"))
    undo_redo (self, TRUE);
  else
    undo_redo (self, FALSE);
}

static void
dismiss_error_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  show_error (NFE_SUMMARY_PANEL (widget), NULL);
}

static void
set_busy (NfeSummaryPanel *self,
          gboolean         busy)
{
  if (busy)
    self->cancellable = g_cancellable_new ();
  else
    g_clear_object (&self->cancellable);

  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
generate_done_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(NfeSummaryPanel) self = user_data;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *generator_id = NULL;
  int one = self->regenerate_one;

  items = nfe_generator_generate_finish (NFE_GENERATOR (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->article == NULL)
    {
      set_busy (self, FALSE);
      return;
    }
  set_busy (self, FALSE);

  /* Whatever failed, the bullets stay as they were. */
  if (items == NULL)
    {
      show_error (self, error->message);
      return;
    }

  show_error (self, NULL);
  generator_id = nfe_generator_dup_id (NFE_GENERATOR (object));

  if (one >= 0)
    {
      g_autoptr(GPtrArray) list = current_list (self);

      /* The first new bullet that says something the others do not. */
      for (guint i = 0; i < items->len; i++)
        {
          NfeGeneratedItem *item = g_ptr_array_index (items, i);
          gboolean duplicate = FALSE;

          for (guint j = 0; j < list->len && !duplicate; j++)
            duplicate = nfe_text_similarity (nfe_bullet_get_text (g_ptr_array_index (list, j)),
                                             item->text) >= NFE_TEXT_NEAR_DUPLICATE;
          if (!duplicate)
            {
              replace_bullet (self, one, nfe_summary_bullet_new (item, nfe_article_get_body (self->article),
                                                                 generator_id));
              return;
            }
        }

      show_error (self, _("The generator offered nothing new for this bullet"));
      return;
    }

  {
    g_autoptr(GPtrArray) merged = nfe_summary_merge (bullets (self), items,
                                                     nfe_article_get_body (self->article),
                                                     generator_id, NFE_SUMMARY_REPLACE);

    apply_now (self, merged, -1);
  }
}

static void
generate (NfeSummaryPanel *self,
          int              one)
{
  g_autoptr(NfeGenerateRequest) request = NULL;

  if (self->generator == NULL || self->article == NULL || self->cancellable != NULL)
    return;

  /* Text still being typed belongs in what is summarized. */
  gtk_widget_activate_action (GTK_WIDGET (self), "editor.save-text", NULL);

  request = nfe_generate_request_new (nfe_article_get_headline (self->article),
                                      nfe_article_get_body (self->article),
                                      one >= 0 ? NFE_SUMMARY_MAX_BULLETS + 3 : NFE_SUMMARY_MAX_BULLETS);
  if (one >= 0)
    request->avoid = nfe_summary_texts (bullets (self));

  self->regenerate_one = one;
  show_error (self, NULL);
  set_busy (self, TRUE);
  nfe_generator_generate_async (self->generator, NFE_GENERATE_BULLETS, request, self->cancellable,
                                generate_done_cb, g_object_ref (self));
}

static void
regenerate_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  NfeSummaryPanel *self = NFE_SUMMARY_PANEL (widget);

  generate (self, g_str_equal (action_name, "summary.regenerate-one") ? selected_index (self) : -1);
}

static void
stop_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  NfeSummaryPanel *self = NFE_SUMMARY_PANEL (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

static void
body_changed_cb (NfeSummaryPanel *self)
{
  update_rows (self);
}

void
nfe_summary_panel_set_article (NfeSummaryPanel *self,
                               NfeProject      *project,
                               NfeArticle      *article)
{
  g_return_if_fail (NFE_IS_SUMMARY_PANEL (self));
  g_return_if_fail (!project || NFE_IS_PROJECT (project));
  g_return_if_fail (!article || NFE_IS_ARTICLE (article));

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->article != NULL)
    g_signal_handlers_disconnect_by_data (self->article, self);

  g_set_object (&self->project, project);
  g_set_object (&self->article, article);
  nfe_history_clear (self->history);
  show_error (self, NULL);

  if (article != NULL)
    {
      gtk_list_box_bind_model (self->list_box, nfe_article_get_bullets (article),
                               create_row_cb, self, NULL);
      g_signal_connect_object (article, "notify::body", G_CALLBACK (body_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }
  else
    gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);

  update_actions (self);
}

static void
nfe_summary_panel_dispose (GObject *object)
{
  NfeSummaryPanel *self = (NfeSummaryPanel *)object;

  nfe_summary_panel_set_article (self, NULL, NULL);
  g_clear_object (&self->generator);
  gtk_widget_dispose_template (GTK_WIDGET (self), NFE_TYPE_SUMMARY_PANEL);

  G_OBJECT_CLASS (nfe_summary_panel_parent_class)->dispose (object);
}

static void
nfe_summary_panel_finalize (GObject *object)
{
  NfeSummaryPanel *self = (NfeSummaryPanel *)object;

  g_clear_pointer (&self->history, nfe_history_free);

  G_OBJECT_CLASS (nfe_summary_panel_parent_class)->finalize (object);
}

static void
nfe_summary_panel_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  NfeSummaryPanel *self = NFE_SUMMARY_PANEL (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, nfe_summary_panel_get_busy (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nfe_summary_panel_class_init (NfeSummaryPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nfe_summary_panel_dispose;
  object_class->finalize = nfe_summary_panel_finalize;
  object_class->get_property = nfe_summary_panel_get_property;

  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * NfeSummaryPanel::sources-selected:
   * @texts: (nullable): the source sentences of the selected bullet
   *
   * Emitted when the selection changes, so that the editor and the
   * preview can show where the bullet came from.
   */
  signals[SOURCES_SELECTED] =
    g_signal_new ("sources-selected",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRV);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/nextfin/Editor/nfe-summary-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, NfeSummaryPanel, regenerate_button);
  gtk_widget_class_bind_template_child (widget_class, NfeSummaryPanel, stop_button);
  gtk_widget_class_bind_template_child (widget_class, NfeSummaryPanel, spinner);
  gtk_widget_class_bind_template_child (widget_class, NfeSummaryPanel, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, NfeSummaryPanel, error_label);
  gtk_widget_class_bind_template_child (widget_class, NfeSummaryPanel, list_box);

  gtk_widget_class_install_action (widget_class, "summary.regenerate", NULL, regenerate_action);
  gtk_widget_class_install_action (widget_class, "summary.regenerate-one", NULL, regenerate_action);
  gtk_widget_class_install_action (widget_class, "summary.stop", NULL, stop_action);
  gtk_widget_class_install_action (widget_class, "summary.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "summary.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "summary.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "summary.move-up", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "summary.move-down", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "summary.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "summary.redo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "summary.dismiss-error", NULL,
                                   dismiss_error_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "summary.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "summary.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "summary.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "summary.edit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "summary.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "summary.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "summary.regenerate", NULL);
}

static void
nfe_summary_panel_init (NfeSummaryPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->history = nfe_history_new (MAX_UNDO);
  self->regenerate_one = -1;

  g_signal_connect_object (self->list_box, "row-selected", G_CALLBACK (row_selected_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->list_box, "row-activated", G_CALLBACK (row_activated_cb), self,
                           G_CONNECT_SWAPPED);
  update_actions (self);
}
