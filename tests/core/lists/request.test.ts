import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../../functions/core/errors.js';
import { defaultTravelKm, parseListRequest } from '../../../functions/core/lists/request.js';

const outcodes = new Map([['RH12', { lat: 51.07579, lon: -0.33254 }]]);

const today = new Date('2026-11-22T12:00:00Z');
const valid = {
  caseReference: 'WS/2026/0042',
  laCode: '938',
  age: 9,
  startDate: '2027-01-05',
  primaryNeed: 'ASD',
  secondaryNeeds: ['SLCN', 'ASD', 'SLCN'],
  home: { lat: 51.062934, lon: -0.325987 },
};

function fieldsAtFault(input: unknown): string[] {
  try {
    parseListRequest(input, today, outcodes);
    return [];
  } catch (error) {
    if (error instanceof InvalidInputError) return error.issues.map((i) => i.field);
    throw error;
  }
}

describe('parseListRequest', () => {
  it('fills defaults, drops the primary need from the secondaries and keeps home only to about 100 m', () => {
    const { request } = parseListRequest(valid, today, outcodes);
    expect(request).toMatchObject({
      age: 9,
      ncYear: null,
      secondaryNeeds: ['SLCN'],
      maxTravelKm: 15,
      travelDistanceDefaulted: true,
      maxEntries: 10,
      home: { lat: 51.063, lon: -0.326, approximate: false },
      familyNamedSettingIds: [],
    });
  });

  it('takes a national-curriculum year instead of an age', () => {
    const { request } = parseListRequest({ ...valid, age: null, ncYear: 4 }, today, outcodes);
    expect(request).toMatchObject({ age: 9, ncYear: 4 });
  });

  it.each([
    ['both age and year', { ncYear: 4 }, 'input.age'],
    ['neither age nor year', { age: null }, 'input.age'],
    ['a case reference that looks like a name', { caseReference: 'Jane Smith' }, 'input.caseReference'],
    ['a start date that is not a date', { startDate: '2027-02-30x' }, 'input.startDate'],
    ['a start date not in the calendar', { startDate: '2027-02-30' }, 'input.startDate'],
    ['a start date years ago', { startDate: '2020-09-01' }, 'input.startDate'],
    ['an unknown need', { primaryNeed: 'ADHD' }, 'input.primaryNeed'],
    ['a travel distance of 0', { maxTravelKm: 0 }, 'input.maxTravelKm'],
    ['too many entries', { maxEntries: 51 }, 'input.maxEntries'],
    ['home outside the UK', { home: { lat: 48.85, lon: 2.35 } }, 'input.home.lat'],
    [
      'AP tiers without alternative provision',
      { provisionPreference: { types: ['SPECIAL_SCHOOL'], apTiers: ['TIER_2'] } },
      'input.provisionPreference.apTiers',
    ],
    ['an oversized note', { officerNotes: 'x'.repeat(1001) }, 'input.officerNotes'],
    [
      'eleven family-named settings',
      { familyNamedSettingIds: Array.from({ length: 11 }, (_, i) => `s${i}`) },
      'input.familyNamedSettingIds',
    ],
  ])('rejects %s', (_case, overrides, field) => {
    expect(fieldsAtFault({ ...valid, ...overrides })).toContain(field);
  });

  it('places a home postcode at the centre of its district, and says it is approximate', () => {
    const { request } = parseListRequest({ ...valid, home: null, homePostcode: 'rh12 2nr' }, today, outcodes);
    expect(request.home).toEqual({ lat: 51.076, lon: -0.333, approximate: true, postcodeDistrict: 'RH12' });
  });

  it.each([
    ['an unknown district', 'ZZ9 9ZZ'],
    ['something that is not a postcode', 'not a postcode'],
  ])('rejects %s as a home postcode', (_case, homePostcode) => {
    expect(fieldsAtFault({ ...valid, home: null, homePostcode })).toEqual(['input.homePostcode']);
  });

  it('wants the home as coordinates or a postcode, not both and not neither', () => {
    expect(fieldsAtFault({ ...valid, homePostcode: 'RH12' })).toEqual(['input.home']);
    expect(fieldsAtFault({ ...valid, home: null })).toEqual(['input.home']);
  });

  it('defaults the travel distance by age', () => {
    expect([3, 4, 10, 11, 15, 16, 19].map(defaultTravelKm)).toEqual([10, 15, 15, 25, 25, 30, 30]);
  });
});
