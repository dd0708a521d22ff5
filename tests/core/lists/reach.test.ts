import { describe, expect, it } from 'vitest';
import { matchSettings } from '../../../functions/core/lists/matching.js';
import type { ListRequest } from '../../../functions/core/lists/model.js';
import { pointerServes, reachPointersOf } from '../../../functions/core/lists/reach.js';
import type { Setting } from '../../../functions/core/model.js';
import { NEED_CODES } from '../../../functions/core/needs.js';
import { seeded } from '../../bench/stats.js';
import { aListRequest } from '../../helpers/list-requests.js';
import { aSetting } from '../../helpers/settings.js';

const home = { lat: 52.5, lon: -1.9 };
const now = new Date('2026-11-22T12:00:00Z');

function randomSetting(random: () => number, i: number): Setting {
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const low = pick([2, 4, 7, 11, 16]);
  const kind = pick(['SPECIAL', 'INDEPENDENT_SPECIAL', 'MAINSTREAM'] as const);
  return aSetting({
    name: `Setting ${i}`,
    kind,
    sector: kind === 'INDEPENDENT_SPECIAL' ? 'INDEPENDENT' : 'LA_MAINTAINED',
    phase: 'ALL_THROUGH',
    ageRange: { low, high: low + pick([3, 6, 9]) },
    genderIntake: pick(['MIXED', 'MIXED', 'BOYS', 'GIRLS'] as const),
    boarding: pick(['DAY', 'RESIDENTIAL', 'DAY_AND_RESIDENTIAL'] as const),
    status: pick(['OPEN', 'OPEN', 'PROPOSED_TO_CLOSE', 'CLOSED'] as const),
    location: { lat: home.lat + (random() - 0.5) * 2, lon: home.lon + (random() - 0.5) * 3 },
    provisions: [
      { kind: 'MAIN_ROLL', name: 'Main', designation: [pick(NEED_CODES)] },
      { kind: 'SEN_UNIT', name: 'Unit', designation: [pick(NEED_CODES), pick(NEED_CODES)] },
    ],
  });
}

describe('the reach index', () => {
  it('agrees with matching on which settings serve the main need, whatever the request', () => {
    const random = seeded(7);
    const settings = Array.from({ length: 200 }, (_, i) => randomSetting(random, i));
    for (let r = 0; r < 40; r++) {
      const request: ListRequest = aListRequest(home, {
        age: Math.floor(random() * 19) + 2,
        primaryNeed: NEED_CODES[r % NEED_CODES.length],
        genderIntake: r % 3 === 0 ? 'BOYS' : null,
        boarding: r % 4 === 0 ? 'RESIDENTIAL' : r % 4 === 1 ? 'DAY' : null,
        provisionPreference:
          r % 5 === 0 ? { types: ['RESOURCED_PROVISION_OR_UNIT'], apTiers: [], required: true } : null,
        maxTravelKm: 0.01,
        maxEntries: 50,
      });
      const byPointers = new Set(
        settings.filter((s) => reachPointersOf(s).some((p) => pointerServes(p, request))).map((s) => s.id),
      );
      // With a tiny travel distance, every setting that is listed serves the main need through reach
      // (the nearest three) or not at all; matching each alone says whether it can serve.
      const byMatching = new Set(
        settings
          .filter(
            (s) =>
              matchSettings({ request, candidates: [s], choices: [], now, capacityFreshDays: 30 }).entries
                .length > 0,
          )
          .map((s) => s.id),
      );
      expect(byPointers).toEqual(byMatching);
    }
  });

  it('points from each need and age band a specialist provision serves, and from nothing else', () => {
    const unit = aSetting({
      phase: 'SECONDARY',
      ageRange: { low: 11, high: 18 },
      provisions: [
        { kind: 'MAIN_ROLL', name: 'Main', designation: ['ASD'] },
        { kind: 'SEN_UNIT', name: 'Unit', designation: ['HI'], ageRange: { low: 11, high: 16 } },
      ],
    });
    // A mainstream main roll's designation is not specialist provision.
    expect(reachPointersOf(unit).map((p) => `${p.need}/${p.band}`)).toEqual(['HI/from11To15', 'HI/from16']);
  });
});
