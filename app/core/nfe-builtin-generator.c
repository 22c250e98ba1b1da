/* nfe-builtin-generator.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nfe-builtin-generator"

#include "config.h"

#include <math.h>

#include <libstemmer.h>
#include <stdlib.h>
#include <string.h>

#include "nfe-builtin-generator.h"
#include "nfe-questions.h"
#include "nfe-sentences.h"
#include "nfe-text.h"
#include "nfe-util.h"

/* The offline summary writer: no model, no network, the same bullets for
 * the same article every time. It is extractive: every bullet is one
 * sentence of the article, shortened by deleting words and never by
 * adding any, so a bullet can only say what the article says and points
 * at the sentence it came from.
 *
 *  1. Cut the body into sentences and keep the ones a bullet can stand
 *     on: prose, not boilerplate, captions, questions or quotations.
 *  2. Score each: how close its stemmed content words are to the
 *     article's as a whole (TF-IDF centroid), how early it comes (news
 *     puts the key facts first) and how much it shares with the headline.
 *  3. Pick with maximal marginal relevance, so that two bullets do not
 *     say the same thing, and put them in the article's order.
 *  4. Shorten each: drop parentheticals, asides, attribution tails ("…,
 *     he said.") and leading connectives ("However, "); cut an overlong
 *     one at a clause boundary where what is left is still a sentence. */

#define MIN_BULLETS         3
#define MAX_BULLETS         5
#define MAX_BULLET_WORDS    30
#define MIN_SOURCE_WORDS    6
#define MAX_SOURCE_WORDS    60
#define MIN_CUT_WORDS       8
#define MMR_LAMBDA          0.75
#define WEIGHT_CENTROID     0.5
#define WEIGHT_POSITION     0.5
#define WEIGHT_HEADLINE     0.15
#define POSITION_DECAY      0.8    /* per sentence */

struct _NfeBuiltinGenerator
{
  GObject parent_instance;
};

static void generator_iface_init (NfeGeneratorInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (NfeBuiltinGenerator, nfe_builtin_generator, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (NFE_TYPE_GENERATOR, generator_iface_init))

/* Words ----------------------------------------------------------------- */

/* Snowball's English stop words, as the tokens below see them (split at
 * apostrophes), and the verbs of reported speech, which say nothing about
 * what an article is about. Sorted for bsearch(). */
static const char * const stop_words[] = {
  "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
  "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
  "but", "by", "can", "cannot", "could", "d", "did", "didn", "do", "does", "doesn", "doing",
  "don", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have",
  "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if",
  "in", "into", "is", "isn", "it", "its", "itself", "just", "ll", "m", "me", "more", "most",
  "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other",
  "ought", "our", "ours", "ourselves", "out", "over", "own", "re", "s", "said", "same", "says",
  "she", "should", "so", "some", "such", "t", "than", "that", "the", "their", "theirs", "them",
  "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "told",
  "too", "under", "until", "up", "ve", "very", "was", "wasn", "we", "were", "what", "when",
  "where", "which", "while", "who", "whom", "why", "will", "with", "won", "would", "you",
  "your", "yours", "yourself", "yourselves",
};

static int
compare_strings (const void *a,
                 const void *b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static gboolean
is_stop_word (const char *word)
{
  return bsearch (&word, stop_words, G_N_ELEMENTS (stop_words), sizeof (char *),
                  compare_strings) != NULL;
}

/* Calls @func with each word of @text, lower-cased: a maximal run of
 * letters and digits in any script. */
static void
foreach_word (const char *text,
              void      (*func) (const char *word, gpointer data),
              gpointer    data)
{
  const char *p = text;

  while (*p != '\0')
    {
      const char *start;

      while (*p != '\0' && !g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      start = p;
      while (*p != '\0' && g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);

      if (p > start)
        {
          g_autofree char *word = g_utf8_strdown (start, p - start);

          func (word, data);
        }
    }
}

/* Both ways of counting words must agree that a bullet is short enough:
 * the editor's ("3.5" is one word) and a reader's (every gap a word). */
static guint
count_words (const char *text)
{
  guint spaced = 0;
  gboolean in_word = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      gboolean space = g_ascii_isspace (*p);

      if (!space && !in_word)
        spaced++;
      in_word = !space;
    }

  return MAX (spaced, nfe_text_count_words (text, -1));
}

/* Sentences ------------------------------------------------------------- */

typedef struct
{
  guint  id;
  double weight;
} Term;

typedef struct
{
  NfeSentence  sentence;
  char        *plain;
  guint        rank;      /* position among the article's prose sentences */
  GArray      *terms;     /* of Term, by id: unit-length TF-IDF vector */
  char        *bullet;    /* the shortened sentence, if it can be a bullet */
  guint        source_start;  /* past a caption run into the sentence */
  GHashTable  *bullet_words;
  double       score;
} Unit;

static void
unit_clear (Unit *unit)
{
  g_free (unit->plain);
  g_clear_pointer (&unit->terms, g_array_unref);
  g_free (unit->bullet);
  g_clear_pointer (&unit->bullet_words, g_hash_table_unref);
}

typedef struct
{
  struct sb_stemmer *stemmer;
  GHashTable        *ids;     /* stem → id + 1, ids in order of first use */
  GArray            *terms;   /* the unit's, being built */
  gboolean           add;     /* give new stems an id */
} Vocabulary;

static void
add_term_cb (const char *word,
             gpointer    data)
{
  Vocabulary *vocabulary = data;
  const sb_symbol *stem;
  g_autofree char *key = NULL;
  guint id;
  Term term;

  if (is_stop_word (word) || (word[1] == '\0' && !g_ascii_isdigit (word[0])))
    return;

  stem = sb_stemmer_stem (vocabulary->stemmer, (const sb_symbol *) word, strlen (word));
  key = stem ? g_strndup ((const char *) stem, sb_stemmer_length (vocabulary->stemmer))
             : g_strdup (word);

  id = GPOINTER_TO_UINT (g_hash_table_lookup (vocabulary->ids, key));
  if (id == 0)
    {
      if (!vocabulary->add)
        return;
      id = g_hash_table_size (vocabulary->ids) + 1;
      g_hash_table_insert (vocabulary->ids, g_steal_pointer (&key), GUINT_TO_POINTER (id));
    }

  term.id = id - 1;
  term.weight = 1;
  g_array_append_val (vocabulary->terms, term);
}

static int
compare_terms (gconstpointer a,
               gconstpointer b)
{
  const Term *x = a, *y = b;

  return (x->id > y->id) - (x->id < y->id);
}

/* The stems of @text as a bag: sorted by id, counts in weight. */
static GArray *
stem_bag (Vocabulary *vocabulary,
          const char *text)
{
  GArray *terms = g_array_new (FALSE, FALSE, sizeof (Term));
  guint kept = 0;

  vocabulary->terms = terms;
  foreach_word (text, add_term_cb, vocabulary);
  vocabulary->terms = NULL;

  g_array_sort (terms, compare_terms);
  for (guint i = 0; i < terms->len; i++)
    {
      Term *term = &g_array_index (terms, Term, i);

      if (kept > 0 && g_array_index (terms, Term, kept - 1).id == term->id)
        g_array_index (terms, Term, kept - 1).weight += 1;
      else
        g_array_index (terms, Term, kept++) = *term;
    }
  g_array_set_size (terms, kept);

  return terms;
}

static void
normalize (GArray *terms)
{
  double norm = 0;

  for (guint i = 0; i < terms->len; i++)
    norm += g_array_index (terms, Term, i).weight * g_array_index (terms, Term, i).weight;
  norm = sqrt (norm);
  if (norm > 0)
    for (guint i = 0; i < terms->len; i++)
      g_array_index (terms, Term, i).weight /= norm;
}

static double
dot (GArray *a,
     GArray *b)
{
  double sum = 0;
  guint i = 0, j = 0;

  while (i < a->len && j < b->len)
    {
      const Term *x = &g_array_index (a, Term, i);
      const Term *y = &g_array_index (b, Term, j);

      if (x->id == y->id)
        {
          sum += x->weight * y->weight;
          i++;
          j++;
        }
      else if (x->id < y->id)
        i++;
      else
        j++;
    }

  return sum;
}

/* Quotations ------------------------------------------------------------ */

static const char * const double_quotes[] = { "\"", "\xe2\x80\x9c", "\xe2\x80\x9d", NULL };
static const char * const single_quotes[] = { "'", "\xe2\x80\x98", "\xe2\x80\x99", NULL };

typedef struct
{
  guint    words;
  guint    quoted;        /* words inside quotation marks */
  gboolean unbalanced;    /* closes a quotation it did not open, or leaves one open */
  gboolean first_person;  /* "I", "we", "you" outside quotation marks */
} QuoteStats;

static const char * const first_person_words[] = {
  "I", "I'd", "I'll", "I'm", "I've", "Me", "My", "Our", "We", "We're", "We've", "You",
  "Your", "me", "my", "our", "ours", "us", "we", "you", "your", NULL,
};

static gboolean
is_closing (const char *word,
            const char *end,
            const char *mark)
{
  gsize length = strlen (mark);

  return end - word >= (gssize) length && strncmp (end - length, mark, length) == 0;
}

/* Quotation marks by the words they stand at: one at the start of a word
 * opens, one at its end closes. A straight or curly apostrophe at the end
 * of a word ("investors'") closes only a quotation that single marks
 * opened. @open carries the state from one sentence of a paragraph to the
 * next: 0, '"' or '\''. */
static void
quote_scan (const char *text,
            int        *open,
            QuoteStats *stats)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);

  memset (stats, 0, sizeof *stats);

  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *word = words[i];
      const char *end;
      gboolean was_open;

      if (*word == '\0')
        continue;
      stats->words++;

      while (*word == '(' || *word == '[')
        word++;
      if (*open == 0 && nfe_str_has_any_prefix (word, double_quotes))
        *open = '"';
      else if (*open == 0 && nfe_str_has_any_prefix (word, single_quotes))
        {
          const char *next = g_utf8_next_char (word);

          /* Not "'90s" or "'em". */
          if (g_unichar_isalpha (g_utf8_get_char (next)) || *next == '\0' ||
              g_str_has_prefix (next, "\xe2\x80\x9c") || *next == '"')
            *open = '\'';
        }
      was_open = *open != 0;

      end = word + strlen (word);
      while (end > word && strchr (".,;:?!)]", end[-1]) != NULL)
        end--;

      if (!was_open)
        {
          const char *bare = word;
          gsize length = end - word;

          if (length > 1 && bare[length - 1] == 's' && bare[length - 2] == '\'')
            length -= 2;
          for (guint k = 0; first_person_words[k] != NULL; k++)
            if (strlen (first_person_words[k]) == length &&
                strncmp (first_person_words[k], bare, length) == 0)
              stats->first_person = TRUE;
        }

      if (is_closing (word, end, "\"") || is_closing (word, end, "\xe2\x80\x9d"))
        {
          if (*open == '"')
            *open = 0;
          else if (*open == 0)
            stats->unbalanced = TRUE;
        }
      else if (is_closing (word, end, "'") || is_closing (word, end, "\xe2\x80\x99"))
        {
          if (*open == '\'')
            *open = 0;
        }

      if (was_open)
        stats->quoted++;
    }

  if (*open != 0)
    stats->unbalanced = TRUE;
}

static gboolean
quotes_balanced (const char *text)
{
  QuoteStats stats;
  int open = 0;

  quote_scan (text, &open, &stats);
  return !stats.unbalanced;
}

/* Shortening ------------------------------------------------------------ */

static const char * const leading_connectives[] = {
  "Additionally, ", "Also, ", "And ", "As a result, ", "But ", "By contrast, ",
  "Consequently, ", "Even so, ", "Furthermore, ", "However, ", "In addition, ",
  "In contrast, ", "In fact, ", "Indeed, ", "Instead, ", "Likewise, ", "Meanwhile, ",
  "Moreover, ", "Nevertheless, ", "Nonetheless, ", "Now, ", "On the other hand, ", "Overall, ",
  "Separately, ", "Similarly, ", "So ", "Still, ", "Then, ", "Yet ", NULL,
};

/* The verbs of an attribution tail (", the company said."). */
static const char * const attribution_verbs[] = {
  "added", "adds", "admitted", "admits", "announced", "announces", "argued", "argues",
  "believes", "claimed", "claims", "confirmed", "confirms", "estimated", "estimates",
  "explained", "explains", "insisted", "insists", "noted", "notes", "reported", "reports",
  "revealed", "reveals", "said", "say", "says", "stated", "states", "suggested", "suggests",
  "told", "warned", "warns", "wrote", "writes", NULL,
};

static const char * const prepositions[] = {
  "about", "at", "by", "for", "from", "in", "of", "on", "to", "with", NULL,
};

/* Words a sentence cannot end on: articles, prepositions, conjunctions,
 * auxiliaries, and verbs that need what follows them. */
static const char * const dangling_words[] = {
  "a", "about", "across", "after", "against", "already", "also", "an", "and", "are", "around",
  "as", "at", "be", "because", "been", "before", "being", "between", "both", "but", "by", "can",
  "could", "did", "do", "does", "during", "each", "either", "even", "every", "for", "from", "had",
  "has", "have", "having", "her", "his", "if", "in", "including", "into", "is", "its", "just",
  "least", "may", "might", "more", "most", "must", "my", "neither", "no", "nor", "not", "of",
  "on", "only", "onto", "or", "our", "over", "per", "said", "says", "shall", "should", "so",
  "still", "than", "that", "the", "their", "these", "this", "those", "through", "to", "told",
  "too", "toward", "towards", "under", "until", "upon", "very", "via", "was", "were", "what",
  "whether", "which", "while", "who", "whom", "whose", "will", "with", "within", "without",
  "would", NULL,
};

/* Words that open a subordinate clause or an introductory phrase: a
 * sentence that starts with one has its main clause after the first
 * comma, and cannot be cut before it. */
static const char * const subordinate_openers[] = {
  "According", "After", "Against", "Ahead", "Although", "Amid", "Among", "As", "At",
  "Because", "Before", "Beyond", "By", "Despite", "During", "Even", "Following", "For",
  "From", "Given", "If", "In", "Like", "On", "Once", "Over", "Since", "Though", "Through",
  "Throughout", "To", "Under", "Unless", "Unlike", "Until", "Upon", "When", "Whereas",
  "While", "With", "Within", "Without", NULL,
};

/* Where a sentence may be cut so that what comes before still stands:
 * punctuation between clauses, relative pronouns and conjunctions that
 * open the next clause, and prepositions that open a trailing adjunct
 * ("… in Charleston on Wednesday"). The separator is left out. */
static const char * const clause_boundaries[] = {
  ", ", "; ", " - ", " -- ", " \xe2\x80\x94 ", " \xe2\x80\x93 ", " after ", " amid ",
  " and ", " as ", " at ", " because ", " before ", " but ", " despite ", " during ",
  " following ", " for ", " in ", " including ", " on ", " since ", " though ", " until ",
  " when ", " where ", " which ", " while ", " who ", " with ", NULL,
};

static gboolean
word_in (const char         *word,
         gsize               length,
         const char * const *list)
{
  for (guint i = 0; list[i] != NULL; i++)
    if (strlen (list[i]) == length && strncmp (list[i], word, length) == 0)
      return TRUE;
  return FALSE;
}

static const char *
first_word (const char *text,
            gsize      *length)
{
  const char *start = text, *end;

  while (*start != '\0' && !g_ascii_isalnum (*start))
    start++;
  end = start;
  while (g_ascii_isalnum (*end))
    end++;
  *length = end - start;
  return start;
}

static const char *
last_word (const char *text,
           gsize       length,
           gsize      *word_length)
{
  const char *end = text + length;
  const char *start;

  while (end > text && !g_ascii_isalnum (end[-1]))
    end--;
  start = end;
  while (start > text && g_ascii_isalnum (start[-1]))
    start--;
  *word_length = end - start;
  return start;
}

/* Words after which a word in "-s" is a plural noun, not a verb. */
static const char * const noun_markers[] = {
  "a", "all", "an", "and", "any", "at", "by", "few", "for", "from", "her", "his", "in",
  "its", "many", "more", "most", "my", "of", "on", "or", "other", "our", "several", "some",
  "such", "the", "their", "these", "those", "to", "two", "three", "with", "your", NULL,
};

/* A lenient test for a clause: a verb nfe_sentences_has_finite_verb()
 * knows, or a word in "-s" after a word that does not mark a noun
 * ("Manny loves", "the bank expects"). Wrong at times both ways, which
 * only costs a cut that could have been made, or makes one that reads a
 * little short. */
static gboolean
looks_like_clause (const char *text)
{
  g_auto(GStrv) words = NULL;

  if (nfe_sentences_has_finite_verb (text))
    return TRUE;

  words = g_strsplit (text, " ", -1);
  for (guint i = 1; words[i] != NULL; i++)
    {
      const char *word = words[i];
      gsize length = strlen (word);
      g_autofree char *previous = g_ascii_strdown (words[i - 1], -1);

      while (length > 0 && g_ascii_ispunct (word[length - 1]))
        length--;
      if (length < 4 || !g_ascii_islower (word[0]) || word[length - 1] != 's' ||
          strchr ("su'i", word[length - 2]) != NULL)
        continue;
      for (gsize k = 0; k < length; k++)
        if (!g_ascii_islower (word[k]))
          goto next_word;
      if (g_ascii_ispunct (previous[strlen (previous) - 1]) ||
          word_in (previous, strlen (previous), noun_markers))
        continue;
      return TRUE;
    next_word:
      ;
    }

  return FALSE;
}

static void
tidy_spaces (GString *text)
{
  g_autofree char *copy = NULL;

  g_string_replace (text, "  ", " ", 0);
  g_string_replace (text, " ,", ",", 0);
  g_string_replace (text, " .", ".", 0);
  g_string_replace (text, " ;", ";", 0);
  g_string_replace (text, " :", ":", 0);
  g_string_replace (text, ",,", ",", 0);
  copy = g_strstrip (g_strdup (text->str));
  g_string_assign (text, copy);
}

/* "(NYSE: ACME)", "(pictured)": removed, with the space before. */
static void
drop_parentheticals (GString *text)
{
  gsize i = 0;

  while (i < text->len)
    {
      gsize close;
      guint depth = 0;

      if (text->str[i] != '(')
        {
          i++;
          continue;
        }

      for (close = i; close < text->len; close++)
        if (text->str[close] == '(')
          depth++;
        else if (text->str[close] == ')' && --depth == 0)
          break;
      if (close >= text->len)
        return;

      if (i > 0 && text->str[i - 1] == ' ')
        i--;
      g_string_erase (text, i, close + 1 - i);
    }
}

/* "The bank - the country's largest - said" loses the aside. */
static void
drop_asides (GString *text)
{
  static const char * const dashes[] = {
    " - ", " -- ", " \xe2\x80\x94 ", " \xe2\x80\x93 ", "\xe2\x80\x94", NULL,
  };

  for (guint d = 0; dashes[d] != NULL; d++)
    {
      const char *first = strstr (text->str, dashes[d]);
      const char *second;
      g_autofree char *aside = NULL;

      if (first == NULL)
        continue;
      second = strstr (first + strlen (dashes[d]), dashes[d]);
      if (second == NULL)
        continue;

      aside = g_strndup (first, second - first);
      if (count_words (aside) > 15 || !quotes_balanced (aside))
        continue;

      g_string_erase (text, first - text->str, second + strlen (dashes[d]) - first);
      g_string_insert_c (text, first - text->str, ' ');
    }
}

static void
drop_leading_connectives (GString *text)
{
  for (guint round = 0; round < 2; round++)
    {
      gboolean dropped = FALSE;

      for (guint i = 0; leading_connectives[i] != NULL; i++)
        if (g_str_has_prefix (text->str, leading_connectives[i]))
          {
            g_string_erase (text, 0, strlen (leading_connectives[i]));
            dropped = TRUE;
            break;
          }

      /* "According to the filing, sales rose" */
      if (!dropped && g_str_has_prefix (text->str, "According to "))
        {
          const char *comma = strchr (text->str, ',');

          if (comma != NULL && comma[1] == ' ')
            {
              g_autofree char *head = g_strndup (text->str, comma - text->str);

              if (count_words (head) <= 10 && quotes_balanced (head))
                {
                  g_string_erase (text, 0, comma + 2 - text->str);
                  dropped = TRUE;
                }
            }
        }

      if (!dropped)
        break;
    }
}

/* Whether @tail is only an attribution: a short subject, a verb of
 * saying, and at most a few words of when or where ("the company said
 * in a statement", "analysts told Reuters"). */
static gboolean
is_attribution (const char *tail)
{
  g_auto(GStrv) words = g_strsplit (tail, " ", -1);
  guint n = g_strv_length (words);

  if (n == 0 || n > 12 || strpbrk (tail, "\"'") != NULL || strstr (tail, "\xe2\x80") != NULL)
    return FALSE;

  if (g_ascii_strncasecmp (tail, "according to ", 13) == 0)
    return n <= 8;

  {
    gsize length;
    const char *word = first_word (words[0], &length);

    if (word_in (word, length, prepositions))
      return FALSE;
  }

  for (guint i = 0; i < n && i < 5; i++)
    {
      gsize length;
      const char *word = first_word (words[i], &length);

      if (word_in (word, length, attribution_verbs))
        return n - i - 1 <= 6 && strstr (tail, " that ") == NULL;
    }

  return FALSE;
}

/* ", he said in a statement." and ", according to the filing." go: the
 * bullet states the fact; the article says who said it. */
static void
drop_attribution_tail (GString *text)
{
  const char *comma = NULL;
  g_autofree char *tail = NULL;
  g_autofree char *head = NULL;
  const char *according;
  gsize end = text->len;

  for (const char *p = strstr (text->str, ", "); p != NULL; p = strstr (p + 1, ", "))
    comma = p;

  while (end > 0 && strchr (".!", text->str[end - 1]) != NULL)
    end--;

  if (comma != NULL)
    {
      tail = g_strndup (comma + 2, text->str + end - comma - 2);
      head = g_strndup (text->str, comma - text->str);

      if (is_attribution (tail) && quotes_balanced (head) &&
          looks_like_clause (head) && count_words (head) >= MIN_CUT_WORDS)
        {
          g_string_truncate (text, comma - text->str);
          return;
        }
    }

  according = strstr (text->str, " according to ");
  if (according != NULL && count_words (according) <= 8)
    {
      g_clear_pointer (&head, g_free);
      head = g_strndup (text->str, according - text->str);

      if (quotes_balanced (head) && looks_like_clause (head) &&
          count_words (head) >= MIN_CUT_WORDS)
        g_string_truncate (text, according - text->str);
    }
}

static gboolean
parentheses_balanced (const char *text)
{
  int depth = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '(')
        depth++;
      else if (*p == ')' && --depth < 0)
        return FALSE;
    }
  return depth == 0;
}

/* Ends the text with a period. Returns FALSE for a text that cannot be a
 * statement: a question, a trailing-off "…", one introducing a list. */
static gboolean
end_sentence (GString *text)
{
  gsize end = text->len;
  gsize quote_end;

  while (end > 0 && g_ascii_isspace (text->str[end - 1]))
    end--;
  g_string_truncate (text, end);
  if (end == 0)
    return FALSE;

  /* A closing quotation mark after the stop: the stop goes outside. */
  quote_end = end;
  for (;;)
    {
      if (quote_end > 0 && (text->str[quote_end - 1] == '"' || text->str[quote_end - 1] == '\''))
        quote_end--;
      else if (quote_end >= 3 && (strncmp (text->str + quote_end - 3, "\xe2\x80\x9d", 3) == 0 ||
                                  strncmp (text->str + quote_end - 3, "\xe2\x80\x99", 3) == 0))
        quote_end -= 3;
      else
        break;
    }

  if (quote_end > 0 && quote_end < end && strchr (".,;!", text->str[quote_end - 1]) != NULL)
    g_string_erase (text, quote_end - 1, 1);
  else if (quote_end == end)
    {
      if (g_str_has_suffix (text->str, "...") || g_str_has_suffix (text->str, "\xe2\x80\xa6"))
        return FALSE;
      while (text->len > 0 && strchr (".,;:!-", text->str[text->len - 1]) != NULL)
        {
          if (text->str[text->len - 1] == ':')
            return FALSE;
          g_string_truncate (text, text->len - 1);
        }
      while (text->len > 0 && text->str[text->len - 1] == ' ')
        g_string_truncate (text, text->len - 1);
    }

  if (text->len == 0 || text->str[text->len - 1] == '?')
    return FALSE;

  g_string_append_c (text, '.');
  return TRUE;
}

/* Words that open a finite clause inside a sentence: the clause must
 * have its verb ("because the bank" will not do), unless a participle
 * follows ("while keeping"). "After" and "before" are left out: they are
 * as often prepositions ("after the meeting"). */
static const char * const clause_openers[] = {
  "although", "as", "because", "if", "since", "that", "though", "unless", "when", "where",
  "whereas", "whether", "which", "while", "who", "whose", NULL,
};

/* Participles and adjectives that need what follows them ("memory used
 * in accelerators", "a plant expected to open"). */
static const char * const needs_complement[] = {
  "able", "according", "aimed", "backed", "based", "called", "compared", "designed", "due",
  "expected", "given", "known", "likely", "linked", "listed", "located", "made", "named",
  "owned", "related", "set", "tied", "used", "worth", NULL,
};

/* A non-restrictive clause right after the subject: the main verb comes
 * after its closing comma. */
static const char * const relative_openers[] = {
  ", which ", ", who ", ", whose ", ", where ", " - who ", " - which ", NULL,
};

/* Verbs after which an "-ing" word is part of the verb ("prices are
 * rising"), not the start of a phrase that needs its object. */
static const char * const progressive_auxiliaries[] = {
  "am", "are", "be", "been", "is", "keep", "keeps", "kept", "was", "were", NULL,
};

/* Whether @text[0, @length) can stand as a sentence of its own. */
static gboolean
is_clause (const char *text,
           gsize       length)
{
  g_autofree char *head = g_strndup (text, length);
  g_auto(GStrv) words = NULL;
  guint n_words = count_words (head);
  guint n, last_opener = 0;
  gsize word_length;
  const char *word = last_word (head, length, &word_length);
  g_autofree char *lower = NULL;

  if (n_words < MIN_CUT_WORDS || n_words > MAX_BULLET_WORDS || word_length == 0)
    return FALSE;

  lower = g_ascii_strdown (word, word_length);
  if (word_in (lower, word_length, dangling_words) ||
      word_in (lower, word_length, needs_complement) ||
      !looks_like_clause (head) ||
      !quotes_balanced (head) || !parentheses_balanced (head))
    return FALSE;

  words = g_strsplit (head, " ", -1);
  n = g_strv_length (words);

  /* "… from the roof, contained." and "… insight, authority" end in
   * the middle of a phrase or a list. */
  {
    const char *comma = g_strrstr (head, ", ");

    if (comma != NULL && count_words (comma + 2) < 2)
      return FALSE;
  }

  /* "… allowing." wants what was cut off. */
  if (word_length > 4 && g_str_has_suffix (lower, "ing") &&
      (n < 2 || !word_in (words[n - 2], strlen (words[n - 2]), progressive_auxiliaries)))
    return FALSE;

  /* "… when he said that their application." has lost the verb of its
   * last clause. */
  for (guint i = 1; i < n; i++)
    if (word_in (words[i], strlen (words[i]), clause_openers))
      last_opener = i;
  if (last_opener > 0 && last_opener + 1 < n &&
      !g_str_has_suffix (words[last_opener + 1], "ing"))
    {
      g_autofree char *clause = g_strjoinv (" ", words + last_opener + 1);

      if (!looks_like_clause (clause))
        return FALSE;
    }

  /* "Holland, whose win marked the end of an era" has no main verb. */
  for (guint i = 0; relative_openers[i] != NULL; i++)
    {
      const char *relative = strstr (head, relative_openers[i]);

      if (relative != NULL)
        {
          g_autofree char *subject = g_strndup (head, relative - head);

          if (!looks_like_clause (subject))
            {
              const char *close = strstr (relative + strlen (relative_openers[i]), ", ");

              if (close == NULL || !looks_like_clause (close + 2))
                return FALSE;
            }
        }
    }

  return TRUE;
}

/* Whether the text after a comma goes on a list: "and" or "or" as its
 * second to fourth word. */
static gboolean
in_list (const char *after_comma)
{
  g_auto(GStrv) words = g_strsplit (after_comma, " ", 5);

  for (guint i = 1; i < 4 && words[i] != NULL; i++)
    if (strcmp (words[i], "and") == 0 || strcmp (words[i], "or") == 0)
      return TRUE;
  return FALSE;
}

/* Whether a comma stands among the last three words before @at. */
static gboolean
ends_in_list (const char *text,
              gsize       at)
{
  guint spaces = 0;

  for (gsize i = at; i > 0; i--)
    {
      if (text[i - 1] == ',')
        return TRUE;
      if (text[i - 1] == ' ' && ++spaces >= 3)
        return FALSE;
    }
  return FALSE;
}

/* Cuts @text at the clause boundary that keeps the most of it. */
static gboolean
cut_at_clause (GString *text)
{
  gssize best = -1;
  gsize earliest = 0;
  gsize length;
  const char *opener = first_word (text->str, &length);

  /* "As prices rose, the bank…": not before the main clause. */
  if ((opener[length] == ' ' && word_in (opener, length, subordinate_openers)) ||
      (length > 4 && g_ascii_islower (opener[1]) && strncmp (opener + length - 3, "ing", 3) == 0))
    {
      const char *comma = strstr (text->str, ", ");

      if (comma == NULL)
        return FALSE;
      earliest = comma - text->str + 2;
    }

  for (guint i = 0; clause_boundaries[i] != NULL; i++)
    {
      const char *p = text->str;

      while ((p = strstr (p, clause_boundaries[i])) != NULL)
        {
          gsize at = p - text->str;

          /* Not inside a figure ("6-3, 6-1", "June 3, 2025") nor a list
           * ("insight, authority and wit"). */
          if (i == 0 && at > 0 &&
              ((g_ascii_isdigit (p[-1]) && g_ascii_isdigit (p[2])) || in_list (p + 2)))
            {
              p++;
              continue;
            }

          /* "X, Y and Z": not between Y and Z. */
          if (g_str_equal (clause_boundaries[i], " and ") && ends_in_list (text->str, at))
            {
              p++;
              continue;
            }

          if (at >= earliest && (gssize) at > best && is_clause (text->str, at))
            best = at;
          p++;
        }
    }

  if (best < 0)
    return FALSE;

  g_string_truncate (text, best);
  return TRUE;
}

static void
capitalize (GString *text)
{
  const char *p = text->str;
  gunichar c;
  char upper[8];
  int length;

  /* Past opening quotes and the like, to the first letter. */
  while (*p != '\0' && !g_unichar_isalnum (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  c = g_utf8_get_char (p);
  if (*p == '\0' || !g_unichar_islower (c))
    return;

  /* "iPhone" and "eBay" keep their spelling. */
  if (g_unichar_isupper (g_utf8_get_char (g_utf8_next_char (p))))
    return;

  length = g_unichar_to_utf8 (g_unichar_toupper (c), upper);
  g_string_erase (text, p - text->str, g_utf8_next_char (p) - p);
  g_string_insert_len (text, p - text->str, upper, length);
}

/* The sentence as a bullet, or %NULL when it cannot make one. */
static char *
condense (const char *plain)
{
  g_autoptr(GString) text = g_string_new (plain);
  drop_parentheticals (text);
  drop_asides (text);
  tidy_spaces (text);
  drop_leading_connectives (text);
  drop_attribution_tail (text);
  tidy_spaces (text);

  if (!end_sentence (text))
    return NULL;

  if (count_words (text->str) > MAX_BULLET_WORDS)
    {
      if (!cut_at_clause (text) || !end_sentence (text))
        return NULL;
    }

  capitalize (text);

  if (count_words (text->str) > MAX_BULLET_WORDS || count_words (text->str) < MIN_SOURCE_WORDS)
    return NULL;

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Words that start a sentence, and that follow a run-in caption ("…
 * Westfield Miranda The flagship store…") with no stop between. */
static const char * const run_in_starters[] = {
  "After", "An", "And", "As", "At", "But", "He", "Her", "His", "In", "It", "Its", "On",
  "She", "The", "Their", "There", "These", "They", "This", "Those", "When", "While", NULL,
};

/* Pages copied from the web lose the stops between photo captions and
 * the text, and a caption runs into the sentence after it. Returns the
 * offset in @plain of the sentence after the last such run-in, or 0.
 * After a caption's label ("Accused: … assault A senior doctor…") an
 * "A" starts a sentence too; elsewhere it is too often a grade or a
 * class ("infra-red A rays"). */
static gsize
after_run_in (const char *plain)
{
  gboolean caption = nfe_sentences_label_length (plain) > 0;
  gsize result = 0;
  const char *p = strchr (plain, ' ');

  while (p != NULL)
    {
      const char *word = p + 1;
      const char *next = strchr (word, ' ');
      gsize length = next ? (gsize) (next - word) : strlen (word);
      const char *previous = p;

      while (previous > plain && previous[-1] != ' ')
        previous--;

      if (next != NULL && g_ascii_isalnum (p[-1]) && g_ascii_islower (next[1]) &&
          (word_in (word, length, run_in_starters) ||
           (caption && length == 1 && word[0] == 'A' && !g_ascii_isupper (*previous))))
        result = word - plain;

      p = next;
    }

  return result;
}

/* Where in the Markdown source of @sentence its plain text from @text on
 * starts: found by its first two words (one, "The", would match too
 * early), at the place that leaves about as much source as there is
 * text; the sentence's own start if they are not there. */
static guint
source_offset (const char        *markdown,
               const NfeSentence *sentence,
               const char        *text)
{
  const char *space = strchr (text, ' ');
  const char *next = space ? strchr (space + 1, ' ') : NULL;
  gsize length = next ? (gsize) (next - text) : strlen (text);
  gsize wanted = strlen (text);
  const char *end = markdown + sentence->end;
  const char *best = NULL;

  for (const char *p = markdown + sentence->start; p + length <= end; p++)
    if (strncmp (p, text, length) == 0 &&
        (best == NULL || ABS ((gssize) (end - p) - (gssize) wanted) <
                         ABS ((gssize) (end - best) - (gssize) wanted)))
      best = p;

  return best ? (guint) (best - markdown) : sentence->start;
}

/* Why a sentence cannot be the source of a bullet, or %NULL if it can. */
static const char *
why_unusable (const Unit       *unit,
              const char       *text,
              const QuoteStats *quotes)
{
  guint words = count_words (text);
  gsize length = strlen (text);
  gunichar first = g_utf8_get_char (text);
  char last;

  if (unit->sentence.flags & (NFE_SENTENCE_HEADING | NFE_SENTENCE_BOILERPLATE |
                              NFE_SENTENCE_QUOTE))
    return "not prose";

  if (words < MIN_SOURCE_WORDS)
    return "too short";
  if (words > MAX_SOURCE_WORDS)
    return "too long";

  if (!g_unichar_isupper (first) && !g_unichar_isdigit (first) &&
      !nfe_str_has_any_prefix (text, double_quotes) && !nfe_str_has_any_prefix (text, single_quotes))
    return "starts in lower case";
  if (strchr (text, '?') != NULL)
    return "a question";

  /* Prose ends with a stop; a run-in caption or a label does not. */
  last = text[length - 1];
  if ((unit->sentence.flags & NFE_SENTENCE_LIST_ITEM) == 0 &&
      strchr (".!\"')", last) == NULL && !g_str_has_suffix (text, "\xe2\x80\x9d") &&
      !g_str_has_suffix (text, "\xe2\x80\x99"))
    return "no full stop";
  if (nfe_sentences_label_length (text) > 0)
    return "a caption";
  if (!looks_like_clause (text))
    return "no verb";

  if (quotes->unbalanced)
    return "part of a quotation";
  if (quotes->quoted * 2 >= quotes->words)
    return "mostly quotation";
  if (quotes->first_person)
    return "in the first person";

  return NULL;
}

/* Summarizing ----------------------------------------------------------- */

static guint
target_bullets (guint words)
{
  /* Longer articles have more to say; three is the floor the desk asks for. */
  if (words >= 2000)
    return MAX_BULLETS;
  if (words >= 1000)
    return 4;
  return MIN_BULLETS;
}

static gboolean
is_avoided (const Unit  *unit,
            GPtrArray   *avoid_sets)
{
  for (guint i = 0; i < avoid_sets->len; i++)
    if (nfe_text_jaccard (unit->bullet_words, g_ptr_array_index (avoid_sets, i)) >= NFE_TEXT_NEAR_DUPLICATE)
      return TRUE;
  return FALSE;
}

/**
 * nfe_builtin_generator_summarize_full:
 * @headline: (nullable): the article's headline
 * @markdown: the article body
 * @max_items: at most this many bullets; 0 for the generator's choice
 * @avoid: (nullable) (array zero-terminated=1): texts not to offer again
 *   (bullets the editor has already, or rejected): a bullet whose words
 *   overlap one of them by 60% or more (Jaccard) is not offered
 *
 * Writes three to five summary bullets, fewer only for an article with
 * fewer usable sentences. Thread-safe: nothing is shared between calls.
 *
 * Returns: (transfer full) (element-type NfeGeneratedItem): the bullets,
 *   in the article's order, each with the span of the sentence it came
 *   from; %NULL with %NFE_GENERATOR_ERROR_NO_TEXT when the article has no
 *   usable sentence, %NFE_GENERATOR_ERROR_EMPTY when @avoid rules out all,
 *   or %G_IO_ERROR_CANCELLED
 */
GPtrArray *
nfe_builtin_generator_summarize_full (const char          *headline,
                                      const char          *markdown,
                                      guint                max_items,
                                      const char * const  *avoid,
                                      GCancellable        *cancellable,
                                      GError             **error)
{
  g_autoptr(GArray) sentences = NULL;
  g_autoptr(GArray) units = NULL;
  g_autoptr(GHashTable) ids = NULL;
  g_autoptr(GPtrArray) avoid_sets = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GArray) headline_terms = NULL;
  g_autoptr(GArray) centroid = NULL;
  g_autofree guint *document_frequency = NULL;
  g_autofree double *centroid_weights = NULL;
  g_autofree gboolean *chosen = NULL;
  g_autofree double *position = NULL;
  Vocabulary vocabulary;
  guint n_usable = 0, n_chosen = 0, n_avoided = 0, n_terms, target, total_words = 0;
  int open_quote = 0;
  guint quote_age = 0;
  gboolean inside_quote;

  g_return_val_if_fail (markdown != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  sentences = nfe_sentences_split (markdown, strlen (markdown));
  units = g_array_sized_new (FALSE, TRUE, sizeof (Unit), sentences->len);
  g_array_set_clear_func (units, (GDestroyNotify) unit_clear);

  ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  vocabulary.stemmer = sb_stemmer_new ("english", NULL);
  vocabulary.ids = ids;
  vocabulary.add = TRUE;
  g_assert (vocabulary.stemmer != NULL);

  /* Prose sentences, with their stems. */
  for (guint i = 0; i < sentences->len; i++)
    {
      const NfeSentence *sentence = &g_array_index (sentences, NfeSentence, i);
      Unit unit = { *sentence };

      if (sentence->flags & (NFE_SENTENCE_HEADING | NFE_SENTENCE_BOILERPLATE))
        continue;

      if (i % 64 == 0 && g_cancellable_is_cancelled (cancellable))
        break;

      unit.plain = nfe_sentences_plain_text (markdown, sentence);
      unit.rank = units->len;
      unit.terms = stem_bag (&vocabulary, unit.plain);
      total_words += count_words (unit.plain);
      g_array_append_val (units, unit);
    }

  vocabulary.add = FALSE;
  if (headline != NULL && *headline != '\0')
    {
      headline_terms = stem_bag (&vocabulary, headline);
      normalize (headline_terms);
    }
  sb_stemmer_delete (vocabulary.stemmer);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  /* TF-IDF, with the article's sentences as the documents. */
  n_terms = g_hash_table_size (ids);
  document_frequency = g_new0 (guint, n_terms + 1);
  centroid_weights = g_new0 (double, n_terms + 1);
  for (guint i = 0; i < units->len; i++)
    {
      GArray *terms = g_array_index (units, Unit, i).terms;

      for (guint k = 0; k < terms->len; k++)
        document_frequency[g_array_index (terms, Term, k).id]++;
    }
  for (guint i = 0; i < units->len; i++)
    {
      GArray *terms = g_array_index (units, Unit, i).terms;

      for (guint k = 0; k < terms->len; k++)
        {
          Term *term = &g_array_index (terms, Term, k);

          term->weight = (1 + log (term->weight)) *
                         log (1.0 + (double) units->len / document_frequency[term->id]);
        }
      normalize (terms);
      for (guint k = 0; k < terms->len; k++)
        {
          const Term *term = &g_array_index (terms, Term, k);

          centroid_weights[term->id] += term->weight;
        }
    }
  centroid = g_array_new (FALSE, FALSE, sizeof (Term));
  for (guint id = 0; id < n_terms; id++)
    if (centroid_weights[id] > 0)
      {
        Term term = { id, centroid_weights[id] };

        g_array_append_val (centroid, term);
      }
  normalize (centroid);

  /* News puts the key facts first: the prior falls off geometrically. */
  position = g_new (double, units->len + 1);
  for (guint i = 0; i < units->len; i++)
    position[i] = i == 0 ? 1 : position[i - 1] * POSITION_DECAY;

  /* Which sentences can be bullets, and how good each would be. */
  avoid_sets = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
  for (guint i = 0; avoid != NULL && avoid[i] != NULL; i++)
    g_ptr_array_add (avoid_sets, nfe_text_word_set (avoid[i]));

  for (guint i = 0; i < units->len; i++)
    {
      Unit *unit = &g_array_index (units, Unit, i);
      gsize run_in = after_run_in (unit->plain);
      const char *text = unit->plain + run_in;
      double headline_overlap = 0;
      QuoteStats quotes;
      const char *why;

      /* A quotation may go on over a few sentences of a paragraph; a
       * sentence that starts inside one is none to take. A mark taken
       * wrongly for an opening one should not spoil the whole article,
       * so the state lasts a few sentences only. */
      if (i == 0 || g_array_index (units, Unit, i - 1).sentence.block != unit->sentence.block ||
          quote_age >= 4)
        open_quote = 0;
      inside_quote = open_quote != 0;
      quote_scan (unit->plain, &open_quote, &quotes);
      quote_age = open_quote != 0 ? quote_age + 1 : 0;
      if (text != unit->plain)
        {
          int open = 0;

          quote_scan (text, &open, &quotes);
        }

      why = inside_quote ? "inside a quotation" : why_unusable (unit, text, &quotes);
      if (why == NULL && (unit->bullet = condense (text)) == NULL)
        why = "cannot be shortened to a sentence";
      if (why != NULL)
        {
          g_debug ("sentence %u: %s: %s", unit->rank, why, unit->plain);
          continue;
        }

      unit->source_start = unit->sentence.start;
      if (run_in > 0)
        unit->source_start = source_offset (markdown, &unit->sentence, text);

      n_usable++;
      unit->bullet_words = nfe_text_word_set (unit->bullet);
      if (is_avoided (unit, avoid_sets))
        {
          g_debug ("sentence %u: avoided: %s", unit->rank, unit->bullet);
          g_clear_pointer (&unit->bullet, g_free);
          n_avoided++;
          continue;
        }

      if (headline_terms != NULL)
        headline_overlap = dot (unit->terms, headline_terms);
      unit->score = WEIGHT_CENTROID * dot (unit->terms, centroid) +
                    WEIGHT_POSITION * position[unit->rank] +
                    WEIGHT_HEADLINE * headline_overlap;
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  if (n_usable == 0)
    {
      g_set_error_literal (error, NFE_GENERATOR_ERROR, NFE_GENERATOR_ERROR_NO_TEXT,
                           "The article has no sentence a summary bullet can be made from");
      return NULL;
    }
  if (n_usable == n_avoided)
    {
      g_set_error_literal (error, NFE_GENERATOR_ERROR, NFE_GENERATOR_ERROR_EMPTY,
                           "Every bullet the built-in generator can write is already there");
      return NULL;
    }

  target = target_bullets (total_words);
  if (max_items > 0)
    target = MIN (target, max_items);

  /* Maximal marginal relevance: good, and unlike what is chosen already. */
  chosen = g_new0 (gboolean, units->len + 1);
  while (n_chosen < target)
    {
      double best_value = -G_MAXDOUBLE;
      gint best = -1;

      for (guint i = 0; i < units->len; i++)
        {
          Unit *unit = &g_array_index (units, Unit, i);
          double redundancy = 0;
          gboolean repeats = FALSE;
          double value;

          if (unit->bullet == NULL || chosen[i])
            continue;

          for (guint j = 0; j < units->len; j++)
            if (chosen[j])
              {
                Unit *other = &g_array_index (units, Unit, j);

                redundancy = MAX (redundancy, dot (unit->terms, other->terms));
                repeats |= nfe_text_jaccard (unit->bullet_words, other->bullet_words) >= NFE_TEXT_NEAR_DUPLICATE;
              }
          if (repeats)
            continue;

          value = MMR_LAMBDA * unit->score - (1 - MMR_LAMBDA) * redundancy;
          if (value > best_value)
            {
              best_value = value;
              best = i;
            }
        }

      if (best < 0)
        break;
      chosen[best] = TRUE;
      n_chosen++;
    }

  items = g_ptr_array_new_with_free_func ((GDestroyNotify) nfe_generated_item_free);
  for (guint i = 0; i < units->len; i++)
    if (chosen[i])
      {
        Unit *unit = &g_array_index (units, Unit, i);
        NfeGeneratedItem *item = nfe_generated_item_new (unit->bullet);

        nfe_generated_item_add_source (item, unit->source_start, unit->sentence.end);
        g_ptr_array_add (items, item);
      }

  return g_steal_pointer (&items);
}

/**
 * nfe_builtin_generator_summarize:
 *
 * nfe_builtin_generator_summarize_full() with nothing to avoid and no
 * way to cancel, for the command line and the benchmark.
 */
GPtrArray *
nfe_builtin_generator_summarize (const char  *headline,
                                 const char  *markdown,
                                 guint        max_items,
                                 GError     **error)
{
  return nfe_builtin_generator_summarize_full (headline, markdown, max_items, NULL, NULL, error);
}

/* The interface ---------------------------------------------------------- */

static char *
nfe_builtin_generator_dup_id (NfeGenerator *generator)
{
  return g_strdup ("builtin-1");
}

static void
generate_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  const NfeGenerateRequest *request = task_data;
  NfeGenerateKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (task), "kind"));
  GError *error = NULL;
  GPtrArray *items;

  if (kind == NFE_GENERATE_QUESTIONS)
    items = nfe_questions_generate (request->headline, request->body, request->max_items,
                                    (const char * const *) request->avoid, request->more,
                                    cancellable, &error);
  else
    items = nfe_builtin_generator_summarize_full (request->headline, request->body,
                                                  request->max_items,
                                                  (const char * const *) request->avoid,
                                                  cancellable, &error);
  if (items == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, items, (GDestroyNotify) g_ptr_array_unref);
}

static void
nfe_builtin_generator_generate_async (NfeGenerator             *generator,
                                      NfeGenerateKind           kind,
                                      const NfeGenerateRequest *request,
                                      GCancellable             *cancellable,
                                      GAsyncReadyCallback       callback,
                                      gpointer                  user_data)
{
  g_autoptr(GTask) task = g_task_new (generator, cancellable, callback, user_data);

  g_task_set_source_tag (task, nfe_builtin_generator_generate_async);

  g_object_set_data (G_OBJECT (task), "kind", GINT_TO_POINTER (kind));
  g_task_set_task_data (task, nfe_generate_request_copy (request),
                        (GDestroyNotify) nfe_generate_request_free);
  g_task_run_in_thread (task, generate_thread);
}

static GPtrArray *
nfe_builtin_generator_generate_finish (NfeGenerator  *generator,
                                       GAsyncResult  *result,
                                       GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, generator), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
generator_iface_init (NfeGeneratorInterface *iface)
{
  iface->dup_id = nfe_builtin_generator_dup_id;
  iface->generate_async = nfe_builtin_generator_generate_async;
  iface->generate_finish = nfe_builtin_generator_generate_finish;
}

static void
nfe_builtin_generator_class_init (NfeBuiltinGeneratorClass *klass)
{
}

static void
nfe_builtin_generator_init (NfeBuiltinGenerator *self)
{
}

NfeBuiltinGenerator *
nfe_builtin_generator_new (void)
{
  return g_object_new (NFE_TYPE_BUILTIN_GENERATOR, NULL);
}
