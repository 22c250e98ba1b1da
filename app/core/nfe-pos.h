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
  NFE_POS_MOSTLY_VERB = 1 << 6, /* WordNet has more verb senses than noun senses for it */
  NFE_POS_MOSTLY_ADJECTIVE = 1 << 7, /* … and twice as many adjective senses as noun ones */
} NfePos;

/* A word of a sentence as the parser read it, in bytes into the text. */
typedef struct
{
  guint  start;
  guint  end;
  NfePos pos;
} NfePosTag;

typedef enum
{
  NFE_POS_SENSE_OTHER,
  NFE_POS_SENSE_PERSON,  /* "woman", "investors" */
  NFE_POS_SENSE_PLACE,   /* "los angeles", "chile" */
  NFE_POS_SENSE_GROUP,   /* "brigade", "union" */
  NFE_POS_SENSE_MATTER,  /* "iron ore", "sugar": a substance or a food */
} NfePosSense;

typedef enum
{
  NFE_POS_PAST,     /* "Harrowgate suspended its buyback" */
  NFE_POS_PERFECT,  /* "Harrowgate has suspended its buyback" */
  NFE_POS_FUTURE,   /* "Harrowgate will fund the purchase" */
  NFE_POS_REPORTED, /* "[said] it would build a second line": a future as reported */
} NfePosTense;

/* A clause the parser read as subject, verb and object, each in bytes
 * into the text: "[Nordvale] [lowered] [its full-year profit forecast]". */
typedef struct
{
  guint       subject_start;
  guint       subject_end;
  guint       verb_start;
  guint       verb_end;
  guint       object_start;
  guint       object_end;
  guint       infinitive_start; /* "agreed [to buy] Lumira": where "to" is; 0 without */
  NfePosTense tense;
} NfePosClause;

NfePos       nfe_pos_lexical       (const char  *word);
NfePosSense  nfe_pos_noun_sense    (const char  *noun);
gboolean     nfe_pos_names_feature (const char  *name);
gboolean     nfe_pos_is_given_name (const char  *word);
char        *nfe_pos_verb_lemma    (const char  *word);
GArray      *nfe_pos_tag_sentence  (const char  *text,
                                    GArray     **clauses);

G_END_DECLS
