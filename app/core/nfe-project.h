/* nfe-project.h
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "nfe-article.h"

G_BEGIN_DECLS

#define NFE_STORE_ERROR (nfe_store_error_quark())

typedef enum
{
  NFE_STORE_ERROR_FAILED,
  NFE_STORE_ERROR_NOT_FOUND,
  NFE_STORE_ERROR_EXISTS,
  NFE_STORE_ERROR_NOT_A_PROJECT,
  NFE_STORE_ERROR_TOO_NEW,
  NFE_STORE_ERROR_CORRUPT,
  NFE_STORE_ERROR_READ_ONLY,
  NFE_STORE_ERROR_LOCKED,
  NFE_STORE_ERROR_NO_SUCH_ARTICLE,
  NFE_STORE_ERROR_BAD_TRANSITION,
} NfeStoreError;

/* "NFEN" in ASCII: the number SQLite keeps at byte 68 of our files. */
#define NFE_PROJECT_APPLICATION_ID 0x4E46454E

typedef enum
{
  NFE_PROJECT_OPEN_DEFAULT   = 0,
  NFE_PROJECT_OPEN_READ_ONLY = 1 << 0,
} NfeProjectOpenFlags;

/**
 * NfeSearchResult:
 * @article_id: the article found
 * @headline: its headline
 * @snippet: a short passage around the matches, each between « and »
 *
 * One article found by nfe_project_search().
 */
typedef struct
{
  gint64  article_id;
  char   *headline;
  char   *snippet;
} NfeSearchResult;

void         nfe_search_result_free            (NfeSearchResult      *result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NfeSearchResult, nfe_search_result_free)

/**
 * NfeRevision:
 * @id: the revision, for nfe_project_restore_revision()
 * @created: when it was saved, in seconds since the epoch
 * @author: who saved it
 * @note: why it was saved
 * @words: how many words its body has
 *
 * One saved state of an article, as nfe_project_list_revisions() lists it.
 */
typedef struct
{
  gint64  id;
  gint64  created;
  char   *author;
  char   *note;
  guint   words;
} NfeRevision;

void         nfe_revision_free                 (NfeRevision          *revision);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NfeRevision, nfe_revision_free)

/**
 * NfeStatusChange:
 * @id: the record's id
 * @created: when the status changed, in seconds since the epoch
 * @author: who changed it
 * @from_status: the status before
 * @to_status: the status after
 * @note: what the author said with it
 *
 * One change of an article's status, as nfe_project_list_status_changes()
 * lists it.
 */
typedef struct
{
  gint64            id;
  gint64            created;
  char             *author;
  NfeArticleStatus  from_status;
  NfeArticleStatus  to_status;
  char             *note;
} NfeStatusChange;

void         nfe_status_change_free            (NfeStatusChange      *change);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NfeStatusChange, nfe_status_change_free)

#define NFE_TYPE_PROJECT (nfe_project_get_type())

G_DECLARE_FINAL_TYPE (NfeProject, nfe_project, NFE, PROJECT, GObject)

GQuark       nfe_store_error_quark             (void);
int          nfe_project_get_schema_version    (void);
NfeProject  *nfe_project_create                (GFile                *file,
                                                GError              **error);
NfeProject  *nfe_project_open                  (GFile                *file,
                                                NfeProjectOpenFlags   flags,
                                                GError              **error);
void         nfe_project_open_async            (GFile                *file,
                                                NfeProjectOpenFlags   flags,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
NfeProject  *nfe_project_open_finish           (GAsyncResult         *result,
                                                GError              **error);
GFile       *nfe_project_get_file              (NfeProject           *self);
char        *nfe_project_dup_title             (NfeProject           *self);
gboolean     nfe_project_get_read_only         (NfeProject           *self);
GListModel  *nfe_project_get_articles          (NfeProject           *self);
NfeArticle  *nfe_project_find_article          (NfeProject           *self,
                                                gint64                id);
gboolean     nfe_project_load_article          (NfeProject           *self,
                                                NfeArticle           *article,
                                                GError              **error);
gboolean     nfe_project_insert_article        (NfeProject           *self,
                                                NfeArticle           *article,
                                                GError              **error);
gboolean     nfe_project_delete_article        (NfeProject           *self,
                                                NfeArticle           *article,
                                                GError              **error);
gboolean     nfe_project_set_bullets           (NfeProject           *self,
                                                NfeArticle           *article,
                                                GPtrArray            *bullets,
                                                GError              **error);
gboolean     nfe_project_set_questions         (NfeProject           *self,
                                                NfeArticle           *article,
                                                GPtrArray            *questions,
                                                GError              **error);
gboolean     nfe_project_get_has_unsaved       (NfeProject           *self);
gboolean     nfe_project_save                  (NfeProject           *self,
                                                GError              **error);
GPtrArray   *nfe_project_search                (NfeProject           *self,
                                                const char           *query,
                                                guint                 limit,
                                                GError              **error);
gboolean     nfe_project_set_status            (NfeProject           *self,
                                                NfeArticle           *article,
                                                NfeArticleStatus      status,
                                                const char           *author,
                                                const char           *note,
                                                GError              **error);
GPtrArray   *nfe_project_list_status_changes   (NfeProject           *self,
                                                NfeArticle           *article,
                                                GError              **error);
gint64       nfe_project_save_revision         (NfeProject           *self,
                                                NfeArticle           *article,
                                                const char           *author,
                                                const char           *note,
                                                GError              **error);
GPtrArray   *nfe_project_list_revisions        (NfeProject           *self,
                                                NfeArticle           *article,
                                                GError              **error);
NfeArticle  *nfe_project_load_revision         (NfeProject           *self,
                                                NfeArticle           *article,
                                                gint64                revision_id,
                                                GError              **error);
gint64       nfe_project_restore_revision      (NfeProject           *self,
                                                NfeArticle           *article,
                                                gint64                revision_id,
                                                const char           *author,
                                                GError              **error);
void         nfe_project_close                 (NfeProject           *self);

G_END_DECLS
