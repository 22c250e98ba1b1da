/* nfe-text.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "nfe-text.h"

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
  const char *end;
  gboolean in_word = FALSE;
  guint count = 0;

  g_return_val_if_fail (text != NULL || length == 0, 0);

  if (text == NULL)
    return 0;

  end = length < 0 ? text + strlen (text) : text + length;
  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        {
          if (!in_word)
            count++;
          in_word = TRUE;
        }
      else if (in_word && (c == '\'' || c == 0x2019 || c == '-' || c == '.' || c == ','))
        {
          const char *next = g_utf8_next_char (p);

          in_word = next < end && g_unichar_isalnum (g_utf8_get_char (next));
        }
      else
        in_word = FALSE;
    }

  return count;
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
