/// <reference lib="dom" />
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { asOfficer, gqlOk } from '../helpers/api.js';
import { aListInput, caseRef, east, QUIET_PLACES } from '../helpers/lists.js';
import { LISTS, listIdOf } from './list-pages.js';
import { baseUrl, generate, settingAt } from './pages.js';
import {
  aNorthernDistrict,
  asStaffIn,
  checkAtEachWidth,
  expectTablesFitPhone,
  fillChild,
  inTwoMonths,
  officerOf,
  SCREENSHOTS,
  submit,
  WIDTHS,
} from './staff.js';

// The officer's list pages, in a real Chromium and over HTTP: making a list (with JavaScript off),
// its errors, a list with entries, an empty one, a later version, family links made and withdrawn,
// and who may do what.

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.connect(inject('browserWsEndpoint'));
});
afterAll(async () => {
  await browser?.close();
});

/**
 * As an officer of 938, `open` reaches a page's state once; then at each width `check` passes, axe
 * finds nothing, and a screenshot is kept.
 */
async function checkPage(
  name: string,
  open: (page: Page) => Promise<unknown>,
  check: (page: Page) => Promise<unknown> = async () => {},
) {
  await asStaffIn(browser, officerOf('938'), { width: WIDTHS[0] }, async (page) => {
    await open(page);
    await checkAtEachWidth(page, name, `staff-list-${name}`, check);
  });
}

describe('making a list', () => {
  it('with JavaScript off: searches the register, adds a found setting and one off it, and makes the list', {
    timeout: 90_000,
  }, async () => {
    const { district, home } = aNorthernDistrict();
    const [near, far] = await Promise.all([
      settingAt({
        name: 'Brookfold Special School',
        at: east(home, 2),
        capacity: { places: 10, onRoll: 9, vacancies: 1 },
      }),
      settingAt({ name: 'Lindenholt School', at: { lat: 50.6, lon: -4.2 } }),
    ]);
    const ref = caseRef();
    const made = await asStaffIn(browser, officerOf('938'), { javaScriptEnabled: false }, async (page) => {
      await page.goto(`${baseUrl()}/lists/new`);
      expect(await page.title()).toBe('Make a list – OpenPlace');
      await fillChild(page, ref, district);
      // Search the register (the family's choice is far away, in Cornwall) and add it.
      await page.fill('#q', far.name);
      await submit(page, 'button[value="search"]');
      expect(await page.locator('.op-result').first().textContent()).toContain(far.name);
      expect(await page.inputValue('#caseReference')).toBe(ref);
      expect(await page.inputValue('#homePostcode')).toBe(district);
      expect(await page.isChecked('input[name="secondaryNeeds"][value="SLCN"]')).toBe(true);
      await submit(page, `button[value="add:${far.id}"]`);
      expect(await page.locator('.op-list-chosen').textContent()).toContain(far.name);
      // A setting on no register.
      await page.fill('#otherName', 'Hazel Bank School');
      await page.fill('#otherTown', 'Exeter');
      await submit(page, 'button[value="add-other"]');
      const chosen = await page.locator('.op-list-chosen li').allTextContents();
      expect(chosen.map((c) => c.replace(/\s+/g, ' ').trim())).toEqual([
        expect.stringContaining(far.name),
        expect.stringContaining('Hazel Bank School, Exeter (not on the register)'),
      ]);
      expect(await page.inputValue('#age')).toBe('9');
      await page.screenshot({ path: join(SCREENSHOTS, 'staff-list-form-no-js-1280.png'), fullPage: true });

      // Enter in "Case reference" makes the list (the form's default button), never a register search.
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/lists/new') && r.request().method() === 'POST'),
        page.waitForURL((u) => u.pathname.startsWith('/lists/l2_')),
        page.press('#caseReference', 'Enter'),
      ]);
      expect(response.status()).toBe(303);
      expect(page.url()).toMatch(/\/lists\/l2_[^?]+\?done=made$/);
      const main = page.locator('main');
      expect(await page.locator('.govuk-notification-banner--success').textContent()).toContain(
        'List made. Copy the family’s link now: it is shown only once',
      );
      // With JavaScript off the link is there in full; the copy button stays hidden.
      const url = await page.inputValue('#family-link');
      expect(url).toMatch(/\/f\/l2_[^/]+$/);
      expect(await page.locator('[data-op-list-copy]').isVisible()).toBe(false);
      // The statement, first the summary then in full.
      expect(await page.locator('#your-rights-summary h2').textContent()).toBe(
        'You can ask for any school or college',
      );
      expect(await page.locator('#more-about-your-rights').count()).toBe(1);
      // The family's choices first, then the suggestions, each with its reasons and points.
      const cards = await page
        .locator('.govuk-summary-card:has(.op-entry) .govuk-summary-card__title')
        .allTextContents();
      expect(cards[0]).toContain(`1. ${far.name} (the family’s choice)`);
      const nearCard = page.locator(`.govuk-summary-card:has(.op-entry):has-text("${near.name}")`);
      expect(await nearCard.textContent()).toContain('Designated for autistic spectrum disorder (ASD)');
      expect(await nearCard.textContent()).toMatch(/\(40 points\)/);
      expect(await nearCard.locator('.govuk-tag').textContent()).toContain('Few places free');
      expect(await main.textContent()).toContain('Choice 2: Hazel Bank School');
      expect(await main.textContent()).toContain('Free places did not change the order of this list');
      expect(await page.locator('#versions ~ table').first().textContent()).toContain('Version 1 (this one)');
      expect(await page.locator(`a[href^="/case?la=938&ref="]`).count()).toBe(1);
      // Reloaded, the list shows no link again (it was shown once), and no new version is made.
      await page.reload();
      expect(await page.locator('#family-link').count()).toBe(0);
      return { url };
    });

    // The link opens the family's page, with the family's choices on it.
    const family = await fetch(made.url);
    expect(family.status).toBe(200);
    const html = await family.text();
    expect(html).toContain(far.name);
    expect(html).toContain('Hazel Bank School');
    const lists = await gqlOk(LISTS, { ref }, asOfficer('938'));
    expect(lists.tailoredLists).toHaveLength(1);
  });

  it('refused on the server: the error summary, the message by its input, every value kept (status 400)', {
    timeout: 60_000,
  }, async () => {
    const ref = caseRef();
    await asStaffIn(browser, officerOf('938'), { javaScriptEnabled: false }, async (page) => {
      await page.goto(`${baseUrl()}/lists/new`);
      await fillChild(page, ref, 'ZZ99 9ZZ');
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/lists/new') && r.request().method() === 'POST'),
        submit(page, 'button[value="make"]:not(.govuk-visually-hidden)'),
      ]);
      expect(response.status()).toBe(400);
      expect(await page.title()).toBe('Error: Make a list – OpenPlace');
      expect(await page.locator('.govuk-error-summary a').allTextContents()).toEqual([
        'We do not know postcode district ZZ99. Check the postcode',
      ]);
      expect(await page.locator('#homePostcode-error').textContent()).toContain(
        'We do not know postcode district ZZ99',
      );
      expect(await page.inputValue('#caseReference')).toBe(ref);
      expect(await page.inputValue('#homePostcode')).toBe('ZZ99 9ZZ');
      expect(await page.inputValue('#age')).toBe('9');
      expect(await page.isChecked('input[name="secondaryNeeds"][value="SLCN"]')).toBe(true);
    });
    expect((await gqlOk(LISTS, { ref }, asOfficer('938'))).tailoredLists).toEqual([]);
  });

  it('works by keyboard alone, with focus always visible, to a list made', { timeout: 60_000 }, async () => {
    const { district } = aNorthernDistrict();
    const ref = caseRef();
    const start = inTwoMonths();
    await asStaffIn(browser, officerOf('938'), { width: 1280 }, async (page) => {
      await page.goto(`${baseUrl()}/lists/new`);
      const typed: Record<string, string> = {
        caseReference: ref,
        age: '9',
        'startDate-day': String(start.getUTCDate()),
        'startDate-month': String(start.getUTCMonth() + 1),
        'startDate-year': String(start.getUTCFullYear()),
        homePostcode: district,
      };
      const reached = new Set<string>();
      for (let i = 0; i < 250; i++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return { id: 'BODY', value: '', visible: true };
          const input = el as HTMLInputElement;
          // Checkboxes and radios show focus on their label's box (GOV.UK Frontend).
          const target =
            input.type === 'checkbox' || input.type === 'radio'
              ? getComputedStyle(el.nextElementSibling as Element, '::before')
              : getComputedStyle(el);
          const visible = target.outlineStyle !== 'none' || target.boxShadow !== 'none';
          return { id: el.id || `${el.tagName}:${input.value ?? ''}`, value: input.value ?? '', visible };
        });
        expect(focus.visible, `focus visible on ${focus.id}`).toBe(true);
        reached.add(focus.id);
        const text = typed[focus.id];
        if (text !== undefined) await page.keyboard.type(text);
        if (focus.id === 'primaryNeed') await page.keyboard.type('Autistic');
        if (focus.id === 'BUTTON:make') {
          await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
          break;
        }
      }
      expect([...reached]).toEqual(
        expect.arrayContaining([
          'caseReference',
          'primaryNeed',
          'age',
          'startDate-day',
          'homePostcode',
          'q',
          'otherName',
          'BUTTON:make',
        ]),
      );
      expect(await page.locator('.govuk-notification-banner--success').textContent()).toContain('List made');
      expect(await page.locator('h1').textContent()).toBe('List, version 1');
    });
  });
});

describe('a list’s pages pass axe at phone and desktop widths', () => {
  it('the form: empty, with search results and choices, and refused', { timeout: 120_000 }, async () => {
    const { district, home } = aNorthernDistrict();
    const found = await settingAt({ name: 'Axeholme Special School', at: east(home, 1) });
    await checkPage('new', (page) => page.goto(`${baseUrl()}/lists/new`));
    await checkPage(
      'new-search',
      async (page) => {
        await page.goto(`${baseUrl()}/lists/new`);
        await page.fill('#q', found.name);
        // With JavaScript, Enter in the search box searches (without it, Enter makes the list).
        await Promise.all([page.waitForEvent('load'), page.press('#q', 'Enter')]);
        expect(await page.locator('#search-results').textContent()).toContain(found.name);
        await submit(page, `button[value="add:${found.id}"]`);
        await page.fill('#q', found.name);
        await submit(page, 'button[value="search"]');
      },
      async (page) => {
        expect(await page.locator('.op-result').first().textContent()).toContain(
          'Added to the family’s choices',
        );
      },
    );
    await checkPage(
      'new-error',
      async (page) => {
        await page.goto(`${baseUrl()}/lists/new`);
        await fillChild(page, caseRef(), district);
        await page.fill('#startDate-day', '31');
        await page.fill('#startDate-month', '2');
        await submit(page, 'button[value="make"]:not(.govuk-visually-hidden)');
      },
      async (page) => {
        expect(await page.locator('#startDate-error').textContent()).toContain(
          'Start date must be a real date',
        );
      },
    );
  });

  it('a list just made, with entries, empty, an earlier version, and after withdrawing', {
    timeout: 180_000,
  }, async () => {
    const { district, home } = aNorthernDistrict();
    await settingAt({
      name: 'Fellside Special School',
      at: east(home, 1),
      capacity: { places: 8, onRoll: 8, vacancies: 0 },
    });
    const ref = caseRef();
    const first = await generate(aListInput(home, { caseReference: ref, maxTravelKm: 5 }));
    const second = await generate(aListInput(home, { caseReference: ref, maxTravelKm: 8 }));
    // Nothing within 5 km of a spot in the North Sea, and only mainstream schools will do.
    const empty = await generate(
      aListInput(QUIET_PLACES.northSea, {
        maxTravelKm: 5,
        provisionPreference: { types: ['MAINSTREAM'], required: true },
      }),
    );
    await checkPage(
      'made',
      async (page) => {
        await page.goto(`${baseUrl()}/lists/new`);
        await fillChild(page, caseRef(), district);
        await submit(page, 'button[value="make"]:not(.govuk-visually-hidden)');
        await page.locator('#family-link').waitFor();
      },
      // With JavaScript on, the copy button shows.
      async (page) => expect(await page.locator('[data-op-list-copy]').isVisible()).toBe(true),
    );
    const opens = (token: string) => (page: Page) => page.goto(`${baseUrl()}/lists/${listIdOf(token)}`);
    await checkPage('entries', opens(second.token), async (page) => {
      if ((await page.viewportSize())?.width === WIDTHS[0])
        await expectTablesFitPhone(page, 'list page at 375px');
      expect(await page.locator('.op-entry').count()).toBeGreaterThan(0);
      expect(await page.locator('#family-link').count()).toBe(0);
      expect(await page.locator('#versions ~ table').first().textContent()).toContain('Version 2 (this one)');
    });
    await checkPage('empty', opens(empty.token), async (page) => {
      expect(await page.locator('.op-entry').count()).toBe(0);
      expect(await page.locator('.op-list-empty').textContent()).toContain('Nothing on the register fitted');
      expect(await page.locator('#your-rights-summary').count()).toBe(1);
    });
    await checkPage('earlier-version', opens(first.token), async (page) => {
      expect(await page.locator('.govuk-notification-banner').first().textContent()).toContain(
        'There is a newer version of this list',
      );
      const versions = await page.locator('#versions ~ table').first().textContent();
      expect(versions).toContain('Version 1 (this one)');
      expect(await page.locator(`a[href="/lists/${listIdOf(second.token)}"]`).count()).toBeGreaterThan(0);
    });
    const withdrawn = await generate(aListInput(home, { maxTravelKm: 5 }));
    await checkPage(
      'withdrawn',
      async (page) => {
        await opens(withdrawn.token)(page);
        await submit(page, 'form[action$="/withdraw-links"] button');
      },
      async (page) => {
        expect(await page.locator('.govuk-notification-banner--success').textContent()).toContain(
          'Withdrew 1 family link. It no longer opens this list.',
        );
      },
    );
  });
});

describe('family links', () => {
  it('a new link is shown once and opens the list; withdrawing stops every link of the list', {
    timeout: 60_000,
  }, async () => {
    const { home } = aNorthernDistrict();
    const made = await generate(aListInput(home, { maxTravelKm: 5 }));
    const listId = listIdOf(made.token);
    const newUrl = await asStaffIn(browser, officerOf('938'), { javaScriptEnabled: false }, async (page) => {
      await page.goto(`${baseUrl()}/lists/${listId}`);
      await submit(page, 'form[action$="/link"] button');
      expect(await page.locator('.govuk-notification-banner--success').textContent()).toContain(
        'New family link made. Copy the family’s link now: it is shown only once',
      );
      const url = await page.inputValue('#family-link');
      expect((await fetch(url)).status).toBe(200);
      // Reloading the list does not show it again.
      await page.goto(`${baseUrl()}/lists/${listId}`);
      expect(await page.locator('#family-link').count()).toBe(0);
      expect(await page.locator('#family-links ~ table').first().textContent()).toMatch(/Works[\s\S]*Works/);
      await submit(page, 'form[action$="/withdraw-links"] button');
      expect(new URL(page.url()).search).toBe('?done=withdrawn&count=2');
      expect(await page.locator('.govuk-notification-banner--success').textContent()).toContain(
        'Withdrew 2 family links. They no longer open this list.',
      );
      expect(await page.locator('form[action$="/withdraw-links"]').count()).toBe(0);
      // A new version starts from the case's reference.
      await submit(page, 'a:has-text("Make a new version")');
      expect(await page.inputValue('#caseReference')).toBe(made.caseReference);
      return url;
    });
    for (const url of [made.url, newUrl]) {
      const gone = await fetch(url);
      expect(gone.status).toBe(404);
      expect(await gone.text()).toContain('This link does not open a list');
    }
  });
});
