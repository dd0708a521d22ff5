/// <reference lib="dom" />
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { asOfficer, asStaff, gqlOk } from '../helpers/api.js';
import { aCapacityInput, aSettingInput, unique } from '../helpers/builders.js';
import { CASE_JOURNEY, londonToday } from '../helpers/journey.js';
import { caseRef, east } from '../helpers/lists.js';
import { UPDATE_CAPACITY, UPSERT_SETTING } from '../helpers/operations.js';
import { baseUrl, settingAt } from './pages.js';
import { aNorthernDistrict, fillChild, officerOf, signInAs, staffOf, submit } from './staff.js';

// The whole journey through the pages, as the people who do it would, against DynamoDB Local and
// with JavaScript off: the officer makes a list and copies the family's link; the family opens it
// and adds a setting; the officer consults two settings; the school answers and, on another of its
// provisions, confirms its figures; the officer records the decision; the family sees it.

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.connect(inject('browserWsEndpoint'));
});
afterAll(async () => {
  await browser?.close();
});

const mainText = async (page: Page) =>
  ((await page.locator('main').textContent()) ?? '').replace(/\s+/g, ' ');

/** A signed-in (or, with no groups, anonymous) person in a browser of their own, JavaScript off. */
async function person(groupNames: readonly string[] | null): Promise<Page> {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  if (groupNames) await signInAs(page, groupNames);
  return page;
}

describe('the journey through the pages', () => {
  it('list → family adds a setting → two consultations → the school answers and confirms → decision → the family sees it', {
    timeout: 180_000,
  }, async () => {
    const { district, home } = aNorthernDistrict();
    // A special school near home that will be on the list; and, further off (so only the family
    // finds it), a mainstream school with an autism base whose staff will answer. The base's
    // figures were stated by the school; the main roll is what it confirms as still correct.
    const listed = await settingAt({
      name: 'Fellside Special School',
      at: east(home, 2),
      capacity: { places: 12, onRoll: 11, vacancies: 1 },
    });
    const input = aSettingInput({
      name: unique('Beckfoot Primary School'),
      location: east(home, 30),
      address: { lines: ['1 Beck Lane'], town: 'Beckfoot', postcode: null },
      ageRange: { low: 4, high: 11 },
    });
    const chosen = (await gqlOk(UPSERT_SETTING, { input }, asOfficer('938'))).upsertSetting as {
      id: string;
      name: string;
      provisions: { id: string; kind: string }[];
    };
    const mainRoll = chosen.provisions.find((p) => p.kind === 'MAIN_ROLL') as { id: string };
    await gqlOk(UPDATE_CAPACITY, { input: aCapacityInput(mainRoll.id, 0) }, asStaff(chosen.id));
    const ref = caseRef();

    // 1. The officer makes the list and copies the family's link.
    const officer = await person(officerOf('938'));
    await officer.goto(`${baseUrl()}/lists/new`);
    await fillChild(officer, ref, district);
    await submit(officer, 'button[value="make"]:not(.govuk-visually-hidden)');
    expect(await mainText(officer)).toContain('You can ask for any school or college');
    expect(await mainText(officer)).toContain(listed.name);
    const familyUrl = await officer.inputValue('#family-link');
    expect(familyUrl).toMatch(/\/f\//);

    // 2. The family opens it, finds the school on the register and adds it.
    const family = await person(null);
    await family.goto(familyUrl);
    expect(await mainText(family)).toContain('You can ask for any school or college');
    await submit(family, '.op-now a:has-text("Add a school or college")');
    await family.fill('#search-query', chosen.name);
    await submit(family, 'form.op-search button');
    await submit(family, `.op-result:has-text("${chosen.name}") button`);
    expect(family.url()).toContain('done=added');
    expect(await family.locator('.govuk-notification-banner--success').textContent()).toContain(
      `${chosen.name} is now your choice 1.`,
    );

    // 3. The officer consults the family's choice and the listed school, from the case's page.
    const casePath = `/case?la=938&ref=${encodeURIComponent(ref)}`;
    await officer.goto(`${baseUrl()}${casePath}`);
    expect(await mainText(officer)).toContain(chosen.name);
    for (const setting of [chosen, listed]) {
      await officer.goto(`${baseUrl()}/case/consult?la=938&ref=${encodeURIComponent(ref)}`);
      await officer.check(`input[name="setting"][value="${setting.id}"]`);
      await officer.fill('#message', 'Could you meet the needs described? Reports follow by secure email.');
      await officer.fill('#contactName', 'SEN placements team');
      await officer.fill('#contactEmail', 'placements@council.example');
      await submit(officer, 'button:has-text("Send the consultation")');
      expect(officer.url()).toContain('done=consult');
    }

    // 4. The school's staff answer from their consultations, then confirm the main roll's figures.
    const school = await person(staffOf(chosen.id));
    await school.goto(`${baseUrl()}/consultations`);
    await submit(school, `a[href^="/consultations/"]`);
    expect(await mainText(school)).toContain('Could you meet the needs described?');
    await school.check('input[name="answer"][value="CAN_MEET_NEEDS"]');
    await school.fill('#explanation', 'Our autism base has a place in Year 5 from September.');
    await submit(school, 'button:has-text("Send your answer")');
    expect(await mainText(school)).toContain('Our autism base has a place in Year 5 from September.');
    await school.goto(`${baseUrl()}/settings/${chosen.id}`);
    await submit(
      school,
      `[id="provision-${mainRoll.id}"] button:has-text("These figures are still correct")`,
    );
    expect(await mainText(school)).toMatch(/confirmed/i);
    // Another school's staff are not offered its figures to confirm.
    const other = await person(staffOf(listed.id));
    await other.goto(`${baseUrl()}/settings/${chosen.id}`);
    expect(await other.locator('button:has-text("These figures are still correct")').count()).toBe(0);

    // 5. The officer sees the answer on the case and records the decision, naming the family's choice.
    await officer.goto(`${baseUrl()}${casePath}`);
    expect(await mainText(officer)).toContain('Our autism base has a place in Year 5 from September.');
    await officer.goto(`${baseUrl()}/case/decision?la=938&ref=${encodeURIComponent(ref)}`);
    // The family's choice is offered first, as their choice.
    await officer.check(`label:has-text("${chosen.name}") >> xpath=preceding-sibling::input[@name="named"]`);
    expect(await officer.locator('input[name="named"]:checked').getAttribute('value')).toMatch(/^choice:/);
    const [y, m, d] = londonToday().split('-');
    await officer.fill('#decidedOn-day', String(Number(d)));
    await officer.fill('#decidedOn-month', String(Number(m)));
    await officer.fill('#decidedOn-year', y ?? '');
    // The officer confirms the family's order: naming their first choice asks no grounds (s.39).
    await officer.check('#confirmOrder');
    await submit(officer, 'button:has-text("Record the decision")');
    expect(await mainText(officer)).toContain('The decision was recorded');

    // 6. The family sees the decision, the answer's outcome in plain words, and how to appeal.
    await family.goto(familyUrl);
    const seen = await mainText(family);
    expect(seen).toContain(`decided to name ${chosen.name}`);
    expect(seen).toContain('You can appeal until');
    expect(seen).toContain('You can ask for any school or college');

    // What the API holds agrees with what the pages showed.
    const journey = (await gqlOk(CASE_JOURNEY, { caseReference: ref, laCode: '938' }, asOfficer('938')))
      .caseJourney;
    expect(journey.consultations).toHaveLength(2);
    expect(journey.decision.named.settingId).toBe(chosen.id);
    const confirmed = await gqlOk(
      'query S($id: ID!) { setting(id: $id) { provisions { id capacity { confirmedAt } } } }',
      { id: chosen.id },
      asStaff(chosen.id),
    );
    const main = confirmed.setting.provisions.find((p: { id: string }) => p.id === mainRoll.id);
    expect(main.capacity.confirmedAt).not.toBeNull();
    for (const page of [officer, family, school, other]) await page.context().close();
  });
});
