/* nfe-sentences.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nfe-sentences"

#include "config.h"

#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

#include "nfe-sentences.h"

/* Sentences of an article body, for the summary generator and for showing
 * where a bullet came from. The Markdown is cut into blocks first (our own
 * line scanner: md4c gives no source offsets), each block is handed to
 * ICU's sentence break iterator, and the iterator's answer is corrected
 * where news text fools it: abbreviations it does not know ("Dr.",
 * "U.K.", "Corp."), initials ("J. P. Morgan"), and a quote that ends in a
 * question mark before "he asked". Offsets stay byte offsets into the
 * source all along, because ICU reads the UTF-8 directly (utext_openUTF8
 * gives native indexes in bytes) from a copy of the block in which markup
 * and line breaks are blanked out byte for byte. */

typedef struct
{
  guint start;
  guint end;
} Segment;

typedef struct
{
  GArray           *segments;   /* of Segment: the text of each line */
  NfeSentenceFlags  flags;
  gboolean          paragraph;  /* a plain paragraph, where a dateline may stand */
} Block;

typedef struct
{
  guint            start;
  guint            end;
  NfeSentenceFlags flags;
} Piece;

static void
block_free (Block *block)
{
  g_array_unref (block->segments);
  g_free (block);
}

/* Block parsing ---------------------------------------------------------- */

typedef struct
{
  const char *text;
  gsize       length;
  GPtrArray  *blocks;
  Block      *current;
  gboolean    last_was_list;
  gboolean    in_table;
  char        fence_char;
  guint       fence_length;
} Parser;

static void
flush_block (Parser *p)
{
  Block *block = g_steal_pointer (&p->current);

  if (block == NULL)
    return;

  if (block->segments->len > 0)
    {
      p->last_was_list = (block->flags & NFE_SENTENCE_LIST_ITEM) != 0;
      g_ptr_array_add (p->blocks, block);
    }
  else
    block_free (block);
}

static Block *
start_block (Parser           *p,
             NfeSentenceFlags  flags,
             gboolean          paragraph)
{
  flush_block (p);
  p->current = g_new0 (Block, 1);
  p->current->segments = g_array_new (FALSE, FALSE, sizeof (Segment));
  p->current->flags = flags;
  p->current->paragraph = paragraph;
  return p->current;
}

static void
add_segment (Block      *block,
             const char *text,
             guint       start,
             guint       end)
{
  Segment segment;

  while (start < end && (text[start] == ' ' || text[start] == '\t'))
    start++;
  while (end > start && (text[end - 1] == ' ' || text[end - 1] == '\t'))
    end--;
  if (start == end)
    return;

  segment.start = start;
  segment.end = end;
  g_array_append_val (block->segments, segment);
}

static guint
skip_spaces (const char *text,
             guint       pos,
             guint       end,
             guint      *columns)
{
  guint cols = 0;

  while (pos < end && (text[pos] == ' ' || text[pos] == '\t'))
    {
      cols += text[pos] == '\t' ? 4 - cols % 4 : 1;
      pos++;
    }
  if (columns != NULL)
    *columns = cols;
  return pos;
}

static gboolean
is_blank (const char *text,
          guint       pos,
          guint       end)
{
  return skip_spaces (text, pos, end, NULL) == end;
}

/* "---", "***", "_ _ _": three or more of one character and nothing else. */
static gboolean
is_thematic_break (const char *text,
                   guint       pos,
                   guint       end)
{
  char c = text[pos];
  guint count = 0;

  if (c != '-' && c != '*' && c != '_')
    return FALSE;

  for (guint i = pos; i < end; i++)
    {
      if (text[i] == c)
        count++;
      else if (text[i] != ' ' && text[i] != '\t')
        return FALSE;
    }

  return count >= 3;
}

/* A setext underline ("===" or "---") turns the paragraph above into a
 * heading. */
static gboolean
is_setext_underline (const char *text,
                     guint       pos,
                     guint       end)
{
  char c = text[pos];
  guint i = pos;

  if (c != '=' && c != '-')
    return FALSE;
  while (i < end && text[i] == c)
    i++;
  return is_blank (text, i, end);
}

/* A table's delimiter row: "| --- | :---: |" or "---|---". */
static gboolean
is_table_delimiter (const char *text,
                    guint       pos,
                    guint       end)
{
  gboolean pipe = FALSE, dash = FALSE;

  for (guint i = pos; i < end; i++)
    {
      if (text[i] == '|')
        pipe = TRUE;
      else if (text[i] == '-')
        dash = TRUE;
      else if (text[i] != ':' && text[i] != ' ' && text[i] != '\t')
        return FALSE;
    }

  return pipe && dash;
}

/* Returns the offset of the item's text after a list marker ("- ", "* ",
 * "+ ", "1. ", "2) ") and a task box ("[ ] ", "[x] "), or 0 when the line
 * is no list item. @number is -1 for bullets. */
static guint
list_marker_end (const char *text,
                 guint       pos,
                 guint       end,
                 int        *number)
{
  guint i = pos;

  *number = -1;
  if (i < end && (text[i] == '-' || text[i] == '*' || text[i] == '+'))
    i++;
  else
    {
      int value = 0;
      guint digits = 0;

      while (i < end && g_ascii_isdigit (text[i]) && digits < 9)
        {
          value = value * 10 + (text[i] - '0');
          digits++;
          i++;
        }
      if (digits == 0 || i >= end || (text[i] != '.' && text[i] != ')'))
        return 0;
      *number = value;
      i++;
    }

  if (i < end && text[i] != ' ' && text[i] != '\t')
    return 0;
  i = skip_spaces (text, i, end, NULL);

  if (i + 3 <= end && text[i] == '[' && text[i + 2] == ']' &&
      (text[i + 1] == ' ' || text[i + 1] == 'x' || text[i + 1] == 'X') &&
      (i + 3 == end || text[i + 3] == ' '))
    i = skip_spaces (text, i + 3, end, NULL);

  return i;
}

static void
parse_line (Parser *p,
            guint   line_start,
            guint   line_end)
{
  const char *text = p->text;
  NfeSentenceFlags quote = 0;
  guint columns;
  guint pos;
  guint marker_end;
  int number;

  if (line_end > line_start && text[line_end - 1] == '\r')
    line_end--;

  pos = skip_spaces (text, line_start, line_end, &columns);

  if (p->fence_char != 0)
    {
      guint run = 0;

      while (pos + run < line_end && text[pos + run] == p->fence_char)
        run++;
      if (columns < 4 && run >= p->fence_length && is_blank (text, pos + run, line_end))
        p->fence_char = 0;
      return;
    }

  /* Block quote markers, possibly nested ("> > "). */
  while (columns < 4 && pos < line_end && text[pos] == '>')
    {
      quote = NFE_SENTENCE_QUOTE;
      pos++;
      if (pos < line_end && (text[pos] == ' ' || text[pos] == '\t'))
        pos++;
      pos = skip_spaces (text, pos, line_end, &columns);
    }

  if (pos == line_end)
    {
      flush_block (p);
      p->in_table = FALSE;
      return;
    }

  if (p->in_table)
    return;

  if (columns < 4 && line_end - pos >= 3 &&
      (strncmp (text + pos, "```", 3) == 0 || strncmp (text + pos, "~~~", 3) == 0))
    {
      flush_block (p);
      p->fence_char = text[pos];
      p->fence_length = 0;
      while (pos + p->fence_length < line_end && text[pos + p->fence_length] == p->fence_char)
        p->fence_length++;
      return;
    }

  if (columns < 4 && text[pos] == '#')
    {
      guint level = 0;

      while (pos + level < line_end && text[pos + level] == '#')
        level++;
      if (level <= 6 && (pos + level == line_end || text[pos + level] == ' ' ||
                         text[pos + level] == '\t'))
        {
          guint content_end = line_end;
          guint hashes;

          /* A closing sequence of #s, after a space, is not text. */
          while (content_end > pos + level &&
                 (text[content_end - 1] == ' ' || text[content_end - 1] == '\t'))
            content_end--;
          hashes = content_end;
          while (hashes > pos + level && text[hashes - 1] == '#')
            hashes--;
          if (hashes < content_end &&
              (hashes == pos + level || text[hashes - 1] == ' ' || text[hashes - 1] == '\t'))
            content_end = hashes;

          add_segment (start_block (p, NFE_SENTENCE_HEADING | quote, FALSE), text,
                       pos + level, content_end);
          flush_block (p);
          return;
        }
    }

  if (columns < 4 && p->current != NULL &&
      (p->current->flags & (NFE_SENTENCE_LIST_ITEM | NFE_SENTENCE_HEADING)) == 0 &&
      (p->current->flags & NFE_SENTENCE_QUOTE) == quote &&
      is_setext_underline (text, pos, line_end))
    {
      p->current->flags |= NFE_SENTENCE_HEADING;
      p->current->paragraph = FALSE;
      flush_block (p);
      return;
    }

  if (columns < 4 && is_thematic_break (text, pos, line_end))
    {
      flush_block (p);
      return;
    }

  if (columns < 4 && text[pos] == '|')
    {
      flush_block (p);
      p->in_table = TRUE;
      return;
    }

  if (columns < 4 && p->current != NULL && is_table_delimiter (text, pos, line_end))
    {
      /* The paragraph so far was the table's header row. */
      g_clear_pointer (&p->current, block_free);
      p->in_table = TRUE;
      return;
    }

  marker_end = list_marker_end (text, pos, line_end, &number);
  /* Nested items are indented; anywhere else four columns make code. */
  if (marker_end > 0 &&
      (columns < 4 || p->last_was_list ||
       (p->current != NULL && (p->current->flags & NFE_SENTENCE_LIST_ITEM))) &&
      (number <= 1 || p->current == NULL ||
       (p->current->flags & NFE_SENTENCE_LIST_ITEM) != 0))
    {
      add_segment (start_block (p, NFE_SENTENCE_LIST_ITEM | quote, FALSE), text,
                   marker_end, line_end);
      return;
    }

  if (p->current != NULL)
    {
      /* A quote starting under a paragraph is a new block; anything else
       * continues the paragraph, as Markdown's lazy continuation does. */
      if (quote != 0 && (p->current->flags & NFE_SENTENCE_QUOTE) == 0)
        start_block (p, quote, FALSE);
      add_segment (p->current, text, pos, line_end);
      return;
    }

  if (columns >= 4 && quote == 0)
    {
      /* Indented: a loose list item's next paragraph, or a code block. */
      if (p->last_was_list)
        add_segment (start_block (p, NFE_SENTENCE_LIST_ITEM, FALSE), text, pos, line_end);
      return;
    }

  add_segment (start_block (p, quote, quote == 0), text, pos, line_end);
}

static GPtrArray *
parse_blocks (const char *text,
              gsize       length)
{
  Parser p = { text, length, g_ptr_array_new_with_free_func ((GDestroyNotify) block_free) };
  guint line_start = 0;

  while (line_start < length)
    {
      const char *newline = memchr (text + line_start, '\n', length - line_start);
      guint line_end = newline ? (guint) (newline - text) : length;

      parse_line (&p, line_start, line_end);
      line_start = line_end + 1;
    }
  flush_block (&p);

  return p.blocks;
}

/* Plain text ------------------------------------------------------------ */

static gsize
match_brackets (const char *s,
                gsize       pos,
                gsize       end,
                char        open,
                char        close)
{
  guint depth = 0;

  for (gsize i = pos; i < end; i++)
    {
      if (s[i] == '\\' && i + 1 < end)
        i++;
      else if (s[i] == open)
        depth++;
      else if (s[i] == close && --depth == 0)
        return i;
    }

  return 0;
}

/* For "[text](url)" or "[text][ref]" at @pos, the end of the whole link,
 * with the text's range; 0 when there is no link there. */
static gsize
match_link (const char *s,
            gsize       pos,
            gsize       end,
            gsize      *text_start,
            gsize      *text_end)
{
  gsize close = match_brackets (s, pos, end, '[', ']');
  gsize tail;

  if (close == 0 || close + 1 >= end)
    return 0;

  if (s[close + 1] == '(')
    tail = match_brackets (s, close + 1, end, '(', ')');
  else if (s[close + 1] == '[')
    tail = match_brackets (s, close + 1, end, '[', ']');
  else
    return 0;

  if (tail == 0)
    return 0;

  *text_start = pos + 1;
  *text_end = close;
  return tail + 1;
}

static gboolean
append_entity (GString    *out,
               const char *s,
               gsize       pos,
               gsize       end,
               gsize      *consumed)
{
  static const struct {
    const char *name;
    const char *text;
  } entities[] = {
    { "amp", "&" }, { "lt", "<" }, { "gt", ">" }, { "quot", "\"" }, { "apos", "'" },
    { "nbsp", " " }, { "mdash", "\xe2\x80\x94" }, { "ndash", "\xe2\x80\x93" },
    { "hellip", "\xe2\x80\xa6" }, { "lsquo", "\xe2\x80\x98" }, { "rsquo", "\xe2\x80\x99" },
    { "ldquo", "\xe2\x80\x9c" }, { "rdquo", "\xe2\x80\x9d" }, { "euro", "\xe2\x82\xac" },
    { "pound", "\xc2\xa3" }, { "yen", "\xc2\xa5" },
  };
  gsize semi = pos + 1;

  while (semi < end && semi - pos <= 10 && (g_ascii_isalnum (s[semi]) || s[semi] == '#'))
    semi++;
  if (semi >= end || s[semi] != ';' || semi == pos + 1)
    return FALSE;

  if (s[pos + 1] == '#')
    {
      g_autofree char *digits = g_strndup (s + pos + 2, semi - pos - 2);
      gboolean hex = digits[0] == 'x' || digits[0] == 'X';
      char *tail = NULL;
      guint64 value = g_ascii_strtoull (hex ? digits + 1 : digits, &tail, hex ? 16 : 10);
      char utf8[8];

      if (tail == NULL || *tail != '\0' || value == 0 || !g_unichar_validate ((gunichar) value))
        return FALSE;
      g_string_append_len (out, utf8, g_unichar_to_utf8 ((gunichar) value, utf8));
      *consumed = semi + 1 - pos;
      return TRUE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
    if (strlen (entities[i].name) == semi - pos - 1 &&
        strncmp (s + pos + 1, entities[i].name, semi - pos - 1) == 0)
      {
        g_string_append (out, entities[i].text);
        *consumed = semi + 1 - pos;
        return TRUE;
      }

  return FALSE;
}

/* Inline Markdown to its text: emphasis and strike-through markers,
 * code span backticks, link syntax and escapes go, images go whole. A
 * marker that cannot be markup ("5 * 3", "snake_case") stays. */
static void
append_inline (GString    *out,
               const char *s,
               gsize       length)
{
  gsize i = 0;

  while (i < length)
    {
      char c = s[i];
      gsize link_text_start, link_text_end, link_end, run;

      if (c == '\\' && i + 1 < length && (g_ascii_ispunct (s[i + 1]) || s[i + 1] == '\n'))
        {
          g_string_append_c (out, s[i + 1] == '\n' ? ' ' : s[i + 1]);
          i += 2;
          continue;
        }

      if (c == '`')
        {
          gsize close;

          for (run = 0; i + run < length && s[i + run] == '`'; run++)
            ;
          for (close = i + run; close < length; close++)
            {
              gsize other = 0;

              while (close + other < length && s[close + other] == '`')
                other++;
              if (other == run)
                break;
              close += other;
            }
          if (close < length)
            {
              g_string_append_len (out, s + i + run, close - i - run);
              i = close + run;
            }
          else
            {
              g_string_append_len (out, s + i, run);
              i += run;
            }
          continue;
        }

      if (c == '!' && i + 1 < length && s[i + 1] == '[' &&
          (link_end = match_link (s, i + 1, length, &link_text_start, &link_text_end)) > 0)
        {
          i = link_end;
          continue;
        }

      if (c == '[' && (link_end = match_link (s, i, length, &link_text_start, &link_text_end)) > 0)
        {
          append_inline (out, s + link_text_start, link_text_end - link_text_start);
          i = link_end;
          continue;
        }

      if (c == '<')
        {
          gsize close = i + 1;
          gboolean url = FALSE;

          while (close < length && s[close] != '>' && s[close] != '<' &&
                 !g_ascii_isspace (s[close]))
            {
              url |= s[close] == ':' || s[close] == '@';
              close++;
            }
          if (url && close < length && s[close] == '>')
            {
              g_string_append_len (out, s + i + 1, close - i - 1);
              i = close + 1;
              continue;
            }
        }

      if (c == '*' || c == '_' || c == '~')
        {
          gboolean space_before, space_after, alnum_before, alnum_after;

          for (run = 0; i + run < length && s[i + run] == c; run++)
            ;
          space_before = i == 0 || g_ascii_isspace (s[i - 1]);
          space_after = i + run >= length || g_ascii_isspace (s[i + run]);
          alnum_before = i > 0 && g_ascii_isalnum (s[i - 1]);
          alnum_after = i + run < length && g_ascii_isalnum (s[i + run]);

          if ((space_before && space_after) ||
              (c == '_' && alnum_before && alnum_after) ||
              (c == '~' && run < 2))
            g_string_append_len (out, s + i, run);
          i += run;
          continue;
        }

      if (c == '&')
        {
          gsize consumed;

          if (append_entity (out, s, i, length, &consumed))
            {
              i += consumed;
              continue;
            }
        }

      g_string_append_c (out, c);
      i++;
    }
}

static char *
collapse_spaces (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0xa0 || c == 0x202f)
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }

  return g_string_free (out, FALSE);
}

static char *
plain_text_range (const char       *markdown,
                  guint             start,
                  guint             end,
                  NfeSentenceFlags  flags)
{
  g_autoptr(GString) lines = g_string_sized_new (end - start);
  g_autoptr(GString) text = g_string_sized_new (end - start);
  g_autofree char *valid = NULL;

  /* Continuation lines of a quote carry its "> " markers. */
  for (guint i = start; i < end; i++)
    {
      g_string_append_c (lines, markdown[i]);
      if (markdown[i] == '\n' && (flags & NFE_SENTENCE_QUOTE) != 0)
        while (i + 1 < end && (markdown[i + 1] == ' ' || markdown[i + 1] == '>' ||
                               markdown[i + 1] == '\t'))
          i++;
    }

  append_inline (text, lines->str, lines->len);
  valid = g_utf8_make_valid (text->str, text->len);
  return collapse_spaces (valid);
}

/**
 * nfe_sentences_plain_text:
 * @markdown: the text @sentence was split from
 *
 * Returns: the sentence as a reader sees it: Markdown inline syntax
 *   removed (emphasis, code backticks, link syntax; images dropped) and
 *   white space collapsed to single spaces.
 */
char *
nfe_sentences_plain_text (const char        *markdown,
                          const NfeSentence *sentence)
{
  g_return_val_if_fail (markdown != NULL, NULL);
  g_return_val_if_fail (sentence != NULL, NULL);
  g_return_val_if_fail (sentence->start <= sentence->end, NULL);

  return plain_text_range (markdown, sentence->start, sentence->end, sentence->flags);
}

/* Corrections to ICU --------------------------------------------------- */

/* Abbreviations that are (nearly) never the end of a sentence: a title
 * before a name, "No. 1", "vs.", "e.g.". */
static const char * const always_join[] = {
  "Adm.", "Capt.", "Cmdr.", "Col.", "Dr.", "Fig.", "Gen.", "Gov.", "Hon.", "Lt.", "Mr.",
  "Mrs.", "Ms.", "Mt.", "Mx.", "No.", "Nos.", "Pres.", "Prof.", "Rep.", "Rev.", "Sen.",
  "Sgt.", "St.", "Supt.", "approx.", "cf.", "e.g.", "i.e.", "v.", "vs.",
};

/* Abbreviations that can end a sentence ("moved to the U.S.") as well as
 * sit inside one ("U.S. Treasury yields"): joined unless the next word
 * looks like the start of a new sentence. */
static const char * const maybe_join[] = {
  "Apr.", "Aug.", "Ave.", "Bros.", "Co.", "Corp.", "Cos.", "Dec.", "Dept.", "Feb.", "Inc.",
  "Jan.", "Jr.", "Jul.", "Jun.", "Ltd.", "Mar.", "Nov.", "Oct.", "Plc.", "Sep.", "Sept.",
  "Sr.", "a.m.", "p.m.",
};

/* Words that usually open a sentence rather than continue a name. */
static const char * const sentence_starters[] = {
  "A", "After", "Also", "Although", "An", "And", "As", "At", "Before", "But", "During",
  "For", "He", "Her", "His", "However", "I", "If", "In", "It", "Its", "It's", "Last",
  "Meanwhile", "My", "Now", "On", "Our", "She", "Since", "So", "Still", "That", "The",
  "Their", "Then", "There", "These", "They", "This", "Those", "Under", "We", "When",
  "While", "With", "Yet", "You",
};

static gboolean
in_list (const char         *word,
         gsize               length,
         const char * const *list,
         guint               n_items)
{
  for (guint i = 0; i < n_items; i++)
    if (strlen (list[i]) == length && strncmp (list[i], word, length) == 0)
      return TRUE;
  return FALSE;
}

/* "U.S.", "N.Y.", "a.m.": letters each followed by a period. */
static gboolean
is_dotted_acronym (const char *word,
                   gsize       length)
{
  if (length < 4 || length % 2 != 0)
    return FALSE;
  for (gsize i = 0; i < length; i += 2)
    if (!g_ascii_isalpha (word[i]) || word[i + 1] != '.')
      return FALSE;
  return TRUE;
}

static gboolean
should_join (const char  *buffer,
             const Piece *previous,
             const Piece *next)
{
  const char *end = buffer + previous->end;
  const char *word = end;
  const char *next_word = buffer + next->start;
  gsize length, next_length = 0;
  gunichar first = g_utf8_get_char (next_word);

  /* A sentence does not begin in lower case: ICU broke after a question
   * or exclamation mark inside a quote ('"Why now?" she asked'). A
   * period before lower case ICU keeps together itself, and a sentence
   * may well start with "iPhone" or "eBay". */
  if (g_unichar_islower (first))
    {
      const char *p = end;

      for (;;)
        {
          if (p > buffer + previous->start && strchr ("\"'*_)", p[-1]) != NULL)
            p--;
          else if (p - 3 >= buffer + previous->start &&
                   (strncmp (p - 3, "\xe2\x80\x9d", 3) == 0 ||
                    strncmp (p - 3, "\xe2\x80\x99", 3) == 0))
            p -= 3;
          else
            break;
        }
      if (p > buffer + previous->start && (p[-1] == '?' || p[-1] == '!'))
        return TRUE;
    }

  while (word > buffer + previous->start && word[-1] != ' ')
    word--;
  while (*word == '(' || *word == '"' || *word == '\'' || *word == '*' || *word == '_')
    word++;
  if (word >= end)
    return FALSE;
  length = end - word;
  if (word[length - 1] != '.')
    return FALSE;

  while (next_word + next_length < buffer + next->end && next_word[next_length] != ' ')
    next_length++;
  while (next_length > 0 && g_ascii_ispunct (next_word[next_length - 1]) &&
         next_word[next_length - 1] != '.')
    next_length--;

  if (in_list (word, length, always_join, G_N_ELEMENTS (always_join)))
    return TRUE;

  /* An initial: "J. P. Morgan". */
  if (length == 2 && g_ascii_isupper (word[0]) && g_unichar_isupper (first))
    return TRUE;

  if (in_list (word, length, maybe_join, G_N_ELEMENTS (maybe_join)) ||
      is_dotted_acronym (word, length))
    {
      if (g_unichar_isdigit (first))
        return TRUE;
      if (in_list (next_word, next_length, sentence_starters, G_N_ELEMENTS (sentence_starters)))
        return FALSE;
      return g_unichar_isupper (first);
    }

  return FALSE;
}

/* Boilerplate and datelines --------------------------------------------- */

typedef struct
{
  GRegex *dateline;
  GRegex *byline;
  GRegex *byline_alone;
  GRegex *label;
  GRegex *run_in_label;
} Patterns;

static const Patterns *
get_patterns (void)
{
  static Patterns patterns;
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      const GRegexCompileFlags flags = G_REGEX_OPTIMIZE;
      const char *separator = "(?:\\s*(?:--|\xe2\x80\x94|\xe2\x80\x93)\\s*|\\s+-\\s+)(?=\\S)";
      const char *date = "(?:,?\\s+\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?)?";
      const char *agency = "(?:\\s*\\([^()]{1,40}\\))";
      g_autofree char *dateline = g_strdup_printf (
        "^(?:"
        /* "NextFin News - ", "Bloomberg News - " */
        "\\p{Lu}[\\p{L}\\p{N}]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}]*){0,3}\\s+News"
        /* "LONDON (Reuters) -", "WASHINGTON, Nov 3 (NextFin) --", "SHANGHAI --",
         * "LONDON/AMSTERDAM, Sept 16 (NextFin) -" */
        "|\\p{Lu}[\\p{Lu}.'\xe2\x80\x99]+(?:[\\s/-]\\p{Lu}[\\p{Lu}.'\xe2\x80\x99]*){0,3}"
        "(?:,\\s*\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?(?=[,\\s(]))?%s%s?"
        "(?:\\s*/[^/\\s][^/]{0,40}/)?"
        /* "London (Reuters) -" */
        "|\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){0,2}%s%s"
        /* "(Reuters) -" */
        "|\\([^()]{1,40}\\)"
        ")%s",
        date, agency, date, agency, separator);

      patterns.dateline = g_regex_new (dateline, flags, 0, NULL);
      patterns.byline = g_regex_new ("^By\\s+(?:\\.\\s+)?"
                                     "(?:\\p{Lu}[\\p{L}'\xe2\x80\x99.-]*\\s*){2,5}"
                                     "(?:$|[,|.]|(?:PUBLISHED|UPDATED|and|for|in|In)\\b)",
                                     flags, 0, NULL);
      patterns.byline_alone = g_regex_new ("^By\\s+(?:\\p{Lu}[\\p{L}'\xe2\x80\x99.-]*\\s*){1,5}$",
                                           flags, 0, NULL);
      patterns.label = g_regex_new ("^\\p{Lu}[\\p{L}\\p{N}'\xe2\x80\x99&-]*"
                                    "(?:\\s+[\\p{L}\\p{N}'\xe2\x80\x99&-]+){0,3}"
                                    ":\\s+(?=\\p{Lu}|\\d)",
                                    flags, 0, NULL);
      patterns.run_in_label = g_regex_new ("[\\p{Ll}\\p{N}]\\s+\\p{Lu}[\\p{L}'\xe2\x80\x99-]*"
                                           "(?:\\s+[\\p{L}'\xe2\x80\x99-]+){0,3}:\\s+\\p{Lu}",
                                           flags, 0, NULL);
      g_assert (patterns.dateline && patterns.byline && patterns.byline_alone &&
                patterns.label && patterns.run_in_label);
      g_once_init_leave (&initialized, 1);
    }

  return &patterns;
}

/* Phrases that stand alone in pasted pages and run into the next
 * sentence when the page's layout is lost. */
static const char * const run_in_boilerplate[] = {
  "Scroll down for video", "Scroll down for videos", "Scroll down to watch the video",
  "Scroll down for more", "Advertisement",
};

static const char * const boilerplate_prefixes[] = {
  "scroll down", "click here", "read more", "sign up", "follow us", "follow @",
  "subscribe to", "advertisement", "share this article", "related:", "related articles",
  "related coverage", "watch the video", "watch video", "see also:", "photo:", "image:",
  "credit:", "caption:", "reporting by", "(reporting by", "editing by", "writing by",
  "additional reporting by", "copyright \xc2\xa9", "copyright (c)", "all rights reserved",
  "\xc2\xa9",
};

static const char * const boilerplate_anywhere[] = {
  "(pictured", "Photo:", "Image:", "Credit:", "Getty Images", "Reuters/", "AP Photo",
  "Photograph:", "PUBLISHED:", "UPDATED:", "(Reporting by", "Editing by",
};

/* Words that make a clause: auxiliaries and the verbs of reported speech
 * and of markets. A caption ("Top spot: Iconic store") usually has none. */
static const char * const finite_verbs[] = {
  "added", "am", "are", "became", "began", "believes", "bought", "brought", "came", "can",
  "claimed", "could", "did", "do", "does", "fell", "found", "gave", "goes", "got", "grew",
  "had", "has", "have", "held", "is", "kept", "led", "left", "lost", "made", "makes",
  "may", "met", "might", "must", "paid", "plans", "ran", "rose", "said", "sank", "saw",
  "says", "sees", "sold", "shall", "should", "spent", "stood", "takes", "thinks", "told",
  "took", "was", "went", "were", "will", "won", "would", "wrote",
};

/**
 * nfe_sentences_has_finite_verb:
 * @text: plain text
 *
 * A rough test for a clause, with no part-of-speech tagger: an auxiliary,
 * a common irregular past or present form, or a word in "-ed".
 *
 * Returns: whether @text seems to hold a finite verb
 */
gboolean
nfe_sentences_has_finite_verb (const char *text)
{
  const char *p = text;

  g_return_val_if_fail (text != NULL, FALSE);

  while (*p != '\0')
    {
      const char *start;
      gsize length;
      char word[32];

      while (*p != '\0' && !g_ascii_isalpha (*p))
        p = g_utf8_next_char (p);
      start = p;
      while (g_ascii_isalpha (*p) || *p == '\'')
        p++;
      length = p - start;
      if (length == 0 || length >= sizeof word)
        {
          while (*p != '\0' && !g_ascii_isspace (*p))
            p++;
          continue;
        }

      for (gsize i = 0; i < length; i++)
        word[i] = g_ascii_tolower (start[i]);
      word[length] = '\0';

      if (in_list (word, length, finite_verbs, G_N_ELEMENTS (finite_verbs)))
        return TRUE;
      if (length >= 5 && g_str_has_suffix (word, "ed") && g_ascii_islower (start[0]))
        return TRUE;
      if (g_str_has_suffix (word, "n't") || strcmp (word, "it's") == 0 ||
          strcmp (word, "he's") == 0 || strcmp (word, "she's") == 0 ||
          strcmp (word, "that's") == 0 || strcmp (word, "there's") == 0)
        return TRUE;
    }

  return FALSE;
}

/**
 * nfe_sentences_label_length:
 * @text: plain text
 *
 * Returns: the length in bytes of a short "Label: " that @text starts
 *   with ("Top spot: ", "Outlook: "), as photo captions and standfirsts
 *   do; 0 if it has none. A label with a verb ("He said: ") is none.
 */
gsize
nfe_sentences_label_length (const char *text)
{
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *label = NULL;
  int end;

  g_return_val_if_fail (text != NULL, 0);

  if (!g_regex_match (get_patterns ()->label, text, 0, &match))
    return 0;

  g_match_info_fetch_pos (match, 0, NULL, &end);
  label = g_strndup (text, end);
  if (nfe_sentences_has_finite_verb (label) || strchr (label, '"') != NULL)
    return 0;

  return end;
}

static gboolean
has_prefix_nocase (const char *text,
                   const char *prefix)
{
  return g_ascii_strncasecmp (text, prefix, strlen (prefix)) == 0;
}

static gboolean
is_boilerplate (const char *plain)
{
  const Patterns *patterns = get_patterns ();
  gsize label;

  for (guint i = 0; i < G_N_ELEMENTS (boilerplate_prefixes); i++)
    if (has_prefix_nocase (plain, boilerplate_prefixes[i]))
      return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (boilerplate_anywhere); i++)
    if (strstr (plain, boilerplate_anywhere[i]) != NULL)
      return TRUE;

  if (g_regex_match (patterns->byline, plain, 0, NULL) ||
      g_regex_match (patterns->byline_alone, plain, 0, NULL))
    return TRUE;

  /* A caption: a short label, then either no clause at all or another
   * caption run into it. */
  label = nfe_sentences_label_length (plain);
  if (label > 0 &&
      (!nfe_sentences_has_finite_verb (plain + label) ||
       g_regex_match (patterns->run_in_label, plain + label, 0, NULL)))
    return TRUE;

  return FALSE;
}

/* "PRESSURE ON THE CENTRAL BANK", "WHAT'S NEXT": a wire story's
 * crosshead, a short paragraph of capitals with no full stop, heads what
 * follows and says nothing itself. */
static gboolean
is_crosshead (const char *plain)
{
  gboolean upper = FALSE;
  gsize length = strlen (plain);

  if (length > 60 || length == 0 || strchr (".!?:;", plain[length - 1]) != NULL)
    return FALSE;
  for (const char *p = plain; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_islower (c))
        return FALSE;
      upper = upper || g_unichar_isupper (c);
    }

  return upper;
}

/* Splitting ------------------------------------------------------------- */

typedef struct
{
  const char      *markdown;
  GArray          *sentences;
  UBreakIterator  *iterator;
  UText           *utext;
  gboolean         dateline_done;
} Splitter;

static guint
trim_start (const char *buffer,
            guint       start,
            guint       end)
{
  while (start < end)
    {
      gunichar c = g_utf8_get_char (buffer + start);

      if (!g_unichar_isspace (c) && c != 0xa0)
        break;
      start = g_utf8_next_char (buffer + start) - buffer;
    }
  return start;
}

static guint
trim_end (const char *buffer,
          guint       start,
          guint       end)
{
  while (end > start)
    {
      const char *prev = g_utf8_find_prev_char (buffer + start, buffer + end);
      gunichar c;

      if (prev == NULL)
        prev = buffer + start;
      c = g_utf8_get_char (prev);
      if (!g_unichar_isspace (c) && c != 0xa0)
        break;
      end = prev - buffer;
    }
  return end;
}

static void
add_piece (GArray     *pieces,
           const char *buffer,
           guint       start,
           guint       end)
{
  Piece piece;

  piece.start = trim_start (buffer, start, end);
  piece.end = trim_end (buffer, piece.start, end);
  piece.flags = 0;
  if (piece.start < piece.end)
    g_array_append_val (pieces, piece);
}

static void
break_pieces (Splitter   *s,
              const char *buffer,
              guint       length,
              GArray     *pieces)
{
  UErrorCode status = U_ZERO_ERROR;
  int32_t previous, next;

  if (s->iterator == NULL)
    {
      add_piece (pieces, buffer, 0, length);
      return;
    }

  s->utext = utext_openUTF8 (s->utext, buffer, length, &status);
  if (U_SUCCESS (status))
    ubrk_setUText (s->iterator, s->utext, &status);
  if (U_FAILURE (status))
    {
      g_debug ("ICU could not break a block: %s", u_errorName (status));
      add_piece (pieces, buffer, 0, length);
      return;
    }

  previous = ubrk_first (s->iterator);
  while ((next = ubrk_next (s->iterator)) != UBRK_DONE)
    {
      add_piece (pieces, buffer, previous, next);
      previous = next;
    }
}

static void
split_block (Splitter    *s,
             const Block *block,
             guint        block_index)
{
  const Segment *first = &g_array_index (block->segments, Segment, 0);
  const Segment *last = &g_array_index (block->segments, Segment, block->segments->len - 1);
  guint base = first->start;
  guint length = last->end - base;
  g_autofree char *buffer = g_malloc (length + 1);
  g_autoptr(GArray) pieces = g_array_new (FALSE, FALSE, sizeof (Piece));
  g_autoptr(GArray) joined = g_array_new (FALSE, FALSE, sizeof (Piece));

  /* Markup and line breaks between the lines become spaces, so that
   * offsets into the copy are offsets into the source, and a line break
   * is no sentence break. */
  memset (buffer, ' ', length);
  buffer[length] = '\0';
  for (guint i = 0; i < block->segments->len; i++)
    {
      const Segment *segment = &g_array_index (block->segments, Segment, i);

      memcpy (buffer + segment->start - base, s->markdown + segment->start,
              segment->end - segment->start);
    }
  for (guint i = 0; i < length; i++)
    if (buffer[i] == '\n' || buffer[i] == '\r' || buffer[i] == '\t')
      buffer[i] = ' ';

  /* Inline markup ICU would read as punctuation: the "!" of an image and
   * the periods of a link target. */
  for (guint i = 0; i + 1 < length; i++)
    {
      if (buffer[i] == '!' && buffer[i + 1] == '[')
        buffer[i] = ' ';
      else if (buffer[i] == ']' && buffer[i + 1] == '(')
        {
          gsize close = match_brackets (buffer, i + 1, length, '(', ')');

          if (close > 0)
            memset (buffer + i + 1, ' ', close - i);
        }
    }

  if (block->flags & NFE_SENTENCE_HEADING)
    add_piece (pieces, buffer, 0, length);
  else
    break_pieces (s, buffer, length, pieces);

  for (guint i = 0; i < pieces->len; i++)
    {
      Piece *piece = &g_array_index (pieces, Piece, i);

      if (joined->len > 0 &&
          should_join (buffer, &g_array_index (joined, Piece, joined->len - 1), piece))
        {
          g_array_index (joined, Piece, joined->len - 1).end = piece->end;
          continue;
        }

      /* "Scroll down for video Top spot: ..." is two things. */
      for (guint j = 0; j < G_N_ELEMENTS (run_in_boilerplate); j++)
        {
          gsize prefix = strlen (run_in_boilerplate[j]);
          guint rest;

          if (piece->end - piece->start <= prefix ||
              !has_prefix_nocase (buffer + piece->start, run_in_boilerplate[j]) ||
              buffer[piece->start + prefix] != ' ')
            continue;
          rest = trim_start (buffer, piece->start + prefix, piece->end);
          if (!g_unichar_isupper (g_utf8_get_char (buffer + rest)))
            continue;

          add_piece (joined, buffer, piece->start, piece->start + prefix);
          g_array_index (joined, Piece, joined->len - 1).flags |= NFE_SENTENCE_BOILERPLATE;
          piece->start = rest;
          break;
        }

      g_array_append_val (joined, *piece);
    }

  for (guint i = 0; i < joined->len; i++)
    {
      Piece *piece = &g_array_index (joined, Piece, i);
      NfeSentence sentence;
      g_autofree char *plain = NULL;

      sentence.start = base + piece->start;
      sentence.end = base + piece->end;
      sentence.block = block_index;
      sentence.flags = block->flags | piece->flags;

      plain = plain_text_range (s->markdown, sentence.start, sentence.end, sentence.flags);
      if (*plain == '\0')
        continue;
      if (is_boilerplate (plain))
        sentence.flags |= NFE_SENTENCE_BOILERPLATE;
      else if (block->paragraph && joined->len == 1 && is_crosshead (plain))
        sentence.flags |= NFE_SENTENCE_HEADING;

      /* The dateline opens the first paragraph of the story proper, which
       * may come after a byline. */
      if (!s->dateline_done && block->paragraph &&
          (sentence.flags & NFE_SENTENCE_BOILERPLATE) == 0)
        {
          g_autoptr(GMatchInfo) match = NULL;
          int end;

          s->dateline_done = TRUE;
          if (g_utf8_validate (buffer + piece->start, -1, NULL) &&
              g_regex_match (get_patterns ()->dateline, buffer + piece->start, 0, &match) &&
              g_match_info_fetch_pos (match, 0, NULL, &end) &&
              piece->start + (guint) end < piece->end)
            {
              sentence.start += end;
              sentence.flags |= NFE_SENTENCE_DATELINE;
            }
        }

      g_array_append_val (s->sentences, sentence);
    }
}

/**
 * nfe_sentences_split:
 * @markdown: an article body
 * @length: its length in bytes
 *
 * Cuts an article body into sentences, block by block: headings, list
 * items and block quotes are flagged; code blocks, tables and rules are
 * left out.
 *
 * Returns: (transfer full) (element-type NfeSentence): the sentences, in
 *   order
 */
GArray *
nfe_sentences_split (const char *markdown,
                     gsize       length)
{
  g_autoptr(GArray) sentences = g_array_new (FALSE, FALSE, sizeof (NfeSentence));
  g_autoptr(GPtrArray) blocks = NULL;
  UErrorCode status = U_ZERO_ERROR;
  Splitter s = { markdown, sentences };

  g_return_val_if_fail (markdown != NULL || length == 0, NULL);
  g_return_val_if_fail (length <= G_MAXINT32, NULL);

  if (length == 0)
    return g_steal_pointer (&sentences);

  blocks = parse_blocks (markdown, length);

  /* "ss=standard" makes ICU keep common abbreviations ("Mr.", "Jan.")
   * inside a sentence; the rest is should_join()'s. */
  s.iterator = ubrk_open (UBRK_SENTENCE, "en_US@ss=standard", NULL, 0, &status);
  if (U_FAILURE (status))
    {
      status = U_ZERO_ERROR;
      s.iterator = ubrk_open (UBRK_SENTENCE, "en_US", NULL, 0, &status);
    }
  if (U_FAILURE (status))
    s.iterator = NULL;

  for (guint i = 0; i < blocks->len; i++)
    {
      const Block *block = g_ptr_array_index (blocks, i);

      split_block (&s, block, i);
    }

  if (s.utext != NULL)
    utext_close (s.utext);
  if (s.iterator != NULL)
    ubrk_close (s.iterator);

  return g_steal_pointer (&sentences);
}
