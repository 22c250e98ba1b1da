/* nfe-snippet.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "nfe-snippet.h"

/* Snippets for search results are made here rather than by FTS5's
 * snippet(): that one runs the query again and tokenizes every column of
 * each row it is asked about; on 1,500-word bodies that was 0.7 ms a row,
 * 15 ms for a page of 20 results, where ranking all of a common word's
 * matches takes 11 (measured on the 10,000-article scale project). The
 * words are found with the rules the index uses (letters and digits make
 * words; case and accents do not count; the last word of the query may
 * be the start of a word), in the few rows shown. */


#define SNIPPET_TOKENS 12

typedef struct
{
  gsize start;
  gsize end;
  int   term;
} SnippetToken;

/* Lowercases @text and strips its accents, as the index's unicode61
 * tokenizer with remove_diacritics does. */
static char *
fold_word (const char *text,
           gsize       length)
{
  g_autofree char *decomposed = NULL;
  gboolean ascii = TRUE;
  GString *folded;

  for (gsize i = 0; i < length && ascii; i++)
    ascii = (guchar) text[i] < 0x80;
  if (ascii)
    return g_ascii_strdown (text, length);

  decomposed = g_utf8_normalize (text, length, G_NORMALIZE_NFD);
  folded = g_string_sized_new (length);
  for (const char *p = decomposed; p && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_ismark (c))
        g_string_append_unichar (folded, g_unichar_tolower (c));
    }

  return g_string_free (folded, FALSE);
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c) ||
         g_unichar_type (c) == G_UNICODE_PRIVATE_USE;
}

/* Calls @func on each word of @text, with its byte range; stops when it
 * returns FALSE. */
static void
foreach_word (const char *text,
              gboolean  (*func) (const char *text, gsize start, gsize end, gpointer data),
              gpointer    data)
{
  const char *p = text;

  while (*p != '\0')
    {
      const char *start;

      /* ASCII is most text: test it without decoding. */
      while (*p != '\0' && ((guchar) *p < 0x80 ? !g_ascii_isalnum (*p)
                                               : !is_word_char (g_utf8_get_char (p))))
        p = g_utf8_next_char (p);
      if (*p == '\0')
        break;

      start = p;
      while (*p != '\0' && ((guchar) *p < 0x80 ? g_ascii_isalnum (*p)
                                               : is_word_char (g_utf8_get_char (p))))
        p = g_utf8_next_char (p);

      if (!func (text, start - text, p - text, data))
        break;
    }
}

static gboolean
add_term_cb (const char *text,
             gsize       start,
             gsize       end,
             gpointer    data)
{
  g_ptr_array_add (data, fold_word (text + start, end - start));
  return TRUE;
}

typedef struct
{
  GPtrArray *terms;
  GArray    *tokens;
} SnippetScan;

static gboolean
scan_token_cb (const char *text,
               gsize       start,
               gsize       end,
               gpointer    data)
{
  SnippetScan *scan = data;
  SnippetToken token = { start, end, -1 };
  gboolean ascii = TRUE;
  g_autofree char *folded = NULL;

  for (gsize i = start; i < end && ascii; i++)
    ascii = (guchar) text[i] < 0x80;

  for (guint i = 0; i < scan->terms->len && token.term < 0; i++)
    {
      const char *term = g_ptr_array_index (scan->terms, i);
      gsize term_length = strlen (term);
      gboolean prefix = i + 1 == scan->terms->len;

      if (ascii)
        {
          if ((prefix ? end - start >= term_length : end - start == term_length) &&
              g_ascii_strncasecmp (text + start, term, term_length) == 0)
            token.term = i;
          continue;
        }

      if (folded == NULL)
        folded = fold_word (text + start, end - start);
      if (prefix ? g_str_has_prefix (folded, term) : g_str_equal (folded, term))
        token.term = i;
    }

  g_array_append_val (scan->tokens, token);
  return TRUE;
}

/* The best window of @tokens: the most different words found, then the
 * most words found, then the earliest. Returns its score and sets
 * @first to its first token. */
static guint
best_window (GArray *tokens,
             guint  *first)
{
  guint best = 0;

  *first = 0;
  for (guint i = 0; i < tokens->len; i++)
    {
      guint64 seen = 0;
      guint hits = 0, distinct = 0, score;

      if (g_array_index (tokens, SnippetToken, i).term < 0)
        continue;

      for (guint j = i; j < tokens->len && j < i + SNIPPET_TOKENS; j++)
        {
          int term = g_array_index (tokens, SnippetToken, j).term;

          if (term < 0)
            continue;
          hits++;
          if (!(seen & (G_GUINT64_CONSTANT (1) << MIN (term, 63))))
            distinct++;
          seen |= G_GUINT64_CONSTANT (1) << MIN (term, 63);
        }

      score = distinct * 1000 + hits;
      if (score > best)
        {
          best = score;
          *first = i;
        }
    }

  return best;
}

/**
 * nfe_snippet_make:
 * @columns: an article's columns as the index has them (headline, body,
 *   bullets, questions); any may be %NULL
 * @terms: (element-type utf8): from nfe_snippet_terms()
 *
 * Returns: (transfer full): a dozen words of the column that holds most of
 *   @terms, with each found word between « and », "…" where text was
 *   left out; the body's start when no word is found
 */
char *
nfe_snippet_make (const char * const *columns,
              guint               n_columns,
              GPtrArray          *terms)
{
  g_autoptr(GArray) best_tokens = NULL;
  const char *best_text = NULL;
  guint best_score = 0, best_first = 0, first, last;
  GString *snippet;

  for (guint c = 0; c < n_columns; c++)
    {
      SnippetScan scan = { terms, NULL };
      guint start = 0, score;

      if (columns[c] == NULL || *columns[c] == '\0')
        continue;

      scan.tokens = g_array_new (FALSE, FALSE, sizeof (SnippetToken));
      foreach_word (columns[c], scan_token_cb, &scan);
      score = best_window (scan.tokens, &start);

      /* Ties go to the earlier column, the headline first; with no word
       * found anywhere, the body's start says most. */
      if (best_text == NULL || score > best_score || (best_score == 0 && c == 1))
        {
          g_clear_pointer (&best_tokens, g_array_unref);
          best_tokens = g_steal_pointer (&scan.tokens);
          best_text = columns[c];
          best_score = score;
          best_first = start;
        }
      g_clear_pointer (&scan.tokens, g_array_unref);
    }

  if (best_tokens == NULL || best_tokens->len == 0)
    return g_strdup ("");

  /* Centre the words found in the window, within the text. */
  last = best_first;
  for (guint j = best_first; j < best_tokens->len && j < best_first + SNIPPET_TOKENS; j++)
    if (g_array_index (best_tokens, SnippetToken, j).term >= 0)
      last = j;
  first = best_first - MIN (best_first, (SNIPPET_TOKENS - 1 - (last - best_first)) / 2);
  last = MIN (first + SNIPPET_TOKENS, best_tokens->len) - 1;
  if (last + 1 - first < SNIPPET_TOKENS)
    first = last + 1 - MIN (SNIPPET_TOKENS, last + 1);

  /* Where the window reaches an end of the text, what stands before the
   * first word or after the last (a quote mark, a full stop) is shown. */
  snippet = g_string_new (first > 0 ? "…" : NULL);
  if (first == 0)
    g_string_append_len (snippet, best_text, g_array_index (best_tokens, SnippetToken, 0).start);
  for (guint j = first; j <= last; j++)
    {
      SnippetToken *token = &g_array_index (best_tokens, SnippetToken, j);

      if (j > first)
        {
          SnippetToken *previous = &g_array_index (best_tokens, SnippetToken, j - 1);

          g_string_append_len (snippet, best_text + previous->end, token->start - previous->end);
        }
      if (token->term >= 0)
        g_string_append (snippet, "«");
      g_string_append_len (snippet, best_text + token->start, token->end - token->start);
      if (token->term >= 0)
        g_string_append (snippet, "»");
    }
  if (last + 1 < best_tokens->len)
    g_string_append (snippet, "…");
  else
    g_string_append (snippet, best_text + g_array_index (best_tokens, SnippetToken, last).end);

  return g_string_free (snippet, FALSE);
}

/**
 * nfe_snippet_terms:
 * @query: words as a person types them
 *
 * Returns: (transfer full) (element-type utf8): the words of @query,
 *   folded as the index folds them, in order; the last one is the start
 *   of a word
 */
GPtrArray *
nfe_snippet_terms (const char *query)
{
  GPtrArray *terms = g_ptr_array_new_with_free_func (g_free);

  foreach_word (query, add_term_cb, terms);
  return terms;
}
