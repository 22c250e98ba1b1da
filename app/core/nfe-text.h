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

guint nfe_text_count_words     (const char *text,
                                gssize      length);
guint nfe_text_reading_minutes (guint       words);

G_END_DECLS
