/* test-page.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "nfe-page.h"

#define HOSTILE "</title><script>alert(1)</script><img src=x onerror=alert(2)>\"'&"
#define HOSTILE_ESCAPED "&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;&quot;&#39;&amp;"

static NfeArticle *
make_article (void)
{
  NfeArticle *article = nfe_article_new ();
  const char *questions[] = { "Why did yields fall?", "Who sold?", "What comes next?" };
  NfeQuestionState states[] = {
    NFE_QUESTION_STATE_ACCEPTED, NFE_QUESTION_STATE_REJECTED, NFE_QUESTION_STATE_ACCEPTED,
  };

  nfe_article_set_headline (article, "Bond yields fall");
  nfe_article_set_field (article, NFE_ARTICLE_FIELD_BYLINE, "By Ana Ruiz");
  nfe_article_set_field (article, NFE_ARTICLE_FIELD_SOURCE, "NextFin News");
  nfe_article_set_field (article, NFE_ARTICLE_FIELD_DATELINE, "NextFin News - ");
  nfe_article_set_field (article, NFE_ARTICLE_FIELD_CLOSING, "Explore more exclusive insights at nextfin.ai.");
  nfe_article_set_body (article, "Yields fell on Monday.\n\n## Outlook\n\nMore to come.\n");
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *text = g_strdup_printf ("Bullet %u", i + 1);
      g_autoptr(NfeBullet) bullet = nfe_bullet_new (text, NFE_ORIGIN_GENERATED);

      nfe_article_add_bullet (article, bullet);
    }
  for (guint i = 0; i < G_N_ELEMENTS (questions); i++)
    {
      g_autoptr(NfeQuestion) question = nfe_question_new (questions[i], states[i],
                                                          NFE_ORIGIN_GENERATED);

      nfe_article_add_question (article, question);
    }

  return article;
}

static void
assert_in_order (const char  *html,
                 const char **parts)
{
  const char *p = html;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *found = strstr (p, parts[i]);

      if (found == NULL)
        g_error ("“%s” is missing, or out of order, in:\n%s", parts[i], html);
      p = found + strlen (parts[i]);
    }
}

static void
test_page_layout (void)
{
  g_autoptr(NfeArticle) article = make_article ();
  g_autofree char *page = nfe_page_render (article, NULL, NFE_PAGE_DEFAULT);
  const char *parts[] = {
    "<!DOCTYPE html>",
    "Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:;",
    "<title>Bond yields fall</title>",
    "<style>",
    "<p class=\"site-name\">NextFin</p>",
    "<h1>Bond yields fall</h1>",
    "<span class=\"author\">By Ana Ruiz</span>",
    "<span class=\"source\">NextFin News</span>",
    "<time datetime=\"",
    "Summarized by NextFin AI",
    "<li>Bullet 1</li>",
    "<li>Bullet 2</li>",
    "<p><span class=\"dateline\">NextFin News</span> - Yields fell on Monday.</p>",
    "<h2>Outlook</h2>",
    "<p>Explore more exclusive insights at nextfin.ai.</p>",
    "<h2>Insights</h2>",
    "<li>Why did yields fall?</li>",
    "<li>What comes next?</li>",
    "</html>",
    NULL
  };

  assert_in_order (page, parts);
  g_assert_null (strstr (page, "Who sold?"));
  g_assert_null (strstr (page, "<script"));
  g_assert_null (strstr (page, "nfe-block"));
  g_assert_null (strstr (page, "{{"));
}

static void
test_preview_page (void)
{
  g_autoptr(NfeArticle) article = make_article ();
  g_autofree char *page = nfe_page_render (article, NULL,
                                           NFE_PAGE_PREVIEW | NFE_PAGE_DARK | NFE_PAGE_REMOTE_IMAGES);
  const char *parts[] = {
    "<html lang=\"en\" data-theme=\"dark\">",
    "img-src data: https: http:;",
    "<div id=\"nfe-body\" class=\"body\"><div class=\"nfe-block\"><p>",
    "<div class=\"nfe-block\"><h2>Outlook</h2>",
    NULL
  };

  assert_in_order (page, parts);
  g_assert_null (strstr (page, "<script"));
}

static void
test_empty_parts (void)
{
  g_autoptr(NfeArticle) article = nfe_article_new ();

  nfe_article_set_headline (article, "Only a headline");
  for (guint part = NFE_PAGE_PART_SUMMARY; part < NFE_N_PAGE_PARTS; part++)
    {
      g_autofree char *html = nfe_page_render_part (article, part);

      g_assert_cmpstr (html, ==, "");
    }
}

/* Every field a person types goes through escaping. */
static void
test_hostile_fields (void)
{
  g_autoptr(NfeArticle) article = nfe_article_new ();
  g_autoptr(NfeBullet) bullet = nfe_bullet_new (HOSTILE, NFE_ORIGIN_MANUAL);
  g_autoptr(NfeQuestion) question = nfe_question_new (HOSTILE, NFE_QUESTION_STATE_ACCEPTED,
                                                      NFE_ORIGIN_MANUAL);
  g_autofree char *page = NULL;
  const char *p;
  guint count = 0;

  for (guint field = 0; field < NFE_N_ARTICLE_FIELDS; field++)
    nfe_article_set_field (article, field, HOSTILE);
  nfe_article_add_bullet (article, bullet);
  nfe_article_add_question (article, question);

  page = nfe_page_render (article, NULL, NFE_PAGE_DEFAULT);
  g_assert_null (strstr (page, "<script"));
  g_assert_null (strstr (page, "<img"));
  g_assert_null (strstr (page, "</title><"));

  /* Title, headline, byline, source, dateline, body, closing, bullet,
   * question: nine times, all escaped. */
  for (p = page; (p = strstr (p, HOSTILE_ESCAPED)) != NULL; p++)
    count++;
  g_assert_cmpuint (count, ==, 9);
  g_assert_nonnull (strstr (page, "&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;&quot;&#39;&amp;"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/nfe/page/layout", test_page_layout);
  g_test_add_func ("/nfe/page/preview", test_preview_page);
  g_test_add_func ("/nfe/page/empty-parts", test_empty_parts);
  g_test_add_func ("/nfe/page/hostile-fields", test_hostile_fields);

  return g_test_run ();
}
