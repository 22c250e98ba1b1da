/* test-builtin-generator.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "nfe-builtin-generator.h"
#include "nfe-sentences.h"
#include "nfe-text.h"

/* Three made-up stories, written for these tests, in the shapes the desk
 * gets: a dateline and web-page leftovers, Markdown structure, a byline. */

/* Drops the last reference to @generator and checks it goes away. The
 * worker thread lets go of its task just after returning it, so give it
 * a moment. */
static void
assert_released (NfeBuiltinGenerator *generator)
{
  g_object_add_weak_pointer (G_OBJECT (generator), (gpointer *) &generator);
  g_object_unref (generator);
  for (guint i = 0; generator != NULL && i < 1000; i++)
    g_usleep (1000);
  g_assert_null (generator);
}

static const char *bank_headline =
  "Northbridge Bank raises profit forecast as lending margins widen";
static const char *bank_article =
  "LONDON (NextFin) - Northbridge Bank raised its full-year profit forecast on Tuesday after "
  "wider lending margins and lower bad-debt charges lifted third-quarter earnings by 18%, "
  "sending its shares to their highest level since 2008.\n"
  "\n"
  "The lender now expects pre-tax profit of between \xc2\xa3" "4.1 billion and "
  "\xc2\xa3" "4.3 billion for the year, up from a previous range of \xc2\xa3" "3.8 billion to "
  "\xc2\xa3" "4.0 billion, the bank said in a statement. Net interest margin, the gap between "
  "what the bank earns on loans and pays on deposits, rose to 3.12% from 2.94% a year "
  "earlier.\n"
  "\n"
  "Scroll down for video\n"
  "\n"
  "Chief executive Helen Marsh (pictured) addresses staff at the bank's headquarters in the "
  "City of London.\n"
  "\n"
  "Shares in Northbridge rose 6.5% to 412 pence by midday in London, making them the best "
  "performers on the FTSE 100 index, which was little changed. The stock has gained 41% since "
  "January, outpacing a 19% rise in the wider banking sector.\n"
  "\n"
  "\"We have had a strong quarter across every division, and our customers are proving more "
  "resilient than many expected,\" Marsh told reporters on a call. \"We are not complacent. "
  "Households are still under pressure.\"\n"
  "\n"
  "Impairment charges, the money set aside to cover loans that may not be repaid, fell to "
  "\xc2\xa3" "212 million in the quarter from \xc2\xa3" "301 million a year ago, as fewer mortgage "
  "customers fell behind on payments. However, the bank warned that arrears on credit cards had "
  "edged up for a second consecutive quarter, a trend it said it was watching closely.\n"
  "\n"
  "Read more: Why British banks are winning from higher rates\n"
  "\n"
  "Analysts said the results showed that the bank was benefiting more than its rivals from the "
  "Bank of England's decision to keep interest rates at 5.25% for longer than markets had "
  "expected. Deposits that had been moved into fixed-term savings accounts, which pay customers "
  "more, stabilised during the summer, easing pressure on margins.\n"
  "\n"
  "\"The margin story is better than we thought and the credit story is no worse,\" said Priya "
  "Raman, an analyst at Calder Securities, who raised her price target to 460 pence from 430 "
  "pence. \"That combination is rare at this point in the cycle.\"\n"
  "\n"
  "Northbridge also said it would buy back up to \xc2\xa3" "750 million of its own shares before "
  "the end of February, on top of a \xc2\xa3" "500 million programme completed in August. "
  "The bank's "
  "common equity tier one ratio, a key measure of financial strength, stood at 14.8%, well above "
  "the 11% minimum that regulators require.\n"
  "\n"
  "Costs rose 4% to \xc2\xa3" "1.9 billion in the quarter, driven by pay rises and spending on "
  "technology, including a new mobile banking app that Northbridge launched in June. The bank "
  "said it still expected its cost-to-income ratio to fall below 50% next year for the first "
  "time since the financial crisis.\n"
  "\n"
  "Mortgage lending grew by \xc2\xa3" "2.4 billion in the quarter, although Marsh said demand had "
  "cooled in September as buyers waited to see whether rates had peaked. Business lending was "
  "flat, reflecting weak investment by small and medium-sized companies.\n"
  "\n"
  "The bank's wealth management arm, which it has been expanding to reduce its reliance on "
  "interest income, attracted \xc2\xa3" "1.6 billion of new client money in the quarter. Fee "
  "income across the group rose 7%, helped by higher card spending as consumers travelled "
  "abroad over the summer.\n"
  "\n"
  "Pension funds and other large shareholders welcomed the buyback, although some said they "
  "would have preferred a bigger dividend. The bank paid an interim dividend of 6.1 pence a "
  "share in August.\n"
  "\n"
  "The results come a week before the government's budget, which some investors fear could "
  "include a higher tax on bank profits. Marsh declined to comment on the speculation, saying "
  "only that the bank paid its fair share and would continue to support the economy.\n"
  "\n"
  "Advertisement\n"
  "\n"
  "Northbridge, which employs about 58,000 people, is due to hold an investor day in March, "
  "where it is expected to set out new targets for returns and capital distributions through "
  "2028.\n";

static const char *copper_headline = "Copper hits 11-month high as Chilean mine strike drags on";
static const char *copper_article =
  "# Copper hits 11-month high\n"
  "\n"
  "SHANGHAI -- Copper prices climbed to their highest level in 11 months on Wednesday as a strike "
  "at one of Chile's largest mines entered its third week, tightening supply just as demand from "
  "China's power grid builders picked up.\n"
  "\n"
  "Benchmark three-month copper on the London Metal Exchange rose 2.3% to $9,840 a tonne, after "
  "touching $9,872 earlier in the session. The most-traded contract on the Shanghai Futures "
  "Exchange gained 1.9% to 76,450 yuan a tonne.\n"
  "\n"
  "Workers at the Cerro Alto mine, which produced about 410,000 tonnes of copper last year, walked "
  "out on October 2 after talks over a new wage deal collapsed. The union is demanding a 7% pay "
  "rise and a one-off bonus, while the operator, Andes Minerals, has offered 3.5%.\n"
  "\n"
  "## Why the strike matters\n"
  "\n"
  "- The mine accounts for roughly 2% of global copper supply.\n"
  "- Inventories in exchange warehouses have fallen by 38% since June.\n"
  "- Smelters in China have cut their processing fees, a sign that ore is scarce.\n"
  "\n"
  "\"The market was already tight before the strike, and now every week without a deal takes "
  "more metal out of the system,\" said Tomas Ferreira, head of metals research at Baltic "
  "Commodities. He said prices could test $10,000 a tonne before the end of the year if the "
  "dispute continued.\n"
  "\n"
  "> Andes Minerals said it remained open to talks. It said the union's demands were not\n"
  "> compatible with the mine's long-term future.\n"
  "\n"
  "Demand has also improved. China's State Grid has accelerated spending on transmission lines, "
  "with investment up 14% in the first nine months of the year, according to official data. "
  "Copper is widely used in power cables, and grid spending accounts for nearly a third of "
  "Chinese consumption.\n"
  "\n"
  "Imports of copper ore into China rose 9% in September from a year earlier, customs figures "
  "showed on Monday, while imports of refined metal fell, suggesting that Chinese smelters were "
  "running hard to meet local demand.\n"
  "\n"
  "Traders said speculative funds had added to bullish bets on copper for four consecutive "
  "weeks, according to exchange data, amplifying the price moves. Open interest on the LME "
  "contract rose to its highest level since March.\n"
  "\n"
  "In the physical market, premiums that buyers pay for prompt delivery of refined copper in "
  "Shanghai doubled over the past month to $95 a tonne, a sign that manufacturers were "
  "struggling to secure metal. Some wire and cable makers in southern China said they had "
  "delayed orders, hoping prices would ease after the strike.\n"
  "\n"
  "However, some analysts warned that the rally could fade once the strike ended. Global mine "
  "supply is forecast to grow by 3% next year as new projects in Peru and the Democratic Republic "
  "of Congo ramp up, according to the International Copper Study Group.\n"
  "\n"
  "\"Strikes in Chile tend to end with a deal, and when this one does, a lot of the premium in "
  "the price will disappear,\" said Lena Kowalski, a strategist at Harbour Bank. She expects "
  "copper to average $9,200 a tonne in the first quarter.\n"
  "\n"
  "Other industrial metals also rose. Aluminium gained 1.1% to $2,310 a tonne and zinc added "
  "0.8%, helped by a weaker dollar, which makes metals priced in the US currency cheaper for "
  "holders of other currencies.\n"
  "\n"
  "Investors are also watching the US Federal Reserve, which meets next week. Lower interest "
  "rates would tend to support metal prices by weakening the dollar and lifting expectations for "
  "economic growth.\n"
  "\n"
  "Chile's mining ministry said on Tuesday that it would appoint a mediator if the two sides had "
  "not resumed talks by the end of the week. A previous strike at the mine, in 2021, lasted 26 "
  "days and ended with a 5% pay increase.\n"
  "\n"
  "Shares in Andes Minerals, which is listed in Santiago and Toronto, have fallen 11% since the "
  "strike began, while shares in rival producers have risen on the higher copper price.\n";

static const char *chip_headline = "Halvorsen Semiconductor shares jump 14% on data-centre demand";
static const char *chip_article =
  "By Jane Doe\n"
  "\n"
  "NextFin News - Shares in Halvorsen Semiconductor jumped 14% in early trading on Thursday after "
  "the chipmaker reported record quarterly revenue and forecast that sales of its data-centre "
  "processors would double next year.\n"
  "\n"
  "Revenue rose 37% to $6.8 billion in the three months to September, beating the $6.2 billion "
  "that analysts had expected, according to a poll by NextFin. Net income climbed to $1.4 billion, "
  "or $2.11 a share, from $780 million, or $1.17 a share, a year earlier.\n"
  "\n"
  "The company, based in Austin, Texas, said its data-centre division generated $3.9 billion of "
  "sales, up 82%, as cloud providers bought its *Aster* accelerators to run artificial "
  "intelligence software. Its personal computer business, once its largest, grew just 4%.\n"
  "\n"
  "Click here to read our full coverage of chip earnings.\n"
  "\n"
  "\"Demand for AI computing is running well ahead of what the industry can supply, and we are "
  "investing to close that gap,\" chief executive Marcus Lindqvist said on a call with analysts. "
  "He said the company had signed supply agreements with three of the world's five largest cloud "
  "providers.\n"
  "\n"
  "Halvorsen forecast fourth-quarter revenue of $7.3 billion, plus or minus $200 million, above "
  "the average analyst estimate of $6.7 billion. It said gross margin would rise to about 58%, "
  "from 55.4% in the third quarter, as it sold more high-end chips.\n"
  "\n"
  "The company also raised its capital spending plan for next year to $5 billion from $3.5 "
  "billion, most of it for a new packaging plant in Arizona that will assemble its most advanced "
  "products. The plant is expected to start production in 2027 and employ about 1,200 people.\n"
  "\n"
  "Analysts said the results eased concerns that spending on AI infrastructure was slowing. "
  "Several large technology companies have said in recent weeks that they would keep increasing "
  "investment in data centres next year, despite questions from investors about returns.\n"
  "\n"
  "Halvorsen's results contrast with those of several smaller chipmakers that supply the car "
  "and industrial markets, where demand has weakened this year as customers work through "
  "stockpiles built up during the pandemic shortage. Two of those companies cut their forecasts "
  "last month.\n"
  "\n"
  "The company's chief financial officer, Elena Brandt, said supply of advanced memory chips, "
  "which are packaged alongside its accelerators, remained the main constraint on growth. She "
  "said Halvorsen had agreed to prepay some suppliers to secure capacity for the whole of next "
  "year, a move that lifted its cash outflows in the quarter. Halvorsen ended the quarter with "
  "$11.3 billion in cash and investments.\n"
  "\n"
  "\"This quarter answers the bear case pretty convincingly,\" said Ramon Ortiz, an analyst at "
  "Westgate Capital, who raised his price target on the stock to $260 from $215. \"The guidance "
  "implies that the data-centre business is still accelerating.\"\n"
  "\n"
  "Not everything was positive. Halvorsen said inventories rose to $4.2 billion, their highest "
  "level in two years, and warned that export restrictions on advanced chips to some countries "
  "would reduce fourth-quarter sales by about $150 million.\n"
  "\n"
  "The company said it had returned $900 million to shareholders in the quarter through "
  "dividends and share buybacks, and that its board had approved a new $10 billion buyback "
  "programme with no fixed end date.\n"
  "\n"
  "Halvorsen's shares had fallen 9% in the month before the results, as investors worried that "
  "rivals' new products would win business from its largest customers. Thursday's gain added "
  "about $38 billion to its market value, taking it to roughly $310 billion.\n"
  "\n"
  "The rally spread to other chip stocks. The Philadelphia Semiconductor Index rose 3.2%, while "
  "shares in equipment makers that supply Halvorsen's contract manufacturers gained between 2% "
  "and 5%.\n"
  "\n"
  "Lindqvist said the company would give more detail about its product plans at a developer "
  "conference in San Jose in March, where it is expected to unveil the successor to the Aster "
  "range.\n";

typedef struct
{
  const char *headline;
  const char *body;
} Story;

static const Story *
get_story (guint i)
{
  static Story all[3];

  all[0] = (Story) { bank_headline, bank_article };
  all[1] = (Story) { copper_headline, copper_article };
  all[2] = (Story) { chip_headline, chip_article };
  g_assert (i < G_N_ELEMENTS (all));
  return &all[i];
}

static guint
spaced_words (const char *text)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  guint n = 0;

  for (guint i = 0; words[i] != NULL; i++)
    n += words[i][0] != '\0';
  return n;
}

/* Lower-cased runs of letters and digits. */
static GStrv
words_of (const char *text)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GString) word = g_string_new (NULL);

  for (const char *p = text; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (*p != '\0' && g_unichar_isalnum (c))
        {
          g_string_append_unichar (word, g_unichar_tolower (c));
          continue;
        }
      if (word->len > 0)
        g_strv_builder_add (builder, word->str);
      g_string_truncate (word, 0);
      if (*p == '\0')
        break;
    }

  return g_strv_builder_end (builder);
}

static GPtrArray *
summarize (const Story *story)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *items = nfe_builtin_generator_summarize (story->headline, story->body, 5, &error);

  g_assert_no_error (error);
  g_assert_nonnull (items);
  for (guint i = 0; i < items->len; i++)
    g_test_message ("bullet %u: %s", i, ((NfeGeneratedItem *) g_ptr_array_index (items, i))->text);
  return items;
}

static const NfeSentence *
sentence_at (GArray *sentences,
             guint   start,
             guint   end)
{
  for (guint i = 0; i < sentences->len; i++)
    {
      const NfeSentence *sentence = &g_array_index (sentences, NfeSentence, i);

      if (sentence->start <= start && end <= sentence->end)
        return sentence;
    }
  return NULL;
}

static void
test_bullets (void)
{
  for (guint s = 0; s < 3; s++)
    {
      const Story *story = get_story (s);
      g_autoptr(GPtrArray) items = summarize (story);
      g_autoptr(GArray) sentences = nfe_sentences_split (story->body, strlen (story->body));
      guint previous_start = 0;

      g_assert_cmpuint (nfe_text_count_words (story->body, -1), >=, 600);
      g_assert_cmpuint (items->len, >=, 3);
      g_assert_cmpuint (items->len, <=, 5);

      for (guint i = 0; i < items->len; i++)
        {
          NfeGeneratedItem *item = g_ptr_array_index (items, i);
          const char *text = item->text;
          const NfeSpan *span;
          const NfeSentence *sentence;
          g_autofree char *source = NULL;
          g_auto(GStrv) bullet_words = words_of (text);
          g_auto(GStrv) source_words = NULL;

          /* Short, and a sentence: a capital letter first, a period last. */
          g_assert_cmpuint (nfe_text_count_words (text, -1), <=, 30);
          g_assert_cmpuint (spaced_words (text), <=, 30);
          g_assert_true (g_unichar_isupper (g_utf8_get_char (text)) ||
                         g_unichar_isdigit (g_utf8_get_char (text)));
          g_assert_true (g_str_has_suffix (text, "."));
          g_assert_false (g_str_has_suffix (text, ".."));

          /* Where it came from: one sentence, in the article's order. */
          g_assert_cmpuint (item->sources->len, ==, 1);
          span = &g_array_index (item->sources, NfeSpan, 0);
          g_assert_cmpuint (span->start, <, span->end);
          g_assert_cmpuint (span->end, <=, strlen (story->body));
          g_assert_cmpuint (span->start, >=, previous_start);
          previous_start = span->end;
          sentence = sentence_at (sentences, span->start, span->end);
          g_assert_nonnull (sentence);
          g_assert_false (sentence->flags & (NFE_SENTENCE_BOILERPLATE | NFE_SENTENCE_HEADING));

          /* Every word of the bullet is in its source. */
          source = nfe_sentences_plain_text (story->body, &(NfeSentence) { span->start, span->end,
                                                                             sentence->block,
                                                                             sentence->flags });
          source_words = words_of (source);
          for (guint w = 0; bullet_words[w] != NULL; w++)
            if (!g_strv_contains ((const char * const *) source_words, bullet_words[w]))
              g_error ("[%s] is not in [%s]", bullet_words[w], source);

          /* Nothing from the page around the story. */
          g_assert_null (strstr (text, "Scroll down"));
          g_assert_null (strstr (text, "pictured"));
          g_assert_null (strstr (text, "Click here"));
          g_assert_null (strstr (text, "Read more"));
          g_assert_null (strstr (text, "Advertisement"));
          g_assert_null (strstr (text, "NextFin News"));
          g_assert_null (strstr (text, "(NextFin)"));
          g_assert_false (g_str_has_prefix (text, "By "));
        }
    }
}

/* Every figure in a bullet (3.12%, £4.1 billion, 76,450, 2028) is one
 * the article gives. */
static void
test_figures (void)
{
  g_autoptr(GRegex) figure = g_regex_new ("\\d[\\d,.]*\\d|\\d", 0, 0, NULL);

  for (guint s = 0; s < 3; s++)
    {
      const Story *story = get_story (s);
      g_autoptr(GPtrArray) items = summarize (story);
      guint figures = 0;

      for (guint i = 0; i < items->len; i++)
        {
          NfeGeneratedItem *item = g_ptr_array_index (items, i);
          g_autoptr(GMatchInfo) match = NULL;

          g_regex_match (figure, item->text, 0, &match);
          while (g_match_info_matches (match))
            {
              g_autofree char *number = g_match_info_fetch (match, 0);

              g_assert_nonnull (strstr (story->body, number));
              figures++;
              g_match_info_next (match, NULL);
            }
        }

      /* Financial news is about figures: the summary has some. */
      g_assert_cmpuint (figures, >, 0);
    }
}

static void
test_deterministic (void)
{
  for (guint s = 0; s < 3; s++)
    {
      const Story *story = get_story (s);
      g_autoptr(GPtrArray) first = summarize (story);
      g_autoptr(GPtrArray) second = summarize (story);

      g_assert_cmpuint (first->len, ==, second->len);
      for (guint i = 0; i < first->len; i++)
        {
          NfeGeneratedItem *a = g_ptr_array_index (first, i);
          NfeGeneratedItem *b = g_ptr_array_index (second, i);

          g_assert_cmpstr (a->text, ==, b->text);
          g_assert_cmpmem (a->sources->data, a->sources->len * sizeof (NfeSpan),
                           b->sources->data, b->sources->len * sizeof (NfeSpan));
        }
    }
}

static gpointer
summarize_thread (gpointer data)
{
  GPtrArray *items = nfe_builtin_generator_summarize (bank_headline, bank_article, 5, NULL);
  GString *joined = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    {
      NfeGeneratedItem *item = g_ptr_array_index (items, i);

      g_string_append_printf (joined, "%s\n", item->text);
    }
  g_ptr_array_unref (items);
  return g_string_free (joined, FALSE);
}

/* The stemmer is not thread-safe; each call must have its own. */
static void
test_threads (void)
{
  GThread *threads[6];
  g_autofree char *expected = summarize_thread (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("summarize", summarize_thread, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      g_autofree char *result = g_thread_join (threads[i]);

      g_assert_cmpstr (result, ==, expected);
    }
}

static void
test_avoid (void)
{
  g_autoptr(GPtrArray) first = summarize (get_story (0));
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_auto(GStrv) avoid = NULL;
  g_autofree char *reworded = NULL;

  /* The first bullet with a word changed, as an editor might have it. */
  reworded = g_strdup (((NfeGeneratedItem *) g_ptr_array_index (first, 0))->text);
  g_strdelimit (reworded, "0123456789", '9');
  g_strv_builder_add (builder, reworded);
  avoid = g_strv_builder_end (builder);

  again = nfe_builtin_generator_summarize_full (bank_headline, bank_article, 5,
                                                (const char * const *) avoid, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->len, >=, 3);
  for (guint i = 0; i < again->len; i++)
    {
      NfeGeneratedItem *item = g_ptr_array_index (again, i);

      g_test_message ("bullet %u: %s", i, item->text);
      g_assert_cmpfloat (nfe_text_similarity (item->text, reworded), <, NFE_TEXT_NEAR_DUPLICATE);
    }
}

static void
test_avoid_everything (void)
{
  g_autoptr(GPtrArray) avoid = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;

  /* Offering fresh bullets until there are none left ends in EMPTY. */
  for (guint round = 0; round < 100; round++)
    {
      g_autoptr(GPtrArray) items = NULL;

      g_ptr_array_add (avoid, NULL);
      items = nfe_builtin_generator_summarize_full (copper_headline, copper_article, 5,
                                                    (const char * const *) avoid->pdata, NULL,
                                                    &error);
      g_ptr_array_remove_index (avoid, avoid->len - 1);
      if (items == NULL)
        break;

      for (guint i = 0; i < items->len; i++)
        {
          NfeGeneratedItem *item = g_ptr_array_index (items, i);

          for (guint k = 0; k < avoid->len; k++)
            g_assert_cmpfloat (nfe_text_similarity (item->text, g_ptr_array_index (avoid, k)), <,
                              NFE_TEXT_NEAR_DUPLICATE);
          g_ptr_array_add (avoid, g_strdup (item->text));
        }
    }

  g_assert_error (error, NFE_GENERATOR_ERROR, NFE_GENERATOR_ERROR_EMPTY);
  g_assert_cmpuint (avoid->len, >=, 8);
}

static void
test_max_items (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) one = nfe_builtin_generator_summarize (chip_headline, chip_article, 1,
                                                              &error);
  g_autoptr(GString) long_article = g_string_new (NULL);
  g_autoptr(GPtrArray) many = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (one->len, ==, 1);

  /* A long article gets more bullets, never more than five. */
  for (guint s = 0; s < 3; s++)
    g_string_append_printf (long_article, "%s\n\n", get_story (s)->body);
  many = nfe_builtin_generator_summarize ("", long_article->str, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (many->len, >, 3);
  g_assert_cmpuint (many->len, <=, 5);
}

static void
test_no_text (void)
{
  static const char * const bodies[] = {
    "",
    "# Only a heading\n",
    "Scroll down for video\n\nAdvertisement\n\nBy John Smith\n",
    "Too short.\n\nWhy did rates rise?\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bodies); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) items = nfe_builtin_generator_summarize ("Headline", bodies[i], 5,
                                                                    &error);

      g_assert_null (items);
      g_assert_error (error, NFE_GENERATOR_ERROR, NFE_GENERATOR_ERROR_NO_TEXT);
    }

  /* Fewer bullets only when there are fewer usable sentences. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) items = nfe_builtin_generator_summarize (
      "", "Acme Corp said quarterly profit rose 12% to $40 million. Shares of the company "
      "rose 3% in New York trading on Friday.", 5, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (items->len, ==, 2);
  }
}

static void
store_result_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static GAsyncResult *
wait_for (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *result;
}

static void
test_async (void)
{
  NfeBuiltinGenerator *generator = nfe_builtin_generator_new ();
  g_autoptr(NfeGenerateRequest) request = nfe_generate_request_new (copper_headline,
                                                                    copper_article, 4);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GAsyncResult) questions = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) asked = NULL;
  g_autoptr(GPtrArray) direct = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = nfe_generator_dup_id (NFE_GENERATOR (generator));

  g_assert_cmpstr (id, ==, "builtin-1");

  nfe_generator_generate_async (NFE_GENERATOR (generator), NFE_GENERATE_BULLETS, request, NULL,
                                store_result_cb, &result);
  items = nfe_generator_generate_finish (NFE_GENERATOR (generator), wait_for (&result), &error);
  g_assert_no_error (error);

  /* The same bullets as the synchronous call. */
  direct = nfe_builtin_generator_summarize (copper_headline, copper_article, 4, NULL);
  g_assert_cmpuint (items->len, ==, direct->len);
  for (guint i = 0; i < items->len; i++)
    g_assert_cmpstr (((NfeGeneratedItem *) g_ptr_array_index (items, i))->text, ==,
                     ((NfeGeneratedItem *) g_ptr_array_index (direct, i))->text);

  nfe_generator_generate_async (NFE_GENERATOR (generator), NFE_GENERATE_QUESTIONS, request, NULL,
                                store_result_cb, &questions);
  asked = nfe_generator_generate_finish (NFE_GENERATOR (generator), wait_for (&questions), &error);
  g_assert_no_error (error);

  /* Questions come from the same generator, through the same call. */
  g_assert_nonnull (asked);
  g_assert_cmpuint (asked->len, >=, 1);
  for (guint i = 0; i < asked->len; i++)
    g_assert_true (g_str_has_suffix (((NfeGeneratedItem *) g_ptr_array_index (asked, i))->text, "?"));

  g_clear_object (&result);
  g_clear_object (&questions);
  assert_released (generator);
}

static void
test_cancel (void)
{
  NfeBuiltinGenerator *generator = nfe_builtin_generator_new ();
  g_autoptr(GString) long_article = g_string_new (NULL);
  g_autoptr(NfeGenerateRequest) request = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GCancellable) already = g_cancellable_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GAsyncResult) late = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 20; i++)
    g_string_append_printf (long_article, "%s\n\n", get_story (i % 3)->body);
  request = nfe_generate_request_new ("", long_article->str, 5);

  /* Cancelled while it runs. */
  nfe_generator_generate_async (NFE_GENERATOR (generator), NFE_GENERATE_BULLETS, request,
                                cancellable, store_result_cb, &result);
  g_cancellable_cancel (cancellable);
  items = nfe_generator_generate_finish (NFE_GENERATOR (generator), wait_for (&result), &error);
  g_assert_null (items);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  /* Cancelled before it starts. */
  g_cancellable_cancel (already);
  nfe_generator_generate_async (NFE_GENERATOR (generator), NFE_GENERATE_BULLETS, request,
                                already, store_result_cb, &late);
  items = nfe_generator_generate_finish (NFE_GENERATOR (generator), wait_for (&late), &error);
  g_assert_null (items);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  /* And the synchronous call honours it too. */
  items = nfe_builtin_generator_summarize_full ("", long_article->str, 5, NULL, already, &error);
  g_assert_null (items);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  g_clear_object (&result);
  g_clear_object (&late);
  assert_released (generator);
}

/* A web page pasted without its layout: photo captions run into the
 * sentences after them. No caption makes a bullet, and a bullet from the
 * sentence a caption ran into points at that sentence only. */
static void
test_captions (void)
{
  const char *body =
    "Acme Retail will open its largest store in Sydney next month, the company said on Monday, "
    "as it bets that shoppers will return to city centres. Scroll down for video Big plans: "
    "Acme's chief executive Tom Reed at the site in George Street The flagship store will cover "
    "12,000 square metres over four floors and employ about 600 staff when it opens. Acme said "
    "the store had cost A$85 million to fit out, the biggest investment in its 40-year history. "
    "Analysts expect the chain to report annual sales of A$2.3 billion in August, up 6% on the "
    "previous year, helped by strong demand for homewares.";
  g_autoptr(GPtrArray) items = nfe_builtin_generator_summarize ("", body, 5, NULL);
  gboolean flagship = FALSE;

  g_assert_cmpuint (items->len, ==, 3);
  for (guint i = 0; i < items->len; i++)
    {
      NfeGeneratedItem *item = g_ptr_array_index (items, i);
      const NfeSpan *span = &g_array_index (item->sources, NfeSpan, 0);

      g_test_message ("bullet %u: %s", i, item->text);
      g_assert_null (strstr (item->text, "Big plans"));
      g_assert_null (strstr (item->text, "Scroll down"));
      if (g_str_has_prefix (item->text, "The flagship store"))
        {
          flagship = TRUE;
          g_assert_true (g_str_has_prefix (body + span->start, "The flagship store"));
        }
    }
  g_assert_true (flagship);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/nfe/builtin-generator/bullets", test_bullets);
  g_test_add_func ("/nfe/builtin-generator/figures", test_figures);
  g_test_add_func ("/nfe/builtin-generator/captions", test_captions);
  g_test_add_func ("/nfe/builtin-generator/deterministic", test_deterministic);
  g_test_add_func ("/nfe/builtin-generator/threads", test_threads);
  g_test_add_func ("/nfe/builtin-generator/avoid", test_avoid);
  g_test_add_func ("/nfe/builtin-generator/avoid-everything", test_avoid_everything);
  g_test_add_func ("/nfe/builtin-generator/max-items", test_max_items);
  g_test_add_func ("/nfe/builtin-generator/no-text", test_no_text);
  g_test_add_func ("/nfe/builtin-generator/async", test_async);
  g_test_add_func ("/nfe/builtin-generator/cancel", test_cancel);

  return g_test_run ();
}
