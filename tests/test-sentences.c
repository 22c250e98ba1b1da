/* test-sentences.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "nfe-sentences.h"

typedef struct
{
  const char       *text;   /* the source bytes of the span, exactly */
  NfeSentenceFlags  flags;
} Expected;

#define END { NULL, 0 }

static GArray *
split (const char *markdown)
{
  return nfe_sentences_split (markdown, strlen (markdown));
}

static char *
span_text (const char        *markdown,
           const NfeSentence *sentence)
{
  return g_strndup (markdown + sentence->start, sentence->end - sentence->start);
}

static void
assert_sentences (const char     *markdown,
                  const Expected *expected)
{
  g_autoptr(GArray) sentences = split (markdown);
  guint n = 0;

  while (expected[n].text != NULL)
    n++;

  for (guint i = 0; i < sentences->len; i++)
    {
      const NfeSentence *sentence = &g_array_index (sentences, NfeSentence, i);
      g_autofree char *text = span_text (markdown, sentence);

      g_test_message ("sentence %u [%u, %u) flags %#x block %u: [%s]", i, sentence->start,
                      sentence->end, sentence->flags, sentence->block, text);
    }

  g_assert_cmpuint (sentences->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      const NfeSentence *sentence = &g_array_index (sentences, NfeSentence, i);
      g_autofree char *text = span_text (markdown, sentence);

      g_assert_cmpstr (text, ==, expected[i].text);
      g_assert_cmphex (sentence->flags, ==, expected[i].flags);
    }
}

static void
test_abbreviations (void)
{
  static const Expected expected[] = {
    { "Shares of Apple Inc. rose 3.5% on Monday.", 0 },
    { "The U.S. economy grew 2.1% in the third quarter.", 0 },
    { "Mr. Powell said the Fed would wait.", 0 },
    { "Dr. Jones met Ms. Lee and Mrs. Ortiz on Jan. 5, 2026.", 0 },
    { "J. P. Morgan Chase & Co. reported record results.", 0 },
    { "The U.K. Treasury said on Nov. 3 that prices rose.", 0 },
    { "St. Louis Fed President Alberto Musalem spoke first.", 0 },
    { "Rates rose vs. last year, e.g. in housing, i.e. rents.", 0 },
    { "The No. 1 lender, Acme Corp. Bank, gained 0.25 points.", 0 },
    { "Its chief moved to the U.S.", 0 },
    { "The company followed him a year later.", 0 },
    END,
  };

  assert_sentences ("Shares of Apple Inc. rose 3.5% on Monday. The U.S. economy grew 2.1% in the "
                    "third quarter. Mr. Powell said the Fed would wait. Dr. Jones met Ms. Lee "
                    "and Mrs. Ortiz on Jan. 5, 2026. J. P. Morgan Chase & Co. reported record "
                    "results. The U.K. Treasury said on Nov. 3 that prices rose. St. Louis Fed "
                    "President Alberto Musalem spoke first. Rates rose vs. last year, e.g. in "
                    "housing, i.e. rents. The No. 1 lender, Acme Corp. Bank, gained 0.25 points. "
                    "Its chief moved to the U.S. The company followed him a year later.",
                    expected);
}

static void
test_quotes (void)
{
  static const Expected expected[] = {
    { "\"We are cautious,\" he said.", 0 },
    { "\"Why now?\" she asked.", 0 },
    { "'Is this the peak?' asked one trader.", 0 },
    { "He said: \"Rates will fall.\"", 0 },
    { "Then he left.", 0 },
    { "\xe2\x80\x9cThe market is tight,\xe2\x80\x9d said Ms. Wu.", 0 },
    { "\xe2\x80\x9cReally?\xe2\x80\x9d", 0 },
    { "The answer came fast.", 0 },
    END,
  };

  /* A sentence does not end inside '"Why now?" she asked'; it may after
   * a question that a new sentence follows. */
  assert_sentences ("\"We are cautious,\" he said. \"Why now?\" she asked. 'Is this the peak?' "
                    "asked one trader. He said: \"Rates will fall.\" Then he left. "
                    "\xe2\x80\x9cThe market is tight,\xe2\x80\x9d said Ms. Wu. "
                    "\xe2\x80\x9cReally?\xe2\x80\x9d The answer came fast.",
                    expected);
}

static void
test_blocks (void)
{
  const char *markdown =
    "# Fed holds rates\n"
    "\n"
    "The Federal Reserve held rates steady.\n"
    "Officials signalled two cuts. Markets rallied.\n"
    "\n"
    "## What changed\n"
    "\n"
    "- Inflation eased to 2.4%. Jobs growth slowed.\n"
    "- The dot plot moved\n"
    "  lower for 2026.\n"
    "1. First point.\n"
    "\n"
    "> Policy is in a good place. We can wait.\n"
    "> Nobody is in a hurry.\n"
    "\n"
    "```\n"
    "code. Not prose.\n"
    "```\n"
    "\n"
    "| a | b |\n"
    "|---|---|\n"
    "| 1. | 2. |\n"
    "\n"
    "Closing words\n"
    "===\n"
    "\n"
    "---\n"
    "Last paragraph here.";
  static const Expected expected[] = {
    { "Fed holds rates", NFE_SENTENCE_HEADING },
    { "The Federal Reserve held rates steady.", 0 },
    { "Officials signalled two cuts.", 0 },
    { "Markets rallied.", 0 },
    { "What changed", NFE_SENTENCE_HEADING },
    { "Inflation eased to 2.4%.", NFE_SENTENCE_LIST_ITEM },
    { "Jobs growth slowed.", NFE_SENTENCE_LIST_ITEM },
    { "The dot plot moved\n  lower for 2026.", NFE_SENTENCE_LIST_ITEM },
    { "First point.", NFE_SENTENCE_LIST_ITEM },
    { "Policy is in a good place.", NFE_SENTENCE_QUOTE },
    { "We can wait.", NFE_SENTENCE_QUOTE },
    { "Nobody is in a hurry.", NFE_SENTENCE_QUOTE },
    { "Closing words", NFE_SENTENCE_HEADING },
    { "Last paragraph here.", 0 },
    END,
  };
  g_autoptr(GArray) sentences = split (markdown);
  static const guint blocks[] = { 0, 1, 1, 1, 2, 3, 3, 4, 5, 6, 6, 6, 7, 8 };
  g_autofree char *joined = NULL;
  g_autofree char *quoted = NULL;

  assert_sentences (markdown, expected);

  /* Sentences of one paragraph share a block; every item is a block. */
  for (guint i = 0; i < G_N_ELEMENTS (blocks); i++)
    g_assert_cmpuint (g_array_index (sentences, NfeSentence, i).block, ==, blocks[i]);

  joined = nfe_sentences_plain_text (markdown, &g_array_index (sentences, NfeSentence, 7));
  g_assert_cmpstr (joined, ==, "The dot plot moved lower for 2026.");
}

/* "PRESSURE ON THE CENTRAL BANK": a wire story's crosshead, a paragraph
 * of capitals, heads what follows; the question generator read it as an
 * institution named five times (ei3). A sentence in capitals is prose. */
static void
test_crossheads (void)
{
  const char *markdown =
    "The auction drew weak demand.\n"
    "\n"
    "PRESSURE ON THE CENTRAL BANK\n"
    "\n"
    "Yields rose. WHAT'S NEXT\n"
    "\n"
    "THE BANK WILL MEET IN MAY.\n";
  static const Expected expected[] = {
    { "The auction drew weak demand.", 0 },
    { "PRESSURE ON THE CENTRAL BANK", NFE_SENTENCE_HEADING },
    { "Yields rose.", 0 },
    { "WHAT'S NEXT", 0 },
    { "THE BANK WILL MEET IN MAY.", 0 },
    END,
  };

  assert_sentences (markdown, expected);
}

static void
test_quote_lines (void)
{
  const char *markdown = "> The bank said growth\n> would slow. It gave no figure.\n";
  g_autoptr(GArray) sentences = split (markdown);
  g_autofree char *first = NULL;

  g_assert_cmpuint (sentences->len, ==, 2);
  first = nfe_sentences_plain_text (markdown, &g_array_index (sentences, NfeSentence, 0));
  g_assert_cmpstr (first, ==, "The bank said growth would slow.");
}

static void
test_datelines (void)
{
  static const struct {
    const char *markdown;
    const char *first;
    gboolean    dateline;
  } cases[] = {
    { "NextFin News - The Fed held rates. It met twice.", "The Fed held rates.", TRUE },
    { "LONDON (Reuters) - Shares fell sharply.", "Shares fell sharply.", TRUE },
    { "WASHINGTON, Nov 3 (NextFin) \xe2\x80\x94 The Treasury sold bonds.",
      "The Treasury sold bonds.", TRUE },
    { "SHANGHAI -- Chinese stocks rose on Monday.", "Chinese stocks rose on Monday.", TRUE },
    { "NEW YORK, Nov. 3, 2025 (NextFin) - Oil slid 2%.", "Oil slid 2%.", TRUE },
    { "By Jane Smith\n\nFRANKFURT (NextFin) - The ECB cut rates.", "By Jane Smith", FALSE },
    { "US-China trade tensions rose again.", "US-China trade tensions rose again.", FALSE },
    { "The bank - the largest in Europe - cut jobs.",
      "The bank - the largest in Europe - cut jobs.", FALSE },
    { "# LONDON - a heading\n\nPrices rose.", "LONDON - a heading", FALSE },
    { "LONDON/AMSTERDAM, Sept 16 (NextFin) - Brantley agreed to buy Pemberton.",
      "Brantley agreed to buy Pemberton.", TRUE },
    { "SINGAPORE/PANAMA CITY, Aug 14 (NextFin) - Freight rates jumped.",
      "Freight rates jumped.", TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GArray) sentences = split (cases[i].markdown);
      const NfeSentence *first = &g_array_index (sentences, NfeSentence, 0);
      g_autofree char *text = span_text (cases[i].markdown, first);

      g_test_message ("case %u: [%s]", i, text);
      g_assert_cmpstr (text, ==, cases[i].first);
      g_assert_cmpint ((first->flags & NFE_SENTENCE_DATELINE) != 0, ==, cases[i].dateline);
    }

  /* After a byline, the story's first paragraph has the dateline. */
  {
    const char *markdown = cases[5].markdown;
    g_autoptr(GArray) sentences = split (markdown);
    const NfeSentence *second = &g_array_index (sentences, NfeSentence, 1);
    g_autofree char *text = span_text (markdown, second);

    g_assert_true (g_array_index (sentences, NfeSentence, 0).flags & NFE_SENTENCE_BOILERPLATE);
    g_assert_cmpstr (text, ==, "The ECB cut rates.");
    g_assert_true (second->flags & NFE_SENTENCE_DATELINE);
  }

  /* Only the first paragraph has one. */
  {
    const char *markdown = "Prices rose.\n\nLONDON (Reuters) - Later text.";
    g_autoptr(GArray) sentences = split (markdown);

    g_assert_cmpuint (sentences->len, ==, 2);
    g_assert_false (g_array_index (sentences, NfeSentence, 1).flags & NFE_SENTENCE_DATELINE);
  }
}

static void
test_boilerplate (void)
{
  static const Expected expected[] = {
    { "Acme Corp said profit rose 12% in the quarter.", 0 },
    { "Scroll down for video", NFE_SENTENCE_BOILERPLATE },
    { "Top spot: Iconic UK brand Acme store in Sydney Cue the crowds: The flagship store had "
      "thousands queue in 2012 and more are expected.", NFE_SENTENCE_BOILERPLATE },
    { "Chief executive Jane Roe (pictured) leaves the annual meeting.", NFE_SENTENCE_BOILERPLATE },
    { "Photo: Reuters/Staff", NFE_SENTENCE_BOILERPLATE },
    { "Traders work on the floor of the exchange, Getty Images", NFE_SENTENCE_BOILERPLATE },
    { "Sales in Asia doubled.", 0 },
    { "By March, prices had risen 4%.", 0 },
    END,
  };
  static const Expected lines[] = {
    { "By John Smith", NFE_SENTENCE_BOILERPLATE },
    { "By JOHN SMITH, PUBLISHED: 10:02 EST, 1 May 2025 | UPDATED: 11:40 EST, 1 May 2025",
      NFE_SENTENCE_BOILERPLATE },
    { "Click here to read the full report.", NFE_SENTENCE_BOILERPLATE },
    { "Read more: Why oil is falling", NFE_SENTENCE_BOILERPLATE },
    { "Sign up for our markets newsletter.", NFE_SENTENCE_BOILERPLATE },
    { "Follow us on X for updates.", NFE_SENTENCE_BOILERPLATE },
    { "Advertisement", NFE_SENTENCE_BOILERPLATE },
    { "Rate cut: Markets cheer", NFE_SENTENCE_BOILERPLATE },
    { "The outlook remains uncertain.", 0 },
    END,
  };

  assert_sentences ("Acme Corp said profit rose 12% in the quarter. Scroll down for video "
                    "Top spot: Iconic UK brand Acme store in Sydney Cue the crowds: "
                    "The flagship store had thousands queue in 2012 and more are expected. Chief executive Jane Roe "
                    "(pictured) leaves the annual meeting. Photo: Reuters/Staff\n\nTraders work on "
                    "the floor of the exchange, Getty Images\n\nSales in Asia doubled. By March, "
                    "prices had risen 4%.",
                    expected);

  assert_sentences ("By John Smith\n\n"
                    "By JOHN SMITH, PUBLISHED: 10:02 EST, 1 May 2025 | "
                    "UPDATED: 11:40 EST, 1 May 2025\n\n"
                    "Click here to read the full report.\n\n"
                    "Read more: Why oil is falling\n\n"
                    "Sign up for our markets newsletter.\n\n"
                    "Follow us on X for updates.\n\n"
                    "Advertisement\n\n"
                    "Rate cut: Markets cheer\n\n"
                    "The outlook remains uncertain.",
                    lines);
}

static void
test_utf8_offsets (void)
{
  const char *markdown =
    "  Le caf\xc3\xa9 co\xc3\xbbte 3,50 \xe2\x82\xac. "
    "\xc3\x9c" "ber alles stieg der DAX um 1,2 %.\n"
    "\n"
    "\xe4\xb8\xad\xe5\x9b\xbd\xe7\xbb\x8f\xe6\xb5\x8e\xe5\xa2\x9e\xe9\x95\xbf\xe6\x94\xbe"
    "\xe7\xbc\x93\xe3\x80\x82\xe8\x82\xa1\xe5\xb8\x82\xe4\xb8\x8b\xe8\xb7\x8c\xe3\x80\x82\r\n"
    "\r\n"
    "S\xc3\xa3o Paulo\xc2\xa0shares rose.";
  static const Expected expected[] = {
    { "Le caf\xc3\xa9 co\xc3\xbbte 3,50 \xe2\x82\xac.", 0 },
    { "\xc3\x9c" "ber alles stieg der DAX um 1,2 %.", 0 },
    { "\xe4\xb8\xad\xe5\x9b\xbd\xe7\xbb\x8f\xe6\xb5\x8e\xe5\xa2\x9e\xe9\x95\xbf\xe6\x94\xbe"
      "\xe7\xbc\x93\xe3\x80\x82", 0 },
    { "\xe8\x82\xa1\xe5\xb8\x82\xe4\xb8\x8b\xe8\xb7\x8c\xe3\x80\x82", 0 },
    { "S\xc3\xa3o Paulo\xc2\xa0shares rose.", 0 },
    END,
  };
  g_autoptr(GArray) sentences = split (markdown);
  g_autofree char *plain = NULL;

  assert_sentences (markdown, expected);

  /* Offsets are bytes: the first sentence starts after the two spaces. */
  g_assert_cmpuint (g_array_index (sentences, NfeSentence, 0).start, ==, 2);
  for (guint i = 0; i < sentences->len; i++)
    {
      const NfeSentence *sentence = &g_array_index (sentences, NfeSentence, i);

      g_assert_true (g_utf8_validate (markdown + sentence->start,
                                      sentence->end - sentence->start, NULL));
    }

  plain = nfe_sentences_plain_text (markdown, &g_array_index (sentences, NfeSentence, 4));
  g_assert_cmpstr (plain, ==, "S\xc3\xa3o Paulo shares rose.");
}

static void
test_plain_text (void)
{
  static const struct {
    const char *markdown;
    const char *plain;
  } cases[] = {
    { "**Bold** and _italic_ with `code` and [a link](https://example.com/a_(b)) here.",
      "Bold and italic with code and a link here." },
    { "An ![chart](chart.png) image is dropped, ~~struck~~ text kept.",
      "An image is dropped, struck text kept." },
    { "Keep snake_case, 5 * 3 and ~5% as they are.",
      "Keep snake_case, 5 * 3 and ~5% as they are." },
    { "Escaped \\*stars\\* and AT&amp;T and &#8364;5 stay.",
      "Escaped *stars* and AT&T and \xe2\x82\xac" "5 stay." },
    { "See <https://example.com> and [the filing][1] now.",
      "See https://example.com and the filing now." },
    { "Spread\n  over   two\tlines.", "Spread over two lines." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GArray) sentences = split (cases[i].markdown);
      g_autofree char *plain = NULL;

      g_assert_cmpuint (sentences->len, ==, 1);
      plain = nfe_sentences_plain_text (cases[i].markdown,
                                        &g_array_index (sentences, NfeSentence, 0));
      g_assert_cmpstr (plain, ==, cases[i].plain);
    }
}

static void
test_empty (void)
{
  g_autoptr(GArray) none = nfe_sentences_split ("", 0);
  g_autoptr(GArray) blank = split ("\n\n   \n```\ncode only\n```\n");

  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpuint (blank->len, ==, 0);
}

static void
test_label (void)
{
  g_assert_cmpuint (nfe_sentences_label_length ("Top spot: Iconic store opens"), ==, 10);
  g_assert_cmpuint (nfe_sentences_label_length ("He said: \"We will wait.\""), ==, 0);
  g_assert_cmpuint (nfe_sentences_label_length ("No label here."), ==, 0);
  g_assert_true (nfe_sentences_has_finite_verb ("Profits rose sharply"));
  g_assert_false (nfe_sentences_has_finite_verb ("Iconic UK brand store in Sydney"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/nfe/sentences/abbreviations", test_abbreviations);
  g_test_add_func ("/nfe/sentences/quotes", test_quotes);
  g_test_add_func ("/nfe/sentences/blocks", test_blocks);
  g_test_add_func ("/nfe/sentences/crossheads", test_crossheads);
  g_test_add_func ("/nfe/sentences/quote-lines", test_quote_lines);
  g_test_add_func ("/nfe/sentences/datelines", test_datelines);
  g_test_add_func ("/nfe/sentences/boilerplate", test_boilerplate);
  g_test_add_func ("/nfe/sentences/utf8-offsets", test_utf8_offsets);
  g_test_add_func ("/nfe/sentences/plain-text", test_plain_text);
  g_test_add_func ("/nfe/sentences/empty", test_empty);
  g_test_add_func ("/nfe/sentences/label", test_label);

  return g_test_run ();
}
