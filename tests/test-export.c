/* test-export.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "nfe-export.h"
#include "nfe-front-matter.h"
#include "nfe-test-util.h"

#define HOSTILE_HEADLINE  "</title><script>alert(1)</script>"
#define HOSTILE_BYLINE    "By \"Ana\" O'Neil <b>"
#define HOSTILE_AUTHOR    "\"Ana\" O'Neil <b>"
#define HOSTILE_BULLET    "Yields fell <img src=x onerror=alert(1)> & more"
#define HOSTILE_QUESTION  "\"><script>alert(3)</script>"
#define JSON_LD_OPEN      "<script type=\"application/ld+json\">"

static NfeArticle *
make_hostile_article (void)
{
  NfeArticle *article = nfe_article_new ();
  g_autoptr(NfeBullet) bullet = nfe_bullet_new (HOSTILE_BULLET, NFE_ORIGIN_GENERATED);
  g_autoptr(NfeBullet) second = nfe_bullet_new ("Second bullet", NFE_ORIGIN_MANUAL);
  g_autoptr(NfeQuestion) question = nfe_question_new (HOSTILE_QUESTION,
                                                      NFE_QUESTION_STATE_ACCEPTED,
                                                      NFE_ORIGIN_GENERATED);

  nfe_article_set_headline (article, HOSTILE_HEADLINE);
  nfe_article_set_field (article, NFE_ARTICLE_FIELD_BYLINE, HOSTILE_BYLINE);
  nfe_article_set_field (article, NFE_ARTICLE_FIELD_SOURCE, "Wire <i>\"x\"</i>");
  nfe_article_set_field (article, NFE_ARTICLE_FIELD_DATELINE, "NextFin News - ");
  nfe_article_set_field (article, NFE_ARTICLE_FIELD_CLOSING, "Explore more at <a href=x>nextfin</a>.");
  nfe_article_set_body (article,
                        "Shares <script>alert(4)</script> rose <b onmouseover=alert(5)>3%</b> "
                        "&amp; fell.\n\n"
                        "<iframe src=\"https://evil.example/\"></iframe>\n\n"
                        "[a link](javascript:alert(6)) and [a site](https://example.com/a?b=1&c=2)\n\n"
                        "![chart of yields](https://evil.example/chart.png)\n\n"
                        "<img src=\"https://evil.example/pixel.gif\" onerror=\"alert(7)\">\n");
  nfe_article_add_bullet (article, bullet);
  nfe_article_add_bullet (article, second);
  nfe_article_add_question (article, question);

  return article;
}

/* Returns the text of the JSON-LD element. */
static char *
dup_json_ld (const char *page)
{
  const char *open = strstr (page, JSON_LD_OPEN);
  const char *close;

  g_assert_nonnull (open);
  open += strlen (JSON_LD_OPEN);
  close = strstr (open, "</script>");
  g_assert_nonnull (close);
  /* Exactly one. */
  g_assert_null (strstr (close + 1, JSON_LD_OPEN));

  return g_strndup (open, close - open);
}

static JsonObject *
parse_json_ld (const char *page)
{
  g_autofree char *json = dup_json_ld (page);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonNode *root;

  /* Nothing in the data can end the element or open a comment in it. */
  g_assert_null (strstr (json, "</"));
  g_assert_null (strstr (json, "<!--"));

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  root = json_parser_get_root (parser);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));

  return json_object_ref (json_node_get_object (root));
}

static gboolean
is_remote_url (const char *url)
{
  return g_ascii_strncasecmp (url, "http:", 5) == 0
         || g_ascii_strncasecmp (url, "https:", 6) == 0
         || g_str_has_prefix (url, "//");
}

/* Walks every tag of @page (all text is escaped, so each "<" starts one)
 * and checks what could run script or fetch from elsewhere. */
static void
assert_page_inert (const char *page)
{
  const char *p = page;
  guint n_scripts = 0;

  while ((p = strchr (p, '<')) != NULL)
    {
      const char *end = strchr (p, '>');
      g_autofree char *tag = NULL;
      g_autofree char *name = NULL;
      g_autoptr(GRegex) attribute_re = NULL;
      g_autoptr(GMatchInfo) match = NULL;

      g_assert_nonnull (end);
      tag = g_strndup (p, end - p + 1);

      if (tag[1] == '/' || tag[1] == '!')
        {
          p = end + 1;
          continue;
        }

      name = g_ascii_strdown (tag + 1, strcspn (tag + 1, " \t\n>"));
      attribute_re = g_regex_new ("\\s([^\\s=>]+)(?:=\"([^\"]*)\")?", 0, 0, NULL);
      g_regex_match (attribute_re, tag, 0, &match);
      while (g_match_info_matches (match))
        {
          g_autofree char *attribute = g_match_info_fetch (match, 1);
          g_autofree char *value = g_match_info_fetch (match, 2);

          if (g_ascii_strncasecmp (attribute, "on", 2) == 0)
            g_error ("An event handler in %s", tag);
          if (value != NULL && g_ascii_strncasecmp (value, "javascript:", 11) == 0)
            g_error ("A javascript: URL in %s", tag);
          if ((strcmp (name, "img") == 0 || strcmp (name, "link") == 0
               || strcmp (name, "script") == 0 || strcmp (name, "iframe") == 0)
              && (strcmp (attribute, "src") == 0 || strcmp (attribute, "href") == 0)
              && value != NULL && is_remote_url (value))
            g_error ("A remote resource in %s", tag);
          g_match_info_next (match, NULL);
        }

      g_assert_cmpstr (name, !=, "iframe");
      g_assert_cmpstr (name, !=, "link");
      if (strcmp (name, "script") == 0)
        {
          /* The one script element is data; skip its text. */
          g_assert_cmpstr (tag, ==, JSON_LD_OPEN);
          n_scripts++;
          end = strstr (end, "</script>");
          g_assert_nonnull (end);
        }

      p = end + 1;
    }

  g_assert_cmpuint (n_scripts, ==, 1);
}

static void
test_page_hostile (void)
{
  NfeArticle *article = make_hostile_article ();
  g_autofree char *page = nfe_export_page (article);
  g_autoptr(JsonObject) json_ld = parse_json_ld (page);
  JsonObject *author;
  JsonObject *publisher;

  assert_page_inert (page);

  g_assert_true (g_str_has_prefix (page, "<!DOCTYPE html>"));
  g_assert_nonnull (strstr (page, "<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>"));
  g_assert_nonnull (strstr (page, "<meta property=\"og:title\" content=\"&lt;/title&gt;&lt;script&gt;"
                                  "alert(1)&lt;/script&gt;\">"));
  g_assert_nonnull (strstr (page, "<meta name=\"description\" content=\"Yields fell &lt;img src=x "
                                  "onerror=alert(1)&gt; &amp; more\">"));
  g_assert_nonnull (strstr (page, "<meta property=\"og:description\" content=\"Yields fell &lt;img "
                                  "src=x onerror=alert(1)&gt; &amp; more\">"));
  g_assert_nonnull (strstr (page, "<meta name=\"author\" content=\"&quot;Ana&quot; O&#39;Neil &lt;b&gt;\">"));
  g_assert_nonnull (strstr (page, "<meta property=\"og:type\" content=\"article\">"));
  g_assert_nonnull (strstr (page, "<meta property=\"og:site_name\" content=\"NextFin\">"));
  g_assert_nonnull (strstr (page, "&quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt;"));
  /* Nothing fetched: the remote image is shown as its description. */
  g_assert_nonnull (strstr (page, "chart of yields"));
  g_assert_null (strstr (page, "evil.example/chart.png\""));
  g_assert_nonnull (strstr (page, "img-src data:;"));

  g_assert_cmpstr (json_object_get_string_member (json_ld, "@context"), ==, "https://schema.org");
  g_assert_cmpstr (json_object_get_string_member (json_ld, "@type"), ==, "NewsArticle");
  g_assert_cmpstr (json_object_get_string_member (json_ld, "headline"), ==, HOSTILE_HEADLINE);
  g_assert_cmpstr (json_object_get_string_member (json_ld, "description"), ==, HOSTILE_BULLET);
  author = json_object_get_object_member (json_ld, "author");
  g_assert_cmpstr (json_object_get_string_member (author, "@type"), ==, "Person");
  g_assert_cmpstr (json_object_get_string_member (author, "name"), ==, HOSTILE_AUTHOR);
  publisher = json_object_get_object_member (json_ld, "publisher");
  g_assert_cmpstr (json_object_get_string_member (publisher, "@type"), ==, "Organization");
  g_assert_cmpstr (json_object_get_string_member (publisher, "name"), ==, "NextFin");
  g_assert_true (json_object_has_member (json_ld, "datePublished"));

  g_assert_finalize_object (article);
}

static void
test_page_description (void)
{
  NfeArticle *article = nfe_article_new ();
  g_autofree char *page = NULL;
  g_autoptr(JsonObject) json_ld = NULL;
  const char *description;
  GString *body = g_string_new ("## Outlook\n\nThe **first** paragraph, with [a link](https://x.example/) "
                                "&amp; an ampersand, is the description");

  for (guint i = 0; i < 30; i++)
    g_string_append (body, " and goes on");
  g_string_append (body, ".\n\nSecond paragraph.\n");
  nfe_article_set_headline (article, "Outlook");
  nfe_article_set_field (article, NFE_ARTICLE_FIELD_DATELINE, "NextFin News - ");
  nfe_article_set_body (article, body->str);
  g_string_free (body, TRUE);

  page = nfe_export_page (article);
  json_ld = parse_json_ld (page);
  description = json_object_get_string_member (json_ld, "description");

  /* The first paragraph's text, not its markup nor the dateline, ending
   * on a whole word. */
  g_assert_true (g_str_has_prefix (description,
                                   "The first paragraph, with a link & an ampersand, is the description and"));
  g_assert_true (g_str_has_suffix (description, " and…") || g_str_has_suffix (description, " goes…")
                 || g_str_has_suffix (description, " on…"));
  g_assert_cmpuint (g_utf8_strlen (description, -1), <=, 161);
  g_assert_nonnull (strstr (page, "<meta name=\"description\" content=\"The first paragraph, with a link "
                                  "&amp; an ampersand, is"));
  /* No byline, no author. */
  g_assert_null (strstr (page, "name=\"author\""));
  g_assert_false (json_object_has_member (json_ld, "author"));
  assert_page_inert (page);

  g_assert_finalize_object (article);
}

static void
test_slugify (void)
{
  static const struct { const char *headline; const char *slug; } cases[] = {
    { "Bond yields fall", "bond-yields-fall" },
    { "Café Société: Q3 résultats à 5,2 %", "cafe-societe-q3-resultats-a-5-2" },
    { "  --Fed's  \"pivot\"?!  ", "fed-s-pivot" },
    { "Straße über Ærø", "strasse-uber-aeroe" },
    { "", "article" },
    { "!!! ???", "article" },
    { "日本株", "article" },
    { "</title><script>alert(1)</script>", "title-script-alert-1-script" },
  };
  g_autofree char *long_slug = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *slug = nfe_export_slugify (cases[i].headline);

      g_assert_cmpstr (slug, ==, cases[i].slug);
    }

  long_slug = nfe_export_slugify ("Markets rally as central banks signal a slower pace of rate "
                                  "increases through the end of the year");
  g_assert_cmpuint (strlen (long_slug), <=, 60);
  g_assert_cmpstr (long_slug, ==, "markets-rally-as-central-banks-signal-a-slower-pace-of-rate");
}

static char *
read_file (GFile      *dir,
           const char *name)
{
  g_autoptr(GFile) file = g_file_get_child (dir, name);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_load_contents (file, NULL, &contents, NULL, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static gboolean
has_file (GFile      *dir,
          const char *name)
{
  g_autoptr(GFile) file = g_file_get_child (dir, name);

  return g_file_query_exists (file, NULL);
}

static guint
count_files (GFile *dir)
{
  g_autoptr(GFileEnumerator) files = NULL;
  g_autoptr(GError) error = NULL;
  GFileInfo *info;
  guint n = 0;

  files = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME, 0, NULL, &error);
  g_assert_no_error (error);
  while ((info = g_file_enumerator_next_file (files, NULL, &error)) != NULL)
    {
      n++;
      g_object_unref (info);
    }
  g_assert_no_error (error);
  return n;
}

/* Runs the real validator, html-validate from npm, which
 * build-aux/install-deps test puts in tests/html-validate. Missing, it is
 * a failure: a test that passes without checking anything is worse than
 * none. */
static void
assert_valid_html (GFile      *dir,
                   const char *const *names)
{
  g_autofree char *validator = g_test_build_filename (G_TEST_DIST, "html-validate", "node_modules",
                                                      ".bin", "html-validate", NULL);
  g_autofree char *config = g_test_build_filename (G_TEST_DIST, "html-validate",
                                                   ".htmlvalidate.json", NULL);
  g_autofree char *workdir = g_test_build_filename (G_TEST_DIST, "html-validate", NULL);
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (!g_file_test (validator, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_fail_printf ("%s is missing; run build-aux/install-deps test", validator);
      return;
    }

  g_ptr_array_add (argv, g_strdup (validator));
  g_ptr_array_add (argv, g_strdup ("--config"));
  g_ptr_array_add (argv, g_strdup (config));
  g_ptr_array_add (argv, g_strdup ("--formatter"));
  g_ptr_array_add (argv, g_strdup ("text"));
  g_ptr_array_add (argv, g_strdup ("--max-warnings"));
  g_ptr_array_add (argv, g_strdup ("0"));
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_get_child (dir, names[i]);

      g_ptr_array_add (argv, g_file_get_path (file));
    }
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (workdir, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_test_fail_printf ("html-validate rejects the export (%s):\n%s%s", error->message, out, err);
  else
    g_test_message ("html-validate: %u files valid", g_strv_length ((char **) names));
}

typedef struct
{
  char       *dir;
  GFile      *project_file;
  NfeProject *project;
} Fixture;

static void
insert (NfeProject *project,
        NfeArticle *article)
{
  g_autoptr(GError) error = NULL;

  nfe_project_insert_article (project, article, &error);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  static const char * const headlines[] = {
    "Bond yields fall", "Ça monte: l’euro à 1,10 $", "", "Bond Yields Fall!", "Index",
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  NfeProject *project;

  fixture->dir = nfe_test_make_dir ();
  path = g_build_filename (fixture->dir, "desk.nfproj", NULL);
  fixture->project_file = g_file_new_for_path (path);

  project = nfe_project_create (fixture->project_file, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (headlines); i++)
    {
      g_autoptr(NfeArticle) article = nfe_article_new ();
      g_autoptr(NfeBullet) bullet = nfe_bullet_new ("Yields fell.", NFE_ORIGIN_GENERATED);

      nfe_article_set_headline (article, headlines[i]);
      nfe_article_set_field (article, NFE_ARTICLE_FIELD_BYLINE, "By Ana Ruiz");
      nfe_article_set_body (article, "Yields fell on Monday.\n\n## Outlook\n\nMore to come.\n");
      nfe_article_set_status (article, i % 4);
      nfe_article_add_bullet (article, bullet);
      insert (project, article);
    }
  {
    g_autoptr(NfeArticle) article = make_hostile_article ();

    insert (project, article);
  }
  nfe_project_close (project);
  g_assert_finalize_object (project);

  /* Opened again, the articles are listed but not loaded: export must
   * load each. */
  fixture->project = nfe_project_open (fixture->project_file, NFE_PROJECT_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  nfe_project_close (fixture->project);
  g_assert_finalize_object (fixture->project);
  g_object_unref (fixture->project_file);
  g_free (fixture->dir);
}

/* The names export must give the articles, in the project's order: each
 * duplicate after the first takes a number, and "index" is the index's. */
static GPtrArray *
expected_names (NfeProject *project)
{
  GListModel *articles = nfe_project_get_articles (project);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(NfeArticle) article = g_list_model_get_item (articles, i);
      const char *headline = nfe_article_get_headline (article);
      const char *base;
      guint n;

      if (g_str_has_prefix (headline, "Bond"))
        base = "bond-yields-fall";
      else if (g_str_has_prefix (headline, "Ça"))
        base = "ca-monte-l-euro-a-1-10";
      else if (*headline == '\0')
        base = "article";
      else if (strcmp (headline, "Index") == 0)
        base = "index";
      else
        base = "title-script-alert-1-script";

      n = GPOINTER_TO_UINT (g_hash_table_lookup (seen, base));
      if (strcmp (base, "index") == 0 && n == 0)
        n = 1;
      g_hash_table_insert (seen, g_strdup (base), GUINT_TO_POINTER (n + 1));
      g_ptr_array_add (names, n == 0 ? g_strdup (base) : g_strdup_printf ("%s-%u", base, n + 1));
    }

  return names;
}

static void
test_project_export (Fixture       *fixture,
                     gconstpointer  data)
{
  GListModel *articles = nfe_project_get_articles (fixture->project);
  g_autoptr(GPtrArray) names = expected_names (fixture->project);
  g_autofree char *out_path = g_build_filename (fixture->dir, "out", "site", NULL);
  g_autoptr(GFile) out = g_file_new_for_path (out_path);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *index = NULL;
  const char *last_link = NULL;

  g_assert_true (nfe_export_project (fixture->project, out, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_files (out), ==, g_list_model_get_n_items (articles) + 1);
  g_assert_cmpuint (names->len, ==, 6);

  index = read_file (out, "index.html");
  for (guint i = 0; i < names->len; i++)
    {
      g_autoptr(NfeArticle) article = g_list_model_get_item (articles, i);
      g_autofree char *file_name = g_strconcat (g_ptr_array_index (names, i), ".html", NULL);
      g_autofree char *link = g_strdup_printf ("<a href=\"%s\">", file_name);
      g_autofree char *page = NULL;
      g_autoptr(JsonObject) json_ld = NULL;
      g_autoptr(GDateTime) created = NULL;
      g_autofree char *iso = NULL;
      g_autofree char *expected_page = NULL;
      const char *found;

      g_test_message ("%s", file_name);
      g_assert_true (has_file (out, file_name));
      page = read_file (out, file_name);
      expected_page = nfe_export_page (article);
      g_assert_cmpstr (page, ==, expected_page);
      assert_page_inert (page);

      json_ld = parse_json_ld (page);
      g_assert_cmpstr (json_object_get_string_member (json_ld, "headline"), ==,
                       *nfe_article_get_headline (article) ? nfe_article_get_headline (article)
                                                           : "NextFin");
      created = g_date_time_new_from_unix_utc (nfe_article_get_created (article));
      iso = g_date_time_format_iso8601 (created);
      g_assert_cmpstr (json_object_get_string_member (json_ld, "datePublished"), ==, iso);

      /* The index links every article, in the project's order. */
      found = strstr (index, link);
      g_assert_nonnull (found);
      g_assert_true (last_link == NULL || found > last_link);
      last_link = found;

      g_ptr_array_add (files, g_steal_pointer (&file_name));
    }
  g_assert_nonnull (strstr (index, "&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</a>"));
  g_assert_nonnull (strstr (index, "<span class=\"status\">In review</span>"));
  g_assert_null (strstr (index, "<script"));
  g_ptr_array_add (files, g_strdup ("index.html"));
  g_ptr_array_add (files, NULL);

  assert_valid_html (out, (const char * const *) files->pdata);
}

static void
test_project_export_one (Fixture       *fixture,
                         gconstpointer  data)
{
  GListModel *articles = nfe_project_get_articles (fixture->project);
  g_autoptr(GPtrArray) names = expected_names (fixture->project);
  g_autofree char *out_path = g_build_filename (fixture->dir, "one", NULL);
  g_autoptr(GFile) out = g_file_new_for_path (out_path);
  g_autoptr(GError) error = NULL;
  guint position = 0;
  g_autoptr(NfeArticle) article = NULL;
  g_autofree char *file_name = NULL;

  /* A later duplicate keeps its number when exported alone. */
  for (guint i = 1; i < names->len; i++)
    if (g_str_has_prefix (g_ptr_array_index (names, i), "bond-yields-fall-"))
      position = i;
  g_assert_cmpuint (position, >, 0);
  article = g_list_model_get_item (articles, position);
  file_name = g_strconcat (g_ptr_array_index (names, position), ".html", NULL);

  g_assert_true (nfe_export_project (fixture->project, out, nfe_article_get_id (article), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_files (out), ==, 1);
  g_assert_true (has_file (out, file_name));

  g_assert_false (nfe_export_project (fixture->project, out, 987654, &error));
  g_assert_error (error, NFE_STORE_ERROR, NFE_STORE_ERROR_NO_SUCH_ARTICLE);
  g_assert_nonnull (strstr (error->message, "987654"));
  g_assert_cmpuint (count_files (out), ==, 1);
}

static void
test_project_export_markdown (Fixture       *fixture,
                              gconstpointer  data)
{
  GListModel *articles = nfe_project_get_articles (fixture->project);
  g_autoptr(GPtrArray) names = expected_names (fixture->project);
  g_autofree char *out_path = g_build_filename (fixture->dir, "markdown", NULL);
  g_autoptr(GFile) out = g_file_new_for_path (out_path);
  g_autoptr(GError) error = NULL;

  g_assert_true (nfe_export_project_markdown (fixture->project, out, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_files (out), ==, names->len);

  for (guint i = 0; i < names->len; i++)
    {
      g_autoptr(NfeArticle) article = g_list_model_get_item (articles, i);
      g_autofree char *file_name = g_strconcat (g_ptr_array_index (names, i), ".md", NULL);
      g_autofree char *contents = read_file (out, file_name);
      g_autofree char *expected = nfe_front_matter_write (article);

      g_assert_cmpstr (contents, ==, expected);
    }
}

static void
test_export_unwritable (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *blocker_path = g_build_filename (fixture->dir, "blocker", NULL);
  g_autofree char *out_path = g_build_filename (blocker_path, "site", NULL);
  g_autoptr(GFile) out = g_file_new_for_path (out_path);
  g_autoptr(GError) error = NULL;

  /* A file where the folder should be. */
  nfe_test_write_file (blocker_path, "", 0);
  g_assert_false (nfe_export_project (fixture->project, out, 0, &error));
  g_assert_nonnull (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/nfe/export/page/hostile", test_page_hostile);
  g_test_add_func ("/nfe/export/page/description", test_page_description);
  g_test_add_func ("/nfe/export/slugify", test_slugify);
  g_test_add ("/nfe/export/project/all", Fixture, NULL,
              fixture_set_up, test_project_export, fixture_tear_down);
  g_test_add ("/nfe/export/project/one", Fixture, NULL,
              fixture_set_up, test_project_export_one, fixture_tear_down);
  g_test_add ("/nfe/export/project/markdown", Fixture, NULL,
              fixture_set_up, test_project_export_markdown, fixture_tear_down);
  g_test_add ("/nfe/export/project/unwritable", Fixture, NULL,
              fixture_set_up, test_export_unwritable, fixture_tear_down);

  return g_test_run ();
}
