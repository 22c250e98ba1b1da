/* nfe-figures.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nfe-figures"

#include "config.h"

#include <string.h>

#include "nfe-figures.h"

/* A summary bullet that states a figure the article does not is a finance
 * desk's worst error. These find the figures in a bullet (numbers,
 * percentages, amounts of money, tickers) and say which of them the body
 * does not contain.
 *
 * A number counts as present when the body has the same number, however
 * it is dressed: "38%" is backed by "38 percent", "$1.2 billion" by
 * "US$1.2bn", "1,200" by "1200". Tickers must appear as written. */

/* A number with its currency sign before and its unit after, if any. */
#define NUMBER_PATTERN \
  "(?:(?:US|NT|HK|A|C|S)?[$€£¥])?" \
  "(?<!\\w)\\d[\\d,]*(?:\\.\\d+)?" \
  "(?:\\s?(?:%|percent|per cent|percentage points?|bps|basis points|bn|billion|mn|million|trillion|tn|m\\b|k\\b))?"

/* "(KSLX)", "$KSLX", "NYSE: KSLX", "Nasdaq:NRVN", "(2330.TW)". */
#define TICKER_PATTERN \
  "(?:\\((?:[A-Z]{1,6}:\\s?)?([A-Z]{1,5}|\\d{4})(?:\\.[A-Z]{1,2})?\\))" \
  "|(?:(?<![\\w$])\\$([A-Z]{1,5})\\b)" \
  "|(?:\\b(?:NYSE|NASDAQ|Nasdaq|TSX|LSE|HKEX|TWSE|SSE|SZSE)\\s?:\\s?([A-Z0-9]{1,6}(?:\\.[A-Z]{1,2})?)\\b)"

static GRegex *
number_regex (void)
{
  static GRegex *regex;

  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex, g_regex_new (NUMBER_PATTERN, G_REGEX_OPTIMIZE, 0, NULL));

  return regex;
}

static GRegex *
ticker_regex (void)
{
  static GRegex *regex;

  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex, g_regex_new (TICKER_PATTERN, G_REGEX_OPTIMIZE, 0, NULL));

  return regex;
}

/* The bare number of a figure: "US$1,200.50bn" → "1200.50". */
static char *
bare_number (const char *figure)
{
  GString *number = g_string_new (NULL);
  const char *p = figure;

  while (*p != '\0' && !g_ascii_isdigit (*p))
    p++;
  for (; *p != '\0' && (g_ascii_isdigit (*p) || *p == ',' || *p == '.'); p++)
    if (*p != ',')
      g_string_append_c (number, *p);

  /* "3." at the end of a sentence is 3. */
  while (number->len > 0 && number->str[number->len - 1] == '.')
    g_string_truncate (number, number->len - 1);

  return g_string_free (number, FALSE);
}

static GHashTable *
numbers_in (const char *text)
{
  GHashTable *numbers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  g_regex_match (number_regex (), text, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *figure = g_match_info_fetch (match, 0);

      g_hash_table_add (numbers, bare_number (figure));
      g_match_info_next (match, NULL);
    }

  return numbers;
}

static char *
ticker_of (GMatchInfo *match)
{
  for (int group = 1; group <= 3; group++)
    {
      char *ticker = g_match_info_fetch (match, group);

      if (ticker != NULL && *ticker != '\0')
        return ticker;
      g_free (ticker);
    }

  return NULL;
}

static gboolean
has_word (const char *text,
          const char *word)
{
  gsize length = strlen (word);

  for (const char *p = strstr (text, word); p != NULL; p = strstr (p + 1, word))
    {
      gboolean starts = p == text || !g_ascii_isalnum (p[-1]);
      gboolean ends = !g_ascii_isalnum (p[length]);

      if (starts && ends)
        return TRUE;
    }

  return FALSE;
}

/**
 * nfe_figures_find:
 *
 * Returns: (transfer full): the figures in @text, as written, in order.
 */
char **
nfe_figures_find (const char *text)
{
  g_autoptr(GStrvBuilder) figures = g_strv_builder_new ();
  g_autoptr(GMatchInfo) match = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  g_regex_match (number_regex (), text, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *figure = g_match_info_fetch (match, 0);

      g_strv_builder_add (figures, g_strstrip (figure));
      g_match_info_next (match, NULL);
    }
  g_clear_pointer (&match, g_match_info_free);

  g_regex_match (ticker_regex (), text, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *ticker = ticker_of (match);

      if (ticker != NULL)
        g_strv_builder_add (figures, ticker);
      g_match_info_next (match, NULL);
    }

  return g_strv_builder_end (figures);
}

/**
 * nfe_figures_missing:
 *
 * Returns: (transfer full): the figures of @text that @body does not
 *   contain; empty when every one is backed by the article.
 */
char **
nfe_figures_missing (const char *text,
                     const char *body)
{
  g_autoptr(GStrvBuilder) missing = g_strv_builder_new ();
  g_autoptr(GHashTable) body_numbers = NULL;
  g_autoptr(GMatchInfo) match = NULL;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (body != NULL, NULL);

  body_numbers = numbers_in (body);

  g_regex_match (number_regex (), text, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *figure = g_match_info_fetch (match, 0);
      g_autofree char *number = bare_number (figure);

      if (!g_hash_table_contains (body_numbers, number))
        g_strv_builder_add (missing, g_strstrip (figure));
      g_match_info_next (match, NULL);
    }
  g_clear_pointer (&match, g_match_info_free);

  g_regex_match (ticker_regex (), text, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *ticker = ticker_of (match);

      if (ticker != NULL && !has_word (body, ticker))
        g_strv_builder_add (missing, ticker);
      g_match_info_next (match, NULL);
    }

  return g_strv_builder_end (missing);
}
