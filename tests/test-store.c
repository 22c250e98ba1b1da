/* test-store.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
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

static NfeProject *
open_project (const char           *path,
              NfeProjectOpenFlags   flags,
              GError              **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return nfe_project_open (file, flags, error);
}

static NfeArticle *
make_article (const char *headline,
              guint       n_bullets,
              guint       n_questions)
{
  NfeArticle *article = nfe_article_new ();

  nfe_article_set_headline (article, headline);
  nfe_article_set_field (article, NFE_ARTICLE_FIELD_BYLINE, "By A. Writer");
  nfe_article_set_body (article, "NextFin News - Shares rose 3.5% on Tuesday.\n\nMore text.");
  for (guint i = 0; i < n_bullets; i++)
    {
      g_autofree char *text = g_strdup_printf ("Bullet %u", i + 1);
      g_autoptr(NfeBullet) bullet = nfe_bullet_new (text, NFE_ORIGIN_GENERATED);

      nfe_bullet_set_locked (bullet, i == 1);
      nfe_article_add_bullet (article, bullet);
    }
  for (guint i = 0; i < n_questions; i++)
    {
      g_autofree char *text = g_strdup_printf ("Question %u?", i + 1);
      g_autoptr(NfeQuestion) question =
        nfe_question_new (text, i % 3, i % 2 ? NFE_ORIGIN_MANUAL : NFE_ORIGIN_GENERATED);

      nfe_article_add_question (article, question);
    }

  return article;
}

static void
insert (NfeProject *project,
        NfeArticle *article)
{
  g_autoptr(GError) error = NULL;

  nfe_project_insert_article (project, article, &error);
  g_assert_no_error (error);
}

static void
test_create (void)
{
  g_autofree char *path = project_path ("new.nfproj");
  g_autoptr(NfeProject) project = create_project (path);
  g_autofree char *app_id = NULL;
  g_autofree char *version = NULL;
  g_autofree char *check = NULL;
  g_autofree char *journal = NULL;
  g_autofree char *expected_version = g_strdup_printf ("%d", nfe_project_get_schema_version ());

  g_assert_false (nfe_project_get_read_only (project));
  g_assert_cmpuint (g_list_model_get_n_items (nfe_project_get_articles (project)), ==, 0);
  nfe_project_close (project);

  app_id = nfe_test_sql_text (path, "PRAGMA application_id");
  version = nfe_test_sql_text (path, "PRAGMA user_version");
  check = nfe_test_sql_text (path, "PRAGMA integrity_check");
  journal = nfe_test_sql_text (path, "PRAGMA journal_mode");
  g_assert_cmpint (g_ascii_strtoll (app_id, NULL, 10), ==, NFE_PROJECT_APPLICATION_ID);
  g_assert_cmpstr (version, ==, expected_version);
  g_assert_cmpstr (check, ==, "ok");
  g_assert_cmpstr (journal, ==, "wal");
}

static void
test_create_exists (void)
{
  g_autofree char *path = project_path ("taken.nfproj");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(NfeProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  nfe_test_write_file (path, "my notes", -1);
  before = nfe_test_checksum (path);

  project = nfe_project_create (file, &error);
  g_assert_error (error, NFE_STORE_ERROR, NFE_STORE_ERROR_EXISTS);
  g_assert_null (project);

  after = nfe_test_checksum (path);
  g_assert_cmpstr (before, ==, after);
}

/* A file stamped as ours at schema 0 is what an interrupted creation
 * leaves: opening it runs every step from the first. */
static void
test_migrate_v1 (void)
{
  g_autofree char *path = project_path ("v0.nfproj");
  g_autofree char *sql = g_strdup_printf ("PRAGMA application_id = %d;",
                                          NFE_PROJECT_APPLICATION_ID);
  g_autoptr(NfeProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *version = NULL;
  g_autofree char *tables = NULL;

  nfe_test_sql (path, sql);
  project = open_project (path, NFE_PROJECT_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  {
    g_autoptr(NfeArticle) article = make_article ("After migration", 1, 1);

    insert (project, article);
  }
  nfe_project_close (project);

  version = nfe_test_sql_text (path, "PRAGMA user_version");
  g_assert_cmpstr (version, ==, "4");
  tables = nfe_test_sql_text (path,
                              "SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master"
                              " WHERE type = 'table' AND name NOT LIKE 'article_search_%'"
                              " ORDER BY name)");
  g_assert_cmpstr (tables, ==, "article,article_search,question,revision,status_change,summary_bullet");
}

static void
test_crud (void)
{
  g_autofree char *path = project_path ("crud.nfproj");
  g_autoptr(NfeProject) project = create_project (path);
  g_autoptr(NfeArticle) first = make_article ("First", 4, 15);
  g_autoptr(NfeArticle) second = make_article ("Second", 0, 0);
  g_autoptr(GError) error = NULL;
  GListModel *articles;
  NfeArticle *reread;
  GListModel *bullets;
  GListModel *questions;
  g_autofree char *bullet_count = NULL;

  insert (project, first);
  insert (project, second);
  g_assert_cmpint (nfe_article_get_id (first), >, 0);
  g_assert_cmpint (nfe_article_get_id (second), >, nfe_article_get_id (first));
  nfe_project_close (project);
  g_clear_object (&project);

  project = open_project (path, NFE_PROJECT_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  articles = nfe_project_get_articles (project);
  g_assert_cmpuint (g_list_model_get_n_items (articles), ==, 2);

  /* Newest first; headline and status known before loading. */
  {
    g_autoptr(NfeArticle) top = g_list_model_get_item (articles, 0);

    g_assert_cmpstr (nfe_article_get_headline (top), ==, "Second");
    g_assert_false (nfe_article_get_loaded (top));
  }

  reread = nfe_project_find_article (project, nfe_article_get_id (first));
  g_assert_nonnull (reread);
  g_assert_cmpstr (nfe_article_get_body (reread), ==, "");
  nfe_project_load_article (project, reread, &error);
  g_assert_no_error (error);
  g_assert_true (nfe_article_get_loaded (reread));
  g_assert_cmpstr (nfe_article_get_field (reread, NFE_ARTICLE_FIELD_BYLINE), ==, "By A. Writer");
  g_assert_cmpstr (nfe_article_get_body (reread), ==, nfe_article_get_body (first));
  g_assert_cmpstr (nfe_article_get_uuid (reread), ==, nfe_article_get_uuid (first));

  bullets = nfe_article_get_bullets (reread);
  questions = nfe_article_get_questions (reread);
  g_assert_cmpuint (g_list_model_get_n_items (bullets), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (questions), ==, 15);
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(NfeBullet) bullet = g_list_model_get_item (bullets, i);
      g_autofree char *expected = g_strdup_printf ("Bullet %u", i + 1);

      g_assert_cmpstr (nfe_bullet_get_text (bullet), ==, expected);
      g_assert_cmpint (nfe_bullet_get_locked (bullet), ==, i == 1);
      g_assert_cmpint (nfe_bullet_get_origin (bullet), ==, NFE_ORIGIN_GENERATED);
      g_assert_cmpint (nfe_bullet_get_id (bullet), >, 0);
    }
  for (guint i = 0; i < 15; i++)
    {
      g_autoptr(NfeQuestion) question = g_list_model_get_item (questions, i);
      g_autofree char *expected = g_strdup_printf ("Question %u?", i + 1);

      g_assert_cmpstr (nfe_question_get_text (question), ==, expected);
      g_assert_cmpint (nfe_question_get_state (question), ==, i % 3);
      g_assert_cmpint (nfe_question_get_origin (question), ==,
                       i % 2 ? NFE_ORIGIN_MANUAL : NFE_ORIGIN_GENERATED);
    }

  /* Update, then delete with everything hanging off the article. */
  nfe_article_set_headline (reread, "First, revised");
  nfe_article_set_status (reread, NFE_ARTICLE_STATUS_IN_REVIEW);
  g_assert_true (nfe_project_get_has_unsaved (project));
  nfe_project_save (project, &error);
  g_assert_no_error (error);
  g_assert_false (nfe_project_get_has_unsaved (project));
  {
    g_autofree char *row = nfe_test_sql_text (path, "SELECT headline || '|' || status FROM article"
                                                    " WHERE headline LIKE 'First%'");
    g_assert_cmpstr (row, ==, "First, revised|in-review");
  }

  g_object_ref (reread);
  nfe_project_delete_article (project, reread, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (articles), ==, 1);
  g_assert_null (nfe_project_find_article (project, nfe_article_get_id (reread)));
  g_object_unref (reread);

  bullet_count = nfe_test_sql_text (path, "SELECT count(*) || '/' || (SELECT count(*) FROM question)"
                                          " FROM summary_bullet");
  g_assert_cmpstr (bullet_count, ==, "0/0");

  nfe_project_close (project);
  g_assert_finalize_object (g_steal_pointer (&project));
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *n_added)
{
  *n_added += added;
}

static void
test_list_model_follows_store (void)
{
  g_autofree char *path = project_path ("model.nfproj");
  g_autoptr(NfeProject) project = create_project (path);
  g_autoptr(NfeArticle) article = make_article ("Listed", 0, 0);
  GListModel *articles = nfe_project_get_articles (project);
  guint n_added = 0;

  g_signal_connect (articles, "items-changed", G_CALLBACK (items_changed_cb), &n_added);
  insert (project, article);
  g_assert_cmpuint (n_added, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (articles), ==, 1);
  g_signal_handlers_disconnect_by_func (articles, items_changed_cb, &n_added);
}

static gboolean
saved (gpointer data)
{
  return !nfe_project_get_has_unsaved (data);
}

static void
test_autosave (void)
{
  g_autofree char *path = project_path ("autosave.nfproj");
  g_autoptr(NfeProject) project = create_project (path);
  g_autoptr(NfeArticle) article = make_article ("Autosaved", 0, 0);
  g_autofree char *body = NULL;
  gint64 start;

  insert (project, article);
  nfe_article_set_body (article, "Typed and never explicitly saved.");
  g_assert_true (nfe_project_get_has_unsaved (project));

  start = g_get_monotonic_time ();
  nfe_test_wait_until (saved, project, 2000);
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);

  /* Read through another connection while the project is still open. */
  body = nfe_test_sql_text (path, "SELECT body_md FROM article");
  g_assert_cmpstr (body, ==, "Typed and never explicitly saved.");
}

/* A failure half-way through a multi-row change leaves no trace. */
static void
test_transaction_all_or_nothing (void)
{
  g_autofree char *path = project_path ("txn.nfproj");
  g_autoptr(NfeProject) project = create_project (path);
  g_autoptr(NfeArticle) article = make_article ("Half", 4, 5);
  g_autoptr(NfeQuestion) poison = nfe_question_new ("FAIL", NFE_QUESTION_STATE_CANDIDATE,
                                                    NFE_ORIGIN_MANUAL);
  g_autoptr(GError) error = NULL;
  g_autofree char *counts = NULL;

  nfe_test_sql (path, "CREATE TRIGGER poison BEFORE INSERT ON question WHEN NEW.text = 'FAIL'"
                      " BEGIN SELECT RAISE(ABORT, 'poisoned'); END;");
  nfe_article_add_question (article, poison);

  g_assert_false (nfe_project_insert_article (project, article, &error));
  g_assert_error (error, NFE_STORE_ERROR, NFE_STORE_ERROR_FAILED);
  g_assert_cmpint (nfe_article_get_id (article), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (nfe_project_get_articles (project)), ==, 0);

  counts = nfe_test_sql_text (path, "SELECT (SELECT count(*) FROM article) || '/' ||"
                                    " (SELECT count(*) FROM summary_bullet) || '/' ||"
                                    " (SELECT count(*) FROM question)");
  g_assert_cmpstr (counts, ==, "0/0/0");
}

/* Makes a real project with enough in it to span many pages. */
static char *
make_full_project (const char *name)
{
  g_autofree char *path = project_path (name);
  g_autoptr(NfeProject) project = create_project (path);

  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *headline = g_strdup_printf ("Article %u", i);
      g_autoptr(NfeArticle) article = make_article (headline, 4, 15);
      g_autoptr(GString) body = g_string_new (NULL);

      for (guint j = 0; j < 200; j++)
        g_string_append_printf (body, "Paragraph %u of article %u. ", j, i);
      nfe_article_set_body (article, body->str);
      insert (project, article);
    }
  nfe_project_close (project);

  return g_steal_pointer (&path);
}

typedef struct
{
  const char *name;
  void      (*prepare) (const char *path);
  int         code;
  const char *message_part;
} BadFileCase;

static void
prepare_text (const char *path)
{
  nfe_test_write_file (path, "Markets rallied on Friday.\nThis is a text file.\n", -1);
}

static void
prepare_empty (const char *path)
{
  nfe_test_write_file (path, "", 0);
}

static void
prepare_foreign (const char *path)
{
  nfe_test_sql (path, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x');");
}

static void
prepare_newer (const char *path)
{
  g_autofree char *full = make_full_project ("newer-src.nfproj");
  g_autofree char *contents = NULL;
  gsize length;

  nfe_test_sql (full, "PRAGMA user_version = 7");
  g_file_get_contents (full, &contents, &length, NULL);
  nfe_test_write_file (path, contents, length);
}

static void
prepare_truncated (const char *path)
{
  g_autofree char *full = make_full_project ("truncate-src.nfproj");
  g_autofree char *contents = NULL;
  gsize length;

  g_file_get_contents (full, &contents, &length, NULL);
  g_assert_cmpuint (length, >, 8 * 4096);
  nfe_test_write_file (path, contents, length / 2);
}

static void
prepare_scrambled (const char *path)
{
  g_autofree char *full = make_full_project ("scramble-src.nfproj");
  g_autofree char *contents = NULL;
  gsize length;

  /* Keep the header page, wreck every page after it. */
  g_file_get_contents (full, &contents, &length, NULL);
  for (gsize i = 4096; i < length; i++)
    contents[i] = (char) (i * 7 + 13);
  nfe_test_write_file (path, contents, length);
}

static const BadFileCase bad_files[] = {
  { "text", prepare_text, NFE_STORE_ERROR_NOT_A_PROJECT, "not a NextFin project" },
  { "empty", prepare_empty, NFE_STORE_ERROR_NOT_A_PROJECT, "not a NextFin project" },
  { "foreign", prepare_foreign, NFE_STORE_ERROR_NOT_A_PROJECT, "another program" },
  { "newer", prepare_newer, NFE_STORE_ERROR_TOO_NEW, "newer NextFin Editor (schema 7); this version reads up to 4" },
  { "truncated", prepare_truncated, NFE_STORE_ERROR_CORRUPT, "damaged" },
  { "scrambled", prepare_scrambled, NFE_STORE_ERROR_CORRUPT, "damaged" },
};

static void
test_bad_file (gconstpointer data)
{
  const BadFileCase *bad = data;
  g_autofree char *path = project_path ("bad.nfproj");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  bad->prepare (path);
  before = nfe_test_checksum (path);

  for (guint flags = 0; flags < 2; flags++)
    {
      g_autoptr(NfeProject) project = NULL;
      g_autoptr(GError) error = NULL;

      project = open_project (path, flags, &error);
      g_assert_null (project);
      g_assert_error (error, NFE_STORE_ERROR, bad->code);
      g_assert_nonnull (strstr (error->message, bad->message_part));
      g_assert_null (strchr (error->message, '\n'));
      g_test_message ("%s: %s", bad->name, error->message);
    }

  after = nfe_test_checksum (path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_missing_file (void)
{
  g_autofree char *path = project_path ("nowhere.nfproj");
  g_autoptr(NfeProject) project = NULL;
  g_autoptr(GError) error = NULL;

  project = open_project (path, NFE_PROJECT_OPEN_DEFAULT, &error);
  g_assert_null (project);
  g_assert_error (error, NFE_STORE_ERROR, NFE_STORE_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_read_only_file (void)
{
  g_autofree char *path = make_full_project ("read-only.nfproj");
  g_autoptr(NfeProject) project = NULL;
  g_autoptr(NfeArticle) article = make_article ("Blocked", 0, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  NfeArticle *existing;

  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  before = nfe_test_checksum (path);

  project = open_project (path, NFE_PROJECT_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (nfe_project_get_read_only (project));
  g_assert_cmpuint (g_list_model_get_n_items (nfe_project_get_articles (project)), ==, 40);

  existing = g_list_model_get_item (nfe_project_get_articles (project), 0);
  nfe_project_load_article (project, existing, &error);
  g_assert_no_error (error);
  g_object_unref (existing);

  g_assert_false (nfe_project_insert_article (project, article, &error));
  g_assert_error (error, NFE_STORE_ERROR, NFE_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "read-only"));
  nfe_project_close (project);

  after = nfe_test_checksum (path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_locked_file (void)
{
  g_autofree char *path = make_full_project ("locked.nfproj");
  g_autoptr(NfeProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  sqlite3 *other = NULL;

  before = nfe_test_checksum (path);

  /* Another program holding the file exclusively. */
  g_assert_cmpint (sqlite3_open (path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);

  project = open_project (path, NFE_PROJECT_OPEN_DEFAULT, &error);
  g_assert_null (project);
  g_assert_error (error, NFE_STORE_ERROR, NFE_STORE_ERROR_LOCKED);
  g_assert_nonnull (strstr (error->message, "another program"));

  sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (other);

  after = nfe_test_checksum (path);
  g_assert_cmpstr (before, ==, after);
}

static void
open_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  NfeProject **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = nfe_project_open_finish (result, &error);
  g_assert_no_error (error);
}

static gboolean
pointer_set (gpointer data)
{
  return *(gpointer *) data != NULL;
}

static void
test_open_async (void)
{
  g_autofree char *path = make_full_project ("async.nfproj");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(NfeProject) project = NULL;

  nfe_project_open_async (file, NFE_PROJECT_OPEN_DEFAULT, NULL, open_cb, &project);
  nfe_test_wait_until (pointer_set, &project, 10000);
  g_assert_cmpuint (g_list_model_get_n_items (nfe_project_get_articles (project)), ==, 40);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/nfe/store/create", test_create);
  g_test_add_func ("/nfe/store/create-exists", test_create_exists);
  g_test_add_func ("/nfe/store/migrate-v1", test_migrate_v1);
  g_test_add_func ("/nfe/store/crud", test_crud);
  g_test_add_func ("/nfe/store/list-model", test_list_model_follows_store);
  g_test_add_func ("/nfe/store/autosave", test_autosave);
  g_test_add_func ("/nfe/store/transaction", test_transaction_all_or_nothing);
  g_test_add_func ("/nfe/store/open-async", test_open_async);
  g_test_add_func ("/nfe/store/bad-file/missing", test_missing_file);
  g_test_add_func ("/nfe/store/bad-file/read-only", test_read_only_file);
  g_test_add_func ("/nfe/store/bad-file/locked", test_locked_file);
  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/nfe/store/bad-file/%s", bad_files[i].name);

      g_test_add_data_func (test_path, &bad_files[i], test_bad_file);
    }

  return g_test_run ();
}
