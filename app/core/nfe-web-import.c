/* nfe-web-import.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nfe-web-import"

#include "config.h"

#include <glib/gi18n.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <string.h>

#include "nfe-import.h"
#include "nfe-web-import.h"

/* An article from a web page: fetched with the caller's SoupSession but
 * under our own limits (time, redirects, size), since the URL is whatever
 * a person pasted, and turned into Markdown from the page's article part
 * only. Menus, ads and scripts are left behind. */

#define READ_CHUNK (64 * 1024)

typedef struct
{
  SoupSession  *session;
  GUri         *uri;
  char         *host;
  GHashTable   *visited;
  GCancellable *cancellable;
  GCancellable *caller_cancellable;
  gulong        cancelled_id;
  GSource      *timeout_source;
  guint         timeout_seconds;
  guint         redirects;
  gboolean      timed_out;
  GInputStream *stream;
  GByteArray   *data;
  char         *charset;
} Fetch;

static void
fetch_free (gpointer data)
{
  Fetch *fetch = data;

  if (fetch->timeout_source != NULL)
    {
      g_source_destroy (fetch->timeout_source);
      g_source_unref (fetch->timeout_source);
    }
  if (fetch->caller_cancellable != NULL)
    g_cancellable_disconnect (fetch->caller_cancellable, fetch->cancelled_id);
  g_clear_object (&fetch->caller_cancellable);
  g_clear_object (&fetch->cancellable);
  g_clear_object (&fetch->session);
  g_clear_object (&fetch->stream);
  g_clear_pointer (&fetch->uri, g_uri_unref);
  g_clear_pointer (&fetch->visited, g_hash_table_unref);
  g_clear_pointer (&fetch->data, g_byte_array_unref);
  g_free (fetch->host);
  g_free (fetch->charset);
  g_free (fetch);
}

/* Every end goes through here, so that the timer stops with the fetch. */
static void
return_error (GTask  *task,
              GError *error)
{
  Fetch *fetch = g_task_get_task_data (task);

  if (fetch->timeout_source != NULL)
    g_source_destroy (fetch->timeout_source);
  g_task_return_error (task, error);
  g_object_unref (task);
}

static void
return_io_error (GTask      *task,
                 GError     *error,
                 const char *doing)
{
  Fetch *fetch = g_task_get_task_data (task);

  if (fetch->timed_out)
    {
      g_error_free (error);
      return_error (task, g_error_new (NFE_IMPORT_ERROR, NFE_IMPORT_ERROR_NETWORK,
                                       _("%s did not answer within %u seconds"),
                                       fetch->host, fetch->timeout_seconds));
      return;
    }

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      return_error (task, error);
      return;
    }

  return_error (task, g_error_new (NFE_IMPORT_ERROR, NFE_IMPORT_ERROR_NETWORK,
                                   doing, fetch->host, error->message));
  g_error_free (error);
}

static gboolean
timeout_cb (gpointer data)
{
  Fetch *fetch = data;

  fetch->timed_out = TRUE;
  g_cancellable_cancel (fetch->cancellable);

  return G_SOURCE_REMOVE;
}

static void
caller_cancelled_cb (GCancellable *caller_cancellable,
                     GCancellable *cancellable)
{
  g_cancellable_cancel (cancellable);
}

static gboolean
is_web_scheme (const char *scheme)
{
  return scheme != NULL &&
         (g_ascii_strcasecmp (scheme, "http") == 0 || g_ascii_strcasecmp (scheme, "https") == 0);
}

static void send_message (GTask *task);

static void
parse_thread (GTask        *parse_task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Fetch *fetch = task_data;
  g_autofree char *url = g_uri_to_string (fetch->uri);
  GError *error = NULL;
  NfeArticle *article;

  article = nfe_web_import_html ((const char *) fetch->data->data, fetch->data->len,
                                 url, fetch->charset, &error);
  if (article == NULL)
    g_task_return_error (parse_task, error);
  else
    g_task_return_pointer (parse_task, article, g_object_unref);
}

static void
parse_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  GTask *task = user_data;
  Fetch *fetch = g_task_get_task_data (task);
  GError *error = NULL;
  NfeArticle *article;

  article = g_task_propagate_pointer (G_TASK (result), &error);
  if (article == NULL)
    {
      return_error (task, error);
      return;
    }

  if (fetch->timeout_source != NULL)
    g_source_destroy (fetch->timeout_source);
  g_task_return_pointer (task, article, g_object_unref);
  g_object_unref (task);
}

static void
read_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  GTask *task = user_data;
  Fetch *fetch = g_task_get_task_data (task);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GTask) parse_task = NULL;
  GError *error = NULL;

  bytes = g_input_stream_read_bytes_finish (G_INPUT_STREAM (object), result, &error);
  if (bytes == NULL)
    {
      return_io_error (task, error, _("Reading the page from %s failed: %s"));
      return;
    }

  if (g_bytes_get_size (bytes) > 0)
    {
      g_byte_array_append (fetch->data, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      if (fetch->data->len > NFE_WEB_IMPORT_MAX_BYTES)
        {
          return_error (task, g_error_new (NFE_IMPORT_ERROR, NFE_IMPORT_ERROR_NOT_TEXT,
                                           _("The page at %s is too large for an article (over %d MB)"),
                                           fetch->host, NFE_WEB_IMPORT_MAX_BYTES / (1024 * 1024)));
          return;
        }

      g_input_stream_read_bytes_async (fetch->stream, READ_CHUNK, G_PRIORITY_DEFAULT,
                                       fetch->cancellable, read_cb, task);
      return;
    }

  /* A big page takes a while to parse; not on the caller's thread. */
  g_input_stream_close (fetch->stream, NULL, NULL);
  parse_task = g_task_new (NULL, fetch->cancellable, parse_cb, task);
  g_task_set_source_tag (parse_task, parse_thread);
  g_task_set_task_data (parse_task, fetch, NULL);
  g_task_run_in_thread (parse_task, parse_thread);
}

static gboolean
is_html_type (const char *content_type)
{
  return g_ascii_strcasecmp (content_type, "text/html") == 0 ||
         g_ascii_strcasecmp (content_type, "application/xhtml+xml") == 0;
}

static void
send_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  GTask *task = user_data;
  Fetch *fetch = g_task_get_task_data (task);
  SoupMessage *message = soup_session_get_async_result_message (SOUP_SESSION (object), result);
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GHashTable) params = NULL;
  SoupMessageHeaders *headers;
  const char *content_type;
  GError *error = NULL;
  guint status;

  stream = soup_session_send_finish (SOUP_SESSION (object), result, &error);
  if (stream == NULL)
    {
      return_io_error (task, error, _("Cannot reach %s: %s"));
      return;
    }

  status = soup_message_get_status (message);
  headers = soup_message_get_response_headers (message);

  if (SOUP_STATUS_IS_REDIRECTION (status) &&
      soup_message_headers_get_one (headers, "Location") != NULL)
    {
      const char *location = soup_message_headers_get_one (headers, "Location");
      g_autoptr(GUri) next = NULL;
      g_autofree char *next_string = NULL;

      next = g_uri_parse_relative (fetch->uri, location, G_URI_FLAGS_ENCODED, NULL);
      if (next == NULL || !is_web_scheme (g_uri_get_scheme (next)))
        {
          return_error (task, g_error_new (NFE_IMPORT_ERROR, NFE_IMPORT_ERROR_NETWORK,
                                           _("%s redirects to “%s”, which is not a web page address"),
                                           fetch->host, location));
          return;
        }

      next_string = g_uri_to_string (next);
      if (g_hash_table_contains (fetch->visited, next_string))
        {
          return_error (task, g_error_new (NFE_IMPORT_ERROR, NFE_IMPORT_ERROR_NETWORK,
                                           _("%s redirects in a loop (back to %s)"),
                                           fetch->host, next_string));
          return;
        }

      if (++fetch->redirects > NFE_WEB_IMPORT_MAX_REDIRECTS)
        {
          return_error (task, g_error_new (NFE_IMPORT_ERROR, NFE_IMPORT_ERROR_NETWORK,
                                           _("%s redirects more than %d times"),
                                           fetch->host, NFE_WEB_IMPORT_MAX_REDIRECTS));
          return;
        }

      g_debug ("Redirected to %s", next_string);
      g_hash_table_add (fetch->visited, g_steal_pointer (&next_string));
      g_clear_pointer (&fetch->uri, g_uri_unref);
      fetch->uri = g_steal_pointer (&next);
      g_free (fetch->host);
      fetch->host = g_strdup (g_uri_get_host (fetch->uri));
      send_message (task);
      return;
    }

  if (!SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      return_error (task, g_error_new (NFE_IMPORT_ERROR, NFE_IMPORT_ERROR_NETWORK,
                                       _("%s answered “%u %s” instead of the page"),
                                       fetch->host, status,
                                       soup_message_get_reason_phrase (message)));
      return;
    }

  /* No type at all is let through: the HTML parser decides then. */
  content_type = soup_message_headers_get_content_type (headers, &params);
  if (content_type != NULL && !is_html_type (content_type))
    {
      g_autofree char *url = g_uri_to_string (fetch->uri);

      return_error (task, g_error_new (NFE_IMPORT_ERROR, NFE_IMPORT_ERROR_NOT_TEXT,
                                       _("%s is not a web page (it is %s)"), url, content_type));
      return;
    }
  if (params != NULL)
    fetch->charset = g_strdup (g_hash_table_lookup (params, "charset"));

  if (soup_message_headers_get_content_length (headers) > NFE_WEB_IMPORT_MAX_BYTES)
    {
      return_error (task, g_error_new (NFE_IMPORT_ERROR, NFE_IMPORT_ERROR_NOT_TEXT,
                                       _("The page at %s is too large for an article (over %d MB)"),
                                       fetch->host, NFE_WEB_IMPORT_MAX_BYTES / (1024 * 1024)));
      return;
    }

  fetch->stream = g_steal_pointer (&stream);
  fetch->data = g_byte_array_new ();
  g_input_stream_read_bytes_async (fetch->stream, READ_CHUNK, G_PRIORITY_DEFAULT,
                                   fetch->cancellable, read_cb, task);
}

static void
send_message (GTask *task)
{
  Fetch *fetch = g_task_get_task_data (task);
  g_autoptr(SoupMessage) message = NULL;

  message = soup_message_new_from_uri (SOUP_METHOD_GET, fetch->uri);
  /* Redirects are followed by hand, to count them and to check where
   * each one leads. */
  soup_message_add_flags (message, SOUP_MESSAGE_NO_REDIRECT);
  soup_message_headers_replace (soup_message_get_request_headers (message), "Accept",
                                "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1");

  soup_session_send_async (fetch->session, message, G_PRIORITY_DEFAULT,
                           fetch->cancellable, send_cb, task);
}

/**
 * nfe_web_import_full_async:
 * @timeout_seconds: how long the whole fetch may take, redirects included
 *
 * Like nfe_web_import_async(), with a timeout of the caller's choosing.
 */
void
nfe_web_import_full_async (SoupSession         *session,
                           const char          *url,
                           guint                timeout_seconds,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GUri) uri = NULL;
  GTask *task;
  Fetch *fetch;

  g_return_if_fail (SOUP_IS_SESSION (session));
  g_return_if_fail (url != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));
  g_return_if_fail (timeout_seconds > 0);

  task = g_task_new (session, cancellable, callback, user_data);
  g_task_set_source_tag (task, nfe_web_import_full_async);

  uri = g_uri_parse (url, G_URI_FLAGS_ENCODED, &error);
  if (uri == NULL || !is_web_scheme (g_uri_get_scheme (uri)) ||
      g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
    {
      g_task_return_new_error (task, NFE_IMPORT_ERROR, NFE_IMPORT_ERROR_INVALID,
                               _("“%s” is not a web page address (it must start with http:// or https://)"),
                               url);
      g_object_unref (task);
      return;
    }

  fetch = g_new0 (Fetch, 1);
  fetch->session = g_object_ref (session);
  fetch->uri = g_steal_pointer (&uri);
  fetch->host = g_strdup (g_uri_get_host (fetch->uri));
  fetch->visited = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_add (fetch->visited, g_uri_to_string (fetch->uri));
  fetch->timeout_seconds = timeout_seconds;
  fetch->cancellable = g_cancellable_new ();
  if (cancellable != NULL)
    {
      fetch->caller_cancellable = g_object_ref (cancellable);
      fetch->cancelled_id = g_cancellable_connect (cancellable, G_CALLBACK (caller_cancelled_cb),
                                                   fetch->cancellable, NULL);
    }
  g_task_set_task_data (task, fetch, fetch_free);

  fetch->timeout_source = g_timeout_source_new_seconds (timeout_seconds);
  g_source_set_callback (fetch->timeout_source, timeout_cb, fetch, NULL);
  g_source_attach (fetch->timeout_source, g_task_get_context (task));

  send_message (task);
}

/**
 * nfe_web_import_async:
 *
 * Fetches the web page at @url (http or https only) and reads its article
 * into a new, unsaved article, within 20 seconds, 5 redirects and 5 MB.
 */
void
nfe_web_import_async (SoupSession         *session,
                      const char          *url,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  nfe_web_import_full_async (session, url, NFE_WEB_IMPORT_TIMEOUT_SECONDS,
                             cancellable, callback, user_data);
}

/**
 * nfe_web_import_finish:
 *
 * Returns: (transfer full): the article, or %NULL with @error set
 */
NfeArticle *
nfe_web_import_finish (GAsyncResult  *result,
                       GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == nfe_web_import_full_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* HTML to Markdown */

#define IS_ELEMENT(node, tag) \
  ((node)->type == XML_ELEMENT_NODE && g_ascii_strcasecmp ((const char *) (node)->name, (tag)) == 0)

static gboolean
tag_in (xmlNode            *node,
        const char * const *tags)
{
  for (guint i = 0; tags[i] != NULL; i++)
    if (IS_ELEMENT (node, tags[i]))
      return TRUE;
  return FALSE;
}

static char *
get_attr (xmlNode    *node,
          const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

/* Runs of white space, the no-break space included, become one space. */
static char *
collapse (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; p != NULL && *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p) || (p[0] == '\xc2' && p[1] == '\xa0'))
        {
          if (*p == '\xc2')
            p++;
          space = TRUE;
          continue;
        }
      if (space && out->len > 0)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

static char *
node_text (xmlNode *node)
{
  xmlChar *content = xmlNodeGetContent (node);
  char *text = collapse ((const char *) content);

  xmlFree (content);
  return text;
}

static xmlNode *
find_first (xmlNode    *node,
            const char *tag)
{
  for (; node != NULL; node = node->next)
    {
      xmlNode *found;

      if (IS_ELEMENT (node, tag))
        return node;
      if ((found = find_first (node->children, tag)) != NULL)
        return found;
    }

  return NULL;
}

static char *
find_meta (xmlNode    *root,
           const char *attr,
           const char *name)
{
  for (xmlNode *node = root; node != NULL; node = node->next)
    {
      char *found;

      if (IS_ELEMENT (node, "meta"))
        {
          g_autofree char *value = get_attr (node, attr);

          if (value != NULL && g_ascii_strcasecmp (value, name) == 0)
            {
              g_autofree char *content = get_attr (node, "content");

              if (content != NULL)
                return collapse (content);
            }
        }

      if ((found = find_meta (node->children, attr, name)) != NULL)
        return found;
    }

  return NULL;
}

/* Class and id words that mark what is around an article, not in it. */
static gboolean
looks_like_clutter (xmlNode *node)
{
  static const char * const words[] = {
    "ad", "ads", "advert", "advertisement", "adslot", "adsbygoogle", "sponsor", "sponsored",
    "promo", "share", "sharing", "social", "related", "newsletter", "subscribe", "cookie",
    "popup", "outbrain", "taboola", "comments", "breadcrumb", "breadcrumbs", NULL
  };
  static const char * const attrs[] = { "class", "id", NULL };

  for (guint a = 0; attrs[a] != NULL; a++)
    {
      g_autofree char *value = get_attr (node, attrs[a]);
      g_autofree char *lower = NULL;
      g_auto(GStrv) parts = NULL;

      if (value == NULL)
        continue;

      lower = g_ascii_strdown (value, -1);
      parts = g_regex_split_simple ("[^a-z0-9]+", lower, 0, 0);
      for (guint i = 0; parts[i] != NULL; i++)
        if (g_strv_contains (words, parts[i]))
          return TRUE;
    }

  return FALSE;
}

static void
prune (xmlNode *parent)
{
  static const char * const junk[] = {
    "script", "style", "nav", "header", "footer", "aside", "form", "iframe", "noscript",
    "figcaption", "svg", "button", "template", "object", "embed", "select", "input",
    "canvas", "video", "audio", NULL
  };
  static const char * const keep[] = { "html", "body", "main", "article", NULL };
  xmlNode *next;

  for (xmlNode *node = parent->children; node != NULL; node = next)
    {
      gboolean drop = FALSE;

      next = node->next;
      if (node->type == XML_COMMENT_NODE)
        drop = TRUE;
      else if (node->type == XML_ELEMENT_NODE)
        {
          g_autofree char *aria_hidden = get_attr (node, "aria-hidden");

          drop = tag_in (node, junk) ||
                 xmlHasProp (node, (const xmlChar *) "hidden") != NULL ||
                 g_strcmp0 (aria_hidden, "true") == 0 ||
                 (!tag_in (node, keep) && looks_like_clutter (node));
        }

      if (drop)
        {
          xmlUnlinkNode (node);
          xmlFreeNode (node);
        }
      else
        prune (node);
    }
}

/* How much paragraph text an element holds directly, the way a reader
 * tells the article apart from lists of links. */
static gsize
paragraph_text_length (xmlNode *node)
{
  gsize length = 0;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (IS_ELEMENT (child, "p"))
      {
        g_autofree char *text = node_text (child);
        length += strlen (text);
      }

  return length;
}

static void
find_best (xmlNode     *node,
           const char  *tag,
           xmlNode    **best,
           gsize       *best_length)
{
  for (; node != NULL; node = node->next)
    {
      if (node->type != XML_ELEMENT_NODE)
        continue;

      if (tag == NULL || IS_ELEMENT (node, tag))
        {
          gsize length;

          if (tag != NULL)
            {
              g_autofree char *text = node_text (node);
              length = strlen (text);
            }
          else
            length = paragraph_text_length (node);

          if (length > *best_length)
            {
              *best = node;
              *best_length = length;
            }
        }

      find_best (node->children, tag, best, best_length);
    }
}

typedef struct
{
  GUri       *base;
  const char *headline;
} Converter;

static void
add_block (GString    *out,
           const char *block)
{
  if (block == NULL || *block == '\0')
    return;
  if (out->len > 0)
    g_string_append (out, "\n\n");
  g_string_append (out, block);
}

static const char * const inline_tags[] = {
  "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "del", "dfn", "em", "font",
  "i", "img", "ins", "kbd", "label", "mark", "q", "s", "samp", "small", "span", "strike",
  "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", NULL
};

static void render_inline (Converter *conv, xmlNode *node, GString *buf);

static char *
render_inline_children (Converter *conv,
                        xmlNode   *node)
{
  g_autoptr(GString) buf = g_string_new (NULL);

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    render_inline (conv, child, buf);

  return collapse (buf->str);
}

/* "**bold**" with the spaces around the words kept outside the markers. */
static void
wrap (GString    *buf,
      xmlNode    *node,
      Converter  *conv,
      const char *marker)
{
  g_autofree char *inner = render_inline_children (conv, node);
  xmlChar *raw = xmlNodeGetContent (node);
  gsize raw_len = raw ? strlen ((const char *) raw) : 0;

  if (*inner != '\0')
    {
      if (raw_len > 0 && g_ascii_isspace (raw[0]))
        g_string_append_c (buf, ' ');
      g_string_append_printf (buf, "%s%s%s", marker, inner, marker);
      if (raw_len > 0 && g_ascii_isspace (raw[raw_len - 1]))
        g_string_append_c (buf, ' ');
    }
  xmlFree (raw);
}

static void
render_link (Converter *conv,
             xmlNode   *node,
             GString   *buf)
{
  g_autofree char *inner = render_inline_children (conv, node);
  g_autofree char *href = get_attr (node, "href");
  g_autoptr(GUri) uri = NULL;

  if (*inner == '\0')
    return;

  if (href != NULL)
    {
      g_strstrip (href);
      uri = conv->base != NULL
        ? g_uri_parse_relative (conv->base, href, G_URI_FLAGS_ENCODED, NULL)
        : g_uri_parse (href, G_URI_FLAGS_ENCODED, NULL);
    }

  /* javascript:, mailto: and the like are no use in an article. */
  if (uri != NULL && is_web_scheme (g_uri_get_scheme (uri)))
    {
      g_autofree char *target = g_uri_to_string (uri);
      GString *escaped = g_string_new (NULL);

      for (const char *p = target; *p != '\0'; p++)
        if (*p == ' ')
          g_string_append (escaped, "%20");
        else if (*p == '(' || *p == ')')
          g_string_append_printf (escaped, "%%%02X", *p);
        else
          g_string_append_c (escaped, *p);

      g_string_append_printf (buf, "[%s](%s)", inner, escaped->str);
      g_string_free (escaped, TRUE);
    }
  else
    g_string_append (buf, inner);
}

static void
render_inline (Converter *conv,
               xmlNode   *node,
               GString   *buf)
{
  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    {
      g_string_append (buf, (const char *) node->content);
      return;
    }

  if (node->type != XML_ELEMENT_NODE)
    return;

  if (IS_ELEMENT (node, "br") || IS_ELEMENT (node, "img"))
    g_string_append_c (buf, ' ');
  else if (IS_ELEMENT (node, "a"))
    render_link (conv, node, buf);
  else if (IS_ELEMENT (node, "strong") || IS_ELEMENT (node, "b"))
    wrap (buf, node, conv, "**");
  else if (IS_ELEMENT (node, "em") || IS_ELEMENT (node, "i"))
    wrap (buf, node, conv, "*");
  else if (IS_ELEMENT (node, "code"))
    wrap (buf, node, conv, "`");
  else
    {
      gboolean block = !tag_in (node, inline_tags);

      /* Block elements met inside a paragraph still separate words. */
      if (block)
        g_string_append_c (buf, ' ');
      for (xmlNode *child = node->children; child != NULL; child = child->next)
        render_inline (conv, child, buf);
      if (block)
        g_string_append_c (buf, ' ');
    }
}

static void render_blocks (Converter *conv, xmlNode *parent, GString *out);

static void
render_list (Converter  *conv,
             xmlNode    *list,
             const char *indent,
             GString    *out)
{
  gboolean ordered = IS_ELEMENT (list, "ol");
  guint number = 0;

  for (xmlNode *item = list->children; item != NULL; item = item->next)
    {
      g_autoptr(GString) buf = NULL;
      g_autoptr(GString) nested = NULL;
      g_autofree char *text = NULL;
      g_autofree char *marker = NULL;
      g_autofree char *nested_indent = NULL;

      if (!IS_ELEMENT (item, "li"))
        continue;

      buf = g_string_new (NULL);
      nested = g_string_new (NULL);
      marker = ordered ? g_strdup_printf ("%u. ", ++number) : g_strdup ("- ");
      nested_indent = g_strnfill (strlen (indent) + strlen (marker), ' ');

      for (xmlNode *child = item->children; child != NULL; child = child->next)
        if (IS_ELEMENT (child, "ul") || IS_ELEMENT (child, "ol"))
          render_list (conv, child, nested_indent, nested);
        else
          render_inline (conv, child, buf);

      text = collapse (buf->str);
      if (*text == '\0' && nested->len == 0)
        continue;

      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append_printf (out, "%s%s%s", indent, marker, text);
      if (nested->len > 0)
        g_string_append_printf (out, "\n%s", nested->str);
    }
}

static void
render_block (Converter *conv,
              xmlNode   *node,
              GString   *out)
{
  static const char * const headings[] = { "h1", "h2", "h3", "h4", "h5", "h6", NULL };

  if (tag_in (node, headings))
    {
      g_autofree char *text = render_inline_children (conv, node);
      guint level = node->name[1] - '0';
      g_autofree char *hashes = g_strnfill (level, '#');
      g_autofree char *block = NULL;

      /* The headline is the article's own field, not a line of its body. */
      if (level == 1 && g_strcmp0 (text, conv->headline) == 0)
        return;
      if (*text != '\0')
        {
          block = g_strdup_printf ("%s %s", hashes, text);
          add_block (out, block);
        }
    }
  else if (IS_ELEMENT (node, "p") || IS_ELEMENT (node, "li") || IS_ELEMENT (node, "dt") ||
           IS_ELEMENT (node, "dd"))
    {
      g_autofree char *text = render_inline_children (conv, node);
      add_block (out, text);
    }
  else if (IS_ELEMENT (node, "ul") || IS_ELEMENT (node, "ol"))
    {
      g_autoptr(GString) list = g_string_new (NULL);

      render_list (conv, node, "", list);
      add_block (out, list->str);
    }
  else if (IS_ELEMENT (node, "blockquote"))
    {
      g_autoptr(GString) inner = g_string_new (NULL);
      g_autoptr(GString) quoted = g_string_new (NULL);
      g_auto(GStrv) lines = NULL;

      render_blocks (conv, node, inner);
      lines = g_strsplit (inner->str, "\n", -1);
      for (guint i = 0; inner->len > 0 && lines[i] != NULL; i++)
        g_string_append_printf (quoted, "%s%s%s", i > 0 ? "\n" : "",
                                lines[i][0] != '\0' ? "> " : ">", lines[i]);
      add_block (out, quoted->str);
    }
  else if (IS_ELEMENT (node, "pre"))
    {
      xmlChar *raw = xmlNodeGetContent (node);
      g_autofree char *code = g_strdup ((const char *) raw);
      g_autofree char *block = NULL;

      xmlFree (raw);
      g_strchomp (code);
      if (*code != '\0')
        {
          block = g_strdup_printf ("```\n%s\n```", code);
          add_block (out, block);
        }
    }
  else if (IS_ELEMENT (node, "hr"))
    add_block (out, "* * *");
  else
    render_blocks (conv, node, out);
}

static void
flush_inline (GString *pending,
              GString *out)
{
  g_autofree char *text = collapse (pending->str);

  add_block (out, text);
  g_string_truncate (pending, 0);
}

static void
render_blocks (Converter *conv,
               xmlNode   *parent,
               GString   *out)
{
  g_autoptr(GString) pending = g_string_new (NULL);

  for (xmlNode *node = parent->children; node != NULL; node = node->next)
    {
      if (node->type == XML_ELEMENT_NODE && !tag_in (node, inline_tags))
        {
          flush_inline (pending, out);
          render_block (conv, node, out);
        }
      else
        render_inline (conv, node, pending);
    }

  flush_inline (pending, out);
}

/**
 * nfe_web_import_html:
 * @url: (nullable): where the page is from, for its relative links
 * @charset: (nullable): the encoding the server named, if any
 *
 * Reads the article in a web page: headline, byline and the article text
 * as Markdown. This is the part of nfe_web_import_async() that needs no
 * network.
 */
NfeArticle *
nfe_web_import_html (const char  *html,
                     gsize        length,
                     const char  *url,
                     const char  *charset,
                     GError     **error)
{
  g_autoptr(NfeArticle) article = NULL;
  g_autoptr(GString) body = NULL;
  g_autoptr(GUri) base = NULL;
  g_autofree char *headline = NULL;
  g_autofree char *byline = NULL;
  const char *where = url != NULL ? url : _("The page");
  xmlNode *root;
  xmlNode *container = NULL;
  xmlNode *node;
  gsize best_length = 0;
  htmlDocPtr doc;
  Converter conv;

  g_return_val_if_fail (html != NULL, NULL);

  if (length > G_MAXINT)
    length = G_MAXINT;

  doc = htmlReadMemory (html, length, url, charset,
                        HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                        HTML_PARSE_NONET);
  if (doc == NULL || (root = xmlDocGetRootElement (doc)) == NULL)
    {
      if (doc != NULL)
        xmlFreeDoc (doc);
      g_set_error (error, NFE_IMPORT_ERROR, NFE_IMPORT_ERROR_NOT_TEXT,
                   _("%s is not a web page that can be read"), where);
      return NULL;
    }

  headline = find_meta (root, "property", "og:title");
  if (headline == NULL || *headline == '\0')
    {
      g_free (headline);
      headline = NULL;
      if ((node = find_first (root, "h1")) != NULL)
        headline = node_text (node);
    }
  if ((headline == NULL || *headline == '\0') && (node = find_first (root, "title")) != NULL)
    {
      g_free (headline);
      headline = node_text (node);
    }
  byline = find_meta (root, "name", "author");

  prune (root);

  find_best (root, "article", &container, &best_length);
  if (container == NULL)
    find_best (root, "main", &container, &best_length);
  if (container == NULL)
    find_best (root, NULL, &container, &best_length);
  if (container == NULL)
    container = find_first (root, "body");
  if (container == NULL)
    container = root;

  if (url != NULL)
    base = g_uri_parse (url, G_URI_FLAGS_ENCODED, NULL);
  conv = (Converter) { base, headline };
  body = g_string_new (NULL);
  render_blocks (&conv, container, body);
  xmlFreeDoc (doc);

  if (headline == NULL || *headline == '\0')
    {
      g_set_error (error, NFE_IMPORT_ERROR, NFE_IMPORT_ERROR_NO_HEADLINE,
                   _("%s has no headline (no title or heading)"), where);
      return NULL;
    }

  if (body->len == 0)
    {
      g_set_error (error, NFE_IMPORT_ERROR, NFE_IMPORT_ERROR_INVALID,
                   _("%s has no article text"), where);
      return NULL;
    }
  g_string_append_c (body, '\n');

  article = nfe_article_new ();
  nfe_article_set_field (article, NFE_ARTICLE_FIELD_HEADLINE, headline);
  nfe_article_set_field (article, NFE_ARTICLE_FIELD_BODY, body->str);
  if (byline != NULL)
    nfe_article_set_field (article, NFE_ARTICLE_FIELD_BYLINE, byline);
  if (url != NULL)
    nfe_article_set_field (article, NFE_ARTICLE_FIELD_SOURCE, url);

  return g_steal_pointer (&article);
}
