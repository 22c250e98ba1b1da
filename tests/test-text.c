/* test-text.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "nfe-text.h"

static void
test_count_words (void)
{
  static const struct {
    const char *text;
    guint       words;
  } cases[] = {
    { "", 0 },
    { "   \n\n ", 0 },
    { "Stocks rose.", 2 },
    { "## Outlook\n\n* Rates **held** at 5.25%.", 5 },
    { "The Fed's year-on-year view: don't panic.", 6 },
    { "Revenue of $1,200.5 million, up 3.5%", 6 },
    { "Zürich — Société Générale’s déjà vu", 5 },
    { "北京 上海", 2 },
    { "trailing-", 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", cases[i].text);
      g_assert_cmpuint (nfe_text_count_words (cases[i].text, -1), ==, cases[i].words);
    }

  g_assert_cmpuint (nfe_text_count_words ("one two three", 7), ==, 2);
}

static void
test_reading_minutes (void)
{
  g_assert_cmpuint (nfe_text_reading_minutes (0), ==, 0);
  g_assert_cmpuint (nfe_text_reading_minutes (1), ==, 1);
  g_assert_cmpuint (nfe_text_reading_minutes (NFE_TEXT_WORDS_PER_MINUTE), ==, 1);
  g_assert_cmpuint (nfe_text_reading_minutes (NFE_TEXT_WORDS_PER_MINUTE + 1), ==, 2);
  g_assert_cmpuint (nfe_text_reading_minutes (1500), ==, 7);
}

static void
test_similarity (void)
{
  g_assert_cmpfloat (nfe_text_similarity ("Rates rose.", "rates ROSE!"), ==, 1.0);
  g_assert_cmpfloat (nfe_text_similarity ("a b c d", "a b c e"), ==, 3.0 / 5.0);
  g_assert_cmpfloat (nfe_text_similarity ("Rates rose", "Stocks fell"), ==, 0.0);
  g_assert_cmpfloat (nfe_text_similarity ("", ""), ==, 1.0);
  /* A possessive and a hyphenated name are one word each: 5 shared of 9,
   * where splitting them would make it 7 of 11, a near-duplicate. */
  g_assert_cmpfloat (nfe_text_similarity ("What is Ines Hartwig's view on Kessler-Varn?",
                                          "What is Tobias Wernecke's view on Kessler-Varn?"),
                     ==, 5.0 / 9.0);
}

static void
test_word_set (void)
{
  g_autoptr(GHashTable) words = nfe_text_word_set ("The Fed's year-on-year view: the FED'S");

  g_assert_cmpuint (g_hash_table_size (words), ==, 4);
  g_assert_true (g_hash_table_contains (words, "fed's"));
  g_assert_true (g_hash_table_contains (words, "year-on-year"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/nfe/text/count-words", test_count_words);
  g_test_add_func ("/nfe/text/reading-minutes", test_reading_minutes);
  g_test_add_func ("/nfe/text/similarity", test_similarity);
  g_test_add_func ("/nfe/text/word-set", test_word_set);

  return g_test_run ();
}
