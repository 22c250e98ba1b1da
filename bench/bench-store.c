/* bench-store.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "nfe-article-json.h"
#include "nfe-bench-util.h"
#include "nfe-project.h"

/* Prints how long the store takes for what an editor waits on: opening a
 * project (reading its article list), loading one article, and saving an
 * edit. Each figure is the median of several runs, as `NAME VALUE`. */

#define N_ARTICLES 2000
#define N_RUNS     15

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = g_dir_make_tmp ("nfe-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bench.nfproj", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(NfeProject) project = NULL;
  g_autoptr(GError) error = NULL;
  double open_ms[N_RUNS], load_ms[N_RUNS], save_ms[N_RUNS], insert_ms = 0;
  GStatBuf st;

  project = nfe_project_create (file, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < N_ARTICLES; i++)
    {
      g_autoptr(NfeArticle) article = nfe_article_new_sample (&error);
      gint64 start = g_get_monotonic_time ();

      g_assert_no_error (error);
      nfe_project_insert_article (project, article, &error);
      g_assert_no_error (error);
      insert_ms += nfe_bench_elapsed_ms (start);
    }
  nfe_project_close (project);
  g_clear_object (&project);

  for (guint run = 0; run < N_RUNS; run++)
    {
      g_autoptr(NfeArticle) article = NULL;
      gint64 start = g_get_monotonic_time ();
      g_autofree char *body = NULL;

      project = nfe_project_open (file, NFE_PROJECT_OPEN_DEFAULT, &error);
      g_assert_no_error (error);
      open_ms[run] = nfe_bench_elapsed_ms (start);

      article = g_list_model_get_item (nfe_project_get_articles (project), run * 97 % N_ARTICLES);
      start = g_get_monotonic_time ();
      nfe_project_load_article (project, article, &error);
      g_assert_no_error (error);
      load_ms[run] = nfe_bench_elapsed_ms (start);

      body = g_strdup_printf ("%s\nEdit %u.", nfe_article_get_body (article), run);
      nfe_article_set_body (article, body);
      start = g_get_monotonic_time ();
      nfe_project_save (project, &error);
      g_assert_no_error (error);
      save_ms[run] = nfe_bench_elapsed_ms (start);

      nfe_project_close (project);
      g_clear_object (&project);
    }

  g_stat (path, &st);
  g_print ("store.articles %d\n", N_ARTICLES);
  g_print ("store.insert_article_mean_ms %.3f\n", insert_ms / N_ARTICLES);
  g_print ("store.open_and_list_median_ms %.3f\n", nfe_bench_median (open_ms, N_RUNS));
  g_print ("store.load_article_median_ms %.3f\n", nfe_bench_median (load_ms, N_RUNS));
  g_print ("store.save_edit_median_ms %.3f\n", nfe_bench_median (save_ms, N_RUNS));
  g_print ("store.file_size_mb %.1f\n", st.st_size / 1e6);

  g_unlink (path);
  g_rmdir (dir);
  return 0;
}
