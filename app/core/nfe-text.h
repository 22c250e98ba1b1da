/* nfe-text.h
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

guint nfe_text_count_words (const char *text,
                            gssize      length);

G_END_DECLS
