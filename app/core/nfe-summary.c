/* nfe-summary.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nfe-summary"

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "nfe-summary.h"
#include "nfe-text.h"

/* The rules of the summary: where a generated bullet came from, when that
 * text changed under it, and how a new generation meets the bullets a
 * person already worked on (they stay; new ones are offered beside them).
 *
 * A bullet's provenance is kept as JSON, [{"start", "end", "text"}…]: the
 * offsets say where the source sentences were when it was written, the
 * text lets us find them again after edits above them moved them. */

/**
 * nfe_provenance_to_json:
 * @hash: (out): a digest of the source sentences' text
 *
 * Returns: the provenance of a generated bullet or question, as stored.
 */
char *
nfe_provenance_to_json (const NfeGeneratedItem  *item,
                        const char              *body,
                        char                   **hash)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  gsize body_length = strlen (body);

  json_builder_begin_array (builder);
  for (guint i = 0; i < item->sources->len; i++)
    {
      NfeSpan *span = &g_array_index (item->sources, NfeSpan, i);
      g_autofree char *text = NULL;

      if (span->end > body_length || span->start >= span->end)
        continue;

      text = g_strndup (body + span->start, span->end - span->start);
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "start");
      json_builder_add_int_value (builder, span->start);
      json_builder_set_member_name (builder, "end");
      json_builder_add_int_value (builder, span->end);
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, text);
      json_builder_end_object (builder);

      g_checksum_update (checksum, (const guchar *) text, -1);
      g_checksum_update (checksum, (const guchar *) "\n", 1);
    }
  json_builder_end_array (builder);

  *hash = g_strdup (g_checksum_get_string (checksum));
  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}

/**
 * nfe_summary_bullet_new:
 *
 * Returns: (transfer full): a new, unstored bullet for a generated item,
 *   with its source sentences recorded.
 */
NfeBullet *
nfe_summary_bullet_new (const NfeGeneratedItem *item,
                        const char             *body,
                        const char             *generator_id)
{
  g_autofree char *provenance = NULL;
  g_autofree char *hash = NULL;
  NfeBullet *bullet;

  g_return_val_if_fail (item != NULL, NULL);
  g_return_val_if_fail (body != NULL, NULL);

  provenance = nfe_provenance_to_json (item, body, &hash);
  bullet = nfe_bullet_new (item->text, NFE_ORIGIN_GENERATED);
  nfe_bullet_set_source (bullet, provenance, hash, generator_id);
  return bullet;
}

/**
 * nfe_provenance_texts:
 *
 * Returns: (transfer full): the text of the source sentences a stored
 *   provenance names; empty for an item a person wrote.
 */
char **
nfe_provenance_texts (const char *provenance)
{
  g_autoptr(GStrvBuilder) texts = g_strv_builder_new ();
  g_autoptr(JsonNode) root = json_from_string (provenance ? provenance : "[]", NULL);

  if (root != NULL && JSON_NODE_HOLDS_ARRAY (root))
    {
      JsonArray *array = json_node_get_array (root);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          const char *text;

          if (!JSON_NODE_HOLDS_OBJECT (element))
            continue;
          text = json_object_get_string_member_with_default (json_node_get_object (element),
                                                             "text", NULL);
          if (text != NULL && *text != '\0')
            g_strv_builder_add (texts, text);
        }
    }

  return g_strv_builder_end (texts);
}

char **
nfe_summary_source_texts (NfeBullet *bullet)
{
  g_return_val_if_fail (NFE_IS_BULLET (bullet), NULL);
  return nfe_provenance_texts (nfe_bullet_get_provenance (bullet));
}

/**
 * nfe_summary_bullet_is_stale:
 *
 * Returns: whether a sentence @bullet was made from is no longer in @body
 *   as it was: the bullet may say something the article no longer does.
 */
gboolean
nfe_summary_bullet_is_stale (NfeBullet  *bullet,
                             const char *body)
{
  g_auto(GStrv) texts = nfe_summary_source_texts (bullet);

  g_return_val_if_fail (body != NULL, FALSE);

  for (guint i = 0; texts[i] != NULL; i++)
    if (strstr (body, texts[i]) == NULL)
      return TRUE;

  return FALSE;
}

/**
 * nfe_summary_is_kept:
 *
 * Returns: whether a new generation must leave @bullet alone: a person
 *   locked it, edited it or wrote it.
 */
gboolean
nfe_summary_is_kept (NfeBullet *bullet)
{
  g_return_val_if_fail (NFE_IS_BULLET (bullet), TRUE);

  return nfe_bullet_get_locked (bullet) || nfe_bullet_get_origin (bullet) != NFE_ORIGIN_GENERATED;
}

static gboolean
duplicates_any (GPtrArray  *bullets,
                const char *text)
{
  for (guint i = 0; i < bullets->len; i++)
    if (nfe_text_similarity (nfe_bullet_get_text (g_ptr_array_index (bullets, i)), text) >=
        NFE_TEXT_NEAR_DUPLICATE)
      return TRUE;

  return FALSE;
}

/**
 * nfe_summary_merge:
 * @current: the article's bullets now
 * @generated: (element-type NfeGeneratedItem): what a generator offered
 *
 * Returns: (transfer full) (element-type NfeBullet): the article's new
 *   bullets: what is kept of @current, in its order, then the new ones
 *   that say something not said yet, up to five in all — and at least one
 *   new one, so that regenerating always offers something.
 */
GPtrArray *
nfe_summary_merge (GListModel           *current,
                   GPtrArray            *generated,
                   const char           *body,
                   const char           *generator_id,
                   NfeSummaryMergeFlags  flags)
{
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);
  guint kept, limit;

  g_return_val_if_fail (G_IS_LIST_MODEL (current), result);

  for (guint i = 0; i < g_list_model_get_n_items (current); i++)
    {
      NfeBullet *bullet = g_list_model_get_item (current, i);

      if ((flags & NFE_SUMMARY_REPLACE) == 0 || nfe_summary_is_kept (bullet))
        g_ptr_array_add (result, bullet);
      else
        g_object_unref (bullet);
    }

  kept = result->len;
  limit = MAX (NFE_SUMMARY_MAX_BULLETS, kept + 1);

  for (guint i = 0; i < generated->len && result->len < limit; i++)
    {
      NfeGeneratedItem *item = g_ptr_array_index (generated, i);

      if (!duplicates_any (result, item->text))
        g_ptr_array_add (result, nfe_summary_bullet_new (item, body, generator_id));
    }

  return result;
}

/**
 * nfe_summary_texts:
 *
 * Returns: (transfer full): the texts of @bullets, for a generator to
 *   avoid repeating.
 */
char **
nfe_summary_texts (GListModel *bullets)
{
  g_autoptr(GStrvBuilder) texts = g_strv_builder_new ();

  for (guint i = 0; i < g_list_model_get_n_items (bullets); i++)
    {
      g_autoptr(NfeBullet) bullet = g_list_model_get_item (bullets, i);

      g_strv_builder_add (texts, nfe_bullet_get_text (bullet));
    }

  return g_strv_builder_end (texts);
}
