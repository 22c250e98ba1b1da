/* test-cli.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#include "nfe-article-json.h"
#include "nfe-cli.h"
#include "nfe-text.h"
#include "nfe-project.h"
#include "nfe-test-util.h"

/* The command line is tested as scripts use it: the real executable, its
 * output and its exit status. */

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
run (Run *result,
     ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *arg;
  int wait_status;
  va_list ap;

  g_ptr_array_add (args, (gpointer) g_getenv ("NFE_EXECUTABLE"));
  va_start (ap, result);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  g_spawn_sync (NULL, (char **) args->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &result->out, &result->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  result->status = WEXITSTATUS (wait_status);
  g_test_message ("exit %d\nstdout: %s\nstderr: %s", result->status, result->out, result->err);
}

static char *
temp_path (const char *name)
{
  g_autofree char *dir = nfe_test_make_dir ();

  return g_build_filename (dir, name, NULL);
}

/* An error is one line on stderr, and nothing on stdout. */
static void
assert_one_line_error (Run        *result,
                       int         status,
                       const char *part)
{
  g_assert_cmpint (result->status, ==, status);
  g_assert_cmpstr (result->out, ==, "");
  g_assert_true (g_str_has_suffix (result->err, "\n"));
  g_assert_true (strchr (result->err, '\n') == result->err + strlen (result->err) - 1);
  g_assert_nonnull (strstr (result->err, part));
}

static void
test_version_help (void)
{
  g_auto(Run) version = { 0 };
  g_auto(Run) help = { 0 };

  run (&version, "--version", NULL);
  g_assert_cmpint (version.status, ==, NFE_EXIT_OK);
  g_assert_cmpstr (version.out, ==, "nextfin-editor " PACKAGE_VERSION "\n");

  run (&help, "--help", NULL);
  g_assert_cmpint (help.status, ==, NFE_EXIT_OK);
  g_assert_nonnull (strstr (help.out, "--new-project"));
  g_assert_nonnull (strstr (help.out, "--show"));
}

static void
test_new_project (void)
{
  g_autofree char *path = temp_path ("cli.nfproj");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_auto(Run) created = { 0 };
  g_auto(Run) again = { 0 };
  g_autofree char *app_id = NULL;
  g_autofree char *check = NULL;

  run (&created, "--new-project", path, NULL);
  g_assert_cmpint (created.status, ==, NFE_EXIT_OK);
  app_id = nfe_test_sql_text (path, "PRAGMA application_id");
  check = nfe_test_sql_text (path, "PRAGMA integrity_check");
  g_assert_cmpint (g_ascii_strtoll (app_id, NULL, 10), ==, NFE_PROJECT_APPLICATION_ID);
  g_assert_cmpstr (check, ==, "ok");

  before = nfe_test_checksum (path);
  run (&again, "--new-project", path, NULL);
  assert_one_line_error (&again, NFE_EXIT_FAILED, "already exists");
  after = nfe_test_checksum (path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_sample_list_show (void)
{
  g_autofree char *path = temp_path ("sample.nfproj");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_auto(Run) created = { 0 };
  g_auto(Run) added = { 0 };
  g_auto(Run) listed = { 0 };
  g_auto(Run) shown = { 0 };
  g_auto(Run) text = { 0 };
  g_autofree char *expected_line = NULL;
  g_autofree char *id = NULL;
  JsonObject *object;
  JsonArray *bullets;
  JsonArray *questions;
  static const char * const keys[] = {
    "id", "headline", "byline", "source", "dateline", "status", "body_markdown",
    "bullets", "questions",
  };

  run (&created, "--new-project", path, NULL);
  run (&added, "--add-sample", path, NULL);
  g_assert_cmpint (added.status, ==, NFE_EXIT_OK);
  id = g_strstrip (g_strdup (added.out));
  g_assert_cmpint (g_ascii_strtoll (id, NULL, 10), >, 0);

  run (&listed, "--list", path, NULL);
  g_assert_cmpint (listed.status, ==, NFE_EXIT_OK);
  expected_line = g_strdup_printf ("%s\tdraft\t", id);
  g_assert_true (g_str_has_prefix (listed.out, expected_line));
  g_assert_cmpint (strlen (listed.out), >, strlen (expected_line) + 10);

  run (&shown, "--show", path, "--article", id, "--json", NULL);
  g_assert_cmpint (shown.status, ==, NFE_EXIT_OK);
  json_parser_load_from_data (parser, shown.out, -1, &error);
  g_assert_no_error (error);
  object = json_node_get_object (json_parser_get_root (parser));
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_assert_true (json_object_has_member (object, keys[i]));
  g_assert_cmpint (json_object_get_int_member (object, "id"), ==, g_ascii_strtoll (id, NULL, 10));
  g_assert_true (g_str_has_prefix (listed.out + strlen (expected_line),
                                   json_object_get_string_member (object, "headline")));

  bullets = json_object_get_array_member (object, "bullets");
  questions = json_object_get_array_member (object, "questions");
  g_assert_cmpuint (json_array_get_length (bullets), ==, 4);
  g_assert_cmpuint (json_array_get_length (questions), >=, 12);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (bullets, 0),
                                                  "origin"), ==, "generated");
  g_assert_false (json_object_get_boolean_member (json_array_get_object_element (bullets, 0),
                                                  "locked"));
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (questions, 0),
                                                  "state"), ==, "accepted");

  run (&text, "--show", path, "--article", id, NULL);
  g_assert_cmpint (text.status, ==, NFE_EXIT_OK);
  g_assert_true (g_str_has_prefix (text.out, json_object_get_string_member (object, "headline")));
}

static void
test_usage_errors (void)
{
  g_autofree char *path = temp_path ("usage.nfproj");
  g_auto(Run) created = { 0 };
  g_auto(Run) unknown = { 0 };
  g_auto(Run) no_article = { 0 };
  g_auto(Run) two = { 0 };
  g_auto(Run) stray = { 0 };
  g_auto(Run) missing = { 0 };
  g_auto(Run) json_alone = { 0 };

  run (&created, "--new-project", path, NULL);

  run (&unknown, "--frobnicate", NULL);
  assert_one_line_error (&unknown, NFE_EXIT_USAGE, "--help");
  run (&no_article, "--show", path, NULL);
  assert_one_line_error (&no_article, NFE_EXIT_USAGE, "--article");
  run (&two, "--list", path, "--add-sample", path, NULL);
  assert_one_line_error (&two, NFE_EXIT_USAGE, "one command");
  run (&stray, "--list", path, "extra", NULL);
  assert_one_line_error (&stray, NFE_EXIT_USAGE, "extra");
  run (&json_alone, "--json", NULL);
  assert_one_line_error (&json_alone, NFE_EXIT_USAGE, "--show");

  /* A well-formed request that fails is 1, not 2. */
  run (&missing, "--show", path, "--article", "999", "--json", NULL);
  assert_one_line_error (&missing, NFE_EXIT_FAILED, "999");
}

static void
test_bad_files (void)
{
  g_autofree char *text = temp_path ("notes.txt");
  g_autofree char *foreign = temp_path ("other.db");
  g_autofree char *truncated = temp_path ("cut.nfproj");
  g_autofree char *source = temp_path ("whole.nfproj");
  const char *paths[] = { text, foreign, truncated };
  const char *parts[] = { "not a NextFin project", "another program", "damaged" };
  g_autofree char *contents = NULL;
  g_auto(Run) created = { 0 };
  g_auto(Run) sample = { 0 };
  gsize length;

  nfe_test_write_file (text, "Just some notes.\n", -1);
  nfe_test_sql (foreign, "CREATE TABLE t (x); INSERT INTO t VALUES (1);");

  /* One sample article already makes a file of some eighty pages, so half of
   * it misses pages the header counts. */
  run (&created, "--new-project", source, NULL);
  run (&sample, "--add-sample", source, NULL);
  g_assert_cmpint (sample.status, ==, NFE_EXIT_OK);
  g_file_get_contents (source, &contents, &length, NULL);
  nfe_test_write_file (truncated, contents, length / 2);

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autofree char *before = nfe_test_checksum (paths[i]);
      g_autofree char *after = NULL;
      g_auto(Run) listed = { 0 };
      g_auto(Run) shown = { 0 };
      g_auto(Run) added = { 0 };

      run (&listed, "--list", paths[i], NULL);
      assert_one_line_error (&listed, NFE_EXIT_FAILED, parts[i]);
      run (&shown, "--show", paths[i], "--article", "1", "--json", NULL);
      assert_one_line_error (&shown, NFE_EXIT_FAILED, parts[i]);
      run (&added, "--add-sample", paths[i], NULL);
      assert_one_line_error (&added, NFE_EXIT_FAILED, parts[i]);

      after = nfe_test_checksum (paths[i]);
      g_assert_cmpstr (before, ==, after);
    }
}

static void
test_render_html (void)
{
  g_autofree char *markdown = temp_path ("article.md");
  g_autofree char *binary = temp_path ("binary.md");
  g_autofree char *missing = temp_path ("missing.md");
  g_auto(Run) page = { 0 };
  g_auto(Run) not_text = { 0 };
  g_auto(Run) absent = { 0 };
  const char *parts[] = {
    "<!DOCTYPE html>", "<title>Oil &amp; gas &lt;rally&gt;</title>", "<h1>Oil &amp; gas &lt;rally&gt;</h1>",
    "<p>Crude rose <strong>4%</strong>.</p>", "<h2>Why</h2>", "</html>",
  };
  const char *p;

  nfe_test_write_file (markdown, "\n# Oil & gas <rally>\n\nCrude rose **4%**.\n\n## Why\n\nSupply.\n", -1);
  nfe_test_write_file (binary, "PK\003\004\0\0binary", 12);

  run (&page, "--render-html", markdown, NULL);
  g_assert_cmpint (page.status, ==, NFE_EXIT_OK);
  p = page.out;
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      p = strstr (p, parts[i]);
      g_assert_nonnull (p);
    }
  g_assert_null (strstr (page.out, "<script"));
  g_assert_null (strstr (page.out, "nfe-block"));

  run (&not_text, "--render-html", binary, NULL);
  assert_one_line_error (&not_text, NFE_EXIT_FAILED, "binary");
  run (&absent, "--render-html", missing, NULL);
  assert_one_line_error (&absent, NFE_EXIT_FAILED, "missing.md");
}

static void
test_summarize (void)
{
  g_autoptr(NfeArticle) sample = nfe_article_new_sample (NULL);
  g_autofree char *path = temp_path ("sample.md");
  g_autofree char *markdown = g_strdup_printf ("# %s\n\n%s", nfe_article_get_headline (sample),
                                               nfe_article_get_body (sample));
  g_auto(Run) summary = { 0 };
  g_auto(Run) again = { 0 };
  g_auto(GStrv) lines = NULL;
  guint n;

  nfe_test_write_file (path, markdown, -1);
  run (&summary, "--summarize", path, NULL);
  g_assert_cmpint (summary.status, ==, NFE_EXIT_OK);

  lines = g_strsplit (summary.out, "\n", -1);
  g_free (lines[g_strv_length (lines) - 1]);
  lines[g_strv_length (lines) - 1] = NULL;
  n = g_strv_length (lines);
  g_assert_cmpuint (n, >=, 3);
  g_assert_cmpuint (n, <=, 5);
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpuint (nfe_text_count_words (lines[i], -1), <=, 30);
      g_assert_true (g_str_has_suffix (lines[i], "."));
    }

  /* The same article gives the same bullets. */
  run (&again, "--summarize", path, NULL);
  g_assert_cmpstr (again.out, ==, summary.out);
}

static void
test_generate (void)
{
  g_autofree char *path = temp_path ("generate.nfproj");
  g_auto(Run) created = { 0 };
  g_auto(Run) added = { 0 };
  g_auto(Run) replaced = { 0 };
  g_auto(Run) appended = { 0 };
  g_auto(Run) no_kind = { 0 };
  g_auto(Run) stray = { 0 };
  g_autofree char *rows = NULL;
  g_autofree char *id = NULL;

  run (&created, "--new-project", path, NULL);
  run (&added, "--add-sample", path, NULL);
  id = g_strstrip (g_strdup (added.out));
  nfe_test_sql (path, "UPDATE summary_bullet SET locked = 1 WHERE position = 0");

  run (&replaced, "--generate", path, "--article", id, "--summary", "--replace", NULL);
  g_assert_cmpint (replaced.status, ==, NFE_EXIT_OK);
  rows = nfe_test_sql_text (path, "SELECT count(*) || ':' || sum(locked) || ':' ||"
                                  " sum(generator = 'builtin-1') FROM summary_bullet");
  g_test_message ("after --replace: %s", rows);
  {
    int total = 0, locked = 0, generated = 0;

    /* The locked bullet stays; the others are the generator's. */
    g_assert_cmpint (sscanf (rows, "%d:%d:%d", &total, &locked, &generated), ==, 3);
    g_assert_cmpint (total, >=, 3);
    g_assert_cmpint (locked, ==, 1);
    g_assert_cmpint (generated, ==, total - 1);
  }

  /* Without --replace everything stays and one more comes. */
  g_free (rows);
  rows = nfe_test_sql_text (path, "SELECT count(*) FROM summary_bullet");
  run (&appended, "--generate", path, "--article", id, "--summary", NULL);
  g_assert_cmpint (appended.status, ==, NFE_EXIT_OK);
  {
    g_autofree char *count = nfe_test_sql_text (path, "SELECT count(*) FROM summary_bullet");

    g_assert_cmpint (g_ascii_strtoll (count, NULL, 10), >=, g_ascii_strtoll (rows, NULL, 10));
  }

  run (&no_kind, "--generate", path, "--article", id, NULL);
  assert_one_line_error (&no_kind, NFE_EXIT_USAGE, "--summary");
  run (&stray, "--summary", NULL);
  assert_one_line_error (&stray, NFE_EXIT_USAGE, "--generate");
}

static void
test_questions (void)
{
  /* A story the generator is sure to ask of on a first run: the
   * sample, a results beat, now gets nothing until asked again. */
  g_autofree char *file = g_test_build_filename (G_TEST_DIST, "articles",
                                                 "telecom-merger-remedies.md", NULL);
  g_autofree char *project = temp_path ("questions.nfproj");
  g_auto(Run) printed = { 0 };
  g_auto(Run) created = { 0 };
  g_auto(Run) added = { 0 };
  g_auto(Run) generated = { 0 };
  g_auto(Run) again = { 0 };
  g_auto(Run) replace = { 0 };
  g_auto(GStrv) lines = NULL;
  g_autofree char *id = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *after_again = NULL;

  run (&printed, "--questions", file, NULL);
  g_assert_cmpint (printed.status, ==, NFE_EXIT_OK);
  lines = g_strsplit (printed.out, "\n", -1);
  /* At least one question (the generator holds back those that would fit
   * any story where the article gives its own), and the empty piece after
   * the last line. */
  g_assert_cmpuint (g_strv_length (lines), >=, 2);
  for (guint i = 0; lines[i + 1] != NULL; i++)
    g_assert_true (g_str_has_suffix (lines[i], "?"));

  /* In a project they are added as candidates, beside the decided ones,
   * and never twice. */
  run (&created, "--new-project", project, NULL);
  run (&added, "--add-sample", project, NULL);
  id = g_strstrip (g_strdup (added.out));
  before = nfe_test_sql_text (project, "SELECT count(*) FROM question WHERE state = 'accepted'");
  run (&generated, "--generate", project, "--article", id, "--questions", NULL);
  g_assert_cmpint (generated.status, ==, NFE_EXIT_OK);
  after = nfe_test_sql_text (project, "SELECT count(*) || ':' || sum(state = 'accepted') || ':' ||"
                                      " sum(state = 'candidate') FROM question");
  g_test_message ("questions after --generate: %s", after);
  {
    int total = 0, accepted = 0, candidates = 0;

    g_assert_cmpint (sscanf (after, "%d:%d:%d", &total, &accepted, &candidates), ==, 3);
    g_assert_cmpint (accepted, ==, g_ascii_strtoll (before, NULL, 10));
    g_assert_cmpint (candidates, >=, 1);
  }

  /* Asking again offers nothing that is there already. */
  run (&again, "--generate", project, "--article", id, "--questions", NULL);
  g_assert_cmpint (again.status, ==, NFE_EXIT_OK);
  after_again = nfe_test_sql_text (project, "SELECT count(*) = count(DISTINCT lower(text)) FROM question");
  g_assert_cmpstr (after_again, ==, "1");

  run (&replace, "--generate", project, "--article", id, "--questions", "--replace", NULL);
  assert_one_line_error (&replace, NFE_EXIT_USAGE, "--replace");
}

static void
test_import_export (void)
{
  g_autofree char *dir = nfe_test_make_dir ();
  g_autofree char *project = g_build_filename (dir, "desk.nfproj", NULL);
  g_autofree char *copy = g_build_filename (dir, "copy.nfproj", NULL);
  g_autofree char *good = g_build_filename (dir, "good.md", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.md", NULL);
  g_autofree char *html_dir = g_build_filename (dir, "site", NULL);
  g_autofree char *md_dir = g_build_filename (dir, "markdown", NULL);
  g_autofree char *index = g_build_filename (html_dir, "index.html", NULL);
  g_autofree char *index_html = NULL;
  g_autofree char *sample_id = NULL;
  g_autofree char *exported = NULL;
  g_auto(Run) created = { 0 };
  g_auto(Run) created_copy = { 0 };
  g_auto(Run) added = { 0 };
  g_auto(Run) imported = { 0 };
  g_auto(Run) html = { 0 };
  g_auto(Run) markdown = { 0 };
  g_auto(Run) reimported = { 0 };
  g_auto(Run) original = { 0 };
  g_auto(Run) round_trip = { 0 };
  g_auto(Run) no_into = { 0 };
  g_autoptr(GDir) listing = NULL;
  g_autoptr(JsonNode) a = NULL;
  g_autoptr(JsonNode) b = NULL;
  const char *name;

  run (&created, "--new-project", project, NULL);
  run (&added, "--add-sample", project, NULL);
  sample_id = g_strstrip (g_strdup (added.out));

  /* One good file, one that is not text: the good one still imports. */
  nfe_test_write_file (good, "# Copper hits a record\n\nPrices rose 4% on Tuesday.\n", -1);
  nfe_test_write_file (bad, "\x89PNG\r\n\x1a\n\0\0\0binary", 16);
  run (&imported, "--import", good, bad, "--into", project, NULL);
  g_assert_cmpint (imported.status, ==, NFE_EXIT_FAILED);
  g_assert_cmpint (g_ascii_strtoll (imported.out, NULL, 10), >, 0);
  g_assert_nonnull (strstr (imported.err, "bad.md"));
  run (&no_into, "--import", good, NULL);
  assert_one_line_error (&no_into, NFE_EXIT_USAGE, "--into");

  /* The whole project as web pages, with an index linking them. */
  run (&html, "--export-html", project, "--out", html_dir, NULL);
  g_assert_cmpint (html.status, ==, NFE_EXIT_OK);
  g_file_get_contents (index, &index_html, NULL, NULL);
  g_assert_nonnull (index_html);
  listing = g_dir_open (html_dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    if (!g_str_equal (name, "index.html"))
      {
        g_autofree char *path = g_build_filename (html_dir, name, NULL);
        g_autofree char *page = NULL;

        g_assert_nonnull (strstr (index_html, name));
        g_file_get_contents (path, &page, NULL, NULL);
        g_assert_nonnull (strstr (page, "<h1>"));
      }

  /* Markdown out and back in gives the same article. */
  run (&markdown, "--export-markdown", project, "--article", sample_id, "--out", md_dir, NULL);
  g_assert_cmpint (markdown.status, ==, NFE_EXIT_OK);
  g_clear_pointer (&listing, g_dir_close);
  listing = g_dir_open (md_dir, 0, NULL);
  name = g_dir_read_name (listing);
  g_assert_nonnull (name);
  exported = g_build_filename (md_dir, name, NULL);
  run (&created_copy, "--new-project", copy, NULL);
  run (&reimported, "--import", exported, "--into", copy, NULL);
  g_assert_cmpint (reimported.status, ==, NFE_EXIT_OK);

  run (&original, "--show", project, "--article", sample_id, "--json", NULL);
  run (&round_trip, "--show", copy, "--article", g_strstrip (reimported.out), "--json", NULL);
  a = json_from_string (original.out, NULL);
  b = json_from_string (round_trip.out, NULL);
  json_object_remove_member (json_node_get_object (a), "id");
  json_object_remove_member (json_node_get_object (b), "id");
  g_assert_true (json_node_equal (a, b));
}

static void
test_search (void)
{
  g_autofree char *path = temp_path ("search.nfproj");
  g_auto(Run) created = { 0 };
  g_auto(Run) added = { 0 };
  g_auto(Run) listed = { 0 };
  g_auto(Run) found = { 0 };
  g_auto(Run) hostile = { 0 };
  g_auto(Run) none = { 0 };
  g_auto(Run) no_query = { 0 };
  g_auto(Run) missing = { 0 };
  g_auto(Run) extra = { 0 };
  g_auto(GStrv) list_fields = NULL;
  g_auto(GStrv) fields = NULL;
  g_autofree char *word = NULL;
  const char *p;

  run (&created, "--new-project", path, NULL);
  run (&added, "--add-sample", path, NULL);
  g_assert_cmpint (added.status, ==, NFE_EXIT_OK);
  run (&listed, "--list", path, NULL);
  list_fields = g_strsplit (listed.out, "\t", 3);
  g_assert_cmpuint (g_strv_length (list_fields), ==, 3);

  /* Looks for the longest word of the sample's headline. */
  for (p = list_fields[2]; *p != '\0'; )
    {
      const char *start = p;

      while (g_ascii_isalpha (*p))
        p++;
      if (p - start > (gssize) (word ? strlen (word) : 0))
        {
          g_free (word);
          word = g_strndup (start, p - start);
        }
      if (*p != '\0')
        p++;
    }
  g_assert_nonnull (word);

  run (&found, "--search", path, word, NULL);
  g_assert_cmpint (found.status, ==, NFE_EXIT_OK);
  g_assert_cmpstr (found.err, ==, "");
  fields = g_strsplit (found.out, "\t", -1);
  g_assert_cmpuint (g_strv_length (fields), ==, 3);
  g_assert_cmpstr (fields[0], ==, g_strstrip (added.out));
  g_assert_cmpstr (g_strstrip (fields[1]), ==, g_strstrip (list_fields[2]));
  g_assert_nonnull (strstr (fields[2], "«"));
  g_assert_true (g_str_has_suffix (found.out, "\n"));
  g_assert_true (strchr (found.out, '\n') == found.out + strlen (found.out) - 1);

  run (&hostile, "--search", path, "\"(NEAR AND * :", NULL);
  g_assert_cmpint (hostile.status, ==, NFE_EXIT_OK);
  g_assert_cmpstr (hostile.err, ==, "");

  run (&none, "--search", path, "qqqqzzzz", NULL);
  g_assert_cmpint (none.status, ==, NFE_EXIT_OK);
  g_assert_cmpstr (none.out, ==, "");

  run (&no_query, "--search", path, NULL);
  assert_one_line_error (&no_query, NFE_EXIT_USAGE, "--search");

  run (&extra, "--search", path, "one", "two", NULL);
  assert_one_line_error (&extra, NFE_EXIT_USAGE, "two");

  run (&missing, "--search", "/nonexistent/none.nfproj", "word", NULL);
  assert_one_line_error (&missing, NFE_EXIT_FAILED, "none.nfproj");
}

/* Two articles: one moved through review, one left a draft. */
static void
test_review (void)
{
  g_autofree char *path = temp_path ("review.nfproj");
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *changes = NULL;
  g_auto(Run) created = { 0 };
  g_auto(Run) added1 = { 0 };
  g_auto(Run) added2 = { 0 };
  g_auto(Run) to_review = { 0 };
  g_auto(Run) refused = { 0 };
  g_auto(Run) bad_status = { 0 };
  g_auto(Run) no_status = { 0 };
  g_auto(Run) no_article = { 0 };
  g_auto(Run) list_review = { 0 };
  g_auto(Run) list_draft = { 0 };
  g_auto(Run) list_published = { 0 };
  g_auto(Run) list_bad = { 0 };
  g_auto(Run) status_alone = { 0 };
  g_auto(Run) note_alone = { 0 };
  g_auto(Run) revisions = { 0 };
  g_auto(Run) no_revisions = { 0 };
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) fields = NULL;
  g_autoptr(GDateTime) time = NULL;

  run (&created, "--new-project", path, NULL);
  run (&added1, "--add-sample", path, NULL);
  run (&added2, "--add-sample", path, NULL);
  g_assert_cmpint (added2.status, ==, NFE_EXIT_OK);
  first = g_strstrip (g_strdup (added1.out));
  second = g_strstrip (g_strdup (added2.out));

  run (&to_review, "--set-status", path, "--article", first, "in-review",
       "--note", "Please check\tthe figures", NULL);
  g_assert_cmpint (to_review.status, ==, NFE_EXIT_OK);
  g_assert_cmpstr (to_review.err, ==, "");
  expected = g_strdup_printf ("%s\tin-review\n", first);
  g_assert_cmpstr (to_review.out, ==, expected);

  run (&refused, "--set-status", path, "--article", first, "published", NULL);
  assert_one_line_error (&refused, NFE_EXIT_FAILED,
                         "An article in review cannot go straight to published; approve it first");

  run (&bad_status, "--set-status", path, "--article", first, "finished", NULL);
  assert_one_line_error (&bad_status, NFE_EXIT_USAGE, "“finished” is not a status");
  run (&no_status, "--set-status", path, "--article", first, NULL);
  assert_one_line_error (&no_status, NFE_EXIT_USAGE, "--set-status");
  run (&no_article, "--set-status", path, "approved", NULL);
  assert_one_line_error (&no_article, NFE_EXIT_USAGE, "--article");

  changes = nfe_test_sql_text (path, "SELECT group_concat (from_status || '>' || to_status"
                                     " || ':' || note, '|') FROM status_change");
  g_assert_cmpstr (changes, ==, "draft>in-review:Please check\tthe figures");

  run (&list_review, "--list", path, "--status", "in-review", NULL);
  g_assert_cmpint (list_review.status, ==, NFE_EXIT_OK);
  g_free (expected);
  expected = g_strdup_printf ("%s\tin-review\t", first);
  g_assert_true (g_str_has_prefix (list_review.out, expected));
  g_assert_true (strchr (list_review.out, '\n') == list_review.out + strlen (list_review.out) - 1);

  run (&list_draft, "--list", path, "--status", "draft", NULL);
  g_assert_cmpint (list_draft.status, ==, NFE_EXIT_OK);
  g_free (expected);
  expected = g_strdup_printf ("%s\tdraft\t", second);
  g_assert_true (g_str_has_prefix (list_draft.out, expected));
  g_assert_true (strchr (list_draft.out, '\n') == list_draft.out + strlen (list_draft.out) - 1);

  run (&list_published, "--list", path, "--status", "published", NULL);
  g_assert_cmpint (list_published.status, ==, NFE_EXIT_OK);
  g_assert_cmpstr (list_published.out, ==, "");

  run (&list_bad, "--list", path, "--status", "done", NULL);
  assert_one_line_error (&list_bad, NFE_EXIT_USAGE, "“done” is not a status");
  run (&status_alone, "--status", "draft", NULL);
  assert_one_line_error (&status_alone, NFE_EXIT_USAGE, "--status goes with --list");
  run (&note_alone, "--list", path, "--note", "x", NULL);
  assert_one_line_error (&note_alone, NFE_EXIT_USAGE, "--note goes with --set-status");

  run (&revisions, "--revisions", path, "--article", first, NULL);
  g_assert_cmpint (revisions.status, ==, NFE_EXIT_OK);
  g_assert_cmpstr (revisions.err, ==, "");
  lines = g_strsplit (revisions.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 2);
  g_assert_cmpstr (lines[1], ==, "");
  fields = g_strsplit (lines[0], "\t", -1);
  g_assert_cmpuint (g_strv_length (fields), ==, 5);
  g_assert_cmpint (g_ascii_strtoll (fields[0], NULL, 10), >, 0);
  time = g_date_time_new_from_iso8601 (fields[1], NULL);
  g_assert_nonnull (time);
  g_assert_cmpstr (fields[2], !=, "");
  g_assert_cmpint (g_ascii_strtoll (fields[3], NULL, 10), >, 100);
  g_assert_true (g_str_has_prefix (fields[4], "Status: In review"));
  g_assert_nonnull (strstr (fields[4], "Please check the figures"));

  run (&no_revisions, "--revisions", path, "--article", second, NULL);
  g_assert_cmpint (no_revisions.status, ==, NFE_EXIT_OK);
  g_assert_cmpstr (no_revisions.out, ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/nfe/cli/version-help", test_version_help);
  g_test_add_func ("/nfe/cli/new-project", test_new_project);
  g_test_add_func ("/nfe/cli/sample-list-show", test_sample_list_show);
  g_test_add_func ("/nfe/cli/usage-errors", test_usage_errors);
  g_test_add_func ("/nfe/cli/bad-files", test_bad_files);
  g_test_add_func ("/nfe/cli/render-html", test_render_html);
  g_test_add_func ("/nfe/cli/summarize", test_summarize);
  g_test_add_func ("/nfe/cli/generate", test_generate);
  g_test_add_func ("/nfe/cli/questions", test_questions);
  g_test_add_func ("/nfe/cli/import-export", test_import_export);
  g_test_add_func ("/nfe/cli/search", test_search);
  g_test_add_func ("/nfe/cli/review", test_review);

  return g_test_run ();
}
