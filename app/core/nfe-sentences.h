/* nfe-sentences.h
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  NFE_SENTENCE_HEADING     = 1 << 0,  /* a Markdown heading, not prose */
  NFE_SENTENCE_LIST_ITEM   = 1 << 1,  /* (part of) a list item */
  NFE_SENTENCE_QUOTE       = 1 << 2,  /* inside a block quote */
  NFE_SENTENCE_BOILERPLATE = 1 << 3,  /* "Scroll down for video", captions, bylines… */
  NFE_SENTENCE_DATELINE    = 1 << 4,  /* starts with a dateline prefix, which start skips */
} NfeSentenceFlags;

/* One sentence of an article body. Offsets are bytes into the Markdown
 * source, [start, end), trimmed of surrounding white space and of block
 * markup ("## ", "- ", "> "); a dateline prefix ("NextFin News - ",
 * "LONDON (Reuters) -") is left out of the span and flagged. */
typedef struct
{
  guint            start;
  guint            end;
  guint            block;    /* index of the paragraph / block it belongs to */
  NfeSentenceFlags flags;
} NfeSentence;

GArray   *nfe_sentences_split           (const char        *markdown,
                                         gsize              length);
char     *nfe_sentences_plain_text      (const char        *markdown,
                                         const NfeSentence *sentence);
gboolean  nfe_sentences_has_finite_verb (const char        *text);
gsize     nfe_sentences_label_length    (const char        *text);

G_END_DECLS
