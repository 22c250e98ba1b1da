/* nfe-diff.h
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  NFE_DIFF_EQUAL,
  NFE_DIFF_INSERT,
  NFE_DIFF_DELETE,
} NfeDiffOp;

/* The text is owned by the span so that a diff outlives both revisions;
 * the array returned by nfe_diff_words() frees it as elements go.
 */
typedef struct
{
  NfeDiffOp  op;
  char      *text;
} NfeDiffSpan;

GArray *nfe_diff_words   (const char *old_text,
                          const char *new_text);
char   *nfe_diff_to_html (GArray     *spans);
void    nfe_diff_count   (GArray     *spans,
                          guint      *words_added,
                          guint      *words_removed);

G_END_DECLS
