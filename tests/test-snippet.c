/* test-snippet.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "nfe-snippet.h"

/* Search snippets find the words as the index does (case and accents
 * ignored, the last word a prefix) and show the part of the article that
 * holds most of them. */

static char *
snippet (const char *query,
         const char *headline,
         const char *body)
{
  g_autoptr(GPtrArray) terms = nfe_snippet_terms (query);
  const char *columns[] = { headline, body, NULL, "" };

  return nfe_snippet_make (columns, G_N_ELEMENTS (columns), terms);
}

#define ASSERT_SNIPPET(query, headline, body, expected) \
  G_STMT_START { \
    g_autofree char *_got = snippet (query, headline, body); \
    g_assert_cmpstr (_got, ==, expected); \
  } G_STMT_END

static void
test_terms (void)
{
  g_autoptr(GPtrArray) terms = nfe_snippet_terms ("  Société, GÉNÉRALE! 3.5% ");

  g_assert_cmpuint (terms->len, ==, 4);
  g_assert_cmpstr (g_ptr_array_index (terms, 0), ==, "societe");
  g_assert_cmpstr (g_ptr_array_index (terms, 1), ==, "generale");
  g_assert_cmpstr (g_ptr_array_index (terms, 2), ==, "3");
  g_assert_cmpstr (g_ptr_array_index (terms, 3), ==, "5");
  g_clear_pointer (&terms, g_ptr_array_unref);

  terms = nfe_snippet_terms ("«»…");
  g_assert_cmpuint (terms->len, ==, 0);
}

static void
test_words_marked (void)
{
  /* Accents and case do not count; the text keeps its own. */
  ASSERT_SNIPPET ("generale", "Banks in Zürich", "The Société Générale office opened.",
                  "The Société «Générale» office opened.");
  /* The last word may be the start of one; the others are whole words. */
  ASSERT_SNIPPET ("societe gen", "Banks", "The Société Générale office opened.",
                  "The «Société» «Générale» office opened.");
  ASSERT_SNIPPET ("soc generale", "Banks", "The Société Générale office opened.",
                  "The Société «Générale» office opened.");
  /* The headline wins a tie; a column with more of the words wins. */
  ASSERT_SNIPPET ("zurich", "Banks in Zürich", "Zürich banks opened.", "Banks in «Zürich»");
  ASSERT_SNIPPET ("banks opened", "Banks in Zürich", "Zürich banks opened.",
                  "Zürich «banks» «opened».");
}

static void
test_window (void)
{
  const char *body = "One two three four five six seven eight nine ten eleven twelve "
                     "thirteen fourteen copper sixteen seventeen eighteen nineteen twenty "
                     "twenty-one twenty-two twenty-three twenty-four.";

  /* A dozen words around the match, with what is left out marked. */
  ASSERT_SNIPPET ("copper", "Metals", body,
                  "…ten eleven twelve thirteen fourteen «copper» sixteen seventeen eighteen "
                  "nineteen twenty twenty…");
  /* No word found: the text's start says most. */
  ASSERT_SNIPPET ("gold", "Metals", body,
                  "One two three four five six seven eight nine ten eleven twelve…");
  ASSERT_SNIPPET ("gold", NULL, NULL, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/nfe/snippet/terms", test_terms);
  g_test_add_func ("/nfe/snippet/words-marked", test_words_marked);
  g_test_add_func ("/nfe/snippet/window", test_window);

  return g_test_run ();
}
