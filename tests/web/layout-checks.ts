/// <reference lib="dom" />
import type { Page } from 'playwright-core';

// What a page must hold on a phone, measured in the browser: tables narrow enough to read, no word
// broken across lines, and no style that would break one.

/** Tables with more than `most` columns (their captions, or their first header). */
export function tablesWiderThan(page: Page, most: number): Promise<string[]> {
  return page.evaluate((most) => {
    return Array.from(document.querySelectorAll('table'))
      .filter((t) => Math.max(...Array.from(t.rows).map((r) => r.cells.length), 0) > most)
      .map((t) => t.caption?.textContent?.trim() || t.rows[0]?.textContent?.trim().slice(0, 60) || 'a table');
  }, most);
}

/**
 * Words in table cells and summary lists that the browser laid over more than one line: each
 * word's Range.getClientRects() has one rectangle when it sits on one line.
 */
export function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    for (const cell of Array.from(document.querySelectorAll('td, th, dt, dd, .op-card'))) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index ?? 0);
          range.setEnd(node, (match.index ?? 0) + match[0].length);
          const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0);
          if (rects.length > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  });
}

/** Elements styled to break words anywhere (overflow-wrap: anywhere, word-break: break-all). */
export function wordBreakingStyles(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('body *'))
      .filter((el) => {
        const style = getComputedStyle(el);
        return style.overflowWrap === 'anywhere' || style.wordBreak === 'break-all';
      })
      .map((el) => `${el.tagName.toLowerCase()}.${Array.from(el.classList).join('.')}`),
  );
}

/** The bottom of `selector`'s first element, in page pixels from the top. */
export function bottomOf(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
}
