/* nfe-pos.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nfe-pos"

#include "config.h"

#include <link-grammar/dict-api.h>
#include <link-grammar/link-includes.h>
#include <string.h>
#include <wn.h>

#include "nfe-pos.h"
#include "nfe-util.h"

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
#define MAX_READINGS     5
#define MAX_SKIPPED_WORDS 3
#define MAX_SKIPPING_WORDS 24

/* Past this many words the cache is dropped rather than grown for ever
 * in a long-running editor. */
#define MAX_CACHED_WORDS 50000
#define MAX_CACHED_PARSES 4000

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

/* How many senses WordNet has for @word as @pos, inflected forms
 * included; 0 when it has none. */
static int
wordnet_senses (const char *word,
                int         pos)
{
  g_autofree char *copy = g_strdup (word);
  const char *base;
  IndexPtr index;
  int senses = 0;

  /* morphstr() finds the base form of an inflected word ("prices",
   * "defended"); it writes into its argument's copy and keeps a static
   * cursor, which the lock protects. */
  base = in_wn (copy, pos) != 0 ? word : morphstr (copy, pos);
  if (base == NULL)
    return 0;

  index = index_lookup ((char *) base, pos);
  if (index != NULL)
    {
      senses = index->off_cnt;
      free_index (index);
    }

  return MAX (senses, 1);
}

/**
 * nfe_pos_lexical:
 * @word: a word, in lower case
 *
 * Which parts of speech WordNet allows @word, inflected forms included,
 * whether it has more senses as a verb than as a noun ("fund", "cut",
 * against "interest", "price"), and whether it has at least twice as many
 * as an adjective ("old", "major", against "capital", "material").
 * Function words (articles, prepositions, pronouns) and words WordNet does
 * not know give 0, so "unknown" never reads as "not a noun".
 *
 * Returns: an #NfePos mask of %NFE_POS_NOUN, %NFE_POS_VERB,
 *   %NFE_POS_ADJECTIVE, %NFE_POS_ADVERB, %NFE_POS_MOSTLY_VERB and
 *   %NFE_POS_MOSTLY_ADJECTIVE
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
      int nouns = wordnet_senses (word, NOUN);
      int verbs = wordnet_senses (word, VERB);

      pos |= nouns > 0 ? NFE_POS_NOUN : 0;
      pos |= verbs > 0 ? NFE_POS_VERB : 0;
      int adjectives = wordnet_senses (word, ADJ);

      pos |= verbs > nouns ? NFE_POS_MOSTLY_VERB : 0;
      pos |= adjectives > 0 ? NFE_POS_ADJECTIVE : 0;
      pos |= adjectives > 0 && adjectives >= 2 * nouns ? NFE_POS_MOSTLY_ADJECTIVE : 0;
      pos |= wordnet_senses (word, ADV) > 0 ? NFE_POS_ADVERB : 0;
      g_hash_table_insert (cache, g_strdup (word), GUINT_TO_POINTER (pos));
    }

  g_mutex_unlock (&wordnet_lock);

  return pos;
}

#define FILE_BIT(fnum) (G_GUINT64_CONSTANT (1) << (fnum))

/* The lexicographer files WordNet files @lemma's first @senses noun
 * senses under, as a set of FILE_BIT()s; 0 when it knows no noun
 * @lemma. The caller holds wordnet_lock. */
static guint64
noun_files (char *lemma,
            int   senses)
{
  IndexPtr index = index_lookup (lemma, NOUN);
  guint64 files = 0;

  for (int i = 0; index != NULL && i < index->off_cnt && i < senses; i++)
    {
      SynsetPtr synset = read_synset (NOUN, index->offset[i], lemma);

      if (synset != NULL)
        {
          files |= FILE_BIT (synset->fnum);
          free_synset (synset);
        }
    }
  if (index != NULL)
    free_index (index);

  return files;
}

/**
 * nfe_pos_noun_sense:
 * @noun: a noun or a name, in lower case: "woman", "drivers", "los angeles"
 *
 * What WordNet files the most common sense of @noun under, of the few
 * classes the question writer cares about: people ("woman", "investors"),
 * places ("los angeles", "chile"), groups ("brigade", "union") and
 * matter that is traded ("iron ore", "sugar").
 *
 * Returns: the #NfePosSense, %NFE_POS_SENSE_OTHER for any other noun or
 *   one WordNet does not know
 */
NfePosSense
nfe_pos_noun_sense (const char *noun)
{
  /* WordNet's lexicographer files: noun.food, noun.group,
   * noun.location, noun.person, noun.substance. */
  enum { FOOD_FILE = 13, GROUP_FILE = 14, LOCATION_FILE = 15, PERSON_FILE = 18,
         SUBSTANCE_FILE = 27 };
  static GHashTable *cache;
  g_autofree char *copy = NULL;
  gpointer cached;
  NfePosSense sense = NFE_POS_SENSE_OTHER;

  g_return_val_if_fail (noun != NULL, NFE_POS_SENSE_OTHER);

  if (*noun == '\0' || strlen (noun) > 64)
    return NFE_POS_SENSE_OTHER;

  /* WordNet writes "Los Angeles" as "los_angeles". */
  copy = g_strdup (noun);
  g_strdelimit (copy, " ", '_');

  g_mutex_lock (&wordnet_lock);

  if (cache == NULL || g_hash_table_size (cache) > MAX_CACHED_WORDS)
    {
      g_clear_pointer (&cache, g_hash_table_unref);
      cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    }

  if (g_hash_table_lookup_extended (cache, noun, NULL, &cached))
    sense = GPOINTER_TO_INT (cached);
  else if (wordnet_ready ())
    {
      const char *base = morphstr (copy, NOUN);
      g_autofree char *lemma = g_strdup (base != NULL ? base : copy);
      guint64 first = noun_files (lemma, 1);

      sense = first & FILE_BIT (PERSON_FILE) ? NFE_POS_SENSE_PERSON
            : first & FILE_BIT (LOCATION_FILE) ? NFE_POS_SENSE_PLACE
            : first & FILE_BIT (GROUP_FILE) ? NFE_POS_SENSE_GROUP
            : first & (FILE_BIT (FOOD_FILE) | FILE_BIT (SUBSTANCE_FILE)) ? NFE_POS_SENSE_MATTER
            : NFE_POS_SENSE_OTHER;
      g_hash_table_insert (cache, g_strdup (noun), GINT_TO_POINTER (sense));
    }

  g_mutex_unlock (&wordnet_lock);

  return sense;
}

/**
 * nfe_pos_names_feature:
 * @name: a name, in lower case: "rhine", "mekong", "alps"
 *
 * Whether WordNet knows @name, in any of its senses, as a natural
 * feature of the earth or the sky: a river, a mountain, a sea. Its first
 * sense may be another: "Rhine" is first a parapsychologist.
 *
 * Returns: %TRUE when one of @name's noun senses is filed under
 *   noun.object
 */
gboolean
nfe_pos_names_feature (const char *name)
{
  enum { OBJECT_FILE = 17 };
  g_autofree char *copy = NULL;
  gboolean feature = FALSE;

  g_return_val_if_fail (name != NULL, FALSE);

  if (*name == '\0' || strlen (name) > 64)
    return FALSE;

  copy = g_strdup (name);
  g_strdelimit (copy, " ", '_');

  g_mutex_lock (&wordnet_lock);

  if (wordnet_ready ())
    feature = (noun_files (copy, G_MAXINT) & FILE_BIT (OBJECT_FILE)) != 0;

  g_mutex_unlock (&wordnet_lock);

  return feature;
}

/**
 * nfe_pos_verb_lemma:
 * @word: a verb form, in lower case: "lowered", "took", "cuts"
 *
 * The base form of a verb, from WordNet's morphology and its list of
 * irregular forms: "lower", "take", "cut".
 *
 * Returns: (transfer full) (nullable): the base form, or %NULL when
 *   WordNet knows no verb @word is a form of
 */
char *
nfe_pos_verb_lemma (const char *word)
{
  g_autofree char *copy = NULL;
  char *lemma = NULL;

  g_return_val_if_fail (word != NULL, NULL);

  if (*word == '\0' || strlen (word) > 64)
    return NULL;

  copy = g_strdup (word);

  g_mutex_lock (&wordnet_lock);
  if (wordnet_ready ())
    {
      const char *base = morphstr (copy, VERB);

      if (base != NULL)
        lemma = g_strdup (base);
      else if (in_wn (copy, VERB) != 0)
        lemma = g_strdup (word);
    }
  g_mutex_unlock (&wordnet_lock);

  return lemma;
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

/**
 * nfe_pos_is_given_name:
 * @word: a capitalised word: "Helen", "Marcus"
 *
 * Whether the parser's dictionary lists @word among people's given names
 * (some six thousand of them), so that "Helen Marsh" is someone even
 * where no "said" or title is beside her.
 *
 * Returns: %TRUE for a given name
 */
gboolean
nfe_pos_is_given_name (const char *word)
{
  Dictionary dictionary;
  gboolean given = FALSE;

  g_return_val_if_fail (word != NULL, FALSE);

  g_mutex_lock (&parser_lock);

  dictionary = parser_dictionary ();
  if (dictionary != NULL)
    {
      Dict_node *list = dictionary_lookup_list (dictionary, word);

      /* The dictionary keeps "Helen.f" with its own mark for the dot:
       * what counts is the subscript after it, "m", "f" or "b". */
      for (Dict_node *node = list; node != NULL && !given; node = node->right)
        {
          gsize length = strlen (node->string);

          given = length >= 3 && !g_ascii_isalnum (node->string[length - 2]) &&
                  strchr ("mfb", node->string[length - 1]) != NULL;
        }
      if (list != NULL)
        free_lookup_list (dictionary, list);
    }

  g_mutex_unlock (&parser_lock);

  return given;
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

/* A node of the parser's constituent tree: a phrase ("NP", "VP", "S")
 * or one of its words. */
typedef struct
{
  char *label;        /* NULL for a word */
  int   word;         /* for a word: its index among the words with text */
  int   first_child;
  int   next;         /* the next sibling */
  int   first_word;   /* the words a phrase spans, inclusive */
  int   last_word;
} TreeNode;

static void
tree_node_clear (gpointer data)
{
  g_free (((TreeNode *) data)->label);
}

static TreeNode *
tree_node (GArray *nodes,
           int     i)
{
  return i < 0 ? NULL : &g_array_index (nodes, TreeNode, i);
}

/* Reads the parser's bracketed tree, "(S (NP Uber) (VP hired.v-d …))",
 * checking that it has one leaf per word of the linkage. */
static GArray *
read_tree (const char *tree,
           guint       n_words)
{
  g_autoptr(GArray) nodes = g_array_new (FALSE, TRUE, sizeof (TreeNode));
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) last_child = g_array_new (FALSE, FALSE, sizeof (int));
  int words = 0;

  g_array_set_clear_func (nodes, tree_node_clear);

  for (const char *p = tree; *p != '\0';)
    {
      TreeNode node = { NULL, -1, -1, -1, G_MAXINT, -1 };
      const char *start;
      int index = nodes->len;

      if (g_ascii_isspace (*p))
        {
          p++;
          continue;
        }
      if (*p == ')')
        {
          if (stack->len == 0)
            return NULL;
          g_array_set_size (stack, stack->len - 1);
          g_array_set_size (last_child, last_child->len - 1);
          p++;
          continue;
        }

      if (*p == '(')
        {
          start = ++p;
          while (*p != '\0' && !g_ascii_isspace (*p) && *p != '(' && *p != ')')
            p++;
          node.label = g_strndup (start, p - start);
        }
      else
        {
          start = p;
          while (*p != '\0' && !g_ascii_isspace (*p) && *p != ')')
            p++;
          node.word = words++;
          node.first_word = node.last_word = node.word;
        }

      g_array_append_val (nodes, node);
      if (stack->len > 0)
        {
          int parent = g_array_index (stack, int, stack->len - 1);
          int *last = &g_array_index (last_child, int, last_child->len - 1);

          if (*last < 0)
            tree_node (nodes, parent)->first_child = index;
          else
            tree_node (nodes, *last)->next = index;
          *last = index;
        }
      else if (index > 0)
        return NULL;

      if (node.label != NULL)
        {
          int none = -1;

          g_array_append_val (stack, index);
          g_array_append_val (last_child, none);
        }
    }

  if (stack->len != 0 || nodes->len == 0 || (guint) words != n_words)
    return NULL;

  /* Children come after their parent: one pass backwards gives every
   * phrase the words it spans. */
  for (int i = nodes->len - 1; i >= 0; i--)
    {
      TreeNode *node = tree_node (nodes, i);

      for (int c = node->first_child; c >= 0; c = tree_node (nodes, c)->next)
        {
          node->first_word = MIN (node->first_word, tree_node (nodes, c)->first_word);
          node->last_word = MAX (node->last_word, tree_node (nodes, c)->last_word);
        }
    }

  return g_steal_pointer (&nodes);
}

static gboolean
is_phrase (const TreeNode *node,
           const char     *label)
{
  return node != NULL && node->label != NULL && strcmp (node->label, label) == 0;
}

/* A plain noun phrase: nothing in it is a clause of its own ("the deal,
 * which…", "companies developing drugs"), and it is short. */
static gboolean
plain_phrase (GArray *nodes,
              int     i,
              int     max_words)
{
  TreeNode *node = tree_node (nodes, i);

  if (node->last_word - node->first_word + 1 > max_words)
    return FALSE;
  for (int c = node->first_child; c >= 0; c = tree_node (nodes, c)->next)
    {
      TreeNode *child = tree_node (nodes, c);

      if (child->label == NULL)
        continue;
      /* "(NP (QP about 650) stores)" */
      if (!is_phrase (child, "NP") && !is_phrase (child, "PP") && !is_phrase (child, "ADJP") &&
          !is_phrase (child, "QP"))
        return FALSE;
      if (!plain_phrase (nodes, c, max_words))
        return FALSE;
    }

  return TRUE;
}

static const char *
subscript_of (const char *word,
              guint       length)
{
  if (strlen (word) > length + 1 && word[length] == '.')
    return word + length + 1;
  return "";
}

/* The parser's word at leaf @i of the tree ("cut.v-d"), or %NULL when
 * @i is no leaf. */
static const char *
leaf_word (Linkage    linkage,
           GArray    *nodes,
           const int *words,
           int        i)
{
  if (i < 0 || tree_node (nodes, i)->label != NULL)
    return NULL;
  return linkage_get_word (linkage, words[tree_node (nodes, i)->word]);
}

/* Steps over an adverb phrase before a verb, unless it negates it:
 * "also lowered" is "lowered", "never made" is not "made". */
static int
skip_adverb (Linkage     linkage,
             GArray     *nodes,
             const int  *words,
             int         i)
{
  TreeNode *node = tree_node (nodes, i);

  if (!is_phrase (node, "ADVP"))
    return i;

  for (int w = node->first_word; w <= node->last_word; w++)
    {
      const char *word = linkage_get_word (linkage, words[w]);

      if (g_str_has_prefix (word, "not.") || g_str_has_prefix (word, "never.") ||
          g_str_has_prefix (word, "n't") || g_str_has_prefix (word, "hardly.") ||
          g_str_has_prefix (word, "no."))
        return -1;
    }

  return node->next;
}

/* Whether the parser's "taken.v" after "have" is a past participle: it
 * tags some irregular ones as it tags the bare verb. */
static gboolean
participle (const char *word,
            guint       length)
{
  g_autofree char *form = g_ascii_strdown (word, length);
  g_autofree char *lemma = nfe_pos_verb_lemma (form);

  return lemma != NULL && strcmp (lemma, form) != 0 &&
         (g_str_has_suffix (form, "en") || g_str_has_suffix (form, "ed") ||
          g_str_has_suffix (form, "wn") || g_str_has_suffix (form, "ne"));
}

/* Whether the parser's @word, with @subscript, may be the plain form
 * after "will" or "would": "cut", "shut" and "set" it marks as a past
 * ("cut.v-d") whatever stands before them. */
static gboolean
plain_form (const char *word,
            guint       length,
            const char *subscript)
{
  g_autofree char *form = NULL;
  g_autofree char *lemma = NULL;

  if (strcmp (subscript, "v") == 0)
    return TRUE;
  if (strcmp (subscript, "v-d") != 0)
    return FALSE;
  form = g_ascii_strdown (word, length);
  lemma = nfe_pos_verb_lemma (form);

  return lemma != NULL && strcmp (lemma, form) == 0;
}

/* How many bytes of the text the linkage's @word stands for. */
static guint
text_length (Linkage linkage,
             int     word)
{
  return linkage_get_word_byte_end (linkage, word) - linkage_get_word_byte_start (linkage, word);
}

/* The parser reads "sell its drinks division" as "sell [its drinks]
 * [division]", as if it were "give its workers pay": a lone noun with no
 * determiner right after an object that ends in a noun or an adjective
 * is the last word of the object.  Returns that noun's word index, or
 * -1. */
static int
compound_tail (Linkage     linkage,
               GArray     *nodes,
               const int  *words,
               int         object)
{
  int next = tree_node (nodes, object)->next;
  const char *last, *word, *subscript;
  guint length, last_length;

  /* "(NP (PP (NP business) (PP to Orbis)))": down to the first noun
   * phrase the next phrase opens with. */
  while (next >= 0 && (is_phrase (tree_node (nodes, next), "NP") ||
                       is_phrase (tree_node (nodes, next), "PP")))
    {
      int child = tree_node (nodes, next)->first_child;

      if (!is_phrase (tree_node (nodes, child), "NP") &&
          !is_phrase (tree_node (nodes, child), "PP"))
        break;
      next = child;
    }
  if (next < 0 || (tree_node (nodes, next)->label != NULL &&
                    !is_phrase (tree_node (nodes, next), "NP")) ||
      tree_node (nodes, next)->first_word != tree_node (nodes, object)->last_word + 1 ||
      tree_node (nodes, next)->last_word != tree_node (nodes, next)->first_word)
    return -1;

  last = linkage_get_word (linkage, words[tree_node (nodes, object)->last_word]);
  word = linkage_get_word (linkage, words[tree_node (nodes, next)->first_word]);
  length = text_length (linkage, words[tree_node (nodes, next)->first_word]);
  subscript = subscript_of (word, length);
  if (!g_ascii_islower (word[0]) ||
      (strcmp (subscript, "n") != 0 && strcmp (subscript, "n-u") != 0 &&
       strcmp (subscript, "s") != 0))
    return -1;
  last_length = text_length (linkage, words[tree_node (nodes, object)->last_word]);
  /* "its drinks", "its warehouse", or "its mobile-tower", which the
   * parser takes for an adjective with nothing after it. */
  if (last_length < 2 || !g_ascii_islower (last[0]) ||
      (last[last_length - 1] != 's' && !g_str_has_suffix (last + last_length, ".a") &&
       !g_str_has_suffix (last + last_length, ".n")))
    return -1;

  return tree_node (nodes, next)->first_word;
}

/* Whether the linkage's @word is a modal verb's, however the parser read
 * it: "will", "may". */
static gboolean
ends_on_modal (Linkage    linkage,
               const int *words,
               int        word)
{
  static const char * const modals[] = {
    "will", "would", "may", "might", "can", "could", "shall", "should", "must", NULL
  };
  g_autofree char *text = g_ascii_strdown (linkage_get_word (linkage, words[word]),
                                           text_length (linkage, words[word]));

  return g_strv_contains (modals, text);
}

/* Whether the linkage's @word begins with a capital letter. */
static gboolean
starts_upper (Linkage linkage,
              int     word)
{
  return g_ascii_isupper (linkage_get_word (linkage, word)[0]);
}

/* The parser reads "buy Harlan Ridge Farms Inc" as "buy [Harlan Ridge]
 * [Farms Inc]" and "buy U.S. biotech Corvala" as "buy [U.S.] [biotech
 * Corvala]", as if it were "buy him a drink": a noun phrase that ends in
 * a capitalised word, right after an object that does too, goes on with
 * the object's name. Returns its last word index, or -1. */
static int
name_tail (Linkage     linkage,
           GArray     *nodes,
           const int  *words,
           int         object)
{
  TreeNode *node = tree_node (nodes, object);
  TreeNode *next = tree_node (nodes, node->next);

  if (!is_phrase (next, "NP") || next->first_word != node->last_word + 1 ||
      next->last_word - node->first_word >= 7 || !plain_phrase (nodes, node->next, 7) ||
      !starts_upper (linkage, words[node->last_word]) ||
      !starts_upper (linkage, words[next->last_word]))
    return -1;

  return next->last_word;
}

/* Whether the word at @text is capitalised, as a name's words are:
 * "Altmark", "AG", "Castellanos-Moor". */
static gboolean
capitalised_word (const char *text,
                  gsize       length)
{
  static const char * const openers[] = {
    "The", "A", "An", "Its", "His", "Her", "Their", "This", "That", "In", "On", "At", "For",
    "But", "And", "After", "As", "By", "With", "From", NULL
  };
  if (length == 0 || !g_ascii_isupper (text[0]))
    return FALSE;
  for (guint i = 0; openers[i] != NULL; i++)
    if (strlen (openers[i]) == length && strncmp (openers[i], text, length) == 0)
      return FALSE;
  for (gsize i = 1; i < length; i++)
    if (!g_ascii_isalpha (text[i]) && text[i] != '-')
      return FALSE;

  return TRUE;
}

/* Whether the noun phrase @phrase ends in a name of one to four
 * capitalised words that the parser left bare, after something else:
 * sets @first and @last to its words. */
static gboolean
trailing_name (Linkage    linkage,
               GArray    *nodes,
               const int *words,
               int        phrase,
               int       *first,
               int       *last)
{
  int run_first = -1, run_last = -1, n_words = 0;

  for (int c = tree_node (nodes, phrase)->first_child; c >= 0; c = tree_node (nodes, c)->next)
    {
      TreeNode *child = tree_node (nodes, c);
      int word = child->word;

      if (child->label == NULL &&
          capitalised_word (linkage_get_word (linkage, words[word]),
                            text_length (linkage, words[word])))
        {
          if (n_words++ == 0)
            run_first = word;
          run_last = word;
        }
      else
        n_words = 0;
    }
  if (n_words == 0 || n_words > 4 || run_first == tree_node (nodes, phrase)->first_word)
    return FALSE;

  *first = run_first;
  *last = run_last;
  return TRUE;
}

/* The tag of the word that starts at byte @start, or 0. */
static NfePos
tag_at (GArray *tags,
        gsize   start)
{
  for (guint i = 0; tags != NULL && i < tags->len; i++)
    if (g_array_index (tags, NfePosTag, i).start == start)
      return g_array_index (tags, NfePosTag, i).pos;

  return 0;
}

/* Whether one of @clauses has a subject that ends at byte @end. */
static gboolean
subject_ends_at (GArray *clauses,
                 gsize   end)
{
  for (guint i = 0; clauses != NULL && i < clauses->len; i++)
    if ((gsize) g_array_index (clauses, NfePosClause, i).subject_end == end)
      return TRUE;

  return FALSE;
}

static GArray *parse_sentence (const char *text, GArray **clauses);

/* The parser splits a name it does not know, "Quillfeather Systems Inc
 * will cut…", and may read a clause of the sentence with the name cut
 * up. Where a name of two words or more stands before a verb and no
 * clause has it for its subject, the sentence is read again with the
 * name's words run together into one, "QuillfeatherxSystemsxInc", which
 * is as long, so the clauses found fall on the same bytes. They are added
 * to @clauses; the words' classes stay the first reading's. A sentence
 * with no clause at all is left to the caller, who reads it in pieces. */
static void
read_names_whole (const char *text,
                  GArray     *tags,
                  GArray     *clauses)
{
  gsize at = 0, length = strlen (text);

  if (clauses == NULL || clauses->len == 0)
    return;
  while (at < length)
    {
      gsize run_start = 0, run_end = 0, next = at;
      guint n_words = 0;

      /* The next run of capitalised words, and the word after it. */
      while (next < length)
        {
          gsize word_end = next;

          while (word_end < length && text[word_end] != ' ')
            word_end++;
          if (!capitalised_word (text + next, word_end - next))
            break;
          if (n_words++ == 0)
            run_start = next;
          run_end = word_end;
          next = word_end + 1;
        }
      if (n_words == 0)
        {
          while (next < length && text[next] != ' ')
            next++;
          at = next + 1;
          continue;
        }
      at = next;

      /* The parser may take the verb for a part of the name: "Quillfeather
       * Systems Inc will cut…". */
      if (n_words >= 2 && next < length && g_ascii_islower (text[next]) &&
          ((tag_at (tags, next) & NFE_POS_VERB) ||
           nfe_str_has_any_prefix (text + next, (const char * const []) { "will ", "would ",
                                                                          "has ", "had ",
                                                                          NULL })) &&
          !nfe_str_has_any_prefix (text + next, (const char * const []) { "said ", "says ",
                                                                          "told ", NULL }) &&
          !subject_ends_at (clauses, run_end))
        {
          g_autofree char *joined = g_strdup (text);
          g_autoptr(GArray) joined_clauses = NULL;
          g_autoptr(GArray) joined_tags = NULL;

          for (gsize i = run_start; i < run_end; i++)
            if (joined[i] == ' ')
              joined[i] = 'x';
          joined_tags = parse_sentence (joined, &joined_clauses);
          for (guint i = 0; joined_clauses != NULL && i < joined_clauses->len; i++)
            {
              NfePosClause *clause = &g_array_index (joined_clauses, NfePosClause, i);

              if ((gsize) clause->subject_end == run_end)
                g_array_append_val (clauses, *clause);
            }
        }
    }
}

/* Sets @start and @end to the bytes of the text from the linkage's word
 * @first to its word @last. */
static void
span_words (Linkage    linkage,
            const int *words,
            int        first,
            int        last,
            guint     *start,
            guint     *end)
{
  *start = linkage_get_word_byte_start (linkage, words[first]);
  *end = linkage_get_word_byte_end (linkage, words[last]);
}

/* "[[its profit forecast] [on Tuesday], blaming…]": the noun phrase an
 * object's modifiers hang on; -1 where @object is no plain noun phrase. */
static int
object_phrase (GArray *nodes,
               int     object)
{
  if (!is_phrase (tree_node (nodes, object), "NP"))
    return -1;

  while (!plain_phrase (nodes, object, 7))
    {
      TreeNode *child = tree_node (nodes, tree_node (nodes, object)->first_child);

      /* The parser may hang the modifiers on a phrase of their own:
       * "(NP (PP (NP the purchase) (PP with cash …)))". */
      if (is_phrase (child, "PP") && is_phrase (tree_node (nodes, child->first_child), "NP"))
        object = child->first_child;
      else if (is_phrase (child, "NP"))
        object = tree_node (nodes, object)->first_child;
      else
        break;
    }

  return plain_phrase (nodes, object, 7) ? object : -1;
}

/* Sets @clause's object to the words of @object, and of the lone noun or
 * name the parser split off it. */
static void
span_object (Linkage       linkage,
             GArray       *nodes,
             const int    *words,
             int           object,
             NfePosClause *clause)
{
  int tail;

  span_words (linkage, words, tree_node (nodes, object)->first_word,
              tree_node (nodes, object)->last_word, &clause->object_start, &clause->object_end);
  tail = compound_tail (linkage, nodes, words, object);
  if (tail < 0)
    tail = name_tail (linkage, nodes, words, object);
  if (tail >= 0)
    clause->object_end = linkage_get_word_byte_end (linkage, words[tail]);
}

/* "[Kanemori & Co] raised its dividend forecast by 27% and [announced] [a
 * record share buyback]": the parser hangs a second verb in the past on
 * the first's phrase after "and", and the sentence's subject did both.
 * Adds that clause, with @subject_start and @subject_end for its subject.
 * Not after an auxiliary: "would close 120 stores and cut about 2,900
 * jobs" is one plan, which the headline's reading asks of (hr2). */
static void
add_coordinated_clause (Linkage    linkage,
                        GArray    *nodes,
                        const int *words,
                        int        vp,
                        guint      subject_start,
                        guint      subject_end,
                        GArray    *clauses)
{
  int first = skip_adverb (linkage, nodes, words, tree_node (nodes, vp)->first_child);

  if (first < 0 || is_phrase (tree_node (nodes, tree_node (nodes, first)->next), "VP"))
    return;

  for (int c = first; c >= 0; c = tree_node (nodes, c)->next)
    {
      const char *and = leaf_word (linkage, nodes, words, c);
      int verb = tree_node (nodes, c)->next;
      const char *verb_word = leaf_word (linkage, nodes, words, verb);
      const char *subscript;
      NfePosClause clause = { 0 };
      int object;

      if (and == NULL || strcmp (and, "and.j-v") != 0)
        continue;
      if (verb_word == NULL)
        return;
      subscript = subscript_of (verb_word, text_length (linkage,
                                                        words[tree_node (nodes, verb)->word]));
      if ((strcmp (subscript, "v-d") != 0 && strcmp (subscript, "q-d") != 0) ||
          (object = object_phrase (nodes, tree_node (nodes, verb)->next)) < 0)
        return;

      clause.subject_start = subject_start;
      clause.subject_end = subject_end;
      span_words (linkage, words, tree_node (nodes, verb)->word, tree_node (nodes, verb)->word,
                  &clause.verb_start, &clause.verb_end);
      clause.tense = NFE_POS_PAST;
      span_object (linkage, nodes, words, object, &clause);
      g_array_append_val (clauses, clause);
      return;
    }
}

/* Finds "subject verb object" in every clause of the tree whose verb is
 * in the past, the present perfect or the future, with no adverb, negation
 * or passive in the way: "[Nordvale] [lowered] [its profit forecast]". */
static void
find_clauses (Linkage     linkage,
              GArray     *nodes,
              const int  *words,
              GArray     *clauses)
{
  for (guint i = 0; i < nodes->len; i++)
    {
      TreeNode *node = tree_node (nodes, i);
      int subject = -1, vp = -1, verb, object, aux = -1;
      int subject_first = -1, subject_last = -1, approximate;
      guint coordinated_at;
      NfePosClause clause = { 0 };
      const char *verb_word, *subscript;
      guint verb_length;

      if (!is_phrase (node, "S"))
        continue;

      for (int c = node->first_child; c >= 0; c = tree_node (nodes, c)->next)
        {
          if (is_phrase (tree_node (nodes, c), "NP") &&
              is_phrase (tree_node (nodes, tree_node (nodes, c)->next), "VP"))
            {
              subject = c;
              vp = tree_node (nodes, c)->next;
              break;
            }
          /* The parser leaves a name it does not know bare, outside any
           * noun phrase: "(S Harrowgate Pharma (VP agreed …))". */
          if (c == node->first_child && tree_node (nodes, c)->label == NULL)
            {
              int d = c;

              while (tree_node (nodes, d)->next >= 0 &&
                     tree_node (nodes, tree_node (nodes, d)->next)->label == NULL)
                d = tree_node (nodes, d)->next;
              if (is_phrase (tree_node (nodes, tree_node (nodes, d)->next), "VP") &&
                  tree_node (nodes, d)->word - tree_node (nodes, c)->word < 4)
                {
                  subject_first = tree_node (nodes, c)->word;
                  subject_last = tree_node (nodes, d)->word;
                  vp = tree_node (nodes, d)->next;
                  break;
                }
            }
        }
      if (vp < 0)
        continue;
      /* "(NP Brackenfield Software Inc will.n) (VP cut.v-d …)": a reading
       * that takes the auxiliary for a noun; a later one does not. */
      if (subject >= 0 && ends_on_modal (linkage, words, tree_node (nodes, subject)->last_word))
        continue;
      if (subject >= 0 && !plain_phrase (nodes, subject, 6))
        {
          /* "(NP (S (NP Spanish) (VP telecoms.v)) (NP operator) Telvanta
           * SA)": a description the parser misreads, then the name the
           * clause is about. */
          if (!trailing_name (linkage, nodes, words, subject, &subject_first, &subject_last))
            continue;
          subject = -1;
        }

      if (subject >= 0)
        {
          subject_first = tree_node (nodes, subject)->first_word;
          subject_last = tree_node (nodes, subject)->last_word;
        }
      span_words (linkage, words, subject_first, subject_last, &clause.subject_start,
                  &clause.subject_end);
      coordinated_at = clauses->len;
      add_coordinated_clause (linkage, nodes, words, vp, clause.subject_start,
                              clause.subject_end, clauses);

      /* One auxiliary at most ("has", "will"), then the verb and at once
       * its object; an adverb may stand before the verb ("also cut"),
       * unless it negates it. */
      verb = skip_adverb (linkage, nodes, words, tree_node (nodes, vp)->first_child);
      object = verb >= 0 ? tree_node (nodes, verb)->next : -1;
      if (leaf_word (linkage, nodes, words, verb) != NULL &&
          is_phrase (tree_node (nodes, object), "VP"))
        {
          aux = verb;
          verb = skip_adverb (linkage, nodes, words, tree_node (nodes, object)->first_child);
          object = verb >= 0 ? tree_node (nodes, verb)->next : -1;
        }
      if (verb < 0 || tree_node (nodes, verb)->label != NULL)
        continue;

      /* "agreed [on Monday] to buy…": when, not what. */
      if (is_phrase (tree_node (nodes, object), "PP") && tree_node (nodes, object)->next >= 0 &&
          tree_node (nodes, object)->last_word - tree_node (nodes, object)->first_word < 3)
        {
          const char *preposition = leaf_word (linkage, nodes, words,
                                               tree_node (nodes, object)->first_child);

          if (preposition != NULL &&
              (strcmp (preposition, "on") == 0 || g_str_has_prefix (preposition, "on.")))
            object = tree_node (nodes, object)->next;
        }

      /* "agreed [to buy Lumira]": the object of the verb it governs. */
      if (is_phrase (tree_node (nodes, object), "S"))
        {
          TreeNode *to_vp = tree_node (nodes, tree_node (nodes, object)->first_child);
          int to = is_phrase (to_vp, "VP") ? to_vp->first_child : -1;
          int inner = to >= 0 ? tree_node (nodes, to)->next : -1;
          int inner_verb = is_phrase (tree_node (nodes, inner), "VP")
                             ? tree_node (nodes, inner)->first_child : -1;
          const char *to_word = leaf_word (linkage, nodes, words, to);
          const char *inner_word = leaf_word (linkage, nodes, words, inner_verb);

          if (to_word == NULL || !g_str_has_prefix (to_word, "to.") || inner_word == NULL ||
              !g_str_has_suffix (inner_word, ".v"))
            continue;
          clause.infinitive_start =
            linkage_get_word_byte_start (linkage, words[tree_node (nodes, to)->word]);
          object = tree_node (nodes, inner_verb)->next;
        }
      /* "cut [about] 4,000 jobs": the parser hangs a round figure's
       * "about" on the verb; it is the object's. */
      approximate = -1;
      /* …or reads "(PP about (NP 1,800)) (NP jobs)". */
      if (((is_phrase (tree_node (nodes, object), "ADVP") &&
            tree_node (nodes, object)->first_word == tree_node (nodes, object)->last_word) ||
           (is_phrase (tree_node (nodes, object), "PP") &&
            tree_node (nodes, object)->last_word == tree_node (nodes, object)->first_word + 1)) &&
          is_phrase (tree_node (nodes, tree_node (nodes, object)->next), "NP"))
        {
          const char *word = linkage_get_word (linkage,
                                               words[tree_node (nodes, object)->first_word]);

          if (g_str_has_prefix (word, "about") || g_str_has_prefix (word, "around") ||
              g_str_has_prefix (word, "roughly") || g_str_has_prefix (word, "nearly") ||
              g_str_has_prefix (word, "almost") || g_str_has_prefix (word, "approximately"))
            {
              approximate = tree_node (nodes, object)->first_word;
              object = tree_node (nodes, object)->next;
            }
        }
      if ((object = object_phrase (nodes, object)) < 0)
        continue;

      verb_word = linkage_get_word (linkage, words[tree_node (nodes, verb)->word]);
      verb_length = text_length (linkage, words[tree_node (nodes, verb)->word]);
      subscript = subscript_of (verb_word, verb_length);

      /* "agreed.q-d": the parser's past of a verb that may report
       * speech, as "agreed" and "decided" may. */
      if (aux < 0 && (strcmp (subscript, "v-d") == 0 || strcmp (subscript, "q-d") == 0))
        clause.tense = NFE_POS_PAST;
      /* "it plans to list its renewable-energy unit": a plan, as "will". */
      else if (aux < 0 && clause.infinitive_start > 0 &&
               ((verb_length == 5 && strncmp (verb_word, "plans", 5) == 0) ||
                (verb_length == 7 && strncmp (verb_word, "intends", 7) == 0)))
        clause.tense = NFE_POS_FUTURE;
      else if (aux >= 0)
        {
          const char *aux_word = linkage_get_word (linkage, words[tree_node (nodes, aux)->word]);

          /* "said it had agreed to sell": reported speech moves the
           * perfect into the past. */
          if ((g_str_has_prefix (aux_word, "has.v") || g_str_has_prefix (aux_word, "have.v") ||
               g_str_has_prefix (aux_word, "had.v")) &&
              (strcmp (subscript, "v-d") == 0 ||
               (strcmp (subscript, "v") == 0 && participle (verb_word, verb_length))))
            clause.tense = NFE_POS_PERFECT;
          else if (g_str_has_prefix (aux_word, "will.v") &&
                   plain_form (verb_word, verb_length, subscript))
            clause.tense = NFE_POS_FUTURE;
          else if (g_str_has_prefix (aux_word, "would.v") &&
                   plain_form (verb_word, verb_length, subscript))
            clause.tense = NFE_POS_REPORTED;
          else
            continue;
        }
      else
        continue;

      span_words (linkage, words, tree_node (nodes, verb)->word, tree_node (nodes, verb)->word,
                  &clause.verb_start, &clause.verb_end);
      span_object (linkage, nodes, words, object, &clause);
      if (approximate >= 0)
        clause.object_start = linkage_get_word_byte_start (linkage, words[approximate]);

      /* Before the clause of a verb after "and", as the sentence has them. */
      g_array_insert_val (clauses, coordinated_at, clause);
    }
}

/* The linkage's words that stand for text, as indices into it, and with
 * @tags their word classes: the walls and the words the tokenizer made
 * up have no text. */
static int *
text_words (Linkage   linkage,
            gsize     length,
            guint    *n_words,
            GArray  **tags)
{
  int *words = g_new0 (int, linkage_get_num_words (linkage) + 1);

  *n_words = 0;
  if (tags != NULL)
    *tags = g_array_new (FALSE, TRUE, sizeof (NfePosTag));

  for (gsize w = 0; w < (gsize) linkage_get_num_words (linkage); w++)
    {
      const char *word = linkage_get_word (linkage, w);
      int start = linkage_get_word_byte_start (linkage, w);
      int end = linkage_get_word_byte_end (linkage, w);
      NfePosTag tag = { 0 };
      gsize n;

      if (start < 0 || end <= start || (gsize) end > length)
        continue;
      words[(*n_words)++] = w;
      if (tags == NULL)
        continue;

      n = end - start;
      tag.start = start;
      tag.end = end;
      if (strlen (word) > n + 1 && word[n] == '.')
        tag.pos = pos_of_subscript (word + n + 1);
      else if (strstr (word, "CAPITALIZED-WORDS") != NULL)
        tag.pos = NFE_POS_NAME;
      if (tag.pos != 0)
        g_array_append_val (*tags, tag);
    }

  return words;
}

/* Parses @text; the caller holds the parser's lock. */
static GArray *
parse_sentence (const char  *text,
                GArray     **clauses)
{
  Dictionary dictionary;
  Parse_Options options;
  Sentence sentence;
  GArray *tags = NULL;
  gboolean skipped = FALSE;

  *clauses = NULL;

  dictionary = parser_dictionary ();
  if (dictionary == NULL)
    return NULL;

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
      sentence_parse (sentence, options) == 0 && !parse_options_timer_expired (options) &&
      sentence_length (sentence) <= MAX_SKIPPING_WORDS)
    {
      /* A sentence with a word or two the grammar cannot link ("revised
       * its outlook to negative from stable") is read past them; its
       * clauses are kept, the words' classes are not. */
      parse_options_set_max_null_count (options, MAX_SKIPPED_WORDS);
      if (sentence_parse (sentence, options) > 0)
        skipped = TRUE;
    }
  if (sentence != NULL && sentence_num_valid_linkages (sentence) > 0 &&
      !parse_options_timer_expired (options))
    {
      *clauses = g_array_new (FALSE, TRUE, sizeof (NfePosClause));

      /* The cheapest reading may be odd where a close one is not: "raised
       * its rate by 50 basis points to 9.75 percent" read "50 … to 9.75"
       * as a range and left the verb no object. The next few are read
       * when it gives no clause; the words' classes are the first's. */
      for (int k = 0; k < MAX_READINGS && k < sentence_num_valid_linkages (sentence) &&
                      (*clauses)->len == 0; k++)
        {
          Linkage linkage = linkage_create (k, sentence, options);
          g_autofree int *words = NULL;
          g_autoptr(GArray) nodes = NULL;
          guint n_words;
          char *tree;

          if (linkage == NULL)
            break;
          words = text_words (linkage, strlen (text), &n_words,
                              k == 0 && !skipped ? &tags : NULL);
          tree = linkage_print_constituent_tree (linkage, SINGLE_LINE);
          nodes = tree != NULL ? read_tree (tree, n_words) : NULL;
          if (nodes != NULL)
            find_clauses (linkage, nodes, words, *clauses);
          if (tree != NULL)
            linkage_free_constituent_tree_str (tree);
          linkage_delete (linkage);
        }
    }

  if (sentence != NULL)
    sentence_delete (sentence);
  parse_options_delete (options);

  return tags;
}

typedef struct
{
  GArray *tags;
  GArray *clauses;
} Parse;

static void
parse_free (gpointer data)
{
  Parse *parse = data;

  g_clear_pointer (&parse->tags, g_array_unref);
  g_clear_pointer (&parse->clauses, g_array_unref);
  g_free (parse);
}

static GArray *
copy_array (GArray *array)
{
  return array != NULL ? g_array_copy (array) : NULL;
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
 * With @clauses, also finds the clauses the parser read as subject, verb
 * and object (see #NfePosClause).
 *
 * Returns: (transfer full) (nullable) (element-type NfePosTag): a tag per
 *   word the parser tagged, in order; words it read as names of its own
 *   ("Uber", unknown capitalised words) carry %NFE_POS_NAME. %NULL when the
 *   sentence has no complete parse or the parser is not installed
 */
GArray *
nfe_pos_tag_sentence (const char  *text,
                      GArray     **clauses)
{
  /* "Generate more" and every test run parse the same sentences again;
   * the parse of a sentence never changes, so it is kept, up to a bound. */
  static GHashTable *parses;
  Parse *parse;
  GArray *tags;

  g_return_val_if_fail (text != NULL, NULL);

  g_mutex_lock (&parser_lock);

  if (parses == NULL || g_hash_table_size (parses) > MAX_CACHED_PARSES)
    {
      g_clear_pointer (&parses, g_hash_table_unref);
      parses = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, parse_free);
    }

  parse = g_hash_table_lookup (parses, text);
  if (parse == NULL)
    {
      parse = g_new0 (Parse, 1);
      parse->tags = parse_sentence (text, &parse->clauses);
      read_names_whole (text, parse->tags, parse->clauses);
      g_hash_table_insert (parses, g_strdup (text), parse);
    }

  tags = copy_array (parse->tags);
  if (clauses != NULL)
    *clauses = copy_array (parse->clauses);

  g_mutex_unlock (&parser_lock);

  return tags;
}
