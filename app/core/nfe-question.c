/* nfe-question.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "nfe-enum-types.h"
#include "nfe-question.h"
#include "nfe-store-private.h"
#include "nfe-util.h"

/* One "Insights" reader question. Like a bullet, its order is its position
 * in the article's question list. */
struct _NfeQuestion
{
  GObject           parent_instance;

  gint64            id;
  char             *text;
  NfeQuestionState  state;
  NfeOrigin         origin;
  char             *provenance;
  char             *generator;
};

G_DEFINE_FINAL_TYPE (NfeQuestion, nfe_question, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TEXT,
  PROP_STATE,
  PROP_ORIGIN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
nfe_question_finalize (GObject *object)
{
  NfeQuestion *self = (NfeQuestion *)object;

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->provenance, g_free);
  g_clear_pointer (&self->generator, g_free);

  G_OBJECT_CLASS (nfe_question_parent_class)->finalize (object);
}

static void
nfe_question_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  NfeQuestion *self = NFE_QUESTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;

    case PROP_ORIGIN:
      g_value_set_enum (value, self->origin);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nfe_question_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  NfeQuestion *self = NFE_QUESTION (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      nfe_question_set_text (self, g_value_get_string (value));
      break;

    case PROP_STATE:
      nfe_question_set_state (self, g_value_get_enum (value));
      break;

    case PROP_ORIGIN:
      nfe_question_set_origin (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nfe_question_class_init (NfeQuestionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = nfe_question_finalize;
  object_class->get_property = nfe_question_get_property;
  object_class->set_property = nfe_question_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL,
                       NFE_TYPE_QUESTION_STATE, NFE_QUESTION_STATE_CANDIDATE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ORIGIN] =
    g_param_spec_enum ("origin", NULL, NULL,
                       NFE_TYPE_ORIGIN, NFE_ORIGIN_MANUAL,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nfe_question_init (NfeQuestion *self)
{
  self->text = g_strdup ("");
  self->provenance = g_strdup ("[]");
}

NfeQuestion *
nfe_question_new (const char       *text,
                  NfeQuestionState  state,
                  NfeOrigin         origin)
{
  return g_object_new (NFE_TYPE_QUESTION,
                       "text", text,
                       "state", state,
                       "origin", origin,
                       NULL);
}

void
_nfe_question_set_stored (NfeQuestion *self,
                          gint64       id,
                          const char  *provenance,
                          const char  *generator)
{
  g_assert (NFE_IS_QUESTION (self));

  nfe_set_str (&self->provenance, provenance ? provenance : "[]");
  nfe_set_str (&self->generator, generator);

  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
}

gint64
nfe_question_get_id (NfeQuestion *self)
{
  g_return_val_if_fail (NFE_IS_QUESTION (self), 0);
  return self->id;
}

const char *
nfe_question_get_text (NfeQuestion *self)
{
  g_return_val_if_fail (NFE_IS_QUESTION (self), NULL);
  return self->text;
}

void
nfe_question_set_text (NfeQuestion *self,
                       const char  *text)
{
  g_return_if_fail (NFE_IS_QUESTION (self));

  if (nfe_set_str (&self->text, text ? text : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

NfeQuestionState
nfe_question_get_state (NfeQuestion *self)
{
  g_return_val_if_fail (NFE_IS_QUESTION (self), NFE_QUESTION_STATE_CANDIDATE);
  return self->state;
}

void
nfe_question_set_state (NfeQuestion      *self,
                        NfeQuestionState  state)
{
  g_return_if_fail (NFE_IS_QUESTION (self));

  if (self->state == state)
    return;
  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

NfeOrigin
nfe_question_get_origin (NfeQuestion *self)
{
  g_return_val_if_fail (NFE_IS_QUESTION (self), NFE_ORIGIN_MANUAL);
  return self->origin;
}

void
nfe_question_set_origin (NfeQuestion *self,
                         NfeOrigin    origin)
{
  g_return_if_fail (NFE_IS_QUESTION (self));

  if (self->origin == origin)
    return;
  self->origin = origin;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORIGIN]);
}

const char *
nfe_question_get_provenance (NfeQuestion *self)
{
  g_return_val_if_fail (NFE_IS_QUESTION (self), NULL);
  return self->provenance;
}

const char *
nfe_question_get_generator (NfeQuestion *self)
{
  g_return_val_if_fail (NFE_IS_QUESTION (self), NULL);
  return self->generator;
}

/**
 * nfe_question_set_source:
 * @provenance: the source sentences, as JSON (see nfe-summary.c)
 * @generator: (nullable): the generator that wrote the question
 *
 * Records where a generated question came from.
 */
void
nfe_question_set_source (NfeQuestion *self,
                         const char  *provenance,
                         const char  *generator)
{
  g_return_if_fail (NFE_IS_QUESTION (self));

  nfe_set_str (&self->provenance, provenance ? provenance : "[]");
  nfe_set_str (&self->generator, generator);
}

/**
 * nfe_question_copy:
 *
 * Returns: (transfer full): a question with the same contents, stored
 *   nowhere yet.
 */
NfeQuestion *
nfe_question_copy (NfeQuestion *self)
{
  NfeQuestion *copy;

  g_return_val_if_fail (NFE_IS_QUESTION (self), NULL);

  copy = nfe_question_new (self->text, self->state, self->origin);
  nfe_question_set_source (copy, self->provenance, self->generator);
  return copy;
}
