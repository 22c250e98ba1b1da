/* nfe-markdown.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nfe-markdown"

#include "config.h"

#include <md4c.h>
#include <md4c-html.h>
#include <string.h>

#include "nfe-markdown.h"

/* Markdown (GitHub's dialect) to HTML, in process, with md4c's parser and
 * a renderer of our own on its callbacks. Our own because the preview
 * needs what md4c-html cannot give: each top-level block separately, with
 * the source lines it came from (so that an edit re-sends one block, and
 * editor and preview can scroll together), and a say in what is safe:
 *
 *  - raw HTML in the article is not HTML to us: it shows as the text it is;
 *  - links keep only http, https, mailto and tel and relative targets, so a
 *    "javascript:" link is just its text;
 *  - images from other hosts are not loaded unless asked for. */

#define PARSER_FLAGS (MD_DIALECT_GITHUB | MD_FLAG_NOHTML)

typedef struct
{
  const char        *input;
  gsize              input_length;
  NfeMarkdownFlags   flags;
  const char        *lead_html;
  gboolean           lead_done;

  GArray            *line_starts;
  GPtrArray         *blocks;
  GString           *out;
  int                depth;
  gssize             block_first;
  gssize             block_last;

  GArray            *link_stack;
  guint              image_depth;
  GString           *image_alt;
  char              *image_src;
  char              *image_title;
} Renderer;

void
nfe_markdown_block_free (NfeMarkdownBlock *block)
{
  if (block == NULL)
    return;

  g_free (block->html);
  g_free (block);
}

static void
append_escaped (GString    *out,
                const char *text,
                gsize       length)
{
  const char *end = text + length;

  for (const char *p = text; p < end; p++)
    {
      switch (*p)
        {
        case '&':
          g_string_append (out, "&amp;");
          break;
        case '<':
          g_string_append (out, "&lt;");
          break;
        case '>':
          g_string_append (out, "&gt;");
          break;
        case '"':
          g_string_append (out, "&quot;");
          break;
        case '\'':
          g_string_append (out, "&#39;");
          break;
        case '\t':
        case '\n':
        case '\r':
          g_string_append_c (out, *p);
          break;
        default:
          /* Other C0 controls are not allowed in HTML: drop them. */
          if ((guchar) *p >= 0x20 && *p != 0x7f)
            g_string_append_c (out, *p);
          break;
        }
    }
}

/**
 * nfe_markdown_escape:
 * @length: byte length of @text, or -1 if nul-terminated
 *
 * Returns: @text made safe to put in HTML, in element content or in a
 *   quoted attribute.
 */
char *
nfe_markdown_escape (const char *text,
                     gssize      length)
{
  GString *out;

  if (text == NULL)
    return g_strdup ("");

  if (length < 0)
    length = strlen (text);

  out = g_string_sized_new (length + 16);
  append_escaped (out, text, length);
  return g_string_free (out, FALSE);
}

static void
collect_cb (const MD_CHAR *text,
            MD_SIZE        size,
            void          *userdata)
{
  g_string_append_len (userdata, text, size);
}

/* md4c reports an entity ("&eacute;") as it is written; md4c-html knows
 * every HTML entity, so let it turn this one into escaped HTML text. */
static void
append_entity_html (GString    *out,
                    const char *entity,
                    gsize       length)
{
  g_autoptr(GString) html = g_string_new (NULL);

  if (md_html (entity, length, collect_cb, html, 0, 0) == 0 &&
      g_str_has_prefix (html->str, "<p>") && g_str_has_suffix (html->str, "</p>\n"))
    g_string_append_len (out, html->str + 3, html->len - 3 - 5);
  else
    append_escaped (out, entity, length);
}

/* The text of an attribute (a link target, an image source) with its
 * entities turned into characters, as a browser would read it. */
static char *
attribute_text (const MD_ATTRIBUTE *attribute)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; attribute->substr_offsets[i] < attribute->size; i++)
    {
      const char *part = attribute->text + attribute->substr_offsets[i];
      gsize length = attribute->substr_offsets[i + 1] - attribute->substr_offsets[i];

      switch (attribute->substr_types[i])
        {
        case MD_TEXT_ENTITY:
          {
            g_autoptr(GString) html = g_string_new (NULL);

            append_entity_html (html, part, length);
            /* Undo the five escapes append_escaped()/md4c-html make. */
            g_string_replace (html, "&quot;", "\"", 0);
            g_string_replace (html, "&#39;", "'", 0);
            g_string_replace (html, "&lt;", "<", 0);
            g_string_replace (html, "&gt;", ">", 0);
            g_string_replace (html, "&amp;", "&", 0);
            g_string_append_len (text, html->str, html->len);
          }
          break;

        case MD_TEXT_NULLCHAR:
          g_string_append (text, "\xef\xbf\xbd");
          break;

        default:
          g_string_append_len (text, part, length);
          break;
        }
    }

  return g_string_free (text, FALSE);
}

static gboolean
is_remote (const char *url)
{
  return g_ascii_strncasecmp (url, "http:", 5) == 0 ||
         g_ascii_strncasecmp (url, "https:", 6) == 0 ||
         g_str_has_prefix (url, "//");
}

/**
 * nfe_markdown_safe_url:
 *
 * Returns: (nullable): @url as a browser would read it, if following it
 *   can only open a page or a mail or phone client; %NULL for any other
 *   scheme (javascript:, data:, file:, vbscript:…).
 */
char *
nfe_markdown_safe_url (const char *url,
                       gsize       length)
{
  static const char * const allowed[] = { "http", "https", "mailto", "tel" };
  g_autoptr(GString) clean = g_string_sized_new (length);
  const char *colon;
  const char *p;

  /* Browsers drop tabs and newlines anywhere in a URL and spaces and
   * controls around it ("java\tscript:" is "javascript:"): so do we,
   * before looking at the scheme. */
  for (gsize i = 0; i < length; i++)
    if (url[i] != '\t' && url[i] != '\n' && url[i] != '\r')
      g_string_append_c (clean, url[i]);
  for (p = clean->str; *p != '\0' && (guchar) *p <= 0x20; p++)
    ;
  g_string_erase (clean, 0, p - clean->str);

  colon = strpbrk (clean->str, ":/?#");
  if (colon == NULL || *colon != ':')
    return g_string_free (g_steal_pointer (&clean), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (allowed); i++)
    {
      gsize scheme_length = strlen (allowed[i]);

      if ((gsize) (colon - clean->str) == scheme_length &&
          g_ascii_strncasecmp (clean->str, allowed[i], scheme_length) == 0)
        return g_string_free (g_steal_pointer (&clean), FALSE);
    }

  return NULL;
}

static gboolean
is_image_data_url (const char *url)
{
  return g_ascii_strncasecmp (url, "data:image/", 11) == 0 &&
         g_ascii_strncasecmp (url, "data:image/svg", 14) != 0;
}

static guint
line_of_offset (Renderer *r,
                gsize     offset)
{
  guint low = 0, high = r->line_starts->len;

  /* The last line start at or before @offset. */
  while (high - low > 1)
    {
      guint mid = (low + high) / 2;

      if (g_array_index (r->line_starts, gsize, mid) <= offset)
        low = mid;
      else
        high = mid;
    }

  return low;
}

static void
note_position (Renderer   *r,
               const char *text,
               gsize       size)
{
  gsize offset;

  /* md4c hands most text as pointers into the input; the rest (line
   * breaks, replacement characters) tells nothing about position. */
  if (text < r->input || text >= r->input + r->input_length)
    return;

  offset = text - r->input;
  if (r->block_first < 0 || (gssize) offset < r->block_first)
    r->block_first = offset;
  if ((gssize) (offset + size) > r->block_last)
    r->block_last = offset + (size > 0 ? size - 1 : 0);
}

static void
begin_top_block (Renderer *r)
{
  g_string_truncate (r->out, 0);
  r->block_first = -1;
  r->block_last = -1;
}

static void
end_top_block (Renderer *r)
{
  NfeMarkdownBlock *block = g_new0 (NfeMarkdownBlock, 1);

  block->html = g_strndup (r->out->str, r->out->len);
  if (r->block_first >= 0)
    {
      block->first_line = line_of_offset (r, r->block_first);
      block->last_line = line_of_offset (r, MAX (r->block_first, r->block_last));
    }
  else
    {
      /* A block with no text (a rule, an empty code block) sits right
       * after the one before it. */
      NfeMarkdownBlock *previous = r->blocks->len ? g_ptr_array_index (r->blocks, r->blocks->len - 1)
                                                  : NULL;

      block->first_line = previous ? previous->last_line + 1 : 0;
      block->last_line = block->first_line;
    }

  g_ptr_array_add (r->blocks, block);
}

static void
append_attribute (GString            *out,
                  const char         *name,
                  const MD_ATTRIBUTE *attribute)
{
  g_autofree char *text = NULL;

  if (attribute->text == NULL || attribute->size == 0)
    return;

  text = attribute_text (attribute);
  g_string_append_printf (out, " %s=\"", name);
  append_escaped (out, text, strlen (text));
  g_string_append_c (out, '"');
}

static const char *
align_class (MD_ALIGN align)
{
  switch (align)
    {
    case MD_ALIGN_LEFT:
      return " class=\"align-left\"";
    case MD_ALIGN_CENTER:
      return " class=\"align-center\"";
    case MD_ALIGN_RIGHT:
      return " class=\"align-right\"";
    case MD_ALIGN_DEFAULT:
    default:
      return "";
    }
}

static int
enter_block_cb (MD_BLOCKTYPE  type,
                void         *detail,
                void         *userdata)
{
  Renderer *r = userdata;
  GString *out = r->out;

  if (type == MD_BLOCK_DOC)
    {
      r->depth++;
      return 0;
    }

  if (r->depth == 1)
    begin_top_block (r);

  switch (type)
    {
    case MD_BLOCK_QUOTE:
      g_string_append (out, "<blockquote>\n");
      break;

    case MD_BLOCK_UL:
      g_string_append (out, "<ul>\n");
      break;

    case MD_BLOCK_OL:
      {
        MD_BLOCK_OL_DETAIL *ol = detail;

        if (ol->start == 1)
          g_string_append (out, "<ol>\n");
        else
          g_string_append_printf (out, "<ol start=\"%u\">\n", ol->start);
      }
      break;

    case MD_BLOCK_LI:
      {
        MD_BLOCK_LI_DETAIL *li = detail;

        if (li->is_task)
          {
            note_position (r, r->input + li->task_mark_offset, 1);
            g_string_append_printf (out,
                                    "<li class=\"task-list-item\"><input type=\"checkbox\" disabled%s> ",
                                    li->task_mark == ' ' ? "" : " checked");
          }
        else
          g_string_append (out, "<li>");
      }
      break;

    case MD_BLOCK_HR:
      g_string_append (out, "<hr>\n");
      break;

    case MD_BLOCK_H:
      g_string_append_printf (out, "<h%u>", ((MD_BLOCK_H_DETAIL *) detail)->level);
      break;

    case MD_BLOCK_CODE:
      {
        MD_BLOCK_CODE_DETAIL *code = detail;

        g_string_append (out, "<pre><code");
        if (code->lang.size > 0)
          {
            g_autofree char *lang = attribute_text (&code->lang);

            g_string_append (out, " class=\"language-");
            append_escaped (out, lang, strlen (lang));
            g_string_append_c (out, '"');
          }
        g_string_append_c (out, '>');
      }
      break;

    case MD_BLOCK_HTML:
      g_string_append (out, "<pre class=\"raw-html\">");
      break;

    case MD_BLOCK_P:
      g_string_append (out, "<p>");
      if (r->depth == 1 && r->lead_html != NULL && !r->lead_done)
        {
          g_string_append (out, r->lead_html);
          r->lead_done = TRUE;
        }
      break;

    case MD_BLOCK_TABLE:
      g_string_append (out, "<table>\n");
      break;

    case MD_BLOCK_THEAD:
      g_string_append (out, "<thead>\n");
      break;

    case MD_BLOCK_TBODY:
      g_string_append (out, "<tbody>\n");
      break;

    case MD_BLOCK_TR:
      g_string_append (out, "<tr>");
      break;

    case MD_BLOCK_TH:
      g_string_append_printf (out, "<th%s>", align_class (((MD_BLOCK_TD_DETAIL *) detail)->align));
      break;

    case MD_BLOCK_TD:
      g_string_append_printf (out, "<td%s>", align_class (((MD_BLOCK_TD_DETAIL *) detail)->align));
      break;

    case MD_BLOCK_DOC:
    default:
      break;
    }

  r->depth++;
  return 0;
}

static int
leave_block_cb (MD_BLOCKTYPE  type,
                void         *detail,
                void         *userdata)
{
  Renderer *r = userdata;
  GString *out = r->out;

  r->depth--;

  switch (type)
    {
    case MD_BLOCK_QUOTE:
      g_string_append (out, "</blockquote>\n");
      break;

    case MD_BLOCK_UL:
      g_string_append (out, "</ul>\n");
      break;

    case MD_BLOCK_OL:
      g_string_append (out, "</ol>\n");
      break;

    case MD_BLOCK_LI:
      g_string_append (out, "</li>\n");
      break;

    case MD_BLOCK_H:
      g_string_append_printf (out, "</h%u>\n", ((MD_BLOCK_H_DETAIL *) detail)->level);
      break;

    case MD_BLOCK_CODE:
      g_string_append (out, "</code></pre>\n");
      break;

    case MD_BLOCK_HTML:
      g_string_append (out, "</pre>\n");
      break;

    case MD_BLOCK_P:
      g_string_append (out, "</p>\n");
      break;

    case MD_BLOCK_TABLE:
      g_string_append (out, "</table>\n");
      break;

    case MD_BLOCK_THEAD:
      g_string_append (out, "</thead>\n");
      break;

    case MD_BLOCK_TBODY:
      g_string_append (out, "</tbody>\n");
      break;

    case MD_BLOCK_TR:
      g_string_append (out, "</tr>\n");
      break;

    case MD_BLOCK_TH:
      g_string_append (out, "</th>");
      break;

    case MD_BLOCK_TD:
      g_string_append (out, "</td>");
      break;

    case MD_BLOCK_HR:
    case MD_BLOCK_DOC:
    default:
      break;
    }

  if (r->depth == 1 && type != MD_BLOCK_DOC)
    end_top_block (r);

  return 0;
}

static void
emit_image (Renderer *r)
{
  GString *out = r->out;
  const char *src = r->image_src;

  if (src != NULL && is_remote (src) && !(r->flags & NFE_MARKDOWN_REMOTE_IMAGES))
    {
      /* Say what is there without fetching it. */
      g_string_append (out, "<span class=\"image-blocked\">");
      append_escaped (out, r->image_alt->len ? r->image_alt->str : src,
                      r->image_alt->len ? r->image_alt->len : strlen (src));
      g_string_append (out, "</span>");
    }
  else if (src != NULL && (is_remote (src) || is_image_data_url (src) ||
                           strpbrk (src, ":") == NULL))
    {
      g_string_append (out, "<img src=\"");
      append_escaped (out, src, strlen (src));
      g_string_append (out, "\" alt=\"");
      append_escaped (out, r->image_alt->str, r->image_alt->len);
      g_string_append_c (out, '"');
      if (r->image_title != NULL)
        {
          g_string_append (out, " title=\"");
          append_escaped (out, r->image_title, strlen (r->image_title));
          g_string_append_c (out, '"');
        }
      g_string_append_c (out, '>');
    }
  else
    append_escaped (out, r->image_alt->str, r->image_alt->len);

  g_clear_pointer (&r->image_src, g_free);
  g_clear_pointer (&r->image_title, g_free);
  g_string_truncate (r->image_alt, 0);
}

static int
enter_span_cb (MD_SPANTYPE  type,
               void        *detail,
               void        *userdata)
{
  Renderer *r = userdata;
  GString *out = r->out;

  /* Inside an image only the text counts: it becomes the description. */
  if (r->image_depth > 0)
    {
      if (type == MD_SPAN_IMG)
        r->image_depth++;
      return 0;
    }

  switch (type)
    {
    case MD_SPAN_EM:
      g_string_append (out, "<em>");
      break;

    case MD_SPAN_STRONG:
      g_string_append (out, "<strong>");
      break;

    case MD_SPAN_DEL:
      g_string_append (out, "<del>");
      break;

    case MD_SPAN_CODE:
      g_string_append (out, "<code>");
      break;

    case MD_SPAN_U:
      g_string_append (out, "<u>");
      break;

    case MD_SPAN_A:
      {
        MD_SPAN_A_DETAIL *a = detail;
        g_autofree char *raw = attribute_text (&a->href);
        g_autofree char *href = nfe_markdown_safe_url (raw, strlen (raw));
        gboolean emitted = href != NULL;

        if (emitted)
          {
            g_string_append (out, "<a href=\"");
            append_escaped (out, href, strlen (href));
            g_string_append_c (out, '"');
            append_attribute (out, "title", &a->title);
            g_string_append_c (out, '>');
          }
        g_array_append_val (r->link_stack, emitted);
      }
      break;

    case MD_SPAN_IMG:
      {
        MD_SPAN_IMG_DETAIL *img = detail;
        g_autofree char *raw = attribute_text (&img->src);

        r->image_depth = 1;
        r->image_src = nfe_markdown_safe_url (raw, strlen (raw));
        if (r->image_src == NULL && is_image_data_url (raw))
          r->image_src = g_steal_pointer (&raw);
        r->image_title = img->title.size ? attribute_text (&img->title) : NULL;
      }
      break;

    case MD_SPAN_LATEXMATH:
    case MD_SPAN_LATEXMATH_DISPLAY:
    case MD_SPAN_WIKILINK:
    default:
      break;
    }

  return 0;
}

static int
leave_span_cb (MD_SPANTYPE  type,
               void        *detail,
               void        *userdata)
{
  Renderer *r = userdata;
  GString *out = r->out;

  if (r->image_depth > 0)
    {
      if (type == MD_SPAN_IMG && --r->image_depth == 0)
        emit_image (r);
      return 0;
    }

  switch (type)
    {
    case MD_SPAN_EM:
      g_string_append (out, "</em>");
      break;

    case MD_SPAN_STRONG:
      g_string_append (out, "</strong>");
      break;

    case MD_SPAN_DEL:
      g_string_append (out, "</del>");
      break;

    case MD_SPAN_CODE:
      g_string_append (out, "</code>");
      break;

    case MD_SPAN_U:
      g_string_append (out, "</u>");
      break;

    case MD_SPAN_A:
      if (g_array_index (r->link_stack, gboolean, r->link_stack->len - 1))
        g_string_append (out, "</a>");
      g_array_set_size (r->link_stack, r->link_stack->len - 1);
      break;

    case MD_SPAN_IMG:
    case MD_SPAN_LATEXMATH:
    case MD_SPAN_LATEXMATH_DISPLAY:
    case MD_SPAN_WIKILINK:
    default:
      break;
    }

  return 0;
}

static int
text_cb (MD_TEXTTYPE    type,
         const MD_CHAR *text,
         MD_SIZE        size,
         void          *userdata)
{
  Renderer *r = userdata;
  GString *out = r->image_depth > 0 ? r->image_alt : r->out;

  note_position (r, text, size);

  switch (type)
    {
    case MD_TEXT_NULLCHAR:
      g_string_append (out, "\xef\xbf\xbd");
      break;

    case MD_TEXT_BR:
      g_string_append (out, r->image_depth > 0 ? " " : "<br>\n");
      break;

    case MD_TEXT_SOFTBR:
      g_string_append_c (out, r->image_depth > 0 ? ' ' : '\n');
      break;

    case MD_TEXT_ENTITY:
      if (r->image_depth > 0)
        g_string_append_len (out, text, size);
      else
        append_entity_html (out, text, size);
      break;

    case MD_TEXT_NORMAL:
    case MD_TEXT_CODE:
    case MD_TEXT_HTML:
    case MD_TEXT_LATEXMATH:
    default:
      /* The alt text is escaped once, when the image is written. */
      if (r->image_depth > 0)
        g_string_append_len (out, text, size);
      else
        append_escaped (out, text, size);
      break;
    }

  return 0;
}

/**
 * nfe_markdown_render_blocks:
 * @markdown: the article body
 * @length: its byte length
 * @lead_html: (nullable): HTML put at the start of the first paragraph
 *   (the dateline); it must be safe already
 *
 * Returns: (transfer full) (element-type NfeMarkdownBlock): the top-level
 *   blocks, in order.
 */
GPtrArray *
nfe_markdown_render_blocks (const char       *markdown,
                            gsize             length,
                            const char       *lead_html,
                            NfeMarkdownFlags  flags)
{
  const MD_PARSER parser = {
    .abi_version = 0,
    .flags = PARSER_FLAGS,
    .enter_block = enter_block_cb,
    .leave_block = leave_block_cb,
    .enter_span = enter_span_cb,
    .leave_span = leave_span_cb,
    .text = text_cb,
  };
  Renderer r = {
    .input = markdown,
    .input_length = length,
    .flags = flags,
    .lead_html = lead_html,
  };
  const char *end = markdown + length;
  gsize zero = 0;

  g_return_val_if_fail (markdown != NULL || length == 0, NULL);

  r.line_starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_array_append_val (r.line_starts, zero);
  for (const char *p = markdown; p && (p = memchr (p, '\n', end - p)) != NULL; p++)
    {
      gsize start = p + 1 - markdown;

      g_array_append_val (r.line_starts, start);
    }

  r.blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) nfe_markdown_block_free);
  r.out = g_string_sized_new (1024);
  r.link_stack = g_array_new (FALSE, FALSE, sizeof (gboolean));
  r.image_alt = g_string_new (NULL);

  md_parse (markdown ? markdown : "", length, &parser, &r);

  /* An article that opens with no paragraph still shows its dateline. */
  if (lead_html != NULL && !r.lead_done)
    {
      NfeMarkdownBlock *block = g_new0 (NfeMarkdownBlock, 1);

      block->html = g_strdup_printf ("<p>%s</p>\n", lead_html);
      g_ptr_array_insert (r.blocks, 0, block);
    }

  g_array_unref (r.line_starts);
  g_string_free (r.out, TRUE);
  g_array_unref (r.link_stack);
  g_string_free (r.image_alt, TRUE);
  g_free (r.image_src);
  g_free (r.image_title);

  return r.blocks;
}

/**
 * nfe_markdown_render:
 *
 * Returns: the whole body as one piece of HTML: the blocks of
 *   nfe_markdown_render_blocks() one after the other.
 */
char *
nfe_markdown_render (const char       *markdown,
                     gsize             length,
                     const char       *lead_html,
                     NfeMarkdownFlags  flags)
{
  g_autoptr(GPtrArray) blocks = nfe_markdown_render_blocks (markdown, length, lead_html, flags);
  GString *html = g_string_new (NULL);

  for (guint i = 0; i < blocks->len; i++)
    g_string_append (html, ((NfeMarkdownBlock *) g_ptr_array_index (blocks, i))->html);

  return g_string_free (html, FALSE);
}
