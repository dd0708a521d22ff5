/// <reference lib="dom" />
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { asStaff, gqlOk } from '../helpers/api.js';
import { aNorthernPlace } from '../helpers/lists.js';
import { UPDATE_CAPACITY } from '../helpers/operations.js';
import { baseUrl, settingAt } from './pages.js';
import { capacityOf, pathOf, provisionPath, withModelFigures, withOwnFigures } from './setting-figures.js';
import {
  asStaffIn,
  checkAtEachWidth,
  expectNoAxeViolations,
  officerOf,
  SCREENSHOTS,
  signInOverHttp,
  staffOf,
  submit,
  WIDTHS,
} from './staff.js';

// The school's pages for its figures, in a real Chromium and over HTTP: a setting's own figures,
// census or model figures (never confirmable), none at all; confirming, changing, the history.

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.connect(inject('browserWsEndpoint'));
});
afterAll(async () => {
  await browser?.close();
});

const mainText = async (page: Page) => (await page.locator('main').textContent()) ?? '';

/** The page as `groups` see it, opened once; at each width `expectations` pass, axe finds nothing, a screenshot is kept. */
async function checkPage(
  name: string,
  groups: string[],
  path: string,
  expectations: (page: Page) => Promise<void>,
) {
  await asStaffIn(browser, groups, { width: WIDTHS[0] }, async (page) => {
    await page.goto(`${baseUrl()}${path}`);
    await checkAtEachWidth(page, name, `staff-${name}`, expectations);
  });
}

describe('a setting’s page', () => {
  it('shows the setting’s own figures, how fresh they are, and lets its staff confirm or change them', {
    timeout: 60_000,
  }, async () => {
    const s = await withOwnFigures();
    await checkPage('setting-own-figures', staffOf(s.id), pathOf(s), async (page) => {
      expect((await page.locator('h1').textContent())?.trim()).toBe(s.name);
      const text = await mainText(page);
      expect(text).toContain('Special school');
      expect(text).toContain('West Sussex (938)');
      expect(text).toContain('Autistic spectrum disorder (ASD)');
      expect(text).toContain('Stated by the setting’s staff');
      expect(text).toMatch(/Lists count them as up to date until \d+ \w+ \d{4} \(30 days/);
      expect(await page.getByRole('button', { name: /These figures are still correct/ }).count()).toBe(1);
      expect(await page.getByRole('link', { name: /Change figures/ }).count()).toBe(1);
      expect(await page.getByRole('link', { name: /History/ }).count()).toBe(1);
    });
  });

  it('never offers to confirm model figures, and says why; with no figures, offers to give them', {
    timeout: 60_000,
  }, async () => {
    const model = await withModelFigures();
    await checkPage('setting-model-figures', staffOf(model.id), pathOf(model), async (page) => {
      const text = await mainText(page);
      expect(text).toContain('Made by OpenPlace’s model');
      expect(text).toContain('cannot be confirmed as still correct');
      expect(await page.getByRole('button', { name: /still correct/ }).count()).toBe(0);
      expect(await page.getByRole('link', { name: /Change figures/ }).count()).toBe(1);
    });
    const empty = await settingAt({ name: 'Empty Figures School', at: aNorthernPlace() });
    await checkPage('setting-no-figures', staffOf(empty.id), pathOf(empty), async (page) => {
      expect(await mainText(page)).toContain('Not given yet');
      expect(await page.getByRole('button', { name: /still correct/ }).count()).toBe(0);
      expect(await page.getByRole('link', { name: /Give figures/ }).count()).toBe(1);
    });
  });

  it('is read-only for an officer of another council: no buttons, no history', {
    timeout: 60_000,
  }, async () => {
    const s = await withOwnFigures();
    await checkPage('setting-read-only', officerOf('936'), pathOf(s), async (page) => {
      expect(await mainText(page)).toContain(
        'Only the setting’s staff and officers of its council can change them',
      );
      expect(await page.getByRole('button', { name: /still correct/ }).count()).toBe(0);
      expect(await page.getByRole('link', { name: /Change figures|History/ }).count()).toBe(0);
    });
    // An officer of the setting's council may change them.
    await asStaffIn(browser, officerOf('938'), {}, async (page) => {
      await page.goto(`${baseUrl()}${pathOf(s)}`);
      expect(await page.getByRole('button', { name: /still correct/ }).count()).toBe(1);
    });
  });

  it('confirms with the keyboard alone; the history then shows the confirmation and the API its date', {
    timeout: 60_000,
  }, async () => {
    const s = await withOwnFigures();
    await asStaffIn(browser, staffOf(s.id), {}, async (page) => {
      await page.goto(`${baseUrl()}${pathOf(s)}`);
      let found = false;
      for (let i = 0; i < 40 && !found; i++) {
        await page.keyboard.press('Tab');
        found = await page.evaluate(
          () => document.activeElement?.textContent?.includes('These figures are still correct') ?? false,
        );
      }
      expect(found).toBe(true);
      await Promise.all([page.waitForURL(/done=confirmed/), page.keyboard.press('Enter')]);
      expect(await page.locator('.govuk-notification-banner--success').textContent()).toContain(
        'You confirmed the figures are still correct',
      );
      expect(await mainText(page)).toContain('Confirmed as still correct on');
      await expectNoAxeViolations(page, 'setting after confirming');
      await page.screenshot({ path: join(SCREENSHOTS, 'staff-setting-confirmed-1280.png'), fullPage: true });

      await page.getByRole('link', { name: /History/ }).click();
      await page.waitForURL(/\/history$/);
      const history = await mainText(page);
      expect(history).toContain('Confirmed as still correct (version 2)');
      expect(history).toContain('New figures (version 1)');
      expect(history).toContain('Staff of the setting');
      await checkAtEachWidth(page, 'history', 'staff-capacity-history');
    });
    const after = await capacityOf(s);
    expect(after.capacityVersion).toBe(2);
    expect(after.capacity.confirmedAt).toEqual(expect.any(String));
    expect(after.capacity.confirmedBy).toMatch(/./);
  });

  it('refuses a confirmation on figures changed meanwhile, and shows the current ones', {
    timeout: 60_000,
  }, async () => {
    const s = await withOwnFigures();
    await asStaffIn(browser, staffOf(s.id), {}, async (page) => {
      await page.goto(`${baseUrl()}${pathOf(s)}`);
      await gqlOk(
        UPDATE_CAPACITY,
        {
          input: {
            provisionId: s.provisions[0]?.id,
            expectedVersion: 1,
            places: 10,
            onRoll: 9,
            vacancies: 1,
          },
        },
        asStaff(s.id),
      );
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/confirm')),
        submit(page, 'button:has-text("These figures are still correct")'),
      ]);
      expect(response.status()).toBe(409);
      expect(await page.title()).toMatch(/^Error: /);
      expect(await page.locator('.govuk-error-summary').textContent()).toContain(
        'These figures were changed by someone else since you opened this page. Check them before confirming.',
      );
      expect(await page.locator('.op-school-provision').textContent()).toMatch(/On roll\s*9/);
      await expectNoAxeViolations(page, 'confirm conflict');
      await page.screenshot({ path: join(SCREENSHOTS, 'staff-setting-conflict-1280.png'), fullPage: true });
    });
    expect((await capacityOf(s)).capacity.confirmedAt).toBeNull();
  });
});

describe('the change-figures form', () => {
  it('works without JavaScript: refused with a message by the input, then saved', {
    timeout: 60_000,
  }, async () => {
    const s = await withOwnFigures();
    await asStaffIn(browser, staffOf(s.id), { javaScriptEnabled: false }, async (page) => {
      await page.goto(`${baseUrl()}${pathOf(s)}`);
      await page.getByRole('link', { name: /Change figures/ }).click();
      await page.waitForURL(/\/figures$/);
      expect(await page.inputValue('#places')).toBe('10');

      await page.fill('#vacancies', '14');
      await page.fill('#onRoll', '');
      const [refused] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/figures') && r.request().method() === 'POST'),
        submit(page, 'button:has-text("Save figures")'),
      ]);
      expect(refused.status()).toBe(400);
      expect(await page.title()).toMatch(/^Error: /);
      const summary = await page.locator('.govuk-error-summary').textContent();
      expect(summary).toContain('Enter the number on roll');
      expect(await page.locator('.govuk-error-summary a[href="#onRoll"]').count()).toBe(1);
      expect(await page.inputValue('#vacancies')).toBe('14');

      await page.fill('#onRoll', '8');
      await submit(page, 'button:has-text("Save figures")');
      expect(await page.locator('#vacancies-error').textContent()).toContain(
        'Free places must not be more than the number of places (10)',
      );

      await page.fill('#vacancies', '2');
      await page.fill('#note', 'One place from January');
      await submit(page, 'button:has-text("Save figures")');
      expect(page.url()).toMatch(/done=stated/);
      expect(await page.locator('.govuk-notification-banner--success').textContent()).toContain(
        'The new figures are saved',
      );
      expect(await mainText(page)).toContain('One place from January');

      // The confirm form works without JavaScript too.
      await submit(page, 'button:has-text("These figures are still correct")');
      expect(page.url()).toMatch(/done=confirmed/);
    });
    const after = await capacityOf(s);
    expect(after.capacity).toMatchObject({ places: 10, onRoll: 8, vacancies: 2, source: 'SETTING' });
    expect(after.capacityVersion).toBe(3);
    expect(after.capacity.confirmedAt).toEqual(expect.any(String));
  });

  it('the form and its refused state pass axe at both widths', { timeout: 60_000 }, async () => {
    const s = await withOwnFigures();
    await checkPage('capacity-figures', staffOf(s.id), provisionPath(s, 'figures'), async (page) => {
      expect(await page.inputValue('#places')).toBe('10');
    });
    await asStaffIn(browser, staffOf(s.id), { width: WIDTHS[0] }, async (page) => {
      await page.goto(`${baseUrl()}${provisionPath(s, 'figures')}`);
      await page.fill('#places', 'ten');
      await page.fill('#vacancies', '');
      await submit(page, 'button:has-text("Save figures")');
      await checkAtEachWidth(page, 'figures form refused', 'staff-capacity-figures-error', async () => {
        expect(await page.locator('.govuk-error-summary').textContent()).toContain(
          'Number of places must be a whole number',
        );
      });
    });
  });

  it('turns model figures into the school’s own when it states them', { timeout: 60_000 }, async () => {
    const model = await withModelFigures();
    await asStaffIn(browser, staffOf(model.id), { javaScriptEnabled: false }, async (page) => {
      await page.goto(`${baseUrl()}${provisionPath(model, 'figures')}`);
      await page.fill('#vacancies', '1');
      await page.fill('#onRoll', '7');
      await submit(page, 'button:has-text("Save figures")');
      expect(page.url()).toMatch(/done=stated/);
      expect(await page.getByRole('button', { name: /still correct/ }).count()).toBe(1);
    });
    expect((await capacityOf(model)).capacity.source).toBe('SETTING');
  });

  it('on a conflict keeps what was typed and shows the current figures', { timeout: 60_000 }, async () => {
    const s = await withOwnFigures();
    const session = await signInOverHttp(staffOf(s.id));
    await gqlOk(
      UPDATE_CAPACITY,
      {
        input: { provisionId: s.provisions[0]?.id, expectedVersion: 1, places: 10, onRoll: 10, vacancies: 0 },
      },
      asStaff(s.id),
    );
    const response = await session.post(provisionPath(s, 'figures'), {
      expectedVersion: '1',
      places: '10',
      onRoll: '6',
      vacancies: '4',
    });
    expect(response.status).toBe(409);
    const html = await response.text();
    expect(html).toContain('changed by someone else');
    expect(html).toMatch(/name="expectedVersion" value="2"/);
    expect(html).toMatch(/id="onRoll" name="onRoll" type="text" value="6"|value="6"/);
    expect((await capacityOf(s)).capacity.onRoll).toBe(10);
  });
});
