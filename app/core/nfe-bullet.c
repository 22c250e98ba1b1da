/* nfe-bullet.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "nfe-bullet.h"
#include "nfe-enum-types.h"
#include "nfe-util.h"
#include "nfe-store-private.h"

/* One "Summarized by NextFin AI" bullet. Its place in the summary is its
 * position in the article's bullet list, so it carries no position. */
struct _NfeBullet
{
  GObject    parent_instance;

  gint64     id;
  char      *text;
  NfeOrigin  origin;
  gboolean   locked;
  char      *provenance;
  char      *source_hash;
  char      *generator;
};

G_DEFINE_FINAL_TYPE (NfeBullet, nfe_bullet, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TEXT,
  PROP_ORIGIN,
  PROP_LOCKED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
nfe_bullet_finalize (GObject *object)
{
  NfeBullet *self = (NfeBullet *)object;

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->provenance, g_free);
  g_clear_pointer (&self->source_hash, g_free);
  g_clear_pointer (&self->generator, g_free);

  G_OBJECT_CLASS (nfe_bullet_parent_class)->finalize (object);
}

static void
nfe_bullet_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  NfeBullet *self = NFE_BULLET (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_ORIGIN:
      g_value_set_enum (value, self->origin);
      break;

    case PROP_LOCKED:
      g_value_set_boolean (value, self->locked);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nfe_bullet_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  NfeBullet *self = NFE_BULLET (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      nfe_bullet_set_text (self, g_value_get_string (value));
      break;

    case PROP_ORIGIN:
      nfe_bullet_set_origin (self, g_value_get_enum (value));
      break;

    case PROP_LOCKED:
      nfe_bullet_set_locked (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nfe_bullet_class_init (NfeBulletClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = nfe_bullet_finalize;
  object_class->get_property = nfe_bullet_get_property;
  object_class->set_property = nfe_bullet_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ORIGIN] =
    g_param_spec_enum ("origin", NULL, NULL,
                       NFE_TYPE_ORIGIN, NFE_ORIGIN_MANUAL,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LOCKED] =
    g_param_spec_boolean ("locked", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nfe_bullet_init (NfeBullet *self)
{
  self->text = g_strdup ("");
  self->origin = NFE_ORIGIN_MANUAL;
  self->provenance = g_strdup ("[]");
}

NfeBullet *
nfe_bullet_new (const char *text,
                NfeOrigin   origin)
{
  return g_object_new (NFE_TYPE_BULLET,
                       "text", text,
                       "origin", origin,
                       NULL);
}

gint64
nfe_bullet_get_id (NfeBullet *self)
{
  g_return_val_if_fail (NFE_IS_BULLET (self), 0);
  return self->id;
}

void
_nfe_bullet_set_stored (NfeBullet  *self,
                        gint64      id,
                        const char *provenance,
                        const char *source_hash,
                        const char *generator)
{
  g_assert (NFE_IS_BULLET (self));

  nfe_set_str (&self->provenance, provenance ? provenance : "[]");
  nfe_set_str (&self->source_hash, source_hash);
  nfe_set_str (&self->generator, generator);

  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
}

const char *
nfe_bullet_get_text (NfeBullet *self)
{
  g_return_val_if_fail (NFE_IS_BULLET (self), NULL);
  return self->text;
}

void
nfe_bullet_set_text (NfeBullet  *self,
                     const char *text)
{
  g_return_if_fail (NFE_IS_BULLET (self));

  if (nfe_set_str (&self->text, text ? text : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

NfeOrigin
nfe_bullet_get_origin (NfeBullet *self)
{
  g_return_val_if_fail (NFE_IS_BULLET (self), NFE_ORIGIN_MANUAL);
  return self->origin;
}

void
nfe_bullet_set_origin (NfeBullet *self,
                       NfeOrigin  origin)
{
  g_return_if_fail (NFE_IS_BULLET (self));

  if (self->origin == origin)
    return;
  self->origin = origin;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORIGIN]);
}

gboolean
nfe_bullet_get_locked (NfeBullet *self)
{
  g_return_val_if_fail (NFE_IS_BULLET (self), FALSE);
  return self->locked;
}

void
nfe_bullet_set_locked (NfeBullet *self,
                       gboolean   locked)
{
  g_return_if_fail (NFE_IS_BULLET (self));

  locked = !!locked;
  if (self->locked == locked)
    return;
  self->locked = locked;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCKED]);
}

const char *
nfe_bullet_get_provenance (NfeBullet *self)
{
  g_return_val_if_fail (NFE_IS_BULLET (self), NULL);
  return self->provenance;
}

const char *
nfe_bullet_get_source_hash (NfeBullet *self)
{
  g_return_val_if_fail (NFE_IS_BULLET (self), NULL);
  return self->source_hash;
}

const char *
nfe_bullet_get_generator (NfeBullet *self)
{
  g_return_val_if_fail (NFE_IS_BULLET (self), NULL);
  return self->generator;
}

/**
 * nfe_bullet_set_source:
 * @provenance: the source sentences, as JSON (see nfe-summary.c)
 * @source_hash: (nullable): a digest of their text, to notice changes
 * @generator: (nullable): the generator that wrote the bullet
 *
 * Records where a generated bullet came from.
 */
void
nfe_bullet_set_source (NfeBullet  *self,
                       const char *provenance,
                       const char *source_hash,
                       const char *generator)
{
  g_return_if_fail (NFE_IS_BULLET (self));

  nfe_set_str (&self->provenance, provenance ? provenance : "[]");
  nfe_set_str (&self->source_hash, source_hash);
  nfe_set_str (&self->generator, generator);
}

/**
 * nfe_bullet_copy:
 *
 * Returns: (transfer full): a bullet with the same contents, stored
 *   nowhere yet.
 */
NfeBullet *
nfe_bullet_copy (NfeBullet *self)
{
  NfeBullet *copy;

  g_return_val_if_fail (NFE_IS_BULLET (self), NULL);

  copy = nfe_bullet_new (self->text, self->origin);
  copy->locked = self->locked;
  nfe_bullet_set_source (copy, self->provenance, self->source_hash, self->generator);
  return copy;
}
