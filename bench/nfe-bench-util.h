/* nfe-bench-util.h
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

double nfe_bench_median     (double *values,
                             guint   n);
double nfe_bench_elapsed_ms (gint64  start);

G_END_DECLS
