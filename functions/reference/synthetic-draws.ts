import type { AgeRange, ApTier, Capacity, ProvisionKind, Sector, SettingKind } from '../core/model.js';
import { NEED_CODES, type NeedCode } from '../core/needs.js';
import type { LaCalibration, NeedCounts, SchoolRow } from './england-files.js';
import type { Random } from './random.js';
import {
  CAPACITY_NOTE,
  COMPANIONS,
  DAY_MS,
  MAX_PLACES,
  STATED_WITHIN_DAYS,
  SYNTHETIC_ACTOR,
} from './synthetic-tables.js';

// The reference model's draws (synthetic-register.ts): how its places are sized and shared out,
// which needs a provision is designated for, and the capacity it states. Seeded, so repeatable.

export interface ProvisionPlan {
  local: string;
  kind: ProvisionKind;
  name: string;
  designation: NeedCode[];
  apTiers: ApTier[];
  capacity: Capacity | null;
}

export interface SchoolPlan {
  school: SchoolRow;
  kind: SettingKind;
  sector: Sector;
  ageRange: AgeRange;
  notes: string[];
  provisions: ProvisionPlan[];
}

export function mainRoll(capacity: Capacity | null): ProvisionPlan {
  return { local: 'main', kind: 'MAIN_ROLL', name: 'Main roll', designation: [], apTiers: [], capacity };
}

export function statedCapacity(
  figures: { places: number; onRoll: number; vacancies: number; pendingConsultations: number },
  random: Random,
  now: Date,
): Capacity {
  const ago = Math.floor(random.next() * STATED_WITHIN_DAYS * 24 * 60) * 60_000;
  return {
    ...figures,
    vacancies: Math.min(figures.vacancies, figures.places),
    vacanciesByYear: [],
    note: CAPACITY_NOTE,
    source: 'SYNTHETIC',
    updatedAt: new Date(now.getTime() - Math.min(ago, STATED_WITHIN_DAYS * DAY_MS)).toISOString(),
    updatedBy: SYNTHETIC_ACTOR,
  };
}

/** A main roll's size: classes of 30 in each year group its age range covers. */
export function mainstreamPlaces(plan: SchoolPlan, random: Random): number {
  const { low, high } = plan.ageRange;
  // Year groups between two ages: a 4–11 primary has seven (Reception to Year 6).
  const yearGroups = (from: number, to: number) => Math.max(0, Math.min(high, to) - Math.max(low, from));
  let places: number;
  switch (plan.school.phase) {
    case 'PRIMARY':
    case 'MIDDLE': {
      const classes = random.pick([0.5, 1, 1.5, 2, 3, 4], [8, 35, 15, 28, 12, 2]);
      places = 30 * classes * Math.max(1, yearGroups(4, 14));
      break;
    }
    case 'SECONDARY':
    case 'ALL_THROUGH': {
      const classes = random.int(4, 10);
      places =
        30 * classes * Math.max(1, yearGroups(11, 16)) +
        15 * classes * yearGroups(16, 18) +
        30 * random.int(1, 2) * yearGroups(4, 11);
      break;
    }
    case 'SIXTEEN_PLUS':
      places = random.int(150, 900);
      break;
    default:
      // Independent schools have no GIAS phase: size them by their age range.
      places = 20 * random.int(1, 3) * Math.max(1, high - low);
  }
  if (plan.sector === 'INDEPENDENT') places *= random.between(0.3, 0.8);
  return Math.max(10, Math.min(MAX_PLACES, Math.round(places)));
}

/**
 * Splits `total` over `n` schools at random (weights 0.4–1.6), each within [min, max], keeping
 * the sum at `total` (once clamped to what n schools can hold).
 */
export function allocate(total: number, n: number, min: number, max: number, random: Random): number[] {
  if (n === 0) return [];
  const goal = Math.round(Math.min(n * max, Math.max(n * min, total)));
  const weights = Array.from({ length: n }, () => random.between(0.4, 1.6));
  const fixed: (number | null)[] = Array.from({ length: n }, () => null);
  let shares: number[] = [];
  for (let pass = 0; pass < n + 1; pass++) {
    const open = fixed.map((f, i) => (f === null ? i : -1)).filter((i) => i >= 0);
    const left = goal - fixed.reduce<number>((sum, f) => sum + (f ?? 0), 0);
    const weight = open.reduce((sum, i) => sum + (weights[i] ?? 0), 0);
    shares = fixed.map((f, i) => f ?? (left * (weights[i] ?? 0)) / weight);
    let changed = false;
    for (const i of open) {
      const share = shares[i] ?? 0;
      if (share < min || share > max) {
        fixed[i] = share < min ? min : max;
        changed = true;
      }
    }
    if (!changed) break;
  }
  // Whole places, by largest remainder, so they still add up to the goal.
  const floors = shares.map((s) => Math.floor(s));
  let short = goal - floors.reduce((a, b) => a + b, 0);
  const byRemainder = shares
    .map((s, i) => ({ i, r: s - Math.floor(s) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (short <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    short--;
  }
  return floors;
}

/** `count` distinct needs: the first from the mix, the rest from its usual companions. */
export function designation(random: Random, mix: NeedCounts, count: number): NeedCode[] {
  const first = random.pick(NEED_CODES, mix);
  const chosen: NeedCode[] = [first];
  const companions = [...COMPANIONS[first]];
  while (chosen.length < count && companions.length > 0) {
    const next = random.pick(
      companions,
      companions.map((c) => weightOf(mix, c) + 1),
    );
    chosen.push(next);
    companions.splice(companions.indexOf(next), 1);
  }
  return chosen;
}

export function weightOf(mix: NeedCounts, need: NeedCode): number {
  return mix[NEED_CODES.indexOf(need)] ?? 0;
}

export function apProgrammeName(tiers: readonly ApTier[]): string {
  if (tiers.length === 2) return 'Assessment and transition placements';
  return tiers[0] === 'TIER_2' ? 'Time-limited assessment placements' : 'Transition placements';
}

export function nullPlacements(): LaCalibration['placements'] {
  return {
    mainstreamResourcedProvision: null,
    mainstreamSenUnit: null,
    specialLaMaintained: null,
    specialAcademyFree: null,
    specialIndependent: null,
    specialNonMaintained: null,
    alternativeProvision: null,
    furtherEducation: null,
    specialistPost16: null,
  };
}
