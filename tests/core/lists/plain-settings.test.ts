import { describe, expect, it } from 'vitest';
import { matchSettings, weightsFor } from '../../../functions/core/lists/matching.js';
import type { ListRequest } from '../../../functions/core/lists/model.js';
import {
  ageBandOf,
  ageBandsOf,
  isPlainSetting,
  listThreshold,
  nearestPlainRadius,
  nextPlainRadius,
  plainReadOnAtOnce,
  plainScoreBound,
} from '../../../functions/core/lists/plain-settings.js';
import type { Setting } from '../../../functions/core/model.js';
import type { NeedCode } from '../../../functions/core/needs.js';
import { seeded } from '../../bench/stats.js';
import { aListRequest } from '../../helpers/list-requests.js';
import { searchInMemory } from '../../helpers/search.js';
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

  it.each([
    ['ASD', 10, null],
    ['SEMH', 10, null],
    ['MLD', 10, null],
    ['ASD', 3, 'Roman Catholic'],
    ['VI', 50, null],
    ['SEMH', 30, null],
  ] as [NeedCode, number, string | null][])(
    'gives the same list as reading every school (%s, %d entries, preference %s)',
    async (primaryNeed, maxEntries, religiousCharacter) => {
      for (const [seed, age] of [
        [1, 9],
        [2, 9],
        [3, 13],
      ] as const) {
        const settings = neighbourhood(seed);
        const req = request({ primaryNeed, maxEntries, religiousCharacter, age });
        const plain = settings.filter(isPlainSetting);
        const { list: bounded, reads } = searchInMemory(req, settings, { now });
        const everything = matchSettings({
          request: req,
          candidates: settings,
          choices: [],
          now,
          capacityFreshDays: 30,
        });
        expect(bounded.entries.map((e) => e.setting.id)).toEqual(everything.entries.map((e) => e.setting.id));
        expect(bounded.search.mainstreamRadiusKm).toBeLessThanOrEqual(15);
        if (primaryNeed === 'ASD' && maxEntries === 10) expect(reads.plain).toBeLessThan(plain.length);
      }
    },
  );
});

describe('how far plain settings are read', () => {
  const east = (km: number) => ({
    lat: home.lat,
    lon: home.lon + km / (111.195 * Math.cos((home.lat * Math.PI) / 180)),
  });
  const plain = (km: number) => aSetting({ name: `Plain at ${km} km`, location: east(km), provisions: null });
  const asdSpecial = (km: number) =>
    aSetting({
      name: `Special at ${km} km`,
      kind: 'SPECIAL',
      location: east(km),
      provisions: [{ kind: 'MAIN_ROLL', name: 'Main', designation: ['ASD'] }],
    });
  const match = (req: ListRequest, candidates: Setting[]) =>
    matchSettings({ request: req, candidates, choices: [], now, capacityFreshDays: 30 });

  it('stops once no plain setting further out could make the list', () => {
    const req = request({ primaryNeed: 'ASD', maxEntries: 3 });
    // Schools designated for the need outscore any mainstream place, however near.
    expect(nextPlainRadius(match(req, [asdSpecial(5), asdSpecial(9), asdSpecial(14)]), req, 3)).toBeNull();
    // Plain schools read nearest first: once the list is full of them, the next is further still.
    expect(nextPlainRadius(match(req, [plain(0.5), plain(1), plain(2.5)]), req, 3)).toBeNull();
  });

  it('with the list full, reads exactly as far out as a plain setting could still beat its last entry', () => {
    // Capacity scores only when the officer prefers available places: then a full school can be beaten.
    const req = request({ primaryNeed: 'ASD', maxEntries: 3, preferAvailablePlaces: true });
    // A full mainstream school 1 km away scores less than a plain one up to about 3.2 km away.
    const full = withCapacity(aSetting({ name: 'Full school', location: east(1), provisions: null }), {
      source: 'SETTING',
      vacancies: 0,
      onRoll: 30,
      places: 30,
    });
    const result = match(req, [plain(0.5), plain(1), full]);
    const threshold = listThreshold(result, 3);
    const next = nextPlainRadius(result, req, 2);
    expect(next).not.toBeNull();
    const bound = (km: number) => plainScoreBound(km, req, weightsFor(req));
    expect(bound(next ?? 0)).toBeLessThan(threshold);
    expect(bound((next ?? 0) - 0.1)).toBeGreaterThanOrEqual(threshold);
    expect(next).toBeGreaterThan(3);
    expect(next).toBeLessThan(3.5);
  });

  it('finds the plain school just beyond the first read that outscores a full school nearer home', () => {
    const req = request({ primaryNeed: 'ASD', maxEntries: 3, age: 9, preferAvailablePlaces: true });
    const full = withCapacity(aSetting({ name: 'Full school', location: east(1), provisions: null }), {
      source: 'SETTING',
      vacancies: 0,
      onRoll: 30,
      places: 30,
    });
    const plains = [plain(0.5), plain(1), plain(3.1), plain(3.4)];
    const { list } = searchInMemory(req, [full, ...plains], { now });
    expect(list.entries.map((e) => e.setting.name)).toEqual([
      'Plain at 0.5 km',
      'Plain at 1 km',
      'Plain at 3.1 km',
    ]);
  });

  it('with room on the list, widens by how few fitting settings were found, up to the travel distance', () => {
    const req = request({ maxEntries: 10, maxTravelKm: 15 });
    // Nothing found: a sparse area, read all the way at once.
    expect(nextPlainRadius(match(req, []), req, 3)).toBe(15);
    // Two of ten found within 3 km: about five times the area, with room to spare.
    const two = nextPlainRadius(match(req, [plain(1), plain(2)]), req, 3) ?? 0;
    expect(two).toBeGreaterThan(3 * Math.sqrt(5));
    expect(two).toBeLessThan(15);
    // Nearly full: still at least half as far again.
    const nine = nextPlainRadius(
      match(
        req,
        Array.from({ length: 9 }, (_, i) => plain(0.2 + i * 0.3)),
      ),
      req,
      3,
    );
    expect(nine).toBeGreaterThanOrEqual(4.5);
    expect(nextPlainRadius(match(req, [plain(1)]), req, 12)).toBe(15);
    expect(nextPlainRadius(match(req, []), req, 15)).toBeNull();
  });

  it('reads on at once, before the specialists are in, when the nearest schools are too few for a list', () => {
    const req = request({ age: 9, maxEntries: 3, maxTravelKm: 15 });
    const nearest = nearestPlainRadius(req);
    expect(plainReadOnAtOnce(req, [plain(0.5), plain(1), plain(2)], nearest)).toBeNull();
    // One nearby school takes a 9-year-old; an infant school (4 to 7) does not count.
    const infant = aSetting({ location: east(1.5), ageRange: { low: 4, high: 7 }, provisions: null });
    const few = plainReadOnAtOnce(req, [plain(1), infant], nearest) ?? 0;
    expect(few).toBeGreaterThan(nearest * Math.sqrt(3));
    expect(few).toBeLessThan(15);
    expect(plainReadOnAtOnce(req, [], nearest)).toBe(15);
  });

  it('starts nearer for younger children, whose schools are closer together, and never beyond reach', () => {
    expect(nearestPlainRadius(request({ age: 7 }))).toBeLessThan(nearestPlainRadius(request({ age: 13 })));
    expect(nearestPlainRadius(request({ age: 13, maxTravelKm: 2 }))).toBe(2);
  });
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
