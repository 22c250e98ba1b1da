/* nfe-front-matter.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nfe-front-matter"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>
#include <yaml.h>

#include "nfe-front-matter.h"
#include "nfe-import.h"

/* Markdown with a YAML header, the format articles leave the editor in and
 * come back in, so writing and reading must agree on every byte. YAML is
 * only ever read and written by libyaml: its quoting rules are too subtle to
 * get right by hand, and a headline with a colon in it must not break. */

/* Where the YAML and the body are in the text. */
typedef struct
{
  const char *yaml;
  gsize       yaml_length;
  const char *body;
  gsize       body_length;
} Parts;

/* The end of the line at @p (after its newline), and whether the line is
 * exactly @delimiter, give or take trailing blanks and a CR. */
static gboolean
line_is (const char  *p,
         const char  *end,
         const char  *delimiter,
         const char **next)
{
  gsize len = strlen (delimiter);
  const char *q;

  if ((gsize) (end - p) < len || memcmp (p, delimiter, len) != 0)
    return FALSE;

  for (q = p + len; q < end && (*q == ' ' || *q == '\t' || *q == '\r'); q++)
    ;
  if (q < end && *q != '\n')
    return FALSE;

  *next = q < end ? q + 1 : q;
  return TRUE;
}

static gboolean
split_parts (const char *text,
             gsize       length,
             Parts      *parts)
{
  const char *end = text + length;
  const char *p = text;
  const char *next;

  if (length >= 3 && memcmp (p, "\xef\xbb\xbf", 3) == 0)
    p += 3;

  if (!line_is (p, end, "---", &next))
    return FALSE;

  parts->yaml = next;
  for (p = next; p < end; p = next)
    {
      const char *eol = memchr (p, '\n', end - p);

      if (line_is (p, end, "---", &next) || line_is (p, end, "...", &next))
        {
          parts->yaml_length = p - parts->yaml;

          /* One blank line after the header is layout, not body. */
          if (next < end && *next == '\n')
            next++;
          else if (end - next >= 2 && next[0] == '\r' && next[1] == '\n')
            next += 2;

          parts->body = next;
          parts->body_length = end - next;
          return TRUE;
        }

      next = eol != NULL ? eol + 1 : end;
    }

  return FALSE;
}

/**
 * nfe_front_matter_detect:
 *
 * Whether @text starts with a "---" line and has a closing one.
 */
gboolean
nfe_front_matter_detect (const char *text)
{
  Parts parts;

  g_return_val_if_fail (text != NULL, FALSE);

  return split_parts (text, strlen (text), &parts);
}

/* The YAML starts on the second line of the file; libyaml counts from 0. */
#define FILE_LINE(mark) ((guint) (mark).line + 2)

static gboolean G_GNUC_PRINTF (3, 4)
fail (GError     **error,
      yaml_node_t *node,
      const char  *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, NFE_IMPORT_ERROR, NFE_IMPORT_ERROR_INVALID,
               _("line %u: %s"), FILE_LINE (node->start_mark), message);
  return FALSE;
}

static gboolean
is_null (yaml_node_t *node)
{
  const char *value = (const char *) node->data.scalar.value;

  return node->data.scalar.style == YAML_PLAIN_SCALAR_STYLE &&
         (value[0] == '\0' || strcmp (value, "~") == 0 || g_ascii_strcasecmp (value, "null") == 0);
}

/* A string value: any scalar, as YAML has no way to tell "2026" the number
 * from "2026" a person meant as a title without a schema. */
static gboolean
get_string (yaml_node_t  *node,
            const char   *key,
            const char  **value,
            GError      **error)
{
  if (node->type != YAML_SCALAR_NODE)
    return fail (error, node, _("“%s” must be text"), key);

  *value = is_null (node) ? "" : (const char *) node->data.scalar.value;
  return TRUE;
}

static gboolean
get_boolean (yaml_node_t  *node,
             const char   *key,
             gboolean     *value,
             GError      **error)
{
  static const char * const yes[] = { "true", "yes", "on" };
  static const char * const no[] = { "false", "no", "off" };
  const char *str = NULL;

  if (node->type == YAML_SCALAR_NODE)
    {
      str = (const char *) node->data.scalar.value;
      for (guint i = 0; i < G_N_ELEMENTS (yes); i++)
        {
          if (g_ascii_strcasecmp (str, yes[i]) == 0)
            return (*value = TRUE);
          if (g_ascii_strcasecmp (str, no[i]) == 0)
            return !(*value = FALSE);
        }
    }

  return fail (error, node, _("“%s” must be true or false"), key);
}

typedef gboolean (*MappingFunc) (yaml_document_t  *document,
                                 const char       *key,
                                 yaml_node_t      *value,
                                 gpointer          data,
                                 GError          **error);

static gboolean
foreach_pair (yaml_document_t  *document,
              yaml_node_t      *mapping,
              MappingFunc       func,
              gpointer          data,
              GError          **error)
{
  g_assert (mapping->type == YAML_MAPPING_NODE);

  for (yaml_node_pair_t *pair = mapping->data.mapping.pairs.start;
       pair < mapping->data.mapping.pairs.top;
       pair++)
    {
      yaml_node_t *key = yaml_document_get_node (document, pair->key);
      yaml_node_t *value = yaml_document_get_node (document, pair->value);

      if (key->type != YAML_SCALAR_NODE)
        return fail (error, key, _("a key must be a name"));
      if (!func (document, (const char *) key->data.scalar.value, value, data, error))
        return FALSE;
    }

  return TRUE;
}

typedef struct
{
  const char       *text;
  NfeOrigin         origin;
  gboolean          locked;
  NfeQuestionState  state;
} Item;

static gboolean
item_pair (yaml_document_t  *document,
           const char       *key,
           yaml_node_t      *value,
           gpointer          data,
           GError          **error)
{
  Item *item = data;
  const char *str = NULL;

  if (strcmp (key, "text") == 0)
    return get_string (value, key, &item->text, error);

  if (strcmp (key, "locked") == 0)
    return get_boolean (value, key, &item->locked, error);

  if (strcmp (key, "origin") == 0)
    {
      if (!get_string (value, key, &str, error))
        return FALSE;
      if (!nfe_origin_from_string (str, &item->origin))
        return fail (error, value, _("unknown origin “%s” (use generated, edited or manual)"), str);
    }
  else if (strcmp (key, "state") == 0)
    {
      if (!get_string (value, key, &str, error))
        return FALSE;
      if (!nfe_question_state_from_string (str, &item->state))
        return fail (error, value, _("unknown state “%s” (use candidate, accepted or rejected)"), str);
    }

  return TRUE;
}

/* A list item: a string, or a mapping with "text" and the rest. Items
 * written by a person have no origin, so they are the person's own. */
static gboolean
read_item (yaml_document_t  *document,
           yaml_node_t      *node,
           const char       *list,
           Item             *item,
           GError          **error)
{
  *item = (Item) { NULL, NFE_ORIGIN_MANUAL, FALSE, NFE_QUESTION_STATE_ACCEPTED };

  if (node->type == YAML_SCALAR_NODE)
    return get_string (node, list, &item->text, error);

  if (node->type != YAML_MAPPING_NODE)
    return fail (error, node, _("an item of “%s” must be text or have a “text” key"), list);

  if (!foreach_pair (document, node, item_pair, item, error))
    return FALSE;

  if (item->text == NULL)
    return fail (error, node, _("an item of “%s” has no “text”"), list);

  return TRUE;
}

typedef struct
{
  NfeArticle *article;
  gboolean    has_title;
} Header;

static gboolean
header_pair (yaml_document_t  *document,
             const char       *key,
             yaml_node_t      *value,
             gpointer          data,
             GError          **error)
{
  static const struct {
    const char      *key;
    NfeArticleField  field;
  } fields[] = {
    { "title", NFE_ARTICLE_FIELD_HEADLINE },
    { "headline", NFE_ARTICLE_FIELD_HEADLINE },
    { "byline", NFE_ARTICLE_FIELD_BYLINE },
    { "source", NFE_ARTICLE_FIELD_SOURCE },
    { "dateline", NFE_ARTICLE_FIELD_DATELINE },
    { "closing", NFE_ARTICLE_FIELD_CLOSING },
  };
  Header *header = data;
  const char *str = NULL;
  gboolean questions;

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (strcmp (key, fields[i].key) == 0)
      {
        if (!get_string (value, key, &str, error))
          return FALSE;
        nfe_article_set_field (header->article, fields[i].field, str);
        if (fields[i].field == NFE_ARTICLE_FIELD_HEADLINE)
          header->has_title = str[0] != '\0';
        return TRUE;
      }

  if (strcmp (key, "status") == 0)
    {
      NfeArticleStatus status;

      if (!get_string (value, key, &str, error))
        return FALSE;
      if (!nfe_article_status_from_string (str, &status))
        return fail (error, value,
                     _("unknown status “%s” (use draft, in-review, approved or published)"), str);
      nfe_article_set_status (header->article, status);
      return TRUE;
    }

  if (!(questions = strcmp (key, "questions") == 0) && strcmp (key, "summary") != 0)
    return TRUE;  /* "date", "tags" and whatever other tools add */

  if (value->type == YAML_SCALAR_NODE && is_null (value))
    return TRUE;
  if (value->type != YAML_SEQUENCE_NODE)
    return fail (error, value, _("“%s” must be a list"), key);

  for (yaml_node_item_t *it = value->data.sequence.items.start;
       it < value->data.sequence.items.top;
       it++)
    {
      yaml_node_t *node = yaml_document_get_node (document, *it);
      Item item;

      if (!read_item (document, node, key, &item, error))
        return FALSE;

      if (questions)
        {
          g_autoptr(NfeQuestion) question = nfe_question_new (item.text, item.state, item.origin);
          nfe_article_add_question (header->article, question);
        }
      else
        {
          g_autoptr(NfeBullet) bullet = nfe_bullet_new (item.text, item.origin);
          nfe_bullet_set_locked (bullet, item.locked);
          nfe_article_add_bullet (header->article, bullet);
        }
    }

  return TRUE;
}

/**
 * nfe_front_matter_parse:
 *
 * Reads Markdown with a YAML header into a new, unsaved article. Without a
 * title, the body's first heading is the headline, as for plain Markdown.
 */
NfeArticle *
nfe_front_matter_parse (const char  *text,
                        gsize        length,
                        GError     **error)
{
  g_autoptr(NfeArticle) article = NULL;
  g_autofree char *body = NULL;
  yaml_parser_t parser;
  yaml_document_t document;
  yaml_node_t *root;
  Header header;
  gboolean ok;
  Parts parts;

  g_return_val_if_fail (text != NULL, NULL);

  if (!nfe_import_check_text (text, length, error))
    return NULL;

  if (!split_parts (text, length, &parts))
    {
      g_set_error (error, NFE_IMPORT_ERROR, NFE_IMPORT_ERROR_INVALID,
                   _("line 1: the front matter has no closing “---” line"));
      return NULL;
    }

  yaml_parser_initialize (&parser);
  yaml_parser_set_input_string (&parser, (const guchar *) parts.yaml, parts.yaml_length);
  yaml_parser_set_encoding (&parser, YAML_UTF8_ENCODING);
  if (!yaml_parser_load (&parser, &document))
    {
      g_set_error (error, NFE_IMPORT_ERROR, NFE_IMPORT_ERROR_INVALID,
                   _("line %u: the front matter is not valid YAML: %s%s%s"),
                   FILE_LINE (parser.problem_mark),
                   parser.problem ? parser.problem : "unknown problem",
                   parser.context ? ", " : "",
                   parser.context ? parser.context : "");
      yaml_parser_delete (&parser);
      return NULL;
    }
  yaml_parser_delete (&parser);

  article = nfe_article_new ();
  header = (Header) { article, FALSE };
  root = yaml_document_get_root_node (&document);
  if (root == NULL || (root->type == YAML_SCALAR_NODE && is_null (root)))
    ok = TRUE;
  else if (root->type != YAML_MAPPING_NODE)
    ok = fail (error, root, _("the front matter must be a list of “key: value” lines"));
  else
    ok = foreach_pair (&document, root, header_pair, &header, error);
  yaml_document_delete (&document);

  if (!ok)
    return NULL;

  body = g_strndup (parts.body, parts.body_length);

  if (!header.has_title)
    {
      g_autoptr(NfeArticle) markdown = NULL;
      g_autoptr(GError) local_error = NULL;
      guint body_line = 1;

      for (const char *p = text; p < parts.body; p++)
        if (*p == '\n')
          body_line++;

      if (!(markdown = nfe_import_markdown (body, parts.body_length, &local_error)))
        {
          g_set_error (error, NFE_IMPORT_ERROR, NFE_IMPORT_ERROR_NO_HEADLINE,
                       _("line %u: the article has no title and no heading"), body_line);
          return NULL;
        }

      nfe_article_set_headline (article, nfe_article_get_headline (markdown));
      nfe_article_set_body (article, nfe_article_get_body (markdown));
      return g_steal_pointer (&article);
    }

  nfe_article_set_body (article, body);
  return g_steal_pointer (&article);
}

static int
write_cb (void          *data,
          unsigned char *buffer,
          size_t         size)
{
  g_string_append_len (data, (const char *) buffer, size);
  return 1;
}

static void
emit_scalar (yaml_emitter_t *emitter,
             const char     *value,
             gboolean        quoted)
{
  yaml_event_t event;

  yaml_scalar_event_initialize (&event, NULL, NULL, (yaml_char_t *) value, strlen (value),
                                !quoted, quoted,
                                quoted ? YAML_DOUBLE_QUOTED_SCALAR_STYLE : YAML_PLAIN_SCALAR_STYLE);
  if (!yaml_emitter_emit (emitter, &event))
    g_critical ("Cannot write front matter: %s", emitter->problem);
}

static void
emit_pair (yaml_emitter_t *emitter,
           const char     *key,
           const char     *value)
{
  emit_scalar (emitter, key, FALSE);
  emit_scalar (emitter, value, TRUE);
}

static void
emit_event (yaml_emitter_t *emitter,
            yaml_event_t   *event)
{
  if (!yaml_emitter_emit (emitter, event))
    g_critical ("Cannot write front matter: %s", emitter->problem);
}

static void
emit_mapping_start (yaml_emitter_t *emitter)
{
  yaml_event_t event;

  yaml_mapping_start_event_initialize (&event, NULL, NULL, 1, YAML_BLOCK_MAPPING_STYLE);
  emit_event (emitter, &event);
}

static void
emit_mapping_end (yaml_emitter_t *emitter)
{
  yaml_event_t event;

  yaml_mapping_end_event_initialize (&event);
  emit_event (emitter, &event);
}

static void
emit_sequence (yaml_emitter_t *emitter,
               const char     *key,
               GListModel     *model,
               gboolean        questions)
{
  yaml_event_t event;
  guint n = g_list_model_get_n_items (model);

  emit_scalar (emitter, key, FALSE);
  yaml_sequence_start_event_initialize (&event, NULL, NULL, 1,
                                        n > 0 ? YAML_BLOCK_SEQUENCE_STYLE : YAML_FLOW_SEQUENCE_STYLE);
  emit_event (emitter, &event);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (model, i);

      emit_mapping_start (emitter);
      if (questions)
        {
          NfeQuestion *question = NFE_QUESTION (object);

          emit_pair (emitter, "text", nfe_question_get_text (question));
          emit_pair (emitter, "state",
                     nfe_question_state_to_string (nfe_question_get_state (question)));
          emit_pair (emitter, "origin", nfe_origin_to_string (nfe_question_get_origin (question)));
        }
      else
        {
          NfeBullet *bullet = NFE_BULLET (object);

          emit_pair (emitter, "text", nfe_bullet_get_text (bullet));
          emit_pair (emitter, "origin", nfe_origin_to_string (nfe_bullet_get_origin (bullet)));
          emit_scalar (emitter, "locked", FALSE);
          emit_scalar (emitter, nfe_bullet_get_locked (bullet) ? "true" : "false", FALSE);
        }
      emit_mapping_end (emitter);
    }

  yaml_sequence_end_event_initialize (&event);
  emit_event (emitter, &event);
}

/**
 * nfe_front_matter_write:
 *
 * Writes @article as Markdown with a YAML header that
 * nfe_front_matter_parse() reads back to the same article.
 *
 * Returns: (transfer full): the text
 */
char *
nfe_front_matter_write (NfeArticle *article)
{
  static const struct {
    const char      *key;
    NfeArticleField  field;
  } fields[] = {
    { "title", NFE_ARTICLE_FIELD_HEADLINE },
    { "byline", NFE_ARTICLE_FIELD_BYLINE },
    { "source", NFE_ARTICLE_FIELD_SOURCE },
    { "dateline", NFE_ARTICLE_FIELD_DATELINE },
  };
  yaml_emitter_t emitter;
  yaml_event_t event;
  GString *out;

  g_return_val_if_fail (NFE_IS_ARTICLE (article), NULL);

  out = g_string_new ("---\n");

  yaml_emitter_initialize (&emitter);
  yaml_emitter_set_output (&emitter, write_cb, out);
  yaml_emitter_set_unicode (&emitter, 1);
  /* No folding: a long headline stays on one line for people reading diffs. */
  yaml_emitter_set_width (&emitter, -1);
  yaml_emitter_set_break (&emitter, YAML_LN_BREAK);

  yaml_stream_start_event_initialize (&event, YAML_UTF8_ENCODING);
  emit_event (&emitter, &event);
  yaml_document_start_event_initialize (&event, NULL, NULL, NULL, 1);
  emit_event (&emitter, &event);
  emit_mapping_start (&emitter);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    emit_pair (&emitter, fields[i].key, nfe_article_get_field (article, fields[i].field));
  emit_pair (&emitter, "status", nfe_article_status_to_string (nfe_article_get_status (article)));
  emit_pair (&emitter, "closing", nfe_article_get_field (article, NFE_ARTICLE_FIELD_CLOSING));
  emit_sequence (&emitter, "summary", nfe_article_get_bullets (article), FALSE);
  emit_sequence (&emitter, "questions", nfe_article_get_questions (article), TRUE);

  emit_mapping_end (&emitter);
  yaml_document_end_event_initialize (&event, 1);
  emit_event (&emitter, &event);
  yaml_stream_end_event_initialize (&event);
  emit_event (&emitter, &event);
  yaml_emitter_flush (&emitter);
  yaml_emitter_delete (&emitter);

  g_string_append (out, "---\n\n");
  g_string_append (out, nfe_article_get_body (article));

  return g_string_free (out, FALSE);
}
