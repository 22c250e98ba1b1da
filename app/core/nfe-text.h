/* nfe-text.h
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A news reader's pace (silent reading of non-fiction, Brysbaert 2019). */
#define NFE_TEXT_WORDS_PER_MINUTE 238

/* Two texts whose word sets overlap this much (Jaccard) say the same. */
#define NFE_TEXT_NEAR_DUPLICATE 0.6

guint       nfe_text_count_words     (const char *text,
                                      gssize      length);
guint       nfe_text_reading_minutes (guint       words);
GHashTable *nfe_text_word_set        (const char *text);
double      nfe_text_jaccard         (GHashTable *a,
                                      GHashTable *b);
double      nfe_text_similarity      (const char *a,
                                      const char *b);

G_END_DECLS
