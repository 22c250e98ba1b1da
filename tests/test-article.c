/* test-article.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "nfe-article-json.h"

static void
count_cb (NfeArticle *article,
          guint      *count)
{
  (*count)++;
}

static void
test_edited_signal (void)
{
  g_autoptr(NfeArticle) article = nfe_article_new ();
  guint edits = 0;

  g_signal_connect (article, "edited", G_CALLBACK (count_cb), &edits);

  nfe_article_set_headline (article, "Rates held");
  g_assert_cmpuint (edits, ==, 1);
  nfe_article_set_headline (article, "Rates held");
  g_assert_cmpuint (edits, ==, 1);
  nfe_article_set_body (article, "Body");
  nfe_article_set_status (article, NFE_ARTICLE_STATUS_APPROVED);
  nfe_article_set_status (article, NFE_ARTICLE_STATUS_APPROVED);
  g_assert_cmpuint (edits, ==, 3);
  g_object_set (article, "dateline", "LONDON", NULL);
  g_assert_cmpuint (edits, ==, 4);
  g_assert_cmpstr (nfe_article_get_field (article, NFE_ARTICLE_FIELD_DATELINE), ==, "LONDON");
}

static void
test_sample (void)
{
  g_autoptr(NfeArticle) article = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *questions;

  article = nfe_article_new_sample (&error);
  g_assert_no_error (error);
  g_assert_cmpstr (nfe_article_get_headline (article), !=, "");
  g_assert_cmpuint (strlen (nfe_article_get_body (article)), >, 2000);
  g_assert_cmpuint (g_list_model_get_n_items (nfe_article_get_bullets (article)), ==, 4);

  questions = nfe_article_get_questions (article);
  g_assert_cmpuint (g_list_model_get_n_items (questions), >=, 12);
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(NfeQuestion) question = g_list_model_get_item (questions, i);

      g_assert_true (g_str_has_suffix (nfe_question_get_text (question), "?"));
      g_assert_cmpint (nfe_question_get_state (question), ==, NFE_QUESTION_STATE_ACCEPTED);
    }
}

static void
test_json_round_trip (void)
{
  g_autoptr(NfeArticle) article = nfe_article_new_sample (NULL);
  g_autoptr(NfeArticle) copy = NULL;
  g_autoptr(NfeBullet) locked = g_list_model_get_item (nfe_article_get_bullets (article), 1);
  g_autoptr(NfeQuestion) first = g_list_model_get_item (nfe_article_get_questions (article), 0);
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonNode) copy_node = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *copy_text = NULL;

  nfe_bullet_set_locked (locked, TRUE);
  nfe_question_set_state (first, NFE_QUESTION_STATE_REJECTED);
  nfe_article_set_status (article, NFE_ARTICLE_STATUS_IN_REVIEW);
  nfe_article_set_headline (article, "Quotes \"and\" <tags> & ünïcödé");

  node = nfe_article_to_json (article);
  copy = nfe_article_new_from_json (node, &error);
  g_assert_no_error (error);

  /* Ids differ (the copy is not stored); everything else must not. */
  copy_node = nfe_article_to_json (copy);
  json_object_remove_member (json_node_get_object (node), "id");
  json_object_remove_member (json_node_get_object (copy_node), "id");
  text = json_to_string (node, TRUE);
  copy_text = json_to_string (copy_node, TRUE);
  g_assert_cmpstr (text, ==, copy_text);
}

static void
test_json_invalid (void)
{
  static const struct {
    const char *json;
    int         code;
  } cases[] = {
    { "[]", NFE_IMPORT_ERROR_INVALID },
    { "{\"body_markdown\": \"x\"}", NFE_IMPORT_ERROR_NO_HEADLINE },
    { "{\"headline\": \"h\", \"status\": \"lost\"}", NFE_IMPORT_ERROR_INVALID },
    { "{\"headline\": \"h\", \"bullets\": \"one\"}", NFE_IMPORT_ERROR_INVALID },
    { "{\"headline\": \"h\", \"bullets\": [\"\"]}", NFE_IMPORT_ERROR_INVALID },
    { "{\"headline\": \"h\", \"questions\": [{\"text\": \"q?\", \"state\": \"maybe\"}]}",
      NFE_IMPORT_ERROR_INVALID },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonNode) node = json_from_string (cases[i].json, NULL);
      g_autoptr(NfeArticle) article = NULL;
      g_autoptr(GError) error = NULL;

      article = nfe_article_new_from_json (node, &error);
      g_assert_null (article);
      g_assert_error (error, NFE_IMPORT_ERROR, cases[i].code);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/nfe/article/edited-signal", test_edited_signal);
  g_test_add_func ("/nfe/article/sample", test_sample);
  g_test_add_func ("/nfe/article/json-round-trip", test_json_round_trip);
  g_test_add_func ("/nfe/article/json-invalid", test_json_invalid);

  return g_test_run ();
}
