import { distanceKm } from '../geo.js';
import type { Boarding, GenderIntake, Setting } from '../model.js';
import { NEED_CODES, type NeedCode } from '../needs.js';
import { agesOf, placementTypeOf, round1 } from './evaluation.js';
import type { ListRequest, PlacementType } from './model.js';
import { AGE_BANDS, type AgeBand, ageBandOf } from './plain-settings.js';
import { isSpecialistProvision } from './range.js';

// Reach that follows the need: for each need and age band, an index of every specialist
// provision designated for it in England (a pointer per setting, need and band), so a list can
// find the nearest ones wherever they are without reading the map in between.

/** A specialist setting's provisions designated for one need, in one age band: what reach needs to know. */
export interface ReachPointer {
  settingId: string;
  need: NeedCode;
  band: AgeBand;
  lat: number;
  lon: number;
  closed: boolean;
  boarding: Boarding;
  genderIntake: GenderIntake;
  provisions: { low: number; high: number; type: PlacementType }[];
}

/** The reach pointers a setting has: one per need and age band its specialist provisions serve. */
export function reachPointersOf(setting: Setting): ReachPointer[] {
  const pointers: ReachPointer[] = [];
  for (const need of NEED_CODES) {
    for (const band of Object.keys(AGE_BANDS) as AgeBand[]) {
      const pointer = reachPointerOf(setting, need, band);
      if (pointer) pointers.push(pointer);
    }
  }
  return pointers;
}

/**
 * The setting's reach pointer for one need and age band, null if it has none: what a list asks of
 * the specialist settings it read (only its main need and age band can serve it).
 */
export function reachPointerOf(setting: Setting, need: NeedCode, band: AgeBand): ReachPointer | null {
  // Most settings a list asks have none for the need: found out before anything is made.
  if (!setting.provisions.some((p) => p.designation.includes(need) && isSpecialistProvision(setting, p)))
    return null;
  const serving = setting.provisions.filter(
    (p) => isSpecialistProvision(setting, p) && p.designation.includes(need),
  );
  const [low, high] = AGE_BANDS[band];
  const provisions = serving
    .map((p) => ({ ages: agesOf(setting, p), type: placementTypeOf(setting, p) }))
    .filter(({ ages }) => ages.low <= high && ages.high >= low)
    .map(({ ages, type }) => ({ low: ages.low, high: ages.high, type }));
  if (provisions.length === 0) return null;
  return {
    settingId: setting.id,
    need,
    band,
    lat: setting.location.lat,
    lon: setting.location.lon,
    closed: setting.status === 'CLOSED',
    boarding: setting.boarding,
    genderIntake: setting.genderIntake,
    provisions,
  };
}

/**
 * True when the pointer's setting has a provision for the child's main need that breaks no rule
 * of the list but distance: the same rules matching applies (tests hold the two together).
 */
export function pointerServes(pointer: ReachPointer, request: ListRequest): boolean {
  if (pointer.need !== request.primaryNeed || pointer.band !== ageBandOf(request.age)) return false;
  if (pointer.closed) return false;
  if (
    pointer.genderIntake !== 'MIXED' &&
    request.genderIntake !== null &&
    pointer.genderIntake !== request.genderIntake
  )
    return false;
  if (request.boarding === 'RESIDENTIAL' && pointer.boarding === 'DAY') return false;
  if (request.boarding === 'DAY' && pointer.boarding === 'RESIDENTIAL') return false;
  const preference = request.provisionPreference;
  return pointer.provisions.some(
    (p) =>
      p.low <= request.age &&
      request.age <= p.high &&
      !(preference?.required && !preference.types.includes(p.type)),
  );
}

/** A serving setting and how far it is, rounded as lists round. */
export interface ReachCandidate {
  settingId: string;
  distanceKm: number;
  /** Exact distance, to know what a search radius covers. */
  exactKm: number;
}

/** The candidates nearest first (ties by id, as matching breaks them). */
export function servingCandidates(
  pointers: readonly ReachPointer[],
  request: ListRequest,
  /** Candidates found before, from pointers that came first (servingCandidates of them): kept as they are. */
  known: readonly ReachCandidate[] = [],
): ReachCandidate[] {
  const byId = new Map<string, ReachCandidate>(known.map((c) => [c.settingId, c]));
  for (const p of pointers) {
    if (byId.has(p.settingId) || !pointerServes(p, request)) continue;
    const exactKm = distanceKm(request.home, p);
    byId.set(p.settingId, { settingId: p.settingId, distanceKm: round1(exactKm), exactKm });
  }
  return [...byId.values()].sort(
    (a, b) =>
      a.distanceKm - b.distanceKm || (a.settingId < b.settingId ? -1 : a.settingId > b.settingId ? 1 : 0),
  );
}

/** Further than any two places in England are apart: a search this wide has seen every setting. */
export const ENGLAND_SPAN_KM = 1000;

/** England's latitudes, with a margin: reach reads no strip outside them (nothing is there). */
export const ENGLAND_LATITUDES = { south: 49.8, north: 55.9 } as const;

/**
 * The next radius to search for reach, having covered `covered` km. Each read costs a query per
 * strip whatever it returns, so the circle grows fast: rarely needed, a second read usually ends it.
 */
export function nextReachRadius(covered: number): number {
  const steps = [50, 150, 400, ENGLAND_SPAN_KM];
  return steps.find((r) => r >= covered * 2) ?? (covered < ENGLAND_SPAN_KM ? ENGLAND_SPAN_KM : covered);
}
