/// <reference lib="dom" />
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { asStaff, gqlOk } from '../helpers/api.js';
import { aNorthernPlace } from '../helpers/lists.js';
import { baseUrl, settingAt } from './pages.js';
import {
  asStaffIn,
  checkAtEachWidth,
  type HttpSession,
  officerOf,
  signInOverHttp,
  staffOf,
  submit,
  WIDTHS,
} from './staff.js';

// Who keeps a setting's figures, and an LA's settings with stale figures: in a real Chromium and
// over HTTP, against the services' own rules.

const CONTACTS = `query Contacts($id: ID!) { setting(id: $id) { capacityContacts { name email } } }`;

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.connect(inject('browserWsEndpoint'));
});
afterAll(async () => {
  await browser?.close();
});

type Made = { id: string; name: string };

const contactsPath = (s: Made) => `/settings/${encodeURIComponent(s.id)}/contacts`;
const mainText = async (page: Page) => (await page.locator('main').textContent()) ?? '';

async function contactsOf(s: Made) {
  return (await gqlOk(CONTACTS, { id: s.id }, asStaff(s.id))).setting.capacityContacts;
}

describe('who keeps a setting’s figures', () => {
  it('lets its staff name two people without JavaScript; the setting and the API show them', {
    timeout: 60_000,
  }, async () => {
    const s = await settingAt({ name: 'Rowan Contacts School', at: aNorthernPlace() });
    await asStaffIn(browser, staffOf(s.id), { javaScriptEnabled: false }, async (page) => {
      await page.goto(`${baseUrl()}/settings/${encodeURIComponent(s.id)}`);
      expect(await mainText(page)).toContain('No one is named to get reminders yet.');
      await page.getByRole('link', { name: 'Who keeps these figures' }).click();
      await page.waitForURL(/\/contacts$/);
      expect((await page.locator('h1').textContent())?.trim()).toBe('Who keeps these figures');
      expect(await mainText(page)).toContain('for three weeks');
      await page.fill('#name-0', 'Ann Lee');
      await page.fill('#email-0', 'ann.lee@school.example');
      await page.fill('#name-2', 'Bo Chan');
      await page.fill('#email-2', 'bo.chan@school.example');
      await submit(page, 'button:has-text("Save who keeps these figures")');
      expect(page.url()).toMatch(/\/settings\/[^/]+\?done=contacts$/);
      const text = await mainText(page);
      expect(text).toContain('Who keeps these figures is saved.');
      expect(text).toContain('Reminders go to Ann Lee, Bo Chan.');
    });
    expect(await contactsOf(s)).toEqual([
      { name: 'Ann Lee', email: 'ann.lee@school.example' },
      { name: 'Bo Chan', email: 'bo.chan@school.example' },
    ]);
  });

  it('refuses a bad email address with GOV.UK errors, keeps what was typed, and passes axe', {
    timeout: 90_000,
  }, async () => {
    const s = await settingAt({ name: 'Hazel Contacts School', at: aNorthernPlace() });
    await asStaffIn(browser, staffOf(s.id), { width: WIDTHS[0] }, async (page) => {
      await page.goto(`${baseUrl()}${contactsPath(s)}`);
      await checkAtEachWidth(page, 'contacts', 'staff-contacts');
      await page.fill('#name-0', 'Cy Dunn');
      await page.fill('#email-0', 'cy.dunn at school');
      // The next load event, not waitForLoadState: that resolves at once on the page already loaded.
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'POST'),
        page.waitForEvent('load'),
        page.getByRole('button', { name: 'Save who keeps these figures' }).click(),
      ]);
      expect(response.status()).toBe(400);
      await checkAtEachWidth(page, 'contacts-error', 'staff-contacts-error', async () => {
        expect(await page.title()).toMatch(/^Error: Who keeps these figures/);
        const summary = page.locator('.govuk-error-summary');
        expect(await summary.textContent()).toContain('Enter an email address in the correct format');
        expect(await summary.locator('a[href="#email-0"]').count()).toBe(1);
        expect(await page.locator('#email-0-error').textContent()).toContain('correct format');
        expect(await page.inputValue('#name-0')).toBe('Cy Dunn');
        expect(await page.inputValue('#email-0')).toBe('cy.dunn at school');
      });
    });
    expect(await contactsOf(s)).toEqual([]);
  });

  it('refuses another setting’s staff, reading and writing, and writes nothing', async () => {
    const s = await settingAt({ name: 'Elder Contacts School', at: aNorthernPlace() });
    const other = await settingAt({ name: 'Other Contacts School', at: aNorthernPlace() });
    const session: HttpSession = await signInOverHttp(staffOf(other.id));
    expect((await session.get(contactsPath(s))).status).toBe(403);
    const posted = await session.post(contactsPath(s), { 'name-0': 'Eve', 'email-0': 'eve@school.example' });
    expect(posted.status).toBe(403);
    expect(await contactsOf(s)).toEqual([]);
  });
});

describe('settings with out-of-date figures', () => {
  it('lists for an officer of 938 a setting whose figures were never stated, with no one named', {
    timeout: 120_000,
  }, async () => {
    const s = await settingAt({ name: 'Aaa Stale Figures School', at: aNorthernPlace() });
    const session = await signInOverHttp(officerOf('938'));
    expect(await (await session.get('/staff')).text()).toContain('Settings with out-of-date figures');
    // Page through until the setting appears.
    let path: string | null = '/stale-capacity';
    let found: string | null = null;
    for (let n = 0; path && n < 200 && !found; n++) {
      const response = await session.get(path);
      expect(response.status).toBe(200);
      const html = await response.text();
      const at = html.indexOf(`href="/settings/${encodeURIComponent(s.id)}"`);
      if (at >= 0) found = html.slice(at, at + 2000);
      path =
        /href="(\/stale-capacity\?[^"]+)"[^>]*rel="next"|rel="next"[^>]*href="(\/stale-capacity\?[^"]+)"/
          .exec(html)
          ?.slice(1)
          .find(Boolean)
          ?.replace(/&amp;/g, '&') ?? null;
    }
    expect(found, 'the setting is listed').not.toBeNull();
    expect(found).toContain('Never');
    expect(found).toContain('Not yet');
    expect(found).toContain('No one named:');
    expect(found).toContain(`href="/settings/${encodeURIComponent(s.id)}/contacts"`);

    await asStaffIn(browser, officerOf('938'), { width: WIDTHS[0] }, async (page) => {
      await page.goto(`${baseUrl()}/stale-capacity`);
      await checkAtEachWidth(page, 'stale', 'staff-stale', async () => {
        expect((await page.locator('h1').textContent())?.trim()).toBe('Settings with out-of-date figures');
        expect(await mainText(page)).toContain('West Sussex (938)');
      });
    });
  });

  it('refuses staff who are not officers, and officers of another LA', async () => {
    const s = await settingAt({ name: 'Larch Stale School', at: aNorthernPlace() });
    expect((await (await signInOverHttp(staffOf(s.id))).get('/stale-capacity')).status).toBe(403);
    expect((await (await signInOverHttp(officerOf('845'))).get('/stale-capacity?la=938')).status).toBe(403);
  });
});
