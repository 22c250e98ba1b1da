/* nfe-compare.h
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nfe-article.h"
#include "nfe-diff.h"

G_BEGIN_DECLS

/**
 * NfeCompareSection:
 * @title: the part of the article, in words for the reader
 * @spans: (element-type NfeDiffSpan): its word diff
 * @words_added: words the newer state has that the older lacks
 * @words_removed: words the older state had that the newer lacks
 *
 * One part of two states of an article, compared word by word.
 */
typedef struct
{
  char   *title;
  GArray *spans;
  guint   words_added;
  guint   words_removed;
} NfeCompareSection;

void       nfe_compare_section_free (NfeCompareSection *section);
GPtrArray *nfe_compare_articles     (NfeArticle        *older,
                                     NfeArticle        *newer);

G_END_DECLS
