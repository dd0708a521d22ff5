import type {
  ChoiceChangeKind,
  ConsultationAnswer,
  DraftPlanKind,
  NamedPlacementKind,
  RefusalGround,
} from './journey/model.js';
import type {
  ChoiceAdder,
  LegalRouteCode,
  NotListedReason,
  PlacementType,
  RangeKind,
} from './lists/model.js';
import type {
  ActorRole,
  ApTier,
  Boarding,
  CapacityChangeKind,
  CapacitySource,
  GenderIntake,
  Phase,
  ProvisionKind,
  Sector,
  SettingKind,
  SettingStatus,
} from './model.js';

// One vocabulary: each enum's words, in one place, for the pages and anything else that shows them
// (issue 20). Moved here verbatim from the pages; where two tables said the same thing differently
// they were settled on one wording (non-legal only). Legal and family-facing sentences are the
// rights work's, in their own modules (journey/texts.ts, rights-statement.ts, lists/legal-route.ts).

/** A list entry's kind in the range, as a family reads it. */
export const RANGE_KIND_WORDS: Readonly<Record<RangeKind, string>> = {
  MAINSTREAM: 'Mainstream school',
  RESOURCED_PROVISION_OR_UNIT: 'Resourced provision or SEN unit in a mainstream school',
  STATE_SPECIAL: 'State special school',
  NON_MAINTAINED_SPECIAL: 'Non-maintained special school',
  INDEPENDENT_SPECIAL: 'Independent special school or college',
  POST_16: 'College or post-16 setting',
  ALTERNATIVE_PROVISION: 'Alternative provision',
};

/** A register setting's kind, for search results. */
export const SETTING_KIND_WORDS: Readonly<Record<SettingKind, string>> = {
  MAINSTREAM: 'Mainstream school',
  SPECIAL: 'Special school',
  INDEPENDENT_SPECIAL: 'Independent special school',
  ALTERNATIVE_PROVISION: 'Alternative provision',
  FURTHER_EDUCATION: 'College',
  SPECIAL_POST_16: 'Special post-16 institution',
  EARLY_YEARS: 'Early years setting',
};

export const PROVISION_KIND_WORDS: Readonly<Record<ProvisionKind, string>> = {
  MAIN_ROLL: 'Main roll',
  RESOURCED_PROVISION: 'Resourced provision',
  SEN_UNIT: 'SEN unit',
  AP_PROGRAMME: 'Alternative provision programme',
};

/** The DfE's three-tier model of alternative provision (SEND and AP Improvement Plan, 2023). */
export const AP_TIER_WORDS: Readonly<Record<ApTier, string>> = {
  TIER_1: 'Tier 1: targeted support in mainstream schools',
  TIER_2: 'Tier 2: time-limited placements',
  TIER_3: 'Tier 3: transition placements',
};

export const SECTOR_WORDS: Readonly<Record<Sector, string>> = {
  LA_MAINTAINED: 'Maintained by the council',
  ACADEMY: 'Academy or free school',
  NON_MAINTAINED: 'Non-maintained',
  INDEPENDENT: 'Independent',
  FURTHER_EDUCATION: 'Further education',
};

export const STATUS_WORDS: Readonly<Record<SettingStatus, string | null>> = {
  OPEN: null,
  PROPOSED_TO_CLOSE: 'Proposed to close',
  CLOSED: 'Closed',
};

/** Where figures came from, in plain words. */
export const SOURCE_WORDS: Readonly<Record<CapacitySource, string>> = {
  SETTING: 'Stated by the setting’s staff',
  LA: 'Stated by the council',
  GIAS: 'Imported from Get Information About Schools (GIAS), which takes them from the school census',
  SYNTHETIC: 'Made by OpenPlace’s model for the demonstration register: not the setting’s real figures',
};

export const CHANGE_KIND_WORDS: Readonly<Record<CapacityChangeKind, string>> = {
  STATEMENT: 'New figures',
  CONFIRMATION: 'Confirmed as still correct',
  IMPORT: 'Imported',
};

export const ROLE_WORDS: Readonly<Record<ActorRole, string>> = {
  SETTING_STAFF: 'Staff of the setting',
  LA_OFFICER: 'Council officer',
};

export const GENDER_INTAKE_WORDS: Readonly<Record<GenderIntake, string>> = {
  MIXED: 'Boys and girls',
  BOYS: 'Boys only',
  GIRLS: 'Girls only',
};

export const BOARDING_WORDS: Readonly<Record<Boarding, string>> = {
  DAY: 'Day places only',
  RESIDENTIAL: 'Residential places only',
  DAY_AND_RESIDENTIAL: 'Day and residential places',
};

export const PHASE_WORDS: Readonly<Record<Phase, string>> = {
  NURSERY: 'Nursery',
  PRIMARY: 'Primary',
  MIDDLE: 'Middle',
  SECONDARY: 'Secondary',
  ALL_THROUGH: 'All-through',
  SIXTEEN_PLUS: '16 plus',
  NOT_APPLICABLE: 'No phase',
};

/** Why a specialist setting weighed for the list was left off it, in plain words. */
export const NOT_LISTED_WORDS: Readonly<Record<NotListedReason, string>> = {
  CLOSED: 'It is closed.',
  BEYOND_TRAVEL_DISTANCE: 'It is further away than the travel distance given.',
  GENDER_INTAKE: 'It takes only boys or only girls.',
  BOARDING: 'It does not offer the day or residential place needed.',
  OUT_OF_AGE_RANGE: 'It does not take children of this age.',
  PROVISION_TYPE_NOT_WANTED: 'It is not the kind of provision the plan points to.',
  NOT_DESIGNATED_FOR_NEEDS: 'It is not designated for your child’s needs.',
  LOWER_RANKED: 'Other settings of the same kind fitted better.',
};

/** Why settings were left off, as officers read the record. */
export const NOT_LISTED_LABELS: Readonly<Record<NotListedReason, string>> = {
  CLOSED: 'Closed',
  BEYOND_TRAVEL_DISTANCE: 'Further than the travel distance',
  GENDER_INTAKE: 'Takes only boys or only girls, not this child',
  BOARDING: 'Does not offer the day or residential place asked for',
  OUT_OF_AGE_RANGE: 'Does not take children of this age',
  PROVISION_TYPE_NOT_WANTED: 'Not a kind of provision the plan points to',
  NOT_DESIGNATED_FOR_NEEDS: 'Specialist provision not designated for the child’s needs',
  LOWER_RANKED: 'Fitted, but others fitted better and the list was full',
};

export const DRAFT_PLAN_KIND_WORDS: Readonly<Record<DraftPlanKind, string>> = {
  DRAFT_PLAN: 'Draft EHC plan',
  PROPOSED_AMENDMENTS: 'Plan with proposed amendments, after a review',
};

export const ANSWER_WORDS: Readonly<Record<ConsultationAnswer, string>> = {
  CAN_MEET_NEEDS: 'Can meet the child’s needs',
  CANNOT_MEET_NEEDS: 'Cannot meet the child’s needs',
  NEED_MORE_INFORMATION: 'Needs more information',
};

export const ADDED_BY_WORDS: Readonly<Record<ChoiceAdder, string>> = {
  FAMILY: 'The family',
  OFFICER: 'The council',
};

export const CHANGE_WORDS: Readonly<Record<ChoiceChangeKind, string>> = {
  ADDED: 'Added',
  REMOVED: 'Removed',
  RERANKED: 'Moved',
};

export const NAMED_KIND_WORDS: Readonly<Record<NamedPlacementKind, string>> = {
  REGISTER_SETTING: 'A setting on the register',
  OFF_REGISTER_SETTING: 'A setting not on the register',
  TYPE_OF_SETTING: 'A type of setting',
};

export const PLACEMENT_TYPE_WORDS: Readonly<Record<PlacementType, string>> = {
  MAINSTREAM: 'A mainstream school',
  RESOURCED_PROVISION_OR_UNIT: 'A resourced provision or SEN unit in a mainstream school',
  SPECIAL_SCHOOL: 'A special school',
  ALTERNATIVE_PROVISION: 'Alternative provision',
  FURTHER_EDUCATION: 'A college or post-16 setting',
  EARLY_YEARS: 'An early years setting',
};

/** The law each refusal ground rests on (BRIEF: CFA 2014 s.39(4); Education Act 1996 s.9). */
export const GROUND_REFERENCE: Readonly<Record<RefusalGround, string>> = {
  UNSUITABLE_FOR_AGE_ABILITY_APTITUDE_OR_SEN: 'Children and Families Act 2014 s.39(4)(a)',
  INCOMPATIBLE_WITH_EFFICIENT_EDUCATION_OF_OTHERS: 'Children and Families Act 2014 s.39(4)(b)',
  INCOMPATIBLE_WITH_EFFICIENT_USE_OF_RESOURCES: 'Children and Families Act 2014 s.39(4)(b)',
  NOT_COMPATIBLE_WITH_EFFICIENT_INSTRUCTION:
    'Education Act 1996 s.9: only for settings the council must consider, or whose route is to be confirmed',
  UNREASONABLE_PUBLIC_EXPENDITURE:
    'Education Act 1996 s.9: only for settings the council must consider, or whose route is to be confirmed',
};

/** The grounds a setting's answer may point to, as the setting reads them (CFA 2014 s.39(4)). */
export const GROUND_WORDS: Readonly<Record<RefusalGround, string>> = {
  UNSUITABLE_FOR_AGE_ABILITY_APTITUDE_OR_SEN:
    'The setting is unsuitable for the child’s age, ability, aptitude or special educational needs (section 39(4)(a))',
  INCOMPATIBLE_WITH_EFFICIENT_EDUCATION_OF_OTHERS:
    'The child attending would be incompatible with the efficient education of others (section 39(4)(b))',
  INCOMPATIBLE_WITH_EFFICIENT_USE_OF_RESOURCES:
    'The child attending would be incompatible with the efficient use of resources (section 39(4)(b))',
  NOT_COMPATIBLE_WITH_EFFICIENT_INSTRUCTION:
    'Not compatible with efficient instruction and training (Education Act 1996 section 9)',
  UNREASONABLE_PUBLIC_EXPENDITURE: 'Unreasonable public expenditure (Education Act 1996 section 9)',
};

/** The alternative-provision tiers in words as they read inside a sentence (list reasons; the officer's form). */
export const AP_TIER_TEXT: Readonly<Record<ApTier, string>> = {
  TIER_1: 'tier 1 (support in mainstream)',
  TIER_2: 'tier 2 (time-limited placements)',
  TIER_3: 'tier 3 (transition placements)',
};

/**
 * Each legal route in one short line, for a family's card of a suggestion (its full reason, and the
 * law it rests on, are one tap away). Only what the route's own reason says (lists/legal-route.ts).
 */
export const LEGAL_ROUTE_SHORT_WORDS: Readonly<Record<LegalRouteCode, string>> = {
  MUST_NAME_UNLESS_EXCEPTION: 'If you ask, the council must name it unless a legal exception applies.',
  MUST_CONSIDER: 'If you ask, the council must consider it, but need not name it.',
  TO_BE_CONFIRMED: 'Ask the council or your SENDIASS which legal rules apply.',
};
