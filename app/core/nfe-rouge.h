/* nfe-rouge.h
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* ROUGE (Lin 2004) of a candidate summary against a reference summary,
 * each given as an array of sentences.
 *
 * Tokens: the text is lower-cased (ASCII) and split into maximal runs of
 * ASCII letters and digits; everything else, including any non-ASCII
 * character, apostrophes, hyphens and decimal points, separates tokens
 * ("U.S." is "u" "s", "3.5%" is "3" "5", "café" is "caf"). Each token is
 * then stemmed with the Snowball English stemmer.
 *
 * ROUGE-1 and ROUGE-2 count clipped n-gram matches over the whole
 * summary (the sentences' tokens one after another). ROUGE-L is the
 * summary-level measure: for each reference sentence, the union of its
 * longest common subsequences with every candidate sentence, each token
 * counted at most as often as it occurs in either summary.
 *
 * Scores are fractions in [0, 1]; multiply by 100 to print them as
 * papers do. */

typedef struct
{
  double precision;
  double recall;
  double f1;
} NfeRougeScore;

typedef struct
{
  NfeRougeScore rouge1;
  NfeRougeScore rouge2;
  NfeRougeScore rougeL;
} NfeRougeScores;

char **nfe_rouge_tokenize (const char         *text);
void   nfe_rouge_score    (const char * const *candidate,
                           const char * const *reference,
                           NfeRougeScores     *scores);

G_END_DECLS
