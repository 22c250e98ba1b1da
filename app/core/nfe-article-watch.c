/* nfe-article-watch.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "nfe-article-watch.h"

/* Whatever shows a summary of a whole article (the preview's parts, the
 * statistics, the checklist) must follow every change to it: a field, the
 * status, the lists of bullets and questions, and each bullet or question
 * changed in place. This watches all of that in one place and says
 * "changed::fields" or "changed::items". */

struct _NfeArticleWatch
{
  GObject     parent_instance;

  NfeArticle *article;
  GPtrArray  *items;
};

G_DEFINE_FINAL_TYPE (NfeArticleWatch, nfe_article_watch, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
emit_items_changed (NfeArticleWatch *self)
{
  g_signal_emit (self, signals[CHANGED], g_quark_from_static_string ("items"));
}

static void
unwatch_items (NfeArticleWatch *self)
{
  for (guint i = 0; i < self->items->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->items, i), self);
  g_ptr_array_set_size (self->items, 0);
}

static void
watch_items (NfeArticleWatch *self)
{
  GListModel *lists[2];

  unwatch_items (self);
  if (self->article == NULL)
    return;

  lists[0] = nfe_article_get_bullets (self->article);
  lists[1] = nfe_article_get_questions (self->article);
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
      {
        GObject *item = g_list_model_get_item (lists[l], i);

        g_signal_connect_swapped (item, "notify", G_CALLBACK (emit_items_changed), self);
        g_ptr_array_add (self->items, item);
      }
}

static void
items_changed_cb (NfeArticleWatch *self)
{
  watch_items (self);
  emit_items_changed (self);
}

static void
article_notify_cb (NfeArticleWatch *self,
                   GParamSpec      *pspec)
{
  /* The lists themselves are the same objects for the article's life. */
  if (g_str_equal (pspec->name, "bullets") || g_str_equal (pspec->name, "questions"))
    return;

  g_signal_emit (self, signals[CHANGED], g_quark_from_static_string ("fields"));
}

static void
disconnect_article (NfeArticleWatch *self)
{
  if (self->article == NULL)
    return;

  unwatch_items (self);
  g_signal_handlers_disconnect_by_data (self->article, self);
  g_signal_handlers_disconnect_by_data (nfe_article_get_bullets (self->article), self);
  g_signal_handlers_disconnect_by_data (nfe_article_get_questions (self->article), self);
  g_clear_object (&self->article);
}

NfeArticleWatch *
nfe_article_watch_new (void)
{
  return g_object_new (NFE_TYPE_ARTICLE_WATCH, NULL);
}

NfeArticle *
nfe_article_watch_get_article (NfeArticleWatch *self)
{
  g_return_val_if_fail (NFE_IS_ARTICLE_WATCH (self), NULL);
  return self->article;
}

/**
 * nfe_article_watch_set_article:
 * @article: (nullable): the article to watch
 *
 * Watches @article from now on. Says nothing itself: whoever switches the
 * article updates for the new one.
 */
void
nfe_article_watch_set_article (NfeArticleWatch *self,
                               NfeArticle      *article)
{
  g_return_if_fail (NFE_IS_ARTICLE_WATCH (self));
  g_return_if_fail (!article || NFE_IS_ARTICLE (article));

  if (self->article == article)
    return;

  disconnect_article (self);
  if (article == NULL)
    return;

  self->article = g_object_ref (article);
  g_signal_connect_object (article, "notify", G_CALLBACK (article_notify_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (nfe_article_get_bullets (article), "items-changed",
                           G_CALLBACK (items_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (nfe_article_get_questions (article), "items-changed",
                           G_CALLBACK (items_changed_cb), self, G_CONNECT_SWAPPED);
  watch_items (self);
}

static void
nfe_article_watch_dispose (GObject *object)
{
  NfeArticleWatch *self = NFE_ARTICLE_WATCH (object);

  disconnect_article (self);

  G_OBJECT_CLASS (nfe_article_watch_parent_class)->dispose (object);
}

static void
nfe_article_watch_finalize (GObject *object)
{
  NfeArticleWatch *self = NFE_ARTICLE_WATCH (object);

  g_ptr_array_unref (self->items);

  G_OBJECT_CLASS (nfe_article_watch_parent_class)->finalize (object);
}

static void
nfe_article_watch_class_init (NfeArticleWatchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = nfe_article_watch_dispose;
  object_class->finalize = nfe_article_watch_finalize;

  /**
   * NfeArticleWatch::changed:
   *
   * Emitted, with the detail "fields", when a field or the status of the
   * article changed, and with "items" when its bullets or questions did.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
nfe_article_watch_init (NfeArticleWatch *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}
