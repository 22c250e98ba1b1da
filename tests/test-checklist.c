/* test-checklist.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "nfe-checklist.h"
#include "nfe-generator.h"
#include "nfe-summary.h"

/* The publish checklist: each rule passes on a ready article and fails
 * (or warns) on one that breaks it, saying what is wrong. */

#define SENTENCE "Copper rose 4% on Tuesday as smelters in Chile cut output. "

static char *
body_of (guint sentences)
{
  GString *body = g_string_new (NULL);

  for (guint i = 0; i < sentences; i++)
    g_string_append (body, SENTENCE);
  return g_string_free (body, FALSE);
}

/* A bullet made from the article's first sentence, as a generator would. */
static NfeBullet *
sourced_bullet (const char *text,
                const char *body)
{
  g_autoptr(NfeGeneratedItem) item = nfe_generated_item_new (text);

  nfe_generated_item_add_source (item, 0, strlen (SENTENCE) - 1);
  return nfe_summary_bullet_new (item, body, "test");
}

static NfeArticle *
ready_article (void)
{
  NfeArticle *article = nfe_article_new ();
  g_autofree char *body = body_of (20);

  nfe_article_set_headline (article, "Copper jumps as Chile cuts output");
  nfe_article_set_body (article, body);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(NfeBullet) bullet = sourced_bullet ("Copper rose 4% as Chile cut output.", body);

      nfe_article_add_bullet (article, bullet);
    }
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *text = g_strdup_printf ("Question %u about copper?", i + 1);
      g_autoptr(NfeQuestion) question = nfe_question_new (text, NFE_QUESTION_STATE_ACCEPTED,
                                                          NFE_ORIGIN_MANUAL);

      nfe_article_add_question (article, question);
    }

  return article;
}

/* The one check whose label contains @words, which must have @result. */
static void
assert_check (GPtrArray      *checks,
              const char     *words,
              NfeCheckResult  result)
{
  for (guint i = 0; i < checks->len; i++)
    {
      NfeCheck *check = g_ptr_array_index (checks, i);

      if (strstr (check->label, words) != NULL)
        {
          if (check->result != result)
            g_error ("“%s” is %d, not %d", check->label, check->result, result);
          return;
        }
    }

  g_error ("No check says “%s”", words);
}

static void
test_ready (void)
{
  g_autoptr(NfeArticle) article = ready_article ();
  g_autoptr(GPtrArray) checks = nfe_checklist_run (article, NFE_CHECKLIST_DEFAULT_MIN_QUESTIONS);

  g_assert_cmpuint (checks->len, ==, 7);
  g_assert_cmpuint (nfe_checklist_count (checks, NFE_CHECK_PASSED), ==, 7);
  assert_check (checks, "has a headline", NFE_CHECK_PASSED);
  assert_check (checks, "3 summary bullets", NFE_CHECK_PASSED);
  assert_check (checks, "5 accepted questions (at least 5", NFE_CHECK_PASSED);
}

static void
test_failures (void)
{
  g_autoptr(NfeArticle) article = ready_article ();
  g_autoptr(GPtrArray) checks = NULL;
  g_autoptr(NfeBullet) bullet = NULL;
  g_autoptr(NfeQuestion) candidate = NULL;
  g_autofree char *body = body_of (20);
  NfeQuestion *accepted;

  nfe_article_set_headline (article, "  ");
  /* A bullet claiming a figure the text lacks. */
  bullet = sourced_bullet ("Copper rose 9% on the news.", body);
  nfe_article_add_bullet (article, bullet);
  candidate = nfe_question_new ("Left untriaged?", NFE_QUESTION_STATE_CANDIDATE, NFE_ORIGIN_MANUAL);
  nfe_article_add_question (article, candidate);
  accepted = g_list_model_get_item (nfe_article_get_questions (article), 0);
  nfe_question_set_state (accepted, NFE_QUESTION_STATE_REJECTED);
  g_object_unref (accepted);

  checks = nfe_checklist_run (article, NFE_CHECKLIST_DEFAULT_MIN_QUESTIONS);
  assert_check (checks, "no headline", NFE_CHECK_FAILED);
  assert_check (checks, "4 summary bullets", NFE_CHECK_PASSED);
  assert_check (checks, "Figures the text does not have (bullet): 9% (4)", NFE_CHECK_FAILED);
  assert_check (checks, "4 accepted questions (at least 5 needed)", NFE_CHECK_FAILED);
  assert_check (checks, "1 candidate question is not", NFE_CHECK_WARNING);
  g_clear_pointer (&checks, g_ptr_array_unref);

  /* A lower bar from Preferences passes the same questions. */
  checks = nfe_checklist_run (article, 4);
  assert_check (checks, "4 accepted questions (at least 4 needed)", NFE_CHECK_PASSED);
}

static void
test_text_and_bullets (void)
{
  g_autoptr(NfeArticle) article = ready_article ();
  g_autoptr(GPtrArray) checks = NULL;

  /* The bullets' source sentence gone, and the text now too short. */
  nfe_article_set_body (article, "Smelters reopened.");

  checks = nfe_checklist_run (article, 5);
  assert_check (checks, "The text has 2 words (at least 150 needed)", NFE_CHECK_FAILED);
  assert_check (checks, "Bullets whose source text has changed: 1, 2, 3", NFE_CHECK_FAILED);
  g_clear_pointer (&checks, g_ptr_array_unref);

  /* Two bullets are too few. */
  g_list_store_remove (G_LIST_STORE (nfe_article_get_bullets (article)), 0);
  checks = nfe_checklist_run (article, 5);
  assert_check (checks, "2 summary bullets (3 to 5 needed)", NFE_CHECK_FAILED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/nfe/checklist/ready", test_ready);
  g_test_add_func ("/nfe/checklist/failures", test_failures);
  g_test_add_func ("/nfe/checklist/text-and-bullets", test_text_and_bullets);

  return g_test_run ();
}
