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
#include "nfe-cli.h"
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
  gint64     article_id;
  gboolean   json;
} CliOptions;

static void
cli_options_clear (CliOptions *options)
{
  g_clear_pointer (&options->new_project, g_free);
  g_clear_pointer (&options->list, g_free);
  g_clear_pointer (&options->show, g_free);
  g_clear_pointer (&options->add_sample, g_free);
  g_clear_pointer (&options->render_html, g_free);
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

static int
run_list (const char *path)
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

  if (!(project = open_project (path, NFE_PROJECT_OPEN_READ_ONLY, &error)))
    return fail (NFE_EXIT_FAILED, error->message);

  if (!(article = nfe_project_find_article (project, article_id)))
    {
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, article_id);
      g_autofree char *message =
        g_strdup_printf (_("There is no article %s in “%s”; --list shows the ids"), id, path);
      return fail (NFE_EXIT_FAILED, message);
    }

  if (!nfe_project_load_article (project, article, &error))
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

  if (!(article = nfe_import_markdown_file (file, &error)))
    return fail (NFE_EXIT_FAILED, error->message);

  html = nfe_page_render (article, NULL, NFE_PAGE_DEFAULT);
  g_print ("%s", html);
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
         (options->render_html != NULL);
}

static int
run_command (const CliOptions *options)
{
  if (count_commands (options) > 1)
    return fail (NFE_EXIT_USAGE, _("Give one command at a time; see --help"));

  if ((options->json || options->article_id != 0) && options->show == NULL)
    return fail (NFE_EXIT_USAGE, _("--article and --json go with --show; see --help"));

  if (options->version)
    {
      g_print ("nextfin-editor %s\n", PACKAGE_VERSION);
      return NFE_EXIT_OK;
    }

  if (options->new_project != NULL)
    return run_new_project (options->new_project);

  if (options->list != NULL)
    return run_list (options->list);

  if (options->add_sample != NULL)
    return run_add_sample (options->add_sample);

  if (options->render_html != NULL)
    return run_render_html (options->render_html);

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

  if (count_commands (&options) == 0 && !options.json && options.article_id == 0)
    return FALSE;

  if (g_strv_length (args) > 1)
    {
      g_autofree char *message = g_strdup_printf (_("Unexpected argument “%s”; see --help"),
                                                  args[1]);

      *exit_status = fail (NFE_EXIT_USAGE, message);
      return TRUE;
    }

  *exit_status = run_command (&options);
  return TRUE;
}
