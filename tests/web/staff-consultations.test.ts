/// <reference lib="dom" />
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type LocalStack, startLocalStack } from '../../functions/local/runtime.js';
import { asOfficer, asStaff, gqlOk } from '../helpers/api.js';
import { GET_CONSULTATION, WITHDRAW_CONSULTATION } from '../helpers/journey.js';
import { baseUrl, type Case, consultingCase } from './pages.js';
import {
  asStaffIn,
  checkAtEachWidth,
  expectTablesFitPhone,
  officerOf,
  signInOverHttp,
  staffOf,
  submit,
  WIDTHS,
} from './staff.js';

// Consultations as a setting's staff answer them and officers read them: open, answered,
// withdrawn and overdue, in a real Chromium and over HTTP.

const DAY = 24 * 60 * 60 * 1000;

const CONSULTATIONS = `query Mine($filter: ConsultationsFilter) {
  consultations(filter: $filter, first: 5) { edges { node { id status setting { id } } } }
}`;

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.connect(inject('browserWsEndpoint'));
});
afterAll(async () => {
  await browser?.close();
});

/** A case consulting its first setting, and that consultation's id. */
async function aConsultation(): Promise<{ c: Case; settingId: string; id: string }> {
  const c = await consultingCase();
  const settingId = c.settings[0]?.id ?? '';
  const data = await gqlOk(CONSULTATIONS, { filter: { scope: 'MY_SETTINGS' } }, asStaff(settingId));
  const id = data.consultations.edges[0]?.node.id as string;
  return { c, settingId, id };
}

const mainText = async (page: Page) =>
  ((await page.locator('main').textContent()) ?? '').replace(/\s+/g, ' ');

/** The page as `groups` see it, opened once; at each width `expectations` pass, axe finds nothing, a screenshot is kept. */
async function checkPage(
  name: string,
  groups: string[],
  path: string,
  expectations: (page: Page) => Promise<void>,
  base = baseUrl(),
) {
  await asStaffIn(browser, groups, { width: WIDTHS[0], base }, async (page) => {
    await page.goto(`${base}${path}`);
    await checkAtEachWidth(page, name, `staff-${name}`, expectations);
  });
}

describe('consultations for a setting’s staff', () => {
  let open: Awaited<ReturnType<typeof aConsultation>>;
  beforeAll(async () => {
    open = await aConsultation();
  });

  it('lists those waiting for an answer, and shows what the council told the setting', {
    timeout: 90_000,
  }, async () => {
    await checkPage('consultations-to-answer', staffOf(open.settingId), '/consultations', async (page) => {
      expect((await page.locator('h1').textContent())?.trim()).toBe('Consultations to answer');
      const row = page.locator('.op-consultation', {
        has: page.locator(`a[href="/consultations/${open.id}"]`),
      });
      expect(await row.textContent()).toContain('Not answered yet');
      expect(await row.textContent()).toContain('West Sussex (938)');
      // Cards, not a six-column table that breaks words on a phone; never the council's case reference.
      expect(await page.locator('main table').count()).toBe(0);
      await expectTablesFitPhone(page, 'consultations to answer');
      expect(await row.textContent()).not.toContain(open.c.caseReference);
    });
    await checkPage(
      'consultation-open',
      staffOf(open.settingId),
      `/consultations/${open.id}`,
      async (page) => {
        const text = await mainText(page);
        expect(text).toContain('Autistic spectrum disorder (ASD)');
        expect(text).toContain('Could you meet the needs described?');
        expect(text).toMatch(/Answer by \d+ \w+ \d{4}/);
        expect(text).toContain('not through OpenPlace');
        expect(await page.getByRole('button', { name: 'Send your answer' }).count()).toBe(1);
        // Never the case reference: that is the council's.
        expect(text).not.toContain(open.c.caseReference);
      },
    );
  });

  it('takes an answer without JavaScript, refusing an incomplete one with a message by each input', {
    timeout: 90_000,
  }, async () => {
    const { settingId, id } = await aConsultation();
    await asStaffIn(browser, staffOf(settingId), { javaScriptEnabled: false }, async (page) => {
      await page.goto(`${baseUrl()}/consultations/${id}`);
      const [refused] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'POST'),
        submit(page, 'button:has-text("Send your answer")'),
      ]);
      expect(refused.status()).toBe(400);
      expect(await page.title()).toMatch(/^Error: /);
      const summary = (await page.locator('.govuk-error-summary').textContent()) ?? '';
      expect(summary).toContain('Select whether your setting can meet the child’s needs');
      expect(await page.locator('.govuk-error-summary a[href="#answer"]').count()).toBe(1);

      await page.check('input[name="answer"][value="CANNOT_MEET_NEEDS"]');
      await page.fill('#explanation', 'Our autism base has no place for this age group.');
      await submit(page, 'button:has-text("Send your answer")');
      expect(await page.locator('#ground-error').textContent()).toContain(
        'Select the ground your answer points to',
      );
      expect(await page.inputValue('#explanation')).toBe('Our autism base has no place for this age group.');

      await page.check('input[name="ground"][value="UNSUITABLE_FOR_AGE_ABILITY_APTITUDE_OR_SEN"]');
      await submit(page, 'button:has-text("Send your answer")');
      expect(page.url()).toMatch(/done=answered/);
      expect(await page.locator('.govuk-notification-banner--success').textContent()).toContain(
        'Your answer has been sent to the council',
      );
      const text = await mainText(page);
      expect(text).toContain('Cannot meet the child’s needs');
      expect(text).toContain(
        'unsuitable for the child’s age, ability, aptitude or special educational needs',
      );
      expect(await page.locator('h2', { hasText: 'Change your answer' }).count()).toBe(1);
    });
    const answered = (await gqlOk(GET_CONSULTATION, { id }, asStaff(settingId))).consultation;
    expect(answered).toMatchObject({
      status: 'ANSWERED',
      answer: { answer: 'CANNOT_MEET_NEEDS', ground: 'UNSUITABLE_FOR_AGE_ABILITY_APTITUDE_OR_SEN' },
    });
    await checkPage('consultation-answered', staffOf(settingId), `/consultations/${id}`, async (page) => {
      expect(await mainText(page)).toContain('Latest answer (version 1)');
    });
    await checkPage(
      'consultations-answered',
      staffOf(settingId),
      '/consultations?scope=MY_SETTINGS&show=ANSWERED',
      async (page) => {
        expect(await page.locator(`a[href="/consultations/${id}"]`).count()).toBe(1);
      },
    );
  });

  it('reveals the grounds only for “cannot meet” with JavaScript, and refuses a ground sent with “can meet”', {
    timeout: 60_000,
  }, async () => {
    const { settingId, id } = await aConsultation();
    await asStaffIn(browser, staffOf(settingId), { width: WIDTHS[0] }, async (page) => {
      await page.goto(`${baseUrl()}/consultations/${id}`);
      const ground = page.locator('input[name="ground"]').first();
      expect(await ground.isVisible()).toBe(false);
      await page.check('input[name="answer"][value="CANNOT_MEET_NEEDS"]');
      expect(await ground.isVisible()).toBe(true);
      await checkAtEachWidth(page, 'answer grounds revealed', 'staff-consultation-grounds');
      await page.check('input[name="answer"][value="CAN_MEET_NEEDS"]');
      expect(await ground.isVisible()).toBe(false);
    });
    const session = await signInOverHttp(staffOf(settingId));
    const refused = await session.post(`/consultations/${id}`, {
      answer: 'CAN_MEET_NEEDS',
      ground: 'UNSUITABLE_FOR_AGE_ABILITY_APTITUDE_OR_SEN',
      explanation: 'We have a place.',
    });
    expect(refused.status).toBe(400);
    const html = await refused.text();
    expect(html).toContain('A ground goes only with an answer that your setting cannot meet');
    expect(html).not.toMatch(/name="ground" type="radio" value="[A-Z_]+" checked/);
    expect((await gqlOk(GET_CONSULTATION, { id }, asStaff(settingId))).consultation.answers).toEqual([]);
  });

  it('the refused answer form passes axe at both widths', { timeout: 60_000 }, async () => {
    await asStaffIn(browser, staffOf(open.settingId), { width: WIDTHS[0] }, async (page) => {
      await page.goto(`${baseUrl()}/consultations/${open.id}`);
      await page.check('input[name="answer"][value="CANNOT_MEET_NEEDS"]');
      await submit(page, 'button:has-text("Send your answer")');
      await checkAtEachWidth(page, 'answer refused', 'staff-consultation-error', async () => {
        expect(await page.locator('.govuk-error-summary').textContent()).toContain(
          'Enter the reasons for your answer',
        );
      });
    });
  });

  it('says when the council withdrew one, and takes no answer to it', { timeout: 60_000 }, async () => {
    const { settingId, id } = await aConsultation();
    const session = await signInOverHttp(staffOf(settingId));
    const opened = await (await session.get(`/consultations/${id}`)).text();
    expect(opened).toContain('Send your answer');
    await gqlOk(WITHDRAW_CONSULTATION, { id, reason: 'The family moved away' }, asOfficer('938'));
    const refused = await session.post(`/consultations/${id}`, {
      answer: 'CAN_MEET_NEEDS',
      explanation: 'We can.',
    });
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain(
      'The council withdrew this consultation, so it can no longer be answered',
    );
    expect((await gqlOk(GET_CONSULTATION, { id }, asStaff(settingId))).consultation.answers).toEqual([]);
    await checkPage('consultation-withdrawn', staffOf(settingId), `/consultations/${id}`, async (page) => {
      const text = await mainText(page);
      expect(text).toContain('The council withdrew this consultation');
      expect(text).toContain('The family moved away');
      expect(await page.getByRole('button', { name: 'Send your answer' }).count()).toBe(0);
    });
  });
});

describe('consultations for officers', () => {
  it('lists those the council sent, or those to settings in its area, read-only with a link to the case', {
    timeout: 90_000,
  }, async () => {
    const { c, id } = await aConsultation();
    await checkPage('consultations-officer', officerOf('938'), '/consultations', async (page) => {
      expect((await page.locator('h1').textContent())?.trim()).toBe('Consultations your council sent');
      expect(await page.locator('input[name="scope"]').count()).toBe(2);
      expect(await page.locator(`a[href="/consultations/${id}"]`).count()).toBe(1);
      const card = page.locator('.op-consultation', { has: page.locator(`a[href="/consultations/${id}"]`) });
      expect(await card.textContent()).toContain(c.caseReference);
    });
    await asStaffIn(browser, officerOf('938'), { javaScriptEnabled: false }, async (page) => {
      await page.goto(`${baseUrl()}/consultations`);
      await page.check('input[name="scope"][value="TO_SETTINGS_IN_MY_LA"]');
      await submit(page, 'button:has-text("Show")');
      expect(page.url()).toContain('scope=TO_SETTINGS_IN_MY_LA');
      expect((await page.locator('h1').textContent())?.trim()).toBe('Consultations to settings in your area');
    });
    await checkPage('consultation-officer', officerOf('938'), `/consultations/${id}`, async (page) => {
      const link = page.getByRole('link', { name: c.caseReference });
      expect(await link.getAttribute('href')).toBe(
        `/case?${new URLSearchParams({ la: '938', ref: c.caseReference }).toString()}`,
      );
      expect(await page.getByRole('button', { name: 'Send your answer' }).count()).toBe(0);
    });
  });

  it('refuses an officer’s answer, another setting’s staff, a form without its token, and strangers', async () => {
    const { c, settingId, id } = await aConsultation();
    const officer = await signInOverHttp(officerOf('938'));
    expect(
      (await officer.post(`/consultations/${id}`, { answer: 'CAN_MEET_NEEDS', explanation: 'Yes' })).status,
    ).toBe(403);
    const otherStaff = await signInOverHttp(staffOf(c.settings[1]?.id ?? ''));
    expect((await otherStaff.get(`/consultations/${id}`)).status).toBe(403);
    const staff = await signInOverHttp(staffOf(settingId));
    const noToken = await fetch(`${baseUrl()}/consultations/${id}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: staff.cookie },
      body: new URLSearchParams({ answer: 'CAN_MEET_NEEDS', explanation: 'Yes' }),
    });
    expect(noToken.status).toBe(403);
    expect((await gqlOk(GET_CONSULTATION, { id }, asStaff(settingId))).consultation.status).toBe('SENT');
    for (const path of ['/consultations', `/consultations/${id}`]) {
      const response = await fetch(`${baseUrl()}${path}`, { redirect: 'manual' });
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe(`/sign-in?returnTo=${encodeURIComponent(path)}`);
    }
  });
});

describe('an overdue consultation', () => {
  let stack: LocalStack;
  beforeAll(async () => {
    // The same database, seen 20 days on: the 15-day clock has run out.
    stack = await startLocalStack({
      port: 0,
      tableName: inject('tableName'),
      dynamodbEndpoint: inject('dynamodbEndpoint'),
      logLevel: 'SILENT',
      now: () => new Date(Date.now() + 20 * DAY),
    });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('is flagged, first, in the list and on its page', { timeout: 90_000 }, async () => {
    const { settingId, id } = await aConsultation();
    // Signed in on that stack (its own session): one made today would have expired by its clock.
    await asStaffIn(browser, staffOf(settingId), { width: WIDTHS[0], base: stack.baseUrl }, async (page) => {
      await page.goto(`${stack.baseUrl}/consultations`);
      await checkAtEachWidth(page, 'overdue list', 'staff-consultations-overdue', async () => {
        expect(await page.locator('.op-consultation').first().textContent()).toContain('Overdue');
      });
      await page.goto(`${stack.baseUrl}/consultations/${id}`);
      await checkAtEachWidth(page, 'overdue consultation', 'staff-consultation-overdue', async () => {
        expect(await mainText(page)).toMatch(/This answer is overdue\. The answer was due by/);
      });
    });
  });
});
