/* bench-questions.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <stdlib.h>
#include <string.h>

#include "nfe-bench-util.h"
#include "nfe-generator.h"
#include "nfe-import.h"
#include "nfe-questions.h"

/* Measures the built-in question generator on a directory of articles
 * (the tests' own, tests/articles and its sparse/): how many questions a
 * first run asks, as `nextfin-editor --questions FILE` prints them, how
 * many every "Generate more" after it adds, and how long each takes.
 * Prints `NAME VALUE` lines; asserts nothing.
 *
 * A first run parses each sentence; the rounds after it find the parses
 * kept (see nfe_pos_tag_sentence()), so the two are timed apart. */

#define MAX_ROUNDS 10  /* as the tests' all_questions() asks */
#define MAX_FIRST  25  /* as the command line asks */

typedef struct
{
  guint   articles;
  guint   first_total;
  guint   asking[MAX_FIRST + 1];  /* articles whose first run asks so many */
  guint   first_most;
  guint   all_total;
  GArray *first_ms;  /* double, one per article */
  GArray *more_ms;   /* double, one per round after the first */
} Totals;

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Adds the paths of the Markdown files in @directory to @paths, by name. */
static void
add_files (GPtrArray  *paths,
           const char *directory)
{
  g_autoptr(GDir) dir = g_dir_open (directory, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".md"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    g_ptr_array_add (paths, g_build_filename (directory, g_ptr_array_index (names, i), NULL));
}

/* One run of the generator: the texts it offers are added to @asked.
 * Returns how many; 0 where it finds nothing, as it says with
 * NFE_GENERATOR_ERROR_EMPTY. */
static guint
generate (const char    *headline,
          const char    *body,
          guint          max_items,
          GStrvBuilder  *asked,
          gboolean       more,
          double        *ms)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_auto(GStrv) avoid = g_strv_builder_end (asked);
  gint64 start = g_get_monotonic_time ();

  items = nfe_questions_generate (headline, body, max_items, (const char * const *) avoid, more,
                                  NULL, &error);
  *ms = nfe_bench_elapsed_ms (start);
  g_strv_builder_addv (asked, (const char **) avoid);
  if (items == NULL)
    {
      if (!g_error_matches (error, NFE_GENERATOR_ERROR, NFE_GENERATOR_ERROR_EMPTY))
        g_printerr ("%s\n", error->message);
      return 0;
    }
  for (guint i = 0; i < items->len; i++)
    g_strv_builder_add (asked, ((NfeGeneratedItem *) g_ptr_array_index (items, i))->text);

  return items->len;
}

/* The first run as the command line makes it, then "Generate more" until
 * a round adds nothing; a first run that finds nothing is followed by one
 * that asks for more, as in the window. */
static void
measure_article (const char *path,
                 Totals     *totals)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(NfeArticle) article = nfe_import_file (file, &error);
  g_autoptr(GStrvBuilder) asked = g_strv_builder_new ();
  const char *headline, *body;
  guint first;
  double ms;

  if (article == NULL)
    {
      g_printerr ("%s: %s\n", path, error->message);
      return;
    }
  headline = nfe_article_get_headline (article);
  body = nfe_article_get_body (article);

  first = generate (headline, body, MAX_FIRST, asked, FALSE, &ms);
  g_array_append_val (totals->first_ms, ms);
  totals->articles++;
  totals->first_total += first;
  totals->asking[MIN (first, MAX_FIRST)]++;
  totals->first_most = MAX (totals->first_most, first);
  totals->all_total += first;

  for (guint round = 1; round < MAX_ROUNDS; round++)
    {
      guint added = generate (headline, body, 0, asked, TRUE, &ms);

      g_array_append_val (totals->more_ms, ms);
      if (added == 0)
        break;
      totals->all_total += added;
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *sparse = NULL;
  Totals totals = { 0 };

  if (argc != 2)
    {
      g_printerr ("usage: %s ARTICLES-DIRECTORY\n", argv[0]);
      return EXIT_FAILURE;
    }
  sparse = g_build_filename (argv[1], "sparse", NULL);
  add_files (paths, argv[1]);
  add_files (paths, sparse);
  if (paths->len == 0)
    {
      g_printerr ("%s: no .md articles\n", argv[1]);
      return EXIT_FAILURE;
    }

  totals.first_ms = g_array_new (FALSE, FALSE, sizeof (double));
  totals.more_ms = g_array_new (FALSE, FALSE, sizeof (double));
  for (guint i = 0; i < paths->len; i++)
    measure_article (g_ptr_array_index (paths, i), &totals);

  g_print ("questions_articles %u\n", totals.articles);
  g_print ("questions_first_run_total %u\n", totals.first_total);
  for (guint n = 0; n <= totals.first_most; n++)
    g_print ("questions_first_run_articles_asking_%u %u\n", n, totals.asking[n]);
  g_print ("questions_all_rounds_total %u\n", totals.all_total);
  g_print ("questions_first_run_ms_median %.1f\n",
           nfe_bench_median ((double *) totals.first_ms->data, totals.first_ms->len));
  g_print ("questions_more_round_ms_median %.1f\n",
           nfe_bench_median ((double *) totals.more_ms->data, totals.more_ms->len));

  g_array_unref (totals.first_ms);
  g_array_unref (totals.more_ms);
  return EXIT_SUCCESS;
}
