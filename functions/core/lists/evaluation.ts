import { distanceKm } from '../geo.js';
import type { AgeRange, ApTier, Provision, Setting } from '../model.js';
import { NEEDS, type NeedCode } from '../needs.js';
import { AP_TIER_TEXT, PLACEMENT_TYPE_WORDS } from '../words.js';
import { capacityStatus } from './capacity-status.js';
import type {
  EntryCapacity,
  ListRequest,
  MatchingWeights,
  NotListedReason,
  PlacementType,
  RangeKind,
  Reason,
} from './model.js';
import { isSpecialistProvision, rangeKindOf } from './range.js';

// One provision weighed against one request: the rules it breaks, the reasons it fits and their
// points. Pure, and the same for the same request, setting and time (matching.ts memoises it).

/** The placement type a provision offers, as an officer would name it. */
export function placementTypeOf(setting: Setting, provision: Provision): PlacementType {
  if (provision.kind === 'AP_PROGRAMME' || setting.kind === 'ALTERNATIVE_PROVISION')
    return 'ALTERNATIVE_PROVISION';
  if (provision.kind === 'RESOURCED_PROVISION' || provision.kind === 'SEN_UNIT')
    return 'RESOURCED_PROVISION_OR_UNIT';
  switch (setting.kind) {
    case 'MAINSTREAM':
      return 'MAINSTREAM';
    case 'SPECIAL':
    case 'INDEPENDENT_SPECIAL':
      return 'SPECIAL_SCHOOL';
    case 'FURTHER_EDUCATION':
    case 'SPECIAL_POST_16':
      return 'FURTHER_EDUCATION';
    case 'EARLY_YEARS':
      return 'EARLY_YEARS';
    default: {
      const unreachable: never = setting.kind;
      return unreachable;
    }
  }
}

/** A reason whose words are written only if it makes the list: most candidates never do. */
export interface DraftReason {
  code: Reason['code'];
  text: () => string;
  points: number;
}

/** The ages a provision takes: its own range, or its setting's. */
export function agesOf(setting: Pick<Setting, 'ageRange'>, provision: Pick<Provision, 'ageRange'>): AgeRange {
  return provision.ageRange ?? setting.ageRange;
}

export interface Evaluation {
  setting: Setting;
  provision: Provision;
  distanceKm: number;
  capacity: EntryCapacity;
  reasons: DraftReason[];
  /** Rules the pairing breaks, in the order they are checked. */
  failures: NotListedReason[];
  score: number;
  /** A specialist provision designated for the main need (it counts for reach). */
  servesMainNeed: boolean;
}

export interface MatchContext {
  request: ListRequest;
  weights: MatchingWeights;
  now: Date;
  capacityFreshDays: number;
  laNames: ReadonlyMap<string, string>;
}

export function rangeOf(e: Evaluation): RangeKind {
  return rangeKindOf(e.setting.sector, placementTypeOf(e.setting, e.provision));
}

/**
 * One provision against the request. `reached`: this is one of the nearest specialist provisions
 * for the main need, weighed whatever the travel distance.
 */
export function evaluate(
  setting: Setting,
  provision: Provision,
  context: MatchContext,
  reached: boolean,
): Evaluation {
  const { request, weights: w } = context;
  const failures: NotListedReason[] = [];
  const reasons: DraftReason[] = [];

  if (setting.status === 'CLOSED') failures.push('CLOSED');
  const distance = round1(distanceKm(request.home, setting.location));
  if (distance > request.maxTravelKm) {
    if (reached) {
      add(
        reasons,
        'SPECIALIST_REACH',
        () =>
          `Further than the ${request.maxTravelKm} km travel distance, but one of the nearest specialist settings in England for ${needText(request.primaryNeed)}.`,
      );
    } else failures.push('BEYOND_TRAVEL_DISTANCE');
  }
  if (
    setting.genderIntake !== 'MIXED' &&
    request.genderIntake !== null &&
    setting.genderIntake !== request.genderIntake
  ) {
    failures.push('GENDER_INTAKE');
  }
  if (request.boarding === 'RESIDENTIAL' && setting.boarding === 'DAY') failures.push('BOARDING');
  if (request.boarding === 'DAY' && setting.boarding === 'RESIDENTIAL') failures.push('BOARDING');

  const ages = agesOf(setting, provision);
  if (request.age < ages.low || request.age > ages.high) failures.push('OUT_OF_AGE_RANGE');
  else add(reasons, 'AGE_FITS', () => `Takes children aged ${ages.low} to ${ages.high}.`);

  const type = placementTypeOf(setting, provision);
  const preference = request.provisionPreference;
  const wantsType = preference?.types.includes(type) ?? false;
  // Alternative provision is offered only when the plan points to it; tier 1 is outreach, not a place.
  const apNotAskedFor = type === 'ALTERNATIVE_PROVISION' && !wantsType;
  const tierMissing =
    type === 'ALTERNATIVE_PROVISION' &&
    wantsType &&
    (preference?.apTiers.length ?? 0) > 0 &&
    !provision.apTiers.some((t) => preference?.apTiers.includes(t));
  const outreachOnly =
    provision.apTiers.length > 0 &&
    provision.apTiers.every((t) => t === 'TIER_1') &&
    !(preference?.apTiers.includes('TIER_1') ?? false);
  if (apNotAskedFor || tierMissing || outreachOnly || (preference?.required && !wantsType)) {
    failures.push('PROVISION_TYPE_NOT_WANTED');
  } else if (wantsType) {
    add(
      reasons,
      'PROVISION_TYPE',
      () => `${PLACEMENT_TYPE_WORDS[type]}: the kind of provision asked for.`,
      w.provisionType,
    );
    const tiers = provision.apTiers.filter((t) => preference?.apTiers.includes(t));
    if (tiers.length > 0)
      add(reasons, 'AP_TIER', () => `Offers ${tiers.map(tierText).join(' and ')}.`, w.apTier);
  }

  const designated = designationFit(setting, provision, type, request, w, reasons);
  if (!designated) failures.push('NOT_DESIGNATED_FOR_NEEDS');

  const capacity = capacityStatus(
    provision.capacity,
    context.now,
    context.capacityFreshDays,
    request.ncYear,
    provision.openConsultations ?? 0,
  );
  add(
    reasons,
    'DISTANCE',
    () => `About ${distance} km away in a straight line. The journey may be longer.`,
    distancePoints(distance, request, w),
  );
  add(reasons, 'VACANCIES', () => vacancyText(capacity), capacityPoints(capacity, w));

  if (
    request.religiousCharacter &&
    setting.religiousCharacter &&
    setting.religiousCharacter.toLowerCase() === request.religiousCharacter.toLowerCase()
  ) {
    const character = setting.religiousCharacter;
    add(reasons, 'RELIGIOUS_CHARACTER', () => `${character}, as the family prefers.`, w.religiousCharacter);
  }
  if (setting.section41Approved) {
    add(
      reasons,
      'SECTION_41',
      () =>
        'On the section 41 list. If it is asked for, the council must name it unless one of the legal exceptions applies.',
    );
  }
  if (setting.laCode !== request.laCode) {
    add(
      reasons,
      'OTHER_LA',
      () =>
        `In another council's area (${laNameOf(setting.laCode, context)}). A school or college in any council area can be asked for.`,
    );
  }

  const score = round1(reasons.reduce((sum, r) => sum + r.points, 0));
  const servesMainNeed =
    isSpecialistProvision(setting, provision) && provision.designation.includes(request.primaryNeed);
  return { setting, provision, distanceKm: distance, capacity, reasons, failures, score, servesMainNeed };
}

function laNameOf(code: string, context: MatchContext): string {
  return context.laNames.get(code) ?? `LA ${code}`;
}

// A function of the module, not a closure made per evaluation: a list makes thousands of evaluations.
function add(reasons: DraftReason[], code: Reason['code'], text: () => string, points = 0): void {
  reasons.push({ code, text, points });
}

function designationFit(
  setting: Setting,
  provision: Provision,
  type: PlacementType,
  request: ListRequest,
  w: MatchingWeights,
  reasons: DraftReason[],
): boolean {
  const designation = provision.designation;
  if (designation.length === 0) {
    if (type === 'MAINSTREAM' || type === 'FURTHER_EDUCATION' || type === 'EARLY_YEARS') {
      add(reasons, 'MAINSTREAM_PLACE', () => mainstreamText(setting, type), w.mainstreamPlace);
      return true;
    }
    // Incomplete data never counts against a setting: it scores as a mainstream place does.
    add(
      reasons,
      'DESIGNATION_NOT_RECORDED',
      () => 'Which needs this provision is for is not recorded. Ask the school or college.',
      w.designationNotRecorded,
    );
    return true;
  }
  let fits = false;
  if (designation.includes(request.primaryNeed)) {
    add(
      reasons,
      'PRIMARY_NEED',
      () => `Designated for ${needText(request.primaryNeed)}, the main need.`,
      w.primaryNeed,
    );
    fits = true;
  }
  const secondary = request.secondaryNeeds.filter((n) => designation.includes(n));
  if (secondary.length > 0) {
    add(
      reasons,
      'SECONDARY_NEED',
      () => `Also designated for ${secondary.map(needText).join(' and ')}.`,
      Math.min(w.secondaryNeedMax, secondary.length * w.secondaryNeed),
    );
    fits = true;
  }
  // A designated main roll of a mainstream school is still a mainstream place for any child.
  if (!fits && type === 'MAINSTREAM') {
    add(reasons, 'MAINSTREAM_PLACE', () => mainstreamText(setting, type), w.mainstreamPlace);
    return true;
  }
  return fits;
}

/** A place open to any child. A fee-paying independent school is not a mainstream school in law (s.83). */
function mainstreamText(setting: Setting, type: PlacementType): string {
  if (setting.sector === 'INDEPENDENT')
    return 'A place at an independent school, which is not a state school.';
  return type === 'MAINSTREAM'
    ? 'A mainstream school place.'
    : `${PLACEMENT_TYPE_WORDS[type]} open to students with SEND.`;
}

/** What distance adds to a score; `distance` is in km, rounded to 0.1 as lists show it. */
export function distancePoints(distance: number, request: ListRequest, w: MatchingWeights): number {
  if (request.maxTravelKm <= 0) return 0;
  return round1(w.distance * Math.max(0, 1 - distance / request.maxTravelKm));
}

/** What capacity adds: nothing unless the officer prefers available places (weightsFor). */
function capacityPoints(capacity: EntryCapacity, w: MatchingWeights): number {
  switch (capacity.status) {
    case 'AVAILABLE':
      return w.available;
    case 'LIMITED':
      return w.limited;
    case 'UNCONFIRMED':
      return w.unconfirmed;
    case 'FULL':
      return 0;
  }
}

function vacancyText(c: EntryCapacity): string {
  const when = c.lastConfirmedAt ? ` on ${formatDate(c.lastConfirmedAt)}` : '';
  const free = c.vacanciesInYear ?? c.vacancies;
  const inYear = c.vacanciesInYear !== null ? ' in this year group' : '';
  switch (c.status) {
    case 'AVAILABLE':
      return `${free} places free${inYear} when last confirmed${when}.`;
    case 'LIMITED':
      return `${free} ${free === 1 ? 'place' : 'places'} free${inYear} when last confirmed${when}, with ${c.pendingConsultations} requests from councils under way.`;
    case 'FULL':
      return `Full${inYear} when last confirmed${when}. It can still be asked for.`;
    case 'UNCONFIRMED':
      return c.lastConfirmedAt
        ? `Places not confirmed recently (last figures${when}). Ask the school or college.`
        : 'No figures for places yet. Ask the school or college.';
  }
}

function tierText(tier: string): string {
  return AP_TIER_TEXT[tier as ApTier] ?? tier;
}

export function needText(code: NeedCode): string {
  return `${NEEDS[code].name.toLowerCase()} (${code})`;
}

// Formatters are costly to create: made once.
const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
});

function formatDate(iso: string): string {
  return longDate.format(new Date(iso));
}

export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
