/* nfe-web-import.h
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libsoup/soup.h>

#include "nfe-article.h"

G_BEGIN_DECLS

#define NFE_WEB_IMPORT_TIMEOUT_SECONDS 20
#define NFE_WEB_IMPORT_MAX_REDIRECTS   5
#define NFE_WEB_IMPORT_MAX_BYTES       (5 * 1024 * 1024)

void        nfe_web_import_async      (SoupSession          *session,
                                       const char           *url,
                                       GCancellable         *cancellable,
                                       GAsyncReadyCallback   callback,
                                       gpointer              user_data);
void        nfe_web_import_full_async (SoupSession          *session,
                                       const char           *url,
                                       guint                 timeout_seconds,
                                       GCancellable         *cancellable,
                                       GAsyncReadyCallback   callback,
                                       gpointer              user_data);
NfeArticle *nfe_web_import_finish     (GAsyncResult         *result,
                                       GError              **error);
NfeArticle *nfe_web_import_html       (const char           *html,
                                       gsize                 length,
                                       const char           *url,
                                       const char           *charset,
                                       GError              **error);

G_END_DECLS
