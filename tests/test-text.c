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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/nfe/text/count-words", test_count_words);
  g_test_add_func ("/nfe/text/reading-minutes", test_reading_minutes);

  return g_test_run ();
}
