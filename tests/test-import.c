/* test-import.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <libsoup/soup.h>

#include "nfe-front-matter.h"
#include "nfe-import.h"
#include "nfe-page-text.h"
#include "nfe-web-import.h"
#include "nfe-test-util.h"

static const char *questions[] = {
  "Why did the central bank hold rates steady?",
  "How will the decision affect mortgage costs?",
  "What did the governor say about inflation?",
  "Which sectors rallied after the announcement?",
  "How did bond yields react?",
  "What does the decision mean for the yen?",
  "When is the next policy meeting?",
  "Who dissented on the board?",
  "How large is the balance sheet now?",
  "What are analysts forecasting for “next year”?",
  "Is a rate cut likely before summer?",
  "How did Asian markets close on Thursday?",
};

static char *
page_text (const char *bullet,
           gboolean    site_name,
           gboolean    closing,
           gboolean    insights,
           const char *blank)
{
  GString *s = g_string_new (NULL);

  if (site_name)
    g_string_append_printf (s, "NextFin\n%s", blank);
  g_string_append_printf (s, "Central Bank Holds Rates as “Sticky” Inflation Lingers\n%s", blank);
  g_string_append_printf (s, "Summarized by NextFin AI\n%s", blank);
  g_string_append_printf (s, "  %s Rates were left at 4.5%% for a third meeting.\n", bullet);
  g_string_append_printf (s, "  %s The governor warned that services inflation is sticky.\n", bullet);
  g_string_append_printf (s, "%s The yen weakened 0.8%% against the dollar.\n%s", bullet, blank);
  g_string_append_printf (s, "\t%s Economists now expect a cut in June.\n%s", bullet, blank);
  g_string_append_printf (s, "NextFin News - The central bank held its benchmark rate on Thursday.\n%s", blank);
  g_string_append_printf (s, "The governor said price pressures - especially in services - remain.\n%s", blank);
  g_string_append_printf (s, "Markets had priced in a 30%% chance of a cut.\n%s", blank);
  g_string_append_printf (s, "Bond yields rose 5 basis points after the announcement.\n%s", blank);
  g_string_append_printf (s, "Analysts at two banks moved their forecasts to June.\n%s", blank);
  if (closing)
    g_string_append_printf (s, "Explore more exclusive insights at nextfin.ai.\n%s", blank);
  if (insights)
    {
      g_string_append_printf (s, "Insights\n%s", blank);
      for (guint i = 0; i < G_N_ELEMENTS (questions); i++)
        g_string_append_printf (s, "%s\n%s", questions[i], blank);
    }
  g_string_append (s, "Search\nHome\nMarkets\nSubscribe\n© 2026 NextFin. All rights reserved.\n");

  return g_string_free (s, FALSE);
}

static char *
crlf (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  return g_strjoinv ("\r\n", lines);
}

static const char *expected_body =
  "The central bank held its benchmark rate on Thursday.\n\n"
  "The governor said price pressures - especially in services - remain.\n\n"
  "Markets had priced in a 30% chance of a cut.\n\n"
  "Bond yields rose 5 basis points after the announcement.\n\n"
  "Analysts at two banks moved their forecasts to June.\n";

static void
check_page_article (NfeArticle *article,
                    gboolean    closing,
                    gboolean    insights)
{
  GListModel *bullets = nfe_article_get_bullets (article);
  GListModel *qs = nfe_article_get_questions (article);

  g_assert_cmpstr (nfe_article_get_headline (article), ==,
                   "Central Bank Holds Rates as “Sticky” Inflation Lingers");
  g_assert_cmpstr (nfe_article_get_field (article, NFE_ARTICLE_FIELD_DATELINE), ==, "NextFin News");
  g_assert_cmpstr (nfe_article_get_body (article), ==, expected_body);
  g_assert_cmpstr (nfe_article_get_field (article, NFE_ARTICLE_FIELD_CLOSING), ==,
                   closing ? "Explore more exclusive insights at nextfin.ai." : "");

  g_assert_cmpuint (g_list_model_get_n_items (bullets), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(NfeBullet) bullet = g_list_model_get_item (bullets, i);
      g_assert_cmpint (nfe_bullet_get_origin (bullet), ==, NFE_ORIGIN_GENERATED);
      if (i == 2)
        g_assert_cmpstr (nfe_bullet_get_text (bullet), ==, "The yen weakened 0.8% against the dollar.");
    }

  g_assert_cmpuint (g_list_model_get_n_items (qs), ==, insights ? G_N_ELEMENTS (questions) : 0);
  for (guint i = 0; i < g_list_model_get_n_items (qs); i++)
    {
      g_autoptr(NfeQuestion) q = g_list_model_get_item (qs, i);
      g_assert_cmpstr (nfe_question_get_text (q), ==, questions[i]);
      g_assert_cmpint (nfe_question_get_state (q), ==, NFE_QUESTION_STATE_ACCEPTED);
      g_assert_cmpint (nfe_question_get_origin (q), ==, NFE_ORIGIN_GENERATED);
    }
}

static void
assert_page (const char *text,
             gboolean    closing,
             gboolean    insights)
{
  g_autoptr(GError) error = NULL;
  NfeArticle *article;

  g_assert_true (nfe_page_text_detect (text));
  article = nfe_import_text (text, strlen (text), &error);
  g_assert_no_error (error);
  check_page_article (article, closing, insights);
  g_assert_finalize_object (article);
}

static void
test_page_text_good (void)
{
  g_autofree char *text = page_text ("•", TRUE, TRUE, TRUE, "\n");
  g_autofree char *windows = crlf (text);
  g_autofree char *dashes = page_text ("-", TRUE, TRUE, TRUE, "\n");
  g_autofree char *dots = page_text ("·", TRUE, TRUE, TRUE, "\n");
  g_autofree char *bare = page_text ("*", FALSE, FALSE, FALSE, "\n");
  g_autofree char *no_site = page_text ("•", FALSE, TRUE, TRUE, "\n");
  g_autofree char *no_closing = page_text ("•", TRUE, FALSE, TRUE, "\n");
  g_autofree char *no_insights = page_text ("•", TRUE, TRUE, FALSE, "\n");
  g_autofree char *airy = page_text ("•", TRUE, TRUE, TRUE, "\n\n\n  \n");

  assert_page (text, TRUE, TRUE);
  assert_page (windows, TRUE, TRUE);
  assert_page (dashes, TRUE, TRUE);
  assert_page (dots, TRUE, TRUE);
  assert_page (bare, FALSE, FALSE);
  assert_page (no_site, TRUE, TRUE);
  assert_page (no_closing, FALSE, TRUE);
  assert_page (no_insights, TRUE, FALSE);
  assert_page (airy, TRUE, TRUE);
}

static void
assert_import_error (const char *text,
                     gssize      length,
                     const char *expected)
{
  g_autoptr(GError) error = NULL;
  NfeArticle *article;

  article = nfe_import_text (text, length < 0 ? strlen (text) : (gsize) length, &error);
  g_assert_null (article);
  g_assert_error (error, NFE_IMPORT_ERROR, error->code);
  if (strstr (error->message, expected) == NULL)
    g_error ("“%s” does not say “%s”", error->message, expected);
}

static void
test_page_text_broken (void)
{
  assert_import_error ("NextFin\n\nSummarized by NextFin AI\n\n• One\n\nBody.\n",
                       -1, "line 3: the article has no headline");
  assert_import_error ("NextFin\n\nHeadline\n\nSummarized by NextFin AI\n\n• One\n• Two\n\n"
                       "Insights\n\nWhy?\n",
                       -1, "line 10: the article has no body");
  assert_import_error ("NextFin\n\nHeadline\n\nSummarized by NextFin AI\n\n"
                       "NextFin News - Body text.\n\nInsights\n\nWhy?\n",
                       -1, "line 5: the summary has no bullets");
}

static const char *front_matter_good =
  "---\n"
  "title: \"Oil: a 10% Drop\"\n"
  "byline: Jane Doe\n"
  "source: Reuters\n"
  "dateline: LONDON\n"
  "date: 2026-03-01\n"
  "status: in-review\n"
  "closing: Read more.\n"
  "tags: [oil, energy]\n"
  "summary:\n"
  "  - Brent fell 10%.\n"
  "  - text: OPEC meets next week.\n"
  "    origin: generated\n"
  "    locked: true\n"
  "questions:\n"
  "  - Why did oil fall?\n"
  "  - text: Will OPEC cut?\n"
  "    state: candidate\n"
  "    origin: edited\n"
  "---\n"
  "\n"
  "Oil prices fell.\n\nMore text.\n";

static void
test_front_matter_good (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NfeBullet) b0 = NULL;
  g_autoptr(NfeBullet) b1 = NULL;
  g_autoptr(NfeQuestion) q0 = NULL;
  g_autoptr(NfeQuestion) q1 = NULL;
  NfeArticle *article;

  g_assert_true (nfe_front_matter_detect (front_matter_good));
  article = nfe_import_text (front_matter_good, strlen (front_matter_good), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (nfe_article_get_headline (article), ==, "Oil: a 10% Drop");
  g_assert_cmpstr (nfe_article_get_field (article, NFE_ARTICLE_FIELD_BYLINE), ==, "Jane Doe");
  g_assert_cmpstr (nfe_article_get_field (article, NFE_ARTICLE_FIELD_SOURCE), ==, "Reuters");
  g_assert_cmpstr (nfe_article_get_field (article, NFE_ARTICLE_FIELD_DATELINE), ==, "LONDON");
  g_assert_cmpstr (nfe_article_get_field (article, NFE_ARTICLE_FIELD_CLOSING), ==, "Read more.");
  g_assert_cmpint (nfe_article_get_status (article), ==, NFE_ARTICLE_STATUS_IN_REVIEW);
  g_assert_cmpstr (nfe_article_get_body (article), ==, "Oil prices fell.\n\nMore text.\n");

  g_assert_cmpuint (g_list_model_get_n_items (nfe_article_get_bullets (article)), ==, 2);
  b0 = g_list_model_get_item (nfe_article_get_bullets (article), 0);
  b1 = g_list_model_get_item (nfe_article_get_bullets (article), 1);
  g_assert_cmpstr (nfe_bullet_get_text (b0), ==, "Brent fell 10%.");
  g_assert_false (nfe_bullet_get_locked (b0));
  g_assert_cmpstr (nfe_bullet_get_text (b1), ==, "OPEC meets next week.");
  g_assert_cmpint (nfe_bullet_get_origin (b1), ==, NFE_ORIGIN_GENERATED);
  g_assert_true (nfe_bullet_get_locked (b1));

  g_assert_cmpuint (g_list_model_get_n_items (nfe_article_get_questions (article)), ==, 2);
  q0 = g_list_model_get_item (nfe_article_get_questions (article), 0);
  q1 = g_list_model_get_item (nfe_article_get_questions (article), 1);
  g_assert_cmpstr (nfe_question_get_text (q0), ==, "Why did oil fall?");
  g_assert_cmpint (nfe_question_get_state (q0), ==, NFE_QUESTION_STATE_ACCEPTED);
  g_assert_cmpint (nfe_question_get_state (q1), ==, NFE_QUESTION_STATE_CANDIDATE);
  g_assert_cmpint (nfe_question_get_origin (q1), ==, NFE_ORIGIN_EDITED);

  g_clear_object (&b0);
  g_clear_object (&b1);
  g_clear_object (&q0);
  g_clear_object (&q1);
  g_assert_finalize_object (article);
}

static void
test_front_matter_broken (void)
{
  assert_import_error ("---\ntitle: A\nbyline: [unclosed\n---\nBody\n", -1, "line ");
  assert_import_error ("---\ntitle: A\nbyline: B\nsummary: not a list\n---\nBody\n",
                       -1, "line 4: “summary” must be a list");
  assert_import_error ("---\ntitle:\n  - a\n  - b\n---\nBody\n", -1, "line 3: “title” must be text");
  assert_import_error ("---\ntitle: A\nstatus: shipped\n---\nBody\n",
                       -1, "line 3: unknown status “shipped”");
  assert_import_error ("---\ntitle: A\nquestions:\n  - text: Q?\n    state: maybe\n---\nBody\n",
                       -1, "line 5: unknown state “maybe”");
  assert_import_error ("---\ntitle: A\nsummary:\n  - origin: manual\n---\nBody\n",
                       -1, "line 4: an item of “summary” has no “text”");
  assert_import_error ("---\n- a\n- b\n---\nBody\n", -1, "line 2:");
}

static void
test_front_matter_round_trip (void)
{
  static const char *body =
    "Body with \"quotes\", 'single', colons: here\n---\nA line of dashes above.\n"
    "...\n<script>alert(1)</script>\n\n# Heading ünïcødé 日本語 🙂\n\n---\n";
  static const char *hostile[] = {
    "Headline: \"quoted\" & 'single' — ünïcødé",
    "By: <script>alert('x')</script>",
    "---",
    "line one\nline two\n---\nline four",
    "  leading and trailing spaces  ",
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;
  g_autofree char *again = NULL;
  NfeArticle *article = nfe_article_new ();
  NfeArticle *parsed;

  nfe_article_set_field (article, NFE_ARTICLE_FIELD_HEADLINE, hostile[0]);
  nfe_article_set_field (article, NFE_ARTICLE_FIELD_BYLINE, hostile[1]);
  nfe_article_set_field (article, NFE_ARTICLE_FIELD_SOURCE, hostile[2]);
  nfe_article_set_field (article, NFE_ARTICLE_FIELD_DATELINE, hostile[3]);
  nfe_article_set_field (article, NFE_ARTICLE_FIELD_CLOSING, hostile[4]);
  nfe_article_set_field (article, NFE_ARTICLE_FIELD_BODY, body);
  nfe_article_set_status (article, NFE_ARTICLE_STATUS_APPROVED);
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autoptr(NfeBullet) bullet = nfe_bullet_new (hostile[i], i % 3);
      g_autoptr(NfeQuestion) question = nfe_question_new (hostile[G_N_ELEMENTS (hostile) - 1 - i],
                                                          i % 3, (i + 1) % 3);
      nfe_bullet_set_locked (bullet, i % 2);
      nfe_article_add_bullet (article, bullet);
      nfe_article_add_question (article, question);
    }

  written = nfe_front_matter_write (article);
  g_assert_true (g_str_has_prefix (written, "---\n"));
  g_assert_nonnull (strstr (written, "title: \""));
  parsed = nfe_import_text (written, strlen (written), &error);
  g_assert_no_error (error);

  for (NfeArticleField f = 0; f < NFE_N_ARTICLE_FIELDS; f++)
    g_assert_cmpstr (nfe_article_get_field (parsed, f), ==, nfe_article_get_field (article, f));
  g_assert_cmpint (nfe_article_get_status (parsed), ==, NFE_ARTICLE_STATUS_APPROVED);

  g_assert_cmpuint (g_list_model_get_n_items (nfe_article_get_bullets (parsed)), ==, G_N_ELEMENTS (hostile));
  g_assert_cmpuint (g_list_model_get_n_items (nfe_article_get_questions (parsed)), ==, G_N_ELEMENTS (hostile));
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autoptr(NfeBullet) a = g_list_model_get_item (nfe_article_get_bullets (article), i);
      g_autoptr(NfeBullet) b = g_list_model_get_item (nfe_article_get_bullets (parsed), i);
      g_autoptr(NfeQuestion) qa = g_list_model_get_item (nfe_article_get_questions (article), i);
      g_autoptr(NfeQuestion) qb = g_list_model_get_item (nfe_article_get_questions (parsed), i);

      g_assert_cmpstr (nfe_bullet_get_text (a), ==, nfe_bullet_get_text (b));
      g_assert_cmpint (nfe_bullet_get_origin (a), ==, nfe_bullet_get_origin (b));
      g_assert_cmpint (nfe_bullet_get_locked (a), ==, nfe_bullet_get_locked (b));
      g_assert_cmpstr (nfe_question_get_text (qa), ==, nfe_question_get_text (qb));
      g_assert_cmpint (nfe_question_get_state (qa), ==, nfe_question_get_state (qb));
      g_assert_cmpint (nfe_question_get_origin (qa), ==, nfe_question_get_origin (qb));
    }

  /* Writing the read article again gives the same bytes. */
  again = nfe_front_matter_write (parsed);
  g_assert_cmpstr (again, ==, written);

  g_assert_finalize_object (parsed);
  g_assert_finalize_object (article);
}

static const char paragraph_first[] =
  "Uber has hired the security chief of a social network to answer the "
  "safety questions that followed assaults by its drivers in three cities. "
  "The company said the new chief starts in May.\n"
  "\n"
  "Second paragraph.\n";

static void
test_plain (void)
{
  g_autoptr(GError) error = NULL;
  NfeArticle *article;

  article = nfe_import_text ("# Markdown Headline\n\nSome *text*.\n", -1 + sizeof "# Markdown Headline\n\nSome *text*.\n", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (nfe_article_get_headline (article), ==, "Markdown Headline");
  g_assert_cmpstr (nfe_article_get_body (article), ==, "Some *text*.\n");
  g_assert_finalize_object (article);

  article = nfe_import_text ("\n\nPlain headline\nFirst paragraph.\n", 34, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (nfe_article_get_headline (article), ==, "Plain headline");
  g_assert_cmpstr (nfe_article_get_body (article), ==, "First paragraph.\n");
  g_assert_finalize_object (article);

  /* A text saved with a paragraph a line: the first line is no headline. */
  article = nfe_import_text (paragraph_first, strlen (paragraph_first), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (nfe_article_get_headline (article), ==, "");
  g_assert_cmpstr (nfe_article_get_body (article), ==, paragraph_first);
  g_assert_finalize_object (article);
}

static void
assert_file_error (const char *dir,
                   const char *name,
                   const char *contents,
                   gssize      length,
                   const char *expected)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *prefix = g_strdup_printf ("%s: ", name);

  nfe_test_write_file (path, contents, length);
  g_assert_null (nfe_import_file (file, &error));
  g_assert_error (error, NFE_IMPORT_ERROR, error->code);
  if (!g_str_has_prefix (error->message, prefix) || strstr (error->message, expected) == NULL)
    g_error ("“%s” does not start with “%s” and say “%s”", error->message, prefix, expected);
}

static void
test_bad_files (void)
{
  g_autofree char *dir = nfe_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "good.md", NULL);
  g_autoptr(GFile) good = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *big = NULL;
  NfeArticle *article;

  nfe_test_write_file (path, front_matter_good, -1);
  article = nfe_import_file (good, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (nfe_article_get_headline (article), ==, "Oil: a 10% Drop");
  g_assert_finalize_object (article);

  assert_file_error (dir, "binary.bin", "PK\003\004\0\0\xff\xfe", 8, "binary");
  assert_file_error (dir, "notes.txt", "Headline\nok\n\xc3\x28 broken\n", -1, "line 3");
  assert_file_error (dir, "empty.md", "", 0, "empty");
  assert_file_error (dir, "blank.md", "\n  \n\t\n", -1, "empty");
  assert_file_error (dir, "broken.md", "---\ntitle: A\nstatus: shipped\n---\nBody\n", -1,
                     "line 3: unknown status");

  big = g_malloc (50 * 1024 * 1024);
  memset (big, 'a', 50 * 1024 * 1024);
  assert_file_error (dir, "huge.txt", big, 50 * 1024 * 1024, "too large");
}

/* Web import against a server on 127.0.0.1 only. */

static const char *good_page =
  "<!DOCTYPE html><html><head><title>Site title | NextFin</title>"
  "<meta property=\"og:title\" content=\"Chip Stocks Rally on &quot;AI&quot; Demand\">"
  "<meta name=\"author\" content=\"Ana Li\">"
  "<script>var tracking = 'SCRIPT-TEXT';</script><style>.x{color:red}</style></head><body>"
  "<nav><a href=\"/\">NAV-HOME</a> <a href=\"/markets\">NAV-MARKETS</a></nav>"
  "<header><h1>Chip Stocks Rally</h1></header>"
  "<div class=\"ad-slot\">AD-TEXT buy now</div>"
  "<article><h1>Chip Stocks Rally on \"AI\" Demand</h1>"
  "<p>Shares of   chipmakers <strong>rose</strong> on <em>Tuesday</em>.</p>"
  "<div class=\"share-buttons\">SHARE-TEXT</div>"
  "<h2>Why it matters</h2>"
  "<p>Read the <a href=\"https://example.org/report\">full report</a> or "
  "<a href=\"javascript:alert(1)\">click here</a> or <a href=\"/more\">more</a>.</p>"
  "<ul><li>Nvidia up 4%</li><li>AMD up 3%</li></ul>"
  "<h3>Outlook</h3>"
  "<ol><li>First</li><li>Second</li></ol>"
  "<blockquote><p>Demand is strong.</p></blockquote>"
  "<figure><img src=\"x.png\"><figcaption>CAPTION-TEXT</figcaption></figure>"
  "<script>document.write('INLINE-SCRIPT')</script>"
  "<aside>ASIDE-TEXT</aside>"
  "<section class=\"related-articles\"><p>RELATED-TEXT</p></section>"
  "<div id=\"newsletter-signup\"><p>NEWSLETTER-TEXT</p></div>"
  "</article><footer>FOOTER-TEXT</footer></body></html>";

static const char *expected_markdown =
  "Shares of chipmakers **rose** on *Tuesday*.\n\n"
  "## Why it matters\n\n"
  "Read the [full report](https://example.org/report) or click here or "
  "[more](http://127.0.0.1:PORT/more).\n\n"
  "- Nvidia up 4%\n- AMD up 3%\n\n"
  "### Outlook\n\n"
  "1. First\n2. Second\n\n"
  "> Demand is strong.\n";

static gboolean
unpause_cb (gpointer data)
{
  SoupServerMessage *msg = data;

  soup_server_message_set_status (msg, 200, NULL);
  soup_server_message_set_response (msg, "text/html", SOUP_MEMORY_STATIC, "<p>late</p>", 11);
  soup_server_message_unpause (msg);
  g_object_unref (msg);

  return G_SOURCE_REMOVE;
}

static void
server_cb (SoupServer        *server,
           SoupServerMessage *msg,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);

  if (strcmp (path, "/good") == 0 || strcmp (path, "/good-after-redirect") == 0)
    {
      soup_server_message_set_status (msg, 200, NULL);
      soup_server_message_set_response (msg, "text/html; charset=utf-8", SOUP_MEMORY_STATIC,
                                        good_page, strlen (good_page));
    }
  else if (strcmp (path, "/redirect") == 0)
    {
      soup_server_message_set_redirect (msg, 302, "/good-after-redirect");
    }
  else if (strcmp (path, "/loop") == 0)
    soup_server_message_set_redirect (msg, 302, "/loop2");
  else if (strcmp (path, "/loop2") == 0)
    soup_server_message_set_redirect (msg, 302, "/loop");
  else if (g_str_has_prefix (path, "/chain"))
    {
      g_autofree char *next = g_strdup_printf ("/chain%d", atoi (path + 6) + 1);
      soup_server_message_set_redirect (msg, 302, next);
    }
  else if (strcmp (path, "/slow") == 0)
    {
      soup_server_message_pause (msg);
      g_timeout_add (3000, unpause_cb, g_object_ref (msg));
    }
  else if (strcmp (path, "/huge") == 0)
    {
      gsize size = 6 * 1024 * 1024;
      char *body = g_malloc (size);

      memset (body, 'x', size);
      memcpy (body, "<html><body><p>", 15);
      soup_server_message_set_status (msg, 200, NULL);
      soup_server_message_set_response (msg, "text/html", SOUP_MEMORY_TAKE, body, size);
    }
  else if (strcmp (path, "/huge-chunked") == 0)
    {
      gsize size = 6 * 1024 * 1024;
      char *body = g_malloc (size);

      memset (body, 'x', size);
      soup_message_headers_set_encoding (headers, SOUP_ENCODING_CHUNKED);
      soup_server_message_set_status (msg, 200, NULL);
      soup_message_headers_set_content_type (headers, "text/html", NULL);
      soup_message_body_append (soup_server_message_get_response_body (msg), SOUP_MEMORY_TAKE, body, size);
    }
  else if (strcmp (path, "/pdf") == 0)
    {
      soup_server_message_set_status (msg, 200, NULL);
      soup_server_message_set_response (msg, "application/pdf", SOUP_MEMORY_STATIC, "%PDF-1.4", 8);
    }
  else
    soup_server_message_set_status (msg, 404, NULL);
}

typedef struct
{
  GAsyncResult *result;
} Wait;

static void
done_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  Wait *wait = user_data;
  wait->result = g_object_ref (result);
}

static NfeArticle *
web_import (SoupSession  *session,
            const char   *url,
            guint         timeout,
            GError      **error)
{
  Wait wait = { NULL };
  NfeArticle *article;

  nfe_web_import_full_async (session, url, timeout, NULL, done_cb, &wait);
  while (wait.result == NULL)
    g_main_context_iteration (NULL, TRUE);

  article = nfe_web_import_finish (wait.result, error);
  g_object_unref (wait.result);
  return article;
}

static void
assert_web_error (SoupSession *session,
                  const char  *url,
                  guint        timeout,
                  const char  *expected)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  g_assert_null (web_import (session, url, timeout, &error));
  g_assert_error (error, NFE_IMPORT_ERROR, error->code);
  if (strstr (error->message, expected) == NULL)
    g_error ("“%s” does not say “%s”", error->message, expected);
  g_assert_cmpint (g_get_monotonic_time () - start, <, (timeout + 2) * G_USEC_PER_SEC);
}

static guint
closed_port (void)
{
  g_autoptr(GSocket) socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM,
                                            G_SOCKET_PROTOCOL_TCP, NULL);
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) address = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  guint port;

  g_assert_true (g_socket_bind (socket, address, FALSE, NULL));
  bound = g_socket_get_local_address (socket, NULL);
  port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
  g_socket_close (socket, NULL);

  return port;
}

static void
test_web (void)
{
  g_autoptr(SoupServer) server = soup_server_new (NULL, NULL);
  g_autoptr(GProxyResolver) no_proxy = g_simple_proxy_resolver_new (NULL, NULL);
  g_autoptr(SoupSession) session = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *base = NULL;
  g_autofree char *url = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *port_str = NULL;
  GSList *uris;
  NfeArticle *article;
  const char *body;

  soup_server_add_handler (server, NULL, server_cb, NULL, NULL);
  g_assert_true (soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error));
  g_assert_no_error (error);
  uris = soup_server_get_uris (server);
  port_str = g_strdup_printf ("%d", g_uri_get_port (uris->data));
  base = g_strdup_printf ("http://127.0.0.1:%s", port_str);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  /* Only ever 127.0.0.1, whatever proxy the environment names. */
  session = soup_session_new_with_options ("proxy-resolver", no_proxy, NULL);

  {
    g_auto(GStrv) parts = g_strsplit (expected_markdown, "PORT", -1);
    expected = g_strjoinv (port_str, parts);
  }

  for (guint i = 0; i < 2; i++)
    {
      url = g_strdup_printf ("%s/%s", base, i == 0 ? "good" : "redirect");
      article = web_import (session, url, 5, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (nfe_article_get_headline (article), ==, "Chip Stocks Rally on \"AI\" Demand");
      g_assert_cmpstr (nfe_article_get_field (article, NFE_ARTICLE_FIELD_BYLINE), ==, "Ana Li");
      body = nfe_article_get_body (article);
      g_assert_cmpstr (body, ==, expected);
      for (const char *const *junk = (const char *const[]) { "SCRIPT", "NAV-", "AD-TEXT", "SHARE-TEXT",
                                                               "CAPTION-TEXT", "ASIDE-TEXT", "RELATED-TEXT",
                                                               "NEWSLETTER-TEXT", "FOOTER-TEXT",
                                                               "javascript", NULL };
           *junk != NULL; junk++)
        g_assert_null (strstr (body, *junk));
      g_assert_finalize_object (article);
      g_clear_pointer (&url, g_free);
    }

#define WEB_ERROR(path, timeout, expected) G_STMT_START { \
    g_autofree char *u = g_strdup_printf ("%s%s", base, path); \
    assert_web_error (session, u, timeout, expected); \
  } G_STMT_END

  WEB_ERROR ("/loop", 5, "loop");
  WEB_ERROR ("/chain0", 5, "more than 5");
  WEB_ERROR ("/slow", 1, "did not answer within 1 second");
  WEB_ERROR ("/huge", 5, "too large");
  WEB_ERROR ("/huge-chunked", 5, "too large");
  WEB_ERROR ("/pdf", 5, "is not a web page (it is application/pdf)");
  WEB_ERROR ("/missing", 5, "127.0.0.1 answered “404");

#undef WEB_ERROR

  url = g_strdup_printf ("http://127.0.0.1:%u/", closed_port ());
  assert_web_error (session, url, 5, "Cannot reach 127.0.0.1");
  assert_web_error (session, "file:///etc/passwd", 5, "not a web page address");
  assert_web_error (session, "ftp://127.0.0.1/x", 5, "not a web page address");
  assert_web_error (session, "not a url", 5, "not a web page address");

  soup_server_disconnect (server);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/nfe/import/page-text/good", test_page_text_good);
  g_test_add_func ("/nfe/import/page-text/broken", test_page_text_broken);
  g_test_add_func ("/nfe/import/front-matter/good", test_front_matter_good);
  g_test_add_func ("/nfe/import/front-matter/broken", test_front_matter_broken);
  g_test_add_func ("/nfe/import/front-matter/round-trip", test_front_matter_round_trip);
  g_test_add_func ("/nfe/import/plain", test_plain);
  g_test_add_func ("/nfe/import/bad-files", test_bad_files);
  g_test_add_func ("/nfe/import/web", test_web);

  return g_test_run ();
}
