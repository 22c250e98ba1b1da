/* nfe-article-editor.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nfe-article-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <gtksourceview/gtksource.h>
#include <string.h>

#include "nfe-article-editor.h"
#include "nfe-author.h"
#include "nfe-article-watch.h"
#include "nfe-checklist.h"
#include "nfe-import.h"
#include "nfe-page-text.h"
#include "nfe-preview.h"
#include "nfe-question-list.h"
#include "nfe-review-panel.h"
#include "nfe-summary-panel.h"
#include "nfe-text.h"

/* Typing must never wait for the disk: the body is handed to the article
 * (which the project then saves) once typing pauses this long. Together
 * with the project's own delay that stays well under a second. */
#define BODY_PUSH_DELAY_MS 250

struct _NfeArticleEditor
{
  AdwBin                   parent_instance;

  NfeArticle              *article;
  GBindingGroup           *bindings;
  GtkSourceSearchContext  *search_context;
  guint                    push_source;
  guint                    stats_source;
  guint                    loading : 1;
  guint                    pushing : 1;
  guint                    edited : 1;
  NfeArticleWatch         *watch;
  GSettings               *settings;

  GtkEntry                *headline_entry;
  GtkEntry                *byline_entry;
  GtkEntry                *source_entry;
  GtkEntry                *dateline_entry;
  GtkSearchBar            *search_bar;
  GtkSearchEntry          *search_entry;
  GtkEntry                *replace_entry;
  GtkWidget               *replace_box;
  GtkLabel                *match_label;
  GtkSourceView           *source_view;
  GtkSourceBuffer         *buffer;
  GtkLabel                *stats_label;
  GtkLabel                *status_label;
  GtkImage                *checklist_icon;
  GtkLabel                *checklist_label;
  GtkWidget               *review_button;
  GtkStack                *side_stack;
  NfeReviewPanel          *review_panel;
  NfeSummaryPanel         *summary_panel;
  NfeProject              *project;
  GtkTextTag              *source_tag;
  NfeQuestionList         *question_list;
  NfePreview              *preview;
};

G_DEFINE_FINAL_TYPE (NfeArticleEditor, nfe_article_editor, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_ARTICLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define STATS_DELAY_MS 200

/* The status area: what the article amounts to, and how it stands
 * against the publish checklist. */
static gboolean
update_stats_cb (gpointer data)
{
  NfeArticleEditor *self = data;
  const char *body = self->article ? nfe_article_get_body (self->article) : "";
  guint words = nfe_text_count_words (body, -1);
  glong characters = g_utf8_strlen (body, -1);
  guint bullets = 0, accepted = 0, failed = 0, warnings = 0;
  g_autofree char *words_text = NULL;
  g_autofree char *characters_text = NULL;
  g_autofree char *minutes_text = NULL;
  g_autofree char *bullets_text = NULL;
  g_autofree char *accepted_text = NULL;
  g_autofree char *stats = NULL;
  g_autofree char *tooltip = NULL;
  g_autofree char *checklist = NULL;
  g_autofree char *status_class = NULL;
  const char *status_classes[3] = { "status-label", NULL, NULL };

  self->stats_source = 0;

  if (self->article != NULL)
    {
      GListModel *questions = nfe_article_get_questions (self->article);
      g_autoptr(GPtrArray) checks = NULL;
      guint min_questions = self->settings ? g_settings_get_uint (self->settings, "publish-min-questions")
                                           : NFE_CHECKLIST_DEFAULT_MIN_QUESTIONS;

      bullets = g_list_model_get_n_items (nfe_article_get_bullets (self->article));
      for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
        {
          g_autoptr(NfeQuestion) question = g_list_model_get_item (questions, i);

          accepted += nfe_question_get_state (question) == NFE_QUESTION_STATE_ACCEPTED;
        }

      checks = nfe_checklist_run (self->article, min_questions);
      failed = nfe_checklist_count (checks, NFE_CHECK_FAILED);
      warnings = nfe_checklist_count (checks, NFE_CHECK_WARNING);
    }

  words_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u word", "%u words", words), words);
  characters_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%ld character", "%ld characters",
                                                  characters), characters);
  /* Translators: reading time */
  minutes_text = g_strdup_printf (_("%u min read"), nfe_text_reading_minutes (words));
  bullets_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u bullet", "%u bullets", bullets),
                                  bullets);
  accepted_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u accepted question",
                                                "%u accepted questions", accepted), accepted);
  /* Two short lines fit beside the buttons where one long one would not. */
  stats = g_strdup_printf ("%s · %s · %s\n%s · %s", words_text, characters_text, minutes_text,
                           bullets_text, accepted_text);
  tooltip = g_strdup_printf (_("Reading time at %u words a minute"), NFE_TEXT_WORDS_PER_MINUTE);
  gtk_label_set_label (self->stats_label, stats);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->stats_label), tooltip);

  if (self->article != NULL)
    {
      NfeArticleStatus status = nfe_article_get_status (self->article);

      status_class = g_strdup_printf ("status-%s", nfe_article_status_to_string (status));
      status_classes[1] = status_class;
      gtk_label_set_label (self->status_label, nfe_article_status_get_label (status));
      gtk_widget_set_css_classes (GTK_WIDGET (self->status_label), status_classes);
    }

  if (failed > 0)
    checklist = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u to fix", "%u to fix", failed),
                                 failed);
  else if (warnings > 0)
    checklist = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings",
                                              warnings), warnings);
  else
    checklist = g_strdup (_("Ready"));
  gtk_label_set_label (self->checklist_label, checklist);
  gtk_image_set_from_icon_name (self->checklist_icon,
                                failed ? "dialog-error-symbolic" :
                                warnings ? "dialog-warning-symbolic" : "emblem-ok-symbolic");
  gtk_widget_set_visible (self->review_button, self->article != NULL);
  gtk_widget_set_tooltip_text (self->review_button, _("Status and Publish Checklist"));

  return G_SOURCE_REMOVE;
}

static void
schedule_stats (NfeArticleEditor *self)
{
  if (self->stats_source == 0)
    self->stats_source = g_timeout_add (STATS_DELAY_MS, update_stats_cb, self);
}

static char *
dup_buffer_text (NfeArticleEditor *self)
{
  GtkTextIter begin, end;

  gtk_text_buffer_get_bounds (GTK_TEXT_BUFFER (self->buffer), &begin, &end);
  return gtk_text_buffer_get_text (GTK_TEXT_BUFFER (self->buffer), &begin, &end, TRUE);
}

static gboolean
push_body_cb (gpointer data)
{
  NfeArticleEditor *self = data;
  g_autofree char *body = NULL;

  self->push_source = 0;
  if (self->article == NULL)
    return G_SOURCE_REMOVE;

  body = dup_buffer_text (self);
  self->pushing = TRUE;
  nfe_article_set_body (self->article, body);
  self->pushing = FALSE;

  return G_SOURCE_REMOVE;
}

/**
 * nfe_article_editor_flush:
 *
 * Hands the text typed so far to the article now, instead of when typing
 * pauses. Call before saving or closing.
 */
void
nfe_article_editor_flush (NfeArticleEditor *self)
{
  g_return_if_fail (NFE_IS_ARTICLE_EDITOR (self));

  if (self->push_source != 0)
    {
      g_clear_handle_id (&self->push_source, g_source_remove);
      push_body_cb (self);
    }
}

static GPtrArray *
list_items (GListModel *model)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));

  return items;
}

/* A whole NextFin page pasted into an empty article becomes the article:
 * headline, dateline, summary, body, closing line and questions. */
static gboolean
convert_pasted_page_cb (gpointer data)
{
  NfeArticleEditor *self = data;
  g_autoptr(NfeArticle) imported = NULL;
  g_autoptr(GPtrArray) bullets = NULL;
  g_autoptr(GPtrArray) questions = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = dup_buffer_text (self);
  GtkTextIter start, end;

  if (self->article == NULL || self->project == NULL)
    return G_SOURCE_REMOVE;

  if (!(imported = nfe_import_text (text, strlen (text), &error)))
    {
      g_debug ("A pasted page stays as text: %s", error->message);
      return G_SOURCE_REMOVE;
    }

  for (guint i = 0; i < NFE_N_ARTICLE_FIELDS; i++)
    if (i != NFE_ARTICLE_FIELD_BODY)
      nfe_article_set_field (self->article, i, nfe_article_get_field (imported, i));

  /* One undoable step: Ctrl+Z brings back the page as pasted. */
  gtk_text_buffer_begin_user_action (GTK_TEXT_BUFFER (self->buffer));
  gtk_text_buffer_get_bounds (GTK_TEXT_BUFFER (self->buffer), &start, &end);
  gtk_text_buffer_delete (GTK_TEXT_BUFFER (self->buffer), &start, &end);
  gtk_text_buffer_insert (GTK_TEXT_BUFFER (self->buffer), &start, nfe_article_get_body (imported), -1);
  gtk_text_buffer_end_user_action (GTK_TEXT_BUFFER (self->buffer));
  nfe_article_editor_flush (self);

  bullets = list_items (nfe_article_get_bullets (imported));
  questions = list_items (nfe_article_get_questions (imported));
  if (!nfe_project_set_bullets (self->project, self->article, bullets, &error) ||
      !nfe_project_set_questions (self->project, self->article, questions, &error))
    g_warning ("Could not store the pasted page’s summary: %s", error->message);

  return G_SOURCE_REMOVE;
}

static void
insert_text_after_cb (NfeArticleEditor *self,
                      GtkTextIter      *location,
                      const char       *text,
                      int               length)
{
  if (self->loading || self->article == NULL ||
      gtk_text_buffer_get_char_count (GTK_TEXT_BUFFER (self->buffer)) !=
      g_utf8_strlen (text, length) ||
      !nfe_page_text_detect (text))
    return;

  g_idle_add_full (G_PRIORITY_HIGH_IDLE, convert_pasted_page_cb, g_object_ref (self),
                   g_object_unref);
}

static void
buffer_changed_cb (NfeArticleEditor *self)
{
  if (self->loading || self->article == NULL)
    return;

  g_clear_handle_id (&self->push_source, g_source_remove);
  self->push_source = g_timeout_add (BODY_PUSH_DELAY_MS, push_body_cb, self);
}

static void
load_body (NfeArticleEditor *self)
{
  const char *body = self->article ? nfe_article_get_body (self->article) : "";
  GtkTextIter start;

  /* A new article's text starts a new undo history: Ctrl+Z must never
   * bring back another article's text. */
  self->loading = TRUE;
  gtk_text_buffer_begin_irreversible_action (GTK_TEXT_BUFFER (self->buffer));
  gtk_text_buffer_set_text (GTK_TEXT_BUFFER (self->buffer), body, -1);
  gtk_text_buffer_end_irreversible_action (GTK_TEXT_BUFFER (self->buffer));
  gtk_text_buffer_get_start_iter (GTK_TEXT_BUFFER (self->buffer), &start);
  gtk_text_buffer_place_cursor (GTK_TEXT_BUFFER (self->buffer), &start);
  gtk_text_buffer_set_modified (GTK_TEXT_BUFFER (self->buffer), FALSE);
  self->loading = FALSE;
}

static void
article_edited_cb (NfeArticleEditor *self)
{
  self->edited = TRUE;
}

/* The text changed from outside the editor (a revision was restored): the
 * editor shows it, as one step Ctrl+Z can take back. */
static void
article_body_changed_cb (NfeArticleEditor *self)
{
  g_autofree char *text = NULL;
  GtkTextIter start, end;
  const char *body;

  /* The editor's own text coming back needs no comparing. */
  if (self->loading || self->pushing || self->push_source != 0)
    return;

  body = nfe_article_get_body (self->article);
  text = dup_buffer_text (self);
  if (g_str_equal (text, body))
    return;

  /* Not gtk_text_buffer_set_text(): that one cannot be undone. */
  self->loading = TRUE;
  gtk_text_buffer_begin_user_action (GTK_TEXT_BUFFER (self->buffer));
  gtk_text_buffer_get_bounds (GTK_TEXT_BUFFER (self->buffer), &start, &end);
  gtk_text_buffer_delete (GTK_TEXT_BUFFER (self->buffer), &start, &end);
  gtk_text_buffer_insert (GTK_TEXT_BUFFER (self->buffer), &start, body, -1);
  gtk_text_buffer_end_user_action (GTK_TEXT_BUFFER (self->buffer));
  self->loading = FALSE;
}

/**
 * nfe_article_editor_end_session:
 *
 * Ends the editing session of the article shown: the text typed is handed
 * to the article and, if the article was edited since it was shown, a
 * revision is kept of it. Called when another article is shown and when
 * the window closes, so that there is one automatic revision a session,
 * never one a keystroke.
 */
void
nfe_article_editor_end_session (NfeArticleEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *author = NULL;

  g_return_if_fail (NFE_IS_ARTICLE_EDITOR (self));

  nfe_article_editor_flush (self);
  if (!self->edited || self->article == NULL || self->project == NULL ||
      nfe_project_get_read_only (self->project))
    return;

  self->edited = FALSE;
  author = nfe_author_dup_name (self->settings);
  if (nfe_project_save_revision (self->project, self->article, author,
                                 _("Edited (kept automatically)"), &error) == 0)
    g_warning ("Could not keep a revision of the edited article: %s", error->message);
}

NfeArticle *
nfe_article_editor_get_article (NfeArticleEditor *self)
{
  g_return_val_if_fail (NFE_IS_ARTICLE_EDITOR (self), NULL);
  return self->article;
}

void
nfe_article_editor_set_article (NfeArticleEditor *self,
                                NfeArticle       *article)
{
  g_return_if_fail (NFE_IS_ARTICLE_EDITOR (self));
  g_return_if_fail (!article || NFE_IS_ARTICLE (article));

  if (self->article == article)
    return;

  nfe_article_editor_end_session (self);
  if (self->article != NULL)
    g_signal_handlers_disconnect_by_data (self->article, self);
  g_set_object (&self->article, article);
  if (article != NULL)
    {
      g_signal_connect_object (article, "edited", G_CALLBACK (article_edited_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (article, "notify::body", G_CALLBACK (article_body_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }
  g_binding_group_set_source (self->bindings, article);
  load_body (self);
  nfe_preview_set_article (self->preview, article);

  nfe_summary_panel_set_article (self->summary_panel, article ? self->project : NULL, article);
  nfe_question_list_set_article (self->question_list, article ? self->project : NULL, article);
  nfe_review_panel_set_article (self->review_panel, article ? self->project : NULL, article);
  nfe_article_watch_set_article (self->watch, article);
  g_clear_handle_id (&self->stats_source, g_source_remove);
  update_stats_cb (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE]);
}

void
nfe_article_editor_set_editable (NfeArticleEditor *self,
                                 gboolean          editable)
{
  GtkEditable *entries[] = {
    GTK_EDITABLE (self->headline_entry), GTK_EDITABLE (self->byline_entry),
    GTK_EDITABLE (self->source_entry), GTK_EDITABLE (self->dateline_entry),
  };

  g_return_if_fail (NFE_IS_ARTICLE_EDITOR (self));

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    gtk_editable_set_editable (entries[i], editable);
  gtk_text_view_set_editable (GTK_TEXT_VIEW (self->source_view), editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.replace", editable);
}

/**
 * nfe_article_editor_set_project:
 *
 * The project the articles shown belong to: bullets and questions are
 * stored through it.
 */
void
nfe_article_editor_set_project (NfeArticleEditor *self,
                                NfeProject       *project)
{
  g_return_if_fail (NFE_IS_ARTICLE_EDITOR (self));
  g_return_if_fail (!project || NFE_IS_PROJECT (project));

  g_set_object (&self->project, project);
}

void
nfe_article_editor_set_generator (NfeArticleEditor *self,
                                  NfeGenerator     *generator)
{
  g_return_if_fail (NFE_IS_ARTICLE_EDITOR (self));

  nfe_summary_panel_set_generator (self->summary_panel, generator);
  nfe_question_list_set_generator (self->question_list, generator);
}

/* Shows where a bullet or question came from: its sentences marked in
 * the text (the first one scrolled to) and in the preview. */
static void
sources_selected_cb (NfeArticleEditor  *self,
                     const char       **texts)
{
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (self->buffer);
  GtkTextIter start, end, match_start, match_end;
  gboolean scrolled = FALSE;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag (buffer, self->source_tag, &start, &end);

  for (guint i = 0; texts != NULL && texts[i] != NULL; i++)
    {
      gtk_text_buffer_get_start_iter (buffer, &start);
      if (!gtk_text_iter_forward_search (&start, texts[i], 0, &match_start, &match_end, NULL))
        continue;

      gtk_text_buffer_apply_tag (buffer, self->source_tag, &match_start, &match_end);
      if (!scrolled)
        gtk_text_view_scroll_to_iter (GTK_TEXT_VIEW (self->source_view), &match_start, 0.1,
                                      FALSE, 0, 0);
      scrolled = TRUE;
    }

  nfe_preview_highlight (self->preview, texts);
}

static void
save_text_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  nfe_article_editor_flush (NFE_ARTICLE_EDITOR (widget));
}

/**
 * nfe_article_editor_bind_settings:
 *
 * Keeps the preview's options in @settings, so they last between runs.
 */
void
nfe_article_editor_bind_settings (NfeArticleEditor *self,
                                  GSettings        *settings)
{
  g_return_if_fail (NFE_IS_ARTICLE_EDITOR (self));
  g_return_if_fail (G_IS_SETTINGS (settings));

  g_settings_bind (settings, "preview-visible", self->preview, "visible", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "preview-sync-scroll", self->preview, "sync-scroll",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "preview-remote-images", self->preview, "remote-images",
                   G_SETTINGS_BIND_DEFAULT);

  g_set_object (&self->settings, settings);
  nfe_review_panel_set_settings (self->review_panel, settings);
  g_signal_connect_object (settings, "changed::publish-min-questions", G_CALLBACK (schedule_stats),
                           self, G_CONNECT_SWAPPED);
  schedule_stats (self);
}

void
nfe_article_editor_focus_headline (NfeArticleEditor *self)
{
  g_return_if_fail (NFE_IS_ARTICLE_EDITOR (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->headline_entry));
}

static void
update_match_label (NfeArticleEditor *self)
{
  int count = gtk_source_search_context_get_occurrences_count (self->search_context);
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  int position = -1;

  if (gtk_text_buffer_get_selection_bounds (GTK_TEXT_BUFFER (self->buffer), &start, &end))
    position = gtk_source_search_context_get_occurrence_position (self->search_context,
                                                                  &start, &end);

  if (count < 0 || gtk_editable_get_text (GTK_EDITABLE (self->search_entry))[0] == '\0')
    text = g_strdup ("");
  else if (count == 0)
    text = g_strdup (_("No matches"));
  else if (position > 0)
    text = g_strdup_printf (_("%d of %d"), position, count);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d match", "%d matches", count), count);

  gtk_label_set_label (self->match_label, text);
}

static void
select_match (NfeArticleEditor *self,
              gboolean          forward)
{
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (self->buffer);
  GtkTextIter start, end, match_start, match_end;
  gboolean wrapped;
  gboolean found;

  gtk_text_buffer_get_selection_bounds (buffer, &start, &end);
  if (forward)
    found = gtk_source_search_context_forward (self->search_context, &end,
                                               &match_start, &match_end, &wrapped);
  else
    found = gtk_source_search_context_backward (self->search_context, &start,
                                                &match_start, &match_end, &wrapped);

  if (found)
    {
      gtk_text_buffer_select_range (buffer, &match_start, &match_end);
      gtk_text_view_scroll_to_mark (GTK_TEXT_VIEW (self->source_view),
                                    gtk_text_buffer_get_insert (buffer), 0.2, FALSE, 0, 0);
    }

  update_match_label (self);
}

static void
search_changed_cb (NfeArticleEditor *self)
{
  GtkSourceSearchSettings *settings = gtk_source_search_context_get_settings (self->search_context);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  GtkTextIter start;

  /* The entry says its text changed some time after it did: a search run
   * already (by nfe_article_editor_show_match()) must keep its selection. */
  if (g_strcmp0 (gtk_source_search_settings_get_search_text (settings), *text ? text : NULL) == 0)
    return;

  gtk_source_search_settings_set_search_text (settings, *text ? text : NULL);

  /* Search from where the cursor is, as the user would expect. */
  gtk_text_buffer_get_selection_bounds (GTK_TEXT_BUFFER (self->buffer), &start, NULL);
  gtk_text_buffer_place_cursor (GTK_TEXT_BUFFER (self->buffer), &start);
  select_match (self, TRUE);
}

static void
search_activate_cb (NfeArticleEditor *self)
{
  select_match (self, TRUE);
}

static void
show_search (NfeArticleEditor *self,
             gboolean          replace)
{
  GtkTextIter start, end;

  if (gtk_text_buffer_get_selection_bounds (GTK_TEXT_BUFFER (self->buffer), &start, &end) &&
      gtk_text_iter_get_line (&start) == gtk_text_iter_get_line (&end))
    {
      g_autofree char *selected = gtk_text_iter_get_visible_text (&start, &end);

      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), selected);
    }

  gtk_widget_set_visible (self->replace_box, replace);
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

/**
 * nfe_article_editor_show_match:
 * @self: a #NfeArticleEditor
 * @text: words to find in the body
 *
 * Opens the find bar on @text and selects its first occurrence in the
 * body, for a project search that led to this article. A match in the
 * headline, bullets or questions alone leaves the find bar saying so.
 */
void
nfe_article_editor_show_match (NfeArticleEditor *self,
                               const char       *text)
{
  GtkTextIter start;

  g_return_if_fail (NFE_IS_ARTICLE_EDITOR (self));
  g_return_if_fail (text != NULL);

  gtk_text_buffer_get_start_iter (GTK_TEXT_BUFFER (self->buffer), &start);
  gtk_text_buffer_place_cursor (GTK_TEXT_BUFFER (self->buffer), &start);
  gtk_widget_set_visible (self->replace_box, FALSE);
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  /* Setting the text runs search_changed_cb, which selects the match. */
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  search_changed_cb (self);
}

static void
toggle_preview_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  NfeArticleEditor *self = NFE_ARTICLE_EDITOR (widget);

  gtk_widget_set_visible (GTK_WIDGET (self->preview),
                          !gtk_widget_get_visible (GTK_WIDGET (self->preview)));
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  show_search (NFE_ARTICLE_EDITOR (widget), FALSE);
}

static void
replace_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  show_search (NFE_ARTICLE_EDITOR (widget), TRUE);
}

static void
find_next_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  select_match (NFE_ARTICLE_EDITOR (widget), !g_str_equal (action_name, "editor.find-previous"));
}

static void
replace_one_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  NfeArticleEditor *self = NFE_ARTICLE_EDITOR (widget);
  const char *replacement = gtk_editable_get_text (GTK_EDITABLE (self->replace_entry));
  GtkTextIter start, end;

  if (gtk_text_buffer_get_selection_bounds (GTK_TEXT_BUFFER (self->buffer), &start, &end) &&
      gtk_source_search_context_get_occurrence_position (self->search_context, &start, &end) > 0)
    gtk_source_search_context_replace (self->search_context, &start, &end, replacement, -1, NULL);

  select_match (self, TRUE);
}

static void
replace_all_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  NfeArticleEditor *self = NFE_ARTICLE_EDITOR (widget);
  const char *replacement = gtk_editable_get_text (GTK_EDITABLE (self->replace_entry));
  g_autofree char *message = NULL;
  guint n;

  n = gtk_source_search_context_replace_all (self->search_context, replacement, -1, NULL);
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Replaced %u match",
                                          "Replaced %u matches", n), n);
  gtk_label_set_label (self->match_label, message);
}

static void
stop_search_cb (NfeArticleEditor *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->source_view));
}

static void
update_style_scheme (NfeArticleEditor *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GtkSourceStyleSchemeManager *schemes = gtk_source_style_scheme_manager_get_default ();
  const char *id = adw_style_manager_get_dark (manager) ? "Adwaita-dark" : "Adwaita";

  gtk_source_buffer_set_style_scheme (self->buffer,
                                      gtk_source_style_scheme_manager_get_scheme (schemes, id));
}

static void
nfe_article_editor_dispose (GObject *object)
{
  NfeArticleEditor *self = (NfeArticleEditor *)object;

  nfe_article_editor_flush (self);
  g_clear_handle_id (&self->push_source, g_source_remove);
  g_clear_handle_id (&self->stats_source, g_source_remove);
  if (self->article != NULL)
    g_signal_handlers_disconnect_by_data (self->article, self);
  g_clear_object (&self->watch);
  g_clear_object (&self->settings);
  if (self->preview != NULL)
    {
      nfe_preview_set_article (self->preview, NULL);
      nfe_preview_set_source_view (self->preview, NULL);
    }
  if (self->bindings != NULL)
    g_binding_group_set_source (self->bindings, NULL);
  g_clear_object (&self->bindings);
  g_clear_object (&self->search_context);
  g_clear_object (&self->article);
  g_clear_object (&self->project);

  gtk_widget_dispose_template (GTK_WIDGET (self), NFE_TYPE_ARTICLE_EDITOR);

  G_OBJECT_CLASS (nfe_article_editor_parent_class)->dispose (object);
}

static void
nfe_article_editor_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  NfeArticleEditor *self = NFE_ARTICLE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      g_value_set_object (value, self->article);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nfe_article_editor_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  NfeArticleEditor *self = NFE_ARTICLE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      nfe_article_editor_set_article (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
show_review_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  NfeArticleEditor *self = NFE_ARTICLE_EDITOR (widget);

  gtk_stack_set_visible_child_name (self->side_stack, "review");
}

static void
save_revision_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  NfeArticleEditor *self = NFE_ARTICLE_EDITOR (widget);

  nfe_article_editor_flush (self);
  gtk_stack_set_visible_child_name (self->side_stack, "review");
  gtk_widget_activate_action (GTK_WIDGET (self->review_panel), "review.save-revision", NULL);
}

static void
nfe_article_editor_class_init (NfeArticleEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nfe_article_editor_dispose;
  object_class->get_property = nfe_article_editor_get_property;
  object_class->set_property = nfe_article_editor_set_property;

  properties[PROP_ARTICLE] =
    g_param_spec_object ("article", NULL, NULL,
                         NFE_TYPE_ARTICLE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (GTK_SOURCE_TYPE_VIEW);
  g_type_ensure (NFE_TYPE_PREVIEW);
  g_type_ensure (NFE_TYPE_SUMMARY_PANEL);
  g_type_ensure (NFE_TYPE_QUESTION_LIST);
  g_type_ensure (NFE_TYPE_REVIEW_PANEL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/nextfin/Editor/nfe-article-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, NfeArticleEditor, headline_entry);
  gtk_widget_class_bind_template_child (widget_class, NfeArticleEditor, byline_entry);
  gtk_widget_class_bind_template_child (widget_class, NfeArticleEditor, source_entry);
  gtk_widget_class_bind_template_child (widget_class, NfeArticleEditor, dateline_entry);
  gtk_widget_class_bind_template_child (widget_class, NfeArticleEditor, search_bar);
  gtk_widget_class_bind_template_child (widget_class, NfeArticleEditor, search_entry);
  gtk_widget_class_bind_template_child (widget_class, NfeArticleEditor, replace_entry);
  gtk_widget_class_bind_template_child (widget_class, NfeArticleEditor, replace_box);
  gtk_widget_class_bind_template_child (widget_class, NfeArticleEditor, match_label);
  gtk_widget_class_bind_template_child (widget_class, NfeArticleEditor, source_view);
  gtk_widget_class_bind_template_child (widget_class, NfeArticleEditor, stats_label);
  gtk_widget_class_bind_template_child (widget_class, NfeArticleEditor, status_label);
  gtk_widget_class_bind_template_child (widget_class, NfeArticleEditor, checklist_icon);
  gtk_widget_class_bind_template_child (widget_class, NfeArticleEditor, checklist_label);
  gtk_widget_class_bind_template_child (widget_class, NfeArticleEditor, review_button);
  gtk_widget_class_bind_template_child (widget_class, NfeArticleEditor, side_stack);
  gtk_widget_class_bind_template_child (widget_class, NfeArticleEditor, review_panel);
  gtk_widget_class_bind_template_child (widget_class, NfeArticleEditor, summary_panel);
  gtk_widget_class_bind_template_child (widget_class, NfeArticleEditor, question_list);
  gtk_widget_class_bind_template_child (widget_class, NfeArticleEditor, preview);

  gtk_widget_class_install_action (widget_class, "editor.save-text", NULL, save_text_action);
  gtk_widget_class_install_action (widget_class, "editor.toggle-preview", NULL,
                                   toggle_preview_action);
  gtk_widget_class_install_action (widget_class, "editor.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "editor.replace", NULL, replace_action);
  gtk_widget_class_install_action (widget_class, "editor.find-next", NULL, find_next_action);
  gtk_widget_class_install_action (widget_class, "editor.find-previous", NULL, find_next_action);
  gtk_widget_class_install_action (widget_class, "editor.replace-one", NULL, replace_one_action);
  gtk_widget_class_install_action (widget_class, "editor.replace-all", NULL, replace_all_action);
  gtk_widget_class_install_action (widget_class, "editor.show-review", NULL, show_review_action);
  gtk_widget_class_install_action (widget_class, "editor.save-revision", NULL, save_revision_action);
}

static void
nfe_article_editor_init (NfeArticleEditor *self)
{
  GtkSourceLanguageManager *languages = gtk_source_language_manager_get_default ();
  g_autoptr(GtkSourceSearchSettings) search_settings = gtk_source_search_settings_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->buffer = GTK_SOURCE_BUFFER (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->source_view)));
  gtk_source_buffer_set_language (self->buffer,
                                  gtk_source_language_manager_get_language (languages, "markdown"));
  gtk_source_buffer_set_highlight_matching_brackets (self->buffer, FALSE);
  g_signal_connect_object (self->buffer, "changed", G_CALLBACK (buffer_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->buffer, "insert-text", G_CALLBACK (insert_text_after_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);

  update_style_scheme (self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (update_style_scheme), self, G_CONNECT_SWAPPED);

  gtk_source_search_settings_set_wrap_around (search_settings, TRUE);
  self->search_context = gtk_source_search_context_new (self->buffer, search_settings);
  g_signal_connect_object (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "activate", G_CALLBACK (search_activate_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "stop-search", G_CALLBACK (stop_search_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_context, "notify::occurrences-count",
                           G_CALLBACK (update_match_label), self, G_CONNECT_SWAPPED);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));

  self->bindings = g_binding_group_new ();
  g_binding_group_bind (self->bindings, "headline", self->headline_entry, "text",
                        G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_binding_group_bind (self->bindings, "byline", self->byline_entry, "text",
                        G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_binding_group_bind (self->bindings, "source", self->source_entry, "text",
                        G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_binding_group_bind (self->bindings, "dateline", self->dateline_entry, "text",
                        G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);

  nfe_preview_set_source_view (self->preview, self->source_view);

  self->watch = nfe_article_watch_new ();
  g_signal_connect_object (self->watch, "changed", G_CALLBACK (schedule_stats), self,
                           G_CONNECT_SWAPPED);

  self->source_tag = gtk_text_buffer_create_tag (GTK_TEXT_BUFFER (self->buffer), "source-highlight",
                                                 "background", "#fff1a8",
                                                 "foreground", "#1d1f23",
                                                 NULL);
  g_signal_connect_object (self->summary_panel, "sources-selected",
                           G_CALLBACK (sources_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->question_list, "sources-selected",
                           G_CALLBACK (sources_selected_cb), self, G_CONNECT_SWAPPED);

  update_stats_cb (self);
}
