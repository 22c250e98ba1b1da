/* nfe-preview.h
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <gtksourceview/gtksource.h>
#include <webkit/webkit.h>

#include "nfe-article.h"

G_BEGIN_DECLS

#define NFE_TYPE_PREVIEW (nfe_preview_get_type())

G_DECLARE_FINAL_TYPE (NfePreview, nfe_preview, NFE, PREVIEW, AdwBin)

NfePreview    *nfe_preview_new               (void);
void           nfe_preview_set_article       (NfePreview    *self,
                                              NfeArticle    *article);
void           nfe_preview_set_source_view   (NfePreview    *self,
                                              GtkSourceView *view);
guint64        nfe_preview_get_generation    (NfePreview    *self);
gboolean       nfe_preview_get_loaded        (NfePreview    *self);
WebKitWebView *nfe_preview_get_web_view      (NfePreview    *self);
void           nfe_preview_highlight         (NfePreview    *self,
                                              const char   **texts);

G_END_DECLS
