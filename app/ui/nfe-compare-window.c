/* nfe-compare-window.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "nfe-compare.h"
#include "nfe-compare-window.h"

/* Two states of an article side by side would halve the width a reviewer
 * reads at; one text with the changes marked in it reads like an editor's
 * proof: inserted words underlined on green, deleted ones struck through
 * on red, part by part. */

static void
create_tags (GtkTextBuffer *buffer)
{
  gtk_text_buffer_create_tag (buffer, "section",
                              "weight", PANGO_WEIGHT_BOLD,
                              "scale", 1.15,
                              "pixels-above-lines", 18,
                              "pixels-below-lines", 2,
                              NULL);
  gtk_text_buffer_create_tag (buffer, "counts",
                              "foreground", "#77767b",
                              "scale", 0.85,
                              "pixels-below-lines", 6,
                              NULL);
  gtk_text_buffer_create_tag (buffer, "inserted",
                              "background", "rgba(46,194,126,0.30)",
                              "underline", PANGO_UNDERLINE_SINGLE,
                              NULL);
  gtk_text_buffer_create_tag (buffer, "deleted",
                              "background", "rgba(224,27,36,0.25)",
                              "strikethrough", TRUE,
                              NULL);
}

static void
append (GtkTextBuffer *buffer,
        const char    *text,
        const char    *tag)
{
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (buffer, &end);
  if (tag != NULL)
    gtk_text_buffer_insert_with_tags_by_name (buffer, &end, text, -1, tag, NULL);
  else
    gtk_text_buffer_insert (buffer, &end, text, -1);
}

static void
fill_buffer (GtkTextBuffer *buffer,
             GPtrArray     *sections)
{
  guint changed = 0;

  for (guint i = 0; i < sections->len; i++)
    {
      NfeCompareSection *section = g_ptr_array_index (sections, i);
      g_autofree char *counts = NULL;

      gboolean same = section->words_added == 0 && section->words_removed == 0;

      /* An unchanged part is named, not repeated: the changes are what a
       * reviewer is here for. */
      if (same)
        counts = g_strdup (_("No change"));
      else
        counts = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u word added, ", "%u words added, ",
                                               section->words_added),
                                  section->words_added);
      if (!same)
        {
          g_autofree char *removed = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u removed",
                                                                   "%u removed",
                                                                   section->words_removed),
                                                      section->words_removed);
          char *both = g_strconcat (counts, removed, NULL);

          g_free (counts);
          counts = both;
          changed++;
        }

      append (buffer, i > 0 ? "\n" : "", NULL);
      append (buffer, section->title, "section");
      append (buffer, "\n", NULL);
      append (buffer, counts, "counts");
      append (buffer, "\n", NULL);
      if (same)
        continue;

      for (guint j = 0; j < section->spans->len; j++)
        {
          const NfeDiffSpan *span = &g_array_index (section->spans, NfeDiffSpan, j);

          append (buffer, span->text,
                  span->op == NFE_DIFF_INSERT ? "inserted" :
                  span->op == NFE_DIFF_DELETE ? "deleted" : NULL);
        }
      append (buffer, "\n", NULL);
    }

  if (changed == 0)
    append (buffer, _("\nThe two are the same.\n"), "counts");
}

/**
 * nfe_compare_window_new:
 * @parent: the window it belongs to
 * @older_title: what the earlier state is, e.g. its time and note
 * @newer_title: what the later state is
 * @sections: (element-type NfeCompareSection): from nfe_compare_articles()
 *
 * Returns: (transfer none): a new window showing the comparison, to present
 */
GtkWindow *
nfe_compare_window_new (GtkWindow  *parent,
                        const char *older_title,
                        const char *newer_title,
                        GPtrArray  *sections)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *title = adw_window_title_new (_("Compare Revisions"), NULL);
  GtkWidget *legend = gtk_label_new (NULL);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *view = gtk_text_view_new ();
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  g_autofree char *subtitle = g_strdup_printf (_("From %s to %s"), older_title, newer_title);
  GtkEventController *keys = gtk_shortcut_controller_new ();

  adw_window_title_set_subtitle (ADW_WINDOW_TITLE (title), subtitle);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), title);
  gtk_box_append (GTK_BOX (box), header);

  gtk_label_set_markup (GTK_LABEL (legend),
                        _("<span underline=\"single\" background=\"#2ec27e4c\">Added words</span> "
                          "are underlined, "
                          "<span strikethrough=\"true\" background=\"#e01b2440\">removed words</span> "
                          "struck through."));
  gtk_widget_set_margin_top (legend, 6);
  gtk_widget_set_margin_bottom (legend, 6);
  gtk_box_append (GTK_BOX (box), legend);

  create_tags (buffer);
  fill_buffer (buffer, sections);
  gtk_text_view_set_editable (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_cursor_visible (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 24);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 24);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 24);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Changes between the revisions"), -1);
  gtk_widget_set_name (view, "compare-view");
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (box), scrolled);

  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (window, keys);

  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_set_title (GTK_WINDOW (window), _("Compare Revisions"));
  gtk_window_set_default_size (GTK_WINDOW (window), 720, 640);
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (window), TRUE);

  return GTK_WINDOW (window);
}
