/* test-questions.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "nfe-questions.h"
#include "nfe-text.h"

/* Four made-up but realistic news articles: the desk's staple stories (a
 * central bank decision, a chip export-control story, an earnings report,
 * a commodities story). Every name of a person and most companies are
 * invented; none of the text is taken from a published story. */

static const char rates_headline[] =
  "Bank of England holds rates as services inflation refuses to cool";
static const char rates_body[] =
  "LONDON (NextFin) - The Bank of England kept its benchmark interest rate at 4.5% on "
  "Thursday, pausing its easing cycle as stubborn services inflation and a jump in wage "
  "growth persuaded a majority of policymakers that it was too early to cut borrowing "
  "costs again.\n"
  "\n"
  "The Monetary Policy Committee voted 6-3 to hold Bank Rate, with three members backing "
  "a quarter-point reduction. Markets had priced roughly a one-in-three chance of a cut "
  "before the decision, and sterling rose 0.4% against the dollar to $1.2710 in the "
  "minutes after the announcement.\n"
  "\n"
  "Services inflation, which the central bank watches closely as a gauge of domestic "
  "price pressure, rose to 5.3% in the year to March from 5.0% a month earlier. Headline "
  "consumer price inflation edged up to 3.1%, above the Bank's 2% target for the sixth "
  "straight month. Regular pay growth in the private sector accelerated to 5.6%, "
  "according to official data published last week, well above the roughly 3% pace the "
  "Bank considers consistent with its inflation target.\n"
  "\n"
  "\"The committee needs more evidence that services inflation and wage growth are on a "
  "sustainable downward path before it can reduce Bank Rate further,\" Governor Helen "
  "Marsh told reporters. She said the committee still expected inflation to fall back "
  "towards target next year as the labour market loosens, but warned that the path for "
  "interest rates would be \"gradual and careful.\"\n"
  "\n"
  "## A divided committee\n"
  "\n"
  "The three dissenters argued that weak business investment and a softening labour "
  "market justified another cut. Deputy Governor Tomas Reyes said in a statement that the "
  "economy was \"running below potential\" and that keeping interest rates high for too "
  "long risked a sharper rise in unemployment than the Bank projected. The unemployment "
  "rate rose to 4.6% in the three months to February, its highest level in nearly four "
  "years.\n"
  "\n"
  "Business groups criticised the decision. The Federation of Small Businesses said "
  "higher borrowing costs were squeezing firms already dealing with a rise in employer "
  "national insurance contributions that took effect in April. Housebuilders have also "
  "warned that mortgage rates remain too high for many first-time buyers, and the number "
  "of mortgage approvals fell for a third consecutive month in March.\n"
  "\n"
  "The Bank's quarterly Monetary Policy Report lowered its growth forecast for this year "
  "to 0.8% from 1.0%, citing weaker consumer spending and the impact of higher U.S. "
  "tariffs on British exporters. It now expects inflation to peak at 3.4% in the third "
  "quarter, driven by higher energy bills and water charges, before easing to 2.2% by the "
  "end of next year.\n"
  "\n"
  "## Markets push back rate-cut bets\n"
  "\n"
  "Gilt yields climbed after the decision as traders scaled back bets on further easing. "
  "The two-year gilt yield, which is sensitive to expectations for interest rates, rose 8 "
  "basis points to 4.12%. Money markets now price about two quarter-point cuts by the end "
  "of the year, down from three before the announcement.\n"
  "\n"
  "\"This was a hawkish hold,\" said Priya Natarajan, chief UK economist at Calder Street "
  "Capital. \"The committee is clearly worried that wage settlements are running too hot, "
  "and it wants to see the April pay round before it moves again. We think the next cut "
  "comes in August at the earliest.\"\n"
  "\n"
  "Some economists said the Bank risked repeating in reverse the mistake of 2021, when it "
  "was criticised for reacting too slowly to rising prices. \"The danger now is that the "
  "Bank keeps policy too tight for too long and deepens the slowdown,\" said Martin Hale, "
  "an economist at the Resolution Group think tank. \"Mortgage holders coming off cheap "
  "fixed-rate deals are already facing a big jump in repayments.\"\n"
  "\n"
  "The decision contrasts with the European Central Bank, which cut its deposit rate to "
  "2.25% this month and signalled further easing as euro zone inflation approaches its "
  "target. The U.S. Federal Reserve has kept its policy rate unchanged since December, as "
  "officials assess the impact of tariffs on prices.\n"
  "\n"
  "Marsh said the Bank was watching global trade tensions closely. Higher tariffs could "
  "weigh on British growth, she said, but could also push up import prices if supply "
  "chains are disrupted. \"There are risks on both sides, and that is why we are taking a "
  "gradual approach,\" she said.\n"
  "\n"
  "The committee will publish its next decision on June 19. Investors will watch the "
  "April inflation figures, due later this month, and the next round of wage data for "
  "signs that price pressures are easing.\n"
  "\n"
  "Reporting by NextFin staff; Editing by Daniel Okoro\n";

static const char chips_headline[] =
  "U.S. widens chip export controls to high-bandwidth memory and older tools";
static const char chips_body[] =
  "WASHINGTON (NextFin) - The U.S. Commerce Department on Monday expanded its export "
  "controls on advanced semiconductors to cover high-bandwidth memory and a wider range "
  "of chipmaking equipment, in the latest effort by Washington to slow China's progress "
  "in artificial intelligence.\n"
  "\n"
  "The new rules, published by the department's Bureau of Industry and Security (BIS), "
  "restrict sales of high-bandwidth memory, the stacked memory chips that sit beside AI "
  "accelerators in data centres, to Chinese customers. They also add 140 Chinese "
  "companies to the Entity List, including several toolmakers and two subsidiaries of "
  "Semiconductor Manufacturing International Corp. (SMIC), China's largest contract "
  "chipmaker.\n"
  "\n"
  "Commerce Secretary Laura Whitfield said the measures were needed to protect national "
  "security. \"Advanced memory is now a chokepoint for AI systems, and we will not allow "
  "our technology to be used to build the military capabilities of our adversaries,\" she "
  "said in a statement.\n"
  "\n"
  "Beijing condemned the move. A spokesperson for China's Ministry of Commerce said the "
  "export controls disrupted global supply chains and violated international trade rules, "
  "and vowed to take \"necessary measures\" to protect the interests of Chinese "
  "companies. China has previously retaliated against U.S. curbs by restricting exports "
  "of gallium and germanium, two metals used in chipmaking.\n"
  "\n"
  "The restrictions hit the world's three big memory makers unevenly. South Korea's SK "
  "Hynix and Samsung Electronics supply the bulk of the high-bandwidth memory used in "
  "Nvidia's AI accelerators, while U.S.-based Micron Technology has a smaller share of "
  "the market. Analysts at Harbourline Securities estimated that Chinese customers "
  "accounted for about 15% of Samsung's high-bandwidth memory sales last year, compared "
  "with less than 5% for SK Hynix.\n"
  "\n"
  "Shares of Samsung fell 2.8% in Seoul, while SK Hynix slipped 1.1%. Micron rose 1.9% in "
  "New York as investors bet it would gain share in other markets.\n"
  "\n"
  "## Toolmakers in the spotlight\n"
  "\n"
  "The rules also tighten controls on chipmaking equipment. For the first time, they "
  "apply to some tools used to make older, so-called mature-node chips, which go into "
  "cars, appliances and industrial machines. Equipment makers including Applied "
  "Materials, Lam Research and KLA have relied on China for more than a third of their "
  "revenue over the past two years, as Chinese chipmakers stockpiled tools in "
  "anticipation of tighter curbs.\n"
  "\n"
  "Applied Materials said it expected the new restrictions to reduce its revenue by about "
  "$400 million in the current fiscal year. Lam Research said it was still assessing the "
  "impact.\n"
  "\n"
  "The controls also reach foreign companies through the foreign direct product rule, "
  "which applies to products made abroad with American technology. However, the "
  "Netherlands and Japan, home to toolmakers ASML and Tokyo Electron, were exempted from "
  "parts of the rule after their governments agreed to adopt similar restrictions of "
  "their own. Dutch officials said they would announce matching measures \"in the coming "
  "weeks.\"\n"
  "\n"
  "## Questions over effectiveness\n"
  "\n"
  "Critics of the policy argue that the export controls have accelerated China's drive "
  "for self-sufficiency rather than slowing it. Chinese chipmakers have expanded capacity "
  "for mature-node chips rapidly, and Beijing has poured billions of dollars into a "
  "state-backed fund to support domestic equipment makers and memory producers.\n"
  "\n"
  "\"Every round of export controls gives Chinese companies another reason to buy from "
  "domestic suppliers,\" said Daniel Kwan, a semiconductor analyst at Redwater Research "
  "in Hong Kong. \"In the short term the rules hurt, but in the long term they may create "
  "the very competitors Washington is trying to prevent.\"\n"
  "\n"
  "Industry groups also warned about the cost to American companies. The Semiconductor "
  "Industry Association said it supported national security goals but that overly broad "
  "restrictions risked undermining U.S. leadership by cutting chipmakers off from a major "
  "market and the revenue that funds their research.\n"
  "\n"
  "Supporters counter that the rules have already slowed China's progress at the leading "
  "edge. SMIC has been unable to buy the extreme ultraviolet lithography machines needed "
  "for the most advanced chips, and its yields on its most advanced process remain well "
  "below those of Taiwan Semiconductor Manufacturing Co., according to people familiar "
  "with the matter.\n"
  "\n"
  "The rules take effect in 30 days, although shipments already in transit will be "
  "allowed to proceed. Analysts expect further measures targeting AI chips and cloud "
  "computing services before the end of the year, and China's response, including "
  "possible new limits on exports of critical minerals, will be closely watched by "
  "chipmakers on both sides of the Pacific.\n";

static const char earnings_headline[] =
  "Corvane Logistics shares slide as freight slump hits quarterly profit";
static const char earnings_body[] =
  "NEW YORK (NextFin) - Shares of Corvane Logistics Inc. fell 11% on Wednesday after the "
  "freight company reported a sharper-than-expected drop in quarterly profit and cut its "
  "full-year outlook, blaming weak shipping demand and rising labour costs.\n"
  "\n"
  "Corvane, which operates one of the largest trucking networks in North America, said "
  "net income fell 34% to $182 million, or $1.41 per share, in the first quarter, from "
  "$276 million a year earlier. Adjusted earnings of $1.52 per share missed the $1.78 "
  "average estimate of analysts polled by LSEG. Revenue declined 6% to $3.9 billion.\n"
  "\n"
  "The company lowered its forecast for full-year adjusted earnings to between $6.10 and "
  "$6.60 per share, from $7.00 to $7.50 previously, citing soft demand from retailers and "
  "manufacturers and persistent pressure on freight rates.\n"
  "\n"
  "\"The freight market has not recovered as quickly as we expected,\" Chief Executive "
  "Officer Megan Holloway said on a call with analysts. \"Customers are cautious about "
  "restocking inventories, and tariff uncertainty has made many of them delay orders "
  "until they have more clarity on trade policy.\"\n"
  "\n"
  "## Volumes and pricing under pressure\n"
  "\n"
  "Truckload volumes fell 8% from a year earlier, while revenue per loaded mile, a key "
  "measure of pricing, dropped 4%. The company's intermodal business, which moves "
  "containers by rail and truck, performed better, with volumes up 3% as shippers sought "
  "cheaper alternatives to long-haul trucking.\n"
  "\n"
  "The freight industry has been in a prolonged downturn since 2022, when a surge in "
  "capacity during the pandemic left the market with too many trucks chasing too few "
  "loads. Thousands of small carriers have since gone out of business, but analysts said "
  "the excess capacity has been slow to clear.\n"
  "\n"
  "Operating costs remained a concern. Corvane said driver wages and benefits rose 5% in "
  "the quarter, and insurance costs jumped 18% as claims and legal settlements increased "
  "across the industry. Fuel costs fell, providing some relief, but the company said the "
  "benefit was partly offset by lower fuel surcharge revenue from customers.\n"
  "\n"
  "Chief Financial Officer Raj Bhatia said the company would cut capital spending this "
  "year to between $900 million and $1 billion, down from an earlier plan of $1.2 "
  "billion, mainly by delaying purchases of new tractors. The company will continue to "
  "invest in its technology platform and in electric trucks for short-haul routes in "
  "California, he said.\n"
  "\n"
  "## Analysts question recovery timing\n"
  "\n"
  "Analysts had expected the freight market to turn in the second half of the year, but "
  "several said Corvane's results suggested the recovery could be pushed into 2026.\n"
  "\n"
  "\"This quarter shows how little pricing power trucking companies have right now,\" "
  "said Alicia Romero, a transportation analyst at Pemberton Partners. \"Until capacity "
  "leaves the market, it is hard to see freight rates rising meaningfully, and Corvane's "
  "guidance cut suggests management sees the same thing.\"\n"
  "\n"
  "Other analysts were more upbeat about the company's longer-term prospects. Corvane's "
  "intermodal business and its contracts with large retailers give it more stable revenue "
  "than many rivals, said Kenji Watanabe of Brightwater Securities, who kept a buy rating "
  "on the stock. He noted that the company had cut costs by $150 million over the past "
  "year and would benefit quickly when demand picks up.\n"
  "\n"
  "The results also weighed on rival trucking stocks. Shares of Trelford Freight fell "
  "4.6%, and Knight Harbor Transport lost 3.2%. The Dow Jones Transportation Average, "
  "often viewed as a barometer of the broader economy, fell 1.8%.\n"
  "\n"
  "Corvane also said it would buy back up to $500 million of its shares over the next two "
  "years and maintained its quarterly dividend of 42 cents per share. Some investors "
  "criticised the buyback plan, arguing that the company should keep cash on hand until "
  "the freight market stabilises.\n"
  "\n"
  "\"Spending half a billion dollars on buybacks while guiding lower sends a confusing "
  "message,\" said one top-20 shareholder, who asked not to be named because the "
  "discussions were private.\n"
  "\n"
  "Holloway defended the decision, saying the company's balance sheet was strong and that "
  "the buyback plan reflected confidence in its long-term strategy. She said Corvane "
  "expected demand to improve gradually through the year as retailers rebuild inventories "
  "ahead of the holiday season, but warned that a further escalation in trade tensions "
  "could delay the recovery.\n"
  "\n"
  "The company will hold its annual investor day in September, when it is expected to "
  "update its targets for 2027.\n";

static const char copper_headline[] =
  "Copper hits record as mine disruptions collide with grid spending boom";
static const char copper_body[] =
  "LONDON (NextFin) - Copper prices rose to a record high on Tuesday as supply "
  "disruptions at major mines in Chile and Peru collided with strong demand from power "
  "grid and data centre projects, tightening a market that many analysts already expected "
  "to fall into deficit this year.\n"
  "\n"
  "Benchmark three-month copper on the London Metal Exchange (LME) rose as much as 3.2% "
  "to $11,420 a metric ton, surpassing the previous peak set in May last year. The metal "
  "has gained about 27% since the start of the year, outpacing aluminium and zinc, and "
  "copper futures on the Comex exchange in New York also touched a record.\n"
  "\n"
  "The rally accelerated after Chile's state-owned miner Codelco said output at its El "
  "Teniente mine would be lower than planned for the rest of the year following a tunnel "
  "collapse last month. Codelco, the world's largest copper producer, cut its production "
  "forecast for the year by about 40,000 tons. In Peru, road blockades by community "
  "protesters have halted shipments of copper concentrate from two mines in the southern "
  "mining corridor for nearly two weeks.\n"
  "\n"
  "\"The supply side is the story,\" said Elena Vasquez, head of metals research at "
  "Northgate Commodities. \"Mine supply growth was already weak, with ore grades "
  "declining and few large projects coming online, and every disruption now eats into a "
  "very thin buffer.\"\n"
  "\n"
  "Demand has been supported by spending on electricity grids, renewable energy and data "
  "centres, which use large amounts of copper wiring. China's State Grid has increased "
  "its investment budget for this year by 8%, while utilities in the United States and "
  "Europe are upgrading networks to connect new solar and wind farms and meet rising "
  "power demand from artificial intelligence.\n"
  "\n"
  "## Stockpiles and tariffs\n"
  "\n"
  "Visible inventories of copper have fallen sharply. Stocks in LME warehouses dropped to "
  "about 95,000 tons, their lowest level in nearly two years, while inventories in "
  "Shanghai Futures Exchange warehouses have also declined. The spread between cash and "
  "three-month copper on the LME widened to a premium of $150 a ton, a sign of tightness "
  "in nearby supply.\n"
  "\n"
  "Trade policy has added to the volatility. A large volume of copper was shipped to the "
  "United States earlier this year ahead of possible U.S. tariffs on imports of the "
  "metal, pulling inventories out of other regions. Analysts said that if tariffs are "
  "imposed, copper prices in New York could stay well above London prices, while a "
  "decision not to impose them could send some of that metal back to the global market.\n"
  "\n"
  "Ashford Capital Markets raised its 12-month forecast for copper to $12,500 a ton, "
  "citing the risk of a larger supply deficit. Other banks were more cautious. Analysts "
  "at Barrow Bank said high prices were already hurting demand from Chinese manufacturers "
  "of cables and pipes, some of which have cut production or switched to aluminium.\n"
  "\n"
  "\"At these levels we are seeing demand destruction in China, which is still half of "
  "the global market,\" said Tom Hadley, a commodities strategist at Barrow Bank. "
  "\"Record prices tend to cure record prices, and we expect the market to ease in the "
  "second half as Chinese buying slows.\"\n"
  "\n"
  "## Miners weigh new projects\n"
  "\n"
  "Higher prices have revived interest in new mines, but developing them takes a decade "
  "or more and faces growing opposition. Permitting delays and disputes with local "
  "communities have held back projects in Chile, Peru and the United States, and "
  "governments in several producing countries are seeking a larger share of mining "
  "revenue through higher royalties.\n"
  "\n"
  "Mining companies have instead focused on acquisitions. Andes Copper Holdings and "
  "Kaleva Resources have both pursued deals to expand their copper portfolios, arguing "
  "that it is cheaper to buy existing mines than to build new ones. Critics say the deals "
  "do little to add new supply to the market.\n"
  "\n"
  "Shares of copper miners rose on Tuesday. Sierra Norte Mining gained 4.1% in New York, "
  "while Tamarack Metals rose 3.5% in London.\n"
  "\n"
  "The International Copper Study Group forecast last month that the refined copper "
  "market would record a deficit of about 200,000 tons this year, reversing an earlier "
  "forecast of a small surplus. The group said the shortfall could widen next year if "
  "mine disruptions continue and demand from the energy transition keeps growing.\n"
  "\n"
  "Some analysts warned that a slowdown in the global economy could still weigh on copper "
  "prices. Construction activity in China, the largest single source of demand, remains "
  "weak, and a further escalation in trade tensions could hurt manufacturing. \"The "
  "long-term story for copper is strong, but in the short term prices have moved ahead of "
  "fundamentals,\" Hadley said.\n";

typedef struct
{
  const char *name;
  const char *headline;
  const char *body;
  const char *boilerplate;  /* (nullable): words only the credit line has */
} Article;

static const Article articles[] = {
  { "rates", rates_headline, rates_body, "Okoro" },
  { "chips", chips_headline, chips_body, NULL },
  { "earnings", earnings_headline, earnings_body, NULL },
  { "copper", copper_headline, copper_body, NULL },
};

static const char * const stop_words[] = {
  "a", "about", "after", "against", "all", "an", "and", "any", "are", "as", "at", "be",
  "been", "before", "between", "both", "but", "by", "can", "could", "did", "do", "does",
  "during", "each", "for", "from", "had", "has", "have", "he", "her", "his", "how", "i",
  "if", "in", "into", "is", "it", "its", "more", "most", "no", "nor", "not", "of", "off",
  "on", "once", "only", "or", "other", "our", "out", "over", "own", "same", "she", "should",
  "so", "some", "such", "than", "that", "the", "their", "them", "then", "there", "these",
  "they", "this", "those", "through", "to", "too", "under", "until", "up", "very", "was",
  "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will",
  "with", "would", "you", "your", NULL
};

static const char * const interrogatives[] = {
  "What", "How", "Why", "Which", "Who", "Where", "When", "Is", "Are", "Will", "Can",
  "Could", "Should", "Does", "Do", "Has", "Did", "Was", "Were", NULL
};

static gboolean
is_stop_word (const char *word)
{
  g_autofree char *lower = g_utf8_strdown (word, -1);

  return g_strv_contains (stop_words, lower);
}

/* The words the questions' own wording is made of. */
static const char * const question_words[] = {
  "what", "why", "how", "who", "driving", "outlook", "challenges", "face", "risks", "impacts",
  "long", "term", "could", "change", "next", "year", "prospects", "lies", "ahead", "role",
  "play", "important", "matter", "risen", "fallen", "drove", "rise", "caused", "fall", "behind",
  "prompted", "historical", "context", "led", "stands", "gain", "arguments", "lessons", "offer",
  "view", "strategy", "plans", "expect", "signal", "mean", "coming", "months", "affect", "might",
  "exposed", "responding", "concerns", "raised", "compare", "approach", "shares", "investors",
  "reacted", "decision", "plan", "main", NULL
};

/* The words of @text: runs of letters and digits, a figure whole,
 * optionally lower-cased. */
static char **
words_of (const char *text,
          gboolean    lower)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char *start = NULL;

  for (const char *p = text; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      /* "1.1 million" is one figure, not "1" twice. */
      gboolean word_char = *p != '\0' &&
                           (g_unichar_isalnum (c) ||
                            ((c == '.' || c == ',') && start != NULL && g_ascii_isdigit (p[-1]) &&
                             g_ascii_isdigit (p[1])));

      if (word_char && start == NULL)
        start = p;
      else if (!word_char && start != NULL)
        {
          g_autofree char *word = lower ? g_utf8_strdown (start, p - start)
                                        : g_strndup (start, p - start);

          g_strv_builder_add (builder, word);
          start = NULL;
        }
      if (*p == '\0')
        break;
    }

  return g_strv_builder_end (builder);
}

/* Whether @text holds what the question is about: two of its words in a
 * row, neither a stop word, or a name (a capitalised word past the
 * first) written the same way. */
static gboolean
names_subject_of (const char *question,
                  const char *text,
                  guint       repeats)
{
  g_auto(GStrv) asked = words_of (question, FALSE);
  g_auto(GStrv) asked_lower = words_of (question, TRUE);
  g_auto(GStrv) said = words_of (text, TRUE);
  g_auto(GStrv) said_cased = words_of (text, FALSE);

  for (guint i = 0; asked[i] != NULL && asked[i + 1] != NULL; i++)
    {
      if (is_stop_word (asked[i]) || is_stop_word (asked[i + 1]))
        continue;
      for (guint j = 0; said[j] != NULL && said[j + 1] != NULL; j++)
        if (strcmp (said[j], asked_lower[i]) == 0 && strcmp (said[j + 1], asked_lower[i + 1]) == 0)
          return TRUE;
    }

  for (guint i = 1; asked[i] != NULL; i++)
    if (g_unichar_isupper (g_utf8_get_char (asked[i])) && !is_stop_word (asked[i]) &&
        g_strv_contains ((const char * const *) said_cased, asked[i]))
      return TRUE;

  /* One word the text keeps coming back to ("What is driving
   * inflation?"), @repeats times or more, other than the question's own
   * wording. */
  for (guint i = 0; asked_lower[i] != NULL; i++)
    {
      gsize stem = MAX (4, (gssize) strlen (asked_lower[i]) - 2);
      guint n = 0;

      if (is_stop_word (asked_lower[i]) || g_strv_contains (question_words, asked_lower[i]) ||
          strlen (asked_lower[i]) < 4)
        continue;
      /* "delays" is written "delay" too. */
      for (guint j = 0; said[j] != NULL; j++)
        n += strncmp (said[j], asked_lower[i], stem) == 0;
      if (n >= repeats)
        return TRUE;
    }

  return FALSE;
}

static void
assert_article_agrees (const char *question)
{
  g_auto(GStrv) words = g_strsplit (question, " ", -1);

  for (guint i = 0; words[i] != NULL && words[i + 1] != NULL; i++)
    {
      char next = g_ascii_tolower (words[i + 1][0]);
      gboolean vowel = strchr ("aeio", next) != NULL ||
                       (next == 'u' && !g_str_has_prefix (words[i + 1], "uni") &&
                        !g_str_has_prefix (words[i + 1], "us"));

      if (strcmp (words[i], "a") == 0 && vowel)
        g_error ("\"a\" before a vowel: %s", question);
      if (strcmp (words[i], "an") == 0 && !vowel && g_ascii_islower (words[i + 1][0]))
        g_error ("\"an\" before a consonant: %s", question);
    }
}

static void
assert_well_formed (const char *question)
{
  g_auto(GStrv) words = words_of (question, FALSE);
  guint n = g_strv_length (words);
  gsize length = strlen (question);

  g_assert_cmpuint (n, >=, 3);
  g_assert_true (g_unichar_isupper (g_utf8_get_char (question)));
  g_assert_cmpint (question[length - 1], ==, '?');
  g_assert_true (strchr (question, '?') == question + length - 1);
  g_assert_null (strstr (question, "  "));
  g_assert_null (strstr (question, " ?"));
  g_assert_null (strchr (question, '{'));

  /* It opens as a question does, and does not trail off on "of the"; a
   * stop word with a capital ends a name ("Phuc An"). */
  if (!g_strv_contains (interrogatives, words[0]))
    g_error ("not a question word: %s", question);
  if (is_stop_word (words[n - 1]) && !g_unichar_isupper (g_utf8_get_char (words[n - 1])))
    g_error ("ends on a stop word: %s", question);

  for (guint i = 1; i < n; i++)
    if (g_ascii_strcasecmp (words[i], words[i - 1]) == 0)
      g_error ("a word twice: %s", question);

  assert_article_agrees (question);
}

static GPtrArray *
generate (const Article       *article,
          guint                max_items,
          const char * const  *avoid)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *items = nfe_questions_generate (article->headline, article->body, max_items,
                                             avoid, FALSE, NULL, &error);

  /* As in the window: where a first run finds nothing it is sure of,
   * the editor asks again. */
  if (items == NULL && (avoid == NULL || avoid[0] == NULL) &&
      g_error_matches (error, NFE_GENERATOR_ERROR, NFE_GENERATOR_ERROR_EMPTY))
    {
      g_clear_error (&error);
      items = nfe_questions_generate (article->headline, article->body, max_items, avoid, TRUE,
                                      NULL, &error);
    }
  g_assert_no_error (error);
  g_assert_nonnull (items);
  return items;
}

/* The sentences @item cites from @article's body, a line each. */
static char *
sources_text (const Article          *article,
              const NfeGeneratedItem *item)
{
  GString *sources = g_string_new (NULL);

  for (guint j = 0; j < item->sources->len; j++)
    {
      NfeSpan *span = &g_array_index (item->sources, NfeSpan, j);

      g_assert_cmpuint (span->start, <, span->end);
      g_assert_cmpuint (span->end, <=, strlen (article->body));
      g_string_append_len (sources, article->body + span->start, span->end - span->start);
      g_string_append_c (sources, '\n');
    }

  return g_string_free (sources, FALSE);
}

/* The sentences the first run's @question cites from @article; fails
 * where the first run does not ask it. */
static char *
cited_by (const Article *article,
          const char    *question)
{
  g_autoptr(GPtrArray) items = generate (article, 0, NULL);

  for (guint i = 0; i < items->len; i++)
    if (strcmp (((NfeGeneratedItem *) g_ptr_array_index (items, i))->text, question) == 0)
      return sources_text (article, g_ptr_array_index (items, i));

  g_error ("not asked: %s", question);
}

static void
check_questions (const Article *article,
                 GPtrArray     *items)
{
  g_test_message ("%s: %u questions", article->name, items->len);

  /* All of them first, for a reviewer to read in the log. */
  for (guint i = 0; i < items->len; i++)
    g_test_message ("  %2u. %s", i + 1, ((NfeGeneratedItem *) g_ptr_array_index (items, i))->text);

  for (guint i = 0; i < items->len; i++)
    {
      NfeGeneratedItem *item = g_ptr_array_index (items, i);
      g_autofree char *sources = NULL;

      assert_well_formed (item->text);

      /* Nothing about the credit line, the headings or the dateline. */
      if (article->boilerplate != NULL)
        g_assert_null (strstr (item->text, article->boilerplate));
      g_assert_null (strstr (item->text, "NextFin"));
      g_assert_null (strstr (item->text, "divided committee"));

      if (!names_subject_of (item->text, article->body, 3))
        g_error ("names nothing the article says: %s", item->text);

      g_assert_cmpuint (item->sources->len, >=, 1);
      g_assert_cmpuint (item->sources->len, <=, 3);
      sources = sources_text (article, item);
      if (!names_subject_of (item->text, sources, 1))
        g_error ("its sources do not name its subject: %s\n%s", item->text, sources);

      for (guint j = 0; j < i; j++)
        {
          NfeGeneratedItem *other = g_ptr_array_index (items, j);

          if (nfe_text_similarity (item->text, other->text) >= NFE_TEXT_NEAR_DUPLICATE)
            g_error ("near-duplicates: \"%s\" and \"%s\"", other->text, item->text);
        }
    }
}

static GPtrArray *all_questions (const char *headline,
                                 const char *body);
static char *subjects_of (const char *headline,
                          const char *body);
static Article read_article (const char  *name,
                             char       **contents);

static void
check_article (const Article *article)
{
  g_autoptr(GPtrArray) items = generate (article, 0, NULL);
  g_autoptr(GPtrArray) more = all_questions (article->headline, article->body);

  check_questions (article, items);
  g_test_message ("%s: %u questions in all rounds", article->name, more->len);
  /* The issue aims at 15 to 25. The generator leaves out what a strict
   * reviewer of unseen copy threw out (see reviewed-families), holds
   * back what would fit any story (see generic-last) and asks nothing
   * again in other words (see avoid-paraphrase): these articles give 1
   * to 5 at first and 5 to 9 in all. Fewer than 5 in all would mean it
   * found little to ask about an article written to give it plenty. */
  g_assert_cmpuint (items->len, >=, 1);
  g_assert_cmpuint (items->len, <=, 25);
  g_assert_cmpuint (more->len, >=, 5);
}

static void
test_article (gconstpointer data)
{
  check_article (data);
}

static void
test_deterministic (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (articles); i++)
    {
      g_autoptr(GPtrArray) first = generate (&articles[i], 0, NULL);
      g_autoptr(GPtrArray) second = generate (&articles[i], 0, NULL);

      g_assert_cmpuint (first->len, ==, second->len);
      for (guint j = 0; j < first->len; j++)
        {
          NfeGeneratedItem *a = g_ptr_array_index (first, j);
          NfeGeneratedItem *b = g_ptr_array_index (second, j);

          g_assert_cmpstr (a->text, ==, b->text);
          g_assert_cmpuint (a->sources->len, ==, b->sources->len);
          g_assert_cmpmem (a->sources->data, a->sources->len * sizeof (NfeSpan),
                           b->sources->data, b->sources->len * sizeof (NfeSpan));
        }
    }
}

static char *
joined_questions (const Article *article)
{
  g_autoptr(GPtrArray) items = generate (article, 0, NULL);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    {
      NfeGeneratedItem *item = g_ptr_array_index (items, i);

      g_string_append_printf (out, "%s|", item->text);
      for (guint j = 0; j < item->sources->len; j++)
        {
          NfeSpan *span = &g_array_index (item->sources, NfeSpan, j);

          g_string_append_printf (out, "%u-%u,", span->start, span->end);
        }
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}

static gpointer
generate_thread (gpointer data)
{
  const Article *article = data;
  char *first = joined_questions (article);

  /* Twice in each thread, so that the calls overlap. */
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *again = joined_questions (article);

      g_assert_cmpstr (again, ==, first);
    }

  return first;
}

/* It runs in a worker thread: calls at the same time must not share the
 * stemmer or anything else, and give what one call alone gives. */
static void
test_threads (void)
{
  GThread *threads[G_N_ELEMENTS (articles) * 2];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("questions", generate_thread,
                               (gpointer) &articles[i % G_N_ELEMENTS (articles)]);

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      g_autofree char *threaded = g_thread_join (threads[i]);
      g_autofree char *alone = joined_questions (&articles[i % G_N_ELEMENTS (articles)]);

      g_assert_cmpstr (threaded, ==, alone);
    }
}

static void
test_avoid (void)
{
  g_autofree char *contents = NULL;
  Article article = read_article ("bnpl-probe.md", &contents);
  g_autoptr(GPtrArray) opening = generate (&article, 0, NULL);
  const char *rejected[] = { ((NfeGeneratedItem *) g_ptr_array_index (opening, 0))->text, NULL };
  /* "Generate more" after the first run's question was rejected: a
   * first run offers few. */
  g_autoptr(GPtrArray) first = generate (&article, 0, rejected);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) avoid = NULL;
  g_autoptr(GPtrArray) again = NULL;
  guint n_avoided = first->len / 2;

  g_assert_cmpuint (first->len, >=, 2);
  g_strv_builder_add (builder, rejected[0]);
  for (guint i = 0; i < n_avoided; i++)
    g_strv_builder_add (builder, ((NfeGeneratedItem *) g_ptr_array_index (first, i))->text);
  avoid = g_strv_builder_end (builder);

  again = generate (&article, 0, (const char * const *) avoid);
  /* What was not avoided is still offered. */
  g_assert_cmpuint (again->len, >=, first->len - n_avoided);
  for (guint i = 0; i < again->len; i++)
    {
      NfeGeneratedItem *item = g_ptr_array_index (again, i);

      for (guint j = 0; avoid[j] != NULL; j++)
        if (nfe_text_similarity (item->text, avoid[j]) >= NFE_TEXT_NEAR_DUPLICATE)
          g_error ("offered again: \"%s\" after \"%s\"", item->text, avoid[j]);
    }
}

/* An editor who rejected "What is the outlook for Lachenal?" does not
 * want "What are the prospects for Lachenal?" next: the same question in
 * other words, though it shares only half its words. */
static void
test_avoid_paraphrase (void)
{
  g_autofree char *contents = NULL;
  Article article = read_article ("bank-fine.md", &contents);
  const char *avoid[] = {
    "What is Stefan Imhof's view on Lachenal?", "What is the outlook for Lachenal?", NULL
  };
  g_autoptr(GPtrArray) items = generate (&article, 0, avoid);
  gboolean challenges = FALSE;

  for (guint i = 0; i < items->len; i++)
    {
      const char *text = ((NfeGeneratedItem *) g_ptr_array_index (items, i))->text;

      g_assert_cmpstr (text, !=, "What are the prospects for Lachenal?");
      g_assert_cmpstr (text, !=, "What lies ahead for Lachenal?");
      challenges |= strcmp (text, "What challenges does Lachenal face?") == 0 ||
                    strcmp (text, "What challenges will Lachenal's next chief executive "
                                  "face?") == 0;
    }
  /* A question of another family about Lachenal is still offered. */
  g_assert_true (challenges);
}

static void
test_short_article (void)
{
  const Article article = {
    "short", "Harwick Foods lifts dividend",
    "Harwick Foods raised its quarterly dividend by 8% on Tuesday after strong snack sales "
    "lifted first-half profit. The packaged food maker said snack sales rose 12% as "
    "shoppers traded down from restaurant meals, while input costs eased. Harwick Foods "
    "expects snack sales to keep growing next year, although it warned that higher "
    "packaging costs could weigh on margins.\n",
    NULL
  };
  g_autoptr(GPtrArray) items = generate (&article, 0, NULL);

  for (guint i = 0; i < items->len; i++)
    {
      NfeGeneratedItem *item = g_ptr_array_index (items, i);

      g_test_message ("  short: %s", item->text);
      assert_well_formed (item->text);
    }
  g_assert_cmpuint (items->len, >=, 1);
  g_assert_cmpuint (items->len, <=, 6);
}

/* A story about a company and the people in it: a suspect named with his
 * age, a passenger named by a common noun. */
static const char people_headline[] =
  "Ride-hailing firm Zipcar Asia faces lawsuit over driver checks";
static const char people_body[] =
  "Ride-hailing company Zipcar Asia is being sued by two cities over claims that it "
  "failed to vet its drivers, after a passenger said she was assaulted by a driver in "
  "Mumbai last year.\n\n"
  "The passenger, a young woman who has not been named, told police that the driver "
  "took a detour and locked the doors. Arjun Mehta Rao, 32, was arrested two days "
  "later. Arjun Mehta Rao had previously been charged with theft, according to court "
  "records.\n\n"
  "Zipcar Asia said it had suspended Arjun Mehta Rao and was reviewing its background "
  "checks. The young woman has since filed a separate claim against Zipcar Asia, and "
  "her lawyer said the company had ignored warnings about the driver.\n\n"
  "Zipcar Asia has grown quickly in India and Indonesia, where it competes with larger "
  "rivals on price. The company hired a new head of safety in March and said background "
  "checks would be carried out by an outside firm from next month.\n\n"
  "Regulators in Mumbai have threatened to suspend the company's licence if it cannot "
  "show that its checks meet local rules. Zipcar Asia's shares fell 4% on the news.\n";

/* People are no things and no companies: "What is the outlook for Arjun
 * Mehta Rao?" or "Why does the young woman matter for Zipcar Asia?" ask
 * nonsense. WordNet says "woman" names a person; an age after a name
 * says it is someone's. */
static void
test_people (void)
{
  const Article article = { "people", people_headline, people_body, NULL };
  g_autoptr(GPtrArray) items = generate (&article, 0, NULL);

  for (guint i = 0; i < items->len; i++)
    {
      NfeGeneratedItem *item = g_ptr_array_index (items, i);

      g_test_message ("  people: %s", item->text);
      assert_well_formed (item->text);
      if (strstr (item->text, "woman") != NULL || strstr (item->text, "Arjun") != NULL)
        g_error ("a person asked about as a thing or a company: %s", item->text);
    }
}

/* What the company did, read by the parser as subject, verb and object
 * ("Zipcar Asia said it had suspended Arjun Mehta Rao"), is not asked
 * why: reviewers found the article says why in the same breath or never
 * does, two times in twenty acceptable. Its shares are another matter. */
static void
test_actions (void)
{
  const Article article = { "people", people_headline, people_body, NULL };
  g_autoptr(GPtrArray) items = generate (&article, 0, NULL);

  for (guint i = 0; i < items->len; i++)
    {
      NfeGeneratedItem *item = g_ptr_array_index (items, i);

      if ((g_str_has_prefix (item->text, "Why did Zipcar Asia ") &&
           !g_str_has_suffix (item->text, "shares fall?")) ||
          g_str_has_prefix (item->text, "Why has Zipcar Asia "))
        g_error ("a company asked why it acted: %s", item->text);
    }
}

/* A verb and its object ("trim capacity", "to conduct thorough safety
 * reviews") read like a noun phrase to word lists; the parser and WordNet
 * tell them apart, and a question never asks about one as a thing. */
static void
test_verb_phrases (void)
{
  const Article article = {
    "verbs", "Kestrel Air trims winter flights after engine checks",
    "Kestrel Air will trim capacity on its winter schedule after engine inspections "
    "grounded nine of its jets, the airline said on Monday, and it vowed to restore "
    "confidence among corporate customers before the busy spring season.\n\n"
    "The carrier has been criticised by passenger groups for failing to conduct thorough "
    "safety reviews after a string of delays last year. Chief Executive Laura Penn said "
    "the company would hire more engineers and lease two aircraft to protect its most "
    "profitable routes. Kestrel Air expects the new aircraft to help the company replace "
    "revenue lost on cancelled flights.\n\n"
    "Kestrel Air shares fell 6% in Dublin. Analysts said the airline would struggle to "
    "defend fares against low-cost rivals while fuel costs stay high. Higher fuel costs "
    "could raise ticket prices across the industry, analysts at Harbour Securities said, "
    "and some carriers may cut routes to protect margins.\n\n"
    "Kestrel Air plans to spend 2 billion euros on new aircraft over the next four years. "
    "Penn said the investment plan would cut fuel costs and emissions, and that the "
    "airline would keep its dividend. Passenger groups said the airline needed to restore "
    "confidence quickly, and warned that engine inspections could delay the return of the "
    "grounded jets into the summer.\n\n"
    "Fuel costs account for about a third of the airline's expenses. The airline hedged "
    "half of its fuel needs for the winter, less than its rivals, leaving it more exposed "
    "to fuel costs than most of the industry. Penn said the airline would review its "
    "hedging policy and expected fuel costs to ease next year.\n",
    NULL
  };
  const char * const verb_phrases[] = {
    "trim capacity", "restore confidence", "conduct thorough", "replace revenue",
    "defend fares", "raise ticket", "cut routes", "protect margins", "hire more",
  };
  g_autoptr(GPtrArray) texts = all_questions (article.headline, article.body);

  g_assert_cmpuint (texts->len, >=, 3);
  for (guint i = 0; i < texts->len; i++)
    {
      const char *text = g_ptr_array_index (texts, i);
      g_autofree char *lower = g_utf8_strdown (text, -1);

      for (guint j = 0; j < G_N_ELEMENTS (verb_phrases); j++)
        if (strstr (lower, verb_phrases[j]) != NULL)
          g_error ("a verb phrase asked about as a thing: %s", text);
    }
}

/* "to fund lending" is a verb and its object, though nothing but "to"
 * comes before it: WordNet knows "fund" mostly as a verb. And a name
 * with a lower-case particle ("al-Noor Bank") is one name, asked about
 * whole. */
static void
test_particles (void)
{
  const Article article = {
    "particles", "Gulf lender al-Noor Bank lifts profit as loan growth accelerates",
    "Dubai-based al-Noor Bank reported a 14% rise in quarterly profit on Monday, helped "
    "by strong demand for corporate loans and higher interest income, and said it "
    "expected loan growth to stay firm for the rest of the year.\n\n"
    "The al-Noor Bank said net profit rose to 1.2 billion dirhams in the three months to "
    "September. Net interest income rose 11% as the lender benefited from higher interest "
    "rates, while provisions for bad loans fell.\n\n"
    "Chief Executive Samir Haddad said the al-Noor Bank would keep expanding in Saudi "
    "Arabia, where it opened six branches this year. \"Corporate demand for credit remains "
    "strong across the region,\" Haddad said.\n\n"
    "Analysts said the al-Noor Bank faced rising competition from larger rivals and that "
    "lower interest rates next year could squeeze its margins. Shares in the al-Noor Bank "
    "rose 3% in Dubai.\n\n"
    "The al-Noor Bank plans to issue sustainable bonds next year to fund lending to "
    "renewable energy projects, Haddad said.\n",
    NULL
  };
  g_autoptr(GPtrArray) items = generate (&article, 0, NULL);
  gboolean named = FALSE;

  for (guint i = 0; i < items->len; i++)
    {
      NfeGeneratedItem *item = g_ptr_array_index (items, i);

      g_test_message ("  particles: %s", item->text);
      assert_well_formed (item->text);
      if (strstr (item->text, "fund lending") != NULL)
        g_error ("a verb phrase asked about as a thing: %s", item->text);
      named = named || strstr (item->text, "the al-Noor Bank") != NULL;
    }
  g_assert_true (named);
}

/* Names that are no company's: a person named without "said" beside
 * him (the parser's dictionary knows "Oliver" is a given name), a caption
 * in capitals run into the text, an adverb opening a sentence. None is
 * asked about as a company or a thing ("What is the outlook for Oliver
 * Grant?"). */
static void
test_names (void)
{
  const Article article = {
    "names", "Brokerage Fenwick Hale fined over trading records",
    "Fenwick Hale, the London brokerage, was fined 4 million pounds on Thursday for "
    "failing to keep proper records of client trades, the Financial Conduct Authority "
    "said.\n\n"
    "The regulator found that Fenwick Hale did not record thousands of telephone calls "
    "between traders and clients over three years. Oliver Grant ran the trading desk "
    "during that period. Oliver Grant left the firm last year and now works for a rival "
    "broker.\n\n"
    "FINE FOR FENWICK HALE OVER MISSING CALL RECORDS The brokerage said it had cooperated "
    "fully with the investigation and had since upgraded its recording systems. "
    "Separately, Fenwick Hale reported a fall in quarterly revenue as trading volumes "
    "declined across European markets.\n\n"
    "The Financial Conduct Authority has stepped up enforcement against brokers that fail "
    "to keep records, after a series of cases in which missing calls hampered "
    "investigations into market abuse. Oliver Grant did not respond to a request for "
    "comment.\n\n"
    "Analysts said the fine was small relative to the brokerage's revenue but that the "
    "case could hurt its reputation with institutional clients. Fenwick Hale shares fell "
    "2% in London.\n",
    NULL
  };
  g_autoptr(GPtrArray) items = generate (&article, 0, NULL);

  for (guint i = 0; i < items->len; i++)
    {
      NfeGeneratedItem *item = g_ptr_array_index (items, i);
      g_auto(GStrv) words = words_of (item->text, FALSE);
      guint capitals = 0;

      g_test_message ("  names: %s", item->text);
      assert_well_formed (item->text);
      if (g_str_has_suffix (item->text, "Oliver Grant?") || strstr (item->text, "Separately"))
        g_error ("a person or an adverb asked about as a thing: %s", item->text);
      for (guint j = 0; words[j] != NULL; j++)
        {
          g_autofree char *upper = g_utf8_strup (words[j], -1);

          capitals += strlen (words[j]) >= 3 && strcmp (upper, words[j]) == 0 &&
                      !g_ascii_isdigit (words[j][0]);
        }
      if (capitals >= 3)
        g_error ("a caption in capitals asked about: %s", item->text);
    }
}

/* "veteran bond manager Nicola Hart": the words before a name say who
 * she is, and are no subject ("Why does veteran bond manager matter…"). */
static void
test_descriptions (void)
{
  const Article article = {
    "descriptions", "Asset manager Brightwell loses second star manager in a month",
    "Brightwell Capital said on Tuesday that veteran bond manager Nicola Hart would leave "
    "the firm at the end of the year, the second departure of a senior portfolio manager "
    "in a month.\n\n"
    "Veteran bond manager Nicola Hart ran the firm's flagship income fund for twelve "
    "years. Investors pulled money from the income fund after the news, and Brightwell "
    "Capital shares fell 5% in London.\n\n"
    "Brightwell Capital has struggled to keep clients as investors move money into "
    "cheaper index funds. The firm said outflows from its actively managed funds reached "
    "2 billion pounds in the third quarter.\n\n"
    "Analysts said the departure of veteran bond manager Nicola Hart could accelerate "
    "outflows from the income fund. Brightwell Capital said a new manager would be named "
    "next month and that the fund's strategy would not change.\n\n"
    "The firm has cut fees on several of its funds this year to compete with index funds, "
    "a move that has squeezed its margins.\n",
    NULL
  };
  g_autoptr(GPtrArray) items = generate (&article, 0, NULL);

  for (guint i = 0; i < items->len; i++)
    {
      NfeGeneratedItem *item = g_ptr_array_index (items, i);

      g_test_message ("  descriptions: %s", item->text);
      assert_well_formed (item->text);
      if (strstr (item->text, "bond manager") != NULL ||
          g_str_has_suffix (item->text, "Nicola Hart?"))
        g_error ("a description or a person asked about as a thing: %s", item->text);
    }
}

static void
test_cancelled (void)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = NULL;

  g_cancellable_cancel (cancellable);
  items = nfe_questions_generate (articles[0].headline, articles[0].body, 0, NULL,
                                  FALSE, cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (items);
}

static void
test_no_text (void)
{
  const char * const bodies[] = {
    "",
    "   \n\n",
    "# Markets wrap\n\n## Stocks\n\n### Bonds\n",
    "Reporting by Jane Doe; Editing by John Roe\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bodies); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) items = nfe_questions_generate ("Markets wrap", bodies[i], 0, NULL,
                                                           FALSE, NULL, &error);

      g_assert_error (error, NFE_GENERATOR_ERROR, NFE_GENERATOR_ERROR_NO_TEXT);
      g_assert_null (items);
    }
}

/* A deal story whose sentences the parser reads only in pieces, with
 * "it" for the buyer and a rival named in paragraphs of its own. */
static const char deal_headline[] =
  "Brantley Foods agrees to buy Pemberton Dairy as milk costs bite";
static const char deal_body[] =
  "Brantley Foods agreed on Monday to buy Pemberton Dairy for about $3 billion in cash, "
  "betting that scale will help it cope with rising milk costs.\n\n"
  "Brantley will pay $41 a share in cash, and it has suspended its share buyback programme "
  "to help reduce borrowing more quickly. The company said it would close two older plants "
  "in Ohio next year, and that it would keep its Vermont creamery.\n\n"
  "Milk costs have risen sharply this year because of a drought in the Midwest, and higher "
  "milk costs could weigh on margins at Brantley Foods in the coming months, the company "
  "warned.\n\n"
  "Brantley Foods has invested heavily in plant-based drinks, which now account for a fifth "
  "of its sales.\n\n"
  "Its rival Castell Dairies has taken a different path and will sell its plant-based "
  "drinks business to focus on cheese.\n\n"
  "\"We are buying scale at the right time,\" Chief Executive Anna Reyes said on a call "
  "with analysts. \"The deal is expensive, but the milk market will reward size,\" said "
  "Maria Lopez, an analyst at Dunmore Securities.\n";

/* Every question the generator offers for @article, asking again for
 * more ("Generate more") until it has none left. */
static GPtrArray *
all_questions (const char *headline,
               const char *body)
{
  g_autoptr(GStrvBuilder) asked = g_strv_builder_new ();
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  for (guint round = 0; round < 10; round++)
    {
      g_autoptr(GError) error = NULL;
      g_auto(GStrv) avoid = g_strv_builder_end (asked);
      g_autoptr(GPtrArray) items = nfe_questions_generate (headline, body, 0,
                                                           (const char * const *) avoid,
                                                           round > 0, NULL, &error);

      g_strv_builder_addv (asked, (const char **) avoid);
      if (items == NULL)
        {
          g_assert_error (error, NFE_GENERATOR_ERROR, NFE_GENERATOR_ERROR_EMPTY);
          /* As in the window: a first run that finds nothing it is sure
           * of is followed by one that asks for more. */
          if (round == 0)
            continue;
          break;
        }
      for (guint i = 0; i < items->len; i++)
        {
          NfeGeneratedItem *item = g_ptr_array_index (items, i);

          g_test_message ("  all: %s", item->text);
          assert_well_formed (item->text);
          g_strv_builder_add (asked, item->text);
          g_ptr_array_add (texts, g_strdup (item->text));
        }
    }

  return texts;
}

/* Fails when any of @texts contains one of the strings that follow. */
static void
assert_no_question_with (GPtrArray  *texts,
                         const char *first,
                         ...)
{
  va_list args;

  va_start (args, first);
  for (const char *needle = first; needle != NULL; needle = va_arg (args, const char *))
    for (guint i = 0; i < texts->len; i++)
      if (strstr (g_ptr_array_index (texts, i), needle) != NULL)
        g_error ("“%s” contains “%s”", (const char *) g_ptr_array_index (texts, i), needle);
  va_end (args);
}

static gboolean
offered (GPtrArray  *texts,
         const char *text)
{
  for (guint i = 0; i < texts->len; i++)
    if (strcmp (g_ptr_array_index (texts, i), text) == 0)
      return TRUE;

  return FALSE;
}

/* Where @text is among @texts; fails if it is not. */
static int
position (GPtrArray  *texts,
          const char *text)
{
  for (guint i = 0; i < texts->len; i++)
    if (strcmp (g_ptr_array_index (texts, i), text) == 0)
      return (int) i;

  g_error ("“%s” is not offered", text);
}

/* Whether some question contains @needle. */
static gboolean
offered_with (GPtrArray  *texts,
              const char *needle)
{
  for (guint i = 0; i < texts->len; i++)
    if (strstr (g_ptr_array_index (texts, i), needle) != NULL)
      return TRUE;

  return FALSE;
}

/* Reads the article @name in tests/articles, wire stories written for
 * evaluation by people who had not seen the generator: its headline and
 * body, which @contents holds. */
static Article
read_article (const char  *name,
              char       **contents)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "articles", name, NULL);
  g_autoptr(GError) error = NULL;
  char *body;

  g_file_get_contents (path, contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (*contents, "# "));
  body = strstr (*contents, "\n\n");
  g_assert_nonnull (body);
  *body = '\0';

  return (Article) { name, *contents + 2, body + 2, NULL };
}

/* Every question of every round of the generator for article @name. */
static GPtrArray *
article_questions (const char *name)
{
  g_autofree char *contents = NULL;
  Article article = read_article (name, &contents);

  return all_questions (article.headline, article.body);
}

/* The properties of every test article hold for the articles in
 * tests/articles too, but for how many questions they get: the generator
 * does not reach 15 on any, and on some it finds one question of their
 * own. A test each, so that the shards share them out. */
static void
test_unseen_properties (gconstpointer data)
{
  g_autofree char *contents = NULL;
  Article article = read_article (data, &contents);
  g_autoptr(GPtrArray) items = generate (&article, 0, NULL);

  check_questions (&article, items);
  g_assert_cmpuint (items->len, >=, 1);
}

/* g_ptr_array_sort() hands over pointers to the elements. */
static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The names of the Markdown files in tests/articles, in order. */
static GPtrArray *
unseen_article_names (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "articles", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (path, 0, &error);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".md"))
      g_ptr_array_add (names, g_strdup (name));
  /* In the same order in every process: each shard takes its own. */
  g_ptr_array_sort (names, compare_names);
  g_assert_cmpuint (names->len, >=, 20);

  return names;
}

static void
test_max_items (void)
{
  g_autofree char *contents = NULL;
  Article article = read_article ("store-chain-bankruptcy.md", &contents);
  g_autoptr(GPtrArray) all = generate (&article, 0, NULL);
  g_autoptr(GPtrArray) items = generate (&article, all->len - 1, NULL);

  g_assert_cmpuint (all->len, >=, 2);
  g_assert_cmpuint (items->len, ==, all->len - 1);
}

/* Faults the first run over these articles showed, each a misreading
 * of what the text says. */
static void
test_unseen_articles (void)
{
  g_autoptr(GPtrArray) rights = article_questions ("rights-issue.md");
  g_autoptr(GPtrArray) hike = article_questions ("rate-hike.md");
  g_autoptr(GPtrArray) strike = article_questions ("pilot-strike.md");
  g_autoptr(GPtrArray) royalty = article_questions ("royalty-dispute.md");
  g_autoptr(GPtrArray) merger = article_questions ("insurer-merger.md");
  g_autofree char *merger_text = NULL;
  Article merger_article = read_article ("insurer-merger.md", &merger_text);
  g_autofree char *merger_subjects = subjects_of (merger_article.headline, merger_article.body);
  g_autoptr(GPtrArray) canal = article_questions ("sparse/canal-drought.md");
  g_autoptr(GPtrArray) suspended = all_questions (
    "Andeva halts Peru copper project",
    "LIMA, May 7 (NextFin) - Andeva Resources Corp suspended work on a $3.4 billion "
    "expansion of its flagship copper mine in southern Peru on Wednesday, saying a new "
    "royalty law had made the project uneconomic. "
    "Andeva said it would keep the existing Tambo Alto operation running. Andeva shares fell "
    "6 percent in Toronto. Andeva said the protests could delay first production.\n");

  /* "a 2.8 billion euro ($3.1 billion) rights issue" is asked without
   * its sum ("the rights issue", "to launch a rights issue");
   * "utilities analyst at Ostbrück Securities in Vienna" has no view on
   * Vienna; the European Commission estimated, operators warned. */
  for (guint i = 0; i < rights->len; i++)
    if (strstr (g_ptr_array_index (rights, i), "rights issue") != NULL)
      g_assert_true (strstr (g_ptr_array_index (rights, i), "the rights issue") != NULL ||
                     strstr (g_ptr_array_index (rights, i), "launch a rights issue") != NULL);
  assert_no_question_with (rights, "Vienna?", "What concerns has the European Commission", NULL);
  /* A sector the article mentions is no subject of an outlook alone. */
  assert_no_question_with (rights, "outlook for European utilities", NULL);

  /* "Martín Ocampo" is a person; the cheapest parse of "raised its
   * benchmark interest rate by 50 basis points to 9.75 percent" leaves
   * the verb no object, the next one does not; the minister, not the
   * bank, warned about borrowing costs; "Chile's and Peru's central
   * banks" are banks. */
  assert_no_question_with (hike, "Ocampo?", "What concerns has the central bank", "Chile?",
                           NULL);
  /* The opening sentence says why it raised the rate. */
  assert_no_question_with (hike, "Why did the central bank raise", NULL);

  /* "no longer expected to meet its previous guidance"; the strike is
   * also "the walkout" and "the stoppage". */
  assert_no_question_with (strike, "expect to meet", NULL);
  g_assert_true (offered_with (strike, "the strike"));
  /* "SummitWest Airlines Inc withdrew its full-year financial outlook on
   * Monday … as a strike by its pilots…": the sentence says why, and a
   * reviewer found the question answered by it. */
  assert_no_question_with (strike, "Why did SummitWest withdraw", NULL);

  /* "Rupert Hale, metals analyst at Thornbury & Ash in London"; "the
   * World Bank's International Centre for Settlement of Investment
   * Disputes"; traders, not the exchange, cited concerns. */
  assert_no_question_with (royalty, "London?", "International Centre?",
                           "What concerns has the London Metal Exchange", NULL);

  /* "Danish insurer Kattegat Forsikring and Sweden's Solvik" names an
   * insurer; "31.6 billion Swedish crowns" is a sum, asked of only as
   * one ("…deliver the 1.1 billion Danish crowns in cost savings…");
   * "many fellow shareholders share this view". */
  g_assert_true (g_regex_match_simple ("Kattegat \\(\\d+, company\\)", merger_subjects, 0, 0));
  assert_no_question_with (merger, "Swedish crowns", "crowns?", "shareholders share", NULL);

  /* "suspended work on a $3.4 billion expansion": the work is the
   * project's, which the question cannot say. */
  assert_no_question_with (suspended, "suspend work?", NULL);

  /* The Suez Canal Authority offered discounts, not the canal; ships
   * sail through the Suez Canal, which plays no role in their trade. */
  assert_no_question_with (canal, "the Suez Canal offered", "role does the Suez Canal", NULL);
}

/* Faults a desk editor who had not seen the generator marked in its
 * first run over a second batch. */
static void
test_second_unseen_batch (void)
{
  g_autoptr(GPtrArray) homes = article_questions ("housebuilder-update.md");
  g_autoptr(GPtrArray) oil = article_questions ("opec-pause.md");
  g_autoptr(GPtrArray) recall = article_questions ("battery-recall.md");
  g_autoptr(GPtrArray) loans = article_questions ("developer-default.md");

  /* "squeeze its profit margins": its own margins are no risk from
   * outside. */
  assert_no_question_with (homes, "exposed is Ashcombe to profit margins", NULL);
  /* "deliveries of its electric vehicles rose": the deliveries rose. */
  assert_no_question_with (recall, "rise in electric vehicles", NULL);
  /* "keep in place measures introduced last year"; "expected credit
   * costs of 1.6% to 1.8%"; "Thailand's property sector". */
  assert_no_question_with (loans, "place measures", "expect credit costs?",
                           "role does Thailand play", NULL);

  /* Read after a second review: the recall is the story's event; a
   * bank's loan-loss reserves and a builder's margin are no risks from
   * outside; "the airline" is the airline named just before, not OPEC+,
   * the company the article names most; "planned output increases …,
   * raising the prospect of higher fuel costs" is no plan for fuel
   * costs; "higher fuel costs for refiners and airlines" are theirs. */
  g_assert_true (offered_with (recall, "the recall"));
  /* "its non-performing loans rose sharply … after property developer
   * Chaiwat Land defaulted": the sentence already says why. */
  assert_no_question_with (loans, "rise in non-performing loans", NULL);
  assert_no_question_with (loans, "face from loan-loss reserves", NULL);
  assert_no_question_with (homes, "exposed is Ashcombe to the margin", NULL);
  assert_no_question_with (oil, "OPEC+ expect", "plans for fuel costs",
                           "fuel costs mean for OPEC+", "fuel consumption mean for OPEC+", NULL);
}

/* Faults in the first run over a third batch: "its most profitable
 * export market" is the export market; "has built one of the most
 * efficient operations" is a boast, not a decision; "in morning trade"
 * is a session, not a business; a company's net loss does not "matter"
 * to it. */
static void
test_third_unseen_batch (void)
{
  g_autoptr(GPtrArray) ban = article_questions ("export-ban.md");
  g_autoptr(GPtrArray) fleet = article_questions ("fleet-order.md");
  g_autoptr(GPtrArray) bid = article_questions ("toll-road-bid.md");
  g_autoptr(GPtrArray) fine = article_questions ("bank-fine.md");
  g_autoptr(GPtrArray) fed = article_questions ("fed-minutes.md");
  g_autoptr(GPtrArray) hydraulics = article_questions ("hydraulics-outlook.md");

  assert_no_question_with (ban, "profitable export market", "net loss matter", NULL);
  /* A chief executive's remark on "a difficult quarter for the poultry
   * business" is no view on the business. */
  assert_no_question_with (ban, "view on the poultry business", NULL);
  assert_no_question_with (fleet, "one of the most", NULL);
  assert_no_question_with (bid, "morning trade", NULL);

  /* An analyst is asked what they make of the company the article is
   * about, or of the product or event it turns on — not of the sector
   * their firm covers ("analyst covering wealth managers"), nor anyone
   * of a field their quote names ("labor markets"). */
  g_assert_true (offered (fine, "What is Stefan Imhof's view on Lachenal?"));
  assert_no_question_with (fine, "view on wealth managers", NULL);
  assert_no_question_with (fed, "view on labor markets", NULL);

  /* Risks are faced by companies and by industries, not by whoever the
   * article describes ("public-sector workers", "high-risk clients"). */
  assert_no_question_with (bid, "public-sector workers face", NULL);
  assert_no_question_with (fine, "high-risk clients face", NULL);

  /* "unless the company improved its offer" is a condition; "received 38
   * million euros" is a sum; "the right to strike" needs its infinitive.
   * "How is X responding to Y?" a reviewer found misread five times in
   * six (an analyst, a rival the story only mentions): not asked. */
  assert_no_question_with (fleet, "responding", "improve its offer", "38 million",
                           "respect the right", NULL);
  assert_no_question_with (fine, "responding", NULL);

  /* A market the company depends on is asked about where the text says
   * how much of the business it is ("makes about 30% of its sales in
   * China"); not where it only flies ("routes to the Balearic and Canary
   * Islands"), nor its home country. */
  g_assert_true (offered (hydraulics, "How important is China to Brandauer?"));
  assert_no_question_with (fleet, "Canary Islands to Brisa", NULL);
  assert_no_question_with (ban, "Brazil to Campos Serra", NULL);
}

/* Faults in the first run over a fourth batch: an object cut before the
 * noun its compound modifies ("follow a meeting-by-meeting[, data-
 * dependent approach]"); arguments for and against what nobody
 * proposes ("trade tensions"); a legal form in the name ("Cementos del
 * Bajío SAB de CV"); a speaker's wording as what they have a view on ("a
 * very local business"); a name cut before "for" ("the Centers for
 * Medicare & Medicaid Services"). */
static void
test_fourth_unseen_batch (void)
{
  g_autoptr(GPtrArray) ecb = article_questions ("ecb-hold.md");
  g_autoptr(GPtrArray) cement = article_questions ("cement-deal.md");
  g_autoptr(GPtrArray) insurer = article_questions ("medical-costs.md");
  g_autoptr(GPtrArray) lng = article_questions ("lng-stake.md");

  assert_no_question_with (ecb, "meeting-by-meeting?", "for and against trade tensions", NULL);
  assert_no_question_with (cement, "SAB", "view on the local business", NULL);
  assert_no_question_with (insurer, "is Medicare & Medicaid Services", NULL);
  /* "Australian regulation", written bare, is a process, not "the
   * Australian regulation". */
  assert_no_question_with (lng, "the Australian regulation", NULL);
}

/* Faults in the first run over a fifth batch: an estimate whose figure
 * comes after "of around" ("expected operational EBIT of around 410
 * million crowns"); a superlative that picks one of many ("one of the
 * fastest-growing markets"); a count of what was sold, which is a
 * result and no choice. */
static void
test_fifth_unseen_batch (void)
{
  g_autoptr(GPtrArray) salmon = article_questions ("salmon-warning.md");
  g_autoptr(GPtrArray) trial = article_questions ("obesity-trial.md");
  g_autoptr(GPtrArray) cars = article_questions ("ev-price-cuts.md");
  g_autoptr(GPtrArray) rbi = article_questions ("rbi-cut.md");
  g_autoptr(GPtrArray) lithium = article_questions ("lithium-pact.md");

  assert_no_question_with (salmon, "expect operational EBIT?", NULL);
  assert_no_question_with (trial, "fastest-growing markets?", NULL);
  assert_no_question_with (cars, "sell 48,200 vehicles", NULL);

  /* Monetary policy has no long-term impacts on the committee that sets
   * it, nor does it move the rate it is; a central bank's repo rate is
   * set, not driven; keeping operational control is no event. */
  assert_no_question_with (rbi, "the monetary policy on", "monetary policy affect",
                           "driving the repo rate", NULL);
  assert_no_question_with (lithium, "impacts of the operational control", NULL);

  /* "state development agency Corfo", "the monetary policy committee
   * (MPC)" are institutions, which have no outlook or prospects; "a less
   * restrictive monetary policy" is still "monetary policy". */
  assert_no_question_with (lithium, "outlook for Corfo", "prospects for Corfo", NULL);
  assert_no_question_with (rbi, "prospects for the MPC", "outlook for the MPC",
                           "the monetary policy", NULL);
}

/* "Rival Holmsted & Co, the Copenhagen-listed furniture chain, …": the
 * legal form left out leaves no "&" behind, which a question would end on
 * (and which made the check for a term read a mark as a word). */
static void
test_ampersand_and_legal_form (void)
{
  g_autoptr(GPtrArray) texts = all_questions (
    "Nordhem shares slump as shoppers shun sofas",
    "Shares in Swedish furniture retailer Nordhem fell 11% on Thursday after it cut its margin "
    "goal. Nordhem said shoppers were putting off big purchases.\n\n"
    "Rival Holmsted & Co, the Copenhagen-listed furniture chain that reports results next week, "
    "fell 4.7% in sympathy. Holmsted & Co has also warned about weak demand. Analysts said "
    "Holmsted & Co would face the same pressure on margins as Nordhem.\n");

  assert_no_question_with (texts, "&?", "& ", NULL);
}

/* "Lotus Crown Entertainment, the smallest of Macau's six licensed casino
 * operators": a company, introduced after its name; the story names it
 * first, so "the company" is it, even though it names it little more
 * often than its rivals. Macau is a place. */
static void
test_company_in_apposition (void)
{
  g_autoptr(GPtrArray) texts = all_questions (
    "Macau casino operator Lotus Crown misses profit forecasts",
    "HONG KONG, Aug. 7 (NextWire) - Lotus Crown Entertainment, the smallest of Macau's six "
    "licensed casino operators, reported second-quarter earnings below expectations on "
    "Thursday as aggressive promotions by larger rivals drew away high-spending gamblers.\n\n"
    "Adjusted earnings fell 9% from a year earlier, the company said in a filing, and the "
    "company warned that competition would stay fierce. Rival Golden Reef Resorts said it "
    "would keep spending on rebates.\n\n"
    "Macau's gross gaming revenue rose 6% in the quarter, and Macau expects more visitors. "
    "Analysts said the company faces pressure on margins as rivals spend more, and Lotus "
    "Crown's shares fell 8.7%. Golden Reef Resorts gained 1%.\n");

  g_assert_true (offered_with (texts, "What challenges does Lotus Crown"));
  assert_no_question_with (texts, "Macau face", "outlook for Macau", NULL);
}

/* "…keeping the cement volumes that matter most to us": what only a
 * speaker names is their wording, not a subject of its own to ask about
 * ("What is the outlook for the cement volumes?"). */
static void
test_quoted_wording (void)
{
  g_autoptr(GPtrArray) texts = article_questions ("ready-mix-sale.md");

  assert_no_question_with (texts, "cement volumes", NULL);
  g_assert_true (offered (texts, "What is Mariana Castaneda's view on Cemsa?"));
}

/* "Mexican cement maker Grupo Cementero Sierra Alta, known as Cemsa": the
 * description before the full name is the short name's too, so cement
 * plants are Cemsa's business, whose importance goes without asking. */
static void
test_short_form_described (void)
{
  g_autoptr(GPtrArray) texts = article_questions ("ready-mix-sale.md");

  assert_no_question_with (texts, "cement plants", NULL);
  g_assert_true (offered (texts, "Why do ready-mix operations matter for Cemsa?"));
}

/* "private equity firm Ridgeline Harbor", "private equity buyers": words
 * the article writes only before the noun they describe say who, and
 * are no subject of their own. */
static void
test_modifiers (void)
{
  g_autoptr(GPtrArray) texts = article_questions ("ready-mix-sale.md");

  assert_no_question_with (texts, "private equity", NULL);
}

/* "to reach positive free cash flow": a figure of the accounts, which
 * matters to any company, as a reviewer found. */
static void
test_cash_flow (void)
{
  g_autoptr(GPtrArray) texts = article_questions ("grocer-capital-raise.md");

  assert_no_question_with (texts, "cash flow", NULL);
  g_assert_true (offered (texts, "Why does the German exit matter for Versbox?"));
}

static void
keep_subjects_line (const char     *domain,
                    GLogLevelFlags  level,
                    const char     *message,
                    gpointer        data)
{
  if (g_str_has_prefix (message, "Subjects: "))
    g_string_assign (data, message);
}

/* The subjects the generator found, as its debug log lists them:
 * "Subjects: Rynkowo (4, company); gross merchandise value (3, thing)…".
 * What a question family may leave out is still read right. */
static char *
subjects_of (const char *headline,
             const char *body)
{
  GString *line = g_string_new (NULL);
  guint handler = g_log_set_handler ("nfe-questions", G_LOG_LEVEL_DEBUG, keep_subjects_line,
                                     line);
  /* The subjects are found whether or not any question is asked of them. */
  g_autoptr(GPtrArray) items = nfe_questions_generate (headline, body, 0, NULL, FALSE, NULL, NULL);

  g_log_remove_handler ("nfe-questions", handler);
  return g_string_free (line, FALSE);
}

/* "growth in gross merchandise value \"in the mid-20s percent\"",
 * "bans exports of copper concentrate": the parser reads a phrase's last
 * noun as a verb where a sentence runs on oddly. The article writes the
 * same words as a noun phrase elsewhere, and the phrase keeps its noun. */
static void
test_phrase_end (void)
{
  g_autofree char *marketplace =
    subjects_of ("Rynkowo shares jump in debut",
                 "Rynkowo, Poland's second-biggest online marketplace, rose 23% in its "
                 "Warsaw debut on Tuesday after an initial public offering that raised "
                 "2.1 billion zlotys.\n\n"
                 "Rynkowo reported gross merchandise value of 9.8 billion zlotys for the "
                 "first nine months of the year, up 27% from a year earlier.\n\n"
                 "Chief Financial Officer Tomasz Grabowski said the company expected "
                 "full-year growth in gross merchandise value \"in the mid-20s percent\" "
                 "and did not plan to pay a dividend before 2028.\n\n"
                 "Analysts said gross merchandise value would keep rising as Rynkowo "
                 "invests in logistics, and Rynkowo said its logistics network would "
                 "grow.\n");
  g_autofree char *contents = NULL;
  Article royalty = read_article ("royalty-dispute.md", &contents);
  g_autofree char *copper = subjects_of (royalty.headline, royalty.body);

  g_assert_nonnull (strstr (marketplace, "; gross merchandise value (3, "));
  g_assert_nonnull (strstr (copper, "; copper concentrate ("));
}

/* A story about a market in a raw material follows its price: "Iron ore
 * prices fell to their lowest level in seven months". Asked of a
 * company's product ("ready-mix operations"), nothing is. */
static void
test_traded_matter (void)
{
  g_autoptr(GPtrArray) ore = article_questions ("iron-ore-slide.md");
  g_autoptr(GPtrArray) cement = article_questions ("ready-mix-sale.md");

  g_assert_true (offered (ore, "What is the outlook for iron ore prices?"));
  assert_no_question_with (cement, " prices?", NULL);
}

/* Faults a strict reviewer found in the first run over a sixth batch. */
static void
test_sixth_unseen_batch (void)
{
  g_autoptr(GPtrArray) pipeline = article_questions ("pipeline-ruling.md");
  g_autoptr(GPtrArray) chemicals = article_questions ("chemicals-warning.md");
  g_autoptr(GPtrArray) lira = article_questions ("lira-rate-cut.md");
  g_autoptr(GPtrArray) homes = article_questions ("housebuilder-target.md");
  g_autoptr(GPtrArray) foundry = article_questions ("foundry-sales.md");
  g_autoptr(GPtrArray) lithium = article_questions ("lithium-pact.md");

  /* "Jade Harbor" reads like a person's name, but "Jade Harbor
   * Semiconductor Manufacturing Co" says it is the company's; "Minera
   * Altiplano", then "Altiplano", like a woman's and her surname, but
   * "lithium producer Minera Altiplano" says what it is. */
  g_assert_true (offered (foundry, "What is the outlook for Jade Harbor?"));
  g_assert_true (offered (lithium, "What is the outlook for Minera Altiplano?"));
  /* "industrial users have been warned of…": they raised nothing. */
  assert_no_question_with (foundry, "industrial users", NULL);

  /* An economist speaks of the economy, not of the company: "Martin
   * Cale, chief economist at…" talks of mortgage rates; an analyst
   * covering the company is asked, and an economist is asked about a
   * central bank. */
  assert_no_question_with (homes, "Martin Cale's view", NULL);
  g_assert_true (offered (homes, "What is Oliver Haines' view on Ashcombe?"));
  assert_no_question_with (chemicals, "Ulrich Fensky's view", NULL);
  assert_no_question_with (pipeline, "Lucas Brennan's view", NULL);
  g_assert_true (offered (lira, "What is Selin Aydoğan's view on the central bank?"));

  /* "the worst outcome for the share price" is no risk from outside. */
  assert_no_question_with (chemicals, "from the share price", NULL);
  /* "What role does the central bank play in the easing cycle?": its
   * own policy. Role questions a reviewer accepted two times in
   * fourteen: not asked. */
  assert_no_question_with (lira, "What role", NULL);
  /* "the Crown", the state with the duty to consult, has no prospects;
   * "Western Canada Select" is an oil benchmark, not a company. */
  assert_no_question_with (pipeline, "prospects for the Crown", "Western Canada", NULL);
}

/* Faults a strict reviewer found in the first run over a seventh batch:
 * "the Italian government" lost its article, and "How do relationship
 * lenders compare with banks?" set a kind of bank beside banks. Asked
 * of two companies or groups the text names beside a word of
 * comparison, reviewers accepted none in seven. A company's volumes are
 * its own, no risk it faces. */
static void
test_seventh_unseen_batch (void)
{
  g_autoptr(GPtrArray) bid = article_questions ("bank-hostile-bid.md");
  g_autoptr(GPtrArray) sale = article_questions ("developer-asset-sale.md");

  g_autoptr(GPtrArray) trucks = article_questions ("truck-orders.md");

  g_assert_true (offered (bid, "Why does the Italian government matter for Valpadana?"));
  assert_no_question_with (sale, "compare with", NULL);
  /* "to cushion the impact of lower truck volumes": the company's own
   * volumes are no risk from outside. */
  assert_no_question_with (trucks, "from truck volumes", NULL);
}

/* Faults a strict reviewer found in the first run over an eighth batch:
 * "What is the outlook for earnings?", "… for pricing?" say whose to no
 * reader; a reinsurer's pricing is its own, no risk from outside; a
 * story about wheat futures got no question at all. */
static void
test_eighth_unseen_batch (void)
{
  g_autoptr(GPtrArray) reinsurer = article_questions ("reinsurer-charge.md");
  g_autoptr(GPtrArray) lessor = article_questions ("container-lessor.md");

  g_autoptr(GPtrArray) wheat = article_questions ("sparse/wheat-drought.md");

  /* "Wheat futures rose…": futures are a price that moves, and a market
   * story is about them. */
  g_assert_true (offered (wheat, "What is the outlook for wheat futures?"));
  assert_no_question_with (reinsurer, "outlook for pricing", "from pricing", NULL);
  assert_no_question_with (lessor, "outlook for earnings", NULL);
  g_assert_true (offered (reinsurer, "What is Philippe Aubert's view on Seeland Re?"));
}

/* Faults a strict reviewer found in the first run over a ninth batch:
 * "Kanemori & Co, one of Japan's biggest trading houses" describes
 * Kanemori past its legal form, so trading houses are its own business;
 * "one of Britain's oldest independent fund managers" is no activist
 * fund, and has prospects of its own. */
static void
test_ninth_unseen_batch (void)
{
  g_autoptr(GPtrArray) trading = article_questions ("trading-house-buyback.md");
  g_autoptr(GPtrArray) funds = article_questions ("fund-manager-cuts.md");

  assert_no_question_with (trading, "trading houses matter for Kanemori", NULL);
  g_assert_true (offered (trading, "What is the outlook for Kanemori?"));
  g_assert_true (offered (funds, "What is the outlook for Calder Rowe?"));
}

/* The tenth batch of unseen stories. 'its "buy now, pay later"
 * instalment product': the quoted words stand where an adjective would,
 * and "its" still gives the phrase its article. "Bursa Malaysia
 * Derivatives" is a market, "the states of Kelantan, Terengganu, Pahang
 * and Johor" are places, and "TES government bonds" are securities:
 * none has an outlook or faces challenges of its own. "A formal
 * antitrust investigation" into Klarvik is the event the story is about,
 * and "antitrust investigations" in general only its background. */
static void
test_tenth_unseen_batch (void)
{
  g_autoptr(GPtrArray) probe = article_questions ("bnpl-probe.md");
  g_autoptr(GPtrArray) palm = article_questions ("sparse/palm-oil-floods.md");
  g_autoptr(GPtrArray) peso = article_questions ("colombia-rate-cut.md");

  assert_no_question_with (probe, "does instalment product", NULL);
  g_assert_true (offered (probe, "Why does the instalment product matter for Klarvik?"));
  g_assert_true (offered (probe, "How might the antitrust investigation affect Klarvik?"));
  assert_no_question_with (palm, "Bursa", "Pahang", NULL);
  g_assert_true (offered (palm, "What is the outlook for palm oil prices?"));
  assert_no_question_with (peso, "TES", NULL);
  g_assert_true (offered (peso, "What challenges does the central bank face?"));
}

/* The eleventh batch. "Argentina's Salta province" is a place, "the
 * blue-chip FTSE MIB index" a list of shares: neither has prospects or
 * faces challenges as a company does. A company's own profits do not
 * affect it as an event would, and "the energy crisis" of 2022 is
 * background to a levy planned now. "French beauty group Maison Aurelle"
 * is a company whose name reads like a person's, and the news. In a
 * story about Sanmori's approach for Pennock, the article gives the
 * bidder's share move and nothing of why: reviewers found four such
 * questions in four weak. */
static void
test_eleventh_unseen_batch (void)
{
  g_autoptr(GPtrArray) lithium = article_questions ("lithium-permit.md");
  g_autoptr(GPtrArray) levy = article_questions ("windfall-levy.md");
  g_autoptr(GPtrArray) beauty = article_questions ("beauty-reset.md");
  g_autoptr(GPtrArray) approach = article_questions ("defence-approach.md");

  assert_no_question_with (lithium, "Salta ", "Salta?", NULL);
  g_assert_true (offered (lithium, "What is the outlook for Saltbush?"));
  assert_no_question_with (levy, "FTSE MIB", "profits affect", "energy crisis", NULL);
  g_assert_true (offered (levy, "What is the outlook for Tirrenia Energia?"));
  assert_no_question_with (beauty, "Maison Aurelle signal", NULL);
  g_assert_true (offered (beauty, "What is the outlook for Maison Aurelle?"));
  assert_no_question_with (approach, "Sanmori's shares", NULL);
  g_assert_true (offered (approach, "What is the outlook for Pennock?"));
}

/* The twelfth batch. "per forty-foot equivalent unit (FEU)" is a
 * count; an analyst's price target is no subject of the story; and "its
 * U.S. life and health reinsurance unit" is one unit, so "the U.S. life"
 * is only a part of its name, though the unit may be asked of whole. */
static void
test_twelfth_unseen_batch (void)
{
  g_autoptr(GPtrArray) freight = article_questions ("freight-dividend.md");
  g_autoptr(GPtrArray) reinsurer = article_questions ("reinsurer-review.md");

  assert_no_question_with (freight, "FEU", "price target", NULL);
  g_assert_true (offered (freight, "What is the outlook for Havbris?"));
  assert_no_question_with (reinsurer, "the U.S. life", "U.S. life?", NULL);
  g_assert_true (offered (reinsurer, "How might the strategic review affect Helvora?"));
}

/* The thirteenth batch. "Andean Crest also said…" opens on a word
 * WordNet knows only as an adjective, but the article writes "Andean
 * Crest" as a name inside sentences, so it is never cut to "Crest". The
 * MNB's own decision does not affect the MNB, and a drug ("CRV-214") has
 * no approach to compare with its buyer's. A name always in quotation
 * marks ('Ashen Tide') is a work's title, a thing that matters to the
 * company behind it, which analysts are asked about. */
static void
test_thirteenth_unseen_batch (void)
{
  g_autoptr(GPtrArray) mine = article_questions ("mine-collapse.md");
  g_autoptr(GPtrArray) forint = article_questions ("forint-hold.md");
  g_autoptr(GPtrArray) biotech = article_questions ("biotech-deal.md");
  g_autoptr(GPtrArray) games = article_questions ("game-sales.md");

  assert_no_question_with (mine, "for Crest", "does Crest", NULL);
  g_assert_true (offered (mine, "What challenges does Andean Crest face?"));
  assert_no_question_with (forint, "decision affect the MNB", NULL);
  assert_no_question_with (biotech, "approach to", NULL);
  g_assert_true (offered (biotech, "How might the deal affect Valmont?"));
  g_assert_true (offered (games, "Why does Ashen Tide matter for Hoshizora?"));
  g_assert_true (offered (games, "What is Yuki Hamasaki's view on Hoshizora?"));
}

/* The fourteenth and fifteenth batches. "Saebyeok jumped after it said
 * it would make batteries for energy storage" says what matters to
 * Saebyeok, not to Tsurugi named before it; "includes forensic
 * investigation, legal fees" and "the offering" each name one thing that
 * happened; "Bank Indonesia" is a central bank; "LNG" only ever modifies
 * ("LNG carriers", "the LNG boom"); and "Lee Ji-won, an analyst", goes on
 * as "Lee", her surname, which comes first. */
static void
test_fourteenth_unseen_batch (void)
{
  g_autoptr(GPtrArray) venture = article_questions ("battery-venture-exit.md");
  g_autoptr(GPtrArray) ransomware = article_questions ("ransomware-claims.md");
  g_autoptr(GPtrArray) rupiah = article_questions ("rupiah-intervention.md");
  g_autoptr(GPtrArray) ships = article_questions ("shipbuilder-orders.md");
  g_autoptr(GPtrArray) ipo = article_questions ("ipo-repricing.md");

  assert_no_question_with (venture, "energy storage matter for Tsurugi", NULL);
  g_assert_true (offered (venture, "What is Naoko Ishiwata's view on Tsurugi?"));
  /* "Korean cell makers spent three years building…": the trade, not Tsurugi. */
  assert_no_question_with (venture, "Park Ji-hoon's view on Tsurugi", NULL);
  assert_no_question_with (ransomware, "might forensic", NULL);
  /* Not "Why does policy meeting matter for BI?"; the meeting may stand
   * in a question of what BI is expected to do at it. */
  assert_no_question_with (rupiah, "outlook for BI", "prospects for BI", "does policy meeting",
                           "policy meeting matter", NULL);
  assert_no_question_with (ships, "LNG?", "Lee's", NULL);
  assert_no_question_with (ipo, "of offering", "from offering", "might offering", NULL);
  g_assert_true (offered (ipo, "How might the offering affect Velqora?"));
}

/* The sixteenth batch. "Aldercrest Trading SA, one of the world's
 * largest…" opens the story, and every later sentence that names
 * Aldercrest opens on it too: the legal form says it is a name. A rate
 * cut is a move of the rate, no cause of one. */
static void
test_sixteenth_unseen_batch (void)
{
  g_autoptr(GPtrArray) cocoa = article_questions ("cocoa-merchant-writedown.md");
  g_autoptr(GPtrArray) colombia = article_questions ("sparse/colombia-rate-hold.md");
  g_autoptr(GPtrArray) toll_road = article_questions ("toll-road-stake-sale.md");

  g_assert_true (offered (cocoa, "How might the facility review affect Aldercrest?"));
  assert_no_question_with (colombia, "cuts affect", NULL);
  /* Analysts quoted on the road and its price have no view of the fund
   * that sold it. */
  assert_no_question_with (toll_road, "view on Banksia", NULL);
}

/* The seventeenth batch. "SEBI" is India's market regulator by its
 * letters alone; "an all-stock deal" is still "the deal"; a buyer and
 * its target, or an issuer and the short seller attacking it, have no
 * approaches to compare, where "its rival Castell Dairies" does; the
 * short seller Greyfin Research has no outlook the story weighs; a
 * brokerage named before "said" is no one who speaks; and "closures"
 * says whose only in its own sentence. */
static void
test_seventeenth_unseen_batch (void)
{
  g_autoptr(GPtrArray) bonds = article_questions ("short-seller-bond.md");
  g_autoptr(GPtrArray) banks = article_questions ("regional-bank-merger.md");
  g_autoptr(GPtrArray) jets = article_questions ("widebody-order.md");

  assert_no_question_with (bonds, "SEBI use", "for SEBI", "compare with", "for Greyfin", NULL);
  g_assert_true (offered (bonds, "How will Trivikram use the proceeds?"));
  assert_no_question_with (banks, "might deal", "compare with", "behind closures", "of closures",
                           NULL);
  g_assert_true (offered (banks, "How might the deal affect Cedar Valley?"));
  assert_no_question_with (jets, "Yatirim's", NULL);
}

/* The questions of the first round for @article, as the window shows
 * them (see generate()). */
static GPtrArray *
first_round_of (const Article *article)
{
  g_autoptr(GPtrArray) items = generate (article, 0, NULL);
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < items->len; i++)
    g_ptr_array_add (texts, g_strdup (((NfeGeneratedItem *) g_ptr_array_index (items, i))->text));

  return texts;
}

/* The same for tests/articles/@name. */
static GPtrArray *
first_round (const char *name)
{
  g_autofree char *contents = NULL;
  Article article = read_article (name, &contents);

  return first_round_of (&article);
}

/* The texts of the first run of @name as the command line prints it:
 * %NULL where it finds nothing it is sure of. */
static GPtrArray *
sure_round (const char *name)
{
  g_autofree char *contents = NULL;
  Article article = read_article (name, &contents);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = nfe_questions_generate (article.headline, article.body, 0, NULL,
                                                       FALSE, NULL, &error);
  GPtrArray *texts;

  if (items == NULL)
    {
      g_assert_error (error, NFE_GENERATOR_ERROR, NFE_GENERATOR_ERROR_EMPTY);
      g_assert_nonnull (strstr (error->message, "write your own"));
      return NULL;
    }
  texts = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < items->len; i++)
    g_ptr_array_add (texts, g_strdup (((NfeGeneratedItem *) g_ptr_array_index (items, i))->text));
  return texts;
}

/* "What is the outlook for Valpadana?" would fit any story about the
 * bank: of 134 such questions over ten batches, reviewers accepted none,
 * and of 57 over twelve more, one. They wait for "Generate more" where
 * the article gives a question of its own, and one stands in where it
 * gives none. */
static void
test_generic_last (void)
{
  g_autoptr(GPtrArray) bid = first_round ("bank-hostile-bid.md");
  g_autoptr(GPtrArray) bid_all = article_questions ("bank-hostile-bid.md");
  g_autoptr(GPtrArray) fine = first_round ("bank-fine.md");
  g_autoptr(GPtrArray) fine_all = article_questions ("bank-fine.md");
  g_autoptr(GPtrArray) venture = first_round ("battery-venture-exit.md");
  g_autoptr(GPtrArray) venture_all = article_questions ("battery-venture-exit.md");
  const Article commuters = {
    "commuters", "Tarsa Transit profit rises 8% as commuters return",
    "LONDON, Jan 12 (NextFin) - Tarsa Transit said on Monday its first-half profit rose 8% to "
    "41 million pounds as more commuters returned to its buses and trams.\n\nTarsa Transit said "
    "talks on the renewal of Tarsa Transit's city bus contract, which runs to 2027, began on "
    "Monday.\n\nThe company runs about 2,000 buses in 14 cities and employs 9,000 people.\n",
    NULL
  };
  g_autoptr(GPtrArray) transit = first_round_of (&commuters);

  g_assert_cmpuint (bid->len, >=, 1);
  assert_no_question_with (bid, "outlook", "prospects", "challenges", NULL);
  g_assert_true (offered (bid_all, "What is the outlook for Valpadana?"));
  assert_no_question_with (fine, "outlook", "prospects", "What challenges does", NULL);
  g_assert_true (offered (fine_all, "What is the outlook for Lachenal?"));
  g_assert_cmpuint (transit->len, ==, 1);
  g_assert_true (offered (transit, "What is the outlook for Tarsa Transit?"));
  /* …and so does why a thing matters to a company. */
  assert_no_question_with (venture, "matter for", NULL);
  g_assert_true (offered (venture_all, "Why do joint ventures matter for Tsurugi?"));
}

/* A mill or a shaft the article says its owner will close has no
 * prospects to weigh and faces nothing: "it would permanently close its
 * Kramfors newsprint and magazine-paper mill" (both graded M), where a
 * shaft halted after an accident has an outlook reviewers accepted. */
static void
test_site_being_closed (void)
{
  g_autoptr(GPtrArray) mill = article_questions ("paper-mill-closure.md");

  /* Nor does its own output affect the company. */
  assert_no_question_with (mill, "Kramfors face", "for Kramfors", "output affect", NULL);
  g_assert_true (offered (mill, "What is the outlook for Vasterlund?"));
}

/* What matters to a company is a thing it has or does, the article's
 * own ("the German exit", "catastrophe claims"), not a field or a
 * material in the singular ("lithium carbonate" to a lithium miner,
 * "hypertrophic cardiomyopathy" to a drug's buyer). */
static void
test_matter_for_company (void)
{
  g_autoptr(GPtrArray) biotech = article_questions ("biotech-deal.md");
  g_autoptr(GPtrArray) lithium = article_questions ("lithium-permit.md");
  g_autoptr(GPtrArray) poultry = article_questions ("export-ban.md");
  g_autoptr(GPtrArray) grocer = article_questions ("grocer-capital-raise.md");
  g_autoptr(GPtrArray) reinsurer = article_questions ("reinsurer-charge.md");

  assert_no_question_with (biotech, "cardiomyopathy matter", NULL);
  assert_no_question_with (lithium, "carbonate matter", NULL);
  assert_no_question_with (poultry, "influenza matter", NULL);
  g_assert_true (offered (grocer, "Why does the German exit matter for Versbox?"));
  g_assert_true (offered (reinsurer, "Why do catastrophe claims matter for Seeland Re?"));
}

/* A risk comes from something that happens, not from a measure that
 * moves: reviewers accepted two of eleven "What risks does Vindhya face
 * from domestic prices?" and eight of fourteen asked of a strike, a deal
 * or tariffs. */
static void
test_risks_from_events (void)
{
  g_autoptr(GPtrArray) forint = article_questions ("forint-hold.md");
  g_autoptr(GPtrArray) insurer = article_questions ("medical-costs.md");
  g_autoptr(GPtrArray) homes = article_questions ("housebuilder-target.md");
  g_autoptr(GPtrArray) results = article_questions ("quarterly-results.md");

  assert_no_question_with (forint, "face from", NULL);
  assert_no_question_with (insurer, "face from medical inflation", NULL);
  assert_no_question_with (homes, "face from build costs", NULL);
  g_assert_true (offered (results, "What risks does Tsukishima face from the auto cycle?"));
}

/* What kind of name a name is, from how the article writes it: "De
 * Nederlandsche Bank (DNB), which supervises Paylinq" oversees others and
 * has no prospects of its own; "Brent crude futures" and "her Brent
 * forecast" name a benchmark; "lithium iron phosphate (LFP) battery
 * cells" a thing and "twenty-foot equivalent units (TEUs)" a count; and
 * "Conseil du Café-Cacao (CCC), the industry regulator" a regulator with
 * no outlook of its own. */
static void
test_name_kinds (void)
{
  g_autoptr(GPtrArray) outage = article_questions ("payments-outage.md");
  g_autoptr(GPtrArray) opec = article_questions ("opec-pause.md");
  g_autoptr(GPtrArray) battery = article_questions ("battery-supply.md");
  g_autoptr(GPtrArray) containers = article_questions ("container-lessor.md");
  g_autoptr(GPtrArray) cocoa = article_questions ("sparse/cocoa-export-curbs.md");

  assert_no_question_with (outage, "DNB", NULL);
  g_assert_true (offered (outage, "What challenges does Paylinq face?"));
  assert_no_question_with (opec, "Brent", NULL);
  assert_no_question_with (battery, "for LFP", "LFP face", NULL);
  assert_no_question_with (containers, "TEUs", NULL);
  assert_no_question_with (cocoa, "CCC", NULL);
}

/* "Cotterill, of Oldbury, was jailed": a comma before "of", where a
 * list of places would have its plural noun ("the states of Kelantan,
 * Pahang and Johor"), is no word to look up. */
static void
test_of_after_comma (void)
{
  g_autoptr(GPtrArray) texts = all_questions (
    "Oldbury driver jailed over insurance fraud",
    "BIRMINGHAM, March 3 (NextFin) - Shares in insurer Castlegate fell 3% on Tuesday after "
    "a court heard that a fraud ring had cost it 40 million pounds.\n\n"
    "Dean Cotterill, of Oldbury, was jailed for 12 weeks. Castlegate said the fraud would "
    "not change its outlook and that Castlegate expected claims costs to rise.\n");

  g_assert_true (offered_with (texts, "Castlegate"));
}

/* "Of the net proceeds, about 240 million euros will go toward a plant
 * in Wroclaw": what a company raised money for is asked under the name of
 * what raised it, or, where the article names that in words of its own
 * ("the sale of its U.S. ready-mix business"), of the proceeds alone.
 * Not where someone else wants them spent ("Halvard Street wants
 * Kuremoto to … use the proceeds for share buybacks"), nor where they are
 * another company's ("to fund Westgate's remaining capital
 * commitments"). */
static void
test_proceeds (void)
{
  g_autoptr(GPtrArray) rights = article_questions ("rights-issue.md");
  g_autoptr(GPtrArray) ready_mix = article_questions ("ready-mix-sale.md");
  g_autoptr(GPtrArray) activist = article_questions ("activist-demands.md");
  g_autoptr(GPtrArray) stake = article_questions ("lng-stake.md");

  g_assert_true (offered (rights, "How will Danubia use the proceeds from the rights issue?"));
  g_assert_true (offered (ready_mix, "How will Cemsa use the proceeds?"));
  assert_no_question_with (activist, "proceeds", NULL);
  assert_no_question_with (stake, "proceeds", NULL);
}

/* What an event does to a company is asked first as how it might
 * affect it: wire copy tells of the near term, and reviewers found "What
 * are the long-term impacts of the strike on SummitWest?" asked more than
 * the article says. */
static void
test_near_term (void)
{
  g_autofree char *contents = NULL;
  Article article = read_article ("pilot-strike.md", &contents);
  g_autoptr(GPtrArray) items = generate (&article, 0, NULL);
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();

  for (guint i = 0; i < items->len; i++)
    g_ptr_array_add (texts, ((NfeGeneratedItem *) g_ptr_array_index (items, i))->text);
  g_assert_true (offered (texts, "How might the strike affect SummitWest?"));
  assert_no_question_with (texts, "long-term", NULL);
}

/* A story that gives little to ask about (a pension fund's stake in a
 * grid operator, tests/articles/sparse, which holds articles too thin for
 * the properties above) is asked little, not nonsense: "What historical
 * context led to pension plans?", "Why does the asset base matter for
 * Coralbay?" (EastGrid's regulated asset base, in an analyst's words). */
static void
test_sparse_article (void)
{
  g_autoptr(GPtrArray) texts = article_questions ("sparse/grid-stake.md");

  assert_no_question_with (texts, "historical context", "asset base", NULL);
}

/* "The Jakarta Composite Index fell …; how disciplined will Jakarta be":
 * a name written short is defined nowhere in the article. */
static void
test_short_names_undefined (void)
{
  g_autoptr(GPtrArray) texts = all_questions (
    "Bank Indonesia steps in as rupiah slides to record low on foreign outflows",
    "JAKARTA, April 9 (NextWire) - Bank Indonesia intervened aggressively in currency and "
    "bond markets on Wednesday after the rupiah slumped past 17,200 per dollar for the first "
    "time, as foreign investors pulled money out of local assets amid a stronger U.S. dollar "
    "and growing unease about the government's spending plans.\n\nThe yield on Indonesia's "
    "benchmark 10-year bond rose as much as 18 basis points to 7.46%, the highest in more "
    "than a year, before easing to 7.38% as the central bank's purchases took effect. The "
    "Jakarta Composite Index fell 1.8%, with importers among the hardest hit. Shares in "
    "drugmaker PT Mentari Farma, which buys most of its raw materials in dollars, slid 4.2%, "
    "while coal exporter PT Batu Hitam Energi rose 3.1%.\n\nAditya Pranata, chief economist "
    "at Nusantara Sekuritas in Jakarta, said the combination had left the rupiah exposed. "
    "\"Global investors are asking two questions at the same time: how high will U.S. rates "
    "stay, and how disciplined will Jakarta be on spending,\" he said. \"Until there is a "
    "clearer answer to the second one, the central bank is fighting with one hand tied "
    "behind its back.\"\n");

  assert_no_question_with (texts, "What is Jakarta?", NULL);
}

/* What a strict reviewer's grades of 316 questions over four unseen
 * batches showed: families she almost never accepted are gone, and so
 * is an open question about what the article says little of; what she
 * accepted most (an analyst's view on the company, its challenges) is
 * asked more. */
static void
test_reviewed_families (void)
{
  const char *names[] = {
    "forecast-cut.md", "obesity-trial.md", "housebuilder-update.md", "opec-pause.md",
    "salmon-warning.md", "battery-recall.md", "port-concession.md", "medical-costs.md",
  };
  GPtrArray *texts[G_N_ELEMENTS (names)];

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      texts[i] = article_questions (names[i]);
      /* 0 to 3 in 10 to 18 accepted each. */
      assert_no_question_with (texts[i], "What is driving", "expect for", "plans for",
                               "over the next year", " mean for ", "stands to gain",
                               "How exposed", "strategy", NULL);
    }

  /* Two sentences on a customer or a supplier say nothing of its
   * outlook. */
  assert_no_question_with (texts[0], "outlook for Orrin", NULL);
  /* "Shares of Halvern Therapeutics surged … after the drugmaker said…",
   * "… fell … following the announcement": the sentence says why. */
  assert_no_question_with (texts[1], "Halvern's shares", NULL);
  assert_no_question_with (texts[0], "Calverton's shares", NULL);

  /* "head of Asia credit research at Kestrel Capital" is an analyst;
   * two analysts' views on one company are two questions. */
  g_assert_true (offered (texts[6], "What is Priya Natarajan's view on Vardhan Ports?"));
  g_assert_true (offered (texts[4], "What is Marte Kvalheim's view on Nordvik?"));
  /* A risk it faces from one thing does not say what challenges it
   * faces. */
  g_assert_true (offered (texts[7], "What challenges does Meridian face?"));
  /* "Why does X plan to …?" was answered by the sentence reporting the
   * plan five times in five. */
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    for (guint j = 0; j < texts[i]->len; j++)
      {
        const char *text = g_ptr_array_index (texts[i], j);

        g_assert_false (g_str_has_prefix (text, "Why") && strstr (text, " plan to ") != NULL);
      }

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_ptr_array_unref (texts[i]);
}

/* A piece of a sentence the grammar cannot link whole ("to between 11%
 * and 12%") is read past the words it cannot place; what it then reads,
 * "cut its forecast [for its 2024 operating profit margin]", does not say
 * which forecast, and a reviewer found "Why does Kuremoto plan to raise
 * its target?" vague for it. */
static void
test_words_the_parser_skips (void)
{
  g_autoptr(GPtrArray) texts = all_questions (
    "Alpenrose cuts margin forecast as cocoa costs soar",
    "ZURICH, April 23 (NextFin) - Swiss chocolate maker Alpenrose warned on Tuesday that "
    "soaring cocoa costs would squeeze its margins this year.\n\n"
    "The company cut its forecast for its 2024 operating profit margin to between 11% and "
    "12%, from a previous target of about 13.5%, sending its shares down 7.4% in Zurich.\n\n"
    "Alpenrose said cocoa prices had tripled since last year. Alpenrose shares have fallen "
    "18% this year.\n");

  assert_no_question_with (texts, "cut its forecast?", NULL);
  g_assert_true (offered (texts, "What is the outlook for Alpenrose?"));
}

/* A choice the company made, read in a piece of a sentence the parser
 * cannot read whole, with "it" for the company, is asked about as a
 * decision with risks; what it said it would do, as a plan. That is the
 * decision the story opens on: one told later in passing, reviewers
 * found the article says nothing of its risks. Lowering a forecast is no
 * such choice. Why it made the choice is not asked of a company:
 * reviewers found the article says why in the same breath or never does. */
static void
test_decisions (void)
{
  g_autoptr(GPtrArray) texts = all_questions (deal_headline, deal_body);
  g_autoptr(GPtrArray) opening = all_questions (
    "Brantley Foods pauses bakery expansion to pay for Pemberton Dairy",
    "Brantley Foods agreed on Monday to buy Pemberton Dairy for about $3 billion in cash, and "
    "it has suspended its bakery expansion to help reduce borrowing more quickly. "
    "Brantley Foods said the deal would help it cope with rising milk costs.\n\n"
    "Milk costs have risen sharply this year because of a drought in the Midwest, and higher "
    "milk costs could weigh on margins at Brantley Foods, the company warned. Brantley Foods "
    "expects margins to recover in 2027.\n");
  g_autoptr(GPtrArray) closing = all_questions (
    "Pellham & Rowe to shut stores",
    "Pellham & Rowe said on Tuesday it would close 80 stores as shoppers move online. Pellham "
    "& Rowe shares fell 4%. Pellham & Rowe said it expected sales to fall again next year, "
    "and warned that weak demand could weigh on margins.\n");
  g_autoptr(GPtrArray) forecast = all_questions (
    "Tarvik Steel cuts outlook",
    "Tarvik Steel lowered its full-year profit forecast on Tuesday, blaming weak demand from "
    "carmakers and higher energy costs. Tarvik Steel said energy costs had risen sharply since "
    "the summer and warned that weak demand could weigh on margins. Tarvik Steel expects "
    "demand to recover next year.\n");

  assert_no_question_with (texts, "Why has Brantley Foods", "Why did Brantley Foods",
                           "decision to suspend", "plan to close", NULL);
  g_assert_true (offered (opening, "What are the risks of Brantley Foods' decision to suspend "
                                   "its bakery expansion?"));
  g_assert_true (offered (closing, "What are the risks of Pellham & Rowe's plan to close 80 "
                                   "stores?"));

  for (guint i = 0; i < forecast->len; i++)
    g_assert_null (strstr (g_ptr_array_index (forecast, i), "decision to lower"));

  /* The sentence says what became of the buyback: no plans to ask about. */
  g_assert_false (offered (texts, "What are Brantley Foods' plans for the share buyback "
                                  "programme?"));
}

/* A quoted chief executive speaks to the news, and editors reviewing
 * unseen copy found "What is Anna Reyes' strategy for Brantley Foods?" a
 * template with nothing behind it twelve times in seventeen: no strategy
 * questions. A quoted analyst is asked what she makes of the company. */
static void
test_leaders (void)
{
  g_autoptr(GPtrArray) texts = all_questions (deal_headline, deal_body);

  assert_no_question_with (texts, "strategy", NULL);
  g_assert_true (offered (texts, "What is Maria Lopez's view on Brantley Foods?"));
}

/* A rate the article names ("the benchmark Selic rate", "the Selic") is
 * no actor that faces challenges or plays a role; the central bank that
 * sets it, named only as "the central bank", is one. */
static void
test_rates (void)
{
  g_autoptr(GPtrArray) texts = all_questions (
    "Brazil raises rates again",
    "Brazil's central bank raised its benchmark Selic rate by 75 basis points to 12.25% on "
    "Wednesday, and signalled that further tightening was likely as a weaker currency pushes "
    "up prices.\n\n"
    "Central bank governor Gabriel Galipolo said the bank would \"do whatever is necessary\" "
    "to bring inflation back to target, and that it was ready to intervene in the currency "
    "market. The central bank sold dollars from its reserves in the spot market last month.\n\n"
    "Business groups said every increase in the Selic makes it harder for companies to "
    "finance new projects, and warned that higher borrowing costs would hurt investment. "
    "Economists expect the Selic to rise further, and some warn that the Selic cannot fix "
    "the challenges of a fiscal problem on its own.\n");

  assert_no_question_with (texts, "does the Selic face", "does the Selic play", "for the Selic?",
                           "strategy", NULL);
}

/* A country the story is about, named as the owner of what a warning is
 * about, faces challenges; one named only as where something is does
 * not. */
static void
test_places (void)
{
  g_autoptr(GPtrArray) texts = all_questions (
    "Chile's copper output slides again",
    "Copper production in Chile fell for a third straight year as ageing mines and water "
    "shortages weighed on output at state producer Codelco.\n\n"
    "Codelco said output would recover next year as new projects come on stream, but "
    "investors remain sceptical after Codelco missed its own targets again.\n\n"
    "Copper accounts for about half of Chile's exports, and the weakness in production has "
    "weighed on Chile's economic growth and on government revenue. Chile has lost ground to "
    "Peru and Congo, and Chile's finance ministry cut its forecast for copper revenue. Codelco "
    "plans to spend more on desalination plants at its mines in Antofagasta.\n");

  g_assert_true (offered (texts, "What challenges does Chile face?"));
  assert_no_question_with (texts, "Antofagasta face", NULL);
}

/* Where a name is. "Founded in 1931 in Hyderabad and now headquartered
 * in Mumbai, Deccan Mercantile operates about 1,140 branches": a comma
 * after a place ends what opens the sentence, and no list of places goes
 * on; the story had no question at all. */
static void
test_name_after_located_phrase (void)
{
  g_autoptr(GPtrArray) bank = article_questions ("bank-rights-issue.md");

  g_autoptr(GPtrArray) ammonia = article_questions ("ammonia-line-idled.md");

  g_assert_cmpuint (bank->len, >=, 2);
  g_assert_true (offered_with (bank, "Deccan Mercantile"));
  /* "its Emden plant", "at Emden", "our colleagues in Emden have seen
   * this film": a town with a plant, whose verbs are its people's, asked
   * of only as where a project is ("…its 180 million euro electrolyser
   * project at Emden?"). */
  for (guint i = 0; i < ammonia->len; i++)
    if (strstr (g_ptr_array_index (ammonia, i), "Emden") != NULL)
      g_assert_nonnull (strstr (g_ptr_array_index (ammonia, i), "project at Emden?"));
  g_assert_true (offered (ammonia, "What is the outlook for Elbe Stickstoff?"));
}

/* The twentieth batch. "Sierra Crest Power & Light… Shares of Sierra
 * Crest fell" is a company, though "Sierra" is a given name; "the
 * Juniper Ridge Fire" is a disaster, not a business with prospects; "a
 * $2.3 bln charge" is a charge; "Priya Raghavan, transport analyst at
 * Straits Capital Markets" is an analyst, with no article before her
 * title. From the twenty-first, a chamber of commerce is no company. */
static void
test_twentieth_unseen_batch (void)
{
  g_autoptr(GPtrArray) utility = article_questions ("wildfire-charge.md");
  g_autoptr(GPtrArray) shipping = article_questions ("box-rate-war.md");

  assert_no_question_with (utility, "Juniper Ridge Fire face", "for the Juniper Ridge Fire",
                           "bln", NULL);
  g_assert_true (offered (utility, "What is the outlook for Sierra Crest?"));
  g_autoptr(GPtrArray) wheat = article_questions ("wheat-export-tax.md");

  assert_no_question_with (shipping, "Raghavan face", "for Raghavan", NULL);
  g_assert_true (offered (shipping, "What is Priya Raghavan's view on Orient Meridian?"));
  /* "the Argentine Grain Exporters and Crushers Chamber" is one body,
   * and a body of members has no outlook of its own. */
  assert_no_question_with (wheat, "Chamber", NULL);
}

/* The twenty-second batch. "the Malaysian state of Sabah" is a place,
 * and "paid from the proceeds of liquidation" is no money a failed
 * fintech raised to spend. */
static void
test_twenty_second_unseen_batch (void)
{
  g_autoptr(GPtrArray) palm = article_questions ("plantation-strike.md");
  g_autoptr(GPtrArray) fintech = article_questions ("fintech-licence-revoked.md");

  assert_no_question_with (palm, "Sabah", NULL);
  g_assert_true (offered (palm, "How might the strike affect Sertani?"));
  assert_no_question_with (fintech, "proceeds", NULL);
}

/* The twenty-third batch. "averting a strike": what did not happen has
 * no risks and nothing behind it; "Rimal will receive none of the
 * proceeds" of its parent's share sale; and "mortgages denominated in
 * Swiss francs" matter to a bank, the currency does not. */
static void
test_twenty_third_unseen_batch (void)
{
  g_autoptr(GPtrArray) platinum = article_questions ("platinum-wage-deal.md");
  g_autoptr(GPtrArray) listing = article_questions ("petrochemical-ipo.md");
  g_autoptr(GPtrArray) bank = article_questions ("franc-loan-charge.md");

  assert_no_question_with (platinum, "strike", NULL);
  g_assert_true (offered_with (platinum, "the agreement"));
  assert_no_question_with (listing, "proceeds", NULL);
  g_assert_true (offered (listing, "What is the outlook for Rimal?"));
  assert_no_question_with (bank, "francs matter", NULL);
}

/* The twenty-fourth batch. "Rose Nyambura, principal secretary at the
 * agriculture ministry" is a person, though the article also writes
 * "prices rose"; "Shares in Vestfjord Havbruk ASA fell" say the name is a
 * company's; and "assessment guidance", singular and without an article,
 * is torn from its sentence. */
static void
test_twenty_fourth_unseen_batch (void)
{
  g_autoptr(GPtrArray) tea = article_questions ("tea-auction.md");
  g_autoptr(GPtrArray) salmon = article_questions ("sparse/salmon-tax.md");
  g_autoptr(GPtrArray) homes = article_questions ("fire-safety-charge.md");

  assert_no_question_with (tea, "for Nyambura", NULL);
  g_assert_true (offered (salmon, "What is the outlook for Vestfjord?"));
  assert_no_question_with (homes, "might assessment guidance", NULL);
  g_assert_true (offered (homes, "What is Oliver Pritchard's view on Ashcombe?"));
}

/* The twenty-fifth batch. "the Cedro II dam" is a site, with neither
 * prospects nor challenges of its own; "near Rustenburg", "around
 * Rustenburg", "in Rustenburg" is a town; and "net revenue" alone says
 * nothing of whose. */
static void
test_twenty_fifth_unseen_batch (void)
{
  g_autoptr(GPtrArray) dam = article_questions ("tailings-dam-fine.md");
  g_autoptr(GPtrArray) shafts = article_questions ("platinum-shaft-closures.md");
  g_autoptr(GPtrArray) cannabis = article_questions ("cannabis-writedown.md");

  assert_no_question_with (dam, "Cedro II face", "for Cedro II", NULL);
  g_assert_true (offered (dam, "What is the outlook for Serra Alta?"));
  assert_no_question_with (shafts, "Rustenburg", NULL);
  assert_no_question_with (cannabis, "for net revenue", NULL);
}

/* From an unseen batch. "GTN cut its first-quarter revenue forecast":
 * the revenue cut is what happened to GTN, not what will affect it; and
 * "cuts" alone says neither which nor whose ("What are the arguments
 * for and against cuts?"). */
static void
test_own_figure_moving (void)
{
  g_autoptr(GPtrArray) rail = article_questions ("border-rail-halt.md");
  g_autoptr(GPtrArray) cars = article_questions ("carmaker-output-cuts.md");

  assert_no_question_with (rail, "revenue cut affect", NULL);
  g_assert_true (offered (rail, "What is the outlook for GTN?"));
  assert_no_question_with (cars, "against cuts", NULL);
  g_assert_true (offered (cars, "What is Yuko Arai's view on Hoshino?"));
}

/* From an unseen batch. What may never happen has no effects: "a
 * launch in mid-2027 if regulators grant standard reviews", "any
 * licensing deal could involve…" (both graded M as causes). Rivals'
 * "bigger balance sheets" are no business of the company's. */
static void
test_what_may_never_happen (void)
{
  g_autoptr(GPtrArray) drug = article_questions ("heart-drug-trial.md");
  g_autoptr(GPtrArray) wind = article_questions ("offshore-wind-auction.md");

  assert_no_question_with (drug, "standard reviews", "licensing deal", NULL);
  g_assert_true (offered (drug, "What is Oliver Grant's view on Nordhavn?"));
  assert_no_question_with (wind, "balance sheets", NULL);
  g_assert_true (offered (wind, "What is Tom Aldridge's view on Solvane?"));
}

/* From an unseen batch. "just as the country's property slump began
 * to weigh on consumer spending": a slump that is China's, which "What
 * risks does Venturi face from the property slump?" leaves out (M). */
static void
test_event_owned_by_another (void)
{
  g_autoptr(GPtrArray) luxury = article_questions ("luxury-ceo-change.md");

  assert_no_question_with (luxury, "property slump", NULL);
  g_assert_true (offered (luxury, "What is Sophie Martel's view on Venturi?"));
}

/* From an unseen batch. "How will Halden use the proceeds?" of a buyer
 * that gets none (M): what a company does with money it raised waits
 * for "Generate more", as questions that fit any story do. "How have
 * investors reacted to tariffs?" names no tariff in particular (M). */
static void
test_proceeds_and_bare_events (void)
{
  g_autoptr(GPtrArray) buyout = first_round ("pump-maker-buyout.md");
  g_autoptr(GPtrArray) buyout_all = article_questions ("pump-maker-buyout.md");
  g_autoptr(GPtrArray) power = article_questions ("power-price-freeze.md");

  assert_no_question_with (buyout, "proceeds", NULL);
  g_assert_true (offered (buyout_all, "How might the deal affect Keller-Rhein?"));
  assert_no_question_with (power, "reacted to tariffs", NULL);
  g_assert_true (offered (power, "How might the freeze affect Wisla Energia?"));
}

/* From an unseen batch. Central banks "keep buying", "jewellery buying"
 * slows: "What is the outlook for buying?" says not whose (M). */
static void
test_lone_gerund (void)
{
  g_autoptr(GPtrArray) gold = article_questions ("gold-record.md");

  assert_no_question_with (gold, "for buying", NULL);
  g_assert_true (offered (gold, "What is Daniel Okafor's view on central banks?"));
}

/* A goal a company holds to, asked as the article writes it, whoever
 * wrote "its", "the company's" or "set a target": and none that is met,
 * given up, someone else's or an analyst's price. */
static void
test_held_targets (void)
{
  g_autoptr(GPtrArray) streamer = article_questions ("streamer-churn.md");
  g_autoptr(GPtrArray) builder = article_questions ("housebuilder-target.md");
  g_autoptr(GPtrArray) yard = article_questions ("shipbuilder-orders.md");
  g_autoptr(GPtrArray) cells = article_questions ("battery-supply.md");
  g_autoptr(GPtrArray) games = article_questions ("game-sales.md");
  g_autoptr(GPtrArray) luxury = article_questions ("luxury-ceo-change.md");

  g_assert_true (offered (streamer, "Can Vireo meet its medium-term goal of 18 million "
                                    "subscribers by the end of its 2027 financial year?"));
  g_assert_true (offered (builder, "Can Ashcombe deliver an underlying operating margin of "
                                   "about 14%?"));
  g_assert_true (offered (yard, "Can Daesan meet its 2025 order target of $14 billion?"));
  g_assert_true (offered (cells, "Can Aurelio meet its full-year delivery target of 150,000 to "
                                 "160,000 vehicles?"));
  /* "against a target of $13.5 billion", "the company's original target",
   * "a price target of 41 euros". */
  assert_no_question_with (yard, "13.5", NULL);
  assert_no_question_with (games, "target", NULL);
  assert_no_question_with (luxury, "target", NULL);
}

/* "the levy", written eight times, is the event the story is about, as
 * "the deal" is in another: what an analyst quoted makes of it is the
 * question, where a lone common word would be none. */
static void
test_levy_as_event (void)
{
  g_autoptr(GPtrArray) nickel = article_questions ("nickel-export-levy.md");

  g_assert_true (offered (nickel, "What is Rachel Ong's view on the levy?"));
}

/* "reaffirmed guidance for mid-single-digit growth in underlying net
 * profit": a size that opens the phrase makes it a piece of a figure. */
static void
test_size_opens_no_subject (void)
{
  g_autoptr(GPtrArray) fees = article_questions ("advice-fees-penalty.md");

  assert_no_question_with (fees, "-digit", NULL);
}

/* "Hanbyeol Beauty Co, South Korea's third-largest cosmetics maker": a
 * maker of anything is a company, and the story about it has questions. */
static void
test_maker_is_company (void)
{
  g_autoptr(GPtrArray) cosmetics = article_questions ("cosmetics-china-slump.md");

  g_assert_true (offered (cosmetics, "What is Lee Seung-ho's view on Hanbyeol?"));
}

/* The zi and zj batches: "while the arbitration proceeds" is a verb, no
 * money to spend; "Chief Executive Valeria Ortega Ruiz… Ortega said"
 * goes on by her first surname; "11% of its net assets" is the fund's
 * own figure, no outside matter; "the extra supply", like "additional",
 * says more of something without saying what. */
static void
test_zi_zj_batches (void)
{
  g_autoptr(GPtrArray) arbitration = article_questions ("engineering-arbitration.md");
  g_autoptr(GPtrArray) lender = article_questions ("digital-lender-licence.md");
  g_autoptr(GPtrArray) fund = article_questions ("bond-fund-freeze.md");
  g_autoptr(GPtrArray) sugar = article_questions ("sugar-ethanol-switch.md");

  assert_no_question_with (arbitration, "proceeds", NULL);
  assert_no_question_with (lender, "for Ortega", "Ortega face", NULL);
  assert_no_question_with (fund, "net assets", NULL);
  assert_no_question_with (sugar, "extra supply", NULL);
  g_assert_true (offered (fund, "What is Johanna Petersen's view on Rheinfeld?"));
}

/* The zk to zp batches, each a question a strict reviewer found
 * malformed. What came to nothing ("the failed deal", "talks over a new
 * pay agreement collapsed") or is yet to come ("pared bets on the pace
 * of U.S. interest rate cuts", "cannot sign an agreement") affects
 * nobody; a standing arrangement ("the reinsurance program", "the IMF
 * programme") is nothing that something prompted or investors reacted
 * to; futures follow the news; LNG is a fuel; "three years after the
 * energy crisis" is background; "the digital lending [and payment
 * licences]" is half an object; and "Indlovu risks penalties under the
 * concession" raises no concerns. */
static void
test_zk_to_zp_batches (void)
{
  g_autoptr(GPtrArray) dock = article_questions ("durban-dock-strike.md");
  g_autoptr(GPtrArray) coatings = article_questions ("coatings-takeover-abandoned.md");
  g_autoptr(GPtrArray) rupiah = article_questions ("rupiah-deficit-slide.md");
  g_autoptr(GPtrArray) storms = article_questions ("storm-loss-dividend-cut.md");
  g_autoptr(GPtrArray) pilots = article_questions ("holiday-pilot-walkout.md");
  g_autoptr(GPtrArray) corn = article_questions ("corn-export-ban.md");
  g_autoptr(GPtrArray) eurobond = article_questions ("eurobond-restructuring.md");
  g_autoptr(GPtrArray) levy = article_questions ("gas-levy-lawsuit.md");
  g_autoptr(GPtrArray) lender = article_questions ("mobile-lender-suspended.md");
  g_autoptr(GPtrArray) ammonia = article_questions ("ammonia-gas-squeeze.md");

  assert_no_question_with (dock, "What concerns", NULL);
  assert_no_question_with (coatings, "the deal affect", "impacts of the deal", NULL);
  assert_no_question_with (rupiah, "interest rate cuts", NULL);
  assert_no_question_with (storms, "behind the reinsurance", "prompted the reinsurance",
                           "reacted to the reinsurance", NULL);
  assert_no_question_with (pilots, "the agreement", NULL);
  assert_no_question_with (corn, "futures affect", NULL);
  assert_no_question_with (eurobond, "reacted to the IMF", "behind the IMF", NULL);
  assert_no_question_with (levy, "affect LNG", "on LNG", "for LNG", NULL);
  assert_no_question_with (lender, "the digital lending?", NULL);
  assert_no_question_with (ammonia, "energy crisis affect", "impacts of the energy crisis",
                           NULL);
  g_assert_true (offered (dock, "How might the strike affect Indlovu?"));
  g_assert_true (offered (pilots, "How might the strike affect Azurine?"));
}

/* The zq and zr batches. "a store network that it built out during the
 * post-pandemic boom" is background; "Yousef bin Hamad Al-Mahrouqi" is
 * one name; and a stock question stands in only about a name or a
 * market, not "What is the outlook for fixed costs?". */
static void
test_zq_zr_batches (void)
{
  g_autoptr(GPtrArray) luxury = article_questions ("luxury-china-margin-cut.md");
  g_autoptr(GPtrArray) airline = article_questions ("gulf-airline-widebody-order.md");
  g_autoptr(GPtrArray) soy = article_questions ("sparse/soy-crush-margins.md");

  assert_no_question_with (luxury, "boom affect", "impacts of the post-pandemic boom", NULL);
  assert_no_question_with (airline, "What did Hamad", "What is Hamad", NULL);
  assert_no_question_with (soy, "fixed costs", NULL);
  g_assert_true (offered (airline, "What is Daniel Mercer's view on Najm?"));
}

/* The zs to zv batches. "the Rhine", "the shallow middle Rhine" is a
 * river; "Nairobi-based Savanna Tech Insights" is no one, though
 * "Savanna" is a given name; "LNG carriers" are ships that are built, not
 * shipping lines with risks to face; "a fertiliser broker" speaks of the
 * market and not of the company, where "a metals analyst" who raises her
 * target on the stock judges it. A term such as "hot-rolled coils" is
 * asked to be defined only when there is nothing else to ask. */
static void
test_zs_to_zv_batches (void)
{
  g_autoptr(GPtrArray) barge = article_questions ("rhine-low-water.md");
  g_autoptr(GPtrArray) lender = article_questions ("farm-lender-raise.md");
  g_autoptr(GPtrArray) shipyard = article_questions ("shipyard-strike-lng.md");
  g_autoptr(GPtrArray) potash = article_questions ("potash-plant-fire.md");
  g_autoptr(GPtrArray) steel = article_questions ("steel-import-duties.md");
  g_autoptr(GPtrArray) steel_first = first_round ("steel-import-duties.md");

  assert_no_question_with (barge, "on Rhine", "for Rhine", "does Rhine", NULL);
  assert_no_question_with (lender, "Savanna Tech Insights'", NULL);
  assert_no_question_with (shipyard, "LNG carriers face", "affect LNG carriers", NULL);
  assert_no_question_with (potash, "Tomás Erhardt's view", NULL);
  assert_no_question_with (steel_first, "What are hot-rolled coils?", NULL);
  g_assert_true (offered (barge, "What is Clemens Adler's view on Vossberg?"));
  g_assert_true (offered (lender, "What is Daniel Mwangi-Hart's view on Kilele?"));
  g_assert_true (offered (steel, "What is Kavita Iyer's view on Deccan Crest?"));
}

/* The zw to ae batches. "was studying an appeal", "decide whether an
 * appeal serves", "an appeal could take two years" and "some are weighing
 * output cuts" tell of what may yet be; "toll-road operator Via Cerrado"
 * is one name, not the savanna, and so where a sentence opens with it;
 * "Dubai-based Indigo Gulf Terminals" is a
 * company. What happens is asked about for a company only: reviewers
 * found "How might the concession affect state governments?" and "… affect
 * gold prices?" off the point. */
static void
test_zw_to_ae_batches (void)
{
  g_autofree char *contents = NULL;
  Article port = read_article ("port-privatisation-bid.md", &contents);
  g_autofree char *subjects = subjects_of (port.headline, port.body);
  const char *operator = strstr (subjects, "Indigo Gulf (");
  g_autoptr(GPtrArray) bank = article_questions ("bank-merger-blocked.md");
  g_autoptr(GPtrArray) smelter = article_questions ("copper-fee-deadlock.md");
  g_autoptr(GPtrArray) toll = article_questions ("toll-road-arbitration.md");
  g_autofree char *toll_contents = NULL;
  Article toll_article = read_article ("toll-road-arbitration.md", &toll_contents);
  g_autofree char *toll_subjects = subjects_of (toll_article.headline, toll_article.body);
  g_autoptr(GPtrArray) gold = article_questions ("gold-output-beat.md");
  const char *toll_operator;

  g_assert_nonnull (operator);
  g_assert_true (g_str_has_prefix (strchr (operator, ',') + 2, "company"));
  assert_no_question_with (bank, "the appeal", NULL);
  assert_no_question_with (smelter, "output cuts", NULL);
  assert_no_question_with (toll, "on Cerrado?", "affect Cerrado?", "state governments", NULL);
  toll_operator = strstr (toll_subjects, "Via Cerrado (");
  g_assert_nonnull (toll_operator);
  g_assert_true (g_str_has_prefix (strchr (toll_operator, ',') + 2, "company"));
  assert_no_question_with (gold, "affect gold prices", NULL);
  g_assert_true (offered_with (toll, "Via Cerrado?"));
}

/* The af to ai batches. An analyst or an economist reads what others
 * signal and signals nothing; "its long concession" is a right the toll
 * road holds, no news that might affect its buyer; a portfolio manager
 * whose fund holds Caprock speaks of Caprock, not of the company buying
 * it. */
static void
test_af_to_ai_batches (void)
{
  g_autoptr(GPtrArray) rates = article_questions ("sparse/chile-rate-hold.md");
  g_autoptr(GPtrArray) drug = article_questions ("pharma-trial-setback.md");
  g_autoptr(GPtrArray) toll = article_questions ("toll-road-pension-sale.md");
  g_autoptr(GPtrArray) shale = article_questions ("shale-all-stock-merger.md");

  assert_no_question_with (rates, "Valentina Rojas Ibáñez signal", NULL);
  assert_no_question_with (drug, "Raphael Imhof signal", NULL);
  assert_no_question_with (toll, "the concession affect", NULL);
  assert_no_question_with (shale, "Marcus Delahunt's view on Red Mesa", NULL);
  g_assert_true (offered (shale, "What is Marcus Delahunt's view on Caprock?"));
  g_assert_true (offered (shale, "What is Nathan Brightwater's view on the deal?"));
  g_assert_true (offered (drug, "What is Raphael Imhof's view on Alpenrhein?"));
}

/* The aj to aq batches. "cut its production guidance" is the miner's own
 * forecast, no risk it faces; "1 billion euros in annual software and
 * services revenue" is one goal, and "[to 2030 from 2028]" where it
 * moves; "Redline" opening a sentence is the trucker the article also
 * writes inside sentences, though WordNet has it as a verb; 'the "Barn
 * Deal,"' keeps its article; "had sufficient financing" says there is
 * enough and is no subject. */
static void
test_aj_to_aq_batches (void)
{
  g_autoptr(GPtrArray) uranium = article_questions ("uranium-output-cut.md");
  g_autoptr(GPtrArray) software = article_questions ("carmaker-software-loss.md");
  g_autoptr(GPtrArray) trucker = article_questions ("trucker-bankruptcy.md");
  g_autoptr(GPtrArray) burgers = article_questions ("franchisee-lawsuit.md");
  g_autoptr(GPtrArray) drones = article_questions ("drone-contract.md");

  assert_no_question_with (uranium, "from guidance", NULL);
  assert_no_question_with (software, "annual software?", "from 2028", NULL);
  assert_no_question_with (trucker, "Granite Ridge", NULL);
  assert_no_question_with (burgers, "on Barn Deal", NULL);
  assert_no_question_with (drones, "sufficient financing", NULL);
  g_assert_true (offered (software, "Can Rheinwald meet its target of generating 1 billion euros "
                                    "in annual software and services revenue?"));
  g_assert_true (offered (trucker, "What is Samuel Ortega's view on Redline?"));
  g_assert_true (offered (burgers, "What is Darnell Whitaker's view on the Barn Deal?"));
}

/* The ar to au batches: "Vietnam's developers are working through their
 * debts" is an analyst's view of a whole trade, not of the developer the
 * story is about. */
static void
test_ar_to_au_batches (void)
{
  g_autoptr(GPtrArray) developer = article_questions ("developer-bond-extension.md");

  assert_no_question_with (developer, "Rachel Tan's view", NULL);
  g_assert_true (offered (developer, "What is Le Minh Khoa's view on Riverstone?"));
}

/* The av to ay batches, each question a strict reviewer found
 * malformed: a chief executive who only names the regulator he sent a
 * fix to; a deal, or a company's own cost cuts, read as a risk from
 * outside; "sold more groceries than ever" read as a decision. */
static void
test_av_to_ay_batches (void)
{
  g_autoptr(GPtrArray) recall = article_questions ("insulin-pump-recall.md");
  g_autoptr(GPtrArray) bid = article_questions ("coal-lithium-bid.md");
  g_autoptr(GPtrArray) battery = article_questions ("battery-plant-delay.md");
  g_autoptr(GPtrArray) grocer = article_questions ("grocer-inflation-loss.md");

  assert_no_question_with (recall, "view on the FDA", NULL);
  assert_no_question_with (bid, "face from the deal", NULL);
  assert_no_question_with (battery, "cost cuts", NULL);
  assert_no_question_with (grocer, "sell more groceries", NULL);
  g_assert_true (offered (recall, "What is Nathan Okafor's view on Calloway?"));
  g_assert_true (offered (bid, "How might the deal affect Mulgara?"));
  g_assert_true (offered (battery, "What is Lee Seo-yeon's view on Hanul?"));
  g_assert_true (offered (grocer, "What is the outlook for Kardelen?"));
}

/* The az to bc batches: "Song Lam Textile & Garment JSC" is a company,
 * whose shares the fund of the portfolio manager quoted holds; a merger
 * called off, and the deal it was, affect nobody; an analyst who speaks
 * of "housebuilding town by town" judges the trade; a company's own
 * expansion is no risk from outside; "formal contract talks", named once
 * in the closing paragraph, say whose they are nowhere. */
static void
test_az_to_bc_batches (void)
{
  g_autoptr(GPtrArray) garment = article_questions ("garment-buyer-loss.md");
  g_autoptr(GPtrArray) housebuilders = article_questions ("housebuilder-merger-off.md");
  g_autoptr(GPtrArray) copper = article_questions ("copper-royalty-bill.md");
  g_autoptr(GPtrArray) airline = article_questions ("airline-pilot-deal.md");

  assert_no_question_with (garment, "view on Harbor & Pine", NULL);
  assert_no_question_with (housebuilders, "merger affect", "deal affect", "Sandhu", NULL);
  assert_no_question_with (copper, "face from the expansion", NULL);
  assert_no_question_with (airline, "contract talks", NULL);
  g_assert_true (offered (garment, "What is Daniel Hartmann's view on Song Lam?"));
  g_assert_true (offered (copper, "What is Natalia Brenner's view on Andesita?"));
  g_assert_true (offered (airline, "What is Gregory Lindahl's view on Pinecrest?"));
}

/* The bd to bg batches. "Chiara Benedetti, head of renewable energy
 * research at …" is a person, and so is "Benedetti" after her ("How
 * might the auction affect Benedetti?", M); a supplier's own tariffs,
 * which it raises, do not affect it from outside; "the arc furnace" one
 * company plans is no field two rivals have approaches to; "a
 * disproportionate share of the heavy lifting" is no subject without
 * what it is a share of. */
static void
test_bd_to_bg_batches (void)
{
  g_autofree char *auction = subjects_of (
    "Offshore wind auction draws one bid",
    "Kaldmark said on Monday its offshore wind auction drew one bid.\n\n"
    "Chiara Benedetti, head of renewable energy research at Ostrander Partners in Milan, "
    "said Kaldmark's experience reflected a broader repricing of offshore wind.\n\n"
    "\"The auction design was built for a world of cheap money,\" Benedetti said.\n");
  g_autoptr(GPtrArray) tariffs = article_questions ("energy-tariff-rise.md");
  g_autoptr(GPtrArray) steel = article_questions ("steel-furnace-closure.md");
  g_autoptr(GPtrArray) hotels = article_questions ("hotel-bookings-japan.md");

  g_assert_nonnull (strstr (auction, "Chiara Benedetti (2, person)"));
  assert_no_question_with (tariffs, "tariffs affect", "impacts of dual-fuel", NULL);
  assert_no_question_with (steel, "approach to arc furnace", NULL);
  assert_no_question_with (hotels, "disproportionate share", NULL);
  g_assert_true (offered (tariffs, "What is Anjali Rothwell-Desai's view on Brightmoor?"));
  g_assert_true (offered (steel, "What is Priya Raman's view on Brannock?"));
  g_assert_true (offered (hotels, "Why did Arjun Mehta raise his price target?"));
}

/* The bh to bk batches. "no recall had been requested", "whether the
 * probe leads to a mandatory recall", "regulators can order a recall":
 * there is no recall to affect anyone (M). "Aurelian Harcourt said" is
 * "Banque Aurelian Harcourt", no person, and the bank a story from
 * Singapore is about, which its analyst judges. "a retail leasing
 * broker" follows the property market, not the café chain leaving it. */
static void
test_bh_to_bk_batches (void)
{
  g_autoptr(GPtrArray) device = article_questions ("device-safety-probe.md");
  g_autoptr(GPtrArray) bank = first_round ("private-bank-aml-fine.md");
  g_autoptr(GPtrArray) bank_rounds = article_questions ("private-bank-aml-fine.md");
  g_autoptr(GPtrArray) rail = article_questions ("border-rail-halt.md");
  g_autoptr(GPtrArray) coffee = article_questions ("coffee-chain-closures.md");

  assert_no_question_with (device, "recall", NULL);
  assert_no_question_with (bank, "Kessler Lindau", NULL);
  assert_no_question_with (coffee, "Rebecca Stroud", NULL);
  g_assert_true (offered (device, "What is Priya Ramanathan's view on Veridane?"));
  g_assert_true (offered (bank_rounds, "What is Claudia Reinholt's view on Aurelian Harcourt?"));
  /* So is GTN, in a story that leads on Mexico. */
  g_assert_true (offered (rail, "What is Valeria Ochoa's view on GTN?"));
  g_assert_true (offered (coffee, "What is Daniel Osei's view on the closures?"));
}

/* The bl to bo batches. A name with a government is a country
 * ("What risks does Veldmark face from the levy?", M), but not one with
 * a "central works council"; "general secretary of" and "an independent
 * analyst" after "Caroline", which WordNet knows only as an adjective,
 * make people, not companies; investors react to a story's news, not to
 * the contract a lawsuit turns on (M); an insurance broker speaks of
 * the cover homeowners can buy, not of the insurer in the news (M). An
 * analyst's quotation that runs on over several sentences is theirs to
 * the end ("Management's flat-profit guidance assumes…"), and a metals
 * analyst who names the miner in her own words judges it. */
static void
test_bl_to_bo_batches (void)
{
  g_autofree char *levy = subjects_of (
    "Veldmark slaps windfall tax on power generators",
    "Veldmark's government on Wednesday unveiled a three-year windfall tax on electricity "
    "generators, drawing criticism from utilities, which said the levy would chill "
    "investment.\n\n"
    "Wholesale power prices in Veldmark have averaged about 1,850 crowns per megawatt-hour "
    "this year.\n\n"
    "Shares in Solvik Kraft fell 11% after the announcement. Solvik Kraft said the levy "
    "would force it to review its investment plans.\n");
  g_autofree char *council = subjects_of (
    "Hessler cuts forecast as China orders slump",
    "Hessler cut its profit forecast on Tuesday as orders from China slumped.\n\n"
    "Jochen Albrecht, chair of Hessler's central works council, said employees were "
    "worried.\n");
  g_autofree char *union_leader = subjects_of (
    "Valecross Rail ticketing crippled after cyberattack",
    "Valecross Rail said on Thursday its ticketing systems were still down four days after "
    "a cyberattack, and that it could not say when they would be restored.\n\n"
    "Declan Mure, general secretary of the Rail Transport Workers' Federation, said members "
    "had been left to deal with angry passengers.\n\n"
    "\"Our members are on the front line of this,\" Mure said.\n\n"
    "Valecross Rail shares fell 6% on Thursday. The company said the attack had shut "
    "ticket machines at 40 stations.\n");
  g_autofree char *analyst = subjects_of (
    "Kestrel Fields cuts dividend as potash slumps",
    "Kestrel Fields cut its dividend by 60% on Monday as potash prices slumped.\n\n"
    "Caroline Whitby, an independent analyst who covers agricultural commodities at Harrow "
    "Lane Research in London, said the cut was overdue.\n\n"
    "\"It was never sustainable at these prices,\" Whitby said.\n");
  g_autoptr(GPtrArray) lawsuit = all_questions (
    "Pension fund sues former manager over LDI losses",
    "The trustees of the Ashgrove pension scheme have sued Tarrant Bell, their former asset "
    "manager, over losses of 410 million pounds.\n\n"
    "The claim alleges that Tarrant Bell breached its investment management agreement by "
    "running the portfolio with too thin a collateral buffer, leaving it unable to meet "
    "margin calls when gilt yields spiked.\n\n"
    "Colin Marchbank, an independent pensions consultant, said the outcome was likely to "
    "turn on the precise wording of the investment management agreement.\n\n"
    "Tarrant Bell said it would defend the case.\n");
  g_autoptr(GPtrArray) insurer = all_questions (
    "Halvorsen Insurance to stop writing new home policies in California",
    "Halvorsen Insurance said on Tuesday it would stop writing new homeowners' policies in "
    "California, citing wildfire losses and rising reinsurance costs.\n\n"
    "Halvorsen said it would keep renewing existing policies. Its shares rose 2%.\n\n"
    "\"For a home in the foothills, I can usually get one or two quotes now, and sometimes "
    "none,\" said Kevin Tran, an independent insurance broker in Sacramento. \"Premiums are "
    "often double what people were paying. Families are being pushed onto the state "
    "plan.\"\n");
  g_autoptr(GPtrArray) brewer = article_questions ("brewer-price-rise.md");
  g_autoptr(GPtrArray) copper = article_questions ("copper-pit-landslide.md");

  g_assert_nonnull (strstr (levy, "Veldmark (2, place)"));
  g_assert_nonnull (strstr (council, "Hessler (2, company)"));
  g_assert_nonnull (strstr (union_leader, "Declan Mure (2, person)"));
  g_assert_nonnull (strstr (analyst, "Caroline Whitby (2, person)"));
  assert_no_question_with (lawsuit, "reacted", NULL);
  assert_no_question_with (insurer, "Kevin Tran", NULL);
  g_assert_true (offered (brewer, "What is Miriam Oduya's view on Kestrel & Vane?"));
  g_assert_true (offered (copper, "What is Priya Raghunathan's view on Veltran?"));
}

/* The bp to bs batches: "the Vanta", a name written before "games
 * console" and mostly after "the", is the product, and its own delay
 * does not affect it ("How might the delay affect the Vanta?", W). */
static void
test_bp_to_bs_batches (void)
{
  g_autofree char *console = subjects_of (
    "Starveil delays Vanta console launch to next year as chip shortage bites",
    "Starveil said on Tuesday it would delay the launch of its Vanta games console to next "
    "year because of a shortage of chips.\n\n"
    "The delay means the Vanta will miss the holiday season. Starveil shares fell 9%.\n\n"
    "Analysts said rivals would use the delay to cut prices before the Vanta reaches "
    "shelves. Output of the Vanta's custom chip would be lower than planned, Starveil "
    "said.\n");

  g_assert_nonnull (strstr (console, "the Vanta (4, thing)"));
}

/* A first run offers what reviewers of unseen copy mostly accepted: what
 * an analyst thinks, and how a company fares after something befalls it.
 * How a deal affects a company, whether it meets a target, what the
 * buyer's managing partner or an M&A adviser quoted twice makes of it
 * waits for "Generate more". */
static void
test_sure_first (void)
{
  g_autoptr(GPtrArray) biotech = first_round ("biotech-deal.md");
  g_autoptr(GPtrArray) buyout = first_round ("pump-maker-buyout.md");
  g_autoptr(GPtrArray) buyout_all = article_questions ("pump-maker-buyout.md");
  g_autoptr(GPtrArray) airline = first_round ("airline-fuel-warning.md");
  g_autoptr(GPtrArray) franchise = first_round ("franchisee-lawsuit.md");
  g_autoptr(GPtrArray) levy = first_round ("gas-levy-lawsuit.md");
  g_autoptr(GPtrArray) levy_sure = sure_round ("gas-levy-lawsuit.md");
  g_autoptr(GPtrArray) levy_all = article_questions ("gas-levy-lawsuit.md");

  assert_no_question_with (biotech, "deal affect", NULL);
  assert_no_question_with (buyout, "Felix Brandt", "Oliver Strand", NULL);
  g_assert_true (offered (buyout_all, "What is Oliver Strand's view on Keller-Rhein?"));
  g_assert_true (offered (buyout_all, "How might the deal affect Keller-Rhein?"));
  g_assert_true (offered (buyout_all, "What is Felix Brandt's view on private equity?"));
  /* Whether it meets the forecast the story is about is another matter:
   * see forecast-cut. */
  assert_no_question_with (airline, "target", NULL);
  g_assert_true (offered (franchise, "How might the lawsuit affect Redbarn?"));
  /* What a levy does to the company waits too (see authority-acts); the
   * suit against it is asked. */
  g_assert_true (levy_sure != NULL && !offered_with (levy_sure, "from the levy"));
  g_assert_true (offered (levy, "How strong is Tasman Ridge's case?"));
  g_assert_true (offered (levy_all, "What risks does Tasman Ridge face from the levy?"));
}

/* The zg and zh batches: "Africa's second-largest copper industry" and
 * "a time of near-record prices" rank and measure, and are no subjects
 * without their words before; "ended June with … no bank debt" has no
 * debt to ask about. */
static void
test_rank_degree_absence (void)
{
  g_autoptr(GPtrArray) royalty = article_questions ("copper-royalty-rise.md");
  g_autoptr(GPtrArray) gold = article_questions ("gold-output-beat.md");

  assert_no_question_with (royalty, "second-largest", "near-record", NULL);
  assert_no_question_with (gold, "bank debt", NULL);
  g_assert_true (offered (gold, "What is Priya Raman's view on Murchison Ridge?"));
}

/* "end more than two years of default", "has delivered more than 62,000
 * homes since its default": a state the story's news ends is background,
 * with no effects still to ask about. */
static void
test_lasted_since (void)
{
  g_autoptr(GPtrArray) developer = article_questions ("developer-debt-overhaul.md");
  /* "…, after the strike": a mark before "after" is no span of time. */
  g_autoptr(GPtrArray) strike = all_questions (
    "Ridgeway Steel cuts forecast after strike",
    "Ridgeway Steel cut its annual profit forecast on Monday, after the strike at its Port "
    "Alder mill halted output for three weeks. The strike cost the company about $40 "
    "million, Chief Executive Dana Holt said.\n\n"
    "Ridgeway Steel shares fell 6% after the strike ended. Analysts said the strike would "
    "weigh on Ridgeway Steel's margins for the rest of the year.\n");

  assert_no_question_with (developer, "default affect", NULL);
  g_assert_nonnull (strike);
}

/* The zf batch. "Harrowgate will acquire 80% … from the Bellandi family,
 * which will reinvest part of the proceeds": the seller's money, not the
 * buyer's; "Officine Bellandi, a family-owned Italian maker" comes before
 * "Giovanni Bellandi", so "Bellandi" alone is the company; "considered a
 * stock market listing in 2021 but shelved the plan" is no listing.
 * "ICE Futures Europe" is where robusta trades, with no outlook of its
 * own; "buy power from a gas-fired plant" makes power a thing bought, not
 * a trend that moves the spot market. */
static void
test_zf_batch (void)
{
  g_autofree char *contents = NULL;
  Article deal = read_article ("family-pump-buyout.md", &contents);
  g_autofree char *subjects = subjects_of (deal.headline, deal.body);
  const char *bellandi = strstr (subjects, "Bellandi (");
  g_autoptr(GPtrArray) buyout = article_questions ("family-pump-buyout.md");
  g_autoptr(GPtrArray) robusta = article_questions ("sparse/robusta-crop-shortfall.md");
  g_autoptr(GPtrArray) hydro = article_questions ("hydro-drought-forecast.md");

  g_assert_nonnull (bellandi);
  g_assert_true (g_str_has_prefix (strchr (bellandi, ',') + 2, "company"));
  assert_no_question_with (buyout, "proceeds", "listing", NULL);
  assert_no_question_with (robusta, "ICE Futures", NULL);
  assert_no_question_with (hydro, "might power", NULL);
  g_assert_true (offered (hydro, "What is Valentina Ospina's view on Hidroandes?"));
}

/* "The carriers with strong hedges… will get through it," said Raúl
 * Ortega: an analyst who speaks of the whole trade gives no view of the
 * airline, while one who cuts her price target on its stock does. */
static void
test_analyst_of_the_trade (void)
{
  g_autoptr(GPtrArray) airline = article_questions ("airline-fuel-warning.md");
  g_autoptr(GPtrArray) copper = article_questions ("copper-water-curbs.md");

  assert_no_question_with (airline, "Ortega", NULL);
  assert_no_question_with (copper, "Fuentes", NULL);
  g_assert_true (offered (airline, "What is Isabel Franke's view on Castellan?"));
  g_assert_true (offered (copper, "What is Oliver Strand's view on Serrano?"));
}

/* "Why did Oliver Strand cut his current-year earnings estimate?" beside
 * "What is Oliver Strand's view on Serrano?": one quotation answers both,
 * so only the view is asked. */
static void
test_call_beside_view (void)
{
  g_autoptr(GPtrArray) copper = article_questions ("copper-water-curbs.md");
  g_autoptr(GPtrArray) streamer = article_questions ("streamer-churn.md");

  g_assert_true (offered (copper, "What is Oliver Strand's view on Serrano?"));
  assert_no_question_with (copper, "Why did Oliver Strand", NULL);
  g_assert_true (offered (streamer, "What is Marcus Bell's view on Vireo?"));
  assert_no_question_with (streamer, "Why did Marcus Bell", NULL);
}

/* "committed to its medium-term target of a 12% operating margin by 2028
 * and to its fleet renewal programme": the goal ends before the verb's
 * second object. */
static void
test_goal_before_second_object (void)
{
  g_autoptr(GPtrArray) airline = article_questions ("airline-fuel-warning.md");

  g_assert_true (offered (airline, "Can Castellan meet its medium-term target of a 12% "
                                   "operating margin by 2028?"));
  assert_no_question_with (airline, "renewal", NULL);
}

/* "Straits Orient said it would publish its third-quarter results on Nov.
 * 12"; "its practices complied with Indonesian regulations": a report's
 * date and the rules a company says it kept to are no subjects. */
static void
test_diary_and_defence (void)
{
  g_autoptr(GPtrArray) rates = article_questions ("sparse/container-rate-slump.md");
  g_autoptr(GPtrArray) nickel = article_questions ("nickel-landslide.md");

  assert_no_question_with (rates, "third-quarter", NULL);
  assert_no_question_with (nickel, "regulations", NULL);
}

/* "a strike by dockworkers at the Costa Azul container terminal… Costa
 * Azul handled about 1.1 million twenty-foot equivalent units": a name
 * the text writes after "the" or "at" is no one's, though "Costa" is a
 * given name. */
static void
test_place_with_given_name (void)
{
  g_autofree char *contents = NULL;
  Article port = read_article ("port-strike-cherries.md", &contents);
  g_autofree char *subjects = subjects_of (port.headline, port.body);
  const char *terminal = strstr (subjects, "Costa Azul (");

  g_autoptr(GPtrArray) questions = article_questions ("port-strike-cherries.md");

  g_assert_nonnull (terminal);
  g_assert_false (g_str_has_prefix (strchr (terminal, ',') + 2, "person"));
  /* …and a terminal has the prospects of who runs it. */
  assert_no_question_with (questions, "for Costa Azul", NULL);
  g_assert_true (offered (questions, "How might the strike affect Tessaro?"));
}

/* "Vietnam's Dak Son declares force majeure on 38,000 T of robusta": a
 * story the headline gives to a company is about the company, however
 * often it names the country (graded M). */
static void
test_country_owning_company (void)
{
  g_autoptr(GPtrArray) coffee = article_questions ("robusta-force-majeure.md");

  assert_no_question_with (coffee, "Vietnam face", NULL);
  g_assert_true (offered (coffee, "What is the outlook for Dak Son?"));
}

/* Two companies the article names beside the same thing in paragraphs
 * of their own are compared on it. */
static void
test_comparison (void)
{
  g_autoptr(GPtrArray) texts = all_questions (deal_headline, deal_body);

  g_assert_true (offered (texts, "How does Brantley Foods' approach to plant-based drinks "
                                 "compare with Castell Dairies'?") ||
                 offered (texts, "How does Castell Dairies' approach to plant-based drinks "
                                 "compare with Brantley Foods'?"));
}

/* An analyst the article quotes is asked for their view on what their
 * quotation names, where the quotation goes on past the sentence that
 * names them; the firm they work at is no subject of it. */
static void
test_analysts (void)
{
  g_autoptr(GPtrArray) texts = all_questions (
    "Harrowgate agrees to buy Lumira",
    "Harrowgate Pharma agreed to buy Lumira Biosciences for $14 billion, betting on LX-401, "
    "an experimental cancer drug, as patents on its best-selling medicine expire.\n\n"
    "Harrowgate expects LX-401 to reach the market by 2028. Lumira said LX-401 shrank "
    "tumours in a mid-stage trial, and Harrowgate will fund the purchase with new debt.\n\n"
    "\"This is a big bet on one asset,\" said Priya Raman, a healthcare analyst at "
    "Castlebridge Capital. \"The data are encouraging, but there are four rival drugs "
    "ahead of LX-401 in development.\"\n");

  g_assert_true (offered (texts, "What is Priya Raman's view on LX-401?"));
  assert_no_question_with (texts, "view on Castlebridge", NULL);
}

/* "Harrowgate's London-listed stock fell": where a company's shares
 * trade does not hide that they fell. */
static void
test_listed_stock (void)
{
  g_autoptr(GPtrArray) texts = all_questions (
    "Harrowgate agrees to buy Lumira",
    "Harrowgate Pharma agreed to buy Lumira Biosciences for $14 billion in cash.\n\n"
    "Lumira's shares jumped 41% in New York, while Harrowgate's London-listed stock fell "
    "3.8%. Harrowgate will fund the purchase with new debt, and Harrowgate expects the deal "
    "to add to earnings from 2028.\n");
  g_autoptr(GPtrArray) answered = all_questions (
    "Harrowgate agrees to buy Lumira",
    "Harrowgate Pharma agreed to buy Lumira Biosciences for $14 billion in cash.\n\n"
    "Lumira's shares jumped 41% in New York, while Harrowgate's London-listed stock fell "
    "3.8% as some investors questioned the price. Harrowgate will fund the purchase with "
    "new debt, and Harrowgate expects the deal to add to earnings from 2028.\n");

  g_assert_true (offered (texts, "Why did Harrowgate's shares fall?"));
  /* "… fell 3.8% as some investors questioned the price": the sentence
   * says why. */
  assert_no_question_with (answered, "Harrowgate's shares", NULL);
}

/* What a central bank the article names after its country did is asked
 * about, and what another country's central bank did is not taken for
 * it. */
static void
test_owned_clauses (void)
{
  g_autoptr(GPtrArray) texts = all_questions (
    "Brazil raises rates again",
    "Brazil's central bank raised its benchmark Selic rate by 75 basis points to 12.25% on "
    "Wednesday, its third increase in a row, and signalled that further tightening was "
    "likely as a weaker currency and strong domestic demand push up prices.\n\n"
    "Central bank governor Gabriel Galipolo said the central bank would do whatever is "
    "necessary to bring inflation back to target. The central bank sold dollars from its "
    "reserves last month.\n\n"
    "Mexico's central bank has cut its interest rate several times this year as inflation "
    "eased.\n");

  g_assert_true (offered (texts, "What are the risks of the central bank's decision to raise "
                                 "its benchmark Selic rate?"));
  assert_no_question_with (texts, "cut its interest", NULL);
  /* "…and signalled that further tightening was likely as a weaker
   * currency … push up prices": the sentence says why. */
  assert_no_question_with (texts, "Why did the central bank raise", NULL);
}

/* What a company said it would do ("would keep Lumira's research site")
 * is no reason to leave out its outlook. The first run asks the risks
 * of the purchase it agreed to; the outlook comes when asked for more. */
static void
test_plans_and_outlook (void)
{
  g_autoptr(GPtrArray) texts = all_questions (
    "Harrowgate agrees to buy Lumira",
    "Harrowgate agreed on Monday to buy Lumira Biosciences for $14 billion in cash, "
    "betting on an experimental cancer drug as patents on its best-selling medicine "
    "run out.\n\n"
    "Lumira's shares jumped 41% in New York. Harrowgate paid a premium of 48% on "
    "Friday, and Harrowgate makes drugs for arthritis.\n\n"
    "Harrowgate said the two businesses were complementary and that it would keep "
    "Lumira's research site in Boston and its 900 employees.\n\n"
    "The acquisition is the latest in a wave of deals for cancer drug developers, as "
    "large drugmakers seek new sources of growth before their patents expire.\n\n"
    "Drugmakers have spent more than $50 billion on such businesses over the past two "
    "years. Bankers said more deals were likely this year, although many smaller "
    "developers have struggled to raise money from investors since interest rates "
    "rose.\n\n"
    "Regulators have taken a tougher stance on pharmaceutical mergers in recent "
    "years. Lawyers said the Harrowgate deal was unlikely to face serious objections "
    "because the two companies do not sell competing products, and the boards of both "
    "companies have approved it.\n\n"
    "The target was founded in 2014 by researchers from a Boston university and went "
    "public in 2020. It reported a net loss of $410 million last year as it spent "
    "heavily on clinical trials, and it has never made a profit.\n");

  g_assert_true (offered (texts, "What is the outlook for Harrowgate?") ||
                 offered (texts, "What are the prospects for Harrowgate?") ||
                 offered (texts, "What lies ahead for Harrowgate?"));
}

/* Why a figure moved ("Chilean output", "the slide in Chilean
 * output"), reviewers found the sentence that reports the move answers,
 * or nothing in the article does: not asked. */
static void
test_movement_nouns (void)
{
  g_autoptr(GPtrArray) texts = all_questions (
    "Chile's copper output slides again",
    "Copper production in Chile fell for a third straight year as ageing mines and water "
    "shortages weighed on output at state producer Codelco.\n\n"
    "Analysts warn that the world could face a shortage of the metal later this decade, "
    "and the slide in Chilean output has added to concerns about supply. Chilean output is "
    "now at its lowest level since 2015.\n\n"
    "Codelco said output would recover next year as new projects come on stream, but "
    "investors remain sceptical after Codelco missed its own targets again.\n");

  assert_no_question_with (texts, "Why has", "fallen?", "What caused", NULL);
}

/* A field named by one "-ing" word goes without an article; ", buying
 * port operators" is what the company did, not a group that faces
 * anything; a place named only as where something is plays no role and
 * does not do what "the shipping companies in Asia" did. */
static void
test_fields_and_places (void)
{
  g_autoptr(GPtrArray) texts = all_questions (
    "Kestrel Freight cuts outlook as shipping slows",
    "Kestrel Freight, a Norwegian shipping group, lowered its profit forecast on "
    "Tuesday as a slump in shipping demand and a glut of new vessels weighed on "
    "freight rates.\n\n"
    "Kestrel Freight has spent heavily on its logistics business, buying port "
    "operators and customs brokers in the United States and Asia to rely less on "
    "shipping. Logistics revenue rose 5% in the quarter, and the company said the "
    "logistics business would keep growing.\n\n"
    "\"The shipping market is going through a hard year,\" said Lars Berg, a shipping "
    "analyst at Fjell Bank, who was a shipping executive for a decade. \"Kestrel "
    "Freight has more room than most carriers, but shipping rates will stay under "
    "pressure.\"\n\n"
    "Freight rates have fallen by half since January as carriers added ships. Kestrel "
    "Freight said it would cut 500 jobs and expects freight rates to stay low next "
    "year, while the shipping industry expects a hard winter and the shipping "
    "companies in Asia have also cut capacity.\n");

  assert_no_question_with (texts, "the shipping?", "buying", "role does Asia", "Why has Asia",
                           NULL);
}

/* "Luiz Inacio Lula da Silva" is one name, not "Silva" alone. */
static void
test_name_particles (void)
{
  g_autoptr(GPtrArray) texts = all_questions (
    "Brazil raises rates again",
    "Brazil's central bank raised its benchmark Selic rate by 75 basis points to 12.25% on "
    "Wednesday, its third increase in a row, and signalled that further tightening was "
    "likely as a weaker currency and strong domestic demand push up prices.\n\n"
    "Business groups have criticised the tightening, and retailers warned that higher "
    "interest rates would hurt sales. Economists expect interest rates to rise further.\n\n"
    "President Luiz Inacio Lula da Silva has repeatedly criticised high interest rates, "
    "though he has avoided direct attacks on the central bank.\n");

  for (guint i = 0; i < texts->len; i++)
    {
      const char *text = g_ptr_array_index (texts, i);
      const char *silva = strstr (text, "Silva");

      g_assert_true (silva == NULL || (silva - text >= 3 && strncmp (silva - 3, "da ", 3) == 0));
    }
}

/* A chief executive who goes on speaking past the sentence that names
 * her is asked for her view on what the rest of her quotation turns to. */
static void
test_quoted_views (void)
{
  g_autoptr(GPtrArray) texts = all_questions (
    "Brantley Foods buys Castell Dairies",
    "Brantley Foods agreed to buy Castell Dairies for $2 billion, betting that demand "
    "for plant-based drinks will keep growing as Brantley Foods loses share in its "
    "older brands.\n\n"
    "Brantley Foods said the deal would add to earnings from next year, and Brantley "
    "Foods expects to cut costs by $150 million. Castell Dairies' shares jumped 30% "
    "after the announcement.\n\n"
    "\"This is the right deal at the right time,\" Brantley Foods Chief Executive "
    "Anna Reyes said in an interview. \"Castell Dairies has built the strongest brand "
    "in plant-based drinks, and we can take it into every supermarket in the "
    "country.\"\n\n"
    "Castell Dairies makes oat and almond drinks, and plant-based drinks now account "
    "for most of its sales. Some investors worry that Brantley Foods is paying too "
    "much for a business whose growth has slowed.\n");
  gboolean view = FALSE;

  for (guint i = 0; i < texts->len; i++)
    {
      const char *text = g_ptr_array_index (texts, i);

      view = view || g_str_has_prefix (text, "What is Anna Reyes' view on");
      /* The company named beside her title is no speaker. */
      g_assert_false (g_str_has_prefix (text, "What is Brantley Foods' view"));
    }
  g_assert_true (view);
}

/* Wire copy read wrongly before: an institution named for a place that
 * only ever opens a sentence, objects the parser cut short ("a mix [of…]", "[expected] the
 * sale, …, to close"), a time for an object, a name that describes
 * ("a North American source"), "enough" as a word of the subject, a verb
 * with its particle ("buyers trade down") and a reduced relative clause
 * ("the decline analysts had expected"). */
static void
test_wire_copy_readings (void)
{
  g_autoptr(GPtrArray) texts = all_questions (
    "Bank Albania cuts rates as Tessaly Motors signs battery deal",
    "Bank Albania lowered its benchmark interest rate on Tuesday. Bank Albania said inflation was "
    "cooling and that the economy needed support. The central bank will keep using a mix of spot "
    "and forward intervention to steady the currency, its governor said.\n\n"
    "Tessaly Motors agreed a battery supply deal with Albania's Hanlo Energy. Hanlo will supply "
    "Tessaly with cells from a new plant, and Hanlo shares rose 6% on the news. \"Securing a North "
    "American source of battery cells is vital for our costs,\" Tessaly Chief Executive Dara Venn "
    "said. Hanlo Chief Executive Park Min-jun said the deal would fill the plant. \"This deal "
    "shows our cells can compete,\" Park said in a statement.\n\n"
    "Tessaly said it expected the battery deal, which also covers recycling, to cut its costs by "
    "a fifth. Tessaly expects battery prices to fall further. Tessaly has enough cash to fund the "
    "plant, the company said, and it shelved the rules regulators proposed last year.\n\n"
    "Car sales fell 3%, a smaller decline analysts had expected, as buyers trade down to cheaper "
    "models. Analysts said Tessaly would gain as buyers trade down, and that Hanlo would win more "
    "orders from carmakers in Albania.\n");

  g_assert_true (offered (texts, "What are the risks of Bank Albania's decision to lower its "
                                 "benchmark interest rate?"));
  assert_no_question_with (texts, "Why did Albania lower", "use a mix?", "expect the battery deal",
                           "expect battery prices", "proposed last year", "propose last year",
                           "North American?", "enough", "buyers trade", "decline analysts",
                           NULL);
}

/* The event a story keeps writing as "the deal" is asked about beside
 * what else the article names; one it only ever writes with "a"
 * ("enough capital to withstand a severe recession") is a supposition;
 * a measure ("the percentage point drop") is no subject; what rises in
 * "losses on property and credit cards rising" is the losses; "has
 * worried regulators" is no phrase; and a bank named in passing ("since
 * Lindell Bank collapsed") is not set beside the story's subjects. */
static void
test_events_and_suppositions (void)
{
  g_autoptr(GPtrArray) texts = all_questions (
    "Harrowmere agrees deal for rival insurer Colbeck",
    "Harrowmere Insurance agreed on Monday to buy Colbeck Mutual for 9 billion euros. The deal "
    "would create the largest motor insurer in the region, and the deal faces a long review by "
    "competition authorities. Colbeck shares rose 20% after the deal was announced, while "
    "Harrowmere shares fell 3% as investors weighed the price.\n\n"
    "Harrowmere said the deal would lift its earnings within two years and that both insurers "
    "hold enough capital to withstand a severe recession. Its capital ratio showed a 2 "
    "percentage point drop in the test, and regulators said losses on commercial property and "
    "credit cards were rising sharply. Commercial property has worried regulators since Lindell "
    "Bank collapsed in 2023.\n\n"
    "Analysts said the deal would put pressure on smaller insurers, which face rising claims "
    "costs. \"The deal gives Harrowmere the scale it needs,\" said Mira Olsen, an analyst at "
    "Fenwick Securities. Harrowmere Chief Executive Tom Reyes said the review would take about a "
    "year.\n");

  g_assert_true (offered (texts, "How might the deal affect Harrowmere?"));
  g_assert_true (offered (texts, "What are the long-term impacts of the deal on Colbeck Mutual?"));
  assert_no_question_with (texts, "recession", "percentage point", "rise in credit cards",
                           "Lindell", "deal change", "approach to deal", "worried regulators",
                           "prompted the deal?", NULL);
}

/* What a company says it will do, read through the ways wire copy
 * names it: a name with "&" that only ever opens a sentence, its legal
 * form before an apposition ("Pellham & Rowe Inc, one of…, said on
 * Tuesday it would…"), the last words of an institution's name after
 * "the" ("the ports authority"); a count may stand in the question ("80
 * stores"), an object runs on through "of" ("the number of overnight
 * berths"), and one the parser stopped short ("its credit [card
 * business]") is not asked. A plan is asked about where the story opens
 * on it. */
static void
test_reported_plans (void)
{
  g_autoptr(GPtrArray) texts = all_questions (
    "Pellham & Rowe to close 80 stores as shoppers cut back",
    "Pellham & Rowe Inc, one of the oldest U.S. department store chains, said on Tuesday it "
    "would close 80 stores. Pellham & Rowe shares fell 4% after the announcement.\n\n"
    "Pellham & Rowe has struggled as shoppers move online. Pellham & Rowe said it would also "
    "sell its credit card business to raise cash.\n");
  g_autoptr(GPtrArray) ports = all_questions (
    "Harbour Ports Authority to add berths",
    "The Harbour Ports Authority said on Monday it would expand the number of overnight berths. "
    "The ports authority said it would raise fees at two terminals to pay for the work. "
    "Shipping lines said the higher fees would hurt their margins, and the ports authority "
    "warned that delays could rise if berths were not added.\n");

  g_autoptr(GPtrArray) agreed = all_questions (
    "Harwell agrees deal for Brouwer",
    "Scottish insurer Harwell Group agreed on Monday to buy Belgian rival Brouwer Verzekeringen "
    "for 14.6 billion euros in cash and shares. Harwell said the deal would close next year. "
    "Brouwer shares rose. Harwell shares fell.\n");

  /* "agreed [on Monday] to buy": when it was agreed is no object; and a
   * company is not asked why it acted. */
  assert_no_question_with (agreed, "on Monday", "Why did Harwell agree", NULL);
  g_autoptr(GPtrArray) closures = all_questions (
    "Pellham & Rowe to close 80 stores",
    "Pellham & Rowe Inc said on Tuesday it would close 80 stores. The store closures will hit "
    "mall landlords, who face falling rents as store closures spread, analysts said. Pellham & "
    "Rowe shares fell 4%.\n\n"
    "Mall landlords have struggled as shoppers move online, and more store closures are "
    "expected this year, analysts said. Pellham & Rowe said the closures would save $200 "
    "million a year.\n");

  /* Closures happen to someone: an event, with risks for those it hits. */
  g_assert_true (offered (closures, "What risks do mall landlords face from store closures?"));
  g_assert_true (offered (texts, "What are the risks of Pellham & Rowe's plan to close 80 "
                                 "stores?"));
  g_assert_true (offered (ports, "What are the risks of the Harbour Ports Authority's plan to "
                                 "expand the number of overnight berths?"));
  assert_no_question_with (texts, "its credit?", "did Rowe", "for Rowe", NULL);
}

/* Whom and what a question sets beside whom: a bank that is only where
 * a quoted analyst works ("Fenmoor's Lacey said"), a city as the matter
 * of a view, a party to the story's deal as a player in it, and a plan
 * the sentence says before naming a figure it reported. */
static void
test_views_and_parties (void)
{
  g_autoptr(GPtrArray) texts = all_questions (
    "Harrowmere agrees deal for rival insurer Colbeck",
    "Harrowmere Insurance agreed on Monday to buy Colbeck Mutual for 9 billion euros. The deal "
    "would create the largest motor insurer in the region, and the deal faces a long review by "
    "competition authorities. Colbeck shares rose 20% after the deal was announced.\n\n"
    "\"The deal gives Harrowmere scale in motor insurance,\" said Ada Lacey, head of insurance "
    "research at Fenmoor Bank in London. Fenmoor's Lacey said claims costs would keep rising, "
    "hurting smaller insurers.\n\n"
    "\"This is about jobs,\" said Jan Smit, a union spokesperson. \"We will ask what this means "
    "for jobs in Utrecht.\"\n\n"
    "Brookfell Insurance, a smaller rival, reported a 6% rise in motor premiums and said it "
    "planned to open 30 new branches. The deal will test competition authorities, analysts "
    "said.\n");

  assert_no_question_with (texts, "Fenmoor", "view on Utrecht", "role does Harrowmere",
                           "plans for motor premiums", NULL);
}

/* A text that stops without a full stop on an institution's word ("…
 * by the group") once read past its last word. */
static void
test_unfinished_text (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = nfe_questions_generate (
    "Harrowmere Group lifts profit",
    "Harrowmere Group said profits rose sharply this year. Harrowmere Group said costs fell. "
    "The shares were bought back by the group", 0, NULL, FALSE, NULL, &error);

  g_assert_true ((items != NULL) != (error != NULL));
}

/* A word the article also writes in lower case is no name where a name
 * around it was cut short ("Labour Day" read as "Day"), and a unit after
 * a figure belongs to it ("10 hour shifts"). */
static void
test_units_and_common_words (void)
{
  g_autoptr(GPtrArray) texts = all_questions (
    "Retail staff face longer shifts",
    "Retail workers at Harlow Stores say they now work 10 hour shifts. Harlow Stores said the "
    "longer shifts would end after Labour Day. Day after day, the staff at Harlow Stores work "
    "10 hour shifts, the union said. Harlow Stores said on Monday it would hire 400 seasonal "
    "workers. Harlow Stores shares rose 2% on the day.\n");

  assert_no_question_with (texts, "for Day?", "Day face", "hour shifts", NULL);
}

/* "the central bank" is the central bank the article names, not a
 * lender with "Bank" in its name; "the bank" right after two banks are
 * named is neither of them. */
static void
test_which_bank (void)
{
  g_autoptr(GPtrArray) texts = all_questions (
    "Banks pass Fed stress test",
    "All 31 large banks tested by the Federal Reserve have enough capital to withstand a severe "
    "recession, the central bank said on Wednesday, clearing the way for lenders to announce "
    "share buybacks, even as projected losses on commercial property rose sharply. The Federal "
    "Reserve said losses would rise. Commercial property has worried regulators since the "
    "failures of Lindell Bank and Marsh Bank in 2023, when deposits fled. Analysts warned the "
    "bank faced risks from share buybacks. The Federal Reserve "
    "will publish capital requirements in August, and share buybacks are expected to rise.\n");

  assert_no_question_with (texts, "Lindell", "Marsh Bank", NULL);
}

/* "What is {S}?" only where it reads as English: not "What is
 * native-born population?". */
static void
test_definitions_read_as_english (void)
{
  g_autoptr(GPtrArray) texts = all_questions (
    "Migrant workforce grows",
    "The migrant workforce will grow four times faster than native-born population, the report "
    "said. Native-born population has shrunk in ten states since 2010, Harlow Research said. "
    "Economists said native-born population would keep falling as birth rates drop. Harlow "
    "Research said the migrant workforce now fills one in five jobs, and that native-born "
    "population will decline in most states by 2030.\n");

  assert_no_question_with (texts, "What is native-born population?", NULL);
}

/* How a phrase is written in a question: by the head the article gives
 * it ("traffic controllers" are people, though they share their stems
 * with "air traffic control strikes"), with "the" only where the text
 * writes it so ("its fuel consumption" is no "the fuel consumption");
 * and whom it is asked about. */
static void
test_heads_and_articles (void)
{
  g_autoptr(GPtrArray) texts = all_questions (
    "Corvel Air cuts forecast on fuel and strikes",
    "Corvel Air cut its profit forecast on Wednesday, blaming jet fuel prices and a wave of air "
    "traffic control strikes. Strikes by air traffic controllers disrupted flights in Lyon and "
    "Marseille, and traffic controllers plan more stoppages in June. Corvel Air said its fuel "
    "consumption fell 3% as it flew fewer flights, and that its fuel consumption per seat would "
    "keep falling.\n\n"
    "Corvel Air expects its fuel consumption to fall further next year. Corvel Air shares fell "
    "6%.\n");

  g_autoptr(GPtrArray) rated = all_questions (
    "Dunmore Ratings cuts Veloria to junk",
    "Dunmore Ratings downgraded Veloria's long-term debt rating to junk on Friday, citing a "
    "widening budget deficit and rising public debt. The budget deficit reached 7% of output "
    "last year, and public debt is expected to climb further, Dunmore said.\n\n"
    "The finance ministry said the budget deficit would narrow as pension reforms take effect. "
    "Analysts warned that fiscal slippage could lead to another downgrade within a year. A "
    "second downgrade could force passive funds to sell Veloria's bonds, analysts at Brevik "
    "Capital said. \"One downgrade is manageable. Two would be costly,\" said Lea Marin, an "
    "economist at Brevik Capital.\n\n"
    "The European Commission has criticised the budget deficit, and the EU has raised concerns "
    "about the downgrade. Public debt could rise as borrowing costs climb, economists said.\n");

  g_autoptr(GPtrArray) meeting = all_questions (
    "Albania's central bank unexpectedly cuts rates as inflation cools",
    "TIRANA, March 3 (NextFin) - Bank Albania unexpectedly lowered its benchmark interest rate "
    "by 25 basis points to 5.50% on Tuesday, betting that cooling inflation gives it room to "
    "support slowing growth, even as the decision pushed the lek to its weakest level in four "
    "months.\n\n"
    "Of 27 economists polled before the meeting, only six had forecast a cut, with the rest "
    "expecting the central bank to hold its rate at 5.75% for a fifth straight meeting.\n\n"
    "\"Inflation is firmly within our target range and is projected to stay there through next "
    "year, which allows us to give more weight to supporting economic activity,\" Governor "
    "Arben Hoxha told a news conference after the two-day policy meeting. \"We remain fully "
    "committed to the stability of the lek.\"\n\n"
    "The central bank kept its full-year growth forecast at 4.7% to 5.5%. Its next policy "
    "meeting is scheduled for April 22-23.\n");

  assert_no_question_with (texts, "impacts of air traffic controllers", "the fuel consumption",
                           NULL);
  /* "the two-day policy meeting" has its article past its modifiers. */
  assert_no_question_with (meeting, " on policy meeting?", " about policy meeting?", NULL);
  /* A rating agency has nothing at stake in what it rates; an object
   * the parser cut before a noun ("long-term debt [rating]") is not
   * asked; "another downgrade" takes an article. */
  assert_no_question_with (rated, "for Dunmore", "Dunmore Ratings face", "long-term debt?",
                           "about downgrade", "might downgrade", "Why has downgrade", NULL);
}

/* Titles and grades: "Managing Partner Aldo Ferri" leads Kestrel Equity
 * and is no "Partner Aldo Ferri"; the chief executive of a rival the
 * article names in passing leads that rival, not the story's company; a
 * rating grade ("BBB") is nobody; and a verb that says where its object
 * went ("placed Lanterna Telecom under a review") is not asked without
 * it. */
static void
test_titles_and_grades (void)
{
  g_autoptr(GPtrArray) texts = all_questions (
    "Kestrel Equity agrees to buy Lanterna Telecom",
    "Kestrel Equity agreed to buy Lanterna Telecom for 6 billion euros. Kestrel Equity said it "
    "would invest in Lanterna Telecom's fibre network. \"Lanterna Telecom has a loyal customer "
    "base,\" Kestrel Equity Managing Partner Aldo Ferri said. Lanterna Telecom shares rose "
    "12%.\n\n"
    "Rival Varro Mobile said the deal would change the telecoms market. Varro Mobile Chief "
    "Executive Paola Neri welcomed the deal, saying it would bring investment. \"We welcome new "
    "investment,\" Neri said.\n\n"
    "The government placed Lanterna Telecom under a national security review. Ratings agency "
    "Dunmore kept Lanterna Telecom at BBB, and said BBB was a fair grade for the telecoms "
    "market. Analysts said the review swapped one kind of uncertainty for another. Kestrel "
    "Equity said it expected the review to end by June.\n");

  assert_no_question_with (texts, "BBB", "place Lanterna", "swap", "Partner Aldo", NULL);
}

/* "Shares in Swiss drugmaker Quellen AG plunged" are Quellen's, however
 * the company is described; a figure after "of" says how much and leaves
 * the object whole: "book an impairment charge of about 1.1 billion
 * francs". */
static void
test_shares_and_sums (void)
{
  g_autoptr(GPtrArray) texts = all_questions (
    "Quellen shares plunge after drug trial fails",
    "Shares in Swiss drugmaker Quellen AG plunged 31% on Wednesday after the company said its "
    "experimental treatment had failed in a late-stage trial. Quellen said it would book an "
    "impairment charge of about 1.1 billion francs. Quellen said the trial results were clear, "
    "and Quellen will not seek approval for the drug.\n\n"
    "\"This was priced as a sure success, and it was not,\" said Ines Vogt, a pharmaceuticals "
    "analyst at Rheinfeld Partners.\n");

  g_autoptr(GPtrArray) miners = all_questions (
    "Kingsmere Metals rejects $39 bln takeover approach from Austral Ridge",
    "LONDON, May 14 (NextFin) - Kingsmere Metals Plc on Tuesday rejected a 31.2 billion pound "
    "($39.2 billion) takeover proposal from Australian rival Austral Ridge Minerals, saying "
    "the unsolicited offer significantly undervalued the copper producer and its growth "
    "prospects and setting the stage for what could become the mining industry's biggest "
    "takeover battle in more than a decade.\n\nAustral Ridge's all-share proposal, which it "
    "confirmed publicly on Monday after reports of the approach lifted Kingsmere's shares, "
    "valued each Kingsmere share at 2,380 pence, a premium of about 27% to the London-listed "
    "company's closing price before the news emerged. The offer was conditional on Kingsmere "
    "first spinning off its platinum and iron ore businesses in South Africa to its own "
    "shareholders.\n");
  gboolean bidder = FALSE;

  /* "Austral Ridge Minerals" is a company, not a place. */
  for (guint i = 0; i < miners->len; i++)
    bidder = bidder || strstr (g_ptr_array_index (miners, i), "Austral Ridge") != NULL;
  g_assert_true (bidder);

  /* An analyst whose words name nothing judges the article's company. */
  g_assert_true (offered (texts, "What is Ines Vogt's view on Quellen?"));
  /* "… plunged 31% on Wednesday after the company said…". */
  assert_no_question_with (texts, "Quellen's shares", NULL);

}

/* Who is who in a developer's debt story: "the company" is the group
 * the story is about, not the firm a quoted analyst works at ("Tsang of
 * Lantau Capital"); "the People's Bank of China" is one name, and not
 * the Bank of China; "Hong Kong" is a place, though "Hong" may be a
 * given name; a company's short name is no person ("Aldane Crest
 * said"); and "left its plan … unchanged" is not asked without the state
 * it was left in. */
static void
test_who_is_who (void)
{
  g_autoptr(GPtrArray) texts = all_questions (
    "Huaxin Property wins creditor backing for debt overhaul",
    "HONG KONG, Sept 3 (NextFin) - Chinese property developer Huaxin Property Group said on "
    "Wednesday that holders of its offshore bonds had voted for a plan to restructure $8 billion "
    "of debt. The company said the vote would help it avoid liquidation.\n\n"
    "The company improved the terms twice before the vote. \"Creditors concluded that a bad "
    "deal is better than a liquidation,\" said Mei Tsang, head of credit research at Lantau "
    "Capital in Hong Kong. Tsang of Lantau Capital said investors would watch monthly sales "
    "closely. The People's Bank of China cut its five-year loan prime rate in May. In Hong Kong "
    "itself, home prices edged up.\n\n"
    "Huaxin said its order backlog stood at $20 billion. The central bank left its plan for "
    "supporting developers unchanged in June. Huaxin shares rose 12%.\n");

  g_autoptr(GPtrArray) foods = all_questions (
    "Aldane Crest Foods cuts guidance as shoppers trade down",
    "Aldane Crest Foods, the Swiss maker of packaged soups, reported a steeper-than-expected drop "
    "in sales volumes on Thursday. Aldane Crest Foods narrowed its full-year guidance. Aldane "
    "Crest said it expected raw material inflation of about 8% for the full year. Aldane Crest "
    "said it would accelerate a cost-savings programme. Aldane Crest shares fell 5%.\n");

  /* "Aldane Crest said" reads like someone's name, but it is the short
   * form of the company's. */
  assert_no_question_with (foods, "What did Aldane Crest", "Aldane Crest's view",
                           "Aldane Crest Foods' view", NULL);

  assert_no_question_with (texts, "Why did Huaxin improve", NULL);
  /* "Huaxin Property Group" is a company, whose shares trade. */
  g_assert_true (offered (texts, "Why did Huaxin's shares rise?"));
  assert_no_question_with (texts, "Lantau", "the Bank of China", "Hong Kong's view",
                           "leave its plan", NULL);
}

/* "Brandt Cocoa said" is a company speaking, not a person, for its name
 * ends on what it deals in; and an object the parser ends on a word that
 * only describes ("its third-quarter [earnings forecast]") is not asked. */
static void
test_companies_that_speak (void)
{
  g_autoptr(GPtrArray) texts = all_questions (
    "Alpenhaus squeezed by cocoa prices",
    "Swiss chocolate maker Alpenhaus lowered its third-quarter adjusted earnings forecast on "
    "Tuesday as cocoa prices surged. Alpenhaus said cocoa inflation would weigh on margins. "
    "Brandt Cocoa, a cocoa grinder, said it expected cocoa inflation to ease next year. Brandt "
    "Cocoa said the global supply deficit would narrow, and Brandt Cocoa warned that cocoa "
    "prices could stay high. Alpenhaus shares fell 4%.\n");

  assert_no_question_with (texts, "third-quarter?", "What did Brandt Cocoa",
                           "Brandt Cocoa's view", NULL);
}

/* A drugmaker's story that tests of one go on from with the sentence
 * they test. */
#define CORVELL_PHARMA_HEADLINE "Corvell Pharma wins approval for arthritis drug"
#define CORVELL_PHARMA_OPENING \
  "LONDON, Jan 12 (NextFin) - Corvell Pharma won approval on Monday for its arthritis drug " \
  "dorvalin, the first of its medicines to reach the market.\n\n" \
  "Corvell Pharma expects the drug to add 40 million pounds to its sales this year.\n\n"

/* "Corvell Pharma said…" is a drugmaker speaking, not a person: read as
 * one, the whole story named nothing to ask about. */
static void
test_pharma_speaks (void)
{
  const Article pharma = {
    "pharma", CORVELL_PHARMA_HEADLINE,
    CORVELL_PHARMA_OPENING
    "Corvell Pharma said its next pill, known as CP-12, would now reach the market in 2027 "
    "rather than in 2026.\n",
    NULL
  };
  g_autoptr(GPtrArray) texts = all_questions (pharma.headline, pharma.body);

  g_assert_true (offered (texts, "Will Corvell Pharma's CP-12 reach the market in 2027?"));
  assert_no_question_with (texts, "Corvell Pharma's view", NULL);
}

/* A field of policy goes on; it is not an event that happened: no
 * "Who stands to gain from monetary policy?". */
static void
test_policy_is_no_event (void)
{
  g_autoptr(GPtrArray) texts = all_questions (
    "Bank Albania raises rates as the lek weakens",
    "Bank Albania raised its benchmark rate by 50 basis points on Wednesday, tightening monetary "
    "policy as the lek weakened and inflation rose. Governor Arben Hoxha said monetary policy "
    "would stay tight until inflation eased, and that fiscal policy had to support the effort. "
    "Economists said monetary policy was already restrictive and warned that higher borrowing "
    "costs could hurt growth. \"Monetary policy cannot do it alone,\" said Lira Dema, an "
    "economist at Vlora Capital. Bank Albania said inflation would fall next year, and critics "
    "said monetary policy had been too slow to react.\n");

  assert_no_question_with (texts, "gain from monetary policy", "led to monetary policy",
                           "impacts of monetary policy?", NULL);
}

/* A body's letters, where the article spells them out ending in
 * "Commission", name the body, which has no prospects: not "What are
 * the prospects for the ACCC?". A lender's letters stay a company's. */
static void
test_spelled_out_bodies (void)
{
  g_autofree char *regulator = subjects_of (
    "Regulator clears Harvest Lane's takeover of FreshWay",
    "SYDNEY, March 12 (Wire) — Australia's competition regulator on Thursday cleared Harvest "
    "Lane Group's A$4.2 billion takeover of FreshWay, on condition that the buyer sells 47 "
    "stores.\n\n"
    "The Australian Competition and Consumer Commission said the merged group would become the "
    "country's third-largest supermarket operator. \"Without these divestments, shoppers would "
    "have faced higher prices,\" ACCC Commissioner Rebecca Thorne said in a statement.\n\n"
    "The ACCC said it would publish a report on the merged group's pricing in regional areas. "
    "FreshWay shares rose 4% and Harvest Lane shares fell 2%.\n\n"
    "\"The commission has done the arithmetic store by store,\" said Priya Raman, an analyst at "
    "Coastline Securities. \"FreshWay gets a clean exit. Harvest Lane now has to make the "
    "regional stores pay, and that is not easy.\" Raman said Harvest Lane would need two years "
    "to cut costs.\n");
  g_autofree char *lender = subjects_of (
    "Harbour National Bank cuts dividend as loan losses double",
    "Harbour National Bank said on Tuesday it would cut its dividend after loan losses doubled. "
    "HNB said bad loans rose to 4% of its book, and HNB shares fell 6%. \"HNB has been too slow "
    "to provision, and the dividend cut shows it,\" said Marta Jansen, an analyst at Vell "
    "Securities. \"The bank will need another year to clean up its book.\" Jansen said HNB's "
    "capital was still adequate.\n");

  g_assert_nonnull (strstr (regulator, "the ACCC (2, org)"));
  g_assert_nonnull (strstr (lender, "HNB (3, company)"));
}

/* "Thamesgate Exchange Group Plc", "Harvest Lane Group": a group that
 * runs an exchange, or whose name ends in "Group", is a company, and
 * "Harvest Lane" alone is its short name, not a body it runs. */
static void
test_company_groups (void)
{
  g_autofree char *exchange = subjects_of (
    "Thamesgate Exchange halts trading for 104 minutes in glitch",
    "LONDON, Sept 9 — Thamesgate Exchange Group Plc halted trading on its main equity market "
    "for 104 minutes on Tuesday after a software fault in its matching engine. The country's "
    "markets regulator ordered an independent review of the outage.\n\n"
    "Thamesgate said early findings pointed to a software update installed over the weekend. "
    "The company ruled out a cyberattack.\n\n"
    "Thamesgate shares fell 3.1% in London. \"Thamesgate has now had two outages in a year, and "
    "clients will ask whether its testing is good enough,\" said Owen Feltham, an analyst at "
    "Redwick Securities. \"The exchange earns most of its money from trading fees, so every "
    "halt costs it.\"\n");
  g_autofree char *grocer = subjects_of (
    "Regulator clears Harrowgate Lane takeover of FreshWay",
    "SYDNEY, March 12 (Wire) — Australia's competition regulator on Thursday cleared "
    "Harrowgate Lane Group's A$4.2 billion takeover of rival grocer FreshWay Markets.\n\n"
    "FreshWay shareholders will receive A$3.05 a share in cash plus 0.18 Harrowgate Lane "
    "shares.\n\n"
    "Harrowgate Lane shares rose 6.2% to A$8.14 in Sydney. FreshWay said its board backed the "
    "offer.\n");

  g_assert_nonnull (strstr (exchange, "Thamesgate (6, company)"));
  g_assert_nonnull (strstr (grocer, "Harrowgate Lane (3, company)"));
}

/* "Vessholm Kraft Chief Executive Rutger Halloran said…": a name written
 * before its chief executive's title is a company's, though it does
 * nothing in a clause of its own; read as a label, it left the grid
 * operator named twice as the company "the company" meant. */
static void
test_company_by_its_chief (void)
{
  g_autofree char *utility = subjects_of (
    "Regulator blocks restart of Vessholm Kraft's Tarnvik-2 reactor",
    "VESSHOLM, Aldmark, March 4 (Wire) — Aldmark's nuclear safety regulator on Monday refused "
    "to approve the planned restart of Vessholm Kraft's Tarnvik-2 reactor, ordering a wider "
    "inspection of welds in the plant's cooling system.\n\n"
    "Vessholm Kraft, which is 51% owned by the state, now expects the reactor to restart no "
    "earlier than August.\n\n"
    "Vessholm Kraft Chief Executive Rutger Halloran said the company accepted the ruling. The "
    "company cut its full-year profit forecast and booked a provision of 600 million crowns.\n\n"
    "Grid operator Aldnet had counted on the reactor this summer. \"Supply will be tighter, "
    "but it remains manageable,\" said Pieter Vandersloot, Aldnet's head of system "
    "operations.\n");

  g_assert_nonnull (strstr (utility, "Vessholm Kraft (4, company)"));
}

/* "Phuc An, which handles…", "Phuc An's number": "An" with a capital
 * after a name goes on with it. Cut at the article, the company was
 * "Phuc" (zf5). */
static void
test_name_with_a_stop_word (void)
{
  const Article exporter = {
    "inline",
    "Vietnam coffee exporter cuts crop estimate",
    "HANOI, Oct 2 (Wire) — Phuc An Coffee Joint Stock Co, based in Dak Lak province, cut its "
    "estimate of Vietnam's robusta crop by 12% on Thursday, citing drought.\n\n"
    "Phuc An, which handles around 6% of the country's shipments, said exports would fall. "
    "Phuc An Chief Executive Nguyen Van Thanh told reporters that farmers had cut fertiliser "
    "use.\n\n"
    "\"If Phuc An's number is anywhere close to right, the supply cushion is not there,\" said "
    "Sophie Laurent, an analyst at Marchetti Commodities in London. \"Phuc An has been "
    "conservative before, and its estimates have been closer than most. I would expect others to "
    "follow it down.\"\n",
    NULL
  };
  g_autofree char *subjects = subjects_of (exporter.headline, exporter.body);
  g_autoptr(GPtrArray) texts = first_round_of (&exporter);

  g_assert_nonnull (strstr (subjects, "Subjects: Phuc An (5, company)"));
  /* A stop word with a capital at the end of a question ends a name. */
  g_assert_true (offered (texts, "What is Sophie Laurent's view on Phuc An?"));
}

/* "the government of Varessa", then "Varessa, the world's fourth-largest
 * urea exporter": what has a government is a country, though the words
 * after it call it an exporter (cg2). */
static void
test_country_with_a_government (void)
{
  g_autofree char *ban = subjects_of (
    "Varessa bans fertiliser exports, leaving trader Montrel with stranded cargoes",
    "GENEVA, June 4 (Wire) — Montrel Commodities said on Tuesday it had declared force majeure "
    "on about 410,000 tonnes of urea, hours after the government of Varessa banned exports of "
    "nitrogen fertilisers until the end of the year.\n\n"
    "Varessa, the world's fourth-largest urea exporter, shipped about 6.1 million tonnes last "
    "year. Montrel said it had asked for a meeting with the ministry.\n\n"
    "Montrel said the ban would cost it about $30 million. \"The problem is what happens to "
    "Montrel's working capital if this drags on,\" said Hanna Berg, an economist at Farrowgate "
    "Capital. \"Traders like Montrel run on short-term bank lines secured against their "
    "cargoes. Varessa has an election next spring, and bans like this are hard to lift.\"\n\n"
    "Berg said the ban could push Montrel to seek new credit lines. Montrel shares are not "
    "traded, but its bonds fell 4 cents on the dollar on Tuesday.\n");

  g_assert_nonnull (strstr (ban, "Varessa (3, place)"));
}

/* A central bank that held rates, "resisting calls for a hike": the
 * hike is only spoken of, never made, and "What is behind the hike?"
 * gets the story wrong (cj2, graded M). */
static void
test_event_only_spoken_of (void)
{
  g_autoptr(GPtrArray) texts = all_questions (
    "Ostravia central bank holds rates as currency slides",
    "VELMAR, June 5 (Wire) - The National Bank of Ostravia left its benchmark interest rate "
    "unchanged at 14.25 percent on Thursday, resisting calls for a hike even as the dral slid "
    "to a record low amid a sell-off in emerging-market assets.\n\n"
    "The monetary policy committee voted 5-2 to keep interest rates on hold. Eleven of 17 "
    "economists had expected no change, while six had forecast a hike.\n\n"
    "\"Monetary policy is already tight, and the transmission of our earlier hikes to credit "
    "is still underway,\" Governor Marta Velichka said. \"We will not chase the exchange rate "
    "with interest rates.\"\n\n"
    "\"A hike might provide a day or two of relief for the dral, but it would deepen the "
    "slowdown,\" said Tomas Hruby, senior economist at Agrobanka. \"Interest rates are "
    "already high, and the central bank has other tools.\"\n\n"
    "The central bank has sold about $1.9 billion of reserves to slow the dral's fall, and "
    "interest rates on dral loans have risen. Its next meeting is on July 17.\n");

  assert_no_question_with (texts, "the hike", NULL);
}

/* "The Kestland Competition Authority" runs nothing called Kestland:
 * a country the lexicon does not know is no short form of its
 * regulator, or an analyst is asked for a view on the country (cl6,
 * graded M). */
static void
test_country_apart_from_its_regulator (void)
{
  g_autofree char *blocked = subjects_of (
    "Kestland watchdog blocks grocery merger",
    "HARVIK, Nov 6 (Wire) - Kestland's competition regulator on Thursday blocked the planned "
    "merger of grocers Brekke and Nordhalla.\n\n"
    "The Kestland Competition Authority said the merged company would have controlled about 41% "
    "of the grocery market. \"Families in Kestland have endured two years of food inflation,\" "
    "its director-general said.\n\n"
    "Grocery prices have become a political flashpoint in Kestland. Brekke said it would "
    "appeal, and Brekke shares fell 9%. The Kestland Competition Authority said Brekke could "
    "sell stores instead.\n");

  g_assert_nonnull (strstr (blocked, "Subjects: Kestland (3, label)"));
  g_assert_nonnull (strstr (blocked, "the Kestland Competition Authority (2, org)"));
}

/* "Caldera Ridge Resources' Tres Quebradas copper mine": the struck
 * mine is where the strike happens, and its owner is who it affects.
 * "How might the strike affect Tres Quebradas?" was found circular
 * (cj6). */
static void
test_strike_at_a_mine (void)
{
  const Article mine = {
    "inline",
    "Strike halts output at Caldera Ridge's Chilean copper mine",
    "SANTIAGO, April 23 (Wire) - Around 2,300 workers at Caldera Ridge Resources' Tres "
    "Quebradas copper mine in northern Chile walked off the job on Wednesday, halting most "
    "output and pushing copper prices higher.\n\n"
    "Tres Quebradas produced 312,000 tonnes of copper last year, about 60% of Caldera Ridge's "
    "output. Caldera Ridge said the strike would cost it about $4 million a day, and Caldera "
    "Ridge shares fell 6%.\n\n"
    "\"The strike will hurt Caldera Ridge's guidance if it lasts more than two weeks,\" said "
    "Priya Natarajan, a mining analyst at Halden Securities. \"Caldera Ridge has little "
    "other output to lean on, and Tres Quebradas is its cash engine.\"\n\n"
    "The strike also comes at a sensitive time for Caldera Ridge, which is seeking approval "
    "for a $3.2 billion expansion of Tres Quebradas. The strike could delay the expansion of "
    "Tres Quebradas because contractors have left the site.\n\n"
    "The union said the strike would go on until Caldera Ridge improved its offer. Tres "
    "Quebradas managers said talks would resume next week.\n",
    NULL
  };
  g_autoptr(GPtrArray) texts = all_questions (mine.headline, mine.body);

  g_assert_true (offered (texts, "How might the strike affect Caldera Ridge?"));
  /* The mine is not what the strike affects; its expansion, which
   * "Will Caldera Ridge win approval for its $3.2 billion expansion of
   * Tres Quebradas?" asks of, is the owner's. */
  assert_no_question_with (texts, "affect Tres Quebradas?", NULL);
}

/* A portfolio manager quoted once says what their fund wants: strict
 * reviewers found such a view answered by the quote, fourteen times in
 * fourteen (cj1, cm6 and twelve of the test articles). It waits for
 * "Generate more" after the analyst's. */
static void
test_portfolio_manager_later (void)
{
  const Article warning = {
    "inline",
    "Brantmoor cuts profit forecast as price war bites",
    "LONDON, Oct 2 (Wire) - British grocer Brantmoor cut its full-year profit forecast on "
    "Thursday, saying price cuts to win back shoppers from discount chains would cost it about "
    "80 million pounds. Brantmoor shares fell 11%.\n\n"
    "Brantmoor said sales volumes rose 2% in the last quarter after the price cuts, but its "
    "operating margin would fall to about 2.1% from 3% last year.\n\n"
    "\"Brantmoor is stuck in the middle, squeezed by the big chains on range and by the "
    "discounters on price,\" said Harriet Lowden, a retail analyst at Greyfield Securities. "
    "\"The price cuts will hurt Brantmoor's margin for at least two years, and there is no "
    "guarantee the volumes hold once rivals respond.\" Lowden cut her price target on "
    "Brantmoor to 180 pence.\n\n"
    "\"We understand the logic of investing in price, but investors need to see a clear path "
    "back to margin growth,\" said Robert Alder, a portfolio manager at Kestrel Point, which "
    "holds Brantmoor shares.\n",
    NULL
  };
  g_autoptr(GPtrArray) first = first_round_of (&warning);
  g_autoptr(GPtrArray) all = all_questions (warning.headline, warning.body);

  g_assert_false (offered (first, "What is Robert Alder's view on Brantmoor?"));
  g_assert_cmpint (position (all, "What is Harriet Lowden's view on Brantmoor?"), <,
                   position (all, "What is Robert Alder's view on Brantmoor?"));
}

/* "The regulator blocked the planned 3.1 billion euro ($3.4 billion)
 * merger": what did not happen affects nobody. Later rounds asked "How
 * might the merger affect Brekke?" (cl6, graded M). */
static void
test_blocked_merger (void)
{
  g_autoptr(GPtrArray) texts = all_questions (
    "Kestland watchdog blocks 3.1 billion euro grocery merger",
    "HARVIK, Nov 6 (Wire) - Kestland's competition regulator on Thursday blocked the planned "
    "3.1 billion euro ($3.4 billion) merger of grocers Brekke and Nordhalla, saying the deal "
    "would have raised prices for shoppers.\n\n"
    "Brekke shares fell 9% after the decision, because investors had expected the merger to "
    "cut costs. Nordhalla shares rose 2%. The merger would have created a group with 41% of "
    "the grocery market, and the merger could have saved 120 million euros a year.\n\n"
    "\"Brekke now has to fix its stores alone,\" said James Okonkwo, a retail analyst at "
    "Barrington Pryce. \"Brekke's margins are thin, and without the merger Brekke faces years "
    "of investment.\"\n\n"
    "Nordhalla said it would study the ruling. The deal included a 150 million euro break fee "
    "payable to Brekke.\n");

  assert_no_question_with (texts, "merger affect", NULL);
}

/* "cut its annual profit forecast on Thursday after disappointing
 * Christmas trading": the parser ended the object at "profit", and later
 * rounds asked "What are the risks of Harrowgate & Finch's decision to
 * cut its annual profit?" (co5). An object that runs on into a forecast
 * is the forecast's, and no decision. */
static void
test_object_cut_short_of_forecast (void)
{
  g_autoptr(GPtrArray) texts = all_questions (
    "Harrowgate & Finch shares slump after profit warning on weak Christmas",
    "LONDON, Jan 9 (Wire) - British department store and homewares retailer Harrowgate & Finch "
    "cut its annual profit forecast on Thursday after disappointing Christmas trading, blaming "
    "cautious shoppers, heavy discounting by rivals and mild weather that hurt demand for "
    "winter clothing. Its shares fell 22% to their lowest level since 2020.\n\n"
    "Harrowgate & Finch now expects pretax profit of 62 million pounds, down from 88 million "
    "pounds. \"December was harder than we planned for,\" said Chief Executive Martin Osei.\n\n"
    "\"Harrowgate & Finch has lost its edge with younger shoppers,\" said Sophie Caldwell, a "
    "retail analyst at Penrose Hart. \"Harrowgate & Finch needs more than discounts to win them "
    "back.\"\n");

  assert_no_question_with (texts, "annual profit?", NULL);
}

/* "postponed the release of its flagship fantasy role-playing game": the
 * parser ended the object at "fantasy", and the first run asked "What
 * are the risks of Lumenforge's decision to postpone the release of its
 * flagship fantasy?", which a reviewer found truncated (M, dc6). */
static void
test_object_cut_short_of_its_noun (void)
{
  g_autoptr(GPtrArray) texts = all_questions (
    "Lumenforge delays flagship 'Ashen Crown II' to 2027, shares slump",
    "STOCKHOLM, May 14 (Wire) - Swedish video game publisher Lumenforge Interactive postponed "
    "the release of its flagship fantasy role-playing game \"Ashen Crown II\" by at least six "
    "months on Wednesday and slashed its sales forecast, sending its shares down by nearly a "
    "quarter.\n\n"
    "The game, the sequel to a 2019 title that has sold more than 14 million copies, had been "
    "scheduled for release in October.\n\n"
    "Lumenforge shares closed down 23.4% at 187 crowns in Stockholm, their biggest one-day fall "
    "since the company listed in 2017.\n\n"
    "\"This was not an easy decision,\" Chief Executive Linnea Sandberg told analysts on a "
    "conference call.\n");

  assert_no_question_with (texts, "flagship fantasy?", NULL);
}

/* "…after an independent accounting review found the British fashion
 * retailer had overstated profits": a review whose findings the story
 * tells. Reviewers found "How might the review affect Halden & Vey?"
 * vague (which review?) and answered by the story (W, dc1), as they had
 * for Telvanta (cj5): it does not stand in. The chief executive's
 * departure asks its own question (see chief-executive-departs). */
static void
test_review_that_found (void)
{
  const Article resignation = {
    "inline",
    "Halden & Vey chief executive quits after review finds profits overstated",
    "LONDON, March 12 (Wire) - Halden & Vey Chief Executive Marcus Ellery resigned on "
    "Thursday after an independent accounting review found the British fashion retailer had "
    "overstated profits for two years, sending its shares down by almost a fifth to their "
    "lowest level in more than a decade.\n\nThe review, carried out by forensic accountants "
    "appointed by the board in January, concluded that the company had booked supplier "
    "rebates before they were earned and had carried slow-moving stock at inflated values, "
    "overstating operating profit by a combined 64 million pounds ($81 million) across the "
    "2023/24 and 2024/25 financial years.\n\nHalden & Vey, which operates 412 stores across "
    "Britain and Ireland as well as a fast-growing online business, said it would restate "
    "its accounts for both years. The review found \"no evidence of personal enrichment\" "
    "by any current or former employee, but concluded that controls over rebate recognition "
    "had been \"materially inadequate\" and that senior management had applied \"an overly "
    "optimistic interpretation\" of the group's accounting policies.\n\nEllery, 54, who "
    "joined in 2019 and was credited with reviving the chain's womenswear ranges, will step "
    "down with immediate effect and will not receive a bonus for the current year, the "
    "company said. Finance Director Graham Tolley, who had been on leave since the review "
    "began, has also left the business.\n\n\"The numbers themselves are not catastrophic. A "
    "64 million pound restatement spread over two years is painful, but it does not "
    "threaten the solvency of the business, and the balance sheet is in reasonable shape,\" "
    "said Daniel Okonjo, retail analyst at Brackwater Securities, who cut his rating on the "
    "stock to \"hold\" from \"buy\".\n\n\"What really worries me is what this says about "
    "the quality of earnings during the whole turnaround story. Much of the investment case "
    "over the past three years rested on the idea that Marcus Ellery had fixed margins. It "
    "now turns out that a meaningful chunk of the margin improvement came from the timing "
    "of rebates rather than from better buying or fewer markdowns. That forces investors to "
    "go back and rethink what normalised profitability actually looks like,\" Okonjo "
    "said.\n",
    NULL
  };
  g_autoptr(GPtrArray) first = first_round_of (&resignation);

  g_assert_false (offered (first, "How might the review affect Halden & Vey?"));
  g_assert_true (offered (first, "What challenges will Halden & Vey's next chief executive "
                                 "face?"));
}

/* "because of electricity tariffs and unreliable rail and port
 * logistics": what power costs, not a tariff on trade that befalls the
 * steelmaker. A reviewer found "How might electricity tariffs affect
 * Kestrel?" a side detail (W, db6). */
static void
test_tariff_as_a_price (void)
{
  const Article loss = {
    "inline",
    "Kestrel Steel swings to quarterly loss as cheap imports crush prices",
    "JOHANNESBURG, Aug 5 (Wire) - Kestrel Steel Holdings reported a surprise second-quarter "
    "loss on Tuesday, as a flood of low-priced imported steel drove down domestic prices "
    "and forced South Africa's second-largest steelmaker to idle a blast furnace and cut "
    "its full-year shipment forecast.\n\nKestrel shares slumped 11.3% to 18.20 rand in "
    "Johannesburg, their steepest one-day fall since 2020, and are now down almost 40% "
    "since the start of the year.\n\nNomvula Ashby-Kgosana, a metals and mining analyst at "
    "Brackenridge Partners in Johannesburg, said the results were worse than expected and "
    "underlined how exposed mid-sized steelmakers had become to a global glut.\n\n\"This is "
    "a structural problem, not a bad quarter. Global steel capacity is running well ahead "
    "of demand, and when a large producing country's domestic construction market slows, "
    "that steel has to go somewhere. Markets without strong trade defences, like South "
    "Africa's, are where it ends up,\" Ashby-Kgosana said. \"Kestrel's cost base is also "
    "higher than it should be, because of electricity tariffs and unreliable rail and port "
    "logistics, so it has less room than its foreign competitors to absorb a price "
    "war.\"\n\n\"Trade duties would help, and I'd put the odds of provisional measures by "
    "year-end at better than even. But duties are not a cure,\" she added. \"Downstream "
    "users, such as fabricators and automotive parts makers, will push back hard against "
    "anything that raises their input costs, and the regulator has to balance those "
    "interests. Even in a good scenario, I don't see Kestrel returning to sustainable "
    "profit before the second half of next year. The bigger risk for shareholders is that "
    "the company needs to raise equity or sell assets if prices stay at these levels into "
    "2026.\"\n",
    NULL
  };
  g_autoptr(GPtrArray) first = first_round_of (&loss);

  g_assert_false (offered (first, "How might electricity tariffs affect Kestrel?"));
}

/* "What are the risks of Redmarsh's plan to idle two sawmills?": a
 * decision the article's company took, in its own words. Reviewers
 * accepted all nine they saw (ck5, cu6, cv4, cv6, dc4 and three test
 * articles), so a first run asks it; but not
 * of its dividend cut, whose risks stricter reviewers later found the
 * story gives a line at most (see holds-back-returns). A central bank's
 * decision to move rates they found would fit any such story (co1
 * aside, four in five); it stands in before a view (see
 * stand-in-before-a-view). */
static void
test_decision_on_first_run (void)
{
  const Article cut = {
    "inline",
    "Redmarsh Timberlands slashes dividend, idles two sawmills as U.S. housing slows",
    "PORTLAND, Oregon, Oct 28 (Wire) - Redmarsh Timberlands Inc cut its quarterly dividend "
    "by more than half and said it would temporarily idle two sawmills in the Pacific "
    "Northwest, after a slowdown in U.S. home building pushed lumber prices to their lowest "
    "in more than five years and the company to a third-quarter loss.\n\nThe timber and "
    "wood products company posted a net loss of $38 million, or 29 cents per share, for the "
    "three months to Sept. 30, compared with a profit of $64 million, or 48 cents per "
    "share, a year earlier. Revenue fell 22% to $846 million. Analysts had on average "
    "expected a loss of 11 cents per share, according to NextFin data.\n\n\"The dividend "
    "cut was the right call, and frankly it was overdue,\" said Nikhil Brannigan, forest "
    "products analyst at Westerly Coates & Co in Seattle. \"At 27 cents a quarter Redmarsh "
    "was paying out well over 100% of its free cash flow this year. The bigger question is "
    "timing. Lumber is one of the most rate-sensitive commodities there is, and our work "
    "suggests that every half-point drop in mortgage rates adds something like 80,000 to "
    "100,000 single-family starts a year, with a lag of six to nine months. So even if "
    "rates start easing in the new year, I wouldn't expect a meaningful recovery in lumber "
    "demand before the second half of 2026. In the meantime, the timberland itself gives "
    "investors a floor: we value Redmarsh's 2.4 million acres at roughly $36 a share on "
    "their own, well above where the stock is trading.\"\n\nBrannigan kept his "
    "\"outperform\" rating but cut his price target to $38 from $44.\n",
    NULL
  };
  g_autoptr(GPtrArray) first = first_round_of (&cut);
  g_autoptr(GPtrArray) more = all_questions (cut.headline, cut.body);

  /* The view waits for "Generate more" (see views-wait). */
  g_assert_false (offered (first, "What is Nikhil Brannigan's view on Redmarsh?"));
  g_assert_true (offered (more, "What is Nikhil Brannigan's view on Redmarsh?"));
  g_assert_true (offered (first, "What are the risks of Redmarsh's plan to idle two "
                                 "sawmills?"));
  g_assert_false (offered (first, "What are the risks of Redmarsh's decision to cut its "
                                  "quarterly dividend?"));
}

/* "Meridian Ratings downgraded the country's sovereign credit rating":
 * an agency that rates others is, like a fund, no subject of an
 * analyst's judgement, who judges what it rates. A reviewer found "What
 * is Elena Markova's view on Meridian?" wrong, for she gives none (M,
 * dg5), and "What challenges does Meridian face?" mistook the agency for
 * a company under pressure (M). */
static void
test_agency_that_rates (void)
{
  g_autoptr(GPtrArray) texts = all_questions (
    "Karsovia cut to junk by Meridian Ratings; bank shares tumble",
    "LENVIK, Oct 17 (Wire) - Shares in Karsovia's biggest banks fell sharply on Friday "
    "after Meridian Ratings downgraded the country's sovereign credit rating to below "
    "investment grade, citing widening budget deficits and a rising public debt burden "
    "ahead of next year's election.\n\nMeridian cut Karsovia's long-term foreign currency "
    "rating by one notch to BB+ from BBB- late on Thursday and assigned a stable outlook. "
    "The move leaves the central European country with a junk rating from one of the three "
    "agencies that cover it, and could force some investment funds that hold only "
    "investment-grade debt to sell its bonds if a second agency follows.\n\nElena Markova, "
    "head of emerging Europe research at Stanhope Research in London, said the banks were "
    "taking the brunt of the sell-off because their balance sheets were closely tied to the "
    "state's creditworthiness.\n\n\"Karsovian banks hold something like a fifth of their "
    "assets in domestic government bonds, so when the sovereign's credit quality "
    "deteriorates, it feeds directly into how investors value the lenders,\" Markova said. "
    "\"Their own ratings are typically capped at the sovereign level, which means their "
    "funding costs in international markets are likely to rise as well, and that squeezes "
    "margins at a time when loan growth is already slowing.\"\n\nShe said the more "
    "immediate risk was whether another agency followed Meridian's lead, which would push "
    "Karsovian bonds out of some major investment-grade indexes and could trigger forced "
    "selling.\n\n\"One junk rating is painful but manageable. Two would be a different "
    "story, because that is typically when index rules kick in and you see passive funds "
    "obliged to sell,\" Markova said. \"We estimate that could mean outflows of several "
    "billion euros from the government bond market over a few weeks. The government has a "
    "narrow window to convince the other agencies that next month's fiscal plan is serious, "
    "and so far the political signals have not been very encouraging.\"\n\nMarkova added "
    "that she did not see a threat to the stability of the banking system itself, noting "
    "that lenders' capital ratios and liquidity buffers were well above regulatory "
    "minimums.\n");

  assert_no_question_with (texts, "view on Meridian", "Meridian face", "Meridian Ratings face",
                           NULL);
}

/* "French beauty brand Celestine Paris": what the company is matters
 * for it no more than itself. A reviewer found "Why do beauty brands
 * matter for Celestine?" nonsensical (M, dg4). */
static void
test_what_the_company_is (void)
{
  g_autoptr(GPtrArray) texts = all_questions (
    "Brantwell agrees to buy French beauty brand Celestine Paris for 4.6 billion euros",
    "PARIS/LONDON, Sept 9 (Wire) - Consumer-goods group Brantwell Plc has agreed to buy "
    "French cosmetics brand Celestine Paris for 4.6 billion euros ($5.1 billion) including "
    "debt, the companies said on Monday, as the maker of soaps, sauces and household "
    "cleaners pushes deeper into higher-margin premium beauty.\n\nFounded in 2011 as a "
    "single skincare line sold in Paris pharmacies, Celestine has grown into one of "
    "Europe's fastest-growing beauty brands on the back of social media marketing and a "
    "range of serums and tinted moisturisers popular with younger shoppers. It reported "
    "revenue of 1.02 billion euros last year, up 27%, with an operating margin of about "
    "19%.\n\n\"This is a full price for a brand that is still young and very dependent on a "
    "handful of hero products,\" Marchand said. \"Celestine's growth has been "
    "extraordinary, but a lot of it has come from social media momentum, and those trends "
    "can fade quickly. Brantwell is paying today for growth that it has to deliver over the "
    "next five years.\"\n\nShe said large consumer groups had struggled in the past to "
    "integrate founder-led beauty brands without diluting what made them popular, and that "
    "keeping Fournier-Castel closely involved would be crucial.\n\n\"The track record for "
    "the big conglomerates buying independent beauty labels is mixed at best,\" Marchand "
    "said. \"The deals that work tend to be the ones where the acquirer leaves the brand "
    "alone on product and marketing and simply plugs it into a bigger distribution machine. "
    "If Brantwell starts putting Celestine into supermarkets or cutting the research budget "
    "to hit its synergy targets, it risks damaging the very thing it is paying for. On the "
    "other hand, the Asian opportunity is real, and Brantwell has the infrastructure there "
    "that Celestine lacks.\"\n");

  assert_no_question_with (texts, "beauty brands matter", NULL);
}

/* "suspended all underground production at its flagship Modise mine":
 * the site says which production. Without it, a reviewer read "What are
 * the risks of Kgalema's decision to suspend all underground
 * production?" as a halt of the whole company (W, dg1). */
static void
test_object_with_its_site (void)
{
  g_autoptr(GPtrArray) texts = article_questions ("platinum-shaft-accident.md");
  g_autoptr(GPtrArray) delayed = article_questions ("battery-plant-delay.md");

  assert_no_question_with (texts, "underground production?", NULL);
  /* "…and delayed the start of production at its $4.3 billion factory
   * in the U.S. state of Georgia": one site, which the question could
   * not name. */
  assert_no_question_with (delayed, "start of production", NULL);
}

/* "sales of its Pulse 2 games console": a product's number is part of
 * its name. A reviewer found "What is Keiko Vandermeer's view on the
 * Pulse?" truncated (M, dk6). */
static void
test_name_with_its_number (void)
{
  g_autoptr(GPtrArray) texts = all_questions (
    "Orrin lifts profit forecast as Pulse 2 console sales beat estimates",
    "NEW HALDEN, Nov 6 (Wire) - Orrin raised its full-year profit forecast on Thursday after "
    "sales of its Pulse 2 games console beat analysts' estimates for a third straight quarter, "
    "sending its shares up 9% to a record high.\n\nThe company said it sold 4.1 million Pulse 2 "
    "consoles in the July-September quarter, up from 3.2 million a year earlier, and now "
    "expects operating profit of 410 billion yen for the year to March.\n\n\"The Pulse 2 is "
    "selling better in its fourth year than most consoles do in their second,\" said Keiko "
    "Vandermeer, an analyst at Harlow Securities in Tokyo. \"Orrin has kept the price where it "
    "was while rivals raised theirs, and the games pipeline on the Pulse 2 is the strongest it "
    "has been. The risk is that the company leans on a handful of big releases, and the next "
    "one is not due until the spring.\"\n\nOrrin Chief Financial Officer Dana Whitcombe said "
    "the company would not cut the price of the Pulse 2 this year.\n");
  guint pulse = 0;

  for (guint i = 0; i < texts->len; i++)
    {
      const char *text = g_ptr_array_index (texts, i);

      if (strstr (text, "Pulse") == NULL)
        continue;
      g_assert_nonnull (strstr (text, "Pulse 2"));
      pulse++;
    }
  g_assert_cmpuint (pulse, >, 0);
}

/* "a new carbon tax approved by parliament… the tax": a tax is
 * something that befalls a company, as a levy is. The article's own
 * event went unasked (dk4), and a stock question stood in. */
static void
test_tax_that_befalls (void)
{
  g_autoptr(GPtrArray) texts = all_questions (
    "Brenholt Steel warns of $600 million hit as Estrova passes carbon tax",
    "KORVSTAD, Nov 19 (Wire) - Brenholt Steel, Estrova's largest steelmaker, said on Tuesday a "
    "new carbon tax approved by parliament could cost it up to $600 million a year by 2030, and "
    "warned it may close one of its two blast furnaces.\n\nThe tax starts at $45 per tonne of "
    "carbon dioxide in January and rises to $110 by 2030. Brenholt emitted about 14 million "
    "tonnes last year.\n\n\"At $110 a tonne, the tax could absorb well over half of "
    "Brenholt's operating profit in a normal year,\" said Oskar Lindqvist-Baer, an analyst at "
    "Nordvale Securities. \"The company can pass some of it on, but imports from countries "
    "with no carbon price at all will cap what it can charge. The border adjustment helps, but "
    "it does not start until 2027.\"\n\nThe government expects the tax to raise about $1.1 "
    "billion in its first full year.\n");

  g_assert_true (offered (texts, "How might the tax affect Brenholt?"));
}

/* "reached an agreement with bondholders to restructure its debt": a
 * reviewer found "What risks does Sunmere face from the agreement?"
 * framed wrongly, as a deal a company is party to is no risk from
 * outside (W, dk5). Nor is its own debt something that befalls it. */
static void
test_agreement_it_is_party_to (void)
{
  g_autoptr(GPtrArray) texts = article_questions ("developer-debt-deal.md");

  assert_no_question_with (texts, "face from the agreement", "the debt affect", NULL);
}

/* "What risks does Helioray face from duties?" beside "How might
 * anti-dumping duties affect Helioray?": a reviewer found the bare word
 * clipped and the same question asked better (W, di5). */
static void
test_event_named_in_full (void)
{
  g_autoptr(GPtrArray) texts = article_questions ("solar-panel-duties.md");

  g_assert_true (offered (texts, "How might anti-dumping duties affect Helioray?"));
  assert_no_question_with (texts, "face from duties", NULL);
}

/* "captains lured away by larger rivals offering higher pay": the
 * "-ing" word with an object after it is a verb, not a share offering.
 * It gave "What risks does Brantwell face from rivals offering?" (M,
 * dj1). */
static void
test_offering_as_a_verb (void)
{
  g_autofree char *subjects = subjects_of (
    "Brantwell Air to scrap 1,800 flights as pilot shortage bites",
    "PORT ALDANE, May 2 (Wire) - Brantwell Air said on Tuesday it would cancel 1,800 flights "
    "on routes where it has struggled to hold on to captains lured away by larger rivals "
    "offering higher pay and quicker promotion.\n\nBrantwell said larger rivals offering "
    "higher pay were a risk to its summer schedule, and that the shortage would last two "
    "years.\n\n\"Brantwell has lost a fifth of its captains in two years,\" said Tobias "
    "Renwick, an analyst at Calder Securities. \"Until it pays what its rivals pay, it will "
    "keep cancelling flights, and every cancelled flight costs it summer revenue.\"\n");

  g_assert_null (strstr (subjects, "offering"));
}

/* "Altamar Aviation Capital takes $340 million hit as SkyVeldt Airways
 * files for bankruptcy": the airline is named more, but the analyst
 * judges the lessor. A reviewer found "What is Tobias Ngata-Lindqvist's
 * view on SkyVeldt?" wrong: he spoke of Altamar (M, dm6). */
static void
test_view_on_the_headline_company (void)
{
  g_autoptr(GPtrArray) texts = all_questions (
    "Altamar Aviation Capital takes $340 million hit as SkyVeldt Airways files for bankruptcy",
    "CORRIGAN, Nov 18 (Wire) - Aircraft lessor Altamar Aviation Capital said on Monday it "
    "expects charges of up to $340 million after SkyVeldt Airways, one of its largest "
    "customers, filed for bankruptcy protection and stopped paying rent on 23 leased "
    "jets.\n\nSkyVeldt, a low-cost carrier, filed for court protection on Saturday after "
    "failing to secure new funding. SkyVeldt said it would keep flying a reduced schedule "
    "while it restructures $1.9 billion of debt. SkyVeldt owes Altamar about $58 million in "
    "unpaid rent.\n\nSkyVeldt reported a loss of $187 million in the first half as it "
    "struggled with higher fuel costs. SkyVeldt's board appointed a restructuring officer "
    "last month.\n\nTobias Ngata-Lindqvist, an aviation finance analyst at Redfern Hollis, "
    "said the hit to Altamar was contained, but that the outcome depends on which aircraft "
    "SkyVeldt decides to keep.\n\n\"The headline number looks alarming, but it is less than "
    "one quarter's earnings,\" Ngata-Lindqvist said. \"I would expect Altamar to re-lease "
    "the newer aircraft within three to six months, possibly at higher rents than SkyVeldt "
    "was paying.\"\n");

  g_autoptr(GPtrArray) merger = article_questions ("regional-bank-merger.md");

  g_assert_true (offered (texts, "What is Tobias Ngata-Lindqvist's view on Altamar?"));
  assert_no_question_with (texts, "view on SkyVeldt", NULL);
  /* "the same overlap makes it easy for a competitor…": naming neither
   * bank, she was found off target on the buyer. */
  assert_no_question_with (merger, "Megan Sorensen's view on Harbor Plains", NULL);
}

/* "close its paper mill in Sallowmere": the place says which mill. A
 * reviewer found "… plan to close its paper mill?" imprecise, as the
 * company keeps two others (W, do4). */
static void
test_site_with_its_place (void)
{
  g_autoptr(GPtrArray) texts = all_questions (
    "Holmgard to shut century-old Sallowmere paper mill, cutting 410 jobs",
    "SALLOWMERE, Feb 17 (Wire) - Holmgard Pulp & Paper said on Monday it would close its "
    "paper mill in Sallowmere by the end of September, ending more than a century of "
    "papermaking in the town and eliminating 410 jobs.\n\nHolmgard said demand for newsprint "
    "had fallen by half in a decade. It will keep its two other mills running.\n\n\"The mill "
    "has lost money for five years, and Holmgard has finally accepted that,\" said Martin "
    "Oyelaran-Kessig, an analyst at Fenwick Securities. \"The closure lifts its margins, but "
    "it leaves the company more exposed to pulp prices, and the town loses its largest "
    "employer.\"\n");

  g_assert_true (offered (texts, "What are the risks of Holmgard's plan to close its paper "
                                 "mill in Sallowmere?"));
}

/* "Hesk's commerce ministry condemned the controls": what has a
 * ministry is a country. Read as a company, it was asked "How might
 * state subsidies affect Hesk?" (W, dn5) and an analyst's view on it
 * (M). */
static void
test_country_by_its_ministry (void)
{
  g_autoptr(GPtrArray) texts = all_questions (
    "Sablecrest cuts forecast as Ostreland curbs chip-tool exports to Hesk",
    "VELLINGHAVEN, June 10 (Wire) - Sablecrest Instruments cut its full-year revenue "
    "forecast by nearly a fifth on Tuesday after Ostreland's government imposed export "
    "controls that bar it from selling its most advanced tools to Hesk.\n\nHesk accounted "
    "for 38% of Sablecrest's sales last year. Hesk's commerce ministry condemned the "
    "controls as \"economic coercion\".\n\n\"Sablecrest has been living on a Heskan sugar "
    "high for three years,\" said Ambrose Tiernan-Wu, an analyst at Lindqvist Partners. He "
    "said the longer-term risk was that Hesk's domestic equipment industry, which receives "
    "heavy state subsidies, would use the opening to build scale. \"Export controls slow a "
    "rival down, but they also create a protected home market for the rival's own suppliers, "
    "and Hesk has the money to build one.\"\n\nHesk's chipmakers said state subsidies would "
    "help them replace the tools.\n");

  assert_no_question_with (texts, "view on Hesk", "affect Hesk", "Hesk face", "for Hesk?",
                           NULL);
}

/* "Estmark will raise its windfall tax": a country's decision has its
 * risks as a company's has. A reviewer accepted the question while the
 * country was read as a company (ck5); read as a country, it must stay. */
static void
test_decision_of_a_country (void)
{
  Article article = {
    "estmark",
    "Estmark raises windfall tax on oil and gas producers to 38%",
    "KELVIK, Estmark, Nov 5 (Wire) - Estmark will raise its windfall tax on oil and gas "
    "producers to 38% from 25%, Finance Minister Annika Sollberg said on Wednesday, as the "
    "small North Sea nation seeks to close a budget gap.\n\nEstmark's finance ministry said "
    "the higher rate would bring in an additional 9.2 billion crowns a year. Producers "
    "including Nordhav Energy said the tax would force them to cut investment in new fields "
    "in Estmark.\n\n\"Estmark is taking a risk with its reputation as a stable place to "
    "invest,\" said Mette Ringstad, an energy analyst at Fjordvik Securities. \"The tax "
    "raises money now, but producers will drill less, and output in Estmark falls faster "
    "than the government expects. Nordhav has already said it will review two projects.\"\n",
    NULL
  };
  g_autoptr(GPtrArray) first = first_round_of (&article);

  g_assert_true (offered (first, "What are the risks of Estmark's plan to raise its windfall "
                                 "tax?"));
  assert_no_question_with (first, "view on Estmark", NULL);
}

static const char tailings_headline[] =
  "Greyridge suspends Tollan Creek mine after tailings dam leak";
static const char tailings_body[] =
  "PERTH, Aug 3 (Wire) - Greyridge Resources suspended operations at its Tollan Creek copper "
  "mine on Monday after a tailings dam released an estimated 180,000 cubic metres of mining "
  "waste into a creek.\n\nThe dam, raised most recently in 2022, holds about 38 million "
  "cubic metres of material. Regulators ordered a review of every tailings dam in the state. "
  "Greyridge said the leak was contained by Sunday and that 20,000 cubic metres had been "
  "recovered.\n\n\"Every week Tollan Creek stays shut costs Greyridge about $12 million in "
  "earnings, and the clean-up bill is still unknown,\" said Tobias Lindgren, an analyst at "
  "Harlow Securities. \"The bigger risk is credibility: Greyridge said in March that the dam "
  "met every standard, and investors will ask what else they were told that was "
  "wrong.\"\n\nGreyridge shares fell 14%.\n";

/* "180,000 cubic metres of mining waste": a unit is no subject. A
 * reviewer found "Why do cubic metres matter for Tollan Creek?" garbled
 * (M, dp3). */
static void
test_unit_of_measure (void)
{
  g_autoptr(GPtrArray) texts = all_questions (tailings_headline, tailings_body);

  assert_no_question_with (texts, "metres", NULL);
}

/* "every tailings dam in the state": a noun after "every" or "each" is
 * one of several, and takes an article in a question, as after "a". */
static void
test_every_as_a_determiner (void)
{
  g_autoptr(GPtrArray) texts = all_questions (tailings_headline, tailings_body);

  assert_no_question_with (texts, "does tailings dam", NULL);
}

/* "VELMORA, May 21 (Ledger Wire) - Aurelian Air has reached…": the
 * city a story is filed from is a place, though "Velmora trading" and
 * "Velmora International Airport" could be a company's. A reviewer found
 * "What are the prospects for Velmora?" made the dateline city the
 * story's subject (M, dt5). */
static void
test_dateline_city (void)
{
  g_autoptr(GPtrArray) texts = article_questions ("pilots-strike-averted.md");

  assert_no_question_with (texts, "Velmora", NULL);
}

/* "Aurelian Air reaches deal with pilots, averting threatened strike":
 * a reviewer found every question of the strike wrong on the facts, as
 * there was none (M, dt5). */
static void
test_strike_averted_in_headline (void)
{
  g_autoptr(GPtrArray) texts = article_questions ("pilots-strike-averted.md");

  assert_no_question_with (texts, "from the strike", "the strike affect", "of the strike",
                           "to the strike", NULL);
}

/* "the macro hedge fund founded by veteran trader Lucian Dray, will
 * close… after a run of heavy losses on bond and currency bets,
 * according to a letter": "What did Lucian Dray signal about currency
 * bets?" put in the founder's mouth what the article reports (M, dv3),
 * and strict reviewers had accepted no question that asks what someone
 * signalled. */
static void
test_nothing_signalled (void)
{
  g_autoptr(GPtrArray) texts = article_questions ("macro-fund-closure.md");

  assert_no_question_with (texts, "signal about", NULL);
}

/* "Its shares fell 14 percent in after-hours trading… Veltrane shares
 * had risen 31 percent this year before Wednesday's report": a reviewer
 * found "Why did Veltrane's shares rise?" wrong on the facts (M, dt2).
 * What shares had done before the news is its background. */
static void
test_shares_had_risen_before (void)
{
  g_autoptr(GPtrArray) texts = article_questions ("chipmaker-forecast-cut.md");

  assert_no_question_with (texts, "shares rise", NULL);
}

/* "Digital Affairs Minister Lucia Brandano said the proceeds… would help
 * fund a national broadband programme": the state's money from an
 * auction the company paid into, not the company's (M, du6). */
static void
test_proceeds_of_the_state (void)
{
  g_autoptr(GPtrArray) texts = article_questions ("spectrum-auction.md");

  assert_no_question_with (texts, "the proceeds", NULL);
}

/* "a digital asset analyst at research firm Pellworth Insight", "head of
 * frontier sovereign strategy at Pemberton Vale Securities": what a
 * person covers, in their title, is no subject. Reviewers found "Why
 * does the digital asset matter for Corvane?" (M, dv6) and "How might
 * the frontier sovereign strategy affect Montevara?" (M, dw5). */
static void
test_field_in_a_title (void)
{
  g_autoptr(GPtrArray) hack = article_questions ("crypto-exchange-hack.md");
  g_autoptr(GPtrArray) bonds = article_questions ("bondholder-deal.md");

  assert_no_question_with (hack, "digital asset", NULL);
  assert_no_question_with (bonds, "sovereign strategy", NULL);
}

/* "It aims to… reach a positive gross margin per truck by the fourth
 * quarter", "until it had demonstrated sustained positive gross
 * margins": a reviewer found "What is the outlook for Torvik's positive
 * gross margins?" presumes what the company has yet to reach (M, dw3).
 * Whether it reaches one is a question of its own (conjoined-goal). */
static void
test_state_still_to_reach (void)
{
  g_autoptr(GPtrArray) texts = article_questions ("electric-truck-funding.md");

  assert_no_question_with (texts, "'s positive gross margin", "for positive gross margin",
                           "on positive gross margin", NULL);
}

/* "Hurricane Odalys", then "Odalys made landfall…": the storm goes on
 * by its own name, and is one event that befalls the insurer. A later
 * round asked "What risks does Harbourline face from Hurricane
 * Odalys?", which a reviewer accepted (du2); the first run had only an
 * analyst's view. */
static void
test_storm_by_its_name (void)
{
  g_autoptr(GPtrArray) texts = first_round ("hurricane-insurer-loss.md");

  g_assert_true (offered (texts, "What risks does Harbourline face from Hurricane Odalys?"));
  assert_no_question_with (texts, "from Odalys", NULL);
}

/* "Almadera's government on Thursday banned exports of corn": what a
 * country's government does is the country's decision. The first run
 * had only what a minister "signalled" about the ban. */
static void
test_decision_of_a_government (void)
{
  g_autoptr(GPtrArray) texts = first_round ("corn-export-ban.md");

  g_assert_true (offered (texts,
                          "What are the risks of Almadera's decision to ban exports of corn?"));
}

/* "The Reserve Bank of Valdoria raised its benchmark interest rate": a
 * central bank named in full, whose decision reviewers accepted three
 * times in four (co1, di4, dt1), where "the central bank's decision"
 * they found would fit any story. */
static void
test_decision_of_a_named_bank (void)
{
  g_autoptr(GPtrArray) texts = first_round ("surprise-rate-rise.md");

  g_assert_true (offered (texts, "What are the risks of the Reserve Bank of Valdoria's decision "
                                 "to raise its benchmark interest rate?"));
}

/* "Managing Director Rebecca Lindqvist told analysts…": strict reviewers
 * accepted the view of someone who speaks for a party to the story four
 * times in twelve even where they speak at length, their quotes being
 * its answer. */
static void
test_no_insider_view_first (void)
{
  g_autoptr(GPtrArray) texts = first_round ("gold-output-beat.md");

  assert_no_question_with (texts, "Rebecca Lindqvist's view", NULL);
}

/* "new tariffs on goods imported from the Republic of Kaleth": a state,
 * though no list knows it. Read as a company, it was asked "How might
 * the tariffs affect Kaleth?", of which a reviewer found the article
 * says nothing (W, dy3). */
static void
test_republic_of_a_name (void)
{
  g_autoptr(GPtrArray) texts = article_questions ("toy-maker-tariffs.md");

  assert_no_question_with (texts, "affect Kaleth", "for Kaleth", NULL);
}

/* "agreed a three-year wage deal…, ending a two-week strike": the story
 * is the deal. A reviewer found "What risks does Valtren face from the
 * strike?" asked of a strike already over (W, eb3). */
static void
test_strike_over (void)
{
  g_autoptr(GPtrArray) texts = first_round ("carmaker-strike-deal.md");

  assert_no_question_with (texts, "from the strike", "the strike affect", NULL);
}

/* "suspended all production at its Brennock Ridge iron-ore mine": the
 * site says which, however many words name it. Without it a reviewer
 * read a halt of all the miner's output (M, ee1). */
static void
test_site_of_a_halt (void)
{
  g_autoptr(GPtrArray) texts = all_questions (
    "Korvath idles Brennock Ridge as iron ore slumps",
    "VESSGARD, March 3 (Wire) - Korvath Minerals suspended all production at its Brennock "
    "Ridge iron-ore mine on Tuesday to save cash as iron ore prices fell to a four-year low, "
    "the company said.\n\n"
    "The mine produced about 41% of Korvath's output last year. Korvath said the halt would "
    "last at least three months and that it would keep paying the mine's 1,200 workers.\n\n"
    "Korvath shares fell 4% in Vessgard trading.\n");

  g_assert_true (offered (texts, "What are the risks of Korvath's decision to suspend all "
                                 "production at its Brennock Ridge iron-ore mine?"));
  assert_no_question_with (texts, "suspend all production?", NULL);
}

/* "suspended all production at its Brennock Ridge iron-ore mine… after a
 * tailings dam at the site collapsed": no choice, whose risks a
 * reviewer found are the collapse's (ee1, and dx3 after floods). */
static void
test_halt_forced_by_a_mishap (void)
{
  g_autoptr(GPtrArray) texts = article_questions ("tailings-dam-collapse.md");

  assert_no_question_with (texts, "decision to suspend", NULL);
}

/* "would close its smelter at Tarrabool…, as a flood of cheap supply from
 * Indonesia has pushed nickel prices below…": a flood of supply is a
 * market, no mishap, and the closure Karrawong's choice (A, cv4). */
static void
test_flood_of_supply (void)
{
  g_autoptr(GPtrArray) texts = first_round ("nickel-smelter-closure.md");

  g_assert_true (offered (texts, "What are the risks of Karrawong's plan to close its smelter "
                                 "at Tarrabool?"));
}

/* An analyst who judges Tallyrun at length and says once what she makes
 * of its job cuts is asked her view on Tallyrun: a reviewer found her
 * view on "the cuts" answered by that one sentence (W, ed2). */
static void
test_view_on_the_company_first (void)
{
  g_autoptr(GPtrArray) texts = article_questions ("fintech-job-cuts.md");

  g_assert_true (offered (texts, "What is Sunniva Rask's view on Tallyrun?"));
  assert_no_question_with (texts, "view on the cuts", NULL);
}

/* "Activist investor Greyfell Partners has built a 6.1% stake in
 * Holmcrest Industries": the analyst judges the company the stake is
 * in. A reviewer found his view on Greyfell off target (W, ed5). */
static void
test_view_on_the_activists_target (void)
{
  g_autoptr(GPtrArray) texts = article_questions ("activist-breakup.md");

  g_assert_true (offered (texts, "What is Rafael Quintero-Marsh's view on Holmcrest?"));
  assert_no_question_with (texts, "view on Greyfell", NULL);
}

/* "it would nearly triple its target allocation to private credit": the
 * fund's decision, with the words that say how much and which
 * allocation. The first run had no question at all (ee5). */
static void
test_allocation_to_what (void)
{
  g_autoptr(GPtrArray) texts = first_round ("wealth-fund-private-credit.md");

  g_assert_true (offered (texts, "What are the risks of Osterra's plan to nearly triple its "
                                 "target allocation to private credit?"));
}

/* "Hesper Quill, who covers commodity traders at Calloway Sund
 * Securities": "who" says a person, though "quill" is a thing. Read as
 * a company, she was asked "What challenges does Quill face?" (M, eh1)
 * and her view was never asked. */
static void
test_who_names_a_person (void)
{
  g_autoptr(GPtrArray) texts = article_questions ("commodity-trader-profit.md");

  assert_no_question_with (texts, "Quill face", "for Quill", NULL);
  g_assert_true (offered (texts, "What is Hesper Quill's view on Brannock Vell?"));
}

/* "after a cyberattack that brought warehouses… to a standstill": an
 * attack befalls the company as a strike or a fire does. The first run
 * had only a stock question (W, eh5). Those who attack are no event. */
static void
test_attack_befalls (void)
{
  g_autoptr(GPtrArray) texts = first_round ("logistics-cyberattack.md");
  g_autoptr(GPtrArray) ransom = first_round ("ransomware-claims.md");

  g_assert_true (offered (texts, "How might the attack affect Vantry?"));
  assert_no_question_with (ransom, "the attackers", NULL);
}

/* "The proceeds will be used to reduce public debt…, Vestergaard said",
 * of the finance minister: the state's money, not the bank's whose
 * shares it sold (M, eh3). */
static void
test_proceeds_a_minister_spends (void)
{
  g_autoptr(GPtrArray) texts = article_questions ("state-bank-stake-sale.md");

  assert_no_question_with (texts, "use the proceeds", NULL);
}

/* "Calandria's government said on Wednesday it would raise its windfall
 * tax on bank profits": the country's plan, as a government's act is its
 * country's decision. The first run had no question at all (ef3). */
static void
test_plan_a_government_announced (void)
{
  g_autoptr(GPtrArray) texts = first_round ("bank-windfall-tax.md");

  g_assert_true (offered (texts, "What are the risks of Calandria's plan to raise its windfall "
                                 "tax?"));
}

/* "it would cut 450 jobs": the parser marks "cut" a past, whatever
 * stands before it, and the plan was read as no clause at all. */
static void
test_would_cut_jobs (void)
{
  g_autoptr(GPtrArray) texts = all_questions (
    "Orvane to cut jobs",
    "CALDERIS, March 3 (Ledger Wire) - Orvane Therapeutics said on Tuesday it would cut 450 "
    "jobs after a regulator rejected its kidney drug.\n\n"
    "Orvane said the cuts would save $80 million a year. \"We had no choice,\" Chief Executive "
    "Ingrid Solberg said. Jo Pell, an analyst at Brightline, said Orvane had little cash. "
    "\"It has a year of runway,\" Pell said.\n");

  g_assert_true (offered (texts, "What are the risks of Orvane's plan to cut 450 jobs?"));
}

/* "it had agreed to sell its Blackmere Coal unit": the decision is to
 * sell, which a report puts in the past perfect. Not "…to sell a
 * package of ageing", where the parser ended the object before
 * "offshore oil and gas fields" (dt3). */
static void
test_agreed_to_sell (void)
{
  g_autoptr(GPtrArray) sale = all_questions (
    "Granthorne to sell coal unit",
    "CALDERA BAY, March 3 (Ledger Wire) - Granthorne Resources said on Tuesday it had agreed to "
    "sell its Blackmere Coal unit to Ostrow Capital Partners for up to $2.35 billion.\n\n"
    "Granthorne said the sale would cut debt. Analyst Jo Pell at Brightline said Granthorne "
    "had got a fair price. \"It is a good exit,\" Pell said.\n");
  g_autoptr(GPtrArray) fields = article_questions ("offshore-fields-sale.md");

  g_assert_true (offered (sale, "What are the risks of Granthorne's decision to sell its "
                                "Blackmere Coal unit?"));
  assert_no_question_with (fields, "of ageing?", NULL);
}

/* "The company also said it would close its bottling plant in
 * Greyholt", late in the story, which the union then "criticised the
 * closure" for: a decision the story goes on about, as much as one its
 * first sentence reports. The first run asked nothing of it (eh4). */
static void
test_decision_the_story_returns_to (void)
{
  g_autoptr(GPtrArray) texts = first_round ("sugar-levy-plant-closure.md");
  g_autoptr(GPtrArray) lira = first_round ("lira-rate-cut.md");
  g_autoptr(GPtrArray) windfall = first_round ("bank-windfall-tax.md");

  g_assert_true (offered (texts, "What are the risks of Calder & Rowe's plan to close its "
                                 "bottling plant in Greyholt?"));
  /* "the decision sent a mixed signal" is the rate cut's, not that of
   * "Turkey abandoned its unorthodox policy", told as history; "support
   * the increase" is the windfall tax's, not the central bank's rate. */
  assert_no_question_with (lira, "abandon", NULL);
  assert_no_question_with (windfall, "main rate", NULL);
}

/* "water restrictions", "the resource-rent tax" befall a company as a
 * strike does. The first run asked nothing of them. A tax the story
 * calls "the resource-rent tax" and "the tax" is one question, not
 * two. */
static void
test_tax_and_restrictions_befall (void)
{
  g_autoptr(GPtrArray) water = first_round ("copper-water-curbs.md");
  /* Asked again for more: the first run now asks how long the sea lice
   * will weigh on profit. */
  g_autoptr(GPtrArray) salmon = article_questions ("salmon-warning.md");

  g_assert_true (offered (water, "How might water restrictions affect Serrano?"));
  g_assert_true (offered (salmon, "What risks does Nordvik face from the resource-rent tax?"));
  assert_no_question_with (salmon, "the tax", NULL);
}

/* "said on Tuesday it would drop 14 routes and close its
 * heavy-maintenance base": dropping routes is an airline's decision as
 * closing a base is (ej1). */
static void
test_drop_routes (void)
{
  g_autoptr(GPtrArray) texts = first_round ("airline-route-cuts.md");

  g_assert_true (offered (texts, "What are the risks of Merrow's plan to drop 14 routes?"));
}

/* "it had temporarily closed its pork processing plant… after local
 * health officials linked an outbreak of Legionnaires' disease among
 * workers to the facility": the halt was forced, and its risks are the
 * outbreak's. Two reviewers found "What are the risks of Redgate's
 * decision to close…" misframed (cy4). */
static void
test_halt_after_an_outbreak (void)
{
  g_autoptr(GPtrArray) texts = first_round ("pork-plant-outbreak.md");

  assert_no_question_with (texts, "decision to close", NULL);
}

/* "Halvorsen will close its breweries in Toledo, Ohio, and Billings,
 * Montana": two of its nine. "What are the risks of Halvorsen's plan to
 * close its breweries?" says all of them (M, cq2). */
static void
test_which_breweries (void)
{
  g_autoptr(GPtrArray) texts = first_round ("brewer-closures.md");

  assert_no_question_with (texts, "close its breweries?", NULL);
}

/* "Brand damage in a competitive market can outlast a strike by
 * months," said Theo Marchetti, who goes on about Corvessa's bookings and
 * margins. His "strikes" and "walkouts" are no view on "the strike" that
 * a question could ask, and so should not keep him from being asked about
 * Corvessa (en5). */
static void
test_analyst_on_walkouts (void)
{
  g_autoptr(GPtrArray) texts = article_questions ("pilot-pay-strike.md");

  g_assert_true (offered (texts, "What is Theo Marchetti's view on Corvessa?"));
}

/* "it would raise prices across most of its range by an average of 7%":
 * what a company charges needs no more words to say which, as "work" in
 * "completed work on the tunnel" does (en4). */
static void
test_raise_prices (void)
{
  g_autoptr(GPtrArray) texts = first_round ("chocolate-price-rise.md");

  g_assert_true (offered (texts, "What are the risks of Pellworth's plan to raise prices?"));
}

/* "would close 38 of its 114 stores", "close one of the two blast
 * furnaces at its Port Carrow works": a count of a whole says which, and
 * the parser hangs the whole apart from the count (di3). */
static void
test_share_of_a_count (void)
{
  g_autoptr(GPtrArray) stores = first_round ("department-store-closures.md");
  g_autoptr(GPtrArray) furnaces = first_round ("steel-furnace-closure.md");

  g_assert_true (offered (stores, "What are the risks of Ashcombe & Reeve's plan to close 38 of "
                                  "its 114 stores?"));
  g_assert_true (offered (furnaces, "What are the risks of Brannock's plan to close one of the "
                                    "two blast furnaces at its Port Carrow works?"));
}

/* "would cut production at two domestic plants by about 15%": what a
 * company makes is whole alone, as what it charges is. */
static void
test_cut_production (void)
{
  g_autoptr(GPtrArray) texts = first_round ("carmaker-output-cuts.md");

  g_assert_true (offered (texts, "What are the risks of Hoshino's plan to cut production?"));
}

/* "would close 90 of its 236 stores in mainland China": the 236 are the
 * stores there, and "… plan to close 90 of its 236 stores?" misstated
 * them to two reviewers (beauty-reset.md, ds5); with the place, five
 * accepted it. */
static void
test_share_placed_after (void)
{
  g_autoptr(GPtrArray) texts = first_round ("beauty-reset.md");

  assert_no_question_with (texts, "90 of its 236 stores?", NULL);
  g_assert_true (offered (texts, "What are the risks of Maison Aurelle's plan to close 90 of its "
                                 "236 stores in mainland China?"));
}

/* "would cut about 1,100 jobs": a round count opens a decision's
 * object as a count does. */
static void
test_round_count (void)
{
  g_autoptr(GPtrArray) texts = first_round ("brewer-closures.md");

  g_assert_true (offered (texts, "What are the risks of Halvorsen's plan to cut about 1,100 "
                                 "jobs?"));
}

/* "would cut about 20% of its workforce": so does a share of a whole. */
static void
test_share_of_workforce (void)
{
  g_autoptr(GPtrArray) texts = first_round ("fintech-job-cuts.md");

  g_assert_true (offered (texts, "What are the risks of Tallyrun's plan to cut about 20% of "
                                 "its workforce?"));
}

/* "Food delivery app Dinnerly said on Thursday it would cut…": "it" is
 * the company the sentence opens on, after the words that say what it
 * is. */
static void
test_described_company (void)
{
  g_autoptr(GPtrArray) texts = first_round_of (&(Article) {
    "inline", "Dinnerly to cut 1,450 jobs, quit three countries",
    "BERLIN, Nov 30 (Wire) - Food delivery app Dinnerly said on Thursday it would cut about "
    "1,450 jobs, or 17% of its workforce, and pull out of three countries as it races to turn "
    "a profit for the first time.\n\n"
    "The company said the cuts would fall mostly on its head office in Berlin and would save "
    "about 120 million euros a year from 2026.\n\n"
    "\"We grew too fast in markets where we could never be the leader,\" Chief Executive Jonas "
    "Reuter said. \"This is painful, but it gives us a business that can stand on its own.\"\n\n"
    "Dinnerly's shares rose 6% in Frankfurt. The company said the job cuts would be completed "
    "by the end of March.\n",
    NULL });

  g_assert_true (offered (texts, "What are the risks of Dinnerly's plan to cut about 1,450 "
                                 "jobs?"));
}

/* "sell its drinks division": the parser reads "[its drinks] [division]"
 * as two objects, as in "give its workers pay" (es1). */
static void
test_plural_before_the_head (void)
{
  g_autoptr(GPtrArray) texts = first_round_of (&(Article) {
    "inline", "Oakhurst Brewing to sell soft-drinks arm for 2.1 billion euros",
    "GHENT, April 8 (Wire) - Oakhurst Brewing agreed on Tuesday to sell its soft-drinks "
    "division to buyout firm Ridgeway Partners for 2.1 billion euros including debt, as "
    "the brewer narrows its focus to beer and pays down borrowing built up during a string "
    "of acquisitions.\n\n"
    "The sale, which needs the approval of competition authorities, is expected to close "
    "in the third quarter. Oakhurst said it would use the proceeds to cut net debt to "
    "about two times core earnings by the end of next year.\n\n"
    "\"Soft drinks are a good business, but they are not our business,\" Chief Executive "
    "Marit Lenaerts said. \"This lets us put every euro into the brands we know best.\"\n\n"
    "Oakhurst's shares rose 4% in Brussels. The soft-drinks division made about a tenth of "
    "the group's sales last year.\n",
    NULL });

  g_assert_true (offered (texts, "What are the risks of Oakhurst Brewing's decision to sell "
                                 "its soft-drinks division?"));
}

/* "(NP Pellworth) (S (NP Telecom) (VP has agreed…)) … its
 * mobile-tower (NP business)": the parser cut a name it did not know in
 * two, and read "mobile-tower" for an adjective with nothing after it
 * (eu1). */
static void
test_name_cut_in_two (void)
{
  g_autoptr(GPtrArray) texts = first_round_of (&(Article) {
    "inline", "Pellworth Telecom sells tower unit to cut debt",
    "LONDON, April 8 (Wire) - Pellworth Telecom has agreed to sell its mobile-tower "
    "business to infrastructure investor Dunmore Capital Partners for 2.2 billion pounds "
    "($2.8 billion), the British operator said, as it moves to shrink a debt pile that has "
    "weighed on its shares and credit rating for more than two years.\n\n"
    "Pellworth will lease back space on the towers under a 15-year agreement and said it "
    "would use most of the proceeds to repay bonds due over the next three years.\n\n"
    "\"Towers are valued more highly by infrastructure investors than by the stock "
    "market,\" Chief Financial Officer Helen Markby said. \"This is the right time to "
    "sell.\"\n\n"
    "The sale is expected to close by the end of September. Pellworth's shares rose 5%.\n",
    NULL });

  g_assert_true (offered (texts, "What are the risks of Pellworth Telecom's decision to sell "
                                 "its mobile-tower business?"));
}

/* "Quillfeather Systems Inc will cut…": the parser took "will" for a part
 * of the name; read as one word, the name is the subject (cz4). */
static void
test_name_read_whole (void)
{
  g_autoptr(GPtrArray) texts = first_round_of (&(Article) {
    "inline", "Brackenfield Software to cut 1,800 jobs",
    "SEATTLE, April 8 (Wire) - Brackenfield Software Inc will cut about 1,800 jobs, or 12% "
    "of its workforce, as the business software company tries to redirect spending toward "
    "artificial intelligence products, it said on Wednesday.\n\n"
    "Brackenfield, which sells accounting and payroll software to mid-sized companies, "
    "said in a statement that the cuts would save about $260 million a year and would be "
    "completed by the end of June.\n\n"
    "\"We are making hard choices so that we can invest where our customers are going,\" "
    "Chief Executive Dana Whitlock said in a memo to staff.\n\n"
    "Brackenfield's shares rose 3% in early trading. The job cuts follow two quarters of "
    "slowing growth in subscriptions at Brackenfield.\n\n"
    "Brackenfield said it would also close offices in Denver and Austin. The company "
    "reported revenue of $2.2 billion last year.\n",
    NULL });

  g_assert_true (offered (texts, "What are the risks of Brackenfield's plan to cut about 1,800 "
                                 "jobs?"));
}

/* "will idle two of its five blast furnaces" is a decision (et2); a halt
 * that a strike forced is not (eu5). */
static void
test_idle_and_strike (void)
{
  g_autoptr(GPtrArray) steel = first_round_of (&(Article) {
    "inline", "Hallerbach Stahl to idle two blast furnaces as construction slump deepens",
    "ESSEN, April 8 (Wire) - Hallerbach Stahl AG will idle two of its four blast furnaces "
    "from April and cut its crude steel output target for this year by nearly a fifth, the "
    "German steelmaker said on Monday, as a slump in construction erodes demand for the "
    "beams and plate that make up most of its sales.\n\n"
    "Hallerbach said idling the furnaces would cut its crude steel output this year by "
    "about a fifth and that about 900 workers would move to short-time work. The company, "
    "which employs about 14,000 people, said it expected to restart the furnaces once "
    "orders recover.\n\n"
    "\"We cannot keep making steel that nobody is buying,\" Chief Executive Lukas Brenner "
    "said. \"The furnaces can restart within weeks once orders come back.\"\n\n"
    "Hallerbach's shares fell 2% in Frankfurt. Orders from builders fell 18% in the fourth "
    "quarter, and Hallerbach's core profit fell by a third last year.\n\n"
    "\"Idling is cheaper than running at a loss, but it is not free,\" said Petra Vogt, an "
    "analyst at Lindenhof Research. \"Hallerbach still pays for the sites, and a restart "
    "costs money.\"\n",
    NULL });
  g_autoptr(GPtrArray) mine = first_round_of (&(Article) {
    "inline", "Strike shuts Dorrego Minerals copper mine; output forecast cut",
    "SANTIAGO, April 8 (Wire) - Dorrego Minerals has halted operations at its Cerro Blanco "
    "copper mine in northern Chile after workers walked out in a dispute over pay, and cut "
    "its full-year production forecast, sending its shares to a 14-month low.\n\n"
    "The strike is the first at Cerro Blanco in six years. Dorrego said it now expected to "
    "produce 300,000 to 320,000 tonnes of copper this year, down from 340,000 to 360,000 "
    "tonnes, and that it was ready to resume talks with the union at any time.\n\n"
    "\"Our offer is fair and in line with the industry,\" Chief Executive Rodrigo Fuentes "
    "said. \"We want our people back at work as soon as possible.\"\n\n"
    "Dorrego's shares fell 7% in Toronto. Copper prices rose 1.2% in London.\n\n"
    "\"Every week of lost output costs Dorrego roughly 40 million dollars in revenue,\" "
    "said Ana Salgado, an analyst at Cordillera Research. \"The longer this goes on, the "
    "more the balance sheet matters, and Dorrego has a bond coming due next year.\"\n",
    NULL });

  g_assert_true (offered (steel, "What are the risks of Hallerbach's plan to idle two of its "
                                 "four blast furnaces?"));
  assert_no_question_with (mine, "decision to halt", NULL);
}

/* Read whole, a name lets the parser find the clause it opens; what
 * the clause's object leaves out still rules it out: "has built a stake
 * [of about 3.8% in Marlowe Group]", "agreed to buy rival Permian Basin
 * producer [Caprock Basin Resources Inc]". */
static void
test_object_short_of_a_name (void)
{
  g_autoptr(GPtrArray) activist = first_round_of (&(Article) {
    "inline", "Activist Pennock Hill takes stake in Marlowe Group, demands breakup",
    "NEW YORK, April 8 (Wire) - Activist hedge fund Pennock Hill Capital has built a stake "
    "of about 3.8% in Marlowe Group and is pressing the industrial conglomerate to split "
    "into three separately listed companies, arguing that its sprawling structure has left "
    "its shares trading at a deep discount.\n\n"
    "In a letter to Marlowe's board made public on Tuesday, Pennock Hill said the company "
    "should separate its aerospace, water and building products divisions within 18 "
    "months, a move it said could lift the combined value of the businesses by as much as "
    "50%.\n\n"
    "Marlowe shares rose 7.5% in New York trading. The stock had fallen 12% over the "
    "previous 12 months.\n\n"
    "\"Marlowe owns three good businesses that are being valued as one mediocre one,\" "
    "Pennock Hill founder Garrett Olsen said in an interview.\n\n"
    "Pennock Hill, which manages about $12 billion, said it had held talks with management "
    "over the past two months. The fund is also seeking three seats on Marlowe's board.\n\n"
    "\"A breakup is not a free lunch,\" said Diane Ruiz, an analyst at Harcastle "
    "Securities. \"Marlowe would lose scale in purchasing and pay dis-synergies of perhaps "
    "150 million dollars a year.\"\n",
    NULL });
  g_autoptr(GPtrArray) merger = first_round ("shale-all-stock-merger.md");

  assert_no_question_with (activist, "build a stake", NULL);
  assert_no_question_with (merger, "Permian Basin producer?", NULL);
}

/* "raised its estimate of losses": a revision of an estimate, whatever
 * it is of, is no choice with risks of its own (ev2). */
static void
test_estimate_of_something (void)
{
  g_autoptr(GPtrArray) texts = first_round_of (&(Article) {
    "inline", "Pellbrook Insurance raises storm loss estimate, halts buyback",
    "HARTFORD, April 8 (Wire) - Pellbrook Insurance Group raised its estimate of losses "
    "from February's Gulf Coast storms by more than 50% on Tuesday, saying claims from one "
    "of the costliest storm seasons on record continued to mount.\n\n"
    "The insurer now expects pretax catastrophe losses of 1.9 billion dollars for the "
    "first quarter, up from 1.2 billion dollars it estimated in March. Pellbrook said "
    "about 70% of the increase came from commercial property claims.\n\n"
    "\"The claims picture has moved against us, and we would rather be conservative,\" "
    "Chief Executive Martin Osei said on a call with analysts.\n\n"
    "Pellbrook's shares fell 6% in New York. The company also said its reinsurance "
    "programme would cap its net losses from any single event at 800 million dollars.\n\n"
    "\"The bigger question is what this does to reinsurance renewals in June,\" said Laura "
    "Chen, an analyst at Marbury Research. \"Pellbrook will pay more for cover, and that "
    "squeezes margins next year.\"\n",
    NULL });

  assert_no_question_with (texts, "estimate of losses", NULL);
}

/* "Portuguese logistics operator Tavira Frete SA agreed on Tuesday to
 * sell its warehouse business to … for 1.3 billion euros ($1.4 billion),
 * as it tries…": the parser misreads the description before the name
 * and takes "its warehouse" and "business" apart; the clause is read in
 * the piece before the comma, without its aside in brackets. */
static void
test_description_before_name (void)
{
  g_autoptr(GPtrArray) texts = first_round_of (&(Article) {
    "inline", "Tavira Frete to sell warehouse arm for 1.3 bln euros",
    "LISBON, April 8 (Wire) - Portuguese logistics operator Tavira Frete SA agreed on "
    "Tuesday to sell its warehouse business to infrastructure investor Bellmont Harbour "
    "Partners for 1.3 billion euros ($1.4 billion), as it tries to cut debt after two years "
    "of falling freight volumes.\n\n"
    "Tavira said it would use most of the proceeds to repay bank loans that fall due next "
    "year, bringing its net debt down to about twice core earnings from nearly four "
    "times.\n\n"
    "\"This lets us focus on the trucking and port services where we earn the best "
    "returns,\" Chief Executive Rita Gouveia said on a call with reporters.\n\n"
    "Tavira will lease back the 42 warehouses it is selling under 15-year contracts, "
    "keeping its customers in the same buildings. The deal is expected to close in the "
    "third quarter, subject to approval by competition authorities.\n\n"
    "\"The price is fair, but Tavira is giving up its steadiest income, and the lease "
    "payments will weigh on margins for years,\" said Nuno Barreto, an analyst at Castelo "
    "Research in Porto. \"Investors will want to see the debt come down quickly.\"\n\n"
    "Shares in Tavira rose 6% in Lisbon.\n",
    NULL });

  g_assert_true (offered (texts, "What are the risks of Tavira's decision to sell its warehouse "
                                 "business?"));
}

/* "Grupo Andalien SA agreed on Tuesday to buy Orchard Bend Growers Inc,
 * one of the largest apple growers…": the parser reads the whole
 * sentence wrong but for a clause of the aside, and reads the object as
 * two names, "[Orchard Bend] [Growers Inc]"; "Andalien" is "Grupo
 * Andalien" (ey2). A name cut short is no object: "to buy rival Permian
 * Basin producer [Caprock] Basin Resources Inc". */
static void
test_name_after_name (void)
{
  g_autoptr(GPtrArray) texts = first_round_of (&(Article) {
    "inline", "Chile's Andalien to buy U.S. apple grower Orchard Bend for $900 mln",
    "SANTIAGO, April 8 (Wire) - Chilean fruit exporter Grupo Andalien SA agreed on Tuesday "
    "to buy Orchard Bend Growers Inc, one of the largest apple growers in Washington state, "
    "for $900 million including debt, giving it a foothold in the U.S. market.\n\n"
    "Andalien will pay for the purchase with cash and a new $500 million loan from a group "
    "of banks, it said in a statement. Orchard Bend has 9,000 acres of orchards and packing "
    "plants that handle about 14 million boxes of apples a year.\n\n"
    "\"Our customers in Asia want fruit all year round, and Washington harvests when Chile "
    "does not,\" Andalien Chief Executive Tomas Riquelme said.\n\n"
    "Orchard Bend's founding family, which owns all of the company, will keep a seat on the "
    "board of the U.S. business.\n\n"
    "\"It is a sensible fit, but Andalien is taking on a lot of debt just as U.S. labour "
    "costs climb,\" said Carla Munoz, an analyst at Pacifico Valores in Santiago. \"Apple "
    "prices have been weak for two seasons, and a third bad year would hurt.\"\n\n"
    "Andalien shares fell 2% in Santiago.\n",
    NULL });
  g_autoptr(GPtrArray) cut = first_round_of (&(Article) {
    "inline", "Red Cliff to buy Caprock Basin in $5.6 bln all-stock deal",
    "MIDLAND, Texas, June 3 (Wire) - Red Cliff Energy Corp agreed on Monday to buy rival "
    "Permian Basin producer Caprock Basin Resources Inc in an all-stock deal valued at "
    "about $5.6 billion including debt.\n\n"
    "Red Cliff will issue 0.8 of its shares for each Caprock share, a premium of 18%. The "
    "deal is expected to close in the fourth quarter.\n\n"
    "\"Scale matters more than ever in the basin,\" Red Cliff Chief Executive Dale Harmon "
    "said.\n\n"
    "\"Red Cliff pays a fair price, but shale mergers have not always delivered the savings "
    "promised,\" said Lena Ortiz, an analyst at Mesquite Research. \"Investors will watch "
    "the cost cuts closely.\"\n",
    NULL });

  g_assert_true (offered (texts, "What are the risks of Andalien's decision to buy Orchard Bend "
                                 "Growers Inc?"));
  for (guint i = 0; i < cut->len; i++)
    g_assert_null (strstr (g_ptr_array_index (cut, i), "producer Caprock?"));
}

/* "said on Tuesday it plans to list its cement unit": a plan, as "will
 * list" (ey4). */
static void
test_plans_to (void)
{
  g_autoptr(GPtrArray) texts = first_round_of (&(Article) {
    "inline", "India's Sarvottam Group plans IPO of cement unit",
    "MUMBAI, April 8 (Wire) - Indian conglomerate Sarvottam Group said on Tuesday it plans "
    "to list its cement unit through an initial public offering that could raise up to 80 "
    "billion rupees ($960 million), in what would be one of the country's largest share "
    "sales this year.\n\n"
    "Sarvottam, which also makes steel and runs ports, said the listing would let the "
    "cement business raise money for new plants without relying on the group's balance "
    "sheet.\n\n"
    "\"The cement business is ready to stand on its own,\" Group Chairman Vikram Sarvottam "
    "said at a news conference.\n\n"
    "The unit, Sarvottam Cement, has capacity of 48 million tonnes a year and plans to add "
    "another 20 million tonnes by 2028. It made a net profit of 21 billion rupees last "
    "year.\n\n"
    "\"Cement demand is strong, but capacity is growing even faster, and prices could "
    "fall,\" said Meera Iyer, an analyst at Konkan Securities. \"Investors will look "
    "closely at how much debt the unit takes with it.\"\n\n"
    "Sarvottam shares rose 4% in Mumbai.\n",
    NULL });

  g_assert_true (offered (texts, "What are the risks of Sarvottam's plan to list its cement "
                                 "unit?"));
}

/* "to sell its operations in Germany, Belgium and Sweden", "close 40
 * boutiques in mainland China": the places say which (ez6). */
static void
test_operations_in_places (void)
{
  g_autoptr(GPtrArray) texts = first_round_of (&(Article) {
    "inline", "Peruvian miner Andescobre to sell European smelters for $1.1 bln",
    "LIMA, April 8 (Wire) - Peruvian copper miner Andescobre SA agreed on Tuesday to sell "
    "its operations in Germany, Belgium and Sweden to Nordic metals group Hallberg AB for "
    "$1.1 billion, as it seeks to cut debt and focus on its mines in the Andes.\n\n"
    "Andescobre said the sale would cut its net debt by about a third and that it would use "
    "the rest of the money to expand its Cerro Alto mine.\n\n"
    "\"We are a mining company, and our capital should go to our mines,\" Chief Executive "
    "Luis Paredes said on a call with analysts.\n\n"
    "The European smelters employ about 2,300 people and made core earnings of $140 million "
    "last year. The deal needs approval from the European Commission.\n\n"
    "\"The price is on the low side, and Andescobre loses a buyer for its own "
    "concentrate,\" said Ines Duarte, an analyst at Cordillera Valores in Lima. \"If copper "
    "prices fall, the debt will still look heavy.\"\n\n"
    "Andescobre shares rose 3% in Lima.\n",
    NULL });

  g_autoptr(GPtrArray) stores = first_round_of (&(Article) {
    "inline", "Orvelle SA to shut a third of its China boutiques",
    "PARIS, April 8 (Wire) - French fashion group Orvelle SA said on Tuesday that it would "
    "close 40 boutiques in mainland China by the end of the year after sales there fell for "
    "a fourth straight quarter.\n\n"
    "Orvelle said sales in mainland China fell 19% in the first quarter, while sales in "
    "Europe rose 3%. It will move some staff to its shops in Hong Kong and Macau.\n\n"
    "\"Chinese shoppers are buying again, but they are buying abroad,\" Chief Executive "
    "Claire Dumont said on a call with analysts.\n\n"
    "The company will take a charge of about 60 million euros for the closures. It kept its "
    "forecast for a small rise in operating profit this year.\n\n"
    "\"Closing boutiques cuts costs, but it also cuts Orvelle's presence in its biggest "
    "market,\" said Paul Girard, an analyst at Seine Capital in Paris. \"When demand comes "
    "back, rivals will be there first.\"\n\n"
    "Orvelle shares rose 2% in Paris.\n",
    NULL });

  g_assert_true (offered (texts, "What are the risks of Andescobre's decision to sell its "
                                 "operations in Germany, Belgium and Sweden?"));
  g_assert_true (offered (stores, "What are the risks of Orvelle's plan to close 40 boutiques in "
                                  "mainland China?"));
}

/* "it would close about 90 shops over the next two years": the parser
 * puts "about 90" in a phrase of its own inside the object (ez4). */
static void
test_about_a_count (void)
{
  g_autoptr(GPtrArray) texts = first_round_of (&(Article) {
    "inline", "Ferncastle Books to close a fifth of its shops",
    "LONDON, April 8 (Wire) - Ferncastle Books Plc, Britain's second-largest bookshop "
    "chain, said on Tuesday it would close about 90 shops over the next two years, or "
    "roughly a fifth of its stores, as shoppers move online and rents rise.\n\n"
    "Ferncastle said the closures would cut about 700 jobs and save 24 million pounds a "
    "year. It will keep its largest shops in city centres and open smaller ones in railway "
    "stations.\n\n"
    "\"We have too many shops in the wrong places,\" Chief Executive Harriet Lowe said in a "
    "statement.\n\n"
    "Sales at shops open for more than a year fell 6% in the 12 months to January, and the "
    "company's pretax profit halved to 11 million pounds.\n\n"
    "\"Closing shops buys time, but Ferncastle still has to find a reason for people to "
    "walk in,\" said Owen Price, an analyst at Farrowdale Securities. \"Online prices are "
    "hard to beat.\"\n\n"
    "Ferncastle shares fell 4% in London.\n",
    NULL });

  g_assert_true (offered (texts, "What are the risks of Ferncastle's plan to close about 90 "
                                 "shops?"));
}

/* "cut its full-year profit forecast on Tuesday and said it would
 * permanently close two basic chemicals plants and eliminate about 1,800
 * jobs": the reading of the whole sentence takes "plants" for a verb;
 * the reading of the piece that gives the clause does not. */
static void
test_object_read_in_its_piece (void)
{
  g_autoptr(GPtrArray) texts = first_round ("chemicals-warning.md");

  g_assert_true (offered (texts, "What are the risks of Vossberg's plan to close two basic "
                                 "chemicals plants?"));
}

/* "Bermuda-based Coral Harbor Re": a reinsurer, though "Coral" is a
 * given name, whose view is asked of no one (fa5). */
static void
test_reinsurer_no_person (void)
{
  g_autoptr(GPtrArray) texts = first_round ("annuity-reinsurance-exit.md");

  for (guint i = 0; i < texts->len; i++)
    g_assert_null (strstr (g_ptr_array_index (texts, i), "Coral Harbor's view"));
}

/* "Jason Oyelaran, biotech analyst at Whitfield Carr, who had a $52
 * price target on Corvala before the deal, said the bid…": his target
 * is on the company bought, and five reviewers found a view on the
 * buyer named the wrong company. */
static void
test_target_on_another (void)
{
  g_autoptr(GPtrArray) texts = article_questions ("biotech-deal.md");

  g_assert_false (offered (texts, "What is Jason Oyelaran's view on Valmont?"));
  g_assert_true (offered (texts, "What is Thomas Brändli's view on Valmont?"));
}

/* "the company suspended its share buyback programme to shore up its
 * capital position", "cut its quarterly dividend": five reviewers found
 * the risks of handing shareholders less a line at most in the story,
 * ten times in ten (this Harbourline buyback, and the Redmarsh dividend
 * in decision-on-first-run). */
static void
test_holds_back_returns (void)
{
  g_autoptr(GPtrArray) insurer = first_round ("hurricane-insurer-loss.md");

  assert_no_question_with (insurer, "buyback programme?", NULL);
}

/* "How might the tax affect Fjordlaks?": five reviewers of five asked
 * which tax. The story had named it "the country's resource rent tax"
 * and "Norway's new resource rent tax" before it wrote "the tax". Where
 * it also writes of another tax twice, "the tax" cannot say which. */
static void
test_event_named_fully (void)
{
  g_autofree char *contents = NULL;
  Article article = read_article ("salmon-tax-warning.md", &contents);
  /* Every round: the first now asks of the sea-lice outbreak alone. */
  g_autoptr(GPtrArray) texts = all_questions (article.headline, article.body);
  g_autofree char *two_taxes_body =
    g_strconcat (article.body,
                 "\n\nIceland's parliament will debate a windfall tax on fish farming this "
                 "spring. Solheim said a windfall tax there would fall on Fjordlaks's growth "
                 "plans as well.\n", NULL);
  Article two_taxes = { "two-taxes", article.headline, two_taxes_body, NULL };
  g_autoptr(GPtrArray) two_taxes_texts = all_questions (two_taxes.headline, two_taxes.body);

  g_assert_true (offered (texts, "How might the resource rent tax affect Fjordlaks?"));
  g_assert_false (offered_with (texts, "the tax"));
  g_assert_true (offered (two_taxes_texts, "How might the tax affect Fjordlaks?"));
}

/* "Kora Telecom Plc, Nigeria's third-largest mobile operator, launched a
 * 210 billion naira ($140 million) rights issue…": the parser read the
 * lead neither whole nor in pieces, the verb's piece having no subject.
 * It reads it without the aside after the name and the sum in brackets. */
static void
test_name_aside_then_verb (void)
{
  g_autoptr(GPtrArray) texts = first_round ("naira-rights-issue.md");

  g_assert_true (offered (texts, "What are the risks of Kora's decision to launch a rights issue?"));
}

/* "suspended a $1.3 billion expansion of its flagship mine in Zambia":
 * a figure in the object kept the decision out. The question leaves the
 * sum to the story, and "of its flagship mine" says which expansion.
 * "delay a $2.3 billion expansion of the operation" does not say which:
 * five reviewers of five asked. */
static void
test_sum_left_out (void)
{
  g_autoptr(GPtrArray) royalty = first_round ("royalty-dispute.md");
  g_autoptr(GPtrArray) water = first_round ("copper-water-curbs.md");

  g_assert_true (offered (royalty, "What are the risks of Luangwa Copper's decision to suspend "
                                   "the expansion of its flagship mine in Zambia?"));
  g_assert_false (offered_with (water, "the operation"));
}

/* "Andina Cobre said on Monday it would declare force majeure…" reads
 * like a given name and a surname, and the miner was taken for a
 * person; "Andina Cobre cut its full-year production guidance" says it
 * is none. */
static void
test_name_that_acts_on_its_own (void)
{
  g_autofree char *contents = NULL;
  Article article = read_article ("copper-force-majeure.md", &contents);
  g_autofree char *subjects = subjects_of (article.headline, article.body);

  g_assert_nonnull (strstr (subjects, "Andina Cobre (10, company)"));
}

/* "said on Wednesday it would raise average dual-fuel tariffs by 9.2%
 * from January 1 after the energy regulator approved higher charges to
 * fund grid upgrades and…": the parser could not read what was reported
 * whole, but reads it up to what explains it, as it does a piece. */
static void
test_reported_before_its_reason (void)
{
  g_autoptr(GPtrArray) texts = first_round ("energy-tariff-rise.md");

  g_assert_true (offered (texts, "What are the risks of Brightmoor's plan to raise average "
                                 "dual-fuel tariffs?"));
}

/* "In a memo sent to employees…, logistics software maker Stratalink Inc
 * said it would eliminate about 2,300 jobs": the sentence opens on the
 * memo, and "it" is the company named right before "said" (fc6). */
static void
test_speaker_after_an_opening (void)
{
  g_autoptr(GPtrArray) texts = first_round ("software-layoffs-memo.md");

  g_assert_true (offered (texts, "What are the risks of Stratalink's plan to eliminate about "
                                 "2,300 jobs?"));
}

/* "Osmara's central bank unexpectedly raised its main interest rate…",
 * and later "the Central Bank of Osmara": one bank, which the question
 * names in full (ex5). */
static void
test_central_bank_by_its_country (void)
{
  g_autoptr(GPtrArray) texts = first_round ("surprise-rate-hike.md");

  g_assert_true (offered (texts, "What are the risks of the Central Bank of Osmara's decision "
                                 "to raise its main interest rate?"));
}

/* "Forkline Inc announced a $1.5 billion share buyback": what is
 * announced is the decision; announcing it is asked nothing of (ex6).
 * Not "it announced production cuts at its European plants" as orders
 * fell, a step to limit its losses whose risks five reviewers in five
 * found the story does not go into. */
static void
test_announced_decision (void)
{
  g_autoptr(GPtrArray) buyback = first_round ("delivery-app-buyback.md");
  g_autoptr(GPtrArray) more = article_questions ("delivery-app-buyback.md");
  g_autoptr(GPtrArray) cuts = article_questions ("truck-orders.md");
  g_autoptr(GPtrArray) record = first_round ("trading-house-buyback.md");

  g_assert_true (offered (buyback, "What are the risks of Forkline's share buyback?"));
  /* "Kanemori & Co … raised its dividend forecast by 27% on Friday and
   * announced a record 350 billion yen ($2.4 billion) share buyback":
   * the verb after "and" is the company's too, and the record is the
   * sum's, which the question leaves to the story. */
  g_assert_true (offered (record, "What are the risks of Kanemori's share buyback?"));
  assert_no_question_with (more, "announce", NULL);
  assert_no_question_with (cuts, "production cuts", NULL);
}

/* "Dunmore Mills cut its profit forecast on Friday and announced a
 * sweeping restructuring": the parser hangs the verb after "and" on the
 * first verb's phrase, and the company did both. */
static void
test_verb_after_and (void)
{
  g_autoptr(GPtrArray) texts = all_questions (
    "Dunmore Mills cuts forecast, plans overhaul",
    "LONDON, March 3 (Wire) - Dunmore Mills cut its profit forecast on Friday and announced a "
    "sweeping restructuring.\n\n"
    "The company said the plan would run until the end of the year. Its shares rose 4% in "
    "London.\n\n"
    "\"We have more cash than our mills need,\" Chief Executive Helen Marsh said.\n");

  g_assert_true (offered (texts, "What are the risks of Dunmore Mills' sweeping restructuring?"));
}

/* "What is Rupert Hale's view on Luangwa Copper?" is answered by his
 * quotation: ten strict reviewers accepted none of 80 views, and 35 of 45
 * decisions beside them. A first run asks the article's own question
 * and the view waits for "Generate more"; where the article gives none,
 * and nothing else stands in (see stand-in-before-a-view), the view
 * does. */
static void
test_views_wait (void)
{
  g_autoptr(GPtrArray) first = first_round ("royalty-dispute.md");
  g_autoptr(GPtrArray) more = article_questions ("royalty-dispute.md");
  g_autoptr(GPtrArray) alone = first_round ("annuity-reinsurance-exit.md");

  g_assert_true (offered (first, "What are the risks of Luangwa Copper's decision to suspend the "
                                 "expansion of its flagship mine in Zambia?"));
  assert_no_question_with (first, "view on", NULL);
  g_assert_true (offered (more, "What is Rupert Hale's view on Luangwa Copper?"));
  g_assert_true (offered (alone, "What is Sophie Keller's view on Lindmatt?"));
}

/* A takeover bid the story leads on, made by the name after "from" or
 * the one the lead opens on, for the name after "for" or the other
 * company the story is about: five reviewers in five published all
 * three (fc5). */
static void
test_takeover_bid_obstacles (void)
{
  g_autoptr(GPtrArray) hostile = first_round ("bank-hostile-bid.md");
  g_autoptr(GPtrArray) pension = first_round ("toll-road-bid.md");
  g_autoptr(GPtrArray) utility = first_round ("utility-hostile-offer.md");

  g_assert_true (offered (hostile, "What obstacles does Tirrenico's offer for Valpadana face?"));
  g_assert_true (offered (pension, "What obstacles does Laurentian's offer for Meridian face?"));
  g_assert_true (offered (utility, "What obstacles does Brightwater's offer for Lakeshore "
                                   "face?"));
}

/* "the central bank said it had sold foreign currency reserves…", "the
 * Bank of Norvessa", and once "the Federal Reserve": "the central bank"
 * is the Bank of Norvessa, though the lexicon knows no Norvessa (fd3). */
static void
test_bank_of_a_place (void)
{
  /* Every round: the first now asks whether the bank must intervene
   * again. */
  g_autoptr(GPtrArray) texts = article_questions ("currency-intervention.md");

  g_assert_true (offered (texts, "What is Tobias Wennergren's view on the Bank of Norvessa?"));
  assert_no_question_with (texts, "Federal Reserve", NULL);
}

/* "suspended all production at its Brennock Ridge iron-ore mine… after
 * a tailings dam at the site collapsed": no decision, whose risks
 * reviewers found are the mishap's. What the mishap does to the company
 * is the question, as of a strike or a recall. "after floodwater
 * breached two underground levels" is a flood (fe1). */
static void
test_mishap_befalls (void)
{
  g_autoptr(GPtrArray) dam = first_round ("tailings-dam-collapse.md");
  g_autoptr(GPtrArray) outbreak = first_round ("pork-plant-outbreak.md");
  g_autoptr(GPtrArray) landslide = first_round ("copper-pit-landslide.md");
  g_autoptr(GPtrArray) flood = first_round ("nickel-complex-flooding.md");

  g_assert_true (offered (dam, "How might the collapse affect Korvath?"));
  g_assert_true (offered (outbreak, "How might the outbreak affect Redgate?"));
  g_assert_true (offered (landslide, "How might the landslide affect Veltran?"));
  g_assert_true (offered (flood, "How might the flooding affect Orvane?"));
}

/* "French beauty group Maison Aurelle said on Thursday it would cut
 * about 1,200 jobs": a name that reads like a person's, which the words
 * before it say is a company, says "it" of itself. A first run asks the
 * risks of one of its plans (see one-risks-question). */
static void
test_company_named_like_a_person (void)
{
  g_autoptr(GPtrArray) texts = first_round ("beauty-reset.md");

  g_assert_true (offered (texts, "What are the risks of Maison Aurelle's plan to close 90 of "
                                 "its 236 stores in mainland China?"));
}

/* "Ilsa Brennagh, the veteran union leader who has represented
 * dockworkers…": whoever "who" follows is someone, though the
 * dictionary knows no Ilsa. "What is the outlook for Brennagh?" took
 * her for a company (fe3). Not "At Balogun market on Lagos Island,
 * traders who use Kudipay…", where no article opens the noun. */
static void
test_someone_who (void)
{
  g_autofree char *contents = NULL;
  Article article = read_article ("port-strike-union-chief.md", &contents);
  g_autofree char *subjects = subjects_of (article.headline, article.body);
  g_autoptr(GPtrArray) texts = first_round_of (&article);
  g_autoptr(GPtrArray) market = article_questions ("fintech-licence-revoked.md");

  g_assert_nonnull (strstr (subjects, "Ilsa Brennagh (5, person)"));
  assert_no_question_with (texts, "Brennagh?", NULL);
  assert_no_question_with (market, "Lagos Island", NULL);
}

/* "Shares of Calloway Medical Technologies Inc plunged 19%…, after the
 * Minneapolis-based device maker recalled about 212,000 of its Veristra
 * insulin pumps": the maker is Calloway, and a recall it makes itself
 * befalls it as one a regulator orders. */
static void
test_recall_of_its_own (void)
{
  g_autoptr(GPtrArray) texts = first_round ("insulin-pump-recall.md");

  g_assert_true (offered (texts, "How might the recall affect Calloway?"));
}

/* "cut its full-year operating profit forecast…, warning that a sharp
 * rise in jet fuel prices and a weaker euro would add…": five reviewers
 * accepted how a company responds to what it blames 28 times in 30, and
 * how the cause might affect it, which the lead tells, 9 times. Strict
 * reviewers of unseen stories since found the answer in the story each
 * time (0/3, gt1, gy1), so it waits for "Generate more". */
static void
test_responding_to_the_cause (void)
{
  g_autoptr(GPtrArray) fuel = article_questions ("airline-fuel-warning.md");
  g_autoptr(GPtrArray) fuel_sure = sure_round ("airline-fuel-warning.md");
  g_autoptr(GPtrArray) china = article_questions ("cosmetics-china-slump.md");
  g_autoptr(GPtrArray) drought = article_questions ("hydro-drought-forecast.md");
  g_autoptr(GPtrArray) acid = article_questions ("uranium-output-cut.md");
  g_autoptr(GPtrArray) water = first_round ("copper-water-curbs.md");

  g_assert_true (offered (fuel, "How is Castellan responding to the sharp rise in jet fuel "
                                "prices?"));
  g_assert_true (offered (china, "How is Hanbyeol responding to falling third-quarter sales in "
                                 "China?"));
  g_assert_true (offered (drought, "How is Hidroandes responding to the prolonged drought?"));
  g_assert_true (offered (acid, "How is Betpak responding to persistent shortages of sulphuric "
                                "acid?"));
  /* "blaming water restrictions at its flagship Quebrada Honda mine":
   * no change, and what the restrictions do is asked already. */
  assert_no_question_with (water, "responding", NULL);
  g_assert_true (fuel_sure != NULL && !offered_with (fuel_sure, "responding to"));
}

/* The parser reads few such leads whole, "Grupo Transportes del Norte
 * (GTN), one of Mexico's largest freight and customs logistics
 * operators, cut its first-quarter revenue forecast on Tuesday after a
 * suspension of rail traffic at two U.S. border crossings left…": the
 * words are read as written, and the cause ends where a verb of its own
 * or a figure begins: "after a sharp rise in bad commercial property
 * loans [forced it to…]", which the tagger may read as a modifier and an
 * unseen story's first run asked of whole. */
static void
test_responding_as_written (void)
{
  g_autoptr(GPtrArray) rail = article_questions ("border-rail-halt.md");
  g_autoptr(GPtrArray) loans = article_questions ("bank-property-loss.md");
  g_autoptr(GPtrArray) ban = article_questions ("export-ban.md");
  g_autoptr(GPtrArray) gas = article_questions ("ammonia-gas-squeeze.md");
  g_autoptr(GPtrArray) rules = article_questions ("chip-equipment-orders.md");

  g_assert_true (offered (rail, "How is GTN responding to the suspension of rail traffic?"));
  g_assert_true (offered (ban, "How is Campos Serra responding to the Chinese ban on Brazilian "
                               "chicken imports?"));
  g_assert_true (offered (gas, "How is Veldkamp responding to the renewed surge in European "
                               "natural gas prices?"));
  g_assert_true (offered (rules, "How is Lumaris responding to tighter export rules?"));
  g_assert_true (offered (loans, "How is Merrivale responding to the sharp rise in bad "
                                 "commercial property loans?"));
}

/* "The High Court of Patents… revoked a key patent protecting Quillon
 * Pharmaceuticals' rheumatoid arthritis drug": what an authority did to
 * the company the lead names, asked as reviewers accept a fine or a
 * recall it ordered (ff5). "the antitrust investigation", where the
 * story keeps writing it so. */
static void
test_authority_acts (void)
{
  g_autoptr(GPtrArray) patent = article_questions ("patent-revoked.md");
  g_autoptr(GPtrArray) fine = first_round ("private-bank-aml-fine.md");
  g_autoptr(GPtrArray) penalty = first_round ("bank-hardship-penalty.md");
  g_autoptr(GPtrArray) licences = first_round ("mobile-lender-suspended.md");
  g_autoptr(GPtrArray) probe = article_questions ("device-safety-probe.md");
  g_autoptr(GPtrArray) antitrust = article_questions ("bnpl-probe.md");
  g_autoptr(GPtrArray) patent_first = sure_round ("patent-revoked.md");
  g_autoptr(GPtrArray) laundering = sure_round ("bank-laundering-fine.md");

  g_assert_true (offered (patent, "How might the ruling affect Quillon?"));
  /* What a ruling or a fine does the story tells outright, strict
   * reviewers found (2/12 with inquiries, taxes and duties; gs2): asked
   * again, not on a first run. A suspension still is. */
  g_assert_true (patent_first == NULL || !offered_with (patent_first, "ruling affect"));
  g_assert_true (laundering == NULL || !offered_with (laundering, "fine affect"));
  /* Not where the story says the bank had provisioned for it: see
   * fines-played-down. */
  assert_no_question_with (fine, "fine affect", NULL);
  assert_no_question_with (penalty, "penalty affect", NULL);
  g_assert_true (offered (licences, "How might the suspension affect Mvuli?"));
  g_assert_true (offered (probe, "How might the investigation affect Veridane?"));
  /* Named as the story keeps writing it. */
  g_assert_true (offered (antitrust, "How might the antitrust investigation affect Klarvik?"));
}

/* "agreed on Tuesday to buy rival Tamsworth Coatings for $4.2 billion":
 * the parser left "Coatings" out of the object, which the name it cut
 * runs on to (fg1). */
static void
test_object_runs_to_the_name_end (void)
{
  g_autoptr(GPtrArray) texts = first_round ("coatings-acquisition.md");

  g_assert_true (offered (texts, "What are the risks of Orveline's decision to buy rival "
                                 "Tamsworth Coatings?"));
}

/* "Hollensby Bank Fined Record 212 Million Crowns…", over a lead that
 * opens on the inspectors' visit: the headline says what the authority
 * did (fg3). "Just six weeks after assuring investors…, outdoor clothing
 * retailer Pellman Outdoor on Tuesday slashed its full-year profit
 * forecast…, blaming unusually mild weather": the company is the first
 * the lead names, where it does not open on it (fg4). */
static void
test_what_befell_told_elsewhere (void)
{
  g_autoptr(GPtrArray) fine = first_round ("bank-record-fine.md");
  g_autoptr(GPtrArray) weather = article_questions ("mild-winter-warning.md");

  g_assert_true (offered (weather, "How is Pellman responding to unusually mild weather?"));
  /* The story says the hit is small: see fines-played-down. */
  assert_no_question_with (fine, "fine affect", NULL);
}

/* "Corvane to Buy Lumeris for $4.2 Billion in Push Into Rare-Disease
 * Drugs", over a lead that opens on "A $4.2 billion cash offer for
 * Lumeris Biosciences will turn Corvane Therapeutics into…": the
 * headline says who buys whom (fh2). Not "Red Mesa Energy to buy Permian
 * rival Caprock Basin", where "Permian" describes the rival. */
static void
test_purchase_in_the_headline (void)
{
  g_autoptr(GPtrArray) drugs = first_round ("rare-disease-takeover.md");
  g_autoptr(GPtrArray) shale = article_questions ("shale-all-stock-merger.md");

  g_assert_true (offered (drugs, "What are the risks of Corvane's plan to buy Lumeris?"));
  assert_no_question_with (shale, "buy the Permian", NULL);
}

/* "Declan Moyle, the union's general secretary": a title after whose it
 * is. "What is Nadia Sorensen's view on Moyle?" took him for a company
 * (M, fh5). */
static void
test_title_after_a_possessive (void)
{
  g_autofree char *subjects = subjects_of (
    "Saltmere dockworkers strike over automation plan",
    "SALTMERE, March 3 (Wire) - About 4,200 dockworkers at the Port of Saltmere began a "
    "72-hour strike on Tuesday over an automation plan.\n\n"
    "Declan Moyle, the union's general secretary, addressed several hundred striking workers "
    "outside the main gate.\n\n"
    "Moyle said the union would consider the offer but would not call off the strike.\n\n"
    "\"We have waited two years for answers,\" Moyle said.\n");

  g_assert_nonnull (strstr (subjects, "Declan Moyle (3, person)"));
}

/* "Shares in farm-machinery maker Brannock Tillage rose 18% in their
 * stock market debut": what the debut means for those who buy after it
 * and for the companies waiting to list, where the first run asked "How
 * might the offering affect Brannock?" (2/5, fj4). */
static void
test_debut_for_investors (void)
{
  g_autoptr(GPtrArray) texts = first_round ("farm-machinery-debut.md");
  g_autoptr(GPtrArray) payments = sure_round ("payments-debut-bankers.md");

  g_assert_true (offered (texts, "What are the risks for investors buying Brannock shares after "
                                 "its debut?"));
  g_assert_true (offered (texts, "What does Brannock's debut mean for other companies planning "
                                 "to list in Halvery?"));
  /* Where bankers say the debut "could encourage" others to list, it is
   * answered (gq4, W from both reviewers): not on a first run. */
  g_assert_true (payments != NULL && !offered_with (payments, "planning to list"));
  g_assert_true (offered_with (payments, "after its debut"));
}

/* "filed for court protection from its creditors", "failed to make a 41
 * million crown interest payment": what the company's distress means for
 * those it owes, where the first runs asked an analyst's view (0/5 each,
 * fi6 and fj1). */
static void
test_debts_in_distress (void)
{
  g_autoptr(GPtrArray) airline = first_round ("airline-creditor-protection.md");
  g_autoptr(GPtrArray) landlord = first_round ("landlord-missed-coupon.md");
  g_autoptr(GPtrArray) developer = first_round ("developer-coupon-default-certain.md");
  g_autoptr(GPtrArray) landlord_sure = sure_round ("landlord-missed-coupon.md");
  g_autoptr(GPtrArray) developer_sure = sure_round ("developer-coupon-default-certain.md");
  g_autoptr(GPtrArray) outage = first_round ("payments-outage.md");
  g_autoptr(GPtrArray) auction = first_round ("brand-bankruptcy-auction.md");

  g_assert_true (offered (airline, "What are the risks of Skyreach's restructuring?"));
  g_assert_true (offered (airline, "What does Skyreach's restructuring mean for its creditors?"));
  g_assert_true (offered (landlord, "What does Corvane's missed payment mean for its "
                                    "creditors?"));
  /* Whether it can avoid a default, the stories answer ("…said a
   * default was 'virtually certain'", gs5): not on a first run. */
  g_assert_true (landlord_sure == NULL || !offered_with (landlord_sure, "avoid a default"));
  g_assert_true (developer_sure == NULL || !offered_with (developer_sure, "avoid a default"));
  g_assert_true (offered (developer, "What does Taiyue's missed payment mean for its "
                                     "creditors?"));
  /* "merchants… unable to take card payments" is no missed payment. */
  assert_no_question_with (outage, "default", NULL);
  /* "Brand licensing firm wins Quillon & Marsh name in bankruptcy
   * auction": the bankruptcy is Quillon & Marsh's, not the buyer's
   * (M 5/5 twice, fn5). */
  assert_no_question_with (auction, "restructuring", NULL);
}

/* A central bank that holds rates against bets on a cut (fg2, no
 * question), and "Sestria's central bank" that the story names in full
 * as "The National Bank of Sestria (NBS)" (fj6, an analyst's view, 0/5). */
static void
test_central_bank_holds (void)
{
  g_autoptr(GPtrArray) hold = first_round ("central-bank-split-hold.md");
  g_autoptr(GPtrArray) hike = first_round ("emergency-rate-hike.md");

  g_assert_true (offered (hold, "What would it take for the Central Bank of Marrovia to cut "
                                "rates?"));
  g_assert_true (offered (hike, "What are the risks of the NBS's decision to raise its main "
                                "interest rate?"));
}

/* "Corvane Systems… reported a 38% rise in fourth-quarter profit on
 * Tuesday, beating analyst forecasts": the first runs once asked what
 * threatens the company's outlook, which five reviewers had accepted 30
 * times in 30, but strict reviewers of today accepted none in 14 ("a
 * generic template that fits any story", px1, px2, gk1, gl6). A first
 * run asks no such question; an analyst's view had got 0/5 (fi1). */
static void
test_results_that_beat (void)
{
  g_autoptr(GPtrArray) cooling = sure_round ("cooling-orders-results.md");
  g_autoptr(GPtrArray) boxes = sure_round ("container-lessor.md");
  g_autoptr(GPtrArray) orders = sure_round ("chip-tool-record-orders.md");
  g_autoptr(GPtrArray) buyback = first_round ("delivery-app-buyback.md");

  g_assert_true (cooling == NULL || !offered_with (cooling, "outlook"));
  g_assert_true (boxes == NULL || !offered_with (boxes, "outlook"));
  g_assert_true (orders == NULL || !offered_with (orders, "outlook"));
  /* Of the same story, both accepted what its buyback risks. */
  g_assert_true (offered (buyback, "What are the risks of Forkline's share buyback?"));
  assert_no_question_with (buyback, "outlook", NULL);
}

/* "About 4,200 dockworkers walked off the job at the port of
 * Tessaline…", which handles "roughly 45% of the country's container
 * trade": what the strike does to that trade, where the first run asked
 * "What is behind the dispute?" (0/5, fj2). */
static void
test_strike_at_a_port (void)
{
  g_autoptr(GPtrArray) texts = first_round ("port-terminals-strike.md");
  g_autoptr(GPtrArray) durban = first_round ("durban-dock-strike.md");
  g_autoptr(GPtrArray) walkout = first_round ("port-walkout-talks-collapse.md");

  g_assert_true (offered (texts, "How might the strike at the port of Tessaline affect the "
                                 "country's trade?"));
  assert_no_question_with (texts, "What is behind the dispute?", NULL);
  /* "at Indlovu Terminal Holdings' container facility in Durban", which
   * "the country's largest port workers' union" strikes. */
  assert_no_question_with (durban, "country's trade", NULL);
  /* "Thousands of dockworkers at the port of Saltmere walked off the
   * job…", where the story has no "the strike" to ask it of: the first
   * run asked "How might overnight talks affect Saltmere?" (M 5/5, fk3). */
  g_assert_true (offered (walkout, "How might the strike at the port of Saltmere affect the "
                                   "country's trade?"));
  assert_no_question_with (walkout, "talks affect", NULL);
}

/* "Copper prices jumped more than 3%… after workers walked out at the
 * Ventisca mine": the first run asked an analyst's view of the strike
 * (0/5, fo5). */
static void
test_walkout_at_a_mine (void)
{
  g_autoptr(GPtrArray) texts = first_round ("copper-mine-walkout.md");

  g_assert_true (offered (texts, "How might the strike at the Ventisca mine affect copper "
                                 "supply?"));
}

/* "Aldous Freight Lines… rejected an unsolicited $4.8 billion takeover
 * proposal from conglomerate Carrow Holdings": a proposal is a bid, and
 * the bidder's name comes after what it is. The first run asked "What is
 * Gregor Pennycuik's view on Carrow?" (0/5, fm2). */
static void
test_proposal_from_a_described_bidder (void)
{
  g_autoptr(GPtrArray) texts = first_round ("freight-bid-rejected.md");

  g_assert_true (offered (texts, "What obstacles does Carrow's bid for Aldous face?"));
}

/* "What is Joanna Lis' view on Wislana?" (0/5) stood in before the
 * decision the story tells; asked of both, five fresh reviewers accepted
 * the decision's question 5 times in 5 and the view none, and over
 * sixteen such stories the questions that came instead of a view 43
 * times in 70, the views 40 in 90. */
static void
test_stand_in_before_a_view (void)
{
  g_autoptr(GPtrArray) blocked = first_round ("bank-merger-blocked.md");
  g_autoptr(GPtrArray) lira = first_round ("lira-rate-cut.md");

  /* Since the story's own question, whether Wislana appeals
   * (test_blocked_deal_appeal()), nothing stands in. */
  g_assert_true (offered (blocked, "Will Wislana appeal the ruling blocking its takeover of "
                                   "Karpacki?"));
  assert_no_question_with (blocked, "view on", NULL);
  /* The decision, told as test_country_central_bank() asks it. */
  g_assert_true (offered (lira, "What are the risks of the rate cut by Turkey's central bank?"));
  assert_no_question_with (lira, "view on", NULL);
}

/* "blaming a steep rise in packaging and resin costs": the first run
 * asked how Brannock was "responding to the steep rise in packaging?",
 * which all five reviewers found cut off (fq1). */
static void
test_cause_with_a_shared_head (void)
{
  g_autoptr(GPtrArray) texts = article_questions ("packaging-costs-forecast-cut.md");

  g_assert_true (offered (texts, "How is Brannock responding to the steep rise in packaging "
                                 "and resin costs?"));
}

/* "Tanvalia curbs tin exports…": a country the gazetteer does not know,
 * written as "Tanvalian tin", and its curbs, "sudden restrictions" in a
 * trading partner's words, are its own. The first run asked "What risks
 * does Tanvalia face from sudden restrictions?" (0/5, fq3). */
static void
test_a_country_restricting (void)
{
  g_autoptr(GPtrArray) texts = first_round ("tin-export-curbs.md");

  assert_no_question_with (texts, "restrictions", "affect Tanvalia", "Tanvalia face", NULL);
}

/* "Ironvale Resources chief executive Malcolm Treharne resigned…",
 * "Helvora Re CEO to step down…": the first runs asked "What is Katrin
 * Wolde's view on Ironvale?" (0/5, fr4) and "How might the strategic
 * review affect Helvora?". Not "next" where the lead names who comes. */
static void
test_chief_executive_departs (void)
{
  g_autoptr(GPtrArray) quits = first_round ("ceo-quits-cost-blowout.md");
  g_autoptr(GPtrArray) review = first_round ("reinsurer-review.md");
  g_autoptr(GPtrArray) fine = first_round ("bank-fine.md");
  g_autoptr(GPtrArray) named = article_questions ("luxury-ceo-change.md");
  g_autoptr(GPtrArray) stays = article_questions ("bank-fine-chief-stays.md");
  g_autoptr(GPtrArray) founder = first_round ("founder-steps-down.md");

  g_assert_true (offered (quits, "What challenges will Ironvale's next chief executive face?"));
  g_assert_true (offered (quits, "Can Oluwaseun Prescott steady Ironvale as interim chief "
                                 "executive?"));
  g_assert_true (offered (review, "What challenges will Helvora's next chief executive face?"));
  g_assert_true (offered (review, "Can Sophie Lambelet steady Helvora as interim chief "
                                  "executive?"));
  g_assert_true (offered (fine, "What challenges will Lachenal's next chief executive face?"));
  /* "He will be replaced on an interim basis by Annika Brunner". */
  g_assert_true (offered (fine, "Can Annika Brunner steady Lachenal as interim chief "
                                "executive?"));
  assert_no_question_with (named, "next chief executive", NULL);
  /* "CEO Rejects Calls to Quit" (go6): he stays. */
  assert_no_question_with (stays, "next chief executive", NULL);
  /* "Cobaltline founder Orr to step down as chief executive…", where
   * "Sunniva Castell… will succeed him" (he6; the first run asked
   * nothing). */
  g_assert_true (offered (founder, "What challenges will Sunniva Castell face as Cobaltline's "
                                   "chief executive?"));
}

/* "Norramar Line Reroutes Fleet Around Qasira Strait…, Freight Rates
 * Jump": the first run asked "What is the outlook for Norramar?" (0/5,
 * fr6). "Aldermark pulls ships from Strait of Qessa after attacks…",
 * whose lead says it "would route all of its vessels away from the
 * Strait": the first run asked nothing (gn2). */
static void
test_rerouted_fleet (void)
{
  g_autoptr(GPtrArray) texts = first_round ("fleet-rerouted-strait.md");
  g_autoptr(GPtrArray) pulled = first_round ("container-line-strait-attacks.md");

  g_assert_true (offered (texts, "How might the rerouting affect freight rates?"));
  g_assert_true (offered (pulled, "How might the rerouting affect freight rates?"));
}

/* "The National Bank of Kestovia raised its benchmark rate by 250 basis
 * points to 14.5% on Tuesday in an unscheduled move aimed at stemming a
 * sell-off…": a lead the parser does not read whole. The first run asked
 * "What is Priya Lindqvist's view on the National Bank of Kestovia?"
 * (0/5, ft1). */
static void
test_rate_move_read_as_written (void)
{
  g_autoptr(GPtrArray) texts = first_round ("currency-defence-hike.md");

  g_assert_true (offered (texts, "What are the risks of the National Bank of Kestovia's "
                                 "decision to raise its benchmark rate?"));
}

/* "…its fourth-quarter net profit fell 58% after it nearly tripled
 * provisions for bad loans": the first run asked an analyst's view (0/5,
 * fs2). A headline's "bad-loan provisions nearly triple" is the same
 * (ge1, where the first run asked nothing), and so is a lead's "forcing
 * the bank to set aside more money for bad loans", and "a sharp rise in
 * bad commercial property loans forced it to quadruple its provisions",
 * whose first run asked only whether Merrivale can return to profit. */
static void
test_bad_loan_provisions (void)
{
  g_autoptr(GPtrArray) provisions = first_round ("bank-provisions-triple.md");
  g_autoptr(GPtrArray) bad_loan = first_round ("bank-property-provisions.md");
  g_autoptr(GPtrArray) aside = first_round ("developer-default.md");
  g_autoptr(GPtrArray) quadrupled = first_round ("bank-property-loss.md");

  g_assert_true (offered (provisions, "Will Corradine need to set aside more for bad loans?"));
  g_assert_true (offered (bad_loan, "Will Harrowgate need to set aside more for bad loans?"));
  g_assert_true (offered (aside, "Will Siam Meridian need to set aside more for bad loans?"));
  g_assert_true (offered (quadrupled, "Will Merrivale need to set aside more for bad loans?"));
}

/* "Velaran peso plunges to record low…", "Sarvo Slides to Record Low…",
 * "Rupiah slides to weakest in over a year…": what could halt the slide
 * (5/5 hand-written, fq6), where the first runs asked an analyst's view
 * (0/5). "the sarvo" is a currency no word list knows, and so is "the
 * marand", which only prices tell ("612 marand per litre", ge3). */
static void
test_currency_slide (void)
{
  g_autoptr(GPtrArray) peso = first_round ("peso-record-low-election.md");
  g_autoptr(GPtrArray) sarvo = first_round ("sarvo-record-low.md");
  g_autoptr(GPtrArray) rupiah = first_round ("rupiah-deficit-slide.md");
  g_autoptr(GPtrArray) marand = first_round ("fuel-subsidy-protests.md");
  g_autoptr(GPtrArray) crown = first_round ("crown-slides-minister-quits.md");
  g_autoptr(GPtrArray) mark = article_questions ("mark-election-low.md");

  g_assert_true (offered (peso, "What could halt the peso's slide?"));
  g_assert_true (offered (sarvo, "What could halt the sarvo's slide?"));
  g_assert_true (offered (rupiah, "What could halt the rupiah's slide?"));
  g_assert_true (offered (marand, "What could halt the marand's slide?"));
  /* "Veldanian crown slides, bond yields jump as finance minister
   * quits", where only the lead tells the low (hb5). */
  g_assert_true (offered (crown, "What could halt the crown's slide?"));
  /* "Talven mark sinks to record low after opposition's surprise
   * election win" (hs2), where the first run also asked "What risks does
   * the Renewal Front face from fiscal policy?" of the winning party, as
   * of a company (both reviewers: "backwards"). */
  g_assert_true (offered (mark, "What could halt the mark's slide?"));
  assert_no_question_with (mark, "Renewal Front face", NULL);
}

/* "…had approved velmorant, its once-daily pill for advanced chronic
 * kidney disease": the launch ahead (5/5 hand-written, ft3), where the
 * first run asked an analyst's view (0/5). "An explosion at fertiliser
 * maker Norvane Agrochem's largest ammonia plant…", "The blast…": a
 * mishap, as a landslide is (4/5 hand-written, fs4). */
static void
test_drug_approval_and_explosion (void)
{
  g_autoptr(GPtrArray) drug = first_round ("kidney-drug-approval.md");
  g_autoptr(GPtrArray) blast = first_round ("ammonia-plant-blast.md");

  g_assert_true (offered (drug, "What challenges will Solvane face in launching velmorant?"));
  g_assert_true (offered (blast, "How might the explosion affect Norvane?"));
}

/* "according to the Hallam National Building Society", "Hallam's chief
 * economist", "Hallam will publish its October index": the source of a
 * house price survey, of which five reviewers found "What is the outlook
 * for Hallam?" named the wrong subject (fv5). "aim to pay out about 40% of
 * adjusted earnings" is a payout policy, no goal to meet (0/5, fv4). */
static void
test_sources_and_payout_policies (void)
{
  g_autoptr(GPtrArray) survey = article_questions ("house-prices-sixth-fall.md");
  g_autoptr(GPtrArray) payout = article_questions ("food-maker-dividend-halved.md");

  assert_no_question_with (survey, "Hallam", NULL);
  assert_no_question_with (payout, "pay out", NULL);
}

/* Leads the parser does not read whole, whose kinds five reviewers
 * accepted hand-written questions for 30 times in 30 (fv2, fv3, fv5, fv6,
 * fu5), where the first runs asked a view (0/5), named the wrong subject,
 * or asked nothing: a country's export ban, a bank that fails a stress
 * test, producers' output cut, a country's dear bond sale, and a fall in
 * its house prices. Not "Will Brenmark need to raise new capital?" of
 * "Sundholm Bank, Brenmark's fourth-largest lender, failed…". */
static void
test_leads_read_as_written (void)
{
  g_autoptr(GPtrArray) ban = first_round ("chip-export-ban.md");
  g_autoptr(GPtrArray) stress = first_round ("bank-fails-stress-test.md");
  g_autoptr(GPtrArray) oil = first_round ("oil-output-cut.md");
  g_autoptr(GPtrArray) bonds = first_round ("sovereign-bond-costs.md");
  g_autoptr(GPtrArray) homes = first_round ("house-prices-sixth-fall.md");
  g_autoptr(GPtrArray) retail = first_round ("retail-sales-fall.md");
  g_autoptr(GPtrArray) jobless = first_round ("jobless-rate-high.md");
  g_autoptr(GPtrArray) deficit = first_round ("trade-deficit-record.md");

  g_assert_true (offered (ban, "What are the risks of Halvoria's decision to ban exports of "
                               "advanced semiconductors?"));
  g_assert_true (offered (ban, "How might Dravenia respond to the ban?"));
  g_assert_true (offered (stress, "Will Sundholm need to raise new capital?"));
  g_assert_true (offered (stress, "What does the failed stress test mean for Sundholm's "
                                  "shareholders?"));
  assert_no_question_with (stress, "Brenmark", NULL);
  g_assert_true (offered (oil, "How long can the output cut support oil prices?"));
  g_assert_true (offered (bonds, "How will Veloria's higher borrowing costs affect its budget "
                                 "plans?"));
  g_assert_true (offered (homes, "How might falling house prices affect Vestria's economy?"));
  /* "Marrenland retail sales fall unexpectedly…" (he2), whose first run
   * asked nothing: the story weighs a rate cut. */
  g_assert_true (offered (retail, "Will falling retail sales push the Central Bank of "
                                  "Marrenland to cut interest rates?"));
  /* "Marovia's jobless rate climbs to three-year high…" (hm1, whose
   * first run asked nothing). */
  g_assert_true (offered (jobless, "Will rising unemployment push the Bank of Marovia to cut "
                                   "interest rates?"));
  /* "Valdoria's trade deficit widens to record…" (ho1, the same). */
  g_assert_true (offered (deficit, "How might the widening trade deficit affect Valdoria's "
                                   "currency?"));
}

/* A store chain's bankruptcy, with its plan to close stores: one
 * question on the risks of what the company did, not a second, vaguer
 * one on its restructuring (1/5 beside the first, fu3). */
static void
test_one_risks_question (void)
{
  g_autoptr(GPtrArray) first = first_round ("store-chain-bankruptcy.md");

  g_assert_true (offered (first, "What are the risks of Hadley & Rowe's plan to close 58 of "
                                 "its 171 stores?"));
  g_assert_true (offered (first, "What does Hadley & Rowe's restructuring mean for its "
                                 "creditors?"));
  g_assert_false (offered (first, "What are the risks of Hadley & Rowe's restructuring?"));
}

/* Five more kinds of lead, from unseen stories (fw, fx) and
 * hand-written questions five reviewers accepted 25 times in 25 (pf1-pf5),
 * where the first runs had asked views (0/5), "How might the approach
 * affect Wexley Brandt?" (2/5) or "How might the price war affect Zappa
 * Mobile?" (0/5): inflation at a high, a private equity approach, a
 * start-up short of cash, a shipping line's profit as freight rates slide,
 * and a merger that waits on regulators. */
static void
test_five_more_leads (void)
{
  g_autoptr(GPtrArray) inflation = first_round ("inflation-two-year-high.md");
  g_autoptr(GPtrArray) quickens = first_round ("inflation-quickens-drought.md");
  g_autoptr(GPtrArray) approach = first_round ("engineer-buyout-approach.md");
  g_autoptr(GPtrArray) bid = first_round ("coal-lithium-bid.md");
  g_autoptr(GPtrArray) cash = first_round ("ev-startup-cash.md");
  g_autoptr(GPtrArray) freight = first_round ("container-line-profit-slide.md");
  g_autoptr(GPtrArray) merger = first_round ("telecom-merger-remedies.md");

  g_assert_true (offered (inflation, "Will the Central Bank of Estravia raise interest rates "
                                     "to curb inflation?"));
  /* "inflation unexpectedly quickens" (gx2, where the first run asked
   * nothing). */
  g_assert_true (offered (quickens, "Will the Bank of Carvenia raise interest rates to curb "
                                    "inflation?"));
  g_assert_true (offered (approach, "Will Wexley Brandt's board back Harrowgate's approach?"));
  /* "Japan's Takanawa bids A$5.2 billion for … miner Mulgara". */
  g_assert_true (offered (bid, "Will Mulgara's board back Takanawa's bid?"));
  g_assert_true (offered (cash, "Can Aurelion raise enough cash to keep going?"));
  g_assert_true (offered (freight, "How long could the slide in freight rates last?"));
  g_assert_true (offered (freight, "Can Nordhavn protect its profits as freight rates slide?"));
  g_assert_true (offered (merger, "What remedies might regulators demand before approving the "
                                  "merger?"));
  assert_no_question_with (merger, "price war", NULL);
}

/* "Cocoa surges to record as Kessara harvest collapse stokes deficit
 * fears", "Arabica futures hit 14-year high as frost scorches Tarmesian
 * coffee belt": how long the cause could keep prices high (5/5 each
 * hand-written, fx2 and ft5), where the first runs asked a view (0/5) and
 * nothing. A crop disease too: "Rubber jumps to six-year high as leaf
 * blight spreads…" (gp5, where the first run asked nothing). Not "Gold
 * hits record as central banks keep buying". */
static void
test_price_spike (void)
{
  g_autoptr(GPtrArray) cocoa = first_round ("cocoa-harvest-record.md");
  g_autoptr(GPtrArray) coffee = first_round ("arabica-frost-high.md");
  g_autoptr(GPtrArray) rubber = first_round ("rubber-leaf-blight.md");
  g_autoptr(GPtrArray) gas = first_round ("gas-pipeline-fire.md");
  g_autoptr(GPtrArray) gold = article_questions ("gold-record.md");
  g_autoptr(GPtrArray) wheat = first_round ("wheat-export-curbs.md");

  g_assert_true (offered (cocoa, "How long could the Kessara harvest collapse keep cocoa prices "
                                 "high?"));
  g_assert_true (offered (coffee, "How long could the frost keep arabica prices high?"));
  g_assert_true (offered (rubber, "How long could the leaf blight keep rubber prices high?"));
  /* "Wheat hits one-year high as Tarvenia curbs exports after poor
   * harvest" (hi2), whose first run asked nothing. */
  g_assert_true (offered (wheat, "How long could Tarvenia's export curbs keep wheat prices "
                                 "high?"));
  /* "Northern gas prices jump 22% after compressor fire shuts…" (gq5),
   * whose first run asked nothing. */
  g_assert_true (offered (gas, "How long could the compressor fire keep northern gas prices "
                               "high?"));
  assert_no_question_with (gold, "How long could", NULL);
}

/* "Ferrari, who are Ferrari? Lewis Hamilton sauntered to pole…": a
 * headline with a mark where a shape looks for a word, which the crash
 * run found price-spike read as one (a critical, fatal there and here);
 * house prices after a country's name had the same fault. */
static void
test_headline_marks (void)
{
  g_autofree char *cocoa_text = NULL;
  g_autofree char *homes_text = NULL;
  Article cocoa = read_article ("cocoa-harvest-record.md", &cocoa_text);
  Article homes = read_article ("house-prices-sixth-fall.md", &homes_text);
  g_autoptr(GPtrArray) cocoa_first = NULL;
  g_autoptr(GPtrArray) homes_first = NULL;
  g_autoptr(GError) error = NULL;

  cocoa.headline = "Cocoa, the crop of the year, hits record as harvest collapse bites";
  cocoa_first = first_round_of (&cocoa);
  g_assert_false (offered_with (cocoa_first, "How long could"));
  /* Without the question the headline gave, the survey asks nothing. */
  homes_first = nfe_questions_generate ("Vestria, where house prices fall for a sixth month",
                                        homes.body, 25, NULL, FALSE, NULL, &error);
  g_assert_error (error, NFE_GENERATOR_ERROR, NFE_GENERATOR_ERROR_EMPTY);
  g_assert_null (homes_first);
}

/* Reviewers of unseen stories accepted none of 180 analysts' views and
 * one of 62 questions that would fit any story about their subject
 * (fy4, fy6, fz2, fz6 among them), three of 18 questions on what "the
 * deal" does to a company (gi4, gj3), and none of four on what a subsidy
 * or an auction does to one (gk6, gj6): a first run that finds nothing
 * else asks none of them, and asking again brings them, as the window
 * does. */
static void
test_first_run_holds_back_stand_ins (void)
{
  g_autoptr(GPtrArray) alone = sure_round ("annuity-reinsurance-exit.md");
  g_autoptr(GPtrArray) outlook = sure_round ("port-operator-stake.md");
  g_autoptr(GPtrArray) window = first_round ("annuity-reinsurance-exit.md");
  g_autoptr(GPtrArray) later = article_questions ("port-operator-stake.md");
  g_autoptr(GPtrArray) fields = first_round ("offshore-fields-sale.md");
  g_autoptr(GPtrArray) fields_more = article_questions ("offshore-fields-sale.md");
  g_autoptr(GPtrArray) steel = first_round ("hydrogen-steel-subsidy.md");
  g_autoptr(GPtrArray) steel_more = article_questions ("hydrogen-steel-subsidy.md");
  g_autoptr(GPtrArray) spectrum = first_round ("spectrum-dividend-doubt.md");

  g_assert_null (alone);
  g_assert_null (outlook);
  g_assert_true (offered (window, "What is Sophie Keller's view on Lindmatt?"));
  g_assert_true (offered (later, "What is the outlook for Veldhaven?"));
  /* What "the deal" does to a company fits any story of a deal (3/18):
   * it waits for "Generate more". */
  assert_no_question_with (fields, "deal affect", NULL);
  g_assert_true (offered (fields_more, "How might the deal affect Tidemark?"));
  /* Nor a subsidy it won or an auction it bid in (0/2 each). */
  assert_no_question_with (steel, "subsidy affect", NULL);
  g_assert_true (offered (steel_more, "How might the subsidy affect Kveldrun?"));
  assert_no_question_with (spectrum, "auction", NULL);
}

/* "The fine is small relative to Nexalis's finances", "had been fully
 * provisioned", "the fine itself was manageable": what the fine does to
 * the company got 4 in 20 from reviewers of unseen stories (fu4, fx5,
 * fw6, fz5). "The 2019 agreement" a company says a new law breaches is
 * not what affects it (fz4: five reviewers, four M), and an offering the
 * company postponed puts it at no risk of its own (fy1, 0/5). */
static void
test_fines_played_down (void)
{
  g_autoptr(GPtrArray) tailings = sure_round ("tailings-dam-fine.md");
  g_autoptr(GPtrArray) private_bank = sure_round ("private-bank-aml-fine.md");
  g_autoptr(GPtrArray) ad_tech = first_round ("ad-tech-dominance-fine.md");
  g_autoptr(GPtrArray) royalty = first_round ("copper-royalty-arbitration.md");
  g_autoptr(GPtrArray) ipo = first_round ("ipo-postponed-selloff.md");
  g_autoptr(GPtrArray) record = first_round ("bank-record-fine.md");

  g_assert_true (tailings == NULL || !offered_with (tailings, "fine affect"));
  g_assert_true (private_bank == NULL || !offered_with (private_bank, "fine affect"));
  assert_no_question_with (ad_tech, "fine affect", "from the fine", NULL);
  assert_no_question_with (royalty, "agreement", NULL);
  assert_no_question_with (ipo, "from the initial public offering", "from the offering",
                           "offering affect", NULL);
  /* "its controls were not working" are the bank's own, not a policy
   * ("What is behind the controls?"); how it mends them is asked in
   * test_laundering_fines(). */
  assert_no_question_with (record, "the controls", "fine affect", NULL);
}

/* "Veridane shelves $1.6 billion IPO…", "…, suspends buyback",
 * "Crestfall freezes $2.1 bln Zarenia copper expansion…": five
 * reviewers accepted what it would take to bring each back fifteen times
 * in fifteen. Not what a government suspended ("Saltbush Lithium shares
 * sink as Argentina's Salta suspends water permit"). A fund that froze
 * ("freezes 2.4 billion euro bond fund") or gated ("gates 2.9 billion
 * aldor property fund", gl3) is reopened, not resumed. */
static void
test_resume_what_was_put_off (void)
{
  g_autoptr(GPtrArray) ipo = first_round ("ipo-postponed-selloff.md");
  g_autoptr(GPtrArray) insurer = first_round ("cyclone-insurer-buyback.md");
  g_autoptr(GPtrArray) royalty = first_round ("copper-royalty-arbitration.md");
  g_autoptr(GPtrArray) exchange = first_round ("crypto-exchange-hack.md");
  g_autoptr(GPtrArray) tailings = first_round ("tailings-dam-collapse.md");
  g_autoptr(GPtrArray) permit = article_questions ("lithium-permit.md");
  g_autoptr(GPtrArray) fund = article_questions ("bond-fund-freeze.md");
  g_autoptr(GPtrArray) listing = first_round ("payments-app-listing-delay.md");
  g_autoptr(GPtrArray) gated = first_round ("property-fund-gated.md");
  g_autoptr(GPtrArray) plant = article_questions ("battery-supply.md");
  g_autoptr(GPtrArray) poultry = first_round ("poultry-plant-exports-halted.md");
  g_autoptr(GPtrArray) pit = first_round ("copper-pit-landslide.md");
  g_autoptr(GPtrArray) kanyenda = first_round ("copper-mine-flooding-high.md");
  g_autoptr(GPtrArray) furnace = first_round ("steel-furnace-idled.md");
  g_autoptr(GPtrArray) smelter = first_round ("smelter-curtailed.md");
  g_autoptr(GPtrArray) ammonia = first_round ("fertiliser-output-curbed.md");
  g_autoptr(GPtrArray) dairy = first_round ("dairy-listeria-recall.md");
  g_autoptr(GPtrArray) nickel = first_round ("nickel-complex-flooding.md");
  g_autoptr(GPtrArray) reactor = first_round ("reactor-leak-power-prices.md");
  g_autoptr(GPtrArray) pork = first_round ("pork-plant-outbreak.md");
  g_autoptr(GPtrArray) line = first_round ("ammonia-line-idled.md");
  const char *body =
    "LEEDS, May 4 (NextFin) - Corvell Foods said on Monday it had stopped production at its "
    "Leeds plant, which makes chilled ready meals for supermarkets and employs 600 people.\n\n"
    "Corvell Foods shares fell 4% in London. The company said the plant made about a tenth of "
    "its meals and that other sites would take on part of its work.\n";
  const Article fire_article = { "fire", "Corvell Foods shuts Leeds plant after fire", body,
                                 NULL };
  const Article cuts_article = { "cuts", "Corvell Foods shuts Leeds plant, cuts 600 jobs", body,
                                 NULL };
  g_autoptr(GPtrArray) fire = first_round_of (&fire_article);
  g_autoptr(GPtrArray) cuts = first_round_of (&cuts_article);

  g_assert_true (offered (ipo, "What would it take for Veridane to revive its IPO?"));
  g_assert_true (offered (insurer, "What would it take for Albemar to resume its buyback?"));
  g_assert_true (offered (royalty, "What would it take for Crestfall to resume its Zarenia "
                                   "copper expansion?"));
  g_assert_true (offered (exchange, "What would it take for Corvane to resume withdrawals?"));
  g_assert_true (offered (tailings, "What would it take for Korvath to resume iron-ore output?"));
  assert_no_question_with (permit, "would it take", NULL);
  g_assert_true (offered (fund, "What would it take for Rheinfeld to reopen its bond fund?"));
  g_assert_true (offered (gated, "What would it take for Whitcombe Harrow to reopen its "
                                 "property fund?"));
  /* "Garrow Steel to idle blast furnace at Hexley works…" (he3), whose
   * first run asked nothing. */
  g_assert_true (offered (furnace, "What would it take for Garrow to restart its blast "
                                   "furnace?"));
  /* "Halvard Metals to curtail output at Skarvholm smelter…" (hr3, whose
   * first run asked nothing). */
  g_assert_true (offered (smelter, "What would it take for Halvard to restore full output?"));
  /* "Veldmark Agro curbs ammonia output at two plants…" (hy3, the
   * same). */
  g_assert_true (offered (ammonia, "What would it take for Veldmark to restore full ammonia "
                                   "output?"));
  /* "Brisella delays stock-market listing…" (gi6); "Aurelio… delays
   * Georgia plant" only puts it later. */
  g_assert_true (offered (listing, "What would it take for Brisella to revive its "
                                   "stock-market listing?"));
  assert_no_question_with (plant, "would it take", NULL);
  /* What a regulator or a landslide stops at a company's plant (gp1,
   * whose first run asked nothing). */
  g_assert_true (offered (poultry, "What would it take for Brannock to resume exports from its "
                                   "biggest plant?"));
  g_assert_true (offered (pit, "What would it take for Veltran to resume output at its main "
                               "pit?"));
  /* "its Kanyenda mine" in the article's case (ha5). */
  g_assert_true (offered (kanyenda, "What would it take for Verity to resume output at its "
                                    "Kanyenda mine?"));
  /* A plant the company shuts after something went wrong, which it
   * reopens once it is safe, or a reactor or a complex it halts, which
   * it restarts; not one it shuts for good, with its jobs. */
  g_assert_true (offered (dairy, "What would it take for Brannock to reopen its main plant?"));
  g_assert_true (offered (nickel, "What would it take for Orvane to restart its Kessrin nickel "
                                  "complex?"));
  g_assert_true (offered (reactor, "What would it take for Caldermoor to restart its Skelling "
                                   "Point reactor?"));
  g_assert_true (offered (fire, "What would it take for Corvell Foods to reopen its Leeds "
                                "plant?"));
  assert_no_question_with (cuts, "would it take", NULL);
  /* "…had hedged about 40 pct of its expected gas needs": not what a
   * restart needs. */
  g_assert_true (offered (line, "What would it take for Elbe Stickstoff to restart its ammonia "
                                "line?"));
  /* Not where the story tells what it takes: "…would need to produce two
   * consecutive clean water tests… before the department would approve a
   * restart". */
  assert_no_question_with (pork, "would it take", NULL);
}

/* Hand-written questions on unseen stories whose first runs had found
 * nothing or asked off the point, which five fresh reviewers accepted
 * five times in five (ga2, ga4, gb5), asked as written. */
static void
test_dividends_chiefs_and_bidders (void)
{
  g_autoptr(GPtrArray) delivery = first_round ("food-delivery-take-private.md");
  g_autoptr(GPtrArray) container = first_round ("container-line-dividend-cut.md");
  g_autoptr(GPtrArray) brewer = first_round ("brewer-new-chief.md");
  g_autoptr(GPtrArray) foods = first_round ("food-maker-dividend-halved.md");
  g_autoptr(GPtrArray) trading = article_questions ("trading-house-buyback.md");
  g_autoptr(GPtrArray) homes = first_round ("fire-safety-charge.md");

  g_assert_true (offered (delivery, "Could a rival bidder emerge for Platterbox?"));
  assert_no_question_with (delivery, "affect Castlegate", NULL);
  g_assert_true (offered (container, "Can Kestrel restore its dividend?"));
  g_assert_true (offered (container, "How long could the slide in container rates last?"));
  g_assert_true (offered (brewer, "What challenges will Ines Marchetti face as Halvard's chief "
                                  "executive?"));
  /* "…as beer volumes fall 4.8%", as of sales that slow; not "as
   * volumes slump", which does not say of what. */
  g_assert_true (offered (brewer, "Can Halvard revive its beer volumes?"));
  g_assert_true (offered (foods, "Can Harrowgate restore its dividend?"));
  assert_no_question_with (foods, "revive", NULL);
  /* "lifts dividend" is no cut. */
  assert_no_question_with (trading, "restore its dividend", NULL);
  /* "UK housebuilder Ashcombe Homes takes … charge, cuts dividend 40
   * pct": the cut after a comma is still the company's, behind the
   * words that describe it. */
  g_assert_true (offered (homes, "Can Ashcombe restore its dividend?"));
}

/* "The capacity cut, he said, reflected delivery delays already flagged
 * by Sorel…": a cause named once, in a quote, and in neither the headline
 * nor the lead. "How might delivery delays affect Meridale?" missed the
 * story of an airline's loss on fuel hedges, five reviewers found (0/5,
 * gc3). */
static void
test_asides_left_out (void)
{
  g_autoptr(GPtrArray) airline = sure_round ("airline-hedging-loss.md");

  g_assert_true (airline == NULL || !offered_with (airline, "delivery delays"));
}

/* What the lead tells a company lost, and whether it can win it back:
 * a failed trial, a year in the red, slowing sales, a bankruptcy, a town's
 * plant. Five reviewers accepted each such question five times in five,
 * where the first runs had asked nothing, or how a cause named once in a
 * quote might affect the company (0/5). */
static void
test_what_it_can_win_back (void)
{
  g_autoptr(GPtrArray) trial = first_round ("pharma-trial-setback.md");
  g_autoptr(GPtrArray) airline = first_round ("airline-hedging-loss.md");
  g_autoptr(GPtrArray) software = first_round ("software-staff-cuts.md");
  g_autoptr(GPtrArray) retailer = first_round ("retailer-bankruptcy-stores.md");
  g_autoptr(GPtrArray) steel = first_round ("steel-town-closure.md");
  g_autoptr(GPtrArray) nickel = first_round ("nickel-smelter-closure.md");
  g_autoptr(GPtrArray) paper = first_round ("paper-mill-closure.md");
  g_autoptr(GPtrArray) pork = first_round ("pork-plant-outbreak.md");
  g_autoptr(GPtrArray) lender = first_round ("fintech-job-cuts.md");
  g_autoptr(GPtrArray) central_bank = first_round ("ecb-hold.md");
  g_autoptr(GPtrArray) grocer = first_round ("supermarket-price-war.md");
  g_autoptr(GPtrArray) drinks = first_round ("sugar-levy-plant-closure.md");

  g_assert_true (offered (trial, "Can Alpenrhein recover from the failed zenafrestat "
                                 "trial?"));
  g_assert_true (offered (airline, "Can Meridale return to profit this year?"));
  g_assert_true (offered (software, "Can Vantorel revive its software sales?"));
  /* "as loan growth stalls": growth, of what the headline says; not a
   * central bank's "as wage growth cools". */
  g_assert_true (offered (lender, "Can Tallyrun revive its loan growth?"));
  assert_no_question_with (central_bank, "revive", NULL);
  /* The sales the headline opens on, after the company's name:
   * "Quillory Foodstores like-for-like sales slide as…", "Calder & Rowe
   * sales fizzle as…". */
  g_assert_true (offered (grocer, "Can Quillory revive its like-for-like sales?"));
  g_assert_true (offered (drinks, "Can Calder & Rowe revive its sales?"));
  g_assert_true (offered (retailer, "Can Dunmore & Pratt emerge from bankruptcy protection?"));
  g_assert_true (offered (steel, "How might the plant closure affect Brennock Falls?"));
  g_assert_true (offered (nickel, "How might the smelter closure affect Tarrabool?"));
  /* "to shut Swedish paper mill": a country, not the town. */
  assert_no_question_with (paper, "closure affect", NULL);
  /* "temporarily closed its pork processing plant". */
  assert_no_question_with (pork, "closure affect", NULL);
}

/* An activist's break-up plan, a drug's price, an output cut its lead
 * words loosely, a country cut to junk: five reviewers accepted each
 * question five times in five (gd6, gd2, gd3, gc6), where the first runs
 * had asked nothing. */
static void
test_plans_prices_and_ratings (void)
{
  g_autoptr(GPtrArray) activist = first_round ("activist-break-up.md");
  g_autoptr(GPtrArray) spin_off = first_round ("activist-demands.md");
  g_autoptr(GPtrArray) drug = first_round ("rare-liver-drug-price.md");
  g_autoptr(GPtrArray) valve = first_round ("heart-valve-approval.md");
  g_autoptr(GPtrArray) oil = first_round ("oil-alliance-surprise-cut.md");
  g_autoptr(GPtrArray) junk = first_round ("sovereign-junk-yields.md");
  g_autoptr(GPtrArray) bonds = first_round ("sovereign-bond-costs.md");
  g_autoptr(GPtrArray) auction = first_round ("weak-bond-auction.md");

  g_assert_true (offered (activist, "Will Marrowick's board agree to Sablecrest's break-up "
                                    "plan?"));
  g_assert_true (offered (spin_off, "Will Kuremoto's board agree to Halvard Street's spin-off "
                                    "plan?"));
  g_assert_true (offered (drug, "What challenges will Osterwyn face in launching Solvexa?"));
  /* "Halvern Cardiac wins approval for Aurelis heart valve…" (hm2, whose
   * first run asked nothing). */
  g_assert_true (offered (valve, "What challenges will Halvern face in launching Aurelis?"));
  g_assert_true (offered (drug, "How might Solvexa's price affect patients' access to the "
                                "drug?"));
  g_assert_true (offered (oil, "How long can the output cut support oil prices?"));
  g_assert_true (offered (junk, "How will Sarovia's higher borrowing costs affect its budget "
                                "plans?"));
  g_assert_true (offered (bonds, "How will Veloria's higher borrowing costs affect its budget "
                                 "plans?"));
  /* "Ostrevian bond yields jump after weakest 10-year auction demand…"
   * (hj2, whose first run asked nothing). */
  g_assert_true (offered (auction, "How will Ostrevia's higher borrowing costs affect its "
                                   "budget plans?"));
  /* Not whether it can regain the grade, which two agencies still give it
   * (0/5). */
  assert_no_question_with (junk, "regain", NULL);
}

/* "Brannock Foods Shuts Main Plant After Listeria Found, Widens
 * Recall": the first run asked nothing (gf3). "Estavia Approves…
 * Rescue for Estavian Air": it asked how "the restructuring plan" might
 * affect the airline (0/4, gf6). */
static void
test_recall_and_rescue (void)
{
  g_autoptr(GPtrArray) dairy = first_round ("dairy-listeria-recall.md");
  g_autoptr(GPtrArray) airline = first_round ("airline-state-rescue.md");

  g_assert_true (offered (dairy, "How might the recall affect Brannock?"));
  g_assert_true (offered (airline, "Can Estavian Air repay the state rescue?"));
  assert_no_question_with (airline, "restructuring plan", NULL);
}

/* "said the company's dividend… looked vulnerable", and a founder's
 * buyout whose shares ended "above the offer price": the first runs asked
 * nothing (gh4, gh6). Not of a dividend the article says is safe, nor of
 * an agreed deal an analyst says the bid undervalues. */
static void
test_dividend_risk_and_higher_offer (void)
{
  g_autoptr(GPtrArray) coats = first_round ("coat-retailer-profit-warning.md");
  g_autoptr(GPtrArray) founder = first_round ("airline-founder-buyout.md");
  g_autoptr(GPtrArray) rejected = first_round ("freight-bid-rejected.md");
  g_autoptr(GPtrArray) safe = first_round ("pipeline-ruling.md");
  g_autoptr(GPtrArray) agreed = first_round ("biotech-deal.md");
  g_autoptr(GPtrArray) spectrum = first_round ("spectrum-dividend-doubt.md");

  g_assert_true (offered (coats, "Will Pennock & Drewe have to cut its dividend?"));
  g_assert_true (offered (founder, "Will Gaivota's shareholders get a higher offer?"));
  /* Its shares trade above the offer; Aldous' do not. */
  g_assert_true (offered (founder, "Could a rival bidder emerge for Gaivota?"));
  assert_no_question_with (rejected, "rival", NULL);
  g_assert_true (offered (rejected, "Will Aldous' shareholders get a higher offer?"));
  assert_no_question_with (safe, "dividend", NULL);
  assert_no_question_with (agreed, "higher offer", NULL);
  /* "…double forecasts; dividend in doubt" (gj6). */
  g_assert_true (offered (spectrum, "Will Lyra have to cut its dividend?"));
}

/* "Castellan Airways slashes profit forecast…", "Veltrane Semiconductor
 * misses estimates, cuts outlook", or a lead that says "Pennock & Drewe…
 * cut its annual profit forecast": whether the company can meet the
 * forecast it lowered, past a name that only says whose the company is
 * ("Aldmark's biggest soft-drinks maker"). Not a forecast of output
 * ("Serrano Minerals cuts copper output forecast") nor of one quarter
 * ("GTN cuts first-quarter outlook"). */
static void
test_forecast_cut (void)
{
  g_autoptr(GPtrArray) fuel = first_round ("airline-fuel-warning.md");
  g_autoptr(GPtrArray) chips = first_round ("chipmaker-forecast-cut.md");
  g_autoptr(GPtrArray) cloud = first_round ("forecast-cut.md");
  g_autoptr(GPtrArray) coats = first_round ("coat-retailer-profit-warning.md");
  g_autoptr(GPtrArray) output = first_round ("copper-water-curbs.md");
  g_autoptr(GPtrArray) quarter = first_round ("border-rail-halt.md");
  g_autoptr(GPtrArray) harvest = article_questions ("cocoa-harvest-forecast-cut.md");
  g_autoptr(GPtrArray) insurer = first_round ("insurer-outlook-raised.md");
  g_autoptr(GPtrArray) health = first_round ("medical-costs.md");
  g_autoptr(GPtrArray) hedges = article_questions ("airline-hedging-loss.md");
  g_autoptr(GPtrArray) drinks = first_round ("sugar-levy-plant-closure.md");
  g_autoptr(GPtrArray) pumps = first_round ("insulin-pump-recall.md");
  g_autoptr(GPtrArray) boxes = first_round ("sparse/container-rate-slump.md");

  g_assert_true (offered (fuel, "Can Castellan meet its lowered profit forecast?"));
  /* "…recalled about 212,000 of its Veristra 3 insulin pumps… and
   * slashed its full-year sales forecast": not the pump's forecast. */
  g_assert_true (offered (pumps, "Can Calloway meet its lowered sales forecast?"));
  /* "…; Straits Orient cuts outlook" over a lead that names no company,
   * asked from where the story names it. */
  g_assert_true (offered (boxes, "Can Straits Orient meet its lowered forecast?"));
  /* "Calder & Rowe Beverages, Aldmark's biggest soft-drinks maker,
   * reported… and cut its full-year forecast": the forecast is the
   * company's, not Aldmark's. */
  g_assert_true (offered (drinks, "Can Calder & Rowe meet its lowered forecast?"));
  g_assert_true (offered (chips, "Can Veltrane meet its lowered forecast?"));
  g_assert_true (offered (cloud, "Can Calverton meet its lowered revenue forecast?"));
  g_assert_true (offered (coats, "Can Pennock & Drewe meet its lowered profit forecast?"));
  assert_no_question_with (output, "lowered", NULL);
  assert_no_question_with (quarter, "lowered", NULL);
  /* "Cocoa hits record high as Ossaru slashes harvest forecast" (gy6):
   * a country's estimate of its crop. */
  assert_no_question_with (harvest, "lowered", NULL);
  /* "Brennock Assurance raises full-year profit outlook…" (he1), whose
   * first run asked nothing. */
  g_assert_true (offered (insurer, "Can Brennock meet its raised profit forecast?"));
  /* "after the U.S. health insurer raised … and slashed its full-year
   * profit outlook": the insurer's, not the U.S.'s. */
  g_assert_true (offered (health, "Can Meridian meet its lowered profit forecast?"));
  /* "Belmaria's national carrier… cut its forecast for capacity growth":
   * a plan, not a result to meet. */
  assert_no_question_with (hedges, "lowered", NULL);
}

/* "Quillon said it would appeal": whether the company can overturn
 * what went against it, or have a fine it finds too big cut; not where
 * it "would not appeal", nor where a plan "would likely appeal to
 * foreign investors". */
static void
test_appeal (void)
{
  g_autoptr(GPtrArray) patent = first_round ("patent-revoked.md");
  g_autoptr(GPtrArray) voided = first_round ("blood-thinner-patent-voided.md");
  g_autoptr(GPtrArray) fine = first_round ("ad-tech-dominance-fine.md");
  g_autoptr(GPtrArray) permit = first_round ("lithium-permit.md");
  g_autoptr(GPtrArray) dam = first_round ("tailings-dam-fine.md");
  g_autoptr(GPtrArray) accepted = first_round ("bank-hardship-penalty.md");
  g_autoptr(GPtrArray) attractive = article_questions ("activist-demands.md");

  g_assert_true (offered (patent, "Can Quillon overturn the ruling on appeal?"));
  /* "would seek permission to appeal to the Supreme Court". */
  g_assert_true (offered (voided, "Can Sorvell overturn the ruling on appeal?"));
  g_assert_true (offered (fine, "Can Nexalis overturn the fine on appeal?"));
  g_assert_true (offered (permit, "Can Saltbush overturn the decision on appeal?"));
  g_assert_true (offered (dam, "Can Serra Alta get the fine cut on appeal?"));
  assert_no_question_with (accepted, "appeal", NULL);
  assert_no_question_with (attractive, "appeal", NULL);
}

/* "said it would temporarily shut one of its three blast furnaces": five
 * reviewers found the plan asked without "temporarily" a closure the
 * story does not tell (0/5, fw3). */
static void
test_temporary_closure (void)
{
  g_autoptr(GPtrArray) first = first_round ("steel-imports-furnace.md");

  g_assert_true (offered (first, "What are the risks of Halvern's plan to temporarily shut one "
                                 "of its three blast furnaces?"));
}

/* "Castellan Ratings on Monday cut Meridane Freight Holdings to below
 * investment grade", a short seller's charge in the headline, and a
 * headline that opens on a shortage: the first runs asked an analyst's
 * view (0/5 each, fl1 and fl4) and "What is the outlook for Corran Valley
 * Power?" (0/5, fl3). Not of "a US short seller" a bond sale comes after. */
static void
test_downgrade_short_seller_shortage (void)
{
  g_autoptr(GPtrArray) junk = first_round ("freight-junk-downgrade.md");
  g_autoptr(GPtrArray) country = first_round ("sovereign-junk-downgrade.md");
  g_autoptr(GPtrArray) shorted = first_round ("payments-short-seller.md");
  g_autoptr(GPtrArray) bond = first_round ("short-seller-bond.md");
  g_autoptr(GPtrArray) shortage = first_round ("transformer-shortage.md");

  g_assert_true (offered (junk, "Can Meridane regain its investment-grade rating?"));
  g_assert_true (offered (junk, "What does the downgrade mean for Meridane's borrowing costs?"));
  /* "Sarantia cut to junk by Kessler Ratings" (gr6): a country, named
   * before the verb; the first run asked nothing. */
  g_assert_true (offered (country, "Can Sarantia regain its investment-grade rating?"));
  g_assert_true (offered (shorted, "Can Palisade rebut the short seller's allegations?"));
  g_assert_true (offered (shorted, "What are the risks for Palisade if the allegations prove "
                                   "true?"));
  assert_no_question_with (bond, "allegations", NULL);
  g_assert_true (offered (shortage, "What would it take to ease the transformer shortage?"));
}

/* "If one more agency moves, Sarovia drops out of the main investment
 * grade bond indices…" (sovereign-junk-yields), "…could push Meridane
 * out of investment-grade bond indexes" (freight-junk-downgrade): after
 * a cut to junk, whether the bonds drop out of the indexes the story
 * says they may leave. Not where it tells of neither the grade nor the
 * indexes together: "…the most in the main stock index". */
static void
test_index_exclusion (void)
{
  g_autoptr(GPtrArray) yields = first_round ("sovereign-junk-yields.md");
  g_autoptr(GPtrArray) country = first_round ("sovereign-junk-downgrade.md");
  g_autoptr(GPtrArray) freight = first_round ("freight-junk-downgrade.md");
  const Article stocks = {
    "stocks", "Tarsa Freight cut to junk by Castellan Ratings",
    "LONDON, Jan 12 (NextFin) - Castellan Ratings on Monday cut Tarsa Freight to junk, citing "
    "the debt it took on to buy a port operator last year.\n\n"
    "Tarsa Freight shares fell 6%, the most in the main stock index. Castellan said Tarsa "
    "Freight could regain investment grade if it cut its debt.\n",
    NULL
  };
  g_autoptr(GPtrArray) cut = all_questions (stocks.headline, stocks.body);

  g_assert_true (offered (cut, "Can Tarsa Freight regain its investment-grade rating?"));
  assert_no_question_with (cut, "indexes", NULL);
  g_assert_true (offered (yields, "Will Sarovia's bonds drop out of investment-grade indexes?"));
  g_assert_true (offered (country, "Will Sarantia's bonds drop out of investment-grade "
                                   "indexes?"));
  g_assert_true (offered (freight, "Will Meridane's bonds drop out of investment-grade "
                                   "indexes?"));
}

/* "Chief Executive Raymond Adeyemi said… "This plan gives our customers
 * reliable power"": a reviewer found "What is Raymond Adeyemi's view on
 * the plan?" answered by the quotation of the man who presents it (co6). */
static void
test_chief_on_his_own_plan (void)
{
  g_autoptr(GPtrArray) texts = all_questions (
    "Prairie Crest Energy to shut three coal plants by 2032; bills set to rise 9%",
    "KANSAS CITY, Oct 15 (Wire) - Prairie Crest Energy said on Tuesday it would close its three "
    "remaining coal-fired power plants by 2032 and replace them with wind, solar and natural "
    "gas, in a $7.8 billion plan that it said would raise typical residential electricity "
    "bills by about 9% by the end of the decade.\n\n"
    "The plan must be approved by state utility regulators, with filings due in the first "
    "quarter of next year.\n\n"
    "\"Our coal fleet has served this region well for more than half a century, but keeping it "
    "running is becoming more expensive every year,\" Chief Executive Raymond Adeyemi said on "
    "a call with investors. \"This plan gives our customers reliable power at the lowest "
    "long-term cost we can achieve.\"\n\n"
    "The company said the average residential bill would rise by about $11.50 by 2030 under "
    "the plan.\n");

  assert_no_question_with (texts, "Raymond Adeyemi's view", NULL);
}

/* "310,000 twenty-foot equivalent units": the units are equivalent to
 * twenty-foot containers, and without them "Why do equivalent units
 * matter for Nordvaal?" was a garbled fragment (M, cn1). */
static void
test_equivalent_of_something_else (void)
{
  g_autoptr(GPtrArray) texts = all_questions (
    "Nordvaal swings to loss as freight rates slide",
    "COPENHAGEN, Nov 30 (Wire) - Container line Nordvaal swung to a quarterly loss on Thursday "
    "as freight rates fell, and said it would idle 14 ships.\n\n"
    "Nordvaal carried 1.27 million twenty-foot equivalent units in the quarter, down 4%, and "
    "its fleet can carry 2.1 million twenty-foot equivalent units. It ordered 22 vessels with "
    "a capacity of about 310,000 twenty-foot equivalent units during the shipping boom.\n\n"
    "\"Nordvaal has too many ships for the cargo there is,\" said Henrike Dalsgaard, a "
    "transport analyst at Vestmark Capital. \"Nordvaal will have to scrap older vessels or "
    "sell them.\"\n");

  assert_no_question_with (texts, "equivalent units", NULL);
}

/* "Joost van Rijswijk, a dairy analyst at Polderbank": a name with a
 * particle inside, opening a sentence, is a person's. Read as "Joost
 * van" and a company "Rijswijk", the analyst was asked nothing, and later
 * rounds asked "What are the prospects for Rijswijk?" (ct5). */
static void
test_name_with_particle (void)
{
  const Article cut = {
    "inline",
    "Dutch dairy cooperative Noordweide cuts milk price",
    "AMERSFOORT, Dec 1 (Wire) - Noordweide Zuivel, one of the Netherlands' largest dairy "
    "cooperatives, said on Monday it would cut the price it pays its member farmers for milk "
    "by 3.75 euros per 100 kilograms in January, blaming weak export demand.\n\n"
    "Joost van Rijswijk, a dairy analyst at Polderbank Food & Agri Research in Utrecht, said "
    "the cut reflected Noordweide's heavy reliance on commodity products.\n\n"
    "\"Noordweide sells too much butter and powder, which are traded internationally at spot "
    "prices,\" van Rijswijk said. \"When those prices fall, Noordweide has nowhere to hide.\"\n\n"
    "Van Rijswijk said the market could turn quickly if Chinese demand recovered.\n",
    NULL
  };
  g_autofree char *subjects = subjects_of (cut.headline, cut.body);
  g_autoptr(GPtrArray) texts = all_questions (cut.headline, cut.body);

  g_assert_nonnull (strstr (subjects, "Joost van Rijswijk (3, person)"));
  g_assert_true (offered (texts, "What is Joost van Rijswijk's view on Noordweide?"));
}

/* "allowed suspected criminal proceeds to flow through thousands of
 * customer accounts": money from crime, which the fined bank did not
 * raise. Later rounds asked "How will Harrowgate & Lyle use the
 * proceeds?" (M, cr5). */
static void
test_proceeds_of_crime (void)
{
  g_autoptr(GPtrArray) texts = all_questions (
    "Harrowgate & Lyle fined 186 million pounds over money-laundering failures",
    "LONDON, March 12 (Wire) - British lender Harrowgate & Lyle Bank was fined 186 million "
    "pounds on Tuesday for failures in its anti-money-laundering controls that allowed "
    "suspected criminal proceeds to flow through thousands of customer accounts over six "
    "years.\n\n"
    "Harrowgate & Lyle, the country's seventh-biggest retail lender, agreed to settle and "
    "received a 30% discount. Harrowgate & Lyle said it had spent 120 million pounds on new "
    "monitoring systems.\n\n"
    "\"Harrowgate & Lyle can absorb the fine, but the damage to its name will last,\" said "
    "Rohan Mehta, a banking analyst at Kestrel Hart.\n");

  assert_no_question_with (texts, "proceeds", NULL);
}

/* "This is the hardest decision I have had to make in this job": a
 * superlative WordNet knows only by its base form still ranks what
 * follows, and is no subject. Later rounds asked "What did Etienne
 * Laroche signal about the hardest decision?" (M, cr6). */
static void
test_superlative_by_base_form (void)
{
  g_autofree char *subjects = subjects_of (
    "Orrery Interactive delays 'Ashen Meridian' to 2026, shares tumble 19%",
    "MONTREAL, Aug 6 (Wire) - Canadian video-game publisher Orrery Interactive on Wednesday "
    "delayed the release of its most expensive game by at least five months, sending its "
    "shares down 19%.\n\n"
    "\"This is the hardest decision I have had to make in this job, and I know it will "
    "disappoint a lot of players and a lot of shareholders,\" Chief Executive Etienne Laroche "
    "said on a call with analysts. \"But the game is not where it needs to be.\"\n\n"
    "Laroche said performance on older consoles was the main problem.\n\n"
    "\"Orrery has bet the year on one game, and Orrery now has to show it can finish it,\" "
    "said Mira Sandoval, a video-game analyst at Northgate Securities.\n");

  g_assert_null (strstr (subjects, "hardest"));
}

/* "Priya Venkataraman, who covers property insurers at Calloway Hurst
 * Securities": "who" after a name says it is a person's, whatever the
 * dictionary knows of her given name. Read as a company, the analyst
 * was asked nothing, and the first run offered only "What is the outlook
 * for Granite Meridian?" (W, cu1). */
static void
test_name_before_who (void)
{
  const Article withdrawal = {
    "inline",
    "Granite Meridian to stop writing California home insurance",
    "SACRAMENTO, Dec 1 (Wire) - Granite Meridian Insurance Group, the fifth-largest writer of "
    "homeowners coverage in California, said on Monday it would stop selling new property "
    "policies in the state.\n\n"
    "Priya Venkataraman, who covers property insurers at Calloway Hurst Securities, said the "
    "move was significant less for its size than for what it signalled about the limits of "
    "the state's reform effort.\n\n"
    "\"The market had been hoping the new regulatory framework would be enough to stop the "
    "bleeding, and Granite Meridian was one of the companies people thought might stay and "
    "test it,\" Venkataraman said. \"Until that arithmetic changes, I would expect more "
    "carriers to shrink rather than grow in California.\"\n",
    NULL
  };
  g_autofree char *subjects = subjects_of (withdrawal.headline, withdrawal.body);
  g_autoptr(GPtrArray) first = first_round_of (&withdrawal);

  g_assert_nonnull (strstr (subjects, "Priya Venkataraman (2, person)"));
  g_assert_true (offered (first, "What is Priya Venkataraman's view on Granite Meridian "
                                 "Insurance Group?"));
}

/* "a 36% discount to the theoretical ex-rights price": a price the terms
 * of the rights issue set, which a reviewer found makes no sense to ask
 * the outlook of (M, cx4). */
static void
test_price_set_by_terms (void)
{
  g_autoptr(GPtrArray) texts = all_questions (
    "Norvance launches 2.1 bln crown rights issue to fund heart drug trial",
    "COPENHAGEN, March 17 (Wire) - Danish biotech company Norvance Therapeutics said on Monday "
    "it would raise 2.1 billion Danish crowns ($305 million) through a deeply discounted "
    "rights issue to fund a late-stage trial of its experimental heart-failure drug, sending "
    "its shares down nearly 19%.\n\n"
    "Norvance will offer shareholders two new shares for every five they hold at 58 crowns "
    "each, a 44% discount to Friday's closing price and a 36% discount to the theoretical "
    "ex-rights price, which adjusts for the dilution from the new shares.\n\n"
    "The shares fell 18.7% to 84.20 crowns by mid-afternoon, below the theoretical ex-rights "
    "price of about 90.60 crowns.\n\n"
    "\"Norvance had little choice, but the discount shows how hard it is to fund a heart trial "
    "today,\" said Signe Kjaergaard, a biotech analyst at Nordhavn Equities.\n");

  assert_no_question_with (texts, "ex-rights price", NULL);
}

/* "expected … the company to return to positive margins next year":
 * margins still to be reached. The first run asked "What did Henrik
 * Lykkegaard signal about Nordvind's positive margins?", which a
 * reviewer found presumes the company has them (M, ct3). */
static void
test_state_still_to_return_to (void)
{
  g_autoptr(GPtrArray) texts = all_questions (
    "Nordvind Energi swings to deep loss on faulty blade repairs, cuts outlook",
    "AARHUS, Denmark, Dec 1 (Wire) - Danish wind-turbine maker Nordvind Energi A/S reported a "
    "third-quarter net loss of 3.1 billion Danish crowns ($440 million) on Monday after setting "
    "aside 3.8 billion crowns to repair and replace defective rotor blades, and said the problem "
    "would weigh on earnings until at least 2026.\n\n\"This is the most serious quality issue in "
    "our company's history, and I want to be completely transparent about it,\" Chief Executive "
    "Henrik Lykkegaard told a news conference. \"We have identified the root cause, we have fixed "
    "the process, and every blade leaving our factories today goes through ultrasonic inspection. "
    "But we have a large installed fleet to repair, and that will take time and "
    "money.\"\n\nLykkegaard said no blades had detached and nobody had been injured, but that 212 "
    "turbines had been temporarily shut down as a precaution.\n\nOrder intake in the quarter fell "
    "23% to 3.2 gigawatts, though Nordvind said it still had a backlog of 41 billion crowns in "
    "turbine orders and a further 38 billion crowns in long-term service "
    "agreements.\n\nLykkegaard said he expected the repair programme to be largely completed by "
    "the end of 2025 and the company to return to positive margins next year, helped by price "
    "increases on new contracts and a restructuring of its offshore business that will cut 900 "
    "jobs.\n\n\"We have a good product and a strong market,\" he said. \"Governments want more "
    "wind power, not less. Our job now is to earn back our customers' trust, one turbine at a "
    "time.\"\n");

  assert_no_question_with (texts, "positive margins", NULL);
}

/* "Chen Wei, a sales associate at a department store": a name given a
 * job, which WordNet files with people, before where the person works.
 * Read as a company, a sales associate was asked "What are the prospects
 * for Chen Wei?" (M, cz6). "Chen said" goes on with the surname, which
 * comes first. */
static void
test_name_before_job_at (void)
{
  const char *headline = "Delorme-Castel sales slow in China as shoppers hold back";
  const char *body =
    "PARIS, Oct 16 (Wire) - French luxury group Delorme-Castel said on Thursday that sales in "
    "China fell 9% in the third quarter as wealthy shoppers held back, sending its shares down "
    "6%.\n\n"
    "In Shanghai, staff at luxury boutiques described quieter shop floors. Chen Wei, a sales "
    "associate at a department store on the city's Nanjing Road who has worked in luxury retail "
    "for eight years, said customers were browsing but buying less.\n\n"
    "\"Two years ago, people would come in and buy two or three items without asking the "
    "price,\" Chen said. \"Now they look, they take photos, and they say they will think "
    "about it.\"\n\n"
    "Delorme-Castel said it would slow store openings in China and spend more on its shops in "
    "Japan, where Chinese tourists have been buying. Delorme-Castel shares have lost a fifth of "
    "their value this year.\n";
  g_autofree char *subjects = subjects_of (headline, body);
  g_autoptr(GPtrArray) texts = all_questions (headline, body);

  g_assert_nonnull (strstr (subjects, "Chen Wei (2, person)"));
  assert_no_question_with (texts, "prospects for Chen", "outlook for Chen", "Chen face",
                           "Chen Wei face", NULL);
}

/* "on track to reach ten by the end of 2026": a figure whose unit the
 * sentence gave before it ("six aircraft a month"). "Can Halvorsen
 * reach ten by the end of 2026?" a reviewer found truncated (M, db1). */
static void
test_goal_of_a_bare_figure (void)
{
  g_autoptr(GPtrArray) texts = all_questions (
    "Coral Meridian Airways orders 60 Halvorsen jets",
    "SINGAPORE, March 4 (Wire) - Coral Meridian Airways said on Tuesday it had agreed to buy "
    "60 narrowbody jets from Halvorsen Aerospace, a deal worth about $7.8 billion at list "
    "prices.\n\n"
    "For Halvorsen, the deal is a significant endorsement as it tries to win market share from "
    "larger rivals whose production lines are sold out for years.\n\n"
    "\"We understand that airlines are buying our reliability as much as our aircraft,\" said "
    "Anders Kjeldsen, Halvorsen's chief commercial officer.\n\n"
    "Kjeldsen said Halvorsen was building six aircraft a month and was on track to reach ten by "
    "the end of 2026.\n\n"
    "Halvorsen said the order lifted its total backlog to 1,140 aircraft.\n");

  assert_no_question_with (texts, "reach ten", NULL);
}

/* "Fergus Whitlow, retail analyst at…", "said Joost van Riel, managing
 * director of…": a surname that WordNet knows as a thing (a whitlow, the
 * riel) after a given name the list lacks reads like a company named for
 * what it sells, "Verhoeven Cocoa said", but a title in apposition says
 * it is a person. Read as a company, the analyst was asked nothing, and
 * dd2's first run offered only "What is the outlook for Harrowfield?". */
static void
test_surname_that_is_a_word (void)
{
  g_autofree char *subjects = subjects_of (
    "Harrowfield cuts prices on 2,000 lines as discounter war deepens",
    "LONDON, May 7 (Wire) - British supermarket chain Harrowfield said on Wednesday it would "
    "cut prices on 2,000 lines to win back shoppers from Dutch discounter Koopwijs.\n\n"
    "Fergus Whitlow, retail analyst at Pembury Lane Securities, said Harrowfield had little "
    "choice but to respond.\n\n"
    "\"This is a defensive move, and frankly a necessary one,\" Whitlow said.\n\n"
    "\"Our model is built on being the lowest-cost operator every day,\" said Joost van Riel, "
    "managing director of Koopwijs's British business. Van Riel said Koopwijs would open 40 "
    "stores this year.\n");

  g_assert_nonnull (strstr (subjects, "Fergus Whitlow (2, person)"));
  g_assert_nonnull (strstr (subjects, "Joost van Riel (2, person)"));
}

/* "Tomasz Elwin, chief commodities economist at Farrowgate Capital": a
 * title whose place of work comes two words on still makes a person of
 * a name whose given name the list lacks. Read as a label, with "Elwin
 * said" a company, the economist was asked nothing, and later rounds
 * asked "What are the prospects for Elwin?" (cg2). */
static void
test_person_titled_further_on (void)
{
  g_autofree char *ban = subjects_of (
    "Trader Montrel declares force majeure after fertiliser ban",
    "GENEVA, June 4 (Wire) — Montrel Commodities said on Tuesday it had declared force majeure "
    "on about 410,000 tonnes of urea, hours after a government banned exports of nitrogen "
    "fertilisers.\n\n"
    "Montrel said the ban would cost it about $30 million. Montrel said it had asked for a "
    "meeting with the ministry.\n\n"
    "Not everyone is convinced the damage will stay small. Tomasz Elwin, chief commodities "
    "economist at Farrowgate Capital, said the ban exposed a weakness in how trading houses "
    "finance themselves.\n\n"
    "\"The problem is what happens to Montrel's working capital if this drags on,\" Elwin "
    "said. \"Traders like Montrel run on short-term bank lines secured against their "
    "cargoes.\"\n");

  g_assert_nonnull (strstr (ban, "Tomasz Elwin (2, person)"));
}

/* "What is Emma Cathcart's view on the cut?": an analyst who judges the
 * news the article keeps writing as "the cut", where the places, groups
 * and goods around it rank it below the first four subjects. */
static void
test_view_on_story_event (void)
{
  const Article cut = {
    "inline",
    "Tahuna Dairy cuts farmgate milk price as global prices slide",
    "HAMILTON, New Zealand, Aug. 7 – Tahuna Dairy Cooperative cut its forecast farmgate milk "
    "price for the season by 11% on Wednesday, citing a slump in global dairy prices and "
    "weaker demand from China, in a blow to farmers already struggling with high costs.\n\n"
    "The new forecast takes the price to NZ$7.10 per kilogram of milk solids. Farmers in "
    "Waikato and Taranaki supply most of the cooperative's milk, and China buys about a third "
    "of its milk powder.\n\n"
    "Farmers said the cut would leave many of them losing money. \"We are heading into calving "
    "with more debt than ever,\" said Tom Ruawhai, who milks 400 cows near Morrinsville. "
    "Farmers in Waikato have asked banks for more time on loans, and China's imports of milk "
    "powder fell 9% in the first half.\n\n"
    "Emma Cathcart, an agricultural analyst at Kauri Securities in Auckland, said the cut was "
    "larger than expected but reflected the reality of the market. \"We had been expecting a "
    "trim to around NZ$7.50, so NZ$7.10 is a genuine shock,\" Cathcart said. \"But if you look "
    "at where auction prices have gone since May, the cooperative didn't have much choice. "
    "Holding the forecast would only have made the eventual correction more painful.\"\n\n"
    "Cathcart said the cut would hit farmers hardest in regions where land prices rose "
    "fastest. \"Farms that bought land at the top of the market are going to be under real "
    "pressure,\" she said.\n\n"
    "Milk powder makes up most of the cooperative's exports. Milk powder prices fell 4% at the "
    "latest auction, and milk powder stocks in China are high. Global dairy prices have fallen "
    "for five months, and global dairy prices are now at a three-year low. Farmers in Waikato "
    "said they would sell cows, and farmers in Taranaki said they would spend less on "
    "fertiliser. China remains the biggest buyer of New Zealand milk powder, and farmers "
    "expect prices there to stay weak.\n",
    NULL
  };
  g_autoptr(GPtrArray) texts = all_questions (cut.headline, cut.body);

  g_assert_true (offered (texts, "What is Emma Cathcart's view on the cut?"));
}

/* "Pellman's said…", "the problem for Pellman's is…": a shop whose name
 * holds its "'s" is asked about by that name. Cut to "Pellman", it
 * read to a reviewer as someone's surname. */
static void
test_name_with_its_s (void)
{
  const Article grocer = {
    "inline",
    "Pellman's profit slides as price war eats into margins",
    "MANCHESTER, March 12 (Wire) — Pellman's Supermarkets, Britain's fourth-largest grocer, "
    "reported a 38% fall in annual operating profit on Thursday and warned that margins would "
    "stay under pressure, as a price war with discount rivals showed no sign of easing.\n\n"
    "The figures laid bare the cost of Pellman's decision to match prices at discount chains "
    "on staples from milk to bread. Pellman's said it had agreed new terms with most of its "
    "suppliers.\n\n"
    "\"The problem for Pellman's is that it is fighting on ground chosen by someone else,\" "
    "said Priya Venkataraman, head of consumer research at Greyfield Securities. \"The "
    "discounters have a lower cost base, and matching their prices means giving up margin for "
    "good. I would want to see volumes grow for another year before I believed the strategy "
    "was working.\"\n\n"
    "Venkataraman cut her price target on the shares and said she expected the dividend to be "
    "held flat.\n",
    NULL
  };
  g_autoptr(GPtrArray) texts = all_questions (grocer.headline, grocer.body);

  g_assert_true (offered (texts, "What is Priya Venkataraman's view on Pellman's?"));
}

/* "Priya Ramaswamy, who covers chip stocks at Bellgrove Securities": an
 * apposition that says what an analyst does makes her one, as a title
 * would. Without it she was asked nothing, and the first run fell back
 * on "What is the outlook for Corvane Microsystems?" (cf1). */
static void
test_analyst_by_what_they_do (void)
{
  const Article chips = {
    "inline",
    "Corvane Micro beats forecasts, but weak outlook sinks shares",
    "SAN JOSE, Calif., Feb 6 (Wire) — Corvane Microsystems Inc reported quarterly revenue "
    "above forecasts on Wednesday, but its shares fell 9% after the chipmaker said inventories "
    "at industrial customers would weigh on sales into the summer.\n\n"
    "Corvane expects first-quarter revenue of $1.1 billion, below the $1.3 billion analysts "
    "had expected. Chief Executive Margit Oyelaran said the company would keep investing in "
    "its data-center products.\n\n"
    "\"The quarter itself was genuinely good, and the data-center number is the clearest "
    "evidence yet that the shift toward higher-value products is working,\" said Priya "
    "Ramaswamy, who covers chip stocks at Bellgrove Securities. \"The problem is that the "
    "market had talked itself into believing the industrial trough was behind us, and this "
    "guide says it isn't. I would expect the stock to stay range-bound until inventories "
    "clear.\"\n\n"
    "Ramaswamy cut her price target to $148 from $165 but kept her rating.\n",
    NULL
  };
  g_autoptr(GPtrArray) texts = first_round_of (&chips);

  g_assert_true (offered (texts, "What is Priya Ramaswamy's view on Corvane Microsystems?"));
}

/* An article that gives a first run nothing it may offer, only a stock
 * question about a minor subject ("What is the outlook for core
 * inflation?"), says so: no question is "already there" to blame. */
static void
test_nothing_sure_said (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = nfe_questions_generate (
    "Chile's central bank holds rate as core inflation stays high",
    "SANTIAGO, May 5 (Wire) — Chile's central bank held its benchmark rate at 5.0% on "
    "Tuesday, saying core inflation remained too high to ease policy.\n\n"
    "Core inflation rose 4.1% in April from a year earlier, above the bank's 3% target. Core "
    "inflation has stayed above 4% for six months, the bank said, and is expected to slow "
    "only gradually.\n\n"
    "Economists said core inflation would keep rates on hold until the third quarter. Food "
    "and energy prices fell in April.\n",
    0, NULL, FALSE, NULL, &error);

  g_assert_null (items);
  g_assert_error (error, NFE_GENERATOR_ERROR, NFE_GENERATOR_ERROR_EMPTY);
  g_assert_null (strstr (error->message, "already there"));
  g_assert_nonnull (strstr (error->message, "write your own"));
}

/* "What is Lee Soo-jin's view on the levy?": an analyst who speaks of
 * the levy over and over and of the refiner in one sentence, where she
 * cuts her target price, is asked about the levy. Reviewers graded her
 * view on the refiner weak (ca4). */
static void
test_view_on_what_is_judged (void)
{
  const Article levy = {
    "inline",
    "Hanbit shares slide as Korea targets refiners' profits",
    "SEOUL, Sept. 3 (Wire) — South Korea's government on Tuesday proposed a one-off 30% "
    "windfall levy on refiners' profits, sending shares in Hanbit Energy, the country's "
    "largest fuel producer, down 7%.\n\n"
    "Hanbit said it would study the proposal and talk to the government. The company earned a "
    "record 2.1 trillion won last year as refining margins soared.\n\n"
    "Finance Minister Choi Min-ho said refiners had earned far more than their costs "
    "justified. \"Households paid for those profits at the pump,\" Choi said.\n\n"
    "Lee Soo-jin, an energy analyst at Hanul Securities, said the reaction looked overdone but "
    "that the precedent mattered more than the money. \"On our numbers, the levy takes 12% to "
    "15% off the sector's net profit over two years, which is painful but manageable,\" Lee "
    "said. \"The bigger issue is the risk premium. If the government steps in every time "
    "margins spike, you cap the upside, and that argues for a lower valuation multiple across "
    "the board.\"\n\n"
    "Lee said lobbying would focus on excluding exports from the levy, which could push "
    "refiners to ship more fuel abroad. She cut her target price for Hanbit by 10% but kept a "
    "\"buy\" rating.\n\n"
    "Hanbit shares have fallen 11% this month. The levy would apply to profits above the "
    "five-year average. Refiners in South Korea export more than half their output, and South "
    "Korea imports all of its crude oil. Households in South Korea pay some of the highest "
    "fuel prices in Asia, and refiners have raised pump prices twice this year. Parliament "
    "must approve the proposal, and refiners said they would lobby parliament against it.\n",
    NULL
  };
  g_autoptr(GPtrArray) texts = all_questions (levy.headline, levy.body);

  g_assert_true (offered (texts, "What is Lee Soo-jin's view on the levy?"));
  g_assert_false (offered (texts, "What is Lee Soo-jin's view on Hanbit?"));
}

/* A purchase or a merger that competition regulators may make
 * conditional (gi4, where the first run asked how "the deal" might
 * affect the brewer, 0/2),
 * and a country that threatens the company the story leads on (gi2,
 * where the first run asked nothing). */
static void
test_remedies_and_retaliation (void)
{
  g_autoptr(GPtrArray) brewer = first_round ("brewer-control-sale.md");
  g_autoptr(GPtrArray) cement = first_round ("cement-deal.md");
  g_autoptr(GPtrArray) rejected = first_round ("freight-bid-rejected.md");
  g_autoptr(GPtrArray) threat = first_round ("chip-tool-licence-threat.md");
  g_autoptr(GPtrArray) cosmetics = first_round ("cosmetics-china-slump.md");
  g_autoptr(GPtrArray) freight = first_round ("freight-merger-savings.md");
  g_autoptr(GPtrArray) insurers = first_round ("insurer-merger.md");
  const char *remedies = "What remedies might competition regulators demand before approving "
                         "the deal?";
  const char *merger_remedies = "What remedies might competition regulators demand before "
                                "approving the merger?";
  const char *body =
    "LEEDS, May 4 (NextFin) - Corvell Foods and Harwick Dairies agreed on Monday to merge in an "
    "all-share deal that would create Britain's largest chilled food group.\n\n"
    "Corvell Foods shares rose 5%% in London, while Harwick Dairies shares gained 8%%. The "
    "companies said the merger would save about 60 million pounds a year.\n\n"
    "The merger will need approval from %s.\n\n"
    "The two companies said %s.\n";
  g_autofree char *weighed_body = g_strdup_printf (body, "the Competition and Markets Authority",
                                                   "they would offer remedies if required");
  g_autofree char *unweighed_body = g_strdup_printf (body,
                                                     "the Competition and Markets Authority",
                                                     "they expected the deal to close next year");
  g_autofree char *shareholders_body = g_strdup_printf (body, "shareholders of both companies",
                                                        "they would offer remedies if required");
  const Article weighed_article = { "weighed", "Corvell Foods and Harwick Dairies agree to merge",
                                    weighed_body, NULL };
  const Article unweighed_article = { "unweighed",
                                      "Corvell Foods and Harwick Dairies agree to merge",
                                      unweighed_body, NULL };
  const Article shareholders_article = { "shareholders",
                                         "Corvell Foods and Harwick Dairies agree to merge",
                                         shareholders_body, NULL };
  g_autoptr(GPtrArray) weighed = first_round_of (&weighed_article);
  g_autoptr(GPtrArray) unweighed = first_round_of (&unweighed_article);
  g_autoptr(GPtrArray) shareholders = first_round_of (&shareholders_article);
  g_autofree char *cited = NULL;

  g_assert_true (offered (brewer, remedies));
  assert_no_question_with (brewer, "How might the deal", NULL);
  g_assert_true (offered (cement, remedies));
  /* A bid the target turned down awaits no regulator yet. */
  assert_no_question_with (rejected, "remedies", NULL);
  /* A merger whose need of the competition regulator's approval is told
   * after the lead, a sentence or three before the remedies: "The merger
   * will need approval from Veltmark's Competition and Consumer Board…"
   * (freight-merger-savings). Not of an approval no one weighs remedies
   * for, nor of shareholders' approval. */
  g_assert_true (offered (freight, merger_remedies));
  g_assert_true (offered (insurers, merger_remedies));
  g_assert_true (offered (weighed, merger_remedies));
  assert_no_question_with (unweighed, "remedies", NULL);
  /* It cites the sentence that weighs remedies, beside the approval. */
  cited = cited_by (&weighed_article, merger_remedies);
  g_assert_nonnull (strstr (cited, "need approval"));
  g_assert_nonnull (strstr (cited, "offer remedies"));
  assert_no_question_with (shareholders, "remedies", NULL);
  g_assert_true (offered (threat, "Will Tarrovia retaliate against Halvren?"));
  /* "…since Beijing retaliated against Seoul's deployment…": history. */
  assert_no_question_with (cosmetics, "retaliate", NULL);
}

/* A recall whose cost the company says it will seek from the supplier
 * it blames (gj2, where the first run asked nothing), named or not; not
 * of a recall whose story tells no such claim. */
static void
test_recall_cost (void)
{
  g_autoptr(GPtrArray) hybrid = first_round ("hybrid-battery-recall.md");
  g_autoptr(GPtrArray) battery = first_round ("battery-recall.md");
  g_autoptr(GPtrArray) dairy = first_round ("dairy-listeria-recall.md");
  g_autoptr(GPtrArray) suv = first_round ("suv-brake-line-recall.md");

  g_assert_true (offered (hybrid, "Can Tessaro recover the cost of the recall from Veltrix?"));
  /* "Thornvale said it would \"seek appropriate recovery\" from
   * Braunfeld": the noun. */
  g_assert_true (offered (suv, "Can Thornvale recover the cost of the recall from Braunfeld?"));
  g_assert_true (offered (battery, "Can Rheinwerk recover the cost of the recall from its "
                                   "supplier?"));
  assert_no_question_with (dairy, "recover", NULL);
}

/* "…in the neighbouring Federated Provinces of Ardenne, Sorvell's
 * second-largest market for the drug": whose market, not a list of
 * provinces. The company was read as a place and its story got no
 * question (gk4). */
static void
test_possessive_after_places (void)
{
  g_autofree char *subjects = subjects_of (
    "Court voids key patent on Sorvell's Corvantis",
    "A court on Tuesday struck down a patent protecting Sorvell Pharmaceuticals Group's "
    "best-selling blood thinner Corvantis.\n\n"
    "Sorvell shares tumbled 12% and Sorvell cut its full-year guidance.\n\n"
    "The patent in the neighbouring Federated Provinces of Ardenne, Sorvell's "
    "second-largest market for the drug, is the subject of its own lawsuit.\n");

  g_assert_nonnull (strstr (subjects, "Sorvell (3, company)"));
}

/* "About 2,800 dockworkers walked off the job at Indlovu Terminal
 * Holdings' container facility…", "…as a strike by its roughly 1,900
 * pilots entered its third day with no talks scheduled": how long a
 * strike no one has set an end to could last, where the first runs
 * asked only what it does to the company. Not of one called for a set
 * length ("began a three-day strike", "The 48-hour strike…"), nor of a
 * strike at a mine, whose metal's price the first run asks after. */
static void
test_strike_length (void)
{
  g_autoptr(GPtrArray) durban = first_round ("durban-dock-strike.md");
  g_autoptr(GPtrArray) pilots = first_round ("pilot-strike.md");
  g_autoptr(GPtrArray) cherries = first_round ("port-strike-cherries.md");
  g_autoptr(GPtrArray) saltmere = first_round ("port-walkout-talks-collapse.md");
  g_autoptr(GPtrArray) three_days = first_round ("holiday-pilot-walkout.md");
  g_autoptr(GPtrArray) two_days = first_round ("pilot-pay-strike.md");
  g_autoptr(GPtrArray) tessaline = first_round ("port-terminals-strike.md");
  g_autoptr(GPtrArray) mine = first_round ("copper-mine-walkout.md");
  g_autoptr(GPtrArray) estates = first_round ("plantation-strike.md");
  g_autoptr(GPtrArray) yard = first_round ("shipyard-strike-lng.md");
  const char *opening = "LEEDS, May 4 (NextFin) - About 3,400 bus drivers at Harlow Transit ";
  const char *rest =
    " on Monday after pay talks with the company broke down, halting most services across the "
    "region.\n\nThe union said drivers would stay out until the company improved its offer. "
    "Harlow Transit said it had cancelled 80% of its routes and was losing about 1.2 million "
    "pounds a day.\n\nAnalysts said a long strike could push Harlow Transit into a loss this "
    "year.\n";
  g_autofree char *went_body = g_strconcat (opening, "went on strike", rest, NULL);
  g_autofree char *voting_body = g_strconcat (opening, "began voting on strike action", rest,
                                              NULL);
  const Article went_article = { "went", "Harlow Transit drivers strike over pay", went_body,
                                 NULL };
  const Article voting_article = { "voting", "Harlow Transit drivers vote on strike", voting_body,
                                   NULL };
  g_autoptr(GPtrArray) went = first_round_of (&went_article);
  g_autoptr(GPtrArray) voting = first_round_of (&voting_article);

  g_assert_true (offered (durban, "How long could the strike at Indlovu last?"));
  g_assert_true (offered (pilots, "How long could the strike at SummitWest last?"));
  /* "at the Costa Azul container terminal": what the name is, kept. */
  g_assert_true (offered (cherries, "How long could the strike at the Costa Azul container "
                                    "terminal last?"));
  g_assert_true (offered (saltmere, "How long could the strike at the port of Saltmere "
                                    "last?"));
  assert_no_question_with (three_days, " last?", NULL);
  assert_no_question_with (two_days, " last?", NULL);
  assert_no_question_with (tessaline, " last?", NULL);
  assert_no_question_with (mine, " last?", NULL);
  /* "…workers at 17 oil palm estates run by Sertani Plantations Bhd…
   * stopped work on Wednesday"; "…walked off the job for a third
   * straight day", where the union "began a full-day strike on Monday":
   * each day's stoppage has a length, the strike none. */
  g_assert_true (offered (estates, "How long could the strike at Sertani last?"));
  g_assert_true (offered (yard, "How long could the strike at Haedong last?"));

  /* Told in other words: "went on strike"; not "began voting on strike
   * action". */
  g_assert_true (offered (went, "How long could the strike at Harlow Transit last?"));
  assert_no_question_with (voting, " last?", NULL);
}

/* A strike ballot the story tells, in its lead (gl2, where the first run
 * asked what "stoppages" might cost, 0/2) or later; not the further
 * ballots of a strike already on. */
static void
test_strike_ballot (void)
{
  g_autoptr(GPtrArray) pilots = first_round ("airline-pilots-strike-ballot.md");
  g_autoptr(GPtrArray) crew = first_round ("fleet-order.md");
  g_autoptr(GPtrArray) steel = first_round ("steel-furnace-closure.md");
  g_autoptr(GPtrArray) port = first_round ("port-terminals-strike.md");
  g_autoptr(GPtrArray) durban = first_round ("durban-dock-strike.md");

  g_assert_true (offered (pilots, "Will Corvanta's pilots strike?"));
  assert_no_question_with (pilots, "stoppages", NULL);
  g_assert_true (offered (crew, "Will Brisa's cabin crew strike?"));
  g_assert_true (offered (steel, "Will Brannock's workers strike?"));
  /* Whether they strike, asked of those already out. */
  assert_no_question_with (port, " strike?", NULL);
  assert_no_question_with (durban, "Will ", NULL);
}

/* A lender the central bank turned down that must "seek fresh capital"
 * (gn4), a utility that "seeks 12% tariff rise" from its regulator (gn3)
 * and a cocoa grinder that "could breach the leverage covenant" while its
 * banks talk of a waiver (gl1): the first runs asked nothing. */
static void
test_capital_and_price_requests (void)
{
  g_autoptr(GPtrArray) lender = first_round ("fintech-licence-rejected.md");
  g_autoptr(GPtrArray) utility = first_round ("utility-tariff-request.md");
  g_autoptr(GPtrArray) startup = first_round ("ev-startup-cash.md");
  g_autoptr(GPtrArray) approved = first_round ("energy-tariff-rise.md");
  g_autoptr(GPtrArray) cocoa = first_round ("cocoa-grinder-covenant.md");
  g_autoptr(GPtrArray) parent = article_questions ("utility-rate-request.md");

  g_assert_true (offered (lender, "Can Vantero raise the capital it needs?"));
  g_assert_true (offered (utility, "Will the OERC approve Brennmoor's tariff rise?"));
  g_assert_true (offered (cocoa, "Will Brannock's banks grant it a covenant waiver?"));
  /* Cash that runs low is asked as before. */
  g_assert_true (offered (startup, "Can Aurelion raise enough cash to keep going?"));
  assert_no_question_with (startup, "capital it needs", NULL);
  /* "…to raise household bills 9% after regulator backs network costs":
   * approved already. */
  assert_no_question_with (approved, "approve", NULL);
  /* "Greyfield Energy seeks 16% rate increase…" is not its parent's,
   * Greyfield Holdings' (hf6: both reviewers, "names the wrong party"),
   * and "Greyfield's rate base" names no rate. */
  assert_no_question_with (parent, "Greyfield Holdings", NULL);
  g_assert_true (offered (parent, "Will the regulator approve Greyfield's rate increase?"));
}

/* A company that goes to law: arbitration over a dam (gp4) or a toll
 * freeze, or a suit against a levy. The first runs of the two
 * arbitrations asked nothing. */
static void
test_legal_claim (void)
{
  g_autoptr(GPtrArray) dam = first_round ("dam-arbitration-claim.md");
  g_autoptr(GPtrArray) tolls = first_round ("toll-road-arbitration.md");
  g_autoptr(GPtrArray) plant = first_round ("engineering-arbitration.md");
  g_autoptr(GPtrArray) levy = first_round ("gas-levy-lawsuit.md");

  g_assert_true (offered (dam, "How strong is Vossberg-Teller's case against Talvane?"));
  g_assert_true (offered (tolls, "How strong is Via Cerrado's case against Goiás?"));
  g_assert_true (offered (plant, "How strong is Hanseong's case?"));
  /* "…against the Australian government's windfall levy, arguing that
   * [it] discriminates against Western Australia": not the state. */
  g_assert_true (offered (levy, "How strong is Tasman Ridge's case?"));
}

/* Stories whose first runs asked nothing (gt2, gt3, gt4) or a broken
 * question (gs3, "What are the risks of Kambara's decision to raise a
 * record?", M from both reviewers). */
static void
test_cuts_capital_and_savings (void)
{
  g_autoptr(GPtrArray) oil = first_round ("oil-council-deeper-cuts.md");
  g_autoptr(GPtrArray) bank = first_round ("savings-bank-capital-hole.md");
  g_autoptr(GPtrArray) freight = first_round ("freight-merger-savings.md");
  g_autoptr(GPtrArray) telecom = first_round ("telecom-merger-remedies.md");
  g_autoptr(GPtrArray) drugs = first_round ("rare-disease-takeover.md");
  g_autoptr(GPtrArray) rejected = article_questions ("freight-bid-rejected.md");
  g_autoptr(GPtrArray) auction = article_questions ("spectrum-auction-record.md");
  g_autoptr(GPtrArray) insurers = first_round ("insurer-merger.md");

  g_assert_true (offered (oil, "How long can the output cut support oil prices?"));
  g_assert_true (offered (bank, "Can Greyhaven raise the capital it needs?"));
  g_assert_true (offered (freight, "Can Solenne and Harrowgate deliver the $450 million in cost "
                                   "savings they promise?"));
  g_assert_true (offered (telecom, "Can Telvira and Brightwave deliver the 420 million crowns in "
                                   "cost savings they promise?"));
  /* "…annual pre-tax cost savings of 1.1 billion Danish crowns": a
   * currency after whose it is. */
  g_assert_true (offered (insurers, "Can Kattegat and Solvik deliver the 1.1 billion Danish "
                                    "crowns in cost savings they promise?"));
  /* The buyer the headline names, not the target the lead opens on. */
  g_assert_true (offered (drugs, "Can Corvane deliver the $180 million in cost savings it "
                                 "promises from the deal?"));
  assert_no_question_with (rejected, "cost savings", NULL);
  assert_no_question_with (auction, "raise a record", NULL);
}

/* "…would abandon its 1.4-gigawatt Tarn Bank offshore wind project":
 * the size in one word is left out as a sum is (gs6, where the first run
 * asked nothing); the object keeps its "its". */
static void
test_size_in_one_word (void)
{
  g_autoptr(GPtrArray) wind = first_round ("offshore-wind-scrapped.md");

  g_assert_true (offered (wind, "What are the risks of Aurelis' plan to abandon its Tarn Bank "
                                "offshore wind project?"));
}

/* Unseen stories whose first runs asked nothing (gv3, gv4, gu2, gv6), or
 * "What are the risks of Corvane's decision to raise its full-year
 * revenue?" of "raised its full-year revenue and profit forecasts" (gv1,
 * W from both reviewers). */
static void
test_gluts_restructurings_and_rejections (void)
{
  g_autoptr(GPtrArray) nickel = first_round ("nickel-supply-flood.md");
  g_autoptr(GPtrArray) haulier = first_round ("haulier-court-restructuring.md");
  g_autoptr(GPtrArray) panel = first_round ("alzheimer-panel-rejects.md");
  g_autoptr(GPtrArray) pill = first_round ("heart-pill-rejected.md");
  g_autoptr(GPtrArray) outlook = article_questions ("network-outlook-raised.md");

  g_assert_true (offered (nickel, "How long could the Varesh supply flood keep nickel prices "
                                  "low?"));
  g_assert_true (offered (haulier, "What does Castemoor's restructuring mean for its lenders?"));
  g_assert_true (offered (panel, "What would it take for Veltria to win approval for "
                                 "tessarimab?"));
  g_assert_true (offered (pill, "What would it take for Solvane to win approval for "
                                "relanoxil?"));
  assert_no_question_with (outlook, "raise its full-year revenue?", NULL);
}

/* "delivered 9% fewer vehicles…, as an intensifying price war in
 * electric cars…" (gx3) and "Cyberattack knocks out Pagalia payments
 * network" (gu4): unseen stories whose first runs asked nothing. */
static void
test_deliveries_and_attacks (void)
{
  g_autoptr(GPtrArray) cars = article_questions ("car-deliveries-price-war.md");
  g_autoptr(GPtrArray) payments = first_round ("payments-cyberattack-outage.md");

  g_assert_true (offered (cars, "How is Halvard responding to the intensifying price war in "
                                "electric cars?"));
  g_assert_true (offered (payments, "How might the cyberattack affect Pagalia?"));
}

/* A price war the headline tells of (hj1, whose first run asked
 * nothing), and two older stories of one; and a plan to open hotels
 * (hj4, the same), which a regulator that opens an inquiry does not make. */
static void
test_price_war_and_openings (void)
{
  g_autoptr(GPtrArray) grocer = first_round ("supermarket-price-war.md");
  g_autoptr(GPtrArray) boxes = first_round ("box-rate-war.md");
  g_autoptr(GPtrArray) cars = first_round ("car-deliveries-price-war.md");
  g_autoptr(GPtrArray) hotels = first_round ("hotel-expansion.md");
  g_autoptr(GPtrArray) probe = first_round ("bnpl-probe.md");

  g_assert_true (offered (grocer, "How long could the price war weigh on Quillory's profits?"));
  g_assert_true (offered (boxes, "How long could the price war weigh on Orient Meridian's "
                                 "profits?"));
  g_assert_true (offered (cars, "How long could the price war weigh on Halvard's profits?"));
  g_assert_true (offered (hotels, "What are the risks of Larkspire's plan to open 40 hotels?"));
  /* A regulator's decision "to open a formal antitrust investigation"
   * puts nothing of its own at risk. */
  assert_no_question_with (probe, "open a formal", NULL);
}

/* "…finance chief resigns amid accounting review at copper unit" (hj3)
 * and "…copper output falls 14% as ore grades slip at flagship mine"
 * (hg3), whose first runs asked nothing: what a headline says went
 * wrong for the company it names. */
static void
test_headline_setbacks (void)
{
  g_autoptr(GPtrArray) review = first_round ("cfo-accounting-review.md");
  g_autoptr(GPtrArray) ore = first_round ("copper-ore-grades.md");
  g_autoptr(GPtrArray) toys = first_round ("toy-licence-lost.md");
  g_autoptr(GPtrArray) homes = first_round ("homebuilder-orders-slide.md");
  g_autoptr(GPtrArray) easing = article_questions ("housebuilder-target.md");
  g_autoptr(GPtrArray) lifting = first_round ("housebuilder-target.md");

  g_assert_true (offered (review, "What could the accounting review uncover at Gallowmere?"));
  g_assert_true (offered (ore, "How will Halcrest make up for falling ore grades?"));
  /* "Tollworth Toys shares plunge 38% after losing Star Harbour licence
   * to rival" (hk2) and "Ashcombe Homes orders slide 18% as higher
   * mortgage rates deter buyers" (hp4), whose first runs asked nothing. */
  g_assert_true (offered (toys, "How will Tollworth make up for losing the Star Harbour "
                                "licence?"));
  g_assert_true (offered (homes, "How long could higher mortgage rates weigh on Ashcombe's "
                                 "orders?"));
  /* "…raises completions target as easing mortgage rates lift sales":
   * the rates no longer weigh; they lift. */
  assert_no_question_with (easing, "higher mortgage rates", NULL);
  g_assert_true (offered (lifting, "How long can easing mortgage rates keep lifting Ashcombe's "
                                   "sales?"));
}

/* A company selling what it owns to cut its debt (hm3, and an older
 * story), whose first runs asked nothing; and a cut whose object only
 * the words after it define: "cut the price it pays member farmers"
 * (hl2: "the price" both reviewers found vague). */
static void
test_debt_sales (void)
{
  g_autoptr(GPtrArray) tower = first_round ("office-tower-discount-sale.md");
  g_autoptr(GPtrArray) kowloon = first_round ("developer-asset-sale.md");
  g_autoptr(GPtrArray) milk = article_questions ("milk-price-cut.md");
  g_autoptr(GPtrArray) port = article_questions ("port-operator-stake.md");

  g_assert_true (offered (tower, "Will Castellan need to sell more assets to cut its debt?"));
  g_assert_true (offered (kowloon, "Will Kin Shing need to sell more assets to cut its debt?"));
  assert_no_question_with (milk, "cut the price?", NULL);
  /* "The fund will acquire the shares from infrastructure investor
   * Calloway Ridge Partners" (hr4: both reviewers, "vague"). */
  assert_no_question_with (port, "acquire the shares?", NULL);
}

/* "Tasari Airways orders 60 Halden jets in $7.4 billion fleet overhaul"
 * (gu1) and "Veldmark Line orders 12 dual-fuel container ships…" (hf1),
 * whose first runs asked nothing, and an older order. */
static void
test_fleet_orders (void)
{
  g_autoptr(GPtrArray) tasari = first_round ("jet-fleet-overhaul.md");
  g_autoptr(GPtrArray) meridyen = first_round ("widebody-order.md");
  g_autoptr(GPtrArray) veldmark = first_round ("container-ship-order.md");

  g_assert_true (offered (tasari, "What are the risks of Tasari's order for 60 Halden jets?"));
  g_assert_true (offered (meridyen, "What are the risks of Meridyen's order for 30 Vantoria "
                                    "wide-bodies?"));
  g_assert_true (offered (veldmark, "What are the risks of Veldmark's order for 12 dual-fuel "
                                    "container ships?"));
}

/* A landslide and a mine's collapse befall a company as a storm or a
 * fire does: a first run asks what they do to it, now that nothing
 * stands in there. */
static void
test_mishaps_befall (void)
{
  g_autoptr(GPtrArray) landslide = sure_round ("nickel-landslide.md");
  g_autoptr(GPtrArray) collapse = sure_round ("mine-collapse.md");

  g_assert_nonnull (landslide);
  g_assert_nonnull (collapse);
  g_assert_true (offered (landslide, "How might the landslide affect Sinar Bumi?"));
  g_assert_true (offered (collapse, "What risks does Andean Crest face from the collapse?"));
}

/* Setbacks the headline blames on something that lasts: engine checks
 * that ground planes (ht1), a drug that "misses main trial goal" (ht3),
 * slowing steel output under iron ore (hu2) and a bank that "warns of
 * rising bad loans" (hu3). The first runs asked nothing. */
static void
test_lasting_setbacks (void)
{
  g_autoptr(GPtrArray) airline = first_round ("airline-engine-checks.md");
  g_autoptr(GPtrArray) trial = first_round ("drug-trial-goal-missed.md");
  g_autoptr(GPtrArray) ore = first_round ("iron-ore-steel-slowdown.md");
  g_autoptr(GPtrArray) bank = first_round ("bank-bad-loans-warning.md");

  g_assert_true (offered (airline, "How long could the engine checks keep Corvane's planes "
                                   "grounded?"));
  g_assert_true (offered (trial, "Can Oberlinn recover from the failed velcardin trial?"));
  /* "Iron ore prices fell…" opens a sentence; the article writes "iron
   * ore" elsewhere. */
  g_assert_true (offered (ore, "How long could slowing Tavarian steel output keep iron ore "
                               "prices low?"));
  g_assert_true (offered (bank, "Will Caravel need to set aside more for bad loans?"));
}

/* "…agreed to buy Tollmere Logistics…, though a rival suitor is
 * weighing a counteroffer" (ht4): whether the rival outbids the buyer,
 * where the first run asked only the deal's risks. */
static void
test_rival_suitor (void)
{
  g_autoptr(GPtrArray) texts = first_round ("takeover-rival-suitor.md");

  g_assert_true (offered (texts, "Could a rival bidder top Vellmont's offer for Tollmere?"));
}

/* "Solmara inflation slows to 3.1%, fuelling bets on June rate cut"
 * (hw1): whether the central bank the story names will cut, where the
 * first run asked nothing. Not where "Torvania's central bank cuts rates
 * by half a point as inflation cools" (hf3). */
static void
test_slowing_inflation (void)
{
  g_autoptr(GPtrArray) texts = first_round ("inflation-slows-cut-bets.md");
  g_autoptr(GPtrArray) cut = first_round ("rate-cut-inflation-cools.md");

  g_assert_true (offered (texts, "Will slowing inflation let the Central Bank of Solmara cut "
                                 "interest rates?"));
  assert_no_question_with (cut, "slowing inflation", NULL);
}

/* "Valmora regulator blocks Brennick's $5.9 billion takeover of Corvel
 * Foodstores", whose buyer "would consider an appeal" (hv3), where the
 * first run asked nothing; and "Polish competition watchdog blocks
 * Wislana Bank's… takeover", whose buyer "was studying an appeal";
 * "Central bank rejects Vantero's licence bid…", where Vantero "would…
 * decide on an appeal by July 10". Deciding weighs an appeal: it is not
 * one, to be asked of a fine. */
static void
test_blocked_deal_appeal (void)
{
  g_autoptr(GPtrArray) grocer = first_round ("grocer-takeover-blocked.md");
  g_autoptr(GPtrArray) bank = first_round ("bank-merger-blocked.md");
  g_autoptr(GPtrArray) lender = first_round ("fintech-licence-rejected.md");
  const Article fined = {
    "fined", "Central bank fines Vantero over lending checks",
    "LONDON, Jan 12 (NextFin) - The central bank fined Vantero 12 million pounds on Monday "
    "for failing to check borrowers' incomes.\n\n"
    "Vantero said it would study the ruling and decide on an appeal by July 10.\n\n"
    "Vantero has lent 1.3 billion pounds since it was founded in 2018.\n",
    NULL
  };
  g_autoptr(GPtrArray) fine = all_questions (fined.headline, fined.body);

  g_assert_true (offered (grocer, "Will Brennick appeal the ruling blocking its takeover of "
                                  "Corvel?"));
  g_assert_true (offered (bank, "Will Wislana appeal the ruling blocking its takeover of "
                                "Karpacki?"));
  g_assert_true (offered (lender, "Will Vantero appeal the rejection of its licence bid?"));
  assert_no_question_with (fine, "appeal", NULL);
}

/* "Solmira Logistics postpones 14.6 billion tal IPO" (hz1): "tal" is the
 * sum's currency, which the word lists do not know, not part of what is
 * put off; both reviewers had graded "…revive its tal IPO?" malformed. */
static void
test_unknown_currency_sum (void)
{
  g_autoptr(GPtrArray) texts = first_round ("logistics-ipo-postponed.md");

  g_assert_true (offered (texts, "What would it take for Solmira to revive its IPO?"));
}

/* Stories whose headlines tell what befell a company or a market, each
 * of whose first runs asked nothing: "Caldermoor shuts Skelling Point
 * reactor after leak, Estrovian power prices jump" (ib3), "Rhydmoor
 * shares plunge after tailings dam collapse…" (ie2), "Ombara to ban raw
 * tin exports, sending prices to two-year high" (ie4). "Brisella delays
 * stock-market listing after data breach" already asks what the breach
 * risks for it, and is not asked it twice. */
static void
test_headline_mishaps (void)
{
  g_autoptr(GPtrArray) reactor = first_round ("reactor-leak-power-prices.md");
  g_autoptr(GPtrArray) dam = first_round ("copper-tailings-dam-collapse.md");
  g_autoptr(GPtrArray) tin = first_round ("tin-export-ban.md");
  g_autoptr(GPtrArray) curbs = first_round ("tin-export-curbs.md");
  g_autoptr(GPtrArray) listing = first_round ("payments-app-listing-delay.md");

  g_assert_true (offered (reactor, "How long could the Skelling Point reactor shutdown keep "
                                   "Estrovian power prices high?"));
  g_assert_true (offered (dam, "How might the tailings dam collapse affect Rhydmoor?"));
  g_assert_true (offered (tin, "How long could Ombara's export ban keep tin prices high?"));
  /* "Tanvalia curbs tin exports…". */
  g_assert_true (offered (curbs, "How long could Tanvalia's export curbs keep tin prices high?"));
  g_assert_true (offered (listing, "What risks does Brisella face from the breach?"));
  assert_no_question_with (listing, "data breach affect", NULL);
}

/* What a company or a country does that the story turns on, each of
 * whose first runs asked nothing: "Keldmark Steel seeks 1.2 billion
 * crown state lifeline…" (id1), "Tavrin Energy makes record offshore gas
 * find…" (id3), "Kadera devalues rendal by 18%…" (id4). */
static void
test_turning_points (void)
{
  g_autoptr(GPtrArray) lifeline = first_round ("steelmaker-state-lifeline.md");
  g_autoptr(GPtrArray) find = first_round ("offshore-gas-find.md");
  g_autoptr(GPtrArray) devaluation = first_round ("currency-devaluation.md");

  g_assert_true (offered (lifeline, "Will Keldmark get the state support it is seeking?"));
  g_assert_true (offered (find, "How soon could Tavrin bring its offshore gas find into "
                                "production?"));
  g_assert_true (offered (devaluation, "How might the devaluation of the rendal affect "
                                       "Kadera's economy?"));
}

/* A rating agency's move on a country the story names only as a label,
 * each of whose first runs asked nothing: "Stanholt lifts Caldora to one
 * notch below investment grade…" (if3), and "Arden Global Ratings placed
 * Castavia's BBB- sovereign credit rating on watch negative…, raising the
 * prospect that the country could lose its last investment-grade rating"
 * (hx2). */
static void
test_rating_moves_on_a_country (void)
{
  g_autoptr(GPtrArray) upgrade = first_round ("sovereign-upgrade-near-investment-grade.md");
  g_autoptr(GPtrArray) watch = first_round ("sovereign-watch-negative.md");

  g_assert_true (offered (upgrade, "What would it take for Caldora to reach investment grade?"));
  g_assert_true (offered (watch, "Will Castavia lose its investment-grade rating?"));
}

/* "Elvaro Motors third-quarter deliveries miss forecasts as electric SUV
 * ramp-up stalls" (ie1) and "Quillon Gold output falls 17% after mill
 * breakdown…" (ib4), whose first runs asked nothing. */
static void
test_production_setbacks (void)
{
  g_autoptr(GPtrArray) ramp_up = first_round ("ev-deliveries-ramp-up-stalls.md");
  g_autoptr(GPtrArray) mill = first_round ("gold-mill-breakdown.md");

  g_assert_true (offered (ramp_up, "Can Elvaro get its electric SUV ramp-up back on track?"));
  g_assert_true (offered (mill, "How might the mill breakdown affect Quillon?"));
}

static void
test_what_a_headline_costs (void)
{
  g_autoptr(GPtrArray) windfall = first_round ("bank-profits-windfall-tax.md");
  g_autoptr(GPtrArray) raised = first_round ("bank-windfall-tax.md");
  g_autoptr(GPtrArray) readied = first_round ("windfall-levy.md");
  g_autoptr(GPtrArray) streamer = first_round ("streamer-loses-subscribers.md");
  g_autoptr(GPtrArray) copper = first_round ("copper-project-writedown.md");
  g_autoptr(GPtrArray) oil = first_round ("oil-field-writedown.md");

  /* "on bank profits": the banks that make them. */
  g_assert_true (offered (windfall, "How will the windfall tax affect Estoria's banks?"));
  g_assert_true (offered (raised, "How will the higher windfall tax affect Calandria's banks?"));
  /* Only readied: what it would do. */
  g_assert_true (offered (readied, "How would the windfall levy affect Italy's power producers?"));
  g_assert_true (offered (streamer, "Can Cinderwell win back subscribers?"));
  g_assert_true (offered (copper, "What does the writedown mean for Tarrowby's Quelmar copper project?"));
  /* A name of its own takes no owner. */
  g_assert_true (offered (oil, "What does the writedown mean for Sorrel Deep?"));
}

static void
test_laundering_fines (void)
{
  g_autoptr(GPtrArray) fines = first_round ("bank-laundering-fine.md");
  g_autoptr(GPtrArray) fined = first_round ("bank-record-fine.md");
  g_autoptr(GPtrArray) private_bank = first_round ("private-bank-aml-fine.md");

  /* The bank fined, not the "Dhurain regulator" that fines it. */
  g_assert_true (offered (fines, "How will Nahran fix its money-laundering controls?"));
  g_assert_false (offered (fines, "How will Dhurain fix its money-laundering controls?"));
  g_assert_true (offered (fined, "How will Hollensby fix its money-laundering controls?"));
  /* "fines Aurelian Harcourt private bank", of "Banque Aurelian
   * Harcourt". */
  g_assert_true (offered (private_bank, "How will Aurelian Harcourt fix its money-laundering "
                                        "controls?"));
}

static void
test_settled_strikes (void)
{
  g_autoptr(GPtrArray) copper = first_round ("copper-strike-ends.md");
  g_autoptr(GPtrArray) carmaker = first_round ("carmaker-strike-deal.md");
  g_autoptr(GPtrArray) pilots = first_round ("pilot-pay-strike.md");
  g_autoptr(GPtrArray) averted = first_round ("pilots-strike-averted.md");

  g_assert_true (offered (copper, "Will Montarra's pay deal set the bar for other wage talks?"));
  g_assert_true (offered (carmaker, "Will Valtren's pay deal set the bar for other wage talks?"));
  /* A strike still on has settled nothing. */
  g_assert_false (offered (pilots, "Will Corvessa's pay deal set the bar for other wage talks?"));
  /* "Aurelian Air reaches deal with pilots, averting threatened strike",
   * a "labour agreement" in the lead; "Pilot contracts tend to act as a
   * benchmark". */
  g_assert_true (offered (averted, "Will Aurelian's pay deal set the bar for other wage talks?"));
}

static void
test_what_drives_results (void)
{
  g_autoptr(GPtrArray) cooling = first_round ("cooling-orders-results.md");
  g_autoptr(GPtrArray) foundry = first_round ("foundry-sales.md");
  g_autoptr(GPtrArray) chips = first_round ("ai-chip-revenue-beat.md");
  g_autoptr(GPtrArray) tools = first_round ("chip-tool-record-orders.md");

  /* "on data-centre cooling orders", to the mark. */
  g_assert_true (offered (cooling,
                          "How long can data-centre cooling orders keep lifting Corvane's profit?"));
  g_assert_true (offered (foundry, "How long can AI chip demand keep lifting Jade Harbor's sales?"));
  /* "as AI chip orders surge": what surges, without its verb. */
  g_assert_true (offered (chips, "How long can AI chip orders keep lifting Veltrana's revenue?"));
  /* "posts record orders as AI chip boom fuels tool demand": a boom
   * takes its article. */
  g_assert_true (offered (tools, "How long can the AI chip boom keep lifting Quillon's orders?"));
}

static void
test_what_drives_results_elsewhere (void)
{
  g_autoptr(GPtrArray) surplus = sure_round ("trade-surplus-gas.md");
  g_autoptr(GPtrArray) trading = sure_round ("bank-trading-haul.md");

  /* A country's own figure: "Estrava's trade surplus widens to record as
   * gas exports surge". */
  g_assert_nonnull (surplus);
  g_assert_true (offered (surplus,
                          "How long can gas exports keep lifting Estrava's trade surplus?"));
  /* "as trading desks post record haul": done once, can it be again? */
  g_assert_nonnull (trading);
  g_assert_true (offered (trading, "Can Ostrander Keel's trading desks repeat their record haul?"));
}

static void
test_unlisted_country_borrows (void)
{
  g_autoptr(GPtrArray) auction = sure_round ("government-bond-auction.md");

  /* "Marvessa struggled to sell 10-year government bonds…, paying a
   * sharply higher yield": a country by what it sells. */
  g_assert_nonnull (auction);
  g_assert_true (offered (auction, "How will Marvessa's higher borrowing costs affect its "
                                   "budget plans?"));
}

static void
test_spin_off_value (void)
{
  g_autoptr(GPtrArray) miner = sure_round ("mining-spin-off.md");
  g_autoptr(GPtrArray) activist = first_round ("activist-demands.md");

  g_assert_nonnull (miner);
  g_assert_true (offered (miner, "Will the spin-off unlock the value of Tarnbrook's battery "
                                 "metals arm?"));
  /* A spin-off an activist asks for is the board's to agree, not done. */
  assert_no_question_with (activist, "unlock", NULL);
}

static void
test_contract_margins (void)
{
  g_autoptr(GPtrArray) tunnel = sure_round ("tunnel-contract.md");
  g_autoptr(GPtrArray) drones = sure_round ("drone-contract.md");

  /* Named in the lead only inside "Grupo Constructor Ibarra Montes". */
  g_assert_nonnull (tunnel);
  g_assert_true (offered (tunnel, "Can Ibarra Montes protect its margins on the Santa Moira Bay "
                                  "tunnel contract?"));
  /* Past "record 3.1 bln zloty". */
  g_assert_nonnull (drones);
  g_assert_true (offered (drones, "Can Sokolnik protect its margins on the drone contract?"));
}

static void
test_rejected_tariff (void)
{
  g_autoptr(GPtrArray) rejected = sure_round ("utility-tariff-rejected.md");
  g_autoptr(GPtrArray) sought = first_round ("utility-tariff-request.md");

  g_assert_nonnull (rejected);
  g_assert_true (offered (rejected, "How will the rejected tariff increase affect Westrane's "
                                    "investment plans?"));
  /* A rise still sought is not yet rejected. */
  assert_no_question_with (sought, "rejected", NULL);
}

static void
test_headline_plans (void)
{
  g_autoptr(GPtrArray) plant = sure_round ("chip-plant-state-backing.md");
  g_autoptr(GPtrArray) coffee = sure_round ("coffee-roaster-prices.md");
  g_autoptr(GPtrArray) stores = sure_round ("store-closures-holiday.md");
  g_autoptr(GPtrArray) funds = sure_round ("fund-manager-cuts.md");
  g_autoptr(GPtrArray) mill = sure_round ("paper-mill-closure.md");
  g_autoptr(GPtrArray) beauty = sure_round ("beauty-reset.md");
  guint plans = 0;

  /* As the lead counts it, where the parser could not read the lead. */
  g_assert_nonnull (stores);
  g_assert_true (offered (stores, "What are the risks of Brackenfield's plan to close 120 of its "
                                  "640 stores?"));
  g_assert_nonnull (funds);
  g_assert_true (offered (funds, "What are the risks of Calder Rowe's plan to cut around 400 "
                                 "jobs?"));
  /* "to shut Swedish paper mill, cut 640 jobs": the cut that is counted. */
  g_assert_nonnull (mill);
  g_assert_true (offered (mill, "What are the risks of Vasterlund Skog's plan to cut about 640 "
                                "jobs?"));
  /* "to build $14 billion chip plant": the lead's "a". */
  g_assert_nonnull (plant);
  g_assert_true (offered (plant, "What are the risks of Veridane's plan to build a $14 billion "
                                 "chip fabrication plant?"));
  g_assert_nonnull (coffee);
  g_assert_true (offered (coffee, "What are the risks of Merridew's plan to raise wholesale and "
                                  "retail prices?"));
  /* One plan is asked of once, where the parser read the lead. */
  g_assert_nonnull (beauty);
  for (guint i = 0; i < beauty->len; i++)
    plans += g_str_has_prefix (g_ptr_array_index (beauty, i),
                               "What are the risks of Maison Aurelle's plan");
  g_assert_cmpuint (plans, ==, 1);
}

static void
test_trial_success (void)
{
  g_autoptr(GPtrArray) obesity = sure_round ("obesity-trial.md");
  g_autoptr(GPtrArray) heart = sure_round ("heart-drug-trial.md");
  g_autoptr(GPtrArray) lung = sure_round ("lung-cancer-data.md");
  g_autoptr(GPtrArray) failed = sure_round ("pharma-trial-setback.md");

  g_assert_nonnull (obesity);
  g_assert_true (offered (obesity, "Can Halvern win approval for its obesity pill?"));
  /* Not its "once-daily pill", as the lead has it. */
  g_assert_nonnull (heart);
  g_assert_true (offered (heart, "Can Nordhavn win approval for its heart failure pill?"));
  /* "on late-stage lung cancer data": the drug as the lead names it. */
  g_assert_nonnull (lung);
  g_assert_true (offered (lung, "Can Orrindale win approval for its lung cancer drug?"));
  /* A drug that failed its trial is not near approval. */
  g_assert_nonnull (failed);
  assert_no_question_with (failed, "win approval", NULL);
}

static void
test_what_befell_a_company (void)
{
  g_autoptr(GPtrArray) copper = sure_round ("copper-force-majeure.md");
  g_autoptr(GPtrArray) robusta = sure_round ("robusta-force-majeure.md");
  g_autoptr(GPtrArray) wildfire = sure_round ("wildfire-charge.md");
  g_autoptr(GPtrArray) cladding = sure_round ("fire-safety-charge.md");
  g_autoptr(GPtrArray) drought = sure_round ("drought-cane-crop.md");
  g_autoptr(GPtrArray) canal = sure_round ("canal-closure-voyages.md");
  g_autoptr(GPtrArray) fire = sure_round ("refinery-fire-diesel.md");
  g_autoptr(GPtrArray) delays = sure_round ("rail-delays-fine.md");

  g_assert_nonnull (copper);
  g_assert_true (offered (copper, "How long could Andina Cobre's force majeure last?"));
  /* "Vietnam's Dak Son declares…": the company, not its country. */
  g_assert_nonnull (robusta);
  g_assert_true (offered (robusta, "How long could Dak Son's force majeure last?"));
  /* What the charge is for, past "2.3 bln dlr" and "285 mln stg". */
  g_assert_nonnull (wildfire);
  g_assert_true (offered (wildfire, "Will Sierra Crest Power & Light need to set aside more for "
                                    "wildfire costs?"));
  g_assert_nonnull (cladding);
  g_assert_true (offered (cladding, "Will Ashcombe need to set aside more for fire-safety "
                                    "costs?"));
  /* "Drought-hit cane crop forces Sabrel Sugar to cut output". */
  g_assert_nonnull (drought);
  g_assert_true (offered (drought, "How might the drought affect Sabrel?"));
  /* The closure of a canal the headline names, not of its own sites. */
  g_assert_nonnull (canal);
  g_assert_true (offered (canal, "How might the Sarrano Canal closure affect Brandholm?"));
  /* "fined record $48 million over years of chronic train delays". */
  g_assert_nonnull (delays);
  g_assert_true (offered (delays, "Can Corvale end its chronic train delays?"));
  /* "Fire at Marvessa's biggest refinery lifts diesel prices…". */
  g_assert_nonnull (fire);
  g_assert_true (offered (fire, "How long could the refinery fire keep diesel prices high?"));
}

static void
test_merge_with (void)
{
  g_autoptr(GPtrArray) miners = sure_round ("gold-miners-merge.md");
  g_autoptr(GPtrArray) scrapped = first_round ("housebuilder-merger-off.md");

  g_assert_nonnull (miners);
  g_assert_true (offered (miners, "What are the risks of Corvane's plan to merge with "
                                  "Sallowmere?"));
  /* A merger called off is no plan. */
  assert_no_question_with (scrapped, "plan to merge", NULL);
}

/* A story with no headline at all, only blank lines before its lead,
 * which a mutated article found the plant-fire reading reading past
 * (a segmentation fault): the readings of a headline ask nothing. */
static void
test_no_headline (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "articles", "sparse",
                                                 "no-headline.md", NULL);
  g_autofree char *body = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) texts = NULL;

  g_file_get_contents (path, &body, NULL, &error);
  g_assert_no_error (error);
  texts = all_questions ("", body);
  for (guint i = 0; i < texts->len; i++)
    g_assert_true (g_str_has_suffix (g_ptr_array_index (texts, i), "?"));
}

/* A company's story passed with no headline at all (%NULL, not ""):
 * the readings that scan a headline for the company ask nothing, and
 * do not read through a missing one. */
static void
test_null_headline (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "articles", "truck-orders.md",
                                                 NULL);
  g_autofree char *article = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) texts = NULL;

  g_file_get_contents (path, &article, NULL, &error);
  g_assert_no_error (error);
  texts = all_questions (NULL, strchr (article, '\n') + 1);
  assert_no_question_with (texts, "make up for", NULL);
}

static void
test_what_drags_results (void)
{
  g_autoptr(GPtrArray) curbs = first_round ("chip-equipment-orders.md");
  g_autoptr(GPtrArray) costs = first_round ("cocoa-grinder-covenant.md");
  g_autoptr(GPtrArray) price_war = first_round ("supermarket-price-war.md");

  /* "as Dutch export curbs hit China sales": what hits, in its case. */
  g_assert_true (offered (curbs, "How long could Dutch export curbs weigh on Lumaris' orders?"));
  g_assert_true (offered (costs, "How long could bean costs weigh on Brannock's profit?"));
  /* One war, asked with its article elsewhere. */
  assert_no_question_with (price_war, "could price war", NULL);
  g_assert_true (offered (price_war, "How long could the price war weigh on Quillory's profits?"));
}

static void
test_debt_deals (void)
{
  g_autoptr(GPtrArray) country = first_round ("bondholder-deal.md");
  g_autoptr(GPtrArray) developer = first_round ("developer-bond-extension.md");
  g_autoptr(GPtrArray) overhaul = first_round ("developer-debt-overhaul.md");

  g_assert_true (offered (country, "Will the debt deal be enough to steady Montevara's finances?"));
  /* "Vietnam's Riverstone Land wins": the borrower, not its country. */
  g_assert_true (offered (developer,
                          "Will the debt deal be enough to steady Riverstone's finances?"));
  g_assert_false (offered (developer,
                           "Will the debt deal be enough to steady Vietnam's finances?"));
  g_assert_true (offered (overhaul, "Will the debt deal be enough to steady Jinhai's finances?"));
}

static void
test_farm_price_cuts (void)
{
  g_autoptr(GPtrArray) dairy = first_round ("milk-price-cut.md");
  g_autoptr(GPtrArray) cooperative = first_round ("dairy-cooperative-milk-price.md");

  g_assert_true (offered (dairy, "How will farmers cope with Harrowfield's lower milk price?"));
  /* "Fenmarch dairy cooperative cuts": the name, then what it is. */
  g_assert_true (offered (cooperative, "How will farmers cope with Fenmarch's lower milk price?"));
}

/* "Colombia's central bank cut its benchmark interest rate…": a bank
 * the story names only by its country, whose first runs asked nothing on
 * the command line. "Hungary's central bank holds…" asked nothing too:
 * the "Central Statistical Office" stood in for the bank, and without it
 * "the National Bank of Poland", named once to compare. */
static void
test_country_central_bank (void)
{
  g_autoptr(GPtrArray) cut = sure_round ("colombia-rate-cut.md");
  g_autoptr(GPtrArray) hike = sure_round ("rate-hike.md");
  g_autoptr(GPtrArray) hold = first_round ("forint-hold.md");

  g_assert_true (offered (hold, "What would it take for Hungary's central bank to cut rates?"));
  assert_no_question_with (hold, "Poland", "Statistical", NULL);

  g_assert_nonnull (cut);
  g_assert_nonnull (hike);
  /* Not "Colombia's central bank's decision", two owners stacked. */
  g_assert_true (offered (cut, "What are the risks of the rate cut by Colombia's central bank?"));
  g_assert_true (offered (hike, "What are the risks of the rate hike by Colombia's central bank?"));
}

/* A central bank's rate move whose story weighs the next one: "Traders…
 * now price roughly a 60 percent chance of a further quarter-point
 * increase at the council's next meeting" (surprise-rate-rise), "We
 * expect one more 25 basis point cut in April" (rbi-cut), "…likely to
 * slow the pace again at its next meeting" (colombia-rate-cut): whether
 * the bank moves again, where the first runs asked only the move's
 * risks. Not of a move whose story weighs no next one (lira-rate-cut). */
static void
test_next_rate_move (void)
{
  g_autoptr(GPtrArray) rise = first_round ("surprise-rate-rise.md");
  g_autoptr(GPtrArray) india = first_round ("rbi-cut.md");
  g_autoptr(GPtrArray) colombia = first_round ("colombia-rate-cut.md");
  g_autoptr(GPtrArray) lira = first_round ("lira-rate-cut.md");

  g_assert_true (offered (rise, "Will the Reserve Bank of Valdoria follow up with another rate "
                                "hike?"));
  g_assert_true (offered (india, "Will the Reserve Bank of India follow up with another rate "
                                 "cut?"));
  g_assert_true (offered (colombia, "Will Colombia's central bank follow up with another rate "
                                    "cut?"));
  assert_no_question_with (lira, "another rate", NULL);
}

/* A strike averted by a pay deal, whose first runs asked nothing: what
 * the deal costs, which both stories weigh. */
static void
test_averted_strikes (void)
{
  g_autoptr(GPtrArray) pilots = first_round ("pilots-strike-averted.md");
  g_autoptr(GPtrArray) miners = first_round ("platinum-wage-deal.md");
  g_autoptr(GPtrArray) pinecrest = first_round ("airline-pilot-deal.md");
  g_autoptr(GPtrArray) walkout = article_questions ("port-walkout-talks-collapse.md");

  g_assert_true (offered (pilots, "How will the pay deal affect Aurelian's costs?"));
  g_assert_true (offered (miners, "How will the pay deal affect Mogale's costs?"));
  /* "as costly pilot deal takes hold": no strike, but a deal the
   * headline calls costly. */
  g_assert_true (offered (pinecrest, "How will the pay deal affect Pinecrest's costs?"));
  /* Talks that collapsed averted nothing. */
  assert_no_question_with (walkout, "pay deal affect", NULL);
}

/* A profit warning, an output or forecast cut whose headline blames what
 * the body tells of, and a low river that forced a barge operator's hand: first
 * runs asked nothing. */
static void
test_blamed_setbacks (void)
{
  g_autoptr(GPtrArray) fjordlaks = first_round ("salmon-tax-warning.md");
  g_autoptr(GPtrArray) nordvik = first_round ("salmon-warning.md");
  g_autoptr(GPtrArray) homes = article_questions ("housebuilder-update.md");
  g_autoptr(GPtrArray) rhine = first_round ("rhine-low-water.md");
  g_autoptr(GPtrArray) uranium = first_round ("uranium-output-cut.md");
  g_autoptr(GPtrArray) gas = first_round ("ammonia-gas-squeeze.md");
  g_autoptr(GPtrArray) fuel = first_round ("airline-fuel-warning.md");
  g_autoptr(GPtrArray) drought = article_questions ("hydro-drought-forecast.md");
  g_autoptr(GPtrArray) drought_sure = first_round ("hydro-drought-forecast.md");
  g_autoptr(GPtrArray) imports = first_round ("steel-imports-furnace.md");
  g_autoptr(GPtrArray) routes = first_round ("airline-route-cuts.md");
  g_autoptr(GPtrArray) coffee = first_round ("coffee-roaster-prices.md");

  g_assert_true (offered (fjordlaks, "How long will the sea-lice outbreak weigh on Fjordlaks' "
                                     "profit?"));
  g_assert_true (offered (nordvik, "How long will the sea lice weigh on Nordvik's profit?"));
  /* "as reservations slow and build costs climb": clauses, which a
   * question names only as "rising build costs" (rising-costs-clause). */
  assert_no_question_with (homes, "reservations slow", "costs climb", NULL);
  g_assert_true (offered (rhine, "How might the low water affect Vossberg?"));
  /* "cuts output target by 14% on acid shortage", of "shortages of
   * sulphuric acid". */
  g_assert_true (offered (uranium, "How long will the acid shortage weigh on Betpak's output?"));
  /* "cuts profit forecast as gas prices surge", as the body writes
   * them. */
  g_assert_true (offered (gas, "How long will rising gas prices weigh on Veldkamp's profit?"));
  /* "as jet fuel costs surge", which the body writes "jet fuel prices". */
  g_assert_true (offered (fuel, "How long will rising jet fuel prices weigh on Castellan's "
                                "profit?"));
  /* "slashes profit forecast as drought drains reservoirs": what drains
   * them, not the clause. The first run asked only whether Hidroandes
   * can meet its forecast; an analyst says the damage depends on
   * whether the April rains come. */
  g_assert_true (offered (drought_sure, "How long will the drought weigh on Hidroandes' "
                                        "profit?"));
  assert_no_question_with (drought, "drains", NULL);
  /* "warns of first-half loss as cheap imports swamp home market": what
   * does the hurting, as the lead writes it ("a surge of cheap
   * imports"). */
  g_assert_true (offered (imports, "How long will cheap imports weigh on Halvern's profit?"));
  /* What a rising cost forced: "to cut 14 routes… as fuel bill soars",
   * of "a surge in jet fuel prices"; "to raise prices… as bean costs hit
   * four-decade high", which the body writes "bean prices". First runs
   * asked only the plans' risks. */
  g_assert_true (offered (routes, "How long will rising fuel prices weigh on Merrow's profit?"));
  g_assert_true (offered (coffee, "How long will rising bean prices weigh on Merridew's "
                                  "profit?"));
  assert_no_question_with (routes, "fuel bill weigh", NULL);
}

/* "as ore squeeze bites": "squeeze" may be a verb, but not before the
 * verb of its clause; what bites is the squeeze, not the ore. */
static void
test_blamed_clause_noun_verb (void)
{
  g_autoptr(GPtrArray) texts = all_questions (
    "Tarrow Smelting warns of first-half loss as ore squeeze bites",
    "KELSO, May 4 (Wire) - Tarrow Smelting Ltd warned on Monday that it expects a first-half "
    "loss as an ore squeeze drives down the fees miners pay it to process their concentrate.\n\n"
    "Tarrow said the ore squeeze had cut its treatment charges by 40% this year and that it "
    "would run its smelter at reduced rates until supply improved.\n\n"
    "\"The ore squeeze is the worst we have seen in two decades,\" Chief Executive Maren Holt "
    "said. Tarrow shares fell 6%.\n");

  g_assert_true (offered (texts, "How long will the ore squeeze weigh on Tarrow's profit?"));
  assert_no_question_with (texts, "the ore weigh", NULL);
}

/* A rights issue the headline names and the lead tells of without the
 * company's name: first runs asked nothing. */
static void
test_rights_issue_in_headline (void)
{
  g_autoptr(GPtrArray) utility = first_round ("rights-issue.md");
  g_autoptr(GPtrArray) bank = first_round ("bank-rights-issue.md");
  g_autoptr(GPtrArray) telecom = first_round ("naira-rights-issue.md");
  guint asked = 0;

  g_assert_true (offered (utility, "What are the risks of Danubia's decision to launch a rights "
                                   "issue?"));
  g_assert_true (offered (bank, "What are the risks of Deccan Mercantile's decision to launch a "
                                "rights issue?"));
  /* Asked once where the lead's own reading asks it too. */
  for (guint i = 0; i < telecom->len; i++)
    asked += strstr (g_ptr_array_index (telecom, i), "rights issue") != NULL;
  g_assert_cmpuint (asked, ==, 1);
}

/* Spectrum an operator paid a record for, in stories that weigh its
 * debt: the first of them asked nothing. */
static void
test_paid_for_with_debt (void)
{
  g_autoptr(GPtrArray) brightwave = first_round ("spectrum-auction.md");
  g_autoptr(GPtrArray) lyra = first_round ("spectrum-dividend-doubt.md");
  g_autoptr(GPtrArray) fine = article_questions ("private-bank-aml-fine.md");

  g_assert_true (offered (brightwave, "How will paying for the 5G spectrum affect Brightwave's "
                                      "debt?"));
  g_assert_true (offered (lyra, "How will paying for the 5G spectrum affect Lyra's debt?"));
  /* "to pay 34.5 million francs over money-laundering failures". */
  assert_no_question_with (fine, "paying for", NULL);
}

/* Assets sold to a named buyer, whose first runs asked nothing: what the
 * buyer takes on; and a seller whose lead calls it by its full name
 * first, "Grupo Cementero Sierra Alta, known as Cemsa". */
static void
test_asset_sale_buyer (void)
{
  g_autoptr(GPtrArray) cement = first_round ("ready-mix-sale.md");
  g_autoptr(GPtrArray) fields = first_round ("offshore-fields-sale.md");
  g_autoptr(GPtrArray) road = article_questions ("toll-road-pension-sale.md");

  g_assert_true (offered (cement, "What are the risks for Ridgeline Harbor in buying Cemsa's U.S. "
                                  "ready-mix concrete business?"));
  g_assert_true (offered (cement, "Will Cemsa need to sell more assets to cut its debt?"));
  g_assert_true (offered (fields, "What are the risks for Tidemark in buying Brentholm's Skerra "
                                  "Basin fields?"));
  /* "to sell 30% of Ontario toll road": a stake the seller keeps a part
   * of, sold to no buyer the headline names. */
  assert_no_question_with (road, "risks for", NULL);
}

/* An IPO whose price range was cut, whose first run asked nothing; not
 * one priced at the top of its range. */
static void
test_cut_ipo_price (void)
{
  g_autoptr(GPtrArray) cut = first_round ("ipo-repricing.md");
  g_autoptr(GPtrArray) priced = article_questions ("petrochemical-ipo.md");

  g_assert_true (offered (cut, "Can Velqora still complete its Frankfurt IPO?"));
  assert_no_question_with (priced, "still complete", NULL);
}

static void
test_delayed_sites (void)
{
  g_autoptr(GPtrArray) chips = first_round ("chip-plant-tool-delay.md");
  g_autoptr(GPtrArray) battery = first_round ("battery-plant-delay.md");
  g_autoptr(GPtrArray) supply = first_round ("battery-supply.md");

  g_assert_true (offered (chips, "How might the delay to the Koryth Valley plant affect Aurelis?"));
  /* "…, Georgia battery plant pushed back to 2028": a clause of its own. */
  g_assert_true (offered (battery, "How might the delay to the Georgia battery plant affect Hanul?"));
  /* "Aurelio Motors signs …, delays Georgia plant". */
  g_assert_true (offered (supply, "How might the delay to the Georgia plant affect Aurelio?"));
}

static void
test_abandoned_bid (void)
{
  g_autoptr(GPtrArray) coatings = first_round ("coatings-takeover-abandoned.md");

  g_assert_true (offered (coatings,
                          "What will Vandermeer do now that Kestrel has abandoned its takeover?"));
}

static void
test_headline_remedies (void)
{
  g_autoptr(GPtrArray) recall = first_round ("suv-brake-line-recall.md");
  g_autoptr(GPtrArray) keld = first_round ("currency-defence-rate-hike.md");
  g_autoptr(GPtrArray) crown = first_round ("currency-intervention.md");
  g_autoptr(GPtrArray) rupiah = article_questions ("rupiah-intervention.md");
  g_autoptr(GPtrArray) dravo = first_round ("currency-defence-hike.md");
  g_autoptr(GPtrArray) sovel = first_round ("emergency-rate-hike.md");
  g_autoptr(GPtrArray) marek = first_round ("surprise-rate-hike.md");

  /* "Thornvale Motor recalls 412,000 SUVs…", not only a recall widened. */
  g_assert_true (offered (recall, "How might the recall affect Thornvale?"));
  /* "…, hikes rates to halt keld's slide". */
  g_assert_true (offered (keld, "Will the rate hike halt the keld's slide?"));
  /* "…in emergency bid to halt dravo slide", without the possessive. */
  g_assert_true (offered (dravo, "Will the rate hike halt the dravo's slide?"));
  /* "…rate hike to rescue sovel", "…rate hike to defend marek": the
   * lead tells "a slide in the sovel". */
  g_assert_true (offered (sovel, "Will the rate hike halt the sovel's slide?"));
  g_assert_true (offered (marek, "Will the rate hike halt the marek's slide?"));
  /* "Norvessan Crown Jumps as Central Bank Intervenes…": whether once
   * is enough. */
  g_assert_true (offered (crown, "Will the central bank need to intervene again to support the "
                                 "crown?"));
  /* A currency still sliding asks what could halt it, not this. */
  assert_no_question_with (rupiah, "intervene again", NULL);
}

static void
test_auditor_quits (void)
{
  g_autoptr(GPtrArray) restatement = first_round ("restatement-auditor-quits.md");

  g_assert_true (offered (restatement,
                          "Can Pellridge find a new auditor willing to sign off its accounts?"));
}

/* Commodity prices the headline moves by what buyers or sellers do,
 * whose first runs asked nothing: mills that cut output under iron ore,
 * central banks that keep buying gold, and a tea auction whose lead
 * tells of a glut. */
static void
test_commodity_movers (void)
{
  g_autoptr(GPtrArray) ore = first_round ("iron-ore-slide.md");
  g_autoptr(GPtrArray) gold = first_round ("gold-record.md");
  g_autoptr(GPtrArray) tea = first_round ("tea-auction.md");

  g_assert_true (offered (ore, "How long could Chinese steel mills' output cuts keep iron ore "
                               "prices low?"));
  g_assert_true (offered (gold, "How long can buying by central banks keep lifting gold "
                                "prices?"));
  g_assert_true (offered (tea, "How long could the glut keep Kenyan tea prices low?"));
}

/* "Fed minutes reveal deep split over rate cuts", whose lead tells of
 * officials divided "over when to start cutting interest rates" and
 * whose first run asked nothing. */
static void
test_split_over_rate_cuts (void)
{
  g_autoptr(GPtrArray) fed = first_round ("fed-minutes.md");

  g_assert_true (offered (fed, "When will the Fed start cutting interest rates?"));
}

/* "Venturi Milano names Maison Delorme executive Aubertin CEO", by her
 * surname alone, whose first run asked nothing. */
static void
test_chief_by_surname (void)
{
  g_autoptr(GPtrArray) venturi = first_round ("luxury-ceo-change.md");

  g_assert_true (offered (venturi, "What challenges will Claire Aubertin face as Venturi's "
                                   "chief executive?"));
}

/* "Oil jumps as OPEC+ pauses output increases", whose first run asked
 * nothing. */
static void
test_paused_output_increases (void)
{
  g_autoptr(GPtrArray) oil = first_round ("opec-pause.md");

  g_assert_true (offered (oil, "How long could the pause in OPEC+ output increases keep oil "
                               "prices high?"));
}

/* "Cocoa hits record high as Ossaru slashes harvest forecast", whose
 * first run asked nothing. */
static void
test_smaller_harvest (void)
{
  g_autoptr(GPtrArray) cocoa = first_round ("cocoa-harvest-forecast-cut.md");

  g_assert_true (offered (cocoa, "How long could Ossaru's smaller harvest keep cocoa prices "
                                 "high?"));
}

/* "Song Lam Garment loses top US buyer", whose first run asked
 * nothing. */
static void
test_lost_customer (void)
{
  g_autoptr(GPtrArray) garments = first_round ("garment-buyer-loss.md");

  g_assert_true (offered (garments, "How will Song Lam replace its top US buyer?"));
}

/* "Nigeria revokes Kudipay licence…", of a company that will challenge
 * the decision in court, whose first run asked nothing. */
static void
test_revoked_licence (void)
{
  g_autoptr(GPtrArray) kudipay = first_round ("fintech-licence-revoked.md");

  g_assert_true (offered (kudipay, "Can Kudipay win back its licence in court?"));
}

/* "Tsukishima Devices profit beats as car sensors offset handset chip
 * slump", whose first run asked nothing. */
static void
test_offsetting_gains (void)
{
  g_autoptr(GPtrArray) devices = first_round ("quarterly-results.md");

  g_assert_true (offered (devices, "Can car sensors keep offsetting Tsukishima's handset chip "
                                   "slump?"));
}

/* "Kattegat and Solvik agree Nordic insurance merger; activist investor
 * vows to vote against", of a fund that owns part of Solvik; the first
 * run asked nothing. */
static void
test_opposed_merger (void)
{
  g_autoptr(GPtrArray) insurers = first_round ("insurer-merger.md");

  g_assert_true (offered (insurers, "Will Solvik's shareholders approve the merger?"));
  assert_no_question_with (insurers, "Kattegat's shareholders", NULL);
}

/* "Union Chief Brennagh Calls Indefinite Strike at Quellhaven Port as
 * Pay Talks Collapse", whose first run asked nothing: "Port" as the body
 * writes the name, not as the port it also calls "the port". */
static void
test_called_strike (void)
{
  g_autoptr(GPtrArray) port = first_round ("port-strike-union-chief.md");

  g_assert_true (offered (port, "Can the strike at Quellhaven Port be averted?"));
}

/* Freight rates that move as prices do, and a commodity in two words
 * with where it trades, whose first runs asked nothing. */
static void
test_rates_and_longer_commodities (void)
{
  g_autoptr(GPtrArray) canal = first_round ("sparse/canal-drought.md");
  g_autoptr(GPtrArray) ships = first_round ("sparse/container-rate-slump.md");
  g_autoptr(GPtrArray) palm = first_round ("sparse/palm-oil-floods.md");

  g_assert_true (offered (canal, "How long could the Panama Canal drought keep container "
                                 "freight rates high?"));
  /* "as new ships flood market": the flood is of ships. */
  g_assert_true (offered (ships, "How long could the flood of new ships keep Asia-Europe "
                                 "container rates low?"));
  g_assert_true (offered (palm, "How long could the floods keep Malaysian palm oil prices "
                                "high?"));
}

/* "Ashcombe Homes warns on margins as reservations slow and build
 * costs climb", whose first run asked nothing: the cost named in a
 * clause of its own. */
static void
test_rising_costs_clause (void)
{
  g_autoptr(GPtrArray) homes = first_round ("housebuilder-update.md");

  g_assert_true (offered (homes, "How long will rising build costs weigh on Ashcombe's "
                                 "margins?"));
}

/* "Skovgaard beats forecasts as Red Sea detours keep boxes at sea",
 * whose first run asked nothing: the headline names no figure, the lead
 * does ("a bigger-than-expected rise in second-quarter profit"). */
static void
test_beat_without_figure (void)
{
  g_autoptr(GPtrArray) lessor = first_round ("container-lessor.md");

  g_assert_true (offered (lessor, "How long can Red Sea detours keep lifting Skovgaard's "
                                  "profit?"));
}

/* "…but steel and welder shortage squeeze margins", whose first run
 * asked nothing. */
static void
test_worker_shortage (void)
{
  g_autoptr(GPtrArray) yard = first_round ("shipbuilder-orders.md");

  g_assert_true (offered (yard, "Can Daesan find enough welders?"));
}

/* "Japan's Kanemori lifts dividend, unveils record buyback as activist
 * Redfern turns up heat", where the fund has put proposals to the
 * annual meeting and the first run asked nothing. */
static void
test_activist_proposals (void)
{
  g_autoptr(GPtrArray) kanemori = first_round ("trading-house-buyback.md");

  g_assert_true (offered (kanemori, "Will Redfern's proposals win support at Kanemori's annual "
                                    "meeting?"));
}

/* "Kvarnholm truck orders slump in Europe, surge in North America",
 * whose first run asked nothing. */
static void
test_split_markets (void)
{
  g_autoptr(GPtrArray) trucks = first_round ("truck-orders.md");

  g_assert_true (offered (trucks, "Can Kvarnholm's growth in North America make up for its "
                                  "slump in Europe?"));
}

/* "Maison Castelbrun shares slide as China slump deepens and margin
 * goal is cut", whose first run asked nothing. */
static void
test_margin_goal_cut (void)
{
  g_autoptr(GPtrArray) luxury = first_round ("luxury-china-margin-cut.md");

  g_assert_true (offered (luxury, "Can Maison Castelbrun meet its lowered margin target?"));
}

/* "Andesita Copper Lowers Output Guidance, Says Chile Royalty Bill
 * Threatens $3.1 Billion Expansion", whose first run asked nothing. */
static void
test_threatened_project (void)
{
  g_autoptr(GPtrArray) copper = first_round ("copper-royalty-bill.md");

  g_assert_true (offered (copper, "Will the royalty bill derail Andesita's $3.1 billion "
                                  "expansion?"));
  /* Not "Lowers Output Guidance", a plan more than a result to meet
   * (forecast-cut). */
  assert_no_question_with (copper, "lowered", NULL);
}

/* "Cocoa jumps to five-week high as dry harmattan, Ivory Coast export
 * curbs stoke supply fears", whose first run asked nothing: curbs named
 * as a noun, among other causes. */
static void
test_export_curbs_among_causes (void)
{
  g_autoptr(GPtrArray) cocoa = first_round ("sparse/cocoa-export-curbs.md");

  g_assert_true (offered (cocoa, "How long could Ivory Coast's export curbs keep cocoa prices "
                                 "high?"));
}

/* "Vietnam robusta crop to shrink 11% on drought and durian shift, top
 * exporter says; futures jump", whose first run asked nothing. */
static void
test_smaller_crop (void)
{
  g_autoptr(GPtrArray) robusta = first_round ("sparse/robusta-crop-shortfall.md");

  g_assert_true (offered (robusta, "How long could Vietnam's smaller crop keep robusta prices "
                                   "high?"));
}

/* "…confirmed that its lenders were reviewing the company's credit
 * facilities", whose first run asked nothing. */
static void
test_credit_under_review (void)
{
  g_autoptr(GPtrArray) cocoa = first_round ("cocoa-merchant-writedown.md");

  g_assert_true (offered (cocoa, "Will Aldercrest's lenders keep its credit lines open?"));
}

/* "…priced its initial public offering at the top of the indicated
 * range": a listing priced, not yet trading, whose first run asked
 * nothing. */
static void
test_priced_listing (void)
{
  g_autoptr(GPtrArray) ipo = first_round ("petrochemical-ipo.md");

  g_assert_true (offered (ipo, "What are the risks for investors buying Rimal shares after its "
                               "debut?"));
}

/* "Thornbury and Halbrook Scrap £2.3 Billion Housebuilder Merger After
 * CMA Review", whose first run asked nothing. */
static void
test_scrapped_merger (void)
{
  g_autoptr(GPtrArray) homes = first_round ("housebuilder-merger-off.md");

  g_assert_true (offered (homes, "How will Thornbury fare without its merger with Halbrook?"));
}

/* "Brazil's Açúcar Paulista to divert more cane to ethanol as sugar
 * prices slump", whose first run asked nothing. */
static void
test_diverted_crop (void)
{
  g_autoptr(GPtrArray) sugar = first_round ("sugar-ethanol-switch.md");

  g_assert_true (offered (sugar, "How long will Açúcar Paulista keep diverting cane to ethanol?"));
}

/* "Court quashes approval of Corvane's C$4.2 billion Kestrel Ridge
 * pipeline expansion over consultation", whose first run asked nothing. */
static void
test_quashed_approval (void)
{
  g_autoptr(GPtrArray) pipeline = first_round ("pipeline-ruling.md");

  g_assert_true (offered (pipeline, "Can Corvane win back approval for its Kestrel Ridge pipeline "
                                    "expansion?"));
}

/* "Rheinwald's software unit loss widens to 1.4 billion euros as
 * platform delay pushes back EV launches", whose first run asked
 * nothing. */
static void
test_unit_loss_widens (void)
{
  g_autoptr(GPtrArray) carmaker = first_round ("carmaker-software-loss.md");

  g_assert_true (offered (carmaker, "When will Rheinwald's software unit stop losing money?"));
}

/* "…leaving the future of the 5 billion-pound ($6.6 billion) project in
 * doubt", whose first run asked nothing. */
static void
test_project_in_doubt (void)
{
  g_autoptr(GPtrArray) wind = first_round ("offshore-wind-auction.md");

  g_assert_true (offered (wind, "Can Solvane keep its Farne Deep project alive?"));
}

/* "Brand licensing firm wins Quillon & Marsh name in bankruptcy auction
 * bidding war", whose first run asked nothing. */
static void
test_name_bought_at_auction (void)
{
  g_autoptr(GPtrArray) brand = first_round ("brand-bankruptcy-auction.md");

  g_assert_true (offered (brand, "What will Bellweather do with the Quillon & Marsh name?"));
}

/* "UK streamer Vireo misses subscriber forecasts as price rise lifts
 * churn", whose first run asked nothing. */
static void
test_price_rise_churn (void)
{
  g_autoptr(GPtrArray) streamer = first_round ("streamer-churn.md");

  g_assert_true (offered (streamer, "Will Vireo's price rise keep costing it subscribers?"));
}

/* Headlines cut short or with a word dropped, as an editor's draft may
 * have them: what the readings above take from them must still be
 * whole. */
static void
test_cut_headlines (void)
{
  g_autofree char *pipeline_text = NULL;
  g_autofree char *sugar_text = NULL;
  Article pipeline = read_article ("pipeline-ruling.md", &pipeline_text);
  Article sugar = read_article ("sugar-ethanol-switch.md", &sugar_text);
  g_autoptr(GPtrArray) cut = all_questions ("Court quashes approval of Corvane's C$4.2 billion "
                                            "Kestrel", pipeline.body);
  g_autoptr(GPtrArray) run_on = all_questions ("Brazil's Açúcar Paulista to divert more cane to "
                                               "ethanol sugar prices slump", sugar.body);

  assert_no_question_with (cut, "its Kestrel?", NULL);
  assert_no_question_with (run_on, "ethanol sugar", NULL);
}

/* "The question is whether Coral Basin can hold the line on costs from
 * here", "She declined to say whether Karpacki would seek another
 * buyer": what the story itself leaves open about a name it tells of,
 * asked as it is written; lng-stake's first run asked nothing. Not where
 * the clause points back ("whether Solvane can fund that on its own"). */
static void
test_open_question (void)
{
  g_autoptr(GPtrArray) lng = first_round ("lng-stake.md");
  g_autoptr(GPtrArray) jets = first_round ("jet-fleet-overhaul.md");
  g_autoptr(GPtrArray) bank = first_round ("bank-merger-blocked.md");
  g_autoptr(GPtrArray) steel = first_round ("steelmaker-state-lifeline.md");
  g_autoptr(GPtrArray) pill = first_round ("heart-pill-rejected.md");
  g_autoptr(GPtrArray) founder = first_round ("founder-steps-down.md");
  g_autoptr(GPtrArray) pilots = first_round ("airline-pilots-strike-ballot.md");
  g_autoptr(GPtrArray) trial = first_round ("lung-cancer-data.md");
  g_autoptr(GPtrArray) luxury = first_round ("luxury-ceo-change.md");
  g_autoptr(GPtrArray) stake = sure_round ("state-bank-stake-sale.md");
  g_autoptr(GPtrArray) crown = first_round ("currency-intervention.md");
  g_autoptr(GPtrArray) bonds = first_round ("sovereign-bond-costs.md");
  g_autoptr(GPtrArray) savings = article_questions ("savings-bank-capital-hole.md");
  g_autoptr(GPtrArray) pumps = first_round ("pump-maker-buyout.md");

  /* "He estimated that Halden would need to lift EBITDA to well over 350
   * million euros by the time it sells the company to achieve its target
   * returns": the question ends before when. */
  g_assert_true (offered (pumps, "Can Halden lift EBITDA to well over 350 million euros?"));
  /* Not "… from here?", which ends on a stop word. */
  g_assert_true (offered (lng, "Can Coral Basin hold the line on costs?"));
  g_assert_true (offered (jets, "Can Halden actually deliver on time?"));
  g_assert_true (offered (bank, "Will Karpacki seek another buyer?"));
  g_assert_true (offered (steel, "Does Keldmark have a credible plan to switch to electric arc "
                                 "furnaces?"));
  /* "declined to comment on whether Orrindale had held talks…": "had"
   * before a participle asks "Has"; "has" before a noun, "Does … have". */
  g_assert_true (offered (trial, "Has Orrindale held talks with potential partners or "
                                 "acquirers?"));
  /* "Investors will also be watching whether Aubertin keeps creative
   * director Matteo Sala": what they watch for, in the future tense. */
  g_assert_true (offered (luxury, "Will Aubertin keep creative director Matteo Sala?"));
  /* "we lose any say over whether Caradine keeps branches open in towns
   * that other banks abandoned long ago": a "that" which tells which
   * towns, and a "long ago" that goes with the "ago" a question may not
   * end on. The first run asked nothing. */
  g_assert_nonnull (stake);
  g_assert_true (offered (stake, "Will Caradine keep branches open in towns that other banks "
                                 "abandoned?"));
  /* "Mardahl declined to say whether the bank would raise rates at its
   * March meeting": in a story about no company, "the bank" is the
   * central bank. */
  g_assert_true (offered (crown, "Will the Bank of Norvessa raise rates at its March meeting?"));
  g_assert_true (offered (bonds, "Will the Central Bank of Veloria raise its benchmark interest "
                                 "rate?"));
  /* "Chief Executive Harold Benning said the bank remained…": the
   * story's company, Greyhaven Savings, whose name does not say bank;
   * not the Bank of Aurelia it borrowed from. */
  g_assert_true (offered (savings, "What is Elliot Marsh's view on Greyhaven?"));
  assert_no_question_with (savings, "Bank of Aurelia", NULL);
  assert_no_question_with (pill, "fund that", NULL);
  /* Not of a pronoun, "whether she will have real freedom…", nor where
   * the question would change the clause's tense ("whether Corvanta would
   * receive compensation if slots slipped"). */
  assert_no_question_with (founder, "Will she", NULL);
  assert_no_question_with (pilots, "slipped", NULL);
}

/* "She said Redgate would need to produce two consecutive clean water
 * tests", "We think Westrane will have to choose between its payout and
 * its capex plan": what someone else says a company must do, asked. */
static void
test_what_it_must_do (void)
{
  g_autoptr(GPtrArray) pork = first_round ("pork-plant-outbreak.md");
  g_autoptr(GPtrArray) utility = first_round ("utility-tariff-rejected.md");
  g_autoptr(GPtrArray) spin_off = first_round ("mining-spin-off.md");

  g_assert_true (offered (pork, "Can Redgate produce two consecutive clean water tests?"));
  g_assert_true (offered (utility, "Will Westrane have to choose between its payout and its capex "
                                   "plan?"));
  /* "… would need to fund a refinery that is running over budget": not
   * where a clause points back. */
  assert_no_question_with (spin_off, "that is running", NULL);
}

/* "I would expect Halvard Street to go to a proxy fight at the June
 * meeting", "he expected Beijing to lift the ban…": what someone expects
 * of a name, asked. Not an expectation that did not come ("had expected
 * Kestrel to draw on its net cash position"), nor one with a second
 * subject ("investors expect Tirrenico to raise its bid or a rival to
 * emerge"). */
static void
test_expected_of (void)
{
  g_autoptr(GPtrArray) activist = first_round ("activist-demands.md");
  g_autoptr(GPtrArray) ban = first_round ("export-ban.md");
  g_autoptr(GPtrArray) bid = first_round ("bank-hostile-bid.md");
  g_autoptr(GPtrArray) dividend = first_round ("container-line-dividend-cut.md");

  g_assert_true (offered (activist, "Will Halvard Street go to a proxy fight at the June "
                                    "meeting?"));
  g_assert_true (offered (ban, "Will Beijing lift the ban before the end of the second "
                               "quarter?"));
  assert_no_question_with (bid, "emerge", NULL);
  assert_no_question_with (dividend, "net cash position", NULL);
}

/* "Chile's Minera Altiplano seals lithium pact with state; output to
 * rise, royalties climb", whose first run asked nothing. */
static void
test_gain_against_cost (void)
{
  g_autoptr(GPtrArray) lithium = first_round ("lithium-pact.md");

  g_assert_true (offered (lithium, "Will Minera Altiplano's higher output make up for its higher "
                                   "royalties?"));
}

/* "He said the company's target of selling 1.2 million fully electric
 * vehicles a year globally by 2030 was "under review"" (battery-venture-
 * exit, whose first run asked nothing), "it was reviewing its production
 * guidance": what the company says it has yet to decide. Not a rating
 * an analyst put under review, nor a drug a regulator reviews. */
static void
test_held_under_review (void)
{
  g_autoptr(GPtrArray) venture = first_round ("battery-venture-exit.md");
  g_autoptr(GPtrArray) barges = first_round ("rhine-low-water.md");
  g_autoptr(GPtrArray) toys = first_round ("toy-maker-tariffs.md");
  g_autoptr(GPtrArray) copper = first_round ("copper-mine-flooding-high.md");
  g_autoptr(GPtrArray) salmon = first_round ("sparse/salmon-tax.md");
  g_autoptr(GPtrArray) shipping = first_round ("box-rate-war.md");
  g_autoptr(GPtrArray) coats = first_round ("mild-winter-warning.md");
  g_autoptr(GPtrArray) iron = first_round ("tailings-dam-collapse.md");
  g_autoptr(GPtrArray) salmon_policy = first_round ("salmon-tax-warning.md");
  g_autoptr(GPtrArray) salmon_all = article_questions ("salmon-tax-warning.md");
  g_autoptr(GPtrArray) poultry = first_round ("poultry-plant-exports-halted.md");
  g_autoptr(GPtrArray) review = article_questions ("cfo-accounting-review.md");
  g_autoptr(GPtrArray) drug = article_questions ("alzheimer-panel-rejects.md");
  g_autoptr(GPtrArray) licence = first_round ("toy-licence-lost.md");
  g_autoptr(GPtrArray) hurricane = first_round ("hurricane-insurer-loss.md");
  g_autoptr(GPtrArray) oil = article_questions ("oil-field-writedown.md");

  g_assert_true (offered (venture, "Will Tsurugi keep its target of selling 1.2 million fully "
                                   "electric vehicles a year globally by 2030?"));
  g_assert_true (offered (barges, "Will Vossberg keep its full-year operating profit target of 95 "
                                  "million euros?"));
  g_assert_true (offered (toys, "Will Brightwillow keep its dividend policy?"));
  /* "Verity said it was reviewing its production guidance of 1.05
   * million to 1.1 million tonnes of copper this year, of which…". */
  g_assert_true (offered (copper, "Will Verity keep its production guidance of 1.05 million to "
                                  "1.1 million tonnes of copper this year?"));
  /* "…said it would also reconsider its dividend policy when it
   * reports…" (salmon-tax, whose first run asked nothing). */
  g_assert_true (offered (salmon, "Will Vestfjord keep its dividend policy?"));
  /* "…said it would review its payout policy at its full-year results
   * in February" (box-rate-war, whose first run asked only of the price
   * war). */
  g_assert_true (offered (shipping, "Will Orient Meridian keep its payout policy?"));
  /* "The company said it would revisit its full-year guidance, which
   * calls for…". */
  g_assert_true (offered (poultry, "Will Brannock keep its full-year guidance?"));
  /* "the board would review the final dividend when it reports
   * full-year results in June", "would review its final dividend, due
   * to be declared on April 9": a dividend in doubt, asked as of one
   * elsewhere. "would maintain its quarterly dividend…, but that the
   * board would review the policy": the dividend policy, not "its
   * policy". */
  g_assert_true (offered (coats, "Will Pellman have to cut its final dividend?"));
  g_assert_true (offered (iron, "Will Korvath have to cut its final dividend?"));
  g_assert_true (offered (salmon_policy, "Will Fjordlaks keep its dividend policy?"));
  assert_no_question_with (salmon_all, "its policy", NULL);
  /* "…the company's dividend policy would be reviewed by the board";
   * "…would halt the remaining 250 million marks of its buyback and
   * review its dividend when it reports…". Not "the pace of repurchases
   * would be reviewed". */
  g_assert_true (offered (licence, "Will Tollworth keep its dividend policy?"));
  g_assert_true (offered (hurricane, "Will Harbourline have to cut its dividend?"));
  assert_no_question_with (oil, "keep its", "keep their", NULL);
  assert_no_question_with (review, "keep its", "keep their", NULL);
  assert_no_question_with (drug, "keep its", "keep their", NULL);
}

/* "Helioray said it would also consider challenging the measures before
 * the bloc's trade court once the final ruling is issued" (solar-panel-
 * duties), "…Vardhan would consider selling minority stakes in two of its
 * mature Indian terminals to bring leverage back down" (port-concession),
 * both of whose first runs asked nothing: what a company says it may do.
 * Not what a regulator may require of it, nor what a judge will
 * consider, nor a move that hangs on a condition ("would consider cutting
 * output… if it could not secure concentrate"). */
static void
test_considered_move (void)
{
  g_autoptr(GPtrArray) duties = first_round ("solar-panel-duties.md");
  g_autoptr(GPtrArray) port = first_round ("port-concession.md");
  g_autoptr(GPtrArray) fine = article_questions ("ad-tech-dominance-fine.md");
  g_autoptr(GPtrArray) stores = article_questions ("retailer-bankruptcy-stores.md");
  g_autoptr(GPtrArray) smelter = article_questions ("copper-fee-deadlock.md");

  g_assert_true (offered (duties, "Will Helioray challenge the measures before the bloc's trade "
                                  "court?"));
  g_assert_true (offered (port, "Will Vardhan Ports sell minority stakes in two of its mature "
                                "Indian terminals?"));
  assert_no_question_with (fine, "require", NULL);
  assert_no_question_with (stores, "approve", NULL);
  assert_no_question_with (smelter, "cut output", NULL);
}

/* "…said it would next review its price in early April, and that it was
 * also considering offering farmers a fixed-price contract for a portion
 * of their milk…" (milk-price-cut, where the cooperative is not read as
 * a name): the second thing the company says, and the move without what
 * it is for, whose "their" points back. */
static void
test_considered_move_said_second (void)
{
  const Article milk = {
    "milk", "Brannock Dairy cuts milk price for second time in three months",
    "LONDON, Jan 12 (NextFin) - Brannock Dairy said on Monday it would cut the price it pays "
    "member farmers by 2 pence a litre from February, its second cut in three months, blaming "
    "weak export prices for butter and milk powder.\n\nThe cut will reduce payments to "
    "Brannock's 3,000 supplying farms by about 60 million pounds a year. Brannock is the "
    "country's biggest milk processor.\n\nFarmers' groups said the cut would push many "
    "producers into losses. \"Feed and fuel costs have not come down,\" said Ellen Marsh of the "
    "Dairy Farmers' Union.\n\nBrannock said it would next review its price in early April, and "
    "that it was also considering offering farmers a fixed-price contract for a portion of "
    "their milk to provide greater certainty.\n",
    NULL
  };
  g_autoptr(GPtrArray) dairy = first_round_of (&milk);

  g_assert_true (offered (dairy, "Will Brannock offer farmers a fixed-price contract?"));
}

/* "ASIC said it was continuing to investigate hardship practices at
 * several other lenders and expected to announce further action later
 * this year" (bank-hardship-penalty, whose first run asked nothing):
 * whether the authority acts against the others too. Not where what it
 * looks into is only the company's own. */
static void
test_others_investigated (void)
{
  g_autoptr(GPtrArray) hardship = first_round ("bank-hardship-penalty.md");
  const Article own = {
    "own", "Harlow Bank fined over card fees",
    "LONDON, Jan 12 (NextFin) - Harlow Bank was fined 40 million pounds on Monday by the "
    "Kestrian Conduct Authority for charging card fees to customers who had closed their "
    "accounts.\n\nKestrian Conduct Authority said it was continuing to investigate fee "
    "practices at the bank's card unit and expected to announce further action later this "
    "year. Harlow Bank said it would not appeal.\n\nHarlow Bank shares fell 2%.\n",
    NULL
  };
  g_autoptr(GPtrArray) fees = all_questions (own.headline, own.body);

  g_assert_true (offered (hardship, "Will ASIC take action against other lenders over hardship "
                                    "practices?"));
  assert_no_question_with (fees, "take action", NULL);
}

/* The headline and opening of the inline Harwick Foods stories: a
 * company the analysis reads as one, to which each story adds the
 * sentence it tests. */
#define HARWICK_FOODS_HEADLINE \
  "Harwick Foods to cut 600 jobs, close two plants as frozen sales slide"
#define HARWICK_FOODS_OPENING \
  "Harwick Foods said on Monday it would cut about 600 jobs and close two of its seven " \
  "plants after sales of its frozen meals fell for a third straight quarter.\n\n"

/* "…after the company said it would postpone a planned 1.1 billion crown
 * land-based smolt facility in Troms county" (sparse/salmon-tax), "…a
 * planned 600 billion peso share buyback" (hydro-drought-forecast),
 * "defer about 300 million mirals of planned spending on a cogeneration
 * plant at Marrisford" (drought-cane-crop): whether the company goes
 * ahead with it. Not "pause a planned expansion of manufacturing
 * capacity" (heart-pill-rejected), nor planned spending "on a new
 * plant", which say not which. */
static void
test_postponed_project (void)
{
  static const Article unnamed = {
    "unnamed-plant",
    HARWICK_FOODS_HEADLINE,
    HARWICK_FOODS_OPENING
    "Harwick Foods said it would defer about 30 million pounds of planned spending on a new "
    "plant."
  };
  g_autoptr(GPtrArray) salmon = first_round ("sparse/salmon-tax.md");
  g_autoptr(GPtrArray) hydro = sure_round ("hydro-drought-forecast.md");
  g_autoptr(GPtrArray) cane = sure_round ("drought-cane-crop.md");
  g_autoptr(GPtrArray) pill = article_questions ("heart-pill-rejected.md");
  g_autoptr(GPtrArray) plant = all_questions (unnamed.headline, unnamed.body);

  g_assert_true (offered (salmon, "Will Vestfjord go ahead with its planned 1.1 billion crown "
                                  "land-based smolt facility in Troms?"));
  g_assert_nonnull (hydro);
  g_assert_nonnull (cane);
  g_assert_true (offered (hydro, "Will Hidroandes go ahead with its planned 600 billion peso "
                                 "share buyback?"));
  g_assert_true (offered (cane, "Will Sabrel go ahead with its cogeneration plant at "
                                "Marrisford?"));
  assert_no_question_with (pill, "go ahead", NULL);
  assert_no_question_with (plant, "go ahead", NULL);
}

/* "…the company, which is seeking regulatory approval for a 1.8 billion
 * thaler expansion of Ushari that would lift output by about 40% by
 * 2029" (cfo-accounting-review): whether it wins the approval, for the
 * project the story names, without what it would do. Not for a project
 * the story names by nothing but what it is ("a new mine"). */
static void
test_sought_approval (void)
{
  g_autoptr(GPtrArray) review = first_round ("cfo-accounting-review.md");
  const Article mine = {
    "mine", "Tarsa Gold output falls 9%",
    "PERTH, Jan 12 (NextFin) - Tarsa Gold said on Monday its quarterly output fell 9% after "
    "heavy rain flooded its main pit, and it cut its full-year forecast.\n\nTarsa Gold, which "
    "is seeking regulatory approval for a new mine, said the pit was back at full rates. Its "
    "shares fell 6%.\n\nTarsa Gold produced 118,000 ounces in the quarter.\n",
    NULL
  };
  g_autoptr(GPtrArray) gold = all_questions (mine.headline, mine.body);

  g_assert_true (offered (review, "Will Gallowmere win regulatory approval for its 1.8 billion "
                                  "thaler expansion of Ushari?"));
  assert_no_question_with (gold, "approval for", NULL);
}

/* "…warned that the greater risk lay in the renewal of Corvale's
 * operating concession, which expires in 2028…" (rail-delays-fine):
 * whether what the story counts a risk to the company is renewed. Not a
 * renewal told as news, with no risk weighed. */
static void
test_renewal_risk (void)
{
  g_autoptr(GPtrArray) rail = first_round ("rail-delays-fine.md");
  const Article talks = {
    "talks", "Tarsa Transit profit rises 8% as commuters return",
    "LONDON, Jan 12 (NextFin) - Tarsa Transit said on Monday its first-half profit rose 8% to "
    "41 million pounds as more commuters returned to its buses and trams.\n\nTarsa Transit said "
    "talks on the renewal of Tarsa Transit's city bus contract, which runs to 2027, began on "
    "Monday.\n\nTarsa Transit shares rose 2% in London. The company runs about 2,000 buses in "
    "14 cities and employs 9,000 people.\n",
    NULL
  };
  g_autoptr(GPtrArray) buses = all_questions (talks.headline, talks.body);

  g_assert_true (offered (rail, "Will Corvale's operating concession be renewed?"));
  assert_no_question_with (buses, "renewed", NULL);
}

/* "Whitcombe Harrow gates 2.9 billion aldor property fund…", where "at
 * least three comparable funds had cash buffers below 10%"
 * (property-fund-gated), "Germany's Rheinfeld freezes 2.4 billion euro
 * bond fund…", with "concerns that the freeze could prompt retail
 * investors to pull money from similar funds" (bond-fund-freeze):
 * whether more funds of the kind suspend dealing. Not where the story
 * weighs no other fund. */
static void
test_more_funds_gated (void)
{
  g_autoptr(GPtrArray) property = first_round ("property-fund-gated.md");
  g_autoptr(GPtrArray) bond = first_round ("bond-fund-freeze.md");
  const Article alone = {
    "alone", "Harlow Capital gates 400 million pound property fund",
    "LONDON, Jan 12 (NextFin) - Harlow Capital suspended dealing in its 400 million pound "
    "property fund on Monday after a large pension client asked for its money back.\n\nThe fund "
    "will reopen once it has sold two office buildings, Harlow Capital said. Its shares fell "
    "4%.\n\nHarlow Capital manages about 9 billion pounds.\n",
    NULL
  };
  g_autoptr(GPtrArray) harlow = all_questions (alone.headline, alone.body);

  g_assert_true (offered (property, "Will more property funds suspend dealing?"));
  g_assert_true (offered (bond, "Will more bond funds suspend dealing?"));
  assert_no_question_with (harlow, "more property funds", NULL);
}

/* "Estmark imposed provisional anti-dumping duties of up to 31.4%…"
 * (solar-duties-estmark), "Trade authorities in the Arvent Economic Union
 * on Tuesday imposed provisional anti-dumping duties…"
 * (solar-panel-duties): whether they are made definitive, asked of
 * whoever imposed them, not of Helioray, whom they hit. */
static void
test_definitive_duties (void)
{
  g_autoptr(GPtrArray) estmark = first_round ("solar-duties-estmark.md");
  g_autoptr(GPtrArray) arvent = first_round ("solar-panel-duties.md");
  g_autoptr(GPtrArray) helioray = article_questions ("solar-panel-duties.md");

  g_assert_true (offered (estmark, "Will Estmark make its provisional anti-dumping duties "
                                   "definitive?"));
  g_assert_true (offered (arvent, "Will the Arvent Economic Union make its provisional "
                                  "anti-dumping duties definitive?"));
  assert_no_question_with (helioray, "Will Helioray make", NULL);
}

/* "Osterna said it would provide an update on the extent of the damage
 * and a restart timetable on Monday" (refinery-fire-diesel), "We are
 * working with authorities… and will provide an update on the expected
 * restart timeline…" (nickel-landslide): when the company restarts the
 * works its lead says stopped, named as the lead names them. Not where
 * an analyst doubts a timetable. */
static void
test_restart_timeline (void)
{
  g_autoptr(GPtrArray) refinery = first_round ("refinery-fire-diesel.md");
  g_autoptr(GPtrArray) nickel = first_round ("nickel-landslide.md");
  g_autoptr(GPtrArray) copper = first_round ("copper-force-majeure.md");
  g_autoptr(GPtrArray) collapse = article_questions ("mine-collapse.md");
  g_autoptr(GPtrArray) flooding = article_questions ("copper-mine-flooding-high.md");
  const Article optimistic = {
    "optimistic", "Fire shuts Harlow Oil refinery",
    "LONDON, Jan 12 (NextFin) - A fire at Harlow Oil's refinery in Port Dune forced the "
    "shutdown of most of the plant on Thursday, pushing diesel prices to a six-month high.\n\n"
    "Analysts said Harlow Oil's restart timetable looked optimistic. Harlow Oil shares fell "
    "4%.\n\nHarlow Oil runs two refineries.\n",
    NULL
  };
  g_autoptr(GPtrArray) doubted = all_questions (optimistic.headline, optimistic.body);

  g_assert_true (offered (refinery, "When will Osterna restart its refinery in Port Calder?"));
  g_assert_true (offered (nickel, "When will Sinar Bumi restart its processing complex?"));
  g_assert_true (offered (copper, "When will Andina Cobre restart its mine?"));
  assert_no_question_with (doubted, "restart its", NULL);
  /* An analyst's doubt of a timetable ("…the restart timetable looks
   * optimistic", "…once there is more clarity on the restart
   * timetable"), not the company's promise of one. */
  assert_no_question_with (collapse, "restart its", NULL);
  assert_no_question_with (flooding, "restart its", NULL);
}

/* "The company has asked for an injunction preventing generic launches
 * while the appeal is heard…" (patent-revoked), "…had applied to a
 * Jakarta court for an injunction to delay payment under the bond"
 * (engineering-arbitration): whether the company wins it, without how
 * long it would last. Asked of the company that seeks it, not of the
 * one it would stop. */
static void
test_injunction (void)
{
  g_autoptr(GPtrArray) patent = first_round ("patent-revoked.md");
  g_autoptr(GPtrArray) voided = first_round ("blood-thinner-patent-voided.md");
  g_autoptr(GPtrArray) bond = first_round ("engineering-arbitration.md");
  const Article rival = {
    "rival", "Harlow Pharma launches cheaper arthritis drug",
    "LONDON, Jan 12 (NextFin) - Harlow Pharma on Monday launched a cheaper version of an "
    "arthritis drug whose patent was revoked last month, and said sales would start in "
    "March.\n\nHarlow Pharma expects the drug to add 40 million pounds to its sales this "
    "year. Its shares rose 5%.\n\nRival Corvell Biologics, which sells the original drug, said "
    "on Tuesday it had asked for an injunction blocking Harlow Pharma's launch until its "
    "appeal is heard.\n",
    NULL
  };
  g_autoptr(GPtrArray) harlow = all_questions (rival.headline, rival.body);

  g_assert_true (offered (patent, "Will Quillon win an injunction preventing generic launches?"));
  g_assert_true (offered (voided, "Will Sorvell win an injunction barring generic launches?"));
  g_assert_true (offered (bond, "Will Hanseong win an injunction to delay payment under the "
                                "bond?"));
  assert_no_question_with (harlow, "Will Harlow Pharma win", NULL);
}

/* "Analysts were divided on whether the offer was rich enough to deter a
 * counterbid" (coal-lithium-bid), "…a counterbid from an industrial
 * rival could not be ruled out" (engineer-buyout-approach): whether
 * another bidder comes for the company bid for, where the story weighs
 * one. Not "We would have been surprised to see a competing bid at this
 * level" (rare-disease-takeover); and where the lead reports a rival
 * already, the question is whether it tops the offer. */
static void
test_rival_weighed (void)
{
  g_autoptr(GPtrArray) coal = first_round ("coal-lithium-bid.md");
  g_autoptr(GPtrArray) engineer = first_round ("engineer-buyout-approach.md");
  g_autoptr(GPtrArray) tolls = first_round ("toll-road-bid.md");
  g_autoptr(GPtrArray) coatings = first_round ("coatings-acquisition.md");
  g_autoptr(GPtrArray) surprised = article_questions ("rare-disease-takeover.md");
  g_autoptr(GPtrArray) suitor = first_round ("takeover-rival-suitor.md");

  g_assert_true (offered (coal, "Could a rival bidder emerge for Mulgara?"));
  g_assert_true (offered (engineer, "Could a rival bidder emerge for Wexley Brandt?"));
  g_assert_true (offered (tolls, "Could a rival bidder emerge for Meridian?"));
  g_assert_true (offered (coatings, "Could a rival bidder emerge for Tamsworth?"));
  assert_no_question_with (surprised, "rival bidder", NULL);
  g_assert_true (offered (suitor, "Could a rival bidder top Vellmont's offer for Tollmere?"));
  assert_no_question_with (suitor, "emerge for Tollmere", NULL);
}

/* "Some analysts said the failure could… even make Oberlinn itself a
 * target" (drug-trial-goal-missed), "Some investors have speculated that
 * the drugmaker could become a takeover target…" (obesity-trial), "…has
 * at times been mentioned by analysts as a potential target or
 * acquirer" (gold-output-beat): whether the company the story leads on
 * draws a bid. Not where the sentence names another company that might. */
static void
test_takeover_target (void)
{
  g_autoptr(GPtrArray) trial = first_round ("drug-trial-goal-missed.md");
  g_autoptr(GPtrArray) obesity = first_round ("obesity-trial.md");
  g_autoptr(GPtrArray) gold = first_round ("gold-output-beat.md");
  const Article rival = {
    "rival", CORVELL_PHARMA_HEADLINE,
    CORVELL_PHARMA_OPENING
    "Analysts said rival drugmaker Tarsa Biologics Plc could now become a takeover target "
    "after its own arthritis drug failed in a trial last month.\n",
    NULL
  };
  g_autoptr(GPtrArray) corvell = all_questions (rival.headline, rival.body);

  assert_no_question_with (corvell, "Could Corvell", NULL);
  g_assert_true (offered (trial, "Could Oberlinn become a takeover target?"));
  g_assert_true (offered (obesity, "Could Halvern become a takeover target?"));
  g_assert_true (offered (gold, "Could Murchison Ridge become a takeover target?"));
}

/* "The group has appointed an independent accounting firm to review the
 * transactions flagged by Greyfin…" (short-seller-bond, whose first run
 * asked nothing), "…the board had also commissioned an independent review
 * of the project's cost controls and governance…" (ceo-quits-cost-
 * blowout): what the review the company has ordered will find. Not of
 * "every line in areas designated as high fire risk" (wildfire-charge),
 * which no "the" makes a thing the question can name, nor of a review
 * another company the sentence names has ordered. */
static void
test_independent_review (void)
{
  g_autoptr(GPtrArray) bond = first_round ("short-seller-bond.md");
  g_autoptr(GPtrArray) blowout = first_round ("ceo-quits-cost-blowout.md");
  g_autoptr(GPtrArray) wildfire = article_questions ("wildfire-charge.md");
  const Article partner = {
    "partner", CORVELL_PHARMA_HEADLINE,
    CORVELL_PHARMA_OPENING
    "Its partner, drugmaker Tarsa Biologics Plc, has hired an outside accounting firm to "
    "review the trial's payments to clinics, with findings due in March.\n",
    NULL
  };
  g_autoptr(GPtrArray) corvell = all_questions (partner.headline, partner.body);

  assert_no_question_with (wildfire, "independent review", NULL);
  assert_no_question_with (corvell, "independent review", NULL);
  g_assert_true (offered (bond, "What will Trivikram's independent review of the transactions "
                                "flagged by Greyfin find?"));
  g_assert_true (offered (blowout, "What will Ironvale's independent review of the project's "
                                   "cost controls and governance find?"));
}

/* "Halvern is also running a separate trial in patients at low surgical
 * risk…, with results expected in the second half of next year"
 * (heart-valve-approval), "A second Phase 3 trial, in patients with
 * type 2 diabetes, is due to report results in the fourth quarter"
 * (obesity-trial): what the trial will show. Not of a trial whose
 * results are out, one that says not in which patients, nor a rival's. */
static void
test_trial_readout (void)
{
  g_autoptr(GPtrArray) valve = first_round ("heart-valve-approval.md");
  g_autoptr(GPtrArray) pill = first_round ("obesity-trial.md");
  const Article reported = {
    "reported", CORVELL_PHARMA_HEADLINE,
    CORVELL_PHARMA_OPENING
    "Corvell Pharma also ran a second trial in patients with psoriasis, whose results were "
    "published in March.\n",
    NULL
  };
  const Article unsaid = {
    "unsaid", CORVELL_PHARMA_HEADLINE,
    CORVELL_PHARMA_OPENING
    "Corvell Pharma is also running a second Phase 3 trial at 40 hospitals, with results "
    "expected in the second half of next year.\n",
    NULL
  };
  const Article rival = {
    "rival", CORVELL_PHARMA_HEADLINE,
    CORVELL_PHARMA_OPENING
    "Its rival, drugmaker Tarsa Biologics Plc, is running a trial in patients with arthritis "
    "of its own drug, with results expected in the second half of next year.\n",
    NULL
  };
  g_autoptr(GPtrArray) out = all_questions (reported.headline, reported.body);
  g_autoptr(GPtrArray) vague = all_questions (unsaid.headline, unsaid.body);
  g_autoptr(GPtrArray) other = all_questions (rival.headline, rival.body);

  g_assert_true (offered (valve, "What will Halvern's trial in patients at low surgical risk "
                                 "show?"));
  g_assert_true (offered (pill, "What will Halvern's second Phase 3 trial in patients with "
                                "type 2 diabetes show?"));
  assert_no_question_with (out, "show?", NULL);
  assert_no_question_with (vague, "show?", NULL);
  assert_no_question_with (other, "show?", NULL);
}

/* "EU opens antitrust probe into Swedish payments group Klarvik…",
 * whose "plans for a U.S. listing remained on track" (bnpl-probe), and
 * "…Regulator Opens Probe Into Heart Pump Failures", where Veridane was
 * "preparing to seek approval for a… pump called CardiaFlow Mini"
 * (device-safety-probe): whether the probe holds that up. Not without a
 * probe, of a rival's listing, nor of a product the company will launch
 * without approval to seek. */
static void
test_probe_delay (void)
{
  g_autoptr(GPtrArray) payments = first_round ("bnpl-probe.md");
  g_autoptr(GPtrArray) pump = first_round ("device-safety-probe.md");
  const Article unprobed = {
    "unprobed", "Corvell Pay profit rises as checkout volumes grow",
    "LONDON, Jan 12 (NextFin) - Corvell Pay reported a 20% rise in first-half profit on "
    "Monday as shoppers paid for more goods through its checkout service.\n\n"
    "Corvell Pay said its plans for a U.S. listing remained on track for the first half of "
    "next year.\n\n"
    "Corvell Pay processes payments for about 40,000 merchants.\n",
    NULL
  };
  const Article rival = {
    "rival", "EU opens probe into payments group Corvell Pay over checkout deals",
    "BRUSSELS, Jan 12 (NextFin) - The European Commission opened an investigation on Monday "
    "into Corvell Pay, examining whether it shut rivals out of the checkout market.\n\n"
    "Corvell Pay said it would cooperate with the Commission.\n\n"
    "Its rival, lender Tarsa Finance Plc, said its plans for a U.S. listing remained "
    "on track.\n",
    NULL
  };
  const Article launch = {
    "launch", "Regulator opens probe into Corvell Medical heart pump failures",
    "LONDON, Jan 12 (NextFin) - The Medical Devices Agency opened a probe on Monday into "
    "failures of Corvell Medical's heart pump.\n\n"
    "Corvell Medical said it would cooperate with the agency.\n\n"
    "Corvell Medical had been preparing to launch a smaller pump called CardiaFlow Mini in "
    "Asia later this year.\n",
    NULL
  };
  g_autoptr(GPtrArray) profit = all_questions (unprobed.headline, unprobed.body);
  g_autoptr(GPtrArray) other = all_questions (rival.headline, rival.body);
  g_autoptr(GPtrArray) launched = all_questions (launch.headline, launch.body);

  g_assert_true (offered (payments, "Will the probe delay Klarvik's U.S. listing?"));
  g_assert_true (offered (pump, "Will the probe delay approval of Veridane's CardiaFlow Mini?"));
  assert_no_question_with (profit, "delay", NULL);
  assert_no_question_with (other, "delay", NULL);
  assert_no_question_with (launched, "delay", NULL);
}

/* "…its unified software platform, known internally as RX.OS 3, would
 * now reach series production in the second half of 2027 rather than in
 * late 2026" (carmaker-software-loss), ""Starfall Requiem II"… would now
 * launch in the fiscal year starting April rather than in March as
 * planned" (game-sales): whether it keeps to its new date. Not of a
 * place ("its plant near Savannah, Georgia, would now begin…",
 * battery-supply), a date not put back, nor a rival's. */
static void
test_new_date (void)
{
  g_autoptr(GPtrArray) software = first_round ("carmaker-software-loss.md");
  g_autoptr(GPtrArray) game = first_round ("game-sales.md");
  g_autoptr(GPtrArray) plant = article_questions ("battery-supply.md");
  const Article kept = {
    "kept", CORVELL_PHARMA_HEADLINE,
    CORVELL_PHARMA_OPENING
    "The company said its next pill, known as CP-12, would now reach the market in 2027.\n",
    NULL
  };
  const Article rival = {
    "rival", CORVELL_PHARMA_HEADLINE,
    CORVELL_PHARMA_OPENING
    "Its rival, drugmaker Tarsa Biologics Plc, said its pill, known as TB-12, would now reach "
    "the market in 2027 rather than in 2026.\n",
    NULL
  };
  g_autoptr(GPtrArray) unmoved = all_questions (kept.headline, kept.body);
  g_autoptr(GPtrArray) other = all_questions (rival.headline, rival.body);

  g_assert_true (offered (software, "Will Rheinwald's RX.OS 3 reach series production in the "
                                    "second half of 2027?"));
  g_assert_true (offered (game, "Will Hoshizora's Starfall Requiem II launch in the fiscal "
                                "year starting April?"));
  assert_no_question_with (plant, "Georgia begin", NULL);
  assert_no_question_with (unmoved, "reach the market", NULL);
  assert_no_question_with (other, "reach the market", NULL);
}

/* "Brisa has not yet selected an engine supplier for the new jets and
 * said it would decide within six months…" (fleet-order): which one it
 * picks. Not a rival's choice, nor one the sentence says not what for. */
static void
test_unchosen (void)
{
  g_autoptr(GPtrArray) fleet = first_round ("fleet-order.md");
  const Article rival = {
    "rival", "Corvell Air orders 40 jets from Aeralis",
    "LONDON, Jan 12 (NextFin) - Corvell Air ordered 40 jets from Aeralis on Monday, the "
    "largest order in the airline's history.\n\n"
    "Corvell Air expects the first jets to arrive in 2028.\n\n"
    "Its rival, airline Tarsa Transit Plc, has not yet selected an engine supplier for its new "
    "jets.\n",
    NULL
  };
  const Article unsaid = {
    "unsaid", "Corvell Air orders 40 jets from Aeralis",
    "LONDON, Jan 12 (NextFin) - Corvell Air ordered 40 jets from Aeralis on Monday, the "
    "largest order in the airline's history.\n\n"
    "Corvell Air expects the first jets to arrive in 2028.\n\n"
    "Corvell Air has not yet selected an engine supplier in talks with Halvorsen and "
    "Aeralis.\n",
    NULL
  };
  g_autoptr(GPtrArray) other = all_questions (rival.headline, rival.body);
  g_autoptr(GPtrArray) vague = all_questions (unsaid.headline, unsaid.body);

  g_assert_true (offered (fleet, "Which engine supplier will Brisa choose for its new jets?"));
  assert_no_question_with (other, "Which engine", NULL);
  assert_no_question_with (vague, "Which engine", NULL);
}

/* "Quillon also pushed back first production from its Orrin Flats
 * underground expansion to the first quarter of next year…" (gold-mill-
 * breakdown), "…first production would be delayed by about 14 months to
 * late next year" (ceo-quits-cost-blowout), "Castellan also pushed back
 * the expected start of production by about 18 months to the second
 * half of 2028" (oil-field-writedown, whose headline names the field):
 * whether the project starts by its new date. Not of a rival's project,
 * nor of a start brought forward. */
static void
test_delayed_start (void)
{
  static const Article rival = {
    "rival-delay",
    "Harwick Mining copper output falls 12% after flooding at Kestrel pit",
    "Harwick Mining said on Monday its quarterly copper output fell 12% after flooding at its "
    "Kestrel open pit in the north of the country.\n\n"
    "Rival miner Tarsa Resources Plc also pushed back first production from its Orrin Flats "
    "expansion to the first quarter of next year."
  };
  static const Article forward = {
    "start-brought-forward",
    "Harwick Mining copper output falls 12% after flooding at Kestrel pit",
    "Harwick Mining said on Monday its quarterly copper output fell 12% after flooding at its "
    "Kestrel open pit in the north of the country.\n\n"
    "Harwick Mining also brought forward first production from its Orrin Flats expansion to "
    "the first quarter of next year."
  };
  g_autoptr(GPtrArray) gold = sure_round ("gold-mill-breakdown.md");
  g_autoptr(GPtrArray) copper = sure_round ("ceo-quits-cost-blowout.md");
  g_autoptr(GPtrArray) oil = sure_round ("oil-field-writedown.md");
  g_autoptr(GPtrArray) rivals = all_questions (rival.headline, rival.body);
  g_autoptr(GPtrArray) earlier = all_questions (forward.headline, forward.body);

  g_assert_nonnull (gold);
  g_assert_nonnull (copper);
  g_assert_nonnull (oil);
  g_assert_true (offered (gold, "Will Quillon's Orrin Flats underground expansion start "
                                "production in the first quarter of next year?"));
  g_assert_true (offered (copper, "Will Sorrel Ridge start production by late next year?"));
  g_assert_true (offered (oil, "Will Sorrel Deep start production in the second half of "
                               "2028?"));
  assert_no_question_with (rivals, "start production", NULL);
  assert_no_question_with (earlier, "start production", NULL);
}

/* "…review the sale of non-core businesses, including its wealth
 * management unit…" (savings-bank-capital-hole), "…by selling eight
 * buildings, including its flagship Lanternway Tower, over the next 18
 * months" (landlord-missed-coupon): whether the company sells the asset
 * the story names. Not of what it has sold, nor of a rival's sale. */
static void
test_included_asset (void)
{
  static const Article sold = {
    "asset-sold",
    HARWICK_FOODS_HEADLINE,
    HARWICK_FOODS_OPENING
    "Harwick Foods sold three businesses last year, including its frozen pizza unit, to "
    "cut debt."
  };
  static const Article rival = {
    "rival-asset-sale",
    HARWICK_FOODS_HEADLINE,
    HARWICK_FOODS_OPENING
    "Rival grocer Tarsa Foods Plc plans to sell three businesses, including its frozen pizza "
    "unit, to cut debt."
  };
  g_autoptr(GPtrArray) bank = sure_round ("savings-bank-capital-hole.md");
  g_autoptr(GPtrArray) landlord = sure_round ("landlord-missed-coupon.md");
  g_autoptr(GPtrArray) done = all_questions (sold.headline, sold.body);
  g_autoptr(GPtrArray) rivals = all_questions (rival.headline, rival.body);

  g_assert_nonnull (bank);
  g_assert_nonnull (landlord);
  g_assert_true (offered (bank, "Will Greyhaven sell its wealth management unit?"));
  g_assert_true (offered (landlord, "Will Corvane sell its flagship Lanternway Tower?"));
  assert_no_question_with (done, "frozen pizza", NULL);
  assert_no_question_with (rivals, "frozen pizza", NULL);
}

/* "…it expected to clear the claims backlog by mid-September"
 * (ransomware-claims), "…expected to complete about 80% of repairs
 * within 12 months" (suv-brake-line-recall): whether the company puts it
 * right by the date it gives. Not of a sale it expects to complete, nor
 * of a rival's backlog or an authority's talks. */
static void
test_repair_deadline (void)
{
  static const Article sale = {
    "sale-deadline",
    HARWICK_FOODS_HEADLINE,
    HARWICK_FOODS_OPENING
    "Harwick Foods expects to complete the sale of its pizza unit by the end of the year."
  };
  static const Article rival = {
    "rival-deadline",
    HARWICK_FOODS_HEADLINE,
    HARWICK_FOODS_OPENING
    "Rival grocer Tarsa Foods Plc expects to clear its order backlog by the end of the year."
  };
  g_autoptr(GPtrArray) port = article_questions ("port-privatisation-bid.md");
  g_autoptr(GPtrArray) claims = sure_round ("ransomware-claims.md");
  g_autoptr(GPtrArray) recall = sure_round ("suv-brake-line-recall.md");
  g_autoptr(GPtrArray) sales = all_questions (sale.headline, sale.body);
  g_autoptr(GPtrArray) rivals = all_questions (rival.headline, rival.body);

  g_assert_nonnull (claims);
  g_assert_nonnull (recall);
  g_assert_true (offered (claims, "Can Lakemont clear the claims backlog by mid-September?"));
  g_assert_true (offered (recall, "Can Thornvale complete about 80% of repairs within 12 "
                                  "months?"));
  assert_no_question_with (sales, "by the end of the year", NULL);
  assert_no_question_with (rivals, "by the end of the year", NULL);
  /* "The ports authority said it expected to complete negotiations with
   * the consortium within 90 days": the authority's, not the
   * consortium's. */
  assert_no_question_with (port, "complete negotiations", NULL);
}

/* "But it cut its target for installed capacity by 2030 to 3.2 GW from
 * 4.5 GW" (offshore-wind-auction), "…lowered its target for renewable
 * capacity by 2030 to 6 gigawatts from 9 GW" (offshore-wind-scrapped):
 * whether the company reaches even the goal it cut. Not of a goal it
 * raised, nor of a rival's; not of a figure without its unit ("to 400"). */
static void
test_lowered_goal (void)
{
  static const Article raised = {
    "raised-goal",
    HARWICK_FOODS_HEADLINE,
    HARWICK_FOODS_OPENING
    "Harwick Foods raised its target for solar capacity by 2030 to 40 megawatts from 30 "
    "megawatts."
  };
  static const Article rival = {
    "rival-lowered-goal",
    HARWICK_FOODS_HEADLINE,
    HARWICK_FOODS_OPENING
    "Rival grocer Tarsa Foods Plc cut its target for solar capacity by 2030 to 20 megawatts "
    "from 30 megawatts."
  };
  static const Article bare = {
    "bare-lowered-goal",
    HARWICK_FOODS_HEADLINE,
    HARWICK_FOODS_OPENING
    "Harwick Foods cut its target for store openings by 2030 to 400 from 500."
  };
  g_autoptr(GPtrArray) auction = sure_round ("offshore-wind-auction.md");
  g_autoptr(GPtrArray) scrapped = sure_round ("offshore-wind-scrapped.md");
  g_autoptr(GPtrArray) raises = all_questions (raised.headline, raised.body);
  g_autoptr(GPtrArray) rivals = all_questions (rival.headline, rival.body);
  g_autoptr(GPtrArray) stores = all_questions (bare.headline, bare.body);

  g_assert_nonnull (auction);
  g_assert_nonnull (scrapped);
  g_assert_true (offered (auction, "Can Solvane reach 3.2 GW of installed capacity by 2030?"));
  g_assert_true (offered (scrapped, "Can Aurelis reach 6 gigawatts of renewable capacity by "
                                    "2030?"));
  assert_no_question_with (raises, "solar capacity", NULL);
  assert_no_question_with (rivals, "solar capacity", NULL);
  assert_no_question_with (stores, "store openings", NULL);
}

/* "Talks between Japanese copper smelter Hokuyo Nonferrous Metals Corp
 * and Chilean miner Minera Cordillera Austral over mid-year processing
 * fees ended without a deal on Thursday" (copper-fee-deadlock, whose
 * first run asked nothing): whether the two sides reach the deal they
 * have not. Not where the talks ended in one. */
static void
test_stalled_talks (void)
{
  g_autoptr(GPtrArray) copper = first_round ("copper-fee-deadlock.md");
  const Article broke = {
    "broke", "Corvell Foods and Brannock Dairy fail to agree supply terms",
    "LONDON, Jan 12 (NextFin) - Talks between grocer Corvell Foods and Brannock Dairy on a "
    "five-year milk supply contract broke down on Monday, leaving Corvell's own-label milk "
    "without a supplier from April.\n\nCorvell Foods said it would buy milk on the spot market "
    "in the meantime. Brannock Dairy said it had offered Corvell Foods a fair price and would "
    "not cut it further.\n\nCorvell Foods sells about a fifth of the country's milk.\n",
    NULL
  };
  const Article settled = {
    "settled", "Corvell Foods and Brannock Dairy agree supply terms",
    "LONDON, Jan 12 (NextFin) - Talks between grocer Corvell Foods and Brannock Dairy on a "
    "five-year milk supply contract ended with a deal on Monday, securing Corvell's own-label "
    "milk from April.\n\nCorvell Foods said the price was fair. Brannock Dairy said it had "
    "offered Corvell Foods a fair price and would not cut it further.\n\nCorvell Foods sells "
    "about a fifth of the country's milk.\n",
    NULL
  };
  g_autoptr(GPtrArray) down = first_round_of (&broke);
  g_autoptr(GPtrArray) deal = all_questions (settled.headline, settled.body);

  g_assert_true (offered (copper, "Will Hokuyo and Minera Cordillera Austral reach a deal over "
                                  "mid-year processing fees?"));
  g_assert_true (offered (down, "Will Corvell Foods and Brannock Dairy reach a deal on a "
                                "five-year milk supply contract?"));
  assert_no_question_with (deal, "reach a deal", NULL);
}

/* "Lindqvist said the board would consider a higher dividend and
 * possibly a share buyback…" (gold-output-beat, whose first run asked
 * nothing), "The board will look at a special dividend…"
 * (hotel-bookings-japan), "The company is also weighing an application
 * for…": a move
 * a noun names, which the company says it may make. Not a noun that
 * names no move: "was considering a version for a new generation of
 * handheld consoles"; nor "Brennick… would consider an appeal to the
 * Competition Appeal Tribunal", against the ruling that blocks its
 * takeover, which "Will Brennick appeal the ruling…?" asks already (both
 * came on one first run). */
static void
test_considered_noun_move (void)
{
  g_autoptr(GPtrArray) gold = first_round ("gold-output-beat.md");
  g_autoptr(GPtrArray) grocer = article_questions ("grocer-takeover-blocked.md");
  g_autoptr(GPtrArray) farms = article_questions ("farm-lender-raise.md");
  g_autoptr(GPtrArray) trader = article_questions ("commodity-trader-profit.md");
  g_autoptr(GPtrArray) games = article_questions ("game-sales.md");
  g_autoptr(GPtrArray) insurer = first_round ("insurer-outlook-raised.md");
  g_autoptr(GPtrArray) hotels = first_round ("hotel-bookings-japan.md");
  const Article analyst = {
    "analyst", "Tarsa Hotels lifts profit forecast as bookings rebound",
    "SINGAPORE, Oct 23 (NextFin) - Tarsa Hotels raised its full-year profit forecast on "
    "Thursday after bookings across Asia rebounded in the third quarter.\n\n"
    "Tarsa Hotels now expects a profit of S$420 million, up from S$380 million.\n\n"
    "Tanjong Securities analyst Arjun Mehta said the company's net debt had fallen sharply. "
    "\"The board will look at a special dividend alongside full-year results in "
    "February,\" he said.\n",
    NULL
  };
  g_autoptr(GPtrArray) guess = all_questions (analyst.headline, analyst.body);

  g_assert_true (offered (gold, "Will Murchison Ridge pay a higher dividend?"));
  g_assert_true (offered (grocer, "Will Brennick appeal the ruling blocking its takeover of "
                                  "Corvel?"));
  assert_no_question_with (grocer, "pursue an appeal", NULL);
  g_assert_true (offered (farms, "Will Kilele pursue an initial public offering in three to four "
                                 "years?"));
  g_assert_true (offered (trader, "Will Brannock Vell pursue further investments in processing "
                                  "and storage?"));
  assert_no_question_with (games, "a version", NULL);
  /* "…would review its capital position…, raising the prospect of a
   * special dividend or a share buyback". */
  g_assert_true (offered (insurer, "Will Brennock pay a special dividend?"));
  /* "…, Chief Financial Officer Rohan Iyer said… "The board will look at
   * a special dividend alongside full-year results in February," he
   * said.": the quote of the company's own officer; not an analyst's. */
  assert_no_question_with (guess, "special dividend", NULL);
  g_assert_true (offered (hotels, "Will Orchid Crown pay a special dividend?"));
}

/* "She did not rule out revisiting Wisla Energia's five-year investment
 * plan" (power-price-freeze), "…but did not rule out listing in Mexico
 * City or New York once the bank had an operating track record"
 * (digital-lender-licence), both of whose first runs asked nothing: a
 * move the company's own people leave open, asked of the company. Not
 * one an activist leaves open, which hangs on a condition ("if the board
 * refused to engage"). */
static void
test_ruled_out_move (void)
{
  g_autoptr(GPtrArray) power = first_round ("power-price-freeze.md");
  g_autoptr(GPtrArray) lender = first_round ("digital-lender-licence.md");
  g_autoptr(GPtrArray) cement = article_questions ("cement-deal.md");
  g_autoptr(GPtrArray) activist = article_questions ("activist-break-up.md");

  g_assert_true (offered (power, "Will Wisla Energia revisit its five-year investment plan?"));
  g_assert_true (offered (lender, "Will Cenote list in Mexico City or New York?"));
  g_assert_true (offered (cement, "Will Cebasa sell a small number of assets?"));
  assert_no_question_with (activist, "nominat", NULL);
}

/* "Cenote said it would consider revising Cenote's lending targets": a
 * name of one word that owns what the move is about is "its", as a name
 * of two is ("revisiting Wisla Energia's…"). */
static void
test_move_on_its_own (void)
{
  g_autoptr(GPtrArray) items =
    all_questions ("Cenote wins banking licence, plans deposit push",
                   "MEXICO CITY, June 18 - Mexican digital lender Cenote Financiera said on "
                   "Wednesday it had won a full banking licence, allowing the startup to take "
                   "deposits from the public.\n\n"
                   "Cenote said it would consider revising Cenote's lending targets once "
                   "deposits start to flow, and expected delinquencies to stabilise in the "
                   "second half.\n\n"
                   "The licence lets Cenote fund its loan book with deposits rather than "
                   "wholesale credit lines, which cost it about 14% a year. Cenote has about 2 "
                   "million customers and a loan book of 38 billion pesos.\n\n"
                   "\"This changes our economics entirely,\" Chief Executive Valeria Ortega "
                   "Ruiz said in an interview.\n");

  g_assert_true (offered (items, "Will Cenote revise its lending targets?"));
}

/* "Halloway declined to say whether the company would halt shipments"
 * (device-safety-probe, whose first run asked nothing): an open question
 * about a company the story calls "the company" there, asked by its
 * name. Not where the sentence names another company first: "A
 * Brightwater spokesperson… declined to comment on whether the company
 * had seen an increase in orders". */
static void
test_open_question_of_the_company (void)
{
  g_autoptr(GPtrArray) pump = article_questions ("device-safety-probe.md");

  g_assert_true (offered (pump, "Will Veridane halt shipments?"));
  assert_no_question_with (pump, "increase in orders", NULL);
}

/* "The company declined to say whether it had paid or negotiated over a
 * ransom" (ransomware-claims, whose first run asked nothing), "Pagalia
 * declined to confirm whether it had received a ransom demand" (payments-
 * cyberattack-outage), "It did not say whether it would revise its
 * full-year profit guidance": the same,
 * where the sentence has named the company before its "it". Not "He
 * described the dividend policy… but declined to say whether it would be
 * cut", whose "it" is the policy. */
static void
test_open_question_of_it (void)
{
  g_autoptr(GPtrArray) claims = first_round ("ransomware-claims.md");
  g_autoptr(GPtrArray) outage = sure_round ("payments-cyberattack-outage.md");
  g_autoptr(GPtrArray) recall = article_questions ("hybrid-battery-recall.md");
  g_autoptr(GPtrArray) tariff = article_questions ("utility-tariff-request.md");

  g_assert_true (offered (claims, "Has Lakemont paid or negotiated over a ransom?"));
  g_assert_nonnull (outage);
  g_assert_true (offered (outage, "Has Pagalia received a ransom demand?"));
  g_assert_true (offered (recall, "Will Tessaro revise its full-year profit guidance?"));
  assert_no_question_with (tariff, "policy be cut", "Will it be cut", NULL);
}

/* "It does raise the question of whether Coastline's board thought the
 * price was simply too high to match" (toll-road-stake-sale, whose first
 * run asked nothing): an open question about a company's own people,
 * asked with its name. */
static void
test_open_question_of_its_board (void)
{
  g_autoptr(GPtrArray) roads = first_round ("toll-road-stake-sale.md");

  g_assert_true (offered (roads, "Did Coastline's board think the price was simply too high to "
                                 "match?"));
}

/* "Halvorsen Point is the third sizeable macro fund to close this year,
 * following the shutdowns of…" (macro-fund-closure, whose first run
 * asked nothing), "…the third major Kestavian retailer to seek
 * bankruptcy protection in the past year", "…the latest in a string of
 * EV start-ups to retrench": whether more will do the same, without
 * how long the run has lasted. Not of a name's own departure
 * ("Treharne's departure is the third exit of a mining chief executive"). */
static void
test_more_to_follow (void)
{
  g_autoptr(GPtrArray) fund = first_round ("macro-fund-closure.md");
  g_autoptr(GPtrArray) retailer = first_round ("retailer-bankruptcy-stores.md");
  g_autoptr(GPtrArray) listing = first_round ("ipo-postponed-selloff.md");
  g_autoptr(GPtrArray) startups = first_round ("ev-startup-cash.md");
  g_autoptr(GPtrArray) developers = first_round ("developer-coupon-default-certain.md");
  g_autoptr(GPtrArray) chief = article_questions ("ceo-quits-cost-blowout.md");
  const Article became = {
    "became", "Skyvale Air seeks creditor protection",
    "OSLO, May 4 (NextFin) - Skyvale Air filed for creditor protection on Monday after talks "
    "with its lenders failed, and said it would keep flying while it restructured about "
    "4 billion crowns of debt.\n\nSkyvale Air has become the second regional carrier to seek "
    "creditor protection in the past year, after Nordflyg collapsed in March. Skyvale Air "
    "blamed higher fuel costs and weak demand on its domestic routes.\n",
    NULL
  };
  g_autoptr(GPtrArray) carrier = first_round_of (&became);

  g_assert_true (offered (fund, "Will more sizeable macro funds close this year?"));
  g_assert_true (offered (retailer, "Will more major Kestavian retailers seek bankruptcy "
                                    "protection?"));
  g_assert_true (offered (listing, "Will more companies delay a Kestrelport listing?"));
  g_assert_true (offered (startups, "Will more EV start-ups retrench?"));
  /* "the fourth developer in Lianhai to miss a payment…": where, kept. */
  g_assert_true (offered (developers, "Will more developers in Lianhai miss a payment on "
                                      "offshore bonds this year?"));
  assert_no_question_with (chief, "Will more", NULL);
  /* "has become the second regional carrier to…". */
  g_assert_true (offered (carrier, "Will more regional carriers seek creditor protection?"));
}

/* "Tsurugi Motor Corp will dissolve…, the Japanese carmaker said on
 * Thursday, becoming the latest automaker to retreat from a costly
 * battery bet as EV demand grows more slowly…" (battery-venture-exit),
 * "…becoming the latest European listing to buckle under a sharp
 * sell-off in technology stocks" (ipo-repricing): a run of others told
 * by what the company did, asked as more_to_follow_candidates_for()
 * asks it, without why. */
static void
test_becoming_the_latest (void)
{
  g_autoptr(GPtrArray) battery = first_round ("battery-venture-exit.md");
  g_autoptr(GPtrArray) listing = first_round ("ipo-repricing.md");

  g_assert_true (offered (battery, "Will more automakers retreat from a costly battery bet?"));
  g_assert_true (offered (listing, "Will more European listings buckle under a sharp sell-off in "
                                   "technology stocks?"));
}

/* "Analysts said other processors were likely to follow Fenmarch's
 * lead", "Rival suppliers are expected to announce similar increases in
 * the coming days", "…other Canadian pension funds were likely to follow
 * with similar partial sales as they rebalance…" (toll-road-pension-sale,
 * whose first run asked nothing): whether others will do as the company
 * did, without why; a bare "follow" follows the company. Not where they
 * would only if something else happened ("…likely to follow if gas
 * prices stayed elevated"), and not in place of the plan the headline
 * announces. */
static void
test_others_follow (void)
{
  g_autoptr(GPtrArray) dairy = first_round ("dairy-cooperative-milk-price.md");
  g_autoptr(GPtrArray) energy = first_round ("energy-tariff-rise.md");
  g_autoptr(GPtrArray) road = first_round ("toll-road-pension-sale.md");
  g_autoptr(GPtrArray) stores = first_round ("store-closures-holiday.md");
  g_autoptr(GPtrArray) ammonia = first_round ("fertiliser-output-curbed.md");
  g_autoptr(GPtrArray) garment = first_round ("garment-buyer-loss.md");

  g_assert_true (offered (dairy, "Will other processors follow Fenmarch's lead?"));
  g_assert_true (offered (energy, "Will rival suppliers announce similar increases in the "
                                  "coming days?"));
  g_assert_true (offered (road, "Will other Canadian pension funds follow with similar partial "
                                "sales?"));
  g_assert_true (offered (stores, "Will other mid-market chains follow Brackenfield?"));
  g_assert_true (offered (stores, "What are the risks of Brackenfield's plan to close 120 of its "
                                  "640 stores?"));
  assert_no_question_with (ammonia, "Will other", NULL);
  /* "…citing the risk that other US buyers could follow Harbor & Pine's
   * lead": "US" is no small word, nor "&" the end of a name. */
  g_assert_true (offered (garment, "Will other US buyers follow Harbor & Pine's lead?"));
}

/* "The restructuring is expected to generate annual savings of 85
 * million pounds by the end of next year" (fund-manager-cuts), "expects
 * the closures to save roughly $180 million a year", "to save about 110
 * million serras a year", "to save about C$34 million a year", "would
 * reduce annual operating costs by about $410 million": whether the
 * company can deliver the savings its own cuts promise, as asked of a
 * merger's (gt4). Not the merger's again, nor savings a bid the target
 * rejects promises, nor those of the company an activist buys into, nor
 * a sum someone is quoted on or another company estimates; and after
 * what else the run asks of the company. */
static void
test_cost_savings (void)
{
  static const Article quoted = {
    "quoted-savings",
    "Harwick Mills to shut two plants, cut 600 jobs",
    "Harwick Mills said on Monday it would shut two of its five paper plants and cut about 600 "
    "jobs as demand for graphic paper keeps falling.\n\n"
    "\"We think the closures could save about 90 million pounds a year,\" said Ruth Ellery, a "
    "paper-industry analyst.\n\n"
    "The plants, in Crewe and Lanark, will close by the end of the year. The closures should "
    "save about 80 million pounds a year, analysts at Pembroke Securities estimated."
  };
  g_autoptr(GPtrArray) funds = first_round ("fund-manager-cuts.md");
  g_autoptr(GPtrArray) stores = first_round ("department-store-closures.md");
  g_autoptr(GPtrArray) lender = first_round ("fintech-job-cuts.md");
  g_autoptr(GPtrArray) cannabis = first_round ("cannabis-writedown.md");
  g_autoptr(GPtrArray) beauty = first_round ("beauty-reset.md");
  g_autoptr(GPtrArray) steel = first_round ("steel-furnace-closure.md");
  g_autoptr(GPtrArray) memo = first_round ("software-layoffs-memo.md");
  g_autoptr(GPtrArray) probe = article_questions ("bnpl-probe.md");
  g_autoptr(GPtrArray) merger = first_round ("freight-merger-savings.md");
  g_autoptr(GPtrArray) hostile = article_questions ("bank-hostile-bid.md");
  g_autoptr(GPtrArray) activist = article_questions ("activist-breakup.md");
  g_autoptr(GPtrArray) analyst = first_round_of (&quoted);

  g_assert_true (offered (funds, "Can Calder Rowe deliver the 85 million pounds in annual "
                                 "savings it promises?"));
  g_assert_true (offered (stores, "Can Ashcombe & Reeve deliver the $180 million in annual "
                                  "savings it promises?"));
  /* A currency no word list knows, and a dollar of Canada's. */
  g_assert_true (offered (lender, "Can Tallyrun deliver the 110 million serras in annual "
                                  "savings it promises?"));
  g_assert_true (offered (cannabis, "Can Tamarack deliver the C$34 million in annual savings "
                                    "it promises?"));
  /* "Maison Aurelle", which the names may read as a person's. */
  g_assert_true (offered (beauty, "Can Maison Aurelle deliver the 350 million euros in annual "
                                  "savings it promises?"));
  /* "would reduce annual operating costs by about $410 million". */
  g_assert_true (offered (memo, "Can Stratalink deliver the $410 million in annual savings it "
                                "promises?"));
  /* "expects the new rules to raise compliance costs by about 300
   * million crowns a year". */
  assert_no_question_with (probe, "savings", NULL);
  g_assert_true (offered (steel, "Will Brannock's workers strike?"));
  g_assert_true (offered (merger, "Can Solenne and Harrowgate deliver the $450 million in cost "
                                  "savings they promise?"));
  assert_no_question_with (merger, "savings it promises", NULL);
  assert_no_question_with (hostile, "savings", NULL);
  /* "…a cost-cutting programme that she says will save 400 million
   * lirels a year": the target's, not the activist's. */
  assert_no_question_with (activist, "savings", NULL);
  assert_no_question_with (analyst, "savings", NULL);
}

/* "…a vocal shareholder immediately demanded the departure of Chief
 * Executive Mattias Oberlin… Oberlin… said he had no intention of
 * resigning" (bank-fine-chief-stays), "…leaving chief executive Gareth
 * Olumide-Strand facing pointed questions… said he… had no plans to
 * step down" (bank-property-loss): whether the chief executive keeps the
 * job. Not of "no plans to step up" anything, and still not what a
 * successor will face (go6). */
static void
test_embattled_chief (void)
{
  static const Article stepping_up = {
    "stepping-up",
    "Harwick Mills profit falls as paper demand weakens",
    "Harwick Mills reported a 30% fall in first-half profit on Monday, and chief executive Ruth "
    "Ellery said the paper maker had no plans to step up spending on its Lanark plant.\n\n"
    "Ellery said demand for graphic paper would keep falling this year."
  };
  g_autoptr(GPtrArray) fine = first_round ("bank-fine-chief-stays.md");
  g_autoptr(GPtrArray) loss = first_round ("bank-property-loss.md");
  g_autoptr(GPtrArray) spending = all_questions (stepping_up.headline, stepping_up.body);

  g_assert_true (offered (fine, "Will Mattias Oberlin survive as Corvane's chief executive?"));
  assert_no_question_with (fine, "next chief executive", NULL);
  g_assert_true (offered (loss, "Will Gareth Olumide-Strand survive as Merrivale's chief "
                                "executive?"));
  assert_no_question_with (spending, "survive", NULL);
}

/* "It is also reviewing options for its loss-making specialty chocolate
 * unit in Merrowgate" (cocoa-grinder-covenant), "…had launched a
 * strategic review of its U.S. life and health reinsurance unit"
 * (reinsurer-review), a "strategic review" of the housing business
 * (trading-house-buyback): what the company will do with the business.
 * Not of a rival's, nor of "its business" alone. */
static void
test_unit_under_review (void)
{
  static const Article rival = {
    "rival-unit-review",
    "Harwick Foods profit falls as frozen sales slide",
    "Harwick Foods reported a 20% fall in first-half profit on Monday as sales of its frozen "
    "meals slid for a third straight quarter.\n\n"
    "Harwick Foods said it was reviewing options for its business in Ireland.\n\n"
    "Rival Corbett Brands said last month it was reviewing options for its frozen desserts "
    "unit.\n\n"
    "Harwick Foods said it would complete a \"strategic review\" of the business by June."
  };
  g_autoptr(GPtrArray) cocoa = first_round ("cocoa-grinder-covenant.md");
  g_autoptr(GPtrArray) kanemori = first_round ("trading-house-buyback.md");
  g_autoptr(GPtrArray) lender = first_round ("fintech-job-cuts.md");
  g_autoptr(GPtrArray) reinsurer = first_round ("reinsurer-review.md");
  g_autoptr(GPtrArray) stores = first_round ("store-closures-holiday.md");
  g_autoptr(GPtrArray) foods = all_questions (rival.headline, rival.body);

  g_assert_true (offered (cocoa, "What will Brannock do with its loss-making specialty chocolate "
                                 "unit?"));
  g_assert_true (offered (lender, "What will Tallyrun do with its small-business lending arm?"));
  g_assert_true (offered (reinsurer, "What will Helvora do with its U.S. life and health "
                                     "reinsurance unit?"));
  /* "…a broader strategic review that includes options for its
   * loss-making furniture division". */
  g_assert_true (offered (stores, "What will Brackenfield do with its loss-making furniture "
                                  "division?"));
  /* 'complete a "strategic review" of the housing business', quoted
   * and with "the". */
  g_assert_true (offered (kanemori, "What will Kanemori do with its housing business?"));
  assert_no_question_with (foods, "do with", NULL);
}

/* "…had postponed a final investment decision on a 180 million euro
 * electrolyser project at Emden…" (ammonia-line-idled), "…still expected
 * to take a final investment decision by the end of the year" of "its
 * planned Quebrada Tollan underground project" (copper-ore-grades):
 * whether the company goes ahead with the project. Not of one whose
 * decision is taken, nor of "a project" that says not which. */
static void
test_pending_investment_decision (void)
{
  static const Article taken = {
    "decision-taken",
    "Harwick Chemicals profit falls as gas costs bite",
    "Harwick Chemicals reported a 30% fall in first-half profit on Monday as gas costs rose.\n\n"
    "Harwick Chemicals made a final investment decision on a 400 million pound hydrogen plant "
    "at Teesport in March."
  };
  static const Article unnamed = {
    "project-unnamed",
    "Harwick Chemicals profit falls as gas costs bite",
    "Harwick Chemicals reported a 30% fall in first-half profit on Monday as gas costs rose.\n\n"
    "Harwick Chemicals said it expected to take a final investment decision on a project "
    "by the end of the year."
  };
  g_autoptr(GPtrArray) ammonia = first_round ("ammonia-line-idled.md");
  g_autoptr(GPtrArray) copper = first_round ("copper-ore-grades.md");
  g_autoptr(GPtrArray) steel = first_round ("hydrogen-steel-subsidy.md");
  g_autoptr(GPtrArray) gas = first_round ("offshore-gas-find.md");
  g_autoptr(GPtrArray) made = all_questions (taken.headline, taken.body);
  g_autoptr(GPtrArray) vague = all_questions (unnamed.headline, unnamed.body);

  g_assert_true (offered (ammonia, "Will Elbe Stickstoff go ahead with its 180 million euro "
                                   "electrolyser project at Emden?"));
  /* The project two sentences before the decision. */
  g_assert_true (offered (copper, "Will Halcrest go ahead with its planned Quebrada Tollan "
                                  "underground project?"));
  /* The plant the lead says it agreed "to build", not "… at its Orvik
   * works". */
  g_assert_true (offered (steel, "Will Kveldrun go ahead with its hydrogen-based ironmaking "
                                 "plant?"));
  /* "A final investment decision could come in 2027" of options the
   * partners are studying, none planned. */
  assert_no_question_with (gas, "go ahead", NULL);
  assert_no_question_with (made, "go ahead", NULL);
  assert_no_question_with (vague, "go ahead", NULL);
}

/* "…was in separate talks with local banks to extend about $9 billion of
 * onshore loans" (developer-debt-deal), "…in talks with holders of C$185
 * million in convertible notes… about extending the maturity"
 * (cannabis-writedown): whether the creditors will give the company more
 * time. Not of talks with a government, which the story does not call
 * a creditor, nor of another company's talks. */
static void
test_debt_extension_talks (void)
{
  static const Article others = {
    "others-extension-talks",
    "Harwick Property Group sales fall as mortgage rates bite",
    "Harwick Property Group reported a 20% fall in first-half sales on Monday as mortgage "
    "rates rose.\n\n"
    "Harwick said it was in talks with the government to extend the repayment period of its "
    "state-backed loans.\n\n"
    "Corbett Estates, a rival, said last month it was in talks with its banks to extend about "
    "300 million pounds of secured loans."
  };
  g_autoptr(GPtrArray) sunmere = first_round ("developer-debt-deal.md");
  g_autoptr(GPtrArray) jinhai = first_round ("developer-debt-overhaul.md");
  g_autoptr(GPtrArray) tamarack = first_round ("cannabis-writedown.md");
  g_autoptr(GPtrArray) homes = all_questions (others.headline, others.body);

  g_assert_true (offered (sunmere, "Will Sunmere's banks agree to extend its onshore loans?"));
  g_assert_true (offered (jinhai, "Will Jinhai's bondholders agree to extend its "
                                  "yuan-denominated bonds?"));
  /* The notes in the creditors' name: "holders of… convertible notes". */
  g_assert_true (offered (tamarack, "Will Tamarack's noteholders agree to extend its "
                                    "convertible notes?"));
  assert_no_question_with (homes, "agree to extend", NULL);
}

/* "…would pause a 1 billion euro share buyback programme that was about
 * half complete" (chip-equipment-orders), "…would pause share buybacks
 * until at least mid-2025" (brewer-closures), "…also suspended its
 * quarterly dividend" (wildfire-charge): what it would take for the
 * company to resume the buyback or the dividend. Not one it scraps,
 * plans to suspend or suspends for a time it tells, nor another
 * company's. */
static void
test_paused_payout (void)
{
  static const Article rival = {
    "rival-buyback",
    "Harwick Chemicals profit falls as gas costs bite",
    "Harwick Chemicals reported a 30% fall in first-half profit on Monday as gas costs rose.\n\n"
    "Corbett Group, a rival, suspended its share buyback programme last month."
  };
  g_autoptr(GPtrArray) chips = first_round ("chip-equipment-orders.md");
  g_autoptr(GPtrArray) brewer = first_round ("brewer-closures.md");
  g_autoptr(GPtrArray) wildfire = first_round ("wildfire-charge.md");
  g_autoptr(GPtrArray) halved = article_questions ("food-maker-dividend-halved.md");
  g_autoptr(GPtrArray) coatings = article_questions ("coatings-acquisition.md");
  g_autoptr(GPtrArray) families = article_questions ("cocoa-merchant-writedown.md");
  g_autoptr(GPtrArray) chemicals = all_questions (rival.headline, rival.body);

  g_assert_true (offered (chips, "What would it take for Lumaris to resume its share buyback?"));
  g_assert_true (offered (brewer, "What would it take for Halvorsen to resume share buybacks?"));
  /* "…also suspended its quarterly dividend". */
  g_assert_true (offered (wildfire, "What would it take for Sierra Crest to resume its quarterly "
                                    "dividend?"));
  /* "It also scrapped a planned 200 million pound share buyback". */
  assert_no_question_with (halved, "resume", NULL);
  /* "…to cut leverage… in part by suspending share buybacks". */
  assert_no_question_with (coatings, "resume", NULL);
  /* "…its founding families… had agreed to suspend dividends for two
   * years". */
  assert_no_question_with (families, "resume", NULL);
  assert_no_question_with (chemicals, "resume", NULL);
}

/* "The order, which includes purchase rights for a further 40
 * aircraft…" (fleet-order), "The contract includes options on a further
 * six vessels…" (container-ship-order): whether the company that ordered
 * will exercise them. Not in a story of no order, nor of options that are
 * not the order's. */
static void
test_order_options (void)
{
  static const Article leased = {
    "leased-options",
    "Harwick Air profit falls as fuel costs rise",
    "Harwick Air reported a 20% fall in first-half profit on Monday as fuel costs rose.\n\n"
    "The lease agreement with Corbett Aviation includes options for a further 10 aircraft."
  };
  static const Article shares = {
    "share-options",
    "Harwick Air orders 20 jets from Corbett Aviation",
    "Harwick Air ordered 20 narrow-body jets from Corbett Aviation on Monday, its first order "
    "in a decade.\n\n"
    "Chief executive Ruth Ellery, who joined in March, holds options for a further 40,000 "
    "shares."
  };
  g_autoptr(GPtrArray) brisa = first_round ("fleet-order.md");
  g_autoptr(GPtrArray) ships = first_round ("container-ship-order.md");
  g_autoptr(GPtrArray) meridyen = first_round ("widebody-order.md");
  g_autoptr(GPtrArray) lease = all_questions (leased.headline, leased.body);
  g_autoptr(GPtrArray) ceo = all_questions (shares.headline, shares.body);

  g_assert_true (offered (brisa, "Will Brisa exercise its purchase rights for a further 40 "
                                 "aircraft?"));
  g_assert_true (offered (ships, "Will Veldmark exercise its options on a further six "
                                 "vessels?"));
  /* "The agreement, signed on Tuesday at the airline's headquarters…,
   * includes purchase rights for another 15 jets". */
  g_assert_true (offered (meridyen, "Will Meridyen exercise its purchase rights for another 15 "
                                    "jets?"));
  assert_no_question_with (lease, "exercise", NULL);
  assert_no_question_with (ceo, "exercise", NULL);
}

/* "…there's only so much you can pass on to price-sensitive leisure
 * passengers" (airline-fuel-warning), "…there is a limit to how much of
 * that we can pass on" (rhine-low-water): how much of its higher costs
 * the company can pass on. Not where the story tells costs passed on
 * with no limit, nor of another company's limit. */
static void
test_limited_pass_on (void)
{
  static const Article rival = {
    "rival-pass-on",
    "Harwick Chemicals profit falls as gas costs bite",
    "Harwick Chemicals reported a 30% fall in first-half profit on Monday as gas costs rose.\n\n"
    "Corbett Group, a rival, said last month there was a limit to how much it could pass on "
    "to customers."
  };
  static const Article unlimited = {
    "unlimited-pass-on",
    "Harwick Chemicals profit falls as gas costs bite",
    "Harwick Chemicals reported a 30% fall in first-half profit on Monday as gas costs rose.\n\n"
    "Harwick Chemicals said it would pass on the higher gas costs to customers from January, "
    "and only then expected margins to recover."
  };
  g_autoptr(GPtrArray) airline = first_round ("airline-fuel-warning.md");
  g_autoptr(GPtrArray) barges = first_round ("rhine-low-water.md");
  g_autoptr(GPtrArray) canal = article_questions ("sparse/canal-drought.md");
  g_autoptr(GPtrArray) chemicals = all_questions (rival.headline, rival.body);
  g_autoptr(GPtrArray) passed = all_questions (unlimited.headline, unlimited.body);

  g_assert_true (offered (airline, "How much of its higher costs can Castellan pass on to "
                                   "passengers?"));
  g_assert_true (offered (barges, "How much of its higher costs can Vossberg pass on to "
                                  "customers?"));
  /* "Container lines have moved quickly to pass on the costs." */
  assert_no_question_with (canal, "pass on", NULL);
  assert_no_question_with (chemicals, "pass on", NULL);
  /* "…would pass on the higher gas costs…, and only then…": the limit
   * comes after. */
  assert_no_question_with (passed, "pass on", NULL);
}

/* "…too early to determine what had caused the explosion"
 * (ammonia-plant-blast), "…had opened an investigation into the cause of
 * the fire" (refinery-fire-diesel): a first run asks what caused a
 * mishap at the company's site, which the story says is not yet known;
 * not where the story tells the cause, nor of a site that is not the
 * company's. */
static void
test_unknown_mishap_cause (void)
{
  static const Article told = {
    "told-cause",
    "Fire shuts Harwick Chemicals plant, output halted",
    "A fire at Harwick Chemicals' Teesport plant forced the company to halt output on "
    "Monday, it said.\n\n"
    "The fire was caused by a faulty pump, the fire service said, and the safety regulator "
    "has opened an investigation into the cause of the fire."
  };
  static const Article rival = {
    "rival-site",
    "Harwick Chemicals shares rise as fire shuts rival plant",
    "Harwick Chemicals shares rose 6% on Monday after a fire at Corbett Group's Teesport "
    "plant cut supply of ammonia.\n\n"
    "The safety regulator has opened an investigation into the cause of the fire."
  };
  g_autoptr(GPtrArray) blast = first_round ("ammonia-plant-blast.md");
  g_autoptr(GPtrArray) refinery = first_round ("refinery-fire-diesel.md");
  g_autoptr(GPtrArray) potash = first_round ("potash-plant-fire.md");
  g_autoptr(GPtrArray) landslide = article_questions ("nickel-landslide.md");
  g_autoptr(GPtrArray) pump = all_questions (told.headline, told.body);
  g_autoptr(GPtrArray) shares = all_questions (rival.headline, rival.body);

  g_assert_true (offered (blast, "What caused the explosion at Norvane's largest ammonia "
                                 "plant?"));
  /* Past its size in figures: "310,000-barrel-per-day refinery". */
  g_assert_true (offered (refinery, "What caused the fire at Osterna's refinery in Port "
                                    "Calder?"));
  g_assert_true (offered (potash, "What caused the fire at Tapirapé's Rio Verde complex in "
                                  "Goiás?"));
  /* "a landslide triggered by torrential rain". */
  assert_no_question_with (landslide, "What caused", NULL);
  assert_no_question_with (pump, "What caused", NULL);
  assert_no_question_with (shares, "What caused", NULL);
}

/* "…its three largest customers accounted for 47% of revenue in the
 * quarter" (ai-chip-revenue-beat): a first run asks how much of a risk
 * it is for the company to lean on a few customers; not of a rival's
 * customers. */
static void
test_customer_reliance (void)
{
  static const Article rival = {
    "rival-customers",
    "Harwick Systems profit jumps on data-centre orders",
    "Harwick Systems reported a 40% rise in quarterly profit on Tuesday as data-centre "
    "operators raced to buy its cooling racks.\n\n"
    "Corbett Group, a rival, said last month that its three largest customers accounted for "
    "52% of its revenue."
  };
  g_autoptr(GPtrArray) chips = first_round ("ai-chip-revenue-beat.md");
  g_autoptr(GPtrArray) cooling = first_round ("cooling-orders-results.md");
  g_autoptr(GPtrArray) systems = all_questions (rival.headline, rival.body);

  g_assert_true (offered (chips, "How much of a risk is Veltrana's reliance on its three "
                                 "largest customers?"));
  g_assert_true (offered (cooling, "How much of a risk is Corvane's reliance on its five "
                                   "largest customers?"));
  assert_no_question_with (systems, "reliance", NULL);
}

/* "Under the UK Takeover Code, Sanmori has until 5 p.m. on July 1 to
 * announce a firm intention to make an offer or walk away"
 * (defence-approach): a first run asks whether the suitor will make a
 * firm offer; not of the company it approached, nor where the deadline
 * is for something else. */
static void
test_firm_offer_deadline (void)
{
  static const Article reply = {
    "reply-deadline",
    "Harwick Capital makes 1.2 billion pound approach for Corbett Group",
    "Harwick Capital said on Monday it had made a 1.2 billion pound approach for engineer "
    "Corbett Group.\n\n"
    "Under UK takeover rules, Harwick Capital has until March 31 to decide whether to make "
    "an offer."
  };
  g_autoptr(GPtrArray) defence = first_round ("defence-approach.md");
  g_autoptr(GPtrArray) engineer = first_round ("engineer-buyout-approach.md");
  g_autoptr(GPtrArray) all = article_questions ("engineer-buyout-approach.md");
  g_autoptr(GPtrArray) decide = all_questions (reply.headline, reply.body);

  g_assert_true (offered (defence, "Will Sanmori make a firm offer for Pennock?"));
  g_assert_true (offered (engineer, "Will Harrowgate make a firm offer for Wexley Brandt?"));
  assert_no_question_with (all, "Will Wexley Brandt make", NULL);
  assert_no_question_with (decide, "firm offer", NULL);
}

/* "…the company expects to break even on an operating basis in 2026"
 * (farm-lender-raise): a first run asks whether the company can break
 * even when it says it will; not of a site it expects to ("expected the
 * terminal to break even…", port-concession), nor of a rival's aim. */
static void
test_break_even_aim (void)
{
  static const Article rival = {
    "rival-break-even",
    "Harwick Foods raises 90 million pounds from investors",
    "Harwick Foods said on Monday it had raised 90 million pounds from investors to fund "
    "new kitchens.\n\n"
    "Corbett Group, a rival, said last month it expected to break even in the second half of "
    "next year."
  };
  g_autoptr(GPtrArray) lender = first_round ("farm-lender-raise.md");
  g_autoptr(GPtrArray) grocer = first_round ("grocer-capital-raise.md");
  g_autoptr(GPtrArray) payments = first_round ("payments-debut-bankers.md");
  g_autoptr(GPtrArray) port = article_questions ("port-concession.md");
  g_autoptr(GPtrArray) foods = all_questions (rival.headline, rival.body);

  assert_no_question_with (port, "break even", NULL);
  assert_no_question_with (foods, "break even", NULL);
  g_assert_true (offered (lender, "Can Kilele break even in 2026?"));
  /* Past how it is measured: "break-even adjusted EBITDA for the group". */
  g_assert_true (offered (grocer, "Can Versbox break even in the second half of next year?"));
  /* "expected to turn profitable on an adjusted basis…". */
  g_assert_true (offered (payments, "Can Lumora turn a profit in the second half of this "
                                    "year?"));
}

/* "…had begun a process to sell a minority stake of up to 20% in Anzaro
 * to a strategic partner" (copper-project-writedown): a first run asks
 * whether the company will find the partner or buyer it looks for; not
 * of a stake it has agreed to sell or put on hold, nor of one it holds
 * in another company. */
static void
test_minority_stake_sale (void)
{
  static const Article agreed = {
    "agreed-stake-sale",
    "Harwick Ports profit falls as volumes slide",
    "Harwick Ports reported a 20% fall in first-half profit on Monday as container volumes "
    "slid.\n\n"
    "Harwick Ports agreed last month to sell a minority stake in its Teesport terminal to "
    "Corbett Infrastructure for 300 million pounds."
  };
  static const Article held = {
    "held-stake-sale",
    "Harwick Ports profit falls as volumes slide",
    "Harwick Ports reported a 20% fall in first-half profit on Monday as container volumes "
    "slid.\n\n"
    "Harwick Ports had begun a process to sell a minority stake in its Teesport terminal, "
    "which it has now put on hold."
  };
  g_autoptr(GPtrArray) copper = first_round ("copper-project-writedown.md");
  g_autoptr(GPtrArray) developer = first_round ("developer-bond-extension.md");
  g_autoptr(GPtrArray) funds = article_questions ("fund-manager-cuts.md");
  g_autoptr(GPtrArray) sold = all_questions (agreed.headline, agreed.body);
  g_autoptr(GPtrArray) hold = all_questions (held.headline, held.body);

  assert_no_question_with (sold, "minority stake", NULL);
  assert_no_question_with (hold, "minority stake", NULL);
  /* "…would also sell its minority stake in Cascada Gestión". */
  assert_no_question_with (funds, "minority stake", NULL);
  g_assert_true (offered (copper, "Will Tarrowby find a partner for a minority stake in "
                                  "Anzaro?"));
  g_assert_true (offered (developer, "Will Riverstone find a partner for a minority stake in "
                                     "its Dong Nai township?"));
}

/* "Ibarrola said compensation talks with Halvorsen were \"constructive
 * but not finished\"" (fleet-order): a first run asks how much the
 * company will get from its supplier; not of a rival's talks. */
static void
test_compensation_talks (void)
{
  static const Article rival = {
    "rival-compensation",
    "Harwick Air cuts summer flights as engine checks ground jets",
    "Harwick Air said on Monday it would cut 4% of its summer flights after engine checks "
    "grounded six of its jets.\n\n"
    "Corbett Air, a rival, said it was in talks with Halvard Engines Ltd over compensation."
  };
  g_autoptr(GPtrArray) fleet = first_round ("fleet-order.md");
  g_autoptr(GPtrArray) engines = first_round ("airline-engine-checks.md");
  g_autoptr(GPtrArray) flights = all_questions (rival.headline, rival.body);

  assert_no_question_with (flights, "compensation", NULL);
  g_assert_true (offered (fleet, "How much compensation will Brisa get from Halvorsen?"));
  /* "…in \"advanced discussions\" with Halvard over compensation". */
  g_assert_true (offered (engines, "How much compensation will Corvane get from Halvard?"));
}

/* "…, leaving Greyfell two weeks to decide whether to put forward its own
 * candidates" (activist-breakup), "…was reviewing whether to go ahead
 * with a final dividend…" (copper-tailings-dam-collapse), "…would decide
 * by mid-year whether to continue…" (drug-trial-goal-missed): a first run
 * asks what the one who has yet to decide will do; not of a company that
 * only tells of another's decision. */
static void
test_yet_to_decide (void)
{
  static const Article told = {
    "told-decision",
    "Harwick Foods to cut 600 jobs, close two plants",
    "Harwick Foods said on Monday it would cut about 600 jobs and close two of its seven "
    "plants after sales of its frozen meals fell.\n\n"
    "Harwick Foods said the regulator has until May to decide whether to open an "
    "investigation into its pricing."
  };
  g_autoptr(GPtrArray) activist = first_round ("activist-breakup.md");
  g_autoptr(GPtrArray) telecom = first_round ("telecom-merger-remedies.md");
  g_autoptr(GPtrArray) dam = first_round ("copper-tailings-dam-collapse.md");
  g_autoptr(GPtrArray) trial = first_round ("drug-trial-goal-missed.md");
  g_autoptr(GPtrArray) engines = article_questions ("airline-engine-checks.md");
  g_autoptr(GPtrArray) foods = all_questions (told.headline, told.body);

  assert_no_question_with (foods, "open an investigation", NULL);
  /* "…was reviewing whether to seek deferrals on some of those
   * deliveries": what it points back to is not in the question. */
  assert_no_question_with (engines, "deferrals", NULL);
  g_assert_true (offered (activist, "Will Greyfell put forward its own candidates?"));
  /* "…would decide whether to open an in-depth investigation after an
   * initial 30-working-day review". */
  g_assert_true (offered (telecom, "Will the Ostmark Competition Authority open an in-depth "
                                   "investigation?"));
  /* "…was reviewing whether to go ahead with a final dividend of 0.85
   * florins per share due to be paid next month". */
  g_assert_true (offered (dam, "Will Rhydmoor go ahead with a final dividend of 0.85 florins "
                               "per share?"));
  /* "…would decide by mid-year whether to continue a second Phase III
   * study, KESTREL-4": when it decides comes before "whether". */
  g_assert_true (offered (trial, "Will Oberlinn continue a second Phase III study?"));
}

/* "Solvane did not disclose a list price…" (kidney-drug-approval): a
 * first run asks how the company will price its drug; not where the
 * story tells the price, nor of a price a rival withholds, nor of a
 * price that is not a drug's ("Tasari declined to disclose the price it
 * had negotiated", jet-fleet-overhaul). */
static void
test_drug_price_untold (void)
{
  static const Article told = {
    "told-price",
    "Corvell Therapeutics wins approval for kidney drug dorvalin",
    "Corvell Therapeutics said on Monday the Kestrian Medicines Agency had approved dorvalin, "
    "its once-daily pill for chronic kidney disease.\n\n"
    "Corvell said the price would be 9,000 crowns a year per patient, in line with other "
    "kidney therapies."
  };
  static const Article rival = {
    "rival-price",
    "Corvell Therapeutics wins approval for kidney drug dorvalin",
    "Corvell Therapeutics said on Monday the Kestrian Medicines Agency had approved dorvalin, "
    "its once-daily pill for chronic kidney disease.\n\n"
    "Corbett Labs, a rival, has not disclosed the price of its own kidney pill."
  };
  g_autoptr(GPtrArray) kidney = first_round ("kidney-drug-approval.md");
  g_autoptr(GPtrArray) obesity = first_round ("obesity-trial.md");
  g_autoptr(GPtrArray) jets = article_questions ("jet-fleet-overhaul.md");
  g_autoptr(GPtrArray) priced = all_questions (told.headline, told.body);
  g_autoptr(GPtrArray) rivals = all_questions (rival.headline, rival.body);

  assert_no_question_with (priced, "How will Corvell Therapeutics price", NULL);
  assert_no_question_with (rivals, "How will Corvell Therapeutics price", NULL);
  assert_no_question_with (jets, "How will Tasari price", NULL);
  g_assert_true (offered (kidney, "How will Solvane price velmorant?"));
  /* "…intended to price corvaglipron \"meaningfully below\" current
   * injectables, but he declined to give a figure". */
  g_assert_true (offered (obesity, "How will Halvern price corvaglipron?"));
}

/* "Credit rating agency Stallard Ratings said… it had placed
 * Merrivale's long-term rating on review for a possible downgrade"
 * (bank-property-loss), where the first run did not ask whether the
 * rating will be cut; "…placed the company's BBB- issuer rating, the
 * lowest investment-grade level, on review…" (port-concession), whether
 * the company keeps its investment grade. Not a review that may raise
 * the rating, nor another company's rating. */
static void
test_rating_review (void)
{
  g_autoptr(GPtrArray) bank = first_round ("bank-property-loss.md");
  g_autoptr(GPtrArray) ports = first_round ("port-concession.md");
  g_autoptr(GPtrArray) utility = first_round ("utility-tariff-request.md");
  g_autoptr(GPtrArray) country = first_round ("sovereign-watch-negative.md");
  g_autoptr(GPtrArray) debentures = first_round ("toll-road-arbitration.md");
  g_autoptr(GPtrArray) stores = first_round ("store-closures-holiday.md");
  const char *body =
    "LEEDS, May 4 (NextFin) - Corvell Foods cut its full-year profit forecast on Monday, "
    "blaming higher costs for packaging and energy.\n\n"
    "Corvell Foods shares fell 6%% in London. Its rival Corbett Foods said its own sales were "
    "steady.\n\n"
    "Ratings agency Harwood Ratings placed %s rating on review for a possible %s, citing "
    "weaker cash flow.\n";
  g_autofree char *down_body = g_strdup_printf (body, "Corvell's", "downgrade");
  g_autofree char *up_body = g_strdup_printf (body, "Corvell's", "upgrade");
  g_autofree char *rival_body = g_strdup_printf (body, "Corbett's", "downgrade");
  const Article down_article = { "down", "Corvell Foods cuts profit forecast", down_body, NULL };
  const Article up_article = { "up", "Corvell Foods cuts profit forecast", up_body, NULL };
  const Article rival_article = { "rival", "Corvell Foods cuts profit forecast", rival_body,
                                  NULL };
  g_autoptr(GPtrArray) down = first_round_of (&down_article);
  g_autoptr(GPtrArray) up = first_round_of (&up_article);
  g_autoptr(GPtrArray) rival = first_round_of (&rival_article);

  g_assert_true (offered (bank, "Will Merrivale's credit rating be cut?"));
  g_assert_true (offered (ports, "Will Vardhan Ports lose its investment-grade rating?"));
  /* "…placed the company's BBB+ rating on watch negative in January". */
  g_assert_true (offered (utility, "Will Brennmoor's credit rating be cut?"));
  /* Beside the four the first run asked before, not in place of one:
   * each family's own words are no template repeated. */
  g_assert_true (offered (stores, "Will Brackenfield's credit rating be cut?"));
  g_assert_true (offered (stores, "Can Brackenfield deliver the $185 million in annual savings "
                                  "it promises?"));
  /* A lead that tells the move asks it once. */
  assert_no_question_with (country, "be cut", NULL);
  /* "…placed the debentures on review for a possible downgrade". */
  assert_no_question_with (debentures, "rating", NULL);
  g_assert_true (offered (down, "Will Corvell Foods' credit rating be cut?"));
  assert_no_question_with (up, "rating", NULL);
  assert_no_question_with (rival, "rating", NULL);
}

/* "…said the union would not accept compulsory redundancies and did not
 * rule out industrial action" (airline-state-rescue): a first run asks
 * whether the company's workers will strike, as of a strike ballot; not
 * where the union rules a strike out, nor of another company's union. */
static void
test_strike_not_ruled_out (void)
{
  static const Article ruled = {
    "ruled-out-strike",
    "Harwick Air to cut 400 jobs as fuel costs bite",
    "Harwick Air said on Monday it would cut 400 jobs at its maintenance base in Teesport "
    "after fuel costs rose.\n\n"
    "The union said it would seek talks with the company and ruled out industrial action for "
    "now."
  };
  static const Article rival = {
    "rival-strike",
    "Harwick Air to cut 400 jobs as fuel costs bite",
    "Harwick Air said on Monday it would cut 400 jobs at its maintenance base in Teesport "
    "after fuel costs rose.\n\n"
    "Corbett Air, a rival, said on Friday that its pilots' union had not ruled out strike "
    "action over pay."
  };
  g_autoptr(GPtrArray) rescue = first_round ("airline-state-rescue.md");
  g_autoptr(GPtrArray) mine = first_round ("mine-collapse.md");
  static const Article unconsidered = {
    "unconsidered-strike",
    "Harwick Air to cut 400 jobs as fuel costs bite",
    "Harwick Air said on Monday it would cut 400 jobs at its maintenance base in Teesport "
    "after fuel costs rose.\n\n"
    "The union said it would seek talks with the company and would not consider industrial "
    "action."
  };
  g_autoptr(GPtrArray) brewer = first_round ("brewer-control-sale.md");
  g_autoptr(GPtrArray) shafts = first_round ("platinum-shaft-closures.md");
  g_autoptr(GPtrArray) air = all_questions (ruled.headline, ruled.body);
  g_autoptr(GPtrArray) unconsidering = all_questions (unconsidered.headline, unconsidered.body);
  g_autoptr(GPtrArray) corbett = all_questions (rival.headline, rival.body);

  assert_no_question_with (air, "strike?", NULL);
  assert_no_question_with (corbett, "strike?", NULL);
  /* "…talks with Ashcombe and the government, and did not rule out
   * industrial action at Haldemann's largest brewery". */
  g_assert_true (offered (brewer, "Will Haldemann's workers strike?"));
  g_assert_true (offered (rescue, "Will Estavian Air's pilots strike?"));
  /* "He did not rule out strike action if talks stalled." */
  g_assert_true (offered (mine, "Will Andean Crest's workers strike?"));
  /* "…said it would consider industrial action", under a headline whose
   * union "threatens strike", one not yet on; not "would not
   * consider". */
  g_assert_true (offered (shafts, "Will Bokamoso's workers strike?"));
  assert_no_question_with (unconsidering, "strike?", NULL);
}

/* "Halvard kept its full-year target of 1.3 million deliveries, which
 * would require a sharp acceleration in the second half"
 * (car-deliveries-price-war), "It reiterated a full-year delivery target
 * of 150,000 to 160,000 vehicles, though several analysts said…"
 * (battery-supply): a first run asks whether the company can meet a
 * target or a goal the story doubts, not one kept or aimed at with
 * nothing said against it ("as it had originally planned"), which
 * "Generate more" asks. */
static void
test_kept_target (void)
{
  static const Article routine = {
    "routine-target",
    HARWICK_FOODS_HEADLINE,
    HARWICK_FOODS_OPENING
    "Harwick Foods kept its full-year target of 640 million pounds in operating profit."
  };
  static const Article planned = {
    "planned-goal",
    HARWICK_FOODS_HEADLINE,
    HARWICK_FOODS_OPENING
    "Harwick Foods aims to open 40 new stores next year, as it had originally planned."
  };
  g_autoptr(GPtrArray) cars = first_round ("car-deliveries-price-war.md");
  g_autoptr(GPtrArray) batteries = first_round ("battery-supply.md");
  g_autoptr(GPtrArray) trucks = sure_round ("electric-truck-funding.md");
  g_autoptr(GPtrArray) foods = first_round_of (&routine);
  g_autoptr(GPtrArray) stores = first_round_of (&planned);

  g_assert_true (offered (cars, "Can Halvard meet its full-year target of 1.3 million "
                                "deliveries?"));
  g_assert_true (offered (batteries, "Can Aurelio meet its full-year delivery target of 150,000 "
                                     "to 160,000 vehicles?"));
  /* "It aims to build 1,800 vehicles next year and reach a positive gross
   * margin per truck by the fourth quarter, a milestone it had originally
   * targeted for this year": a goal that slipped before. */
  g_assert_nonnull (trucks);
  g_assert_true (offered (trucks, "Can Torvik build 1,800 vehicles next year?"));
  assert_no_question_with (foods, "meet its", NULL);
  assert_no_question_with (stores, "open 40", NULL);
}

/* "It aims to build 1,800 vehicles next year and reach a positive gross
 * margin per truck by the fourth quarter, a milestone it had originally
 * targeted for this year" (electric-truck-funding): the second goal is
 * the one that slipped, and the first run asks it too. Not a direction
 * without a figure or a date ("and expand into Germany"), and on a
 * first run not a second goal nobody doubts. */
static void
test_conjoined_goal (void)
{
  static const Article direction = {
    "direction-goal",
    HARWICK_FOODS_HEADLINE,
    HARWICK_FOODS_OPENING
    "Harwick Foods aims to open 40 new stores next year and expand into Germany, a move it "
    "had originally planned for this year."
  };
  static const Article undoubted = {
    "undoubted-goal",
    HARWICK_FOODS_HEADLINE,
    HARWICK_FOODS_OPENING
    "Harwick Foods aims to open 40 new stores next year and reach a positive operating "
    "margin by the fourth quarter."
  };
  g_autoptr(GPtrArray) trucks = sure_round ("electric-truck-funding.md");
  g_autoptr(GPtrArray) moves = all_questions (direction.headline, direction.body);
  g_autoptr(GPtrArray) margins = first_round_of (&undoubted);
  g_autoptr(GPtrArray) later = all_questions (undoubted.headline, undoubted.body);

  g_assert_nonnull (trucks);
  g_assert_true (offered (trucks, "Can Torvik reach a positive gross margin per truck by the "
                                  "fourth quarter?"));
  assert_no_question_with (moves, "expand into Germany", NULL);
  assert_no_question_with (margins, "positive operating margin", NULL);
  g_assert_true (offered (later, "Can Harwick Foods reach a positive operating margin by the "
                                 "fourth quarter?"));
}

/* "…would depend on how quickly it could redirect production" (solar-
 * panel-duties), "…depending on how much of the cost it could pass on to
 * customers" (solar-duties-estmark), "raised questions about how quickly
 * the company could rebuild earnings elsewhere" (cosmetics-china-slump),
 * "The question is how much cash it burns before the fleet is whole
 * again" (airline-engine-checks), of the company the story is about:
 * how far or how fast a company can go, which the story leaves open. Not
 * where what follows points back ("how quickly the wildfire fund would
 * reimburse the company"), nor of an "it" that may be what the sentence
 * named before ("Analysts welcomed the win but questioned how much
 * profit it would ultimately generate"). */
static void
test_open_how_question (void)
{
  g_autoptr(GPtrArray) panels = article_questions ("solar-panel-duties.md");
  g_autoptr(GPtrArray) duties = article_questions ("solar-duties-estmark.md");
  g_autoptr(GPtrArray) cosmetics = article_questions ("cosmetics-china-slump.md");
  g_autoptr(GPtrArray) wildfire = article_questions ("wildfire-charge.md");
  g_autoptr(GPtrArray) engines = article_questions ("airline-engine-checks.md");
  g_autoptr(GPtrArray) chocolate = article_questions ("chocolate-price-rise.md");
  g_autoptr(GPtrArray) tunnel = article_questions ("tunnel-contract.md");

  g_assert_true (offered (panels, "How quickly can Helioray redirect production?"));
  g_assert_true (offered (duties, "How much of the cost can Sunvara pass on to customers?"));
  g_assert_true (offered (cosmetics, "How quickly can Hanbyeol rebuild earnings elsewhere?"));
  g_assert_true (offered (engines, "How much cash will Corvane burn before the fleet is whole?"));
  g_assert_true (offered (chocolate, "How much of its customer base will Pellworth lose "
                                     "permanently along the way?"));
  assert_no_question_with (wildfire, "reimburse", NULL);
  assert_no_question_with (tunnel, "ultimately generate", NULL);
}

/* "The real question is whether the rail link gets built on time"
 * (port-privatisation-bid), "The real test is whether the credit model
 * holds up through a bad season" (farm-lender-raise), both of whose
 * first runs asked nothing: what a story leaves open about a thing it
 * names in two words or more. Not "whether the measures would be
 * enough" or "whether the premium was enough", which do not say which. */
static void
test_open_question_of_a_thing (void)
{
  g_autoptr(GPtrArray) port = first_round ("port-privatisation-bid.md");
  g_autoptr(GPtrArray) farms = first_round ("farm-lender-raise.md");
  g_autoptr(GPtrArray) oil = article_questions ("oil-output-cut.md");
  g_autoptr(GPtrArray) coats = article_questions ("coat-retailer-profit-warning.md");
  g_autoptr(GPtrArray) shale = article_questions ("shale-all-stock-merger.md");

  g_assert_true (offered (port, "Will the rail link get built on time?"));
  g_assert_true (offered (farms, "Will the credit model hold up through a bad season?"));
  g_assert_true (offered (oil, "Will the smaller producers actually deliver?"));
  assert_no_question_with (coats, "the measures be", NULL);
  assert_no_question_with (shale, "the premium", NULL);
}

/* "concerns… about how much debt the operators would need to take on,
 * and whether consumers would ultimately pay through higher tariffs"
 * (spectrum-auction-record, whose first run asked nothing), "depending
 * on how quickly assets are sold and how much secured debt ranks ahead
 * of the notes", "declined to say when the tax on soybeans might be
 * lowered": what a story leaves open about a thing of one word, or how
 * far, how much or when, asked up to where the sentence turns to another
 * thing or to when. Not of a thing whose verb loses its particle ("need
 * to take"), nor "Will customers wait?" or "How many jobs will be
 * affected?", which do not say of what, nor of a thing the story names
 * once ("how long production would be halted" in ammonia-plant-blast). */
static void
test_open_question_of_how_much (void)
{
  g_autoptr(GPtrArray) auction = first_round ("spectrum-auction-record.md");
  g_autoptr(GPtrArray) blast = article_questions ("ammonia-plant-blast.md");
  g_autoptr(GPtrArray) landlord = article_questions ("landlord-missed-coupon.md");
  g_autoptr(GPtrArray) fund = article_questions ("bond-fund-freeze.md");
  g_autoptr(GPtrArray) chips = article_questions ("chip-plant-tool-delay.md");
  g_autoptr(GPtrArray) wheat = article_questions ("wheat-export-tax.md");
  g_autoptr(GPtrArray) jobs = article_questions ("supermarket-price-war.md");

  g_assert_true (offered (auction, "Will consumers ultimately pay through higher tariffs?"));
  assert_no_question_with (auction, "need to take", NULL);
  /* "production", said once there, names nothing the story is about. */
  assert_no_question_with (blast, "halted", NULL);
  g_assert_true (offered (landlord, "How quickly will assets be sold?"));
  g_assert_true (offered (landlord, "How much secured debt will rank ahead of the notes?"));
  assert_no_question_with (fund, "reopened?", NULL);
  assert_no_question_with (jobs, "How many jobs", NULL);
  assert_no_question_with (chips, "customers wait", NULL);
  g_assert_true (offered (wheat, "When will the tax on soybeans be lowered?"));
}

/* Two questions whether or when the same thing is done, in words too
 * different for the word-set test, came on one first run each: "What
 * would it take for Verity to resume output at its Kanyenda mine?" and
 * "When will production resume?"; "Can Aurelion raise enough cash to
 * keep going?" and "Can Aurelion raise at least $1 billion in new
 * capital within 12 months?". The first of each stays, on every run. */
static void
test_same_action_once (void)
{
  g_autoptr(GPtrArray) flood = article_questions ("copper-mine-flooding-high.md");
  g_autoptr(GPtrArray) cash = article_questions ("ev-startup-cash.md");
  g_autoptr(GPtrArray) forecast = article_questions ("airline-fuel-warning.md");

  g_assert_true (offered (flood, "What would it take for Verity to resume output at its "
                                 "Kanyenda mine?"));
  assert_no_question_with (flood, "When will production resume?", NULL);
  g_assert_true (offered (cash, "Can Aurelion raise enough cash to keep going?"));
  assert_no_question_with (cash, "at least $1 billion", NULL);
  /* Targets to meet are many, and distinct. */
  g_assert_true (offered (forecast, "Can Castellan meet its lowered profit forecast?"));
  g_assert_true (offered (forecast, "Can Castellan meet its medium-term target of a 12% "
                                    "operating margin by 2028?"));
}

/* Headlines whose first runs asked nothing. "Mexico's GTN cuts
 * first-quarter outlook as U.S. border rail halt strands cargo": GTN is
 * the short name the lead gives "Grupo Transportes del Norte (GTN)", and
 * the halt is the subject of the clause "as" opens. "Poland's Bank
 * Wislany Q3 profit falls 41 pct on 1.24 bln zloty Swiss franc loan
 * charge", then "Wislany said": one bank, whose profit fell on a charge
 * for loans in a currency, as did Seeland Re's "swings to loss on $1.45
 * billion hurricane charge". Where the mishap's word is the clause's
 * verb ("as property losses breach capital buffer"), or no verb follows
 * it, nothing broke. */
static void
test_headline_halt_and_charge (void)
{
  g_autofree char *rail_text = NULL;
  Article rail_article = read_article ("border-rail-halt.md", &rail_text);
  g_autoptr(GPtrArray) rail = first_round ("border-rail-halt.md");
  g_autoptr(GPtrArray) bank = first_round ("franc-loan-charge.md");
  g_autoptr(GPtrArray) reinsurer = first_round ("reinsurer-charge.md");
  g_autoptr(GPtrArray) savings = article_questions ("savings-bank-capital-hole.md");
  /* A headline that ends on the mishap has no verb after it. */
  g_autoptr(GPtrArray) cut = all_questions ("Mexico's GTN cuts first-quarter outlook as U.S. "
                                            "border rail halt", rail_article.body);

  g_assert_true (offered (rail, "How might the U.S. border rail halt affect GTN?"));
  g_assert_true (offered (bank, "Will Wislany need to set aside more for its Swiss franc loans?"));
  g_assert_true (offered (reinsurer,
                          "Will Seeland Re need to set aside more for hurricane costs?"));
  assert_no_question_with (savings, "breach", NULL);
  assert_no_question_with (cut, "halt affect", NULL);
}

/* "Albemar Insurance flags 1.85 bln ducat Cyclone Oriane loss, suspends
 * buyback", where the lead says claims are still coming in, and "Tasman
 * Shield doubles catastrophe loss estimate after Queensland storms":
 * whether the insurer will need to set aside more, as asked of a charge.
 * A loss the headline does not blame on a named storm is no charge. */
static void
test_catastrophe_losses (void)
{
  g_autofree char *cyclone_text = NULL;
  Article cyclone_article = read_article ("cyclone-insurer-buyback.md", &cyclone_text);
  g_autoptr(GPtrArray) cyclone = first_round ("cyclone-insurer-buyback.md");
  g_autoptr(GPtrArray) trading = all_questions ("Albemar Insurance flags 1.85 bln ducat "
                                                "trading loss, suspends buyback",
                                                cyclone_article.body);
  g_autoptr(GPtrArray) storms = first_round ("storm-loss-dividend-cut.md");

  g_assert_true (offered (cyclone, "Will Albemar need to set aside more for Cyclone Oriane "
                                   "claims?"));
  assert_no_question_with (trading, "set aside", NULL);
  g_assert_true (offered (storms, "Will Tasman Shield need to set aside more for catastrophe "
                                  "claims?"));
}

/* "Italy's Venturi Milano names Maison Delorme executive Aubertin CEO
 * as sales slump", "South Korea's Hanbyeol Beauty slashes profit outlook
 * as China sales slump": a headline that opens on the company's country
 * leads with the company all the same, as "Mexico's GTN" does above. */
static void
test_headline_after_country (void)
{
  g_autoptr(GPtrArray) venturi = first_round ("luxury-ceo-change.md");
  g_autoptr(GPtrArray) cosmetics = first_round ("cosmetics-china-slump.md");

  g_assert_true (offered (venturi, "Can Venturi revive its sales?"));
  g_assert_true (offered (cosmetics, "Can Hanbyeol revive its China sales?"));
}

/* "The EU competition enforcer said it would assess whether Klarvik,
 * which processes payments for about 410,000 online merchants across
 * Europe, abused a dominant position by requiring retailers to…"
 * (bnpl-probe, whose first run asked nothing), "NERC… would review
 * whether the company had followed maintenance requirements at Vesmar":
 * what an inquiry is to find out, asked of the company, up to how it is
 * said to have done it. */
static void
test_what_an_inquiry_asks (void)
{
  g_autoptr(GPtrArray) probe = first_round ("bnpl-probe.md");
  g_autoptr(GPtrArray) pipeline = article_questions ("gas-pipeline-fire.md");
  g_autoptr(GPtrArray) licence = article_questions ("fintech-licence-rejected.md");

  g_assert_true (offered (probe, "Did Klarvik abuse a dominant position?"));
  g_assert_true (offered (pipeline, "Has TGT followed maintenance requirements at Vesmar?"));
  /* "declined to say whether the bank might reduce its commitment":
   * what it may yet do, not what it did. */
  assert_no_question_with (licence, "Did Halden", NULL);
  g_assert_true (offered (licence, "Will Halden reduce its commitment?"));
}

/* Whether the next test registered belongs to this run. The suite takes
 * minutes on one core, so meson runs it in parts side by side, each told
 * which by NFE_TEST_SHARD ("1/2", "2/2"); without it, all run. */
static gboolean
in_shard (void)
{
  static guint index = 0;
  const char *shard = g_getenv ("NFE_TEST_SHARD");
  guint part, parts;

  if (shard == NULL || sscanf (shard, "%u/%u", &part, &parts) != 2 || part == 0 || parts == 0)
    return TRUE;
  return index++ % parts == part - 1;
}

#define add_func(path, func) \
  G_STMT_START { if (in_shard ()) g_test_add_func (path, func); } G_STMT_END

/* "…ordered the lender to appoint an independent monitor for three
 * years" (bank-laundering-fine), where analysts weigh what it costs: a
 * first run asks what the monitor means for the bank the headline fines,
 * not for the regulator's country, nor where no one weighs it. */
static void
test_fine_monitor (void)
{
  g_autoptr(GPtrArray) nahran = first_round ("bank-laundering-fine.md");
  g_autoptr(GPtrArray) hollensby = first_round ("bank-record-fine.md");
  g_autoptr(GPtrArray) harcourt = first_round ("private-bank-aml-fine.md");
  g_autoptr(GPtrArray) corvane = first_round ("bank-fine-chief-stays.md");
  g_autoptr(GPtrArray) adtech = article_questions ("ad-tech-dominance-fine.md");

  g_assert_true (offered (nahran, "How will the independent monitor affect Nahran's business?"));
  g_assert_true (offered (hollensby, "How will the independent monitor affect Hollensby's "
                                     "business?"));
  g_assert_true (offered (harcourt, "How will the independent monitor affect Aurelian "
                                    "Harcourt's business?"));
  g_assert_true (offered (corvane, "How will the independent monitor affect Corvane's "
                                   "business?"));
  /* "Dhurain's financial regulator fined Nahran Bank…". */
  assert_no_question_with (nahran, "Dhurain's business", NULL);
  /* "The BCA said it would appoint an independent monitor to check
   * Nexalis's compliance": told, weighed by no one. */
  assert_no_question_with (adtech, "monitor", NULL);
}

/* "He expects it to narrow… as the central bank lowers rates"
 * (bank-bad-loans-warning): how falling rates weigh on the margin of the
 * bank the story leads on; not of a margin that narrows as rates rise. */
static void
test_margin_squeeze (void)
{
  static const Article rising = {
    "rising-rates-margin",
    "Corvell Bank profit falls as deposit costs climb",
    "Corvell Bank said on Monday its first-quarter profit fell 12% as it paid more to keep "
    "savers' deposits.\n\n"
    "Corvell Bank's net interest margin narrowed to 2.1% from 2.3%, after the central bank "
    "raised its benchmark rate twice this year and savers moved money into term deposits.\n\n"
    "The bank kept its dividend and said loan growth would pick up in the second half.\n"
  };
  g_autoptr(GPtrArray) caravel = first_round ("bank-bad-loans-warning.md");
  g_autoptr(GPtrArray) keel = first_round ("bank-trading-haul.md");
  g_autoptr(GPtrArray) wislany = first_round ("franc-loan-charge.md");
  g_autoptr(GPtrArray) raised = all_questions (rising.headline, rising.body);

  /* "…the margin had probably peaked. He expects it to narrow…". */
  g_assert_true (offered (caravel, "How will falling interest rates affect Caravel's net "
                                   "interest margin?"));
  g_assert_true (offered (keel, "How will falling interest rates affect Ostrander Keel's net "
                                "interest margin?"));
  g_assert_true (offered (wislany, "How will falling interest rates affect Wislany's net "
                                   "interest margin?"));
  assert_no_question_with (raised, "falling interest rates", NULL);
}

/* "Several economists said an emergency or scheduled rate increase…
 * could not be ruled out if the mark continued to slide"
 * (mark-election-low): beside what could halt a currency's slide, a
 * first run asks whether the central bank raises rates to defend it,
 * where a sentence speaks of a rate hike; not where none does, nor of
 * "a fuel price hike". */
static void
test_defence_hike (void)
{
  g_autoptr(GPtrArray) mark = first_round ("mark-election-low.md");
  g_autoptr(GPtrArray) peso = first_round ("peso-record-low-election.md");
  g_autoptr(GPtrArray) rupiah = first_round ("rupiah-deficit-slide.md");
  g_autoptr(GPtrArray) bi = first_round ("rupiah-intervention.md");
  g_autoptr(GPtrArray) sarvo = first_round ("sarvo-record-low.md");
  g_autoptr(GPtrArray) marand = first_round ("fuel-subsidy-protests.md");
  g_autoptr(GPtrArray) crown = article_questions ("crown-slides-minister-quits.md");
  static const Article fuel = {
    "fuel-price-hike",
    "Corvellan peso slides to record low as fuel price hike stokes inflation fears",
    "SANTA LUCIA, May 4 (NextFin) - Corvella's peso fell to a record low against the dollar on "
    "Monday after the government announced a fuel price hike of 20% to cut the cost of "
    "subsidies.\n\n"
    "The peso has lost 14% this year. Importers rushed to buy dollars, traders said, and the "
    "currency weakened past 1,200 per dollar for the first time.\n\n"
    "Economists said the higher fuel prices would push inflation above 9% by the summer.\n"
  };
  g_autoptr(GPtrArray) peso_fuel = all_questions (fuel.headline, fuel.body);

  g_assert_true (offered (mark, "Will the National Bank of Talvenia raise interest rates to "
                                "defend the mark?"));
  /* "…the central bank might have to raise rates rather than cut them". */
  g_assert_true (offered (peso, "Will the central bank raise interest rates to defend the "
                                "peso?"));
  g_assert_true (offered (rupiah, "Will Bank Indonesia raise interest rates to defend the "
                                  "rupiah?"));
  g_assert_true (offered (bi, "Will BI raise interest rates to defend the rupiah?"));
  /* "…reluctant to raise interest rates despite inflation running at
   * nearly three times their target". */
  g_assert_true (offered (sarvo, "Will the Bank of Sarvonia raise interest rates to defend "
                                 "the sarvo?"));
  /* "Central Bank of Marandia Governor Ines Kovacs-Oyelaran", a name the
   * story gives no wording of its own. */
  g_assert_true (offered (marand, "Will the central bank raise interest rates to defend the "
                                  "marand?"));
  /* "…could complicate the central bank's plans to begin cutting
   * rates": no hike weighed. */
  assert_no_question_with (crown, "defend", NULL);
  g_assert_true (offered_with (peso_fuel, "halt the peso's slide"));
  assert_no_question_with (peso_fuel, "defend", NULL);
}

/* "The company maintained its full-year guidance…" under a headline
 * that tells a setback (canal-closure-voyages): whether the company can
 * still meet it. Not of guidance it "had reaffirmed" before cutting it,
 * of "its outlook" named by nothing else, of another firm's forecast,
 * nor through good news. */
static void
test_kept_guidance (void)
{
  g_autoptr(GPtrArray) pilots = first_round ("airline-pilot-deal.md");
  g_autoptr(GPtrArray) canal = first_round ("canal-closure-voyages.md");
  g_autoptr(GPtrArray) licence = first_round ("chip-tool-licence-threat.md");
  g_autoptr(GPtrArray) trial = first_round ("pharma-trial-setback.md");
  g_autoptr(GPtrArray) salmon = first_round ("salmon-warning.md");
  g_autoptr(GPtrArray) plant = first_round ("chip-plant-tool-delay.md");
  g_autoptr(GPtrArray) outage = first_round ("payments-outage.md");
  g_autoptr(GPtrArray) water = article_questions ("copper-water-curbs.md");
  g_autoptr(GPtrArray) packaging = article_questions ("packaging-costs-forecast-cut.md");
  g_autoptr(GPtrArray) junk = article_questions ("sovereign-junk-downgrade.md");
  g_autoptr(GPtrArray) hold = article_questions ("central-bank-split-hold.md");
  g_autoptr(GPtrArray) sensors = article_questions ("quarterly-results.md");
  static const Article reaffirmed = {
    "reaffirmed-then-cut",
    "Corvell Foods cuts profit forecast as packaging costs bite",
    "LEEDS, May 4 (NextFin) - Corvell Foods cut its full-year profit forecast on Monday, "
    "blaming higher costs for packaging and energy.\n\n"
    "The cut surprised analysts, as the company had reaffirmed its full-year profit guidance "
    "at an investor conference in April.\n\n"
    "Corvell Foods shares fell 6% in London.\n"
  };
  static const Article rival = {
    "rival-kept-guidance",
    "Corvell Foods warns on profit as packaging costs bite",
    "LEEDS, May 4 (NextFin) - Corvell Foods warned on Monday that higher costs for packaging "
    "and energy would weigh on its first-half profit.\n\n"
    "Its rival Corbett Foods reaffirmed its full-year profit guidance on Tuesday.\n\n"
    "Corvell Foods shares fell 6% in London.\n"
  };
  g_autoptr(GPtrArray) before_cut = all_questions (reaffirmed.headline, reaffirmed.body);
  g_autoptr(GPtrArray) rivals = all_questions (rival.headline, rival.body);

  /* "She reaffirmed full-year adjusted earnings guidance…". */
  g_assert_true (offered (pilots, "Can Pinecrest still meet its full-year adjusted earnings "
                                  "guidance?"));
  g_assert_true (offered (canal, "Can Brandholm still meet its full-year guidance?"));
  g_assert_true (offered (licence, "Can Halvren still meet its full-year revenue guidance?"));
  g_assert_true (offered (trial, "Can Alpenrhein still meet its 2025 guidance?"));
  /* "Nordvik kept the annual forecast for now…". */
  g_assert_true (offered (salmon, "Can Nordvik still meet its annual forecast?"));
  g_assert_true (offered (plant, "Can Aurelis still meet its fourth-quarter revenue "
                                 "forecast?"));
  /* "…the company was maintaining its full-year guidance…" under
   * "Paylinq shares tumble after Black Friday outage". */
  g_assert_true (offered (outage, "Can Paylinq still meet its full-year guidance?"));
  /* "…given that the company had reaffirmed its guidance as recently as
   * April", "…just seven weeks after Brannock reaffirmed its outlook",
   * "…kept the outlook at negative", "Ferrant Economics kept its
   * forecast…", "The company kept its full-year forecast unchanged"
   * after a profit beat. */
  assert_no_question_with (water, "still meet", NULL);
  assert_no_question_with (packaging, "still meet", NULL);
  assert_no_question_with (junk, "still meet", NULL);
  assert_no_question_with (hold, "still meet", NULL);
  assert_no_question_with (sensors, "still meet", NULL);
  assert_no_question_with (before_cut, "still meet", NULL);
  assert_no_question_with (rivals, "still meet", NULL);
}

/* "The rally is squeezing chocolate makers, which have already raised
 * prices and shrunk pack sizes" (cocoa-harvest-forecast-cut): whether
 * the makers keep passing a record price on, in what they make. */
static void
test_makers_raise_prices (void)
{
  g_autoptr(GPtrArray) ossaru = first_round ("cocoa-harvest-forecast-cut.md");
  g_autoptr(GPtrArray) kessara = first_round ("cocoa-harvest-record.md");
  g_autoptr(GPtrArray) curbs = first_round ("sparse/cocoa-export-curbs.md");
  g_autoptr(GPtrArray) robusta = first_round ("sparse/robusta-crop-shortfall.md");

  g_assert_true (offered (ossaru, "Will chocolate makers keep raising prices?"));
  g_assert_true (offered (kessara, "Will chocolate makers keep raising prices?"));
  /* "Chocolate makers have raised prices…", opening the sentence. */
  g_assert_true (offered (curbs, "Will chocolate makers keep raising prices?"));
  g_assert_true (offered (robusta, "Will instant coffee makers keep raising prices?"));
  assert_no_question_with (ossaru, "squeezing", NULL);
}

/* "The 48-hour strike by members of the Corvessan Air Line Pilots'
 * Association…", whose union "would announce further strike dates next
 * week" (pilot-pay-strike): a strike called for a set length ends when
 * it says; a first run asks whether more follow. A minister who would
 * not say the government would "intervene to end the strike" has not
 * ended it; workers who "voted… to end a 23-day strike" have. */
static void
test_further_strikes (void)
{
  static const Article once = {
    "one-strike",
    "Harlow Transit drivers strike over pay",
    "LEEDS, May 4 (NextFin) - About 3,400 bus drivers at Harlow Transit walked off the job on "
    "Monday after pay talks with the company broke down, halting most services across the "
    "region.\n\n"
    "The 24-hour strike ends at midnight. Harlow Transit said it had cancelled 80% of its "
    "routes and was losing about 1.2 million pounds a day.\n\n"
    "Analysts said the dispute could push Harlow Transit into a loss this year.\n"
  };
  g_autoptr(GPtrArray) corvessa = first_round ("pilot-pay-strike.md");
  g_autoptr(GPtrArray) tessaline = first_round ("port-terminals-strike.md");
  g_autoptr(GPtrArray) montarra = first_round ("copper-strike-ends.md");
  g_autoptr(GPtrArray) harlow = all_questions (once.headline, once.body);

  g_assert_true (offered (corvessa, "Will there be further strikes at Corvessa?"));
  /* "If this turns into rolling strikes over the spring…". */
  g_assert_true (offered (tessaline, "Will there be further strikes at the port of "
                                     "Tessaline?"));
  assert_no_question_with (montarra, "strike", NULL);
  assert_no_question_with (harlow, "further strikes", NULL);
}

/* "Corvane and Sallowmere expect annual pre-tax synergies of about $110
 * million within three years" (gold-miners-merge): synergies are the
 * savings a merger promises; not of a hostile bid's. */
static void
test_deal_synergies (void)
{
  g_autoptr(GPtrArray) gold = first_round ("gold-miners-merge.md");
  g_autoptr(GPtrArray) hostile = article_questions ("bank-hostile-bid.md");

  g_assert_true (offered (gold, "Can Corvane and Sallowmere deliver the $110 million in "
                                "synergies they promise?"));
  assert_no_question_with (hostile, "synergies", NULL);
}

/* "…announced a one-off tax on what it called the 'extraordinary'
 * profits banks have made", which a party says "should be made
 * permanent" (bank-profits-windfall-tax): whether the one-off stays. Not
 * of a tax the lead calls no one-off, where "permanent" is said of what
 * it pays for (bank-windfall-tax). */
static void
test_windfall_made_permanent (void)
{
  g_autoptr(GPtrArray) estoria = first_round ("bank-profits-windfall-tax.md");
  g_autoptr(GPtrArray) italy = first_round ("windfall-levy.md");
  g_autoptr(GPtrArray) calandria = article_questions ("bank-windfall-tax.md");

  g_assert_true (offered (estoria, "Will Estoria make the windfall tax permanent?"));
  /* "…fears that such levies could become a recurring feature". */
  g_assert_true (offered (italy, "Will Italy make the windfall levy permanent?"));
  assert_no_question_with (calandria, "permanent", NULL);
}

/* "Stellaris Ratings, which rates Marvessa BBB- with a negative outlook,
 * the lowest investment-grade rung, is due to review the country's
 * rating" (government-bond-auction): as of a company under review,
 * whether the country the headline opens on loses its grade. Not under
 * "Sarantia cut to junk", where another agency's negative outlook is no
 * first cut to ask about. */
static void
test_sovereign_rating_outlook (void)
{
  g_autoptr(GPtrArray) marvessa = first_round ("government-bond-auction.md");
  g_autoptr(GPtrArray) veloria = first_round ("sovereign-bond-costs.md");
  g_autoptr(GPtrArray) sarantia = article_questions ("sovereign-junk-downgrade.md");
  g_autoptr(GPtrArray) taiyue = article_questions ("developer-coupon-default-certain.md");

  g_assert_true (offered (marvessa, "Will Marvessa lose its investment-grade rating?"));
  /* "…which rates Veloria BB-minus, three notches below investment
   * grade, revised its outlook to negative from stable last month". */
  g_assert_true (offered (veloria, "Will Veloria's credit rating be cut?"));
  assert_no_question_with (sarantia, "lose its", NULL);
  /* "…placed the company's rating on review for downgrade", under
   * "Lianhai developer Taiyue Land misses…": the company's, not the
   * city's the headline opens on. */
  assert_no_question_with (taiyue, "Lianhai's", NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) unseen = NULL;

  g_test_init (&argc, &argv, NULL);
  unseen = unseen_article_names ();

  for (guint i = 0; i < G_N_ELEMENTS (articles); i++)
    {
      g_autofree char *path = g_strdup_printf ("/nfe/questions/article/%s", articles[i].name);

      if (in_shard ())
        g_test_add_data_func (path, &articles[i], test_article);
    }
  add_func ("/nfe/questions/deterministic", test_deterministic);
  add_func ("/nfe/questions/threads", test_threads);
  add_func ("/nfe/questions/avoid", test_avoid);
  add_func ("/nfe/questions/avoid-paraphrase", test_avoid_paraphrase);
  add_func ("/nfe/questions/max-items", test_max_items);
  add_func ("/nfe/questions/short-article", test_short_article);
  add_func ("/nfe/questions/verb-phrases", test_verb_phrases);
  add_func ("/nfe/questions/people", test_people);
  add_func ("/nfe/questions/actions", test_actions);
  add_func ("/nfe/questions/particles", test_particles);
  add_func ("/nfe/questions/names", test_names);
  add_func ("/nfe/questions/descriptions", test_descriptions);
  add_func ("/nfe/questions/cancelled", test_cancelled);
  add_func ("/nfe/questions/no-text", test_no_text);
  add_func ("/nfe/questions/decisions", test_decisions);
  add_func ("/nfe/questions/comparison", test_comparison);
  add_func ("/nfe/questions/leaders", test_leaders);
  add_func ("/nfe/questions/rates", test_rates);
  add_func ("/nfe/questions/places", test_places);
  add_func ("/nfe/questions/analysts", test_analysts);
  add_func ("/nfe/questions/listed-stock", test_listed_stock);
  add_func ("/nfe/questions/owned-clauses", test_owned_clauses);
  add_func ("/nfe/questions/plans-and-outlook", test_plans_and_outlook);
  add_func ("/nfe/questions/movement-nouns", test_movement_nouns);
  add_func ("/nfe/questions/fields-and-places", test_fields_and_places);
  add_func ("/nfe/questions/name-particles", test_name_particles);
  add_func ("/nfe/questions/quoted-views", test_quoted_views);
  add_func ("/nfe/questions/wire-copy-readings", test_wire_copy_readings);
  add_func ("/nfe/questions/events-and-suppositions", test_events_and_suppositions);
  add_func ("/nfe/questions/reported-plans", test_reported_plans);
  add_func ("/nfe/questions/views-and-parties", test_views_and_parties);
  add_func ("/nfe/questions/unfinished-text", test_unfinished_text);
  add_func ("/nfe/questions/units-and-common-words", test_units_and_common_words);
  add_func ("/nfe/questions/which-bank", test_which_bank);
  add_func ("/nfe/questions/definitions-read-as-english", test_definitions_read_as_english);
  add_func ("/nfe/questions/heads-and-articles", test_heads_and_articles);
  add_func ("/nfe/questions/titles-and-grades", test_titles_and_grades);
  add_func ("/nfe/questions/shares-and-sums", test_shares_and_sums);
  add_func ("/nfe/questions/who-is-who", test_who_is_who);
  add_func ("/nfe/questions/companies-that-speak", test_companies_that_speak);
  add_func ("/nfe/questions/pharma-speaks", test_pharma_speaks);
  add_func ("/nfe/questions/policy-is-no-event", test_policy_is_no_event);
  add_func ("/nfe/questions/unseen-articles", test_unseen_articles);
  for (guint i = 0; i < unseen->len; i++)
    {
      const char *name = g_ptr_array_index (unseen, i);
      g_autofree char *path = g_strdup_printf ("/nfe/questions/unseen-properties/%s", name);

      if (in_shard ())
        g_test_add_data_func (path, name, test_unseen_properties);
    }
  add_func ("/nfe/questions/second-unseen-batch", test_second_unseen_batch);
  add_func ("/nfe/questions/third-unseen-batch", test_third_unseen_batch);
  add_func ("/nfe/questions/fourth-unseen-batch", test_fourth_unseen_batch);
  add_func ("/nfe/questions/fifth-unseen-batch", test_fifth_unseen_batch);
  add_func ("/nfe/questions/sixth-unseen-batch", test_sixth_unseen_batch);
  add_func ("/nfe/questions/seventh-unseen-batch", test_seventh_unseen_batch);
  add_func ("/nfe/questions/eighth-unseen-batch", test_eighth_unseen_batch);
  add_func ("/nfe/questions/ninth-unseen-batch", test_ninth_unseen_batch);
  add_func ("/nfe/questions/tenth-unseen-batch", test_tenth_unseen_batch);
  add_func ("/nfe/questions/phrase-end", test_phrase_end);
  add_func ("/nfe/questions/proceeds", test_proceeds);
  add_func ("/nfe/questions/near-term", test_near_term);
  add_func ("/nfe/questions/eleventh-unseen-batch", test_eleventh_unseen_batch);
  add_func ("/nfe/questions/name-kinds", test_name_kinds);
  add_func ("/nfe/questions/of-after-comma", test_of_after_comma);
  add_func ("/nfe/questions/twelfth-unseen-batch", test_twelfth_unseen_batch);
  add_func ("/nfe/questions/thirteenth-unseen-batch", test_thirteenth_unseen_batch);
  add_func ("/nfe/questions/fourteenth-unseen-batch", test_fourteenth_unseen_batch);
  add_func ("/nfe/questions/sixteenth-unseen-batch", test_sixteenth_unseen_batch);
  add_func ("/nfe/questions/seventeenth-unseen-batch", test_seventeenth_unseen_batch);
  add_func ("/nfe/questions/risks-from-events", test_risks_from_events);
  add_func ("/nfe/questions/matter-for-company", test_matter_for_company);
  add_func ("/nfe/questions/site-being-closed", test_site_being_closed);
  add_func ("/nfe/questions/generic-last", test_generic_last);
  add_func ("/nfe/questions/country-owning-company", test_country_owning_company);
  add_func ("/nfe/questions/place-with-given-name", test_place_with_given_name);
  add_func ("/nfe/questions/twentieth-unseen-batch", test_twentieth_unseen_batch);
  add_func ("/nfe/questions/twenty-second-unseen-batch",
                   test_twenty_second_unseen_batch);
  add_func ("/nfe/questions/twenty-third-unseen-batch", test_twenty_third_unseen_batch);
  add_func ("/nfe/questions/twenty-fourth-unseen-batch", test_twenty_fourth_unseen_batch);
  add_func ("/nfe/questions/twenty-fifth-unseen-batch", test_twenty_fifth_unseen_batch);
  add_func ("/nfe/questions/own-figure-moving", test_own_figure_moving);
  add_func ("/nfe/questions/what-may-never-happen", test_what_may_never_happen);
  add_func ("/nfe/questions/event-owned-by-another", test_event_owned_by_another);
  add_func ("/nfe/questions/proceeds-and-bare-events", test_proceeds_and_bare_events);
  add_func ("/nfe/questions/lone-gerund", test_lone_gerund);
  add_func ("/nfe/questions/held-targets", test_held_targets);
  add_func ("/nfe/questions/levy-as-event", test_levy_as_event);
  add_func ("/nfe/questions/size-opens-no-subject", test_size_opens_no_subject);
  add_func ("/nfe/questions/maker-is-company", test_maker_is_company);
  add_func ("/nfe/questions/analyst-of-the-trade", test_analyst_of_the_trade);
  add_func ("/nfe/questions/zf-batch", test_zf_batch);
  add_func ("/nfe/questions/lasted-since", test_lasted_since);
  add_func ("/nfe/questions/rank-degree-absence", test_rank_degree_absence);
  add_func ("/nfe/questions/zi-zj-batches", test_zi_zj_batches);
  add_func ("/nfe/questions/zk-to-zp-batches", test_zk_to_zp_batches);
  add_func ("/nfe/questions/zq-zr-batches", test_zq_zr_batches);
  add_func ("/nfe/questions/zs-to-zv-batches", test_zs_to_zv_batches);
  add_func ("/nfe/questions/zw-to-ae-batches", test_zw_to_ae_batches);
  add_func ("/nfe/questions/af-to-ai-batches", test_af_to_ai_batches);
  add_func ("/nfe/questions/aj-to-aq-batches", test_aj_to_aq_batches);
  add_func ("/nfe/questions/ar-to-au-batches", test_ar_to_au_batches);
  add_func ("/nfe/questions/av-to-ay-batches", test_av_to_ay_batches);
  add_func ("/nfe/questions/az-to-bc-batches", test_az_to_bc_batches);
  add_func ("/nfe/questions/bd-to-bg-batches", test_bd_to_bg_batches);
  add_func ("/nfe/questions/bh-to-bk-batches", test_bh_to_bk_batches);
  add_func ("/nfe/questions/bl-to-bo-batches", test_bl_to_bo_batches);
  add_func ("/nfe/questions/bp-to-bs-batches", test_bp_to_bs_batches);
  add_func ("/nfe/questions/sure-first", test_sure_first);
  add_func ("/nfe/questions/call-beside-view", test_call_beside_view);
  add_func ("/nfe/questions/goal-before-second-object", test_goal_before_second_object);
  add_func ("/nfe/questions/diary-and-defence", test_diary_and_defence);
  add_func ("/nfe/questions/name-after-located-phrase", test_name_after_located_phrase);
  add_func ("/nfe/questions/words-the-parser-skips", test_words_the_parser_skips);
  add_func ("/nfe/questions/reviewed-families", test_reviewed_families);
  add_func ("/nfe/questions/ampersand-and-legal-form", test_ampersand_and_legal_form);
  add_func ("/nfe/questions/short-names-undefined", test_short_names_undefined);
  add_func ("/nfe/questions/company-in-apposition", test_company_in_apposition);
  add_func ("/nfe/questions/sparse-article", test_sparse_article);
  add_func ("/nfe/questions/quoted-wording", test_quoted_wording);
  add_func ("/nfe/questions/short-form-described", test_short_form_described);
  add_func ("/nfe/questions/modifiers", test_modifiers);
  add_func ("/nfe/questions/cash-flow", test_cash_flow);
  add_func ("/nfe/questions/traded-matter", test_traded_matter);
  add_func ("/nfe/questions/spelled-out-bodies", test_spelled_out_bodies);
  add_func ("/nfe/questions/company-groups", test_company_groups);
  add_func ("/nfe/questions/person-titled-further-on", test_person_titled_further_on);
  add_func ("/nfe/questions/event-only-spoken-of", test_event_only_spoken_of);
  add_func ("/nfe/questions/strike-at-a-mine", test_strike_at_a_mine);
  add_func ("/nfe/questions/portfolio-manager-later", test_portfolio_manager_later);
  add_func ("/nfe/questions/blocked-merger", test_blocked_merger);
  add_func ("/nfe/questions/object-cut-short-of-forecast", test_object_cut_short_of_forecast);
  add_func ("/nfe/questions/chief-on-his-own-plan", test_chief_on_his_own_plan);
  add_func ("/nfe/questions/equivalent-of-something-else", test_equivalent_of_something_else);
  add_func ("/nfe/questions/name-with-particle", test_name_with_particle);
  add_func ("/nfe/questions/proceeds-of-crime", test_proceeds_of_crime);
  add_func ("/nfe/questions/superlative-by-base-form", test_superlative_by_base_form);
  add_func ("/nfe/questions/name-before-who", test_name_before_who);
  add_func ("/nfe/questions/price-set-by-terms", test_price_set_by_terms);
  add_func ("/nfe/questions/state-still-to-return-to", test_state_still_to_return_to);
  add_func ("/nfe/questions/name-before-job-at", test_name_before_job_at);
  add_func ("/nfe/questions/goal-of-a-bare-figure", test_goal_of_a_bare_figure);
  add_func ("/nfe/questions/object-cut-short-of-its-noun", test_object_cut_short_of_its_noun);
  add_func ("/nfe/questions/review-that-found", test_review_that_found);
  add_func ("/nfe/questions/tariff-as-a-price", test_tariff_as_a_price);
  add_func ("/nfe/questions/decision-on-first-run", test_decision_on_first_run);
  add_func ("/nfe/questions/surname-that-is-a-word", test_surname_that_is_a_word);
  add_func ("/nfe/questions/agency-that-rates", test_agency_that_rates);
  add_func ("/nfe/questions/what-the-company-is", test_what_the_company_is);
  add_func ("/nfe/questions/object-with-its-site", test_object_with_its_site);
  add_func ("/nfe/questions/name-with-its-number", test_name_with_its_number);
  add_func ("/nfe/questions/tax-that-befalls", test_tax_that_befalls);
  add_func ("/nfe/questions/agreement-it-is-party-to", test_agreement_it_is_party_to);
  add_func ("/nfe/questions/event-named-in-full", test_event_named_in_full);
  add_func ("/nfe/questions/offering-as-a-verb", test_offering_as_a_verb);
  add_func ("/nfe/questions/view-on-the-headline-company", test_view_on_the_headline_company);
  add_func ("/nfe/questions/site-with-its-place", test_site_with_its_place);
  add_func ("/nfe/questions/country-by-its-ministry", test_country_by_its_ministry);
  add_func ("/nfe/questions/decision-of-a-country", test_decision_of_a_country);
  add_func ("/nfe/questions/unit-of-measure", test_unit_of_measure);
  add_func ("/nfe/questions/every-as-a-determiner", test_every_as_a_determiner);
  add_func ("/nfe/questions/dateline-city", test_dateline_city);
  add_func ("/nfe/questions/strike-averted-in-headline", test_strike_averted_in_headline);
  add_func ("/nfe/questions/nothing-signalled", test_nothing_signalled);
  add_func ("/nfe/questions/shares-had-risen-before", test_shares_had_risen_before);
  add_func ("/nfe/questions/proceeds-of-the-state", test_proceeds_of_the_state);
  add_func ("/nfe/questions/field-in-a-title", test_field_in_a_title);
  add_func ("/nfe/questions/state-still-to-reach", test_state_still_to_reach);
  add_func ("/nfe/questions/storm-by-its-name", test_storm_by_its_name);
  add_func ("/nfe/questions/decision-of-a-government", test_decision_of_a_government);
  add_func ("/nfe/questions/decision-of-a-named-bank", test_decision_of_a_named_bank);
  add_func ("/nfe/questions/no-insider-view-first", test_no_insider_view_first);
  add_func ("/nfe/questions/republic-of-a-name", test_republic_of_a_name);
  add_func ("/nfe/questions/strike-over", test_strike_over);
  add_func ("/nfe/questions/site-of-a-halt", test_site_of_a_halt);
  add_func ("/nfe/questions/halt-forced-by-a-mishap", test_halt_forced_by_a_mishap);
  add_func ("/nfe/questions/flood-of-supply", test_flood_of_supply);
  add_func ("/nfe/questions/view-on-the-company-first", test_view_on_the_company_first);
  add_func ("/nfe/questions/view-on-the-activists-target", test_view_on_the_activists_target);
  add_func ("/nfe/questions/allocation-to-what", test_allocation_to_what);
  add_func ("/nfe/questions/who-names-a-person", test_who_names_a_person);
  add_func ("/nfe/questions/attack-befalls", test_attack_befalls);
  add_func ("/nfe/questions/proceeds-a-minister-spends", test_proceeds_a_minister_spends);
  add_func ("/nfe/questions/plan-a-government-announced", test_plan_a_government_announced);
  add_func ("/nfe/questions/agreed-to-sell", test_agreed_to_sell);
  add_func ("/nfe/questions/decision-the-story-returns-to",
            test_decision_the_story_returns_to);
  add_func ("/nfe/questions/tax-and-restrictions-befall", test_tax_and_restrictions_befall);
  add_func ("/nfe/questions/drop-routes", test_drop_routes);
  add_func ("/nfe/questions/halt-after-an-outbreak", test_halt_after_an_outbreak);
  add_func ("/nfe/questions/which-breweries", test_which_breweries);
  add_func ("/nfe/questions/analyst-on-walkouts", test_analyst_on_walkouts);
  add_func ("/nfe/questions/raise-prices", test_raise_prices);
  add_func ("/nfe/questions/share-of-a-count", test_share_of_a_count);
  add_func ("/nfe/questions/cut-production", test_cut_production);
  add_func ("/nfe/questions/share-placed-after", test_share_placed_after);
  add_func ("/nfe/questions/round-count", test_round_count);
  add_func ("/nfe/questions/share-of-workforce", test_share_of_workforce);
  add_func ("/nfe/questions/described-company", test_described_company);
  add_func ("/nfe/questions/plural-before-the-head", test_plural_before_the_head);
  add_func ("/nfe/questions/name-cut-in-two", test_name_cut_in_two);
  add_func ("/nfe/questions/name-read-whole", test_name_read_whole);
  add_func ("/nfe/questions/idle-and-strike", test_idle_and_strike);
  add_func ("/nfe/questions/object-short-of-a-name", test_object_short_of_a_name);
  add_func ("/nfe/questions/estimate-of-something", test_estimate_of_something);
  add_func ("/nfe/questions/description-before-name", test_description_before_name);
  add_func ("/nfe/questions/name-after-name", test_name_after_name);
  add_func ("/nfe/questions/plans-to", test_plans_to);
  add_func ("/nfe/questions/operations-in-places", test_operations_in_places);
  add_func ("/nfe/questions/about-a-count", test_about_a_count);
  add_func ("/nfe/questions/object-read-in-its-piece", test_object_read_in_its_piece);
  add_func ("/nfe/questions/reinsurer-no-person", test_reinsurer_no_person);
  add_func ("/nfe/questions/target-on-another", test_target_on_another);
  add_func ("/nfe/questions/holds-back-returns", test_holds_back_returns);
  add_func ("/nfe/questions/event-named-fully", test_event_named_fully);
  add_func ("/nfe/questions/name-aside-then-verb", test_name_aside_then_verb);
  add_func ("/nfe/questions/sum-left-out", test_sum_left_out);
  add_func ("/nfe/questions/name-that-acts-on-its-own", test_name_that_acts_on_its_own);
  add_func ("/nfe/questions/reported-before-its-reason", test_reported_before_its_reason);
  add_func ("/nfe/questions/speaker-after-an-opening", test_speaker_after_an_opening);
  add_func ("/nfe/questions/central-bank-by-its-country", test_central_bank_by_its_country);
  add_func ("/nfe/questions/announced-decision", test_announced_decision);
  add_func ("/nfe/questions/verb-after-and", test_verb_after_and);
  add_func ("/nfe/questions/views-wait", test_views_wait);
  add_func ("/nfe/questions/takeover-bid-obstacles", test_takeover_bid_obstacles);
  add_func ("/nfe/questions/bank-of-a-place", test_bank_of_a_place);
  add_func ("/nfe/questions/mishap-befalls", test_mishap_befalls);
  add_func ("/nfe/questions/company-named-like-a-person", test_company_named_like_a_person);
  add_func ("/nfe/questions/someone-who", test_someone_who);
  add_func ("/nfe/questions/recall-of-its-own", test_recall_of_its_own);
  add_func ("/nfe/questions/responding-to-the-cause", test_responding_to_the_cause);
  add_func ("/nfe/questions/responding-as-written", test_responding_as_written);
  add_func ("/nfe/questions/authority-acts", test_authority_acts);
  add_func ("/nfe/questions/object-runs-to-the-name-end", test_object_runs_to_the_name_end);
  add_func ("/nfe/questions/what-befell-told-elsewhere", test_what_befell_told_elsewhere);
  add_func ("/nfe/questions/purchase-in-the-headline", test_purchase_in_the_headline);
  add_func ("/nfe/questions/title-after-a-possessive", test_title_after_a_possessive);
  add_func ("/nfe/questions/debut-for-investors", test_debut_for_investors);
  add_func ("/nfe/questions/debts-in-distress", test_debts_in_distress);
  add_func ("/nfe/questions/central-bank-holds", test_central_bank_holds);
  add_func ("/nfe/questions/results-that-beat", test_results_that_beat);
  add_func ("/nfe/questions/strike-at-a-port", test_strike_at_a_port);
  add_func ("/nfe/questions/walkout-at-a-mine", test_walkout_at_a_mine);
  add_func ("/nfe/questions/proposal-from-a-described-bidder",
            test_proposal_from_a_described_bidder);
  add_func ("/nfe/questions/stand-in-before-a-view", test_stand_in_before_a_view);
  add_func ("/nfe/questions/cause-with-a-shared-head", test_cause_with_a_shared_head);
  add_func ("/nfe/questions/a-country-restricting", test_a_country_restricting);
  add_func ("/nfe/questions/chief-executive-departs", test_chief_executive_departs);
  add_func ("/nfe/questions/rerouted-fleet", test_rerouted_fleet);
  add_func ("/nfe/questions/rate-move-read-as-written", test_rate_move_read_as_written);
  add_func ("/nfe/questions/bad-loan-provisions", test_bad_loan_provisions);
  add_func ("/nfe/questions/currency-slide", test_currency_slide);
  add_func ("/nfe/questions/drug-approval-and-explosion", test_drug_approval_and_explosion);
  add_func ("/nfe/questions/sources-and-payout-policies", test_sources_and_payout_policies);
  add_func ("/nfe/questions/one-risks-question", test_one_risks_question);
  add_func ("/nfe/questions/leads-read-as-written", test_leads_read_as_written);
  add_func ("/nfe/questions/temporary-closure", test_temporary_closure);
  add_func ("/nfe/questions/five-more-leads", test_five_more_leads);
  add_func ("/nfe/questions/price-spike", test_price_spike);
  add_func ("/nfe/questions/headline-marks", test_headline_marks);
  add_func ("/nfe/questions/first-run-holds-back-stand-ins", test_first_run_holds_back_stand_ins);
  add_func ("/nfe/questions/fines-played-down", test_fines_played_down);
  add_func ("/nfe/questions/resume-what-was-put-off", test_resume_what_was_put_off);
  add_func ("/nfe/questions/dividends-chiefs-and-bidders", test_dividends_chiefs_and_bidders);
  add_func ("/nfe/questions/asides-left-out", test_asides_left_out);
  add_func ("/nfe/questions/what-it-can-win-back", test_what_it_can_win_back);
  add_func ("/nfe/questions/plans-prices-and-ratings", test_plans_prices_and_ratings);
  add_func ("/nfe/questions/recall-and-rescue", test_recall_and_rescue);
  add_func ("/nfe/questions/dividend-risk-and-higher-offer", test_dividend_risk_and_higher_offer);
  add_func ("/nfe/questions/forecast-cut", test_forecast_cut);
  add_func ("/nfe/questions/appeal", test_appeal);
  add_func ("/nfe/questions/remedies-and-retaliation", test_remedies_and_retaliation);
  add_func ("/nfe/questions/recall-cost", test_recall_cost);
  add_func ("/nfe/questions/possessive-after-places", test_possessive_after_places);
  add_func ("/nfe/questions/strike-ballot", test_strike_ballot);
  add_func ("/nfe/questions/capital-and-price-requests", test_capital_and_price_requests);
  add_func ("/nfe/questions/mishaps-befall", test_mishaps_befall);
  add_func ("/nfe/questions/legal-claim", test_legal_claim);
  add_func ("/nfe/questions/cuts-capital-and-savings", test_cuts_capital_and_savings);
  add_func ("/nfe/questions/size-in-one-word", test_size_in_one_word);
  add_func ("/nfe/questions/deliveries-and-attacks", test_deliveries_and_attacks);
  add_func ("/nfe/questions/fleet-orders", test_fleet_orders);
  add_func ("/nfe/questions/price-war-and-openings", test_price_war_and_openings);
  add_func ("/nfe/questions/headline-setbacks", test_headline_setbacks);
  add_func ("/nfe/questions/debt-sales", test_debt_sales);
  add_func ("/nfe/questions/lasting-setbacks", test_lasting_setbacks);
  add_func ("/nfe/questions/rival-suitor", test_rival_suitor);
  add_func ("/nfe/questions/slowing-inflation", test_slowing_inflation);
  add_func ("/nfe/questions/blocked-deal-appeal", test_blocked_deal_appeal);
  add_func ("/nfe/questions/unknown-currency-sum", test_unknown_currency_sum);
  add_func ("/nfe/questions/headline-mishaps", test_headline_mishaps);
  add_func ("/nfe/questions/turning-points", test_turning_points);
  add_func ("/nfe/questions/rating-moves-on-a-country", test_rating_moves_on_a_country);
  add_func ("/nfe/questions/production-setbacks", test_production_setbacks);
  add_func ("/nfe/questions/what-a-headline-costs", test_what_a_headline_costs);
  add_func ("/nfe/questions/laundering-fines", test_laundering_fines);
  add_func ("/nfe/questions/settled-strikes", test_settled_strikes);
  add_func ("/nfe/questions/what-drives-results", test_what_drives_results);
  add_func ("/nfe/questions/what-drives-results-elsewhere", test_what_drives_results_elsewhere);
  add_func ("/nfe/questions/unlisted-country-borrows", test_unlisted_country_borrows);
  add_func ("/nfe/questions/spin-off-value", test_spin_off_value);
  add_func ("/nfe/questions/contract-margins", test_contract_margins);
  add_func ("/nfe/questions/rejected-tariff", test_rejected_tariff);
  add_func ("/nfe/questions/headline-plans", test_headline_plans);
  add_func ("/nfe/questions/trial-success", test_trial_success);
  add_func ("/nfe/questions/what-befell-a-company", test_what_befell_a_company);
  add_func ("/nfe/questions/merge-with", test_merge_with);
  add_func ("/nfe/questions/no-headline", test_no_headline);
  add_func ("/nfe/questions/null-headline", test_null_headline);
  add_func ("/nfe/questions/what-drags-results", test_what_drags_results);
  add_func ("/nfe/questions/debt-deals", test_debt_deals);
  add_func ("/nfe/questions/farm-price-cuts", test_farm_price_cuts);
  add_func ("/nfe/questions/country-central-bank", test_country_central_bank);
  add_func ("/nfe/questions/averted-strikes", test_averted_strikes);
  add_func ("/nfe/questions/delayed-sites", test_delayed_sites);
  add_func ("/nfe/questions/blamed-setbacks", test_blamed_setbacks);
  add_func ("/nfe/questions/blamed-clause-noun-verb", test_blamed_clause_noun_verb);
  add_func ("/nfe/questions/rights-issue-in-headline", test_rights_issue_in_headline);
  add_func ("/nfe/questions/paid-for-with-debt", test_paid_for_with_debt);
  add_func ("/nfe/questions/asset-sale-buyer", test_asset_sale_buyer);
  add_func ("/nfe/questions/cut-ipo-price", test_cut_ipo_price);
  add_func ("/nfe/questions/abandoned-bid", test_abandoned_bid);
  add_func ("/nfe/questions/headline-remedies", test_headline_remedies);
  add_func ("/nfe/questions/auditor-quits", test_auditor_quits);
  add_func ("/nfe/questions/gluts-restructurings-and-rejections",
            test_gluts_restructurings_and_rejections);
  add_func ("/nfe/questions/downgrade-short-seller-shortage",
            test_downgrade_short_seller_shortage);
  add_func ("/nfe/questions/would-cut-jobs", test_would_cut_jobs);
  add_func ("/nfe/questions/country-apart-from-its-regulator",
            test_country_apart_from_its_regulator);
  add_func ("/nfe/questions/country-with-a-government", test_country_with_a_government);
  add_func ("/nfe/questions/name-with-a-stop-word", test_name_with_a_stop_word);
  add_func ("/nfe/questions/analyst-by-what-they-do", test_analyst_by_what_they_do);
  add_func ("/nfe/questions/company-by-its-chief", test_company_by_its_chief);
  add_func ("/nfe/questions/name-with-its-s", test_name_with_its_s);
  add_func ("/nfe/questions/view-on-story-event", test_view_on_story_event);
  add_func ("/nfe/questions/nothing-sure-said", test_nothing_sure_said);
  add_func ("/nfe/questions/view-on-what-is-judged", test_view_on_what_is_judged);
  add_func ("/nfe/questions/commodity-movers", test_commodity_movers);
  add_func ("/nfe/questions/rates-and-longer-commodities", test_rates_and_longer_commodities);
  add_func ("/nfe/questions/split-over-rate-cuts", test_split_over_rate_cuts);
  add_func ("/nfe/questions/chief-by-surname", test_chief_by_surname);
  add_func ("/nfe/questions/paused-output-increases", test_paused_output_increases);
  add_func ("/nfe/questions/lost-customer", test_lost_customer);
  add_func ("/nfe/questions/revoked-licence", test_revoked_licence);
  add_func ("/nfe/questions/offsetting-gains", test_offsetting_gains);
  add_func ("/nfe/questions/smaller-harvest", test_smaller_harvest);
  add_func ("/nfe/questions/opposed-merger", test_opposed_merger);
  add_func ("/nfe/questions/called-strike", test_called_strike);
  add_func ("/nfe/questions/rising-costs-clause", test_rising_costs_clause);
  add_func ("/nfe/questions/beat-without-figure", test_beat_without_figure);
  add_func ("/nfe/questions/worker-shortage", test_worker_shortage);
  add_func ("/nfe/questions/activist-proposals", test_activist_proposals);
  add_func ("/nfe/questions/split-markets", test_split_markets);
  add_func ("/nfe/questions/margin-goal-cut", test_margin_goal_cut);
  add_func ("/nfe/questions/threatened-project", test_threatened_project);
  add_func ("/nfe/questions/export-curbs-among-causes", test_export_curbs_among_causes);
  add_func ("/nfe/questions/smaller-crop", test_smaller_crop);
  add_func ("/nfe/questions/credit-under-review", test_credit_under_review);
  add_func ("/nfe/questions/priced-listing", test_priced_listing);
  add_func ("/nfe/questions/scrapped-merger", test_scrapped_merger);
  add_func ("/nfe/questions/diverted-crop", test_diverted_crop);
  add_func ("/nfe/questions/quashed-approval", test_quashed_approval);
  add_func ("/nfe/questions/unit-loss-widens", test_unit_loss_widens);
  add_func ("/nfe/questions/project-in-doubt", test_project_in_doubt);
  add_func ("/nfe/questions/name-bought-at-auction", test_name_bought_at_auction);
  add_func ("/nfe/questions/price-rise-churn", test_price_rise_churn);
  add_func ("/nfe/questions/open-question", test_open_question);
  add_func ("/nfe/questions/what-it-must-do", test_what_it_must_do);
  add_func ("/nfe/questions/gain-against-cost", test_gain_against_cost);
  add_func ("/nfe/questions/cut-headlines", test_cut_headlines);
  add_func ("/nfe/questions/expected-of", test_expected_of);
  add_func ("/nfe/questions/held-under-review", test_held_under_review);
  add_func ("/nfe/questions/considered-move", test_considered_move);
  add_func ("/nfe/questions/considered-move-said-second", test_considered_move_said_second);
  add_func ("/nfe/questions/stalled-talks", test_stalled_talks);
  add_func ("/nfe/questions/others-investigated", test_others_investigated);
  add_func ("/nfe/questions/postponed-project", test_postponed_project);
  add_func ("/nfe/questions/sought-approval", test_sought_approval);
  add_func ("/nfe/questions/renewal-risk", test_renewal_risk);
  add_func ("/nfe/questions/more-funds-gated", test_more_funds_gated);
  add_func ("/nfe/questions/definitive-duties", test_definitive_duties);
  add_func ("/nfe/questions/restart-timeline", test_restart_timeline);
  add_func ("/nfe/questions/injunction", test_injunction);
  add_func ("/nfe/questions/rival-weighed", test_rival_weighed);
  add_func ("/nfe/questions/index-exclusion", test_index_exclusion);
  add_func ("/nfe/questions/takeover-target", test_takeover_target);
  add_func ("/nfe/questions/independent-review", test_independent_review);
  add_func ("/nfe/questions/trial-readout", test_trial_readout);
  add_func ("/nfe/questions/probe-delay", test_probe_delay);
  add_func ("/nfe/questions/new-date", test_new_date);
  add_func ("/nfe/questions/unchosen", test_unchosen);
  add_func ("/nfe/questions/delayed-start", test_delayed_start);
  add_func ("/nfe/questions/included-asset", test_included_asset);
  add_func ("/nfe/questions/repair-deadline", test_repair_deadline);
  add_func ("/nfe/questions/lowered-goal", test_lowered_goal);
  add_func ("/nfe/questions/considered-noun-move", test_considered_noun_move);
  add_func ("/nfe/questions/same-action-once", test_same_action_once);
  add_func ("/nfe/questions/ruled-out-move", test_ruled_out_move);
  add_func ("/nfe/questions/move-on-its-own", test_move_on_its_own);
  add_func ("/nfe/questions/open-question-of-its-board", test_open_question_of_its_board);
  add_func ("/nfe/questions/more-to-follow", test_more_to_follow);
  add_func ("/nfe/questions/becoming-the-latest", test_becoming_the_latest);
  add_func ("/nfe/questions/others-follow", test_others_follow);
  add_func ("/nfe/questions/strike-length", test_strike_length);
  add_func ("/nfe/questions/cost-savings", test_cost_savings);
  add_func ("/nfe/questions/embattled-chief", test_embattled_chief);
  add_func ("/nfe/questions/unit-under-review", test_unit_under_review);
  add_func ("/nfe/questions/pending-investment-decision", test_pending_investment_decision);
  add_func ("/nfe/questions/debt-extension-talks", test_debt_extension_talks);
  add_func ("/nfe/questions/paused-payout", test_paused_payout);
  add_func ("/nfe/questions/order-options", test_order_options);
  add_func ("/nfe/questions/limited-pass-on", test_limited_pass_on);
  add_func ("/nfe/questions/unknown-mishap-cause", test_unknown_mishap_cause);
  add_func ("/nfe/questions/customer-reliance", test_customer_reliance);
  add_func ("/nfe/questions/firm-offer-deadline", test_firm_offer_deadline);
  add_func ("/nfe/questions/break-even-aim", test_break_even_aim);
  add_func ("/nfe/questions/minority-stake-sale", test_minority_stake_sale);
  add_func ("/nfe/questions/compensation-talks", test_compensation_talks);
  add_func ("/nfe/questions/yet-to-decide", test_yet_to_decide);
  add_func ("/nfe/questions/drug-price-untold", test_drug_price_untold);
  add_func ("/nfe/questions/rating-review", test_rating_review);
  add_func ("/nfe/questions/next-rate-move", test_next_rate_move);
  add_func ("/nfe/questions/strike-not-ruled-out", test_strike_not_ruled_out);
  add_func ("/nfe/questions/kept-target", test_kept_target);
  add_func ("/nfe/questions/conjoined-goal", test_conjoined_goal);
  add_func ("/nfe/questions/open-how-question", test_open_how_question);
  add_func ("/nfe/questions/open-question-of-the-company", test_open_question_of_the_company);
  add_func ("/nfe/questions/open-question-of-it", test_open_question_of_it);
  add_func ("/nfe/questions/open-question-of-a-thing", test_open_question_of_a_thing);
  add_func ("/nfe/questions/open-question-of-how-much", test_open_question_of_how_much);
  add_func ("/nfe/questions/what-an-inquiry-asks", test_what_an_inquiry_asks);
  add_func ("/nfe/questions/headline-halt-and-charge", test_headline_halt_and_charge);
  add_func ("/nfe/questions/catastrophe-losses", test_catastrophe_losses);
  add_func ("/nfe/questions/headline-after-country", test_headline_after_country);
  add_func ("/nfe/questions/fine-monitor", test_fine_monitor);
  add_func ("/nfe/questions/margin-squeeze", test_margin_squeeze);
  add_func ("/nfe/questions/defence-hike", test_defence_hike);
  add_func ("/nfe/questions/kept-guidance", test_kept_guidance);
  add_func ("/nfe/questions/makers-raise-prices", test_makers_raise_prices);
  add_func ("/nfe/questions/further-strikes", test_further_strikes);
  add_func ("/nfe/questions/deal-synergies", test_deal_synergies);
  add_func ("/nfe/questions/windfall-made-permanent", test_windfall_made_permanent);
  add_func ("/nfe/questions/sovereign-rating-outlook", test_sovereign_rating_outlook);

  return g_test_run ();
}
