/* nfe-enums.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "nfe-enums.h"

static const char * const status_names[] = { "draft", "in-review", "approved", "published" };
static const char * const origin_names[] = { "generated", "edited", "manual" };
static const char * const state_names[] = { "candidate", "accepted", "rejected" };

static gboolean
lookup_name (const char * const *names,
             guint               n_names,
             const char         *str,
             int                *value)
{
  if (str == NULL)
    return FALSE;

  for (guint i = 0; i < n_names; i++)
    {
      if (g_str_equal (names[i], str))
        {
          *value = (int) i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
nfe_article_status_to_string (NfeArticleStatus status)
{
  g_return_val_if_fail (status < G_N_ELEMENTS (status_names), NULL);
  return status_names[status];
}

gboolean
nfe_article_status_from_string (const char       *str,
                                NfeArticleStatus *status)
{
  int value;

  if (!lookup_name (status_names, G_N_ELEMENTS (status_names), str, &value))
    return FALSE;
  *status = (NfeArticleStatus) value;
  return TRUE;
}

const char *
nfe_article_status_get_label (NfeArticleStatus status)
{
  switch (status)
    {
    case NFE_ARTICLE_STATUS_DRAFT:
      return _("Draft");
    case NFE_ARTICLE_STATUS_IN_REVIEW:
      return _("In review");
    case NFE_ARTICLE_STATUS_APPROVED:
      return _("Approved");
    case NFE_ARTICLE_STATUS_PUBLISHED:
      return _("Published");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
nfe_origin_to_string (NfeOrigin origin)
{
  g_return_val_if_fail (origin < G_N_ELEMENTS (origin_names), NULL);
  return origin_names[origin];
}

gboolean
nfe_origin_from_string (const char *str,
                        NfeOrigin  *origin)
{
  int value;

  if (!lookup_name (origin_names, G_N_ELEMENTS (origin_names), str, &value))
    return FALSE;
  *origin = (NfeOrigin) value;
  return TRUE;
}

const char *
nfe_question_state_to_string (NfeQuestionState state)
{
  g_return_val_if_fail (state < G_N_ELEMENTS (state_names), NULL);
  return state_names[state];
}

gboolean
nfe_question_state_from_string (const char       *str,
                                NfeQuestionState *state)
{
  int value;

  if (!lookup_name (state_names, G_N_ELEMENTS (state_names), str, &value))
    return FALSE;
  *state = (NfeQuestionState) value;
  return TRUE;
}
