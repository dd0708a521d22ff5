/// <reference lib="dom" />
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bottomOf, brokenWords, tablesWiderThan, wordBreakingStyles } from './layout-checks.js';
import { type Case, decidedCase, everyStatusCase } from './pages.js';
import { expectNoAxeViolations } from './staff.js';

// The family's pages judged on a phone (375 × 667), as a parent holds one: what happens now in
// the first screen, one thing per page, cards within their budget, and nothing that breaks a word.

const PHONE = { width: 375, height: 667 };
const FAMILY_SUB_PAGES = ['suggestions', 'map', 'add', 'left-off', 'journey', 'rights', 'remove'];

let browser: Browser;
let rich: Case;
let decided: Case;

beforeAll(async () => {
  browser = await chromium.connect(inject('browserWsEndpoint'));
  [rich, decided] = await Promise.all([everyStatusCase(), decidedCase()]);
});
afterAll(async () => {
  await browser?.close();
});

/**
 * A phone's page. Without JavaScript, the page is laid out as a browser with scripts off lays it
 * out (no script of ours runs, and the body lacks the classes the inline script sets), while axe,
 * which needs scripts in the page to run at all, still can.
 */
async function onPhone<T>(
  work: (page: Page, open: (url: string) => Promise<void>) => Promise<T>,
  options: { javaScriptEnabled?: boolean } = {},
): Promise<T> {
  const scripts = options.javaScriptEnabled ?? true;
  const context = await browser.newContext({ viewport: PHONE });
  try {
    const page = await context.newPage();
    if (!scripts) await page.route('**/*.js', (route) => route.abort());
    const open = async (url: string) => {
      await page.goto(url);
      if (!scripts) {
        await page.evaluate(() => document.body.classList.remove('js-enabled', 'govuk-frontend-supported'));
      }
    };
    return await work(page, open);
  } finally {
    await context.close();
  }
}

describe('the layout checks themselves', () => {
  it('find a wide table, a broken word and a style that breaks words', async () => {
    await onPhone(async (page) => {
      await page.setContent(
        '<table><tr><td>a</td><td>b</td><td>c</td><td>d</td></tr></table>' +
          '<table><tr><td style="width:30px;overflow-wrap:anywhere">Mainstream</td></tr></table>',
      );
      expect(await tablesWiderThan(page, 3)).toHaveLength(1);
      expect(await brokenWords(page)).toEqual(['Mainstream']);
      expect(await wordBreakingStyles(page)).toEqual(['td.']);
    });
  });
});

describe('the family’s pages on a phone', () => {
  it('the overview holds the title, the promise and what happens now in its first screen, and is short', async () => {
    await onPhone(async (page) => {
      await page.goto(rich.url);
      expect((await page.locator('h1').textContent())?.trim()).toBe('Your child’s list');
      expect(await bottomOf(page, '.op-promise')).toBeLessThanOrEqual(PHONE.height);
      expect(await bottomOf(page, '.op-now .govuk-button')).toBeLessThanOrEqual(PHONE.height);
      expect(await page.locator('.op-now .govuk-button').textContent()).toContain('Add a school or college');
      // The statement's summary before any list content; the choices as cards after it.
      const summary = await bottomOf(page, '#your-rights-summary');
      expect(summary).toBeLessThan(await bottomOf(page, '#your-choices'));
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height).toBeLessThanOrEqual(5_400);
    });
  });

  it('after the decision, the first screen gives the decision and the appeal date', async () => {
    await onPhone(async (page) => {
      await page.goto(decided.url);
      const now = (await page.locator('.op-now').textContent()) ?? '';
      expect(now).toContain('The council has made its decision');
      expect(now).toMatch(/decided to name .+\./);
      expect(now).toMatch(/You can appeal until \d{1,2} \w+ \d{4}\./);
      expect(await bottomOf(page, '.op-now p:nth-of-type(2)')).toBeLessThanOrEqual(PHONE.height);
    });
  });

  it('the suggestions are compact cards: the first in the first screen, each within 300 px', async () => {
    await onPhone(async (page) => {
      await page.goto(`${rich.url}/suggestions`);
      const cards = page.locator('.op-card');
      expect(await cards.count()).toBe(rich.list.entries.length);
      const first = await cards.first().boundingBox();
      expect((first?.y ?? Number.POSITIVE_INFINITY) + 100).toBeLessThanOrEqual(PHONE.height);
      for (const box of await cards.evaluateAll((els) =>
        els.map((el) => el.getBoundingClientRect().height),
      )) {
        expect(box).toBeLessThanOrEqual(300);
      }
      // Reasons, cautions and the law are one tap away.
      await cards.first().locator('summary').click();
      expect(await cards.first().locator('.govuk-details__text').textContent()).toContain(
        'What the law says',
      );
    });
  });

  // Each state and script setting in a test of its own: 8 pages, each measured and run through axe.
  for (const state of ['every status', 'decided'] as const) {
    for (const javaScriptEnabled of [true, false]) {
      it(`${state}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}: no table over 3 columns, no broken word, axe passes`, {
        timeout: 240_000,
      }, async () => {
        const c = state === 'decided' ? decided : rich;
        await onPhone(
          async (page, open) => {
            for (const path of ['', ...FAMILY_SUB_PAGES.map((s) => `/${s}`)]) {
              await page.setViewportSize(PHONE);
              await open(`${c.url}${path}`);
              const where = `${path || '/'} (${state}, JavaScript ${javaScriptEnabled ? 'on' : 'off'})`;
              expect(await tablesWiderThan(page, 3), where).toEqual([]);
              expect(await brokenWords(page), where).toEqual([]);
              expect(await wordBreakingStyles(page), where).toEqual([]);
              await expectNoAxeViolations(page, `family ${where} at 375px`);
              await page.setViewportSize({ width: 1280, height: 900 });
              await expectNoAxeViolations(page, `family ${where} at 1280px`);
            }
          },
          { javaScriptEnabled },
        );
      });
    }
  }
});
