/* nfe-project.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nfe-project"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "nfe-article-json.h"
#include "nfe-project.h"
#include "nfe-snippet.h"
#include "nfe-store-private.h"
#include "nfe-text.h"

/* A NextFin project: one SQLite file holding every article of a desk's
 * project. Edits are written as they happen (debounced by SAVE_DELAY_MS)
 * in one transaction, so nothing depends on anybody remembering to save. */

#define SAVE_DELAY_MS   400
#define BUSY_TIMEOUT_MS 1000
#define SQLITE_HEADER   "SQLite format 3"

struct _NfeProject
{
  GObject      parent_instance;

  GFile       *file;
  char        *path;
  sqlite3     *db;
  GHashTable  *statements;
  GListStore  *articles;
  GHashTable  *dirty;
  guint        save_source;
  guint        read_only : 1;
};

G_DEFINE_FINAL_TYPE (NfeProject, nfe_project, G_TYPE_OBJECT)
G_DEFINE_QUARK (nfe-store-error-quark, nfe_store_error)

enum {
  PROP_0,
  PROP_FILE,
  PROP_READ_ONLY,
  PROP_HAS_UNSAVED,
  N_PROPS
};

enum {
  SAVE_FAILED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Every schema change is one step here, applied in order in one transaction
 * each, and user_version records how many have run. Never edit a released
 * step: add the next one. */
/* Fills the search index from the articles, when it is made. */
#define FILL_ARTICLE_SEARCH \
  "INSERT INTO article_search (rowid, headline, body, bullets, questions)" \
  "  SELECT a.id, a.headline, a.body_md," \
  "    (SELECT group_concat (text, char (10)) FROM (SELECT text FROM summary_bullet" \
  "       WHERE article_id = a.id ORDER BY position, id))," \
  "    (SELECT group_concat (text, char (10)) FROM (SELECT text FROM question" \
  "       WHERE article_id = a.id ORDER BY position, id))" \
  "  FROM article a;"

static const char * const migrations[] = {
  /* 1: the first schema. */
  "CREATE TABLE article ("
  "  id INTEGER PRIMARY KEY,"
  "  uuid TEXT NOT NULL UNIQUE,"
  "  headline TEXT NOT NULL DEFAULT '',"
  "  byline TEXT NOT NULL DEFAULT '',"
  "  source TEXT NOT NULL DEFAULT '',"
  "  dateline TEXT NOT NULL DEFAULT '',"
  "  body_md TEXT NOT NULL DEFAULT '',"
  "  closing TEXT NOT NULL DEFAULT '',"
  "  status TEXT NOT NULL DEFAULT 'draft'"
  "    CHECK (status IN ('draft', 'in-review', 'approved', 'published')),"
  "  created_at INTEGER NOT NULL,"
  "  updated_at INTEGER NOT NULL"
  ");"
  "CREATE TABLE summary_bullet ("
  "  id INTEGER PRIMARY KEY,"
  "  article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  text TEXT NOT NULL,"
  "  origin TEXT NOT NULL CHECK (origin IN ('generated', 'edited', 'manual')),"
  "  locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),"
  "  provenance TEXT NOT NULL DEFAULT '[]',"
  "  source_hash TEXT,"
  "  generator TEXT"
  ");"
  "CREATE INDEX summary_bullet_by_article ON summary_bullet (article_id, position);"
  "CREATE TABLE question ("
  "  id INTEGER PRIMARY KEY,"
  "  article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  text TEXT NOT NULL,"
  "  state TEXT NOT NULL DEFAULT 'candidate'"
  "    CHECK (state IN ('candidate', 'accepted', 'rejected')),"
  "  origin TEXT NOT NULL CHECK (origin IN ('generated', 'edited', 'manual')),"
  "  provenance TEXT NOT NULL DEFAULT '[]',"
  "  generator TEXT,"
  "  created_at INTEGER NOT NULL,"
  "  updated_at INTEGER NOT NULL"
  ");"
  "CREATE INDEX question_by_article ON question (article_id, position);"
  "CREATE TABLE revision ("
  "  id INTEGER PRIMARY KEY,"
  "  article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,"
  "  created_at INTEGER NOT NULL,"
  "  author TEXT NOT NULL DEFAULT '',"
  "  note TEXT NOT NULL DEFAULT '',"
  "  snapshot TEXT NOT NULL"
  ");"
  "CREATE INDEX revision_by_article ON revision (article_id, created_at);",

  /* 2: full-text search. One row per article, rowid = article id, kept in
   * step with every edit by triggers so that no code path can forget it.
   * A change to a bullet or question rebuilds its article's row from
   * scratch: the rebuild reads the article's row, so it does nothing once
   * the article itself is gone. */
  "CREATE VIRTUAL TABLE article_search USING fts5 ("
  "  headline, body, bullets, questions,"
  "  tokenize = 'unicode61 remove_diacritics 2'"
  ");"
  "CREATE TRIGGER article_search_insert AFTER INSERT ON article BEGIN"
  "  INSERT INTO article_search (rowid, headline, body, bullets, questions)"
  "    SELECT a.id, a.headline, a.body_md,"
  "      (SELECT group_concat (text, char (10)) FROM (SELECT text FROM summary_bullet"
  "         WHERE article_id = a.id ORDER BY position, id)),"
  "      (SELECT group_concat (text, char (10)) FROM (SELECT text FROM question"
  "         WHERE article_id = a.id ORDER BY position, id))"
  "    FROM article a WHERE a.id = new.id;"
  "END;"
  "CREATE TRIGGER article_search_update AFTER UPDATE OF headline, body_md ON article"
  "  WHEN old.headline IS NOT new.headline OR old.body_md IS NOT new.body_md BEGIN"
  "  UPDATE article_search SET headline = new.headline, body = new.body_md"
  "    WHERE rowid = new.id;"
  "END;"
  "CREATE TRIGGER article_search_delete AFTER DELETE ON article BEGIN"
  "  DELETE FROM article_search WHERE rowid = old.id;"
  "END;"
  "CREATE TRIGGER article_search_bullet_insert AFTER INSERT ON summary_bullet BEGIN"
  "  UPDATE article_search SET bullets ="
  "    (SELECT group_concat (text, char (10)) FROM (SELECT text FROM summary_bullet"
  "       WHERE article_id = new.article_id ORDER BY position, id))"
  "    WHERE rowid = new.article_id;"
  "END;"
  "CREATE TRIGGER article_search_bullet_update AFTER UPDATE ON summary_bullet BEGIN"
  "  UPDATE article_search SET bullets ="
  "    (SELECT group_concat (text, char (10)) FROM (SELECT text FROM summary_bullet"
  "       WHERE article_id = old.article_id ORDER BY position, id))"
  "    WHERE rowid = old.article_id;"
  "  UPDATE article_search SET bullets ="
  "    (SELECT group_concat (text, char (10)) FROM (SELECT text FROM summary_bullet"
  "       WHERE article_id = new.article_id ORDER BY position, id))"
  "    WHERE rowid = new.article_id AND new.article_id IS NOT old.article_id;"
  "END;"
  "CREATE TRIGGER article_search_bullet_delete AFTER DELETE ON summary_bullet BEGIN"
  "  UPDATE article_search SET bullets ="
  "    (SELECT group_concat (text, char (10)) FROM (SELECT text FROM summary_bullet"
  "       WHERE article_id = old.article_id ORDER BY position, id))"
  "    WHERE rowid = old.article_id;"
  "END;"
  "CREATE TRIGGER article_search_question_insert AFTER INSERT ON question BEGIN"
  "  UPDATE article_search SET questions ="
  "    (SELECT group_concat (text, char (10)) FROM (SELECT text FROM question"
  "       WHERE article_id = new.article_id ORDER BY position, id))"
  "    WHERE rowid = new.article_id;"
  "END;"
  "CREATE TRIGGER article_search_question_update AFTER UPDATE ON question BEGIN"
  "  UPDATE article_search SET questions ="
  "    (SELECT group_concat (text, char (10)) FROM (SELECT text FROM question"
  "       WHERE article_id = old.article_id ORDER BY position, id))"
  "    WHERE rowid = old.article_id;"
  "  UPDATE article_search SET questions ="
  "    (SELECT group_concat (text, char (10)) FROM (SELECT text FROM question"
  "       WHERE article_id = new.article_id ORDER BY position, id))"
  "    WHERE rowid = new.article_id AND new.article_id IS NOT old.article_id;"
  "END;"
  "CREATE TRIGGER article_search_question_delete AFTER DELETE ON question BEGIN"
  "  UPDATE article_search SET questions ="
  "    (SELECT group_concat (text, char (10)) FROM (SELECT text FROM question"
  "       WHERE article_id = old.article_id ORDER BY position, id))"
  "    WHERE rowid = old.article_id;"
  "END;"
  FILL_ARTICLE_SEARCH,

  /* 3: the review workflow. Every change of status is recorded with who
   * made it and why; the revision table of step 1 keeps the snapshots. */
  "CREATE TABLE status_change ("
  "  id INTEGER PRIMARY KEY,"
  "  article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,"
  "  created_at INTEGER NOT NULL,"
  "  author TEXT NOT NULL DEFAULT '',"
  "  from_status TEXT NOT NULL"
  "    CHECK (from_status IN ('draft', 'in-review', 'approved', 'published')),"
  "  to_status TEXT NOT NULL"
  "    CHECK (to_status IN ('draft', 'in-review', 'approved', 'published')),"
  "  note TEXT NOT NULL DEFAULT ''"
  ");"
  "CREATE INDEX status_change_by_article ON status_change (article_id, created_at);",

  /* 4: the search index learns the first two and three letters of every
   * word, so that a search typed a letter at a time ("fa", "fal") finds
   * its matches without scanning every word of the index. The triggers of
   * step 2 name the table, not its definition, and stay. */
  "DROP TABLE article_search;"
  "CREATE VIRTUAL TABLE article_search USING fts5 ("
  "  headline, body, bullets, questions,"
  "  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'"
  ");"
  FILL_ARTICLE_SEARCH,
};

int
nfe_project_get_schema_version (void)
{
  return G_N_ELEMENTS (migrations);
}

static char *
display_name (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);

  return g_filename_display_name (base);
}

/* Turns what SQLite reports into a sentence a person can act on. The
 * SQLite text is kept at the end, for the support desk. */
static gboolean
set_error_from_sqlite (GError     **error,
                       sqlite3     *db,
                       int          rc,
                       const char  *path)
{
  g_autofree char *name = display_name (path);
  const char *detail = db ? sqlite3_errmsg (db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, NFE_STORE_ERROR, NFE_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged and cannot be read; open a backup copy instead"), name);
      break;

    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, NFE_STORE_ERROR, NFE_STORE_ERROR_LOCKED,
                   _("“%s” is locked by another program; close it there and try again"), name);
      break;

    case SQLITE_READONLY:
    case SQLITE_PERM:
      g_set_error (error, NFE_STORE_ERROR, NFE_STORE_ERROR_READ_ONLY,
                   _("“%s” is read-only; changes cannot be saved"), name);
      break;

    case SQLITE_FULL:
      g_set_error (error, NFE_STORE_ERROR, NFE_STORE_ERROR_FAILED,
                   _("The disk holding “%s” is full; free some space and try again"), name);
      break;

    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
      g_set_error (error, NFE_STORE_ERROR, NFE_STORE_ERROR_FAILED,
                   _("“%s” could not be read or written (%s)"), name, detail);
      break;

    default:
      g_set_error (error, NFE_STORE_ERROR, NFE_STORE_ERROR_FAILED,
                   _("“%s” could not be updated (%s)"), name, detail);
      break;
    }

  return FALSE;
}

static gboolean
exec_sql (NfeProject  *self,
          const char  *sql,
          GError     **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return set_error_from_sqlite (error, self->db, rc, self->path);

  return TRUE;
}

/* Statements live as long as the connection: the same few run on every
 * save, and parameters are always bound, never pasted into SQL. */
static sqlite3_stmt *
get_statement (NfeProject  *self,
               const char  *sql,
               GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      set_error_from_sqlite (error, self->db, rc, self->path);
      return NULL;
    }

  g_hash_table_insert (self->statements, (gpointer) sql, stmt);
  return stmt;
}

static gboolean
step_done (NfeProject    *self,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return set_error_from_sqlite (error, self->db, rc, self->path);

  return TRUE;
}

static void
bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

static gint64
now_seconds (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

static void
finalize_statement (gpointer data)
{
  sqlite3_finalize (data);
}

/* Reads the fixed 100-byte SQLite header ourselves, before SQLite opens
 * anything, so that a file that is not ours is never touched. */
static gboolean
check_header (const char  *path,
              GError     **error)
{
  g_autofree char *name = display_name (path);
  guint8 header[100];
  GStatBuf st;
  guint32 app_id;
  FILE *fp;
  size_t n_read;

  if (g_stat (path, &st) != 0)
    {
      int saved_errno = errno;

      if (saved_errno == ENOENT)
        g_set_error (error, NFE_STORE_ERROR, NFE_STORE_ERROR_NOT_FOUND,
                     _("“%s” does not exist"), name);
      else
        g_set_error (error, NFE_STORE_ERROR, NFE_STORE_ERROR_FAILED,
                     _("“%s” cannot be opened: %s"), name, g_strerror (saved_errno));
      return FALSE;
    }

  if (S_ISDIR (st.st_mode))
    {
      g_set_error (error, NFE_STORE_ERROR, NFE_STORE_ERROR_NOT_A_PROJECT,
                   _("“%s” is a folder, not a NextFin project"), name);
      return FALSE;
    }

  fp = g_fopen (path, "rb");
  if (fp == NULL)
    {
      int saved_errno = errno;

      g_set_error (error, NFE_STORE_ERROR, NFE_STORE_ERROR_FAILED,
                   _("“%s” cannot be opened: %s"), name, g_strerror (saved_errno));
      return FALSE;
    }
  n_read = fread (header, 1, sizeof header, fp);
  fclose (fp);

  if (n_read < sizeof header || memcmp (header, SQLITE_HEADER, sizeof SQLITE_HEADER) != 0)
    {
      g_set_error (error, NFE_STORE_ERROR, NFE_STORE_ERROR_NOT_A_PROJECT,
                   _("“%s” is not a NextFin project (it is not a project database at all)"),
                   name);
      return FALSE;
    }

  app_id = GUINT32_FROM_BE (*(guint32 *) (header + 68));
  if (app_id != NFE_PROJECT_APPLICATION_ID)
    {
      g_set_error (error, NFE_STORE_ERROR, NFE_STORE_ERROR_NOT_A_PROJECT,
                   _("“%s” is a database of another program, not a NextFin project"), name);
      return FALSE;
    }

  return TRUE;
}

static gboolean
query_int (NfeProject  *self,
           const char  *sql,
           int         *value,
           GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *value = sqlite3_column_int (stmt, 0);
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_OK)
    return set_error_from_sqlite (error, self->db, rc, self->path);

  return TRUE;
}

/* A truncated copy keeps a valid header; SQLite would only notice once it
 * reads a missing page, perhaps in the middle of an edit. The header says
 * how many pages the file must hold, so compare. A -wal file may hold
 * pages the main file does not have yet, so only check without one. */
static gboolean
check_not_truncated (NfeProject  *self,
                     GError     **error)
{
  g_autofree char *wal_path = g_strconcat (self->path, "-wal", NULL);
  g_autofree char *name = display_name (self->path);
  GStatBuf st;
  int page_count = 0, page_size = 0;

  if (g_stat (wal_path, &st) == 0 && st.st_size > 0)
    return TRUE;

  if (!query_int (self, "PRAGMA page_count", &page_count, error) ||
      !query_int (self, "PRAGMA page_size", &page_size, error))
    return FALSE;

  if (g_stat (self->path, &st) != 0 || st.st_size < (goffset) page_count * page_size)
    {
      g_set_error (error, NFE_STORE_ERROR, NFE_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged (the file is cut short) and cannot be read; open a backup copy instead"),
                   name);
      return FALSE;
    }

  return TRUE;
}

static gboolean
open_connection (NfeProject  *self,
                 int          sqlite_flags,
                 GError     **error)
{
  int rc;

  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->db, sqlite3_close);

  rc = sqlite3_open_v2 (self->path, &self->db, sqlite_flags | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    return set_error_from_sqlite (error, self->db, rc, self->path);

  self->statements = g_hash_table_new_full (NULL, NULL, NULL, finalize_statement);
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  sqlite3_extended_result_codes (self->db, TRUE);

  return TRUE;
}

static gboolean
migrate (NfeProject  *self,
         int          from_version,
         GError     **error)
{
  for (int version = from_version; version < nfe_project_get_schema_version (); version++)
    {
      g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %d", version + 1);

      g_debug ("Migrating %s to schema %d", self->path, version + 1);

      if (!exec_sql (self, "BEGIN IMMEDIATE", error))
        return FALSE;

      if (!exec_sql (self, migrations[version], error) ||
          !exec_sql (self, set_version, error) ||
          !exec_sql (self, "COMMIT", error))
        {
          sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
load_article_list (NfeProject  *self,
                   GError     **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  stmt = get_statement (self,
                        "SELECT id, uuid, headline, status, created_at, updated_at"
                        " FROM article ORDER BY id DESC",
                        error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      NfeArticleStatus status = NFE_ARTICLE_STATUS_DRAFT;

      nfe_article_status_from_string (column_text (stmt, 3), &status);
      g_ptr_array_add (items,
                       _nfe_article_new_stored (sqlite3_column_int64 (stmt, 0),
                                                column_text (stmt, 1),
                                                column_text (stmt, 2),
                                                status,
                                                sqlite3_column_int64 (stmt, 4),
                                                sqlite3_column_int64 (stmt, 5)));
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return set_error_from_sqlite (error, self->db, rc, self->path);

  g_list_store_splice (self->articles, 0, 0, items->pdata, items->len);
  return TRUE;
}

static gboolean
project_open (NfeProject           *self,
              NfeProjectOpenFlags   flags,
              GError              **error)
{
  g_autofree char *name = display_name (self->path);
  int version = 0;

  if (!check_header (self->path, error))
    return FALSE;

  /* The user's "read-only" wins even for root, who may write anyway. */
  if ((flags & NFE_PROJECT_OPEN_READ_ONLY) != 0 || g_access (self->path, W_OK) != 0)
    self->read_only = TRUE;
  else
    {
      GStatBuf st;

      if (g_stat (self->path, &st) == 0 && (st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0)
        self->read_only = TRUE;
    }

  /* Look first through a read-only connection, which can change nothing,
   * not even by checkpointing a journal on close. */
  if (!open_connection (self, SQLITE_OPEN_READONLY, error) ||
      !query_int (self, "PRAGMA user_version", &version, error))
    return FALSE;

  if (version > nfe_project_get_schema_version ())
    {
      g_set_error (error, NFE_STORE_ERROR, NFE_STORE_ERROR_TOO_NEW,
                   _("“%s” was written by a newer NextFin Editor (schema %d); this version reads up to %d"),
                   name, version, nfe_project_get_schema_version ());
      return FALSE;
    }

  if (!check_not_truncated (self, error))
    return FALSE;

  if (self->read_only && version < nfe_project_get_schema_version ())
    {
      g_set_error (error, NFE_STORE_ERROR, NFE_STORE_ERROR_READ_ONLY,
                   _("“%s” was written by an older NextFin Editor and must be upgraded, but it is read-only"),
                   name);
      return FALSE;
    }

  if (!self->read_only)
    {
      if (!open_connection (self, SQLITE_OPEN_READWRITE, error) ||
          !exec_sql (self, "PRAGMA journal_mode = WAL", error) ||
          !exec_sql (self, "PRAGMA synchronous = NORMAL", error) ||
          !migrate (self, version, error))
        return FALSE;
    }

  return exec_sql (self, "PRAGMA foreign_keys = ON", error) &&
         load_article_list (self, error);
}

static void
nfe_project_dispose (GObject *object)
{
  NfeProject *self = (NfeProject *)object;

  nfe_project_close (self);
  g_clear_object (&self->articles);

  G_OBJECT_CLASS (nfe_project_parent_class)->dispose (object);
}

static void
nfe_project_finalize (GObject *object)
{
  NfeProject *self = (NfeProject *)object;

  g_clear_object (&self->file);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->dirty, g_hash_table_unref);

  G_OBJECT_CLASS (nfe_project_parent_class)->finalize (object);
}

static void
nfe_project_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  NfeProject *self = NFE_PROJECT (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;

    case PROP_HAS_UNSAVED:
      g_value_set_boolean (value, nfe_project_get_has_unsaved (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nfe_project_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  NfeProject *self = NFE_PROJECT (object);

  switch (prop_id)
    {
    case PROP_FILE:
      self->file = g_value_dup_object (value);
      self->path = g_file_get_path (self->file);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nfe_project_class_init (NfeProjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = nfe_project_dispose;
  object_class->finalize = nfe_project_finalize;
  object_class->get_property = nfe_project_get_property;
  object_class->set_property = nfe_project_set_property;

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL,
                         G_TYPE_FILE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_HAS_UNSAVED] =
    g_param_spec_boolean ("has-unsaved", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * NfeProject::save-failed:
   * @error: what went wrong
   *
   * Emitted when saving edits in the background failed; the edits stay
   * in memory and are tried again with the next change or save.
   */
  signals[SAVE_FAILED] =
    g_signal_new ("save-failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
nfe_project_init (NfeProject *self)
{
  self->articles = g_list_store_new (NFE_TYPE_ARTICLE);
  self->dirty = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
}

GFile *
nfe_project_get_file (NfeProject *self)
{
  g_return_val_if_fail (NFE_IS_PROJECT (self), NULL);
  return self->file;
}

/**
 * nfe_project_dup_title:
 *
 * Returns: the name people call the project by: its file name without
 *   the extension.
 */
char *
nfe_project_dup_title (NfeProject *self)
{
  g_autofree char *name = NULL;
  char *dot;

  g_return_val_if_fail (NFE_IS_PROJECT (self), NULL);

  name = display_name (self->path);
  dot = g_strrstr (name, ".nfproj");
  if (dot != NULL && dot != name && dot[strlen (".nfproj")] == '\0')
    *dot = '\0';

  return g_steal_pointer (&name);
}

gboolean
nfe_project_get_read_only (NfeProject *self)
{
  g_return_val_if_fail (NFE_IS_PROJECT (self), TRUE);
  return self->read_only;
}

/**
 * nfe_project_get_articles:
 *
 * Returns: (transfer none): the articles, newest first, as a #GListModel
 *   of #NfeArticle that follows insertions and deletions.
 */
GListModel *
nfe_project_get_articles (NfeProject *self)
{
  g_return_val_if_fail (NFE_IS_PROJECT (self), NULL);
  return G_LIST_MODEL (self->articles);
}

static gboolean
find_article_position (NfeProject *self,
                       NfeArticle *article,
                       guint      *position)
{
  return g_list_store_find (self->articles, article, position);
}

NfeArticle *
nfe_project_find_article (NfeProject *self,
                          gint64      id)
{
  GListModel *model;
  guint n_items;

  g_return_val_if_fail (NFE_IS_PROJECT (self), NULL);

  model = G_LIST_MODEL (self->articles);
  n_items = g_list_model_get_n_items (model);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(NfeArticle) article = g_list_model_get_item (model, i);

      if (nfe_article_get_id (article) == id)
        return article;
    }

  return NULL;
}

/* Ids are formatted outside the message: gettext cannot see through
 * G_GINT64_FORMAT. */
static gboolean
set_no_such_article (GError     **error,
                     NfeArticle  *article,
                     const char  *format)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, nfe_article_get_id (article));

  g_set_error (error, NFE_STORE_ERROR, NFE_STORE_ERROR_NO_SUCH_ARTICLE, format, id);
  return FALSE;
}

static gboolean
check_writable (NfeProject  *self,
                GError     **error)
{
  g_autofree char *name = NULL;

  if (self->db != NULL && !self->read_only)
    return TRUE;

  name = display_name (self->path);
  if (self->db == NULL)
    g_set_error (error, NFE_STORE_ERROR, NFE_STORE_ERROR_FAILED,
                 _("“%s” is closed"), name);
  else
    g_set_error (error, NFE_STORE_ERROR, NFE_STORE_ERROR_READ_ONLY,
                 _("“%s” is read-only; changes cannot be saved"), name);
  return FALSE;
}

static gpointer
bullet_from_row (sqlite3_stmt *stmt)
{
  NfeOrigin origin = NFE_ORIGIN_MANUAL;
  NfeBullet *bullet;

  nfe_origin_from_string (column_text (stmt, 2), &origin);
  bullet = nfe_bullet_new (column_text (stmt, 1), origin);
  nfe_bullet_set_locked (bullet, sqlite3_column_int (stmt, 3));
  _nfe_bullet_set_stored (bullet, sqlite3_column_int64 (stmt, 0), column_text (stmt, 4),
                          column_text (stmt, 5), column_text (stmt, 6));
  return bullet;
}

static gpointer
question_from_row (sqlite3_stmt *stmt)
{
  NfeQuestionState state = NFE_QUESTION_STATE_CANDIDATE;
  NfeOrigin origin = NFE_ORIGIN_MANUAL;
  NfeQuestion *question;

  nfe_question_state_from_string (column_text (stmt, 2), &state);
  nfe_origin_from_string (column_text (stmt, 3), &origin);
  question = nfe_question_new (column_text (stmt, 1), state, origin);
  _nfe_question_set_stored (question, sqlite3_column_int64 (stmt, 0),
                            column_text (stmt, 4), column_text (stmt, 5));
  return question;
}

/* Reads the rows of one article's bullets or questions, in order, each
 * turned into its object by @from_row. */
static GPtrArray *
read_items (NfeProject      *self,
            gint64           article_id,
            const char      *sql,
            gpointer       (*from_row) (sqlite3_stmt *),
            GDestroyNotify   free_item,
            GError         **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (free_item);
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = get_statement (self, sql, error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, article_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (items, from_row (stmt));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      set_error_from_sqlite (error, self->db, rc, self->path);
      return NULL;
    }

  return g_steal_pointer (&items);
}

/**
 * nfe_project_load_article:
 *
 * Reads the whole of @article (body, bullets, questions) from the file,
 * unless that was done already.
 */
gboolean
nfe_project_load_article (NfeProject  *self,
                          NfeArticle  *article,
                          GError     **error)
{
  g_autoptr(GPtrArray) bullets = NULL;
  g_autoptr(GPtrArray) questions = NULL;
  g_auto(GStrv) fields = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (NFE_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (NFE_IS_ARTICLE (article), FALSE);

  if (nfe_article_get_loaded (article))
    return TRUE;

  if (self->db == NULL)
    return check_writable (self, error);

  stmt = get_statement (self,
                        "SELECT headline, byline, source, dateline, body_md, closing"
                        " FROM article WHERE id = ?",
                        error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, nfe_article_get_id (article));
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      fields = g_new0 (char *, NFE_N_ARTICLE_FIELDS + 1);
      for (guint i = 0; i < NFE_N_ARTICLE_FIELDS; i++)
        fields[i] = g_strdup (column_text (stmt, i));
    }
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    return set_no_such_article (error, article, _("Article %s is no longer in the project"));
  if (rc != SQLITE_ROW)
    return set_error_from_sqlite (error, self->db, rc, self->path);

  bullets = read_items (self, nfe_article_get_id (article),
                        "SELECT id, text, origin, locked, provenance, source_hash, generator"
                        " FROM summary_bullet WHERE article_id = ? ORDER BY position, id",
                        bullet_from_row, g_object_unref, error);
  if (bullets == NULL)
    return FALSE;

  questions = read_items (self, nfe_article_get_id (article),
                          "SELECT id, text, state, origin, provenance, generator"
                          " FROM question WHERE article_id = ? ORDER BY position, id",
                          question_from_row, g_object_unref, error);
  if (questions == NULL)
    return FALSE;

  _nfe_article_set_loaded (article, (const char **) fields, bullets, questions);
  return TRUE;
}

static gboolean
write_article_fields (NfeProject  *self,
                      NfeArticle  *article,
                      gint64       now,
                      GError     **error)
{
  sqlite3_stmt *stmt;

  stmt = get_statement (self,
                        "UPDATE article SET headline = ?, byline = ?, source = ?, dateline = ?,"
                        " body_md = ?, closing = ?, status = ?, updated_at = ? WHERE id = ?",
                        error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < NFE_N_ARTICLE_FIELDS; i++)
    bind_text (stmt, i + 1, nfe_article_get_field (article, i));
  bind_text (stmt, 7, nfe_article_status_to_string (nfe_article_get_status (article)));
  sqlite3_bind_int64 (stmt, 8, now);
  sqlite3_bind_int64 (stmt, 9, nfe_article_get_id (article));

  if (!step_done (self, stmt, error))
    return FALSE;

  _nfe_article_set_stored (article, nfe_article_get_id (article),
                           nfe_article_get_created (article), now);
  return TRUE;
}

static GPtrArray *
list_to_array (GListModel *model)
{
  GPtrArray *array = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (array, g_list_model_get_item (model, i));

  return array;
}

static gboolean
write_bullets (NfeProject  *self,
               gint64       article_id,
               GPtrArray   *bullets,
               GError     **error)
{
  for (guint i = 0; i < bullets->len; i++)
    {
      NfeBullet *bullet = g_ptr_array_index (bullets, i);
      sqlite3_stmt *stmt;

      stmt = get_statement (self,
                            "INSERT INTO summary_bullet (article_id, position, text, origin, locked,"
                            " provenance, source_hash, generator) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                            error);
      if (stmt == NULL)
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, article_id);
      sqlite3_bind_int (stmt, 2, i);
      bind_text (stmt, 3, nfe_bullet_get_text (bullet));
      bind_text (stmt, 4, nfe_origin_to_string (nfe_bullet_get_origin (bullet)));
      sqlite3_bind_int (stmt, 5, nfe_bullet_get_locked (bullet));
      bind_text (stmt, 6, nfe_bullet_get_provenance (bullet));
      bind_text (stmt, 7, nfe_bullet_get_source_hash (bullet));
      bind_text (stmt, 8, nfe_bullet_get_generator (bullet));
      if (!step_done (self, stmt, error))
        return FALSE;

      _nfe_bullet_set_stored (bullet, sqlite3_last_insert_rowid (self->db),
                              nfe_bullet_get_provenance (bullet),
                              nfe_bullet_get_source_hash (bullet),
                              nfe_bullet_get_generator (bullet));
    }

  return TRUE;
}

static gboolean
write_questions (NfeProject  *self,
                 gint64       article_id,
                 GPtrArray   *questions,
                 gint64       now,
                 GError     **error)
{
  for (guint i = 0; i < questions->len; i++)
    {
      NfeQuestion *question = g_ptr_array_index (questions, i);
      sqlite3_stmt *stmt;

      stmt = get_statement (self,
                            "INSERT INTO question (article_id, position, text, state, origin,"
                            " provenance, generator, created_at, updated_at)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            error);
      if (stmt == NULL)
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, article_id);
      sqlite3_bind_int (stmt, 2, i);
      bind_text (stmt, 3, nfe_question_get_text (question));
      bind_text (stmt, 4, nfe_question_state_to_string (nfe_question_get_state (question)));
      bind_text (stmt, 5, nfe_origin_to_string (nfe_question_get_origin (question)));
      bind_text (stmt, 6, nfe_question_get_provenance (question));
      bind_text (stmt, 7, nfe_question_get_generator (question));
      sqlite3_bind_int64 (stmt, 8, now);
      sqlite3_bind_int64 (stmt, 9, now);
      if (!step_done (self, stmt, error))
        return FALSE;

      _nfe_question_set_stored (question, sqlite3_last_insert_rowid (self->db),
                                nfe_question_get_provenance (question),
                                nfe_question_get_generator (question));
    }

  return TRUE;
}

/* Runs @func inside one transaction: all of it lands, or none. */
static gboolean
in_transaction (NfeProject  *self,
                gboolean   (*func) (NfeProject *, gpointer, GError **),
                gpointer     data,
                GError     **error)
{
  if (!check_writable (self, error) ||
      !exec_sql (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  if (!func (self, data, error) || !exec_sql (self, "COMMIT", error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }

  return TRUE;
}

static void article_edited_cb (NfeProject *self,
                               NfeArticle *article);

static gboolean
insert_article_txn (NfeProject  *self,
                    gpointer     data,
                    GError     **error)
{
  NfeArticle *article = data;
  g_autoptr(GPtrArray) bullets = list_to_array (nfe_article_get_bullets (article));
  g_autoptr(GPtrArray) questions = list_to_array (nfe_article_get_questions (article));
  gint64 now = now_seconds ();
  sqlite3_stmt *stmt;

  stmt = get_statement (self,
                        "INSERT INTO article (uuid, status, created_at, updated_at)"
                        " VALUES (?, ?, ?, ?)",
                        error);
  if (stmt == NULL)
    return FALSE;

  bind_text (stmt, 1, nfe_article_get_uuid (article));
  bind_text (stmt, 2, nfe_article_status_to_string (nfe_article_get_status (article)));
  sqlite3_bind_int64 (stmt, 3, now);
  sqlite3_bind_int64 (stmt, 4, now);
  if (!step_done (self, stmt, error))
    return FALSE;

  _nfe_article_set_stored (article, sqlite3_last_insert_rowid (self->db), now, now);

  return write_article_fields (self, article, now, error) &&
         write_bullets (self, nfe_article_get_id (article), bullets, error) &&
         write_questions (self, nfe_article_get_id (article), questions, now, error);
}

/**
 * nfe_project_insert_article:
 * @article: a new article (see nfe_article_new()), with its bullets and
 *   questions
 *
 * Stores @article and everything it holds in one transaction, and puts it
 * first in the article list.
 */
gboolean
nfe_project_insert_article (NfeProject  *self,
                            NfeArticle  *article,
                            GError     **error)
{
  g_return_val_if_fail (NFE_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (NFE_IS_ARTICLE (article), FALSE);
  g_return_val_if_fail (nfe_article_get_id (article) == 0, FALSE);

  if (!in_transaction (self, insert_article_txn, article, error))
    {
      _nfe_article_set_stored (article, 0, 0, 0);
      return FALSE;
    }

  g_signal_connect_object (article, "edited", G_CALLBACK (article_edited_cb), self,
                           G_CONNECT_SWAPPED);
  g_list_store_insert (self->articles, 0, article);
  return TRUE;
}

static gboolean
delete_article_txn (NfeProject  *self,
                    gpointer     data,
                    GError     **error)
{
  sqlite3_stmt *stmt = get_statement (self, "DELETE FROM article WHERE id = ?", error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, nfe_article_get_id (data));
  return step_done (self, stmt, error);
}

/**
 * nfe_project_delete_article:
 *
 * Deletes @article with its bullets, questions and revisions.
 */
gboolean
nfe_project_delete_article (NfeProject  *self,
                            NfeArticle  *article,
                            GError     **error)
{
  guint position;

  g_return_val_if_fail (NFE_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (NFE_IS_ARTICLE (article), FALSE);

  if (!find_article_position (self, article, &position))
    return set_no_such_article (error, article, _("Article %s is not in this project"));

  if (!in_transaction (self, delete_article_txn, article, error))
    return FALSE;

  g_signal_handlers_disconnect_by_func (article, article_edited_cb, self);
  g_hash_table_remove (self->dirty, article);
  g_list_store_remove (self->articles, position);
  return TRUE;
}

typedef struct
{
  NfeArticle *article;
  GPtrArray  *items;
} ItemsChange;

static gboolean
set_bullets_txn (NfeProject  *self,
                 gpointer     data,
                 GError     **error)
{
  ItemsChange *change = data;
  sqlite3_stmt *stmt = get_statement (self, "DELETE FROM summary_bullet WHERE article_id = ?",
                                      error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, nfe_article_get_id (change->article));
  return step_done (self, stmt, error) &&
         write_bullets (self, nfe_article_get_id (change->article), change->items, error);
}

static gboolean
set_questions_txn (NfeProject  *self,
                   gpointer     data,
                   GError     **error)
{
  ItemsChange *change = data;
  sqlite3_stmt *stmt = get_statement (self, "DELETE FROM question WHERE article_id = ?", error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, nfe_article_get_id (change->article));
  return step_done (self, stmt, error) &&
         write_questions (self, nfe_article_get_id (change->article), change->items,
                          now_seconds (), error);
}

static gboolean
same_items (GListModel *list,
            GPtrArray  *items)
{
  if (g_list_model_get_n_items (list) != items->len)
    return FALSE;

  for (guint i = 0; i < items->len; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      if (item != g_ptr_array_index (items, i))
        return FALSE;
    }

  return TRUE;
}

/**
 * nfe_project_set_bullets:
 * @bullets: (element-type NfeBullet): the article's summary, in order
 *
 * Makes @bullets the article's summary, in the file and in the article's
 * list, in one transaction: every change to a summary (an edit, a move,
 * a regeneration, an undo) is this one call.
 */
gboolean
nfe_project_set_bullets (NfeProject  *self,
                         NfeArticle  *article,
                         GPtrArray   *bullets,
                         GError     **error)
{
  ItemsChange change = { article, bullets };

  g_return_val_if_fail (NFE_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (NFE_IS_ARTICLE (article), FALSE);
  g_return_val_if_fail (nfe_article_get_loaded (article), FALSE);

  if (!in_transaction (self, set_bullets_txn, &change, error))
    return FALSE;

  _nfe_article_replace_items (article, nfe_article_get_bullets (article), bullets);
  return TRUE;
}

/**
 * nfe_project_set_questions:
 * @questions: (element-type NfeQuestion): the article's questions, in order
 *
 * Like nfe_project_set_bullets(), for the insight questions.
 */
gboolean
nfe_project_set_questions (NfeProject  *self,
                           NfeArticle  *article,
                           GPtrArray   *questions,
                           GError     **error)
{
  ItemsChange change = { article, questions };

  g_return_val_if_fail (NFE_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (NFE_IS_ARTICLE (article), FALSE);
  g_return_val_if_fail (nfe_article_get_loaded (article), FALSE);

  if (!in_transaction (self, set_questions_txn, &change, error))
    return FALSE;

  /* Saving the list as it stands (after a change of state or wording in
   * place) leaves the list, and the rows showing it, alone. */
  if (!same_items (nfe_article_get_questions (article), questions))
    _nfe_article_replace_items (article, nfe_article_get_questions (article), questions);
  return TRUE;
}

gboolean
nfe_project_get_has_unsaved (NfeProject *self)
{
  g_return_val_if_fail (NFE_IS_PROJECT (self), FALSE);
  return g_hash_table_size (self->dirty) > 0;
}

static gboolean
save_txn (NfeProject  *self,
          gpointer     data,
          GError     **error)
{
  gint64 now = now_seconds ();
  GHashTableIter iter;
  gpointer article;

  g_hash_table_iter_init (&iter, self->dirty);
  while (g_hash_table_iter_next (&iter, &article, NULL))
    {
      if (!write_article_fields (self, article, now, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * nfe_project_save:
 *
 * Writes every pending edit now, in one transaction. Edits are saved by
 * themselves shortly after they happen; call this before closing.
 */
gboolean
nfe_project_save (NfeProject  *self,
                  GError     **error)
{
  g_return_val_if_fail (NFE_IS_PROJECT (self), FALSE);

  g_clear_handle_id (&self->save_source, g_source_remove);

  if (g_hash_table_size (self->dirty) == 0)
    return TRUE;

  if (!in_transaction (self, save_txn, NULL, error))
    return FALSE;

  g_hash_table_remove_all (self->dirty);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_UNSAVED]);
  return TRUE;
}

void
nfe_search_result_free (NfeSearchResult *result)
{
  if (result == NULL)
    return;

  g_free (result->headline);
  g_free (result->snippet);
  g_free (result);
}

/* Turns what a person typed into an FTS5 query that cannot be a syntax
 * error: every word becomes a quoted string (FTS5 operators, column
 * filters and parentheses inside it are plain text then), the last one a
 * prefix so results follow the typing. Words with no letter or digit
 * would be empty phrases and are dropped. Returns NULL for no words. */
static char *
build_match_query (const char *query)
{
  g_auto(GStrv) words = NULL;
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  GString *match;

  g_assert (query != NULL);

  words = g_strsplit_set (query, " \t\n\r\f\v", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      for (const char *p = words[i]; *p != '\0'; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (g_unichar_isalnum (c))
            {
              g_ptr_array_add (kept, words[i]);
              break;
            }
        }
    }

  if (kept->len == 0)
    return NULL;

  match = g_string_new (NULL);
  for (guint i = 0; i < kept->len; i++)
    {
      const char *word = g_ptr_array_index (kept, i);

      if (i > 0)
        g_string_append_c (match, ' ');
      g_string_append_c (match, '"');
      for (const char *p = word; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (match, '"');
          g_string_append_c (match, *p);
        }
      g_string_append_c (match, '"');
    }
  g_string_append_c (match, '*');

  return g_string_free (match, FALSE);
}

/**
 * nfe_project_search:
 * @query: words as a person types them; no search syntax is needed or
 *   understood
 * @limit: the most results to return
 *
 * Finds the articles holding every word of @query (the last one may be
 * the start of a word) in their headline, body, bullets or questions,
 * accents ignored, best first: a match in the headline counts most.
 *
 * Returns: (transfer full) (element-type NfeSearchResult): the results,
 *   empty for a query without words, or %NULL on error
 */
GPtrArray *
nfe_project_search (NfeProject  *self,
                    const char  *query,
                    guint        limit,
                    GError     **error)
{
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GPtrArray) terms = NULL;
  g_autofree char *match = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (NFE_IS_PROJECT (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  results = g_ptr_array_new_with_free_func ((GDestroyNotify) nfe_search_result_free);
  if (limit == 0 || !(match = build_match_query (query)))
    return g_steal_pointer (&results);

  if (self->db == NULL)
    {
      check_writable (self, error);
      return NULL;
    }

  /* Ranking every match is cheap; the text of only the rows returned is
   * read. Columns: headline, body, bullets, questions. */
  stmt = get_statement (self,
                        "SELECT rowid FROM article_search WHERE article_search MATCH ?"
                        " ORDER BY bm25 (article_search, 10.0, 1.0, 2.0, 2.0), rowid DESC"
                        " LIMIT ?",
                        error);
  if (stmt == NULL)
    return NULL;

  bind_text (stmt, 1, match);
  sqlite3_bind_int64 (stmt, 2, limit);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      NfeSearchResult *result = g_new0 (NfeSearchResult, 1);

      result->article_id = sqlite3_column_int64 (stmt, 0);
      g_ptr_array_add (results, result);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      set_error_from_sqlite (error, self->db, rc, self->path);
      return NULL;
    }

  terms = nfe_snippet_terms (query);
  stmt = get_statement (self,
                        "SELECT headline, body, bullets, questions FROM article_search"
                        " WHERE rowid = ?",
                        error);
  if (stmt == NULL)
    return NULL;

  for (guint i = 0; i < results->len; i++)
    {
      NfeSearchResult *result = g_ptr_array_index (results, i);
      const char *columns[4] = { NULL };

      sqlite3_bind_int64 (stmt, 1, result->article_id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
            columns[c] = column_text (stmt, c);
          result->headline = g_strdup (columns[0] ? columns[0] : "");
          result->snippet = nfe_snippet_make (columns, G_N_ELEMENTS (columns), terms);
        }
      else
        {
          result->headline = g_strdup ("");
          result->snippet = g_strdup ("");
        }
      sqlite3_reset (stmt);

      if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        {
          set_error_from_sqlite (error, self->db, rc, self->path);
          return NULL;
        }
    }

  return g_steal_pointer (&results);
}

/* The review workflow: status changes and revisions. */

void
nfe_revision_free (NfeRevision *revision)
{
  if (revision == NULL)
    return;

  g_free (revision->author);
  g_free (revision->note);
  g_free (revision);
}

void
nfe_status_change_free (NfeStatusChange *change)
{
  if (change == NULL)
    return;

  g_free (change->author);
  g_free (change->note);
  g_free (change);
}

/* Changes the article's status in memory without it counting as an edit:
 * the caller writes it itself. The notification still goes out, so the
 * interface follows. */
static void
set_status_quietly (NfeProject       *self,
                    NfeArticle       *article,
                    NfeArticleStatus  status)
{
  g_signal_handlers_block_by_func (article, article_edited_cb, self);
  nfe_article_set_status (article, status);
  g_signal_handlers_unblock_by_func (article, article_edited_cb, self);
}

/* The workflow goes one step at a time, Draft → In review → Approved →
 * Published, and anything can go back to Draft for more work. */
static gboolean
check_transition (NfeArticleStatus   from,
                  NfeArticleStatus   to,
                  GError           **error)
{
  const char *subjects[] = {
    N_("A draft"), N_("An article in review"), N_("An approved article"),
    N_("A published article"),
  };
  const char *targets[] = {
    N_("draft"), N_("review"), N_("approved"), N_("published"),
  };
  const char *hint;

  g_assert (from < G_N_ELEMENTS (subjects));
  g_assert (to < G_N_ELEMENTS (targets));

  if ((to == NFE_ARTICLE_STATUS_DRAFT && from != NFE_ARTICLE_STATUS_DRAFT) || to == from + 1)
    return TRUE;

  if (to == from)
    {
      g_set_error (error, NFE_STORE_ERROR, NFE_STORE_ERROR_BAD_TRANSITION,
                   _("The article is already %s; there is nothing to change"),
                   nfe_article_status_to_string (to));
      return FALSE;
    }

  if (to < from)
    hint = _("move it back to draft first");
  else if (from == NFE_ARTICLE_STATUS_DRAFT)
    hint = _("send it for review first");
  else
    hint = _("approve it first");

  g_set_error (error, NFE_STORE_ERROR, NFE_STORE_ERROR_BAD_TRANSITION,
               _("%s cannot go straight to %s; %s"), _(subjects[from]), _(targets[to]), hint);
  return FALSE;
}

/* Stores what nfe_article_to_json() makes of the article as it is in
 * memory, which the caller has saved first. */
static gboolean
insert_snapshot (NfeProject  *self,
                 NfeArticle  *article,
                 const char  *snapshot,
                 const char  *author,
                 const char  *note,
                 gint64       now,
                 gint64      *revision_id,
                 GError     **error)
{
  sqlite3_stmt *stmt;

  stmt = get_statement (self,
                        "INSERT INTO revision (article_id, created_at, author, note, snapshot)"
                        " VALUES (?, ?, ?, ?, ?)",
                        error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, nfe_article_get_id (article));
  sqlite3_bind_int64 (stmt, 2, now);
  bind_text (stmt, 3, author ? author : "");
  bind_text (stmt, 4, note ? note : "");
  bind_text (stmt, 5, snapshot);
  if (!step_done (self, stmt, error))
    return FALSE;

  if (revision_id != NULL)
    *revision_id = sqlite3_last_insert_rowid (self->db);
  return TRUE;
}

static char *
dup_snapshot (NfeArticle *article)
{
  g_autoptr(JsonNode) node = nfe_article_to_json (article);

  return json_to_string (node, FALSE);
}

static gboolean
insert_revision (NfeProject  *self,
                 NfeArticle  *article,
                 const char  *author,
                 const char  *note,
                 gint64       now,
                 gint64      *revision_id,
                 GError     **error)
{
  g_autofree char *snapshot = dup_snapshot (article);

  return insert_snapshot (self, article, snapshot, author, note, now, revision_id, error);
}

typedef struct
{
  NfeArticle       *article;
  NfeArticleStatus  from;
  NfeArticleStatus  to;
  const char       *author;
  const char       *note;
  gint64            now;
  gint64            revision_id;
} ReviewChange;

static gboolean
set_status_txn (NfeProject  *self,
                gpointer     data,
                GError     **error)
{
  ReviewChange *change = data;
  gint64 article_id = nfe_article_get_id (change->article);
  g_autofree char *revision_note = NULL;
  sqlite3_stmt *stmt;

  stmt = get_statement (self, "UPDATE article SET status = ?, updated_at = ? WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;

  bind_text (stmt, 1, nfe_article_status_to_string (change->to));
  sqlite3_bind_int64 (stmt, 2, change->now);
  sqlite3_bind_int64 (stmt, 3, article_id);
  if (!step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (self->db) != 1)
    return set_no_such_article (error, change->article,
                                _("Article %s is no longer in the project"));

  stmt = get_statement (self,
                        "INSERT INTO status_change (article_id, created_at, author, from_status,"
                        " to_status, note) VALUES (?, ?, ?, ?, ?, ?)",
                        error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, article_id);
  sqlite3_bind_int64 (stmt, 2, change->now);
  bind_text (stmt, 3, change->author ? change->author : "");
  bind_text (stmt, 4, nfe_article_status_to_string (change->from));
  bind_text (stmt, 5, nfe_article_status_to_string (change->to));
  bind_text (stmt, 6, change->note ? change->note : "");
  if (!step_done (self, stmt, error))
    return FALSE;

  if (change->note != NULL && *change->note != '\0')
    revision_note = g_strdup_printf (_("Status: %s. %s"),
                                     nfe_article_status_get_label (change->to), change->note);
  else
    revision_note = g_strdup_printf (_("Status: %s"), nfe_article_status_get_label (change->to));

  return insert_revision (self, change->article, change->author, revision_note, change->now,
                          &change->revision_id, error);
}

/* What every review operation needs first: a writable project holding
 * @article, read whole, with no edit pending, so that a snapshot is what
 * the file holds. */
static gboolean
prepare_review (NfeProject  *self,
                NfeArticle  *article,
                GError     **error)
{
  guint position;

  if (!check_writable (self, error))
    return FALSE;

  if (!find_article_position (self, article, &position))
    return set_no_such_article (error, article, _("Article %s is not in this project"));

  return nfe_project_load_article (self, article, error) &&
         nfe_project_save (self, error);
}

/**
 * nfe_project_set_status:
 * @status: the new status
 * @author: (nullable): who changes it
 * @note: (nullable): why, for the record
 *
 * Moves @article one step along the workflow (Draft → In review →
 * Approved → Published), or back to Draft from anywhere. In one
 * transaction the status is written, the change recorded with @author and
 * @note, and a revision of the article saved, so that what was approved
 * or published can always be seen again.
 *
 * Returns: %FALSE with %NFE_STORE_ERROR_BAD_TRANSITION for any other move
 */
gboolean
nfe_project_set_status (NfeProject        *self,
                        NfeArticle        *article,
                        NfeArticleStatus   status,
                        const char        *author,
                        const char        *note,
                        GError           **error)
{
  ReviewChange change = { article, 0, status, author, note, now_seconds (), 0 };

  g_return_val_if_fail (NFE_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (NFE_IS_ARTICLE (article), FALSE);
  g_return_val_if_fail (status <= NFE_ARTICLE_STATUS_PUBLISHED, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!prepare_review (self, article, error))
    return FALSE;

  change.from = nfe_article_get_status (article);
  if (!check_transition (change.from, status, error))
    return FALSE;

  /* The snapshot is taken of the article in memory, so it must show the
   * new status already; on failure the old one comes back. */
  set_status_quietly (self, article, status);
  if (!in_transaction (self, set_status_txn, &change, error))
    {
      set_status_quietly (self, article, change.from);
      return FALSE;
    }

  _nfe_article_set_stored (article, nfe_article_get_id (article),
                           nfe_article_get_created (article), change.now);
  return TRUE;
}

static gboolean
save_revision_txn (NfeProject  *self,
                   gpointer     data,
                   GError     **error)
{
  ReviewChange *change = data;

  return insert_revision (self, change->article, change->author, change->note, change->now,
                          &change->revision_id, error);
}

/**
 * nfe_project_save_revision:
 * @author: (nullable): who saves it
 * @note: (nullable): why
 *
 * Saves the whole of @article (text, bullets, questions, status) as a
 * revision that nfe_project_restore_revision() can bring back. Pending
 * edits are saved first.
 *
 * Returns: the new revision's id, or 0 on error
 */
gint64
nfe_project_save_revision (NfeProject  *self,
                           NfeArticle  *article,
                           const char  *author,
                           const char  *note,
                           GError     **error)
{
  ReviewChange change = { article, 0, 0, author, note, now_seconds (), 0 };

  g_return_val_if_fail (NFE_IS_PROJECT (self), 0);
  g_return_val_if_fail (NFE_IS_ARTICLE (article), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!prepare_review (self, article, error) ||
      !in_transaction (self, save_revision_txn, &change, error))
    return 0;

  return change.revision_id;
}

static JsonNode *
parse_snapshot (const char  *snapshot,
                GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *root;

  if (snapshot == NULL || !json_parser_load_from_data (parser, snapshot, -1, error))
    return NULL;

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, NFE_STORE_ERROR, NFE_STORE_ERROR_CORRUPT,
                   _("The snapshot is not a JSON object"));
      return NULL;
    }

  return json_node_copy (root);
}

static guint
snapshot_words (const char *snapshot)
{
  g_autoptr(JsonNode) node = parse_snapshot (snapshot, NULL);
  const char *body;

  if (node == NULL)
    return 0;

  body = json_object_get_string_member_with_default (json_node_get_object (node),
                                                     "body_markdown", "");
  return nfe_text_count_words (body, -1);
}

static gboolean
check_readable (NfeProject  *self,
                GError     **error)
{
  g_autofree char *name = NULL;

  if (self->db != NULL)
    return TRUE;

  name = display_name (self->path);
  g_set_error (error, NFE_STORE_ERROR, NFE_STORE_ERROR_FAILED, _("“%s” is closed"), name);
  return FALSE;
}

/**
 * nfe_project_list_revisions:
 *
 * Returns: (transfer full) (element-type NfeRevision): the article's
 *   revisions, newest first, or %NULL on error
 */
static gpointer
revision_from_row (sqlite3_stmt *stmt)
{
  NfeRevision *revision = g_new0 (NfeRevision, 1);

  revision->id = sqlite3_column_int64 (stmt, 0);
  revision->created = sqlite3_column_int64 (stmt, 1);
  revision->author = g_strdup (column_text (stmt, 2) ? column_text (stmt, 2) : "");
  revision->note = g_strdup (column_text (stmt, 3) ? column_text (stmt, 3) : "");
  revision->words = snapshot_words (column_text (stmt, 4));
  return revision;
}

GPtrArray *
nfe_project_list_revisions (NfeProject  *self,
                            NfeArticle  *article,
                            GError     **error)
{
  g_return_val_if_fail (NFE_IS_PROJECT (self), NULL);
  g_return_val_if_fail (NFE_IS_ARTICLE (article), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_readable (self, error))
    return NULL;

  return read_items (self, nfe_article_get_id (article),
                     "SELECT id, created_at, author, note, snapshot FROM revision"
                     " WHERE article_id = ? ORDER BY created_at DESC, id DESC",
                     revision_from_row, (GDestroyNotify) nfe_revision_free, error);
}

/**
 * nfe_project_list_status_changes:
 *
 * Returns: (transfer full) (element-type NfeStatusChange): the changes of
 *   the article's status, newest first, or %NULL on error
 */
static gpointer
status_change_from_row (sqlite3_stmt *stmt)
{
  NfeStatusChange *change = g_new0 (NfeStatusChange, 1);

  change->id = sqlite3_column_int64 (stmt, 0);
  change->created = sqlite3_column_int64 (stmt, 1);
  change->author = g_strdup (column_text (stmt, 2) ? column_text (stmt, 2) : "");
  nfe_article_status_from_string (column_text (stmt, 3), &change->from_status);
  nfe_article_status_from_string (column_text (stmt, 4), &change->to_status);
  change->note = g_strdup (column_text (stmt, 5) ? column_text (stmt, 5) : "");
  return change;
}

GPtrArray *
nfe_project_list_status_changes (NfeProject  *self,
                                 NfeArticle  *article,
                                 GError     **error)
{
  g_return_val_if_fail (NFE_IS_PROJECT (self), NULL);
  g_return_val_if_fail (NFE_IS_ARTICLE (article), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_readable (self, error))
    return NULL;

  return read_items (self, nfe_article_get_id (article),
                     "SELECT id, created_at, author, from_status, to_status, note"
                     " FROM status_change WHERE article_id = ?"
                     " ORDER BY created_at DESC, id DESC",
                     status_change_from_row, (GDestroyNotify) nfe_status_change_free, error);
}

static char *
read_snapshot (NfeProject  *self,
               NfeArticle  *article,
               gint64       revision_id,
               GError     **error)
{
  char *snapshot = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = get_statement (self, "SELECT snapshot FROM revision WHERE id = ? AND article_id = ?",
                        error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, revision_id);
  sqlite3_bind_int64 (stmt, 2, nfe_article_get_id (article));
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    snapshot = g_strdup (column_text (stmt, 0) ? column_text (stmt, 0) : "");
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    {
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, revision_id);
      g_autofree char *article_id = g_strdup_printf ("%" G_GINT64_FORMAT,
                                                     nfe_article_get_id (article));

      g_set_error (error, NFE_STORE_ERROR, NFE_STORE_ERROR_NOT_FOUND,
                   _("Article %s has no revision %s"), article_id, id);
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      set_error_from_sqlite (error, self->db, rc, self->path);
      return NULL;
    }

  return snapshot;
}

/* The snapshot's names of the article's fields, as nfe_article_to_json()
 * writes them. */
static const char * const field_keys[NFE_N_ARTICLE_FIELDS] = {
  "headline", "byline", "source", "dateline", "body_markdown", "closing",
};

/* Reads a snapshot's bullets and questions with the same reader as
 * `--show --json` output; that reader wants a headline, which a snapshot
 * of an article still being written may lack, so it gets a stand-in. */
static NfeArticle *
article_from_snapshot (JsonNode  *node,
                       GError   **error)
{
  g_autoptr(JsonObject) items = json_object_new ();
  g_autoptr(JsonNode) copy = json_node_new (JSON_NODE_OBJECT);
  JsonObject *object = json_node_get_object (node);
  static const char * const members[] = { "bullets", "questions" };

  /* A new object: a copied node would share (and change) the snapshot's. */
  json_object_set_string_member (items, "headline", "-");
  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    {
      JsonNode *member = json_object_get_member (object, members[i]);

      if (member != NULL)
        json_object_set_member (items, members[i], json_node_copy (member));
    }
  json_node_set_object (copy, items);
  return nfe_article_new_from_json (copy, error);
}

/**
 * nfe_project_load_revision:
 * @revision_id: a revision of @article, from nfe_project_list_revisions()
 *
 * Reads what @article was in a revision, to show or compare it.
 *
 * Returns: (transfer full): a new article, not in the project, with the
 *   revision's text, bullets and questions; %NULL on error
 */
NfeArticle *
nfe_project_load_revision (NfeProject  *self,
                           NfeArticle  *article,
                           gint64       revision_id,
                           GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *snapshot = NULL;
  NfeArticle *revision;
  JsonObject *object;

  g_return_val_if_fail (NFE_IS_PROJECT (self), NULL);
  g_return_val_if_fail (NFE_IS_ARTICLE (article), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_readable (self, error) ||
      !(snapshot = read_snapshot (self, article, revision_id, error)))
    return NULL;

  if (!(node = parse_snapshot (snapshot, &local_error)) ||
      !(revision = article_from_snapshot (node, &local_error)))
    {
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, revision_id);

      g_set_error (error, NFE_STORE_ERROR, NFE_STORE_ERROR_CORRUPT,
                   _("Revision %s is damaged and cannot be read (%s)"),
                   id, local_error->message);
      return NULL;
    }

  object = json_node_get_object (node);
  for (guint i = 0; i < NFE_N_ARTICLE_FIELDS; i++)
    nfe_article_set_field (revision, i,
                           json_object_get_string_member_with_default (object, field_keys[i], ""));

  return revision;
}

typedef struct
{
  NfeArticle *article;
  const char *before;       /* the snapshot of the state being replaced */
  const char *author;
  const char *note;
  GPtrArray  *bullets;
  GPtrArray  *questions;
  gint64      revision_id;
} Restore;

static gboolean
restore_txn (NfeProject  *self,
             gpointer     data,
             GError     **error)
{
  Restore *restore = data;
  ItemsChange bullets = { restore->article, restore->bullets };
  ItemsChange questions = { restore->article, restore->questions };

  return insert_snapshot (self, restore->article, restore->before, restore->author, restore->note,
                          now_seconds (), &restore->revision_id, error) &&
         save_txn (self, NULL, error) &&
         set_bullets_txn (self, &bullets, error) &&
         set_questions_txn (self, &questions, error);
}

/**
 * nfe_project_restore_revision:
 * @revision_id: a revision of @article, from nfe_project_list_revisions()
 * @author: (nullable): who restores it
 *
 * Brings back the text, bullets and questions @article had in a revision.
 * In the same transaction the current state is saved as a revision, so a
 * restore can itself be undone (by restoring that one) and nothing is
 * lost. The status stays as it is: only nfe_project_set_status() changes
 * that. Everything is saved on return.
 *
 * Returns: the revision holding the state before the restore, or 0 on
 *   error
 */
gint64
nfe_project_restore_revision (NfeProject  *self,
                              NfeArticle  *article,
                              gint64       revision_id,
                              const char  *author,
                              GError     **error)
{
  g_autoptr(NfeArticle) restored = NULL;
  g_autoptr(GPtrArray) bullets = NULL;
  g_autoptr(GPtrArray) questions = NULL;
  g_autofree char *note = NULL;
  g_autofree char *before = NULL;
  g_auto(GStrv) fields = g_new0 (char *, NFE_N_ARTICLE_FIELDS + 1);
  Restore restore = { article, NULL, author, NULL, NULL, NULL, 0 };

  g_return_val_if_fail (NFE_IS_PROJECT (self), 0);
  g_return_val_if_fail (NFE_IS_ARTICLE (article), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!prepare_review (self, article, error) ||
      !(restored = nfe_project_load_revision (self, article, revision_id, error)))
    return 0;

  note = g_strdup_printf (_("Before restoring revision %" G_GINT64_FORMAT), revision_id);
  before = dup_snapshot (article);
  bullets = list_to_array (nfe_article_get_bullets (restored));
  questions = list_to_array (nfe_article_get_questions (restored));
  restore.before = before;
  restore.note = note;
  restore.bullets = bullets;
  restore.questions = questions;

  /* Through the setters, so that editors showing the article follow; on
   * failure the fields go back as they were. */
  for (guint i = 0; i < NFE_N_ARTICLE_FIELDS; i++)
    {
      fields[i] = g_strdup (nfe_article_get_field (article, i));
      nfe_article_set_field (article, i, nfe_article_get_field (restored, i));
    }

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (!in_transaction (self, restore_txn, &restore, error))
    {
      for (guint i = 0; i < NFE_N_ARTICLE_FIELDS; i++)
        nfe_article_set_field (article, i, fields[i]);
      return 0;
    }

  g_hash_table_remove_all (self->dirty);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_UNSAVED]);
  _nfe_article_replace_items (article, nfe_article_get_bullets (article), bullets);
  _nfe_article_replace_items (article, nfe_article_get_questions (article), questions);

  return restore.revision_id;
}

static gboolean
save_timeout_cb (gpointer data)
{
  NfeProject *self = data;
  g_autoptr(GError) error = NULL;

  self->save_source = 0;

  if (!nfe_project_save (self, &error))
    {
      g_warning ("Saving %s failed: %s", self->path, error->message);
      g_signal_emit (self, signals[SAVE_FAILED], 0, error);
    }

  return G_SOURCE_REMOVE;
}

static void
article_edited_cb (NfeProject *self,
                   NfeArticle *article)
{
  gboolean was_clean = g_hash_table_size (self->dirty) == 0;

  g_assert (NFE_IS_PROJECT (self));
  g_assert (NFE_IS_ARTICLE (article));

  g_hash_table_add (self->dirty, g_object_ref (article));
  if (was_clean)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_UNSAVED]);

  /* Restarted by each change, so a burst of typing is one write. */
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
}

static void
watch_articles (NfeProject *self)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->articles));

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(NfeArticle) article = g_list_model_get_item (G_LIST_MODEL (self->articles), i);

      g_signal_connect_object (article, "edited", G_CALLBACK (article_edited_cb), self,
                               G_CONNECT_SWAPPED);
    }
}

/**
 * nfe_project_close:
 *
 * Saves what is pending and closes the file. Safe to call twice.
 */
void
nfe_project_close (NfeProject *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (NFE_IS_PROJECT (self));

  if (self->db == NULL)
    return;

  if (!self->read_only && !nfe_project_save (self, &error))
    g_warning ("Could not save %s before closing: %s", self->path, error->message);

  g_clear_handle_id (&self->save_source, g_source_remove);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->db, sqlite3_close);
}

static NfeProject *
project_new (GFile   *file,
             GError **error)
{
  g_autoptr(NfeProject) self = g_object_new (NFE_TYPE_PROJECT, "file", file, NULL);

  if (self->path == NULL)
    {
      g_set_error (error, NFE_STORE_ERROR, NFE_STORE_ERROR_NOT_FOUND,
                   _("Projects must be local files"));
      return NULL;
    }

  return g_steal_pointer (&self);
}

/**
 * nfe_project_open:
 * @flags: %NFE_PROJECT_OPEN_READ_ONLY to change nothing
 *
 * Opens an existing project, upgrading its schema if it comes from an
 * older version. A file that is not a project, is damaged, too new or
 * locked gives an error and is left exactly as it was.
 */
NfeProject *
nfe_project_open (GFile                *file,
                  NfeProjectOpenFlags   flags,
                  GError              **error)
{
  g_autoptr(NfeProject) self = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!(self = project_new (file, error)))
    return NULL;

  if (!project_open (self, flags, error))
    {
      g_clear_pointer (&self->statements, g_hash_table_unref);
      g_clear_pointer (&self->db, sqlite3_close);
      return NULL;
    }

  watch_articles (self);
  return g_steal_pointer (&self);
}

static void
open_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  NfeProjectOpenFlags flags = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (task), "flags"));
  GError *error = NULL;
  NfeProject *project;

  project = nfe_project_open (task_data, flags, &error);
  if (project == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, project, g_object_unref);
}

/* The article list of a large project takes a moment to read: do it off
 * the main thread. The connection is then used from the main thread only. */
void
nfe_project_open_async (GFile               *file,
                        NfeProjectOpenFlags  flags,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, nfe_project_open_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_object_set_data (G_OBJECT (task), "flags", GUINT_TO_POINTER (flags));
  g_task_run_in_thread (task, open_thread);
}

NfeProject *
nfe_project_open_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * nfe_project_create:
 *
 * Creates a new, empty project at @file, which must not exist yet.
 */
NfeProject *
nfe_project_create (GFile   *file,
                    GError **error)
{
  g_autoptr(NfeProject) self = NULL;
  g_autofree char *set_app_id = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!(self = project_new (file, error)))
    return NULL;

  name = display_name (self->path);
  if (g_file_test (self->path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, NFE_STORE_ERROR, NFE_STORE_ERROR_EXISTS,
                   _("“%s” already exists; choose another name"), name);
      return NULL;
    }

  /* The application id and schema are written before the switch to WAL,
   * so they are in the main file's header from the start, where
   * check_header() and file(1)-style sniffers look. */
  set_app_id = g_strdup_printf ("PRAGMA application_id = %d", NFE_PROJECT_APPLICATION_ID);
  if (!open_connection (self, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        error) ||
      !exec_sql (self, set_app_id, error) ||
      !migrate (self, 0, error) ||
      !exec_sql (self, "PRAGMA journal_mode = WAL", error))
    {
      g_clear_pointer (&self->statements, g_hash_table_unref);
      g_clear_pointer (&self->db, sqlite3_close);
      g_unlink (self->path);
      return NULL;
    }

  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->db, sqlite3_close);

  return nfe_project_open (file, NFE_PROJECT_OPEN_DEFAULT, error);
}
