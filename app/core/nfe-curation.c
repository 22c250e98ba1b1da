/* nfe-curation.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nfe-curation"

#include "config.h"

#include "nfe-curation.h"
#include "nfe-summary.h"
#include "nfe-text.h"

/* The rules of curating "Insights" questions: generating more never
 * touches what an editor accepted, rejected or rewrote, and never offers
 * again a question the editor already threw out, nor one close to it. */

NfeQuestion *
nfe_curation_question_new (const NfeGeneratedItem *item,
                           const char             *body,
                           const char             *generator_id)
{
  g_autofree char *provenance = NULL;
  g_autofree char *hash = NULL;
  NfeQuestion *question;

  g_return_val_if_fail (item != NULL, NULL);

  provenance = nfe_provenance_to_json (item, body, &hash);
  question = nfe_question_new (item->text, NFE_QUESTION_STATE_CANDIDATE, NFE_ORIGIN_GENERATED);
  nfe_question_set_source (question, provenance, generator_id);
  return question;
}

/**
 * nfe_curation_add_generated:
 * @current: the article's questions now, of every state
 * @generated: (element-type NfeGeneratedItem): what a generator offered
 * @n_added: (out) (optional): how many were new
 *
 * Returns: (transfer full) (element-type NfeQuestion): @current, unchanged
 *   and in order, then the offered questions as candidates, leaving out
 *   any that is a near-duplicate of one there (rejected ones included) or
 *   of another offered one.
 */
GPtrArray *
nfe_curation_add_generated (GListModel *current,
                            GPtrArray  *generated,
                            const char *body,
                            const char *generator_id,
                            guint      *n_added)
{
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);
  guint before;

  for (guint i = 0; i < g_list_model_get_n_items (current); i++)
    g_ptr_array_add (result, g_list_model_get_item (current, i));
  before = result->len;

  for (guint i = 0; i < generated->len; i++)
    {
      NfeGeneratedItem *item = g_ptr_array_index (generated, i);
      gboolean duplicate = FALSE;

      for (guint j = 0; j < result->len && !duplicate; j++)
        duplicate = nfe_text_similarity (nfe_question_get_text (g_ptr_array_index (result, j)),
                                         item->text) >= NFE_TEXT_NEAR_DUPLICATE;
      if (!duplicate)
        g_ptr_array_add (result, nfe_curation_question_new (item, body, generator_id));
    }

  if (n_added != NULL)
    *n_added = result->len - before;
  return result;
}

/**
 * nfe_curation_texts:
 *
 * Returns: (transfer full): the texts of all @questions, rejected ones
 *   too, for a generator to avoid.
 */
char **
nfe_curation_texts (GListModel *questions)
{
  g_autoptr(GStrvBuilder) texts = g_strv_builder_new ();

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(NfeQuestion) question = g_list_model_get_item (questions, i);

      g_strv_builder_add (texts, nfe_question_get_text (question));
    }

  return g_strv_builder_end (texts);
}
