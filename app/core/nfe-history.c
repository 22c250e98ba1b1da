/* nfe-history.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "nfe-history.h"

/* Undo and redo for a list edited as a whole (an article's bullets or its
 * questions): each step keeps a copy of the list as it was before, so an
 * undo is storing that copy, and the list it replaces becomes the redo. */

struct _NfeHistory
{
  GPtrArray *undo;   /* of GPtrArray */
  GPtrArray *redo;
  guint      limit;
};

NfeHistory *
nfe_history_new (guint limit)
{
  NfeHistory *self = g_new0 (NfeHistory, 1);

  self->undo = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->redo = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->limit = limit;
  return self;
}

void
nfe_history_free (NfeHistory *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->undo);
  g_ptr_array_unref (self->redo);
  g_free (self);
}

void
nfe_history_clear (NfeHistory *self)
{
  g_ptr_array_set_size (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
}

/**
 * nfe_history_push:
 * @before: (transfer none): the list as it was before a change just made
 *
 * Records a step; a new change forgets what could be redone.
 */
void
nfe_history_push (NfeHistory *self,
                  GPtrArray  *before)
{
  g_ptr_array_add (self->undo, g_ptr_array_ref (before));
  if (self->undo->len > self->limit)
    g_ptr_array_remove_index (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
}

gboolean
nfe_history_can_undo (NfeHistory *self)
{
  return self->undo->len > 0;
}

gboolean
nfe_history_can_redo (NfeHistory *self)
{
  return self->redo->len > 0;
}

static GPtrArray *
step (GPtrArray *from,
      GPtrArray *to,
      GPtrArray *now)
{
  if (from->len == 0)
    return NULL;

  g_ptr_array_add (to, g_ptr_array_ref (now));
  return g_ptr_array_steal_index (from, from->len - 1);
}

/**
 * nfe_history_undo:
 * @now: (transfer none): a copy of the list as it is, for redo
 *
 * Returns: (transfer full) (nullable): the list to store, or %NULL when
 *   there is nothing to undo.
 */
GPtrArray *
nfe_history_undo (NfeHistory *self,
                  GPtrArray  *now)
{
  return step (self->undo, self->redo, now);
}

/**
 * nfe_history_redo:
 * @now: (transfer none): a copy of the list as it is, for undo
 *
 * Returns: (transfer full) (nullable): the list to store, or %NULL.
 */
GPtrArray *
nfe_history_redo (NfeHistory *self,
                  GPtrArray  *now)
{
  return step (self->redo, self->undo, now);
}
