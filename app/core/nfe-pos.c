/* nfe-pos.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nfe-pos"

#include "config.h"

#include <link-grammar/link-includes.h>
#include <string.h>
#include <wn.h>

#include "nfe-pos.h"

/* Parts of speech for the question writer, from two real lexical
 * resources rather than word lists: WordNet says which classes a word can
 * belong to at all ("restore" is only ever a verb), and the link grammar
 * parser says which one it is in a given sentence ("to conduct checks"
 * against "their conduct").
 *
 * Both libraries keep global state that is not thread-safe (WordNet's
 * open files and static buffers, the parser's dictionary while it loads),
 * and generation runs in a worker thread, so every call goes through one
 * lock each. */

/* Longer sentences take the parser too long, and it rarely finds a
 * complete reading of them anyway. */
#define MAX_PARSE_WORDS  60

/* Past this many words the cache is dropped rather than grown for ever
 * in a long-running editor. */
#define MAX_CACHED_WORDS 50000

static GMutex wordnet_lock;
static GMutex parser_lock;

static gboolean
wordnet_ready (void)
{
  static int state;  /* 0 not tried, 1 ready, -1 missing */

  if (state == 0)
    {
      /* WordNet prints its own complaint when its files are missing;
       * without them every word is simply unknown. */
      state = wninit () == 0 ? 1 : -1;
      if (state < 0)
        g_debug ("WordNet's database is missing: parts of speech come from the parser alone");
    }

  return state > 0;
}

static gboolean
wordnet_has (const char *word,
             int         pos)
{
  g_autofree char *copy = g_strdup (word);

  if (in_wn (copy, pos) != 0)
    return TRUE;

  /* morphstr() finds the base form of an inflected word ("prices",
   * "defended"); it writes into its argument's copy and keeps a static
   * cursor, which the lock protects. */
  return morphstr (copy, pos) != NULL;
}

/**
 * nfe_pos_lexical:
 * @word: a word, in lower case
 *
 * Which parts of speech WordNet allows @word, inflected forms included.
 * Function words (articles, prepositions, pronouns) and words WordNet does
 * not know give 0, so "unknown" never reads as "not a noun".
 *
 * Returns: an #NfePos mask of %NFE_POS_NOUN, %NFE_POS_VERB,
 *   %NFE_POS_ADJECTIVE and %NFE_POS_ADVERB
 */
NfePos
nfe_pos_lexical (const char *word)
{
  static GHashTable *cache;
  gpointer cached;
  guint pos = 0;

  g_return_val_if_fail (word != NULL, 0);

  if (*word == '\0' || strlen (word) > 64 || strchr (word, ' ') != NULL)
    return 0;

  g_mutex_lock (&wordnet_lock);

  if (cache == NULL || g_hash_table_size (cache) > MAX_CACHED_WORDS)
    {
      g_clear_pointer (&cache, g_hash_table_unref);
      cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    }

  if (g_hash_table_lookup_extended (cache, word, NULL, &cached))
    pos = GPOINTER_TO_UINT (cached);
  else if (wordnet_ready ())
    {
      pos |= wordnet_has (word, NOUN) ? NFE_POS_NOUN : 0;
      pos |= wordnet_has (word, VERB) ? NFE_POS_VERB : 0;
      pos |= wordnet_has (word, ADJ) ? NFE_POS_ADJECTIVE : 0;
      pos |= wordnet_has (word, ADV) ? NFE_POS_ADVERB : 0;
      g_hash_table_insert (cache, g_strdup (word), GUINT_TO_POINTER (pos));
    }

  g_mutex_unlock (&wordnet_lock);

  return pos;
}

static void
ignore_parser_message_cb (lg_errinfo *info,
                          void       *data)
{
  /* The parser reports that it forces a UTF-8 locale, and which words it
   * guessed; neither is anything a user can act on. */
  g_debug ("link-grammar: %s", info->text);
}

static Dictionary
parser_dictionary (void)
{
  static int state;  /* 0 not tried, 1 ready, -1 missing */
  static Dictionary dictionary;

  if (state == 0)
    {
      lg_error_set_handler (ignore_parser_message_cb, NULL);
      dictionary = dictionary_create_lang ("en");
      state = dictionary != NULL ? 1 : -1;
      if (dictionary == NULL)
        g_debug ("The link grammar dictionary is missing: parts of speech come from WordNet alone");
    }

  return dictionary;
}

/* What the parser's subscript on a word ("poached.v-d", "security.n-u",
 * "Delhi.l") says it is. */
static NfePos
pos_of_subscript (const char *subscript)
{
  switch (subscript[0])
    {
    case 'v':  /* verbs, "-d" for the past */
    case 'q':  /* verbs of saying: "said.q-d" */
    case 'w':  /* verbs taking two objects or a clause */
      return NFE_POS_VERB;
    case 'g':
      return NFE_POS_GERUND;
    case 'n':  /* nouns, "-u" for mass nouns */
    case 's':  /* singular nouns of some classes */
    case 't':  /* titles: "chief.t" */
      return NFE_POS_NOUN;
    case 'a':
      return NFE_POS_ADJECTIVE;
    case 'e':
      return NFE_POS_ADVERB;
    case 'b':  /* given names */
    case 'm':
    case 'f':
    case 'l':  /* places */
      return NFE_POS_NAME;
    default:   /* prepositions, determiners, conjunctions, pronouns, dates */
      return 0;
    }
}

/**
 * nfe_pos_tag_sentence:
 * @text: one sentence of plain text
 *
 * Parses @text with the link grammar parser and says how it reads each
 * word there. Only a complete parse is used: a partial one (words left
 * out) is slow to find and often wrong, and the caller then has WordNet's
 * classes to go by. Deterministic: the parser's sampling is seeded.
 *
 * Returns: (transfer full) (nullable) (element-type NfePosTag): a tag per
 *   word the parser tagged, in order; words it read as names of its own
 *   ("Uber", unknown capitalised words) carry %NFE_POS_NAME. %NULL when the
 *   sentence has no complete parse or the parser is not installed
 */
GArray *
nfe_pos_tag_sentence (const char *text)
{
  Dictionary dictionary;
  Parse_Options options;
  Sentence sentence;
  GArray *tags = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  g_mutex_lock (&parser_lock);

  dictionary = parser_dictionary ();
  if (dictionary == NULL)
    {
      g_mutex_unlock (&parser_lock);
      return NULL;
    }

  options = parse_options_create ();
  parse_options_set_verbosity (options, 0);
  parse_options_set_linkage_limit (options, 10);
  parse_options_set_repeatable_rand (options, TRUE);
  parse_options_set_spell_guess (options, 0);
  parse_options_set_min_null_count (options, 0);
  parse_options_set_max_null_count (options, 0);
  parse_options_set_max_parse_time (options, 2);
  parse_options_set_display_morphology (options, 0);

  sentence = sentence_create (text, dictionary);
  if (sentence != NULL && sentence_split (sentence, options) == 0 &&
      sentence_length (sentence) <= MAX_PARSE_WORDS &&
      sentence_parse (sentence, options) > 0 &&
      !parse_options_timer_expired (options))
    {
      Linkage linkage = linkage_create (0, sentence, options);

      if (linkage != NULL)
        {
          gsize length = strlen (text);

          tags = g_array_new (FALSE, TRUE, sizeof (NfePosTag));
          for (gsize w = 0; w < (gsize) linkage_get_num_words (linkage); w++)
            {
              const char *word = linkage_get_word (linkage, w);
              int start = linkage_get_word_byte_start (linkage, w);
              int end = linkage_get_word_byte_end (linkage, w);
              NfePosTag tag = { 0 };
              gsize n;

              /* The walls and words the tokenizer made up have no text. */
              if (start < 0 || end <= start || (gsize) end > length)
                continue;

              n = end - start;
              tag.start = start;
              tag.end = end;
              if (strlen (word) > n + 1 && word[n] == '.')
                tag.pos = pos_of_subscript (word + n + 1);
              else if (strstr (word, "CAPITALIZED-WORDS") != NULL)
                tag.pos = NFE_POS_NAME;
              else
                continue;
              if (tag.pos != 0)
                g_array_append_val (tags, tag);
            }
          linkage_delete (linkage);
        }
    }

  if (sentence != NULL)
    sentence_delete (sentence);
  parse_options_delete (options);

  g_mutex_unlock (&parser_lock);

  return tags;
}
