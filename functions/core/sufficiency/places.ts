import { distanceKm } from '../geo.js';
import { lastConfirmedAtOf } from '../lists/capacity-status.js';
import { agesOf } from '../lists/evaluation.js';
import { isSpecialistProvision } from '../lists/range.js';
import type { AgeRange, Location, Provision, Setting } from '../model.js';
import type { NeedCode } from '../needs.js';
import type { SufficiencyPhase } from './facts.js';

// Places and free places within reach of a council's children, by kind of provision: the places
// the settings state (never rounded: they are the schools' own published figures, not children),
// and free places only from fresh figures. A figure that is not fresh is never read as none free.

export const PLACE_KINDS = [
  /** A mainstream school's resourced provision or SEN unit (DfE's "inclusion bases"). */
  'RESOURCED_PROVISION_OR_UNIT',
  /** A maintained special school or special academy. */
  'STATE_SPECIAL',
  /** A non-maintained or independent special school. */
  'INDEPENDENT_OR_NON_MAINTAINED_SPECIAL',
  'ALTERNATIVE_PROVISION',
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const PLACE_AREAS = ['IN_AREA', 'BEYOND'] as const;
export type PlaceArea = (typeof PLACE_AREAS)[number];

/** Days after which a figure counts as not confirmed, in the sufficiency picture (BRIEF: 30 days). */
export const FIGURES_CONFIRMED_WITHIN_DAYS = 30;

const DAY_MS = 86_400_000;

/** The ages of each phase, to match a provision's age range against. */
export const PHASE_AGES: Readonly<Record<SufficiencyPhase, AgeRange>> = {
  EARLY_YEARS: { low: 2, high: 3 },
  PRIMARY: { low: 4, high: 10 },
  SECONDARY: { low: 11, high: 15 },
  POST_16: { low: 16, high: 25 },
};

export interface PlacesRow {
  kind: PlaceKind;
  area: PlaceArea;
  /** Provisions of this kind within reach of at least one of the cell's lists. */
  provisions: number;
  /** Places they state (every figure, however old). */
  places: number;
  /** Free places shown by figures stated or confirmed in the last 30 days. */
  freePlaces: number;
  /** Provisions whose figures were stated or confirmed by the setting or its LA in the last 30 days. */
  confirmedRecently: number;
}

/** The kind a provision counts as, or null when it is not specialist or alternative provision. */
export function placeKindOf(setting: Setting, provision: Provision): PlaceKind | null {
  if (setting.kind === 'ALTERNATIVE_PROVISION' || provision.kind === 'AP_PROGRAMME') {
    return 'ALTERNATIVE_PROVISION';
  }
  if (!isSpecialistProvision(setting, provision)) return null;
  if (provision.kind === 'RESOURCED_PROVISION' || provision.kind === 'SEN_UNIT') {
    return 'RESOURCED_PROVISION_OR_UNIT';
  }
  return setting.sector === 'INDEPENDENT' ||
    setting.sector === 'NON_MAINTAINED' ||
    setting.kind === 'INDEPENDENT_SPECIAL'
    ? 'INDEPENDENT_OR_NON_MAINTAINED_SPECIAL'
    : 'STATE_SPECIAL';
}

/** Open specialist or alternative provision (or a setting with some): what the picture counts places of. */
export function servesAnyCell(setting: Setting, provision?: Provision): boolean {
  if (setting.status === 'CLOSED') return false;
  return provision
    ? placeKindOf(setting, provision) !== null
    : setting.provisions.some((p) => placeKindOf(setting, p) !== null);
}

/**
 * Whether a provision could serve a child of the need and phase: alternative provision serves any
 * need; specialist provision only the needs it is designated for.
 */
export function servesCell(
  setting: Setting,
  provision: Provision,
  need: NeedCode,
  phase: SufficiencyPhase,
): boolean {
  const kind = placeKindOf(setting, provision);
  if (!kind || setting.status === 'CLOSED') return false;
  const ages = agesOf(setting, provision);
  const phaseAges = PHASE_AGES[phase];
  if (ages.high < phaseAges.low || ages.low > phaseAges.high) return false;
  return kind === 'ALTERNATIVE_PROVISION' || provision.designation.includes(need);
}

/** True when figures were stated or confirmed by the setting or its LA within the last 30 days. */
export function confirmedRecently(provision: Provision, now: Date): boolean {
  const c = provision.capacity;
  if (!c || (c.source !== 'SETTING' && c.source !== 'LA')) return false;
  return now.getTime() - Date.parse(lastConfirmedAtOf(c)) <= FIGURES_CONFIRMED_WITHIN_DAYS * DAY_MS;
}

/** A list's home and how far it was willing to look. */
export interface Reach {
  home: Location;
  maxTravelKm: number;
}

/** Whether a setting is within the travel distance of at least one of the homes. */
export function withinReachOfAny(setting: Pick<Setting, 'location'>, reaches: readonly Reach[]): boolean {
  return reaches.some((r) => distanceKm(r.home, setting.location) <= r.maxTravelKm);
}

/**
 * The places row of a cell: the provisions (of `settings`, with live figures) serving the need
 * and phase within reach of any of the cell's lists, by kind and by whether they are in the council's area.
 */
export function placesWithinReach(input: {
  laCode: string;
  need: NeedCode;
  phase: SufficiencyPhase;
  reaches: readonly Reach[];
  settings: readonly Setting[];
  now: Date;
}): PlacesRow[] {
  const rows = new Map<string, PlacesRow>();
  for (const setting of input.settings) {
    const serving = setting.provisions.filter((p) => servesCell(setting, p, input.need, input.phase));
    if (serving.length === 0 || !withinReachOfAny(setting, input.reaches)) continue;
    const area: PlaceArea = setting.laCode === input.laCode ? 'IN_AREA' : 'BEYOND';
    for (const provision of serving) {
      const kind = placeKindOf(setting, provision) as PlaceKind;
      const key = `${kind}|${area}`;
      const row = rows.get(key) ?? {
        kind,
        area,
        provisions: 0,
        places: 0,
        freePlaces: 0,
        confirmedRecently: 0,
      };
      row.provisions++;
      row.places += provision.capacity?.places ?? 0;
      if (confirmedRecently(provision, input.now)) {
        row.confirmedRecently++;
        row.freePlaces += provision.capacity?.vacancies ?? 0;
      }
      rows.set(key, row);
    }
  }
  return PLACE_KINDS.flatMap((kind) =>
    PLACE_AREAS.flatMap((area) => {
      const row = rows.get(`${kind}|${area}`);
      return row ? [row] : [];
    }),
  );
}
