/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AnswerConsultationInput = {
  answer: ConsultationAnswer;
  /** At most 2,000 characters. Do not write the child's name. */
  explanation: string;
  /** Required with CANNOT_MEET_NEEDS: one of the first three RefusalGrounds. */
  ground?: RefusalGround | null | undefined;
};

/** The tiers of the DfE three-tier alternative provision model (SEND and AP Improvement Plan, 2023). */
export type ApTier =
  /** Targeted support in mainstream schools: outreach, not a placement. */
  | 'TIER_1'
  /** Time-limited placements, aiming at a return to the pupil's school. */
  | 'TIER_2'
  /** Transition placements towards a new school or a post-16 destination. */
  | 'TIER_3';

export type BoardingNeed =
  | 'DAY'
  | 'RESIDENTIAL';

/** Where a capacity figure came from. */
export type CapacitySource =
  /** Imported from a GIAS extract (census-based; months old, no vacancies). */
  | 'GIAS'
  /** Stated by an LA officer. */
  | 'LA'
  /** Stated by the setting's own staff. */
  | 'SETTING'
  /** Generated for demonstration or benchmarking: not real. */
  | 'SYNTHETIC';

export type CapacityStatus =
  /** Places free when last confirmed. */
  | 'AVAILABLE'
  /** No places free when last confirmed. It can still be asked for. */
  | 'FULL'
  /** One place free, or more LA requests under way than places free. */
  | 'LIMITED'
  /** No figures confirmed by the setting or LA recently: ask the setting. */
  | 'UNCONFIRMED';

export type CautionCode =
  | 'BEYOND_TRAVEL_DISTANCE'
  | 'BOARDING'
  | 'CLOSED'
  /** Full when last confirmed: this does not by itself decide the matter. */
  | 'FULL'
  | 'GENDER_INTAKE'
  | 'NOT_DESIGNATED_FOR_NEEDS'
  | 'OUT_OF_AGE_RANGE'
  | 'PROPOSED_TO_CLOSE'
  | 'PROVISION_TYPE_NOT_WANTED';

export type ChoiceAddedBy =
  | 'FAMILY'
  | 'OFFICER';

export type ChoiceChangeKind =
  | 'ADDED'
  | 'REMOVED'
  /** The order of the family's choices changed. */
  | 'RERANKED';

export type ChoiceRefusalInput = {
  choiceId: string | number;
  explanation: string;
  grounds: Array<RefusalGround>;
};

export type ConsultationAnswer =
  | 'CANNOT_MEET_NEEDS'
  | 'CAN_MEET_NEEDS'
  | 'NEED_MORE_INFORMATION';

export type ConsultationContactInput = {
  email: string;
  name: string;
  phone?: string | null | undefined;
};

/** Which consultations to read. */
export type ConsultationScope =
  /** Consultations to the settings the caller is staff of (the default for setting staff). */
  | 'MY_SETTINGS'
  /** Consultations the caller's LA sent, about its children (the default for officers). */
  | 'SENT_BY_MY_LA'
  /** Consultations from any LA to settings in the caller's LA (officers of that LA may read them). */
  | 'TO_SETTINGS_IN_MY_LA';

export type ConsultationStatus =
  /** The setting has answered (it may revise its answer until the decision). */
  | 'ANSWERED'
  /** Sent to the setting, not answered yet. */
  | 'SENT'
  /** Withdrawn by the council, with a reason. */
  | 'WITHDRAWN';

export type ConsultationsFilter = {
  /** For officers of several LAs. */
  laCode?: string | null | undefined;
  overdue?: boolean | null | undefined;
  scope?: ConsultationScope | null | undefined;
  /** One of the caller's settings (MY_SETTINGS) or a setting in the LA. */
  settingId?: string | number | null | undefined;
  status?: ConsultationStatus | null | undefined;
};

export type DraftPlanKind =
  /** A draft EHC plan (section I blank): the family may ask for a setting (SEND Regulations 2014 reg 13). */
  | 'DRAFT_PLAN'
  /** A plan sent with proposed amendments after a review: the same right to ask, again with at least 15 days. */
  | 'PROPOSED_AMENDMENTS';

/** One family choice: a setting on the register (any LA) by id, or one that is not on it. */
export type FamilyChoiceInput = {
  /** At most 1,000 characters. Do not write the child's name. */
  note?: string | null | undefined;
  offRegister?: OffRegisterSettingInput | null | undefined;
  settingId?: string | number | null | undefined;
};

/** A choice the family removes: its own, or (officers only) one an officer added. */
export type FamilyChoiceRemovalByFamilyInput = {
  /** The FamilyChoice id. */
  id: string | number;
  /** Why (optional for the family's own choices; kept and shown). */
  reason?: string | null | undefined;
};

export type FamilyChoiceRemovalInput = {
  /** The FamilyChoice id. */
  id: string | number;
  /** Why it is removed: kept with the removal and shown. */
  reason: string;
};

export type GenerateTailoredListInput = {
  /** Age in whole years at the start date. Give this or ncYear. */
  age?: number | null | undefined;
  boarding?: BoardingNeed | null | undefined;
  /** The LA's own case reference (letters, digits, / _ . -). Never a name. */
  caseReference: string;
  /**
   * Settings the family asks for, added to the case's choices: always on the list, first, whatever
   * they score. Choices of earlier versions (and those the family added through its link) are carried
   * over; a case holds at most 30 at once, and a family adds through its link up to 10.
   */
  familyChoices?: Array<FamilyChoiceInput> | null | undefined;
  /** How long the family link lasts, in days (default 90, at most 365). */
  familyLinkDays?: number | null | undefined;
  /**
   * Settings the family has already named (on the register). Use familyChoices.
   * @deprecated Use familyChoices, which also takes settings not on the register.
   */
  familyNamedSettingIds?: Array<string | number> | null | undefined;
  /** Consider single-sex settings of this intake as well as mixed ones. */
  genderIntake?: SingleSexIntake | null | undefined;
  /** Home, as coordinates (kept to about 100 m). Give this or homePostcode. Only used for distances. */
  home?: LocationInput | null | undefined;
  /**
   * Home postcode (or just its district, e.g. "RH12"). The list then measures from the centre of the
   * postcode district and says so. Give this or home.
   */
  homePostcode?: string | null | undefined;
  /** The child's LA (3-digit DfE code). Settings anywhere within reach are considered. */
  laCode: string;
  /** How many suggestions besides the family's own (default 10, at most 50). */
  maxEntries?: number | null | undefined;
  /** How far the family can travel, in km (straight line). Defaults by age: 10 under 4, 15 to age 10, 25 to 15, 30 from 16. */
  maxTravelKm?: number | null | undefined;
  /** National-curriculum year at the start date (0 = Reception). Give this or age. */
  ncYear?: number | null | undefined;
  /** Seen by officers only, never by the family. Do not write the child's name. */
  officerNotes?: string | null | undefined;
  /** Let settings with free places score higher. By default capacity is shown but never scored. */
  preferAvailablePlaces?: boolean | null | undefined;
  primaryNeed: NeedCode;
  provisionPreference?: ProvisionPreferenceInput | null | undefined;
  /** A religious character the family would prefer (a soft preference). */
  religiousCharacter?: string | null | undefined;
  /** Choices to remove, each with its reason (kept and shown). */
  removeFamilyChoices?: Array<FamilyChoiceRemovalInput> | null | undefined;
  secondaryNeeds?: Array<NeedCode> | null | undefined;
  startDate: string;
};

/** What the law says the council must do if the family asks for the setting. */
export type LegalRoute =
  /** Independent settings not on the section 41 list (Education Act 1996 s.9); pupil referral units. */
  | 'MUST_CONSIDER'
  /** Maintained schools and nursery schools, academies, FE colleges, non-maintained special schools, section 41 settings (CFA 2014 s.38(3), s.39(4)). */
  | 'MUST_NAME_UNLESS_EXCEPTION'
  /** Not yet confirmed from a source (sixth-form centres, city technology colleges), or not on the register. */
  | 'TO_BE_CONFIRMED';

export type LocationInput = {
  lat: number;
  lon: number;
};

/** Exactly one of settingId, offRegister or typeOfSetting. */
export type NamedPlacementInput = {
  /** The family choice it is, when it is one (found by setting otherwise). */
  familyChoiceId?: string | number | null | undefined;
  offRegister?: OffRegisterSettingInput | null | undefined;
  provisionId?: string | number | null | undefined;
  settingId?: string | number | null | undefined;
  /** For typeOfSetting: the type in words, e.g. "a special school for autistic children". */
  typeDescription?: string | null | undefined;
  typeOfSetting?: PlacementType | null | undefined;
};

export type NamedPlacementKind =
  /** A setting that is not on the register, entered by hand. */
  | 'OFF_REGISTER_SETTING'
  /** A setting on the register. */
  | 'REGISTER_SETTING'
  /** A type of setting, with no particular one named (s.39(5), s.40(2)). */
  | 'TYPE_OF_SETTING';

/**
 * SEN need types, as the DfE school census and SEN2 return code them.
 * A provision's designation is a set of these.
 */
export type NeedCode =
  /** Autistic spectrum disorder */
  | 'ASD'
  /** Hearing impairment */
  | 'HI'
  /** Moderate learning difficulty */
  | 'MLD'
  /** Multi-sensory impairment */
  | 'MSI'
  /** Other difficulty or disability */
  | 'OTH'
  /** Physical disability */
  | 'PD'
  /** Profound and multiple learning difficulty */
  | 'PMLD'
  /** Social, emotional and mental health */
  | 'SEMH'
  /** Speech, language and communication needs */
  | 'SLCN'
  /** Severe learning difficulty */
  | 'SLD'
  /** Specific learning difficulty */
  | 'SPLD'
  /** Visual impairment */
  | 'VI';

export type NotListedReason =
  /**
   * Further than the travel distance. Never the reason for one of the nearest specialist provisions
   * for the main need (3, or 5 residential), which are weighed wherever they are.
   */
  | 'BEYOND_TRAVEL_DISTANCE'
  | 'BOARDING'
  | 'CLOSED'
  | 'GENDER_INTAKE'
  /** Fitted, but others fitted better and the list was full. */
  | 'LOWER_RANKED'
  /** A specialist provision designated for none of the child's needs: named in notListedSettings. */
  | 'NOT_DESIGNATED_FOR_NEEDS'
  | 'OUT_OF_AGE_RANGE'
  | 'PROVISION_TYPE_NOT_WANTED';

/** A setting that is not on the register: the one shape wherever a family's choice is entered. */
export type OffRegisterSettingInput = {
  /** The 3-digit DfE code of its LA, if known. */
  laCode?: string | null | undefined;
  name: string;
  postcode?: string | null | undefined;
  town?: string | null | undefined;
  urn?: string | null | undefined;
  /** Its web address (http:// or https://). */
  website?: string | null | undefined;
};

export type Phase =
  | 'ALL_THROUGH'
  | 'MIDDLE'
  | 'NOT_APPLICABLE'
  | 'NURSERY'
  | 'PRIMARY'
  | 'SECONDARY'
  | 'SIXTEEN_PLUS';

/** The kinds of provision a child's plan may point to. */
export type PlacementType =
  | 'ALTERNATIVE_PROVISION'
  | 'EARLY_YEARS'
  | 'FURTHER_EDUCATION'
  | 'MAINSTREAM'
  | 'RESOURCED_PROVISION_OR_UNIT'
  | 'SPECIAL_SCHOOL';

/** What a provision within a setting is. */
export type ProvisionKind =
  /** An alternative-provision programme offering one or more AP tiers. */
  | 'AP_PROGRAMME'
  /** The setting's main roll. */
  | 'MAIN_ROLL'
  /** Designated places in a mainstream school, taught mostly in mainstream classes. */
  | 'RESOURCED_PROVISION'
  /** Designated places in a mainstream school, taught mostly in a separate unit. */
  | 'SEN_UNIT';

export type ProvisionPreferenceInput = {
  /** For ALTERNATIVE_PROVISION: the tiers that fit. */
  apTiers?: Array<ApTier> | null | undefined;
  /** If true, only these kinds of provision are listed (family-named settings always are). */
  required?: boolean | null | undefined;
  types: Array<PlacementType>;
};

/** Where a provision and its designation came from. */
export type ProvisionSource =
  | 'GIAS'
  | 'LA'
  /** Generated for demonstration or benchmarking: not a real provision. */
  | 'SYNTHETIC';

/** The kinds of setting a list keeps a place for, so that it shows the range that fits. */
export type RangeKind =
  | 'ALTERNATIVE_PROVISION'
  | 'INDEPENDENT_SPECIAL'
  | 'MAINSTREAM'
  | 'NON_MAINTAINED_SPECIAL'
  /** Further-education and sixth-form colleges, 16-19 academies and special post-16 institutions. */
  | 'POST_16'
  | 'RESOURCED_PROVISION_OR_UNIT'
  | 'STATE_SPECIAL';

export type ReasonCode =
  | 'AGE_FITS'
  | 'AP_TIER'
  | 'DESIGNATION_NOT_RECORDED'
  | 'DISTANCE'
  | 'FAMILY_CHOICE'
  | 'MAINSTREAM_PLACE'
  /** The nearest specialist setting for the child's main need that takes children of this age: on every list, however far. */
  | 'NEAREST_SPECIALIST'
  | 'OTHER_LA'
  | 'PRIMARY_NEED'
  | 'PROVISION_TYPE'
  /** On the list for the range: the best fit of its kind of setting. */
  | 'RANGE'
  | 'RELIGIOUS_CHARACTER'
  | 'SECONDARY_NEED'
  | 'SECTION_41'
  /** Further than the travel distance, but one of the nearest specialist settings in England for the main need. */
  | 'SPECIALIST_REACH'
  | 'VACANCIES';

export type RecordPlacementDecisionInput = {
  caseReference: string;
  /** Required with supersedes. */
  correctionReason?: string | null | undefined;
  /**
   * The date of the decision letter (London): not after today, not more than a year ago, not before the
   * case's first list (DATE_IN_FUTURE, DATE_TOO_OLD, DATE_BEFORE_FIRST_LIST). A letter sent tomorrow
   * is recorded tomorrow.
   */
  decidedOn: string;
  /**
   * The family's current choice ids in order, as the officer confirmed them. When given and the family
   * has changed its choices since, nothing is recorded (FAMILY_ORDER_CHANGED, with currentOrder).
   */
  familyOrder?: Array<string | number> | null | undefined;
  laCode: string;
  named: NamedPlacementInput;
  /**
   * The grounds relied on and why, for each family preference s.39 needs them for: every preference
   * ranked above the one named, or every preference when the council names a setting the family did
   * not ask for, or a type of setting. None when the council names the family's first preference.
   * Missing ones are refused (REFUSAL_GROUNDS_MISSING); grounds for a preference ranked below the one
   * named are refused too (REFUSAL_NOT_NEEDED): naming a preference refuses none below it.
   */
  refusals?: Array<ChoiceRefusalInput> | null | undefined;
  /** To correct a recorded decision: its id. Decisions are never changed, only superseded. */
  supersedes?: string | number | null | undefined;
};

/** The grounds on which a council may decline to name a setting the family asked for. */
export type RefusalGround =
  /** Incompatible with the provision of efficient education for others (s.39(4)(b)). */
  | 'INCOMPATIBLE_WITH_EFFICIENT_EDUCATION_OF_OTHERS'
  /** Incompatible with the efficient use of resources (s.39(4)(b)). */
  | 'INCOMPATIBLE_WITH_EFFICIENT_USE_OF_RESOURCES'
  /** For settings the council must consider (Education Act 1996 s.9), or whose route is to be confirmed: not compatible with efficient instruction and training. Refused for MUST_NAME_UNLESS_EXCEPTION. */
  | 'NOT_COMPATIBLE_WITH_EFFICIENT_INSTRUCTION'
  /** For settings the council must consider (Education Act 1996 s.9), or whose route is to be confirmed: unreasonable public expenditure. Refused for MUST_NAME_UNLESS_EXCEPTION. */
  | 'UNREASONABLE_PUBLIC_EXPENDITURE'
  /** Unsuitable for the child's age, ability, aptitude or special educational needs (s.39(4)(a)). */
  | 'UNSUITABLE_FOR_AGE_ABILITY_APTITUDE_OR_SEN';

export type Role =
  /** No valid bearer token. */
  | 'ANONYMOUS'
  /** An LA SEND placement officer, scoped to one or more LA codes. */
  | 'LA_OFFICER'
  /** Staff of one or more settings (SENCO, business manager), scoped to those settings. */
  | 'SETTING_STAFF';

export type Sector =
  | 'ACADEMY'
  | 'FURTHER_EDUCATION'
  | 'INDEPENDENT'
  | 'LA_MAINTAINED'
  | 'NON_MAINTAINED';

export type SetFamilyChoicesInput = {
  /** Settings to ask for: on the register (any LA, from familySearchSettings) or not on it. */
  add?: Array<FamilyChoiceInput> | null | undefined;
  /** Choice ids in the family's order of preference, first choice first. Choices not named keep their order after these. */
  order?: Array<string | number> | null | undefined;
  /** The family's own choices to remove. A choice an officer added can be removed only by an officer. */
  remove?: Array<FamilyChoiceRemovalByFamilyInput> | null | undefined;
};

export type SettingFilter = {
  /** Settings with at least one AP programme offering this tier. */
  apTier?: ApTier | null | undefined;
  kind?: SettingKind | null | undefined;
  /** 3-digit DfE LA code. */
  laCode?: string | null | undefined;
  /** Settings with at least one provision designated for this need. */
  need?: NeedCode | null | undefined;
  phase?: Phase | null | undefined;
  status?: SettingStatus | null | undefined;
};

/** What kind of setting this is, as the law and the DfE group them. */
export type SettingKind =
  /** A pupil referral unit, AP academy or AP free school. */
  | 'ALTERNATIVE_PROVISION'
  /** A nursery school or other early-years setting. */
  | 'EARLY_YEARS'
  /** A further-education or sixth-form college, or a sixth-form centre. */
  | 'FURTHER_EDUCATION'
  /** An independent special school (may be approved under section 41). */
  | 'INDEPENDENT_SPECIAL'
  /** A mainstream school: LA-maintained, academy, free school, UTC or studio school. */
  | 'MAINSTREAM'
  /** A state-funded or non-maintained special school. */
  | 'SPECIAL'
  /** A special post-16 institution. */
  | 'SPECIAL_POST_16';

/** Where a setting's details came from. */
export type SettingSource =
  /** Imported from a DfE Get Information About Schools (GIAS) extract. */
  | 'GIAS'
  /** Entered or changed by an LA officer. */
  | 'LA'
  /** Built from public DfE data shipped with OpenPlace (the England reference register). */
  | 'REFERENCE';

export type SettingStatus =
  | 'CLOSED'
  | 'OPEN'
  /** Open, but proposed to close (GIAS wording). */
  | 'PROPOSED_TO_CLOSE';

export type SingleSexIntake =
  | 'BOYS'
  | 'GIRLS';

export type StartConsultationInput = {
  caseReference: string;
  /** Who at the council the setting should answer. */
  contact: ConsultationContactInput;
  laCode: string;
  /** Shown to the setting. At most 2,000 characters. Do not write the child's name. */
  message: string;
  /** One of its provisions, if the council is asking about that one. */
  provisionId?: string | number | null | undefined;
  /** The setting to consult (any LA). */
  settingId: string | number;
};

export type UpdateCapacityInput = {
  /**
   * The capacityVersion these figures are based on. If someone else has updated the
   * provision since, the update is refused with CONFLICT and the current figures.
   */
  expectedVersion: number;
  note?: string | null | undefined;
  onRoll: number;
  /** Consultations under way from councils outside OpenPlace (OpenPlace counts its own). */
  pendingConsultations?: number | null | undefined;
  places: number;
  provisionId: string | number;
  vacancies: number;
  /** If given, must add up to vacancies. */
  vacanciesByYear?: Array<YearVacanciesInput> | null | undefined;
};

export type YearVacanciesInput = {
  vacancies: number;
  year: number;
};

export type FamilyListQueryVariables = Exact<{
  token: string;
}>;


export type FamilyListQuery = { familyList: { generatedAt: string, expiresAt: string, rangeNote: string | null, capacityNote: string, consideredCount: number, version: number, latestVersion: number, newerVersionAvailable: boolean, requestWindowEndsOn: string | null, choicesClosed: boolean, consultationNote: string, statement: { version: string, effectiveFrom: string, title: string, summary: Array<string>, paragraphs: Array<string>, localNotes: Array<string>, legalReferences: Array<string>, localSendiass: { name: string, phone: string | null, email: string | null, website: string | null } | null }, familyChoices: Array<{ id: string, rank: number, addedBy: ChoiceAddedBy, onRegister: boolean, name: string, town: string | null, postcode: string | null, website: string | null, legalRoute: LegalRoute, legalRouteReason: string, note: string | null }>, removedFamilyChoices: Array<{ name: string, removedAt: string | null, removedReason: string | null }>, consideredNotListed: Array<{ reason: NotListedReason, count: number }>, notListedSettings: Array<{ name: string, kind: SettingKind, town: string | null, rangeKind: RangeKind, distanceKm: number, reason: NotListedReason }> | null, entries: Array<{ rank: number, familyChoice: boolean, rangeKind: RangeKind, legalRoute: LegalRoute, legalRouteReason: string, distanceKm: number, setting: { name: string, urn: string | null, kind: SettingKind, sector: Sector, section41Approved: boolean, town: string | null, postcode: string | null, ageRange: { low: number, high: number }, location: { lat: number, lon: number } }, provision: { name: string, kind: ProvisionKind, designation: Array<NeedCode>, apTiers: Array<ApTier> }, capacity: { status: CapacityStatus, vacancies: number | null, vacanciesInYear: number | null, lastConfirmedAt: string | null }, reasons: Array<{ code: ReasonCode, text: string }>, cautions: Array<{ code: CautionCode, text: string }> }>, consultations: Array<{ settingId: string, settingName: string, sentOn: string, dueOn: string, status: ConsultationStatus, overdue: boolean, statusText: string }>, decision: { decidedOn: string, onList: boolean, familyChoiceRank: number | null, appealBy: string, appealText: string, named: { kind: NamedPlacementKind, settingId: string | null, name: string, typeOfSetting: PlacementType | null }, refusals: Array<{ choiceId: string, name: string, grounds: Array<RefusalGround>, groundTexts: Array<string>, explanation: string }> } | null } };

export type SetFamilyChoicesMutationVariables = Exact<{
  token: string;
  input: SetFamilyChoicesInput;
}>;


export type SetFamilyChoicesMutation = { setFamilyChoices: { choicesClosed: boolean, statement: { version: string, summary: Array<string> }, familyChoices: Array<{ id: string, rank: number, addedBy: ChoiceAddedBy, onRegister: boolean, settingId: string | null, name: string, town: string | null, legalRoute: LegalRoute, legalRouteReason: string, note: string | null }>, removedFamilyChoices: Array<{ id: string, name: string, removedAt: string | null, removedReason: string | null }> } };

export type ParentsRightsQueryVariables = Exact<{
  laCode?: string | null | undefined;
}>;


export type ParentsRightsQuery = { parentsRightsStatement: { version: string, title: string, paragraphs: Array<string>, localNotes: Array<string>, text: string, localSendiass: { name: string, phone: string | null, email: string | null, website: string | null } | null } };

export type FamilySearchSettingsQueryVariables = Exact<{
  token: string;
  query: string;
  first?: number | null | undefined;
}>;


export type FamilySearchSettingsQuery = { familySearchSettings: Array<{ id: string, urn: string | null, name: string, kind: SettingKind, sector: Sector, phase: Phase, laCode: string, laName: string | null, town: string | null, postcode: string | null, ageRange: { low: number, high: number } }> };

export type GenerateListMutationVariables = Exact<{
  input: GenerateTailoredListInput;
}>;


export type GenerateListMutation = { generateTailoredList: { familyLink: { token: string, expiresAt: string }, list: { id: string, version: number, rangeNote: string | null, consideredCount: number, matchingVersion: string, statement: { version: string, effectiveFrom: string, summary: Array<string>, text: string }, familyChoices: Array<{ id: string, rank: number, addedBy: ChoiceAddedBy, onRegister: boolean, settingId: string | null, name: string, legalRoute: LegalRoute, note: string | null }>, removedFamilyChoices: Array<{ id: string, name: string, removedAt: string | null, removedBy: string | null, removedReason: string | null }>, entries: Array<{ rank: number, familyChoice: boolean, rangeKind: RangeKind, legalRoute: LegalRoute, legalRouteReason: string, distanceKm: number, score: number, setting: { id: string, name: string, laCode: string, laName: string | null, kind: SettingKind, sector: Sector }, provision: { id: string, name: string, kind: ProvisionKind, designation: Array<NeedCode>, placementType: PlacementType }, capacity: { status: CapacityStatus, places: number | null, onRoll: number | null, vacancies: number | null, lastConfirmedAt: string | null, source: CapacitySource | null }, reasons: Array<{ code: ReasonCode, text: string, points: number }>, cautions: Array<{ code: CautionCode, text: string }> }>, consideredNotListed: Array<{ reason: NotListedReason, count: number }>, notListedSettings: Array<{ settingId: string, name: string, rangeKind: RangeKind, distanceKm: number, reason: NotListedReason, specialist: boolean }> | null, search: { radiusKm: number, mainstreamRadiusKm: number, specialistReachKm: number }, request: { preferAvailablePlaces: boolean } } } };

export type CaseListsQueryVariables = Exact<{
  caseReference: string;
  laCode?: string | null | undefined;
}>;


export type CaseListsQuery = { tailoredLists: Array<{ id: string, version: number, generatedAt: string, generatedBy: string, statement: { version: string }, familyLinks: Array<{ createdAt: string, expiresAt: string, revokedAt: string | null, active: boolean }> }> };

export type WithdrawFamilyLinksMutationVariables = Exact<{
  listId: string | number;
}>;


export type WithdrawFamilyLinksMutation = { revokeFamilyLinks: number };

export type RegisterQueryVariables = Exact<{
  filter?: SettingFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type RegisterQuery = { settings: { edges: Array<{ node: { id: string, urn: string | null, name: string, kind: SettingKind, laCode: string, status: SettingStatus, source: SettingSource, provisions: Array<{ id: string, kind: ProvisionKind, name: string, designation: Array<NeedCode>, apTiers: Array<ApTier>, source: ProvisionSource, capacity: { places: number, onRoll: number, vacancies: number, updatedAt: string, source: CapacitySource } | null }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SearchSettingsQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchSettingsQuery = { searchSettings: { edges: Array<{ cursor: string, node: { id: string, urn: string | null, name: string, kind: SettingKind, sector: Sector, phase: Phase, laCode: string, laName: string | null, town: string | null, postcode: string | null, ageRange: { low: number, high: number } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConsultationSummaryFragment = { id: string, caseReference: string | null, sentOn: string, dueOn: string, status: ConsultationStatus, overdue: boolean, open: boolean, withdrawnReason: string | null, setting: { id: string, name: string, laCode: string, laName: string | null }, provision: { id: string, name: string } | null, answer: { version: number, answer: ConsultationAnswer, ground: RefusalGround | null, explanation: string, answeredAt: string } | null };

export type DecisionSummaryFragment = { id: string, decidedOn: string, recordedAt: string, onList: boolean, familyChoiceId: string | null, familyChoiceRank: number | null, appealBy: string, supersedes: string | null, correctionReason: string | null, superseded: boolean, named: { kind: NamedPlacementKind, settingId: string | null, name: string, typeOfSetting: PlacementType | null }, refusals: Array<{ choiceId: string, name: string, rank: number, grounds: Array<RefusalGround>, explanation: string }> };

export type JourneyFragment = { caseReference: string, laCode: string, requestWindowEndsOn: string | null, lists: Array<{ id: string, version: number, generatedAt: string }>, familyChoices: Array<{ id: string, rank: number, addedBy: ChoiceAddedBy, settingId: string | null, name: string, legalRoute: LegalRoute }>, removedFamilyChoices: Array<{ id: string, name: string, removedAt: string | null, removedBy: string | null, removedReason: string | null }>, choiceHistory: Array<{ at: string, by: ChoiceAddedBy, kind: ChoiceChangeKind, choiceId: string, name: string, rank: number | null, reason: string | null }>, consultations: Array<{ id: string, caseReference: string | null, sentOn: string, dueOn: string, status: ConsultationStatus, overdue: boolean, open: boolean, withdrawnReason: string | null, setting: { id: string, name: string, laCode: string, laName: string | null }, provision: { id: string, name: string } | null, answer: { version: number, answer: ConsultationAnswer, ground: RefusalGround | null, explanation: string, answeredAt: string } | null }>, decision: { id: string, decidedOn: string, recordedAt: string, onList: boolean, familyChoiceId: string | null, familyChoiceRank: number | null, appealBy: string, supersedes: string | null, correctionReason: string | null, superseded: boolean, named: { kind: NamedPlacementKind, settingId: string | null, name: string, typeOfSetting: PlacementType | null }, refusals: Array<{ choiceId: string, name: string, rank: number, grounds: Array<RefusalGround>, explanation: string }> } | null, decisions: Array<{ id: string, decidedOn: string, recordedAt: string, onList: boolean, familyChoiceId: string | null, familyChoiceRank: number | null, appealBy: string, supersedes: string | null, correctionReason: string | null, superseded: boolean, named: { kind: NamedPlacementKind, settingId: string | null, name: string, typeOfSetting: PlacementType | null }, refusals: Array<{ choiceId: string, name: string, rank: number, grounds: Array<RefusalGround>, explanation: string }> }>, draftPlans: Array<{ kind: DraftPlanKind, sentOn: string, requestWindowEndsOn: string }> };

export type CaseJourneyQueryVariables = Exact<{
  caseReference: string;
  laCode: string;
}>;


export type CaseJourneyQuery = { caseJourney: { caseReference: string, laCode: string, requestWindowEndsOn: string | null, lists: Array<{ id: string, version: number, generatedAt: string }>, familyChoices: Array<{ id: string, rank: number, addedBy: ChoiceAddedBy, settingId: string | null, name: string, legalRoute: LegalRoute }>, removedFamilyChoices: Array<{ id: string, name: string, removedAt: string | null, removedBy: string | null, removedReason: string | null }>, choiceHistory: Array<{ at: string, by: ChoiceAddedBy, kind: ChoiceChangeKind, choiceId: string, name: string, rank: number | null, reason: string | null }>, consultations: Array<{ id: string, caseReference: string | null, sentOn: string, dueOn: string, status: ConsultationStatus, overdue: boolean, open: boolean, withdrawnReason: string | null, setting: { id: string, name: string, laCode: string, laName: string | null }, provision: { id: string, name: string } | null, answer: { version: number, answer: ConsultationAnswer, ground: RefusalGround | null, explanation: string, answeredAt: string } | null }>, decision: { id: string, decidedOn: string, recordedAt: string, onList: boolean, familyChoiceId: string | null, familyChoiceRank: number | null, appealBy: string, supersedes: string | null, correctionReason: string | null, superseded: boolean, named: { kind: NamedPlacementKind, settingId: string | null, name: string, typeOfSetting: PlacementType | null }, refusals: Array<{ choiceId: string, name: string, rank: number, grounds: Array<RefusalGround>, explanation: string }> } | null, decisions: Array<{ id: string, decidedOn: string, recordedAt: string, onList: boolean, familyChoiceId: string | null, familyChoiceRank: number | null, appealBy: string, supersedes: string | null, correctionReason: string | null, superseded: boolean, named: { kind: NamedPlacementKind, settingId: string | null, name: string, typeOfSetting: PlacementType | null }, refusals: Array<{ choiceId: string, name: string, rank: number, grounds: Array<RefusalGround>, explanation: string }> }>, draftPlans: Array<{ kind: DraftPlanKind, sentOn: string, requestWindowEndsOn: string }> } };

export type RecordDraftPlanSentMutationVariables = Exact<{
  caseReference: string;
  laCode: string;
  sentOn: string;
  kind: DraftPlanKind;
}>;


export type RecordDraftPlanSentMutation = { recordDraftPlanSent: { caseReference: string, laCode: string, requestWindowEndsOn: string | null, lists: Array<{ id: string, version: number, generatedAt: string }>, familyChoices: Array<{ id: string, rank: number, addedBy: ChoiceAddedBy, settingId: string | null, name: string, legalRoute: LegalRoute }>, removedFamilyChoices: Array<{ id: string, name: string, removedAt: string | null, removedBy: string | null, removedReason: string | null }>, choiceHistory: Array<{ at: string, by: ChoiceAddedBy, kind: ChoiceChangeKind, choiceId: string, name: string, rank: number | null, reason: string | null }>, consultations: Array<{ id: string, caseReference: string | null, sentOn: string, dueOn: string, status: ConsultationStatus, overdue: boolean, open: boolean, withdrawnReason: string | null, setting: { id: string, name: string, laCode: string, laName: string | null }, provision: { id: string, name: string } | null, answer: { version: number, answer: ConsultationAnswer, ground: RefusalGround | null, explanation: string, answeredAt: string } | null }>, decision: { id: string, decidedOn: string, recordedAt: string, onList: boolean, familyChoiceId: string | null, familyChoiceRank: number | null, appealBy: string, supersedes: string | null, correctionReason: string | null, superseded: boolean, named: { kind: NamedPlacementKind, settingId: string | null, name: string, typeOfSetting: PlacementType | null }, refusals: Array<{ choiceId: string, name: string, rank: number, grounds: Array<RefusalGround>, explanation: string }> } | null, decisions: Array<{ id: string, decidedOn: string, recordedAt: string, onList: boolean, familyChoiceId: string | null, familyChoiceRank: number | null, appealBy: string, supersedes: string | null, correctionReason: string | null, superseded: boolean, named: { kind: NamedPlacementKind, settingId: string | null, name: string, typeOfSetting: PlacementType | null }, refusals: Array<{ choiceId: string, name: string, rank: number, grounds: Array<RefusalGround>, explanation: string }> }>, draftPlans: Array<{ kind: DraftPlanKind, sentOn: string, requestWindowEndsOn: string }> } };

export type StartConsultationMutationVariables = Exact<{
  input: StartConsultationInput;
}>;


export type StartConsultationMutation = { startConsultation: { dueOn: string, id: string, caseReference: string | null, sentOn: string, status: ConsultationStatus, overdue: boolean, open: boolean, withdrawnReason: string | null, setting: { id: string, name: string, laCode: string, laName: string | null }, provision: { id: string, name: string } | null, answer: { version: number, answer: ConsultationAnswer, ground: RefusalGround | null, explanation: string, answeredAt: string } | null } };

export type WithdrawConsultationMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type WithdrawConsultationMutation = { withdrawConsultation: { id: string, caseReference: string | null, sentOn: string, dueOn: string, status: ConsultationStatus, overdue: boolean, open: boolean, withdrawnReason: string | null, setting: { id: string, name: string, laCode: string, laName: string | null }, provision: { id: string, name: string } | null, answer: { version: number, answer: ConsultationAnswer, ground: RefusalGround | null, explanation: string, answeredAt: string } | null } };

export type OverdueConsultationsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type OverdueConsultationsQuery = { consultations: { edges: Array<{ node: { id: string, caseReference: string | null, sentOn: string, dueOn: string, status: ConsultationStatus, overdue: boolean, open: boolean, withdrawnReason: string | null, setting: { id: string, name: string, laCode: string, laName: string | null }, provision: { id: string, name: string } | null, answer: { version: number, answer: ConsultationAnswer, ground: RefusalGround | null, explanation: string, answeredAt: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RecordPlacementDecisionMutationVariables = Exact<{
  input: RecordPlacementDecisionInput;
}>;


export type RecordPlacementDecisionMutation = { recordPlacementDecision: { caseReference: string, laCode: string, requestWindowEndsOn: string | null, lists: Array<{ id: string, version: number, generatedAt: string }>, familyChoices: Array<{ id: string, rank: number, addedBy: ChoiceAddedBy, settingId: string | null, name: string, legalRoute: LegalRoute }>, removedFamilyChoices: Array<{ id: string, name: string, removedAt: string | null, removedBy: string | null, removedReason: string | null }>, choiceHistory: Array<{ at: string, by: ChoiceAddedBy, kind: ChoiceChangeKind, choiceId: string, name: string, rank: number | null, reason: string | null }>, consultations: Array<{ id: string, caseReference: string | null, sentOn: string, dueOn: string, status: ConsultationStatus, overdue: boolean, open: boolean, withdrawnReason: string | null, setting: { id: string, name: string, laCode: string, laName: string | null }, provision: { id: string, name: string } | null, answer: { version: number, answer: ConsultationAnswer, ground: RefusalGround | null, explanation: string, answeredAt: string } | null }>, decision: { id: string, decidedOn: string, recordedAt: string, onList: boolean, familyChoiceId: string | null, familyChoiceRank: number | null, appealBy: string, supersedes: string | null, correctionReason: string | null, superseded: boolean, named: { kind: NamedPlacementKind, settingId: string | null, name: string, typeOfSetting: PlacementType | null }, refusals: Array<{ choiceId: string, name: string, rank: number, grounds: Array<RefusalGround>, explanation: string }> } | null, decisions: Array<{ id: string, decidedOn: string, recordedAt: string, onList: boolean, familyChoiceId: string | null, familyChoiceRank: number | null, appealBy: string, supersedes: string | null, correctionReason: string | null, superseded: boolean, named: { kind: NamedPlacementKind, settingId: string | null, name: string, typeOfSetting: PlacementType | null }, refusals: Array<{ choiceId: string, name: string, rank: number, grounds: Array<RefusalGround>, explanation: string }> }>, draftPlans: Array<{ kind: DraftPlanKind, sentOn: string, requestWindowEndsOn: string }> } };

export type MySettingQueryVariables = Exact<{
  id: string | number;
}>;


export type MySettingQuery = { setting: { id: string, name: string, provisions: Array<{ id: string, name: string, kind: ProvisionKind, designation: Array<NeedCode>, capacityVersion: number, capacity: { places: number, onRoll: number, vacancies: number, pendingConsultations: number, pendingConsultationsOutsideOpenPlace: number, pendingConsultationsInOpenPlace: number, updatedAt: string, source: CapacitySource, vacanciesByYear: Array<{ year: number, vacancies: number }> } | null }> } | null };

export type StateCapacityMutationVariables = Exact<{
  input: UpdateCapacityInput;
}>;


export type StateCapacityMutation = { updateCapacity: { id: string, capacityVersion: number, capacity: { places: number, onRoll: number, vacancies: number, pendingConsultations: number, updatedAt: string } | null } };

export type ConfirmCapacityMutationVariables = Exact<{
  provisionId: string | number;
  expectedVersion: number;
}>;


export type ConfirmCapacityMutation = { confirmCapacity: { id: string, capacityVersion: number, capacity: { updatedAt: string, confirmedAt: string | null } | null } };

export type CapacityHistoryQueryVariables = Exact<{
  provisionId: string | number;
  after?: string | null | undefined;
}>;


export type CapacityHistoryQuery = { capacityHistory: { edges: Array<{ node: { version: number, changedAt: string, changedBy: string, changedByRole: Role | null, before: { places: number, onRoll: number, vacancies: number } | null, after: { places: number, onRoll: number, vacancies: number } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MyConsultationsQueryVariables = Exact<{
  filter?: ConsultationsFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type MyConsultationsQuery = { consultations: { edges: Array<{ node: { id: string, laCode: string, laName: string | null, message: string, sentOn: string, dueOn: string, status: ConsultationStatus, overdue: boolean, deliveryNote: string, answerNote: string, setting: { id: string, name: string }, provision: { id: string, name: string } | null, child: { primaryNeed: NeedCode, secondaryNeeds: Array<NeedCode>, age: number, ncYear: number | null, startDate: string, residential: boolean }, contact: { name: string, email: string, phone: string | null }, answer: { version: number, answer: ConsultationAnswer, ground: RefusalGround | null, explanation: string, answeredAt: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AnswerConsultationMutationVariables = Exact<{
  id: string | number;
  input: AnswerConsultationInput;
}>;


export type AnswerConsultationMutation = { answerConsultation: { id: string, status: ConsultationStatus, decisionRecorded: boolean, answers: Array<{ version: number, answer: ConsultationAnswer, ground: RefusalGround | null, explanation: string, answeredAt: string }> } };

export const ConsultationSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsultationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consultation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"setting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"laCode"}},{"kind":"Field","name":{"kind":"Name","value":"laName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"answer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"ground"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnReason"}}]}}]} as unknown as DocumentNode<ConsultationSummaryFragment, unknown>;
export const DecisionSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"onList"}},{"kind":"Field","name":{"kind":"Name","value":"familyChoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"familyChoiceRank"}},{"kind":"Field","name":{"kind":"Name","value":"appealBy"}},{"kind":"Field","name":{"kind":"Name","value":"supersedes"}},{"kind":"Field","name":{"kind":"Name","value":"correctionReason"}},{"kind":"Field","name":{"kind":"Name","value":"superseded"}},{"kind":"Field","name":{"kind":"Name","value":"named"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"settingId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"typeOfSetting"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"choiceId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"grounds"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]}}]} as unknown as DocumentNode<DecisionSummaryFragment, unknown>;
export const JourneyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Journey"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseJourney"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"laCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestWindowEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"lists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"familyChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"}},{"kind":"Field","name":{"kind":"Name","value":"settingId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalRoute"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removedFamilyChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"removedAt"}},{"kind":"Field","name":{"kind":"Name","value":"removedBy"}},{"kind":"Field","name":{"kind":"Name","value":"removedReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"choiceHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"choiceId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consultations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsultationSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draftPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"requestWindowEndsOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsultationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consultation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"setting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"laCode"}},{"kind":"Field","name":{"kind":"Name","value":"laName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"answer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"ground"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"onList"}},{"kind":"Field","name":{"kind":"Name","value":"familyChoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"familyChoiceRank"}},{"kind":"Field","name":{"kind":"Name","value":"appealBy"}},{"kind":"Field","name":{"kind":"Name","value":"supersedes"}},{"kind":"Field","name":{"kind":"Name","value":"correctionReason"}},{"kind":"Field","name":{"kind":"Name","value":"superseded"}},{"kind":"Field","name":{"kind":"Name","value":"named"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"settingId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"typeOfSetting"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"choiceId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"grounds"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]}}]} as unknown as DocumentNode<JourneyFragment, unknown>;
export const FamilyListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FamilyList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"familyList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"paragraphs"}},{"kind":"Field","name":{"kind":"Name","value":"localSendiass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localNotes"}},{"kind":"Field","name":{"kind":"Name","value":"legalReferences"}}]}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"rangeNote"}},{"kind":"Field","name":{"kind":"Name","value":"capacityNote"}},{"kind":"Field","name":{"kind":"Name","value":"familyChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"}},{"kind":"Field","name":{"kind":"Name","value":"onRegister"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"town"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"legalRoute"}},{"kind":"Field","name":{"kind":"Name","value":"legalRouteReason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removedFamilyChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"removedAt"}},{"kind":"Field","name":{"kind":"Name","value":"removedReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consideredCount"}},{"kind":"Field","name":{"kind":"Name","value":"consideredNotListed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notListedSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"town"}},{"kind":"Field","name":{"kind":"Name","value":"rangeKind"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"familyChoice"}},{"kind":"Field","name":{"kind":"Name","value":"rangeKind"}},{"kind":"Field","name":{"kind":"Name","value":"legalRoute"}},{"kind":"Field","name":{"kind":"Name","value":"legalRouteReason"}},{"kind":"Field","name":{"kind":"Name","value":"setting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"section41Approved"}},{"kind":"Field","name":{"kind":"Name","value":"town"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"ageRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"provision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"designation"}},{"kind":"Field","name":{"kind":"Name","value":"apTiers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"vacanciesInYear"}},{"kind":"Field","name":{"kind":"Name","value":"lastConfirmedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cautions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"latestVersion"}},{"kind":"Field","name":{"kind":"Name","value":"newerVersionAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"requestWindowEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"choicesClosed"}},{"kind":"Field","name":{"kind":"Name","value":"consultationNote"}},{"kind":"Field","name":{"kind":"Name","value":"consultations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settingId"}},{"kind":"Field","name":{"kind":"Name","value":"settingName"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"statusText"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"onList"}},{"kind":"Field","name":{"kind":"Name","value":"familyChoiceRank"}},{"kind":"Field","name":{"kind":"Name","value":"appealBy"}},{"kind":"Field","name":{"kind":"Name","value":"appealText"}},{"kind":"Field","name":{"kind":"Name","value":"named"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"settingId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"typeOfSetting"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"choiceId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"grounds"}},{"kind":"Field","name":{"kind":"Name","value":"groundTexts"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FamilyListQuery, FamilyListQueryVariables>;
export const SetFamilyChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetFamilyChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetFamilyChoicesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setFamilyChoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"choicesClosed"}},{"kind":"Field","name":{"kind":"Name","value":"familyChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"}},{"kind":"Field","name":{"kind":"Name","value":"onRegister"}},{"kind":"Field","name":{"kind":"Name","value":"settingId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"town"}},{"kind":"Field","name":{"kind":"Name","value":"legalRoute"}},{"kind":"Field","name":{"kind":"Name","value":"legalRouteReason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removedFamilyChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"removedAt"}},{"kind":"Field","name":{"kind":"Name","value":"removedReason"}}]}}]}}]}}]} as unknown as DocumentNode<SetFamilyChoicesMutation, SetFamilyChoicesMutationVariables>;
export const ParentsRightsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParentsRights"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"laCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parentsRightsStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"laCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"laCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"paragraphs"}},{"kind":"Field","name":{"kind":"Name","value":"localSendiass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localNotes"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<ParentsRightsQuery, ParentsRightsQueryVariables>;
export const FamilySearchSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FamilySearchSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"familySearchSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"ageRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"laCode"}},{"kind":"Field","name":{"kind":"Name","value":"laName"}},{"kind":"Field","name":{"kind":"Name","value":"town"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}}]}}]}}]} as unknown as DocumentNode<FamilySearchSettingsQuery, FamilySearchSettingsQueryVariables>;
export const GenerateListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GenerateTailoredListInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateTailoredList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"familyLink"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"list"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rangeNote"}},{"kind":"Field","name":{"kind":"Name","value":"familyChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"}},{"kind":"Field","name":{"kind":"Name","value":"onRegister"}},{"kind":"Field","name":{"kind":"Name","value":"settingId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalRoute"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removedFamilyChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"removedAt"}},{"kind":"Field","name":{"kind":"Name","value":"removedBy"}},{"kind":"Field","name":{"kind":"Name","value":"removedReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"familyChoice"}},{"kind":"Field","name":{"kind":"Name","value":"rangeKind"}},{"kind":"Field","name":{"kind":"Name","value":"legalRoute"}},{"kind":"Field","name":{"kind":"Name","value":"legalRouteReason"}},{"kind":"Field","name":{"kind":"Name","value":"setting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"laCode"}},{"kind":"Field","name":{"kind":"Name","value":"laName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"designation"}},{"kind":"Field","name":{"kind":"Name","value":"placementType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"onRoll"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"lastConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cautions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consideredCount"}},{"kind":"Field","name":{"kind":"Name","value":"consideredNotListed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notListedSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settingId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rangeKind"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"specialist"}}]}},{"kind":"Field","name":{"kind":"Name","value":"search"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"radiusKm"}},{"kind":"Field","name":{"kind":"Name","value":"mainstreamRadiusKm"}},{"kind":"Field","name":{"kind":"Name","value":"specialistReachKm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preferAvailablePlaces"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matchingVersion"}}]}}]}}]}}]} as unknown as DocumentNode<GenerateListMutation, GenerateListMutationVariables>;
export const CaseListsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseLists"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseReference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"laCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tailoredLists"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseReference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseReference"}}},{"kind":"Argument","name":{"kind":"Name","value":"laCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"laCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"generatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"familyLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<CaseListsQuery, CaseListsQueryVariables>;
export const WithdrawFamilyLinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawFamilyLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"listId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeFamilyLinks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"listId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"listId"}}}]}]}}]} as unknown as DocumentNode<WithdrawFamilyLinksMutation, WithdrawFamilyLinksMutationVariables>;
export const RegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Register"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SettingFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"laCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"provisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"designation"}},{"kind":"Field","name":{"kind":"Name","value":"apTiers"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"onRoll"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterQuery, RegisterQueryVariables>;
export const SearchSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"ageRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"laCode"}},{"kind":"Field","name":{"kind":"Name","value":"laName"}},{"kind":"Field","name":{"kind":"Name","value":"town"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SearchSettingsQuery, SearchSettingsQueryVariables>;
export const CaseJourneyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseJourney"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseReference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"laCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseJourney"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseReference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseReference"}}},{"kind":"Argument","name":{"kind":"Name","value":"laCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"laCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Journey"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsultationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consultation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"setting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"laCode"}},{"kind":"Field","name":{"kind":"Name","value":"laName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"answer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"ground"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"onList"}},{"kind":"Field","name":{"kind":"Name","value":"familyChoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"familyChoiceRank"}},{"kind":"Field","name":{"kind":"Name","value":"appealBy"}},{"kind":"Field","name":{"kind":"Name","value":"supersedes"}},{"kind":"Field","name":{"kind":"Name","value":"correctionReason"}},{"kind":"Field","name":{"kind":"Name","value":"superseded"}},{"kind":"Field","name":{"kind":"Name","value":"named"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"settingId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"typeOfSetting"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"choiceId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"grounds"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Journey"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseJourney"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"laCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestWindowEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"lists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"familyChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"}},{"kind":"Field","name":{"kind":"Name","value":"settingId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalRoute"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removedFamilyChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"removedAt"}},{"kind":"Field","name":{"kind":"Name","value":"removedBy"}},{"kind":"Field","name":{"kind":"Name","value":"removedReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"choiceHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"choiceId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consultations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsultationSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draftPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"requestWindowEndsOn"}}]}}]}}]} as unknown as DocumentNode<CaseJourneyQuery, CaseJourneyQueryVariables>;
export const RecordDraftPlanSentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDraftPlanSent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseReference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"laCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sentOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DraftPlanKind"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDraftPlanSent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseReference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseReference"}}},{"kind":"Argument","name":{"kind":"Name","value":"laCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"laCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"sentOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sentOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Journey"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsultationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consultation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"setting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"laCode"}},{"kind":"Field","name":{"kind":"Name","value":"laName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"answer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"ground"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"onList"}},{"kind":"Field","name":{"kind":"Name","value":"familyChoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"familyChoiceRank"}},{"kind":"Field","name":{"kind":"Name","value":"appealBy"}},{"kind":"Field","name":{"kind":"Name","value":"supersedes"}},{"kind":"Field","name":{"kind":"Name","value":"correctionReason"}},{"kind":"Field","name":{"kind":"Name","value":"superseded"}},{"kind":"Field","name":{"kind":"Name","value":"named"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"settingId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"typeOfSetting"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"choiceId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"grounds"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Journey"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseJourney"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"laCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestWindowEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"lists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"familyChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"}},{"kind":"Field","name":{"kind":"Name","value":"settingId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalRoute"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removedFamilyChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"removedAt"}},{"kind":"Field","name":{"kind":"Name","value":"removedBy"}},{"kind":"Field","name":{"kind":"Name","value":"removedReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"choiceHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"choiceId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consultations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsultationSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draftPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"requestWindowEndsOn"}}]}}]}}]} as unknown as DocumentNode<RecordDraftPlanSentMutation, RecordDraftPlanSentMutationVariables>;
export const StartConsultationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartConsultation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartConsultationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startConsultation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsultationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsultationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consultation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"setting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"laCode"}},{"kind":"Field","name":{"kind":"Name","value":"laName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"answer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"ground"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnReason"}}]}}]} as unknown as DocumentNode<StartConsultationMutation, StartConsultationMutationVariables>;
export const WithdrawConsultationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawConsultation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawConsultation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsultationSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsultationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consultation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"setting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"laCode"}},{"kind":"Field","name":{"kind":"Name","value":"laName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"answer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"ground"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnReason"}}]}}]} as unknown as DocumentNode<WithdrawConsultationMutation, WithdrawConsultationMutationVariables>;
export const OverdueConsultationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverdueConsultations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consultations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"scope"},"value":{"kind":"EnumValue","value":"SENT_BY_MY_LA"}},{"kind":"ObjectField","name":{"kind":"Name","value":"overdue"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsultationSummary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsultationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consultation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"setting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"laCode"}},{"kind":"Field","name":{"kind":"Name","value":"laName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"answer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"ground"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnReason"}}]}}]} as unknown as DocumentNode<OverdueConsultationsQuery, OverdueConsultationsQueryVariables>;
export const RecordPlacementDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPlacementDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPlacementDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlacementDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Journey"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsultationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Consultation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"setting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"laCode"}},{"kind":"Field","name":{"kind":"Name","value":"laName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"answer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"ground"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"onList"}},{"kind":"Field","name":{"kind":"Name","value":"familyChoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"familyChoiceRank"}},{"kind":"Field","name":{"kind":"Name","value":"appealBy"}},{"kind":"Field","name":{"kind":"Name","value":"supersedes"}},{"kind":"Field","name":{"kind":"Name","value":"correctionReason"}},{"kind":"Field","name":{"kind":"Name","value":"superseded"}},{"kind":"Field","name":{"kind":"Name","value":"named"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"settingId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"typeOfSetting"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"choiceId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"grounds"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Journey"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseJourney"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"laCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestWindowEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"lists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"familyChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"}},{"kind":"Field","name":{"kind":"Name","value":"settingId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalRoute"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removedFamilyChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"removedAt"}},{"kind":"Field","name":{"kind":"Name","value":"removedBy"}},{"kind":"Field","name":{"kind":"Name","value":"removedReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"choiceHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"choiceId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consultations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsultationSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draftPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"requestWindowEndsOn"}}]}}]}}]} as unknown as DocumentNode<RecordPlacementDecisionMutation, RecordPlacementDecisionMutationVariables>;
export const MySettingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySetting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"designation"}},{"kind":"Field","name":{"kind":"Name","value":"capacityVersion"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"onRoll"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"vacanciesByYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingConsultations"}},{"kind":"Field","name":{"kind":"Name","value":"pendingConsultationsOutsideOpenPlace"}},{"kind":"Field","name":{"kind":"Name","value":"pendingConsultationsInOpenPlace"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MySettingQuery, MySettingQueryVariables>;
export const StateCapacityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StateCapacity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCapacityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCapacity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"capacityVersion"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"onRoll"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"pendingConsultations"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<StateCapacityMutation, StateCapacityMutationVariables>;
export const ConfirmCapacityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmCapacity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmCapacity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provisionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"capacityVersion"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ConfirmCapacityMutation, ConfirmCapacityMutationVariables>;
export const CapacityHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CapacityHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacityHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provisionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"changedByRole"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"onRoll"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"onRoll"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CapacityHistoryQuery, CapacityHistoryQueryVariables>;
export const MyConsultationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyConsultations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsultationsFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consultations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"setting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"laCode"}},{"kind":"Field","name":{"kind":"Name","value":"laName"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"primaryNeed"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"ncYear"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"residential"}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryNote"}},{"kind":"Field","name":{"kind":"Name","value":"answerNote"}},{"kind":"Field","name":{"kind":"Name","value":"answer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"ground"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<MyConsultationsQuery, MyConsultationsQueryVariables>;
export const AnswerConsultationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerConsultation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerConsultationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerConsultation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"ground"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}}]}}]}}]} as unknown as DocumentNode<AnswerConsultationMutation, AnswerConsultationMutationVariables>;