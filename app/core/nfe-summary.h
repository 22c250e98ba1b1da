/* nfe-summary.h
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nfe-bullet.h"
#include "nfe-generator.h"

G_BEGIN_DECLS

/* How many bullets a summary has: "3–5", four by preference. */
#define NFE_SUMMARY_MIN_BULLETS 3
#define NFE_SUMMARY_MAX_BULLETS 5
#define NFE_SUMMARY_MAX_WORDS   30

typedef enum
{
  NFE_SUMMARY_KEEP_ALL     = 0,
  /* Replace the bullets nobody touched: neither locked nor edited. */
  NFE_SUMMARY_REPLACE      = 1 << 0,
} NfeSummaryMergeFlags;

char       *nfe_provenance_to_json       (const NfeGeneratedItem  *item,
                                          const char              *body,
                                          char                   **hash);
char      **nfe_provenance_texts         (const char              *provenance);
NfeBullet  *nfe_summary_bullet_new       (const NfeGeneratedItem  *item,
                                          const char              *body,
                                          const char              *generator_id);
char      **nfe_summary_source_texts     (NfeBullet               *bullet);
gboolean    nfe_summary_bullet_is_stale  (NfeBullet               *bullet,
                                          const char              *body);
gboolean    nfe_summary_is_kept          (NfeBullet               *bullet);
GPtrArray  *nfe_summary_merge            (GListModel              *current,
                                          GPtrArray               *generated,
                                          const char              *body,
                                          const char              *generator_id,
                                          NfeSummaryMergeFlags     flags);
char      **nfe_summary_texts            (GListModel              *bullets);

G_END_DECLS
