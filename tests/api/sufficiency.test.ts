import { describe, expect, it } from 'vitest';
import { londonDate } from '../../functions/core/journey/dates.js';
import { asOfficer, asStaff, gqlAt } from '../helpers/api.js';
import { aSettingInput, unique } from '../helpers/builders.js';
import { clockedStack } from '../helpers/clocked-stack.js';
import {
  ANSWER_CONSULTATION,
  consultationInput,
  RECORD_DECISION,
  START_CONSULTATION,
} from '../helpers/journey.js';
import { caseRef, east } from '../helpers/lists.js';
import { GENERATE_LIST, UPDATE_CAPACITY, UPSERT_SETTING } from '../helpers/operations.js';
import { termOf } from '../helpers/periods.js';

// A council's sufficiency picture through the API, on a table of its own: a synthetic council
// (Leeds, 383) whose lists, answers and decisions this file makes, so every count is known.

const WEEK_MS = 7 * 86_400_000;
let clock = new Date(Date.now() - 20 * WEEK_MS);
const { stack, ok } = clockedStack('sufficiency', () => clock);
const LA = '383';
const officer = asOfficer(LA);
const LS6 = { lat: 53.81928, lon: -1.56704 };

const N = '{ value fewerThanFive withheld text }';
const AVAILABILITY = `{ freePlaceKnown ${N} noneFree ${N} unknown ${N} shareWithEnoughData medianNearestFreeKm }`;
const CELL = `{ primaryNeed phase lists ${N} children ${N} availability ${AVAILABILITY}
    places { kind area provisions places freePlaces confirmedRecently } placesWithheld
    outcomes { outcome count ${N} } cannotMeet { ground count ${N} } waiting ${N} }`;
const SUFFICIENCY = `query S($laCode: String!, $period: String!, $waitingWeeks: Int) {
  sufficiency(laCode: $laCode, period: $period, waitingWeeks: $waitingWeeks) {
    laCode asOf waitingWeeks period { id kind startsOn endsOn }
    total ${CELL} cells ${CELL}
    districts { district lists ${N} children ${N} availability ${AVAILABILITY} } districtsWithheld
    figures { provisions notConfirmedRecently share }
  } }`;

async function aSpecial(
  name: string,
  km: number,
  need: string,
  laCode: string,
  figures?: { places: number; vacancies: number },
) {
  const input = aSettingInput({
    name: unique(name),
    kind: 'SPECIAL',
    phase: 'ALL_THROUGH',
    ageRange: { low: 4, high: 19 },
    laCode,
    location: east(LS6, km),
    provisions: [{ kind: 'MAIN_ROLL', name: 'Main roll', designation: [need] }],
  });
  const setting = (await ok(UPSERT_SETTING, { input }, asOfficer(laCode))).upsertSetting;
  if (figures) {
    await ok(
      UPDATE_CAPACITY,
      {
        input: {
          provisionId: setting.provisions[0].id,
          expectedVersion: 0,
          onRoll: figures.places - figures.vacancies,
          ...figures,
        },
      },
      asStaff(setting.id),
    );
  }
  return setting as { id: string; provisions: { id: string }[] };
}

async function aList(primaryNeed: string, postcode = 'LS6 2AA') {
  const input = {
    caseReference: caseRef(),
    laCode: LA,
    age: 9,
    startDate: new Date(clock.getTime() + 60 * 86_400_000).toISOString().slice(0, 10),
    primaryNeed,
    secondaryNeeds: [],
    homePostcode: postcode,
    maxTravelKm: 15,
  };
  const made = (await ok(GENERATE_LIST, { input }, officer)).generateTailoredList;
  return { caseReference: input.caseReference, laCode: LA, list: made.list };
}

const sufficiency = (variables: Record<string, unknown>, token: string | undefined = officer) =>
  gqlAt<any>(stack().url, SUFFICIENCY, { laCode: LA, ...variables }, token);

/** The true counts a published count could stand for (as core/sufficiency/suppression.ts's countRange). */
function rangeOf(c: { value: number | null; fewerThanFive: boolean }): { min: number; max: number } {
  if (c.fewerThanFive) return { min: 1, max: 4 };
  return c.value === 0 ? { min: 0, max: 0 } : { min: c.value as number, max: (c.value as number) + 4 };
}

/** Every published count in an answer, wherever it sits. */
function countsIn(value: unknown): { value: number | null; fewerThanFive: boolean }[] {
  if (!value || typeof value !== 'object') return [];
  if ('fewerThanFive' in value) return [value as { value: number | null; fewerThanFive: boolean }];
  return Object.values(value).flatMap(countsIn);
}

describe('sufficiency', () => {
  let today = '';
  it("counts a council's lists in three availability states, its places, outcomes and waits, never about one child", async () => {
    // Twenty weeks ago: two MSI children had their first lists, and no decision since.
    await aList('MSI');
    await aList('MSI');
    clock = new Date();
    today = londonDate(clock);
    const asd = await aSpecial('Leeds ASD Special', 2, 'ASD', LA, { places: 40, vacancies: 3 });
    await aSpecial('Wakefield ASD Special', 4, 'ASD', '384', { places: 20, vacancies: 2 });
    await aSpecial('Leeds MSI Special', 3, 'MSI', LA, { places: 10, vacancies: 0 });
    await aSpecial('Leeds SLD Special', 3, 'SLD', LA);
    const asdCases = [];
    for (let i = 0; i < 10; i++) asdCases.push(await aList('ASD'));
    for (let i = 0; i < 3; i++) await aList('MSI', 'LS7 1AA');
    for (let i = 0; i < 2; i++) await aList('SLD');
    // One school answers "cannot meet" for one child; the council names it for another.
    const [first, second] = asdCases as [(typeof asdCases)[number], (typeof asdCases)[number]];
    const consult = (await ok(START_CONSULTATION, { input: consultationInput(first, asd.id) }, officer))
      .startConsultation;
    await ok(
      ANSWER_CONSULTATION,
      {
        id: consult.id,
        input: {
          answer: 'CANNOT_MEET_NEEDS',
          ground: 'INCOMPATIBLE_WITH_EFFICIENT_EDUCATION_OF_OTHERS',
          explanation: 'Full classes.',
        },
      },
      asStaff(asd.id),
    );
    await ok(
      RECORD_DECISION,
      {
        input: {
          caseReference: second.caseReference,
          laCode: LA,
          decidedOn: today,
          named: { settingId: asd.id },
        },
      },
      officer,
    );

    const r = await sufficiency({ period: termOf(today) });
    expect(r.errors).toBeUndefined();
    const s = r.data.sufficiency;
    expect(s.period).toMatchObject({ id: termOf(today), kind: 'TERM' });
    expect(s.asOf).toBe(today);
    // 15 lists: 10 ASD, 3 MSI, 2 SLD.
    expect(s.total.lists).toEqual({ value: 15, fewerThanFive: false, withheld: false, text: '15' });
    expect(s.total.availability).toMatchObject({
      freePlaceKnown: { value: 10 },
      noneFree: { fewerThanFive: true, text: 'fewer than 5' },
      unknown: { fewerThanFive: true },
      shareWithEnoughData: 13 / 15,
    });
    // Every need and phase is a row, zeros included: a row being there says nothing.
    expect(s.cells).toHaveLength(48);
    const cell = (need: string) => s.cells.find((c: any) => c.primaryNeed === need && c.phase === 'PRIMARY');
    const autism = cell('ASD');
    expect(autism.lists.value).toBe(10);
    expect(autism.availability.freePlaceKnown.value).toBe(10);
    expect(autism.availability.shareWithEnoughData).toBe(1);
    // Each home is LS6's centre: the nearest free place, 2 km east.
    expect(autism.availability.medianNearestFreeKm).toBeCloseTo(2, 0);
    // Statistics, and places within reach, only for cells of 10 or more: 3 MSI lists say neither.
    expect(cell('MSI').availability.shareWithEnoughData).toBeNull();
    expect(cell('MSI')).toMatchObject({ places: [], placesWithheld: true });
    expect(autism.places).toEqual([
      {
        kind: 'STATE_SPECIAL',
        area: 'IN_AREA',
        provisions: 1,
        places: 40,
        freePlaces: 3,
        confirmedRecently: 1,
      },
      {
        kind: 'STATE_SPECIAL',
        area: 'BEYOND',
        provisions: 1,
        places: 20,
        freePlaces: 2,
        confirmedRecently: 1,
      },
    ]);
    const outcome = (name: string) => autism.outcomes.find((o: any) => o.outcome === name).count;
    for (const name of ['DECIDED', 'ON_LIST', 'IN_AREA', 'STATE'])
      expect(outcome(name).fewerThanFive).toBe(true);
    for (const name of ['NOT_ON_LIST', 'OUTSIDE_AREA', 'INDEPENDENT']) expect(outcome(name).value).toBe(0);
    expect(autism.cannotMeet.filter((m: any) => m.count.value !== 0)).toEqual([
      {
        ground: 'INCOMPATIBLE_WITH_EFFICIENT_EDUCATION_OF_OTHERS',
        count: { value: null, fewerThanFive: true, withheld: false, text: 'fewer than 5' },
      },
    ]);
    // MSI: the only MSI school within reach is full on a fresh figure; SLD's has no figure at all.
    expect(cell('MSI').availability.noneFree.fewerThanFive).toBe(true);
    expect(cell('MSI').availability.unknown.value).toBe(0);
    expect(cell('SLD').availability.unknown.fewerThanFive).toBe(true);
    expect(cell('SLD').availability.noneFree.value).toBe(0);
    // The two MSI children listed twenty weeks ago, undecided, are waiting (12 weeks by default).
    expect(cell('MSI').waiting.fewerThanFive).toBe(true);
    expect(s.total.waiting.fewerThanFive).toBe(true);
    expect(s.districts.map((d: any) => d.district)).toEqual(['LS6', 'LS7']);
    // Nine lists in LS6: rounded down, so 5 (to the nearest 5 they would be 10).
    expect(s.districts[0].lists.value).toBe(10);
    expect(s.figures).toMatchObject({ provisions: 4, notConfirmedRecently: 1, share: 0.25 });
    // No count anywhere is anything but 0, "fewer than 5" or a multiple of 5.
    for (const c of countsIn(s)) {
      expect(c.fewerThanFive ? c.value === null : (c.value as number) % 5 === 0).toBe(true);
    }
    expect(JSON.stringify(s)).not.toMatch(/"value":(1|2|3|4|7|12)\b/);

    const longer = (await sufficiency({ period: termOf(today), waitingWeeks: 30 })).data.sufficiency;
    expect(longer.total.waiting.value).toBe(0);
  });

  it('never lets a period and one inside it be subtracted to pin a count of 1 to 4', async () => {
    // The lists above: twelve this month, two MSI twenty weeks ago. For each pair of periods, one
    // inside the other, every count of the outer less the inner's must leave more than one value
    // when it could be 1 to 4 (what someone holding both answers could narrow it to).
    const today = londonDate(new Date());
    const year = Number(today.slice(0, 4)) - (Number(today.slice(5, 7)) < 9 ? 1 : 0);
    const span = (y: number) => `${y}-${String((y + 1) % 100).padStart(2, '0')}`;
    const pairs: [string, string][] = [
      [span(year), `${span(year)}-autumn`],
      [span(year), termOf(today)],
      [span(year - 1), `${span(year - 1)}-summer`],
    ];
    for (const [outer, inner] of pairs) {
      const [a, b] = await Promise.all([sufficiency({ period: outer }), sufficiency({ period: inner })]);
      expect(a.errors ?? b.errors).toBeUndefined();
      const countsA = countsIn(a.data.sufficiency);
      const countsB = countsIn(b.data.sufficiency);
      expect(countsA).toHaveLength(countsB.length);
      countsA.forEach((x, i) => {
        const y = countsB[i] as (typeof countsB)[number];
        if ((x as any).withheld || (y as any).withheld) return;
        const rx = rangeOf(x);
        const ry = rangeOf(y);
        // The difference (outer less inner) lies in [rx.min - ry.max, rx.max - ry.min], and is ≥ 0.
        const lo = Math.max(0, rx.min - ry.max);
        const hi = rx.max - ry.min;
        expect(lo === hi && lo >= 1 && lo <= 4, `${outer} less ${inner}: count ${i}`).toBe(false);
      });
    }
  });

  it("refuses staff of a setting, another council's officers and callers without a token", async () => {
    const period = termOf(londonDate(new Date()));
    const school = await sufficiency({ period }, asStaff('some-setting'));
    expect(school.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const elsewhere = await sufficiency({ period }, asOfficer('384'));
    expect(elsewhere.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    // A family has no bearer token: its link opens its own case, never a council's picture.
    const family = await gqlAt<any>(stack().url, SUFFICIENCY, { laCode: LA, period });
    expect(family.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a period that is not fixed, or has not begun, naming the rule', async () => {
    for (const period of ['2026-09-01/2026-09-30', '2026-Q4']) {
      // A calendar quarter crosses the terms: the two could be subtracted (periods.ts).
      const loose = await sufficiency({ period });
      expect(loose.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
      expect(JSON.stringify(loose.errors?.[0]?.extensions)).toContain('BAD_FORMAT');
    }
    const year = Number(londonDate(new Date()).slice(0, 4)) + 1;
    const future = await sufficiency({ period: `${year}-${String((year + 1) % 100).padStart(2, '0')}` });
    expect(JSON.stringify(future.errors?.[0]?.extensions)).toContain('PERIOD_NOT_STARTED');
    const weeks = await sufficiency({ period: termOf(londonDate(new Date())), waitingWeeks: 0 });
    expect(weeks.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'waitingWeeks' });
  });
});
