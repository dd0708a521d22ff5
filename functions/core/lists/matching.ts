import { distanceKm } from '../geo.js';
import type { AgeRange, ApTier, Provision, Setting } from '../model.js';
import { NEEDS, type NeedCode } from '../needs.js';
import { AP_TIER_TEXT, PLACEMENT_TYPE_WORDS } from '../words.js';
import { capacityStatus } from './capacity-status.js';
import { cautionRouteText, legalRouteOf } from './legal-route.js';
import type {
  Caution,
  CautionCode,
  EntryCapacity,
  FamilyChoice,
  ListEntry,
  ListRequest,
  MatchingWeights,
  MatchResult,
  NotListedReason,
  NotListedSetting,
  PlacementType,
  RangeKind,
  Reason,
} from './model.js';
import { NOT_LISTED_REASONS, RANGE_KINDS } from './model.js';
import { isSpecialistProvision, RANGE_KIND_TEXT, rangeKindOf, rangeNote } from './range.js';

/** Bump when the rules or weights change, so a stored list can be explained by the rules it was made with. */
export const MATCHING_VERSION = '2.0.0';

// Never a cost factor: OpenPlace does not know, and does not rank by, what a place costs.
// Capacity is a fact to show, not a reason to rank: its weights apply only when the officer asks
// to prefer available places (weightsFor). A provision whose designation is not recorded scores
// as a mainstream place does, so incomplete data never counts against a setting.
export const DEFAULT_WEIGHTS: MatchingWeights = {
  primaryNeed: 40,
  secondaryNeed: 10,
  secondaryNeedMax: 20,
  mainstreamPlace: 15,
  designationNotRecorded: 15,
  provisionType: 15,
  apTier: 10,
  distance: 20,
  available: 10,
  limited: 5,
  unconfirmed: 3,
  religiousCharacter: 5,
};

/** The weights a request is scored with: capacity adds nothing unless the officer prefers available places. */
export function weightsFor(request: Pick<ListRequest, 'preferAvailablePlaces'>): MatchingWeights {
  return request.preferAvailablePlaces
    ? DEFAULT_WEIGHTS
    : { ...DEFAULT_WEIGHTS, available: 0, limited: 0, unconfirmed: 0 };
}

/**
 * How many of the nearest specialist provisions for the main need every list weighs, wherever
 * they are in England: low-incidence provision is regional or national (BRIEF "Low-incidence needs").
 */
export const SPECIALIST_REACH = { nearest: 3, nearestResidential: 5 } as const;

export function specialistReachCount(request: Pick<ListRequest, 'boarding'>): number {
  return request.boarding === 'RESIDENTIAL' ? SPECIALIST_REACH.nearestResidential : SPECIALIST_REACH.nearest;
}

/** A family choice to show: on the register (with the setting as read now) or off it. */
export interface ChoiceToMatch {
  choice: FamilyChoice;
  setting: Setting | null;
}

export interface MatchInput {
  request: ListRequest;
  /**
   * Every setting read: specialist ones within reach, plain mainstream ones as far as the search
   * went, and the nearest specialist provisions for the main need beyond reach.
   */
  candidates: readonly Setting[];
  /** The case's current family choices, in their order. */
  choices: readonly ChoiceToMatch[];
  now: Date;
  capacityFreshDays: number;
  /** LA names by code, for reasons families read; a code is shown when its name is unknown. */
  laNames?: ReadonlyMap<string, string>;
  /**
   * Evaluations already made for this request, by setting: a search that matches again after
   * reading further reuses them (they depend only on the request, the setting and the time).
   */
  memo?: EvaluationMemo;
}

/** Opaque to callers: a cache of one request's evaluations, made by `newEvaluationMemo`. */
export type EvaluationMemo = WeakMap<Setting, readonly Evaluation[]>;

export function newEvaluationMemo(): EvaluationMemo {
  return new WeakMap();
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
  /** A specialist provision designated for the main need (it counts for reach). */
  servesMainNeed: boolean;
}

interface Context {
  request: ListRequest;
  weights: MatchingWeights;
  now: Date;
  capacityFreshDays: number;
  laNames: ReadonlyMap<string, string>;
}

/**
 * Builds the advisory list. Every candidate is evaluated against the child's needs, age and the
 * family's circumstances; the best-fitting provision of each setting competes on score (never
 * cost; capacity only when the officer prefers available places). Ties break by distance, then
 * name, then id, so the same data always gives the same list.
 *
 * Fair by construction:
 * - reach follows the need: the nearest specialist provisions designated for the main need that
 *   take the child's age are weighed however far away they are, and the nearest is always listed;
 * - the range: the best fit of each kind of setting gets a place, up to half the list;
 * - the family's own choices come first and are never dropped, whatever they score.
 */
export function matchSettings(input: MatchInput): MatchResult {
  const { request } = input;
  const context: Context = {
    request,
    weights: weightsFor(request),
    now: input.now,
    capacityFreshDays: input.capacityFreshDays,
    laNames: input.laNames ?? new Map(),
  };
  const familyIds = new Set(input.choices.flatMap((c) => (c.setting ? [c.setting.id] : [])));
  const seen = new Set<string>();
  const weighed: Evaluation[][] = [];
  for (const setting of input.candidates) {
    if (familyIds.has(setting.id) || seen.has(setting.id)) continue;
    seen.add(setting.id);
    let evaluations = input.memo?.get(setting);
    if (!evaluations) {
      evaluations = setting.provisions.map((p) => evaluate(setting, p, context, false));
      input.memo?.set(setting, evaluations);
    }
    // A copy: reach may replace an evaluation in it, and the memo keeps the plain one.
    weighed.push([...evaluations]);
  }

  // Reach: the nearest specialist provisions for the main need that break no rule but distance.
  const reach = weighed
    .flatMap((evaluations) => {
      const serving = evaluations.filter(
        (e) => e.servesMainNeed && e.failures.every((f) => f === 'BEYOND_TRAVEL_DISTANCE'),
      );
      return serving.length > 0 ? [{ evaluations, nearest: serving[0] as Evaluation }] : [];
    })
    .sort((a, b) => a.nearest.distanceKm - b.nearest.distanceKm || byId(a.nearest, b.nearest))
    .slice(0, specialistReachCount(request));
  for (const { evaluations } of reach) {
    evaluations.forEach((e, i) => {
      if (e.servesMainNeed) evaluations[i] = evaluate(e.setting, e.provision, context, true);
    });
  }
  const nearestSpecialist = reach[0] ? bestOf(reach[0].evaluations) : null;

  const best = weighed.map(bestOf);
  const notListed = new Map<NotListedReason, number>();
  const count = (reason: NotListedReason) => notListed.set(reason, (notListed.get(reason) ?? 0) + 1);
  const fits: Evaluation[] = [];
  for (const e of best) {
    const failure = e.failures[0];
    if (failure) count(failure);
    else fits.push(e);
  }
  fits.sort(byRank);

  const { selected, byRange } = selectSuggestions(fits, nearestSpecialist, request.maxEntries);
  const lowerRanked = fits.filter((e) => !selected.has(e));
  if (lowerRanked.length > 0) notListed.set('LOWER_RANKED', lowerRanked.length);
  const suggested = fits.filter((e) => selected.has(e));

  const family = input.choices.flatMap(({ setting }) => {
    if (!setting) return [];
    return [bestOf(setting.provisions.map((p) => evaluate(setting, p, context, false)))];
  });
  const entries: ListEntry[] = [
    ...family.map((e) => toEntry(e, { familyChoice: true }, context)),
    ...suggested.map((e) =>
      toEntry(e, { familyChoice: false, nearest: e === nearestSpecialist, range: byRange.has(e) }, context),
    ),
  ].map((entry, index) => ({ ...entry, rank: index + 1 }));

  return {
    entries,
    consideredNotListed: NOT_LISTED_REASONS.flatMap((reason) => {
      const n = notListed.get(reason);
      return n ? [{ reason, count: n }] : [];
    }),
    consideredCount: weighed.length,
    notListedSettings: notListedSettings(best, selected),
    rangeNote: rangeNote(RANGE_KINDS.filter((k) => suggested.some((e) => rangeOf(e) === k))),
  };
}

/** How many places on a list are kept for the range: up to half, rounded up. */
export function rangeSlots(maxEntries: number): number {
  return Math.ceil(maxEntries / 2);
}

/**
 * The suggestions: the nearest specialist provision for the main need; then a place for the best
 * fit of each kind of setting, in the order of their scores, up to half the list; then the rest
 * by score. `byRange` holds those that are there only for the range (not in the top by score).
 */
function selectSuggestions(
  fits: readonly Evaluation[],
  nearestSpecialist: Evaluation | null,
  maxEntries: number,
): { selected: Set<Evaluation>; byRange: Set<Evaluation> } {
  const selected = new Set<Evaluation>();
  const kinds = new Set<RangeKind>();
  const take = (e: Evaluation) => {
    selected.add(e);
    kinds.add(rangeOf(e));
  };
  if (nearestSpecialist && maxEntries > 0 && fits.includes(nearestSpecialist)) take(nearestSpecialist);
  const slots = rangeSlots(maxEntries);
  for (const e of fits) {
    if (selected.size >= slots) break;
    if (!kinds.has(rangeOf(e))) take(e);
  }
  const byScore = new Set(fits.slice(0, maxEntries));
  const byRange = new Set([...selected].filter((e) => !byScore.has(e)));
  for (const e of fits) {
    if (selected.size >= maxEntries) break;
    selected.add(e);
  }
  return { selected, byRange };
}

function rangeOf(e: Evaluation): RangeKind {
  return rangeKindOf(e.setting.sector, placementTypeOf(e.setting, e.provision));
}

/** How many mainstream schools read below the cut-off the record names. */
export const NOT_LISTED_MAINSTREAM = 3;

/** Every specialist setting weighed and left off, and the best mainstream ones below the cut-off. */
function notListedSettings(
  best: readonly Evaluation[],
  selected: ReadonlySet<Evaluation>,
): NotListedSetting[] {
  const left = best.filter((e) => !selected.has(e));
  const specialist = left.filter((e) => isSpecialistSetting(e.setting));
  const mainstream = left
    .filter((e) => !isSpecialistSetting(e.setting) && e.failures.length === 0)
    .sort(byRank)
    .slice(0, NOT_LISTED_MAINSTREAM);
  return [...specialist.sort(byDistance), ...mainstream].map((e) => ({
    settingId: e.setting.id,
    name: e.setting.name,
    kind: e.setting.kind,
    sector: e.setting.sector,
    laCode: e.setting.laCode,
    town: e.setting.address.town,
    rangeKind: rangeOf(e),
    distanceKm: e.distanceKm,
    reason: e.failures[0] ?? 'LOWER_RANKED',
    specialist: isSpecialistSetting(e.setting),
  }));
}

/** A setting with specialist or alternative provision: the record names every one weighed. */
function isSpecialistSetting(setting: Setting): boolean {
  return setting.provisions.some((p) => isSpecialistProvision(setting, p) || p.kind === 'AP_PROGRAMME');
}

function byRank(a: Evaluation, b: Evaluation): number {
  return b.score - a.score || byDistance(a, b);
}

function byDistance(a: Evaluation, b: Evaluation): number {
  return a.distanceKm - b.distanceKm || byName.compare(a.setting.name, b.setting.name) || byId(a, b);
}

function byId(a: Evaluation, b: Evaluation): number {
  return a.setting.id < b.setting.id ? -1 : a.setting.id > b.setting.id ? 1 : 0;
}

/** The setting's best-fitting provision; if none fits, the one that came closest. */
function bestOf(evaluations: readonly Evaluation[]): Evaluation {
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

/**
 * One provision against the request. `reached`: this is one of the nearest specialist provisions
 * for the main need, weighed whatever the travel distance.
 */
function evaluate(setting: Setting, provision: Provision, context: Context, reached: boolean): Evaluation {
  const { request, weights: w } = context;
  const failures: NotListedReason[] = [];
  const reasons: DraftReason[] = [];
  const add: AddReason = (code, text, points = 0) => reasons.push({ code, text, points });

  if (setting.status === 'CLOSED') failures.push('CLOSED');
  const distance = round1(distanceKm(request.home, setting.location));
  if (distance > request.maxTravelKm) {
    if (reached) {
      add(
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
      () => `${PLACEMENT_TYPE_WORDS[type]}: the kind of provision asked for.`,
      w.provisionType,
    );
    const tiers = provision.apTiers.filter((t) => preference?.apTiers.includes(t));
    if (tiers.length > 0) add('AP_TIER', () => `Offers ${tiers.map(tierText).join(' and ')}.`, w.apTier);
  }

  const designated = designationFit(setting, provision, type, request, w, add);
  if (!designated) failures.push('NOT_DESIGNATED_FOR_NEEDS');

  const capacity = capacityStatus(
    provision.capacity,
    context.now,
    context.capacityFreshDays,
    request.ncYear,
    provision.openConsultations ?? 0,
  );
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
        'On the section 41 list. If it is asked for, the council must name it unless one of the legal exceptions applies.',
    );
  }
  if (setting.laCode !== request.laCode) {
    add(
      'OTHER_LA',
      () =>
        `In another council's area (${laNameOf(setting.laCode, context)}). Settings anywhere can be asked for.`,
    );
  }

  const score = round1(reasons.reduce((sum, r) => sum + r.points, 0));
  const servesMainNeed =
    isSpecialistProvision(setting, provision) && provision.designation.includes(request.primaryNeed);
  return { setting, provision, distanceKm: distance, capacity, reasons, failures, score, servesMainNeed };
}

function laNameOf(code: string, context: Context): string {
  return context.laNames.get(code) ?? `LA ${code}`;
}

type AddReason = (code: Reason['code'], text: () => string, points?: number) => void;

function designationFit(
  setting: Setting,
  provision: Provision,
  type: PlacementType,
  request: ListRequest,
  w: MatchingWeights,
  add: AddReason,
): boolean {
  const designation = provision.designation;
  if (designation.length === 0) {
    if (type === 'MAINSTREAM' || type === 'FURTHER_EDUCATION' || type === 'EARLY_YEARS') {
      add('MAINSTREAM_PLACE', () => mainstreamText(setting, type), w.mainstreamPlace);
      return true;
    }
    // Incomplete data never counts against a setting: it scores as a mainstream place does.
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
    add('MAINSTREAM_PLACE', () => mainstreamText(setting, type), w.mainstreamPlace);
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

interface EntryRole {
  familyChoice: boolean;
  /** The nearest specialist provision for the main need. */
  nearest?: boolean;
  /** On the list for the range, not by score alone. */
  range?: boolean;
}

function toEntry(e: Evaluation, role: EntryRole, context: Context): ListEntry {
  const { request } = context;
  const written = e.reasons.map((r) => ({ code: r.code, text: r.text(), points: r.points }));
  const range = rangeOf(e);
  const reasons: Reason[] = [
    ...(role.familyChoice
      ? [{ code: 'FAMILY_CHOICE' as const, text: 'The family asked for this setting.', points: 0 }]
      : []),
    ...(role.nearest
      ? [
          {
            code: 'NEAREST_SPECIALIST' as const,
            text: `The nearest specialist setting for ${needText(request.primaryNeed)} that takes children of this age.`,
            points: 0,
          },
        ]
      : []),
    ...(role.range && !role.nearest
      ? [
          {
            code: 'RANGE' as const,
            text: `The best fit among ${RANGE_KIND_TEXT[range]}: the list shows the range of settings.`,
            points: 0,
          },
        ]
      : []),
    ...written,
  ];
  const cautions: Caution[] = role.familyChoice ? familyCautions(e, request) : [];
  return {
    rank: 0,
    familyChoice: role.familyChoice,
    setting: {
      id: e.setting.id,
      urn: e.setting.urn,
      name: e.setting.name,
      kind: e.setting.kind,
      sector: e.setting.sector,
      section41Approved: e.setting.section41Approved,
      establishmentType: e.setting.establishmentType ?? null,
      ageRange: e.setting.ageRange,
      laCode: e.setting.laCode,
      laName: context.laNames.get(e.setting.laCode) ?? null,
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
    rangeKind: range,
    legalRoute: legalRouteOf(e.setting),
    distanceKm: e.distanceKm,
    capacity: e.capacity,
    reasons,
    cautions,
    score: e.score,
  };
}

/**
 * Facts about a family's own choice that make it an unusual fit: shown beside it, never used to
 * drop it. None says the council may refuse: some add that the fact does not decide the matter,
 * the rest point to the council or SENDIASS.
 */
function familyCautions(e: Evaluation, request: ListRequest): Caution[] {
  const cautions = e.failures.flatMap((f) => (f === 'LOWER_RANKED' ? [] : [caution(f, e, request)]));
  if (e.setting.status === 'PROPOSED_TO_CLOSE') cautions.push(caution('PROPOSED_TO_CLOSE', e, request));
  if (e.capacity.status === 'FULL') cautions.push(caution('FULL', e, request));
  return cautions;
}

const ASK = 'Ask the council or your SENDIASS.';

function caution(code: CautionCode, e: Evaluation, request: ListRequest): Caution {
  const ages = agesOf(e.setting, e.provision);
  // What the council must do next depends on the law for this kind of setting (s.39 or s.9).
  const route = legalRouteOf(e.setting);
  const notDecisive = cautionRouteText(route);
  const needs = [request.primaryNeed, ...request.secondaryNeeds].map(needText).join(' or ');
  const texts: Record<CautionCode, string> = {
    CLOSED: `This setting is closed. ${ASK}`,
    PROPOSED_TO_CLOSE: `This setting is open, but proposed to close. ${ASK}`,
    OUT_OF_AGE_RANGE: `It takes children aged ${ages.low} to ${ages.high}. ${ASK}`,
    BEYOND_TRAVEL_DISTANCE: `It is further than ${request.maxTravelKm} km, the travel distance given. ${notDecisive}`,
    NOT_DESIGNATED_FOR_NEEDS: `It is not designated for ${needs}. ${notDecisive}`,
    GENDER_INTAKE: `It takes ${e.setting.genderIntake === 'BOYS' ? 'boys' : 'girls'} only. ${ASK}`,
    BOARDING: `${e.setting.boarding === 'DAY' ? 'It is a day setting: it does not offer boarding.' : 'It is a residential setting.'} ${ASK}`,
    PROVISION_TYPE_NOT_WANTED: `It is not the kind of provision the plan points to. ${ASK}`,
    FULL: `It was full when last confirmed. ${cautionRouteText(route, true)}`,
  };
  return { code, text: texts[code] };
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
        ? `Places not confirmed recently (last figures${when}). Ask the setting.`
        : 'No figures for places yet. Ask the setting.';
  }
}

function tierText(tier: string): string {
  return AP_TIER_TEXT[tier as ApTier] ?? tier;
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
