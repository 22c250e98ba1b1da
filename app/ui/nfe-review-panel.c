/* nfe-review-panel.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nfe-review-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "nfe-article-watch.h"
#include "nfe-author.h"
#include "nfe-checklist.h"
#include "nfe-compare.h"
#include "nfe-compare-window.h"
#include "nfe-review-panel.h"

/* The review side of an article: its status and the way forward, the
 * publish checklist kept current as the article changes, the revisions to
 * compare and restore, and who moved the article when. */

#define CHECKLIST_DELAY_MS 300

struct _NfeReviewPanel
{
  AdwBin           parent_instance;

  NfeProject      *project;
  NfeArticle      *article;
  NfeArticleWatch *watch;
  GSettings       *settings;
  GPtrArray       *revisions;
  guint            checklist_source;
  guint            stale : 1;
  gint64           undo_revision;

  GtkLabel        *status_label;
  GtkButton       *advance_button;
  GtkListBox      *checklist_box;
  GtkListBox      *revision_box;
  GtkListBox      *history_box;
  GtkRevealer     *undo_revealer;
  GtkLabel        *undo_label;
};

G_DEFINE_FINAL_TYPE (NfeReviewPanel, nfe_review_panel, ADW_TYPE_BIN)

static guint
min_questions (NfeReviewPanel *self)
{
  return self->settings ? g_settings_get_uint (self->settings, "publish-min-questions")
                        : NFE_CHECKLIST_DEFAULT_MIN_QUESTIONS;
}

static gboolean
writable (NfeReviewPanel *self)
{
  return self->project != NULL && self->article != NULL &&
         !nfe_project_get_read_only (self->project);
}

static char *
format_time (gint64 seconds)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_local (seconds);

  /* Translators: a date and time in a list of revisions, see g_date_time_format() */
  return time ? g_date_time_format (time, _("%e %b %Y, %H:%M")) : g_strdup ("?");
}

static void
show_error (NfeReviewPanel *self,
            const char     *heading,
            const GError   *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                              heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GtkWidget *
empty_list_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

/* Status */

static NfeArticleStatus
next_status (NfeArticleStatus status)
{
  return status < NFE_ARTICLE_STATUS_PUBLISHED ? status + 1 : status;
}

static void
refresh_status (NfeReviewPanel *self)
{
  NfeArticleStatus status = self->article ? nfe_article_get_status (self->article)
                                          : NFE_ARTICLE_STATUS_DRAFT;
  g_autofree char *css_class = g_strdup_printf ("status-%s", nfe_article_status_to_string (status));
  const char *classes[] = { "status-label", css_class, NULL };
  const char *advance_labels[] = {
    N_("Send for _Review…"), N_("_Approve…"), N_("_Publish…"), N_("Published"),
  };

  gtk_label_set_label (self->status_label, nfe_article_status_get_label (status));
  gtk_widget_set_css_classes (GTK_WIDGET (self->status_label), classes);
  gtk_button_set_label (self->advance_button, _(advance_labels[status]));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.advance",
                                 writable (self) && status < NFE_ARTICLE_STATUS_PUBLISHED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.back-to-draft",
                                 writable (self) && status != NFE_ARTICLE_STATUS_DRAFT);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.save-revision", writable (self));
}

static void
refresh_history (NfeReviewPanel *self)
{
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;

  clear_list (self->history_box);
  if (self->article == NULL || nfe_article_get_id (self->article) == 0)
    return;

  if (!(changes = nfe_project_list_status_changes (self->project, self->article, &error)))
    {
      gtk_list_box_append (self->history_box, empty_list_label (error->message));
      return;
    }
  if (changes->len == 0)
    gtk_list_box_append (self->history_box, empty_list_label (_("The status has not changed yet")));

  for (guint i = 0; i < changes->len; i++)
    {
      NfeStatusChange *change = g_ptr_array_index (changes, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *when = format_time (change->created);
      g_autofree char *title = g_strdup_printf ("%s → %s",
                                                nfe_article_status_get_label (change->from_status),
                                                nfe_article_status_get_label (change->to_status));
      g_autofree char *subtitle = NULL;

      if (*change->note != '\0')
        subtitle = g_strdup_printf ("%s · %s\n%s", when, change->author, change->note);
      else
        subtitle = g_strdup_printf ("%s · %s", when, change->author);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_append (self->history_box, row);
    }
}

/* Checklist */

static GtkWidget *
check_row (const NfeCheck *check)
{
  const char *icons[] = {
    "emblem-ok-symbolic", "dialog-warning-symbolic", "dialog-error-symbolic",
  };
  const char *classes[] = { "success", "warning", "error" };
  const char *results[] = { N_("Passed"), N_("Warning"), N_("Failed") };
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (icons[check->result]);

  gtk_widget_add_css_class (icon, classes[check->result]);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _(results[check->result]), -1);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), check->label);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  return row;
}

static gboolean
refresh_checklist_cb (gpointer data)
{
  NfeReviewPanel *self = data;
  g_autoptr(GPtrArray) checks = NULL;

  self->checklist_source = 0;
  clear_list (self->checklist_box);
  if (self->article == NULL)
    return G_SOURCE_REMOVE;

  checks = nfe_checklist_run (self->article, min_questions (self));
  for (guint i = 0; i < checks->len; i++)
    gtk_list_box_append (self->checklist_box, check_row (g_ptr_array_index (checks, i)));

  return G_SOURCE_REMOVE;
}

static void
schedule_checklist (NfeReviewPanel *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }

  g_clear_handle_id (&self->checklist_source, g_source_remove);
  self->checklist_source = g_timeout_add (CHECKLIST_DELAY_MS, refresh_checklist_cb, self);
}

/* Revisions */

/* The selected revisions, newest first as the list shows them. */
static GPtrArray *
selected_revisions (NfeReviewPanel *self)
{
  GPtrArray *selected = g_ptr_array_new ();

  for (guint i = 0; self->revisions != NULL && i < self->revisions->len; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->revision_box, i);

      if (row != NULL && gtk_list_box_row_is_selected (row))
        g_ptr_array_add (selected, g_ptr_array_index (self->revisions, i));
    }

  return selected;
}

static void
revision_selection_changed_cb (NfeReviewPanel *self)
{
  g_autoptr(GPtrArray) selected = selected_revisions (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.compare",
                                 selected->len == 1 || selected->len == 2);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.restore",
                                 writable (self) && selected->len == 1);
}

static char *
word_delta (guint words,
            guint older_words)
{
  if (words > older_words)
    return g_strdup_printf (_("+%u words"), words - older_words);
  if (words < older_words)
    return g_strdup_printf (_("−%u words"), older_words - words);
  return g_strdup (_("same length"));
}

static void
refresh_revisions (NfeReviewPanel *self)
{
  g_autoptr(GError) error = NULL;

  clear_list (self->revision_box);
  g_clear_pointer (&self->revisions, g_ptr_array_unref);

  if (self->article != NULL && nfe_article_get_id (self->article) != 0)
    self->revisions = nfe_project_list_revisions (self->project, self->article, &error);

  if (error != NULL)
    gtk_list_box_set_placeholder (self->revision_box, empty_list_label (error->message));
  else
    gtk_list_box_set_placeholder (self->revision_box,
                                  empty_list_label (_("No revisions yet: one is kept at every status "
                                                 "change, when you save one, and when you "
                                                 "leave an article you edited")));

  for (guint i = 0; self->revisions != NULL && i < self->revisions->len; i++)
    {
      NfeRevision *revision = g_ptr_array_index (self->revisions, i);
      NfeRevision *older = i + 1 < self->revisions->len ? g_ptr_array_index (self->revisions, i + 1)
                                                        : NULL;
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *when = format_time (revision->created);
      g_autofree char *delta = older ? word_delta (revision->words, older->words)
                                     : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u word",
                                                                     "%u words", revision->words),
                                                        revision->words);
      g_autofree char *subtitle = g_strdup_printf ("%s · %s · %s", when, revision->author, delta);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     *revision->note ? revision->note : _("No note"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_append (self->revision_box, row);
    }

  revision_selection_changed_cb (self);
}

/* Listing revisions reads every snapshot, so while the panel is not on
 * screen (most article switches) only the status, which enables the
 * actions, is kept current; the rest waits until the panel is shown. */
static void
refresh (NfeReviewPanel *self)
{
  refresh_status (self);
  g_clear_handle_id (&self->checklist_source, g_source_remove);
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }

  self->stale = FALSE;
  refresh_history (self);
  refresh_revisions (self);
  refresh_checklist_cb (self);
}

static void
nfe_review_panel_map (GtkWidget *widget)
{
  NfeReviewPanel *self = NFE_REVIEW_PANEL (widget);

  GTK_WIDGET_CLASS (nfe_review_panel_parent_class)->map (widget);

  if (self->stale)
    refresh (self);
}

/* Actions */

typedef struct
{
  NfeReviewPanel   *self;
  NfeArticle       *article;
  NfeArticleStatus  status;
  GtkEditable      *note;
} StatusChange;

static void
status_change_free (gpointer  data,
                    GClosure *closure)
{
  StatusChange *change = data;

  g_object_unref (change->self);
  g_object_unref (change->article);
  g_object_unref (change->note);
  g_free (change);
}

static void
status_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    StatusChange     *change)
{
  NfeReviewPanel *self = change->self;
  g_autoptr(GError) error = NULL;
  g_autofree char *author = NULL;
  g_autofree char *note = NULL;

  if (!g_str_equal (response, "change") || change->article != self->article)
    return;

  author = nfe_author_dup_name (self->settings);
  note = g_strstrip (g_strdup (gtk_editable_get_text (change->note)));
  if (!nfe_project_set_status (self->project, self->article, change->status, author, note, &error))
    show_error (self, _("Could Not Change the Status"), error);

  refresh (self);
}

/* A note entry for a dialog: Enter in it answers the dialog. */
static GtkWidget *
note_entry (AdwMessageDialog *dialog,
            const char       *placeholder_text)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder_text);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Note"), -1);
  adw_message_dialog_set_extra_child (dialog, entry);
  return entry;
}

static void
ask_status_change (NfeReviewPanel   *self,
                   NfeArticleStatus  status)
{
  const char *headings[] = {
    N_("Move Back to Draft?"), N_("Send for Review?"), N_("Approve the Article?"),
    N_("Publish the Article?"),
  };
  const char *labels[] = { N_("Back to _Draft"), N_("Send for _Review"), N_("_Approve"), N_("_Publish") };
  const char *anyway[] = { NULL, NULL, N_("_Approve Anyway"), N_("_Publish Anyway") };
  GtkWidget *dialog;
  GtkWidget *entry;
  StatusChange *change;
  g_autoptr(GString) body = g_string_new (NULL);
  gboolean failed = FALSE;

  if (status == NFE_ARTICLE_STATUS_DRAFT)
    g_string_append (body, _("The article can be edited and sent for review again."));
  else if (status == NFE_ARTICLE_STATUS_IN_REVIEW)
    g_string_append (body, _("The desk reviews the article as it is now; a revision of it is kept."));
  else
    {
      g_autoptr(GPtrArray) checks = nfe_checklist_run (self->article, min_questions (self));

      for (guint i = 0; i < checks->len; i++)
        {
          NfeCheck *check = g_ptr_array_index (checks, i);

          if (check->result != NFE_CHECK_PASSED)
            g_string_append_printf (body, "\n%s %s", check->result == NFE_CHECK_FAILED ? "✗" : "⚠",
                                    check->label);
        }
      failed = nfe_checklist_count (checks, NFE_CHECK_FAILED) > 0;
      if (failed)
        g_string_prepend (body, _("The publish checklist has failed items:\n"));
      else if (body->len > 0)
        g_string_prepend (body, _("The publish checklist passes, with warnings:\n"));
      else
        g_string_append (body, _("The publish checklist passes."));
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _(headings[status]), body->len ? body->str : NULL);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "change", failed ? _(anyway[status]) : _(labels[status]),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "change",
                                              failed ? ADW_RESPONSE_DESTRUCTIVE
                                                     : ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), failed ? "cancel" : "change");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  entry = note_entry (ADW_MESSAGE_DIALOG (dialog), _("Note for the desk (optional)"));

  change = g_new0 (StatusChange, 1);
  change->self = g_object_ref (self);
  change->article = g_object_ref (self->article);
  change->status = status;
  change->note = g_object_ref (GTK_EDITABLE (entry));
  g_signal_connect_data (dialog, "response", G_CALLBACK (status_response_cb), change,
                         status_change_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
advance_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  NfeReviewPanel *self = NFE_REVIEW_PANEL (widget);

  if (self->article != NULL)
    ask_status_change (self, next_status (nfe_article_get_status (self->article)));
}

static void
back_to_draft_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  NfeReviewPanel *self = NFE_REVIEW_PANEL (widget);

  if (self->article != NULL)
    ask_status_change (self, NFE_ARTICLE_STATUS_DRAFT);
}

static void
save_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  NfeReviewPanel   *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "note");
  g_autoptr(GError) error = NULL;
  g_autofree char *author = NULL;
  g_autofree char *note = NULL;

  if (!g_str_equal (response, "save") || self->article == NULL)
    return;

  author = nfe_author_dup_name (self->settings);
  note = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  if (nfe_project_save_revision (self->project, self->article, author, note, &error) == 0)
    show_error (self, _("Could Not Save the Revision"), error);

  refresh_revisions (self);
}

static void
save_revision_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  NfeReviewPanel *self = NFE_REVIEW_PANEL (widget);
  GtkWidget *dialog;
  GtkWidget *entry;

  if (!writable (self))
    return;

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                   _("Save a Revision?"),
                                   _("The article as it is now is kept, with your note, to compare "
                                     "with or go back to later."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"), "save", _("_Save Revision"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  entry = note_entry (ADW_MESSAGE_DIALOG (dialog), _("Note, e.g. “Cut for length”"));
  g_object_set_data (G_OBJECT (dialog), "note", entry);
  g_signal_connect_object (dialog, "response", G_CALLBACK (save_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static char *
describe_revision (NfeRevision *revision)
{
  g_autofree char *when = format_time (revision->created);

  return *revision->note ? g_strdup_printf ("%s (%s)", when, revision->note) : g_steal_pointer (&when);
}

static void
compare_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  NfeReviewPanel *self = NFE_REVIEW_PANEL (widget);
  g_autoptr(GPtrArray) selected = selected_revisions (self);
  g_autoptr(NfeArticle) older = NULL;
  g_autoptr(NfeArticle) newer = NULL;
  g_autoptr(GPtrArray) sections = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *older_title = NULL;
  g_autofree char *newer_title = NULL;
  NfeRevision *first, *second;

  if (selected->len == 0 || selected->len > 2)
    return;

  /* The list is newest first: the lower row is the older state. */
  first = g_ptr_array_index (selected, selected->len - 1);
  second = selected->len == 2 ? g_ptr_array_index (selected, 0) : NULL;

  if (!(older = nfe_project_load_revision (self->project, self->article, first->id, &error)) ||
      (second != NULL &&
       !(newer = nfe_project_load_revision (self->project, self->article, second->id, &error))))
    {
      show_error (self, _("Could Not Read the Revision"), error);
      return;
    }

  older_title = describe_revision (first);
  newer_title = second ? describe_revision (second) : g_strdup (_("the text as it is now"));
  sections = nfe_compare_articles (older, newer ? newer : self->article);
  gtk_window_present (nfe_compare_window_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                              older_title, newer_title, sections));
}

static void
restore (NfeReviewPanel *self,
         gint64          revision_id,
         const char     *description)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *author = nfe_author_dup_name (self->settings);
  g_autofree char *message = NULL;
  gint64 before;

  before = nfe_project_restore_revision (self->project, self->article, revision_id, author, &error);
  if (before == 0)
    {
      show_error (self, _("Could Not Restore the Revision"), error);
      return;
    }

  refresh (self);
  self->undo_revision = before;
  message = g_strdup_printf (_("Restored the revision of %s."), description);
  gtk_label_set_label (self->undo_label, message);
  gtk_revealer_set_reveal_child (self->undo_revealer, TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.undo-restore", TRUE);
}

static void
restore_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     NfeReviewPanel   *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "revision")) ;
  NfeArticle *article = g_object_get_data (G_OBJECT (dialog), "article");

  if (g_str_equal (response, "restore") && article == self->article)
    restore (self, id, g_object_get_data (G_OBJECT (dialog), "description"));
}

static void
restore_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  NfeReviewPanel *self = NFE_REVIEW_PANEL (widget);
  g_autoptr(GPtrArray) selected = selected_revisions (self);
  g_autofree char *description = NULL;
  g_autofree char *body = NULL;
  NfeRevision *revision;
  GtkWidget *dialog;

  if (selected->len != 1 || !writable (self))
    return;

  revision = g_ptr_array_index (selected, 0);
  description = describe_revision (revision);
  body = g_strdup_printf (_("The text, summary and questions go back to the revision of %s. "
                            "The article as it is now is kept as a revision first, so you can "
                            "undo this."), description);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                   _("Restore This Revision?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"), "restore", _("_Restore"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "revision", GSIZE_TO_POINTER ((gsize) revision->id));
  g_object_set_data_full (G_OBJECT (dialog), "article", g_object_ref (self->article), g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "description", g_steal_pointer (&description), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (restore_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
hide_undo (NfeReviewPanel *self)
{
  self->undo_revision = 0;
  gtk_revealer_set_reveal_child (self->undo_revealer, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.undo-restore", FALSE);
}

static void
undo_restore_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  NfeReviewPanel *self = NFE_REVIEW_PANEL (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *author = NULL;
  gint64 revision = self->undo_revision;

  if (revision == 0 || !writable (self))
    return;

  /* Undoing is restoring the state saved just before: that restore keeps
   * the restored state as a revision too, so nothing is lost either way. */
  hide_undo (self);
  author = nfe_author_dup_name (self->settings);
  if (nfe_project_restore_revision (self->project, self->article, revision, author, &error) == 0)
    show_error (self, _("Could Not Undo the Restore"), error);
  refresh (self);
}

/* Public */

void
nfe_review_panel_set_article (NfeReviewPanel *self,
                              NfeProject     *project,
                              NfeArticle     *article)
{
  g_return_if_fail (NFE_IS_REVIEW_PANEL (self));
  g_return_if_fail (!project || NFE_IS_PROJECT (project));
  g_return_if_fail (!article || NFE_IS_ARTICLE (article));

  if (self->article != NULL)
    g_signal_handlers_disconnect_by_data (self->article, self);

  g_set_object (&self->project, project);
  g_set_object (&self->article, article);
  nfe_article_watch_set_article (self->watch, article);
  if (article != NULL)
    g_signal_connect_object (article, "notify::status", G_CALLBACK (refresh_status), self,
                             G_CONNECT_SWAPPED);

  hide_undo (self);
  refresh (self);
}

void
nfe_review_panel_set_settings (NfeReviewPanel *self,
                               GSettings      *settings)
{
  g_return_if_fail (NFE_IS_REVIEW_PANEL (self));
  g_return_if_fail (G_IS_SETTINGS (settings));

  g_set_object (&self->settings, settings);
  g_signal_connect_object (settings, "changed::publish-min-questions",
                           G_CALLBACK (schedule_checklist), self, G_CONNECT_SWAPPED);
  schedule_checklist (self);
}

static void
nfe_review_panel_dispose (GObject *object)
{
  NfeReviewPanel *self = NFE_REVIEW_PANEL (object);

  g_clear_handle_id (&self->checklist_source, g_source_remove);
  if (self->article != NULL)
    g_signal_handlers_disconnect_by_data (self->article, self);
  g_clear_object (&self->article);
  g_clear_object (&self->project);
  g_clear_object (&self->watch);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->revisions, g_ptr_array_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), NFE_TYPE_REVIEW_PANEL);

  G_OBJECT_CLASS (nfe_review_panel_parent_class)->dispose (object);
}

static void
nfe_review_panel_class_init (NfeReviewPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nfe_review_panel_dispose;
  widget_class->map = nfe_review_panel_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/nextfin/Editor/nfe-review-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, NfeReviewPanel, status_label);
  gtk_widget_class_bind_template_child (widget_class, NfeReviewPanel, advance_button);
  gtk_widget_class_bind_template_child (widget_class, NfeReviewPanel, checklist_box);
  gtk_widget_class_bind_template_child (widget_class, NfeReviewPanel, revision_box);
  gtk_widget_class_bind_template_child (widget_class, NfeReviewPanel, history_box);
  gtk_widget_class_bind_template_child (widget_class, NfeReviewPanel, undo_revealer);
  gtk_widget_class_bind_template_child (widget_class, NfeReviewPanel, undo_label);

  gtk_widget_class_install_action (widget_class, "review.advance", NULL, advance_action);
  gtk_widget_class_install_action (widget_class, "review.back-to-draft", NULL, back_to_draft_action);
  gtk_widget_class_install_action (widget_class, "review.save-revision", NULL, save_revision_action);
  gtk_widget_class_install_action (widget_class, "review.compare", NULL, compare_action);
  gtk_widget_class_install_action (widget_class, "review.restore", NULL, restore_action);
  gtk_widget_class_install_action (widget_class, "review.undo-restore", NULL, undo_restore_action);
}

static void
nfe_review_panel_init (NfeReviewPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->watch = nfe_article_watch_new ();
  g_signal_connect_object (self->watch, "changed", G_CALLBACK (schedule_checklist), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->revision_box, "selected-rows-changed",
                           G_CALLBACK (revision_selection_changed_cb), self, G_CONNECT_SWAPPED);
  hide_undo (self);
  refresh (self);
}
