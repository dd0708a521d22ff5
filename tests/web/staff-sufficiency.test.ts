/// <reference lib="dom" />
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { londonDate } from '../../functions/core/journey/dates.js';
import { periodChoices } from '../../functions/core/sufficiency/periods.js';
import { OUTCODES } from '../../functions/services/outcodes.js';
import { aSettingAt, listsAtPostcode } from '../helpers/lists.js';
import { brokenWords, wordBreakingStyles } from './layout-checks.js';
import { baseUrl } from './pages.js';
import { asStaffIn, checkAtEachWidth, officerOf, signInOverHttp, staffOf, submit, WIDTHS } from './staff.js';

// Where places are short, for Kent (886: a two-tier county no other page test uses), from lists
// made here through the API: in a real Chromium at each width, with JavaScript off for the form,
// and over HTTP for who is refused.

const LA = '886';
let browser: Browser;

beforeAll(async () => {
  browser = await chromium.connect(inject('browserWsEndpoint'));
  const maidstone = OUTCODES.get('ME14') ?? { lat: 51.28, lon: 0.53 };
  await aSettingAt({
    name: 'Medway Valley ASD Special (test)',
    at: maidstone,
    laCode: LA,
    designation: ['ASD'],
    capacity: { places: 40, onRoll: 35, vacancies: 5 },
  });
  await listsAtPostcode(LA, 6, 'ASD', 'ME14 1AA');
  await listsAtPostcode(LA, 2, 'MSI', 'CT1 1AA');
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

const mainText = async (page: Page) => (await page.locator('main').textContent()) ?? '';

/** The page scrolls only down at this width: wide tables scroll inside their own regions. */
async function expectNoSidewaysScroll(page: Page) {
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    window: window.innerWidth,
  }));
  expect(widths.page).toBeLessThanOrEqual(widths.window);
}

describe('where places are short', () => {
  it('shows an officer their council’s picture from the staff home, passing axe at each width', {
    timeout: 120_000,
  }, async () => {
    await asStaffIn(browser, officerOf(LA), { width: WIDTHS[0] }, async (page) => {
      await page.goto(`${baseUrl()}/staff`);
      await submit(page, 'a:has-text("Where places are short")');
      expect(new URL(page.url()).pathname).toBe('/sufficiency');
      await checkAtEachWidth(page, 'sufficiency', 'staff-sufficiency', async (p, width) => {
        expect((await p.locator('h1').textContent())?.trim()).toBe('Where places are short');
        const text = await mainText(p);
        expect(text).toContain('Where places are short, for Kent (886), the ');
        expect(text).toContain('rounded down to a multiple of 5 (5 means 5 to 9)');
        const headline = (await p.locator('#headline').textContent()) ?? '';
        expect(headline).toMatch(
          /(\d+|fewer than 5)\s+of (\d+|fewer than 5) lists \(for (\d+|fewer than 5) children\) found none free on fresh figures/,
        );
        expect(headline).toMatch(/had enough fresh figures|Too few lists/);
        expect(headline).not.toMatch(/\b[1-4]\b/);
        // Kent has districts: the map, and its table naming them.
        expect(await p.locator('svg[role="img"]').count()).toBe(3);
        expect(text).toContain('Maidstone');
        if (width === WIDTHS[0]) {
          await expectNoSidewaysScroll(p);
          expect(await brokenWords(p)).toEqual([]);
          // The page's own content (GOV.UK's navigation toggle has its own rules).
          const inMain = (await wordBreakingStyles(p)).filter((s) => !s.includes('govuk-service-navigation'));
          expect(inMain).toEqual([]);
        }
      });
      // No count of lists or children is 1 to 4 in the tables of counts.
      const counts = await page.locator('.op-table--wide td').allTextContents();
      expect(counts.filter((c) => /^\s*[1-4]\s*$/.test(c))).toEqual([]);
    });
  });

  it('picks another period and number of weeks with JavaScript off, and refuses a bad number of weeks', {
    timeout: 90_000,
  }, async () => {
    const term = periodChoices(londonDate(new Date()))[1];
    if (!term) throw new Error('expected the current academic year’s first term');
    await asStaffIn(browser, officerOf(LA), { javaScriptEnabled: false }, async (page) => {
      await page.goto(`${baseUrl()}/sufficiency`);
      await page.selectOption('#period', term.id);
      await page.fill('#weeks', '20');
      await submit(page, 'button:has-text("Show the picture")');
      const url = new URL(page.url());
      expect(url.searchParams.get('period')).toBe(term.id);
      expect(url.searchParams.get('weeks')).toBe('20');
      expect(await page.inputValue('#period')).toBe(term.id);
      const text = await mainText(page);
      expect(text).toContain(`for Kent (886), the autumn term ${term.id.slice(0, 7)}`);
      expect(text).toContain('Children waiting more than 20 weeks');

      await page.fill('#weeks', 'lots');
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.url().includes('/sufficiency?')),
        submit(page, 'button:has-text("Show the picture")'),
      ]);
      expect(response.status()).toBe(400);
      expect(await page.title()).toMatch(/^Error: Where places are short/);
      expect(await page.locator('.govuk-error-summary').textContent()).toContain(
        'Enter a whole number of weeks from 1 to 104',
      );
      expect(await page.inputValue('#weeks')).toBe('lots');
    });
  });

  it('gives the picture and the SCAP copy sheet as CSV downloads, to the council’s officers only', async () => {
    const officer = await signInOverHttp(officerOf(LA));
    const period = periodChoices(londonDate(new Date()))[0]?.id ?? '';
    const csv = await officer.get(`/sufficiency/export.csv?la=${LA}&period=${period}`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe(
      `attachment; filename="openplace-sufficiency-${LA}-${period}.csv"`,
    );
    expect(csv.headers.get('cache-control')).toBe('no-store');
    const text = await csv.text();
    expect(text).toContain('Never about one child');
    // Eight lists, rounded as on the page: 5 lists of 5 children, 5 with a free place, fewer than 5 without.
    expect(text).toMatch(/\r\ntotal,,,,,5,5,5,fewer than 5,0,/);
    const scap = await officer.get(`/sufficiency/scap.csv?la=${LA}`);
    expect(scap.status).toBe(200);
    expect(await scap.text()).toMatch(/not an upload file/i);
    const other = await signInOverHttp(officerOf('938'));
    expect((await other.get(`/sufficiency/export.csv?la=${LA}&period=${period}`)).status).toBe(403);
    expect((await other.get(`/sufficiency/scap.csv?la=${LA}`)).status).toBe(403);
    expect((await officer.get(`/sufficiency/export.csv?la=${LA}&period=2026-09-01`)).status).toBe(400);
  });

  it('refuses a setting’s staff and an officer of another council, and sends the signed-out to sign in', async () => {
    const school = await aSettingAt({
      name: 'Sufficiency Refusal School',
      at: { lat: 51.28, lon: 0.53 },
      laCode: LA,
    });
    const staff = await signInOverHttp(staffOf(school.id));
    expect((await staff.get('/sufficiency')).status).toBe(403);
    // The downloads too: a school's staff get neither CSV.
    expect((await staff.get(`/sufficiency/export.csv?la=${LA}`)).status).toBe(403);
    expect((await staff.get(`/sufficiency/scap.csv?la=${LA}`)).status).toBe(403);
    expect((await staff.get(`/sufficiency?la=${LA}`)).status).toBe(403);
    const other = await signInOverHttp(officerOf('938'));
    const refused = await other.get(`/sufficiency?la=${LA}`);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('You cannot see this page');
    expect((await other.get('/sufficiency')).status).toBe(200);
    const signedOut = await fetch(`${baseUrl()}/sufficiency?la=${LA}`, { redirect: 'manual' });
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.get('location')).toMatch(/^\/sign-in\?returnTo=/);
  });
});
