/* nfe-text.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "nfe-text.h"

/* Finds the first word in [@p, @end) as a reader counts it: a run of
 * letters and digits, where an apostrophe, hyphen, period or comma
 * between two of them ("don't", "year-on-year", "3.5", "1,200") does not
 * split it. Returns %FALSE where there is none. */
static gboolean
next_word (const char  *p,
           const char  *end,
           const char **start,
           const char **stop)
{
  while (p < end && !g_unichar_isalnum (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  if (p >= end)
    return FALSE;

  *start = p;
  while (p < end)
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);

      if (g_unichar_isalnum (c))
        p = next;
      else if ((c == '\'' || c == 0x2019 || c == '-' || c == '.' || c == ',') &&
               next < end && g_unichar_isalnum (g_utf8_get_char (next)))
        p = next;
      else
        break;
    }
  *stop = p;

  return TRUE;
}

/**
 * nfe_text_count_words:
 * @length: the byte length of @text, or -1 if it is nul-terminated
 *
 * Counts words as a reader would: runs of letters and digits, where an
 * apostrophe, hyphen, period or comma between two of them ("don't",
 * "year-on-year", "3.5", "1,200") does not split the word. Markdown
 * punctuation counts for nothing.
 */
guint
nfe_text_count_words (const char *text,
                      gssize      length)
{
  const char *end, *start, *stop;
  guint count = 0;

  g_return_val_if_fail (text != NULL || length == 0, 0);

  if (text == NULL)
    return 0;

  end = length < 0 ? text + strlen (text) : text + length;
  for (const char *p = text; next_word (p, end, &start, &stop); p = stop)
    count++;

  return count;
}

/**
 * nfe_text_word_set:
 *
 * Returns: (transfer full) (element-type utf8 utf8): the set of @text's
 *   words, as nfe_text_count_words() counts them, lower-cased. "Hartwig's"
 *   and "Kessler-Varn" are one word each, so that two people's views on
 *   one company are not taken for the same question.
 */
GHashTable *
nfe_text_word_set (const char *text)
{
  GHashTable *words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *end, *start, *stop;

  g_return_val_if_fail (text != NULL, words);

  end = text + strlen (text);
  for (const char *p = text; next_word (p, end, &start, &stop); p = stop)
    g_hash_table_add (words, g_utf8_strdown (start, stop - start));

  return words;
}

/**
 * nfe_text_jaccard:
 *
 * Returns: the Jaccard similarity of two sets of words from
 *   nfe_text_word_set(): from 0 (nothing shared) to 1 (the same words, or
 *   both empty)
 */
double
nfe_text_jaccard (GHashTable *a,
                  GHashTable *b)
{
  GHashTableIter iter;
  gpointer word;
  guint both = 0, either;

  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &word, NULL))
    both += g_hash_table_contains (b, word);

  either = g_hash_table_size (a) + g_hash_table_size (b) - both;
  return either > 0 ? (double) both / either : 1.0;
}

/**
 * nfe_text_similarity:
 *
 * Returns: the Jaccard similarity of the two texts' sets of words; two
 *   texts at %NFE_TEXT_NEAR_DUPLICATE or above are near-duplicates
 */
double
nfe_text_similarity (const char *a,
                     const char *b)
{
  g_autoptr(GHashTable) words_a = nfe_text_word_set (a);
  g_autoptr(GHashTable) words_b = nfe_text_word_set (b);

  return nfe_text_jaccard (words_a, words_b);
}

/**
 * nfe_text_reading_minutes:
 * @words: how many words a text has
 *
 * Returns: the minutes a reader takes over @words at
 *   %NFE_TEXT_WORDS_PER_MINUTE, rounded up: a short text still takes a
 *   minute, an empty one none
 */
guint
nfe_text_reading_minutes (guint words)
{
  return (words + NFE_TEXT_WORDS_PER_MINUTE - 1) / NFE_TEXT_WORDS_PER_MINUTE;
}
