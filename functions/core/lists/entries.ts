import {
  agesOf,
  type Evaluation,
  type MatchContext,
  needText,
  placementTypeOf,
  rangeOf,
} from './evaluation.js';
import { cautionRouteText, legalRouteOf } from './legal-route.js';
import type { Caution, CautionCode, ListEntry, ListRequest, Reason } from './model.js';
import { RANGE_KIND_TEXT } from './range.js';

// A weighed provision as the list shows it: its reasons in words, and for a family's own choice
// the facts that make it an unusual fit (shown beside it, never used to drop it).

export interface EntryRole {
  familyChoice: boolean;
  /** The nearest specialist provision for the main need. */
  nearest?: boolean;
  /** On the list for the range, not by score alone. */
  range?: boolean;
}

export function toEntry(e: Evaluation, role: EntryRole, context: MatchContext): ListEntry {
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
            text: `The best fit among ${RANGE_KIND_TEXT[range]}: the list shows the range of schools and colleges.`,
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
    CLOSED: `This school or college is closed. ${ASK}`,
    PROPOSED_TO_CLOSE: `This school or college is open, but proposed to close. ${ASK}`,
    OUT_OF_AGE_RANGE: `It takes children aged ${ages.low} to ${ages.high}. ${ASK}`,
    BEYOND_TRAVEL_DISTANCE: `It is further than ${request.maxTravelKm} km, the travel distance given. ${notDecisive}`,
    NOT_DESIGNATED_FOR_NEEDS: `It is not designated for ${needs}. ${notDecisive}`,
    GENDER_INTAKE: `It takes ${e.setting.genderIntake === 'BOYS' ? 'boys' : 'girls'} only. ${ASK}`,
    BOARDING: `${e.setting.boarding === 'DAY' ? 'It is a day school or college: it does not offer boarding.' : 'It offers residential places.'} ${ASK}`,
    PROVISION_TYPE_NOT_WANTED: `It is not the kind of provision the plan points to. ${ASK}`,
    FULL: `It was full when last confirmed. ${cautionRouteText(route, true)}`,
  };
  return { code, text: texts[code] };
}
