/* nfe-test-util.h
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "nfe-project.h"

G_BEGIN_DECLS

char  *nfe_test_make_dir        (void);
char  *nfe_test_checksum        (const char  *path);
void   nfe_test_write_file      (const char  *path,
                                 const char  *contents,
                                 gssize       length);
void   nfe_test_sql             (const char  *path,
                                 const char  *sql);
char  *nfe_test_sql_text        (const char  *path,
                                 const char  *sql);
NfeProject *nfe_test_sample_project (char      **path,
                                     NfeArticle **article);
GtkWidget *nfe_test_find_widget (GtkWidget  *widget,
                                 GType       type,
                                 guint       skip);
void   nfe_test_wait_ms         (guint        ms);
char  *nfe_test_wait_for_sql    (const char  *path,
                                 const char  *sql,
                                 const char  *expected,
                                 guint        timeout_ms);
void   nfe_test_xdotool         (GtkWindow   *window,
                                 const char  *first,
                                 ...) G_GNUC_NULL_TERMINATED;
void   nfe_test_click           (GtkWindow   *window,
                                 GtkWidget   *widget,
                                 const char  *modifier);
void   nfe_test_wait_until      (gboolean   (*done) (gpointer),
                                 gpointer     data,
                                 guint        timeout_ms);

G_END_DECLS
