/* nfe-builtin-generator.h
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nfe-generator.h"

G_BEGIN_DECLS

#define NFE_TYPE_BUILTIN_GENERATOR (nfe_builtin_generator_get_type ())

G_DECLARE_FINAL_TYPE (NfeBuiltinGenerator, nfe_builtin_generator, NFE, BUILTIN_GENERATOR, GObject)

NfeBuiltinGenerator *nfe_builtin_generator_new            (void);
GPtrArray           *nfe_builtin_generator_summarize      (const char          *headline,
                                                           const char          *markdown,
                                                           guint                max_items,
                                                           GError             **error);
GPtrArray           *nfe_builtin_generator_summarize_full (const char          *headline,
                                                           const char          *markdown,
                                                           guint                max_items,
                                                           const char * const  *avoid,
                                                           GCancellable        *cancellable,
                                                           GError             **error);

G_END_DECLS
