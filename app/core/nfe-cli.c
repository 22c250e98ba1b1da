/* nfe-cli.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nfe-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "nfe-article-json.h"
#include "nfe-author.h"
#include "nfe-builtin-generator.h"
#include "nfe-cli.h"
#include "nfe-curation.h"
#include "nfe-export.h"
#include "nfe-questions.h"
#include "nfe-generator-settings.h"
#include "nfe-keyring.h"
#include "nfe-summary.h"
#include "nfe-web-import.h"
#include "nfe-import.h"
#include "nfe-page.h"
#include "nfe-project.h"

/* The operations that scripts and pipelines run without a display. Each
 * prints its result on stdout, or one line on stderr and fails:
 * NFE_EXIT_FAILED when the operation failed, NFE_EXIT_USAGE when the
 * command line made no sense. */

typedef struct
{
  gboolean   version;
  char      *new_project;
  char      *list;
  char      *show;
  char      *add_sample;
  char      *render_html;
  char      *generate;
  char      *summarize;
  char      *questions_file;
  char      *into;
  char      *import_url;
  char      *export_html;
  char      *export_markdown;
  char      *out;
  char      *search;
  char      *status;
  char      *set_status;
  char      *note;
  char      *revisions;
  gboolean   import;
  gint64     article_id;
  gboolean   json;
  gboolean   summary;
  gboolean   questions;
  gboolean   replace;
} CliOptions;

static void
cli_options_clear (CliOptions *options)
{
  g_clear_pointer (&options->new_project, g_free);
  g_clear_pointer (&options->list, g_free);
  g_clear_pointer (&options->show, g_free);
  g_clear_pointer (&options->add_sample, g_free);
  g_clear_pointer (&options->render_html, g_free);
  g_clear_pointer (&options->generate, g_free);
  g_clear_pointer (&options->summarize, g_free);
  g_clear_pointer (&options->questions_file, g_free);
  g_clear_pointer (&options->into, g_free);
  g_clear_pointer (&options->import_url, g_free);
  g_clear_pointer (&options->export_html, g_free);
  g_clear_pointer (&options->export_markdown, g_free);
  g_clear_pointer (&options->out, g_free);
  g_clear_pointer (&options->search, g_free);
  g_clear_pointer (&options->status, g_free);
  g_clear_pointer (&options->set_status, g_free);
  g_clear_pointer (&options->note, g_free);
  g_clear_pointer (&options->revisions, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CliOptions, cli_options_clear)

static int
fail (int         status,
      const char *message)
{
  g_autofree char *line = g_strdelimit (g_strdup (message), "\n", ' ');

  g_printerr ("%s: %s\n", g_get_prgname (), line);
  return status;
}

static NfeProject *
open_project (const char           *path,
              NfeProjectOpenFlags   flags,
              GError              **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);

  return nfe_project_open (file, flags, error);
}

/* Opens a project and reads one article of it whole. */
static NfeArticle *
open_article (const char           *path,
              NfeProjectOpenFlags   flags,
              gint64                article_id,
              NfeProject          **project,
              GError              **error)
{
  NfeArticle *article;

  if (!(*project = open_project (path, flags, error)))
    return NULL;

  if (!(article = nfe_project_find_article (*project, article_id)))
    {
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, article_id);

      g_set_error (error, NFE_STORE_ERROR, NFE_STORE_ERROR_NO_SUCH_ARTICLE,
                   _("There is no article %s in “%s”; --list shows the ids"), id, path);
      return NULL;
    }

  if (!nfe_project_load_article (*project, article, error))
    return NULL;

  return article;
}

static int
run_new_project (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(NfeProject) project = NULL;
  g_autoptr(GError) error = NULL;

  if (!(project = nfe_project_create (file, &error)))
    return fail (NFE_EXIT_FAILED, error->message);

  nfe_project_close (project);
  return NFE_EXIT_OK;
}

/* Reads a status as scripts write it: draft, in-review, approved or
 * published. */
static gboolean
parse_status (const char       *text,
              NfeArticleStatus *status,
              int              *exit_status)
{
  g_autofree char *message = NULL;

  if (nfe_article_status_from_string (text, status))
    return TRUE;

  message = g_strdup_printf (_("“%s” is not a status; use draft, in-review, approved or published"),
                             text);
  *exit_status = fail (NFE_EXIT_USAGE, message);
  return FALSE;
}

static int
run_list (const char       *path,
          gboolean          filter,
          NfeArticleStatus  status)
{
  g_autoptr(NfeProject) project = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *articles;

  if (!(project = open_project (path, NFE_PROJECT_OPEN_READ_ONLY, &error)))
    return fail (NFE_EXIT_FAILED, error->message);

  articles = nfe_project_get_articles (project);
  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(NfeArticle) article = g_list_model_get_item (articles, i);

      if (filter && nfe_article_get_status (article) != status)
        continue;

      g_print ("%" G_GINT64_FORMAT "\t%s\t%s\n",
               nfe_article_get_id (article),
               nfe_article_status_to_string (nfe_article_get_status (article)),
               nfe_article_get_headline (article));
    }

  return NFE_EXIT_OK;
}

static void
print_article_text (NfeArticle *article)
{
  GListModel *bullets = nfe_article_get_bullets (article);
  GListModel *questions = nfe_article_get_questions (article);

  g_print ("%s\n", nfe_article_get_headline (article));
  for (guint i = NFE_ARTICLE_FIELD_BYLINE; i <= NFE_ARTICLE_FIELD_DATELINE; i++)
    if (*nfe_article_get_field (article, i) != '\0')
      g_print ("%s\n", nfe_article_get_field (article, i));
  g_print ("%s\n\n", nfe_article_status_get_label (nfe_article_get_status (article)));

  for (guint i = 0; i < g_list_model_get_n_items (bullets); i++)
    {
      g_autoptr(NfeBullet) bullet = g_list_model_get_item (bullets, i);

      g_print ("  • %s\n", nfe_bullet_get_text (bullet));
    }

  g_print ("\n%s\n", nfe_article_get_body (article));
  if (*nfe_article_get_field (article, NFE_ARTICLE_FIELD_CLOSING) != '\0')
    g_print ("\n%s\n", nfe_article_get_field (article, NFE_ARTICLE_FIELD_CLOSING));

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(NfeQuestion) question = g_list_model_get_item (questions, i);

      g_print ("%s[%s] %s\n", i == 0 ? "\n" : "",
               nfe_question_state_to_string (nfe_question_get_state (question)),
               nfe_question_get_text (question));
    }
}

static int
run_show (const char *path,
          gint64      article_id,
          gboolean    json)
{
  g_autoptr(NfeProject) project = NULL;
  g_autoptr(GError) error = NULL;
  NfeArticle *article;

  if (!(article = open_article (path, NFE_PROJECT_OPEN_READ_ONLY, article_id, &project, &error)))
    return fail (NFE_EXIT_FAILED, error->message);

  if (json)
    {
      g_autoptr(JsonNode) node = nfe_article_to_json (article);
      g_autofree char *text = json_to_string (node, TRUE);

      g_print ("%s\n", text);
    }
  else
    print_article_text (article);

  return NFE_EXIT_OK;
}

static int
run_add_sample (const char *path)
{
  g_autoptr(NfeProject) project = NULL;
  g_autoptr(NfeArticle) article = NULL;
  g_autoptr(GError) error = NULL;

  if (!(project = open_project (path, NFE_PROJECT_OPEN_DEFAULT, &error)))
    return fail (NFE_EXIT_FAILED, error->message);

  if (!(article = nfe_article_new_sample (&error)) ||
      !nfe_project_insert_article (project, article, &error))
    return fail (NFE_EXIT_FAILED, error->message);

  nfe_project_close (project);
  g_print ("%" G_GINT64_FORMAT "\n", nfe_article_get_id (article));
  return NFE_EXIT_OK;
}

static int
run_render_html (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(NfeArticle) article = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *html = NULL;

  if (!(article = nfe_import_file (file, &error)))
    return fail (NFE_EXIT_FAILED, error->message);

  html = nfe_page_render (article, NULL, NFE_PAGE_DEFAULT);
  g_print ("%s", html);
  return NFE_EXIT_OK;
}

/* Prints, a line each, what the built-in generator writes for a file in
 * any format --import reads. */
static int
run_builtin (const char      *path,
             NfeGenerateKind  kind)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(NfeArticle) article = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  const char *headline, *body;

  if (!(article = nfe_import_file (file, &error)))
    return fail (NFE_EXIT_FAILED, error->message);

  headline = nfe_article_get_headline (article);
  body = nfe_article_get_body (article);
  if (kind == NFE_GENERATE_BULLETS)
    items = nfe_builtin_generator_summarize (headline, body, NFE_SUMMARY_MAX_BULLETS, &error);
  else
    items = nfe_questions_generate (headline, body, 25, NULL, FALSE, NULL, &error);
  if (items == NULL)
    return fail (NFE_EXIT_FAILED, error->message);

  for (guint i = 0; i < items->len; i++)
    g_print ("%s\n", ((NfeGeneratedItem *) g_ptr_array_index (items, i))->text);

  return NFE_EXIT_OK;
}

/* Keeps the result of an asynchronous call the command line waits for. */
static void
store_result_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_set_object ((GAsyncResult **) user_data, result);
}

/* The generator Preferences chose; the built-in one when the settings are
 * not installed (a program run from its build tree). */
static NfeGenerator *
configured_generator (SoupSession  *session,
                      GMainContext *context)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autofree char *url = NULL;
  g_autofree char *key = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    return g_object_new (NFE_TYPE_BUILTIN_GENERATOR, NULL);

  settings = g_settings_new (APP_ID);
  if (nfe_generator_settings_use_http (settings))
    {
      url = g_settings_get_string (settings, "generator-url");
      nfe_keyring_lookup_async (url, NULL, store_result_cb, &result);
      while (result == NULL)
        g_main_context_iteration (context, TRUE);
      key = nfe_keyring_lookup_finish (result, NULL);
    }

  return nfe_generator_new_from_settings (settings, session, key);
}

static int
run_generate (const char      *path,
              gint64           article_id,
              NfeGenerateKind  kind,
              gboolean         replace)
{
  g_autoptr(NfeProject) project = NULL;
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(NfeGenerator) generator = NULL;
  g_autoptr(NfeGenerateRequest) request = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) merged = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *generator_id = NULL;
  NfeArticle *article;
  GListModel *list;

  if (!(article = open_article (path, NFE_PROJECT_OPEN_DEFAULT, article_id, &project, &error)))
    return fail (NFE_EXIT_FAILED, error->message);

  generator = configured_generator (session, NULL);
  request = nfe_generate_request_new (nfe_article_get_headline (article),
                                      nfe_article_get_body (article),
                                      kind == NFE_GENERATE_BULLETS ? NFE_SUMMARY_MAX_BULLETS : 25);
  if (kind == NFE_GENERATE_QUESTIONS)
    request->avoid = nfe_curation_texts (nfe_article_get_questions (article));
  nfe_generator_generate_async (generator, kind, request, NULL, store_result_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  if (!(items = nfe_generator_generate_finish (generator, result, &error)))
    return fail (NFE_EXIT_FAILED, error->message);

  generator_id = nfe_generator_dup_id (generator);
  if (kind == NFE_GENERATE_BULLETS)
    {
      merged = nfe_summary_merge (nfe_article_get_bullets (article), items,
                                  nfe_article_get_body (article), generator_id,
                                  replace ? NFE_SUMMARY_REPLACE : NFE_SUMMARY_KEEP_ALL);
      if (!nfe_project_set_bullets (project, article, merged, &error))
        return fail (NFE_EXIT_FAILED, error->message);
      list = nfe_article_get_bullets (article);
    }
  else
    {
      merged = nfe_curation_add_generated (nfe_article_get_questions (article), items,
                                           nfe_article_get_body (article), generator_id, NULL);
      if (!nfe_project_set_questions (project, article, merged, &error))
        return fail (NFE_EXIT_FAILED, error->message);
      list = nfe_article_get_questions (article);
    }

  /* What the article has now, a line each. */
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);
      g_autofree char *text = NULL;

      g_object_get (item, "text", &text, NULL);
      g_print ("%s\n", text);
    }

  nfe_project_close (project);
  return NFE_EXIT_OK;
}

/* Imports each file; one that fails is named on stderr and imports
 * nothing, the others still do. */
static int
run_import (const char * const *files,
            const char         *into)
{
  g_autoptr(NfeProject) project = NULL;
  g_autoptr(GError) error = NULL;
  int status = NFE_EXIT_OK;

  if (!(project = open_project (into, NFE_PROJECT_OPEN_DEFAULT, &error)))
    return fail (NFE_EXIT_FAILED, error->message);

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (files[i]);
      g_autoptr(NfeArticle) article = NULL;
      g_autoptr(GError) file_error = NULL;

      if (!(article = nfe_import_file (file, &file_error)) ||
          !nfe_project_insert_article (project, article, &file_error))
        {
          status = fail (NFE_EXIT_FAILED, file_error->message);
          continue;
        }

      g_print ("%" G_GINT64_FORMAT "\n", nfe_article_get_id (article));
    }

  nfe_project_close (project);
  return status;
}

static int
run_import_url (const char *url,
                const char *into)
{
  g_autoptr(NfeProject) project = NULL;
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(NfeArticle) article = NULL;
  g_autoptr(GError) error = NULL;

  if (!(project = open_project (into, NFE_PROJECT_OPEN_DEFAULT, &error)))
    return fail (NFE_EXIT_FAILED, error->message);

  nfe_web_import_async (session, url, NULL, store_result_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  if (!(article = nfe_web_import_finish (result, &error)) ||
      !nfe_project_insert_article (project, article, &error))
    return fail (NFE_EXIT_FAILED, error->message);

  nfe_project_close (project);
  g_print ("%" G_GINT64_FORMAT "\n", nfe_article_get_id (article));
  return NFE_EXIT_OK;
}

static int
run_export (const char *path,
            const char *out,
            gint64      article_id,
            gboolean    markdown)
{
  g_autoptr(NfeProject) project = NULL;
  g_autoptr(GFile) dir = g_file_new_for_commandline_arg (out);
  g_autoptr(GError) error = NULL;
  gboolean done;

  if (!(project = open_project (path, NFE_PROJECT_OPEN_READ_ONLY, &error)))
    return fail (NFE_EXIT_FAILED, error->message);

  done = markdown ? nfe_export_project_markdown (project, dir, article_id, &error)
                  : nfe_export_project (project, dir, article_id, &error);
  if (!done)
    return fail (NFE_EXIT_FAILED, error->message);

  return NFE_EXIT_OK;
}

/* Prints the articles matching @query, best first, a line each: id,
 * headline, and the passage that matched. Tabs and line breaks inside a
 * headline or passage become spaces, so each result stays one line. */
static int
run_search (const char *path,
            const char *query)
{
  g_autoptr(NfeProject) project = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;

  if (!(project = open_project (path, NFE_PROJECT_OPEN_READ_ONLY, &error)))
    return fail (NFE_EXIT_FAILED, error->message);

  if (!(results = nfe_project_search (project, query, 50, &error)))
    return fail (NFE_EXIT_FAILED, error->message);

  for (guint i = 0; i < results->len; i++)
    {
      NfeSearchResult *result = g_ptr_array_index (results, i);
      g_autofree char *headline = g_strdelimit (g_strdup (result->headline), "\t\r\n", ' ');
      g_autofree char *snippet = g_strdelimit (g_strdup (result->snippet), "\t\r\n", ' ');

      g_print ("%" G_GINT64_FORMAT "\t%s\t%s\n", result->article_id, headline, snippet);
    }

  return NFE_EXIT_OK;
}

static int
run_set_status (const char       *path,
                gint64            article_id,
                NfeArticleStatus  status,
                const char       *note)
{
  g_autoptr(NfeProject) project = NULL;
  g_autoptr(GSettings) settings = nfe_author_get_settings ();
  g_autofree char *author = nfe_author_dup_name (settings);
  g_autoptr(GError) error = NULL;
  NfeArticle *article;

  if (!(article = open_article (path, NFE_PROJECT_OPEN_DEFAULT, article_id, &project, &error)) ||
      !nfe_project_set_status (project, article, status, author, note, &error))
    return fail (NFE_EXIT_FAILED, error->message);

  nfe_project_close (project);
  g_print ("%" G_GINT64_FORMAT "\t%s\n", article_id, nfe_article_status_to_string (status));
  return NFE_EXIT_OK;
}

/* Prints an article's revisions, newest first, a line each: id, time
 * (UTC, ISO 8601), author, words in the body and note. */
static int
run_revisions (const char *path,
               gint64      article_id)
{
  g_autoptr(NfeProject) project = NULL;
  g_autoptr(GPtrArray) revisions = NULL;
  g_autoptr(GError) error = NULL;
  NfeArticle *article;

  if (!(article = open_article (path, NFE_PROJECT_OPEN_READ_ONLY, article_id, &project, &error)) ||
      !(revisions = nfe_project_list_revisions (project, article, &error)))
    return fail (NFE_EXIT_FAILED, error->message);

  for (guint i = 0; i < revisions->len; i++)
    {
      NfeRevision *revision = g_ptr_array_index (revisions, i);
      g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (revision->created);
      g_autofree char *iso = g_date_time_format_iso8601 (time);
      g_autofree char *author = g_strdelimit (g_strdup (revision->author), "\t\r\n", ' ');
      g_autofree char *note = g_strdelimit (g_strdup (revision->note), "\t\r\n", ' ');

      g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%u\t%s\n",
               revision->id, iso, author, revision->words, note);
    }

  return NFE_EXIT_OK;
}

static int
count_commands (const CliOptions *options)
{
  return (options->version ? 1 : 0) +
         (options->new_project != NULL) +
         (options->list != NULL) +
         (options->show != NULL) +
         (options->add_sample != NULL) +
         (options->render_html != NULL) +
         (options->generate != NULL) +
         (options->summarize != NULL) +
         (options->questions_file != NULL) +
         (options->import ? 1 : 0) +
         (options->import_url != NULL) +
         (options->export_html != NULL) +
         (options->export_markdown != NULL) +
         (options->search != NULL) +
         (options->set_status != NULL) +
         (options->revisions != NULL);
}

static int
run_command (const CliOptions   *options,
             const char * const *files)
{
  if (count_commands (options) > 1)
    return fail (NFE_EXIT_USAGE, _("Give one command at a time; see --help"));

  if (options->json && options->show == NULL)
    return fail (NFE_EXIT_USAGE, _("--json goes with --show; see --help"));

  if (options->article_id != 0 && options->show == NULL && options->generate == NULL &&
      options->export_html == NULL && options->export_markdown == NULL &&
      options->set_status == NULL && options->revisions == NULL)
    return fail (NFE_EXIT_USAGE,
                 _("--article goes with --show, --generate, --set-status, --revisions or an export; see --help"));

  if (options->status != NULL && options->list == NULL)
    return fail (NFE_EXIT_USAGE, _("--status goes with --list; see --help"));

  if (options->note != NULL && options->set_status == NULL)
    return fail (NFE_EXIT_USAGE, _("--note goes with --set-status; see --help"));

  if (options->into != NULL && !options->import && options->import_url == NULL)
    return fail (NFE_EXIT_USAGE, _("--into goes with --import or --import-url; see --help"));

  if (options->out != NULL && options->export_html == NULL && options->export_markdown == NULL)
    return fail (NFE_EXIT_USAGE, _("--out goes with --export-html or --export-markdown; see --help"));

  if ((options->summary || options->questions || options->replace) && options->generate == NULL)
    return fail (NFE_EXIT_USAGE,
                 _("--summary, --questions and --replace go with --generate; see --help"));

  if (options->version)
    {
      g_print ("nextfin-editor %s\n", PACKAGE_VERSION);
      return NFE_EXIT_OK;
    }

  if (options->new_project != NULL)
    return run_new_project (options->new_project);

  if (options->list != NULL)
    {
      NfeArticleStatus status = NFE_ARTICLE_STATUS_DRAFT;
      int exit_status;

      if (options->status != NULL && !parse_status (options->status, &status, &exit_status))
        return exit_status;
      return run_list (options->list, options->status != NULL, status);
    }

  if (options->set_status != NULL)
    {
      NfeArticleStatus status = NFE_ARTICLE_STATUS_DRAFT;
      int exit_status;

      if (options->article_id <= 0)
        return fail (NFE_EXIT_USAGE, _("--set-status needs --article ID; --list shows the ids"));
      if (files[0] == NULL)
        return fail (NFE_EXIT_USAGE,
                     _("--set-status needs the new status: --set-status PROJECT --article ID STATUS"));
      if (!parse_status (files[0], &status, &exit_status))
        return exit_status;
      return run_set_status (options->set_status, options->article_id, status, options->note);
    }

  if (options->revisions != NULL)
    {
      if (options->article_id <= 0)
        return fail (NFE_EXIT_USAGE, _("--revisions needs --article ID; --list shows the ids"));
      return run_revisions (options->revisions, options->article_id);
    }

  if (options->search != NULL)
    {
      if (files[0] == NULL)
        return fail (NFE_EXIT_USAGE, _("--search needs the words to look for: --search PROJECT QUERY"));
      return run_search (options->search, files[0]);
    }

  if (options->add_sample != NULL)
    return run_add_sample (options->add_sample);

  if (options->render_html != NULL)
    return run_render_html (options->render_html);

  if (options->summarize != NULL)
    return run_builtin (options->summarize, NFE_GENERATE_BULLETS);

  if ((options->import || options->import_url != NULL) && options->into == NULL)
    return fail (NFE_EXIT_USAGE, _("--import and --import-url need --into PROJECT; see --help"));

  if (options->import)
    {
      if (files[0] == NULL)
        return fail (NFE_EXIT_USAGE, _("--import needs the files to import; see --help"));
      return run_import (files, options->into);
    }

  if (options->import_url != NULL)
    return run_import_url (options->import_url, options->into);

  if (options->export_html != NULL || options->export_markdown != NULL)
    {
      if (options->out == NULL)
        return fail (NFE_EXIT_USAGE, _("--export-html and --export-markdown need --out FOLDER"));
      return run_export (options->export_html ? options->export_html : options->export_markdown,
                         options->out, options->article_id, options->export_html == NULL);
    }

  if (options->questions_file != NULL)
    return run_builtin (options->questions_file, NFE_GENERATE_QUESTIONS);

  if (options->generate != NULL)
    {
      if (options->article_id <= 0)
        return fail (NFE_EXIT_USAGE, _("--generate needs --article ID; --list shows the ids"));
      if (options->summary == options->questions)
        return fail (NFE_EXIT_USAGE, _("--generate needs what to generate: --summary or --questions"));
      if (options->questions && options->replace)
        return fail (NFE_EXIT_USAGE, _("--replace goes with --summary: questions are only ever added"));
      return run_generate (options->generate, options->article_id,
                           options->summary ? NFE_GENERATE_BULLETS : NFE_GENERATE_QUESTIONS,
                           options->replace);
    }

  if (options->article_id <= 0)
    return fail (NFE_EXIT_USAGE, _("--show needs --article ID; --list shows the ids"));

  return run_show (options->show, options->article_id, options->json);
}

/**
 * nfe_cli_run:
 * @argv: (inout): the command line; with no command in it, it is left for
 *   the graphical application (project files to open)
 * @exit_status: (out): set when a command ran
 *
 * Returns: %TRUE if @argv held a command-line operation, which has run.
 */
gboolean
nfe_cli_run (char ***argv,
             int    *exit_status)
{
  g_auto(CliOptions) options = { 0 };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  const GOptionEntry entries[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, &options.version,
      N_("Print the version and exit"), NULL },
    { "new-project", 0, 0, G_OPTION_ARG_FILENAME, &options.new_project,
      N_("Create an empty project"), N_("PROJECT") },
    { "list", 0, 0, G_OPTION_ARG_FILENAME, &options.list,
      N_("List a project’s articles: ID, status and headline"), N_("PROJECT") },
    { "show", 0, 0, G_OPTION_ARG_FILENAME, &options.show,
      N_("Print one article (with --article)"), N_("PROJECT") },
    { "article", 0, 0, G_OPTION_ARG_INT64, &options.article_id,
      N_("The article to act on"), N_("ID") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &options.json,
      N_("With --show: print JSON"), NULL },
    { "add-sample", 0, 0, G_OPTION_ARG_FILENAME, &options.add_sample,
      N_("Add the bundled sample article to a project"), N_("PROJECT") },
    { "generate", 0, 0, G_OPTION_ARG_FILENAME, &options.generate,
      N_("Generate for an article (with --article and --summary) with the generator of Preferences"),
      N_("PROJECT") },
    { "summary", 0, 0, G_OPTION_ARG_NONE, &options.summary,
      N_("With --generate: summary bullets, added beside the ones there"), NULL },
    { "questions", 0, 0, G_OPTION_ARG_NONE, &options.questions,
      N_("With --generate: insight questions, added as candidates; with a FILE: print the "
         "built-in generator’s questions for a Markdown or text file"), NULL },
    { "replace", 0, 0, G_OPTION_ARG_NONE, &options.replace,
      N_("With --generate: replace the bullets nobody locked or edited"), NULL },
    { "summarize", 0, 0, G_OPTION_ARG_FILENAME, &options.summarize,
      N_("Print the built-in generator’s summary bullets for a Markdown or text file"),
      N_("FILE") },
    { "import", 0, 0, G_OPTION_ARG_NONE, &options.import,
      N_("Import the files given (NextFin page text, Markdown with or without front matter, text) "
         "into a project (with --into)"), NULL },
    { "import-url", 0, 0, G_OPTION_ARG_STRING, &options.import_url,
      N_("Import a web page into a project (with --into)"), N_("URL") },
    { "into", 0, 0, G_OPTION_ARG_FILENAME, &options.into,
      N_("The project to import into"), N_("PROJECT") },
    { "export-html", 0, 0, G_OPTION_ARG_FILENAME, &options.export_html,
      N_("Export a project’s articles (or one, with --article) as standalone web pages"),
      N_("PROJECT") },
    { "export-markdown", 0, 0, G_OPTION_ARG_FILENAME, &options.export_markdown,
      N_("Export a project’s articles as Markdown with front matter"), N_("PROJECT") },
    { "out", 0, 0, G_OPTION_ARG_FILENAME, &options.out,
      N_("The folder to export to"), N_("FOLDER") },
    { "search", 0, 0, G_OPTION_ARG_FILENAME, &options.search,
      N_("Search a project’s articles for the words of QUERY: prints ID, headline and the "
         "passage found"), N_("PROJECT QUERY") },
    { "status", 0, 0, G_OPTION_ARG_STRING, &options.status,
      N_("With --list: only the articles with this status (draft, in-review, approved or "
         "published)"), N_("STATUS") },
    { "set-status", 0, 0, G_OPTION_ARG_FILENAME, &options.set_status,
      N_("Move an article (with --article) to STATUS: draft, in-review, approved or published"),
      N_("PROJECT STATUS") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &options.note,
      N_("With --set-status: why, for the record"), N_("TEXT") },
    { "revisions", 0, 0, G_OPTION_ARG_FILENAME, &options.revisions,
      N_("List an article’s revisions (with --article): ID, time, author, words and note"),
      N_("PROJECT") },
    { "render-html", 0, 0, G_OPTION_ARG_FILENAME, &options.render_html,
      N_("Print the published page for a Markdown or text file (its first heading is the headline)"),
      N_("FILE") },
    { NULL }
  };

  g_return_val_if_fail (argv != NULL && *argv != NULL, FALSE);
  g_return_val_if_fail (exit_status != NULL, FALSE);

  context = g_option_context_new (_("[PROJECT…] — edit NextFin articles"));
  g_option_context_set_summary (context,
                                _("Without a command, opens the editor on the given projects."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  args = g_strdupv (*argv);
  if (!g_option_context_parse_strv (context, &args, &error))
    {
      g_autofree char *message = g_strdup_printf ("%s; see --help", error->message);

      *exit_status = fail (NFE_EXIT_USAGE, message);
      return TRUE;
    }

  /* "--questions FILE" on its own prints questions for a file. */
  if (options.questions && options.generate == NULL && g_strv_length (args) == 2)
    {
      options.questions_file = g_strdup (args[1]);
      options.questions = FALSE;
      g_clear_pointer (&args[1], g_free);
    }

  if (count_commands (&options) == 0 && !options.json && options.article_id == 0 &&
      !options.summary && !options.questions && !options.replace && options.into == NULL &&
      options.out == NULL && options.status == NULL && options.note == NULL)
    return FALSE;

  if (g_strv_length (args) > (options.search != NULL || options.set_status != NULL ? 2 : 1) &&
      !options.import)
    {
      guint extra = options.search != NULL || options.set_status != NULL ? 2 : 1;
      g_autofree char *message = g_strdup_printf (_("Unexpected argument “%s”; see --help"),
                                                  args[extra]);

      *exit_status = fail (NFE_EXIT_USAGE, message);
      return TRUE;
    }

  *exit_status = run_command (&options, (const char * const *) args + 1);
  return TRUE;
}
