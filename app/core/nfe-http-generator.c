/* nfe-http-generator.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nfe-http-generator"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "nfe-http-generator.h"
#include "nfe-sentences.h"
#include "nfe-util.h"

/* A generator backed by a language model behind an OpenAI-compatible
 * chat-completions endpoint: llama.cpp's llama-server, Ollama's /v1, vLLM
 * or a hosted service. The article goes out as numbered sentences and the
 * model answers with items that cite those numbers, which become spans of
 * the body, so that an editor can see what each bullet was made from.
 *
 * Whatever goes wrong ends in one line an editor can act on, naming the
 * server's host. The API key goes into the Authorization header and
 * nowhere else: not into a message, not into the log. */

#define DEFAULT_TIMEOUT_S   60
#define MAX_TIMEOUT_S       3600
/* A real answer is a few kilobytes; anything this large is not one, and
 * reading it all would only cost memory. */
#define MAX_RESPONSE_SIZE   (4 * 1024 * 1024)
#define READ_CHUNK_SIZE     (64 * 1024)
#define MAX_EXCERPT_CHARS   160
#define TEMPERATURE         0.2

/* Structured output: servers that honour it (llama-server, vLLM, Ollama,
 * OpenAI) constrain the model to exactly this shape. Others ignore it,
 * which is why the answer is still checked item by item. */
static const char response_format_json[] =
  "{"
  "  \"type\": \"json_schema\","
  "  \"json_schema\": {"
  "    \"name\": \"items\","
  "    \"strict\": true,"
  "    \"schema\": {"
  "      \"type\": \"object\","
  "      \"properties\": {"
  "        \"items\": {"
  "          \"type\": \"array\","
  "          \"items\": {"
  "            \"type\": \"object\","
  "            \"properties\": {"
  "              \"text\": { \"type\": \"string\" },"
  "              \"sources\": { \"type\": \"array\", \"items\": { \"type\": \"integer\" } }"
  "            },"
  "            \"required\": [\"text\", \"sources\"],"
  "            \"additionalProperties\": false"
  "          }"
  "        }"
  "      },"
  "      \"required\": [\"items\"],"
  "      \"additionalProperties\": false"
  "    }"
  "  }"
  "}";

/* The prompts stay in English whatever the interface language: they are
 * read by the model, not by the editor. */
static const char bullets_prompt_start[] =
  "You write the \"Summarized by NextFin AI\" box of a financial news article: ";
static const char bullets_prompt_end[] =
  " factual bullet points. Each bullet is one sentence of at most 30 words. "
  "Use only facts and figures that the article states; add no background knowledge, "
  "opinion, forecast or advice. Keep every figure, currency, percentage, date and name "
  "exactly as the article gives it. The article comes as numbered sentences; list in "
  "\"sources\" the numbers of the sentences each bullet is based on. "
  "Reply with JSON only, in the form {\"items\": [{\"text\": \"...\", \"sources\": [1, 2]}]}.";

static const char questions_prompt_start[] =
  "You write reader questions for a financial news article: ";
static const char questions_prompt_end[] =
  " specific questions a reader of this article would want answered. Each question is one "
  "sentence that ends with a question mark and names its subject from the article (a company, "
  "person, market, figure or event) instead of saying \"it\" or \"they\". No question may be "
  "answerable from a single sentence of the article: ask about causes, consequences, "
  "comparisons and what comes next. The article comes as numbered sentences; list in "
  "\"sources\" the numbers of the sentences each question relates to. "
  "Reply with JSON only, in the form {\"items\": [{\"text\": \"...?\", \"sources\": [1, 2]}]}.";

struct _NfeHttpGenerator
{
  GObject      parent_instance;

  SoupSession *session;
  char        *base_url;
  char        *model;
  char        *api_key;
  guint        timeout;
};

static void generator_iface_init (NfeGeneratorInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (NfeHttpGenerator, nfe_http_generator, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (NFE_TYPE_GENERATOR, generator_iface_init))

enum {
  PROP_0,
  PROP_SESSION,
  PROP_BASE_URL,
  PROP_MODEL,
  PROP_API_KEY,
  PROP_TIMEOUT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* One request in flight. Everything it needs from the generator is copied
 * in, so that changing the preferences meanwhile changes the next request,
 * not this one. */
typedef struct
{
  NfeGenerateKind     kind;
  NfeGenerateRequest *request;
  GArray             *spans;               /* of NfeSpan: sentence n is spans[n - 1] */
  char               *host;                /* "127.0.0.1:8080", for messages */
  char               *model;
  char               *api_key;             /* kept only to scrub it from excerpts */
  guint               timeout;
  SoupMessage        *message;
  GInputStream       *stream;
  GByteArray         *body;
  GCancellable       *cancellable;         /* ours: cancelled by the caller's or the clock */
  GCancellable       *caller_cancellable;
  gulong              cancelled_id;
  GSource            *timeout_source;
  guint               timed_out : 1;
  guint               at_eof : 1;
} GenerateData;

/* Lets go of the clock and the connection as soon as the outcome is
 * known, rather than when the caller drops the result. */
static void
stop_request (GenerateData *data)
{
  if (data->timeout_source != NULL)
    g_source_destroy (data->timeout_source);
  g_clear_pointer (&data->timeout_source, g_source_unref);

  /* Closing a response stream before its end makes libsoup read (and
   * throw away) the rest, blocking, unless the request was cancelled:
   * cancel it and close without waiting. At the end there is nothing
   * left to read and the connection can be used again. */
  if (data->stream != NULL && !g_input_stream_is_closed (data->stream))
    {
      if (data->at_eof)
        g_input_stream_close (data->stream, NULL, NULL);
      else
        {
          g_cancellable_cancel (data->cancellable);
          g_input_stream_close_async (data->stream, G_PRIORITY_DEFAULT, data->cancellable,
                                      NULL, NULL);
        }
    }
  g_clear_object (&data->stream);
}

static void
generate_data_free (GenerateData *data)
{
  stop_request (data);

  if (data->caller_cancellable != NULL)
    g_cancellable_disconnect (data->caller_cancellable, data->cancelled_id);
  g_clear_object (&data->caller_cancellable);

  g_clear_object (&data->message);
  g_clear_object (&data->cancellable);
  g_clear_pointer (&data->body, g_byte_array_unref);
  g_clear_pointer (&data->spans, g_array_unref);
  g_clear_pointer (&data->request, nfe_generate_request_free);
  g_clear_pointer (&data->host, g_free);
  g_clear_pointer (&data->model, g_free);
  g_clear_pointer (&data->api_key, g_free);
  g_free (data);
}

/* @text as valid UTF-8 on one line: every run of white space or control
 * characters becomes one space, and none is left at either end. */
static char *
dup_one_line (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text ? text : "", -1);
  g_autoptr(GString) line = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || g_unichar_iscntrl (c))
        {
          space = line->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (line, ' ');
      space = FALSE;
      g_string_append_unichar (line, c);
    }

  return g_string_free (g_steal_pointer (&line), FALSE);
}

/* Everything an error message quotes from outside (the server's own
 * words, a GIO message) goes through here: one short line, without the
 * API key even when a server echoes it back. */
static char *
sanitize_excerpt (const char *text,
                  const char *api_key)
{
  g_autoptr(GString) scrubbed = g_string_new (text);
  g_autofree char *line = NULL;

  if (api_key != NULL && *api_key != '\0')
    g_string_replace (scrubbed, api_key, "***", 0);

  line = dup_one_line (scrubbed->str);
  if (g_utf8_strlen (line, -1) > MAX_EXCERPT_CHARS)
    {
      g_autofree char *cut = g_utf8_substring (line, 0, MAX_EXCERPT_CHARS - 1);

      return g_strconcat (g_strchomp (cut), "…", NULL);
    }

  return g_steal_pointer (&line);
}

/* json-glib's accessors warn on a node of the wrong kind; an answer from
 * the network may be any shape, so it is read through these. */
static JsonObject *
node_get_object (JsonNode *node)
{
  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonArray *
node_get_array (JsonNode *node)
{
  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static const char *
node_get_string (JsonNode *node)
{
  return node != NULL && json_node_get_value_type (node) == G_TYPE_STRING
    ? json_node_get_string (node) : NULL;
}

static JsonNode *
object_get_member (JsonObject *object,
                   const char *name)
{
  return object != NULL ? json_object_get_member (object, name) : NULL;
}

static char *
dup_trimmed (const char *text)
{
  return g_strstrip (g_strdup (text ? text : ""));
}

static gboolean
has_control_chars (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (g_ascii_iscntrl (*p))
      return TRUE;

  return FALSE;
}

/* The chat-completions endpoint for what a person typed as the server's
 * address: "http://127.0.0.1:8080", the same with "/v1" (as hosted
 * services document it), or the whole endpoint. A bare "host:port" is
 * taken as plain HTTP, which is what local model servers speak. */
static GUri *
endpoint_for_base_url (const char  *base_url,
                       char       **host_out)
{
  g_autofree char *text = dup_trimmed (base_url);
  g_autofree char *path = NULL;
  g_autoptr(GUri) uri = NULL;
  const char *scheme;
  const char *host;
  gsize length;
  int port;

  if (strstr (text, "://") == NULL)
    {
      char *with_scheme = g_strconcat ("http://", text, NULL);

      g_free (text);
      text = with_scheme;
    }

  uri = g_uri_parse (text, SOUP_HTTP_URI_FLAGS, NULL);
  if (uri == NULL)
    return NULL;

  scheme = g_uri_get_scheme (uri);
  host = g_uri_get_host (uri);
  if ((g_ascii_strcasecmp (scheme, "http") != 0 && g_ascii_strcasecmp (scheme, "https") != 0) ||
      host == NULL || *host == '\0')
    return NULL;

  path = g_strdup (g_uri_get_path (uri));
  length = strlen (path);
  while (length > 0 && path[length - 1] == '/')
    path[--length] = '\0';

  if (!g_str_has_suffix (path, "/chat/completions"))
    {
      char *full = g_strconcat (path,
                                g_str_has_suffix (path, "/v1") ? "" : "/v1",
                                "/chat/completions",
                                NULL);

      g_free (path);
      path = full;
    }

  /* The port is only worth showing when it is not the usual one. */
  port = g_uri_get_port (uri);
  if (port == (g_ascii_strcasecmp (scheme, "https") == 0 ? 443 : 80))
    port = -1;
  if (strchr (host, ':') != NULL)
    *host_out = port > 0 ? g_strdup_printf ("[%s]:%d", host, port) : g_strdup_printf ("[%s]", host);
  else
    *host_out = port > 0 ? g_strdup_printf ("%s:%d", host, port) : g_strdup (host);

  return soup_uri_copy (uri,
                        SOUP_URI_PATH, path,
                        SOUP_URI_FRAGMENT, NULL,
                        SOUP_URI_NONE);
}

static char *
count_phrase (guint lower,
              guint upper,
              guint max_items)
{
  if (max_items > 0 && max_items < upper)
    upper = max_items;
  if (lower > upper)
    lower = upper;

  if (lower == upper)
    return g_strdup_printf ("exactly %u", upper);

  return g_strdup_printf ("between %u and %u", lower, upper);
}

static char *
build_system_prompt (NfeGenerateKind kind,
                     guint           max_items)
{
  g_autofree char *count = NULL;

  if (kind == NFE_GENERATE_QUESTIONS)
    {
      count = count_phrase (15, 20, max_items);
      return g_strconcat (questions_prompt_start, count, questions_prompt_end, NULL);
    }

  count = count_phrase (3, 5, max_items);
  return g_strconcat (bullets_prompt_start, count, bullets_prompt_end, NULL);
}

/* The headline and the body as numbered sentences, one a line, which is
 * what the model cites. Boilerplate (captions, "Scroll down for video")
 * is left out: nothing should be summarized from it. Fills @spans with
 * where each numbered sentence lies in the body. */
static char *
build_user_prompt (const NfeGenerateRequest *request,
                   GArray                   *spans)
{
  g_autoptr(GString) prompt = g_string_new (NULL);
  g_autoptr(GArray) sentences = nfe_sentences_split (request->body, strlen (request->body));
  g_autofree char *headline = dup_one_line (request->headline);

  if (*headline != '\0')
    g_string_append_printf (prompt, "Headline: %s\n\n", headline);
  g_string_append (prompt, "Article, one numbered sentence a line:\n");

  for (guint i = 0; sentences != NULL && i < sentences->len; i++)
    {
      const NfeSentence *sentence = &g_array_index (sentences, NfeSentence, i);
      g_autofree char *plain = NULL;
      g_autofree char *line = NULL;
      NfeSpan span = { sentence->start, sentence->end };

      if (sentence->flags & NFE_SENTENCE_BOILERPLATE)
        continue;

      plain = nfe_sentences_plain_text (request->body, sentence);
      line = dup_one_line (plain);
      if (*line == '\0')
        continue;

      g_array_append_val (spans, span);
      g_string_append_printf (prompt, "[%u] %s\n", spans->len, line);
    }

  if (request->avoid != NULL && request->avoid[0] != NULL)
    {
      g_string_append (prompt, "\nDo not repeat these, nor say the same again in other words:\n");
      for (guint i = 0; request->avoid[i] != NULL; i++)
        {
          g_autofree char *avoid = dup_one_line (request->avoid[i]);

          if (*avoid != '\0')
            g_string_append_printf (prompt, "- %s\n", avoid);
        }
    }

  return g_string_free (g_steal_pointer (&prompt), FALSE);
}

static GBytes *
build_payload (GenerateData *data)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *system_prompt = build_system_prompt (data->kind, data->request->max_items);
  g_autofree char *user_prompt = build_user_prompt (data->request, data->spans);
  JsonNode *response_format;
  char *json;
  gsize length;

  response_format = json_from_string (response_format_json, NULL);
  g_assert (response_format != NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "model");
  json_builder_add_string_value (builder, data->model);
  json_builder_set_member_name (builder, "messages");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "role");
  json_builder_add_string_value (builder, "system");
  json_builder_set_member_name (builder, "content");
  json_builder_add_string_value (builder, system_prompt);
  json_builder_end_object (builder);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "role");
  json_builder_add_string_value (builder, "user");
  json_builder_set_member_name (builder, "content");
  json_builder_add_string_value (builder, user_prompt);
  json_builder_end_object (builder);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "temperature");
  json_builder_add_double_value (builder, TEMPERATURE);
  json_builder_set_member_name (builder, "stream");
  json_builder_add_boolean_value (builder, FALSE);
  json_builder_set_member_name (builder, "response_format");
  json_builder_add_value (builder, response_format);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json = json_generator_to_data (generator, &length);

  return g_bytes_new_take (json, length);
}

static void
return_error (GTask      *task,
              int         code,
              const char *format,
              ...) G_GNUC_PRINTF (3, 4);

static void
return_error (GTask      *task,
              int         code,
              const char *format,
              ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (g_task_get_task_data (task) != NULL)
    stop_request (g_task_get_task_data (task));

  g_debug ("Generation failed: %s", message);
  g_task_return_new_error (task, NFE_GENERATOR_ERROR, code, "%s", message);
}

/* What an answer that is of no use looks like, in words. */
static void
return_bad_response (GTask      *task,
                     const char *why)
{
  GenerateData *data = g_task_get_task_data (task);

  return_error (task, NFE_GENERATOR_ERROR_BAD_RESPONSE,
                /* Translators: the first %s is a host name, the second says what is wrong */
                _("%s sent an answer that cannot be used: %s"), data->host, why);
}

/* A failure of the exchange itself: before an answer began, or, with
 * @got_headers, while its body was being read. */
static void
return_connection_error (GTask    *task,
                         GError   *error,
                         gboolean  got_headers)
{
  GenerateData *data = g_task_get_task_data (task);
  g_autofree char *detail = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      if (data->timed_out)
        return_error (task, NFE_GENERATOR_ERROR_TIMED_OUT,
                      g_dngettext (GETTEXT_PACKAGE,
                                   "%s did not answer within %u second; "
                                   "try again, or give it more time in Preferences",
                                   "%s did not answer within %u seconds; "
                                   "try again, or give it more time in Preferences",
                                   data->timeout),
                      data->host, data->timeout);
      else
        {
          stop_request (data);
          g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                                   "%s", _("Generation was cancelled"));
        }
      return;
    }

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    {
      return_error (task, NFE_GENERATOR_ERROR_TIMED_OUT,
                    _("%s stopped answering; try again, or give it more time in Preferences"),
                    data->host);
      return;
    }

  if (got_headers)
    {
      return_bad_response (task, _("it was cut off before its end"));
      return;
    }

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CONNECTION_REFUSED))
    return_error (task, NFE_GENERATOR_ERROR_UNREACHABLE,
                  _("Could not reach %s: connection refused. Is the model server running?"),
                  data->host);
  else if (error->domain == G_RESOLVER_ERROR)
    return_error (task, NFE_GENERATOR_ERROR_UNREACHABLE,
                  _("Could not reach %s: no computer has that name. "
                    "Check the address in Preferences"),
                  data->host);
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_HOST_UNREACHABLE) ||
           g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NETWORK_UNREACHABLE))
    return_error (task, NFE_GENERATOR_ERROR_UNREACHABLE,
                  _("Could not reach %s: there is no route to it. Check the network connection"),
                  data->host);
  else if (error->domain == G_TLS_ERROR)
    {
      detail = sanitize_excerpt (error->message, data->api_key);
      return_error (task, NFE_GENERATOR_ERROR_UNREACHABLE,
                    _("Could not reach %s: the secure connection failed (%s)"),
                    data->host, detail);
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT) ||
           g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CONNECTION_CLOSED) ||
           g_error_matches (error, G_IO_ERROR, G_IO_ERROR_BROKEN_PIPE))
    return_error (task, NFE_GENERATOR_ERROR_SERVER,
                  _("%s closed the connection without answering; "
                    "the model server may have stopped"),
                  data->host);
  else
    {
      detail = sanitize_excerpt (error->message, data->api_key);
      return_error (task, NFE_GENERATOR_ERROR_UNREACHABLE,
                    _("Could not reach %s: %s"), data->host, detail);
    }
}

/* The server's own explanation of an error, when it gives one the
 * OpenAI way ({"error": {"message": …}}) or one of the common variants
 * ({"error": "…"}, {"message": "…"}, {"detail": "…"}). */
static char *
dup_server_message (GenerateData *data)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  JsonObject *object;
  JsonNode *error;
  const char *message;

  if (data->body->len == 0 ||
      !json_parser_load_from_data (parser, (const char *) data->body->data, data->body->len, NULL))
    return NULL;

  object = node_get_object (json_parser_get_root (parser));
  error = object_get_member (object, "error");
  message = node_get_string (object_get_member (node_get_object (error), "message"));
  if (message == NULL)
    message = node_get_string (error);
  if (message == NULL)
    message = node_get_string (object_get_member (object, "message"));
  if (message == NULL)
    message = node_get_string (object_get_member (object, "detail"));

  if (message != NULL)
    {
      g_autofree char *excerpt = sanitize_excerpt (message, data->api_key);

      if (*excerpt != '\0')
        return g_steal_pointer (&excerpt);
    }

  return NULL;
}

/* Retry-After is either a number of seconds or an HTTP date. */
static gboolean
parse_retry_after (const char *value,
                   guint      *seconds)
{
  g_autofree char *text = dup_trimmed (value);
  g_autoptr(GDateTime) date = NULL;
  g_autoptr(GDateTime) now = NULL;
  guint64 number;

  if (value == NULL)
    return FALSE;

  if (g_ascii_string_to_unsigned (text, 10, 0, 7 * 24 * 3600, &number, NULL))
    {
      *seconds = MAX (number, 1);
      return TRUE;
    }

  date = soup_date_time_new_from_http_string (text);
  if (date == NULL)
    return FALSE;

  now = g_date_time_new_now_utc ();
  *seconds = CLAMP (g_date_time_difference (date, now) / G_TIME_SPAN_SECOND, 1, 7 * 24 * 3600);
  return TRUE;
}

static void
return_rate_limited (GTask *task)
{
  GenerateData *data = g_task_get_task_data (task);
  const char *retry_after;
  guint seconds;

  retry_after = soup_message_headers_get_one (soup_message_get_response_headers (data->message),
                                              "Retry-After");

  if (!parse_retry_after (retry_after, &seconds))
    return_error (task, NFE_GENERATOR_ERROR_RATE_LIMITED,
                  _("%s has had too many requests; wait a moment and try again"),
                  data->host);
  else if (seconds < 120)
    return_error (task, NFE_GENERATOR_ERROR_RATE_LIMITED,
                  g_dngettext (GETTEXT_PACKAGE,
                               "%s has had too many requests; try again in %u second",
                               "%s has had too many requests; try again in %u seconds",
                               seconds),
                  data->host, seconds);
  else
    return_error (task, NFE_GENERATOR_ERROR_RATE_LIMITED,
                  g_dngettext (GETTEXT_PACKAGE,
                               "%s has had too many requests; try again in %u minute",
                               "%s has had too many requests; try again in %u minutes",
                               (seconds + 59) / 60),
                  data->host, (seconds + 59) / 60);
}

static void
return_http_error (GTask *task)
{
  GenerateData *data = g_task_get_task_data (task);
  guint status = soup_message_get_status (data->message);
  g_autofree char *excerpt = dup_server_message (data);
  g_autofree char *model = sanitize_excerpt (data->model, data->api_key);

  if (status == SOUP_STATUS_UNAUTHORIZED || status == SOUP_STATUS_FORBIDDEN)
    {
      if (data->api_key == NULL)
        return_error (task, NFE_GENERATOR_ERROR_UNAUTHORIZED,
                      _("%s needs an API key; enter it in Preferences"), data->host);
      else
        return_error (task, NFE_GENERATOR_ERROR_UNAUTHORIZED,
                      _("%s rejected the API key; check it in Preferences"), data->host);
    }
  else if (status == SOUP_STATUS_NOT_FOUND)
    return_error (task, NFE_GENERATOR_ERROR_NO_SUCH_MODEL,
                  _("%s has no model “%s”; check the model name and the address in Preferences"),
                  data->host, model);
  /* Too Many Requests, which libsoup 3.2 has no name for. */
  else if (status == 429)
    return_rate_limited (task);
  else if (SOUP_STATUS_IS_SERVER_ERROR (status) && excerpt != NULL)
    return_error (task, NFE_GENERATOR_ERROR_SERVER,
                  _("%s failed with HTTP status %u: %s"), data->host, status, excerpt);
  else if (SOUP_STATUS_IS_SERVER_ERROR (status))
    return_error (task, NFE_GENERATOR_ERROR_SERVER,
                  _("%s failed with HTTP status %u (%s)"),
                  data->host, status, soup_status_get_phrase (status));
  /* Redirects are not followed: a POST would turn into a GET, and the
   * key would go wherever the server pointed. */
  else if (SOUP_STATUS_IS_REDIRECTION (status))
    return_error (task, NFE_GENERATOR_ERROR_FAILED,
                  _("%s sent the request elsewhere (HTTP status %u); "
                    "check the address in Preferences"),
                  data->host, status);
  else if (excerpt != NULL)
    return_error (task, NFE_GENERATOR_ERROR_FAILED,
                  _("%s refused the request with HTTP status %u: %s"),
                  data->host, status, excerpt);
  else
    return_error (task, NFE_GENERATOR_ERROR_FAILED,
                  _("%s refused the request with HTTP status %u (%s)"),
                  data->host, status, soup_status_get_phrase (status));
}

/* Models asked for JSON still like to wrap it in a Markdown code fence. */
static char *
strip_code_fence (const char *content)
{
  g_autofree char *text = dup_trimmed (content);
  const char *start = text;
  gsize length;

  if (!g_str_has_prefix (text, "```"))
    return g_steal_pointer (&text);

  start = strchr (text, '\n');
  if (start == NULL)
    return g_strdup ("");
  start++;

  length = strlen (start);
  while (length > 0 && g_ascii_isspace (start[length - 1]))
    length--;
  if (length >= 3 && strncmp (start + length - 3, "```", 3) == 0)
    length -= 3;

  return g_strstrip (g_strndup (start, length));
}

static void
add_source (NfeGeneratedItem *item,
            GArray           *spans,
            gint64            number)
{
  const NfeSpan *span;

  if (number < 1 || number > spans->len)
    return;

  span = &g_array_index (spans, NfeSpan, number - 1);
  for (guint i = 0; i < item->sources->len; i++)
    {
      const NfeSpan *other = &g_array_index (item->sources, NfeSpan, i);

      if (other->start == span->start && other->end == span->end)
        return;
    }

  nfe_generated_item_add_source (item, span->start, span->end);
}

static void
add_sources_from_json (NfeGeneratedItem *item,
                       GArray           *spans,
                       JsonNode         *node)
{
  JsonArray *array = node_get_array (node);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      GType type = json_node_get_value_type (element);
      guint64 number;

      /* Models do not always keep to "integer": take 2.0 and "2" too. */
      if (type == G_TYPE_INT64)
        add_source (item, spans, json_node_get_int (element));
      else if (type == G_TYPE_DOUBLE &&
               json_node_get_double (element) == (double) (gint64) json_node_get_double (element))
        add_source (item, spans, (gint64) json_node_get_double (element));
      else if (type == G_TYPE_STRING &&
               g_ascii_string_to_unsigned (json_node_get_string (element), 10, 1, G_MAXUINT,
                                           &number, NULL))
        add_source (item, spans, number);
    }
}

/* The cleaned text of an item, as it could be published: on one line,
 * without a bullet sign of its own and without citation marks like "[2]"
 * (which become sources instead). */
static char *
clean_item_text (const char       *text,
                 NfeGenerateKind   kind,
                 NfeGeneratedItem *item,
                 GArray           *spans)
{
  static const char citation_pattern[] = "\\s*\\[\\s*\\d+(?:\\s*,\\s*\\d+)*\\s*\\]";
  static GRegex *citation;
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *line = dup_one_line (text);
  g_autofree char *stripped = NULL;
  const char *start = line;

  if (g_once_init_enter (&citation))
    g_once_init_leave (&citation,
                       g_regex_new (citation_pattern, G_REGEX_OPTIMIZE, 0, NULL));

  if (kind == NFE_GENERATE_BULLETS)
    {
      static const char * const marks[] = { "- ", "* ", "• ", "– " };

      for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
        if (g_str_has_prefix (start, marks[i]))
          {
            start += strlen (marks[i]);
            break;
          }
    }

  g_regex_match (citation, start, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *found = g_match_info_fetch (match, 0);
      g_auto(GStrv) numbers = g_strsplit_set (found, " \t[],", -1);

      for (guint i = 0; numbers[i] != NULL; i++)
        {
          guint64 number;

          if (g_ascii_string_to_unsigned (numbers[i], 10, 1, G_MAXUINT, &number, NULL))
            add_source (item, spans, number);
        }
      g_match_info_next (match, NULL);
    }

  stripped = g_regex_replace_literal (citation, start, -1, 0, "", 0, NULL);
  return dup_trimmed (stripped ? stripped : start);
}

/* Whether @text is one the editor already has (or turned down), or one
 * this answer already offered. */
static gboolean
is_repeated (const NfeGenerateRequest *request,
             GPtrArray                *items,
             const char               *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);

  for (guint i = 0; request->avoid != NULL && request->avoid[i] != NULL; i++)
    {
      g_autofree char *trimmed = dup_trimmed (request->avoid[i]);
      g_autofree char *other = g_utf8_casefold (trimmed, -1);

      if (g_strcmp0 (folded, other) == 0)
        return TRUE;
    }

  for (guint i = 0; i < items->len; i++)
    {
      const NfeGeneratedItem *item = g_ptr_array_index (items, i);
      g_autofree char *other = g_utf8_casefold (item->text, -1);

      if (g_strcmp0 (folded, other) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
handle_answer (GTask *task)
{
  GenerateData *data = g_task_get_task_data (task);
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(JsonParser) content_parser = json_parser_new_immutable ();
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *content = NULL;
  JsonObject *root;
  JsonObject *choice;
  JsonObject *message;
  JsonArray *array;
  const char *text;

  if (data->body->len == 0)
    {
      return_bad_response (task, _("it is empty"));
      return;
    }

  if (!json_parser_load_from_data (parser, (const char *) data->body->data, data->body->len, NULL) ||
      json_parser_get_root (parser) == NULL)
    {
      return_bad_response (task, _("it is not valid JSON, or it is cut short"));
      return;
    }

  root = node_get_object (json_parser_get_root (parser));
  array = node_get_array (object_get_member (root, "choices"));
  if (array == NULL || json_array_get_length (array) == 0)
    {
      return_bad_response (task, _("it holds no reply from the model"));
      return;
    }

  choice = node_get_object (json_array_get_element (array, 0));
  message = node_get_object (object_get_member (choice, "message"));
  text = node_get_string (object_get_member (message, "content"));
  if (text == NULL)
    {
      return_bad_response (task, _("the model's reply has no text"));
      return;
    }

  content = strip_code_fence (text);
  if (!json_parser_load_from_data (content_parser, content, -1, NULL) ||
      json_parser_get_root (content_parser) == NULL)
    {
      /* A model that ran out of tokens stops in the middle of its JSON. */
      if (g_strcmp0 (node_get_string (object_get_member (choice, "finish_reason")), "length") == 0)
        return_bad_response (task, _("the model's reply was cut short; it ran out of tokens"));
      else
        return_bad_response (task, _("the model did not reply in JSON"));
      return;
    }

  root = node_get_object (json_parser_get_root (content_parser));
  array = node_get_array (object_get_member (root, "items"));
  if (array == NULL)
    {
      return_bad_response (task, _("the model's reply has no list of items"));
      return;
    }

  items = g_ptr_array_new_with_free_func ((GDestroyNotify) nfe_generated_item_free);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = node_get_object (json_array_get_element (array, i));
      g_autoptr(NfeGeneratedItem) item = NULL;

      text = node_get_string (object_get_member (object, "text"));
      if (text == NULL)
        {
          return_bad_response (task, _("an item in the model's reply has no text"));
          return;
        }

      if (data->request->max_items > 0 && items->len >= data->request->max_items)
        continue;

      item = nfe_generated_item_new (NULL);
      add_sources_from_json (item, data->spans, object_get_member (object, "sources"));
      item->text = clean_item_text (text, data->kind, item, data->spans);

      if (*item->text == '\0')
        continue;
      if (data->kind == NFE_GENERATE_QUESTIONS && !g_str_has_suffix (item->text, "?"))
        continue;
      if (is_repeated (data->request, items, item->text))
        continue;

      g_ptr_array_add (items, g_steal_pointer (&item));
    }

  if (items->len == 0)
    {
      if (data->kind == NFE_GENERATE_QUESTIONS)
        return_error (task, NFE_GENERATOR_ERROR_EMPTY,
                      _("%s offered no usable questions; try again"), data->host);
      else
        return_error (task, NFE_GENERATOR_ERROR_EMPTY,
                      _("%s offered no usable bullets; try again"), data->host);
      return;
    }

  g_debug ("%s offered %u items", data->host, items->len);
  stop_request (data);
  g_task_return_pointer (task, g_steal_pointer (&items), (GDestroyNotify) g_ptr_array_unref);
}

static void read_more (GTask *task);

static void
read_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GenerateData *data = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize size;

  bytes = g_input_stream_read_bytes_finish (G_INPUT_STREAM (object), result, &error);
  if (bytes == NULL)
    {
      return_connection_error (task, error, TRUE);
      return;
    }

  size = g_bytes_get_size (bytes);
  if (size == 0)
    {
      data->at_eof = TRUE;
      if (SOUP_STATUS_IS_SUCCESSFUL (soup_message_get_status (data->message)))
        handle_answer (task);
      else
        return_http_error (task);
      return;
    }

  if (data->body->len + size > MAX_RESPONSE_SIZE)
    {
      if (SOUP_STATUS_IS_SUCCESSFUL (soup_message_get_status (data->message)))
        return_bad_response (task, _("it is larger than 4 MiB"));
      else
        {
          /* The status says enough; an excerpt of this would not. */
          g_byte_array_set_size (data->body, 0);
          return_http_error (task);
        }
      return;
    }

  g_byte_array_append (data->body, g_bytes_get_data (bytes, NULL), size);
  read_more (g_steal_pointer (&task));
}

static void
read_more (GTask *task)
{
  GenerateData *data = g_task_get_task_data (task);

  g_input_stream_read_bytes_async (data->stream,
                                   READ_CHUNK_SIZE,
                                   G_PRIORITY_DEFAULT,
                                   data->cancellable,
                                   read_cb,
                                   task);
}

static void
send_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GenerateData *data = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  data->stream = soup_session_send_finish (SOUP_SESSION (object), result, &error);
  if (data->stream == NULL)
    {
      return_connection_error (task, error, FALSE);
      return;
    }

  g_debug ("%s answered with HTTP status %u", data->host, soup_message_get_status (data->message));
  read_more (g_steal_pointer (&task));
}

/* The session's own I/O timeout only notices a silent socket; a server
 * that trickles, or one stuck before its first byte, is stopped here. */
static gboolean
timeout_cb (gpointer user_data)
{
  GenerateData *data = user_data;

  data->timed_out = TRUE;
  g_clear_pointer (&data->timeout_source, g_source_unref);
  g_cancellable_cancel (data->cancellable);

  return G_SOURCE_REMOVE;
}

static void
caller_cancelled_cb (GCancellable *cancellable,
                     gpointer      user_data)
{
  g_cancellable_cancel (G_CANCELLABLE (user_data));
}

static void
nfe_http_generator_generate_async (NfeGenerator             *generator,
                                   NfeGenerateKind           kind,
                                   const NfeGenerateRequest *request,
                                   GCancellable             *cancellable,
                                   GAsyncReadyCallback       callback,
                                   gpointer                  user_data)
{
  NfeHttpGenerator *self = NFE_HTTP_GENERATOR (generator);
  g_autoptr(GTask) task = NULL;
  g_autoptr(GUri) endpoint = NULL;
  g_autoptr(GBytes) payload = NULL;
  g_autofree char *base_url = dup_trimmed (self->base_url);
  g_autofree char *model = dup_trimmed (self->model);
  g_autofree char *api_key = dup_trimmed (self->api_key);
  g_autofree char *host = NULL;
  SoupMessageHeaders *headers;
  GenerateData *data;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, nfe_http_generator_generate_async);

  if (g_task_return_error_if_cancelled (task))
    return;

  if (*base_url == '\0')
    {
      return_error (task, NFE_GENERATOR_ERROR_NOT_CONFIGURED,
                    _("No model server is set up; enter its address in Preferences"));
      return;
    }

  endpoint = endpoint_for_base_url (base_url, &host);
  if (endpoint == NULL)
    {
      return_error (task, NFE_GENERATOR_ERROR_NOT_CONFIGURED,
                    _("The model server address is not a web address; "
                      "enter one like http://127.0.0.1:8080 in Preferences"));
      return;
    }

  if (*model == '\0')
    {
      return_error (task, NFE_GENERATOR_ERROR_NOT_CONFIGURED,
                    _("No model is chosen for %s; enter its name in Preferences"), host);
      return;
    }

  if (has_control_chars (api_key))
    {
      return_error (task, NFE_GENERATOR_ERROR_NOT_CONFIGURED,
                    _("The API key for %s holds characters that cannot be sent; "
                      "paste it again in Preferences"),
                    host);
      return;
    }

  data = g_new0 (GenerateData, 1);
  data->kind = kind;
  data->request = nfe_generate_request_copy (request);
  data->spans = g_array_new (FALSE, FALSE, sizeof (NfeSpan));
  data->host = g_steal_pointer (&host);
  data->model = g_steal_pointer (&model);
  data->api_key = *api_key != '\0' ? g_steal_pointer (&api_key) : NULL;
  data->timeout = self->timeout;
  data->body = g_byte_array_new ();
  data->cancellable = g_cancellable_new ();
  g_task_set_task_data (task, data, (GDestroyNotify) generate_data_free);

  payload = build_payload (data);
  if (data->spans->len == 0)
    {
      if (kind == NFE_GENERATE_QUESTIONS)
        return_error (task, NFE_GENERATOR_ERROR_NO_TEXT,
                      _("The article has no text to ask questions about yet"));
      else
        return_error (task, NFE_GENERATOR_ERROR_NO_TEXT,
                      _("The article has no text to summarize yet"));
      return;
    }

  data->message = soup_message_new_from_uri (SOUP_METHOD_POST, endpoint);
  soup_message_add_flags (data->message, SOUP_MESSAGE_NO_REDIRECT);
  soup_message_set_request_body_from_bytes (data->message, "application/json", payload);
  headers = soup_message_get_request_headers (data->message);
  soup_message_headers_replace (headers, "Accept", "application/json");
  if (data->api_key != NULL)
    {
      g_autofree char *authorization = g_strconcat ("Bearer ", data->api_key, NULL);

      soup_message_headers_replace (headers, "Authorization", authorization);
    }

  if (cancellable != NULL)
    {
      data->caller_cancellable = g_object_ref (cancellable);
      data->cancelled_id = g_cancellable_connect (cancellable,
                                                  G_CALLBACK (caller_cancelled_cb),
                                                  g_object_ref (data->cancellable),
                                                  g_object_unref);
    }

  data->timeout_source = g_timeout_source_new (data->timeout * 1000);
  g_source_set_name (data->timeout_source, "[nfe] http generator timeout");
  g_source_set_callback (data->timeout_source, timeout_cb, data, NULL);
  g_source_attach (data->timeout_source, g_task_get_context (task));

  g_debug ("Asking %s (model %s) for %s from %u sentences",
           data->host, data->model,
           kind == NFE_GENERATE_QUESTIONS ? "questions" : "bullets",
           data->spans->len);

  soup_session_send_async (self->session,
                           data->message,
                           G_PRIORITY_DEFAULT,
                           data->cancellable,
                           send_cb,
                           g_steal_pointer (&task));
}

static GPtrArray *
nfe_http_generator_generate_finish (NfeGenerator  *generator,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, generator), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static char *
nfe_http_generator_dup_id (NfeGenerator *generator)
{
  NfeHttpGenerator *self = NFE_HTTP_GENERATOR (generator);
  g_autofree char *model = dup_trimmed (self->model);

  return g_strconcat ("openai:", model, NULL);
}

static void
generator_iface_init (NfeGeneratorInterface *iface)
{
  iface->dup_id = nfe_http_generator_dup_id;
  iface->generate_async = nfe_http_generator_generate_async;
  iface->generate_finish = nfe_http_generator_generate_finish;
}

static void
nfe_http_generator_constructed (GObject *object)
{
  NfeHttpGenerator *self = (NfeHttpGenerator *)object;

  G_OBJECT_CLASS (nfe_http_generator_parent_class)->constructed (object);

  /* The application passes its one session in; a command-line run or a
   * test that does not gets one of its own. */
  if (self->session == NULL)
    self->session = soup_session_new ();
}

static void
nfe_http_generator_dispose (GObject *object)
{
  NfeHttpGenerator *self = (NfeHttpGenerator *)object;

  g_clear_object (&self->session);

  G_OBJECT_CLASS (nfe_http_generator_parent_class)->dispose (object);
}

static void
nfe_http_generator_finalize (GObject *object)
{
  NfeHttpGenerator *self = (NfeHttpGenerator *)object;

  g_clear_pointer (&self->base_url, g_free);
  g_clear_pointer (&self->model, g_free);
  g_clear_pointer (&self->api_key, g_free);

  G_OBJECT_CLASS (nfe_http_generator_parent_class)->finalize (object);
}

static void
nfe_http_generator_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  NfeHttpGenerator *self = NFE_HTTP_GENERATOR (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    case PROP_BASE_URL:
      g_value_set_string (value, self->base_url);
      break;

    case PROP_MODEL:
      g_value_set_string (value, self->model);
      break;

    case PROP_API_KEY:
      g_value_set_string (value, self->api_key);
      break;

    case PROP_TIMEOUT:
      g_value_set_uint (value, self->timeout);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nfe_http_generator_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  NfeHttpGenerator *self = NFE_HTTP_GENERATOR (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;

    case PROP_BASE_URL:
      nfe_http_generator_set_base_url (self, g_value_get_string (value));
      break;

    case PROP_MODEL:
      nfe_http_generator_set_model (self, g_value_get_string (value));
      break;

    case PROP_API_KEY:
      nfe_http_generator_set_api_key (self, g_value_get_string (value));
      break;

    case PROP_TIMEOUT:
      nfe_http_generator_set_timeout (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nfe_http_generator_class_init (NfeHttpGeneratorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = nfe_http_generator_constructed;
  object_class->dispose = nfe_http_generator_dispose;
  object_class->finalize = nfe_http_generator_finalize;
  object_class->get_property = nfe_http_generator_get_property;
  object_class->set_property = nfe_http_generator_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         SOUP_TYPE_SESSION,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_BASE_URL] =
    g_param_spec_string ("base-url", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_MODEL] =
    g_param_spec_string ("model", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_API_KEY] =
    g_param_spec_string ("api-key", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TIMEOUT] =
    g_param_spec_uint ("timeout", NULL, NULL,
                       1, MAX_TIMEOUT_S, DEFAULT_TIMEOUT_S,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nfe_http_generator_init (NfeHttpGenerator *self)
{
  self->timeout = DEFAULT_TIMEOUT_S;
}

/**
 * nfe_http_generator_new:
 * @session: (nullable): the application's session
 * @base_url: (nullable): the server, such as "http://127.0.0.1:8080"
 * @model: (nullable): the model's name as the server knows it
 */
NfeHttpGenerator *
nfe_http_generator_new (SoupSession *session,
                        const char  *base_url,
                        const char  *model)
{
  g_return_val_if_fail (session == NULL || SOUP_IS_SESSION (session), NULL);

  return g_object_new (NFE_TYPE_HTTP_GENERATOR,
                       "session", session,
                       "base-url", base_url,
                       "model", model,
                       NULL);
}

SoupSession *
nfe_http_generator_get_session (NfeHttpGenerator *self)
{
  g_return_val_if_fail (NFE_IS_HTTP_GENERATOR (self), NULL);

  return self->session;
}

const char *
nfe_http_generator_get_base_url (NfeHttpGenerator *self)
{
  g_return_val_if_fail (NFE_IS_HTTP_GENERATOR (self), NULL);

  return self->base_url;
}

void
nfe_http_generator_set_base_url (NfeHttpGenerator *self,
                                 const char       *base_url)
{
  g_return_if_fail (NFE_IS_HTTP_GENERATOR (self));

  if (nfe_set_str (&self->base_url, base_url))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BASE_URL]);
}

const char *
nfe_http_generator_get_model (NfeHttpGenerator *self)
{
  g_return_val_if_fail (NFE_IS_HTTP_GENERATOR (self), NULL);

  return self->model;
}

void
nfe_http_generator_set_model (NfeHttpGenerator *self,
                              const char       *model)
{
  g_return_if_fail (NFE_IS_HTTP_GENERATOR (self));

  if (nfe_set_str (&self->model, model))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

const char *
nfe_http_generator_get_api_key (NfeHttpGenerator *self)
{
  g_return_val_if_fail (NFE_IS_HTTP_GENERATOR (self), NULL);

  return self->api_key;
}

void
nfe_http_generator_set_api_key (NfeHttpGenerator *self,
                                const char       *api_key)
{
  g_return_if_fail (NFE_IS_HTTP_GENERATOR (self));

  if (nfe_set_str (&self->api_key, api_key))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_API_KEY]);
}

guint
nfe_http_generator_get_timeout (NfeHttpGenerator *self)
{
  g_return_val_if_fail (NFE_IS_HTTP_GENERATOR (self), 0);

  return self->timeout;
}

/**
 * nfe_http_generator_set_timeout:
 * @timeout: seconds a request may take, from sending to the last byte
 */
void
nfe_http_generator_set_timeout (NfeHttpGenerator *self,
                                guint             timeout)
{
  g_return_if_fail (NFE_IS_HTTP_GENERATOR (self));
  g_return_if_fail (timeout > 0);

  if (self->timeout == timeout)
    return;

  self->timeout = timeout;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMEOUT]);
}
