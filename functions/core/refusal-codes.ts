// What rule an input broke, as a stable code with the values it names: the core refuses with these,
// and each edge words them in one place (the API keeps the core's English message beside the code;
// the pages map each code to a GOV.UK message). A new rule gets a new code here.

/** Refusals every validator can make: read from zod's own issue kinds (validation.ts). */
export const GENERAL_REFUSALS = [
  /** Nothing was given, or only spaces. */
  'REQUIRED',
  /** Text longer than allowed: { max }. */
  'TOO_LONG',
  /** Text shorter than allowed: { min }. */
  'TOO_SHORT',
  /** A number below the least allowed: { min }. */
  'TOO_SMALL',
  /** A number above the most allowed: { max }. */
  'TOO_LARGE',
  /** A whole number outside what is allowed: { min, max }. */
  'OUT_OF_RANGE',
  /** More items than allowed: { max }. */
  'TOO_MANY',
  /** Fewer items than needed: { min }. */
  'TOO_FEW',
  /** A number with a fraction where a whole number is needed. */
  'NOT_WHOLE_NUMBER',
  /** A value of the wrong kind: { expected }. */
  'WRONG_TYPE',
  /** Not one of the allowed values: { values }. */
  'NOT_ONE_OF',
  /** Not in the form needed (an email address, a URN, a postcode): { format }. */
  'BAD_FORMAT',
  /** Control characters or broken characters in text. */
  'NOT_CLEAN_TEXT',
  /** Not a real calendar date written YYYY-MM-DD. */
  'NOT_A_DATE',
  /** A date with its day, month or year missing. */
  'DATE_INCOMPLETE',
  /** Longer than any id this API gives out: { max }. */
  'NOT_AN_ID',
  /** Something given twice that may be given once: { value } where there is one. */
  'GIVEN_TWICE',
  /** Give exactly one of several fields: { fields }. */
  'ONE_OF_FIELDS',
  /** A field that goes only with another: { with }. */
  'ONLY_WITH',
  /** A field that must be left out here: adding a setting takes no id. */
  'NOT_ALLOWED_HERE',
  /** Nothing to change was given. */
  'NOTHING_TO_CHANGE',
  /** A cursor not given out for this same query. */
  'BAD_CURSOR',
  /** A search with no word to look up (only short or very common words): { empty } when nothing was typed. */
  'NO_WORD_TO_SEARCH',
] as const;

/** Refusals of the register's rules: settings, provisions and their figures. */
export const REGISTER_REFUSALS = [
  /** An age range whose low end is above its high end. */
  'AGE_RANGE_INVERTED',
  /** A provision's ages outside its setting's: { low, high } (the setting's). */
  'PROVISION_AGES_OUTSIDE_SETTING',
  /** The setting's new ages leave out a provision's: { name, low, high } (the provision's). */
  'SETTING_AGES_EXCLUDE_PROVISION',
  /** Not a UK postcode. */
  'NOT_A_POSTCODE',
  /** A postcode district OpenPlace does not know: { district }. */
  'UNKNOWN_POSTCODE_DISTRICT',
  /** A location outside the UK. */
  'OUTSIDE_THE_UK',
  /** Neither a location nor an address with a postcode. */
  'LOCATION_REQUIRED',
  /** An AP programme with no tier. */
  'AP_TIERS_REQUIRED',
  /** AP tiers on a provision that is not an AP programme. */
  'AP_TIERS_NOT_ALLOWED',
  /** A resourced provision or SEN unit with no need designated. */
  'DESIGNATION_REQUIRED',
  /** A second main roll. */
  'MAIN_ROLL_TWICE',
  /** Section 41 approval on a kind of setting the list does not cover. */
  'SECTION_41_NOT_ALLOWED',
  /** A provision id the setting does not have: { id }. */
  'NO_SUCH_PROVISION',
  /** Vacancies above places: { vacancies, places }. */
  'VACANCIES_OVER_PLACES',
  /** Year-group vacancies that do not add up: { vacancies, sum }. */
  'YEAR_VACANCIES_DO_NOT_ADD_UP',
  /** A need code that is not the DfE's: { value }. */
  'UNKNOWN_NEED',
] as const;

/** Refusals of the journey's rules (issue 19): dates, the window, grounds under s.39. */
export const JOURNEY_REFUSALS = [
  /** A date after today in London: { date, today }. */
  'DATE_IN_FUTURE',
  /** A date more than a year before today: { date, earliest }. */
  'DATE_TOO_OLD',
  /** A journey date before the case's first list was made: { date, firstListOn }. */
  'DATE_BEFORE_FIRST_LIST',
  /** A list's start date too far back or ahead: { earliest } or { latest }. */
  'START_DATE_OUT_OF_RANGE',
  /** The council's window ends before the Regulations' 15 days: { requestWindowEndsOn, earliest }. */
  'REQUEST_WINDOW_TOO_SHORT',
  /** The council's window ends more than 60 days after the plan: { requestWindowEndsOn, latest }. */
  'REQUEST_WINDOW_TOO_LONG',
  /** A preference ranked above the one named (or any, when none was) has no grounds: { choiceIds }. */
  'REFUSAL_GROUNDS_MISSING',
  /** Grounds given for a preference ranked below the one named: { choiceId, rank, namedRank }. */
  'REFUSAL_NOT_NEEDED',
  /** The family's preferences changed since the officer saw them: { currentOrder }. */
  'FAMILY_ORDER_CHANGED',
  /** An Education Act 1996 s.9 ground for a setting the council must name: { grounds }. */
  'SECTION_9_GROUND_NOT_ALLOWED',
  /** A ground that goes with another answer, or a setting's answer without its ground. */
  'GROUND_NOT_FITTING',
  /** Not a current family choice of the case: { id }. */
  'NOT_A_CURRENT_CHOICE',
  /** The choice named is refused too. */
  'NAMED_CHOICE_REFUSED',
  /** A family choice of another setting than the one named. */
  'CHOICE_OF_ANOTHER_SETTING',
  /** Not a decision of this case, or one already corrected. */
  'NOT_THE_DECISION_IN_FORCE',
  /** More family choices than allowed: { max }. */
  'TOO_MANY_CHOICES',
  /** A setting already being consulted about the child (an open consultation, of any of its provisions): { consultationId }. */
  'ALREADY_CONSULTED',
  /** More open consultations than a case may have: { max }. */
  'TOO_MANY_OPEN_CONSULTATIONS',
  /** A setting id that is not on the register. */
  'NOT_ON_THE_REGISTER',
] as const;

/** Refusals of the sufficiency picture's rules (issue 24). */
export const SUFFICIENCY_REFUSALS = [
  /** A period that has not begun yet: { startsOn, today }. */
  'PERIOD_NOT_STARTED',
  /** A setting that is closed or proposed to close, named in a what-if: { settingId }. */
  'SETTING_NOT_OPEN',
  /** Places of a need taken away where the setting has no provision for it: { settingId, need }. */
  'NO_PLACES_FOR_NEED',
  /** A new base at a setting that is not a mainstream school: { settingId }. */
  'NOT_A_MAINSTREAM_SCHOOL',
] as const;

export const REFUSAL_CODES = [
  ...GENERAL_REFUSALS,
  ...REGISTER_REFUSALS,
  ...JOURNEY_REFUSALS,
  ...SUFFICIENCY_REFUSALS,
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

/** The values a refusal names, for an edge to word it. */
export type RefusalParams = Readonly<Record<string, string | number | readonly (string | number)[]>>;

/**
 * A zod refinement's options carrying its code: `.refine(ok, coded('AGE_RANGE_INVERTED', '…'))`,
 * or spread into `ctx.addIssue({ code: 'custom', path, ...coded(…) })`. validation.ts reads it back.
 */
export function coded(
  code: RefusalCode,
  message: string,
  params: RefusalParams = {},
): { message: string; params: { refusal: RefusalCode; values: RefusalParams } } {
  return { message, params: { refusal: code, values: params } };
}
