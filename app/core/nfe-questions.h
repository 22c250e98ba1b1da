/* nfe-questions.h
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nfe-generator.h"

G_BEGIN_DECLS

GPtrArray *nfe_questions_generate (const char          *headline,
                                   const char          *markdown,
                                   guint                max_items,
                                   const char * const  *avoid,
                                   gboolean             more,
                                   GCancellable        *cancellable,
                                   GError             **error);

G_END_DECLS
