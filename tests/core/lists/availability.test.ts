import { describe, expect, it } from 'vitest';
import { AVAILABILITY_NEAREST, availabilityOf } from '../../../functions/core/lists/availability.js';
import type { ListRequest } from '../../../functions/core/lists/model.js';
import type { ReachCandidate } from '../../../functions/core/lists/reach.js';
import { parseListRequest } from '../../../functions/core/lists/request.js';
import type { Setting } from '../../../functions/core/model.js';
import { OUTCODES } from '../../../functions/services/outcodes.js';
import { aSetting, withCapacity } from '../../helpers/settings.js';

// What a list stores of free specialist places near the child, for the council's sufficiency
// picture: three states, and a figure that is not fresh is never read as "full".

const NOW = new Date('2026-12-01T12:00:00Z');
const request: ListRequest = parseListRequest(
  {
    caseReference: 'A/1',
    laCode: '938',
    age: 8,
    startDate: '2027-01-10',
    primaryNeed: 'ASD',
    secondaryNeeds: [],
    home: { lat: 51, lon: -0.3 },
    maxTravelKm: 20,
  },
  NOW,
  OUTCODES,
).request;

/** A primary with an autism base (ages 5–11), with its figures stated on `statedAt`, `vacancies` free. */
const base = (id: string, vacancies: number | null, statedAt = '2026-11-25T09:00:00.000Z'): Setting =>
  vacancies === null
    ? aSetting({}, id)
    : withCapacity(aSetting({}, id), { places: 8, onRoll: 8 - vacancies, vacancies, updatedAt: statedAt });

const at = (settingId: string, distanceKm: number): ReachCandidate => ({
  settingId,
  distanceKm,
  exactKm: distanceKm,
});

function availability(settings: Setting[], nearestAnywhere: ReachCandidate | null = null) {
  const withinReach = settings.map((s, i) => at(s.id, i + 1));
  return availabilityOf({
    request,
    withinReach,
    nearestAnywhere: nearestAnywhere ?? withinReach[0] ?? null,
    live: new Map(settings.map((s) => [s.id, s])),
    now: NOW,
    capacityFreshDays: 30,
  });
}

describe('a list’s availability', () => {
  it('names the nearest with a fresh free place, and counts each state', () => {
    const found = availability([
      base('full', 0),
      base('stale', 3, '2026-09-01T09:00:00.000Z'),
      base('free', 3),
      base('none', null),
    ]);
    expect(found).toMatchObject({
      considered: 4,
      available: 1,
      full: 1,
      unconfirmed: 2,
      nearestWithFreePlace: { settingId: 'free', distanceKm: 3 },
      nearestSpecialist: { settingId: 'full', distanceKm: 1 },
      moreWithinReach: false,
    });
  });

  it('never reads figures older than the freshness window, or none at all, as full', () => {
    const found = availability([base('stale', 0, '2026-09-01T09:00:00.000Z'), base('none', null)]);
    expect(found.full).toBe(0);
    expect(found.unconfirmed).toBe(2);
    expect(found.nearestWithFreePlace).toBeNull();
  });

  it('reads only the nearest, and says there were more within reach', () => {
    const many = Array.from({ length: AVAILABILITY_NEAREST + 5 }, (_, i) => base(`s${i}`, 0));
    const found = availability(many);
    expect(found.considered).toBe(AVAILABILITY_NEAREST);
    expect(found.full).toBe(AVAILABILITY_NEAREST);
    expect(found.moreWithinReach).toBe(true);
  });

  it('with none within reach, still names the nearest anywhere', () => {
    const found = availability([], at('far-away', 140));
    expect(found).toMatchObject({
      considered: 0,
      nearestWithFreePlace: null,
      nearestSpecialist: { settingId: 'far-away' },
    });
  });
});
