/// <reference lib="dom" />
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { addDays, dateInWords } from '../../functions/core/journey/dates.js';
import { gqlOk } from '../helpers/api.js';
import { SET_FAMILY_CHOICES } from '../helpers/journey.js';
import { aNorthernPlace } from '../helpers/lists.js';
import { casePath, checkStaffPage, journeyOf, mainText, OFFICER, send, today } from './case-pages.js';
import { baseUrl, consultingCase, decidedCase, everyStatusCase, settingAt } from './pages.js';
import { asStaffIn } from './staff.js';

// Each of the officer's case forms in a real Chromium with JavaScript off: refused once on the
// server (the message by its input, values kept), then sent; and by keyboard alone.

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.connect(inject('browserWsEndpoint'));
});
afterAll(async () => {
  await browser?.close();
});

describe('each case form in a browser with JavaScript off', () => {
  // axe needs scripts in the page: it runs on these forms and their errors with JavaScript on, above.
  const noJs = { javaScriptEnabled: false };

  it('records a draft plan: an impossible date is refused on its field, values kept; then recorded', {
    timeout: 60_000,
  }, async () => {
    const c = await everyStatusCase();
    await asStaffIn(browser, OFFICER, noJs, async (page) => {
      await page.goto(`${baseUrl()}${casePath(c)}`);
      await Promise.all([page.waitForEvent('load'), page.click('a:has-text("Record a draft plan")')]);
      await page.check('input[name="kind"][value="PROPOSED_AMENDMENTS"]');
      await page.fill('#sentOn-day', '31');
      await page.fill('#sentOn-month', '2');
      await page.fill('#sentOn-year', '2027');
      expect(await send(page, 'button:has-text("Record the plan")')).toBe(400);
      expect(await page.title()).toMatch(/^Error: /);
      expect(await page.locator('.govuk-error-summary a[href="#sentOn-day"]').count()).toBe(1);
      expect(await page.locator('#sentOn-error').textContent()).toContain('real date');
      expect(await page.inputValue('#sentOn-day')).toBe('31');
      expect(await page.isChecked('input[name="kind"][value="PROPOSED_AMENDMENTS"]')).toBe(true);
      const [y, m, d] = today().split('-');
      await page.fill('#sentOn-day', String(Number(d)));
      await page.fill('#sentOn-month', String(Number(m)));
      await page.fill('#sentOn-year', y ?? '');
      expect(await send(page, 'button:has-text("Record the plan")')).toBe(303);
      expect(page.url()).toContain('done=draft-plan');
      expect(await page.locator('.govuk-notification-banner--success').textContent()).toContain(
        'The draft plan was recorded',
      );
      expect(await mainText(page)).toContain('Plan with proposed amendments');
      // 15 days beginning with the day it was sent (reg 22(2)(c), as reg 13(1)(a) for a draft plan).
      expect(await mainText(page)).toContain(
        `The family may ask for a setting at least until ${dateInWords(addDays(today(), 14))}`,
      );
    });
    const journey = await journeyOf(c);
    expect(journey.draftPlans).toEqual([
      expect.objectContaining({
        kind: 'PROPOSED_AMENDMENTS',
        sentOn: today(),
        requestWindowEndsOn: addDays(today(), 14),
      }),
    ]);
  });

  it("records the reply-by date the council's letter gives: one shorter than the Regulations' is refused on its field", {
    timeout: 60_000,
  }, async () => {
    const c = await everyStatusCase();
    const fillDate = async (page: Page, id: string, date: string) => {
      const [y, m, d] = date.split('-');
      await page.fill(`#${id}-day`, String(Number(d)));
      await page.fill(`#${id}-month`, String(Number(m)));
      await page.fill(`#${id}-year`, y ?? '');
    };
    await asStaffIn(browser, OFFICER, noJs, async (page) => {
      await page.goto(`${baseUrl()}${casePath(c, 'draft-plan')}`);
      await page.check('input[name="kind"][value="DRAFT_PLAN"]');
      await fillDate(page, 'sentOn', today());
      await fillDate(page, 'requestWindowEndsOn', addDays(today(), 13));
      expect(await send(page, 'button:has-text("Record the plan")')).toBe(400);
      expect(await page.locator('.govuk-error-summary a[href="#requestWindowEndsOn-day"]').count()).toBe(1);
      expect(await page.locator('#requestWindowEndsOn-error').textContent()).toContain(
        `on or after ${dateInWords(addDays(today(), 14))}: the family has at least 15 days`,
      );
      await fillDate(page, 'requestWindowEndsOn', addDays(today(), 21));
      expect(await send(page, 'button:has-text("Record the plan")')).toBe(303);
      expect(await mainText(page)).toContain(
        `The family may ask for a setting until ${dateInWords(addDays(today(), 21))} (the date in the letter)`,
      );
      await page.goto(c.url);
      expect(await mainText(page)).toContain(
        `Its letter gives you until ${dateInWords(addDays(today(), 21))} to ask for a school or college.`,
      );
    });
  });

  it('consults a setting from the list, refusing a blank message first; then one found by searching the register', {
    timeout: 90_000,
  }, async () => {
    const c = await everyStatusCase();
    const elsewhere = await settingAt({ name: 'Quarry Special School', at: aNorthernPlace() });
    const suffix = elsewhere.name.split(' ').at(-1) ?? '';
    const entry = c.settings[0] as { id: string; name: string };
    await asStaffIn(browser, OFFICER, noJs, async (page) => {
      await page.goto(`${baseUrl()}${casePath(c, 'consult')}`);
      await page.check(`input[name="setting"][value="${entry.id}"]`);
      await page.fill('#contactName', 'SEN placements team');
      await page.fill('#contactEmail', 'placements@council.example');
      expect(await send(page, 'button:has-text("Send the consultation")')).toBe(400);
      expect(await page.locator('#message-error').textContent()).toContain('Enter a message');
      expect(await page.isChecked(`input[name="setting"][value="${entry.id}"]`)).toBe(true);
      expect(await page.inputValue('#contactEmail')).toBe('placements@council.example');
      await page.fill('#message', 'Could you meet the needs described? Reports follow by secure email.');
      expect(await send(page, 'button:has-text("Send the consultation")')).toBe(303);
      expect(page.url()).toContain('done=consult');
      expect(await mainText(page)).toContain('Waiting for an answer');

      // A setting on neither the choices nor the list: found by a search within the form.
      await page.goto(`${baseUrl()}${casePath(c, 'consult')}`);
      expect(await page.inputValue('#contactEmail')).toBe('placements@council.example');
      await page.fill('#q', `quarry ${suffix}`);
      expect(await send(page, 'button:has-text("Search the register")')).toBe(200);
      expect(await page.locator('#search-results').textContent()).toContain('1 setting found');
      await page.check(`input[name="setting"][value="${elsewhere.id}"]`);
      await page.fill('#message', 'Could you meet the needs described?');
      expect(await send(page, 'button:has-text("Send the consultation")')).toBe(303);
    });
    const journey = await journeyOf(c);
    expect(journey.consultations.map((x: any) => x.setting.id).sort()).toEqual(
      [entry.id, elsewhere.id].sort(),
    );
    expect(journey.consultations[0].contact.email).toBe('placements@council.example');
  });

  it('withdraws a consultation: a blank reason is refused, then the reason is kept and shown', {
    timeout: 60_000,
  }, async () => {
    const c = await consultingCase();
    await asStaffIn(browser, OFFICER, noJs, async (page) => {
      await page.goto(`${baseUrl()}${casePath(c)}`);
      await Promise.all([page.waitForEvent('load'), page.click('a[href*="/case/withdraw-consultation"]')]);
      expect(await page.locator('h1').textContent()).toContain(c.settings[0]?.name);
      expect(await send(page, 'button:has-text("Withdraw the consultation")')).toBe(400);
      expect(await page.locator('#reason-error').textContent()).toContain('Enter why');
      await page.fill('#reason', 'The family asked us to stop.');
      expect(await send(page, 'button:has-text("Withdraw the consultation")')).toBe(303);
      const text = await mainText(page);
      expect(text).toContain('The consultation was withdrawn');
      expect(text).toContain('The family asked us to stop.');
    });
    const journey = await journeyOf(c);
    expect(journey.consultations[0]).toMatchObject({
      status: 'WITHDRAWN',
      withdrawnReason: 'The family asked us to stop.',
    });
  });

  it('records a decision with grounds for every choice not named: missing grounds and an s.9 ground refused on the right fields; the family then sees it', {
    timeout: 120_000,
  }, async () => {
    const c = await everyStatusCase();
    const [brook, heath] = c.settings as { id: string; name: string }[];
    // The family asks for Brook too: a maintained special school, which the council must name unless an exception applies.
    const set = await gqlOk(SET_FAMILY_CHOICES, {
      token: c.token,
      input: { add: [{ settingId: brook?.id }] },
    });
    const choices = set.setFamilyChoices.familyChoices as { id: string; name: string; legalRoute: string }[];
    expect(choices).toHaveLength(3);
    const brookChoice = choices.find((x) => x.name === brook?.name) as { id: string };
    const others = choices.filter((x) => x.id !== brookChoice.id);
    await checkStaffPage(browser, 'staff-case-decision', casePath(c, 'decision'));
    await asStaffIn(browser, OFFICER, noJs, async (page) => {
      await page.goto(`${baseUrl()}${casePath(c, 'decision')}`);
      await page.check(`input[name="named"][value="setting:${heath?.id}"]`);
      const [y, m, d] = today().split('-');
      await page.fill('#decidedOn-day', String(Number(d)));
      await page.fill('#decidedOn-month', String(Number(m)));
      await page.fill('#decidedOn-year', y ?? '');
      // The family's order not confirmed: nothing is sent.
      expect(await send(page, 'button:has-text("Record the decision")')).toBe(400);
      expect(await page.locator('#confirmOrder-error').textContent()).toContain(
        'Confirm that these are the family’s preferences in order',
      );
      await page.check('#confirmOrder');
      // A school the family did not ask for is named: grounds for every preference (s.39). None given.
      expect(await send(page, 'button:has-text("Record the decision")')).toBe(400);
      for (const choice of choices) {
        expect(await page.locator(`#grounds-${choice.id}-error`).textContent()).toContain(
          `Select at least one ground for not naming ${choice.name}`,
        );
        expect(await page.locator(`#explanation-${choice.id}-error`).count()).toBe(1);
      }
      expect(await page.isChecked(`input[name="named"][value="setting:${heath?.id}"]`)).toBe(true);
      // Grounds for each; for Brook, an Education Act 1996 s.9 ground, which the core refuses for it.
      for (const choice of others) {
        await page.check(`input[name="grounds-${choice.id}"][value="UNREASONABLE_PUBLIC_EXPENDITURE"]`);
        await page.fill(
          `#explanation-${choice.id}`,
          `A suitable setting is named instead of ${choice.name}.`,
        );
      }
      await page.check(
        `input[name="grounds-${brookChoice.id}"][value="NOT_COMPATIBLE_WITH_EFFICIENT_INSTRUCTION"]`,
      );
      await page.fill(`#explanation-${brookChoice.id}`, 'Its Year 5 class is full to its safe limit.');
      expect(await send(page, 'button:has-text("Record the decision")')).toBe(400);
      const errors = await page.locator('.govuk-error-summary__list a').allTextContents();
      expect(errors).toHaveLength(1);
      expect(await page.locator('.govuk-error-summary__list a').getAttribute('href')).toBe(
        `#grounds-${brookChoice.id}`,
      );
      expect(await page.locator(`#grounds-${brookChoice.id}-error`).textContent()).toContain(
        'unless an exception in s.39(4) applies',
      );
      for (const choice of others) {
        expect(
          await page.isChecked(`input[name="grounds-${choice.id}"][value="UNREASONABLE_PUBLIC_EXPENDITURE"]`),
        ).toBe(true);
      }
      await page.uncheck(
        `input[name="grounds-${brookChoice.id}"][value="NOT_COMPATIBLE_WITH_EFFICIENT_INSTRUCTION"]`,
      );
      await page.check(
        `input[name="grounds-${brookChoice.id}"][value="INCOMPATIBLE_WITH_EFFICIENT_EDUCATION_OF_OTHERS"]`,
      );
      expect(await send(page, 'button:has-text("Record the decision")')).toBe(303);
      const text = await mainText(page);
      expect(text).toContain('The decision was recorded');
      expect(text).toContain(heath?.name);
      expect(text).toContain('Its Year 5 class is full to its safe limit.');

      // The family's page, through its link, shows the decision first; its journey page the
      // grounds and how to appeal.
      await page.goto(c.url);
      expect(await page.locator('.op-now').textContent()).toContain(`decided to name ${heath?.name}`);
      await page.goto(`${c.url}/journey`);
      const family = await mainText(page);
      expect(family).toContain(`decided to name ${heath?.name}`);
      expect(family).toContain('Its Year 5 class is full to its safe limit.');
      expect(family).toContain('You can appeal until');
    });
    const journey = await journeyOf(c);
    expect(journey.decision.named.settingId).toBe(heath?.id);
    expect(journey.decision.refusals.find((r: any) => r.choiceId === brookChoice.id).grounds).toEqual([
      'INCOMPATIBLE_WITH_EFFICIENT_EDUCATION_OF_OTHERS',
    ]);
  });

  it('corrects a decision only with a reason, keeping the earlier one', { timeout: 60_000 }, async () => {
    const c = await decidedCase();
    const second = c.settings[1] as { id: string; name: string };
    await asStaffIn(browser, OFFICER, noJs, async (page) => {
      await page.goto(`${baseUrl()}${casePath(c, 'decision')}`);
      expect(await page.locator('h1').textContent()).toContain('Correct the decision');
      await page.check(`input[name="named"][value="setting:${second.id}"]`);
      // A letter dated in the future is refused, with what to do.
      await page.fill('#decidedOn-day', '1');
      await page.fill('#decidedOn-month', '1');
      await page.fill('#decidedOn-year', '2031');
      await page.check('#confirmOrder');
      await page.fill('#correctionReason', 'The first letter named the wrong school.');
      for (const choice of c.list.familyChoices) {
        await page.check(
          `input[name="grounds-${choice.id}"][value="UNSUITABLE_FOR_AGE_ABILITY_APTITUDE_OR_SEN"]`,
        );
        await page.fill(`#explanation-${choice.id}`, 'It does not take children of this age.');
      }
      expect(await send(page, 'button:has-text("Record the correction")')).toBe(400);
      expect(await page.locator('#decidedOn-error').textContent()).toContain(
        'must be today or in the past. If the letter goes tomorrow, record it tomorrow',
      );
      const [y, m, d] = today().split('-');
      await page.fill('#decidedOn-day', String(Number(d)));
      await page.fill('#decidedOn-month', String(Number(m)));
      await page.fill('#decidedOn-year', y ?? '');
      await page.fill('#correctionReason', '');
      expect(await send(page, 'button:has-text("Record the correction")')).toBe(400);
      expect(await page.locator('#correctionReason-error').textContent()).toContain('Enter why');
      await page.fill('#correctionReason', 'The first letter named the wrong school.');
      expect(await send(page, 'button:has-text("Record the correction")')).toBe(303);
      const text = await mainText(page);
      expect(text).toContain('The first letter named the wrong school.');
      expect(text).toContain('Earlier decisions, since corrected (1)');
    });
  });

  it('works by keyboard alone on the draft-plan form', { timeout: 60_000 }, async () => {
    const c = await everyStatusCase();
    await asStaffIn(browser, OFFICER, {}, async (page) => {
      await page.goto(`${baseUrl()}${casePath(c, 'draft-plan')}`);
      const focused = () =>
        page.evaluate(() => {
          const el = document.activeElement as HTMLInputElement | null;
          return el ? `${el.tagName}:${el.name || el.textContent?.trim()}` : '';
        });
      let reached = '';
      for (let i = 0; i < 40 && !reached.startsWith('INPUT:kind'); i++) {
        await page.keyboard.press('Tab');
        reached = await focused();
      }
      expect(reached).toBe('INPUT:kind');
      const ring = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement as HTMLElement, null);
        return style.outlineStyle !== 'none' || style.boxShadow !== 'none';
      });
      expect(ring).toBe(true);
      await page.keyboard.press('Space');
      const [y, m, d] = today().split('-');
      for (const [name, value] of [
        ['sentOn-day', String(Number(d))],
        ['sentOn-month', String(Number(m))],
        ['sentOn-year', y ?? ''],
        // The letter's reply-by date is optional: left empty, the family is told the Regulations' minimum.
        ['requestWindowEndsOn-day', ''],
        ['requestWindowEndsOn-month', ''],
        ['requestWindowEndsOn-year', ''],
      ]) {
        await page.keyboard.press('Tab');
        expect(await focused()).toBe(`INPUT:${name}`);
        await page.keyboard.type(value as string);
      }
      await page.keyboard.press('Tab');
      expect(await focused()).toMatch(/^BUTTON:/);
      await Promise.all([page.waitForURL(/done=draft-plan/), page.keyboard.press('Enter')]);
      expect(await page.locator('.govuk-notification-banner--success').count()).toBe(1);
    });
  });
});
