import { describe, expect, it } from 'vitest';
import { matchSettings } from '../../../functions/core/lists/matching.js';
import type { ListRequest } from '../../../functions/core/lists/model.js';
import type { Setting } from '../../../functions/core/model.js';
import { choicesOf } from '../../helpers/choices.js';
import { aListRequest } from '../../helpers/list-requests.js';
import { aSetting, withCapacity } from '../../helpers/settings.js';

const home = { lat: 51.06, lon: -0.33 };
const now = new Date('2026-11-22T12:00:00Z');

function aRequest(overrides: Partial<ListRequest> = {}): ListRequest {
  return aListRequest(home, { secondaryNeeds: ['SLCN'], maxTravelKm: 20, ...overrides });
}

/** A special school designated for `needs`, `kmEast` km east of home. */
function special(
  name: string,
  needs: string[],
  kmEast = 2,
  overrides: Record<string, unknown> = {},
): Setting {
  return withCapacity(
    aSetting({
      name,
      kind: 'SPECIAL',
      phase: 'ALL_THROUGH',
      ageRange: { low: 4, high: 19 },
      location: { lat: home.lat, lon: home.lon + kmEast / 70 },
      provisions: [{ kind: 'MAIN_ROLL', name: 'Main roll', designation: needs }],
      ...overrides,
    }),
    {},
  );
}

function match(candidates: Setting[], request = aRequest(), familyNamed: Setting[] = []) {
  return matchSettings({ request, candidates, choices: choicesOf(familyNamed), now, capacityFreshDays: 30 });
}

const names = (result: ReturnType<typeof match>) => result.entries.map((e) => e.setting.name);

describe('matchSettings', () => {
  it('ranks a setting designated for the primary need above one designated only for a secondary need', () => {
    const result = match([special('Secondary fit', ['SLCN'], 1), special('Primary fit', ['ASD'], 5)]);
    expect(names(result)).toEqual(['Primary fit', 'Secondary fit']);
    expect(result.entries[0]?.reasons.map((r) => r.code)).toContain('PRIMARY_NEED');
    expect(result.entries[1]?.reasons.map((r) => r.code)).toContain('SECONDARY_NEED');
  });

  it('treats the age range as a hard filter and counts what it left off', () => {
    const result = match([
      special('Too young for it', ['ASD'], 1, { ageRange: { low: 11, high: 19 } }),
      special('Fits', ['ASD']),
    ]);
    expect(names(result)).toEqual(['Fits']);
    expect(result.consideredNotListed).toEqual([{ reason: 'OUT_OF_AGE_RANGE', count: 1 }]);
    expect(result.consideredCount).toBe(2);
  });

  it('never lists a closed setting unless the family named it, and then says it is closed', () => {
    const closed = special('Closed school', ['ASD'], 1, { status: 'CLOSED' });
    expect(names(match([closed]))).toEqual([]);
    expect(match([closed]).consideredNotListed).toEqual([{ reason: 'CLOSED', count: 1 }]);

    const named = match([closed], aRequest({ familyNamedSettingIds: [closed.id] }), [closed]);
    expect(named.entries).toHaveLength(1);
    expect(named.entries[0]).toMatchObject({ familyChoice: true, rank: 1 });
    expect(named.entries[0]?.cautions.map((c) => c.code)).toEqual(['CLOSED']);
  });

  it("always lists the family's settings first, even far away, out of age range and full", () => {
    const far = withCapacity(special('Far and full', ['PD'], 90, { ageRange: { low: 11, high: 16 } }), {
      vacancies: 0,
      onRoll: 12,
      places: 10,
    });
    const near = special('Near fit', ['ASD'], 1);
    const result = match([near, far], aRequest({ familyNamedSettingIds: [far.id] }), [far]);
    expect(names(result)).toEqual(['Far and full', 'Near fit']);
    expect(result.entries[0]?.capacity.status).toBe('FULL');
    expect(result.entries[0]?.cautions.map((c) => c.code)).toEqual([
      'BEYOND_TRAVEL_DISTANCE',
      'OUT_OF_AGE_RANGE',
      'NOT_DESIGNATED_FOR_NEEDS',
      'FULL',
    ]);
    expect(result.entries[0]?.reasons[0]?.code).toBe('FAMILY_CHOICE');
    // The family's setting is not also counted among those considered and left off.
    expect(result.consideredCount).toBe(1);
  });

  it('breaks ties by distance, then name, then id, whatever order the settings arrive in', () => {
    const beech = special('Beech', ['ASD'], 3);
    const ash1 = special('Ash', ['ASD'], 3);
    const ash2 = special('Ash', ['ASD'], 3);
    const cedar = special('Cedar', ['ASD'], 2);
    const ashes = [ash1.id, ash2.id].sort();
    const expected = [cedar.id, ...ashes, beech.id];
    for (const order of [
      [beech, ash1, ash2, cedar],
      [cedar, ash2, ash1, beech],
      [ash2, beech, cedar, ash1],
    ]) {
      expect(match(order).entries.map((e) => e.setting.id)).toEqual(expected);
    }
  });

  it('lists settings in other LAs within reach, saying so', () => {
    const result = match([special('Across the border', ['ASD'], 4, { laCode: '936' })]);
    expect(names(result)).toEqual(['Across the border']);
    expect(result.entries[0]?.reasons.find((r) => r.code === 'OTHER_LA')?.text).toContain('936');
  });

  it('keeps a full setting on the list when it is the best fit, marked full and still requestable', () => {
    const full = withCapacity(special('Full but right', ['ASD', 'SLCN'], 1), {
      vacancies: 0,
      onRoll: 10,
      places: 10,
    });
    const result = match(
      [full, aSetting({ name: 'Mainstream', provisions: null })],
      aRequest({ maxEntries: 1 }),
    );
    expect(names(result)).toEqual(['Full but right']);
    expect(result.entries[0]?.capacity.status).toBe('FULL');
    expect(result.entries[0]?.reasons.find((r) => r.code === 'VACANCIES')?.text).toContain(
      'can still be asked for',
    );
    expect(result.consideredNotListed).toEqual([{ reason: 'LOWER_RANKED', count: 1 }]);
  });

  it('leaves out settings beyond the travel distance and counts them, unless they serve the main need', () => {
    // Designated only for the secondary need (SLCN): distance rules it out.
    const result = match([special('Far', ['SLCN'], 30), special('Near', ['ASD'], 5)]);
    expect(names(result)).toEqual(['Near']);
    expect(result.consideredNotListed).toEqual([{ reason: 'BEYOND_TRAVEL_DISTANCE', count: 1 }]);
  });

  it('offers a mainstream place with no designation, below designated provision', () => {
    const result = match([
      aSetting({ name: 'Local primary', provisions: null }),
      special('Designated', ['ASD'], 8),
    ]);
    expect(names(result)).toEqual(['Designated', 'Local primary']);
    expect(result.entries[1]?.reasons.map((r) => r.code)).toContain('MAINSTREAM_PLACE');
  });

  it('leaves out a special school designated for other needs only', () => {
    const result = match([special('Sensory school', ['VI', 'HI'])]);
    expect(result.entries).toEqual([]);
    expect(result.consideredNotListed).toEqual([{ reason: 'NOT_DESIGNATED_FOR_NEEDS', count: 1 }]);
  });

  it('offers alternative provision only when the plan points to it, at the tiers asked for', () => {
    const pru = aSetting({
      name: 'PRU',
      kind: 'ALTERNATIVE_PROVISION',
      phase: 'NOT_APPLICABLE',
      ageRange: { low: 5, high: 16 },
      provisions: [
        { kind: 'AP_PROGRAMME', name: 'Placements', designation: ['SEMH'], apTiers: ['TIER_2', 'TIER_3'] },
        { kind: 'AP_PROGRAMME', name: 'Outreach', designation: ['SEMH'], apTiers: ['TIER_1'] },
      ],
    });
    const semh = aRequest({ primaryNeed: 'SEMH', secondaryNeeds: [] });
    expect(match([pru], semh).entries).toEqual([]);

    const tier2 = match([pru], {
      ...semh,
      provisionPreference: { types: ['ALTERNATIVE_PROVISION'], apTiers: ['TIER_2'], required: false },
    });
    expect(tier2.entries[0]?.provision.name).toBe('Placements');
    expect(tier2.entries[0]?.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(['PROVISION_TYPE', 'AP_TIER']),
    );

    const tier1 = match([pru], {
      ...semh,
      provisionPreference: { types: ['ALTERNATIVE_PROVISION'], apTiers: ['TIER_1'], required: false },
    });
    expect(tier1.entries[0]?.provision.name).toBe('Outreach');
  });

  it('lists only the kinds of provision asked for when the officer marks them required', () => {
    const candidates = [aSetting({ name: 'Mainstream', provisions: null }), special('Special', ['ASD'], 6)];
    const soft = match(
      candidates,
      aRequest({ provisionPreference: { types: ['SPECIAL_SCHOOL'], apTiers: [], required: false } }),
    );
    expect(names(soft)).toEqual(['Special', 'Mainstream']);
    const required = match(
      candidates,
      aRequest({ provisionPreference: { types: ['SPECIAL_SCHOOL'], apTiers: [], required: true } }),
    );
    expect(names(required)).toEqual(['Special']);
    expect(required.consideredNotListed).toEqual([{ reason: 'PROVISION_TYPE_NOT_WANTED', count: 1 }]);
  });

  it('respects single-sex intakes and day or residential needs', () => {
    const girls = special('Girls only', ['ASD'], 1, { genderIntake: 'GIRLS' });
    const residential = special('Residential', ['ASD'], 2, { boarding: 'RESIDENTIAL' });
    const boyDay = match([girls, residential], aRequest({ genderIntake: 'BOYS', boarding: 'DAY' }));
    expect(names(boyDay)).toEqual([]);
    expect(boyDay.consideredNotListed).toEqual(
      expect.arrayContaining([
        { reason: 'GENDER_INTAKE', count: 1 },
        { reason: 'BOARDING', count: 1 },
      ]),
    );
    expect(names(match([girls, residential], aRequest({ genderIntake: 'GIRLS', boarding: null })))).toEqual([
      'Girls only',
      'Residential',
    ]);
  });

  it('uses the provision that fits best and explains every entry', () => {
    const school = withCapacity(aSetting({ name: 'School with base' }), {});
    const result = match([school]);
    const entry = result.entries[0];
    expect(entry?.provision.kind).toBe('RESOURCED_PROVISION');
    expect(entry?.reasons.map((r) => r.code)).toEqual([
      'NEAREST_SPECIALIST',
      'AGE_FITS',
      'PRIMARY_NEED',
      'DISTANCE',
      'VACANCIES',
    ]);
    expect(entry?.reasons.every((r) => r.text.length > 10)).toBe(true);
    expect(entry?.score).toBe(entry?.reasons.reduce((s, r) => s + r.points, 0));
  });
});
