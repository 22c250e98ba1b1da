/* test-search.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "nfe-project.h"
#include "nfe-test-util.h"

static char *
project_path (const char *name)
{
  g_autofree char *dir = nfe_test_make_dir ();

  return g_build_filename (dir, name, NULL);
}

static NfeProject *
create_project (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  NfeProject *project = nfe_project_create (file, &error);

  g_assert_no_error (error);
  g_assert_nonnull (project);
  return project;
}

static NfeArticle *
add_article (NfeProject *project,
             const char *headline,
             const char *body)
{
  g_autoptr(NfeArticle) article = nfe_article_new ();
  g_autoptr(GError) error = NULL;

  nfe_article_set_headline (article, headline);
  nfe_article_set_body (article, body);
  nfe_project_insert_article (project, article, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&article);
}

static GPtrArray *
search (NfeProject *project,
        const char *query)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *results = nfe_project_search (project, query, 20, &error);

  g_assert_no_error (error);
  g_assert_nonnull (results);
  return results;
}

/* The ids found, in order, as "3,1", to compare in one assertion. */
static char *
found (NfeProject *project,
       const char *query)
{
  g_autoptr(GPtrArray) results = search (project, query);
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < results->len; i++)
    {
      NfeSearchResult *result = g_ptr_array_index (results, i);

      g_string_append_printf (ids, "%s%" G_GINT64_FORMAT, i ? "," : "", result->article_id);
    }

  return g_string_free (ids, FALSE);
}

static char *
ids (NfeArticle *first,
     ...)
{
  GString *text = g_string_new (NULL);
  va_list args;

  va_start (args, first);
  for (NfeArticle *a = first; a != NULL; a = va_arg (args, NfeArticle *))
    g_string_append_printf (text, "%s%" G_GINT64_FORMAT, text->len ? "," : "",
                            nfe_article_get_id (a));
  va_end (args);

  return g_string_free (text, FALSE);
}

#define assert_found(project, query, ...) \
  G_STMT_START { \
    g_autofree char *_got = found (project, query); \
    g_autofree char *_want = ids (__VA_ARGS__); \
    g_assert_cmpstr (_got, ==, _want); \
  } G_STMT_END

#define assert_not_found(project, query) \
  G_STMT_START { \
    g_autofree char *_got = found (project, query); \
    g_assert_cmpstr (_got, ==, ""); \
  } G_STMT_END

static gboolean
saved (gpointer data)
{
  return !nfe_project_get_has_unsaved (data);
}

static void
test_sync (void)
{
  g_autofree char *path = project_path ("sync.nfproj");
  g_autoptr(NfeProject) project = create_project (path);
  g_autoptr(NfeArticle) rates = add_article (project, "Central bank holds rates",
                                             "The committee kept borrowing costs unchanged.");
  g_autoptr(NfeArticle) oil = add_article (project, "Oil climbs", "Crude futures rallied.");
  g_autoptr(GPtrArray) bullets = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) questions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  gint64 revision;

  assert_found (project, "borrowing", rates, NULL);
  assert_found (project, "crude", oil, NULL);
  assert_not_found (project, "tanker");

  /* Edits reach the index through the autosave. */
  nfe_article_set_headline (oil, "Oil tanker seized");
  nfe_article_set_body (oil, "Brent jumped after the seizure.");
  nfe_test_wait_until (saved, project, 2000);
  assert_found (project, "tanker", oil, NULL);
  assert_found (project, "brent", oil, NULL);
  assert_not_found (project, "crude");
  assert_not_found (project, "climbs");

  /* And through an explicit save. */
  nfe_article_set_body (rates, "Policymakers signalled patience.");
  nfe_project_save (project, &error);
  g_assert_no_error (error);
  assert_found (project, "patience", rates, NULL);
  assert_not_found (project, "borrowing");

  /* A restored revision's words are found again, and the replaced ones
   * no longer. */
  revision = nfe_project_save_revision (project, rates, "Tester", NULL, &error);
  g_assert_no_error (error);
  nfe_article_set_body (rates, "Two hawks dissented.");
  nfe_project_save (project, &error);
  g_assert_no_error (error);
  assert_found (project, "hawks", rates, NULL);
  assert_not_found (project, "patience");
  g_assert_cmpint (nfe_project_restore_revision (project, rates, revision, "Tester", &error), >, 0);
  g_assert_no_error (error);
  assert_found (project, "patience", rates, NULL);
  assert_not_found (project, "hawks");

  g_ptr_array_add (bullets, nfe_bullet_new ("Inflation is sticky", NFE_ORIGIN_MANUAL));
  g_ptr_array_add (bullets, nfe_bullet_new ("Growth is slowing", NFE_ORIGIN_MANUAL));
  nfe_project_set_bullets (project, rates, bullets, &error);
  g_assert_no_error (error);
  assert_found (project, "sticky", rates, NULL);
  assert_found (project, "slowing", rates, NULL);

  g_ptr_array_remove_index (bullets, 0);
  nfe_project_set_bullets (project, rates, bullets, &error);
  g_assert_no_error (error);
  assert_not_found (project, "sticky");
  assert_found (project, "slowing", rates, NULL);

  g_ptr_array_add (questions, nfe_question_new ("Will shipping insurers raise premiums?",
                                                NFE_QUESTION_STATE_CANDIDATE, NFE_ORIGIN_MANUAL));
  nfe_project_set_questions (project, oil, questions, &error);
  g_assert_no_error (error);
  assert_found (project, "insurers premiums", oil, NULL);
  g_ptr_array_set_size (questions, 0);
  nfe_project_set_questions (project, oil, questions, &error);
  g_assert_no_error (error);
  assert_not_found (project, "insurers");

  nfe_project_delete_article (project, oil, &error);
  g_assert_no_error (error);
  assert_not_found (project, "tanker");
  assert_found (project, "slowing", rates, NULL);

  {
    g_autofree char *rows = nfe_test_sql_text (path, "SELECT count(*) FROM article_search");

    g_assert_cmpstr (rows, ==, "1");
  }

  /* The index survives closing and reopening. */
  nfe_project_close (project);
  g_clear_object (&project);
  {
    g_autoptr(GFile) file = g_file_new_for_path (path);

    project = nfe_project_open (file, NFE_PROJECT_OPEN_READ_ONLY, &error);
    g_assert_no_error (error);
    assert_found (project, "patience", rates, NULL);
  }
}

static void
test_diacritics_and_prefix (void)
{
  g_autofree char *path = project_path ("accents.nfproj");
  g_autoptr(NfeProject) project = create_project (path);
  g_autoptr(NfeArticle) zurich = add_article (project, "Banks in Zürich",
                                              "The Société Générale office opened.");
  g_autoptr(GPtrArray) results = NULL;
  NfeSearchResult *result;

  assert_found (project, "zurich", zurich, NULL);
  assert_found (project, "ZÜRICH", zurich, NULL);
  assert_found (project, "societe generale", zurich, NULL);
  /* The last word is the start of a word; the others are whole words. */
  assert_found (project, "banks zur", zurich, NULL);
  assert_not_found (project, "ban zurich");

  results = search (project, "generale");
  g_assert_cmpuint (results->len, ==, 1);
  result = g_ptr_array_index (results, 0);
  g_assert_cmpstr (result->headline, ==, "Banks in Zürich");
  g_assert_nonnull (strstr (result->snippet, "«Générale»"));
}

static void
test_hostile_queries (void)
{
  g_autofree char *path = project_path ("hostile.nfproj");
  g_autoptr(NfeProject) project = create_project (path);
  g_autoptr(NfeArticle) article = add_article (project, "Mergers AND acquisitions",
                                               "Deal NEAR completion, NOT final: \"sources\" say.");
  const char *queries[] = {
    "\"", "\"\"", "\"sources", "(", ")", "(deal", "deal)", "AND", "OR", "NOT", "NEAR",
    "NEAR(deal completion)", "deal AND", "AND deal", "NOT deal", "*", "deal*", "* deal",
    ":", "headline:", "headline:deal", "body : deal", "^deal", "-deal", "+deal", "{body}: deal",
    "deal \"", "'", "\\", "%", "; DROP TABLE article; --", "  ", "\t\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autoptr(GPtrArray) results = search (project, queries[i]);

      g_test_message ("query %s: %u results", queries[i], results->len);
    }

  /* Operator words are plain words to look for. */
  assert_found (project, "near", article, NULL);
  assert_found (project, "not final", article, NULL);
  assert_found (project, "(deal)", article, NULL);
  assert_found (project, "completion: deal", article, NULL);
  assert_found (project, "\"sources\"", article, NULL);
  assert_not_found (project, "*");
  assert_not_found (project, "");
  assert_not_found (project, "   ");
}

static void
test_ranking (void)
{
  g_autofree char *path = project_path ("rank.nfproj");
  g_autoptr(NfeProject) project = create_project (path);
  g_autoptr(NfeArticle) in_body = add_article (project, "Markets wrap",
                                               "Stocks fell. Copper prices slipped as copper "
                                               "demand from China eased.");
  g_autoptr(NfeArticle) in_headline = add_article (project, "Copper slides",
                                                   "The metal fell for a third day on weak "
                                                   "demand and rising stockpiles in London.");
  g_autoptr(NfeArticle) unrelated = add_article (project, "Gold steady", "Bullion held.");
  g_autoptr(GPtrArray) limited = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (unrelated);
  assert_found (project, "copper", in_headline, in_body, NULL);

  limited = nfe_project_search (project, "copper", 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (limited->len, ==, 1);
}

/* A project written before search existed gets its index filled when
 * it is opened. The version 1 schema is written here by hand, as that
 * version wrote it. */
static void
test_migrate_from_v1 (void)
{
  g_autofree char *path = project_path ("v1.nfproj");
  g_autofree char *sql = g_strdup_printf (
    "PRAGMA application_id = %d;"
    "CREATE TABLE article (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,"
    "  headline TEXT NOT NULL DEFAULT '', byline TEXT NOT NULL DEFAULT '',"
    "  source TEXT NOT NULL DEFAULT '', dateline TEXT NOT NULL DEFAULT '',"
    "  body_md TEXT NOT NULL DEFAULT '', closing TEXT NOT NULL DEFAULT '',"
    "  status TEXT NOT NULL DEFAULT 'draft'"
    "    CHECK (status IN ('draft', 'in-review', 'approved', 'published')),"
    "  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);"
    "CREATE TABLE summary_bullet (id INTEGER PRIMARY KEY,"
    "  article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,"
    "  position INTEGER NOT NULL, text TEXT NOT NULL,"
    "  origin TEXT NOT NULL CHECK (origin IN ('generated', 'edited', 'manual')),"
    "  locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),"
    "  provenance TEXT NOT NULL DEFAULT '[]', source_hash TEXT, generator TEXT);"
    "CREATE INDEX summary_bullet_by_article ON summary_bullet (article_id, position);"
    "CREATE TABLE question (id INTEGER PRIMARY KEY,"
    "  article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,"
    "  position INTEGER NOT NULL, text TEXT NOT NULL,"
    "  state TEXT NOT NULL DEFAULT 'candidate'"
    "    CHECK (state IN ('candidate', 'accepted', 'rejected')),"
    "  origin TEXT NOT NULL CHECK (origin IN ('generated', 'edited', 'manual')),"
    "  provenance TEXT NOT NULL DEFAULT '[]', generator TEXT,"
    "  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);"
    "CREATE INDEX question_by_article ON question (article_id, position);"
    "CREATE TABLE revision (id INTEGER PRIMARY KEY,"
    "  article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,"
    "  created_at INTEGER NOT NULL, author TEXT NOT NULL DEFAULT '',"
    "  note TEXT NOT NULL DEFAULT '', snapshot TEXT NOT NULL);"
    "CREATE INDEX revision_by_article ON revision (article_id, created_at);"
    "INSERT INTO article (id, uuid, headline, body_md, created_at, updated_at) VALUES"
    "  (1, 'a1', 'Harbour strike ends', 'Dockworkers returned on Monday.', 1, 1),"
    "  (2, 'a2', 'Retail sales', 'Spending in Genève rose.', 1, 1);"
    "INSERT INTO summary_bullet (article_id, position, text, origin) VALUES"
    "  (1, 0, 'Cranes are moving again', 'manual'),"
    "  (1, 1, 'Backlog clears by Friday', 'manual');"
    "INSERT INTO question (article_id, position, text, origin, created_at, updated_at)"
    "  VALUES (2, 0, 'Will consumers keep spending?', 'manual', 1, 1);"
    "PRAGMA user_version = 1;",
    NFE_PROJECT_APPLICATION_ID);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(NfeProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autofree char *version = NULL;
  NfeSearchResult *result;

  nfe_test_sql (path, sql);
  project = nfe_project_open (file, NFE_PROJECT_OPEN_DEFAULT, &error);
  g_assert_no_error (error);

  /* Every step after the first ran, whatever the latest schema is. */
  version = nfe_test_sql_text (path, "PRAGMA user_version");
  g_assert_cmpint (g_ascii_strtoll (version, NULL, 10), ==, nfe_project_get_schema_version ());

  results = search (project, "dockworkers");
  g_assert_cmpuint (results->len, ==, 1);
  result = g_ptr_array_index (results, 0);
  g_assert_cmpint (result->article_id, ==, 1);
  g_assert_cmpstr (result->headline, ==, "Harbour strike ends");

  assert_found (project, "backlog", nfe_project_find_article (project, 1), NULL);
  assert_found (project, "cranes", nfe_project_find_article (project, 1), NULL);
  assert_found (project, "geneve", nfe_project_find_article (project, 2), NULL);
  assert_found (project, "consumers", nfe_project_find_article (project, 2), NULL);

  /* The index knows words by their first letters (step 4), so that a
   * search typed a letter at a time is quick, and finds the same. */
  {
    g_autofree char *definition = nfe_test_sql_text (path, "SELECT sql FROM sqlite_master"
                                                           " WHERE name = 'article_search'");

    g_assert_nonnull (strstr (definition, "prefix = '2 3'"));
  }
  assert_found (project, "do", nfe_project_find_article (project, 1), NULL);
  assert_found (project, "gen", nfe_project_find_article (project, 2), NULL);

  /* The migrated index follows later edits like a new one. */
  {
    NfeArticle *retail = nfe_project_find_article (project, 2);

    nfe_project_load_article (project, retail, &error);
    g_assert_no_error (error);
    nfe_article_set_headline (retail, "Retail sales beat forecasts");
    nfe_project_save (project, &error);
    g_assert_no_error (error);
    assert_found (project, "forecasts", retail, NULL);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/nfe/search/sync", test_sync);
  g_test_add_func ("/nfe/search/diacritics", test_diacritics_and_prefix);
  g_test_add_func ("/nfe/search/hostile-queries", test_hostile_queries);
  g_test_add_func ("/nfe/search/ranking", test_ranking);
  g_test_add_func ("/nfe/search/migrate-from-v1", test_migrate_from_v1);

  return g_test_run ();
}
