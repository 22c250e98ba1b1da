/* nfe-rendering.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nfe-rendering"

#include "config.h"

#include <epoxy/gl.h>
#include <string.h>

#include "nfe-rendering.h"

/* GTK 4.8 draws windows with OpenGL. Where OpenGL is emulated on the CPU
 * (llvmpipe: virtual machines, remote desktops, Xvfb), every frame then
 * costs tens of milliseconds: measured with bench-preview on such a machine,
 * typing into a 100k-word article stalled the main loop for 26 ms at a time
 * and the preview's p95 update took 42 ms; with GTK's cairo renderer the
 * stalls were 7 ms and the p95 13 ms. So ask the driver what it is and, on
 * a software one, draw with cairo, and have WebKit composite without GL.
 * A GSK_RENDERER the user set wins. */

static gboolean software;

static gboolean
is_software_renderer (const char *name)
{
  static const char * const software_names[] = {
    "llvmpipe", "softpipe", "Software Rasterizer", "swrast", "SWR",
  };

  for (guint i = 0; i < G_N_ELEMENTS (software_names); i++)
    if (strstr (name, software_names[i]) != NULL)
      return TRUE;

  return FALSE;
}

static gboolean
detect_software_gl (GdkDisplay *display)
{
  g_autoptr(GdkGLContext) context = NULL;
  g_autoptr(GError) error = NULL;
  const char *renderer;
  gboolean result;

  context = gdk_display_create_gl_context (display, &error);
  if (context == NULL || !gdk_gl_context_realize (context, &error))
    {
      g_debug ("No OpenGL (%s): GTK draws with cairo", error->message);
      return TRUE;
    }

  gdk_gl_context_make_current (context);
  renderer = (const char *) glGetString (GL_RENDERER);
  result = renderer == NULL || is_software_renderer (renderer);
  g_debug ("OpenGL renderer: %s%s", renderer ? renderer : "unknown",
           result ? " (software)" : "");
  gdk_gl_context_clear_current ();

  return result;
}

/**
 * nfe_rendering_setup:
 *
 * Chooses how windows are drawn; call once after gtk_init(), before the
 * first window is shown.
 */
void
nfe_rendering_setup (void)
{
  const char *forced = g_getenv ("GSK_RENDERER");
  GdkDisplay *display = gdk_display_get_default ();

  if (forced != NULL)
    software = g_str_equal (forced, "cairo");
  else if (display != NULL && detect_software_gl (display))
    {
      software = TRUE;
      /* GTK reads this when it draws its first window. */
      g_setenv ("GSK_RENDERER", "cairo", FALSE);
    }
}

/**
 * nfe_rendering_is_software:
 *
 * Returns: whether drawing happens on the CPU, so that web views should
 *   not use OpenGL either.
 */
gboolean
nfe_rendering_is_software (void)
{
  return software;
}
