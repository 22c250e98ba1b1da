/* nfe-checklist.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "nfe-bullet.h"
#include "nfe-checklist.h"
#include "nfe-figures.h"
#include "nfe-question.h"
#include "nfe-summary.h"
#include "nfe-text.h"

/* What a desk checks before an article goes out, each item answered in
 * words that say what to fix. Failed items ask for a confirmation before
 * approving or publishing; warnings only inform. */

void
nfe_check_free (NfeCheck *check)
{
  g_free (check->label);
  g_free (check);
}

static void
add_check (GPtrArray      *checks,
           NfeCheckResult  result,
           char           *label)
{
  NfeCheck *check = g_new0 (NfeCheck, 1);

  check->result = result;
  check->label = label;
  g_ptr_array_add (checks, check);
}

static void
check_bullets (GPtrArray  *checks,
               NfeArticle *article)
{
  GListModel *bullets = nfe_article_get_bullets (article);
  const char *body = nfe_article_get_body (article);
  guint n = g_list_model_get_n_items (bullets);
  g_autoptr(GString) stale = g_string_new (NULL);
  g_autoptr(GString) figures = g_string_new (NULL);

  add_check (checks,
             n >= NFE_SUMMARY_MIN_BULLETS && n <= NFE_SUMMARY_MAX_BULLETS ? NFE_CHECK_PASSED : NFE_CHECK_FAILED,
             g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u summary bullet (%u to %u needed)",
                                           "%u summary bullets (%u to %u needed)", n),
                              n, NFE_SUMMARY_MIN_BULLETS, NFE_SUMMARY_MAX_BULLETS));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NfeBullet) bullet = g_list_model_get_item (bullets, i);
      g_auto(GStrv) missing = nfe_figures_missing (nfe_bullet_get_text (bullet), body);

      if (nfe_summary_bullet_is_stale (bullet, body))
        g_string_append_printf (stale, "%s%u", stale->len ? ", " : "", i + 1);
      for (guint j = 0; missing != NULL && missing[j] != NULL; j++)
        g_string_append_printf (figures, "%s%s (%u)", figures->len ? ", " : "", missing[j], i + 1);
    }

  if (stale->len == 0)
    add_check (checks, NFE_CHECK_PASSED, g_strdup (_("Every bullet’s source is still in the text")));
  else
    add_check (checks, NFE_CHECK_FAILED,
               g_strdup_printf (_("Bullets whose source text has changed: %s"), stale->str));

  if (figures->len == 0)
    add_check (checks, NFE_CHECK_PASSED, g_strdup (_("Every figure in the bullets is in the text")));
  else
    add_check (checks, NFE_CHECK_FAILED,
               g_strdup_printf (_("Figures the text does not have (bullet): %s"), figures->str));
}

static void
check_questions (GPtrArray  *checks,
                 NfeArticle *article,
                 guint       min_accepted)
{
  GListModel *questions = nfe_article_get_questions (article);
  guint accepted = 0, candidates = 0;

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(NfeQuestion) question = g_list_model_get_item (questions, i);

      switch (nfe_question_get_state (question))
        {
        case NFE_QUESTION_STATE_ACCEPTED:
          accepted++;
          break;
        case NFE_QUESTION_STATE_CANDIDATE:
          candidates++;
          break;
        case NFE_QUESTION_STATE_REJECTED:
        default:
          break;
        }
    }

  add_check (checks, accepted >= min_accepted ? NFE_CHECK_PASSED : NFE_CHECK_FAILED,
             g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u accepted question (at least %u needed)",
                                           "%u accepted questions (at least %u needed)", accepted),
                              accepted, min_accepted));

  if (candidates == 0)
    add_check (checks, NFE_CHECK_PASSED, g_strdup (_("Every candidate question is triaged")));
  else
    add_check (checks, NFE_CHECK_WARNING,
               g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%u candidate question is not accepted or rejected yet",
                                             "%u candidate questions are not accepted or rejected yet",
                                             candidates),
                                candidates));
}

/**
 * nfe_checklist_run:
 * @article: a loaded article (text, bullets and questions)
 * @min_accepted_questions: how many accepted questions the desk wants
 *
 * Returns: (transfer full) (element-type NfeCheck): the checklist, in
 *   the order the page reads: headline, text, summary, questions
 */
GPtrArray *
nfe_checklist_run (NfeArticle *article,
                   guint       min_accepted_questions)
{
  GPtrArray *checks = g_ptr_array_new_with_free_func ((GDestroyNotify) nfe_check_free);
  g_autofree char *headline = NULL;
  guint words;

  g_return_val_if_fail (NFE_IS_ARTICLE (article), NULL);

  headline = g_strstrip (g_strdup (nfe_article_get_headline (article)));
  if (*headline != '\0')
    add_check (checks, NFE_CHECK_PASSED, g_strdup (_("The article has a headline")));
  else
    add_check (checks, NFE_CHECK_FAILED, g_strdup (_("The article has no headline")));

  words = nfe_text_count_words (nfe_article_get_body (article), -1);
  add_check (checks, words >= NFE_CHECKLIST_MIN_WORDS ? NFE_CHECK_PASSED : NFE_CHECK_FAILED,
             g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "The text has %u word (at least %u needed)",
                                           "The text has %u words (at least %u needed)", words),
                              words, NFE_CHECKLIST_MIN_WORDS));

  check_bullets (checks, article);
  check_questions (checks, article, min_accepted_questions);

  return checks;
}

/**
 * nfe_checklist_count:
 *
 * Returns: how many of @checks have @result
 */
guint
nfe_checklist_count (GPtrArray      *checks,
                     NfeCheckResult  result)
{
  guint n = 0;

  for (guint i = 0; i < checks->len; i++)
    if (((NfeCheck *) g_ptr_array_index (checks, i))->result == result)
      n++;

  return n;
}
