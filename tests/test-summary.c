/* test-summary.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "nfe-figures.h"
#include "nfe-project.h"
#include "nfe-summary.h"
#include "nfe-test-util.h"

#define BODY \
  "Kestrel Semiconductor (KSLX) said revenue rose 38 percent to NT$148.6 billion.\n\n" \
  "Net income climbed 61% to NT$31.9bn, and the board approved a dividend of NT$4.00.\n\n" \
  "Shares closed at 1,200 yuan on Nasdaq: NRVN news.\n"

static void
assert_strv (char       **actual,
             const char  *expected)
{
  g_autofree char *joined = g_strjoinv ("|", actual);

  g_assert_cmpstr (joined, ==, expected);
  g_strfreev (actual);
}

static void
test_figures (void)
{
  assert_strv (nfe_figures_find ("Revenue rose 38% to US$1.2 billion (KSLX), up 3.5 bps"),
               "38%|US$1.2 billion|3.5 bps|KSLX");

  /* Backed by the body however the figure is dressed. */
  assert_strv (nfe_figures_missing ("Revenue rose 38% to NT$148.6 billion.", BODY), "");
  assert_strv (nfe_figures_missing ("Net income rose 61 percent to NT$31.9 billion.", BODY), "");
  assert_strv (nfe_figures_missing ("Shares hit 1200 yuan.", BODY), "");
  assert_strv (nfe_figures_missing ("Kestrel (KSLX) and $NRVN rallied.", BODY), "");

  /* The desk's worst error: a figure the article never states. */
  assert_strv (nfe_figures_missing ("Revenue rose 39% to NT$148.6 billion.", BODY), "39%");
  assert_strv (nfe_figures_missing ("The dividend is $4.50 a share.", BODY), "$4.50");
  assert_strv (nfe_figures_missing ("Rival Argent (ARGT) fell 2.5%.", BODY), "2.5%|ARGT");
  assert_strv (nfe_figures_missing ("No figures at all in Q3.", BODY), "");
}

static NfeGeneratedItem *
item (const char *text,
      const char *source)
{
  NfeGeneratedItem *generated = nfe_generated_item_new (text);
  const char *found = strstr (BODY, source);

  g_assert_nonnull (found);
  nfe_generated_item_add_source (generated, found - BODY, found - BODY + strlen (source));
  return generated;
}

static void
test_provenance_and_stale (void)
{
  g_autoptr(NfeGeneratedItem) generated =
    item ("Revenue rose 38% to NT$148.6 billion.",
          "Kestrel Semiconductor (KSLX) said revenue rose 38 percent to NT$148.6 billion.");
  g_autoptr(NfeBullet) bullet = nfe_summary_bullet_new (generated, BODY, "builtin-1");
  g_autofree char *edited = NULL;
  g_auto(GStrv) texts = nfe_summary_source_texts (bullet);

  g_assert_cmpint (nfe_bullet_get_origin (bullet), ==, NFE_ORIGIN_GENERATED);
  g_assert_cmpstr (nfe_bullet_get_generator (bullet), ==, "builtin-1");
  g_assert_cmpuint (g_strv_length (texts), ==, 1);
  g_assert_cmpstr (texts[0], ==,
                   "Kestrel Semiconductor (KSLX) said revenue rose 38 percent to NT$148.6 billion.");
  g_assert_cmpuint (strlen (nfe_bullet_get_source_hash (bullet)), ==, 64);

  /* Text added above the source moves it, but does not make it stale. */
  edited = g_strconcat ("A new first paragraph.\n\n", BODY, NULL);
  g_assert_false (nfe_summary_bullet_is_stale (bullet, BODY));
  g_assert_false (nfe_summary_bullet_is_stale (bullet, edited));

  /* Changing the source sentence does. */
  g_free (edited);
  edited = g_strdup (BODY);
  memcpy (strstr (edited, "38 percent"), "36", 2);
  g_assert_true (nfe_summary_bullet_is_stale (bullet, edited));
}

static GListStore *
store_of (const char *first,
          ...)
{
  GListStore *store = g_list_store_new (NFE_TYPE_BULLET);
  va_list ap;

  va_start (ap, first);
  for (const char *spec = first; spec != NULL; spec = va_arg (ap, const char *))
    {
      /* "g:text" generated, "e:text" edited, "L:text" locked generated. */
      g_autoptr(NfeBullet) bullet = nfe_bullet_new (spec + 2, spec[0] == 'e' ? NFE_ORIGIN_EDITED
                                                                           : NFE_ORIGIN_GENERATED);

      nfe_bullet_set_locked (bullet, spec[0] == 'L');
      g_list_store_append (store, bullet);
    }
  va_end (ap);

  return store;
}

static char *
texts_of (GPtrArray *bullets)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < bullets->len; i++)
    g_string_append_printf (out, "%s%s", i ? "|" : "", nfe_bullet_get_text (g_ptr_array_index (bullets, i)));

  return g_strdup (out->str);
}

static void
test_merge_keeps_human_work (void)
{
  g_autoptr(GListStore) current = store_of ("g:Old generated one about rates.",
                                            "e:Edited by a person about margins.",
                                            "L:Locked generated one about dividends.",
                                            "g:Another old generated one.",
                                            NULL);
  g_autoptr(GPtrArray) generated = g_ptr_array_new_with_free_func ((GDestroyNotify) nfe_generated_item_free);
  g_autoptr(GPtrArray) replaced = NULL;
  g_autoptr(GPtrArray) added = NULL;
  g_autofree char *replaced_texts = NULL;
  g_autofree char *added_texts = NULL;

  g_ptr_array_add (generated, nfe_generated_item_new ("Edited by a person about margins!"));
  g_ptr_array_add (generated, nfe_generated_item_new ("Fresh bullet on revenue growth."));
  g_ptr_array_add (generated, nfe_generated_item_new ("Fresh bullet on share prices."));
  g_ptr_array_add (generated, nfe_generated_item_new ("Fresh bullet on the outlook."));
  g_ptr_array_add (generated, nfe_generated_item_new ("Fresh bullet on capital spending."));

  replaced = nfe_summary_merge (G_LIST_MODEL (current), generated, BODY, "builtin-1",
                                NFE_SUMMARY_REPLACE);
  replaced_texts = texts_of (replaced);
  g_assert_cmpstr (replaced_texts, ==,
                   "Edited by a person about margins.|Locked generated one about dividends.|"
                   "Fresh bullet on revenue growth.|Fresh bullet on share prices.|"
                   "Fresh bullet on the outlook.");

  /* Adding keeps everything and still offers one new bullet. */
  added = nfe_summary_merge (G_LIST_MODEL (current), generated, BODY, "builtin-1",
                             NFE_SUMMARY_KEEP_ALL);
  added_texts = texts_of (added);
  g_assert_cmpstr (added_texts, ==,
                   "Old generated one about rates.|Edited by a person about margins.|"
                   "Locked generated one about dividends.|Another old generated one.|"
                   "Fresh bullet on revenue growth.");
}

static void
test_store_set_bullets (void)
{
  g_autofree char *dir = nfe_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "bullets.nfproj", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(NfeProject) project = nfe_project_create (file, NULL);
  g_autoptr(NfeArticle) article = nfe_article_new ();
  g_autoptr(NfeGeneratedItem) generated = item ("Revenue rose 38%.", "revenue rose 38 percent");
  g_autoptr(GPtrArray) bullets = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autofree char *rows = NULL;
  NfeBullet *manual;

  nfe_article_set_headline (article, "Kestrel");
  nfe_article_set_body (article, BODY);
  nfe_project_insert_article (project, article, &error);
  g_assert_no_error (error);

  manual = nfe_bullet_new ("Written by hand.", NFE_ORIGIN_MANUAL);
  nfe_bullet_set_locked (manual, TRUE);
  g_ptr_array_add (bullets, manual);
  g_ptr_array_add (bullets, nfe_summary_bullet_new (generated, BODY, "builtin-1"));

  nfe_project_set_bullets (project, article, bullets, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (nfe_article_get_bullets (article)), ==, 2);

  rows = nfe_test_sql_text (path, "SELECT group_concat(text || ':' || origin || ':' || locked || ':' ||"
                                  " coalesce(generator, '-') || ':' || (length(provenance) > 2), '|')"
                                  " FROM (SELECT * FROM summary_bullet ORDER BY position)");
  g_assert_cmpstr (rows, ==, "Written by hand.:manual:1:-:0|Revenue rose 38%.:generated:0:builtin-1:1");

  /* Reordering is a new list: the file follows. */
  g_ptr_array_remove_index (bullets, 0);
  nfe_project_set_bullets (project, article, bullets, &error);
  g_assert_no_error (error);
  g_free (rows);
  rows = nfe_test_sql_text (path, "SELECT group_concat(text, '|') FROM summary_bullet");
  g_assert_cmpstr (rows, ==, "Revenue rose 38%.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/nfe/summary/figures", test_figures);
  g_test_add_func ("/nfe/summary/provenance-and-stale", test_provenance_and_stale);
  g_test_add_func ("/nfe/summary/merge-keeps-human-work", test_merge_keeps_human_work);
  g_test_add_func ("/nfe/summary/store-set-bullets", test_store_set_bullets);

  return g_test_run ();
}
