import type { Sector, SettingKind } from '../model.js';
import type { LegalRoute } from './model.js';

// What the law says the council must do when a family asks for a setting (BRIEF "Parents'
// rights"): name it unless an exception applies (CFA 2014 s.39(4), for the kinds in s.38(3)),
// consider the request (Education Act 1996 s.9, for schools outside s.38(3)), or — where the
// kind's route has not been confirmed from a source — say so and point to advice.

/** The facts about a setting that decide its route. */
export interface LegalRouteFacts {
  kind: SettingKind;
  sector: Sector;
  section41Approved: boolean;
  establishmentType?: number | null;
}

const MUST_NAME = (reason: string, basis: string): LegalRoute => ({
  route: 'MUST_NAME_UNLESS_EXCEPTION',
  reason: `${reason} If you ask for it, the council must name it unless one of the legal exceptions applies.`,
  basis,
});

// The letters of s.38(3): (a) maintained school, (b) maintained nursery school, (c) academy,
// (d) FE or sixth-form college, (e) non-maintained special school, (f) s.41 institution.
const MAINTAINED = MUST_NAME('A state school run by a council.', 'CFA 2014 s.38(3)(a), s.83');
const NURSERY = MUST_NAME('A maintained nursery school.', 'CFA 2014 s.38(3)(b)');
const ACADEMY = MUST_NAME('An academy or free school.', 'CFA 2014 s.38(3)(c)');
const FE = MUST_NAME('A further education or sixth-form college.', 'CFA 2014 s.38(3)(d)');
const NON_MAINTAINED = MUST_NAME('A non-maintained special school.', 'CFA 2014 s.38(3)(e)');
const SECTION_41 = MUST_NAME(
  'On the section 41 list of approved independent settings.',
  'CFA 2014 s.38(3)(f), s.41',
);
// Education Act 1996 s.9 covers every setting outside s.38(3): independent schools and colleges
// not on the section 41 list, and private, voluntary or independent nurseries (BRIEF).
const MUST_CONSIDER = (what: string): LegalRoute => ({
  route: 'MUST_CONSIDER',
  reason: `${what} If you ask for it, the council must consider your request and your wishes. But it does not have to name it.`,
  basis: 'Education Act 1996 s.9',
});
const INDEPENDENT = MUST_CONSIDER('An independent school that is not on the section 41 list.');
const INDEPENDENT_COLLEGE = MUST_CONSIDER(
  'An independent college or post-16 setting that is not on the section 41 list.',
);
const PRIVATE_NURSERY = MUST_CONSIDER('A private, voluntary or independent nursery.');
// Verify: a pupil referral unit is not a maintained school under CFA 2014 s.83 (BRIEF marks this
// row "verify"), so the text does not call the route certain.
const PRU: LegalRoute = {
  route: 'MUST_CONSIDER',
  reason:
    'A pupil referral unit. The council should consider a request for it. Ask the council or your SENDIASS which rules apply.',
  basis: 'Education Act 1996 s.9 (to be verified for pupil referral units)',
};
// Verify each (BRIEF): sixth-form centres (31) and city technology colleges (6) need a source
// before a route is stated.
const UNCONFIRMED: LegalRoute = {
  route: 'TO_BE_CONFIRMED',
  reason: 'Ask the council or your SENDIASS which legal rules apply to a request for this setting.',
  basis: 'to be confirmed',
};

/** A family's choice that is not on the register: nobody can say its route until the council checks it. */
export const OFF_REGISTER_ROUTE: LegalRoute = {
  route: 'TO_BE_CONFIRMED',
  reason:
    'Not on our register, so we cannot say which rules apply. The council must still look at your request. Ask the council or your SENDIASS.',
  basis: 'to be confirmed',
};

/** The route by GIAS establishment type code, where the code alone decides it. */
const BY_TYPE: Readonly<Record<number, LegalRoute>> = {
  1: MAINTAINED,
  2: MAINTAINED,
  3: MAINTAINED,
  5: MAINTAINED,
  6: UNCONFIRMED,
  7: MAINTAINED,
  8: NON_MAINTAINED,
  10: INDEPENDENT,
  11: INDEPENDENT,
  12: MAINTAINED,
  14: PRU,
  15: NURSERY,
  18: FE,
  28: ACADEMY,
  31: UNCONFIRMED,
  32: INDEPENDENT_COLLEGE,
  ...Object.fromEntries([33, 34, 35, 36, 38, 39, 40, 41, 42, 43, 44, 45, 46].map((code) => [code, ACADEMY])),
};

/**
 * The legal route of a request for a setting on the register. Section 41 approval decides it
 * first (s.38(3)(f)); then the GIAS type code; for settings without one (entered by an LA, or
 * from the reference register), the kind and sector.
 */
export function legalRouteOf(setting: LegalRouteFacts): LegalRoute {
  if (setting.section41Approved) return SECTION_41;
  const type = setting.establishmentType;
  if (type != null) return BY_TYPE[type] ?? UNCONFIRMED;
  switch (setting.sector) {
    case 'LA_MAINTAINED':
      if (setting.kind === 'ALTERNATIVE_PROVISION') return PRU;
      if (setting.kind === 'EARLY_YEARS') return NURSERY;
      return setting.kind === 'MAINSTREAM' || setting.kind === 'SPECIAL' ? MAINTAINED : UNCONFIRMED;
    case 'ACADEMY':
      return ACADEMY;
    case 'FURTHER_EDUCATION':
      return FE;
    case 'NON_MAINTAINED':
      return NON_MAINTAINED;
    case 'INDEPENDENT':
      if (setting.kind === 'EARLY_YEARS') return PRIVATE_NURSERY;
      if (setting.kind === 'FURTHER_EDUCATION' || setting.kind === 'SPECIAL_POST_16')
        return INDEPENDENT_COLLEGE;
      return INDEPENDENT;
    default: {
      const unreachable: never = setting.sector;
      return unreachable;
    }
  }
}

/**
 * What a caution adds about the law, by route: a fact about a family's choice (far, full, not
 * designated) is never the decision, and what the council must then do depends on the route.
 * "Being full is not, by itself, a reason to say no" is said only where the s.39(4) exceptions
 * apply (BRIEF); where the route is not certain (off the register, a pupil referral unit), the
 * family is told to ask rather than told a rule.
 */
export function cautionRouteText(route: Pick<LegalRoute, 'route' | 'basis'>, full = false): string {
  const uncertain = route.route === 'TO_BE_CONFIRMED' || route.basis.includes('to be verified');
  if (uncertain)
    return 'This does not by itself decide the matter. Ask the council or your SENDIASS which legal rules apply.';
  switch (route.route) {
    case 'MUST_NAME_UNLESS_EXCEPTION':
      return `${full ? 'Being full is not, by itself, a reason to say no.' : 'This does not by itself decide the matter.'} The council must name it unless one of the legal exceptions applies.`;
    case 'MUST_CONSIDER':
      return 'This does not by itself decide the matter. The council must still consider your request, under section 9 of the Education Act 1996.';
    default:
      return 'This does not by itself decide the matter. Ask the council or your SENDIASS which legal rules apply.';
  }
}

/**
 * Whether a setting named in the plan must admit the child (CFA 2014 s.43). BRIEF lists the
 * kinds as maintained schools, academies, non-maintained special schools, FE colleges and s.41
 * institutions: the s.38(3) kinds except maintained nursery schools, which its s.43 line does not
 * name, so family text does not claim it for them. Takes a stored route, as choices and entries
 * carry one; its basis is a fixed code of this module, compared whole, never parsed.
 */
export function mustAdmitWhenNamed(route: Pick<LegalRoute, 'route' | 'basis'>): boolean {
  return route.route === 'MUST_NAME_UNLESS_EXCEPTION' && !NURSERY_BASES.has(route.basis);
}

/** A nursery's basis now, and as lists stored it before the s.38(3) letters were corrected. */
const NURSERY_BASES: ReadonlySet<string> = new Set([NURSERY.basis, 'CFA 2014 s.38(3)(a)']);
