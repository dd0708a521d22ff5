import { describe, expect, it } from 'vitest';
import { distanceKm } from '../../../functions/core/geo.js';
import { matchSettings } from '../../../functions/core/lists/matching.js';
import type { ListRequest } from '../../../functions/core/lists/model.js';
import {
  ageBandOf,
  ageBandsOf,
  isPlainSetting,
  plainSearchRadii,
  searchAndMatch,
} from '../../../functions/core/lists/plain-settings.js';
import type { Setting } from '../../../functions/core/model.js';
import type { NeedCode } from '../../../functions/core/needs.js';
import { seeded } from '../../bench/stats.js';
import { aListRequest } from '../../helpers/list-requests.js';
import { aSetting, withCapacity } from '../../helpers/settings.js';

const home = { lat: 52.5, lon: -1.9 };
const now = new Date('2026-11-22T12:00:00Z');

function request(overrides: Partial<ListRequest> = {}): ListRequest {
  return aListRequest(home, { travelDistanceDefaulted: true, ...overrides });
}

/** A random neighbourhood: mostly plain primaries and secondaries, some designated provision. */
function neighbourhood(seed: number): Setting[] {
  const random = seeded(seed);
  const settings: Setting[] = [];
  for (let i = 0; i < 160; i++) {
    const at = { lat: home.lat + (random() - 0.5) * 0.4, lon: home.lon + (random() - 0.5) * 0.6 };
    const roll = random();
    const base =
      roll < 0.75
        ? aSetting({
            name: `Plain ${i}`,
            location: at,
            phase: random() < 0.7 ? 'PRIMARY' : 'SECONDARY',
            ageRange: random() < 0.7 ? { low: 4, high: 11 } : { low: 11, high: 16 },
            religiousCharacter: random() < 0.2 ? 'Roman Catholic' : null,
            provisions: null,
          })
        : roll < 0.9
          ? aSetting({ name: `Base ${i}`, location: at })
          : aSetting({
              name: `Special ${i}`,
              location: at,
              kind: 'SPECIAL',
              phase: 'ALL_THROUGH',
              ageRange: { low: 4, high: 19 },
              provisions: [
                { kind: 'MAIN_ROLL', name: 'Main', designation: [random() < 0.5 ? 'ASD' : 'SEMH'] },
              ],
            });
    const r = random();
    settings.push(
      r < 0.3 ? base : withCapacity(base, r < 0.6 ? { vacancies: 3 } : { vacancies: 0, onRoll: 12 }),
    );
  }
  return settings;
}

describe('reading plain mainstream schools nearest first', () => {
  it('tells plain settings from those with designated or specialist provision', () => {
    expect(isPlainSetting(aSetting({ provisions: null }))).toBe(true);
    expect(isPlainSetting(aSetting())).toBe(false);
    expect(isPlainSetting(aSetting({ kind: 'SPECIAL', provisions: null }))).toBe(false);
    // Live figures from the school make it worth reading wherever it is within reach.
    expect(isPlainSetting(withCapacity(aSetting({ provisions: null }), { source: 'SETTING' }))).toBe(false);
    expect(isPlainSetting(withCapacity(aSetting({ provisions: null }), { source: 'SYNTHETIC' }))).toBe(true);
  });

  it('widens in rings out to the travel distance', () => {
    expect(plainSearchRadii(15)).toEqual([2, 5, 10, 15]);
    expect(plainSearchRadii(1.5)).toEqual([1.5]);
  });

  it.each([
    ['ASD', 10, null],
    ['SEMH', 10, null],
    ['MLD', 10, null],
    ['ASD', 3, 'Roman Catholic'],
    ['VI', 50, null],
  ] as [NeedCode, number, string | null][])(
    'gives the same list as reading every school (%s, %d entries, preference %s)',
    async (primaryNeed, maxEntries, religiousCharacter) => {
      for (const seed of [1, 2, 3]) {
        const settings = neighbourhood(seed);
        const req = request({ primaryNeed, maxEntries, religiousCharacter });
        const plain = settings.filter(isPlainSetting);
        const returned = new Set<string>();
        let reads = 0;
        const bounded = await searchAndMatch({
          request: req,
          specialist: settings.filter((s) => !isPlainSetting(s)),
          familyNamed: [],
          // Like the map cells, a read covers at least the circle (here with a 100 m margin, as the
          // list rounds distances to 0.1 km).
          readPlainWithin: async (radius) => {
            const within = plain.filter(
              (s) => !returned.has(s.id) && distanceKm(home, s.location) <= radius + 0.1,
            );
            for (const s of within) returned.add(s.id);
            reads += within.length;
            return within;
          },
          now,
          capacityFreshDays: 30,
        });
        const everything = matchSettings({
          request: req,
          candidates: settings,
          familyNamed: [],
          now,
          capacityFreshDays: 30,
        });
        expect(bounded.entries.map((e) => e.setting.id)).toEqual(everything.entries.map((e) => e.setting.id));
        expect(bounded.search.mainstreamRadiusKm).toBeLessThanOrEqual(15);
        if (primaryNeed === 'ASD' && maxEntries === 10) expect(reads).toBeLessThan(plain.length);
      }
    },
  );
});

describe('age bands of the specialist map indexes', () => {
  it("puts a child's age in one band", () => {
    expect([0, 4, 10, 11, 15, 16, 25].map(ageBandOf)).toEqual([
      'upTo10',
      'upTo10',
      'upTo10',
      'from11To15',
      'from11To15',
      'from16',
      'from16',
    ]);
  });

  it('indexes a setting in every band any of its provisions takes', () => {
    const allThrough = aSetting({ kind: 'SPECIAL', phase: 'ALL_THROUGH', ageRange: { low: 4, high: 19 } });
    expect(ageBandsOf(allThrough)).toEqual(['upTo10', 'from11To15', 'from16']);
    const secondaryUnit = aSetting({
      phase: 'SECONDARY',
      ageRange: { low: 11, high: 18 },
      provisions: [{ kind: 'SEN_UNIT', name: 'Unit', designation: ['HI'], ageRange: { low: 11, high: 16 } }],
    });
    expect(ageBandsOf(secondaryUnit)).toEqual(['from11To15', 'from16']);
  });
});
