import { beforeAll, describe, expect, it } from 'vitest';
import { asOfficer, asStaff, gqlAt } from '../helpers/api.js';
import { aSettingInput, unique } from '../helpers/builders.js';
import { clockedStack } from '../helpers/clocked-stack.js';
import { caseRef, east } from '../helpers/lists.js';
import { GENERATE_LIST, SET_STATUS, UPDATE_CAPACITY, UPSERT_SETTING } from '../helpers/operations.js';
import { termOf } from '../helpers/periods.js';

// The what-if through the API, on a table of its own: twelve children in Leeds (383) needing an
// MSI place, whose only MSI school within reach is full. Places added near them, or far away.

const { stack, ok } = clockedStack('sufficiency-what-if', () => new Date());
const LA = '383';
const officer = asOfficer(LA);
const LS6 = { lat: 53.81928, lon: -1.56704 };
const N = '{ value fewerThanFive withheld text }';
const ROW = `{ primaryNeed district listsWithinReach ${N} childrenPlaced ${N} newlyWithFreePlace ${N} losingFreePlace ${N} medianKmCloser }`;
const WHAT_IF = `query W($laCode: String!, $period: String!, $changes: [PlaceChangeInput!]!) {
  sufficiencyWhatIf(laCode: $laCode, period: $period, changes: $changes) {
    laCode period { id } placesAdded placesRemoved total ${ROW} byNeed ${ROW} byDistrict ${ROW}
  } }`;

async function aSetting(
  name: string,
  at: { lat: number; lon: number },
  overrides: Record<string, unknown> = {},
) {
  const input = aSettingInput({ name: unique(name), laCode: LA, location: at, ...overrides });
  return (await ok(UPSERT_SETTING, { input }, officer)).upsertSetting as {
    id: string;
    provisions: { id: string }[];
  };
}

let fullSpecial: { id: string; provisions: { id: string }[] };
let nearSchool: { id: string };
let farSchool: { id: string };
let closedSchool: { id: string };

beforeAll(async () => {
  fullSpecial = await aSetting('Leeds MSI Special', east(LS6, 3), {
    kind: 'SPECIAL',
    phase: 'ALL_THROUGH',
    ageRange: { low: 4, high: 19 },
    provisions: [{ kind: 'MAIN_ROLL', name: 'Main roll', designation: ['MSI'] }],
  });
  const provisionId = fullSpecial.provisions[0]?.id;
  await ok(
    UPDATE_CAPACITY,
    { input: { provisionId, expectedVersion: 0, places: 10, onRoll: 10, vacancies: 0 } },
    asStaff(fullSpecial.id),
  );
  nearSchool = await aSetting('Leeds Primary', east(LS6, 1));
  farSchool = await aSetting('Penzance Primary', { lat: 50.12, lon: -5.53 });
  closedSchool = await aSetting('Closed Primary', east(LS6, 2));
  await ok(SET_STATUS, { id: closedSchool.id, status: 'CLOSED' }, officer);
  for (let i = 0; i < 12; i++) {
    const input = {
      caseReference: caseRef(),
      laCode: LA,
      age: 8,
      startDate: new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10),
      primaryNeed: 'MSI',
      secondaryNeeds: [],
      homePostcode: 'LS6 2AA',
      maxTravelKm: 15,
    };
    await ok(GENERATE_LIST, { input }, officer);
  }
});

const whatIf = (changes: unknown[], token = officer) =>
  gqlAt<any>(stack().url, WHAT_IF, { laCode: LA, period: termOf(), changes }, token);

describe('sufficiencyWhatIf', () => {
  it('serves children when places are added near their lists, never more children than places', async () => {
    const five = (await whatIf([{ addPlaces: { settingId: fullSpecial.id, need: 'MSI', places: 5 } }])).data
      .sufficiencyWhatIf;
    expect(five.placesAdded).toBe(5);
    expect(five.total.listsWithinReach.value).toBe(10); // 12, rounded down
    expect(five.total.childrenPlaced.value).toBe(5); // five places: five children, not twelve
    expect(five.total.newlyWithFreePlace.value).toBe(10);
    const plenty = (await whatIf([{ addPlaces: { settingId: fullSpecial.id, need: 'MSI', places: 200 } }]))
      .data.sufficiencyWhatIf;
    expect(plenty.total.childrenPlaced.value).toBe(10); // all twelve
    expect(plenty.byNeed.map((r: any) => r.primaryNeed)).toEqual(['MSI']);
    expect(plenty.byDistrict.map((r: any) => r.district)).toEqual(['LS6']);
  });

  it('serves none when the places are far away, and a new base near them serves them', async () => {
    const far = (
      await whatIf([
        { newBase: { settingId: farSchool.id, needs: ['MSI'], ageRange: { low: 4, high: 11 }, places: 8 } },
      ])
    ).data.sufficiencyWhatIf;
    expect(far.total.listsWithinReach.value).toBe(0);
    expect(far.total.childrenPlaced.value).toBe(0);
    const near = (
      await whatIf([
        {
          newBase: {
            settingId: nearSchool.id,
            needs: ['MSI', 'HI'],
            ageRange: { low: 4, high: 11 },
            places: 8,
          },
        },
      ])
    ).data.sufficiencyWhatIf;
    expect(near.total.childrenPlaced.value).toBe(5); // 8 places for 12 children
    // A base for other ages serves none of these eight-year-olds.
    const older = (
      await whatIf([
        { newBase: { settingId: nearSchool.id, needs: ['MSI'], ageRange: { low: 11, high: 16 }, places: 8 } },
      ])
    ).data.sufficiencyWhatIf;
    expect(older.total.childrenPlaced.value).toBe(0);
  });

  it('refuses what cannot be tried, naming the change and the rule', async () => {
    const codes = async (changes: unknown[]) =>
      ((await whatIf(changes)).errors?.[0]?.extensions as any)?.issues?.map((i: any) => [i.field, i.code]) ??
      (await whatIf(changes)).errors?.[0]?.extensions;
    const add = (places: number, settingId = nearSchool.id) => ({
      addPlaces: { settingId, need: 'MSI', places },
    });
    expect(await codes(Array.from({ length: 21 }, () => add(1)))).toEqual([['changes', 'TOO_MANY']]);
    expect(await codes([add(0), add(201)])).toEqual([
      ['changes.0.addPlaces.places', 'OUT_OF_RANGE'],
      ['changes.1.addPlaces.places', 'OUT_OF_RANGE'],
    ]);
    expect(
      await codes([{ ...add(1), removePlaces: { settingId: nearSchool.id, need: 'MSI', places: 1 } }]),
    ).toEqual([['changes.0', 'ONE_OF_FIELDS']]);
    expect(await codes([add(1, closedSchool.id)])).toEqual([
      ['changes.0.addPlaces.settingId', 'SETTING_NOT_OPEN'],
    ]);
    expect(await codes([add(1, 'no-such-setting')])).toEqual([
      ['changes.0.addPlaces.settingId', 'NOT_ON_THE_REGISTER'],
    ]);
    const baseAt = (settingId: string) => ({
      newBase: { settingId, needs: ['MSI'], ageRange: { low: 4, high: 11 }, places: 4 },
    });
    expect(await codes([baseAt(fullSpecial.id)])).toEqual([
      ['changes.0.newBase.settingId', 'NOT_A_MAINSTREAM_SCHOOL'],
    ]);
    expect(await codes([{ removePlaces: { settingId: nearSchool.id, need: 'MSI', places: 1 } }])).toEqual([
      ['changes.0.removePlaces.need', 'NO_PLACES_FOR_NEED'],
    ]);
  });

  it('refuses staff of a setting, another council and a caller without a token', async () => {
    const change = [{ addPlaces: { settingId: fullSpecial.id, need: 'MSI', places: 5 } }];
    expect((await whatIf(change, asStaff(fullSpecial.id))).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await whatIf(change, asOfficer('384'))).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const anonymous = await gqlAt<any>(stack().url, WHAT_IF, {
      laCode: LA,
      period: termOf(),
      changes: change,
    });
    expect(anonymous.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});
