/* nfe-preview.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nfe-preview"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "nfe-article-watch.h"
#include "nfe-markdown.h"
#include "nfe-page.h"
#include "nfe-preview.h"
#include "nfe-rendering.h"

/* The article as readers will see it, live. The page is loaded once; after
 * that each edit re-renders the Markdown off the main thread and only the
 * body blocks that changed are replaced in the page, by the preview's own
 * script (resources/preview/preview.js), so the scroll position holds and
 * nothing flickers.
 *
 * The page shows untrusted text, so the view runs no script from the page,
 * loads nothing from the network (unless remote images are allowed), keeps
 * no data, grants no permission, never navigates away and never downloads:
 * links open in the user's browser. */

#define SCRIPT_RESOURCE "/org/nextfin/Editor/preview/preview.js"
#define MESSAGE_HANDLER "nfe"
#define SYNC_ECHO_USEC  (250 * G_TIME_SPAN_MILLISECOND)

struct _NfePreview
{
  AdwBin           parent_instance;

  NfeArticle      *article;
  GtkSourceView   *view;
  GtkTextBuffer   *buffer;
  GtkAdjustment   *vadjustment;
  GCancellable    *cancellable;
  NfeArticleWatch *watch;

  /* What the page shows now: the body blocks' HTML and first source lines,
   * and each part's HTML. */
  GPtrArray       *page_blocks;
  GArray          *page_lines;
  char            *page_parts[NFE_N_PAGE_PARTS];

  guint64          generation;
  guint64          rendering_generation;
  guint            render_source;
  guint            parts_source;
  guint            editor_sync_source;
  gint64           ignore_editor_scroll_until;

  GtkStack        *stack;
  WebKitWebView   *web_view;
  AdwStatusPage   *crashed_page;

  guint            rendering : 1;
  guint            loaded : 1;
  guint            own_load_pending : 1;
  guint            sync_scroll : 1;
  guint            remote_images : 1;
};

G_DEFINE_FINAL_TYPE (NfePreview, nfe_preview, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_SYNC_SCROLL,
  PROP_REMOTE_IMAGES,
  PROP_LOADED,
  N_PROPS
};

enum {
  UPDATED,
  LINK_CLICKED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

typedef struct
{
  char             *markdown;
  char             *lead_html;
  NfeMarkdownFlags  flags;
  guint64           generation;
} RenderJob;

typedef struct
{
  GPtrArray *blocks;
  guint64    generation;
} RenderResult;

static void render_now (NfePreview *self);

static void
render_job_free (RenderJob *job)
{
  g_free (job->markdown);
  g_free (job->lead_html);
  g_free (job);
}

static void
render_result_free (RenderResult *result)
{
  g_clear_pointer (&result->blocks, g_ptr_array_unref);
  g_free (result);
}

NfePreview *
nfe_preview_new (void)
{
  return g_object_new (NFE_TYPE_PREVIEW, NULL);
}

WebKitWebView *
nfe_preview_get_web_view (NfePreview *self)
{
  g_return_val_if_fail (NFE_IS_PREVIEW (self), NULL);
  return self->web_view;
}

/**
 * nfe_preview_get_generation:
 *
 * Returns: the number of the latest edit the preview was told of; the
 *   #NfePreview::updated signal says when the page shows it.
 */
guint64
nfe_preview_get_generation (NfePreview *self)
{
  g_return_val_if_fail (NFE_IS_PREVIEW (self), 0);
  return self->generation;
}

gboolean
nfe_preview_get_loaded (NfePreview *self)
{
  g_return_val_if_fail (NFE_IS_PREVIEW (self), FALSE);
  return self->loaded;
}

static NfeMarkdownFlags
markdown_flags (NfePreview *self)
{
  return self->remote_images ? NFE_MARKDOWN_REMOTE_IMAGES : NFE_MARKDOWN_DEFAULT;
}

static char *
dup_markdown (NfePreview *self)
{
  GtkTextIter start, end;

  if (self->buffer == NULL)
    return g_strdup (self->article ? nfe_article_get_body (self->article) : "");

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  return gtk_text_buffer_get_text (self->buffer, &start, &end, TRUE);
}

static void
set_page_blocks (NfePreview *self,
                 GPtrArray  *blocks)
{
  g_ptr_array_set_size (self->page_blocks, 0);
  g_array_set_size (self->page_lines, 0);

  for (guint i = 0; i < blocks->len; i++)
    {
      NfeMarkdownBlock *block = g_ptr_array_index (blocks, i);

      g_ptr_array_add (self->page_blocks, g_strdup (block->html));
      g_array_append_val (self->page_lines, block->first_line);
    }
}

static void
set_loaded (NfePreview *self,
            gboolean    loaded)
{
  if (self->loaded == loaded)
    return;

  self->loaded = loaded;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADED]);
}

/* Loads the whole page: when the article changes, and after a crash.
 * Everything else is a patch. */
static void
load_page (NfePreview *self)
{
  g_autoptr(GPtrArray) blocks = NULL;
  g_autofree char *markdown = NULL;
  g_autofree char *lead = NULL;
  g_autofree char *html = NULL;
  NfePageFlags flags = NFE_PAGE_PREVIEW;

  g_clear_handle_id (&self->render_source, g_source_remove);
  g_clear_handle_id (&self->parts_source, g_source_remove);
  set_loaded (self, FALSE);

  if (self->article == NULL)
    {
      g_ptr_array_set_size (self->page_blocks, 0);
      g_array_set_size (self->page_lines, 0);
      self->own_load_pending = TRUE;
      webkit_web_view_load_html (self->web_view, "", NULL);
      return;
    }

  markdown = dup_markdown (self);
  lead = nfe_page_dup_lead_html (self->article);
  blocks = nfe_markdown_render_blocks (markdown, strlen (markdown), lead, markdown_flags (self));
  set_page_blocks (self, blocks);
  for (guint i = 0; i < NFE_N_PAGE_PARTS; i++)
    {
      g_free (self->page_parts[i]);
      self->page_parts[i] = nfe_page_render_part (self->article, i);
    }

  if (self->remote_images)
    flags |= NFE_PAGE_REMOTE_IMAGES;
  if (adw_style_manager_get_dark (adw_style_manager_get_default ()))
    flags |= NFE_PAGE_DARK;

  html = nfe_page_render (self->article, blocks, flags);
  self->rendering_generation = self->generation;
  self->own_load_pending = TRUE;
  webkit_web_view_load_html (self->web_view, html, NULL);
  gtk_stack_set_visible_child (self->stack, GTK_WIDGET (self->web_view));
}

static void
call_page_function (NfePreview          *self,
                    const char          *body,
                    GVariant            *arguments,
                    GAsyncReadyCallback  callback,
                    gpointer             user_data)
{
  /* WebKit 2.50 leaks the floating reference it is given: take it here
   * and drop it ourselves. */
  g_autoptr(GVariant) owned = arguments ? g_variant_ref_sink (arguments) : NULL;

  webkit_web_view_call_async_javascript_function (self->web_view, body, -1, owned, NULL, NULL,
                                                  self->cancellable, callback, user_data);
}

static void
ignore_result_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(JSCValue) value = NULL;
  g_autoptr(GError) error = NULL;

  value = webkit_web_view_call_async_javascript_function_finish (WEBKIT_WEB_VIEW (object), result,
                                                                 &error);
  if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_debug ("Preview script failed: %s", error->message);
}

typedef struct
{
  NfePreview *self;
  guint64     generation;
} PatchData;

static void
patch_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  PatchData *data = user_data;
  g_autoptr(JSCValue) value = NULL;
  g_autoptr(GError) error = NULL;

  value = webkit_web_view_call_async_javascript_function_finish (WEBKIT_WEB_VIEW (object), result,
                                                                 &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_free (data);
      return;
    }

  if (error != NULL)
    {
      /* The page is not what we think it is: start it afresh. */
      g_debug ("Patching the preview failed: %s", error->message);
      load_page (data->self);
    }
  else
    g_signal_emit (data->self, signals[UPDATED], 0, data->generation);

  g_object_unref (data->self);
  g_free (data);
}

/* Replaces in the page only the blocks between the unchanged ones at the
 * start and at the end: typing in one paragraph re-sends one paragraph. */
static void
apply_blocks (NfePreview *self,
              GPtrArray  *blocks,
              guint64     generation)
{
  g_autoptr(GString) html = g_string_new (NULL);
  guint old_n = self->page_blocks->len;
  guint new_n = blocks->len;
  guint prefix = 0, suffix = 0;
  GVariantDict dict;
  PatchData *data;

  while (prefix < old_n && prefix < new_n &&
         g_str_equal (g_ptr_array_index (self->page_blocks, prefix),
                      ((NfeMarkdownBlock *) g_ptr_array_index (blocks, prefix))->html))
    prefix++;
  while (suffix < old_n - prefix && suffix < new_n - prefix &&
         g_str_equal (g_ptr_array_index (self->page_blocks, old_n - 1 - suffix),
                      ((NfeMarkdownBlock *) g_ptr_array_index (blocks, new_n - 1 - suffix))->html))
    suffix++;

  set_page_blocks (self, blocks);

  if (prefix == old_n && prefix == new_n)
    {
      /* Nothing the reader would see changed (say, a trailing space). */
      g_signal_emit (self, signals[UPDATED], 0, generation);
      return;
    }

  for (guint i = prefix; i < new_n - suffix; i++)
    {
      NfeMarkdownBlock *block = g_ptr_array_index (blocks, i);

      g_autofree char *wrapped = nfe_page_render_body_block (block->html, NFE_PAGE_PREVIEW);

      g_string_append (html, wrapped);
    }

  g_variant_dict_init (&dict, NULL);
  g_variant_dict_insert (&dict, "start", "i", (gint32) prefix);
  g_variant_dict_insert (&dict, "remove", "i", (gint32) (old_n - prefix - suffix));
  g_variant_dict_insert (&dict, "html", "s", html->str);

  data = g_new0 (PatchData, 1);
  data->self = g_object_ref (self);
  data->generation = generation;
  call_page_function (self, "return nfe.patch(start, remove, html);", g_variant_dict_end (&dict),
                      patch_done_cb, data);
}

static void
render_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  RenderJob *job = task_data;
  RenderResult *result = g_new0 (RenderResult, 1);

  result->generation = job->generation;
  result->blocks = nfe_markdown_render_blocks (job->markdown, strlen (job->markdown),
                                               job->lead_html, job->flags);
  g_task_return_pointer (task, result, (GDestroyNotify) render_result_free);
}

static void
render_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  NfePreview *self = NFE_PREVIEW (object);
  RenderResult *render;

  render = g_task_propagate_pointer (G_TASK (result), NULL);
  if (render == NULL)
    return;

  self->rendering = FALSE;

  /* Show what is ready, then catch up with what was typed meanwhile: the
   * newest text is rendered next, never a queue of old ones. */
  if (self->loaded && render->generation > self->rendering_generation)
    {
      self->rendering_generation = render->generation;
      apply_blocks (self, render->blocks, render->generation);
    }

  if (self->loaded && self->generation > self->rendering_generation)
    render_now (self);

  render_result_free (render);
}

static void
render_now (NfePreview *self)
{
  g_autoptr(GTask) task = NULL;
  RenderJob *job;

  if (self->rendering || self->article == NULL)
    return;

  job = g_new0 (RenderJob, 1);
  job->markdown = dup_markdown (self);
  job->lead_html = nfe_page_dup_lead_html (self->article);
  job->flags = markdown_flags (self);
  job->generation = self->generation;

  self->rendering = TRUE;
  task = g_task_new (self, self->cancellable, render_done_cb, NULL);
  g_task_set_source_tag (task, render_now);
  g_task_set_task_data (task, job, (GDestroyNotify) render_job_free);
  g_task_run_in_thread (task, render_thread);
}

static gboolean
render_idle_cb (gpointer data)
{
  NfePreview *self = data;

  self->render_source = 0;
  if (self->loaded)
    render_now (self);

  return G_SOURCE_REMOVE;
}

static void
schedule_render (NfePreview *self)
{
  self->generation++;

  /* All changes of one main-loop turn (a paste, an undo) are one render;
   * it starts before the next frame is drawn. */
  if (self->render_source == 0)
    self->render_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, render_idle_cb, self, NULL);
}

static void
buffer_changed_cb (NfePreview *self)
{
  schedule_render (self);
}

static gboolean
update_parts_cb (gpointer data)
{
  NfePreview *self = data;

  self->parts_source = 0;
  if (!self->loaded || self->article == NULL)
    return G_SOURCE_REMOVE;

  for (guint i = 0; i < NFE_N_PAGE_PARTS; i++)
    {
      g_autofree char *html = nfe_page_render_part (self->article, i);
      GVariantDict dict;

      if (g_strcmp0 (html, self->page_parts[i]) == 0)
        continue;

      g_variant_dict_init (&dict, NULL);
      g_variant_dict_insert (&dict, "id", "s", nfe_page_part_get_id (i));
      g_variant_dict_insert (&dict, "html", "s", html);
      call_page_function (self, "nfe.setPart(id, html);", g_variant_dict_end (&dict),
                          ignore_result_cb, NULL);

      g_free (self->page_parts[i]);
      self->page_parts[i] = g_steal_pointer (&html);
    }

  return G_SOURCE_REMOVE;
}

static void
schedule_parts_update (NfePreview *self)
{
  if (self->parts_source == 0)
    self->parts_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, update_parts_cb, self, NULL);
}

static void
article_notify_cb (NfePreview *self,
                   GParamSpec *pspec)
{
  /* The dateline opens the first paragraph: it is part of the body. */
  if (g_str_equal (pspec->name, "dateline"))
    schedule_render (self);
  else
    schedule_parts_update (self);
}

void
nfe_preview_set_article (NfePreview *self,
                         NfeArticle *article)
{
  g_return_if_fail (NFE_IS_PREVIEW (self));
  g_return_if_fail (!article || NFE_IS_ARTICLE (article));

  if (self->article == article)
    return;

  if (self->article != NULL)
    g_signal_handlers_disconnect_by_data (self->article, self);

  g_set_object (&self->article, article);
  nfe_article_watch_set_article (self->watch, article);

  if (article != NULL)
    {
      g_signal_connect_object (article, "notify::headline", G_CALLBACK (article_notify_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (article, "notify::byline", G_CALLBACK (article_notify_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (article, "notify::source", G_CALLBACK (article_notify_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (article, "notify::dateline", G_CALLBACK (article_notify_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (article, "notify::closing", G_CALLBACK (article_notify_cb), self,
                               G_CONNECT_SWAPPED);
    }

  load_page (self);
}

/* Maps a place in the page (block, fraction of it) to a source line. */
static int
line_for_position (NfePreview *self,
                   guint       block,
                   double      fraction)
{
  guint first, next;

  if (self->page_lines->len == 0)
    return 0;

  block = MIN (block, self->page_lines->len - 1);
  first = g_array_index (self->page_lines, guint, block);
  next = block + 1 < self->page_lines->len ? g_array_index (self->page_lines, guint, block + 1)
                                           : first + 1;

  return first + (int) (CLAMP (fraction, 0.0, 1.0) * (MAX (next, first + 1) - first));
}

static guint
block_for_line (NfePreview *self,
                guint       line,
                double     *fraction)
{
  guint low = 0, high = self->page_lines->len;
  guint first, next;

  *fraction = 0;
  if (high == 0)
    return 0;

  /* The last block that starts at or before @line. */
  while (high - low > 1)
    {
      guint mid = (low + high) / 2;

      if (g_array_index (self->page_lines, guint, mid) <= line)
        low = mid;
      else
        high = mid;
    }

  first = g_array_index (self->page_lines, guint, low);
  next = low + 1 < self->page_lines->len ? g_array_index (self->page_lines, guint, low + 1)
                                         : first + 1;
  if (line > first && next > first)
    *fraction = MIN (1.0, (double) (line - first) / (next - first));

  return low;
}

static gboolean
editor_sync_cb (gpointer data)
{
  NfePreview *self = data;
  GtkTextIter iter;
  GVariantDict dict;
  double fraction;
  guint block;

  self->editor_sync_source = 0;
  if (!self->loaded || self->view == NULL)
    return G_SOURCE_REMOVE;

  gtk_text_view_get_line_at_y (GTK_TEXT_VIEW (self->view), &iter,
                               (int) gtk_adjustment_get_value (self->vadjustment), NULL);
  block = block_for_line (self, gtk_text_iter_get_line (&iter), &fraction);

  g_variant_dict_init (&dict, NULL);
  g_variant_dict_insert (&dict, "block", "i", (gint32) block);
  g_variant_dict_insert (&dict, "fraction", "d", fraction);
  call_page_function (self, "nfe.scrollToBlock(block, fraction);", g_variant_dict_end (&dict),
                      ignore_result_cb, NULL);

  return G_SOURCE_REMOVE;
}

static void
editor_scrolled_cb (NfePreview *self)
{
  if (!self->sync_scroll || g_get_monotonic_time () < self->ignore_editor_scroll_until)
    return;

  if (self->editor_sync_source == 0)
    self->editor_sync_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, editor_sync_cb, self, NULL);
}

static void
scroll_editor_to (NfePreview *self,
                  int         line,
                  gboolean    place_cursor)
{
  GtkTextIter iter;

  if (self->buffer == NULL)
    return;

  gtk_text_buffer_get_iter_at_line (self->buffer, &iter, line);
  if (place_cursor)
    {
      gtk_text_buffer_place_cursor (self->buffer, &iter);
      gtk_text_view_scroll_to_mark (GTK_TEXT_VIEW (self->view),
                                    gtk_text_buffer_get_insert (self->buffer),
                                    0.1, FALSE, 0, 0);
      gtk_widget_grab_focus (GTK_WIDGET (self->view));
    }
  else
    {
      self->ignore_editor_scroll_until = g_get_monotonic_time () + SYNC_ECHO_USEC;
      gtk_text_view_scroll_to_iter (GTK_TEXT_VIEW (self->view), &iter, 0, TRUE, 0, 0);
    }
}

static void
script_message_cb (NfePreview *self,
                   JSCValue   *value)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *text = jsc_value_to_string (value);
  JsonObject *message;
  const char *type;
  int line;

  if (!json_parser_load_from_data (parser, text, -1, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return;

  message = json_node_get_object (json_parser_get_root (parser));
  type = json_object_get_string_member_with_default (message, "type", "");
  line = line_for_position (self,
                            json_object_get_int_member_with_default (message, "block", 0),
                            json_object_get_double_member_with_default (message, "fraction", 0));

  if (g_str_equal (type, "scroll") && self->sync_scroll)
    scroll_editor_to (self, line, FALSE);
  else if (g_str_equal (type, "click"))
    scroll_editor_to (self, line, TRUE);
}

void
nfe_preview_set_source_view (NfePreview    *self,
                             GtkSourceView *view)
{
  g_return_if_fail (NFE_IS_PREVIEW (self));
  g_return_if_fail (!view || GTK_SOURCE_IS_VIEW (view));

  if (self->buffer != NULL)
    g_signal_handlers_disconnect_by_data (self->buffer, self);
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_data (self->vadjustment, self);
  g_clear_object (&self->buffer);
  g_clear_object (&self->vadjustment);
  g_clear_object (&self->view);

  if (view == NULL)
    return;

  self->view = g_object_ref (view);
  self->buffer = g_object_ref (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)));
  self->vadjustment = g_object_ref (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view)));
  g_signal_connect_object (self->buffer, "changed", G_CALLBACK (buffer_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->vadjustment, "value-changed", G_CALLBACK (editor_scrolled_cb),
                           self, G_CONNECT_SWAPPED);
}

static void
open_uri_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (object), result, &error))
    g_debug ("Could not open a link: %s", error->message);
}

static void
nfe_preview_real_link_clicked (NfePreview *self,
                               const char *uri)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  gtk_show_uri_full (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME,
                     NULL, open_uri_cb, NULL);
}

static gboolean
decide_policy_cb (NfePreview               *self,
                  WebKitPolicyDecision     *decision,
                  WebKitPolicyDecisionType  type)
{
  WebKitNavigationAction *action;
  const char *uri;

  if (type == WEBKIT_POLICY_DECISION_TYPE_RESPONSE)
    {
      /* Nothing is ever saved to disk from the preview. */
      if (webkit_response_policy_decision_is_mime_type_supported (WEBKIT_RESPONSE_POLICY_DECISION (decision)))
        webkit_policy_decision_use (decision);
      else
        webkit_policy_decision_ignore (decision);
      return TRUE;
    }

  action = webkit_navigation_policy_decision_get_navigation_action (WEBKIT_NAVIGATION_POLICY_DECISION (decision));
  uri = webkit_uri_request_get_uri (webkit_navigation_action_get_request (action));

  if (type == WEBKIT_POLICY_DECISION_TYPE_NAVIGATION_ACTION && self->own_load_pending &&
      webkit_navigation_action_get_navigation_type (action) == WEBKIT_NAVIGATION_TYPE_OTHER &&
      g_str_equal (uri, "about:blank"))
    {
      self->own_load_pending = FALSE;
      webkit_policy_decision_use (decision);
      return TRUE;
    }

  /* A link in the page, even one asking for a new window, opens in the
   * browser if it goes to the web or to mail; the preview stays put. */
  if (webkit_navigation_action_get_navigation_type (action) == WEBKIT_NAVIGATION_TYPE_LINK_CLICKED)
    {
      g_autofree char *safe = nfe_markdown_safe_url (uri, strlen (uri));

      if (safe != NULL && !g_str_has_prefix (uri, "about:"))
        g_signal_emit (self, signals[LINK_CLICKED], 0, uri);
    }

  webkit_policy_decision_ignore (decision);
  return TRUE;
}

static gboolean
permission_request_cb (NfePreview              *self,
                       WebKitPermissionRequest *request)
{
  webkit_permission_request_deny (request);
  return TRUE;
}

static GtkWidget *
create_cb (NfePreview             *self,
           WebKitNavigationAction *action)
{
  return NULL;
}

static void
download_started_cb (WebKitNetworkSession *session,
                     WebKitDownload       *download)
{
  webkit_download_cancel (download);
}

static void
load_changed_cb (NfePreview      *self,
                 WebKitLoadEvent  event)
{
  if (event != WEBKIT_LOAD_FINISHED)
    return;

  set_loaded (self, TRUE);
  g_signal_emit (self, signals[UPDATED], 0, self->rendering_generation);

  /* Edits made while the page was loading. */
  if (self->generation > self->rendering_generation)
    render_now (self);
  schedule_parts_update (self);
}

static void
web_process_terminated_cb (NfePreview                       *self,
                           WebKitWebProcessTerminationReason reason)
{
  g_debug ("The preview's web process ended (reason %d)", reason);

  /* The article lives in the editor, not in the page: nothing is lost. */
  self->rendering = FALSE;
  set_loaded (self, FALSE);
  gtk_stack_set_visible_child (self->stack, GTK_WIDGET (self->crashed_page));
}

static void
reload_clicked_cb (NfePreview *self)
{
  load_page (self);
}

static void
dark_changed_cb (NfePreview *self)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  if (self->loaded)
    call_page_function (self, "nfe.setTheme(dark);",
                        g_variant_new_parsed ("{'dark': <%b>}", dark),
                        ignore_result_cb, NULL);
}

/* Markdown source text as it reads on the page: no emphasis or code
 * marks, links as their text, white space collapsed. */
static char *
page_text_of (const char *markdown)
{
  static GRegex *link, *marks, *space;
  g_autofree char *unlinked = NULL;
  g_autofree char *unmarked = NULL;

  if (g_once_init_enter (&link))
    {
      marks = g_regex_new ("[*_`~]+", G_REGEX_OPTIMIZE, 0, NULL);
      space = g_regex_new ("\\s+", G_REGEX_OPTIMIZE, 0, NULL);
      g_once_init_leave (&link, g_regex_new ("!?\\[([^\\]]*)\\]\\([^)]*\\)", G_REGEX_OPTIMIZE, 0, NULL));
    }

  unlinked = g_regex_replace (link, markdown, -1, 0, "\\1", 0, NULL);
  unmarked = g_regex_replace_literal (marks, unlinked, -1, 0, "", 0, NULL);
  return g_strstrip (g_regex_replace_literal (space, unmarked, -1, 0, " ", 0, NULL));
}

/**
 * nfe_preview_highlight:
 * @texts: (nullable): Markdown source texts to mark in the page
 *
 * Marks where the texts stand in the page, and scrolls to the first;
 * %NULL clears the marks.
 */
void
nfe_preview_highlight (NfePreview  *self,
                       const char **texts)
{
  g_autoptr(GPtrArray) page_texts = g_ptr_array_new_with_free_func (g_free);

  g_return_if_fail (NFE_IS_PREVIEW (self));

  if (!self->loaded)
    return;

  for (guint i = 0; texts != NULL && texts[i] != NULL; i++)
    g_ptr_array_add (page_texts, page_text_of (texts[i]));
  g_ptr_array_add (page_texts, NULL);

  call_page_function (self, "nfe.highlight(texts);",
                      g_variant_new_parsed ("{'texts': <%^as>}", page_texts->pdata),
                      ignore_result_cb, NULL);
}

static WebKitWebView *
create_web_view (NfePreview *self)
{
  g_autoptr(WebKitNetworkSession) session = webkit_network_session_new_ephemeral ();
  g_autoptr(WebKitUserContentManager) content = webkit_user_content_manager_new ();
  g_autoptr(WebKitUserScript) script = NULL;
  g_autoptr(WebKitSettings) settings = NULL;
  g_autoptr(GBytes) source = NULL;
  WebKitWebView *view;

  source = g_resources_lookup_data (SCRIPT_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_assert (source != NULL);
  script = webkit_user_script_new (g_bytes_get_data (source, NULL),
                                   WEBKIT_USER_CONTENT_INJECT_TOP_FRAME,
                                   WEBKIT_USER_SCRIPT_INJECT_AT_DOCUMENT_END,
                                   NULL, NULL);
  webkit_user_content_manager_add_script (content, script);
  webkit_user_content_manager_register_script_message_handler (content, MESSAGE_HANDLER, NULL);
  g_signal_connect_object (content, "script-message-received::" MESSAGE_HANDLER,
                           G_CALLBACK (script_message_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect (session, "download-started", G_CALLBACK (download_started_cb), NULL);

  settings = webkit_settings_new_with_settings ("enable-javascript-markup", FALSE,
                                                "enable-developer-extras", FALSE,
                                                "enable-html5-local-storage", FALSE,
                                                "enable-html5-database", FALSE,
                                                "enable-page-cache", FALSE,
                                                "enable-webaudio", FALSE,
                                                "enable-webgl", FALSE,
                                                "enable-media", FALSE,
                                                "enable-media-stream", FALSE,
                                                "enable-webrtc", FALSE,
                                                "enable-fullscreen", FALSE,
                                                "enable-back-forward-navigation-gestures", FALSE,
                                                "javascript-can-open-windows-automatically", FALSE,
                                                "javascript-can-access-clipboard", FALSE,
                                                "allow-modal-dialogs", FALSE,
                                                "allow-file-access-from-file-urls", FALSE,
                                                "allow-universal-access-from-file-urls", FALSE,
                                                "allow-top-navigation-to-data-urls", FALSE,
                                                "media-playback-requires-user-gesture", TRUE,
                                                NULL);
  if (nfe_rendering_is_software ())
    webkit_settings_set_hardware_acceleration_policy (settings,
                                                      WEBKIT_HARDWARE_ACCELERATION_POLICY_NEVER);

  view = g_object_new (WEBKIT_TYPE_WEB_VIEW,
                       "network-session", session,
                       "user-content-manager", content,
                       "settings", settings,
                       "hexpand", TRUE,
                       "vexpand", TRUE,
                       NULL);

  g_signal_connect_object (view, "decide-policy", G_CALLBACK (decide_policy_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (view, "permission-request", G_CALLBACK (permission_request_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (view, "create", G_CALLBACK (create_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (view, "load-changed", G_CALLBACK (load_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (view, "web-process-terminated", G_CALLBACK (web_process_terminated_cb),
                           self, G_CONNECT_SWAPPED);

  return view;
}

static void
nfe_preview_dispose (GObject *object)
{
  NfePreview *self = (NfePreview *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->render_source, g_source_remove);
  g_clear_handle_id (&self->parts_source, g_source_remove);
  g_clear_handle_id (&self->editor_sync_source, g_source_remove);
  nfe_preview_set_source_view (self, NULL);
  nfe_preview_set_article (self, NULL);

  G_OBJECT_CLASS (nfe_preview_parent_class)->dispose (object);
}

static void
nfe_preview_finalize (GObject *object)
{
  NfePreview *self = (NfePreview *)object;

  g_clear_object (&self->cancellable);
  g_clear_object (&self->watch);
  g_clear_pointer (&self->page_blocks, g_ptr_array_unref);
  g_clear_pointer (&self->page_lines, g_array_unref);
  for (guint i = 0; i < NFE_N_PAGE_PARTS; i++)
    g_clear_pointer (&self->page_parts[i], g_free);

  G_OBJECT_CLASS (nfe_preview_parent_class)->finalize (object);
}

static void
nfe_preview_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  NfePreview *self = NFE_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_SYNC_SCROLL:
      g_value_set_boolean (value, self->sync_scroll);
      break;

    case PROP_REMOTE_IMAGES:
      g_value_set_boolean (value, self->remote_images);
      break;

    case PROP_LOADED:
      g_value_set_boolean (value, self->loaded);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nfe_preview_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  NfePreview *self = NFE_PREVIEW (object);
  gboolean enabled = g_value_get_boolean (value);

  switch (prop_id)
    {
    case PROP_SYNC_SCROLL:
      if (self->sync_scroll != enabled)
        {
          self->sync_scroll = enabled;
          g_object_notify_by_pspec (object, pspec);
          if (enabled)
            editor_scrolled_cb (self);
        }
      break;

    case PROP_REMOTE_IMAGES:
      if (self->remote_images != enabled)
        {
          self->remote_images = enabled;
          g_object_notify_by_pspec (object, pspec);
          /* The page's security policy changes: that takes a new page. */
          load_page (self);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nfe_preview_class_init (NfePreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = nfe_preview_dispose;
  object_class->finalize = nfe_preview_finalize;
  object_class->get_property = nfe_preview_get_property;
  object_class->set_property = nfe_preview_set_property;

  properties[PROP_SYNC_SCROLL] =
    g_param_spec_boolean ("sync-scroll", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_REMOTE_IMAGES] =
    g_param_spec_boolean ("remote-images", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LOADED] =
    g_param_spec_boolean ("loaded", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * NfePreview::updated:
   * @generation: the edit the page now shows (see nfe_preview_get_generation())
   *
   * Emitted when the page shows the text as of an edit.
   */
  signals[UPDATED] =
    g_signal_new ("updated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT64);

  /**
   * NfePreview::link-clicked:
   * @uri: the link's target
   *
   * Emitted when a person clicks a web or mail link in the page; by
   * default it opens in their browser or mail program.
   */
  signals[LINK_CLICKED] =
    g_signal_new_class_handler ("link-clicked",
                                G_TYPE_FROM_CLASS (klass),
                                G_SIGNAL_RUN_LAST,
                                G_CALLBACK (nfe_preview_real_link_clicked),
                                NULL, NULL, NULL,
                                G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "preview");
}

static void
nfe_preview_init (NfePreview *self)
{
  GtkWidget *reload;

  self->cancellable = g_cancellable_new ();
  /* Bullets and questions show in the page, so a change to any of them
   * (or to their lists) updates it. */
  self->watch = nfe_article_watch_new ();
  g_signal_connect_object (self->watch, "changed::items", G_CALLBACK (schedule_parts_update),
                           self, G_CONNECT_SWAPPED);
  self->page_blocks = g_ptr_array_new_with_free_func (g_free);
  self->page_lines = g_array_new (FALSE, FALSE, sizeof (guint));
  self->sync_scroll = TRUE;

  self->stack = GTK_STACK (gtk_stack_new ());
  self->web_view = create_web_view (self);
  gtk_stack_add_child (self->stack, GTK_WIDGET (self->web_view));

  reload = gtk_button_new_with_mnemonic (_("_Reload Preview"));
  gtk_widget_set_halign (reload, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (reload, "pill");
  g_signal_connect_object (reload, "clicked", G_CALLBACK (reload_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  self->crashed_page = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_status_page_set_icon_name (self->crashed_page, "dialog-warning-symbolic");
  adw_status_page_set_title (self->crashed_page, _("The Preview Stopped"));
  adw_status_page_set_description (self->crashed_page,
                                   _("The page could not be shown. Your text is safe in the editor."));
  adw_status_page_set_child (self->crashed_page, reload);
  gtk_stack_add_child (self->stack, GTK_WIDGET (self->crashed_page));

  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->stack));

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (dark_changed_cb), self, G_CONNECT_SWAPPED);
}
