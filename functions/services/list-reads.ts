import {
  REACH_STRIPS_PER_DEGREE,
  STRIPS_PER_DEGREE,
  type StripRange,
  stripRangesWithin,
  unreadParts,
} from '../core/geo.js';
import type { ListRequest, ListSearch, MatchResult } from '../core/lists/model.js';
import { ageBandOf, nearestPlainRadius, plainReadOnAtOnce } from '../core/lists/plain-settings.js';
import { ENGLAND_LATITUDES } from '../core/lists/reach.js';
import { type NextRead, type SearchState, searchStep } from '../core/lists/search-plan.js';
import type { Setting } from '../core/model.js';
import {
  type RegisterIndex,
  reachPointersInStrips,
  settingsById,
  settingsInStrips,
} from '../core/register-memory/register-index.js';
import type { ListsStore } from '../store/lists-store.js';

/** What a list's search reads: the map and reach indexes by strip, and settings by id. */
export type ListReadSource = Pick<ListsStore, 'settingsInStrips' | 'reachPointersInStrips' | 'getSettings'>;

/**
 * The same reads answered from the register's static facts held in memory (register-index.ts):
 * what lists search over. (The table's own map and reach indexes answer them alike: the benchmark
 * compares the two.)
 */
export function memoryReadSource(index: RegisterIndex): ListReadSource {
  return {
    settingsInStrips: async (band, layer, ranges) => settingsInStrips(index, band, layer, ranges),
    reachPointersInStrips: async (need, band, ranges) => reachPointersInStrips(index, need, band, ranges),
    getSettings: async (ids) => settingsById(index, ids),
  };
}

/** The most reads one list's search may make: far more than any search needs (a guard, not a limit). */
const MAX_STEPS = 64;

/**
 * The reading side of a list's search (the imperative shell around core/lists/search-plan.ts):
 * each map index is read at most once per strip range, so a wider read reads only what is new.
 * Lists read from memory (memoryReadSource); the table's indexes answer the same reads.
 */
export function createListReads(lists: ListReadSource, request: ListRequest) {
  const band = ageBandOf(request.age);
  const plainRead: StripRange[] = [];
  const reachRead: StripRange[] = [];

  async function plainWithin(radiusKm: number): Promise<Setting[]> {
    const parts = unreadParts(stripRangesWithin(request.home, radiusKm, STRIPS_PER_DEGREE.plain), plainRead);
    plainRead.push(...parts);
    return parts.length > 0 ? lists.settingsInStrips(band, 'plain', parts) : [];
  }

  async function reachWithin(radiusKm: number) {
    const inEngland = stripRangesWithin(request.home, radiusKm, REACH_STRIPS_PER_DEGREE).filter(
      (r) =>
        (r.strip + 1) / REACH_STRIPS_PER_DEGREE > ENGLAND_LATITUDES.south &&
        r.strip / REACH_STRIPS_PER_DEGREE < ENGLAND_LATITUDES.north,
    );
    const parts = unreadParts(inEngland, reachRead);
    reachRead.push(...parts);
    return parts.length > 0 ? lists.reachPointersInStrips(request.primaryNeed, band, parts) : [];
  }

  return {
    /** Every specialist setting within the travel distance that takes children of the child's age band. */
    specialistWithinReach: () =>
      lists.settingsInStrips(
        band,
        'specialist',
        stripRangesWithin(request.home, request.maxTravelKm, STRIPS_PER_DEGREE.specialist),
      ),

    /** The nearest plain settings, read on at once when they are too few for a list (the core says how far). */
    async nearestPlain(): Promise<{ settings: Setting[]; radiusKm: number }> {
      let radiusKm = nearestPlainRadius(request);
      const settings = await plainWithin(radiusKm);
      const wider = plainReadOnAtOnce(request, settings, radiusKm);
      if (wider !== null) {
        settings.push(...(await plainWithin(wider)));
        radiusKm = wider;
      }
      return { settings, radiusKm };
    },

    /** Reads what the planner asks for until it gives the list. Updates `state` as it reads. */
    async search(state: SearchState): Promise<MatchResult & { search: ListSearch }> {
      for (let steps = 0; steps < MAX_STEPS; steps++) {
        const step = searchStep(state);
        if ('list' in step) return step.list;
        await read(state, step.next);
      }
      throw new Error(`A list's search did not finish in ${MAX_STEPS} reads.`);
    },
  };

  async function read(state: SearchState, next: NextRead): Promise<void> {
    switch (next.read) {
      case 'reach':
        state.reachPointers = [...state.reachPointers, ...(await reachWithin(next.radiusKm))];
        state.reachRadiusKm = next.radiusKm;
        return;
      case 'settings': {
        const found = await lists.getSettings(next.ids);
        const gone = new Set(next.ids.filter((id) => !found.some((s) => s.id === id)));
        state.fetched = [...state.fetched, ...found];
        // A pointer whose setting is not there (an index a moment behind the table) is dropped.
        if (gone.size > 0) state.reachPointers = state.reachPointers.filter((p) => !gone.has(p.settingId));
        return;
      }
      case 'plain':
        state.plain = [...state.plain, ...(await plainWithin(next.radiusKm))];
        state.plainRadiusKm = next.radiusKm;
        return;
      default: {
        const unreachable: never = next;
        return unreachable;
      }
    }
  }
}
