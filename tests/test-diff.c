/* test-diff.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "nfe-compare.h"
#include "nfe-diff.h"

typedef struct
{
  NfeDiffOp   op;
  const char *text;
} Expected;

#define E(t) { NFE_DIFF_EQUAL, t }
#define I(t) { NFE_DIFF_INSERT, t }
#define D(t) { NFE_DIFF_DELETE, t }

static const char *
op_name (NfeDiffOp op)
{
  switch (op)
    {
    case NFE_DIFF_EQUAL:
      return "=";
    case NFE_DIFF_INSERT:
      return "+";
    case NFE_DIFF_DELETE:
      return "-";
    default:
      return "?";
    }
}

static char *
describe (GArray *spans)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < spans->len; i++)
    {
      const NfeDiffSpan *span = &g_array_index (spans, NfeDiffSpan, i);

      g_string_append_printf (s, "%s[%s]", op_name (span->op), span->text);
    }

  return g_string_free (s, FALSE);
}

/* Every diff, whatever the input, must give back both revisions exactly and
 * never show two spans of the same kind side by side or an empty span: the
 * review view would draw a seam there.
 */
static void
assert_well_formed (GArray     *spans,
                    const char *old_text,
                    const char *new_text)
{
  g_autoptr(GString) old_again = g_string_new (NULL);
  g_autoptr(GString) new_again = g_string_new (NULL);

  for (guint i = 0; i < spans->len; i++)
    {
      const NfeDiffSpan *span = &g_array_index (spans, NfeDiffSpan, i);

      g_assert_nonnull (span->text);
      g_assert_cmpuint (strlen (span->text), >, 0);
      g_assert_true (g_utf8_validate (span->text, -1, NULL));
      if (i > 0)
        g_assert_cmpint (g_array_index (spans, NfeDiffSpan, i - 1).op, !=, span->op);

      if (span->op != NFE_DIFF_INSERT)
        g_string_append (old_again, span->text);
      if (span->op != NFE_DIFF_DELETE)
        g_string_append (new_again, span->text);
    }

  g_assert_cmpstr (old_again->str, ==, old_text);
  g_assert_cmpstr (new_again->str, ==, new_text);
}

static void
assert_diff (const char     *old_text,
             const char     *new_text,
             const Expected *expected,
             guint           n_expected)
{
  g_autoptr(GArray) spans = nfe_diff_words (old_text, new_text);
  g_autoptr(GString) want = g_string_new (NULL);
  g_autofree char *got = describe (spans);

  for (guint i = 0; i < n_expected; i++)
    g_string_append_printf (want, "%s[%s]", op_name (expected[i].op), expected[i].text);

  g_assert_cmpstr (got, ==, want->str);
  assert_well_formed (spans, old_text, new_text);
}

#define ASSERT_DIFF(o, n, ...) \
  G_STMT_START { \
    static const Expected expected[] = { __VA_ARGS__ }; \
    assert_diff (o, n, expected, G_N_ELEMENTS (expected)); \
  } G_STMT_END

static void
test_word_changed (void)
{
  ASSERT_DIFF ("The cat sat on the mat.", "The dog sat on the mat.",
               E ("The "), D ("cat"), I ("dog"), E (" sat on the mat."));
  ASSERT_DIFF ("Inflation was 3.5% in May.", "Inflation was 3.75% in May.",
               E ("Inflation was "), D ("3.5"), I ("3.75"), E ("% in May."));
  ASSERT_DIFF ("The Fed's view", "The ECB's view",
               E ("The "), D ("Fed's"), I ("ECB's"), E (" view"));
}

static void
test_insert (void)
{
  ASSERT_DIFF ("rates held", "Central bank rates held",
               I ("Central bank "), E ("rates held"));
  ASSERT_DIFF ("rates held steady", "rates held broadly steady",
               E ("rates held "), I ("broadly "), E ("steady"));
  ASSERT_DIFF ("Stocks rose.", "Stocks rose sharply.",
               E ("Stocks rose"), I (" sharply"), E ("."));
}

static void
test_delete (void)
{
  ASSERT_DIFF ("Shares fell very sharply today", "Shares fell sharply today",
               E ("Shares fell "), D ("very "), E ("sharply today"));
  ASSERT_DIFF ("Rates held. Stocks rose.", "Rates held.",
               E ("Rates held"), D (". Stocks rose"), E ("."));
  ASSERT_DIFF ("Breaking: rates held.", "rates held.",
               D ("Breaking: "), E ("rates held."));
}

static void
test_moved_sentence (void)
{
  /* One of the two sentences stays, the other shows as removed in one place
   * and added in the other; a diff knows nothing of moves.
   */
  ASSERT_DIFF ("Rates held. Stocks rose.", "Stocks rose. Rates held.",
               D ("Rates held. "), E ("Stocks rose"), I (". Rates held"), E ("."));
}

static void
test_punctuation (void)
{
  ASSERT_DIFF ("Profits rose, analysts said.", "Profits rose; analysts said.",
               E ("Profits rose"), D (", "), I ("; "), E ("analysts said."));
  ASSERT_DIFF ("Will rates fall?", "Will rates fall!",
               E ("Will rates fall"), D ("?"), I ("!"));
}

static void
test_whitespace (void)
{
  ASSERT_DIFF ("Rates  held\n", "Rates held\n",
               E ("Rates"), D ("  "), I (" "), E ("held\n"));
  ASSERT_DIFF ("* Rates held\n* Stocks rose", "* Rates held\n\n* Stocks rose",
               E ("* Rates held"), D ("\n* "), I ("\n\n* "), E ("Stocks rose"));
}

static void
test_identical (void)
{
  ASSERT_DIFF ("Rates held. Stocks rose.", "Rates held. Stocks rose.",
               E ("Rates held. Stocks rose."));
}

static void
test_empty (void)
{
  g_autoptr(GArray) both = nfe_diff_words ("", "");

  g_assert_cmpuint (both->len, ==, 0);

  ASSERT_DIFF ("", "Rates held.", I ("Rates held."));
  ASSERT_DIFF ("Rates held.", "", D ("Rates held."));
  ASSERT_DIFF ("", "  \n", I ("  \n"));
}

static void
test_unicode (void)
{
  ASSERT_DIFF ("Banks in Zürich gained", "Banks in Zurich gained",
               E ("Banks in "), D ("Zürich"), I ("Zurich"), E (" gained"));
  /* A combining diaeresis belongs to its letter, not to a separate token. */
  ASSERT_DIFF ("Zu\xcc\x88rich gained", "Zu\xcc\x88rich fell",
               E ("Zu\xcc\x88rich "), D ("gained"), I ("fell"));
  ASSERT_DIFF ("北京上海", "北京广州",
               E ("北京"), D ("上海"), I ("广州"));
  ASSERT_DIFF ("北京上海", "北京和上海",
               E ("北京"), I ("和"), E ("上海"));
  ASSERT_DIFF ("Stocks 📈 rose", "Stocks 📉 rose",
               E ("Stocks"), D (" 📈 "), I (" 📉 "), E ("rose"));
  ASSERT_DIFF ("Société Générale’s déjà vu", "Société Générale’s deja vu",
               E ("Société Générale’s "), D ("déjà"), I ("deja"), E (" vu"));
}

static void
test_html (void)
{
  g_autoptr(GArray) spans = NULL;
  g_autofree char *html = NULL;

  spans = nfe_diff_words ("Tom & Jerry", "Tom & <b>Jerry</b>");
  html = nfe_diff_to_html (spans);
  g_assert_cmpstr (html, ==,
                   "Tom<del> &amp; </del><ins> &amp; &lt;b&gt;</ins>Jerry<ins>&lt;/b&gt;</ins>");
  g_clear_pointer (&spans, g_array_unref);
  g_clear_pointer (&html, g_free);

  spans = nfe_diff_words ("He said \"no\"", "He said 'yes' <script>alert(1)</script>");
  html = nfe_diff_to_html (spans);
  g_assert_null (strstr (html, "<script"));
  g_assert_null (strstr (html, "\""));
  g_assert_null (strstr (html, "'"));
  g_assert_cmpstr (html, ==,
                   "He said<del> &quot;no&quot;</del>"
                   "<ins> &#39;yes&#39; &lt;script&gt;alert(1)&lt;/script&gt;</ins>");
  g_clear_pointer (&spans, g_array_unref);
  g_clear_pointer (&html, g_free);

  /* Control characters are not allowed in HTML; the view drops them. */
  spans = nfe_diff_words ("a", "a\x01" "b\x02");
  html = nfe_diff_to_html (spans);
  g_assert_cmpstr (html, ==, "a<ins>b</ins>");
  g_clear_pointer (&spans, g_array_unref);
  g_clear_pointer (&html, g_free);

  spans = nfe_diff_words ("a", "a\x01");
  html = nfe_diff_to_html (spans);
  g_assert_cmpstr (html, ==, "a");
  g_clear_pointer (&spans, g_array_unref);
  g_clear_pointer (&html, g_free);

  spans = nfe_diff_words ("a", "a");
  html = nfe_diff_to_html (spans);
  g_assert_cmpstr (html, ==, "a");
  g_clear_pointer (&spans, g_array_unref);
  g_clear_pointer (&html, g_free);

  spans = nfe_diff_words ("", "");
  html = nfe_diff_to_html (spans);
  g_assert_cmpstr (html, ==, "");
}

static void
test_count (void)
{
  static const struct {
    const char *old_text;
    const char *new_text;
    guint       added;
    guint       removed;
  } cases[] = {
    { "The cat sat", "The big dog sat down", 3, 1 },
    { "Rates held.", "Rates held.", 0, 0 },
    { "", "Year-on-year growth of 1,200 units", 5, 0 },
    { "Rates held. Stocks rose.", "", 0, 4 },
    { "Profits rose, analysts said.", "Profits rose; analysts said.", 0, 0 },
    { "北京上海", "北京广州", 2, 2 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GArray) spans = nfe_diff_words (cases[i].old_text, cases[i].new_text);
      guint added = G_MAXUINT, removed = G_MAXUINT;

      g_test_message ("%s → %s", cases[i].old_text, cases[i].new_text);
      nfe_diff_count (spans, &added, &removed);
      g_assert_cmpuint (added, ==, cases[i].added);
      g_assert_cmpuint (removed, ==, cases[i].removed);
      nfe_diff_count (spans, NULL, NULL);
    }
}

static const char * const paragraphs[] = {
  "The central bank held its key rate at 5.25% on Wednesday, as expected. "
  "Officials said inflation, while easing, remained \"too high\" and that "
  "year-on-year price growth of 3.5% was no reason to relax.\n\n",
  "* Rates held at 5.25%\n* Stocks rose 1,200 points\n* The dollar fell\n\n",
  "What did the bank decide? Why didn't it cut? Analysts in Zürich and "
  "北京 expected a pause — and got one 🎉.\n",
};

static const char * const vocabulary[] = {
  "rates", "the", "inflation", "3.5", "Zürich", "上海", "don't", " ", ", ", ".\n",
  "<b>", "&", "—", "📈", "\n\n", "year-on-year",
};

static char *
random_edit (GRand      *rand,
             const char *text)
{
  GString *s = g_string_new (text);
  guint n_edits = g_rand_int_range (rand, 1, 8);

  for (guint e = 0; e < n_edits; e++)
    {
      const char *word = vocabulary[g_rand_int_range (rand, 0, G_N_ELEMENTS (vocabulary))];
      glong n_chars = g_utf8_strlen (s->str, -1);
      glong at = n_chars > 0 ? g_rand_int_range (rand, 0, n_chars + 1) : 0;
      gsize at_byte = g_utf8_offset_to_pointer (s->str, at) - s->str;

      switch (g_rand_int_range (rand, 0, 3))
        {
        case 0:
          g_string_insert (s, at_byte, word);
          break;

        case 1:
          if (at < n_chars)
            {
              glong len = g_rand_int_range (rand, 1, 20);
              gsize end_byte;

              len = MIN (len, n_chars - at);
              end_byte = g_utf8_offset_to_pointer (s->str, at + len) - s->str;

              g_string_erase (s, at_byte, end_byte - at_byte);
            }
          break;

        default:
          if (at < n_chars)
            {
              gsize end_byte = g_utf8_next_char (s->str + at_byte) - s->str;

              g_string_erase (s, at_byte, end_byte - at_byte);
              g_string_insert (s, at_byte, word);
            }
          break;
        }
    }

  return g_string_free (s, FALSE);
}

static void
test_reconstruct (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260101);
  g_autofree char *article = g_strjoinv ("", (char **) paragraphs);

  for (guint i = 0; i < G_N_ELEMENTS (paragraphs); i++)
    for (guint j = 0; j < G_N_ELEMENTS (paragraphs); j++)
      {
        g_autoptr(GArray) spans = nfe_diff_words (paragraphs[i], paragraphs[j]);

        assert_well_formed (spans, paragraphs[i], paragraphs[j]);
        if (i == j)
          g_assert_cmpuint (spans->len, ==, 1);
      }

  for (guint round = 0; round < 500; round++)
    {
      g_autofree char *old_text = random_edit (rand, article);
      g_autofree char *new_text = random_edit (rand, round % 2 ? old_text : article);
      g_autoptr(GArray) spans = nfe_diff_words (old_text, new_text);
      g_autoptr(GArray) again = nfe_diff_words (old_text, new_text);
      g_autofree char *first = describe (spans);
      g_autofree char *second = describe (again);

      assert_well_formed (spans, old_text, new_text);
      g_assert_cmpstr (first, ==, second);
    }
}

/* Inserting one word between two spaces must show as exactly that insertion
 * and nothing else; a diff that is not minimal would touch its neighbours.
 */
static void
test_minimal (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  g_autofree char *article = g_strjoinv ("", (char **) paragraphs);
  g_auto(GStrv) words = g_strsplit (article, " ", -1);
  guint n_words = g_strv_length (words);

  for (guint round = 0; round < 200; round++)
    {
      guint at = g_rand_int_range (rand, 1, n_words);
      g_autofree char *head = NULL;
      g_autofree char *tail = NULL;
      g_autofree char *new_text = NULL;
      g_autoptr(GArray) spans = NULL;
      guint added, removed;
      char *saved = words[at];

      words[at] = NULL;
      head = g_strjoinv (" ", words);
      words[at] = saved;
      tail = g_strjoinv (" ", words + at);
      new_text = g_strconcat (head, " inserted ", tail, NULL);

      spans = nfe_diff_words (article, new_text);
      assert_well_formed (spans, article, new_text);
      nfe_diff_count (spans, &added, &removed);
      g_assert_cmpuint (added, ==, 1);
      g_assert_cmpuint (removed, ==, 0);
      g_assert_cmpuint (spans->len, ==, 3);
      g_assert_cmpint (g_array_index (spans, NfeDiffSpan, 1).op, ==, NFE_DIFF_INSERT);
    }
}

static void
test_long (void)
{
  g_autoptr(GString) old_text = g_string_new (NULL);
  g_autoptr(GString) new_text = g_string_new (NULL);
  g_autoptr(GArray) spans = NULL;
  guint added, removed;

  /* A rewrite of a long article shares nothing; this must stay quick and
   * small, which a diff keeping every path it tried would not.
   */
  for (guint i = 0; i < 5000; i++)
    {
      g_string_append_printf (old_text, "old%u ", i);
      g_string_append_printf (new_text, "new%u ", i);
    }

  spans = nfe_diff_words (old_text->str, new_text->str);
  assert_well_formed (spans, old_text->str, new_text->str);
  nfe_diff_count (spans, &added, &removed);
  g_assert_cmpuint (added, ==, 5000);
  g_assert_cmpuint (removed, ==, 5000);
}

static NfeArticle *
article_state (const char  *headline,
               const char  *body,
               const char **bullets,
               const char **accepted)
{
  NfeArticle *article = nfe_article_new ();

  nfe_article_set_headline (article, headline);
  nfe_article_set_body (article, body);
  for (guint i = 0; bullets[i] != NULL; i++)
    {
      g_autoptr(NfeBullet) bullet = nfe_bullet_new (bullets[i], NFE_ORIGIN_MANUAL);

      nfe_article_add_bullet (article, bullet);
    }
  for (guint i = 0; accepted[i] != NULL; i++)
    {
      g_autoptr(NfeQuestion) question = nfe_question_new (accepted[i], NFE_QUESTION_STATE_ACCEPTED,
                                                          NFE_ORIGIN_MANUAL);

      nfe_article_add_question (article, question);
    }

  return article;
}

static NfeCompareSection *
section_titled (GPtrArray  *sections,
                const char *title)
{
  for (guint i = 0; i < sections->len; i++)
    {
      NfeCompareSection *section = g_ptr_array_index (sections, i);

      if (g_str_equal (section->title, title))
        return section;
    }

  return NULL;
}

/* Two states of an article compare part by part, each part word by word,
 * and a part neither state has is left out. */
static void
test_compare_articles (void)
{
  const char *old_bullets[] = { "Yen falls to 150.", "Exports rise.", NULL };
  const char *new_bullets[] = { "Yen falls to 152.", "Exports rise.", NULL };
  const char *old_questions[] = { "Will the BoJ act?", NULL };
  const char *new_questions[] = { "Will the BoJ act?", "Who gains from a weak yen?", NULL };
  g_autoptr(NfeArticle) older = article_state ("円安が進む", "The yen fell sharply.",
                                               old_bullets, old_questions);
  g_autoptr(NfeArticle) newer = article_state ("円高が進む", "The yen fell sharply on Monday.",
                                               new_bullets, new_questions);
  g_autoptr(GPtrArray) sections = nfe_compare_articles (older, newer);
  NfeCompareSection *section;

  g_assert_cmpuint (sections->len, ==, 4);
  g_assert_null (section_titled (sections, "Byline"));
  g_assert_null (section_titled (sections, "Rejected Questions"));

  section = section_titled (sections, "Headline");
  g_assert_nonnull (section);
  g_assert_cmpuint (section->words_added, ==, 1);
  g_assert_cmpuint (section->words_removed, ==, 1);

  section = section_titled (sections, "Text");
  g_assert_cmpuint (section->words_added, ==, 2);
  g_assert_cmpuint (section->words_removed, ==, 0);

  section = section_titled (sections, "Summary");
  g_assert_cmpuint (section->spans->len, ==, 4);
  g_assert_cmpint (g_array_index (section->spans, NfeDiffSpan, 1).op, ==, NFE_DIFF_DELETE);
  g_assert_cmpstr (g_array_index (section->spans, NfeDiffSpan, 1).text, ==, "150");
  g_assert_cmpstr (g_array_index (section->spans, NfeDiffSpan, 2).text, ==, "152");

  section = section_titled (sections, "Insights (Accepted Questions)");
  g_assert_cmpuint (section->words_added, ==, 6);
  g_assert_cmpuint (section->words_removed, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/nfe/diff/word-changed", test_word_changed);
  g_test_add_func ("/nfe/diff/insert", test_insert);
  g_test_add_func ("/nfe/diff/delete", test_delete);
  g_test_add_func ("/nfe/diff/moved-sentence", test_moved_sentence);
  g_test_add_func ("/nfe/diff/punctuation", test_punctuation);
  g_test_add_func ("/nfe/diff/whitespace", test_whitespace);
  g_test_add_func ("/nfe/diff/identical", test_identical);
  g_test_add_func ("/nfe/diff/empty", test_empty);
  g_test_add_func ("/nfe/diff/unicode", test_unicode);
  g_test_add_func ("/nfe/diff/html", test_html);
  g_test_add_func ("/nfe/diff/count", test_count);
  g_test_add_func ("/nfe/diff/reconstruct", test_reconstruct);
  g_test_add_func ("/nfe/diff/minimal", test_minimal);
  g_test_add_func ("/nfe/diff/long", test_long);
  g_test_add_func ("/nfe/diff/compare-articles", test_compare_articles);

  return g_test_run ();
}
