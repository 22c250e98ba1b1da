/* nfe-rouge.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nfe-rouge"

#include "config.h"

#include <libstemmer.h>
#include <string.h>

#include "nfe-rouge.h"

/* ROUGE scores to measure the built-in summary generator against
 * human-written highlights. See nfe-rouge.h for the exact tokenisation,
 * which decides how the numbers compare with published ones. */

typedef struct
{
  struct sb_stemmer *stemmer;
  GHashTable        *ids;       /* stem → id + 1 */
} Vocabulary;

static void
add_stem (Vocabulary *vocabulary,
          GString    *word,
          GArray     *ids,
          GPtrArray  *strings)
{
  const sb_symbol *stem;
  g_autofree char *key = NULL;
  guint id;

  stem = sb_stemmer_stem (vocabulary->stemmer, (const sb_symbol *) word->str, word->len);
  if (stem != NULL)
    key = g_strndup ((const char *) stem, sb_stemmer_length (vocabulary->stemmer));
  else
    key = g_strndup (word->str, word->len);

  if (strings != NULL)
    g_ptr_array_add (strings, g_strdup (key));

  if (ids == NULL)
    return;

  id = GPOINTER_TO_UINT (g_hash_table_lookup (vocabulary->ids, key));
  if (id == 0)
    {
      id = g_hash_table_size (vocabulary->ids) + 1;
      g_hash_table_insert (vocabulary->ids, g_steal_pointer (&key), GUINT_TO_POINTER (id));
    }
  id--;
  g_array_append_val (ids, id);
}

static void
tokenize (Vocabulary *vocabulary,
          const char *text,
          GArray     *ids,
          GPtrArray  *strings)
{
  g_autoptr(GString) word = g_string_new (NULL);

  for (const char *p = text; ; p++)
    {
      if (*p != '\0' && g_ascii_isalnum (*p))
        {
          g_string_append_c (word, g_ascii_tolower (*p));
          continue;
        }

      if (word->len > 0)
        add_stem (vocabulary, word, ids, strings);
      g_string_truncate (word, 0);

      if (*p == '\0')
        break;
    }
}

/**
 * nfe_rouge_tokenize:
 *
 * Returns: (transfer full): the tokens ROUGE compares in @text, stemmed
 */
char **
nfe_rouge_tokenize (const char *text)
{
  Vocabulary vocabulary = { sb_stemmer_new ("english", NULL), NULL };
  GPtrArray *strings = g_ptr_array_new ();

  g_return_val_if_fail (text != NULL, NULL);
  g_assert (vocabulary.stemmer != NULL);

  tokenize (&vocabulary, text, NULL, strings);
  sb_stemmer_delete (vocabulary.stemmer);

  g_ptr_array_add (strings, NULL);
  return (char **) g_ptr_array_free (strings, FALSE);
}

static void
set_score (NfeRougeScore *score,
           double         hits,
           guint          candidate_total,
           guint          reference_total)
{
  score->precision = candidate_total > 0 ? hits / candidate_total : 0;
  score->recall = reference_total > 0 ? hits / reference_total : 0;
  score->f1 = score->precision + score->recall > 0
              ? 2 * score->precision * score->recall / (score->precision + score->recall)
              : 0;
}

static GHashTable *
count_ngrams (GPtrArray *sentences,
              guint      n,
              guint      vocabulary_size,
              guint     *total)
{
  GHashTable *counts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (guint));

  /* The summary's tokens one after another, as if it were one text. */
  for (guint i = 0; i < sentences->len; i++)
    {
      GArray *ids = g_ptr_array_index (sentences, i);

      g_array_append_vals (all, ids->data, ids->len);
    }

  *total = 0;
  for (guint i = 0; i + n <= all->len; i++)
    {
      gint64 key = 0;
      guint count;

      for (guint k = 0; k < n; k++)
        key = key * vocabulary_size + g_array_index (all, guint, i + k);

      count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, &key));
      g_hash_table_insert (counts, g_memdup2 (&key, sizeof key), GUINT_TO_POINTER (count + 1));
      (*total)++;
    }

  return counts;
}

static void
score_ngrams (GPtrArray     *candidate,
              GPtrArray     *reference,
              guint          n,
              guint          vocabulary_size,
              NfeRougeScore *score)
{
  g_autoptr(GHashTable) candidate_counts = NULL;
  g_autoptr(GHashTable) reference_counts = NULL;
  GHashTableIter iter;
  gpointer key, value;
  guint candidate_total, reference_total;
  guint hits = 0;

  candidate_counts = count_ngrams (candidate, n, vocabulary_size, &candidate_total);
  reference_counts = count_ngrams (reference, n, vocabulary_size, &reference_total);

  /* A sum, so the order of iteration does not matter. */
  g_hash_table_iter_init (&iter, reference_counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    hits += MIN (GPOINTER_TO_UINT (value),
                 GPOINTER_TO_UINT (g_hash_table_lookup (candidate_counts, key)));

  set_score (score, hits, candidate_total, reference_total);
}

/* Marks in @hit the tokens of @reference that one longest common
 * subsequence with @candidate uses. */
static void
mark_lcs (GArray   *reference,
          GArray   *candidate,
          gboolean *hit)
{
  guint m = reference->len, n = candidate->len;
  g_autofree guint *table = NULL;
  guint i, j;

  if (m == 0 || n == 0)
    return;

  table = g_new0 (guint, (m + 1) * (n + 1));
#define CELL(a, b) table[(a) * (n + 1) + (b)]
  for (i = 1; i <= m; i++)
    for (j = 1; j <= n; j++)
      {
        if (g_array_index (reference, guint, i - 1) == g_array_index (candidate, guint, j - 1))
          CELL (i, j) = CELL (i - 1, j - 1) + 1;
        else
          CELL (i, j) = MAX (CELL (i - 1, j), CELL (i, j - 1));
      }

  i = m;
  j = n;
  while (i > 0 && j > 0)
    {
      if (g_array_index (reference, guint, i - 1) == g_array_index (candidate, guint, j - 1))
        {
          hit[i - 1] = TRUE;
          i--;
          j--;
        }
      else if (CELL (i - 1, j) >= CELL (i, j - 1))
        i--;
      else
        j--;
    }
#undef CELL
}

static void
score_lcs (GPtrArray     *candidate,
           GPtrArray     *reference,
           guint          vocabulary_size,
           NfeRougeScore *score)
{
  g_autofree guint *candidate_left = g_new0 (guint, vocabulary_size + 1);
  g_autofree guint *reference_left = g_new0 (guint, vocabulary_size + 1);
  guint candidate_total = 0, reference_total = 0;
  guint hits = 0;

  for (guint i = 0; i < candidate->len; i++)
    {
      GArray *ids = g_ptr_array_index (candidate, i);

      for (guint k = 0; k < ids->len; k++)
        candidate_left[g_array_index (ids, guint, k)]++;
      candidate_total += ids->len;
    }
  for (guint i = 0; i < reference->len; i++)
    {
      GArray *ids = g_ptr_array_index (reference, i);

      for (guint k = 0; k < ids->len; k++)
        reference_left[g_array_index (ids, guint, k)]++;
      reference_total += ids->len;
    }

  for (guint i = 0; i < reference->len; i++)
    {
      GArray *ids = g_ptr_array_index (reference, i);
      g_autofree gboolean *hit = g_new0 (gboolean, ids->len + 1);

      for (guint j = 0; j < candidate->len; j++)
        mark_lcs (ids, g_ptr_array_index (candidate, j), hit);

      /* The union may count a word more often than the candidate has
       * it; clip, as the reference implementations do. */
      for (guint k = 0; k < ids->len; k++)
        {
          guint token = g_array_index (ids, guint, k);

          if (hit[k] && candidate_left[token] > 0 && reference_left[token] > 0)
            {
              candidate_left[token]--;
              reference_left[token]--;
              hits++;
            }
        }
    }

  set_score (score, hits, candidate_total, reference_total);
}

static GPtrArray *
tokenize_all (Vocabulary         *vocabulary,
              const char * const *sentences)
{
  GPtrArray *all = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  for (guint i = 0; sentences != NULL && sentences[i] != NULL; i++)
    {
      GArray *ids = g_array_new (FALSE, FALSE, sizeof (guint));

      tokenize (vocabulary, sentences[i], ids, NULL);
      g_ptr_array_add (all, ids);
    }

  return all;
}

/**
 * nfe_rouge_score:
 * @candidate: (array zero-terminated=1): the summary to judge, a sentence each
 * @reference: (array zero-terminated=1): the summary written by a person
 * @scores: (out): ROUGE-1, ROUGE-2 and ROUGE-L
 */
void
nfe_rouge_score (const char * const *candidate,
                 const char * const *reference,
                 NfeRougeScores     *scores)
{
  Vocabulary vocabulary;
  g_autoptr(GPtrArray) candidate_ids = NULL;
  g_autoptr(GPtrArray) reference_ids = NULL;
  guint size;

  g_return_if_fail (scores != NULL);

  /* A stemmer of one's own: libstemmer's are not thread-safe. */
  vocabulary.stemmer = sb_stemmer_new ("english", NULL);
  vocabulary.ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_assert (vocabulary.stemmer != NULL);

  candidate_ids = tokenize_all (&vocabulary, candidate);
  reference_ids = tokenize_all (&vocabulary, reference);
  size = MAX (1, g_hash_table_size (vocabulary.ids));

  score_ngrams (candidate_ids, reference_ids, 1, size, &scores->rouge1);
  score_ngrams (candidate_ids, reference_ids, 2, size, &scores->rouge2);
  score_lcs (candidate_ids, reference_ids, size, &scores->rougeL);

  sb_stemmer_delete (vocabulary.stemmer);
  g_hash_table_unref (vocabulary.ids);
}
