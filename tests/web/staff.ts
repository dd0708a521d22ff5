/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { groups } from '../../functions/core/access.js';
import { OUTCODES } from '../../functions/services/outcodes.js';
import { baseUrl } from './pages.js';

// Signing staff in for page tests: through the development sign-in page (AUTH_MODE=local), in a
// browser or over plain HTTP. Groups as the provider would state them (core/access.ts names them).

export const officerOf = (laCode: string) => [groups.officer(laCode)];
export const staffOf = (...settingIds: string[]) => settingIds.map(groups.staff);

export const WIDTHS = [375, 1280] as const;
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/**
 * Signs a browser context in through the development form with these groups; the page is left on
 * `returnTo` (default /staff). The click's navigation is waited for as part of the click: the
 * form's answer must be the redirect (303) away from the form, and the page must have loaded at
 * the address it led to, before this returns.
 */
export async function signInAs(
  page: Page,
  groupNames: readonly string[],
  returnTo = '/staff',
  base = baseUrl(),
): Promise<void> {
  await page.goto(`${base}/dev/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  await page.check('input[name="role"][value="other"]');
  await page.fill('#groups', groupNames.join(' '));
  const [answer] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/dev/sign-in')),
    page.click('button:has-text("Sign in")'),
  ]);
  expect(answer.status(), `signing in as ${groupNames.join(' ')}`).toBe(303);
  // Checks the address now, then waits for it (and its load) if the redirect is still under way.
  await page.waitForURL((url) => url.pathname === new URL(returnTo, base).pathname);
}

/** What a signed-in context holds (its session cookie), to open more contexts with. */
export type SignedIn = Awaited<ReturnType<BrowserContext['storageState']>>;

/**
 * Sessions already made by this worker, by group set, on the run's shared local stack. The session
 * is a sealed cookie that no test here signs out of (signing out is tested in
 * staff-sign-in.test.ts, through the form): any number of contexts can share it.
 */
const sessions = new Map<string, Promise<SignedIn>>();

/** A context signed in through the form; its storage state. */
async function signInOnce(browser: Browser, groupNames: readonly string[], base: string): Promise<SignedIn> {
  const context = await browser.newContext();
  try {
    await signInAs(await context.newPage(), groupNames, '/staff', base);
    return await context.storageState();
  } finally {
    await context.close();
  }
}

/**
 * The storage state of a context signed in with these groups: through the form once per worker,
 * then reused. On another stack (a test's own, e.g. with its clock moved on) it is not kept: its
 * port may later be another stack's, with another clock.
 */
export function signedIn(
  browser: Browser,
  groupNames: readonly string[],
  base = baseUrl(),
): Promise<SignedIn> {
  if (base !== baseUrl()) return signInOnce(browser, groupNames, base);
  const key = [...groupNames].sort().join(' ');
  let session = sessions.get(key);
  if (!session) {
    session = signInOnce(browser, groupNames, base);
    // A failed sign-in is not kept: the next test tries again (and fails on its own account).
    session.catch(() => sessions.delete(key));
    sessions.set(key, session);
  }
  return session;
}

/**
 * A new browser context and page, signed in with these groups (`signedIn`), on a blank page;
 * closed after `work`.
 */
export async function asStaffIn<T>(
  browser: Browser,
  groupNames: readonly string[],
  options: { width?: number; javaScriptEnabled?: boolean; base?: string },
  work: (page: Page, context: BrowserContext) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    storageState: await signedIn(browser, groupNames, options.base),
  });
  try {
    return await work(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

/**
 * axe (WCAG 2.2 AA) finds nothing on the page as it is now. On a page of one frame (all of ours),
 * axe.run in the page (the builder's "legacy" mode) gives the same results as runPartial in each
 * frame and finishRun in a blank page opened for it, at a third less time: the two-step run exists
 * for cross-origin frames, and a page with frames still gets it.
 */
export async function expectNoAxeViolations(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(WCAG)
    .setLegacyMode(page.frames().length === 1)
    .analyze();
  const found = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(found, name).toEqual([]);
}

/** Where page tests keep their screenshots (for people to look at; nothing compares them). */
export const SCREENSHOTS = join('.openplace', 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

/**
 * Sets the viewport's width and waits until the page has laid itself out for it: the window has
 * the new width and a frame has been drawn since, so media-query listeners (GOV.UK Frontend's
 * service navigation and tabs switch mode on them) have run.
 */
export async function setWidth(page: Page, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.waitForFunction((w) => window.innerWidth === w, width);
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

/**
 * The page's current state at each of WIDTHS, phone first: `check` passes, axe finds nothing, and a
 * screenshot `${shot}-${width}.png` is kept. One state, reached once, is resized rather than
 * reached again per width: the server's answer is the same, and the page's scripts follow the
 * viewport as it changes (`setWidth`).
 */
export async function checkAtEachWidth(
  page: Page,
  name: string,
  shot: string,
  check: (page: Page, width: number) => Promise<unknown> = async () => {},
): Promise<void> {
  for (const width of WIDTHS) {
    await setWidth(page, width);
    await check(page, width);
    await expectNoAxeViolations(page, `${name} at ${width}px`);
    await page.screenshot({ path: join(SCREENSHOTS, `${shot}-${width}.png`), fullPage: true });
  }
}

/**
 * At a phone's width, the page's tables and summary lists keep their words whole: no table has
 * more than 3 columns, every word in a cell, key or value lies on one line (its Range has one client
 * rect), and nothing in the page is styled to break words anywhere.
 */
export async function expectTablesFitPhone(page: Page, name: string): Promise<void> {
  const problems = await page.evaluate(() => {
    const found: string[] = [];
    for (const table of Array.from(document.querySelectorAll('main table'))) {
      const rows = Array.from((table as HTMLTableElement).rows);
      const columns = Math.max(0, ...rows.map((r) => r.cells.length));
      if (columns > 3) found.push(`a table of ${columns} columns`);
    }
    const cells = document.querySelectorAll(
      'main td, main th, main .govuk-summary-list__key, main .govuk-summary-list__value',
    );
    for (const cell of Array.from(cells)) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        // A line may break after a hyphen ("Post-" / "16"): each part is a word of its own.
        for (const word of Array.from((node.textContent ?? '').matchAll(/[^\s-]+-?|-/g))) {
          const range = document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          if (range.getClientRects().length > 1) found.push(`“${word[0]}” broken across lines`);
        }
      }
    }
    for (const element of Array.from(document.querySelectorAll('main *'))) {
      const style = getComputedStyle(element);
      if (style.overflowWrap === 'anywhere' || style.wordBreak === 'break-all') {
        found.push(`${element.tagName.toLowerCase()}.${element.className} breaks words anywhere`);
      }
    }
    return found;
  });
  expect(problems, name).toEqual([]);
}

/** Submits the form that holds `selector` (a button) and waits for the next page. */
export async function submit(page: Page, selector: string): Promise<void> {
  await Promise.all([page.waitForEvent('load'), page.locator(selector).first().click()]);
}

/** A staff session over plain HTTP: its cookie and its form token. */
export interface HttpSession {
  cookie: string;
  csrfToken: string;
  get(path: string): Promise<Response>;
  post(path: string, fields: Record<string, string | string[]>): Promise<Response>;
}

function cookiePairs(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(';')[0] ?? '');
}

/** Signs in over HTTP through the development page, as a browser would (cookies and form tokens by hand). */
export async function signInOverHttp(groupNames: readonly string[], base = baseUrl()): Promise<HttpSession> {
  const form = await fetch(`${base}/dev/sign-in`, { redirect: 'manual' });
  const pending = cookiePairs(form).join('; ');
  const token = /name="csrfToken" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
  const signedIn = await fetch(`${base}/dev/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: pending },
    body: new URLSearchParams({ csrfToken: token, role: 'other', groups: groupNames.join(' ') }),
  });
  expect(signedIn.status).toBe(303);
  const cookie = cookiePairs(signedIn)
    .filter((c) => c.startsWith('__Host-openplace-session='))
    .join('; ');
  const home = await fetch(`${base}/staff`, { headers: { cookie } });
  const csrfToken = /name="csrfToken" value="([^"]+)"/.exec(await home.text())?.[1] ?? '';
  return {
    cookie,
    csrfToken,
    get: (path) => fetch(`${base}${path}`, { headers: { cookie }, redirect: 'manual' }),
    post: (path, fields) => {
      const body = new URLSearchParams({ csrfToken });
      for (const [name, value] of Object.entries(fields)) {
        for (const v of Array.isArray(value) ? value : [value]) body.append(name, v);
      }
      return fetch(`${base}${path}`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
        body,
      });
    },
  };
}

/**
 * A postcode district in northern England (where the page tests keep their settings, away from the
 * list tests' Midlands), with its centre: the form takes a postcode, and distances run from there.
 */
export function aNorthernDistrict(): { district: string; home: { lat: number; lon: number } } {
  const candidates = [...OUTCODES].filter(
    ([, c]) => c.lat > 54.3 && c.lat < 54.9 && c.lon > -2.9 && c.lon < -1.6,
  );
  const [district, home] = candidates[Math.floor(Math.random() * candidates.length)] ?? [
    'CA11',
    { lat: 54.66, lon: -2.75 },
  ];
  return { district, home };
}

export const inTwoMonths = () => new Date(Date.now() + 60 * 24 * 3600 * 1000);

/** Fills the form's required fields for a 9-year-old with ASD and SLCN. */
export async function fillChild(page: Page, ref: string, district: string) {
  await page.fill('#caseReference', ref);
  await page.selectOption('#primaryNeed', 'ASD');
  await page.check('input[name="secondaryNeeds"][value="SLCN"]');
  await page.fill('#age', '9');
  const start = inTwoMonths();
  await page.fill('#startDate-day', String(start.getUTCDate()));
  await page.fill('#startDate-month', String(start.getUTCMonth() + 1));
  await page.fill('#startDate-year', String(start.getUTCFullYear()));
  await page.fill('#homePostcode', district);
  await page.fill('#maxTravelKm', '10');
}

/** The form fields of a valid new setting, as a browser would post them. */
export function settingFormFields(
  name: string,
  laCode: string,
  postcode: string,
): Record<string, string | string[]> {
  return {
    name,
    kind: 'MAINSTREAM',
    sector: 'ACADEMY',
    phase: 'PRIMARY',
    ageLow: '4',
    ageHigh: '11',
    genderIntake: 'MIXED',
    boarding: 'DAY',
    laCode,
    addressLine1: '1 Maple Road',
    town: 'Penrith',
    postcode,
    'p0-name': 'Main roll',
    'p1-kind': 'RESOURCED_PROVISION',
    'p1-name': 'Autism base',
    'p1-designation': ['ASD'],
  };
}
