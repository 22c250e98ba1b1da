/* test-curation.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "nfe-curation.h"
#include "nfe-summary.h"

#define BODY "The central bank raised rates. Export controls tightened on chips.\n"

static GListStore *
questions_of (const char *first,
              ...)
{
  GListStore *store = g_list_store_new (NFE_TYPE_QUESTION);
  va_list ap;

  va_start (ap, first);
  for (const char *spec = first; spec != NULL; spec = va_arg (ap, const char *))
    {
      /* "c:", "a:", "r:" for candidate, accepted, rejected. */
      NfeQuestionState state = spec[0] == 'a' ? NFE_QUESTION_STATE_ACCEPTED
                             : spec[0] == 'r' ? NFE_QUESTION_STATE_REJECTED
                                              : NFE_QUESTION_STATE_CANDIDATE;
      g_autoptr(NfeQuestion) question = nfe_question_new (spec + 2, state, NFE_ORIGIN_GENERATED);

      g_list_store_append (store, question);
    }
  va_end (ap);

  return store;
}

static void
test_rejected_never_offered_again (void)
{
  g_autoptr(GListStore) current = questions_of ("a:How will the rate rise affect mortgage holders?",
                                                "r:Why did the central bank raise rates?",
                                                "c:What are export controls?",
                                                NULL);
  g_autoptr(GPtrArray) generated = g_ptr_array_new_with_free_func ((GDestroyNotify) nfe_generated_item_free);
  g_autoptr(GPtrArray) result = NULL;
  NfeGeneratedItem *item;
  guint added = 0;

  /* A near-duplicate of the rejected one, the same words reordered. */
  g_ptr_array_add (generated, nfe_generated_item_new ("Why did the central bank raise its rates?"));
  /* A near-duplicate of the accepted one. */
  g_ptr_array_add (generated, nfe_generated_item_new ("How will the rate rise affect mortgage holders now?"));
  /* New, with its source. */
  item = nfe_generated_item_new ("How might tighter export controls affect chip makers?");
  nfe_generated_item_add_source (item, strstr (BODY, "Export") - BODY, strstr (BODY, "chips.") - BODY + 6);
  g_ptr_array_add (generated, item);
  /* New, but a duplicate of the one just above. */
  g_ptr_array_add (generated, nfe_generated_item_new ("How might tighter export controls affect chip makers today?"));

  result = nfe_curation_add_generated (G_LIST_MODEL (current), generated, BODY, "builtin-1", &added);
  g_assert_cmpuint (added, ==, 1);
  g_assert_cmpuint (result->len, ==, 4);

  /* Decided questions untouched, in their order; the new one last. */
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(NfeQuestion) before = g_list_model_get_item (G_LIST_MODEL (current), i);

      g_assert_true (g_ptr_array_index (result, i) == before);
    }
  {
    NfeQuestion *added_question = g_ptr_array_index (result, 3);
    g_auto(GStrv) sources = nfe_provenance_texts (nfe_question_get_provenance (added_question));

    g_assert_cmpstr (nfe_question_get_text (added_question), ==,
                     "How might tighter export controls affect chip makers?");
    g_assert_cmpint (nfe_question_get_state (added_question), ==, NFE_QUESTION_STATE_CANDIDATE);
    g_assert_cmpint (nfe_question_get_origin (added_question), ==, NFE_ORIGIN_GENERATED);
    g_assert_cmpstr (nfe_question_get_generator (added_question), ==, "builtin-1");
    g_assert_cmpstr (sources[0], ==, "Export controls tightened on chips.");
  }
}

/* Two analysts' views on one company are two questions: the generator
 * offers both, and merging them into the list must not count them as
 * one. "Hartwig's" and "Kessler-Varn" are each one word. */
static void
test_views_of_two_people_kept (void)
{
  g_autoptr(GListStore) current = questions_of ("c:What is Ines Hartwig's view on Kessler-Varn?",
                                                NULL);
  g_autoptr(GPtrArray) generated = g_ptr_array_new_with_free_func ((GDestroyNotify) nfe_generated_item_free);
  g_autoptr(GPtrArray) result = NULL;
  guint added = 0;

  g_ptr_array_add (generated, nfe_generated_item_new ("What is Tobias Wernecke's view on Kessler-Varn?"));
  g_ptr_array_add (generated, nfe_generated_item_new ("What is Pia Lund's view on Orsa?"));
  g_ptr_array_add (generated, nfe_generated_item_new ("What is Jon Falk's view on Orsa?"));

  result = nfe_curation_add_generated (G_LIST_MODEL (current), generated, BODY, "builtin-1", &added);
  g_assert_cmpuint (added, ==, 3);
}

static void
test_texts_include_rejected (void)
{
  g_autoptr(GListStore) current = questions_of ("a:Kept?", "r:Thrown out?", NULL);
  g_auto(GStrv) texts = nfe_curation_texts (G_LIST_MODEL (current));

  g_assert_cmpuint (g_strv_length (texts), ==, 2);
  g_assert_cmpstr (texts[1], ==, "Thrown out?");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/nfe/curation/rejected-never-offered-again", test_rejected_never_offered_again);
  g_test_add_func ("/nfe/curation/views-of-two-people-kept", test_views_of_two_people_kept);
  g_test_add_func ("/nfe/curation/texts-include-rejected", test_texts_include_rejected);

  return g_test_run ();
}
