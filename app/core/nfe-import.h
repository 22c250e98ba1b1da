/* nfe-import.h
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nfe-article.h"

G_BEGIN_DECLS

#define NFE_IMPORT_ERROR (nfe_import_error_quark())

typedef enum
{
  NFE_IMPORT_ERROR_INVALID,
  NFE_IMPORT_ERROR_NO_HEADLINE,
  NFE_IMPORT_ERROR_NOT_TEXT,
  NFE_IMPORT_ERROR_EMPTY,
  NFE_IMPORT_ERROR_NETWORK,
} NfeImportError;

GQuark      nfe_import_error_quark      (void);
gboolean    nfe_import_check_text       (const char  *text,
                                         gsize        length,
                                         GError     **error);
NfeArticle *nfe_import_markdown         (const char  *text,
                                         gsize        length,
                                         GError     **error);
NfeArticle *nfe_import_text             (const char  *text,
                                         gsize        length,
                                         GError     **error);
NfeArticle *nfe_import_file             (GFile       *file,
                                         GError     **error);

G_END_DECLS
