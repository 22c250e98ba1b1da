/* test-markdown.c
 *
 * Copyright 2026 NextFin
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "nfe-markdown.h"

static char *
render (const char       *markdown,
        NfeMarkdownFlags  flags)
{
  return nfe_markdown_render (markdown, strlen (markdown), NULL, flags);
}

static void
assert_renders (const char *markdown,
                const char *expected)
{
  g_autofree char *html = render (markdown, NFE_MARKDOWN_DEFAULT);

  g_assert_cmpstr (html, ==, expected);
}

static void
test_blocks_and_lines (void)
{
  const char *markdown =
    "# Rates held\n"                 /* 0 */
    "\n"
    "First paragraph,\n"             /* 2 */
    "still the first.\n"
    "\n"
    "- one\n"                        /* 5 */
    "\n"
    "- two, loose\n"
    "\n"
    "---\n"                          /* 9 */
    "\n"
    "```\n"
    "code line\n"                    /* 12 */
    "\n"
    "more code\n"
    "```\n"
    "\n"
    "| a | b |\n"                    /* 17 */
    "|---|---|\n"
    "| 1 | 2 |\n";
  static const struct {
    guint       first_line;
    const char *starts_with;
  } expected[] = {
    { 0, "<h1>Rates held</h1>" },
    { 2, "<p>First paragraph,\nstill the first.</p>" },
    { 5, "<ul>\n<li><p>one</p>" },
    { 8, "<hr>" },
    { 12, "<pre><code>code line\n\nmore code\n</code></pre>" },
    { 17, "<table>" },
  };
  g_autoptr(GPtrArray) blocks = nfe_markdown_render_blocks (markdown, strlen (markdown), NULL,
                                                            NFE_MARKDOWN_DEFAULT);

  g_assert_cmpuint (blocks->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < blocks->len; i++)
    {
      NfeMarkdownBlock *block = g_ptr_array_index (blocks, i);

      g_test_message ("block %u: lines %u-%u: %s", i, block->first_line, block->last_line,
                      block->html);
      g_assert_cmpuint (block->first_line, ==, expected[i].first_line);
      g_assert_true (g_str_has_prefix (block->html, expected[i].starts_with));
    }
}

static void
test_gfm (void)
{
  assert_renders ("~~gone~~ and **bold** and *em*",
                  "<p><del>gone</del> and <strong>bold</strong> and <em>em</em></p>\n");
  assert_renders ("See https://nextfin.example/a?b=1&c=2 now",
                  "<p>See <a href=\"https://nextfin.example/a?b=1&amp;c=2\">https://nextfin.example/a?b=1&amp;c=2</a> now</p>\n");
  assert_renders ("www.example.com", "<p><a href=\"http://www.example.com\">www.example.com</a></p>\n");
  assert_renders ("- [x] done\n- [ ] open\n",
                  "<ul>\n<li class=\"task-list-item\"><input type=\"checkbox\" disabled checked> done</li>\n"
                  "<li class=\"task-list-item\"><input type=\"checkbox\" disabled> open</li>\n</ul>\n");
  assert_renders ("| Q | Revenue |\n|:--|--:|\n| Q3 | $1.2bn |\n",
                  "<table>\n<thead>\n<tr><th class=\"align-left\">Q</th><th class=\"align-right\">Revenue</th></tr>\n"
                  "</thead>\n<tbody>\n<tr><td class=\"align-left\">Q3</td><td class=\"align-right\">$1.2bn</td></tr>\n"
                  "</tbody>\n</table>\n");
  assert_renders ("3. third\n4. fourth\n", "<ol start=\"3\">\n<li>third</li>\n<li>fourth</li>\n</ol>\n");
  assert_renders ("```python\nx < 1\n```\n",
                  "<pre><code class=\"language-python\">x &lt; 1\n</code></pre>\n");
  assert_renders ("&eacute;t&eacute; &#x41; &amp; &bogus;", "<p>été A &amp; &amp;bogus;</p>\n");
  assert_renders ("a  \nb", "<p>a<br>\nb</p>\n");
}

static void
test_raw_html_is_text (void)
{
  assert_renders ("<script>alert(1)</script>",
                  "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n");
  assert_renders ("x <img src=x onerror=\"alert(1)\"> y",
                  "<p>x &lt;img src=x onerror=&quot;alert(1)&quot;&gt; y</p>\n");
  assert_renders ("<iframe src=\"https://evil.example\"></iframe>",
                  "<p>&lt;iframe src=&quot;https://evil.example&quot;&gt;&lt;/iframe&gt;</p>\n");
}

static void
test_unsafe_links (void)
{
  assert_renders ("[a](javascript:alert(1))", "<p>a</p>\n");
  assert_renders ("[a](JavaScript:alert(1))", "<p>a</p>\n");
  assert_renders ("[a](javascript&#58;alert(1))", "<p>a</p>\n");
  assert_renders ("[a](<java\tscript:alert(1)>)", "<p>a</p>\n");
  assert_renders ("[a](data:text/html;base64,PHNjcmlwdD4=)", "<p>a</p>\n");
  assert_renders ("[a](vbscript:x)", "<p>a</p>\n");
  assert_renders ("[a](file:///etc/passwd)", "<p>a</p>\n");
  assert_renders ("[a](https://x.example/\"onmouseover=\"alert(1) \"t\")",
                  "<p><a href=\"https://x.example/&quot;onmouseover=&quot;alert(1)\" title=\"t\">a</a></p>\n");
  assert_renders ("[a](mailto:desk@nextfin.example)",
                  "<p><a href=\"mailto:desk@nextfin.example\">a</a></p>\n");
  assert_renders ("[a](/markets/asia#top)", "<p><a href=\"/markets/asia#top\">a</a></p>\n");
}

static void
test_images (void)
{
  g_autofree char *remote = render ("![Chart of yields](https://img.example/y.png \"Yields\")",
                                    NFE_MARKDOWN_REMOTE_IMAGES);

  assert_renders ("![Chart of yields](https://img.example/y.png)",
                  "<p><span class=\"image-blocked\">Chart of yields</span></p>\n");
  g_assert_cmpstr (remote, ==,
                   "<p><img src=\"https://img.example/y.png\" alt=\"Chart of yields\" title=\"Yields\"></p>\n");
  assert_renders ("![dot](data:image/png;base64,iVBORw0KGgo=)",
                  "<p><img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"dot\"></p>\n");
  assert_renders ("![svg](data:image/svg+xml;base64,PHN2Zz4=)", "<p>svg</p>\n");
  assert_renders ("![x](javascript:alert(1))", "<p>x</p>\n");
  assert_renders ("![a \"quoted\" <alt>](chart.png)",
                  "<p><img src=\"chart.png\" alt=\"a &quot;quoted&quot; &lt;alt&gt;\"></p>\n");
}

static void
test_lead (void)
{
  const char *markdown = "## Heading first\n\nBody starts here.\n\nSecond.\n";
  g_autofree char *html = nfe_markdown_render (markdown, strlen (markdown),
                                               "<span class=\"dateline\">LONDON</span> - ",
                                               NFE_MARKDOWN_DEFAULT);
  g_autofree char *empty = nfe_markdown_render ("", 0, "<b>X</b>", NFE_MARKDOWN_DEFAULT);

  g_assert_cmpstr (html, ==,
                   "<h2>Heading first</h2>\n"
                   "<p><span class=\"dateline\">LONDON</span> - Body starts here.</p>\n"
                   "<p>Second.</p>\n");
  g_assert_cmpstr (empty, ==, "<p><b>X</b></p>\n");
}

static void
test_escape (void)
{
  g_autofree char *escaped = nfe_markdown_escape ("<a href=\"x\">'&'</a>\x01\x7f", -1);

  g_assert_cmpstr (escaped, ==, "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
}

static void
test_unicode_and_nul (void)
{
  const char markdown[] = "Zürich \xe2\x80\x94 \xe5\x8c\x97\xe4\xba\xac\0tail";
  g_autofree char *html = nfe_markdown_render (markdown, sizeof markdown - 1, NULL,
                                               NFE_MARKDOWN_DEFAULT);

  g_assert_cmpstr (html, ==, "<p>Zürich — 北京\xef\xbf\xbdtail</p>\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/nfe/markdown/blocks-and-lines", test_blocks_and_lines);
  g_test_add_func ("/nfe/markdown/gfm", test_gfm);
  g_test_add_func ("/nfe/markdown/raw-html-is-text", test_raw_html_is_text);
  g_test_add_func ("/nfe/markdown/unsafe-links", test_unsafe_links);
  g_test_add_func ("/nfe/markdown/images", test_images);
  g_test_add_func ("/nfe/markdown/lead", test_lead);
  g_test_add_func ("/nfe/markdown/escape", test_escape);
  g_test_add_func ("/nfe/markdown/unicode-and-nul", test_unicode_and_nul);

  return g_test_run ();
}
