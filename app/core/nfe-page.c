/* nfe-page.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nfe-page"

#include "config.h"

#include <string.h>

#include "nfe-page.h"

/* The published page, from resources/page/: one template and one
 * stylesheet for the live preview and for export. Every field of the
 * article is escaped here; the body comes escaped from nfe-markdown.
 *
 * The page's own words ("Summarized by NextFin AI", "Insights") are the
 * site's, in the site's language, and so not translated with the UI. */

#define TEMPLATE_RESOURCE   "/org/nextfin/Editor/page/page.html"
#define STYLESHEET_RESOURCE "/org/nextfin/Editor/page/page.css"
#define SITE_NAME           "NextFin"

static const char * const part_ids[NFE_N_PAGE_PARTS] = {
  "nfe-header", "nfe-summary", "nfe-closing", "nfe-insights",
};

const char *
nfe_page_part_get_id (NfePagePart part)
{
  g_return_val_if_fail (part < NFE_N_PAGE_PARTS, NULL);
  return part_ids[part];
}

static void
append_escaped (GString    *out,
                const char *text)
{
  g_autofree char *escaped = nfe_markdown_escape (text, -1);

  g_string_append (out, escaped);
}

static void
append_date (GString *out,
             gint64   unix_time)
{
  static const char * const months[] = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  };
  g_autoptr(GDateTime) date = unix_time > 0 ? g_date_time_new_from_unix_utc (unix_time)
                                            : g_date_time_new_now_utc ();

  g_string_append_printf (out, "<time datetime=\"%04d-%02d-%02d\">%s %d, %d</time>",
                          g_date_time_get_year (date), g_date_time_get_month (date),
                          g_date_time_get_day_of_month (date),
                          months[g_date_time_get_month (date) - 1],
                          g_date_time_get_day_of_month (date), g_date_time_get_year (date));
}

static void
render_header (GString    *out,
               NfeArticle *article)
{
  const char *byline = nfe_article_get_field (article, NFE_ARTICLE_FIELD_BYLINE);
  const char *source = nfe_article_get_field (article, NFE_ARTICLE_FIELD_SOURCE);
  const char *headline = nfe_article_get_headline (article);

  g_string_append (out, "<p class=\"site-name\">" SITE_NAME "</p>\n");
  /* An empty heading is invalid HTML and tells a screen reader nothing;
   * until the article has a headline, the page has none. */
  if (*headline != '\0')
    {
      g_string_append (out, "<h1>");
      append_escaped (out, headline);
      g_string_append (out, "</h1>\n");
    }
  g_string_append (out, "<p class=\"byline\">");
  if (*byline != '\0')
    {
      g_string_append (out, "<span class=\"author\">");
      append_escaped (out, byline);
      g_string_append (out, "</span> · ");
    }
  if (*source != '\0')
    {
      g_string_append (out, "<span class=\"source\">");
      append_escaped (out, source);
      g_string_append (out, "</span> · ");
    }
  append_date (out, nfe_article_get_created (article));
  g_string_append (out, "</p>\n");
}

static void
render_summary (GString    *out,
                NfeArticle *article)
{
  GListModel *bullets = nfe_article_get_bullets (article);
  guint n_bullets = g_list_model_get_n_items (bullets);

  if (n_bullets == 0)
    return;

  g_string_append (out, "<h2 class=\"summary-title\">Summarized by NextFin AI</h2>\n<ul>\n");
  for (guint i = 0; i < n_bullets; i++)
    {
      g_autoptr(NfeBullet) bullet = g_list_model_get_item (bullets, i);

      g_string_append (out, "<li>");
      append_escaped (out, nfe_bullet_get_text (bullet));
      g_string_append (out, "</li>\n");
    }
  g_string_append (out, "</ul>\n");
}

static void
render_closing (GString    *out,
                NfeArticle *article)
{
  const char *closing = nfe_article_get_field (article, NFE_ARTICLE_FIELD_CLOSING);

  if (*closing == '\0')
    return;

  g_string_append (out, "<p>");
  append_escaped (out, closing);
  g_string_append (out, "</p>\n");
}

static void
render_insights (GString    *out,
                 NfeArticle *article)
{
  GListModel *questions = nfe_article_get_questions (article);
  guint n_questions = g_list_model_get_n_items (questions);
  gboolean any = FALSE;

  for (guint i = 0; i < n_questions; i++)
    {
      g_autoptr(NfeQuestion) question = g_list_model_get_item (questions, i);

      if (nfe_question_get_state (question) != NFE_QUESTION_STATE_ACCEPTED)
        continue;

      if (!any)
        g_string_append (out, "<h2>Insights</h2>\n<ul>\n");
      any = TRUE;

      g_string_append (out, "<li>");
      append_escaped (out, nfe_question_get_text (question));
      g_string_append (out, "</li>\n");
    }

  if (any)
    g_string_append (out, "</ul>\n");
}

/**
 * nfe_page_render_part:
 *
 * Returns: the inner HTML of one part of the page, empty when the article
 *   has nothing for it.
 */
char *
nfe_page_render_part (NfeArticle  *article,
                      NfePagePart  part)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (NFE_IS_ARTICLE (article), NULL);
  g_return_val_if_fail (part < NFE_N_PAGE_PARTS, NULL);

  switch (part)
    {
    case NFE_PAGE_PART_HEADER:
      render_header (out, article);
      break;

    case NFE_PAGE_PART_SUMMARY:
      render_summary (out, article);
      break;

    case NFE_PAGE_PART_CLOSING:
      render_closing (out, article);
      break;

    case NFE_PAGE_PART_INSIGHTS:
      render_insights (out, article);
      break;

    case NFE_N_PAGE_PARTS:
    default:
      g_assert_not_reached ();
    }

  return g_string_free (out, FALSE);
}

/**
 * nfe_page_dup_lead_html:
 *
 * Returns: (nullable): the dateline as it opens the first paragraph
 *   ("<span class="dateline">NextFin News</span> - "), or %NULL.
 */
char *
nfe_page_dup_lead_html (NfeArticle *article)
{
  const char *dateline;
  g_autofree char *escaped = NULL;
  g_autofree char *stripped = NULL;

  g_return_val_if_fail (NFE_IS_ARTICLE (article), NULL);

  dateline = nfe_article_get_field (article, NFE_ARTICLE_FIELD_DATELINE);
  stripped = g_strstrip (g_strdup (dateline));

  /* "NextFin News - " and "NextFin News" give the same page. */
  if (g_str_has_suffix (stripped, "-"))
    stripped[strlen (stripped) - 1] = '\0';
  g_strstrip (stripped);
  if (*stripped == '\0')
    return NULL;

  escaped = nfe_markdown_escape (stripped, -1);
  return g_strdup_printf ("<span class=\"dateline\">%s</span> - ", escaped);
}

/**
 * nfe_page_render_body_block:
 *
 * Returns: a body block as it stands in the page: in the preview inside an
 *   element of its own, so it can be replaced alone.
 */
char *
nfe_page_render_body_block (const char   *html,
                            NfePageFlags  flags)
{
  if ((flags & NFE_PAGE_PREVIEW) == 0)
    return g_strdup (html);

  return g_strdup_printf ("<div class=\"nfe-block\">%s</div>\n", html);
}

static char *
load_resource (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);

  /* The resources are compiled into the program: failing is a bug. */
  if (bytes == NULL)
    g_error ("%s", error->message);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
fill_template (GString    *out,
               const char *template,
               GHashTable *values)
{
  const char *p = template;
  const char *open;

  while ((open = strstr (p, "{{")) != NULL)
    {
      const char *close = strstr (open, "}}");
      g_autofree char *name = NULL;
      const char *value;

      g_assert (close != NULL);
      g_string_append_len (out, p, open - p);
      name = g_strndup (open + 2, close - open - 2);
      value = g_hash_table_lookup (values, name);
      if (value == NULL)
        g_critical ("The page template names an unknown field “%s”", name);
      else
        g_string_append (out, value);
      p = close + 2;
    }

  g_string_append (out, p);
}

/**
 * nfe_page_dup_stylesheet:
 *
 * Returns: the page's stylesheet, for other pages that must look the same
 *   (the index of an exported project).
 */
char *
nfe_page_dup_stylesheet (void)
{
  return load_resource (STYLESHEET_RESOURCE);
}

/**
 * nfe_page_render:
 * @blocks: (nullable) (element-type NfeMarkdownBlock): the body, already
 *   rendered; %NULL to render it here
 *
 * Returns: the whole page, a standalone HTML document with no script.
 */
char *
nfe_page_render (NfeArticle   *article,
                 GPtrArray    *blocks,
                 NfePageFlags  flags)
{
  return nfe_page_render_with_head (article, blocks, flags, NULL);
}

/**
 * nfe_page_render_with_head:
 * @blocks: (nullable) (element-type NfeMarkdownBlock): the body, already
 *   rendered; %NULL to render it here
 * @head_html: (nullable): markup for the document's head, trusted and
 *   already escaped: the export's metadata
 *
 * The same page as nfe_page_render(), with more in its head. The preview
 * has no use for the metadata, and leaving it out keeps its page free of
 * any script element, even a data block.
 *
 * Returns: the whole page, a standalone HTML document.
 */
char *
nfe_page_render_with_head (NfeArticle   *article,
                           GPtrArray    *blocks,
                           NfePageFlags  flags,
                           const char   *head_html)
{
  g_autoptr(GHashTable) values = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GPtrArray) own_blocks = NULL;
  g_autofree char *template = load_resource (TEMPLATE_RESOURCE);
  GString *body = g_string_new (NULL);
  GString *page = g_string_new (NULL);
  const char *headline;

  g_return_val_if_fail (NFE_IS_ARTICLE (article), NULL);

  if (blocks == NULL)
    {
      g_autofree char *lead = nfe_page_dup_lead_html (article);
      const char *markdown = nfe_article_get_body (article);

      own_blocks = nfe_markdown_render_blocks (markdown, strlen (markdown), lead,
                                               (flags & NFE_PAGE_REMOTE_IMAGES)
                                               ? NFE_MARKDOWN_REMOTE_IMAGES : NFE_MARKDOWN_DEFAULT);
      blocks = own_blocks;
    }

  for (guint i = 0; i < blocks->len; i++)
    {
      NfeMarkdownBlock *block = g_ptr_array_index (blocks, i);
      g_autofree char *html = nfe_page_render_body_block (block->html, flags);

      g_string_append (body, html);
    }

  /* Nothing but inline styles and, when asked, images from the web. The
   * page has no script at all; the preview's own is injected by WebKit. */
  g_hash_table_insert (values, "csp",
                       g_strdup_printf ("default-src 'none'; style-src 'unsafe-inline'; "
                                        "img-src data:%s; base-uri 'none'; form-action 'none'",
                                        (flags & NFE_PAGE_REMOTE_IMAGES) ? " https: http:" : ""));
  g_hash_table_insert (values, "html_attributes",
                       g_strdup ((flags & NFE_PAGE_DARK) ? " data-theme=\"dark\"" : ""));
  headline = nfe_article_get_headline (article);
  g_hash_table_insert (values, "title",
                       *headline ? nfe_markdown_escape (headline, -1) : g_strdup (SITE_NAME));
  g_hash_table_insert (values, "head", g_strdup (head_html ? head_html : ""));
  g_hash_table_insert (values, "style", load_resource (STYLESHEET_RESOURCE));
  g_hash_table_insert (values, "header", nfe_page_render_part (article, NFE_PAGE_PART_HEADER));
  g_hash_table_insert (values, "summary", nfe_page_render_part (article, NFE_PAGE_PART_SUMMARY));
  g_hash_table_insert (values, "body", g_string_free (body, FALSE));
  g_hash_table_insert (values, "closing", nfe_page_render_part (article, NFE_PAGE_PART_CLOSING));
  g_hash_table_insert (values, "insights", nfe_page_render_part (article, NFE_PAGE_PART_INSIGHTS));

  fill_template (page, template, values);
  return g_string_free (page, FALSE);
}
