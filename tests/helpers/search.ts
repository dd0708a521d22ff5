import { distanceKm } from '../../functions/core/geo.js';
import { type ChoiceToMatch, newEvaluationMemo } from '../../functions/core/lists/matching.js';
import type { ListRequest } from '../../functions/core/lists/model.js';
import {
  ageBandOf,
  ageBandsOf,
  isPlainSetting,
  nearestPlainRadius,
  plainReadOnAtOnce,
} from '../../functions/core/lists/plain-settings.js';
import { reachPointersOf } from '../../functions/core/lists/reach.js';
import { type SearchState, searchStep } from '../../functions/core/lists/search-plan.js';
import type { Setting } from '../../functions/core/model.js';

/**
 * Drives the list planner over settings held in memory, reading as the service reads the map
 * indexes (each read covers at least its circle, with a 100 m margin, as lists round to 0.1 km).
 * Counts what was read, so tests can check the search stays bounded.
 */
export function searchInMemory(
  request: ListRequest,
  world: readonly Setting[],
  options: { now: Date; choices?: ChoiceToMatch[] },
) {
  const band = ageBandOf(request.age);
  const inBand = world.filter((s) => ageBandsOf(s).includes(band));
  const within = (settings: readonly Setting[], radius: number) =>
    settings.filter((s) => distanceKm(request.home, s.location) <= radius + 0.1);
  const plain = inBand.filter(isPlainSetting);
  const returned = new Set<string>();
  const readPlain = (radius: number) => {
    const found = within(plain, radius).filter((s) => !returned.has(s.id));
    for (const s of found) returned.add(s.id);
    return found;
  };
  const reads = { plain: 0, reach: 0, byId: 0, steps: 0 };
  let radius = nearestPlainRadius(request);
  const first = readPlain(radius);
  const wider = plainReadOnAtOnce(request, first, radius);
  if (wider !== null) {
    first.push(...readPlain(wider));
    radius = wider;
  }
  reads.plain += first.length;
  const state: SearchState = {
    request,
    specialist: within(
      inBand.filter((s) => !isPlainSetting(s)),
      request.maxTravelKm,
    ),
    plain: first,
    plainRadiusKm: radius,
    reachPointers: [],
    reachRadiusKm: 0,
    fetched: [],
    choices: options.choices ?? [],
    now: options.now,
    capacityFreshDays: 30,
    memo: newEvaluationMemo(),
  };
  const pointers = world.flatMap(reachPointersOf);
  for (;;) {
    reads.steps++;
    const step = searchStep(state);
    if ('list' in step) return { list: step.list, reads };
    const next = step.next;
    if (next.read === 'reach') {
      const found = pointers.filter(
        (p) =>
          distanceKm(request.home, p) <= next.radiusKm + 0.1 &&
          !state.reachPointers.some(
            (q) => q.settingId === p.settingId && q.need === p.need && q.band === p.band,
          ),
      );
      reads.reach += found.length;
      state.reachPointers = [...state.reachPointers, ...found];
      state.reachRadiusKm = next.radiusKm;
    } else if (next.read === 'settings') {
      const found = world.filter((s) => next.ids.includes(s.id));
      reads.byId += found.length;
      state.fetched = [...state.fetched, ...found];
    } else {
      const found = readPlain(next.radiusKm);
      reads.plain += found.length;
      state.plain = [...state.plain, ...found];
      state.plainRadiusKm = next.radiusKm;
    }
    if (reads.steps > 64) throw new Error('the search did not finish');
  }
}
