/* bench-summary.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <stdlib.h>
#include <string.h>

#include "nfe-builtin-generator.h"
#include "nfe-rouge.h"
#include "nfe-sentences.h"
#include "nfe-text.h"

/* Measures the built-in summary generator on an evaluation set: JSON
 * lines with an "article" and its human-written "highlights". Each
 * article is summarised, and its first three sentences (Lead-3, the
 * baseline to beat in news) taken, and both are scored with ROUGE against
 * the highlights. Prints `NAME VALUE` lines; asserts nothing.
 *
 * The evaluation data is read at run time from the path given; none of
 * it belongs in the repository. */

#define N_RUNS      5
#define LONG_WORDS  10000

typedef struct
{
  double rouge1;
  double rouge2;
  double rougeL;
} Totals;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
elapsed_ms (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
add_scores (Totals             *totals,
            const char * const *candidate,
            const char * const *reference)
{
  NfeRougeScores scores;

  nfe_rouge_score (candidate, reference, &scores);
  totals->rouge1 += scores.rouge1.f1;
  totals->rouge2 += scores.rouge2.f1;
  totals->rougeL += scores.rougeL.f1;
}

static GStrv
lead3 (const char *article)
{
  g_autoptr(GArray) sentences = nfe_sentences_split (article, strlen (article));
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < sentences->len && i < 3; i++)
    {
      g_autofree char *text = nfe_sentences_plain_text (article,
                                                        &g_array_index (sentences, NfeSentence, i));

      g_strv_builder_add (builder, text);
    }

  return g_strv_builder_end (builder);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) long_article = g_string_new (NULL);
  Totals summary = { 0 }, lead = { 0 };
  double total_ms = 0, long_ms[N_RUNS];
  guint articles = 0, bullets = 0, bullet_words = 0, max_words = 0;

  if (argc != 2)
    {
      g_printerr ("usage: %s EVAL.jsonl\n", g_get_prgname () ? g_get_prgname () : argv[0]);
      return 2;
    }

  if (!g_file_get_contents (argv[1], &contents, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  lines = g_strsplit (contents, "\n", -1);
  for (guint n = 0; lines[n] != NULL; n++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GPtrArray) items = NULL;
      g_autoptr(GStrvBuilder) highlights_builder = g_strv_builder_new ();
      g_autoptr(GPtrArray) bullet_texts = g_ptr_array_new ();
      g_auto(GStrv) highlights = NULL;
      g_auto(GStrv) lead_sentences = NULL;
      JsonObject *object;
      JsonArray *array;
      const char *article;
      gint64 start;

      if (*g_strstrip (lines[n]) == '\0')
        continue;

      if (!json_parser_load_from_data (parser, lines[n], -1, &error) ||
          !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
        {
          g_printerr ("%s: line %u: %s\n", argv[1], n + 1,
                      error ? error->message : "not a JSON object");
          return 1;
        }

      object = json_node_get_object (json_parser_get_root (parser));
      article = json_object_get_string_member_with_default (object, "article", NULL);
      array = json_object_has_member (object, "highlights")
              ? json_object_get_array_member (object, "highlights") : NULL;
      if (article == NULL || array == NULL)
        {
          g_printerr ("%s: line %u: no \"article\" or \"highlights\"\n", argv[1], n + 1);
          return 1;
        }

      for (guint i = 0; i < json_array_get_length (array); i++)
        g_strv_builder_add (highlights_builder, json_array_get_string_element (array, i));
      highlights = g_strv_builder_end (highlights_builder);

      /* The data set has no headlines. */
      start = g_get_monotonic_time ();
      items = nfe_builtin_generator_summarize ("", article, 5, &error);
      total_ms += elapsed_ms (start);
      if (items == NULL)
        {
          g_printerr ("%s: line %u: %s\n", argv[1], n + 1, error->message);
          g_clear_error (&error);
          items = g_ptr_array_new ();
        }

      for (guint i = 0; i < items->len; i++)
        {
          NfeGeneratedItem *item = g_ptr_array_index (items, i);
          guint words = nfe_text_count_words (item->text, -1);

          g_ptr_array_add (bullet_texts, item->text);
          bullet_words += words;
          max_words = MAX (max_words, words);
        }
      g_ptr_array_add (bullet_texts, NULL);
      bullets += items->len;

      lead_sentences = lead3 (article);
      add_scores (&summary, (const char * const *) bullet_texts->pdata,
                  (const char * const *) highlights);
      add_scores (&lead, (const char * const *) lead_sentences,
                  (const char * const *) highlights);

      if (nfe_text_count_words (long_article->str, long_article->len) < LONG_WORDS)
        {
          g_string_append (long_article, article);
          g_string_append (long_article, "\n\n");
        }

      articles++;
    }

  if (articles == 0)
    {
      g_printerr ("%s: no articles\n", argv[1]);
      return 1;
    }

  /* One long article: eval articles end to end, as paragraphs, until
   * they make 10k words. */
  for (guint run = 0; run < N_RUNS; run++)
    {
      g_autoptr(GPtrArray) items = NULL;
      gint64 start = g_get_monotonic_time ();

      items = nfe_builtin_generator_summarize ("", long_article->str, 5, NULL);
      long_ms[run] = elapsed_ms (start);
    }
  qsort (long_ms, N_RUNS, sizeof (double), compare_doubles);

  g_print ("summary.rouge1_f %.2f\n", 100 * summary.rouge1 / articles);
  g_print ("summary.rouge2_f %.2f\n", 100 * summary.rouge2 / articles);
  g_print ("summary.rougeL_f %.2f\n", 100 * summary.rougeL / articles);
  g_print ("lead3.rouge1_f %.2f\n", 100 * lead.rouge1 / articles);
  g_print ("lead3.rouge2_f %.2f\n", 100 * lead.rouge2 / articles);
  g_print ("lead3.rougeL_f %.2f\n", 100 * lead.rougeL / articles);
  g_print ("summary.bullets_per_article %.2f\n", (double) bullets / articles);
  g_print ("summary.words_per_bullet %.2f\n", bullets ? (double) bullet_words / bullets : 0);
  g_print ("summary.max_words_per_bullet %u\n", max_words);
  g_print ("summary.ms_per_article %.3f\n", total_ms / articles);
  g_print ("summary.ms_10k_words %.3f\n", long_ms[N_RUNS / 2]);
  g_print ("articles %u\n", articles);

  return 0;
}
