/* nfe-import.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nfe-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "nfe-front-matter.h"
#include "nfe-import.h"
#include "nfe-page-text.h"

/* Articles from outside: checked to be text first, then read. Nothing is
 * half-read: an import gives a whole article or an error naming the line. */

#define MAX_IMPORT_BYTES (8 * 1024 * 1024)

G_DEFINE_QUARK (nfe-import-error-quark, nfe_import_error)

static guint
line_number_at (const char *text,
                const char *position)
{
  guint line = 1;

  for (const char *p = text; p < position; p++)
    if (*p == '\n')
      line++;

  return line;
}

/**
 * nfe_import_check_text:
 *
 * Checks that @text is something a person wrote: UTF-8, no binary data,
 * not empty and of a sensible size.
 */
gboolean
nfe_import_check_text (const char  *text,
                       gsize        length,
                       GError     **error)
{
  const char *end;

  if (length > MAX_IMPORT_BYTES)
    {
      g_set_error (error, NFE_IMPORT_ERROR, NFE_IMPORT_ERROR_NOT_TEXT,
                   _("It is too large for an article (%" G_GSIZE_FORMAT " MB; the limit is %d MB)"),
                   length / (1024 * 1024), MAX_IMPORT_BYTES / (1024 * 1024));
      return FALSE;
    }

  if (memchr (text, '\0', length) != NULL)
    {
      g_set_error (error, NFE_IMPORT_ERROR, NFE_IMPORT_ERROR_NOT_TEXT,
                   _("It is not text (it holds binary data)"));
      return FALSE;
    }

  if (!g_utf8_validate (text, length, &end))
    {
      g_set_error (error, NFE_IMPORT_ERROR, NFE_IMPORT_ERROR_NOT_TEXT,
                   _("Line %u is not valid UTF-8 text; save the file as UTF-8 and try again"),
                   line_number_at (text, end));
      return FALSE;
    }

  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isspace (text[i]))
      return TRUE;

  g_set_error (error, NFE_IMPORT_ERROR, NFE_IMPORT_ERROR_EMPTY, _("It is empty"));
  return FALSE;
}

/* A "# Heading" line (ATX, level one or any level): its text, or NULL. */
static char *
heading_text (const char *line)
{
  const char *p = line;
  guint level = 0;

  while (*p == ' ' && p - line < 3)
    p++;
  while (*p == '#')
    {
      p++;
      level++;
    }
  if (level == 0 || level > 6 || (*p != ' ' && *p != '\t' && *p != '\0'))
    return NULL;

  return g_strstrip (g_strdup (p));
}

/* Longer than any headline a desk writes: a first line this long is the
 * article's first paragraph (a text saved with one line a paragraph). */
#define HEADLINE_MAX_WORDS 30

static gboolean
reads_as_paragraph (const char *line)
{
  g_auto(GStrv) words = g_strsplit_set (line, " \t", -1);
  guint n_words = 0;

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      n_words++;

  return n_words > HEADLINE_MAX_WORDS;
}

/**
 * nfe_import_markdown:
 *
 * Reads plain Markdown or text: the first heading (or, with none before
 * the text starts, the first line) is the headline; the rest the body.
 * A first line too long to be a headline starts the body, and the
 * article has no headline yet.
 */
NfeArticle *
nfe_import_markdown (const char  *text,
                     gsize        length,
                     GError     **error)
{
  g_autoptr(NfeArticle) article = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *headline = NULL;
  g_auto(GStrv) lines = NULL;
  gboolean untitled = FALSE;
  GString *body;
  guint i;

  if (!nfe_import_check_text (text, length, error))
    return NULL;

  copy = g_strndup (text, length);
  lines = g_strsplit (copy, "\n", -1);
  for (i = 0; lines[i] != NULL; i++)
    {
      g_strchomp (lines[i]);
      if (lines[i][0] == '\0')
        continue;

      headline = heading_text (lines[i]);
      if (headline == NULL && reads_as_paragraph (lines[i]))
        {
          untitled = TRUE;
          break;
        }
      if (headline == NULL)
        headline = g_strstrip (g_strdup (lines[i]));
      i++;
      break;
    }

  if (untitled)
    headline = g_strdup ("");
  else if (headline == NULL || *headline == '\0')
    {
      g_set_error (error, NFE_IMPORT_ERROR, NFE_IMPORT_ERROR_NO_HEADLINE,
                   _("Line %u: the article has no headline"), MAX (i, 1));
      return NULL;
    }

  /* A "====" or "----" under the first line makes it a heading too. */
  if (!untitled && lines[i - 1] != NULL && lines[i] != NULL && lines[i][0] != '\0' &&
      strspn (lines[i], "=") == strlen (lines[i]))
    i++;

  while (lines[i] != NULL && lines[i][0] == '\0')
    i++;

  body = g_string_new (NULL);
  for (; lines[i] != NULL; i++)
    {
      g_string_append (body, lines[i]);
      if (lines[i + 1] != NULL)
        g_string_append_c (body, '\n');
    }
  while (body->len > 0 && body->str[body->len - 1] == '\n')
    g_string_truncate (body, body->len - 1);
  if (body->len > 0)
    g_string_append_c (body, '\n');

  article = nfe_article_new ();
  nfe_article_set_headline (article, headline);
  nfe_article_set_body (article, body->str);
  g_string_free (body, TRUE);

  return g_steal_pointer (&article);
}

/**
 * nfe_import_text:
 *
 * Reads an article in whichever format @text is in, told by its content:
 * Markdown with YAML front matter, text copied from a NextFin page, or
 * plain Markdown and text.
 */
NfeArticle *
nfe_import_text (const char  *text,
                 gsize        length,
                 GError     **error)
{
  g_autofree char *copy = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  if (!nfe_import_check_text (text, length, error))
    return NULL;

  /* The detectors want a string; the text has no NULs, as just checked. */
  copy = g_strndup (text, length);

  if (nfe_front_matter_detect (copy))
    return nfe_front_matter_parse (copy, length, error);

  if (nfe_page_text_detect (copy))
    return nfe_page_text_parse (copy, length, error);

  return nfe_import_markdown (copy, length, error);
}

/* "notes.txt: line 3: …", whether the message started "Line 3" or not. */
static void
set_file_error (GError     **error,
                int          code,
                const char  *name,
                const char  *message)
{
  if (g_str_has_prefix (message, "Line ") || g_str_has_prefix (message, "It "))
    g_set_error (error, NFE_IMPORT_ERROR, code, "%s: %c%s",
                 name, g_ascii_tolower (message[0]), message + 1);
  else
    g_set_error (error, NFE_IMPORT_ERROR, code, "%s: %s", name, message);
}

/**
 * nfe_import_file:
 *
 * Like nfe_import_text(), for a file. Files too large to be an article are
 * refused before they are read; every error starts with the file's name.
 */
NfeArticle *
nfe_import_file (GFile   *file,
                 GError **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *name = NULL;
  NfeArticle *article;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  basename = g_file_get_basename (file);
  name = basename != NULL ? g_filename_display_name (basename) : g_file_get_parse_name (file);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (info == NULL)
    {
      set_file_error (error, NFE_IMPORT_ERROR_INVALID, name, local_error->message);
      return NULL;
    }

  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      set_file_error (error, NFE_IMPORT_ERROR_NOT_TEXT, name, _("it is a folder, not a file"));
      return NULL;
    }

  if (g_file_info_get_size (info) > MAX_IMPORT_BYTES)
    {
      g_autofree char *message =
        g_strdup_printf (_("it is too large for an article (%" G_GINT64_FORMAT " MB; the limit is %d MB)"),
                         g_file_info_get_size (info) / (1024 * 1024), MAX_IMPORT_BYTES / (1024 * 1024));

      set_file_error (error, NFE_IMPORT_ERROR_NOT_TEXT, name, message);
      return NULL;
    }

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &local_error))
    {
      set_file_error (error, NFE_IMPORT_ERROR_INVALID, name, local_error->message);
      return NULL;
    }

  article = nfe_import_text (contents, length, &local_error);
  if (article == NULL)
    set_file_error (error, local_error->code, name, local_error->message);

  return article;
}
