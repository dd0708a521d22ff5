import { distanceKm } from '../geo.js';
import type { AgeRange, Provision, Setting } from '../model.js';
import { NEEDS, type NeedCode } from '../needs.js';
import { capacityStatus } from './capacity-status.js';
import type {
  Caution,
  CautionCode,
  EntryCapacity,
  ListEntry,
  ListRequest,
  MatchingWeights,
  MatchResult,
  NotListedReason,
  PlacementType,
  Reason,
} from './model.js';
import { NOT_LISTED_REASONS } from './model.js';

/** Bump when the rules or weights change, so a stored list can be explained by the rules it was made with. */
export const MATCHING_VERSION = '1.0.0';

// Never a cost factor: OpenPlace does not know, and does not rank by, what a place costs.
export const DEFAULT_WEIGHTS: MatchingWeights = {
  primaryNeed: 40,
  secondaryNeed: 10,
  secondaryNeedMax: 20,
  mainstreamPlace: 15,
  designationNotRecorded: 5,
  provisionType: 15,
  apTier: 10,
  distance: 20,
  available: 10,
  limited: 5,
  unconfirmed: 3,
  religiousCharacter: 5,
};

export interface MatchInput {
  request: ListRequest;
  /** Every setting read from the area within reach. */
  candidates: readonly Setting[];
  /** The settings the family named, wherever they are. */
  familyNamed: readonly Setting[];
  now: Date;
  weights?: MatchingWeights;
  capacityFreshDays: number;
}

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
interface DraftReason {
  code: Reason['code'];
  text: () => string;
  points: number;
}

/** The ages a provision takes: its own range, or its setting's. */
export function agesOf(setting: Pick<Setting, 'ageRange'>, provision: Pick<Provision, 'ageRange'>): AgeRange {
  return provision.ageRange ?? setting.ageRange;
}

interface Evaluation {
  setting: Setting;
  provision: Provision;
  distanceKm: number;
  capacity: EntryCapacity;
  reasons: DraftReason[];
  /** Rules the pairing breaks, in the order they are checked. */
  failures: NotListedReason[];
  score: number;
}

/**
 * Builds the advisory list: every candidate is evaluated against the child's needs, age and the
 * family's circumstances; the best-fitting provision of each setting competes on score; ties
 * break by distance, then name, then id, so the same data always gives the same list. The
 * family's own settings come first and are never dropped, whatever they score.
 */
export function matchSettings(input: MatchInput): MatchResult {
  const weights = input.weights ?? DEFAULT_WEIGHTS;
  const familyIds = new Set(input.request.familyNamedSettingIds);
  const notListed = new Map<NotListedReason, number>();
  const count = (reason: NotListedReason) => notListed.set(reason, (notListed.get(reason) ?? 0) + 1);

  const fits: Evaluation[] = [];
  let considered = 0;
  for (const setting of input.candidates) {
    if (familyIds.has(setting.id)) continue;
    considered++;
    const best = bestProvision(setting, input, weights);
    const failure = best.failures[0];
    if (failure) count(failure);
    else fits.push(best);
  }
  fits.sort(byRank);
  const suggested = fits.slice(0, input.request.maxEntries);
  const lowerRanked = fits.length - suggested.length;
  if (lowerRanked > 0) notListed.set('LOWER_RANKED', lowerRanked);

  const byId = new Map(input.familyNamed.map((s) => [s.id, s]));
  const family = input.request.familyNamedSettingIds.flatMap((id) => {
    const setting = byId.get(id);
    return setting ? [bestProvision(setting, input, weights)] : [];
  });

  const entries: ListEntry[] = [
    ...family.map((e) => toEntry(e, true, input.request, weights)),
    ...suggested.map((e) => toEntry(e, false, input.request, weights)),
  ].map((entry, index) => ({ ...entry, rank: index + 1 }));

  return {
    entries,
    consideredNotListed: [...notListed.entries()].map(([reason, n]) => ({ reason, count: n })),
    consideredCount: considered,
  };
}

function byRank(a: Evaluation, b: Evaluation): number {
  return (
    b.score - a.score ||
    a.distanceKm - b.distanceKm ||
    byName.compare(a.setting.name, b.setting.name) ||
    (a.setting.id < b.setting.id ? -1 : a.setting.id > b.setting.id ? 1 : 0)
  );
}

/** The setting's best-fitting provision; if none fits, the one that came closest. */
function bestProvision(setting: Setting, input: MatchInput, weights: MatchingWeights): Evaluation {
  const evaluations = setting.provisions.map((p) => evaluate(setting, p, input, weights));
  return evaluations.reduce((best, e) => {
    const byFit = best.failures.length - e.failures.length;
    if (byFit !== 0) return byFit > 0 ? e : best;
    const bestMiss = failureDepth(best.failures[0]);
    const miss = failureDepth(e.failures[0]);
    if (bestMiss !== miss) return miss > bestMiss ? e : best;
    return e.score > best.score ? e : best;
  });
}

// The rules in the order they are checked (the model lists them so); LOWER_RANKED is no rule.
const FAILURE_ORDER: readonly NotListedReason[] = NOT_LISTED_REASONS.filter((r) => r !== 'LOWER_RANKED');

function failureDepth(reason: NotListedReason | undefined): number {
  return reason === undefined ? FAILURE_ORDER.length : FAILURE_ORDER.indexOf(reason);
}

function evaluate(setting: Setting, provision: Provision, input: MatchInput, w: MatchingWeights): Evaluation {
  const { request } = input;
  const failures: NotListedReason[] = [];
  const reasons: DraftReason[] = [];
  const add: AddReason = (code, text, points = 0) => reasons.push({ code, text, points });

  if (setting.status === 'CLOSED') failures.push('CLOSED');
  const distance = round1(distanceKm(request.home, setting.location));
  if (distance > request.maxTravelKm) failures.push('BEYOND_TRAVEL_DISTANCE');
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
  else add('AGE_FITS', () => `Takes children aged ${ages.low} to ${ages.high}.`);

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
      'PROVISION_TYPE',
      () => `${PLACEMENT_TYPE_TEXT[type]}: the kind of provision asked for.`,
      w.provisionType,
    );
    const tiers = provision.apTiers.filter((t) => preference?.apTiers.includes(t));
    if (tiers.length > 0) add('AP_TIER', () => `Offers ${tiers.map(tierText).join(' and ')}.`, w.apTier);
  }

  const designated = designationFit(provision, type, request, w, add);
  if (!designated) failures.push('NOT_DESIGNATED_FOR_NEEDS');

  const capacity = capacityStatus(provision.capacity, input.now, input.capacityFreshDays, request.ncYear);
  add(
    'DISTANCE',
    () => `About ${distance} km away in a straight line. The journey may be longer.`,
    distancePoints(distance, request, w),
  );
  add('VACANCIES', () => vacancyText(capacity), capacityPoints(capacity, w));

  if (
    request.religiousCharacter &&
    setting.religiousCharacter &&
    setting.religiousCharacter.toLowerCase() === request.religiousCharacter.toLowerCase()
  ) {
    const character = setting.religiousCharacter;
    add('RELIGIOUS_CHARACTER', () => `${character}, as the family prefers.`, w.religiousCharacter);
  }
  if (setting.section41Approved) {
    add(
      'SECTION_41',
      () =>
        'On the section 41 list: if it is asked for, the council must consider it as it would a state school.',
    );
  }
  if (setting.laCode !== request.laCode) {
    add(
      'OTHER_LA',
      () => `In another council's area (LA ${setting.laCode}). Settings anywhere can be asked for.`,
    );
  }

  const score = round1(reasons.reduce((sum, r) => sum + r.points, 0));
  return { setting, provision, distanceKm: distance, capacity, reasons, failures, score };
}

type AddReason = (code: Reason['code'], text: () => string, points?: number) => void;

function designationFit(
  provision: Provision,
  type: PlacementType,
  request: ListRequest,
  w: MatchingWeights,
  add: AddReason,
): boolean {
  const designation = provision.designation;
  if (designation.length === 0) {
    if (type === 'MAINSTREAM' || type === 'FURTHER_EDUCATION' || type === 'EARLY_YEARS') {
      add(
        'MAINSTREAM_PLACE',
        () =>
          type === 'MAINSTREAM'
            ? 'A mainstream school. Children with EHC plans are educated in mainstream schools unless the family does not want this or it would not work for other children.'
            : `${PLACEMENT_TYPE_TEXT[type]} open to students with SEND.`,
        w.mainstreamPlace,
      );
      return true;
    }
    add(
      'DESIGNATION_NOT_RECORDED',
      () => 'Which needs this provision is for is not recorded. Ask the setting.',
      w.designationNotRecorded,
    );
    return true;
  }
  let fits = false;
  if (designation.includes(request.primaryNeed)) {
    add(
      'PRIMARY_NEED',
      () => `Designated for ${needText(request.primaryNeed)}, the main need.`,
      w.primaryNeed,
    );
    fits = true;
  }
  const secondary = request.secondaryNeeds.filter((n) => designation.includes(n));
  if (secondary.length > 0) {
    add(
      'SECONDARY_NEED',
      () => `Also designated for ${secondary.map(needText).join(' and ')}.`,
      Math.min(w.secondaryNeedMax, secondary.length * w.secondaryNeed),
    );
    fits = true;
  }
  // A designated main roll of a mainstream school is still a mainstream place for any child.
  if (!fits && type === 'MAINSTREAM') {
    add('MAINSTREAM_PLACE', () => 'A mainstream school place.', w.mainstreamPlace);
    return true;
  }
  return fits;
}

function toEntry(e: Evaluation, familyChoice: boolean, request: ListRequest, _w: MatchingWeights): ListEntry {
  const written = e.reasons.map((r) => ({ code: r.code, text: r.text(), points: r.points }));
  const reasons: Reason[] = familyChoice
    ? [{ code: 'FAMILY_CHOICE', text: 'The family asked for this setting.', points: 0 }, ...written]
    : written;
  const cautions: Caution[] = familyChoice ? e.failures.map((f) => caution(f, e, request)) : [];
  if (familyChoice && e.setting.status === 'PROPOSED_TO_CLOSE') {
    cautions.push({ code: 'PROPOSED_TO_CLOSE', text: 'This setting is open, but proposed to close.' });
  }
  return {
    rank: 0,
    familyChoice,
    setting: {
      id: e.setting.id,
      urn: e.setting.urn,
      name: e.setting.name,
      kind: e.setting.kind,
      sector: e.setting.sector,
      section41Approved: e.setting.section41Approved,
      ageRange: e.setting.ageRange,
      laCode: e.setting.laCode,
      town: e.setting.address.town,
      postcode: e.setting.address.postcode,
      location: e.setting.location,
    },
    provision: {
      id: e.provision.id,
      kind: e.provision.kind,
      name: e.provision.name,
      designation: e.provision.designation,
      apTiers: e.provision.apTiers,
      placementType: placementTypeOf(e.setting, e.provision),
    },
    distanceKm: e.distanceKm,
    capacity: e.capacity,
    reasons,
    cautions,
    score: e.score,
  };
}

function caution(reason: NotListedReason, e: Evaluation, request: ListRequest): Caution {
  const ages = agesOf(e.setting, e.provision);
  const texts: Record<Exclude<NotListedReason, 'LOWER_RANKED'>, string> = {
    CLOSED: 'This setting is closed.',
    BEYOND_TRAVEL_DISTANCE: `Further than ${request.maxTravelKm} km, the travel distance given.`,
    GENDER_INTAKE: `Takes ${e.setting.genderIntake === 'BOYS' ? 'boys' : 'girls'} only.`,
    BOARDING:
      e.setting.boarding === 'DAY' ? 'A day setting: it does not offer boarding.' : 'A residential setting.',
    OUT_OF_AGE_RANGE: `Takes children aged ${ages.low} to ${ages.high}.`,
    PROVISION_TYPE_NOT_WANTED: 'Not the kind of provision the plan points to.',
    NOT_DESIGNATED_FOR_NEEDS: `Not designated for ${[request.primaryNeed, ...request.secondaryNeeds].map(needText).join(' or ')}.`,
  };
  return { code: reason as CautionCode, text: reason === 'LOWER_RANKED' ? '' : texts[reason] };
}

/** What distance adds to a score; `distance` is in km, rounded to 0.1 as lists show it. */
export function distancePoints(distance: number, request: ListRequest, w: MatchingWeights): number {
  if (request.maxTravelKm <= 0) return 0;
  return round1(w.distance * Math.max(0, 1 - distance / request.maxTravelKm));
}

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
        ? `Places not confirmed recently (last figures${when}). Ask the setting.`
        : 'No figures for places yet. Ask the setting.';
  }
}

const PLACEMENT_TYPE_TEXT: Record<PlacementType, string> = {
  MAINSTREAM: 'A mainstream school',
  RESOURCED_PROVISION_OR_UNIT: 'A resourced provision or SEN unit in a mainstream school',
  SPECIAL_SCHOOL: 'A special school',
  ALTERNATIVE_PROVISION: 'Alternative provision',
  FURTHER_EDUCATION: 'A further-education college or post-16 provision',
  EARLY_YEARS: 'An early-years setting',
};

function tierText(tier: string): string {
  return (
    {
      TIER_1: 'tier 1 (support in mainstream)',
      TIER_2: 'tier 2 (time-limited placements)',
      TIER_3: 'tier 3 (transition placements)',
    }[tier] ?? tier
  );
}

function needText(code: NeedCode): string {
  return `${NEEDS[code].name.toLowerCase()} (${code})`;
}

// Formatters are costly to create: one each, made once.
const byName = new Intl.Collator('en-GB');
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
