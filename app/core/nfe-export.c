/* nfe-export.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nfe-export"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "nfe-export.h"
#include "nfe-front-matter.h"
#include "nfe-markdown.h"
#include "nfe-page.h"

/* Export writes the published page as a file that stands alone: the page
 * from the preview's own template and renderer, with the metadata that
 * search engines and link previews read in its head. Nothing in it runs
 * and nothing is fetched; the only script element is JSON-LD, which is
 * data a browser never executes. */

#define SITE_NAME             "NextFin"
#define DESCRIPTION_MAX_CHARS 160
#define SLUG_MAX_CHARS        60

static void
append_meta (GString    *head,
             const char *attribute,
             const char *name,
             const char *content)
{
  g_autofree char *escaped = nfe_markdown_escape (content, -1);

  g_string_append_printf (head, "<meta %s=\"%s\" content=\"%s\">\n", attribute, name, escaped);
}

/* Turns the HTML of a paragraph back into its text: the body is Markdown,
 * and its rendering is the one place where links, emphasis and entities
 * are already resolved. */
static char *
html_to_text (const char *html)
{
  GString *text = g_string_new (NULL);
  const char *p = html;

  while (*p != '\0')
    {
      if (*p == '<')
        {
          const char *close = strchr (p, '>');

          if (close == NULL)
            break;
          p = close + 1;
          continue;
        }

      if (*p == '&')
        {
          static const struct { const char *entity; const char *text; } entities[] = {
            { "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" },
            { "&quot;", "\"" }, { "&#39;", "'" }, { "&nbsp;", " " },
          };
          gboolean decoded = FALSE;

          for (guint i = 0; i < G_N_ELEMENTS (entities) && !decoded; i++)
            {
              if (g_str_has_prefix (p, entities[i].entity))
                {
                  g_string_append (text, entities[i].text);
                  p += strlen (entities[i].entity);
                  decoded = TRUE;
                }
            }

          if (!decoded && p[1] == '#')
            {
              gboolean hex = p[2] == 'x' || p[2] == 'X';
              char *end = NULL;
              guint64 value = g_ascii_strtoull (p + (hex ? 3 : 2), &end, hex ? 16 : 10);

              if (end != NULL && *end == ';' && g_unichar_validate ((gunichar) value) && value != 0)
                {
                  g_string_append_unichar (text, (gunichar) value);
                  p = end + 1;
                  decoded = TRUE;
                }
            }

          if (decoded)
            continue;
        }

      g_string_append_c (text, *p);
      p++;
    }

  return g_string_free (text, FALSE);
}

/* Collapses runs of white space, as a browser shows them, and keeps the
 * text short enough for a search result's snippet, ending on a word. */
static char *
shorten_text (const char *text,
              guint       max_chars)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \t\n\r\f", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;

      if (out->len > 0 && g_utf8_strlen (out->str, -1) + 1 + g_utf8_strlen (words[i], -1) > max_chars)
        {
          g_string_append (out, "…");
          break;
        }

      /* A single word longer than the whole snippet is cut. */
      if (out->len == 0 && g_utf8_strlen (words[i], -1) > max_chars)
        {
          const char *end = g_utf8_offset_to_pointer (words[i], max_chars - 1);

          g_string_append_len (out, words[i], end - words[i]);
          g_string_append (out, "…");
          break;
        }

      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, words[i]);
    }

  return g_string_free (out, FALSE);
}

/* The summary is the article in brief, so its first bullet describes the
 * page best; an article without one falls back to its opening. */
static char *
dup_description (NfeArticle *article)
{
  GListModel *bullets = nfe_article_get_bullets (article);
  const char *markdown = nfe_article_get_body (article);
  g_autoptr(GPtrArray) blocks = NULL;

  if (g_list_model_get_n_items (bullets) > 0)
    {
      g_autoptr(NfeBullet) bullet = g_list_model_get_item (bullets, 0);

      return shorten_text (nfe_bullet_get_text (bullet), DESCRIPTION_MAX_CHARS);
    }

  blocks = nfe_markdown_render_blocks (markdown, strlen (markdown), NULL, NFE_MARKDOWN_DEFAULT);
  for (guint i = 0; i < blocks->len; i++)
    {
      NfeMarkdownBlock *block = g_ptr_array_index (blocks, i);

      if (g_str_has_prefix (block->html, "<p>") || g_str_has_prefix (block->html, "<p "))
        {
          g_autofree char *text = html_to_text (block->html);

          return shorten_text (text, DESCRIPTION_MAX_CHARS);
        }
    }

  return g_strdup ("");
}

/* The byline as written on the page ("By Ana Ruiz") names a person for
 * the structured data ("Ana Ruiz"). */
static char *
dup_author_name (NfeArticle *article)
{
  const char *byline = nfe_article_get_field (article, NFE_ARTICLE_FIELD_BYLINE);
  g_autofree char *name = g_strstrip (g_strdup (byline));

  if (g_ascii_strncasecmp (name, "by ", 3) == 0)
    return g_strstrip (g_strdup (name + 3));

  return g_steal_pointer (&name);
}

static char *
dup_iso8601 (gint64 unix_time)
{
  /* The page shows today for an article that has no date yet; so does its
   * structured data. */
  g_autoptr(GDateTime) date = unix_time > 0 ? g_date_time_new_from_unix_utc (unix_time)
                                            : g_date_time_new_now_utc ();

  return g_date_time_format_iso8601 (date);
}

static char *
dup_json_ld (NfeArticle *article,
             const char *headline,
             const char *description,
             const char *author)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *published = dup_iso8601 (nfe_article_get_created (article));
  g_autofree char *json = NULL;
  GString *escaped;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "@context");
  json_builder_add_string_value (builder, "https://schema.org");
  json_builder_set_member_name (builder, "@type");
  json_builder_add_string_value (builder, "NewsArticle");
  json_builder_set_member_name (builder, "headline");
  json_builder_add_string_value (builder, headline);
  json_builder_set_member_name (builder, "datePublished");
  json_builder_add_string_value (builder, published);
  if (nfe_article_get_updated (article) > 0)
    {
      g_autofree char *modified = dup_iso8601 (nfe_article_get_updated (article));

      json_builder_set_member_name (builder, "dateModified");
      json_builder_add_string_value (builder, modified);
    }
  if (*author != '\0')
    {
      json_builder_set_member_name (builder, "author");
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "@type");
      json_builder_add_string_value (builder, "Person");
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, author);
      json_builder_end_object (builder);
    }
  if (*description != '\0')
    {
      json_builder_set_member_name (builder, "description");
      json_builder_add_string_value (builder, description);
    }
  json_builder_set_member_name (builder, "publisher");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "@type");
  json_builder_add_string_value (builder, "Organization");
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, SITE_NAME);
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json = json_generator_to_data (generator, NULL);

  /* JSON escapes quotes, not markup. Inside a script element "</" could
   * end the element early and "<!--" would change how the parser looks
   * for its end, so both are written in forms that JSON reads the same. */
  escaped = g_string_new (json);
  g_string_replace (escaped, "</", "<\\/", 0);
  g_string_replace (escaped, "<!--", "\\u003c!--", 0);

  return g_string_free (escaped, FALSE);
}

static char *
dup_head (NfeArticle *article)
{
  const char *headline = nfe_article_get_headline (article);
  g_autofree char *description = dup_description (article);
  g_autofree char *author = dup_author_name (article);
  g_autofree char *json_ld = NULL;
  GString *head = g_string_new (NULL);

  /* The page's title falls back to the site's name; so does everything
   * that repeats it. */
  if (*headline == '\0')
    headline = SITE_NAME;

  if (*description != '\0')
    append_meta (head, "name", "description", description);
  if (*author != '\0')
    append_meta (head, "name", "author", author);
  append_meta (head, "property", "og:type", "article");
  append_meta (head, "property", "og:title", headline);
  if (*description != '\0')
    append_meta (head, "property", "og:description", description);
  append_meta (head, "property", "og:site_name", SITE_NAME);

  json_ld = dup_json_ld (article, headline, description, author);
  g_string_append_printf (head, "<script type=\"application/ld+json\">\n%s\n</script>\n", json_ld);

  return g_string_free (head, FALSE);
}

/**
 * nfe_export_page:
 *
 * Returns: the article as a standalone HTML5 page: the published page,
 *   with its stylesheet inline, no script and nothing from elsewhere, and
 *   metadata (description, Open Graph, schema.org NewsArticle) in its head.
 */
char *
nfe_export_page (NfeArticle *article)
{
  g_autofree char *head = NULL;

  g_return_val_if_fail (NFE_IS_ARTICLE (article), NULL);

  head = dup_head (article);
  return nfe_page_render_with_head (article, NULL, NFE_PAGE_DEFAULT, head);
}

/**
 * nfe_export_slugify:
 *
 * Returns: a file name (without extension) for an article: its headline
 *   in lower-case ASCII words joined by "-", or "article".
 */
char *
nfe_export_slugify (const char *headline)
{
  g_autofree char *ascii = NULL;
  GString *slug = g_string_new (NULL);

  g_return_val_if_fail (headline != NULL, NULL);

  /* Folding to ASCII keeps "Café" readable as "cafe" in a URL, where
   * percent-encoded letters would not be. */
  ascii = g_str_to_ascii (headline, "C");
  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (slug, g_ascii_tolower (*p));
      else if (slug->len > 0 && slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
    }

  if (slug->len > SLUG_MAX_CHARS)
    {
      const char *last_dash;

      /* End on a whole word, unless that loses most of the name. */
      g_string_truncate (slug, SLUG_MAX_CHARS);
      last_dash = strrchr (slug->str, '-');
      if (slug->str[SLUG_MAX_CHARS - 1] != '-' && last_dash != NULL
          && last_dash - slug->str >= SLUG_MAX_CHARS / 2)
        g_string_truncate (slug, last_dash - slug->str);
    }

  while (slug->len > 0 && slug->str[slug->len - 1] == '-')
    g_string_truncate (slug, slug->len - 1);

  if (slug->len == 0)
    g_string_append (slug, "article");

  return g_string_free (slug, FALSE);
}

/* Names every article of the project, in the project's order, so that an
 * article keeps its file name whether it is exported alone or with the
 * rest. "index" is the project's own page. */
static GPtrArray *
dup_slugs (GListModel *articles)
{
  g_autoptr(GHashTable) taken = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *slugs = g_ptr_array_new_with_free_func (g_free);
  guint n_articles = g_list_model_get_n_items (articles);

  g_hash_table_add (taken, (gpointer) "index");

  for (guint i = 0; i < n_articles; i++)
    {
      g_autoptr(NfeArticle) article = g_list_model_get_item (articles, i);
      g_autofree char *base = nfe_export_slugify (nfe_article_get_headline (article));
      char *slug = g_strdup (base);

      for (guint n = 2; g_hash_table_contains (taken, slug); n++)
        {
          g_free (slug);
          slug = g_strdup_printf ("%s-%u", base, n);
        }

      g_ptr_array_add (slugs, slug);
      g_hash_table_add (taken, slug);
    }

  return slugs;
}

static gboolean
ensure_dir (GFile   *dir,
            GError **error)
{
  g_autoptr(GError) local_error = NULL;

  if (g_file_make_directory_with_parents (dir, NULL, &local_error))
    return TRUE;

  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    return TRUE;

  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

static gboolean
write_file (GFile       *dir,
            const char  *name,
            const char  *contents,
            GError     **error)
{
  g_autoptr(GFile) file = g_file_get_child (dir, name);

  return g_file_replace_contents (file, contents, strlen (contents), NULL, FALSE,
                                  G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, error);
}

/* The status words of the site's language, like the rest of the page;
 * the UI's labels follow the editor's locale. */
static const char *
status_label (NfeArticleStatus status)
{
  static const char * const labels[] = { "Draft", "In review", "Approved", "Published" };

  g_assert (status < G_N_ELEMENTS (labels));
  return labels[status];
}

static char *
render_index (NfeProject *project,
              GListModel *articles,
              GPtrArray  *slugs)
{
  g_autofree char *title = nfe_project_dup_title (project);
  g_autofree char *title_escaped = NULL;
  g_autofree char *stylesheet = nfe_page_dup_stylesheet ();
  GString *page = g_string_new (NULL);

  title_escaped = nfe_markdown_escape (title != NULL && *title != '\0' ? title : SITE_NAME, -1);

  g_string_append_printf (page,
                          "<!DOCTYPE html>\n"
                          "<html lang=\"en\">\n"
                          "<head>\n"
                          "<meta charset=\"utf-8\">\n"
                          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                          "style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                          "<title>%s</title>\n"
                          "<style>\n%s</style>\n"
                          "</head>\n"
                          "<body>\n"
                          "<main class=\"nfe-page\">\n"
                          "<header>\n"
                          "<p class=\"site-name\">" SITE_NAME "</p>\n"
                          "<h1>%s</h1>\n"
                          "</header>\n"
                          "<ul class=\"index\">\n",
                          title_escaped, stylesheet, title_escaped);

  for (guint i = 0; i < slugs->len; i++)
    {
      g_autoptr(NfeArticle) article = g_list_model_get_item (articles, i);
      const char *headline = nfe_article_get_headline (article);
      g_autofree char *headline_escaped = nfe_markdown_escape (*headline ? headline : "Untitled", -1);
      g_autofree char *href = g_strconcat (g_ptr_array_index (slugs, i), ".html", NULL);
      g_autofree char *href_escaped = nfe_markdown_escape (href, -1);
      gint64 created = nfe_article_get_created (article);
      g_autoptr(GDateTime) date = created > 0 ? g_date_time_new_from_unix_utc (created)
                                              : g_date_time_new_now_utc ();
      g_autofree char *day = g_date_time_format (date, "%Y-%m-%d");

      g_string_append_printf (page,
                              "<li><a href=\"%s\">%s</a> <span class=\"status\">%s</span> · "
                              "<time datetime=\"%s\">%s</time></li>\n",
                              href_escaped, headline_escaped,
                              status_label (nfe_article_get_status (article)), day, day);
    }

  g_string_append (page,
                   "</ul>\n"
                   "</main>\n"
                   "</body>\n"
                   "</html>\n");

  return g_string_free (page, FALSE);
}

typedef char *(*RenderFunc) (NfeArticle *article);

static gboolean
export_articles (NfeProject  *project,
                 GFile       *dir,
                 gint64       article_id,
                 RenderFunc   render,
                 const char  *extension,
                 gboolean     with_index,
                 GError     **error)
{
  GListModel *articles = nfe_project_get_articles (project);
  g_autoptr(GPtrArray) slugs = dup_slugs (articles);
  gboolean found = FALSE;

  if (article_id != 0 && nfe_project_find_article (project, article_id) == NULL)
    {
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, article_id);

      g_set_error (error, NFE_STORE_ERROR, NFE_STORE_ERROR_NO_SUCH_ARTICLE,
                   _("There is no article %s in the project"), id);
      return FALSE;
    }

  if (!ensure_dir (dir, error))
    return FALSE;

  for (guint i = 0; i < slugs->len; i++)
    {
      g_autoptr(NfeArticle) article = g_list_model_get_item (articles, i);
      g_autofree char *name = NULL;
      g_autofree char *contents = NULL;

      if (article_id != 0 && nfe_article_get_id (article) != article_id)
        continue;

      if (!nfe_project_load_article (project, article, error))
        return FALSE;

      name = g_strconcat (g_ptr_array_index (slugs, i), extension, NULL);
      contents = render (article);
      g_debug ("Writing “%s”", name);
      if (!write_file (dir, name, contents, error))
        return FALSE;
      found = TRUE;
    }

  g_assert (article_id == 0 || found);

  if (with_index && article_id == 0)
    {
      g_autofree char *index = render_index (project, articles, slugs);

      if (!write_file (dir, "index.html", index, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * nfe_export_project:
 * @dir: the folder to write to, created when missing
 * @article_id: the one article to export, or 0 for all of them
 *
 * Writes each article as a standalone page named after its headline
 * ("bond-yields-fall.html") and, for the whole project, an index.html
 * linking them all.
 */
gboolean
nfe_export_project (NfeProject  *project,
                    GFile       *dir,
                    gint64       article_id,
                    GError     **error)
{
  g_return_val_if_fail (NFE_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (G_IS_FILE (dir), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return export_articles (project, dir, article_id, nfe_export_page, ".html", TRUE, error);
}

/**
 * nfe_export_project_markdown:
 * @dir: the folder to write to, created when missing
 * @article_id: the one article to export, or 0 for all of them
 *
 * Writes each article as Markdown with YAML front matter, which imports
 * back; the file names are the same as those of the HTML export.
 */
gboolean
nfe_export_project_markdown (NfeProject  *project,
                             GFile       *dir,
                             gint64       article_id,
                             GError     **error)
{
  g_return_val_if_fail (NFE_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (G_IS_FILE (dir), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return export_articles (project, dir, article_id, nfe_front_matter_write, ".md", FALSE, error);
}
