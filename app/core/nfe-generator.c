/* nfe-generator.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "nfe-generator.h"

/* Anything that writes summary bullets or insight questions for an
 * article: the built-in, offline generator or a language model behind an
 * HTTP endpoint. Generation is asynchronous and cancellable; the result is
 * a GPtrArray of NfeGeneratedItem, each with the body's spans it came
 * from, so an editor can see where a bullet came from and notice when
 * that text changes. */

G_DEFINE_QUARK (nfe-generator-error-quark, nfe_generator_error)
G_DEFINE_INTERFACE (NfeGenerator, nfe_generator, G_TYPE_OBJECT)
G_DEFINE_BOXED_TYPE (NfeGenerateRequest, nfe_generate_request,
                     nfe_generate_request_copy, nfe_generate_request_free)
G_DEFINE_BOXED_TYPE (NfeGeneratedItem, nfe_generated_item,
                     nfe_generated_item_copy, nfe_generated_item_free)

static void
nfe_generator_default_init (NfeGeneratorInterface *iface)
{
}

NfeGenerateRequest *
nfe_generate_request_new (const char *headline,
                          const char *body,
                          guint       max_items)
{
  NfeGenerateRequest *request = g_new0 (NfeGenerateRequest, 1);

  request->headline = g_strdup (headline ? headline : "");
  request->body = g_strdup (body ? body : "");
  request->max_items = max_items;

  return request;
}

NfeGenerateRequest *
nfe_generate_request_copy (const NfeGenerateRequest *request)
{
  NfeGenerateRequest *copy;

  g_return_val_if_fail (request != NULL, NULL);

  copy = nfe_generate_request_new (request->headline, request->body, request->max_items);
  copy->avoid = g_strdupv (request->avoid);
  copy->more = request->more;
  return copy;
}

void
nfe_generate_request_free (NfeGenerateRequest *request)
{
  if (request == NULL)
    return;

  g_free (request->headline);
  g_free (request->body);
  g_strfreev (request->avoid);
  g_free (request);
}

NfeGeneratedItem *
nfe_generated_item_new (const char *text)
{
  NfeGeneratedItem *item = g_new0 (NfeGeneratedItem, 1);

  item->text = g_strdup (text);
  item->sources = g_array_new (FALSE, FALSE, sizeof (NfeSpan));
  return item;
}

void
nfe_generated_item_add_source (NfeGeneratedItem *item,
                               guint             start,
                               guint             end)
{
  NfeSpan span = { start, end };

  g_return_if_fail (item != NULL);
  g_return_if_fail (start <= end);

  g_array_append_val (item->sources, span);
}

NfeGeneratedItem *
nfe_generated_item_copy (const NfeGeneratedItem *item)
{
  NfeGeneratedItem *copy;

  g_return_val_if_fail (item != NULL, NULL);

  copy = nfe_generated_item_new (item->text);
  g_array_append_vals (copy->sources, item->sources->data, item->sources->len);
  return copy;
}

void
nfe_generated_item_free (NfeGeneratedItem *item)
{
  if (item == NULL)
    return;

  g_free (item->text);
  g_array_unref (item->sources);
  g_free (item);
}

char *
nfe_generator_dup_id (NfeGenerator *self)
{
  g_return_val_if_fail (NFE_IS_GENERATOR (self), NULL);
  return NFE_GENERATOR_GET_IFACE (self)->dup_id (self);
}

/**
 * nfe_generator_generate_async:
 * @kind: bullets or questions
 * @request: what to generate from; copied
 *
 * Generates items for an article in the background.
 */
void
nfe_generator_generate_async (NfeGenerator             *self,
                              NfeGenerateKind           kind,
                              const NfeGenerateRequest *request,
                              GCancellable             *cancellable,
                              GAsyncReadyCallback       callback,
                              gpointer                  user_data)
{
  g_return_if_fail (NFE_IS_GENERATOR (self));
  g_return_if_fail (request != NULL);

  NFE_GENERATOR_GET_IFACE (self)->generate_async (self, kind, request, cancellable, callback,
                                                  user_data);
}

/**
 * nfe_generator_generate_finish:
 *
 * Returns: (transfer full) (element-type NfeGeneratedItem): at least one
 *   item, or %NULL with @error set (%NFE_GENERATOR_ERROR_EMPTY when there
 *   was nothing to offer).
 */
GPtrArray *
nfe_generator_generate_finish (NfeGenerator  *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (NFE_IS_GENERATOR (self), NULL);
  return NFE_GENERATOR_GET_IFACE (self)->generate_finish (self, result, error);
}
