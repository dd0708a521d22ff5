import { describe, expect, it } from 'vitest';
import { asOfficer, asStaff, gqlError, gqlOk } from '../helpers/api.js';
import { aCapacityInput, aSettingInput } from '../helpers/builders.js';
import { settingItemsNamed } from '../helpers/database.js';
import { CAPACITY_HISTORY, GET_SETTING, UPDATE_CAPACITY, UPSERT_SETTING } from '../helpers/operations.js';

const westSussex = asOfficer('938');
const mainRoll = { kind: 'MAIN_ROLL', name: 'Main roll', designation: [] };

// Each case: what a client sent wrong, and the field the error must name.
const badSettings: [string, Record<string, unknown>, string][] = [
  ['a negative age', { ageRange: { low: -1, high: 11 } }, 'input.ageRange.low'],
  ['an inverted age range', { ageRange: { low: 11, high: 4 } }, 'input.ageRange.low'],
  ['a fractional age', { ageRange: { low: 4.5, high: 11 } }, 'input.ageRange.low'],
  ['an age over 25', { ageRange: { low: 4, high: 99 } }, 'input.ageRange.high'],
  ['a missing name', { name: undefined }, 'input.name'],
  ['a blank name', { name: '   ' }, 'input.name'],
  ['an oversized name', { name: 'x'.repeat(201) }, 'input.name'],
  ['an oversized address line', { address: { lines: ['y'.repeat(121)] } }, 'input.address.lines.0'],
  ['five address lines', { address: { lines: ['a', 'b', 'c', 'd', 'e'] } }, 'input.address.lines'],
  [
    'a postcode that is not one',
    { address: { lines: ['1 Lane'], postcode: 'NOT A CODE' } },
    'input.address.postcode',
  ],
  ['an LA code that is not 3 digits', { laCode: 'WSX' }, 'input.laCode'],
  ['a URN with letters', { urn: '12AB56' }, 'input.urn'],
  ['a latitude outside the UK', { location: { lat: 10, lon: -0.3 } }, 'input.location.lat'],
  ['an unknown kind', { kind: 'GRAMMAR' }, 'input.kind'],
  ['section 41 on a mainstream school', { section41Approved: true }, 'input.section41Approved'],
  [
    'an unknown need code',
    { provisions: [mainRoll, { kind: 'RESOURCED_PROVISION', name: 'Base', designation: ['ASD', 'XYZ'] }] },
    'input.provisions.1.designation.1',
  ],
  [
    'a resourced provision designated for nothing',
    { provisions: [mainRoll, { kind: 'RESOURCED_PROVISION', name: 'Base', designation: [] }] },
    'input.provisions.1.designation',
  ],
  [
    'an AP programme with no tier',
    { provisions: [{ kind: 'AP_PROGRAMME', name: 'AP', designation: ['SEMH'], apTiers: [] }] },
    'input.provisions.0.apTiers',
  ],
  [
    'AP tiers on a resourced provision',
    {
      provisions: [{ kind: 'RESOURCED_PROVISION', name: 'Base', designation: ['ASD'], apTiers: ['TIER_1'] }],
    },
    'input.provisions.0.apTiers',
  ],
  [
    "a provision's ages outside the setting's",
    { provisions: [{ kind: 'SEN_UNIT', name: 'Unit', designation: ['HI'], ageRange: { low: 3, high: 11 } }] },
    'input.provisions.0.ageRange',
  ],
  ['two main rolls', { provisions: [mainRoll, mainRoll] }, 'input.provisions'],
  ['a blank provision name', { provisions: [{ ...mainRoll, name: '' }] }, 'input.provisions.0.name'],
];

describe('upsertSetting rejects bad input, naming the field, and writes nothing', () => {
  it.each(badSettings)('%s', async (_case, overrides, field) => {
    const input = aSettingInput(overrides);
    const error = await gqlError(UPSERT_SETTING, { input }, westSussex);
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.field).toBe(field);
    if (typeof input.name === 'string' && input.name.trim()) {
      expect(await settingItemsNamed(input.name.trim())).toEqual([]);
    }
  });

  it('finds a setting that was written (so "nothing written" above is checked, not assumed)', async () => {
    const input = aSettingInput({ name: `Written ${Date.now()}` });
    await gqlOk(UPSERT_SETTING, { input }, westSussex);
    expect(await settingItemsNamed(input.name)).toHaveLength(1);
  });

  it('leaves an existing setting untouched when an update names a provision it does not have', async () => {
    const setting = (await gqlOk(UPSERT_SETTING, { input: aSettingInput() }, westSussex)).upsertSetting;
    const error = await gqlError(
      UPSERT_SETTING,
      {
        input: aSettingInput({
          id: setting.id,
          name: 'Renamed',
          provisions: [{ id: `${setting.id}.ghost`, kind: 'SEN_UNIT', name: 'Ghost', designation: ['HI'] }],
        }),
      },
      westSussex,
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.provisions.0.id' });
    expect((await gqlOk(GET_SETTING, { id: setting.id }, westSussex)).setting).toEqual(setting);
  });
});

const badCapacities: [string, Record<string, unknown>, string][] = [
  ['negative places', { places: -1 }, 'input.places'],
  ['fractional places', { places: 2.5 }, 'input.places'],
  ['absurdly many places', { places: 1_000_000 }, 'input.places'],
  ['negative on roll', { onRoll: -3 }, 'input.onRoll'],
  ['vacancies above places', { places: 5, vacancies: 6 }, 'input.vacancies'],
  ['missing places', { places: undefined }, 'input.places'],
  [
    "year vacancies that don't add up",
    { vacancies: 2, vacanciesByYear: [{ year: 1, vacancies: 1 }] },
    'input.vacanciesByYear',
  ],
  [
    'a year beyond Year 14',
    { vacancies: 1, vacanciesByYear: [{ year: 15, vacancies: 1 }] },
    'input.vacanciesByYear.0.year',
  ],
  [
    'the same year twice',
    {
      vacancies: 2,
      vacanciesByYear: [
        { year: 1, vacancies: 1 },
        { year: 1, vacancies: 1 },
      ],
    },
    'input.vacanciesByYear',
  ],
  ['negative pending consultations', { pendingConsultations: -1 }, 'input.pendingConsultations'],
  ['an oversized note', { note: 'n'.repeat(501) }, 'input.note'],
  ['a negative expected version', { expectedVersion: -1 }, 'input.expectedVersion'],
  ['a string for places', { places: 'twelve' }, 'input.places'],
];

describe('updateCapacity rejects bad input, naming the field, and writes nothing', async () => {
  const setting = (await gqlOk(UPSERT_SETTING, { input: aSettingInput() }, westSussex)).upsertSetting;
  const provisionId = setting.provisions[1].id as string;
  const staff = asStaff(setting.id);

  it.each(badCapacities)('%s', async (_case, overrides, field) => {
    const input = { ...aCapacityInput(provisionId, 0), ...overrides };
    const error = await gqlError(UPDATE_CAPACITY, { input }, staff);
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.field).toBe(field);
    const read = await gqlOk(GET_SETTING, { id: setting.id }, staff);
    expect(read.setting.provisions[1]).toMatchObject({ capacityVersion: 0, capacity: null });
    expect((await gqlOk(CAPACITY_HISTORY, { provisionId }, staff)).capacityHistory.edges).toEqual([]);
  });
});
