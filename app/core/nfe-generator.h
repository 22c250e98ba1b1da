/* nfe-generator.h
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define NFE_GENERATOR_ERROR (nfe_generator_error_quark())

typedef enum
{
  NFE_GENERATOR_ERROR_FAILED,
  NFE_GENERATOR_ERROR_NOT_CONFIGURED,   /* no endpoint or model set */
  NFE_GENERATOR_ERROR_UNREACHABLE,      /* connection refused, DNS, TLS */
  NFE_GENERATOR_ERROR_TIMED_OUT,
  NFE_GENERATOR_ERROR_UNAUTHORIZED,     /* 401, 403 */
  NFE_GENERATOR_ERROR_NO_SUCH_MODEL,    /* 404 */
  NFE_GENERATOR_ERROR_RATE_LIMITED,     /* 429 */
  NFE_GENERATOR_ERROR_SERVER,           /* 5xx */
  NFE_GENERATOR_ERROR_BAD_RESPONSE,     /* malformed, truncated or wrongly shaped JSON */
  NFE_GENERATOR_ERROR_EMPTY,            /* a well-formed answer with no usable item */
  NFE_GENERATOR_ERROR_NO_TEXT,          /* the article has nothing to work from */
} NfeGeneratorError;

typedef enum
{
  NFE_GENERATE_BULLETS,
  NFE_GENERATE_QUESTIONS,
} NfeGenerateKind;

/* A span of the article body, in bytes: [start, end). */
typedef struct
{
  guint start;
  guint end;
} NfeSpan;

/* What a generator is asked for. */
typedef struct
{
  char     *headline;
  char     *body;         /* the article body, Markdown */
  guint     max_items;    /* at most this many items */
  char    **avoid;        /* (nullable): texts not to offer again, NULL-terminated */
  gboolean  more;         /* asked again: offer what a first run holds back */
} NfeGenerateRequest;

/* One generated bullet or question, with the sentences of the body it was
 * made from. */
typedef struct
{
  char   *text;
  GArray *sources;        /* of NfeSpan, into the request's body; may be empty */
} NfeGeneratedItem;

#define NFE_TYPE_GENERATE_REQUEST (nfe_generate_request_get_type ())
#define NFE_TYPE_GENERATED_ITEM   (nfe_generated_item_get_type ())

GType               nfe_generate_request_get_type (void) G_GNUC_CONST;
NfeGenerateRequest *nfe_generate_request_new      (const char               *headline,
                                                   const char               *body,
                                                   guint                     max_items);
NfeGenerateRequest *nfe_generate_request_copy     (const NfeGenerateRequest *request);
void                nfe_generate_request_free     (NfeGenerateRequest       *request);

GType               nfe_generated_item_get_type   (void) G_GNUC_CONST;
NfeGeneratedItem   *nfe_generated_item_new        (const char               *text);
void                nfe_generated_item_add_source (NfeGeneratedItem         *item,
                                                   guint                     start,
                                                   guint                     end);
NfeGeneratedItem   *nfe_generated_item_copy       (const NfeGeneratedItem   *item);
void                nfe_generated_item_free       (NfeGeneratedItem         *item);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NfeGenerateRequest, nfe_generate_request_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NfeGeneratedItem, nfe_generated_item_free)

#define NFE_TYPE_GENERATOR (nfe_generator_get_type ())

G_DECLARE_INTERFACE (NfeGenerator, nfe_generator, NFE, GENERATOR, GObject)

struct _NfeGeneratorInterface
{
  GTypeInterface parent_iface;

  /* A short stable name recorded with each item ("builtin-1",
   * "openai:llama3.1"). */
  char      *(*dup_id)          (NfeGenerator              *self);
  void       (*generate_async)  (NfeGenerator              *self,
                                 NfeGenerateKind            kind,
                                 const NfeGenerateRequest  *request,
                                 GCancellable              *cancellable,
                                 GAsyncReadyCallback        callback,
                                 gpointer                   user_data);
  GPtrArray *(*generate_finish) (NfeGenerator              *self,
                                 GAsyncResult              *result,
                                 GError                   **error);
};

GQuark     nfe_generator_error_quark   (void);
char      *nfe_generator_dup_id        (NfeGenerator              *self);
void       nfe_generator_generate_async (NfeGenerator             *self,
                                        NfeGenerateKind           kind,
                                        const NfeGenerateRequest *request,
                                        GCancellable             *cancellable,
                                        GAsyncReadyCallback       callback,
                                        gpointer                  user_data);
GPtrArray *nfe_generator_generate_finish (NfeGenerator            *self,
                                          GAsyncResult            *result,
                                          GError                 **error);

G_END_DECLS
