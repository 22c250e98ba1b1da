/* nfe-diff.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nfe-diff"

#include "config.h"

#include <string.h>

#include "nfe-diff.h"
#include "nfe-markdown.h"

/* A token is a slice of one of the two revisions. Its id is shared by every
 * token with the same bytes, so the diff compares integers, not strings.
 */
typedef struct
{
  const char *start;
  gsize       length;
  guint       id;
  gboolean    is_word;
} Token;

typedef struct
{
  const Token *a;
  const Token *b;
  GByteArray  *ops;
} Diff;

/* Chinese and Japanese put no spaces between words, so a whole sentence
 * would otherwise be one token and any change in it would replace all of it.
 */
static gboolean
is_ideograph (gunichar c)
{
  switch (g_unichar_get_script (c))
    {
    case G_UNICODE_SCRIPT_HAN:
    case G_UNICODE_SCRIPT_HIRAGANA:
    case G_UNICODE_SCRIPT_KATAKANA:
      return g_unichar_isalnum (c);
    default:
      return FALSE;
    }
}

static gboolean
is_joiner (gunichar c)
{
  return c == '\'' || c == 0x2019 || c == '-' || c == '.' || c == ',';
}

/* Returns the end of the token starting at @p and whether it is a word.
 * Words follow nfe_text_count_words(), except that each ideograph stands
 * alone and combining marks stay with the letter they decorate, so that a
 * decomposed "Zürich" is not cut in two.
 */
static const char *
next_token (const char *p,
            const char *end,
            gboolean   *is_word)
{
  gunichar c = g_utf8_get_char (p);
  const char *q = g_utf8_next_char (p);

  g_assert (p < end);

  if (is_ideograph (c))
    {
      *is_word = TRUE;
      return q;
    }

  if (g_unichar_isalnum (c))
    {
      *is_word = TRUE;

      while (q < end)
        {
          gunichar d = g_utf8_get_char (q);

          if (is_ideograph (d))
            break;

          if (g_unichar_isalnum (d) || g_unichar_ismark (d))
            q = g_utf8_next_char (q);
          else if (is_joiner (d))
            {
              const char *after = g_utf8_next_char (q);
              gunichar e;

              if (after >= end)
                break;
              e = g_utf8_get_char (after);
              if (!g_unichar_isalnum (e) || is_ideograph (e))
                break;
              q = after;
            }
          else
            break;
        }

      return q;
    }

  *is_word = FALSE;
  while (q < end && !g_unichar_isalnum (g_utf8_get_char (q)))
    q = g_utf8_next_char (q);

  return q;
}

static GArray *
tokenize (const char *text,
          GHashTable *ids)
{
  GArray *tokens = g_array_new (FALSE, FALSE, sizeof (Token));
  const char *end = text + strlen (text);

  for (const char *p = text; p < end;)
    {
      Token token;
      g_autofree char *key = NULL;
      gpointer value;

      token.start = p;
      p = next_token (p, end, &token.is_word);
      token.length = p - token.start;

      key = g_strndup (token.start, token.length);
      if (g_hash_table_lookup_extended (ids, key, NULL, &value))
        token.id = GPOINTER_TO_UINT (value);
      else
        {
          token.id = g_hash_table_size (ids);
          g_hash_table_insert (ids, g_steal_pointer (&key), GUINT_TO_POINTER (token.id));
        }

      g_array_append_val (tokens, token);
    }

  return tokens;
}

static void
emit (Diff      *diff,
      NfeDiffOp  op,
      gsize      count)
{
  guint8 byte = op;

  for (gsize i = 0; i < count; i++)
    g_byte_array_append (diff->ops, &byte, 1);
}

static void diff_range (Diff *diff,
                        gsize a_lo,
                        gsize a_hi,
                        gsize b_lo,
                        gsize b_hi);

/* Myers' middle snake, searched from both ends at once so that memory stays
 * linear in the input: long articles rewritten from scratch would otherwise
 * need a trace of every furthest-reaching path. Both halves around the snake
 * are then diffed on their own.
 */
static void
bisect (Diff  *diff,
        gsize  a_lo,
        gsize  a_hi,
        gsize  b_lo,
        gsize  b_hi)
{
  const Token *a = diff->a + a_lo;
  const Token *b = diff->b + b_lo;
  gssize n = a_hi - a_lo;
  gssize m = b_hi - b_lo;
  gssize max_d = (n + m + 1) / 2;
  gssize v_offset = max_d;
  gssize v_length = 2 * max_d + 2;
  gssize delta = n - m;
  gboolean front = (delta % 2 != 0);
  gssize k1start = 0, k1end = 0, k2start = 0, k2end = 0;
  g_autofree gssize *v1 = g_new (gssize, v_length);
  g_autofree gssize *v2 = g_new (gssize, v_length);

  g_assert (n > 0 && m > 0);

  for (gssize i = 0; i < v_length; i++)
    v1[i] = v2[i] = -1;
  v1[v_offset + 1] = 0;
  v2[v_offset + 1] = 0;

  for (gssize d = 0; d < max_d; d++)
    {
      for (gssize k1 = -d + k1start; k1 <= d - k1end; k1 += 2)
        {
          gssize k1_offset = v_offset + k1;
          gssize x1, y1;

          if (k1 == -d || (k1 != d && v1[k1_offset - 1] < v1[k1_offset + 1]))
            x1 = v1[k1_offset + 1];
          else
            x1 = v1[k1_offset - 1] + 1;
          y1 = x1 - k1;
          while (x1 < n && y1 < m && a[x1].id == b[y1].id)
            x1++, y1++;
          v1[k1_offset] = x1;

          if (x1 > n)
            k1end += 2;
          else if (y1 > m)
            k1start += 2;
          else if (front)
            {
              gssize k2_offset = v_offset + delta - k1;

              if (k2_offset >= 0 && k2_offset < v_length && v2[k2_offset] != -1
                  && x1 >= n - v2[k2_offset])
                {
                  diff_range (diff, a_lo, a_lo + x1, b_lo, b_lo + y1);
                  diff_range (diff, a_lo + x1, a_hi, b_lo + y1, b_hi);
                  return;
                }
            }
        }

      for (gssize k2 = -d + k2start; k2 <= d - k2end; k2 += 2)
        {
          gssize k2_offset = v_offset + k2;
          gssize x2, y2;

          if (k2 == -d || (k2 != d && v2[k2_offset - 1] < v2[k2_offset + 1]))
            x2 = v2[k2_offset + 1];
          else
            x2 = v2[k2_offset - 1] + 1;
          y2 = x2 - k2;
          while (x2 < n && y2 < m && a[n - x2 - 1].id == b[m - y2 - 1].id)
            x2++, y2++;
          v2[k2_offset] = x2;

          if (x2 > n)
            k2end += 2;
          else if (y2 > m)
            k2start += 2;
          else if (!front)
            {
              gssize k1_offset = v_offset + delta - k2;

              if (k1_offset >= 0 && k1_offset < v_length && v1[k1_offset] != -1)
                {
                  gssize x1 = v1[k1_offset];
                  gssize y1 = v_offset + x1 - k1_offset;

                  if (x1 >= n - x2)
                    {
                      diff_range (diff, a_lo, a_lo + x1, b_lo, b_lo + y1);
                      diff_range (diff, a_lo + x1, a_hi, b_lo + y1, b_hi);
                      return;
                    }
                }
            }
        }
    }

  /* Only reached when nothing at all is shared. */
  emit (diff, NFE_DIFF_DELETE, n);
  emit (diff, NFE_DIFF_INSERT, m);
}

static void
diff_range (Diff  *diff,
            gsize  a_lo,
            gsize  a_hi,
            gsize  b_lo,
            gsize  b_hi)
{
  gsize prefix = 0;
  gsize suffix = 0;

  /* Revisions mostly share their start and end; trimming them first keeps
   * the quadratic part of the search to the region that really changed.
   */
  while (a_lo + prefix < a_hi && b_lo + prefix < b_hi
         && diff->a[a_lo + prefix].id == diff->b[b_lo + prefix].id)
    prefix++;
  emit (diff, NFE_DIFF_EQUAL, prefix);
  a_lo += prefix;
  b_lo += prefix;

  while (a_lo < a_hi - suffix && b_lo < b_hi - suffix
         && diff->a[a_hi - suffix - 1].id == diff->b[b_hi - suffix - 1].id)
    suffix++;
  a_hi -= suffix;
  b_hi -= suffix;

  if (a_lo == a_hi)
    emit (diff, NFE_DIFF_INSERT, b_hi - b_lo);
  else if (b_lo == b_hi)
    emit (diff, NFE_DIFF_DELETE, a_hi - a_lo);
  else
    bisect (diff, a_lo, a_hi, b_lo, b_hi);

  emit (diff, NFE_DIFF_EQUAL, suffix);
}

static void
span_clear (gpointer data)
{
  NfeDiffSpan *span = data;

  g_clear_pointer (&span->text, g_free);
}

static void
append_span (GArray    *spans,
             NfeDiffOp  op,
             GString   *text)
{
  NfeDiffSpan span;

  if (text->len == 0)
    return;

  span.op = op;
  span.text = g_strndup (text->str, text->len);
  g_array_append_val (spans, span);
  g_string_truncate (text, 0);
}

/**
 * nfe_diff_words:
 * @old_text: the earlier revision
 * @new_text: the later revision
 *
 * Compares two revisions word by word. The spans cover both texts exactly:
 * the %NFE_DIFF_EQUAL and %NFE_DIFF_DELETE spans put together give
 * @old_text, the %NFE_DIFF_EQUAL and %NFE_DIFF_INSERT spans give @new_text.
 * Within each changed region the deletion comes before the insertion, so a
 * reviewer always reads what was there before what replaced it.
 *
 * Returns: (transfer full) (element-type NfeDiffSpan): the spans
 */
GArray *
nfe_diff_words (const char *old_text,
                const char *new_text)
{
  g_autoptr(GHashTable) ids = NULL;
  g_autoptr(GArray) a = NULL;
  g_autoptr(GArray) b = NULL;
  g_autoptr(GByteArray) ops = NULL;
  g_autoptr(GString) deleted = NULL;
  g_autoptr(GString) inserted = NULL;
  g_autoptr(GString) equal = NULL;
  GArray *spans;
  Diff diff;
  gsize i = 0, j = 0;

  g_return_val_if_fail (old_text != NULL, NULL);
  g_return_val_if_fail (new_text != NULL, NULL);

  ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  a = tokenize (old_text, ids);
  b = tokenize (new_text, ids);
  ops = g_byte_array_new ();

  diff.a = (const Token *) a->data;
  diff.b = (const Token *) b->data;
  diff.ops = ops;
  diff_range (&diff, 0, a->len, 0, b->len);

  spans = g_array_new (FALSE, FALSE, sizeof (NfeDiffSpan));
  g_array_set_clear_func (spans, span_clear);
  deleted = g_string_new (NULL);
  inserted = g_string_new (NULL);
  equal = g_string_new (NULL);

  for (guint k = 0; k < ops->len; k++)
    {
      const Token *token;

      switch ((NfeDiffOp) ops->data[k])
        {
        case NFE_DIFF_EQUAL:
          token = &g_array_index (a, Token, i);
          i++, j++;
          append_span (spans, NFE_DIFF_DELETE, deleted);
          append_span (spans, NFE_DIFF_INSERT, inserted);
          g_string_append_len (equal, token->start, token->length);
          break;

        case NFE_DIFF_DELETE:
          token = &g_array_index (a, Token, i++);
          append_span (spans, NFE_DIFF_EQUAL, equal);
          g_string_append_len (deleted, token->start, token->length);
          break;

        case NFE_DIFF_INSERT:
          token = &g_array_index (b, Token, j++);
          append_span (spans, NFE_DIFF_EQUAL, equal);
          g_string_append_len (inserted, token->start, token->length);
          break;

        default:
          g_assert_not_reached ();
        }
    }

  g_assert (i == a->len && j == b->len);

  append_span (spans, NFE_DIFF_DELETE, deleted);
  append_span (spans, NFE_DIFF_INSERT, inserted);
  append_span (spans, NFE_DIFF_EQUAL, equal);

  return spans;
}

/**
 * nfe_diff_to_html:
 * @spans: (element-type NfeDiffSpan): spans from nfe_diff_words()
 *
 * Marks insertions with <ins> and deletions with <del>. Every text is
 * escaped as on the published page, since an article may quote markup it
 * does not mean. Newlines are
 * kept as they are; the review view shows the result with pre-wrap.
 *
 * Returns: (transfer full): an HTML fragment
 */
char *
nfe_diff_to_html (GArray *spans)
{
  GString *html;

  g_return_val_if_fail (spans != NULL, NULL);

  html = g_string_new (NULL);

  for (guint i = 0; i < spans->len; i++)
    {
      const NfeDiffSpan *span = &g_array_index (spans, NfeDiffSpan, i);
      g_autofree char *escaped = nfe_markdown_escape (span->text, -1);

      /* A span of nothing but control characters escapes to nothing; an
       * empty <ins> would still show as a marker in the view.
       */
      if (*escaped == '\0')
        continue;

      switch (span->op)
        {
        case NFE_DIFF_INSERT:
          g_string_append_printf (html, "<ins>%s</ins>", escaped);
          break;

        case NFE_DIFF_DELETE:
          g_string_append_printf (html, "<del>%s</del>", escaped);
          break;

        case NFE_DIFF_EQUAL:
        default:
          g_string_append (html, escaped);
          break;
        }
    }

  return g_string_free (html, FALSE);
}

static guint
count_words (const char *text)
{
  const char *end = text + strlen (text);
  guint count = 0;

  for (const char *p = text; p < end;)
    {
      gboolean is_word;

      p = next_token (p, end, &is_word);
      count += is_word;
    }

  return count;
}

/**
 * nfe_diff_count:
 * @spans: (element-type NfeDiffSpan): spans from nfe_diff_words()
 * @words_added: (out) (optional): words in inserted spans
 * @words_removed: (out) (optional): words in deleted spans
 *
 * Counts words as the diff sees them, so each ideograph counts as one and a
 * changed word counts as one removed and one added.
 */
void
nfe_diff_count (GArray *spans,
                guint  *words_added,
                guint  *words_removed)
{
  guint added = 0;
  guint removed = 0;

  g_return_if_fail (spans != NULL);

  for (guint i = 0; i < spans->len; i++)
    {
      const NfeDiffSpan *span = &g_array_index (spans, NfeDiffSpan, i);

      if (span->op == NFE_DIFF_INSERT)
        added += count_words (span->text);
      else if (span->op == NFE_DIFF_DELETE)
        removed += count_words (span->text);
    }

  if (words_added != NULL)
    *words_added = added;
  if (words_removed != NULL)
    *words_removed = removed;
}
