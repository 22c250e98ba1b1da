/* nfe-article.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "nfe-article.h"
#include "nfe-enum-types.h"
#include "nfe-store-private.h"
#include "nfe-util.h"

/* An article of a project. The project list holds every article with only
 * its headline, status and timestamps read, so a project of thousands of
 * articles opens at once; the rest ("loaded") is read when the article is
 * opened for editing. */
struct _NfeArticle
{
  GObject           parent_instance;

  gint64            id;
  char             *uuid;
  char             *fields[NFE_N_ARTICLE_FIELDS];
  NfeArticleStatus  status;
  gint64            created;
  gint64            updated;
  GListStore       *bullets;
  GListStore       *questions;
  guint             loaded : 1;
  guint             quiet : 1;
};

G_DEFINE_FINAL_TYPE (NfeArticle, nfe_article, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_HEADLINE,
  PROP_BYLINE,
  PROP_SOURCE,
  PROP_DATELINE,
  PROP_BODY,
  PROP_CLOSING,
  PROP_ID,
  PROP_UUID,
  PROP_STATUS,
  PROP_CREATED,
  PROP_UPDATED,
  PROP_LOADED,
  PROP_BULLETS,
  PROP_QUESTIONS,
  N_PROPS
};

#define FIELD_PROP(field) ((field) + PROP_HEADLINE)

enum {
  EDITED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
nfe_article_dispose (GObject *object)
{
  NfeArticle *self = (NfeArticle *)object;

  g_clear_object (&self->bullets);
  g_clear_object (&self->questions);

  G_OBJECT_CLASS (nfe_article_parent_class)->dispose (object);
}

static void
nfe_article_finalize (GObject *object)
{
  NfeArticle *self = (NfeArticle *)object;

  g_clear_pointer (&self->uuid, g_free);
  for (guint i = 0; i < NFE_N_ARTICLE_FIELDS; i++)
    g_clear_pointer (&self->fields[i], g_free);

  G_OBJECT_CLASS (nfe_article_parent_class)->finalize (object);
}

static void
nfe_article_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  NfeArticle *self = NFE_ARTICLE (object);

  switch (prop_id)
    {
    case PROP_HEADLINE:
    case PROP_BYLINE:
    case PROP_SOURCE:
    case PROP_DATELINE:
    case PROP_BODY:
    case PROP_CLOSING:
      g_value_set_string (value, self->fields[prop_id - PROP_HEADLINE]);
      break;

    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_CREATED:
      g_value_set_int64 (value, self->created);
      break;

    case PROP_UPDATED:
      g_value_set_int64 (value, self->updated);
      break;

    case PROP_LOADED:
      g_value_set_boolean (value, self->loaded);
      break;

    case PROP_BULLETS:
      g_value_set_object (value, self->bullets);
      break;

    case PROP_QUESTIONS:
      g_value_set_object (value, self->questions);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nfe_article_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  NfeArticle *self = NFE_ARTICLE (object);

  switch (prop_id)
    {
    case PROP_HEADLINE:
    case PROP_BYLINE:
    case PROP_SOURCE:
    case PROP_DATELINE:
    case PROP_BODY:
    case PROP_CLOSING:
      nfe_article_set_field (self, prop_id - PROP_HEADLINE, g_value_get_string (value));
      break;

    case PROP_STATUS:
      nfe_article_set_status (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nfe_article_class_init (NfeArticleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const char * const field_names[NFE_N_ARTICLE_FIELDS] = {
    "headline", "byline", "source", "dateline", "body", "closing",
  };

  object_class->dispose = nfe_article_dispose;
  object_class->finalize = nfe_article_finalize;
  object_class->get_property = nfe_article_get_property;
  object_class->set_property = nfe_article_set_property;

  for (guint i = 0; i < NFE_N_ARTICLE_FIELDS; i++)
    properties[FIELD_PROP (i)] =
      g_param_spec_string (field_names[i], NULL, NULL,
                           "",
                           (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       NFE_TYPE_ARTICLE_STATUS, NFE_ARTICLE_STATUS_DRAFT,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CREATED] =
    g_param_spec_int64 ("created", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_UPDATED] =
    g_param_spec_int64 ("updated", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_LOADED] =
    g_param_spec_boolean ("loaded", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_BULLETS] =
    g_param_spec_object ("bullets", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_QUESTIONS] =
    g_param_spec_object ("questions", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * NfeArticle::edited:
   *
   * Emitted when a person (not the store loading it) changed a field or
   * the status, so that the project can save the change.
   */
  signals[EDITED] =
    g_signal_new ("edited",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
nfe_article_init (NfeArticle *self)
{
  for (guint i = 0; i < NFE_N_ARTICLE_FIELDS; i++)
    self->fields[i] = g_strdup ("");
  self->bullets = g_list_store_new (NFE_TYPE_BULLET);
  self->questions = g_list_store_new (NFE_TYPE_QUESTION);
}

/**
 * nfe_article_new:
 *
 * Creates an article that belongs to no project yet: everything about it
 * is in memory, so it counts as loaded. nfe_project_insert_article()
 * stores it.
 */
NfeArticle *
nfe_article_new (void)
{
  NfeArticle *self = g_object_new (NFE_TYPE_ARTICLE, NULL);

  self->uuid = g_uuid_string_random ();
  self->loaded = TRUE;

  return self;
}

NfeArticle *
_nfe_article_new_stored (gint64            id,
                         const char       *uuid,
                         const char       *headline,
                         NfeArticleStatus  status,
                         gint64            created,
                         gint64            updated)
{
  NfeArticle *self = g_object_new (NFE_TYPE_ARTICLE, NULL);

  self->id = id;
  self->uuid = g_strdup (uuid);
  nfe_set_str (&self->fields[NFE_ARTICLE_FIELD_HEADLINE], headline ? headline : "");
  self->status = status;
  self->created = created;
  self->updated = updated;

  return self;
}

void
_nfe_article_set_stored (NfeArticle *self,
                         gint64      id,
                         gint64      created,
                         gint64      updated)
{
  g_assert (NFE_IS_ARTICLE (self));

  g_object_freeze_notify (G_OBJECT (self));
  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
  if (self->created != created)
    {
      self->created = created;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED]);
    }
  if (self->updated != updated)
    {
      self->updated = updated;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

/* Fills in what the project read from the file, without the change
 * counting as an edit to be saved again. */
void
_nfe_article_set_loaded (NfeArticle  *self,
                         const char **fields,
                         GPtrArray   *bullets,
                         GPtrArray   *questions)
{
  g_assert (NFE_IS_ARTICLE (self));

  self->quiet = TRUE;
  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = 0; i < NFE_N_ARTICLE_FIELDS; i++)
    nfe_article_set_field (self, i, fields[i]);
  g_list_store_splice (self->bullets, 0, g_list_model_get_n_items (G_LIST_MODEL (self->bullets)),
                       bullets->pdata, bullets->len);
  g_list_store_splice (self->questions, 0, g_list_model_get_n_items (G_LIST_MODEL (self->questions)),
                       questions->pdata, questions->len);
  if (!self->loaded)
    {
      self->loaded = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADED]);
    }
  g_object_thaw_notify (G_OBJECT (self));
  self->quiet = FALSE;
}

/* Replaces the whole of one of the article's lists (its bullets or its
 * questions) with @items, as the project just stored them. */
void
_nfe_article_replace_items (NfeArticle *self,
                            GListModel *list,
                            GPtrArray  *items)
{
  g_assert (NFE_IS_ARTICLE (self));
  g_assert (list == G_LIST_MODEL (self->bullets) || list == G_LIST_MODEL (self->questions));

  g_list_store_splice (G_LIST_STORE (list), 0, g_list_model_get_n_items (list),
                       items->pdata, items->len);
}

static void
nfe_article_edited (NfeArticle *self)
{
  if (!self->quiet)
    g_signal_emit (self, signals[EDITED], 0);
}

gint64
nfe_article_get_id (NfeArticle *self)
{
  g_return_val_if_fail (NFE_IS_ARTICLE (self), 0);
  return self->id;
}

const char *
nfe_article_get_uuid (NfeArticle *self)
{
  g_return_val_if_fail (NFE_IS_ARTICLE (self), NULL);
  return self->uuid;
}

gboolean
nfe_article_get_loaded (NfeArticle *self)
{
  g_return_val_if_fail (NFE_IS_ARTICLE (self), FALSE);
  return self->loaded;
}

const char *
nfe_article_get_field (NfeArticle      *self,
                       NfeArticleField  field)
{
  g_return_val_if_fail (NFE_IS_ARTICLE (self), NULL);
  g_return_val_if_fail (field < NFE_N_ARTICLE_FIELDS, NULL);
  return self->fields[field];
}

void
nfe_article_set_field (NfeArticle      *self,
                       NfeArticleField  field,
                       const char      *value)
{
  g_return_if_fail (NFE_IS_ARTICLE (self));
  g_return_if_fail (field < NFE_N_ARTICLE_FIELDS);

  if (!nfe_set_str (&self->fields[field], value ? value : ""))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[FIELD_PROP (field)]);
  nfe_article_edited (self);
}

const char *
nfe_article_get_headline (NfeArticle *self)
{
  return nfe_article_get_field (self, NFE_ARTICLE_FIELD_HEADLINE);
}

void
nfe_article_set_headline (NfeArticle *self,
                          const char *headline)
{
  nfe_article_set_field (self, NFE_ARTICLE_FIELD_HEADLINE, headline);
}

const char *
nfe_article_get_body (NfeArticle *self)
{
  return nfe_article_get_field (self, NFE_ARTICLE_FIELD_BODY);
}

void
nfe_article_set_body (NfeArticle *self,
                      const char *body)
{
  nfe_article_set_field (self, NFE_ARTICLE_FIELD_BODY, body);
}

NfeArticleStatus
nfe_article_get_status (NfeArticle *self)
{
  g_return_val_if_fail (NFE_IS_ARTICLE (self), NFE_ARTICLE_STATUS_DRAFT);
  return self->status;
}

void
nfe_article_set_status (NfeArticle       *self,
                        NfeArticleStatus  status)
{
  g_return_if_fail (NFE_IS_ARTICLE (self));
  g_return_if_fail (status <= NFE_ARTICLE_STATUS_PUBLISHED);

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
  nfe_article_edited (self);
}

gint64
nfe_article_get_created (NfeArticle *self)
{
  g_return_val_if_fail (NFE_IS_ARTICLE (self), 0);
  return self->created;
}

gint64
nfe_article_get_updated (NfeArticle *self)
{
  g_return_val_if_fail (NFE_IS_ARTICLE (self), 0);
  return self->updated;
}

/**
 * nfe_article_get_bullets:
 *
 * Returns: (transfer none): the summary bullets, in order, as a
 *   #GListModel of #NfeBullet. Empty until the article is loaded.
 */
GListModel *
nfe_article_get_bullets (NfeArticle *self)
{
  g_return_val_if_fail (NFE_IS_ARTICLE (self), NULL);
  return G_LIST_MODEL (self->bullets);
}

/**
 * nfe_article_get_questions:
 *
 * Returns: (transfer none): the insight questions, in order, as a
 *   #GListModel of #NfeQuestion. Empty until the article is loaded.
 */
GListModel *
nfe_article_get_questions (NfeArticle *self)
{
  g_return_val_if_fail (NFE_IS_ARTICLE (self), NULL);
  return G_LIST_MODEL (self->questions);
}

/* Only for an article that is not stored yet (see nfe_article_new());
 * a stored article's lists change through its project. */
void
nfe_article_add_bullet (NfeArticle *self,
                        NfeBullet  *bullet)
{
  g_return_if_fail (NFE_IS_ARTICLE (self));
  g_return_if_fail (NFE_IS_BULLET (bullet));
  g_return_if_fail (self->id == 0);

  g_list_store_append (self->bullets, bullet);
}

void
nfe_article_add_question (NfeArticle  *self,
                          NfeQuestion *question)
{
  g_return_if_fail (NFE_IS_ARTICLE (self));
  g_return_if_fail (NFE_IS_QUESTION (question));
  g_return_if_fail (self->id == 0);

  g_list_store_append (self->questions, question);
}
