/* nfe-markdown.h
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  NFE_MARKDOWN_DEFAULT       = 0,
  /* Show images from other hosts; otherwise they become a note with their
   * description, and nothing is fetched. */
  NFE_MARKDOWN_REMOTE_IMAGES = 1 << 0,
} NfeMarkdownFlags;

/* One top-level block of an article (a paragraph, heading, list, table…)
 * rendered to HTML, with the source lines it came from (0-based). */
typedef struct
{
  char  *html;
  guint  first_line;
  guint  last_line;
} NfeMarkdownBlock;

void       nfe_markdown_block_free     (NfeMarkdownBlock *block);
GPtrArray *nfe_markdown_render_blocks  (const char        *markdown,
                                        gsize              length,
                                        const char        *lead_html,
                                        NfeMarkdownFlags   flags);
char      *nfe_markdown_render         (const char        *markdown,
                                        gsize              length,
                                        const char        *lead_html,
                                        NfeMarkdownFlags   flags);
char      *nfe_markdown_escape         (const char        *text,
                                        gssize             length);
char      *nfe_markdown_safe_url       (const char        *url,
                                        gsize              length);

G_END_DECLS
