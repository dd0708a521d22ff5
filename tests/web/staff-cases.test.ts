/// <reference lib="dom" />
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type LocalStack, startLocalStack } from '../../functions/local/runtime.js';
import { asOfficer, asStaff, gqlOk } from '../helpers/api.js';
import { unique } from '../helpers/builders.js';
import {
  ANSWER_CONSULTATION,
  aContact,
  START_CONSULTATION,
  WITHDRAW_CONSULTATION,
} from '../helpers/journey.js';
import { casePath, checkStaffPage, journeyOf, mainText, OFFICER } from './case-pages.js';
import { consultingCase, decidedCase, everyStatusCase } from './pages.js';
import { signInOverHttp } from './staff.js';

// The LA officer's case pages in a real Chromium: the journey in every state, and each form empty
// and refused, with axe at phone and desktop widths (each state reached once, then checked at both).

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.connect(inject('browserWsEndpoint'));
});
afterAll(async () => {
  await browser?.close();
});

describe('the case page in every state', () => {
  it('a case with a list and no journey yet: the family’s choices, the list, and nothing sent', {
    timeout: 90_000,
  }, async () => {
    const c = await everyStatusCase();
    await checkStaffPage(browser, 'staff-case-new', casePath(c), async (page) => {
      expect(await page.locator('h1').textContent()).toContain(`Case ${c.caseReference}`);
      const text = await mainText(page);
      expect(text).toContain('No draft plan recorded yet');
      expect(text).toContain('has not consulted any setting');
      expect(text).toContain('has not recorded its decision yet');
      for (const choice of c.list.familyChoices) expect(text).toContain(choice.name);
      expect(text).toContain('(not on the register)');
      const listLink = await page.locator('main a[href^="/lists/l"]').first().getAttribute('href');
      expect(listLink).toMatch(/^\/lists\/l2_/);
      expect(await page.locator(`a[href="/settings/${c.settings[4]?.id}"]`).count()).toBeGreaterThan(0);
    });
  });

  it('a journey under way: draft plan, and consultations waiting, answered (with its text) and withdrawn', {
    timeout: 90_000,
  }, async () => {
    const c = await consultingCase();
    const officer = asOfficer('938');
    const start = async (settingId: string) =>
      (
        await gqlOk(
          START_CONSULTATION,
          {
            input: {
              caseReference: c.caseReference,
              laCode: '938',
              settingId,
              message: 'Could you meet the needs?',
              contact: aContact,
            },
          },
          officer,
        )
      ).startConsultation.id as string;
    const [answered, withdrawn] = [c.settings[1], c.settings[2]].map((s) => s?.id ?? '');
    const answeredId = await start(answered as string);
    const withdrawnId = await start(withdrawn as string);
    await gqlOk(
      ANSWER_CONSULTATION,
      {
        id: answeredId,
        input: {
          answer: 'CANNOT_MEET_NEEDS',
          ground: 'INCOMPATIBLE_WITH_EFFICIENT_EDUCATION_OF_OTHERS',
          explanation: 'Our Year 5 class is at its safe limit.',
        },
      },
      asStaff(answered as string),
    );
    await gqlOk(WITHDRAW_CONSULTATION, { id: withdrawnId, reason: 'The family moved away.' }, officer);
    await checkStaffPage(browser, 'staff-case-consulting', casePath(c), async (page) => {
      const text = await mainText(page);
      expect(text).toContain('The family may ask for a setting at least until');
      expect(text).toContain('Draft EHC plan');
      expect(text).toContain('Waiting for an answer');
      expect(text).toContain('Cannot meet the child’s needs');
      expect(text).toContain('Our Year 5 class is at its safe limit.');
      expect(text).toContain('“incompatible with” the efficient education of others');
      expect(text).toContain('The family moved away.');
      expect(text).toContain('3 sent, 2 open');
      // Only the open ones can be withdrawn.
      expect(await page.locator('a[href*="/case/withdraw-consultation"]').count()).toBe(2);
    });
  });

  it('a decided case: what was named, the grounds for each choice not named, and the appeal date', {
    timeout: 90_000,
  }, async () => {
    const c = await decidedCase();
    await checkStaffPage(browser, 'staff-case-decided', casePath(c), async (page) => {
      const text = await mainText(page);
      expect(text).toContain('The decision in force');
      expect(text).toContain(c.settings[0]?.name);
      expect(text).toContain('Appeal by');
      expect(text).toContain('It does not take children of this age.');
      expect(text).toContain('Children and Families Act 2014 s.39(4)(a)');
      expect(text).toContain('Closed by the decision');
      expect(await page.locator('a:has-text("Correct the decision")').count()).toBe(1);
      expect(await page.locator('a:has-text("Consult a setting")').count()).toBe(0);
    });
  });

  it('an overdue consultation, read through a second local stack whose clock is 20 days on', {
    timeout: 90_000,
  }, async () => {
    const c = await consultingCase();
    const later = new Date(Date.now() + 20 * 86_400_000);
    let stack: LocalStack | undefined;
    try {
      stack = await startLocalStack({
        port: 0,
        tableName: inject('tableName'),
        dynamodbEndpoint: inject('dynamodbEndpoint'),
        logLevel: 'SILENT',
        now: () => later,
      });
      const base = stack.baseUrl;
      // Signed in on that stack (its own session): one made today would have expired by its clock.
      await checkStaffPage(
        browser,
        'staff-case-overdue',
        casePath(c),
        async (page) => {
          const text = await mainText(page);
          expect(text).toContain('Overdue');
          expect(text).toContain('1 overdue');
        },
        { base },
      );
    } finally {
      await stack?.stop();
    }
  });

  it('an unknown case shows “No case found” with the find form (404); a broken reference, its error (400)', {
    timeout: 60_000,
  }, async () => {
    const missing = `NO/${unique('case').split(' ')[1]}`;
    await checkStaffPage(
      browser,
      'staff-case-not-found',
      `/case?la=938&ref=${encodeURIComponent(missing)}`,
      async (page) => {
        expect(await page.locator('h1').textContent()).toContain('No case found');
        expect(await page.inputValue('#case-ref')).toBe(missing);
      },
    );
    const officer = await signInOverHttp(OFFICER);
    const notFound = await officer.get(`/case?la=938&ref=${encodeURIComponent(missing)}`);
    expect(notFound.status).toBe(404);
    const bad = await officer.get('/case?la=938&ref=%3Cno%20such%3E');
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).toContain('<title>Error: Find a case');
    expect(html).toContain('govuk-error-summary');
    expect(html).toContain('href="#case-ref"');
    // With nothing asked, the find form alone.
    expect((await officer.get('/case')).status).toBe(200);
  });
});

describe('each case form, empty and refused, at phone and desktop widths', () => {
  it('the draft-plan, consult, withdrawal and decision forms pass axe, and so do their errors', {
    timeout: 180_000,
  }, async () => {
    const c = await consultingCase();
    const journey = await journeyOf(c);
    const consultationId = journey.consultations[0].id as string;
    // Each form sent empty (or incomplete) once; its refusal is then checked at each width.
    const sendForm = (button: string) => async (page: Page) => {
      await Promise.all([page.waitForEvent('load'), page.locator(button).first().click()]);
    };
    const refused = async (page: Page) => {
      await page.locator('.govuk-error-summary').waitFor({ state: 'visible' });
      expect(await page.title()).toMatch(/^Error: /);
    };
    await checkStaffPage(browser, 'staff-case-draft-plan', casePath(c, 'draft-plan'));
    await checkStaffPage(browser, 'staff-case-draft-plan-error', casePath(c, 'draft-plan'), refused, {
      reach: sendForm('button:has-text("Record the plan")'),
    });
    await checkStaffPage(browser, 'staff-case-consult', casePath(c, 'consult'), async (page) => {
      // The contact is the one the case last used.
      expect(await page.inputValue('#contactEmail')).toBe(aContact.email);
    });
    await checkStaffPage(browser, 'staff-case-consult-error', casePath(c, 'consult'), refused, {
      reach: sendForm('button:has-text("Send the consultation")'),
    });
    const withdraw = `${casePath(c, 'withdraw-consultation')}&id=${encodeURIComponent(consultationId)}`;
    await checkStaffPage(browser, 'staff-case-withdraw', withdraw);
    await checkStaffPage(browser, 'staff-case-withdraw-error', withdraw, refused, {
      reach: sendForm('button:has-text("Withdraw the consultation")'),
    });
    await checkStaffPage(
      browser,
      'staff-case-decision-error',
      casePath(c, 'decision'),
      async (page) => {
        await refused(page);
        for (const choice of c.list.familyChoices) {
          expect(await page.locator(`#grounds-${choice.id}-error`).count()).toBe(1);
        }
      },
      {
        reach: async (page) => {
          await page.check('#confirmOrder');
          await sendForm('button:has-text("Record the decision")')(page);
        },
      },
    );
  });
});
