/* nfe-page-text.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nfe-page-text"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "nfe-import.h"
#include "nfe-page-text.h"

/* The text a person gets by selecting a whole article page on the desk's
 * site and copying it (see DESIGN.md, "NextFin page text"). Browsers differ
 * in what they put between the parts, so only the marker lines are relied
 * upon; blank lines, line endings and bullet characters are not. */

#define SITE_NAME      "NextFin"
#define SUMMARY_MARKER "Summarized by NextFin AI"
#define INSIGHTS_MARKER "Insights"
#define CLOSING_PREFIX "Explore more exclusive insights at"
#define DATELINE_MAX   60

typedef struct
{
  char  *text;    /* stripped, owned by the GPtrArray's free func */
  guint  number;  /* 1-based line number in the original text */
} Line;

static void
line_free (gpointer data)
{
  Line *line = data;

  g_free (line->text);
  g_free (line);
}

/* Strips ASCII whitespace and the no-break spaces and byte order marks that
 * copying from a browser leaves at the ends of lines. */
static char *
strip_line (const char *start,
            gsize       length)
{
  const char *end = start + length;

  for (;;)
    {
      if (start < end && g_ascii_isspace (*start))
        start++;
      else if (end - start >= 2 && memcmp (start, "\xc2\xa0", 2) == 0)
        start += 2;
      else if (end - start >= 3 && (memcmp (start, "\xef\xbb\xbf", 3) == 0 ||
                                    memcmp (start, "\xe2\x80\x8b", 3) == 0))
        start += 3;
      else
        break;
    }

  for (;;)
    {
      if (end > start && g_ascii_isspace (end[-1]))
        end--;
      else if (end - start >= 2 && memcmp (end - 2, "\xc2\xa0", 2) == 0)
        end -= 2;
      else if (end - start >= 3 && memcmp (end - 3, "\xe2\x80\x8b", 3) == 0)
        end -= 3;
      else
        break;
    }

  return g_strndup (start, end - start);
}

/* Splits on LF, CRLF or a lone CR, keeping the original line numbers. */
static GPtrArray *
split_lines (const char *text,
             gsize       length)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (line_free);
  const char *end = text + length;
  const char *p = text;
  guint number = 1;

  while (p <= end)
    {
      const char *eol = p;
      Line *line;

      while (eol < end && *eol != '\n' && *eol != '\r')
        eol++;

      line = g_new0 (Line, 1);
      line->text = strip_line (p, eol - p);
      line->number = number++;
      g_ptr_array_add (lines, line);

      if (eol >= end)
        break;
      if (*eol == '\r' && eol + 1 < end && eol[1] == '\n')
        eol++;
      p = eol + 1;
    }

  return lines;
}

static gboolean
is_marker (const char *line,
           const char *marker)
{
  gsize len = strlen (marker);

  if (g_ascii_strncasecmp (line, marker, len) != 0)
    return FALSE;

  /* "Insights:" and "Summarized by NextFin AI." are the same markers. */
  line += len;
  while (*line == ':' || *line == '.' || g_ascii_isspace (*line))
    line++;

  return *line == '\0';
}

/* The text after a bullet character, or NULL when @line is not a bullet.
 * "-" and "*" need a space after them so that "-3% on the day" is not one. */
static const char *
bullet_text (const char *line)
{
  static const char * const unicode_bullets[] = {
    "•", "·", "◦", "▪", "‣", "●", "–", "—",
  };

  if ((line[0] == '-' || line[0] == '*') && (line[1] == ' ' || line[1] == '\t' || line[1] == '\0'))
    return line + 1;

  for (guint i = 0; i < G_N_ELEMENTS (unicode_bullets); i++)
    if (g_str_has_prefix (line, unicode_bullets[i]))
      {
        const char *rest = line + strlen (unicode_bullets[i]);

        /* A dash only counts as a bullet with a space after it. */
        if (i >= 6 && *rest != ' ' && *rest != '\t' && *rest != '\0')
          return NULL;
        return rest;
      }

  return NULL;
}

static char *
strip_text (const char *text)
{
  return strip_line (text, strlen (text));
}

static gboolean
is_question (const char *line)
{
  return g_str_has_suffix (line, "?") || g_str_has_suffix (line, "？");
}

/* Lines the site puts around an article: menus, buttons, legal text. They
 * are recognised only at the end of the page, where no article text is. */
static gboolean
is_chrome (const char *line)
{
  static const char * const words[] = {
    "search", "home", "markets", "subscribe", "sign in", "sign up", "log in", "login",
    "menu", "share", "news", "economy", "companies", "technology", "tech", "opinion",
    "about", "about us", "contact", "contact us", "privacy", "privacy policy", "terms",
    "terms of use", "terms of service", "cookies", "cookie policy", "follow us",
    "back to top", "more", "related", "related articles", "newsletter", "nextfin",
    "top", "latest", "trending", "world", "finance", "business", "insights",
  };
  g_autofree char *lower = g_utf8_strdown (line, -1);

  g_strchomp (g_strdelimit (lower, ":|>", ' '));
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strcmp (lower, words[i]) == 0)
      return TRUE;

  return strstr (lower, "©") != NULL ||
         g_str_has_prefix (lower, "copyright") ||
         strstr (lower, "all rights reserved") != NULL;
}

/* "NextFin News - Stocks rose…": the dateline and where the text starts, or
 * NULL. Only a short lead naming the desk counts, so that an ordinary
 * sentence with a dash in it is left alone. */
static char *
split_dateline (const char  *paragraph,
                const char **rest)
{
  static const char * const separators[] = { " - ", " – ", " — " };
  const char *best = NULL;
  gsize sep_len = 0;

  if (g_ascii_strncasecmp (paragraph, SITE_NAME, strlen (SITE_NAME)) != 0)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (separators); i++)
    {
      const char *found = strstr (paragraph, separators[i]);

      if (found != NULL && (best == NULL || found < best))
        {
          best = found;
          sep_len = strlen (separators[i]);
        }
    }

  if (best == NULL || best - paragraph > DATELINE_MAX ||
      memchr (paragraph, '.', best - paragraph) != NULL ||
      memchr (paragraph, '\n', best - paragraph) != NULL)
    return NULL;

  *rest = best + sep_len;
  while (**rest == ' ')
    (*rest)++;

  return g_strndup (paragraph, best - paragraph);
}

static int
find_summary_marker (GPtrArray *lines)
{
  for (guint i = 0; i < lines->len; i++)
    {
      Line *line = g_ptr_array_index (lines, i);

      if (is_marker (line->text, SUMMARY_MARKER))
        return i;
    }

  return -1;
}

/* The "Insights" marker: a line of its own after some text, followed by a
 * question, so that a paragraph that happens to say "Insights" is not it. */
static int
find_insights_marker (GPtrArray *lines,
                      guint      from)
{
  for (guint i = from; i < lines->len; i++)
    {
      Line *line = g_ptr_array_index (lines, i);

      if (!is_marker (line->text, INSIGHTS_MARKER))
        continue;

      for (guint j = i + 1; j < lines->len; j++)
        {
          Line *next = g_ptr_array_index (lines, j);

          if (next->text[0] == '\0')
            continue;
          if (is_question (next->text))
            return i;
          break;
        }
    }

  return -1;
}

/**
 * nfe_page_text_detect:
 *
 * Whether @text looks like an article copied from the desk's site: it has
 * the "Summarized by NextFin AI" line, or an "Insights" line with questions
 * after some body text.
 */
gboolean
nfe_page_text_detect (const char *text)
{
  g_autoptr(GPtrArray) lines = NULL;
  guint text_lines = 0;
  int insights;

  g_return_val_if_fail (text != NULL, FALSE);

  lines = split_lines (text, strlen (text));
  if (find_summary_marker (lines) >= 0)
    return TRUE;

  insights = find_insights_marker (lines, 0);
  for (int i = 0; i < insights; i++)
    if (((Line *) g_ptr_array_index (lines, i))->text[0] != '\0')
      text_lines++;

  /* A headline and at least one paragraph. */
  return insights >= 0 && text_lines >= 2;
}

/**
 * nfe_page_text_parse:
 *
 * Reads NextFin page text into a new, unsaved article: headline, bullets
 * (generated), dateline, body, closing and accepted questions. Without a
 * headline or a body, or with a summary marker and no bullets, it is an
 * error naming the line.
 */
NfeArticle *
nfe_page_text_parse (const char  *text,
                     gsize        length,
                     GError     **error)
{
  g_autoptr(NfeArticle) article = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GPtrArray) bullets = NULL;
  g_autoptr(GPtrArray) paragraphs = NULL;
  g_autoptr(GPtrArray) questions = NULL;
  g_autoptr(GString) body = NULL;
  g_autofree char *dateline = NULL;
  g_autofree char *closing = NULL;
  GString *paragraph = NULL;
  const char *headline = NULL;
  guint last_number;
  guint i = 0;
  int summary;
  int insights;
  int body_end;

  g_return_val_if_fail (text != NULL, NULL);

  if (!nfe_import_check_text (text, length, error))
    return NULL;

  lines = split_lines (text, length);
  last_number = ((Line *) g_ptr_array_index (lines, lines->len - 1))->number;

#define LINE(n) ((Line *) g_ptr_array_index (lines, (n)))
#define SKIP_BLANK() while (i < lines->len && LINE (i)->text[0] == '\0') i++

  SKIP_BLANK ();
  if (i < lines->len && is_marker (LINE (i)->text, SITE_NAME))
    {
      i++;
      SKIP_BLANK ();
    }

  summary = find_summary_marker (lines);
  if (i >= lines->len || (int) i == summary || bullet_text (LINE (i)->text) != NULL)
    {
      g_set_error (error, NFE_IMPORT_ERROR, NFE_IMPORT_ERROR_NO_HEADLINE,
                   _("line %u: the article has no headline"),
                   i < lines->len ? LINE (i)->number : last_number);
      return NULL;
    }
  headline = LINE (i)->text;
  i++;
  SKIP_BLANK ();

  /* The bullets follow the marker; a page without the marker may still
   * have them straight under the headline. */
  bullets = g_ptr_array_new_with_free_func (g_free);
  if (summary >= 0)
    {
      if ((int) i != summary)
        {
          g_set_error (error, NFE_IMPORT_ERROR, NFE_IMPORT_ERROR_INVALID,
                       _("line %u: expected “%s” after the headline"),
                       LINE (i)->number, SUMMARY_MARKER);
          return NULL;
        }
      i++;
      SKIP_BLANK ();
    }

  while (i < lines->len)
    {
      const char *rest = bullet_text (LINE (i)->text);
      g_autofree char *stripped = NULL;

      if (rest == NULL)
        break;

      stripped = strip_text (rest);
      i++;

      /* Some browsers put the bullet character on a line of its own. */
      if (stripped[0] == '\0')
        {
          SKIP_BLANK ();
          if (i >= lines->len || bullet_text (LINE (i)->text) != NULL)
            continue;
          g_free (stripped);
          stripped = g_strdup (LINE (i)->text);
          i++;
        }

      g_ptr_array_add (bullets, g_steal_pointer (&stripped));
      SKIP_BLANK ();
    }

  if (summary >= 0 && bullets->len == 0)
    {
      g_set_error (error, NFE_IMPORT_ERROR, NFE_IMPORT_ERROR_INVALID,
                   _("line %u: the summary has no bullets"), LINE (summary)->number);
      return NULL;
    }

  insights = find_insights_marker (lines, i);
  body_end = insights >= 0 ? insights : (int) lines->len;

  /* Paragraphs are runs of non-blank lines. */
  paragraphs = g_ptr_array_new_with_free_func (g_free);
  for (; (int) i < body_end; i++)
    {
      if (LINE (i)->text[0] == '\0')
        {
          if (paragraph != NULL)
            g_ptr_array_add (paragraphs, g_string_free (g_steal_pointer (&paragraph), FALSE));
          continue;
        }

      if (paragraph == NULL)
        paragraph = g_string_new (LINE (i)->text);
      else
        g_string_append_printf (paragraph, "\n%s", LINE (i)->text);
    }
  if (paragraph != NULL)
    g_ptr_array_add (paragraphs, g_string_free (g_steal_pointer (&paragraph), FALSE));

  /* With no questions to end it, the page's footer ends up under the body. */
  if (insights < 0)
    while (paragraphs->len > 0)
      {
        g_auto(GStrv) parts = g_strsplit (g_ptr_array_index (paragraphs, paragraphs->len - 1), "\n", -1);
        guint chrome = 0;

        while (parts[chrome] != NULL && is_chrome (parts[chrome]))
          chrome++;
        if (parts[chrome] != NULL)
          break;
        g_ptr_array_remove_index (paragraphs, paragraphs->len - 1);
      }

  if (paragraphs->len > 0 &&
      g_ascii_strncasecmp (g_ptr_array_index (paragraphs, paragraphs->len - 1),
                           CLOSING_PREFIX, strlen (CLOSING_PREFIX)) == 0)
    {
      closing = g_strdup (g_ptr_array_index (paragraphs, paragraphs->len - 1));
      g_ptr_array_remove_index (paragraphs, paragraphs->len - 1);
    }

  if (paragraphs->len > 0)
    {
      const char *rest = NULL;

      dateline = split_dateline (g_ptr_array_index (paragraphs, 0), &rest);
      if (dateline != NULL)
        {
          char *first = g_strdup (rest);

          g_free (g_ptr_array_index (paragraphs, 0));
          g_ptr_array_index (paragraphs, 0) = first;
          if (first[0] == '\0')
            g_ptr_array_remove_index (paragraphs, 0);
        }
    }

  if (paragraphs->len == 0)
    {
      g_set_error (error, NFE_IMPORT_ERROR, NFE_IMPORT_ERROR_INVALID,
                   _("line %u: the article has no body text"),
                   insights >= 0 ? LINE (insights)->number : last_number);
      return NULL;
    }

  /* Questions, one a line; the first line that is not one starts the
   * site's footer, which is dropped with everything after it. */
  questions = g_ptr_array_new_with_free_func (g_free);
  if (insights >= 0)
    for (i = insights + 1; i < lines->len; i++)
      {
        const char *line = LINE (i)->text;
        const char *rest;

        if (line[0] == '\0')
          continue;
        if ((rest = bullet_text (line)) != NULL)
          line = rest;
        if (!is_question (line))
          break;
        g_ptr_array_add (questions, strip_text (line));
      }

#undef SKIP_BLANK
#undef LINE

  body = g_string_new (NULL);
  for (i = 0; i < paragraphs->len; i++)
    {
      if (i > 0)
        g_string_append (body, "\n\n");
      g_string_append (body, g_ptr_array_index (paragraphs, i));
    }
  g_string_append_c (body, '\n');

  article = nfe_article_new ();
  nfe_article_set_field (article, NFE_ARTICLE_FIELD_HEADLINE, headline);
  nfe_article_set_field (article, NFE_ARTICLE_FIELD_BODY, body->str);
  if (dateline != NULL)
    nfe_article_set_field (article, NFE_ARTICLE_FIELD_DATELINE, dateline);
  if (closing != NULL)
    nfe_article_set_field (article, NFE_ARTICLE_FIELD_CLOSING, closing);

  for (i = 0; i < bullets->len; i++)
    {
      g_autoptr(NfeBullet) bullet = nfe_bullet_new (g_ptr_array_index (bullets, i),
                                                    NFE_ORIGIN_GENERATED);
      nfe_article_add_bullet (article, bullet);
    }

  for (i = 0; i < questions->len; i++)
    {
      g_autoptr(NfeQuestion) question = nfe_question_new (g_ptr_array_index (questions, i),
                                                          NFE_QUESTION_STATE_ACCEPTED,
                                                          NFE_ORIGIN_GENERATED);
      nfe_article_add_question (article, question);
    }

  return g_steal_pointer (&article);
}
