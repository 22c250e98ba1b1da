// preview.js
//
// Copyright 2026 NextFin
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The live preview's own script, injected by the application as a user
// script: the page itself runs no script at all. It applies the changes the
// application sends (one body block, one part of the page) without
// reloading, so nothing flickers and the reader's place holds, and reports
// scrolling and clicks for the editor to follow.

(function () {
  'use strict';

  // Where our own last scroll left the page: a scroll event that finds it
  // there is the echo of that scroll, not the reader's.
  let expectedScrollY = -1;
  let scrollQueued = false;

  function post(message) {
    window.webkit.messageHandlers.nfe.postMessage(JSON.stringify(message));
  }

  function body() {
    return document.getElementById('nfe-body');
  }

  // The first block whose bottom is below the top of the window.
  function firstVisibleBlock() {
    const blocks = body().children;
    let low = 0;
    let high = blocks.length;

    while (low < high) {
      const mid = (low + high) >> 1;
      if (blocks[mid].getBoundingClientRect().bottom <= 0)
        low = mid + 1;
      else
        high = mid;
    }
    return low < blocks.length ? low : -1;
  }

  // Replaces `remove` blocks from `start` with the blocks in `html`. The
  // block at the top of the window stays exactly where it is on screen,
  // even when blocks above it change height.
  function patch(start, remove, html) {
    const parent = body();
    const anchorIndex = firstVisibleBlock();
    let anchor = null;
    let anchorTop = 0;

    if (anchorIndex >= 0 && (anchorIndex < start || anchorIndex >= start + remove)) {
      anchor = parent.children[anchorIndex];
      anchorTop = anchor.getBoundingClientRect().top;
    }

    const template = document.createElement('template');
    template.innerHTML = html;
    const next = parent.children[start + remove] || null;
    for (let i = 0; i < remove; i++)
      parent.children[start].remove();
    parent.insertBefore(template.content, next);

    if (anchor !== null) {
      const shift = anchor.getBoundingClientRect().top - anchorTop;
      if (shift !== 0) {
        window.scrollBy(0, shift);
        expectedScrollY = window.scrollY;
      }
    }
    return parent.children.length;
  }

  function setPart(id, html) {
    document.getElementById(id).innerHTML = html;
  }

  function setTheme(dark) {
    if (dark)
      document.documentElement.dataset.theme = 'dark';
    else
      delete document.documentElement.dataset.theme;
  }

  // Where the top of the window is: a block, and how far into it.
  function topPosition() {
    const index = firstVisibleBlock();
    if (index < 0)
      return { block: -1, fraction: 0 };
    const rect = body().children[index].getBoundingClientRect();
    const fraction = rect.height > 0 ? Math.min(1, Math.max(0, -rect.top / rect.height)) : 0;
    return { block: index, fraction: fraction };
  }

  function scrollToBlock(index, fraction) {
    const blocks = body().children;
    if (blocks.length === 0)
      return;
    const block = blocks[Math.min(Math.max(index, 0), blocks.length - 1)];
    const rect = block.getBoundingClientRect();
    window.scrollTo(0, window.scrollY + rect.top + fraction * rect.height);
    expectedScrollY = window.scrollY;
  }

  document.addEventListener('scroll', function () {
    if (Math.abs(window.scrollY - expectedScrollY) < 1 || scrollQueued)
      return;
    expectedScrollY = -1;
    scrollQueued = true;
    window.requestAnimationFrame(function () {
      scrollQueued = false;
      const position = topPosition();
      if (position.block >= 0)
        post({ type: 'scroll', block: position.block, fraction: position.fraction });
    });
  }, { passive: true });

  document.addEventListener('click', function (event) {
    if (event.target.closest('a'))
      return;
    const block = event.target.closest('.nfe-block');
    if (block === null || block.parentElement !== body())
      return;
    const rect = block.getBoundingClientRect();
    post({
      type: 'click',
      block: Array.prototype.indexOf.call(body().children, block),
      fraction: rect.height > 0 ? (event.clientY - rect.top) / rect.height : 0,
    });
  });

  // Marks the first place each text stands in the body (text is compared
  // with runs of white space folded), and brings the first into view.
  function highlight(texts) {
    if (!window.CSS || !CSS.highlights)
      return 0;
    CSS.highlights.delete('nfe-source');
    if (texts.length === 0)
      return 0;

    const nodes = [];
    const walker = document.createTreeWalker(body(), NodeFilter.SHOW_TEXT);
    let folded = '';
    const origin = [];   // for each folded character: [node index, offset]
    while (walker.nextNode()) {
      const node = walker.currentNode;
      nodes.push(node);
      for (let i = 0; i < node.data.length; i++) {
        const space = /\s/.test(node.data[i]);
        if (space && folded.endsWith(' '))
          continue;
        folded += space ? ' ' : node.data[i];
        origin.push([nodes.length - 1, i]);
      }
    }

    const ranges = [];
    for (const text of texts) {
      const at = folded.indexOf(text.replace(/\s+/g, ' '));
      if (at < 0 || text.length === 0)
        continue;
      const first = origin[at];
      const last = origin[at + text.replace(/\s+/g, ' ').length - 1];
      const range = new Range();
      range.setStart(nodes[first[0]], first[1]);
      range.setEnd(nodes[last[0]], last[1] + 1);
      ranges.push(range);
    }
    if (ranges.length === 0)
      return 0;

    CSS.highlights.set('nfe-source', new Highlight(...ranges));
    const rect = ranges[0].getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > window.innerHeight) {
      window.scrollBy(0, rect.top - window.innerHeight / 3);
      expectedScrollY = window.scrollY;
    }
    return ranges.length;
  }

  window.nfe = {
    highlight: highlight,
    patch: patch,
    setPart: setPart,
    setTheme: setTheme,
    topPosition: topPosition,
    scrollToBlock: scrollToBlock,
  };
})();
