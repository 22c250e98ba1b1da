/* nfe-compare.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "nfe-bullet.h"
#include "nfe-compare.h"
#include "nfe-question.h"

/* Two states of an article (two revisions, or a revision and the text as
 * it is) compared part by part, the way a reviewer reads a page: fields,
 * text, summary, then the questions by what the editor decided of them. */

void
nfe_compare_section_free (NfeCompareSection *section)
{
  g_free (section->title);
  g_clear_pointer (&section->spans, g_array_unref);
  g_free (section);
}

/* The bullets, a line each, so that a diff shows each bullet's changes on
 * its own line. */
static char *
join_bullets (NfeArticle *article)
{
  GListModel *bullets = nfe_article_get_bullets (article);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (bullets); i++)
    {
      g_autoptr(NfeBullet) bullet = g_list_model_get_item (bullets, i);

      g_string_append_printf (text, "%s%s", text->len ? "\n" : "", nfe_bullet_get_text (bullet));
    }

  return g_string_free (text, FALSE);
}

static char *
join_questions (NfeArticle       *article,
                NfeQuestionState  state)
{
  GListModel *questions = nfe_article_get_questions (article);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(NfeQuestion) question = g_list_model_get_item (questions, i);

      if (nfe_question_get_state (question) == state)
        g_string_append_printf (text, "%s%s", text->len ? "\n" : "",
                                nfe_question_get_text (question));
    }

  return g_string_free (text, FALSE);
}

static void
add_section (GPtrArray  *sections,
             const char *title,
             const char *older,
             const char *newer)
{
  NfeCompareSection *section;

  if (*older == '\0' && *newer == '\0')
    return;

  section = g_new0 (NfeCompareSection, 1);
  section->title = g_strdup (title);
  section->spans = nfe_diff_words (older, newer);
  nfe_diff_count (section->spans, &section->words_added, &section->words_removed);
  g_ptr_array_add (sections, section);
}

/**
 * nfe_compare_articles:
 * @older: the earlier state
 * @newer: the later state
 *
 * Returns: (transfer full) (element-type NfeCompareSection): a section for
 *   each part that either state has, in page order: headline, byline,
 *   source, dateline, text, closing line, summary, accepted questions,
 *   candidates, rejected questions
 */
GPtrArray *
nfe_compare_articles (NfeArticle *older,
                      NfeArticle *newer)
{
  static const struct {
    NfeArticleField  field;
    const char      *title;
  } fields[] = {
    { NFE_ARTICLE_FIELD_HEADLINE, N_("Headline") },
    { NFE_ARTICLE_FIELD_BYLINE, N_("Byline") },
    { NFE_ARTICLE_FIELD_SOURCE, N_("Source") },
    { NFE_ARTICLE_FIELD_DATELINE, N_("Dateline") },
    { NFE_ARTICLE_FIELD_BODY, N_("Text") },
    { NFE_ARTICLE_FIELD_CLOSING, N_("Closing Line") },
  };
  static const struct {
    NfeQuestionState  state;
    const char       *title;
  } question_states[] = {
    { NFE_QUESTION_STATE_ACCEPTED, N_("Insights (Accepted Questions)") },
    { NFE_QUESTION_STATE_CANDIDATE, N_("Candidate Questions") },
    { NFE_QUESTION_STATE_REJECTED, N_("Rejected Questions") },
  };
  GPtrArray *sections;
  g_autofree char *older_bullets = NULL;
  g_autofree char *newer_bullets = NULL;

  g_return_val_if_fail (NFE_IS_ARTICLE (older), NULL);
  g_return_val_if_fail (NFE_IS_ARTICLE (newer), NULL);

  sections = g_ptr_array_new_with_free_func ((GDestroyNotify) nfe_compare_section_free);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    add_section (sections, _(fields[i].title),
                 nfe_article_get_field (older, fields[i].field),
                 nfe_article_get_field (newer, fields[i].field));

  older_bullets = join_bullets (older);
  newer_bullets = join_bullets (newer);
  add_section (sections, _("Summary"), older_bullets, newer_bullets);

  for (guint i = 0; i < G_N_ELEMENTS (question_states); i++)
    {
      g_autofree char *older_questions = join_questions (older, question_states[i].state);
      g_autofree char *newer_questions = join_questions (newer, question_states[i].state);

      add_section (sections, _(question_states[i].title), older_questions, newer_questions);
    }

  return sections;
}
