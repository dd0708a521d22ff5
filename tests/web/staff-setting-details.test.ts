/// <reference lib="dom" />
import { randomInt } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { asOfficer, gqlOk } from '../helpers/api.js';
import { aSettingInput, unique } from '../helpers/builders.js';
import { settingItemsNamed } from '../helpers/database.js';
import { aNorthernPlace } from '../helpers/lists.js';
import { GET_SETTING, UPDATE_CAPACITY, UPSERT_SETTING } from '../helpers/operations.js';
import { baseUrl, settingAt } from './pages.js';
import {
  aNorthernDistrict,
  asStaffIn,
  expectNoAxeViolations,
  officerOf,
  settingFormFields,
  signInOverHttp,
  staffOf,
  submit,
  WIDTHS,
} from './staff.js';

// The officer's pages to add a setting to the register and change its details, in a real
// Chromium (JavaScript off and on) and over HTTP: the README's first walk-through, in the browser.

const SCREENSHOTS = join('.openplace', 'screenshots');

let browser: Browser;
beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await chromium.connect(inject('browserWsEndpoint'));
});
afterAll(async () => {
  await browser?.close();
});

const mainText = async (page: Page) => (await page.locator('main').textContent()) ?? '';

async function settingNow(id: string) {
  return (await gqlOk(GET_SETTING, { id }, asOfficer('938'))).setting;
}

/** A postcode in a northern district the outcodes know, away from the list tests. */
function aNorthernPostcode(): { postcode: string; district: string } {
  const { district } = aNorthernDistrict();
  return { postcode: `${district} 1AA`, district };
}

/** Fills the add form for a mainstream primary with an autism resourced provision, by postcode only. */
async function fillMaple(page: Page, name: string, postcode: string) {
  await page.fill('#name', name);
  await page.check('input[name="kind"][value="MAINSTREAM"]');
  await page.check('input[name="sector"][value="ACADEMY"]');
  await page.check('input[name="phase"][value="PRIMARY"]');
  await page.fill('#ageLow', '4');
  await page.fill('#ageHigh', '11');
  await page.fill('#addressLine1', '1 Maple Road');
  await page.fill('#town', 'Penrith');
  await page.fill('#postcode', postcode);
  await page.selectOption('#p1-kind', 'RESOURCED_PROVISION');
  await page.fill('#p1-name', 'Autism base');
  await page.check('input[name="p1-designation"][value="ASD"]');
}

describe('adding a setting and changing its details, without JavaScript', () => {
  it('adds a mainstream school with an autism base by postcode, refuses a mistake first, then changes it keeping the base’s id and figures', {
    timeout: 90_000,
  }, async () => {
    const name = unique('Maple Primary School');
    const renamed = unique('Maple Primary Academy');
    const { postcode, district } = aNorthernPostcode();
    let settingId = '';
    await asStaffIn(browser, officerOf('938'), { javaScriptEnabled: false }, async (page) => {
      await page.goto(`${baseUrl()}/register`);
      await page.getByRole('link', { name: 'Add a setting' }).click();
      await page.waitForURL(/\/settings\/new$/);
      expect(await page.title()).toMatch(/^Add a setting/);

      await fillMaple(page, name, postcode);
      await page.fill('#ageLow', '11');
      await page.fill('#ageHigh', '4');
      const [refused] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/settings/new') && r.request().method() === 'POST'),
        submit(page, 'button:has-text("Add the setting")'),
      ]);
      expect(refused.status()).toBe(400);
      expect(await page.title()).toMatch(/^Error: /);
      expect(await page.locator('.govuk-error-summary').textContent()).toContain(
        'Youngest age must not be more than the oldest age',
      );
      expect(await page.locator('.govuk-error-summary a[href="#ageLow"]').count()).toBe(1);
      expect(await page.locator('#ageLow-error').textContent()).toContain('Youngest age must not be more');
      // Everything typed is kept.
      expect(await page.inputValue('#name')).toBe(name);
      expect(await page.inputValue('#postcode')).toBe(postcode);
      expect(await page.inputValue('#p1-name')).toBe('Autism base');
      expect(await page.isChecked('input[name="p1-designation"][value="ASD"]')).toBe(true);
      expect(await page.isChecked('input[name="kind"][value="MAINSTREAM"]')).toBe(true);
      expect(await settingItemsNamed(name)).toEqual([]);

      await page.fill('#ageLow', '4');
      await page.fill('#ageHigh', '11');
      await submit(page, 'button:has-text("Add the setting")');
      expect(page.url()).toMatch(/\/settings\/[^/]+\?done=added$/);
      settingId = decodeURIComponent(new URL(page.url()).pathname.split('/')[2] ?? '');
      expect((await page.locator('h1').textContent())?.trim()).toBe(name);
      expect(await page.locator('.govuk-notification-banner--success').textContent()).toContain(
        'The setting is on the register',
      );
      const text = await mainText(page);
      expect(text).toContain('Main roll');
      expect(text).toContain('Autism base');
      expect(text).toContain('Autistic spectrum disorder (ASD)');
      expect(text).toContain(`centre of postcode district ${district}, so it is approximate`);
    });

    // The school states its figures for the base: capacity version 1.
    const added = await settingNow(settingId);
    const base = added.provisions.find((p: { kind: string }) => p.kind === 'RESOURCED_PROVISION');
    expect(added).toMatchObject({ kind: 'MAINSTREAM', sector: 'ACADEMY', laCode: '938', revision: 1 });
    expect(added.address.postcode).toBe(postcode);
    await gqlOk(
      UPDATE_CAPACITY,
      { input: { provisionId: base.id, expectedVersion: 0, places: 8, onRoll: 6, vacancies: 2 } },
      asOfficer('938'),
    );

    await asStaffIn(browser, officerOf('938'), { javaScriptEnabled: false }, async (page) => {
      await page.goto(`${baseUrl()}/settings/${encodeURIComponent(settingId)}`);
      await page.getByRole('link', { name: /Change details/ }).click();
      await page.waitForURL(/\/edit$/);
      expect(await page.inputValue('#name')).toBe(name);
      expect(await page.inputValue('#p1-name')).toBe('Autism base');
      expect(await page.inputValue('#latitude')).toBe('');
      await page.fill('#name', renamed);
      await page.selectOption('#p2-kind', 'SEN_UNIT');
      await page.fill('#p2-name', 'Hearing unit');
      await page.check('input[name="p2-designation"][value="HI"]');
      await submit(page, 'button:has-text("Save changes")');
      expect(page.url()).toMatch(/\?done=changed$/);
      expect((await page.locator('h1').textContent())?.trim()).toBe(renamed);
      expect(await page.locator('.govuk-notification-banner--success').textContent()).toContain(
        'The setting’s details are saved',
      );
      expect(await mainText(page)).toContain('Hearing unit');
    });

    const changed = await settingNow(settingId);
    expect(changed.name).toBe(renamed);
    expect(changed.revision).toBe(3);
    expect(changed.provisions.map((p: { kind: string }) => p.kind)).toEqual([
      'MAIN_ROLL',
      'RESOURCED_PROVISION',
      'SEN_UNIT',
    ]);
    const kept = changed.provisions.find((p: { id: string }) => p.id === base.id);
    expect(kept).toMatchObject({ name: 'Autism base', designation: ['ASD'], capacityVersion: 1 });
    expect(kept.capacity).toMatchObject({ places: 8, onRoll: 6, vacancies: 2 });
  });
});

describe('the form in a browser with JavaScript', () => {
  it.each(WIDTHS)(
    'passes axe at %ipx: new, refused, and the edit form',
    { timeout: 180_000 },
    async (width) => {
      const s = await settingAt({ name: 'Rowan Special School', at: aNorthernPlace() });
      await asStaffIn(browser, officerOf('938'), { width }, async (page) => {
        await page.goto(`${baseUrl()}/settings/new`);
        await expectNoAxeViolations(page, `new setting form at ${width}px`);
        await page.screenshot({
          path: join(SCREENSHOTS, `staff-setting-form-new-${width}.png`),
          fullPage: true,
        });

        await page.fill('#name', '');
        await page.fill('#ageLow', 'four');
        await page.selectOption('#p1-kind', 'AP_PROGRAMME');
        await submit(page, 'button:has-text("Add the setting")');
        expect(await page.title()).toMatch(/^Error: /);
        const summary = await page.locator('.govuk-error-summary').textContent();
        expect(summary).toContain('Enter the name of the setting');
        expect(summary).toContain('Enter the name of provision 2');
        await expectNoAxeViolations(page, `refused setting form at ${width}px`);
        await page.screenshot({
          path: join(SCREENSHOTS, `staff-setting-form-error-${width}.png`),
          fullPage: true,
        });

        await page.goto(`${baseUrl()}/settings/${encodeURIComponent(s.id)}/edit`);
        expect(await page.inputValue('#name')).toBe(s.name);
        await expectNoAxeViolations(page, `edit setting form at ${width}px`);
        await page.screenshot({
          path: join(SCREENSHOTS, `staff-setting-form-edit-${width}.png`),
          fullPage: true,
        });
      });
    },
  );

  it('can be filled and sent with the keyboard', { timeout: 90_000 }, async () => {
    const name = unique('Keyboard Primary School');
    const { postcode } = aNorthernPostcode();
    await asStaffIn(browser, officerOf('938'), {}, async (page) => {
      await page.goto(`${baseUrl()}/settings/new`);
      const tabTo = async (test: string) => {
        for (let i = 0; i < 300; i++) {
          await page.keyboard.press('Tab');
          const hit = await page.evaluate((t) => {
            const el = document.activeElement as HTMLElement | null;
            return el?.id === t || (el?.tagName === 'BUTTON' && el.textContent?.includes(t) === true);
          }, test);
          if (hit) return;
        }
        throw new Error(`Tab never reached ${test}`);
      };
      await tabTo('name');
      await page.keyboard.type(name);
      await fillMaple(page, name, postcode);
      await page.focus('#p1-designation');
      await tabTo('Add the setting');
      await Promise.all([page.waitForURL(/done=added/), page.keyboard.press('Enter')]);
      expect((await page.locator('h1').textContent())?.trim()).toBe(name);
    });
  });
});

describe('the pages over HTTP', () => {
  it('refuses an officer of another council, setting staff, and a form without its token: nothing written', async () => {
    const { postcode } = aNorthernPostcode();
    const brighton = await signInOverHttp(officerOf('846'));
    const name = unique('Elsewhere Primary School');
    expect((await brighton.post('/settings/new', settingFormFields(name, '938', postcode))).status).toBe(403);
    expect(await settingItemsNamed(name)).toEqual([]);

    const s = await settingAt({ name: 'Hazel Special School', at: aNorthernPlace() });
    expect((await brighton.get(`/settings/${encodeURIComponent(s.id)}/edit`)).status).toBe(403);
    const renamed = unique('Hazel Renamed');
    const posted = await brighton.post(`/settings/${encodeURIComponent(s.id)}/edit`, {
      ...settingFormFields(renamed, '938', postcode),
      expectedRevision: '1',
    });
    expect(posted.status).toBe(403);
    // They may read it, but are not offered the change.
    const page = await (await brighton.get(`/settings/${encodeURIComponent(s.id)}`)).text();
    expect(page).not.toContain('Change details');

    const staff = await signInOverHttp(staffOf(s.id));
    expect((await staff.get('/settings/new')).status).toBe(403);
    expect((await staff.get(`/settings/${encodeURIComponent(s.id)}/edit`)).status).toBe(403);

    const officer = await signInOverHttp(officerOf('938'));
    const tokenless = unique('Tokenless Primary School');
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(settingFormFields(tokenless, '938', postcode))) {
      for (const value of Array.isArray(v) ? v : [v]) body.append(k, value);
    }
    const refused = await fetch(`${baseUrl()}/settings/new`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: officer.cookie },
      body,
    });
    expect(refused.status).toBe(403);
    expect(await settingItemsNamed(tokenless)).toEqual([]);
    expect((await settingNow(s.id)).name).toBe(s.name);
  });

  it('says a URN is already on the register, and never changes that setting', async () => {
    const urn = String(randomInt(1_000_000, 9_999_999));
    const existing = (
      await gqlOk(
        UPSERT_SETTING,
        { input: aSettingInput({ urn, location: aNorthernPlace() }) },
        asOfficer('938'),
      )
    ).upsertSetting;
    const { postcode } = aNorthernPostcode();
    const officer = await signInOverHttp(officerOf('938'));
    const name = unique('Duplicate Primary School');
    const response = await officer.post('/settings/new', {
      ...settingFormFields(name, '938', postcode),
      urn,
    });
    expect(response.status).toBe(409);
    const html = await response.text();
    expect(html).toContain(`Another setting on the register already has URN ${urn}`);
    expect(html).toContain('href="#urn"');
    expect(html).toContain(`value="${name}"`);
    expect(await settingItemsNamed(name)).toEqual([]);
    expect((await settingNow(existing.id)).name).toBe(existing.name);
  });

  it('shows the current details when someone changed the setting meanwhile, and overwrites nothing', async () => {
    const s = await settingAt({ name: 'Birch Special School', at: aNorthernPlace() });
    const officer = await signInOverHttp(officerOf('938'));
    const form = await (await officer.get(`/settings/${encodeURIComponent(s.id)}/edit`)).text();
    const revision = /name="expectedRevision" value="(\d+)"/.exec(form)?.[1] ?? '';
    expect(revision).toBe('1');
    const theirs = unique('Birch Changed Elsewhere');
    const current = await settingNow(s.id);
    await gqlOk(
      UPSERT_SETTING,
      {
        input: aSettingInput({
          id: s.id,
          name: theirs,
          kind: current.kind,
          sector: current.sector,
          phase: current.phase,
          ageRange: current.ageRange,
          location: current.location,
          provisions: [],
        }),
      },
      asOfficer('938'),
    );
    const mine = unique('Birch Mine');
    const { postcode } = aNorthernPostcode();
    const response = await officer.post(`/settings/${encodeURIComponent(s.id)}/edit`, {
      ...settingFormFields(mine, '938', postcode),
      kind: 'SPECIAL',
      phase: 'ALL_THROUGH',
      ageLow: '4',
      ageHigh: '19',
      'p0-id': s.provisions[0]?.id ?? '',
      'p1-kind': '',
      'p1-name': '',
      'p1-designation': [],
      expectedRevision: revision,
    });
    expect(response.status).toBe(409);
    const html = await response.text();
    expect(html).toContain('Someone else changed this setting');
    expect(html).toContain(`value="${theirs}"`);
    expect(html).toMatch(/name="expectedRevision" value="2"/);
    expect((await settingNow(s.id)).name).toBe(theirs);
  });
});
