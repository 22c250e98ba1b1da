/* nfe-export.h
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "nfe-article.h"
#include "nfe-project.h"

G_BEGIN_DECLS

char     *nfe_export_page             (NfeArticle  *article);
char     *nfe_export_slugify          (const char  *headline);
gboolean  nfe_export_project          (NfeProject  *project,
                                       GFile       *dir,
                                       gint64       article_id,
                                       GError     **error);
gboolean  nfe_export_project_markdown (NfeProject  *project,
                                       GFile       *dir,
                                       gint64       article_id,
                                       GError     **error);

G_END_DECLS
