/* nfe-cli.h
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses of command-line operations. */
#define NFE_EXIT_OK      0
#define NFE_EXIT_FAILED  1
#define NFE_EXIT_USAGE   2

gboolean nfe_cli_run (char ***argv,
                      int    *exit_status);

G_END_DECLS
