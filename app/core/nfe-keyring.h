/* nfe-keyring.h
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define NFE_KEYRING_ERROR (nfe_keyring_error_quark())

typedef enum
{
  NFE_KEYRING_ERROR_FAILED,
  NFE_KEYRING_ERROR_UNAVAILABLE,  /* no keyring service, or it is locked */
} NfeKeyringError;

GQuark    nfe_keyring_error_quark   (void);
void      nfe_keyring_store_async   (const char           *base_url,
                                     const char           *key,
                                     GCancellable         *cancellable,
                                     GAsyncReadyCallback   callback,
                                     gpointer              user_data);
gboolean  nfe_keyring_store_finish  (GAsyncResult         *result,
                                     GError              **error);
void      nfe_keyring_lookup_async  (const char           *base_url,
                                     GCancellable         *cancellable,
                                     GAsyncReadyCallback   callback,
                                     gpointer              user_data);
char     *nfe_keyring_lookup_finish (GAsyncResult         *result,
                                     GError              **error);
void      nfe_keyring_clear_async   (const char           *base_url,
                                     GCancellable         *cancellable,
                                     GAsyncReadyCallback   callback,
                                     gpointer              user_data);
gboolean  nfe_keyring_clear_finish  (GAsyncResult         *result,
                                     GError              **error);

G_END_DECLS
