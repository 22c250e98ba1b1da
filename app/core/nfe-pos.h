/* nfe-pos.h
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  NFE_POS_NOUN      = 1 << 0,
  NFE_POS_VERB      = 1 << 1,
  NFE_POS_ADJECTIVE = 1 << 2,
  NFE_POS_ADVERB    = 1 << 3,
  NFE_POS_NAME      = 1 << 4,  /* the parser read a proper name */
  NFE_POS_GERUND    = 1 << 5,  /* the parser read an "-ing" form used as a noun or modifier */
} NfePos;

/* A word of a sentence as the parser read it, in bytes into the text. */
typedef struct
{
  guint  start;
  guint  end;
  NfePos pos;
} NfePosTag;

NfePos  nfe_pos_lexical      (const char *word);
GArray *nfe_pos_tag_sentence (const char *text);

G_END_DECLS
