/// <reference lib="dom" />
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { aNorthernPlace } from '../helpers/lists.js';
import { baseUrl, settingAt } from './pages.js';
import { expectNoAxeViolations, signInAs, staffOf, submit, WIDTHS } from './staff.js';

// The development sign-in page (AUTH_MODE=local, as `npm start` runs) and the staff home, in a
// real Chromium: axe at both widths, JavaScript off, the keyboard, and signing out.

const SCREENSHOTS = join('.openplace', 'screenshots');
let browser: Browser;

beforeAll(async () => {
  browser = await chromium.connect(inject('browserWsEndpoint'));
});
afterAll(async () => {
  await browser?.close();
});

async function inContext<T>(
  options: { width?: number; javaScriptEnabled?: boolean },
  work: (page: Page) => Promise<T>,
) {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  try {
    return await work(await context.newPage());
  } finally {
    await context.close();
  }
}

describe('signing in for development', () => {
  it('passes axe at both widths, with and without an error', { timeout: 60_000 }, async () => {
    for (const width of WIDTHS) {
      await inContext({ width }, async (page) => {
        await page.goto(`${baseUrl()}/dev/sign-in`);
        await expectNoAxeViolations(page, `dev sign-in at ${width}px`);
        await page.screenshot({ path: join(SCREENSHOTS, `staff-dev-sign-in-${width}.png`), fullPage: true });
        await submit(page, 'button:has-text("Sign in")');
        expect(await page.title()).toMatch(/^Error: /);
        await expectNoAxeViolations(page, `dev sign-in error at ${width}px`);
      });
    }
  });

  it('with JavaScript off: a choice is required, then a demo officer lands on their work', async () => {
    await inContext({ javaScriptEnabled: false }, async (page) => {
      await page.goto(`${baseUrl()}/staff`);
      expect(new URL(page.url()).pathname).toBe('/dev/sign-in');
      await submit(page, 'button:has-text("Sign in")');
      await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain('Choose a role');
      await page.check('label:has-text("Placement officer, West Sussex (938)")');
      await submit(page, 'button:has-text("Sign in")');
      expect(new URL(page.url()).pathname).toBe('/staff');
      expect(await page.locator('h1').textContent()).toBe('Your work');
      expect(await page.locator('main').textContent()).toContain('Placement team, West Sussex (938)');
      // Signing out (a form: it carries the session's token) ends the session.
      await submit(page, 'button:has-text("Sign out")');
      expect(new URL(page.url()).pathname).toBe('/');
      // The page says so, once: a reload is the plain home page again.
      expect(await page.locator('.govuk-notification-banner--success').textContent()).toContain(
        'You have signed out of OpenPlace',
      );
      await page.reload();
      expect(await page.locator('.govuk-notification-banner').count()).toBe(0);
      await page.goto(`${baseUrl()}/staff`);
      expect(new URL(page.url()).pathname).toBe('/dev/sign-in');
    });
  });

  it('refuses groups that are not OpenPlace roles', async () => {
    await inContext({}, async (page) => {
      await page.goto(`${baseUrl()}/dev/sign-in`);
      await page.check('input[name="role"][value="other"]');
      await page.fill('#groups', 'admins');
      await submit(page, 'button:has-text("Sign in")');
      expect(await page.title()).toMatch(/^Error: /);
      expect(await page.inputValue('#groups')).toBe('admins');
    });
  });

  it('can be used with the keyboard alone', async () => {
    await inContext({}, async (page) => {
      await page.goto(`${baseUrl()}/dev/sign-in?returnTo=/consultations`);
      await page.locator('input[name="role"]').first().focus();
      await page.keyboard.press('Space');
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(() => document.activeElement?.textContent?.trim() === 'Sign in')) break;
      }
      // A predicate on the path alone: a glob would already match the sign-in page's own address
      // (its query holds returnTo=/consultations) and resolve before the form is sent.
      await Promise.all([
        page.waitForURL((url) => url.pathname === '/consultations'),
        page.keyboard.press('Enter'),
      ]);
      expect(await page.locator('h1').textContent()).toMatch(/onsultations/);
    });
  });
});

describe('the staff home', () => {
  it('shows setting staff their settings and nothing of an officer’s', async () => {
    const setting = await settingAt({ name: 'Larch School', at: aNorthernPlace() });
    await inContext({}, async (page) => {
      await signInAs(page, staffOf(setting.id));
      const main = (await page.locator('main').textContent()) ?? '';
      expect(main).toContain('Your settings');
      expect(main).toContain(setting.name);
      expect(await page.locator(`a[href="/settings/${setting.id}"]`).count()).toBe(1);
      expect(main).not.toContain('Placement team');
      expect(await page.locator('a:has-text("Make a list")').count()).toBe(0);
      await expectNoAxeViolations(page, 'staff home for a school');
    });
    await inContext({ width: 375 }, async (page) => {
      await signInAs(page, ['la-officer-938']);
      await expectNoAxeViolations(page, 'staff home for an officer at 375px');
    });
  });
});
