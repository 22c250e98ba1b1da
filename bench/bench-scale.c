/* bench-scale.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "nfe-bench-util.h"
#include "nfe-project.h"

/* Prints what a desk's whole archive costs: a project of N_ARTICLES long
 * articles, each with its summary and questions, opened, switched
 * between and searched, as `NAME VALUE` lines. The rows are written
 * through a second connection in a few large transactions (the same
 * triggers keep the search index), which takes a fraction of the time of
 * one nfe_project_insert_article() transaction per article; everything
 * measured goes through NfeProject. */

#define N_ARTICLES     10000
#define N_WORDS        1500
#define N_BULLETS      5
#define N_QUESTIONS    20
#define BATCH          1000
#define N_OPENS        5
#define N_SWITCHES     20
#define N_SEARCHES     20

static const char * const common_words[] = {
  "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "said", "with", "as",
  "was", "by", "market", "shares", "company", "percent", "year", "bank", "prices", "rates",
  "investors", "growth", "quarter", "billion", "million", "profit", "revenue", "trade",
  "economy", "central", "inflation", "oil", "bonds", "stocks", "analysts", "demand",
  "supply", "government", "policy", "interest", "dollar", "euro", "exports", "earnings",
  "forecast", "sales", "deal", "merger", "chief", "executive", "board", "week", "month",
  "higher", "lower", "rose", "fell", "expected", "results", "report", "data",
};

/* A small deterministic generator, so every run writes the same project. */
static guint64 rng_state = 0x9E3779B97F4A7C15ull;

static guint32
rng_next (void)
{
  rng_state ^= rng_state << 13;
  rng_state ^= rng_state >> 7;
  rng_state ^= rng_state << 17;
  return (guint32) (rng_state >> 16);
}

static const char * const syllables[] = {
  "ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "bra", "cor", "den", "fal", "gri",
  "hul", "jen", "kro", "lin", "mar", "nop",
};

/* Rarer words: two or three syllables, about 8,000 of them. */
static void
append_word (GString *text)
{
  if (rng_next () % 2 == 0)
    {
      g_string_append (text, common_words[rng_next () % G_N_ELEMENTS (common_words)]);
      return;
    }

  for (guint n = 2 + rng_next () % 2, i = 0; i < n; i++)
    g_string_append (text, syllables[rng_next () % G_N_ELEMENTS (syllables)]);
}

static char *
make_text (guint n_words)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n_words; i++)
    {
      if (i > 0)
        g_string_append (text, i % 120 == 0 ? "\n\n" : (i % 15 == 0 ? ". " : " "));
      append_word (text);
    }
  g_string_append_c (text, '.');

  return g_string_free (text, FALSE);
}

static void
check_sql (sqlite3 *db,
           int      rc)
{
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
    g_error ("SQLite: %s", sqlite3_errmsg (db));
}

static sqlite3_stmt *
prepare (sqlite3    *db,
         const char *sql)
{
  sqlite3_stmt *stmt = NULL;

  check_sql (db, sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL));
  return stmt;
}

static void
step (sqlite3      *db,
      sqlite3_stmt *stmt)
{
  check_sql (db, sqlite3_step (stmt));
  sqlite3_reset (stmt);
}

/* Bullets and questions go in before their article (foreign keys are not
 * enforced on this connection), so the article's insert trigger indexes
 * everything at once instead of once per row. */
static void
generate (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *article, *bullet, *question;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  check_sql (db, sqlite3_open (path, &db));
  article = prepare (db, "INSERT INTO article (id, uuid, headline, body_md, created_at, updated_at)"
                         " VALUES (?, ?, ?, ?, ?, ?)");
  bullet = prepare (db, "INSERT INTO summary_bullet (article_id, position, text, origin)"
                        " VALUES (?, ?, ?, 'generated')");
  question = prepare (db, "INSERT INTO question (article_id, position, text, origin, created_at,"
                          " updated_at) VALUES (?, ?, ?, 'generated', ?, ?)");

  for (guint id = 1; id <= N_ARTICLES; id++)
    {
      g_autofree char *uuid = g_uuid_string_random ();
      g_autofree char *headline = make_text (8);
      g_autofree char *body = make_text (N_WORDS);

      if (id % BATCH == 1)
        check_sql (db, sqlite3_exec (db, "BEGIN", NULL, NULL, NULL));

      for (guint i = 0; i < N_BULLETS; i++)
        {
          g_autofree char *text = make_text (18);

          sqlite3_bind_int64 (bullet, 1, id);
          sqlite3_bind_int (bullet, 2, i);
          sqlite3_bind_text (bullet, 3, text, -1, SQLITE_TRANSIENT);
          step (db, bullet);
        }
      for (guint i = 0; i < N_QUESTIONS; i++)
        {
          g_autofree char *text = make_text (10);

          sqlite3_bind_int64 (question, 1, id);
          sqlite3_bind_int (question, 2, i);
          sqlite3_bind_text (question, 3, text, -1, SQLITE_TRANSIENT);
          sqlite3_bind_int64 (question, 4, now);
          sqlite3_bind_int64 (question, 5, now);
          step (db, question);
        }

      /* A handful of articles share a word found nowhere else. */
      if (id % 997 == 0)
        {
          g_autofree char *marked = g_strconcat (body, " zyxtrel.", NULL);

          g_free (body);
          body = g_steal_pointer (&marked);
        }

      sqlite3_bind_int64 (article, 1, id);
      sqlite3_bind_text (article, 2, uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (article, 3, headline, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (article, 4, body, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (article, 5, now);
      sqlite3_bind_int64 (article, 6, now);
      step (db, article);

      if (id % BATCH == 0 || id == N_ARTICLES)
        check_sql (db, sqlite3_exec (db, "COMMIT", NULL, NULL, NULL));
    }

  sqlite3_finalize (article);
  sqlite3_finalize (bullet);
  sqlite3_finalize (question);
  check_sql (db, sqlite3_exec (db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL));
  sqlite3_close (db);
}

/* The baseline: the same searches as one query with FTS5's own ranking
 * and snippet(), the way the store searched before it made snippets
 * itself, on a read-only connection of its own. */
static double
baseline_search_ms (const char         *path,
                    const char * const *queries,
                    guint               n_queries)
{
  double ms[N_SEARCHES];
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert (n_queries <= N_SEARCHES);
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT rowid, headline,"
                                       " snippet (article_search, -1, '«', '»', '…', 12)"
                                       " FROM article_search WHERE article_search MATCH ?"
                                       " ORDER BY bm25 (article_search, 10.0, 1.0, 2.0, 2.0), rowid DESC"
                                       " LIMIT 20", -1, &stmt, NULL), ==, SQLITE_OK);

  for (guint i = 0; i < n_queries; i++)
    {
      g_auto(GStrv) words = g_strsplit (queries[i], " ", -1);
      g_autoptr(GString) match = g_string_new (NULL);
      gint64 start;

      /* Every word, the last one as a prefix, as the store asks. */
      for (guint w = 0; words[w] != NULL; w++)
        g_string_append_printf (match, "%s\"%s\"%s", w ? " " : "", words[w],
                                words[w + 1] == NULL ? "*" : "");

      start = g_get_monotonic_time ();
      sqlite3_bind_text (stmt, 1, match->str, -1, SQLITE_TRANSIENT);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        ;
      sqlite3_reset (stmt);
      ms[i] = nfe_bench_elapsed_ms (start);
    }

  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return nfe_bench_median (ms, n_queries);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = g_dir_make_tmp ("nfe-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "scale.nfproj", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(NfeProject) project = NULL;
  g_autoptr(GError) error = NULL;
  const char *queries[N_SEARCHES] = {
    "market", "the shares", "inflation", "central bank", "oil prices", "profit", "euro",
    "investors growth", "said", "rates",
    "zyxtrel", "kaloru", "bramar", "nopjen", "fal", "grihul", "tivoze", "kromi", "denlin",
    "zyxtrel market",
  };
  double open_ms[N_OPENS], switch_ms[N_SWITCHES], search_ms[N_SEARCHES];
  double baseline_ms;
  gint64 start;
  double generate_s;
  guint n_listed = 0;
  GStatBuf st;

  project = nfe_project_create (file, &error);
  g_assert_no_error (error);
  nfe_project_close (project);
  g_clear_object (&project);

  start = g_get_monotonic_time ();
  generate (path);
  generate_s = nfe_bench_elapsed_ms (start) / 1000.0;

  for (guint i = 0; i < N_OPENS; i++)
    {
      start = g_get_monotonic_time ();
      project = nfe_project_open (file, NFE_PROJECT_OPEN_DEFAULT, &error);
      g_assert_no_error (error);
      n_listed = g_list_model_get_n_items (nfe_project_get_articles (project));
      open_ms[i] = nfe_bench_elapsed_ms (start);
      g_assert_cmpuint (n_listed, ==, N_ARTICLES);
      if (i + 1 < N_OPENS)
        {
          nfe_project_close (project);
          g_clear_object (&project);
        }
    }

  for (guint i = 0; i < N_SWITCHES; i++)
    {
      NfeArticle *article = nfe_project_find_article (project, 1 + (i * 7919) % N_ARTICLES);

      g_assert_nonnull (article);
      start = g_get_monotonic_time ();
      nfe_project_load_article (project, article, &error);
      switch_ms[i] = nfe_bench_elapsed_ms (start);
      g_assert_no_error (error);
    }

  for (guint i = 0; i < N_SEARCHES; i++)
    {
      g_autoptr(GPtrArray) results = NULL;

      start = g_get_monotonic_time ();
      results = nfe_project_search (project, queries[i], 20, &error);
      search_ms[i] = nfe_bench_elapsed_ms (start);
      g_assert_no_error (error);
      g_printerr ("# search %-16s %7.2f ms, %u results\n", queries[i], search_ms[i],
                  results->len);
    }

  g_stat (path, &st);
  nfe_project_close (project);
  baseline_ms = baseline_search_ms (path, queries, N_SEARCHES);

  g_print ("scale.articles %u\n", n_listed);
  g_print ("scale.file_mb %.1f\n", st.st_size / 1e6);
  g_print ("scale.open_and_list_ms %.1f\n", nfe_bench_median (open_ms, N_OPENS));
  g_print ("scale.switch_ms %.2f\n", nfe_bench_median (switch_ms, N_SWITCHES));
  g_print ("scale.search_ms %.2f\n", nfe_bench_median (search_ms, N_SEARCHES));
  g_print ("scale.baseline.fts5_snippet_search_ms %.2f\n", baseline_ms);
  g_print ("scale.generate_s %.1f\n", generate_s);

  g_unlink (path);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);

    g_unlink (wal);
    g_unlink (shm);
  }
  g_rmdir (dir);
  return 0;
}
