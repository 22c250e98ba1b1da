/* test-review.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "nfe-article-json.h"
#include "nfe-author.h"
#include "nfe-project.h"
#include "nfe-test-util.h"
#include "nfe-text.h"

/* The review workflow: status changes with their records, and revisions
 * that can be listed and restored without anything being lost. */

static NfeProject *
new_project (char       **path,
             const char  *headline,
             const char  *body,
             NfeArticle **article)
{
  g_autofree char *dir = nfe_test_make_dir ();
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  NfeProject *project;

  *path = g_build_filename (dir, "review.nfproj", NULL);
  file = g_file_new_for_path (*path);
  project = nfe_project_create (file, &error);
  g_assert_no_error (error);

  *article = nfe_article_new ();
  nfe_article_set_headline (*article, headline);
  nfe_article_set_field (*article, NFE_ARTICLE_FIELD_BYLINE, "By A. Writer");
  nfe_article_set_body (*article, body);
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *text = g_strdup_printf ("Bullet %u", i + 1);
      g_autoptr(NfeBullet) bullet = nfe_bullet_new (text, NFE_ORIGIN_GENERATED);
      g_autofree char *qtext = g_strdup_printf ("Question %u?", i + 1);
      g_autoptr(NfeQuestion) question = nfe_question_new (qtext, NFE_QUESTION_STATE_ACCEPTED,
                                                          NFE_ORIGIN_MANUAL);

      nfe_article_add_bullet (*article, bullet);
      nfe_article_add_question (*article, question);
    }
  nfe_project_insert_article (project, *article, &error);
  g_assert_no_error (error);

  return project;
}

static guint
count_rows (const char *path,
            const char *sql)
{
  g_autofree char *text = nfe_test_sql_text (path, sql);

  return (guint) g_ascii_strtoull (text, NULL, 10);
}

static void
assert_status (NfeProject       *project,
               NfeArticle       *article,
               const char       *path,
               NfeArticleStatus  status)
{
  g_autofree char *stored = NULL;
  g_autofree char *sql = g_strdup_printf ("SELECT status FROM article WHERE id = %" G_GINT64_FORMAT,
                                          nfe_article_get_id (article));

  g_assert_cmpint (nfe_article_get_status (article), ==, status);
  g_assert_false (nfe_project_get_has_unsaved (project));
  stored = nfe_test_sql_text (path, sql);
  g_assert_cmpstr (stored, ==, nfe_article_status_to_string (status));
}

static void
test_transitions (void)
{
  g_autofree char *path = NULL;
  g_autoptr(NfeArticle) article = NULL;
  g_autoptr(NfeProject) project = new_project (&path, "Review me", "Some words here.", &article);
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) revisions = NULL;
  g_autoptr(GError) error = NULL;
  static const struct {
    NfeArticleStatus to;
    const char *note;
  } allowed[] = {
    { NFE_ARTICLE_STATUS_IN_REVIEW, "Ready" },
    { NFE_ARTICLE_STATUS_APPROVED, NULL },
    { NFE_ARTICLE_STATUS_PUBLISHED, "Ship it" },
    { NFE_ARTICLE_STATUS_DRAFT, "Correction needed" },
    { NFE_ARTICLE_STATUS_IN_REVIEW, NULL },
    { NFE_ARTICLE_STATUS_DRAFT, NULL },
    { NFE_ARTICLE_STATUS_IN_REVIEW, NULL },
    { NFE_ARTICLE_STATUS_APPROVED, NULL },
    { NFE_ARTICLE_STATUS_DRAFT, "Back to work" },
  };
  NfeArticleStatus from = NFE_ARTICLE_STATUS_DRAFT;

  for (guint i = 0; i < G_N_ELEMENTS (allowed); i++)
    {
      g_assert_true (nfe_project_set_status (project, article, allowed[i].to, "Äda Editor",
                                             allowed[i].note, &error));
      g_assert_no_error (error);
      assert_status (project, article, path, allowed[i].to);

      changes = nfe_project_list_status_changes (project, article, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (changes->len, ==, i + 1);
      {
        NfeStatusChange *change = g_ptr_array_index (changes, 0);

        g_assert_cmpint (change->from_status, ==, from);
        g_assert_cmpint (change->to_status, ==, allowed[i].to);
        g_assert_cmpstr (change->author, ==, "Äda Editor");
        g_assert_cmpstr (change->note, ==, allowed[i].note ? allowed[i].note : "");
        g_assert_cmpint (change->created, >, 0);
      }
      g_clear_pointer (&changes, g_ptr_array_unref);

      revisions = nfe_project_list_revisions (project, article, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (revisions->len, ==, i + 1);
      {
        NfeRevision *revision = g_ptr_array_index (revisions, 0);
        g_autofree char *prefix = g_strdup_printf ("Status: %s",
                                                   nfe_article_status_get_label (allowed[i].to));

        g_assert_true (g_str_has_prefix (revision->note, prefix));
        if (allowed[i].note != NULL)
          g_assert_nonnull (strstr (revision->note, allowed[i].note));
        g_assert_cmpstr (revision->author, ==, "Äda Editor");
        g_assert_cmpuint (revision->words, ==, 3);
      }
      g_clear_pointer (&revisions, g_ptr_array_unref);

      from = allowed[i].to;
    }

  g_assert_cmpuint (count_rows (path, "SELECT count(*) FROM status_change"), ==,
                    G_N_ELEMENTS (allowed));
  g_assert_cmpuint (count_rows (path, "SELECT count(*) FROM revision"), ==,
                    G_N_ELEMENTS (allowed));
  nfe_project_close (project);
}

static void
test_refused (void)
{
  static const struct {
    NfeArticleStatus from;
    NfeArticleStatus to;
    const char *message;
  } refused[] = {
    { NFE_ARTICLE_STATUS_DRAFT, NFE_ARTICLE_STATUS_DRAFT, "already draft" },
    { NFE_ARTICLE_STATUS_DRAFT, NFE_ARTICLE_STATUS_APPROVED,
      "A draft cannot go straight to approved; send it for review first" },
    { NFE_ARTICLE_STATUS_DRAFT, NFE_ARTICLE_STATUS_PUBLISHED,
      "A draft cannot go straight to published; send it for review first" },
    { NFE_ARTICLE_STATUS_IN_REVIEW, NFE_ARTICLE_STATUS_IN_REVIEW, "already in-review" },
    { NFE_ARTICLE_STATUS_IN_REVIEW, NFE_ARTICLE_STATUS_PUBLISHED,
      "An article in review cannot go straight to published; approve it first" },
    { NFE_ARTICLE_STATUS_APPROVED, NFE_ARTICLE_STATUS_IN_REVIEW,
      "An approved article cannot go straight to review; move it back to draft first" },
    { NFE_ARTICLE_STATUS_APPROVED, NFE_ARTICLE_STATUS_APPROVED, "already approved" },
    { NFE_ARTICLE_STATUS_PUBLISHED, NFE_ARTICLE_STATUS_IN_REVIEW,
      "A published article cannot go straight to review; move it back to draft first" },
    { NFE_ARTICLE_STATUS_PUBLISHED, NFE_ARTICLE_STATUS_APPROVED,
      "A published article cannot go straight to approved; move it back to draft first" },
    { NFE_ARTICLE_STATUS_PUBLISHED, NFE_ARTICLE_STATUS_PUBLISHED, "already published" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autofree char *path = NULL;
      g_autoptr(NfeArticle) article = NULL;
      g_autoptr(NfeProject) project = new_project (&path, "Refused", "One two.", &article);
      g_autoptr(GError) error = NULL;
      guint changes_before, revisions_before;

      /* Walk the article to the starting status the allowed way. */
      for (NfeArticleStatus s = NFE_ARTICLE_STATUS_IN_REVIEW; s <= refused[i].from; s++)
        {
          g_assert_true (nfe_project_set_status (project, article, s, "Walker", NULL, &error));
          g_assert_no_error (error);
        }

      changes_before = count_rows (path, "SELECT count(*) FROM status_change");
      revisions_before = count_rows (path, "SELECT count(*) FROM revision");

      g_assert_false (nfe_project_set_status (project, article, refused[i].to, "Someone", "No",
                                              &error));
      g_assert_error (error, NFE_STORE_ERROR, NFE_STORE_ERROR_BAD_TRANSITION);
      g_assert_nonnull (strstr (error->message, refused[i].message));

      assert_status (project, article, path, refused[i].from);
      g_assert_cmpuint (count_rows (path, "SELECT count(*) FROM status_change"), ==,
                        changes_before);
      g_assert_cmpuint (count_rows (path, "SELECT count(*) FROM revision"), ==,
                        revisions_before);
      nfe_project_close (project);
    }
}

/* Pending edits land before the status changes, and the status change
 * itself leaves nothing pending. */
static void
test_status_saves_edits (void)
{
  g_autofree char *path = NULL;
  g_autoptr(NfeArticle) article = NULL;
  g_autoptr(NfeProject) project = new_project (&path, "Edits", "Before.", &article);
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;

  nfe_article_set_body (article, "After the edit, five words.");
  g_assert_true (nfe_project_get_has_unsaved (project));
  g_assert_true (nfe_project_set_status (project, article, NFE_ARTICLE_STATUS_IN_REVIEW,
                                         "Ed", NULL, &error));
  g_assert_no_error (error);
  g_assert_false (nfe_project_get_has_unsaved (project));

  body = nfe_test_sql_text (path, "SELECT body_md FROM article");
  g_assert_cmpstr (body, ==, "After the edit, five words.");
  nfe_project_close (project);
}

static GPtrArray *
texts_of (GListModel *list)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);
      char *text = NULL;

      g_object_get (item, "text", &text, NULL);
      g_ptr_array_add (texts, text);
    }

  return texts;
}

static void
test_revisions_restore (void)
{
  static const char *original_body = "Zürich — shares rose 3.5% 🚀 on Tuesday, said 株式会社.";
  g_autofree char *path = NULL;
  g_autoptr(NfeArticle) article = NULL;
  g_autoptr(NfeProject) project = new_project (&path, "Überschrift: «Émission» 日本",
                                               original_body, &article);
  g_autoptr(NfeArticle) reopened_article = NULL;
  g_autoptr(NfeProject) reopened = NULL;
  g_autoptr(GPtrArray) revisions = NULL;
  g_autoptr(GPtrArray) new_bullets = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) new_questions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) bullets = NULL;
  g_autoptr(GPtrArray) questions = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(NfeArticle) shown = NULL;
  g_autofree char *note = NULL;
  gint64 first, second, before;

  first = nfe_project_save_revision (project, article, "Ünïcødé Author", "First ✓", &error);
  g_assert_no_error (error);
  g_assert_cmpint (first, >, 0);

  /* Change everything a revision holds. */
  nfe_article_set_headline (article, "Rewritten");
  nfe_article_set_field (article, NFE_ARTICLE_FIELD_CLOSING, "The end.");
  nfe_article_set_body (article, "Completely different text now.");
  g_ptr_array_add (new_bullets, nfe_bullet_new ("Only bullet", NFE_ORIGIN_MANUAL));
  g_ptr_array_add (new_questions, nfe_question_new ("Only question?",
                                                    NFE_QUESTION_STATE_CANDIDATE,
                                                    NFE_ORIGIN_MANUAL));
  g_assert_true (nfe_project_set_bullets (project, article, new_bullets, &error));
  g_assert_true (nfe_project_set_questions (project, article, new_questions, &error));
  g_assert_no_error (error);

  second = nfe_project_save_revision (project, article, "B", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (second, >, first);

  revisions = nfe_project_list_revisions (project, article, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (revisions->len, ==, 2);
  g_assert_cmpint (((NfeRevision *) g_ptr_array_index (revisions, 0))->id, ==, second);
  g_assert_cmpuint (((NfeRevision *) g_ptr_array_index (revisions, 0))->words, ==, 4);
  g_assert_cmpstr (((NfeRevision *) g_ptr_array_index (revisions, 0))->note, ==, "");
  g_assert_cmpint (((NfeRevision *) g_ptr_array_index (revisions, 1))->id, ==, first);
  g_assert_cmpstr (((NfeRevision *) g_ptr_array_index (revisions, 1))->author, ==,
                   "Ünïcødé Author");
  g_assert_cmpstr (((NfeRevision *) g_ptr_array_index (revisions, 1))->note, ==, "First ✓");
  g_assert_cmpuint (((NfeRevision *) g_ptr_array_index (revisions, 1))->words, ==,
                    nfe_text_count_words (original_body, -1));
  g_clear_pointer (&revisions, g_ptr_array_unref);

  /* Reading a revision shows it and changes nothing. */
  shown = nfe_project_load_revision (project, article, first, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (nfe_article_get_body (shown), ==, original_body);
  g_assert_cmpuint (g_list_model_get_n_items (nfe_article_get_questions (shown)), ==, 2);
  g_assert_cmpstr (nfe_article_get_headline (article), ==, "Rewritten");
  g_assert_null (nfe_project_load_revision (project, article, 9999, &error));
  g_assert_error (error, NFE_STORE_ERROR, NFE_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  before = nfe_project_restore_revision (project, article, first, "Restorer", &error);
  g_assert_no_error (error);
  g_assert_cmpint (before, >, second);
  g_assert_false (nfe_project_get_has_unsaved (project));

  g_assert_cmpstr (nfe_article_get_headline (article), ==, "Überschrift: «Émission» 日本");
  g_assert_cmpstr (nfe_article_get_body (article), ==, original_body);
  g_assert_cmpstr (nfe_article_get_field (article, NFE_ARTICLE_FIELD_CLOSING), ==, "");
  g_assert_cmpstr (nfe_article_get_field (article, NFE_ARTICLE_FIELD_BYLINE), ==, "By A. Writer");
  bullets = texts_of (nfe_article_get_bullets (article));
  questions = texts_of (nfe_article_get_questions (article));
  g_assert_cmpuint (bullets->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (bullets, 1), ==, "Bullet 2");
  g_assert_cmpuint (questions->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (questions, 0), ==, "Question 1?");
  g_clear_pointer (&bullets, g_ptr_array_unref);
  g_clear_pointer (&questions, g_ptr_array_unref);

  /* The state before the restore is a revision of its own, and nothing
   * was deleted. */
  revisions = nfe_project_list_revisions (project, article, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (revisions->len, ==, 3);
  note = g_strdup_printf ("Before restoring revision %" G_GINT64_FORMAT, first);
  g_assert_cmpstr (((NfeRevision *) g_ptr_array_index (revisions, 0))->note, ==, note);
  g_assert_cmpint (((NfeRevision *) g_ptr_array_index (revisions, 0))->id, ==, before);
  g_assert_cmpstr (((NfeRevision *) g_ptr_array_index (revisions, 0))->author, ==, "Restorer");
  g_assert_cmpint (((NfeRevision *) g_ptr_array_index (revisions, 1))->id, ==, second);
  g_assert_cmpint (((NfeRevision *) g_ptr_array_index (revisions, 2))->id, ==, first);

  /* Undoing the restore brings the rewritten text back. */
  g_assert_true (nfe_project_restore_revision (project, article,
                                               ((NfeRevision *) g_ptr_array_index (revisions, 0))->id,
                                               "Restorer", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (nfe_article_get_headline (article), ==, "Rewritten");
  g_assert_cmpstr (nfe_article_get_field (article, NFE_ARTICLE_FIELD_CLOSING), ==, "The end.");
  g_clear_pointer (&revisions, g_ptr_array_unref);
  revisions = nfe_project_list_revisions (project, article, &error);
  g_assert_cmpuint (revisions->len, ==, 4);

  /* A revision of another article, or none at all, is refused. */
  g_assert_cmpint (nfe_project_restore_revision (project, article, 9999, "X", &error), ==, 0);
  g_assert_error (error, NFE_STORE_ERROR, NFE_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (count_rows (path, "SELECT count(*) FROM revision"), ==, 4);

  /* What was restored is what the file holds. */
  g_assert_true (nfe_project_restore_revision (project, article, first, "Restorer", &error));
  g_assert_no_error (error);
  nfe_project_close (project);

  file = g_file_new_for_path (path);
  reopened = nfe_project_open (file, NFE_PROJECT_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  reopened_article = g_list_model_get_item (nfe_project_get_articles (reopened), 0);
  g_assert_true (nfe_project_load_article (reopened, reopened_article, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (nfe_article_get_headline (reopened_article), ==,
                   "Überschrift: «Émission» 日本");
  g_assert_cmpstr (nfe_article_get_body (reopened_article), ==, original_body);
  bullets = texts_of (nfe_article_get_bullets (reopened_article));
  questions = texts_of (nfe_article_get_questions (reopened_article));
  g_assert_cmpuint (bullets->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (bullets, 0), ==, "Bullet 1");
  g_assert_cmpuint (questions->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (questions, 1), ==, "Question 2?");
  g_clear_pointer (&revisions, g_ptr_array_unref);
  revisions = nfe_project_list_revisions (reopened, reopened_article, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (revisions->len, ==, 5);
}

/* Deleting an article takes its history with it. */
static void
test_delete_cascades (void)
{
  g_autofree char *path = NULL;
  g_autoptr(NfeArticle) article = NULL;
  g_autoptr(NfeProject) project = new_project (&path, "Gone", "Soon.", &article);
  g_autoptr(GError) error = NULL;

  g_assert_true (nfe_project_set_status (project, article, NFE_ARTICLE_STATUS_IN_REVIEW, "A",
                                         NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_rows (path, "SELECT count(*) FROM status_change"), ==, 1);
  g_assert_true (nfe_project_delete_article (project, article, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_rows (path, "SELECT count(*) FROM status_change"), ==, 0);
  g_assert_cmpuint (count_rows (path, "SELECT count(*) FROM revision"), ==, 0);
  nfe_project_close (project);
}

/* Records name the editor from Preferences, else the account. */
static void
test_author (void)
{
  g_autoptr(GSettings) settings = nfe_author_get_settings ();
  g_autofree char *account = NULL;
  g_autofree char *named = NULL;
  const char *real_name = g_get_real_name ();

  g_assert_nonnull (settings);
  account = nfe_author_dup_name (settings);
  if (real_name != NULL && *real_name != '\0' && !g_str_equal (real_name, "Unknown"))
    g_assert_cmpstr (account, ==, real_name);
  else
    g_assert_cmpstr (account, ==, g_get_user_name ());

  g_settings_set_string (settings, "editor-name", "  Ada Editor ");
  named = nfe_author_dup_name (settings);
  g_assert_cmpstr (named, ==, "Ada Editor");
  g_settings_reset (settings, "editor-name");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/nfe/review/transitions", test_transitions);
  g_test_add_func ("/nfe/review/refused", test_refused);
  g_test_add_func ("/nfe/review/status-saves-edits", test_status_saves_edits);
  g_test_add_func ("/nfe/review/revisions-restore", test_revisions_restore);
  g_test_add_func ("/nfe/review/delete-cascades", test_delete_cascades);
  g_test_add_func ("/nfe/review/author", test_author);

  return g_test_run ();
}
