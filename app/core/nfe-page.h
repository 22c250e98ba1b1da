/* nfe-page.h
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nfe-article.h"
#include "nfe-markdown.h"

G_BEGIN_DECLS

typedef enum
{
  NFE_PAGE_DEFAULT       = 0,
  /* For the live preview: each body block in its own element, so that it
   * can be replaced alone. */
  NFE_PAGE_PREVIEW       = 1 << 0,
  NFE_PAGE_REMOTE_IMAGES = 1 << 1,
  NFE_PAGE_DARK          = 1 << 2,
} NfePageFlags;

/* The parts of the page that change with the article's fields and lists;
 * the body is patched block by block instead. */
typedef enum
{
  NFE_PAGE_PART_HEADER,
  NFE_PAGE_PART_SUMMARY,
  NFE_PAGE_PART_CLOSING,
  NFE_PAGE_PART_INSIGHTS,
  NFE_N_PAGE_PARTS
} NfePagePart;

const char *nfe_page_part_get_id       (NfePagePart   part);
char       *nfe_page_render_part       (NfeArticle   *article,
                                        NfePagePart   part);
char       *nfe_page_dup_lead_html     (NfeArticle   *article);
char       *nfe_page_render_body_block (const char   *html,
                                        NfePageFlags  flags);
char       *nfe_page_dup_stylesheet    (void);
char       *nfe_page_render            (NfeArticle   *article,
                                        GPtrArray    *blocks,
                                        NfePageFlags  flags);
char       *nfe_page_render_with_head  (NfeArticle   *article,
                                        GPtrArray    *blocks,
                                        NfePageFlags  flags,
                                        const char   *head_html);

G_END_DECLS
