/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { asOfficer, gqlOk } from '../helpers/api.js';
import { CASE_JOURNEY, londonToday } from '../helpers/journey.js';
import { baseUrl, type Case } from './pages.js';
import { asStaffIn, checkAtEachWidth, expectTablesFitPhone, officerOf, WIDTHS } from './staff.js';

// What the officer's case page tests share (staff-cases*.test.ts): the case's address, its journey
// as the API reads it, a page checked at both widths, a form sent.

export const OFFICER = officerOf('938');

export const casePath = (c: Pick<Case, 'caseReference'>, action?: string) =>
  `${action ? `/case/${action}` : '/case'}?la=938&ref=${encodeURIComponent(c.caseReference)}`;

export const journeyOf = async (c: Pick<Case, 'caseReference'>) =>
  (await gqlOk(CASE_JOURNEY, { caseReference: c.caseReference, laCode: '938' }, asOfficer('938')))
    .caseJourney;

export const today = londonToday;

/** The consult form's fields, as an officer fills them in, for `settingId` on `c`'s case. */
export const consultForm = (c: Pick<Case, 'caseReference'>, settingId: string) => ({
  la: '938',
  ref: c.caseReference,
  setting: settingId,
  message: 'Could you meet the needs?',
  contactName: 'Placements',
  contactEmail: 'placements@council.example',
});

/**
 * Opens a page as an officer (JavaScript on: axe and screenshots need it), reaches the state to
 * check (`reach` may fill and send a form), then at each width: `check` passes, axe finds nothing,
 * and a screenshot is kept.
 */
export async function checkStaffPage(
  browser: Browser,
  name: string,
  path: string,
  check: (page: Page) => Promise<unknown> = async () => {},
  options: { base?: string; groups?: readonly string[]; reach?: (page: Page) => Promise<unknown> } = {},
) {
  const base = options.base ?? baseUrl();
  await asStaffIn(browser, options.groups ?? OFFICER, { width: WIDTHS[0], base }, async (page) => {
    const response = await page.goto(`${base}${path}`);
    expect(response?.status(), name).toBeLessThan(500);
    await options.reach?.(page);
    await checkAtEachWidth(page, name, name, async (p, width) => {
      if (width === WIDTHS[0]) await expectTablesFitPhone(p, `${name} at ${width}px`);
      await check(p);
    });
  });
}

/** Submits the form of `button` and gives the response's status (the page after any redirect is loaded). */
export async function send(page: Page, button: string): Promise<number> {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST'),
    page.waitForEvent('load'),
    page.locator(button).first().click(),
  ]);
  return response.status();
}

export const mainText = async (page: Page) => (await page.locator('main').textContent()) ?? '';
