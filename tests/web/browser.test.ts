/// <reference lib="dom" />
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gqlOk } from '../helpers/api.js';
import { FAMILY_JOURNEY } from '../helpers/journey.js';
import {
  allFullCase,
  baseUrl,
  type Case,
  consultingCase,
  decidedCase,
  emptyCase,
  everyStatusCase,
  settingAt,
} from './pages.js';
import { checkAtEachWidth, SCREENSHOTS, WIDTHS } from './staff.js';

// Every page and state in a real Chromium: axe (WCAG 2.2 AA) at phone and desktop widths, a
// keyboard pass, and every form with JavaScript off. Screenshots go to .openplace/screenshots/.
// Each state is reached once and checked at both widths.

let browser: Browser;

beforeAll(async () => {
  browser = await chromium.connect(inject('browserWsEndpoint'));
});
afterAll(async () => {
  await browser?.close();
});

async function withPage<T>(
  options: { width?: number; javaScriptEnabled?: boolean },
  work: (page: Page, context: BrowserContext) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  try {
    return await work(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

/**
 * `open` reaches a page's state once (at phone width); then at each width `check` passes, axe finds
 * nothing, and a screenshot is kept.
 */
async function checkPage(
  name: string,
  open: (page: Page) => Promise<unknown>,
  check: (page: Page) => Promise<unknown> = async () => {},
) {
  await withPage({ width: WIDTHS[0] }, async (page) => {
    await open(page);
    await checkAtEachWidth(page, name, name, check);
  });
}

const postForm = async (page: Page, selector: string) => {
  await Promise.all([page.waitForEvent('load'), page.locator(selector).first().click()]);
};

describe('the pages in a browser', () => {
  let rich: Case;
  beforeAll(async () => {
    rich = await everyStatusCase();
  });

  it('a list with every capacity status and legal route, and choices off the register, passes axe', {
    timeout: 60_000,
  }, async () => {
    const statuses = new Set(rich.list.entries.map((e) => e.capacity.status));
    const routes = new Set(rich.list.entries.map((e) => e.legalRoute));
    expect([...statuses].sort()).toEqual(['AVAILABLE', 'FULL', 'LIMITED', 'UNCONFIRMED']);
    expect([...routes].sort()).toEqual(['MUST_CONSIDER', 'MUST_NAME_UNLESS_EXCEPTION', 'TO_BE_CONFIRMED']);
    await checkPage(
      'family-every-status',
      (page) => page.goto(rich.url),
      async (page) => {
        expect((await page.locator('h1').textContent())?.trim()).toBe('Your child’s list');
        expect(await page.locator('.op-choice').count()).toBe(rich.list.familyChoices.length);
      },
    );
    await checkPage(
      'family-suggestions',
      (page) => page.goto(`${rich.url}/suggestions`),
      async (page) => {
        expect(await page.locator('.op-card').count()).toBe(rich.list.entries.length);
      },
    );
    await checkPage(
      'family-map',
      (page) => page.goto(`${rich.url}/map`),
      async (page) => {
        expect(await page.locator('svg.op-map__svg .op-map__marker').count()).toBe(rich.list.entries.length);
      },
    );
  });

  it('an empty list, an all-full list, a journey under way and a decided one pass axe', {
    timeout: 120_000,
  }, async () => {
    const [empty, full, consulting, decided] = await Promise.all([
      emptyCase(),
      allFullCase(),
      consultingCase(),
      decidedCase(),
    ]);
    await checkPage('family-empty', (page) => page.goto(empty.url));
    await checkPage(
      'family-all-full',
      (page) => page.goto(`${full.url}/suggestions`),
      async (page) => {
        expect(await page.locator('.govuk-warning-text').textContent()).toContain(
          'Every school or college on this list was full',
        );
      },
    );
    await checkPage(
      'family-consulting',
      (page) => page.goto(`${consulting.url}/journey`),
      async (page) => {
        expect(await page.locator('.op-consultations').first().textContent()).toContain(
          'asked this school or college',
        );
      },
    );
    await checkPage(
      'family-decided',
      (page) => page.goto(`${decided.url}/journey`),
      async (page) => {
        expect(await page.locator('main').textContent()).toContain('You can appeal until');
      },
    );
    // After the decision, adding is closed: the page says so and offers no form.
    await withPage({}, async (page) => {
      await page.goto(`${decided.url}/add`);
      expect(await page.locator('#add').count()).toBe(0);
    });
  });

  it('the wrong-link page, /your-rights, /your-rights/938, an unknown council and / pass axe', {
    timeout: 120_000,
  }, async () => {
    await checkPage('wrong-link', (page) => page.goto(`${baseUrl()}/f/not-a-real-link`));
    await checkPage('your-rights', (page) => page.goto(`${baseUrl()}/your-rights`));
    await checkPage('your-rights-938', (page) => page.goto(`${baseUrl()}/your-rights/938`));
    await checkPage('your-rights-unknown', (page) => page.goto(`${baseUrl()}/your-rights/999`));
    await checkPage('home', (page) => page.goto(`${baseUrl()}/`));
  });

  it('each form refused on the server shows the GOV.UK error summary and passes axe', {
    timeout: 120_000,
  }, async () => {
    const c = await everyStatusCase();
    const choiceId = c.list.familyChoices[0]?.id ?? '';
    // Search: nothing to search for.
    await checkPage(
      'error-search',
      (page) => page.goto(`${c.url}/add?q=`),
      async (page) => {
        await page.locator('.govuk-error-summary').waitFor({ state: 'visible' });
        await page.locator('#search-query-error').waitFor({ state: 'visible' });
      },
    );
    // Each posting form, sent as a browser would with a value only a tampered page could hold.
    const cases: [string, string, Record<string, string>, string][] = [
      ['error-add', 'add', { settingId: 'no-such-setting', q: 'Brook' }, '#search-query-error'],
      [
        'error-add-other',
        'add-other',
        { name: 'Oak School', website: 'not a web address' },
        '#other-website-error',
      ],
      ['error-move', 'move', { choiceId, direction: 'up' }, '.govuk-error-summary'],
      ['error-remove', 'remove', { choiceId: 'fc_nothing' }, '.govuk-error-summary'],
    ];
    for (const [name, form, values, shown] of cases) {
      const open = async (page: Page) => {
        await page.goto(c.url);
        await page.evaluate(
          ({ action, values }) => {
            const f = document.createElement('form');
            f.method = 'post';
            f.action = action;
            for (const [k, v] of Object.entries(values)) {
              const input = document.createElement('input');
              input.type = 'hidden';
              input.name = k;
              input.value = v;
              f.append(input);
            }
            document.body.append(f);
            f.submit();
          },
          { action: `${new URL(c.url).pathname}/choices/${form}`, values },
        );
        await page.waitForSelector('.govuk-error-summary');
      };
      await checkPage(name, open, (page) => page.locator(shown).first().waitFor({ state: 'visible' }));
    }
  });

  it('works by keyboard alone: the skip link first, focus visible, and tab order reaches the forms', async () => {
    await withPage({ width: 1280 }, async (page) => {
      // The add page's forms, then the overview's.
      await page.goto(`${rich.url}/add`);
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => document.activeElement?.textContent?.trim());
      expect(first).toBe('Skip to main content');
      const outline = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return { outline: style.outlineStyle, background: style.backgroundColor, shadow: style.boxShadow };
      });
      expect(outline.outline !== 'none' || outline.shadow !== 'none').toBe(true);
      const reached = new Set<string>();
      const tabThrough = async () => {
        for (let i = 0; i < 200; i++) {
          await page.keyboard.press('Tab');
          const id = await page.evaluate(() => {
            const el = document.activeElement as HTMLElement | null;
            if (!el) return '';
            const visible =
              getComputedStyle(el).outlineStyle !== 'none' || getComputedStyle(el).boxShadow !== 'none';
            const form = el.closest('form')?.getAttribute('action') ?? '';
            return `${el.id || el.tagName}|${form.split('/').at(-1)}|${visible}`;
          });
          if (id.startsWith('search-query|')) reached.add('search');
          if (id.startsWith('other-name|')) reached.add('add-other');
          if (id.includes('|move|')) reached.add('move');
          if (id.includes('|') && !id.endsWith('|true') && !id.startsWith('BODY')) {
            throw new Error(`focus not visible on ${id}`);
          }
        }
      };
      await tabThrough();
      await page.goto(rich.url);
      await tabThrough();
      expect([...reached].sort()).toEqual(['add-other', 'move', 'search']);
    });
  });

  it('with JavaScript off, the family searches, adds a setting on no list, adds one off the register, re-ranks and removes', async () => {
    const c = await emptyCase();
    const far = await settingAt({ name: 'Lindenfold School', at: { lat: 50.5, lon: -4.5 } });
    await withPage({ javaScriptEnabled: false }, async (page) => {
      await page.goto(c.url);
      // From what happens now, to adding a school: search and add one that is on no list.
      await postForm(page, '.op-now a:has-text("Add a school or college")');
      await page.fill('#search-query', far.name);
      await postForm(page, 'form.op-search button');
      expect(await page.locator('.op-result').first().textContent()).toContain(far.name);
      await postForm(page, `.op-result:has-text("${far.name}") button`);
      // Back on the overview, the banner names the school, in the first screen.
      expect(await page.locator('.govuk-notification-banner--success').textContent()).toContain(
        `${far.name} is now your choice 1.`,
      );
      expect(await page.locator('main').textContent()).toContain(`Choice 1: ${far.name}`);
      // Add one that is not on the register.
      await page.goto(`${c.url}/add`);
      await page.fill('#other-name', 'Hazel Bank School');
      await page.fill('#other-town', 'Exeter');
      await postForm(page, 'form[action$="/choices/add-other"] button');
      expect(await page.locator('main').textContent()).toContain('Choice 2: Hazel Bank School');
      // Re-rank: move the second up.
      await postForm(page, 'form[action$="/choices/move"]:has(input[value="up"]) button');
      expect(await page.locator('main').textContent()).toContain('Choice 1: Hazel Bank School');
      await page.screenshot({ path: join(SCREENSHOTS, 'family-no-js-choices-1280.png'), fullPage: true });
      // Remove the one now second: asked once, then removed, named in the banner.
      await postForm(page, '.op-remove-link >> nth=1');
      expect((await page.locator('h1').textContent())?.trim()).toBe(`Remove ${far.name} from your choices?`);
      await postForm(page, 'button:has-text("Yes, remove it")');
      expect(await page.locator('.govuk-notification-banner--success').textContent()).toContain(
        `${far.name} was removed from your choices.`,
      );
    });
    const view = await gqlOk(FAMILY_JOURNEY, { token: c.token });
    expect(view.familyList.familyChoices.map((x: { name: string }) => x.name)).toEqual(['Hazel Bank School']);
  });
});
