/* nfe-article-json.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nfe-article-json"

#include "config.h"

#include <glib/gi18n.h>

#include "nfe-article-json.h"

/* The JSON shape of an article, shared by `--show --json` and the bundled
 * sample: the same field names, so a shown article can be read back. */

#define SAMPLE_RESOURCE "/org/nextfin/Editor/sample/sample-article.json"

static const char * const field_keys[NFE_N_ARTICLE_FIELDS] = {
  "headline", "byline", "source", "dateline", "body_markdown", "closing",
};

JsonNode *
nfe_article_to_json (NfeArticle *article)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  GListModel *bullets;
  GListModel *questions;

  g_return_val_if_fail (NFE_IS_ARTICLE (article), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, nfe_article_get_id (article));
  for (guint i = 0; i < NFE_N_ARTICLE_FIELDS; i++)
    {
      json_builder_set_member_name (builder, field_keys[i]);
      json_builder_add_string_value (builder, nfe_article_get_field (article, i));
    }
  json_builder_set_member_name (builder, "status");
  json_builder_add_string_value (builder,
                                 nfe_article_status_to_string (nfe_article_get_status (article)));

  bullets = nfe_article_get_bullets (article);
  json_builder_set_member_name (builder, "bullets");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (bullets); i++)
    {
      g_autoptr(NfeBullet) bullet = g_list_model_get_item (bullets, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, nfe_bullet_get_text (bullet));
      json_builder_set_member_name (builder, "origin");
      json_builder_add_string_value (builder, nfe_origin_to_string (nfe_bullet_get_origin (bullet)));
      json_builder_set_member_name (builder, "locked");
      json_builder_add_boolean_value (builder, nfe_bullet_get_locked (bullet));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  questions = nfe_article_get_questions (article);
  json_builder_set_member_name (builder, "questions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(NfeQuestion) question = g_list_model_get_item (questions, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, nfe_question_get_text (question));
      json_builder_set_member_name (builder, "state");
      json_builder_add_string_value (builder,
                                     nfe_question_state_to_string (nfe_question_get_state (question)));
      json_builder_set_member_name (builder, "origin");
      json_builder_add_string_value (builder,
                                     nfe_origin_to_string (nfe_question_get_origin (question)));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static const char *
member_string (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

/* An item is either a bare string or an object with "text" and the
 * optional "origin", "locked" and "state" of the `--show` output. */
static gboolean
read_item (JsonNode     *node,
           const char   *list_name,
           guint         index,
           const char  **text,
           JsonObject  **object,
           GError      **error)
{
  *object = NULL;
  *text = NULL;

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    *text = json_node_get_string (node);
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      *object = json_node_get_object (node);
      *text = member_string (*object, "text");
    }

  if (*text == NULL || **text == '\0')
    {
      g_set_error (error, NFE_IMPORT_ERROR, NFE_IMPORT_ERROR_INVALID,
                   _("Item %u of “%s” has no text"), index + 1, list_name);
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_enum_member (JsonObject   *object,
                  const char   *name,
                  gboolean    (*from_string) (const char *, gpointer),
                  gpointer      value,
                  GError      **error)
{
  const char *str;

  if (object == NULL || !json_object_has_member (object, name))
    return TRUE;

  str = member_string (object, name);
  if (!from_string (str, value))
    {
      g_set_error (error, NFE_IMPORT_ERROR, NFE_IMPORT_ERROR_INVALID,
                   _("“%s” is not a valid %s"), str ? str : "", name);
      return FALSE;
    }

  return TRUE;
}

static JsonArray *
member_array (JsonObject  *object,
              const char  *name,
              GError     **error)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error (error, NFE_IMPORT_ERROR, NFE_IMPORT_ERROR_INVALID,
                   _("“%s” must be a list"), name);
      return NULL;
    }

  return json_node_get_array (node);
}

/**
 * nfe_article_new_from_json:
 *
 * Reads an article in the shape nfe_article_to_json() writes. The result
 * belongs to no project yet.
 */
NfeArticle *
nfe_article_new_from_json (JsonNode  *node,
                           GError   **error)
{
  g_autoptr(NfeArticle) article = NULL;
  g_autoptr(GError) local_error = NULL;
  NfeArticleStatus status = NFE_ARTICLE_STATUS_DRAFT;
  JsonObject *object;
  JsonArray *array;

  g_return_val_if_fail (node != NULL, NULL);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, NFE_IMPORT_ERROR, NFE_IMPORT_ERROR_INVALID,
                   _("An article must be a JSON object"));
      return NULL;
    }

  object = json_node_get_object (node);
  article = nfe_article_new ();

  for (guint i = 0; i < NFE_N_ARTICLE_FIELDS; i++)
    {
      const char *value = member_string (object, field_keys[i]);

      if (value != NULL)
        nfe_article_set_field (article, i, value);
    }

  if (*nfe_article_get_headline (article) == '\0')
    {
      g_set_error (error, NFE_IMPORT_ERROR, NFE_IMPORT_ERROR_NO_HEADLINE,
                   _("The article has no headline"));
      return NULL;
    }

  if (!read_enum_member (object, "status", (gpointer) nfe_article_status_from_string, &status,
                         error))
    return NULL;
  nfe_article_set_status (article, status);

  if ((array = member_array (object, "bullets", &local_error)) != NULL)
    {
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          g_autoptr(NfeBullet) bullet = NULL;
          NfeOrigin origin = NFE_ORIGIN_GENERATED;
          JsonObject *item;
          const char *text;

          if (!read_item (json_array_get_element (array, i), "bullets", i, &text, &item, error) ||
              !read_enum_member (item, "origin", (gpointer) nfe_origin_from_string, &origin, error))
            return NULL;

          bullet = nfe_bullet_new (text, origin);
          if (item != NULL && json_object_has_member (item, "locked"))
            nfe_bullet_set_locked (bullet, json_object_get_boolean_member (item, "locked"));
          nfe_article_add_bullet (article, bullet);
        }
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if ((array = member_array (object, "questions", &local_error)) != NULL)
    {
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          g_autoptr(NfeQuestion) question = NULL;
          NfeQuestionState state = NFE_QUESTION_STATE_ACCEPTED;
          NfeOrigin origin = NFE_ORIGIN_GENERATED;
          JsonObject *item;
          const char *text;

          if (!read_item (json_array_get_element (array, i), "questions", i, &text, &item, error) ||
              !read_enum_member (item, "state", (gpointer) nfe_question_state_from_string, &state,
                                 error) ||
              !read_enum_member (item, "origin", (gpointer) nfe_origin_from_string, &origin, error))
            return NULL;

          question = nfe_question_new (text, state, origin);
          nfe_article_add_question (article, question);
        }
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&article);
}

/**
 * nfe_article_new_sample:
 *
 * Returns: a new copy of the sample article bundled with the application,
 *   for trying the editor and for tests.
 */
NfeArticle *
nfe_article_new_sample (GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GBytes) bytes = NULL;

  bytes = g_resources_lookup_data (SAMPLE_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

  if (!json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                   g_bytes_get_size (bytes), error))
    return NULL;

  return nfe_article_new_from_json (json_parser_get_root (parser), error);
}
