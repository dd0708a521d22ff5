/// <reference lib="dom" />
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { aNorthernPlace, aSettingAt, east } from '../helpers/lists.js';
import { baseUrl, settingAt } from './pages.js';
import { asStaffIn, checkAtEachWidth, officerOf, signInOverHttp, staffOf, WIDTHS } from './staff.js';

// The register page: search by name, filter by LA, kind and need, a page at a time; each result
// links to its setting's page. Officers and setting staff may read it. Each state is reached once,
// then checked (axe, screenshot) at phone and desktop widths.

const OFFICER = officerOf('938');

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.connect(inject('browserWsEndpoint'));
});
afterAll(async () => {
  await browser?.close();
});

async function go(page: Page, button: string) {
  await Promise.all([page.waitForEvent('load'), page.locator(button).first().click()]);
}

/** The settings linked from a results page, by id. */
const resultIds = (page: Page) =>
  page
    .locator('.op-result a[href^="/settings/"]')
    .evaluateAll((links) => links.map((a) => decodeURIComponent((a.getAttribute('href') ?? '').slice(10))));

describe('the register page', () => {
  it('finds a setting by a word of its name, with its kind, LA, ages and designation, and passes axe', {
    timeout: 60_000,
  }, async () => {
    const setting = await settingAt({
      name: 'Lantern Special School',
      at: aNorthernPlace(),
      designation: ['VI'],
    });
    const suffix = setting.name.split(' ').at(-1) ?? '';
    await asStaffIn(browser, OFFICER, { width: WIDTHS[0] }, async (page) => {
      await page.goto(`${baseUrl()}/register`);
      await checkAtEachWidth(page, 'register', 'staff-register');
      await page.fill('#q', `lantern ${suffix}`);
      await go(page, 'button:has-text("Search")');
      await checkAtEachWidth(page, 'register search', 'staff-register-search', async () => {
        expect(await resultIds(page)).toEqual([setting.id]);
        const result = (await page.locator('.op-result').first().textContent()) ?? '';
        expect(result).toContain(setting.name);
        expect(result).toContain('Special school');
        expect(result).toContain('West Sussex (938)');
        expect(result).toContain('ages 4 to 19');
        expect(result).toContain('Visual impairment (VI)');
        expect(result).not.toMatch(/\bkm\b/);
      });
    });
  });

  it('filters by LA, kind and need, and pages with “Next page”', { timeout: 90_000 }, async () => {
    // 21 special post-16 institutions designated for HI in Rutland (857): more than a page of 20.
    const home = aNorthernPlace();
    const made = await Promise.all(
      Array.from({ length: 21 }, (_, i) =>
        aSettingAt({
          name: 'Filter Post-16 College',
          at: east(home, i + 1),
          laCode: '857',
          kind: 'SPECIAL_POST_16',
          ageRange: { low: 16, high: 25 },
          designation: ['HI'],
        }),
      ),
    );
    // One in the same LA that is not designated for HI, which the filter leaves out.
    const other = await aSettingAt({
      name: 'Filter Post-16 College',
      at: east(home, 30),
      laCode: '857',
      kind: 'SPECIAL_POST_16',
      ageRange: { low: 16, high: 25 },
      designation: ['VI'],
    });
    const ids = new Set(made.map((s) => s.id));
    await asStaffIn(browser, OFFICER, { width: WIDTHS[0] }, async (page) => {
      await page.goto(`${baseUrl()}/register`);
      await page.fill('#la', '857');
      await page.selectOption('#kind', 'SPECIAL_POST_16');
      await page.selectOption('#need', 'HI');
      await go(page, 'button:has-text("Search")');
      expect(page.url()).toContain('la=857&kind=SPECIAL_POST_16&need=HI');
      const seen: string[] = [];
      await checkAtEachWidth(page, 'register filtered', 'staff-register-filter', async () => {
        expect(await page.locator('h2#results').textContent()).toContain('Rutland');
        const first = await resultIds(page);
        expect(first).toHaveLength(20);
        seen.splice(0, seen.length, ...first);
        const texts = await page.locator('.op-result').allTextContents();
        for (const text of texts) {
          expect(text).toContain('Special post-16 institution');
          expect(text).toContain('(857)');
          expect(text).toContain('Hearing impairment (HI)');
        }
      });
      for (let pages = 0; pages < 5 && (await page.locator('a:has-text("Next page")').count()) > 0; pages++) {
        await go(page, 'a:has-text("Next page")');
        expect(await page.locator('a:has-text("First page")').count()).toBe(1);
        seen.push(...(await resultIds(page)));
      }
      expect(new Set(seen).size).toBe(seen.length);
      for (const id of ids) expect(seen).toContain(id);
      expect(seen).not.toContain(other.id);
    });
  });

  it('shows an LA code that is not one on its field, with the GOV.UK error summary (400)', {
    timeout: 60_000,
  }, async () => {
    await asStaffIn(browser, OFFICER, { width: WIDTHS[0] }, async (page) => {
      await page.goto(`${baseUrl()}/register`);
      await page.fill('#la', '93');
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.url().includes('/register?')),
        go(page, 'button:has-text("Search")'),
      ]);
      expect(response.status()).toBe(400);
      await checkAtEachWidth(page, 'register error', 'staff-register-error', async () => {
        expect(await page.title()).toMatch(/^Error: /);
        expect(await page.locator('.govuk-error-summary a[href="#la"]').count()).toBe(1);
        expect(await page.locator('#la-error').textContent()).toContain('3-digit LA code');
        expect(await page.inputValue('#la')).toBe('93');
      });
    });
  });

  it('refuses a kind or need that is not one, and a search with nothing to search for', async () => {
    const officer = await signInOverHttp(OFFICER);
    const bad = await officer.get('/register?la=&kind=CASTLE&need=XYZ');
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).toContain('href="#kind"');
    expect(html).toContain('href="#need"');
    const empty = await officer.get('/register?q=');
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('href="#q"');
  });

  it('searches within the filters: an address with both honours both, and keeps the word in the form', async () => {
    const here = await aSettingAt({
      name: 'Combined Heron School',
      at: aNorthernPlace(),
      laCode: '857',
      kind: 'SPECIAL',
      designation: ['HI'],
    });
    const word = here.name.split(' ').at(-1) ?? '';
    const elsewhere = await aSettingAt({
      name: `Combined Heron Academy ${word}`,
      at: aNorthernPlace(),
      laCode: '938',
    });
    const officer = await signInOverHttp(OFFICER);
    const both = await (
      await officer.get(`/register?q=${encodeURIComponent(`heron ${word}`)}&la=857&kind=SPECIAL&need=HI`)
    ).text();
    expect(both).toContain(`href="/settings/${here.id}"`);
    expect(both).not.toContain(`href="/settings/${elsewhere.id}"`);
    expect(both).toMatch(/id="q" name="q"[^>]* value="heron /);
    expect(both).toMatch(/<option value="SPECIAL" selected>/);
    const wordOnly = await (await officer.get(`/register?q=${encodeURIComponent(`heron ${word}`)}`)).text();
    expect(wordOnly).toContain(`href="/settings/${elsewhere.id}"`);
    // The need too: a setting not designated for it is left out of the search's results.
    const otherNeed = await (
      await officer.get(`/register?q=${encodeURIComponent(`heron ${word}`)}&need=VI`)
    ).text();
    expect(otherNeed).not.toContain(`href="/settings/${here.id}"`);
  });

  it('may be read by setting staff; a signed-out visitor is sent to sign in', async () => {
    const setting = await settingAt({ name: 'Staff Reader School', at: aNorthernPlace() });
    const staff = await signInOverHttp(staffOf(setting.id));
    const suffix = setting.name.split(' ').at(-1) ?? '';
    const found = await staff.get(`/register?q=${encodeURIComponent(`reader ${suffix}`)}`);
    expect(found.status).toBe(200);
    expect(await found.text()).toContain(`href="/settings/${setting.id}"`);
    const signedOut = await fetch(`${baseUrl()}/register`, { redirect: 'manual' });
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.get('location')).toMatch(/^\/sign-in\?returnTo=/);
  });
});
