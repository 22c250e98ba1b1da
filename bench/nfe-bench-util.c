/* nfe-bench-util.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "nfe-bench-util.h"

/* The machine is shared and noisy: benchmarks report medians. */

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Sorts @values in place. */
double
nfe_bench_median (double *values,
                  guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return values[n / 2];
}

double
nfe_bench_elapsed_ms (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}
