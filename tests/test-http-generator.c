/* test-http-generator.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <libsoup/soup.h>
#include <string.h>

#include "nfe-http-generator.h"
#include "nfe-keyring.h"
#include "nfe-test-util.h"

/* The OpenAI-compatible generator against a chat-completions server of
 * the test's own on 127.0.0.1, which answers however a case tells it to:
 * well, with every error status a real server sends, with broken or
 * oddly shaped JSON, cut off, far too much, or not at all. Every failure
 * must end in one line naming the server that never shows the API key. */

#define API_KEY "sk-test-7f3a9c1e5b2d4f60a8e1"
#define MODEL   "llama3.1"

static const char headline[] = "Acme raises its forecast as cloud demand holds";

static const char article[] =
  "Acme Corp shares rose 3.5% on Tuesday after the company raised its forecast.\n"
  "\n"
  "Revenue grew to $4.2 billion in the third quarter. Analysts had expected $3.9 billion.\n"
  "\n"
  "The chief executive, Jane Doe, said demand for cloud services stayed strong.\n";

static const char * const sentences[] = {
  "Acme Corp shares rose 3.5% on Tuesday after the company raised its forecast.",
  "Revenue grew to $4.2 billion in the third quarter.",
  "Analysts had expected $3.9 billion.",
  "The chief executive, Jane Doe, said demand for cloud services stayed strong.",
};

typedef enum
{
  REPLY_CHAT,   /* 200, a chat completion whose message content is .body */
  REPLY_RAW,    /* .status with .body as it is */
  REPLY_HANG,   /* accept the request and never answer */
  REPLY_STALL,  /* 200 and the start of a body, then nothing more */
  REPLY_CUT,    /* promise a longer body than is sent, then hang up */
  REPLY_HUGE,   /* 200 and far more than any answer needs */
} ReplyKind;

typedef struct
{
  ReplyKind   kind;
  guint       status;
  const char *body;
  const char *finish_reason;
  const char *retry_after;
  const char *location;
} Reply;

typedef struct
{
  SoupServer  *server;
  SoupSession *session;
  char        *base_url;        /* "http://127.0.0.1:PORT" */
  char        *host;            /* "127.0.0.1:PORT" */
  Reply        reply;
  guint        n_requests;
  char        *method;
  char        *path;
  char        *authorization;
  JsonNode    *request;
  GPtrArray   *paused;
} Fixture;

static char *
chat_completion (const char *content,
                 const char *finish_reason)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, "chatcmpl-test");
  json_builder_set_member_name (builder, "object");
  json_builder_add_string_value (builder, "chat.completion");
  json_builder_set_member_name (builder, "model");
  json_builder_add_string_value (builder, MODEL);
  json_builder_set_member_name (builder, "choices");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "index");
  json_builder_add_int_value (builder, 0);
  json_builder_set_member_name (builder, "message");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "role");
  json_builder_add_string_value (builder, "assistant");
  json_builder_set_member_name (builder, "content");
  json_builder_add_string_value (builder, content);
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "finish_reason");
  json_builder_add_string_value (builder, finish_reason ? finish_reason : "stop");
  json_builder_end_object (builder);
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}

static void
server_cb (SoupServer        *server,
           SoupServerMessage *message,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  Fixture *fixture = user_data;
  const Reply *reply = &fixture->reply;
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (message);
  g_autoptr(GBytes) body = soup_message_body_flatten (soup_server_message_get_request_body (message));

  fixture->n_requests++;
  g_free (fixture->method);
  fixture->method = g_strdup (soup_server_message_get_method (message));
  g_free (fixture->path);
  fixture->path = g_strdup (path);
  g_free (fixture->authorization);
  fixture->authorization =
    g_strdup (soup_message_headers_get_one (soup_server_message_get_request_headers (message),
                                            "Authorization"));
  g_clear_pointer (&fixture->request, json_node_unref);
  fixture->request = json_from_string (g_bytes_get_data (body, NULL), NULL);

  if (reply->retry_after != NULL)
    soup_message_headers_replace (headers, "Retry-After", reply->retry_after);
  if (reply->location != NULL)
    soup_message_headers_replace (headers, "Location", reply->location);

  switch (reply->kind)
    {
    case REPLY_CHAT:
      {
        char *json = chat_completion (reply->body, reply->finish_reason);

        soup_server_message_set_status (message, 200, NULL);
        soup_server_message_set_response (message, "application/json", SOUP_MEMORY_TAKE,
                                          json, strlen (json));
      }
      break;

    case REPLY_RAW:
      soup_server_message_set_status (message, reply->status, NULL);
      soup_server_message_set_response (message, "application/json", SOUP_MEMORY_COPY,
                                        reply->body, strlen (reply->body));
      break;

    case REPLY_HANG:
      soup_server_message_pause (message);
      g_ptr_array_add (fixture->paused, g_object_ref (message));
      break;

    case REPLY_STALL:
      soup_server_message_set_status (message, 200, NULL);
      soup_message_headers_set_encoding (headers, SOUP_ENCODING_CHUNKED);
      soup_message_headers_set_content_type (headers, "application/json", NULL);
      soup_message_body_append (soup_server_message_get_response_body (message),
                                SOUP_MEMORY_STATIC, "{\"choices\": [", 13);
      g_ptr_array_add (fixture->paused, g_object_ref (message));
      break;

    case REPLY_CUT:
      {
        static const char head[] =
          "HTTP/1.1 200 OK\r\n"
          "Content-Type: application/json\r\n"
          "Content-Length: 4000\r\n"
          "\r\n"
          "{\"choices\": [{\"message\": {\"content\": \"{\\\"items\\\": [";
        g_autoptr(GIOStream) stream = soup_server_message_steal_connection (message);
        g_autoptr(GError) error = NULL;

        g_output_stream_write_all (g_io_stream_get_output_stream (stream),
                                   head, strlen (head), NULL, NULL, &error);
        g_assert_no_error (error);
        g_io_stream_close (stream, NULL, NULL);
      }
      break;

    case REPLY_HUGE:
      {
        SoupMessageBody *response = soup_server_message_get_response_body (message);
        char *json = chat_completion ("{\"items\": [{\"text\": \"Acme rose.\", \"sources\": [1]}]}",
                                      NULL);
        char *padding = g_malloc (64 * 1024);

        /* Valid JSON all along, only too much of it, sent without a
         * Content-Length to go by. */
        memset (padding, ' ', 64 * 1024);
        soup_server_message_set_status (message, 200, NULL);
        soup_message_headers_set_encoding (headers, SOUP_ENCODING_CHUNKED);
        soup_message_headers_set_content_type (headers, "application/json", NULL);
        soup_message_body_append (response, SOUP_MEMORY_TAKE, json, strlen (json));
        for (guint i = 0; i < 80; i++)
          soup_message_body_append (response, SOUP_MEMORY_COPY, padding, 64 * 1024);
        soup_message_body_complete (response);
        g_free (padding);
      }
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GProxyResolver) direct = g_simple_proxy_resolver_new (NULL, NULL);
  GSList *uris;
  GUri *uri;

  fixture->paused = g_ptr_array_new_with_free_func (g_object_unref);
  fixture->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (fixture->server, NULL, server_cb, fixture, NULL);
  soup_server_listen_local (fixture->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);

  uris = soup_server_get_uris (fixture->server);
  g_assert_nonnull (uris);
  uri = uris->data;
  g_assert_cmpstr (g_uri_get_host (uri), ==, "127.0.0.1");
  fixture->host = g_strdup_printf ("127.0.0.1:%d", g_uri_get_port (uri));
  fixture->base_url = g_strdup_printf ("http://%s", fixture->host);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  /* No proxy from the environment: nothing leaves 127.0.0.1. */
  fixture->session = soup_session_new_with_options ("proxy-resolver", direct, NULL);

  fixture->reply.kind = REPLY_CHAT;
  fixture->reply.body = "{\"items\": [{\"text\": \"Acme shares rose 3.5%.\", \"sources\": [1]}]}";
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  /* Answer what is still waiting, so that the server lets go of it. */
  for (guint i = 0; i < fixture->paused->len; i++)
    {
      SoupServerMessage *message = g_ptr_array_index (fixture->paused, i);

      soup_message_body_complete (soup_server_message_get_response_body (message));
      soup_server_message_unpause (message);
    }

  soup_server_disconnect (fixture->server);
  g_clear_object (&fixture->server);
  g_clear_object (&fixture->session);
  g_clear_pointer (&fixture->paused, g_ptr_array_unref);
  g_clear_pointer (&fixture->request, json_node_unref);
  g_clear_pointer (&fixture->base_url, g_free);
  g_clear_pointer (&fixture->host, g_free);
  g_clear_pointer (&fixture->method, g_free);
  g_clear_pointer (&fixture->path, g_free);
  g_clear_pointer (&fixture->authorization, g_free);

  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static NfeHttpGenerator *
make_generator (Fixture    *fixture,
                const char *base_url,
                const char *api_key)
{
  NfeHttpGenerator *generator = nfe_http_generator_new (fixture->session, base_url, MODEL);

  nfe_http_generator_set_api_key (generator, api_key);
  return generator;
}

static NfeGenerateRequest *
make_request (guint max_items)
{
  return nfe_generate_request_new (headline, article, max_items);
}

static void
result_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static GPtrArray *
generate (NfeHttpGenerator         *generator,
          NfeGenerateKind           kind,
          const NfeGenerateRequest *request,
          GCancellable             *cancellable,
          GError                  **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  nfe_generator_generate_async (NFE_GENERATOR (generator), kind, request, cancellable,
                                result_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return nfe_generator_generate_finish (NFE_GENERATOR (generator), result, error);
}

/* What every failure must look like to the editor who reads it. */
static void
assert_error_message (const GError *error,
                      const char   *host)
{
  g_assert_nonnull (error);
  g_assert_null (strchr (error->message, '\n'));
  g_assert_null (strchr (error->message, '\r'));
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  if (strstr (error->message, host) == NULL)
    g_error ("“%s” does not name %s", error->message, host);
  g_assert_null (strstr (error->message, API_KEY));
  g_assert_null (strstr (error->message, "sk-test"));
  g_assert_cmpuint (strlen (error->message), <, 400);
}

static const char *
object_string (JsonObject *object,
               const char *name)
{
  g_assert_true (json_object_has_member (object, name));
  return json_object_get_string_member (object, name);
}

static char *
span_text (const NfeGeneratedItem *item,
           guint                   index)
{
  const NfeSpan *span;

  g_assert_cmpuint (index, <, item->sources->len);
  span = &g_array_index (item->sources, NfeSpan, index);
  g_assert_cmpuint (span->start, <=, span->end);
  g_assert_cmpuint (span->end, <=, strlen (article));

  return g_strndup (article + span->start, span->end - span->start);
}

static void
test_bullets (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(NfeHttpGenerator) generator = make_generator (fixture, fixture->base_url, API_KEY);
  g_autoptr(NfeGenerateRequest) request = make_request (5);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *text = NULL;
  JsonObject *body, *format, *schema, *message;
  JsonArray *messages;
  const char *prompt;
  const NfeGeneratedItem *item;

  fixture->reply.body =
    "```json\n"
    "{\"items\": [\n"
    "  {\"text\": \"  Acme Corp shares rose 3.5% after it raised its forecast.\\n\", \"sources\": [1]},\n"
    "  {\"text\": \"Revenue was $4.2 billion, above the $3.9 billion expected.\", \"sources\": [2, 3, 99, 0, -1, 2]},\n"
    "  {\"text\": \"   \", \"sources\": [1]},\n"
    "  {\"text\": \"- Jane Doe said cloud demand stayed strong [4].\", \"sources\": []}\n"
    "]}\n"
    "```";

  items = generate (generator, NFE_GENERATE_BULLETS, request, NULL, &error);
  g_assert_no_error (error);

  /* What went out. */
  g_assert_cmpuint (fixture->n_requests, ==, 1);
  g_assert_cmpstr (fixture->method, ==, "POST");
  g_assert_cmpstr (fixture->path, ==, "/v1/chat/completions");
  g_assert_cmpstr (fixture->authorization, ==, "Bearer " API_KEY);
  g_assert_nonnull (fixture->request);
  body = json_node_get_object (fixture->request);
  g_assert_cmpstr (object_string (body, "model"), ==, MODEL);
  g_assert_false (json_object_get_boolean_member (body, "stream"));
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (body, "temperature"), 0.2, 1e-6);
  format = json_object_get_object_member (body, "response_format");
  g_assert_cmpstr (object_string (format, "type"), ==, "json_schema");
  format = json_object_get_object_member (format, "json_schema");
  g_assert_cmpstr (object_string (format, "name"), ==, "items");
  g_assert_true (json_object_get_boolean_member (format, "strict"));
  schema = json_object_get_object_member (format, "schema");
  g_assert_cmpstr (object_string (schema, "type"), ==, "object");
  g_assert_true (json_object_has_member (json_object_get_object_member (schema, "properties"),
                                         "items"));

  messages = json_object_get_array_member (body, "messages");
  g_assert_cmpuint (json_array_get_length (messages), ==, 2);
  message = json_array_get_object_element (messages, 0);
  g_assert_cmpstr (object_string (message, "role"), ==, "system");
  prompt = object_string (message, "content");
  g_assert_nonnull (strstr (prompt, "30 words"));
  g_assert_nonnull (strstr (prompt, "between 3 and 5"));
  message = json_array_get_object_element (messages, 1);
  g_assert_cmpstr (object_string (message, "role"), ==, "user");
  prompt = object_string (message, "content");
  g_assert_nonnull (strstr (prompt, headline));
  for (guint i = 0; i < G_N_ELEMENTS (sentences); i++)
    {
      g_autofree char *line = g_strdup_printf ("[%u] %s\n", i + 1, sentences[i]);

      if (strstr (prompt, line) == NULL)
        g_error ("The prompt lacks “%s”:\n%s", line, prompt);
    }
  g_assert_null (strstr (prompt, "[5]"));
  g_assert_null (strstr (prompt, "Do not repeat"));

  /* What came back: trimmed, blank ones dropped, sources as spans. */
  g_assert_cmpuint (items->len, ==, 3);

  item = g_ptr_array_index (items, 0);
  g_assert_cmpstr (item->text, ==, "Acme Corp shares rose 3.5% after it raised its forecast.");
  g_assert_cmpuint (item->sources->len, ==, 1);
  text = span_text (item, 0);
  g_assert_cmpstr (text, ==, sentences[0]);
  g_clear_pointer (&text, g_free);

  /* 99, 0 and -1 are no sentence of the article; 2 is there once. */
  item = g_ptr_array_index (items, 1);
  g_assert_cmpuint (item->sources->len, ==, 2);
  text = span_text (item, 0);
  g_assert_cmpstr (text, ==, sentences[1]);
  g_clear_pointer (&text, g_free);
  text = span_text (item, 1);
  g_assert_cmpstr (text, ==, sentences[2]);
  g_clear_pointer (&text, g_free);

  /* A citation mark in the text is a source, not something to publish. */
  item = g_ptr_array_index (items, 2);
  g_assert_cmpstr (item->text, ==, "Jane Doe said cloud demand stayed strong.");
  g_assert_cmpuint (item->sources->len, ==, 1);
  text = span_text (item, 0);
  g_assert_cmpstr (text, ==, sentences[3]);

  id = nfe_generator_dup_id (NFE_GENERATOR (generator));
  g_assert_cmpstr (id, ==, "openai:" MODEL);

  g_assert_finalize_object (g_steal_pointer (&generator));
}

static void
test_questions (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(NfeHttpGenerator) generator = make_generator (fixture, fixture->base_url, API_KEY);
  g_autoptr(NfeGenerateRequest) request = make_request (2);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *body;
  JsonArray *messages;
  const char *prompt;

  request->avoid = g_strdupv ((char *[]) { "What did Acme forecast?", NULL });
  fixture->reply.body =
    "{\"items\": ["
    "{\"text\": \"Acme Corp raised its forecast.\", \"sources\": [1]},"
    "{\"text\": \"what did Acme forecast?\", \"sources\": [1]},"
    "{\"text\": \"Why did Acme's revenue beat the $3.9 billion analysts expected?\", \"sources\": [2, 3]},"
    "{\"text\": \"How long can cloud demand carry Acme's growth?\", \"sources\": [4]},"
    "{\"text\": \"Will Acme Corp raise its forecast again?\", \"sources\": [1]}"
    "]}";

  items = generate (generator, NFE_GENERATE_QUESTIONS, request, NULL, &error);
  g_assert_no_error (error);

  body = json_node_get_object (fixture->request);
  messages = json_object_get_array_member (body, "messages");
  prompt = object_string (json_array_get_object_element (messages, 0), "content");
  g_assert_nonnull (strstr (prompt, "question mark"));
  g_assert_nonnull (strstr (prompt, "exactly 2"));
  prompt = object_string (json_array_get_object_element (messages, 1), "content");
  g_assert_nonnull (strstr (prompt, "Do not repeat"));
  g_assert_nonnull (strstr (prompt, "- What did Acme forecast?\n"));

  /* Not a question, then one the editor already has: both left out; and
   * no more than asked for. */
  g_assert_cmpuint (items->len, ==, 2);
  g_assert_cmpstr (((NfeGeneratedItem *) items->pdata[0])->text, ==,
                   "Why did Acme's revenue beat the $3.9 billion analysts expected?");
  g_assert_cmpstr (((NfeGeneratedItem *) items->pdata[1])->text, ==,
                   "How long can cloud demand carry Acme's growth?");
  g_assert_cmpuint (((NfeGeneratedItem *) items->pdata[0])->sources->len, ==, 2);

  g_assert_finalize_object (g_steal_pointer (&generator));
}

/* A hosted service documents its address with "/v1"; a local server is
 * given without. Either way the request lands on the same path, and
 * without a key no Authorization header goes out. */
static void
test_base_url (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *with_v1 = g_strconcat (fixture->base_url, "/v1", NULL);
  g_autofree char *with_slash = g_strconcat (fixture->base_url, "/v1/", NULL);
  g_autofree char *with_endpoint = g_strconcat (fixture->base_url, "/v1/chat/completions", NULL);
  g_autofree char *padded = g_strconcat ("  ", fixture->base_url, "/\n", NULL);
  const char *base_urls[] = { with_v1, with_slash, with_endpoint, padded, fixture->host };

  for (guint i = 0; i < G_N_ELEMENTS (base_urls); i++)
    {
      g_autoptr(NfeHttpGenerator) generator = make_generator (fixture, base_urls[i], NULL);
      g_autoptr(NfeGenerateRequest) request = make_request (5);
      g_autoptr(GPtrArray) items = NULL;
      g_autoptr(GError) error = NULL;

      items = generate (generator, NFE_GENERATE_BULLETS, request, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (items->len, ==, 1);
      g_assert_cmpuint (fixture->n_requests, ==, i + 1);
      g_assert_cmpstr (fixture->path, ==, "/v1/chat/completions");
      g_assert_null (fixture->authorization);

      g_assert_finalize_object (g_steal_pointer (&generator));
    }
}

static void
test_not_configured (Fixture       *fixture,
                     gconstpointer  data)
{
  const struct {
    const char *base_url;
    const char *model;
  } cases[] = {
    { NULL, MODEL },
    { "   ", MODEL },
    { "ftp://127.0.0.1/", MODEL },
    { fixture->base_url, NULL },
    { fixture->base_url, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(NfeHttpGenerator) generator = make_generator (fixture, cases[i].base_url, API_KEY);
      g_autoptr(NfeGenerateRequest) request = make_request (5);
      g_autoptr(GPtrArray) items = NULL;
      g_autoptr(GError) error = NULL;

      nfe_http_generator_set_model (generator, cases[i].model);
      items = generate (generator, NFE_GENERATE_BULLETS, request, NULL, &error);
      g_assert_error (error, NFE_GENERATOR_ERROR, NFE_GENERATOR_ERROR_NOT_CONFIGURED);
      g_assert_null (items);
      g_assert_null (strchr (error->message, '\n'));
      g_assert_null (strstr (error->message, API_KEY));
    }

  g_assert_cmpuint (fixture->n_requests, ==, 0);
}

static void
test_no_text (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(NfeHttpGenerator) generator = make_generator (fixture, fixture->base_url, API_KEY);
  g_autoptr(NfeGenerateRequest) request = nfe_generate_request_new (headline, "  \n\n ", 5);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;

  items = generate (generator, NFE_GENERATE_BULLETS, request, NULL, &error);
  g_assert_error (error, NFE_GENERATOR_ERROR, NFE_GENERATOR_ERROR_NO_TEXT);
  g_assert_cmpuint (fixture->n_requests, ==, 0);
}

typedef struct
{
  const char      *name;
  Reply            reply;
  NfeGenerateKind  kind;
  int              code;
  const char      *mentions;   /* (nullable): something else the message must say */
} ErrorCase;

#define LONG_MESSAGE \
  "llama_decode failed: the KV cache is full and the request cannot be scheduled now " \
  "llama_decode failed: the KV cache is full and the request cannot be scheduled now " \
  "llama_decode failed: the KV cache is full and the request cannot be scheduled now " \
  "llama_decode failed: the KV cache is full and the request cannot be scheduled now "

static const ErrorCase error_cases[] = {
  { "unauthorized",
    { REPLY_RAW, 401, "{\"error\": {\"message\": \"Incorrect API key provided: " API_KEY "\"}}" },
    NFE_GENERATE_BULLETS, NFE_GENERATOR_ERROR_UNAUTHORIZED, "rejected the API key" },
  { "forbidden",
    { REPLY_RAW, 403, "{\"error\": \"forbidden\"}" },
    NFE_GENERATE_BULLETS, NFE_GENERATOR_ERROR_UNAUTHORIZED, "Preferences" },
  { "no-such-model",
    { REPLY_RAW, 404, "{\"error\": {\"message\": \"model 'llama3.1' not found\"}}" },
    NFE_GENERATE_BULLETS, NFE_GENERATOR_ERROR_NO_SUCH_MODEL, "“" MODEL "”" },
  { "rate-limited",
    { REPLY_RAW, 429, "{\"error\": {\"message\": \"slow down\"}}", NULL, "30" },
    NFE_GENERATE_BULLETS, NFE_GENERATOR_ERROR_RATE_LIMITED, "30 seconds" },
  { "rate-limited-no-retry-after",
    { REPLY_RAW, 429, "" },
    NFE_GENERATE_BULLETS, NFE_GENERATOR_ERROR_RATE_LIMITED, NULL },
  { "server-500",
    { REPLY_RAW, 500, "{\"error\": {\"message\": \"CUDA error: out of memory\\n"
                      "  while serving key " API_KEY "\\u0007\"}}" },
    NFE_GENERATE_BULLETS, NFE_GENERATOR_ERROR_SERVER, "500: CUDA error: out of memory while serving" },
  { "server-500-long",
    { REPLY_RAW, 500, "{\"error\": {\"message\": \"" LONG_MESSAGE "\"}}" },
    NFE_GENERATE_BULLETS, NFE_GENERATOR_ERROR_SERVER, "…" },
  { "server-503",
    { REPLY_RAW, 503, "<html><body>Service Unavailable</body></html>" },
    NFE_GENERATE_BULLETS, NFE_GENERATOR_ERROR_SERVER, "503" },
  { "bad-request",
    { REPLY_RAW, 400, "{\"error\": {\"message\": \"response_format is not supported\"}}" },
    NFE_GENERATE_BULLETS, NFE_GENERATOR_ERROR_FAILED, "response_format is not supported" },
  { "redirect",
    { REPLY_RAW, 302, "", NULL, NULL, "http://127.0.0.1:9/elsewhere" },
    NFE_GENERATE_BULLETS, NFE_GENERATOR_ERROR_FAILED, "302" },
  { "malformed-json",
    { REPLY_RAW, 200, "{\"choices\": [{\"message\": {\"content\": \"x\"}" },
    NFE_GENERATE_BULLETS, NFE_GENERATOR_ERROR_BAD_RESPONSE, NULL },
  { "not-json",
    { REPLY_RAW, 200, "<html>Bad gateway</html>" },
    NFE_GENERATE_BULLETS, NFE_GENERATOR_ERROR_BAD_RESPONSE, NULL },
  { "empty-body",
    { REPLY_RAW, 200, "" },
    NFE_GENERATE_BULLETS, NFE_GENERATOR_ERROR_BAD_RESPONSE, NULL },
  { "cut-off",
    { REPLY_CUT },
    NFE_GENERATE_BULLETS, NFE_GENERATOR_ERROR_BAD_RESPONSE, "cut off" },
  { "too-large",
    { REPLY_HUGE },
    NFE_GENERATE_BULLETS, NFE_GENERATOR_ERROR_BAD_RESPONSE, "4 MiB" },
  { "shape/array",
    { REPLY_RAW, 200, "[1, 2, 3]" },
    NFE_GENERATE_BULLETS, NFE_GENERATOR_ERROR_BAD_RESPONSE, NULL },
  { "shape/no-choices",
    { REPLY_RAW, 200, "{\"object\": \"chat.completion\"}" },
    NFE_GENERATE_BULLETS, NFE_GENERATOR_ERROR_BAD_RESPONSE, NULL },
  { "shape/empty-choices",
    { REPLY_RAW, 200, "{\"choices\": []}" },
    NFE_GENERATE_BULLETS, NFE_GENERATOR_ERROR_BAD_RESPONSE, NULL },
  { "shape/choices-not-array",
    { REPLY_RAW, 200, "{\"choices\": {\"message\": {\"content\": \"{}\"}}}" },
    NFE_GENERATE_BULLETS, NFE_GENERATOR_ERROR_BAD_RESPONSE, NULL },
  { "shape/no-message",
    { REPLY_RAW, 200, "{\"choices\": [{\"index\": 0}]}" },
    NFE_GENERATE_BULLETS, NFE_GENERATOR_ERROR_BAD_RESPONSE, NULL },
  { "shape/null-content",
    { REPLY_RAW, 200, "{\"choices\": [{\"message\": {\"content\": null}}]}" },
    NFE_GENERATE_BULLETS, NFE_GENERATOR_ERROR_BAD_RESPONSE, NULL },
  { "content/not-json",
    { REPLY_CHAT, 200, "Here are the bullets you asked for:\n- Acme rose 3.5%." },
    NFE_GENERATE_BULLETS, NFE_GENERATOR_ERROR_BAD_RESPONSE, "JSON" },
  { "content/out-of-tokens",
    { REPLY_CHAT, 200, "{\"items\": [{\"text\": \"Acme shares rose", "length" },
    NFE_GENERATE_BULLETS, NFE_GENERATOR_ERROR_BAD_RESPONSE, "ran out of tokens" },
  { "content/no-items",
    { REPLY_CHAT, 200, "{\"bullets\": [{\"text\": \"Acme rose.\", \"sources\": [1]}]}" },
    NFE_GENERATE_BULLETS, NFE_GENERATOR_ERROR_BAD_RESPONSE, NULL },
  { "content/items-not-array",
    { REPLY_CHAT, 200, "{\"items\": {\"text\": \"Acme rose.\", \"sources\": [1]}}" },
    NFE_GENERATE_BULLETS, NFE_GENERATOR_ERROR_BAD_RESPONSE, NULL },
  { "content/item-without-text",
    { REPLY_CHAT, 200, "{\"items\": [{\"text\": \"Acme rose.\", \"sources\": [1]}, {\"sources\": [2]}]}" },
    NFE_GENERATE_BULLETS, NFE_GENERATOR_ERROR_BAD_RESPONSE, "no text" },
  { "content/item-text-not-string",
    { REPLY_CHAT, 200, "{\"items\": [{\"text\": 42, \"sources\": [2]}]}" },
    NFE_GENERATE_BULLETS, NFE_GENERATOR_ERROR_BAD_RESPONSE, NULL },
  { "content/item-not-object",
    { REPLY_CHAT, 200, "{\"items\": [\"Acme rose.\"]}" },
    NFE_GENERATE_BULLETS, NFE_GENERATOR_ERROR_BAD_RESPONSE, NULL },
  { "empty/no-items",
    { REPLY_CHAT, 200, "{\"items\": []}" },
    NFE_GENERATE_BULLETS, NFE_GENERATOR_ERROR_EMPTY, "no usable bullets" },
  { "empty/blank-items",
    { REPLY_CHAT, 200, "{\"items\": [{\"text\": \" \\n \", \"sources\": [1]}, {\"text\": \"\", \"sources\": []}]}" },
    NFE_GENERATE_BULLETS, NFE_GENERATOR_ERROR_EMPTY, NULL },
  { "empty/no-questions",
    { REPLY_CHAT, 200, "{\"items\": [{\"text\": \"Acme raised its forecast.\", \"sources\": [1]}]}" },
    NFE_GENERATE_QUESTIONS, NFE_GENERATOR_ERROR_EMPTY, "no usable questions" },
};

static void
test_error (Fixture       *fixture,
            gconstpointer  data)
{
  const ErrorCase *error_case = data;
  g_autoptr(NfeHttpGenerator) generator = make_generator (fixture, fixture->base_url, API_KEY);
  g_autoptr(NfeGenerateRequest) request = make_request (5);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;

  fixture->reply = error_case->reply;
  items = generate (generator, error_case->kind, request, NULL, &error);

  g_assert_null (items);
  g_assert_error (error, NFE_GENERATOR_ERROR, error_case->code);
  g_test_message ("%s", error->message);
  assert_error_message (error, fixture->host);
  if (error_case->mentions != NULL && strstr (error->message, error_case->mentions) == NULL)
    g_error ("“%s” does not mention “%s”", error->message, error_case->mentions);
  g_assert_cmpuint (fixture->n_requests, ==, 1);

  g_assert_finalize_object (g_steal_pointer (&generator));
}

/* A server that takes the request and then says nothing, before or in
 * the middle of its answer, is given up on after the generator's time
 * limit, not the session's. */
static void
test_timeout (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(NfeHttpGenerator) generator = make_generator (fixture, fixture->base_url, API_KEY);
  g_autoptr(NfeGenerateRequest) request = make_request (5);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  gint64 began;
  double elapsed;

  fixture->reply.kind = GPOINTER_TO_INT (data);
  nfe_http_generator_set_timeout (generator, 1);

  began = g_get_monotonic_time ();
  items = generate (generator, NFE_GENERATE_BULLETS, request, NULL, &error);
  elapsed = (g_get_monotonic_time () - began) / (double) G_USEC_PER_SEC;

  g_assert_null (items);
  g_assert_error (error, NFE_GENERATOR_ERROR, NFE_GENERATOR_ERROR_TIMED_OUT);
  assert_error_message (error, fixture->host);
  g_assert_cmpfloat (elapsed, >=, 0.9);
  g_assert_cmpfloat (elapsed, <, 5.0);
  g_assert_cmpuint (fixture->n_requests, ==, 1);

  g_assert_finalize_object (g_steal_pointer (&generator));
}

/* A port with nothing listening: bound once to learn a free number, then
 * let go. */
static guint
unused_port (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) address = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autoptr(GSocket) socket = NULL;
  guint port;

  socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, &error);
  g_assert_no_error (error);
  g_socket_bind (socket, address, FALSE, &error);
  g_assert_no_error (error);
  bound = g_socket_get_local_address (socket, &error);
  g_assert_no_error (error);
  port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
  g_socket_close (socket, &error);
  g_assert_no_error (error);

  return port;
}

static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  guint port = unused_port ();
  g_autofree char *host = g_strdup_printf ("127.0.0.1:%u", port);
  g_autofree char *base_url = g_strdup_printf ("http://%s", host);
  g_autoptr(NfeHttpGenerator) generator = make_generator (fixture, base_url, API_KEY);
  g_autoptr(NfeGenerateRequest) request = make_request (5);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;

  items = generate (generator, NFE_GENERATE_BULLETS, request, NULL, &error);

  g_assert_null (items);
  g_assert_error (error, NFE_GENERATOR_ERROR, NFE_GENERATOR_ERROR_UNREACHABLE);
  assert_error_message (error, host);
  g_assert_nonnull (strstr (error->message, "connection refused"));
  g_assert_nonnull (strstr (error->message, "Is the model server running?"));

  g_assert_finalize_object (g_steal_pointer (&generator));
}

static gboolean
got_request (gpointer data)
{
  return ((Fixture *) data)->n_requests > 0;
}

static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(NfeHttpGenerator) generator = make_generator (fixture, fixture->base_url, API_KEY);
  g_autoptr(NfeGenerateRequest) request = make_request (5);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  gint64 began;

  /* Cancelled while the server is thinking. */
  fixture->reply.kind = REPLY_HANG;
  began = g_get_monotonic_time ();
  nfe_generator_generate_async (NFE_GENERATOR (generator), NFE_GENERATE_BULLETS, request,
                                cancellable, result_cb, &result);
  nfe_test_wait_until (got_request, fixture, 5000);
  g_cancellable_cancel (cancellable);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  items = nfe_generator_generate_finish (NFE_GENERATOR (generator), result, &error);
  g_assert_null (items);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (g_get_monotonic_time () - began, <, 5 * G_USEC_PER_SEC);
  g_clear_error (&error);
  g_clear_object (&result);

  /* Cancelled before it began: nothing is sent. */
  items = generate (generator, NFE_GENERATE_BULLETS, request, cancellable, &error);
  g_assert_null (items);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (fixture->n_requests, ==, 1);

  g_assert_finalize_object (g_steal_pointer (&generator));
}

static void
count_cb (guint *count)
{
  (*count)++;
}

static void
test_properties (void)
{
  g_autoptr(NfeHttpGenerator) generator = nfe_http_generator_new (NULL, NULL, NULL);
  g_autofree char *id = NULL;
  guint notified = 0;

  g_assert_true (SOUP_IS_SESSION (nfe_http_generator_get_session (generator)));
  g_assert_cmpuint (nfe_http_generator_get_timeout (generator), ==, 60);

  g_signal_connect_swapped (generator, "notify::model", G_CALLBACK (count_cb), &notified);
  nfe_http_generator_set_model (generator, "qwen2.5");
  nfe_http_generator_set_model (generator, "qwen2.5");
  g_assert_cmpuint (notified, ==, 1);

  id = nfe_generator_dup_id (NFE_GENERATOR (generator));
  g_assert_cmpstr (id, ==, "openai:qwen2.5");

  g_assert_finalize_object (g_steal_pointer (&generator));
}

static void
keyring_result_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* Tests run without a session bus, so there is no keyring: that must be
 * an error in words, not a crash or a hang. */
static void
test_keyring_unavailable (void)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;

  if (g_getenv ("DBUS_SESSION_BUS_ADDRESS") != NULL)
    {
      g_test_skip ("Runs only without a session bus");
      return;
    }

  nfe_keyring_lookup_async ("http://127.0.0.1:8080", NULL, keyring_result_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  key = nfe_keyring_lookup_finish (result, &error);
  g_assert_null (key);
  g_assert_error (error, NFE_KEYRING_ERROR, NFE_KEYRING_ERROR_UNAVAILABLE);
  g_assert_true (g_str_has_prefix (error->message, "The keyring is locked or not available: "));
  g_assert_null (strchr (error->message, '\n'));
}

static void
add_test (const char    *path,
          gconstpointer  data,
          void         (*test) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, data, fixture_set_up, test, fixture_tear_down);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  add_test ("/nfe/http-generator/bullets", NULL, test_bullets);
  add_test ("/nfe/http-generator/questions", NULL, test_questions);
  add_test ("/nfe/http-generator/base-url", NULL, test_base_url);
  add_test ("/nfe/http-generator/not-configured", NULL, test_not_configured);
  add_test ("/nfe/http-generator/no-text", NULL, test_no_text);
  add_test ("/nfe/http-generator/cancel", NULL, test_cancel);
  add_test ("/nfe/http-generator/error/refused", NULL, test_refused);
  add_test ("/nfe/http-generator/error/timeout", GINT_TO_POINTER (REPLY_HANG), test_timeout);
  add_test ("/nfe/http-generator/error/timeout-in-body", GINT_TO_POINTER (REPLY_STALL),
            test_timeout);
  for (guint i = 0; i < G_N_ELEMENTS (error_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/nfe/http-generator/error/%s", error_cases[i].name);

      add_test (path, &error_cases[i], test_error);
    }
  g_test_add_func ("/nfe/http-generator/properties", test_properties);
  g_test_add_func ("/nfe/keyring/unavailable", test_keyring_unavailable);

  return g_test_run ();
}
