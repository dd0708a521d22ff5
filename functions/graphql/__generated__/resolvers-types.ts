import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Setting as SettingModel, Provision as ProvisionModel, CapacityView as CapacityModel, CapacityChange as CapacityChangeModel } from '../../core/model.js';
import type { Caller as CallerModel } from '../../core/access.js';
import type { RightsStatement as RightsStatementModel } from '../../core/rights-statement.js';
import type { TailoredList as TailoredListModel, ListEntry as ListEntryModel, ListRequest as ListRequestModel, FamilyChoice as FamilyChoiceModel } from '../../core/lists/model.js';
import type { FamilyLinkStatus as FamilyLinkStatusModel } from '../../core/journey/link-life.js';
import type { NewFamilyLink as NewFamilyLinkModel } from '../../services/lists-service.js';
import type { FamilyJourneyView as FamilyViewModel, ConsultationView as ConsultationViewModel, FamilyDecisionView as FamilyDecisionViewModel, CaseJourneyView as CaseJourneyModel, FamilyConsultationView as FamilyConsultationViewModel } from '../../core/journey/view.js';
import type { ConsultationAnswerRecord as ConsultationAnswerRecordModel, ChoiceChange as ChoiceChangeModel } from '../../core/journey/model.js';
import type { DecisionView as DecisionViewModel, ChoiceRefusalView as ChoiceRefusalModel } from '../../core/journey/decision.js';
import type { SearchResult as SearchResultModel } from '../../core/search.js';
import type { ErasureReceipt as ErasureReceiptModel } from '../../services/retention-service.js';
import type { StaleSettingView as StaleSettingModel, StaleProvision as StaleProvisionModel } from '../../core/capacity-reminders.js';
import type { SufficiencyView as SufficiencyModel, SufficiencyCell as SufficiencyCellModel, SufficiencyDistrict as SufficiencyDistrictModel } from '../../core/sufficiency/view-model.js';
import type { Period as SufficiencyPeriodModel } from '../../core/sufficiency/periods.js';
import type { PublishedCount as PublishedCountModel } from '../../core/sufficiency/suppression.js';
import type { GraphqlContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** An instant in time, as an ISO 8601 string in UTC, e.g. "2026-11-22T09:30:00.000Z". */
  DateTime: { input: Date; output: string; }
};

export type Address = {
  __typename?: 'Address';
  lines: Array<Scalars['String']['output']>;
  postcode: Maybe<Scalars['String']['output']>;
  town: Maybe<Scalars['String']['output']>;
};

export type AddressInput = {
  lines: Array<Scalars['String']['input']>;
  postcode?: InputMaybe<Scalars['String']['input']>;
  town?: InputMaybe<Scalars['String']['input']>;
};

/** An inclusive range of ages in whole years. */
export type AgeRange = {
  __typename?: 'AgeRange';
  high: Scalars['Int']['output'];
  low: Scalars['Int']['output'];
};

export type AgeRangeInput = {
  high: Scalars['Int']['input'];
  low: Scalars['Int']['input'];
};

export type AnswerConsultationInput = {
  answer: ConsultationAnswer;
  /** At most 2,000 characters. Do not write the child's name. */
  explanation: Scalars['String']['input'];
  /** Required with CANNOT_MEET_NEEDS: one of the first three RefusalGrounds. */
  ground?: InputMaybe<RefusalGround>;
};

/** The tiers of the DfE three-tier alternative provision model (SEND and AP Improvement Plan, 2023). */
export type ApTier =
  /** Targeted support in mainstream schools: outreach, not a placement. */
  | 'TIER_1'
  /** Time-limited placements, aiming at a return to the pupil's school. */
  | 'TIER_2'
  /** Transition placements towards a new school or a post-16 destination. */
  | 'TIER_3';

export type Boarding =
  | 'DAY'
  | 'DAY_AND_RESIDENTIAL'
  | 'RESIDENTIAL';

export type BoardingNeed =
  | 'DAY'
  | 'RESIDENTIAL';

/** Consultations answered "cannot meet" in the period, by the ground given. */
export type CannotMeetCount = {
  __typename?: 'CannotMeetCount';
  count: PublishedCount;
  ground: CannotMeetGround;
};

export type CannotMeetGround =
  | 'INCOMPATIBLE_WITH_EFFICIENT_EDUCATION_OF_OTHERS'
  | 'INCOMPATIBLE_WITH_EFFICIENT_USE_OF_RESOURCES'
  | 'NOT_COMPATIBLE_WITH_EFFICIENT_INSTRUCTION'
  /** The answer was recorded without a ground. */
  | 'NOT_GIVEN'
  | 'UNREASONABLE_PUBLIC_EXPENDITURE'
  | 'UNSUITABLE_FOR_AGE_ABILITY_APTITUDE_OR_SEN';

/** A provision's places and vacancies, as last stated. */
export type Capacity = {
  __typename?: 'Capacity';
  /**
   * When the setting's staff or its LA last said these figures are still correct (confirmCapacity);
   * null if not since they were stated. Lists judge freshness on the later of this and updatedAt.
   */
  confirmedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who confirmed them. */
  confirmedBy: Maybe<Scalars['String']['output']>;
  note: Maybe<Scalars['String']['output']>;
  /** Pupils on roll. May exceed places. */
  onRoll: Scalars['Int']['output'];
  /**
   * Consultations from LAs under way for this provision: the sum of pendingConsultationsOutsideOpenPlace
   * (as stated) and pendingConsultationsInOpenPlace (counted). Lists judge LIMITED on this sum.
   */
  pendingConsultations: Scalars['Int']['output'];
  /**
   * Open consultations in OpenPlace about this provision (not withdrawn, no decision yet), counted by
   * the journey: never stated, and keeping it current never changes capacityVersion. In a history
   * entry, 0: the history records statements.
   */
  pendingConsultationsInOpenPlace: Scalars['Int']['output'];
  /** As stated by the setting or LA: consultations from councils that do not use OpenPlace. */
  pendingConsultationsOutsideOpenPlace: Scalars['Int']['output'];
  /** Commissioned or funded places. */
  places: Scalars['Int']['output'];
  source: CapacitySource;
  /** When these figures were stated. */
  updatedAt: Scalars['DateTime']['output'];
  /** The subject of the account that stated them. */
  updatedBy: Scalars['String']['output'];
  /** Places that can be offered now. */
  vacancies: Scalars['Int']['output'];
  /** Vacancies by national-curriculum year, where the setting gives them. */
  vacanciesByYear: Array<YearVacancies>;
};

/** One accepted capacity change. */
export type CapacityChange = {
  __typename?: 'CapacityChange';
  after: Capacity;
  before: Maybe<Capacity>;
  changedAt: Scalars['DateTime']['output'];
  changedBy: Scalars['String']['output'];
  /** The role of the person who made it; null for an import (no person made it). */
  changedByRole: Maybe<Role>;
  /** A figure stated by the setting or its LA, or one a GIAS import brought in. Entries made before the field existed are STATEMENT. */
  kind: CapacityChangeKind;
  provisionId: Scalars['ID']['output'];
  /** The capacity version this change produced. */
  version: Scalars['Int']['output'];
};

export type CapacityChangeConnection = {
  __typename?: 'CapacityChangeConnection';
  edges: Array<CapacityChangeEdge>;
  pageInfo: PageInfo;
};

export type CapacityChangeEdge = {
  __typename?: 'CapacityChangeEdge';
  cursor: Scalars['String']['output'];
  node: CapacityChange;
};

export type CapacityChangeKind =
  /** The setting's staff or an officer of its LA said the figures are still correct: the figures did not change. */
  | 'CONFIRMATION'
  /** Brought in by a GIAS import (census figures): no person's statement. */
  | 'IMPORT'
  /** Stated by the setting's staff or an officer of its LA. */
  | 'STATEMENT';

/** Someone who keeps a setting's capacity figures: capacity reminders go to them. */
export type CapacityContact = {
  __typename?: 'CapacityContact';
  /** A work email address. */
  email: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type CapacityContactInput = {
  /** A work email address: each at most once per setting. */
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

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

/** Everything that has happened on a child's case after the list, for officers of the child's LA. */
export type CaseJourney = {
  __typename?: 'CaseJourney';
  caseReference: Scalars['String']['output'];
  /** Every change to the family's choices, oldest first. */
  choiceHistory: Array<ChoiceChange>;
  /** Newest first. */
  consultations: Array<Consultation>;
  /** The current decision (not superseded), if one is recorded. */
  decision: Maybe<PlacementDecision>;
  /** Every decision, newest first, corrections included. */
  decisions: Array<PlacementDecision>;
  /** Newest first. */
  draftPlans: Array<DraftPlanRecord>;
  familyChoices: Array<FamilyChoice>;
  laCode: Scalars['String']['output'];
  /** Newest first. */
  lists: Array<CaseListVersion>;
  removedFamilyChoices: Array<FamilyChoice>;
  /** The last day of the family's minimum window to ask for a setting, from the latest draft plan (reg 13). */
  requestWindowEndsOn: Maybe<Scalars['Date']['output']>;
  statement: ParentsRightsStatement;
};

/** A list version of the case, in brief. */
export type CaseListVersion = {
  __typename?: 'CaseListVersion';
  generatedAt: Scalars['DateTime']['output'];
  generatedBy: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

/**
 * A fact about a family-named setting that makes it an unusual fit. It stays on the list; the text
 * never says the council may refuse, and says when a fact does not by itself decide the matter.
 */
export type Caution = {
  __typename?: 'Caution';
  code: CautionCode;
  text: Scalars['String']['output'];
};

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

/** One change to the family's choices, kept with its time: the history is never rewritten. */
export type ChoiceChange = {
  __typename?: 'ChoiceChange';
  at: Scalars['DateTime']['output'];
  by: ChoiceAddedBy;
  choiceId: Scalars['ID']['output'];
  kind: ChoiceChangeKind;
  /** The setting's name, as chosen. */
  name: Scalars['String']['output'];
  /** Its rank after the change (null when removed). */
  rank: Maybe<Scalars['Int']['output']>;
  /** Why it was removed. */
  reason: Maybe<Scalars['String']['output']>;
};

export type ChoiceChangeKind =
  | 'ADDED'
  | 'REMOVED'
  /** The order of the family's choices changed. */
  | 'RERANKED';

/**
 * A family choice the council did not name, with the grounds it relied on. Decisions recorded from
 * 5 December 2026 carry refusals only where s.39 needs grounds (preferences ranked above the one
 * named, or all when none was named); earlier ones may carry refusals of preferences ranked below the
 * one named, kept as the record.
 */
export type ChoiceRefusal = {
  __typename?: 'ChoiceRefusal';
  choiceId: Scalars['ID']['output'];
  explanation: Scalars['String']['output'];
  /** Each ground in plain English, in the same order. */
  groundTexts: Array<Scalars['String']['output']>;
  grounds: Array<RefusalGround>;
  /**
   * False for a preference ranked below the one named, kept from a decision recorded before 5 December
   * 2026: naming a preference refuses none below it, so show it as not decided, not as refused.
   */
  groundsNeeded: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** The choice's rank when the decision was recorded. */
  rank: Scalars['Int']['output'];
};

export type ChoiceRefusalInput = {
  choiceId: Scalars['ID']['input'];
  explanation: Scalars['String']['input'];
  grounds: Array<RefusalGround>;
};

/** A council asking a setting whether it can meet a child's needs (CFA 2014 s.39(2); SEND Code 9.83). */
export type Consultation = {
  __typename?: 'Consultation';
  /** The latest answer, if any. */
  answer: Maybe<ConsultationAnswerRecord>;
  /** The setting's answer informs the council's decision; the council decides. */
  answerNote: Scalars['String']['output'];
  /** Every answer, first to latest. */
  answers: Array<ConsultationAnswerRecord>;
  /** The LA's own case reference: shown to officers of the consulting LA only, null to anyone else. */
  caseReference: Maybe<Scalars['String']['output']>;
  child: ConsultationChild;
  contact: ConsultationContact;
  /** True once the council has recorded its decision for the child: answers can no longer be revised. */
  decisionRecorded: Scalars['Boolean']['output'];
  /** How the draft plan and reports reach the setting: by the council's usual secure route, not through OpenPlace. */
  deliveryNote: Scalars['String']['output'];
  /** sentOn plus CONSULTATION_DAYS (15) calendar days: the SEND Code says settings should answer within 15 days. */
  dueOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  /** The consulting LA: the child's LA. */
  laCode: Scalars['String']['output'];
  laName: Maybe<Scalars['String']['output']>;
  /** The officer's message to the setting. */
  message: Scalars['String']['output'];
  /** Counted in the setting's pendingConsultationsInOpenPlace: not withdrawn, and no decision recorded yet. */
  open: Scalars['Boolean']['output'];
  /** Derived: the due date has passed (in London) and the setting has not answered. */
  overdue: Scalars['Boolean']['output'];
  /** The provision named, if the council named one. */
  provision: Maybe<ConsultedProvision>;
  sentAt: Scalars['DateTime']['output'];
  /** The London date it was sent. */
  sentOn: Scalars['Date']['output'];
  setting: ConsultedSetting;
  status: ConsultationStatus;
  withdrawnAt: Maybe<Scalars['DateTime']['output']>;
  withdrawnReason: Maybe<Scalars['String']['output']>;
};

export type ConsultationAnswer =
  | 'CANNOT_MEET_NEEDS'
  | 'CAN_MEET_NEEDS'
  | 'NEED_MORE_INFORMATION';

export type ConsultationAnswerRecord = {
  __typename?: 'ConsultationAnswerRecord';
  answer: ConsultationAnswer;
  answeredAt: Scalars['DateTime']['output'];
  answeredBy: Scalars['String']['output'];
  explanation: Scalars['String']['output'];
  /** What a CANNOT_MEET_NEEDS answer points to (one of the first three grounds). */
  ground: Maybe<RefusalGround>;
  /** 1 for the first answer; each revision adds one, and every version is kept. */
  version: Scalars['Int']['output'];
};

/** What a consulted setting is told about the child: only what matching used. Never a name or date of birth. */
export type ConsultationChild = {
  __typename?: 'ConsultationChild';
  /** Age in whole years at the start date. */
  age: Scalars['Int']['output'];
  /** National-curriculum year at the start date, where the officer gave it. */
  ncYear: Maybe<Scalars['Int']['output']>;
  primaryNeed: NeedCode;
  residential: Scalars['Boolean']['output'];
  secondaryNeeds: Array<NeedCode>;
  startDate: Scalars['Date']['output'];
};

export type ConsultationConnection = {
  __typename?: 'ConsultationConnection';
  edges: Array<ConsultationEdge>;
  pageInfo: PageInfo;
};

/** Who at the council the setting should answer. */
export type ConsultationContact = {
  __typename?: 'ConsultationContact';
  email: Scalars['String']['output'];
  name: Scalars['String']['output'];
  phone: Maybe<Scalars['String']['output']>;
};

export type ConsultationContactInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
};

export type ConsultationEdge = {
  __typename?: 'ConsultationEdge';
  cursor: Scalars['String']['output'];
  node: Consultation;
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
  laCode?: InputMaybe<Scalars['String']['input']>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  scope?: InputMaybe<ConsultationScope>;
  /** One of the caller's settings (MY_SETTINGS) or a setting in the LA. */
  settingId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ConsultationStatus>;
};

export type ConsultedProvision = {
  __typename?: 'ConsultedProvision';
  id: Scalars['ID']['output'];
  kind: ProvisionKind;
  name: Scalars['String']['output'];
};

export type ConsultedSetting = {
  __typename?: 'ConsultedSetting';
  id: Scalars['ID']['output'];
  laCode: Scalars['String']['output'];
  laName: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  urn: Maybe<Scalars['String']['output']>;
};

export type DraftPlanKind =
  /** A draft EHC plan (section I blank): the family may ask for a setting (SEND Regulations 2014 reg 13). */
  | 'DRAFT_PLAN'
  /** A plan sent with proposed amendments after a review: the same right to ask, again with at least 15 days. */
  | 'PROPOSED_AMENDMENTS';

/** A draft plan (or plan with proposed amendments) sent to the family: it opens their window to ask. */
export type DraftPlanRecord = {
  __typename?: 'DraftPlanRecord';
  kind: DraftPlanKind;
  recordedAt: Scalars['DateTime']['output'];
  recordedBy: Scalars['String']['output'];
  /**
   * The last day of the family's window to ask for a setting: the date the council's letter gave, when
   * the officer recorded it (requestWindowGivenByCouncil); otherwise the minimum, 15 days beginning with
   * the day the plan was sent (SEND Regulations 2014 reg 13(1)(a); reg 22(2)(c) for amendments), so a
   * plan sent on 1 March gives at least until 15 March. The minimum is worked out from sentOn when
   * read: plans recorded before 5 December 2026 stored a day more, which is never shown.
   */
  requestWindowEndsOn: Scalars['Date']['output'];
  /** True when requestWindowEndsOn is the date the council's letter gave; false when it is the Regulations' minimum. */
  requestWindowGivenByCouncil: Scalars['Boolean']['output'];
  sentOn: Scalars['Date']['output'];
};

/** Capacity as read when the list was generated. */
export type EntryCapacity = {
  __typename?: 'EntryCapacity';
  /** When the figures were last stated: how fresh they are. */
  lastConfirmedAt: Maybe<Scalars['DateTime']['output']>;
  onRoll: Maybe<Scalars['Int']['output']>;
  pendingConsultations: Maybe<Scalars['Int']['output']>;
  places: Maybe<Scalars['Int']['output']>;
  source: Maybe<CapacitySource>;
  status: CapacityStatus;
  vacancies: Maybe<Scalars['Int']['output']>;
  /** Vacancies in the child's year group, where the setting gives them by year. */
  vacanciesInYear: Maybe<Scalars['Int']['output']>;
};

/** What erasing a case left behind: this audit record, and nothing else of the case. */
export type ErasureReceipt = {
  __typename?: 'ErasureReceipt';
  /** The case's keyed hash (HMAC under the case keyring, with the key's id): never the case reference. */
  caseHash: Scalars['String']['output'];
  erasedAt: Scalars['DateTime']['output'];
  /** The officer's account id. */
  erasedBy: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Items deleted from the table: list versions (with their family links), consultations, unpublished events and the case record. */
  itemsRemoved: Scalars['Int']['output'];
  laCode: Scalars['String']['output'];
  /** What erasure cannot reach: events already published, point-in-time backups (35 days), logs. */
  notice: Scalars['String']['output'];
  reason: Scalars['String']['output'];
};

/**
 * A setting the family has asked for. It belongs to the case: every new list version carries every
 * current choice, and a choice is removed only with a recorded reason. Never checked against the list.
 */
export type FamilyChoice = {
  __typename?: 'FamilyChoice';
  addedAt: Scalars['DateTime']['output'];
  addedBy: ChoiceAddedBy;
  id: Scalars['ID']['output'];
  laCode: Maybe<Scalars['String']['output']>;
  legalRoute: LegalRoute;
  legalRouteReason: Scalars['String']['output'];
  name: Scalars['String']['output'];
  note: Maybe<Scalars['String']['output']>;
  /** True for a setting on the register (settingId given); false for one entered by hand. */
  onRegister: Scalars['Boolean']['output'];
  postcode: Maybe<Scalars['String']['output']>;
  rank: Scalars['Int']['output'];
  removedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who removed it (their account id). */
  removedBy: Maybe<Scalars['String']['output']>;
  removedReason: Maybe<Scalars['String']['output']>;
  settingId: Maybe<Scalars['ID']['output']>;
  town: Maybe<Scalars['String']['output']>;
  urn: Maybe<Scalars['String']['output']>;
  website: Maybe<Scalars['String']['output']>;
};

/** One family choice: a setting on the register (any LA) by id, or one that is not on it. */
export type FamilyChoiceInput = {
  /** At most 1,000 characters. Do not write the child's name. */
  note?: InputMaybe<Scalars['String']['input']>;
  offRegister?: InputMaybe<OffRegisterSettingInput>;
  settingId?: InputMaybe<Scalars['ID']['input']>;
};

/** A choice the family removes: its own, or (officers only) one an officer added. */
export type FamilyChoiceRemovalByFamilyInput = {
  /** The FamilyChoice id. */
  id: Scalars['ID']['input'];
  /** Why (optional for the family's own choices; kept and shown). */
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type FamilyChoiceRemovalInput = {
  /** The FamilyChoice id. */
  id: Scalars['ID']['input'];
  /** Why it is removed: kept with the removal and shown. */
  reason: Scalars['String']['input'];
};

/** A consultation as the family sees it: never the setting's own words. */
export type FamilyConsultation = {
  __typename?: 'FamilyConsultation';
  dueOn: Scalars['Date']['output'];
  overdue: Scalars['Boolean']['output'];
  sentOn: Scalars['Date']['output'];
  settingId: Scalars['ID']['output'];
  settingName: Scalars['String']['output'];
  status: ConsultationStatus;
  /** The status in plain words. */
  statusText: Scalars['String']['output'];
};

/** The council's decision as the family sees it. */
export type FamilyDecision = {
  __typename?: 'FamilyDecision';
  /**
   * That the school or college named must now admit the child (CFA 2014 s.43), in plain words: only
   * for the kinds the law names (maintained schools, academies, FE colleges, non-maintained special
   * schools, section 41 institutions). Null otherwise, and for a type of setting.
   */
  admissionText: Maybe<Scalars['String']['output']>;
  /** As PlacementDecision.appealBy: the day the appeal must reach the SEND Tribunal by, normally. */
  appealBy: Scalars['Date']['output'];
  /** How to appeal, and by when, in plain words. */
  appealText: Scalars['String']['output'];
  decidedOn: Scalars['Date']['output'];
  familyChoiceRank: Maybe<Scalars['Int']['output']>;
  named: NamedPlacement;
  onList: Scalars['Boolean']['output'];
  refusals: Array<ChoiceRefusal>;
};

/** A draft plan as the family sees it: when it was sent and until when they may ask for a setting. */
export type FamilyDraftPlan = {
  __typename?: 'FamilyDraftPlan';
  kind: DraftPlanKind;
  /** The date the council's letter gave (requestWindowGivenByCouncil), else the Regulations' minimum. */
  requestWindowEndsOn: Scalars['Date']['output'];
  requestWindowGivenByCouncil: Scalars['Boolean']['output'];
  sentOn: Scalars['Date']['output'];
};

export type FamilyLink = {
  __typename?: 'FamilyLink';
  /** When the link stops opening: its own expiry, or a month after the appeal date of a decision already recorded, if later. */
  expiresAt: Scalars['DateTime']['output'];
  /** Give this to the family (e.g. in a link). It is shown only now; OpenPlace keeps only its hash. */
  token: Scalars['String']['output'];
  /**
   * The absolute address of the family's page for this link (\`<base>/f/<token>\`), to send the family:
   * the page shows the list, the statement first, and lets them add, order and remove their choices,
   * with no account. The base is PUBLIC_BASE_URL when set (in AWS, the stack sets it), else the
   * server's own origin. Like the token, it is shown only now.
   */
  url: Scalars['String']['output'];
};

/** A share link as officers see it; the token itself is shown only once, when it is made. */
export type FamilyLinkInfo = {
  __typename?: 'FamilyLinkInfo';
  /** Not withdrawn, and before opensUntil. */
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The expiry the link was made with (familyLinkDays, at most 365 days). */
  expiresAt: Scalars['DateTime']['output'];
  /**
   * When the link stops opening: expiresAt, or a month after the appeal date of the case's decision in
   * force if that is later (each decision or correction sets it). Derived when read.
   */
  opensUntil: Scalars['DateTime']['output'];
  revokedAt: Maybe<Scalars['DateTime']['output']>;
};

/** The list as a family sees it through its share link: no scores, no officer notes. */
export type FamilyList = {
  __typename?: 'FamilyList';
  /** Whether free places changed the order of the list, in plain words. */
  capacityNote: Scalars['String']['output'];
  /** True once a decision is recorded: choices can no longer be changed here. */
  choicesClosed: Scalars['Boolean']['output'];
  consideredCount: Scalars['Int']['output'];
  consideredNotListed: Array<NotListedCount>;
  /** With the consultations: a setting's answer does not decide the matter; the council decides. */
  consultationNote: Scalars['String']['output'];
  /** The council's consultations with settings about the child, newest first. */
  consultations: Array<FamilyConsultation>;
  /** Today's statement, with the council's current additions: what a family page shows first. */
  currentStatement: ParentsRightsStatement;
  /** The council's decision, once recorded (the current one, if it was corrected). */
  decision: Maybe<FamilyDecision>;
  /** How distances were measured: always approximate, and from a district centre when a postcode was given. */
  distanceNote: Scalars['String']['output'];
  /** The latest draft plan (or proposed amendments) sent to the family, with its window. Null before one. */
  draftPlan: Maybe<FamilyDraftPlan>;
  entries: Array<FamilyListEntry>;
  /**
   * When this link stops opening: its own expiry, or, once the council has recorded a decision, a month
   * after the appeal date if that is later. Withdrawn links never open.
   */
  expiresAt: Scalars['DateTime']['output'];
  /** Every setting the family has asked for, on the register or not. */
  familyChoices: Array<FamilyChoice>;
  generatedAt: Scalars['DateTime']['output'];
  /** The case's newest list version: when it is above version, the council has made a newer list. */
  latestVersion: Scalars['Int']['output'];
  /** True when the council has made a newer version of this list (ask it for the new link). */
  newerVersionAvailable: Scalars['Boolean']['output'];
  /** Other settings we looked at: the specialist settings weighed and left off. Null on lists made before matching 2.0.0. */
  notListedSettings: Maybe<Array<NotListedSetting>>;
  /**
   * When the list is for a move every child makes at that year group (Reception or Year 7 between
   * school phases, Year 12 to post-16) starting in the autumn: the date by which the plan must name
   * the next setting (SEND Regulations 2014 reg 18), in plain words. Null otherwise.
   */
  phaseTransferNote: Maybe<Scalars['String']['output']>;
  rangeNote: Maybe<Scalars['String']['output']>;
  removedFamilyChoices: Array<FamilyChoice>;
  /**
   * The last day the family may ask for a setting after the latest draft plan: the date the council's
   * letter gave, when recorded; else the minimum, 15 days beginning with the day the plan was sent
   * ("at least until": the letter may give longer). Null before a draft plan is recorded. The same as
   * draftPlan.requestWindowEndsOn.
   */
  requestWindowEndsOn: Maybe<Scalars['Date']['output']>;
  /**
   * The statement this list was made with, kept as the record: the family may ask for any setting, on
   * this list or not. When its version is older than currentStatement's, show currentStatement first.
   */
  statement: ParentsRightsStatement;
  /** This list's version of the case. */
  version: Scalars['Int']['output'];
};

export type FamilyListEntry = {
  __typename?: 'FamilyListEntry';
  capacity: EntryCapacity;
  cautions: Array<Caution>;
  distanceKm: Scalars['Float']['output'];
  familyChoice: Scalars['Boolean']['output'];
  legalRoute: LegalRoute;
  /** The legal route in plain English. */
  legalRouteReason: Scalars['String']['output'];
  provision: FamilyProvision;
  rangeKind: RangeKind;
  rank: Scalars['Int']['output'];
  reasons: Array<FamilyReason>;
  setting: FamilySetting;
};

export type FamilyProvision = {
  __typename?: 'FamilyProvision';
  apTiers: Array<ApTier>;
  designation: Array<NeedCode>;
  kind: ProvisionKind;
  name: Scalars['String']['output'];
};

export type FamilyReason = {
  __typename?: 'FamilyReason';
  code: ReasonCode;
  text: Scalars['String']['output'];
};

export type FamilySetting = {
  __typename?: 'FamilySetting';
  ageRange: AgeRange;
  kind: SettingKind;
  location: Location;
  name: Scalars['String']['output'];
  postcode: Maybe<Scalars['String']['output']>;
  section41Approved: Scalars['Boolean']['output'];
  sector: Sector;
  town: Maybe<Scalars['String']['output']>;
  urn: Maybe<Scalars['String']['output']>;
};

export type GenderIntake =
  | 'BOYS'
  | 'GIRLS'
  | 'MIXED';

export type GenerateTailoredListInput = {
  /** Age in whole years at the start date. Give this or ncYear. */
  age?: InputMaybe<Scalars['Int']['input']>;
  boarding?: InputMaybe<BoardingNeed>;
  /** The LA's own case reference (letters, digits, / _ . -). Never a name. */
  caseReference: Scalars['String']['input'];
  /**
   * Settings the family asks for, added to the case's choices: always on the list, first, whatever
   * they score. Choices of earlier versions (and those the family added through its link) are carried
   * over; a case holds at most 30 at once, and a family adds through its link up to 10.
   */
  familyChoices?: InputMaybe<Array<FamilyChoiceInput>>;
  /** How long the family link lasts, in days (default 90, at most 365). */
  familyLinkDays?: InputMaybe<Scalars['Int']['input']>;
  /**
   * Settings the family has already named (on the register). Use familyChoices.
   * @deprecated Use familyChoices, which also takes settings not on the register.
   */
  familyNamedSettingIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Consider single-sex settings of this intake as well as mixed ones. */
  genderIntake?: InputMaybe<SingleSexIntake>;
  /** Home, as coordinates (kept to about 100 m). Give this or homePostcode. Only used for distances. */
  home?: InputMaybe<LocationInput>;
  /**
   * Home postcode (or just its district, e.g. "RH12"). The list then measures from the centre of the
   * postcode district and says so. Give this or home.
   */
  homePostcode?: InputMaybe<Scalars['String']['input']>;
  /** The child's LA (3-digit DfE code). Settings anywhere within reach are considered. */
  laCode: Scalars['String']['input'];
  /** How many suggestions besides the family's own (default 10, at most 50). */
  maxEntries?: InputMaybe<Scalars['Int']['input']>;
  /** How far the family can travel, in km (straight line). Defaults by age: 10 under 4, 15 to age 10, 25 to 15, 30 from 16. */
  maxTravelKm?: InputMaybe<Scalars['Float']['input']>;
  /** National-curriculum year at the start date (0 = Reception). Give this or age. */
  ncYear?: InputMaybe<Scalars['Int']['input']>;
  /** Seen by officers only, never by the family. Do not write the child's name. */
  officerNotes?: InputMaybe<Scalars['String']['input']>;
  /** Let settings with free places score higher. By default capacity is shown but never scored. */
  preferAvailablePlaces?: InputMaybe<Scalars['Boolean']['input']>;
  primaryNeed: NeedCode;
  provisionPreference?: InputMaybe<ProvisionPreferenceInput>;
  /** A religious character the family would prefer (a soft preference). */
  religiousCharacter?: InputMaybe<Scalars['String']['input']>;
  /** Choices to remove, each with its reason (kept and shown). */
  removeFamilyChoices?: InputMaybe<Array<FamilyChoiceRemovalInput>>;
  secondaryNeeds?: InputMaybe<Array<NeedCode>>;
  startDate: Scalars['Date']['input'];
};

export type GenerateTailoredListPayload = {
  __typename?: 'GenerateTailoredListPayload';
  familyLink: FamilyLink;
  list: TailoredList;
};

/** What the law says the council must do if the family asks for the setting. */
export type LegalRoute =
  /** Independent settings not on the section 41 list (Education Act 1996 s.9); pupil referral units. */
  | 'MUST_CONSIDER'
  /** Maintained schools and nursery schools, academies, FE colleges, non-maintained special schools, section 41 settings (CFA 2014 s.38(3), s.39(4)). */
  | 'MUST_NAME_UNLESS_EXCEPTION'
  /** Not yet confirmed from a source (sixth-form centres, city technology colleges), or not on the register. */
  | 'TO_BE_CONFIRMED';

export type ListEntry = {
  __typename?: 'ListEntry';
  capacity: EntryCapacity;
  cautions: Array<Caution>;
  /** Straight-line distance from home in km: approximate, not a travel route. */
  distanceKm: Scalars['Float']['output'];
  /** Named by the family: always on the list, whatever its score, capacity or distance. */
  familyChoice: Scalars['Boolean']['output'];
  /** What the council must do if the family asks for it. Derived at read time on older lists. */
  legalRoute: LegalRoute;
  /** The legal route in plain English, for families. */
  legalRouteReason: Scalars['String']['output'];
  provision: ListedProvision;
  /** The kind of setting in the list's range. Derived at read time on lists made before matching 2.0.0. */
  rangeKind: RangeKind;
  rank: Scalars['Int']['output'];
  reasons: Array<ListReason>;
  score: Scalars['Float']['output'];
  setting: ListedSetting;
};

export type ListNeeds = {
  __typename?: 'ListNeeds';
  primaryNeed: NeedCode;
  secondaryNeeds: Array<NeedCode>;
};

/** Why a setting is on the list: one factor each, in plain English. */
export type ListReason = {
  __typename?: 'ListReason';
  code: ReasonCode;
  /** What this factor added to the entry's score (officers only; never shown to families). */
  points: Scalars['Float']['output'];
  text: Scalars['String']['output'];
};

/** What the officer asked for: no name or date of birth, only what matching needs. */
export type ListRequest = {
  __typename?: 'ListRequest';
  age: Scalars['Int']['output'];
  boarding: Maybe<BoardingNeed>;
  /** The on-register settings among the family's current choices. */
  familyNamedSettingIds: Array<Scalars['ID']['output']>;
  genderIntake: Maybe<SingleSexIntake>;
  home: Location;
  /** True when the home is a postcode district's centre, not an exact point. */
  homeApproximate: Scalars['Boolean']['output'];
  homePostcodeDistrict: Maybe<Scalars['String']['output']>;
  maxEntries: Scalars['Int']['output'];
  maxTravelKm: Scalars['Float']['output'];
  ncYear: Maybe<Scalars['Int']['output']>;
  needs: ListNeeds;
  /**
   * True when the officer asked for settings with free places to score higher. Otherwise capacity is
   * shown but adds nothing. On lists made before matching 2.0.0: true when their capacity weights scored.
   */
  preferAvailablePlaces: Scalars['Boolean']['output'];
  provisionPreference: Maybe<ProvisionPreference>;
  religiousCharacter: Maybe<Scalars['String']['output']>;
  startDate: Scalars['Date']['output'];
  /** True when maxTravelKm is the default for the child's age, not a figure the officer gave. */
  travelDistanceDefaulted: Scalars['Boolean']['output'];
};

/**
 * How far the search went. Every setting with designated or specialist provision within radiusKm (the
 * travel distance) was weighed; mainstream schools without designated provision were read nearest
 * first, out to mainstreamRadiusKm, where none further out could have changed the list; and the
 * nearest specialist provisions for the main need that take the child's age (3, or 5 residential for a
 * residential request) were found wherever they are, searching out to specialistReachKm.
 */
export type ListSearch = {
  __typename?: 'ListSearch';
  mainstreamRadiusKm: Scalars['Float']['output'];
  radiusKm: Scalars['Float']['output'];
  /** How far the search for the nearest specialist provision for the main need went (km); the travel distance on older lists. */
  specialistReachKm: Scalars['Float']['output'];
};

export type ListedProvision = {
  __typename?: 'ListedProvision';
  apTiers: Array<ApTier>;
  designation: Array<NeedCode>;
  id: Scalars['ID']['output'];
  kind: ProvisionKind;
  name: Scalars['String']['output'];
  placementType: PlacementType;
};

/** The setting as it was when the list was generated. */
export type ListedSetting = {
  __typename?: 'ListedSetting';
  ageRange: AgeRange;
  /** The GIAS establishment type code, where the register had it. */
  establishmentType: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  kind: SettingKind;
  laCode: Scalars['String']['output'];
  /** The LA's name (null on lists made before matching 2.0.0). */
  laName: Maybe<Scalars['String']['output']>;
  location: Location;
  name: Scalars['String']['output'];
  postcode: Maybe<Scalars['String']['output']>;
  section41Approved: Scalars['Boolean']['output'];
  sector: Sector;
  town: Maybe<Scalars['String']['output']>;
  urn: Maybe<Scalars['String']['output']>;
};

export type LocalRightsInfoInput = {
  laCode: Scalars['String']['input'];
  /** Short local notes shown under the core statement (at most 5). */
  notes?: InputMaybe<Array<Scalars['String']['input']>>;
  sendiass?: InputMaybe<SendiassContactInput>;
};

export type Location = {
  __typename?: 'Location';
  /** WGS84 latitude. */
  lat: Scalars['Float']['output'];
  /** WGS84 longitude. */
  lon: Scalars['Float']['output'];
};

export type LocationInput = {
  lat: Scalars['Float']['input'];
  lon: Scalars['Float']['input'];
};

export type MatchingWeights = {
  __typename?: 'MatchingWeights';
  apTier: Scalars['Float']['output'];
  /** Capacity weights: 0 unless the request set preferAvailablePlaces. */
  available: Scalars['Float']['output'];
  designationNotRecorded: Scalars['Float']['output'];
  distance: Scalars['Float']['output'];
  limited: Scalars['Float']['output'];
  mainstreamPlace: Scalars['Float']['output'];
  primaryNeed: Scalars['Float']['output'];
  provisionType: Scalars['Float']['output'];
  religiousCharacter: Scalars['Float']['output'];
  secondaryNeed: Scalars['Float']['output'];
  secondaryNeedMax: Scalars['Float']['output'];
  unconfirmed: Scalars['Float']['output'];
};

export type Me = {
  __typename?: 'Me';
  /** The 3-digit DfE LA codes this caller acts for as an officer. */
  laCodes: Array<Scalars['String']['output']>;
  /** Plain-English lines describing what this caller may do. */
  permissions: Array<Scalars['String']['output']>;
  roles: Array<Role>;
  /** The settings whose capacity this caller keeps as staff. */
  settingIds: Array<Scalars['ID']['output']>;
  /** The token's subject. Null for anonymous callers. */
  subject: Maybe<Scalars['String']['output']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Staff of the consulted setting: revisable until the decision; every version kept. */
  answerConsultation: Consultation;
  /**
   * Staff of the setting, or officers of its LA: "these figures are still correct". Moves the provision
   * to its next capacity version with the same figures and a CONFIRMATION history entry; lists count
   * them fresh from now. Refused (FIGURES_NOT_CONFIRMABLE) for GIAS or SYNTHETIC figures, and where
   * there are none; CONFLICT if the provision moved on from expectedVersion.
   */
  confirmCapacity: Provision;
  /** Officers of the list's LA: a new family link (e.g. after withdrawing one). */
  createFamilyLink: FamilyLink;
  /**
   * Officers of the child's LA: erase the case now. Its family links stop at once; its lists, choices,
   * consultations (their places in settings' open counts given back) and journey record are deleted,
   * leaving only the receipt. Erasing it again answers the same receipt. The reason is kept in the
   * audit record: do not name the child in it.
   */
  eraseCase: ErasureReceipt;
  /** Officers of the child's LA. */
  generateTailoredList: GenerateTailoredListPayload;
  /**
   * Officers of the child's LA: the date a draft plan (or proposed amendments) went to the family.
   * sentOn may not be after today (London), more than a year ago, or before the case's first list
   * (BAD_USER_INPUT with DATE_IN_FUTURE, DATE_TOO_OLD or DATE_BEFORE_FIRST_LIST on sentOn).
   * requestWindowEndsOn is the last day the council's letter gives the family to ask for a setting;
   * without it, the family is shown the Regulations' minimum (sentOn plus 14 days, "at least until").
   * It is refused before that minimum (REQUEST_WINDOW_TOO_SHORT) or more than 60 days after sentOn
   * (REQUEST_WINDOW_TOO_LONG).
   */
  recordDraftPlanSent: CaseJourney;
  /** Officers of the child's LA. Immutable: a correction supersedes the decision, with a reason. */
  recordPlacementDecision: CaseJourney;
  /** Officers of the list's LA: withdraws every family link of the list. Returns how many were active. */
  revokeFamilyLinks: Scalars['Int']['output'];
  /**
   * Staff of the setting, or officers of its LA: replaces the people who keep its capacity figures
   * (at most 5, each with a name and a work email; an empty list removes them all).
   */
  setCapacityContacts: Setting;
  /** No account: the family link's token. Adds, re-ranks or removes the family's own choices; refused once a decision is recorded. */
  setFamilyChoices: FamilyList;
  /** Officers of that LA: the SENDIASS contact and notes shown under the core statement on new lists. */
  setLocalRightsInfo: ParentsRightsStatement;
  /** LA officers, for settings in their LA. */
  setSettingStatus: Setting;
  /** Officers of the child's LA: consult a setting about the child. Due CONSULTATION_DAYS (15) calendar days after sending. */
  startConsultation: Consultation;
  /** Staff of the setting, or officers of its LA. */
  updateCapacity: Provision;
  /** LA officers, for settings in their LA. Creates or updates a setting and its provisions. */
  upsertSetting: Setting;
  /** Officers of the consulting LA, with a reason. */
  withdrawConsultation: Consultation;
};


export type MutationAnswerConsultationArgs = {
  id: Scalars['ID']['input'];
  input: AnswerConsultationInput;
};


export type MutationConfirmCapacityArgs = {
  expectedVersion: Scalars['Int']['input'];
  provisionId: Scalars['ID']['input'];
};


export type MutationCreateFamilyLinkArgs = {
  days?: InputMaybe<Scalars['Int']['input']>;
  listId: Scalars['ID']['input'];
};


export type MutationEraseCaseArgs = {
  caseReference: Scalars['String']['input'];
  laCode: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


export type MutationGenerateTailoredListArgs = {
  input: GenerateTailoredListInput;
};


export type MutationRecordDraftPlanSentArgs = {
  caseReference: Scalars['String']['input'];
  kind: DraftPlanKind;
  laCode: Scalars['String']['input'];
  requestWindowEndsOn?: InputMaybe<Scalars['Date']['input']>;
  sentOn: Scalars['Date']['input'];
};


export type MutationRecordPlacementDecisionArgs = {
  input: RecordPlacementDecisionInput;
};


export type MutationRevokeFamilyLinksArgs = {
  listId: Scalars['ID']['input'];
};


export type MutationSetCapacityContactsArgs = {
  contacts: Array<CapacityContactInput>;
  settingId: Scalars['ID']['input'];
};


export type MutationSetFamilyChoicesArgs = {
  input: SetFamilyChoicesInput;
  token: Scalars['String']['input'];
};


export type MutationSetLocalRightsInfoArgs = {
  input: LocalRightsInfoInput;
};


export type MutationSetSettingStatusArgs = {
  id: Scalars['ID']['input'];
  status: SettingStatus;
};


export type MutationStartConsultationArgs = {
  input: StartConsultationInput;
};


export type MutationUpdateCapacityArgs = {
  input: UpdateCapacityInput;
};


export type MutationUpsertSettingArgs = {
  input: UpsertSettingInput;
};


export type MutationWithdrawConsultationArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

/** The setting, or type of setting, named in the final plan. */
export type NamedPlacement = {
  __typename?: 'NamedPlacement';
  kind: NamedPlacementKind;
  laCode: Maybe<Scalars['String']['output']>;
  /** The setting's name, or for TYPE_OF_SETTING a description of the type. */
  name: Scalars['String']['output'];
  provisionId: Maybe<Scalars['ID']['output']>;
  /** For REGISTER_SETTING. */
  settingId: Maybe<Scalars['ID']['output']>;
  /** For TYPE_OF_SETTING. */
  typeOfSetting: Maybe<PlacementType>;
  urn: Maybe<Scalars['String']['output']>;
};

/** Exactly one of settingId, offRegister or typeOfSetting. */
export type NamedPlacementInput = {
  /** The family choice it is, when it is one (found by setting otherwise). */
  familyChoiceId?: InputMaybe<Scalars['ID']['input']>;
  offRegister?: InputMaybe<OffRegisterSettingInput>;
  provisionId?: InputMaybe<Scalars['ID']['input']>;
  settingId?: InputMaybe<Scalars['ID']['input']>;
  /** For typeOfSetting: the type in words, e.g. "a special school for autistic children". */
  typeDescription?: InputMaybe<Scalars['String']['input']>;
  typeOfSetting?: InputMaybe<PlacementType>;
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

/** A new base (resourced provision) at a named open mainstream school. */
export type NewBaseInput = {
  ageRange: AgeRangeInput;
  /** The needs it would be designated for (at least one). */
  needs: Array<NeedCode>;
  /** 1 to 200. */
  places: Scalars['Int']['input'];
  settingId: Scalars['ID']['input'];
};

export type NotListedCount = {
  __typename?: 'NotListedCount';
  count: Scalars['Int']['output'];
  reason: NotListedReason;
};

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

/** A setting weighed for the list and left off it, named so that anyone can check what a list left out. */
export type NotListedSetting = {
  __typename?: 'NotListedSetting';
  /** Straight-line distance from home in km. */
  distanceKm: Scalars['Float']['output'];
  kind: SettingKind;
  laCode: Scalars['String']['output'];
  name: Scalars['String']['output'];
  rangeKind: RangeKind;
  reason: NotListedReason;
  sector: Sector;
  settingId: Scalars['ID']['output'];
  /** True for specialist or alternative provision; false for the mainstream schools read just below the cut-off. */
  specialist: Scalars['Boolean']['output'];
  town: Maybe<Scalars['String']['output']>;
};

/** A setting that is not on the register: the one shape wherever a family's choice is entered. */
export type OffRegisterSettingInput = {
  /** The 3-digit DfE code of its LA, if known. */
  laCode?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  postcode?: InputMaybe<Scalars['String']['input']>;
  town?: InputMaybe<Scalars['String']['input']>;
  urn?: InputMaybe<Scalars['String']['input']>;
  /** Its web address (http:// or https://). */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** Relay-style page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to get the next page. */
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/**
 * The statement of the family's right to ask for any setting. Its core text is fixed and versioned;
 * an LA may add its SENDIASS contact and local notes underneath, never change or remove the core.
 */
export type ParentsRightsStatement = {
  __typename?: 'ParentsRightsStatement';
  /**
   * The London date from which this version of the text applies. On lists stored before the field
   * existed, it is derived from the version.
   */
  effectiveFrom: Scalars['Date']['output'];
  legalReferences: Array<Scalars['String']['output']>;
  /** Anything else the LA has added under the core text. */
  localNotes: Array<Scalars['String']['output']>;
  /** The LA's SENDIASS (free, impartial advice), where the LA has added it. */
  localSendiass: Maybe<SendiassContact>;
  /** The core text in full, paragraph by paragraph: the same on every list. */
  paragraphs: Array<Scalars['String']['output']>;
  /**
   * At most five short paragraphs, shown first: enough alone. On lists stored before the field
   * existed (version 2026-11.1), the first two paragraphs of their full text.
   */
  summary: Array<Scalars['String']['output']>;
  /**
   * The whole statement as plain text: title, summary, core paragraphs, then the LA's additions (or,
   * where the LA has added no SENDIASS contact, how to find yours).
   */
  text: Scalars['String']['output'];
  title: Scalars['String']['output'];
  version: Scalars['String']['output'];
};

export type Phase =
  | 'ALL_THROUGH'
  | 'MIDDLE'
  | 'NOT_APPLICABLE'
  | 'NURSERY'
  | 'PRIMARY'
  | 'SECONDARY'
  | 'SIXTEEN_PLUS';

export type PlaceArea =
  /** In another council's area. */
  | 'BEYOND'
  /** In the council's own area. */
  | 'IN_AREA';

/** One change to try: give exactly one of the three (ONE_OF_FIELDS otherwise). */
export type PlaceChangeInput = {
  /** Free places of a need added at an open setting, as from today. */
  addPlaces?: InputMaybe<PlacesAtSettingInput>;
  newBase?: InputMaybe<NewBaseInput>;
  /** Free places of a need taken away at an open setting (NO_PLACES_FOR_NEED where it has none). */
  removePlaces?: InputMaybe<PlacesAtSettingInput>;
};

export type PlaceKind =
  | 'ALTERNATIVE_PROVISION'
  /** A non-maintained or independent special school. */
  | 'INDEPENDENT_OR_NON_MAINTAINED_SPECIAL'
  /** A mainstream school's resourced provision or SEN unit. */
  | 'RESOURCED_PROVISION_OR_UNIT'
  /** A maintained special school or special academy. */
  | 'STATE_SPECIAL';

/** The council's decision on the setting to name. Immutable: a correction is a new decision that supersedes it. */
export type PlacementDecision = {
  __typename?: 'PlacementDecision';
  /**
   * The last day the appeal must reach the SEND Tribunal, normally: two months from when written notice
   * of the decision was sent, taken as decidedOn (Tribunal Procedure (HESC) Rules r.20(1)(c): the appeal
   * must be received within the time). A later date may apply after mediation.
   */
  appealBy: Scalars['Date']['output'];
  correctionReason: Maybe<Scalars['String']['output']>;
  /** The date of the council's decision letter (London). */
  decidedOn: Scalars['Date']['output'];
  /** The family choice it was, if it was one. */
  familyChoiceId: Maybe<Scalars['ID']['output']>;
  /** That choice's rank (1 = the family's first choice). */
  familyChoiceRank: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  named: NamedPlacement;
  /** Whether the setting named was an entry of the latest list when the decision was recorded. */
  onList: Scalars['Boolean']['output'];
  recordedAt: Scalars['DateTime']['output'];
  recordedBy: Scalars['String']['output'];
  refusals: Array<ChoiceRefusal>;
  /** True when a later decision corrected this one. */
  superseded: Scalars['Boolean']['output'];
  /** The decision this one corrects, if any. */
  supersedes: Maybe<Scalars['ID']['output']>;
};

/** The kinds of provision a child's plan may point to. */
export type PlacementType =
  | 'ALTERNATIVE_PROVISION'
  | 'EARLY_YEARS'
  | 'FURTHER_EDUCATION'
  | 'MAINSTREAM'
  | 'RESOURCED_PROVISION_OR_UNIT'
  | 'SPECIAL_SCHOOL';

/** Places of one need at one open setting. */
export type PlacesAtSettingInput = {
  need: NeedCode;
  /** 1 to 200. */
  places: Scalars['Int']['input'];
  settingId: Scalars['ID']['input'];
};

/** Something a setting offers, with its own designation and capacity. */
export type Provision = {
  __typename?: 'Provision';
  /** The ages this provision takes, where narrower than the setting's. */
  ageRange: Maybe<AgeRange>;
  /** For AP programmes: the tiers offered. */
  apTiers: Array<ApTier>;
  /** The live capacity. Null until someone has stated it. */
  capacity: Maybe<Capacity>;
  /** The version the next capacity update must be based on (0 before any update). */
  capacityVersion: Scalars['Int']['output'];
  /** The need types this provision is designated for. Empty means no designation (e.g. a mainstream main roll). */
  designation: Array<NeedCode>;
  id: Scalars['ID']['output'];
  kind: ProvisionKind;
  name: Scalars['String']['output'];
  settingId: Scalars['ID']['output'];
  source: ProvisionSource;
};

export type ProvisionInput = {
  ageRange?: InputMaybe<AgeRangeInput>;
  /** Required, and only allowed, for AP programmes. */
  apTiers?: InputMaybe<Array<ApTier>>;
  designation: Array<NeedCode>;
  /**
   * Give the id to update an existing provision. Without an id, the setting's provision of the
   * same kind and name is updated (the main roll is matched by kind alone), or a new one is added.
   */
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: ProvisionKind;
  name: Scalars['String']['input'];
};

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

export type ProvisionPreference = {
  __typename?: 'ProvisionPreference';
  apTiers: Array<ApTier>;
  required: Scalars['Boolean']['output'];
  types: Array<PlacementType>;
};

export type ProvisionPreferenceInput = {
  /** For ALTERNATIVE_PROVISION: the tiers that fit. */
  apTiers?: InputMaybe<Array<ApTier>>;
  /** If true, only these kinds of provision are listed (family-named settings always are). */
  required?: InputMaybe<Scalars['Boolean']['input']>;
  types: Array<PlacementType>;
};

/** Where a provision and its designation came from. */
export type ProvisionSource =
  | 'GIAS'
  | 'LA'
  /** Generated for demonstration or benchmarking: not a real provision. */
  | 'SYNTHETIC';

/**
 * A count of children or lists as published: rounded down to a multiple of 5 (5 stands for 5 to 9),
 * with 1 to 4 shown as "fewer than 5" and 0 as 0, so no figure is ever about one child. Where the
 * parts of a total, read with it, would still say exactly how many of 1 to 4 one part is, that
 * breakdown is not shown for that count (withheld).
 */
export type PublishedCount = {
  __typename?: 'PublishedCount';
  /** True for 1 to 4. */
  fewerThanFive: Scalars['Boolean']['output'];
  /** The count in words, the same in every output: "0", "fewer than 5", "25", "not shown". */
  text: Scalars['String']['output'];
  /** Rounded down to a multiple of 5; null for 1 to 4, and when withheld. */
  value: Maybe<Scalars['Int']['output']>;
  /** True when not shown: with the figures beside it, it would pin a count of 1 to 4. */
  withheld: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Newest first. Staff of the setting and officers of its LA. */
  capacityHistory: CapacityChangeConnection;
  /** Officers of the child's LA. */
  caseJourney: CaseJourney;
  /** Staff of the setting, officers of the consulting LA, and officers of the setting's LA. */
  consultation: Maybe<Consultation>;
  /** Newest first. Setting staff: to their settings. Officers: sent by their LA, or to settings in it. */
  consultations: ConsultationConnection;
  /** No account needed: the token from a family link. Wrong, expired and withdrawn links get one uniform NOT_FOUND. */
  familyList: FamilyList;
  /** No account: the family link's token. The same search, so a family can ask for a setting on no list. Rate-limited per link. */
  familySearchSettings: Array<SettingSearchResult>;
  /** Who the caller is and what it may do. Works without a token (role ANONYMOUS). */
  me: Me;
  /** The parents'-rights statement, for any screen. With an LA code, includes that LA's additions. */
  parentsRightsStatement: ParentsRightsStatement;
  /** Signed-in officers and setting staff: open settings on the register in England, by name, town, postcode district or URN. */
  searchSettings: SettingSearchConnection;
  setting: Maybe<Setting>;
  settings: SettingConnection;
  /**
   * Officers of that LA: its open settings whose figures were not stated or confirmed for
   * CAPACITY_REMINDER_DAYS (default 21), in name order, with when they were last reminded.
   */
  staleCapacity: StaleCapacityConnection;
  /**
   * Officers of that council only. period is fixed: an academic year (2026-27) or one of its terms
   * (2026-27-autumn, -spring, -summer); other bounds are refused (BAD_FORMAT), calendar quarters
   * among them (they cross the terms, so the two could be subtracted), as is a period not yet begun (PERIOD_NOT_STARTED). waitingWeeks: 1 to 104.
   */
  sufficiency: Sufficiency;
  /**
   * Officers of that council only. Replays the period's lists over the register and its live figures
   * as they are now, with and without up to 20 changes, and says what would have been different.
   * Nothing is written. Refusals as sufficiency's, and TOO_MANY (over 20 changes), ONE_OF_FIELDS,
   * OUT_OF_RANGE (places 1 to 200), NOT_ON_THE_REGISTER, SETTING_NOT_OPEN, NO_PLACES_FOR_NEED,
   * NOT_A_MAINSTREAM_SCHOOL (a new base elsewhere),
   * AGE_RANGE_INVERTED, REQUIRED (a new base with no need).
   */
  sufficiencyWhatIf: SufficiencyWhatIf;
  /** Officers of the list's LA. */
  tailoredList: Maybe<TailoredList>;
  /** Every version for a case, newest first. Officers of that LA; laCode defaults to the officer's only LA. */
  tailoredLists: Array<TailoredList>;
};


export type QueryCapacityHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  provisionId: Scalars['ID']['input'];
};


export type QueryCaseJourneyArgs = {
  caseReference: Scalars['String']['input'];
  laCode: Scalars['String']['input'];
};


export type QueryConsultationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryConsultationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ConsultationsFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFamilyListArgs = {
  token: Scalars['String']['input'];
};


export type QueryFamilySearchSettingsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type QueryParentsRightsStatementArgs = {
  laCode?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySearchSettingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


export type QuerySettingArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySettingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SettingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryStaleCapacityArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  laCode: Scalars['String']['input'];
};


export type QuerySufficiencyArgs = {
  laCode: Scalars['String']['input'];
  period: Scalars['String']['input'];
  waitingWeeks?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySufficiencyWhatIfArgs = {
  changes: Array<PlaceChangeInput>;
  laCode: Scalars['String']['input'];
  period: Scalars['String']['input'];
};


export type QueryTailoredListArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTailoredListsArgs = {
  caseReference: Scalars['String']['input'];
  laCode?: InputMaybe<Scalars['String']['input']>;
};

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
  caseReference: Scalars['String']['input'];
  /** Required with supersedes. */
  correctionReason?: InputMaybe<Scalars['String']['input']>;
  /**
   * The date of the decision letter (London): not after today, not more than a year ago, not before the
   * case's first list (DATE_IN_FUTURE, DATE_TOO_OLD, DATE_BEFORE_FIRST_LIST). A letter sent tomorrow
   * is recorded tomorrow.
   */
  decidedOn: Scalars['Date']['input'];
  /**
   * The family's current choice ids in order, as the officer confirmed them. When given and the family
   * has changed its choices since, nothing is recorded (FAMILY_ORDER_CHANGED, with currentOrder).
   */
  familyOrder?: InputMaybe<Array<Scalars['ID']['input']>>;
  laCode: Scalars['String']['input'];
  named: NamedPlacementInput;
  /**
   * The grounds relied on and why, for each family preference s.39 needs them for: every preference
   * ranked above the one named, or every preference when the council names a setting the family did
   * not ask for, or a type of setting. None when the council names the family's first preference.
   * Missing ones are refused (REFUSAL_GROUNDS_MISSING); grounds for a preference ranked below the one
   * named are refused too (REFUSAL_NOT_NEEDED): naming a preference refuses none below it.
   */
  refusals?: InputMaybe<Array<ChoiceRefusalInput>>;
  /** To correct a recorded decision: its id. Decisions are never changed, only superseded. */
  supersedes?: InputMaybe<Scalars['ID']['input']>;
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

export type SendiassContact = {
  __typename?: 'SendiassContact';
  email: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  phone: Maybe<Scalars['String']['output']>;
  website: Maybe<Scalars['String']['output']>;
};

export type SendiassContactInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  website?: InputMaybe<Scalars['String']['input']>;
};

export type SetFamilyChoicesInput = {
  /** Settings to ask for: on the register (any LA, from familySearchSettings) or not on it. */
  add?: InputMaybe<Array<FamilyChoiceInput>>;
  /** Choice ids in the family's order of preference, first choice first. Choices not named keep their order after these. */
  order?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The family's own choices to remove. A choice an officer added can be removed only by an officer. */
  remove?: InputMaybe<Array<FamilyChoiceRemovalByFamilyInput>>;
};

/** A school or institution on the register. */
export type Setting = {
  __typename?: 'Setting';
  address: Address;
  /** The statutory age range. */
  ageRange: AgeRange;
  boarding: Boarding;
  /**
   * The people who keep this setting's capacity figures (setCapacityContacts); capacity reminders go
   * to them. Staff of the setting and officers of its LA only: anyone else gets null for this field,
   * with a FORBIDDEN error naming it, and the rest of the setting. Empty until someone sets them.
   */
  capacityContacts: Maybe<Array<CapacityContact>>;
  createdAt: Scalars['DateTime']['output'];
  /** The GIAS establishment type code (e.g. 1 community school, 31 sixth-form centre), where known. */
  establishmentType: Maybe<Scalars['Int']['output']>;
  genderIntake: GenderIntake;
  id: Scalars['ID']['output'];
  kind: SettingKind;
  /** The 3-digit DfE code of the LA the setting is in. */
  laCode: Scalars['String']['output'];
  location: Location;
  name: Scalars['String']['output'];
  phase: Phase;
  provisions: Array<Provision>;
  religiousCharacter: Maybe<Scalars['String']['output']>;
  /** The setting's revision: send it as UpsertSettingInput.expectedRevision to refuse a change to a setting that has moved on. */
  revision: Scalars['Int']['output'];
  /** Approved under section 41 of the Children and Families Act 2014: must admit a child whose EHC plan names it. */
  section41Approved: Scalars['Boolean']['output'];
  sector: Sector;
  source: SettingSource;
  /** How fields were derived where it was not a plain copy of the source, e.g. a kind inferred from the name. */
  sourceNotes: Array<Scalars['String']['output']>;
  status: SettingStatus;
  updatedAt: Scalars['DateTime']['output'];
  /** The DfE unique reference number (GIAS), where it has one. */
  urn: Maybe<Scalars['String']['output']>;
};

export type SettingConnection = {
  __typename?: 'SettingConnection';
  edges: Array<SettingEdge>;
  pageInfo: PageInfo;
};

export type SettingEdge = {
  __typename?: 'SettingEdge';
  cursor: Scalars['String']['output'];
  node: Setting;
};

export type SettingFilter = {
  /** Settings with at least one AP programme offering this tier. */
  apTier?: InputMaybe<ApTier>;
  kind?: InputMaybe<SettingKind>;
  /** 3-digit DfE LA code. */
  laCode?: InputMaybe<Scalars['String']['input']>;
  /** Settings with at least one provision designated for this need. */
  need?: InputMaybe<NeedCode>;
  phase?: InputMaybe<Phase>;
  status?: InputMaybe<SettingStatus>;
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

export type SettingSearchConnection = {
  __typename?: 'SettingSearchConnection';
  edges: Array<SettingSearchEdge>;
  pageInfo: PageInfo;
};

export type SettingSearchEdge = {
  __typename?: 'SettingSearchEdge';
  cursor: Scalars['String']['output'];
  node: SettingSearchResult;
};

/** A setting found on the register by name, town, postcode district or URN. */
export type SettingSearchResult = {
  __typename?: 'SettingSearchResult';
  ageRange: AgeRange;
  /** Give this as settingId in a FamilyChoiceInput. */
  id: Scalars['ID']['output'];
  kind: SettingKind;
  laCode: Scalars['String']['output'];
  laName: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  phase: Phase;
  postcode: Maybe<Scalars['String']['output']>;
  sector: Sector;
  town: Maybe<Scalars['String']['output']>;
  urn: Maybe<Scalars['String']['output']>;
};

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

export type StaleCapacityConnection = {
  __typename?: 'StaleCapacityConnection';
  edges: Array<StaleSettingEdge>;
  pageInfo: PageInfo;
};

/** A provision whose figures are stale: not stated or confirmed by the setting or its LA for CAPACITY_REMINDER_DAYS. */
export type StaleProvision = {
  __typename?: 'StaleProvision';
  /** When its figures were last stated or confirmed by the setting or its LA; null if never (no figures, or only GIAS or SYNTHETIC ones). */
  lastStatedAt: Maybe<Scalars['DateTime']['output']>;
  provision: Provision;
};

/** A setting with stale capacity figures, and when it was last reminded. */
export type StaleSetting = {
  __typename?: 'StaleSetting';
  /** False when nobody is set to keep its figures: no reminder can be sent until someone is (setCapacityContacts). */
  hasCapacityContacts: Scalars['Boolean']['output'];
  /** When a capacity reminder was last sent to its contacts; null if none was (reminder records are kept for a year). */
  lastRemindedAt: Maybe<Scalars['DateTime']['output']>;
  /** How many contacts that reminder went to. */
  lastReminderRecipients: Maybe<Scalars['Int']['output']>;
  /** The oldest lastStatedAt of its stale provisions; null if any of them has never had figures stated. */
  lastStatedAt: Maybe<Scalars['DateTime']['output']>;
  setting: Setting;
  /** Its provisions whose figures are stale (at least one). */
  staleProvisions: Array<StaleProvision>;
};

export type StaleSettingEdge = {
  __typename?: 'StaleSettingEdge';
  cursor: Scalars['String']['output'];
  node: StaleSetting;
};

export type StartConsultationInput = {
  caseReference: Scalars['String']['input'];
  /** Who at the council the setting should answer. */
  contact: ConsultationContactInput;
  laCode: Scalars['String']['input'];
  /** Shown to the setting. At most 2,000 characters. Do not write the child's name. */
  message: Scalars['String']['input'];
  /** One of its provisions, if the council is asking about that one. */
  provisionId?: InputMaybe<Scalars['ID']['input']>;
  /** The setting to consult (any LA). */
  settingId: Scalars['ID']['input'];
};

/** A council's picture of where places are short, for one fixed period. Never about one child. */
export type Sufficiency = {
  __typename?: 'Sufficiency';
  /** The period's last day, or today if sooner. */
  asOf: Scalars['Date']['output'];
  /** Every main need and phase (12 × 4, the DfE's order of needs), zeros included: a row's being there says nothing. */
  cells: Array<SufficiencyCell>;
  /** Lists by postcode district of the home, for districts with a list; empty when districtsWithheld. */
  districts: Array<SufficiencyDistrict>;
  /**
   * True when no district is listed: a district is listed only when it has a list, so even with its
   * counts not shown, listing them would say how many of 1 to 4 one of them holds.
   */
  districtsWithheld: Scalars['Boolean']['output'];
  figures: SufficiencyFigures;
  laCode: Scalars['String']['output'];
  period: SufficiencyPeriod;
  total: SufficiencyCell;
  waitingWeeks: Scalars['Int']['output'];
};

/** What lists knew of free specialist places for the child's main need within the travel distance. */
export type SufficiencyAvailability = {
  __typename?: 'SufficiencyAvailability';
  /** A fresh figure showed a free place within reach. */
  freePlaceKnown: PublishedCount;
  /** Median km to the nearest fresh free place, over lists that had one; null for fewer than 10 of them. */
  medianNearestFreeKm: Maybe<Scalars['Float']['output']>;
  /**
   * Every specialist setting within reach had a fresh figure and none was free (or none was within
   * reach): the headline shortage figure.
   */
  noneFree: PublishedCount;
  /** Share (0 to 1) of lists with enough fresh figures to say; null for fewer than 10 lists. */
  shareWithEnoughData: Maybe<Scalars['Float']['output']>;
  /** Some had no fresh figure (from GIAS, synthetic, or not confirmed in 30 days): never counted as full. */
  unknown: PublishedCount;
};

/** One need and phase of the council's picture (both null in its total). */
export type SufficiencyCell = {
  __typename?: 'SufficiencyCell';
  availability: SufficiencyAvailability;
  cannotMeet: Array<CannotMeetCount>;
  /** Children (cases) with a list made in the period. */
  children: PublishedCount;
  /** Lists made in the period. */
  lists: PublishedCount;
  outcomes: Array<SufficiencyOutcomeCount>;
  phase: Maybe<SufficiencyPhase>;
  /** Empty in the total (places are counted by need and phase), and when placesWithheld. */
  places: Array<SufficiencyPlaces>;
  /**
   * True for a need and phase with fewer than 10 lists: which settings are within reach of so few
   * lists would trace where those children live, so no places are given.
   */
  placesWithheld: Scalars['Boolean']['output'];
  primaryNeed: Maybe<NeedCode>;
  /**
   * Children whose first list was made more than waitingWeeks before the as-at date, with no
   * decision by then. Not the 20-week measure, which runs from the request for an assessment.
   */
  waiting: PublishedCount;
};

/** Lists by postcode district of the home, for districts given. */
export type SufficiencyDistrict = {
  __typename?: 'SufficiencyDistrict';
  availability: SufficiencyAvailability;
  children: PublishedCount;
  /** Null for lists made without a postcode. */
  district: Maybe<Scalars['String']['output']>;
  lists: PublishedCount;
};

export type SufficiencyFigures = {
  __typename?: 'SufficiencyFigures';
  /** Of them, those whose figures were not stated or confirmed in the last 30 days. */
  notConfirmedRecently: Scalars['Int']['output'];
  /** Specialist and alternative provisions within reach of the period's lists. */
  provisions: Scalars['Int']['output'];
  /** notConfirmedRecently as a share (0 to 1); null when there are none. */
  share: Maybe<Scalars['Float']['output']>;
};

export type SufficiencyOutcome =
  /** A decision in force, made in the period. */
  | 'DECIDED'
  /** An independent or non-maintained school. */
  | 'INDEPENDENT'
  /** The setting named is in the council's area. */
  | 'IN_AREA'
  /** It named a setting that was not on the list. */
  | 'NOT_ON_LIST'
  /** It named a setting that was on the child's list. */
  | 'ON_LIST'
  /** The setting named is in another council's area. */
  | 'OUTSIDE_AREA'
  /** A maintained school, academy or college. */
  | 'STATE'
  /** Only a type of setting was named. */
  | 'TYPE_OF_SETTING';

export type SufficiencyOutcomeCount = {
  __typename?: 'SufficiencyOutcomeCount';
  count: PublishedCount;
  outcome: SufficiencyOutcome;
};

export type SufficiencyPeriod = {
  __typename?: 'SufficiencyPeriod';
  endsOn: Scalars['Date']['output'];
  /** As asked for: 2026-27, 2026-27-autumn. */
  id: Scalars['String']['output'];
  kind: SufficiencyPeriodKind;
  startsOn: Scalars['Date']['output'];
};

export type SufficiencyPeriodKind =
  /** 1 September to 31 August. */
  | 'ACADEMIC_YEAR'
  /** Autumn (September to December), spring (January to April) or summer (May to August). */
  | 'TERM';

/** The phases a council plans places by. */
export type SufficiencyPhase =
  /** Below Reception (under 4, or a year before Reception). */
  | 'EARLY_YEARS'
  /** Year 12 onwards (16 and over). */
  | 'POST_16'
  /** Reception to Year 6 (4 to 10). */
  | 'PRIMARY'
  /** Years 7 to 11 (11 to 15). */
  | 'SECONDARY';

/**
 * Provisions serving the need and phase within the travel distance of at least one of the period's
 * lists, with the places they state and the free places their fresh figures show. Places are the
 * settings' own figures, not children, so they are not rounded.
 */
export type SufficiencyPlaces = {
  __typename?: 'SufficiencyPlaces';
  area: PlaceArea;
  /** Provisions whose figures the setting or its LA stated or confirmed in the last 30 days. */
  confirmedRecently: Scalars['Int']['output'];
  /** Free places shown by figures stated or confirmed in the last 30 days. */
  freePlaces: Scalars['Int']['output'];
  kind: PlaceKind;
  /** Places stated, however old the figure. */
  places: Scalars['Int']['output'];
  provisions: Scalars['Int']['output'];
};

export type SufficiencyWhatIf = {
  __typename?: 'SufficiencyWhatIf';
  byDistrict: Array<WhatIfRow>;
  byNeed: Array<WhatIfRow>;
  laCode: Scalars['String']['output'];
  period: SufficiencyPeriod;
  /** Free places the changes add, and take away (only fresh free places can be taken away). */
  placesAdded: Scalars['Int']['output'];
  placesRemoved: Scalars['Int']['output'];
  total: WhatIfRow;
};

/** An advisory tailored list, as officers see it. Immutable: regenerating makes a new version. */
export type TailoredList = {
  __typename?: 'TailoredList';
  /** Capacity older than this many days was marked UNCONFIRMED. */
  capacityFreshDays: Scalars['Int']['output'];
  caseReference: Scalars['String']['output'];
  /**
   * How many settings were weighed (the family's own choices apart): every setting with designated or
   * specialist provision within search.radiusKm that takes children of the child's age group,
   * mainstream schools of that age group out to search.mainstreamRadiusKm, and the nearest specialist
   * provisions for the main need beyond the travel distance.
   */
  consideredCount: Scalars['Int']['output'];
  /** Settings considered and left off, by reason: the list is a selection, not the whole world. */
  consideredNotListed: Array<NotListedCount>;
  /** How distances were measured: always approximate, and from a district centre when a postcode was given. */
  distanceNote: Scalars['String']['output'];
  entries: Array<ListEntry>;
  /** Every current choice of the family when this version was made. Derived from family entries on older lists. */
  familyChoices: Array<FamilyChoice>;
  familyLinks: Array<FamilyLinkInfo>;
  generatedAt: Scalars['DateTime']['output'];
  generatedBy: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  laCode: Scalars['String']['output'];
  matchingVersion: Scalars['String']['output'];
  /**
   * Every specialist setting weighed and left off, and the three best mainstream schools read below
   * the cut-off, each with its reason and distance. Null on lists made before matching 2.0.0, which
   * counted what they left off but did not name it.
   */
  notListedSettings: Maybe<Array<NotListedSetting>>;
  officerNotes: Maybe<Scalars['String']['output']>;
  /** In plain words: the list shows the range of settings that fit. Null on lists made before matching 2.0.0. */
  rangeNote: Maybe<Scalars['String']['output']>;
  /** Choices removed, with when, by whom and why: removals stay visible. */
  removedFamilyChoices: Array<FamilyChoice>;
  request: ListRequest;
  search: ListSearch;
  /** The parents'-rights statement shown with this list. Always present. */
  statement: ParentsRightsStatement;
  version: Scalars['Int']['output'];
  weights: MatchingWeights;
};

export type UpdateCapacityInput = {
  /**
   * The capacityVersion these figures are based on. If someone else has updated the
   * provision since, the update is refused with CONFLICT and the current figures.
   */
  expectedVersion: Scalars['Int']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  onRoll: Scalars['Int']['input'];
  /** Consultations under way from councils outside OpenPlace (OpenPlace counts its own). */
  pendingConsultations?: InputMaybe<Scalars['Int']['input']>;
  places: Scalars['Int']['input'];
  provisionId: Scalars['ID']['input'];
  vacancies: Scalars['Int']['input'];
  /** If given, must add up to vacancies. */
  vacanciesByYear?: InputMaybe<Array<YearVacanciesInput>>;
};

export type UpsertSettingInput = {
  address: AddressInput;
  ageRange: AgeRangeInput;
  boarding?: InputMaybe<Boarding>;
  /** The GIAS establishment type code, where known: it decides the legal route of a request for some kinds. */
  establishmentType?: InputMaybe<Scalars['Int']['input']>;
  /**
   * The revision you read: if the setting has changed since, the update is refused with CONFLICT and
   * currentRevision. Without it, the details you send replace the stored ones, and provisions and
   * capacity you do not send are kept.
   */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  genderIntake?: InputMaybe<GenderIntake>;
  /** Give the id to update a setting; leave it out to create one (or to update the setting with this URN). */
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: SettingKind;
  laCode: Scalars['String']['input'];
  /** WGS84 coordinates. If left out, the centre of the address's postcode district is used, and sourceNotes says so. */
  location?: InputMaybe<LocationInput>;
  name: Scalars['String']['input'];
  phase: Phase;
  /**
   * Provisions listed here are created or updated; provisions not listed are left as they are.
   * A setting always has at least one provision.
   */
  provisions?: InputMaybe<Array<ProvisionInput>>;
  religiousCharacter?: InputMaybe<Scalars['String']['input']>;
  section41Approved?: InputMaybe<Scalars['Boolean']['input']>;
  sector: Sector;
  status?: InputMaybe<SettingStatus>;
  urn?: InputMaybe<Scalars['String']['input']>;
};

/**
 * What the changes would have meant for the period's lists, by need or by district (both null in the
 * total). A row of fewer than 10 lists (the total too) has every count withheld: with any school and
 * any ages to try, a row that small would find a child.
 */
export type WhatIfRow = {
  __typename?: 'WhatIfRow';
  /**
   * Children with no free place within reach who would have had one, each added place given to at
   * most one child, in the order their lists were made: never more than the places added.
   */
  childrenPlaced: PublishedCount;
  district: Maybe<Scalars['String']['output']>;
  /** Lists within the travel distance of places added, for the child's main need and age. */
  listsWithinReach: PublishedCount;
  /** Lists whose free places within reach the removals would all take away. */
  losingFreePlace: PublishedCount;
  /** Median km nearer the nearest free place came, over lists that had one and came nearer; null for fewer than 10. */
  medianKmCloser: Maybe<Scalars['Float']['output']>;
  /** Lists with no free place within reach that would have had one. */
  newlyWithFreePlace: PublishedCount;
  primaryNeed: Maybe<NeedCode>;
};

export type YearVacancies = {
  __typename?: 'YearVacancies';
  vacancies: Scalars['Int']['output'];
  /** National-curriculum year: 0 is Reception, 1–14 are Years 1–14. */
  year: Scalars['Int']['output'];
};

export type YearVacanciesInput = {
  vacancies: Scalars['Int']['input'];
  year: Scalars['Int']['input'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Address: ResolverTypeWrapper<Address>;
  AddressInput: AddressInput;
  AgeRange: ResolverTypeWrapper<AgeRange>;
  AgeRangeInput: AgeRangeInput;
  AnswerConsultationInput: AnswerConsultationInput;
  ApTier: ApTier;
  Boarding: Boarding;
  BoardingNeed: BoardingNeed;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CannotMeetCount: ResolverTypeWrapper<Omit<CannotMeetCount, 'count'> & { count: ResolversTypes['PublishedCount'] }>;
  CannotMeetGround: CannotMeetGround;
  Capacity: ResolverTypeWrapper<CapacityModel>;
  CapacityChange: ResolverTypeWrapper<CapacityChangeModel>;
  CapacityChangeConnection: ResolverTypeWrapper<Omit<CapacityChangeConnection, 'edges'> & { edges: Array<ResolversTypes['CapacityChangeEdge']> }>;
  CapacityChangeEdge: ResolverTypeWrapper<Omit<CapacityChangeEdge, 'node'> & { node: ResolversTypes['CapacityChange'] }>;
  CapacityChangeKind: CapacityChangeKind;
  CapacityContact: ResolverTypeWrapper<CapacityContact>;
  CapacityContactInput: CapacityContactInput;
  CapacitySource: CapacitySource;
  CapacityStatus: CapacityStatus;
  CaseJourney: ResolverTypeWrapper<CaseJourneyModel>;
  CaseListVersion: ResolverTypeWrapper<CaseListVersion>;
  Caution: ResolverTypeWrapper<Caution>;
  CautionCode: CautionCode;
  ChoiceAddedBy: ChoiceAddedBy;
  ChoiceChange: ResolverTypeWrapper<ChoiceChangeModel>;
  ChoiceChangeKind: ChoiceChangeKind;
  ChoiceRefusal: ResolverTypeWrapper<ChoiceRefusalModel>;
  ChoiceRefusalInput: ChoiceRefusalInput;
  Consultation: ResolverTypeWrapper<ConsultationViewModel>;
  ConsultationAnswer: ConsultationAnswer;
  ConsultationAnswerRecord: ResolverTypeWrapper<ConsultationAnswerRecordModel>;
  ConsultationChild: ResolverTypeWrapper<ConsultationChild>;
  ConsultationConnection: ResolverTypeWrapper<Omit<ConsultationConnection, 'edges'> & { edges: Array<ResolversTypes['ConsultationEdge']> }>;
  ConsultationContact: ResolverTypeWrapper<ConsultationContact>;
  ConsultationContactInput: ConsultationContactInput;
  ConsultationEdge: ResolverTypeWrapper<Omit<ConsultationEdge, 'node'> & { node: ResolversTypes['Consultation'] }>;
  ConsultationScope: ConsultationScope;
  ConsultationStatus: ConsultationStatus;
  ConsultationsFilter: ConsultationsFilter;
  ConsultedProvision: ResolverTypeWrapper<ConsultedProvision>;
  ConsultedSetting: ResolverTypeWrapper<ConsultedSetting>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DraftPlanKind: DraftPlanKind;
  DraftPlanRecord: ResolverTypeWrapper<DraftPlanRecord>;
  EntryCapacity: ResolverTypeWrapper<EntryCapacity>;
  ErasureReceipt: ResolverTypeWrapper<ErasureReceiptModel>;
  FamilyChoice: ResolverTypeWrapper<FamilyChoiceModel>;
  FamilyChoiceInput: FamilyChoiceInput;
  FamilyChoiceRemovalByFamilyInput: FamilyChoiceRemovalByFamilyInput;
  FamilyChoiceRemovalInput: FamilyChoiceRemovalInput;
  FamilyConsultation: ResolverTypeWrapper<FamilyConsultationViewModel>;
  FamilyDecision: ResolverTypeWrapper<FamilyDecisionViewModel>;
  FamilyDraftPlan: ResolverTypeWrapper<FamilyDraftPlan>;
  FamilyLink: ResolverTypeWrapper<NewFamilyLinkModel>;
  FamilyLinkInfo: ResolverTypeWrapper<FamilyLinkStatusModel>;
  FamilyList: ResolverTypeWrapper<FamilyViewModel>;
  FamilyListEntry: ResolverTypeWrapper<ListEntryModel>;
  FamilyProvision: ResolverTypeWrapper<FamilyProvision>;
  FamilyReason: ResolverTypeWrapper<FamilyReason>;
  FamilySetting: ResolverTypeWrapper<FamilySetting>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GenderIntake: GenderIntake;
  GenerateTailoredListInput: GenerateTailoredListInput;
  GenerateTailoredListPayload: ResolverTypeWrapper<Omit<GenerateTailoredListPayload, 'familyLink' | 'list'> & { familyLink: ResolversTypes['FamilyLink'], list: ResolversTypes['TailoredList'] }>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LegalRoute: LegalRoute;
  ListEntry: ResolverTypeWrapper<ListEntryModel>;
  ListNeeds: ResolverTypeWrapper<ListNeeds>;
  ListReason: ResolverTypeWrapper<ListReason>;
  ListRequest: ResolverTypeWrapper<ListRequestModel>;
  ListSearch: ResolverTypeWrapper<ListSearch>;
  ListedProvision: ResolverTypeWrapper<ListedProvision>;
  ListedSetting: ResolverTypeWrapper<ListedSetting>;
  LocalRightsInfoInput: LocalRightsInfoInput;
  Location: ResolverTypeWrapper<Location>;
  LocationInput: LocationInput;
  MatchingWeights: ResolverTypeWrapper<MatchingWeights>;
  Me: ResolverTypeWrapper<CallerModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NamedPlacement: ResolverTypeWrapper<NamedPlacement>;
  NamedPlacementInput: NamedPlacementInput;
  NamedPlacementKind: NamedPlacementKind;
  NeedCode: NeedCode;
  NewBaseInput: NewBaseInput;
  NotListedCount: ResolverTypeWrapper<NotListedCount>;
  NotListedReason: NotListedReason;
  NotListedSetting: ResolverTypeWrapper<NotListedSetting>;
  OffRegisterSettingInput: OffRegisterSettingInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ParentsRightsStatement: ResolverTypeWrapper<RightsStatementModel>;
  Phase: Phase;
  PlaceArea: PlaceArea;
  PlaceChangeInput: PlaceChangeInput;
  PlaceKind: PlaceKind;
  PlacementDecision: ResolverTypeWrapper<DecisionViewModel>;
  PlacementType: PlacementType;
  PlacesAtSettingInput: PlacesAtSettingInput;
  Provision: ResolverTypeWrapper<ProvisionModel>;
  ProvisionInput: ProvisionInput;
  ProvisionKind: ProvisionKind;
  ProvisionPreference: ResolverTypeWrapper<ProvisionPreference>;
  ProvisionPreferenceInput: ProvisionPreferenceInput;
  ProvisionSource: ProvisionSource;
  PublishedCount: ResolverTypeWrapper<PublishedCountModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RangeKind: RangeKind;
  ReasonCode: ReasonCode;
  RecordPlacementDecisionInput: RecordPlacementDecisionInput;
  RefusalGround: RefusalGround;
  Role: Role;
  Sector: Sector;
  SendiassContact: ResolverTypeWrapper<SendiassContact>;
  SendiassContactInput: SendiassContactInput;
  SetFamilyChoicesInput: SetFamilyChoicesInput;
  Setting: ResolverTypeWrapper<SettingModel>;
  SettingConnection: ResolverTypeWrapper<Omit<SettingConnection, 'edges'> & { edges: Array<ResolversTypes['SettingEdge']> }>;
  SettingEdge: ResolverTypeWrapper<Omit<SettingEdge, 'node'> & { node: ResolversTypes['Setting'] }>;
  SettingFilter: SettingFilter;
  SettingKind: SettingKind;
  SettingSearchConnection: ResolverTypeWrapper<Omit<SettingSearchConnection, 'edges'> & { edges: Array<ResolversTypes['SettingSearchEdge']> }>;
  SettingSearchEdge: ResolverTypeWrapper<Omit<SettingSearchEdge, 'node'> & { node: ResolversTypes['SettingSearchResult'] }>;
  SettingSearchResult: ResolverTypeWrapper<SearchResultModel>;
  SettingSource: SettingSource;
  SettingStatus: SettingStatus;
  SingleSexIntake: SingleSexIntake;
  StaleCapacityConnection: ResolverTypeWrapper<Omit<StaleCapacityConnection, 'edges'> & { edges: Array<ResolversTypes['StaleSettingEdge']> }>;
  StaleProvision: ResolverTypeWrapper<StaleProvisionModel>;
  StaleSetting: ResolverTypeWrapper<StaleSettingModel>;
  StaleSettingEdge: ResolverTypeWrapper<Omit<StaleSettingEdge, 'node'> & { node: ResolversTypes['StaleSetting'] }>;
  StartConsultationInput: StartConsultationInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Sufficiency: ResolverTypeWrapper<SufficiencyModel>;
  SufficiencyAvailability: ResolverTypeWrapper<Omit<SufficiencyAvailability, 'freePlaceKnown' | 'noneFree' | 'unknown'> & { freePlaceKnown: ResolversTypes['PublishedCount'], noneFree: ResolversTypes['PublishedCount'], unknown: ResolversTypes['PublishedCount'] }>;
  SufficiencyCell: ResolverTypeWrapper<SufficiencyCellModel>;
  SufficiencyDistrict: ResolverTypeWrapper<SufficiencyDistrictModel>;
  SufficiencyFigures: ResolverTypeWrapper<SufficiencyFigures>;
  SufficiencyOutcome: SufficiencyOutcome;
  SufficiencyOutcomeCount: ResolverTypeWrapper<Omit<SufficiencyOutcomeCount, 'count'> & { count: ResolversTypes['PublishedCount'] }>;
  SufficiencyPeriod: ResolverTypeWrapper<SufficiencyPeriodModel>;
  SufficiencyPeriodKind: SufficiencyPeriodKind;
  SufficiencyPhase: SufficiencyPhase;
  SufficiencyPlaces: ResolverTypeWrapper<SufficiencyPlaces>;
  SufficiencyWhatIf: ResolverTypeWrapper<Omit<SufficiencyWhatIf, 'byDistrict' | 'byNeed' | 'period' | 'total'> & { byDistrict: Array<ResolversTypes['WhatIfRow']>, byNeed: Array<ResolversTypes['WhatIfRow']>, period: ResolversTypes['SufficiencyPeriod'], total: ResolversTypes['WhatIfRow'] }>;
  TailoredList: ResolverTypeWrapper<TailoredListModel>;
  UpdateCapacityInput: UpdateCapacityInput;
  UpsertSettingInput: UpsertSettingInput;
  WhatIfRow: ResolverTypeWrapper<Omit<WhatIfRow, 'childrenPlaced' | 'listsWithinReach' | 'losingFreePlace' | 'newlyWithFreePlace'> & { childrenPlaced: ResolversTypes['PublishedCount'], listsWithinReach: ResolversTypes['PublishedCount'], losingFreePlace: ResolversTypes['PublishedCount'], newlyWithFreePlace: ResolversTypes['PublishedCount'] }>;
  YearVacancies: ResolverTypeWrapper<YearVacancies>;
  YearVacanciesInput: YearVacanciesInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Address: Address;
  AddressInput: AddressInput;
  AgeRange: AgeRange;
  AgeRangeInput: AgeRangeInput;
  AnswerConsultationInput: AnswerConsultationInput;
  Boolean: Scalars['Boolean']['output'];
  CannotMeetCount: Omit<CannotMeetCount, 'count'> & { count: ResolversParentTypes['PublishedCount'] };
  Capacity: CapacityModel;
  CapacityChange: CapacityChangeModel;
  CapacityChangeConnection: Omit<CapacityChangeConnection, 'edges'> & { edges: Array<ResolversParentTypes['CapacityChangeEdge']> };
  CapacityChangeEdge: Omit<CapacityChangeEdge, 'node'> & { node: ResolversParentTypes['CapacityChange'] };
  CapacityContact: CapacityContact;
  CapacityContactInput: CapacityContactInput;
  CaseJourney: CaseJourneyModel;
  CaseListVersion: CaseListVersion;
  Caution: Caution;
  ChoiceChange: ChoiceChangeModel;
  ChoiceRefusal: ChoiceRefusalModel;
  ChoiceRefusalInput: ChoiceRefusalInput;
  Consultation: ConsultationViewModel;
  ConsultationAnswerRecord: ConsultationAnswerRecordModel;
  ConsultationChild: ConsultationChild;
  ConsultationConnection: Omit<ConsultationConnection, 'edges'> & { edges: Array<ResolversParentTypes['ConsultationEdge']> };
  ConsultationContact: ConsultationContact;
  ConsultationContactInput: ConsultationContactInput;
  ConsultationEdge: Omit<ConsultationEdge, 'node'> & { node: ResolversParentTypes['Consultation'] };
  ConsultationsFilter: ConsultationsFilter;
  ConsultedProvision: ConsultedProvision;
  ConsultedSetting: ConsultedSetting;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DraftPlanRecord: DraftPlanRecord;
  EntryCapacity: EntryCapacity;
  ErasureReceipt: ErasureReceiptModel;
  FamilyChoice: FamilyChoiceModel;
  FamilyChoiceInput: FamilyChoiceInput;
  FamilyChoiceRemovalByFamilyInput: FamilyChoiceRemovalByFamilyInput;
  FamilyChoiceRemovalInput: FamilyChoiceRemovalInput;
  FamilyConsultation: FamilyConsultationViewModel;
  FamilyDecision: FamilyDecisionViewModel;
  FamilyDraftPlan: FamilyDraftPlan;
  FamilyLink: NewFamilyLinkModel;
  FamilyLinkInfo: FamilyLinkStatusModel;
  FamilyList: FamilyViewModel;
  FamilyListEntry: ListEntryModel;
  FamilyProvision: FamilyProvision;
  FamilyReason: FamilyReason;
  FamilySetting: FamilySetting;
  Float: Scalars['Float']['output'];
  GenerateTailoredListInput: GenerateTailoredListInput;
  GenerateTailoredListPayload: Omit<GenerateTailoredListPayload, 'familyLink' | 'list'> & { familyLink: ResolversParentTypes['FamilyLink'], list: ResolversParentTypes['TailoredList'] };
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  ListEntry: ListEntryModel;
  ListNeeds: ListNeeds;
  ListReason: ListReason;
  ListRequest: ListRequestModel;
  ListSearch: ListSearch;
  ListedProvision: ListedProvision;
  ListedSetting: ListedSetting;
  LocalRightsInfoInput: LocalRightsInfoInput;
  Location: Location;
  LocationInput: LocationInput;
  MatchingWeights: MatchingWeights;
  Me: CallerModel;
  Mutation: Record<PropertyKey, never>;
  NamedPlacement: NamedPlacement;
  NamedPlacementInput: NamedPlacementInput;
  NewBaseInput: NewBaseInput;
  NotListedCount: NotListedCount;
  NotListedSetting: NotListedSetting;
  OffRegisterSettingInput: OffRegisterSettingInput;
  PageInfo: PageInfo;
  ParentsRightsStatement: RightsStatementModel;
  PlaceChangeInput: PlaceChangeInput;
  PlacementDecision: DecisionViewModel;
  PlacesAtSettingInput: PlacesAtSettingInput;
  Provision: ProvisionModel;
  ProvisionInput: ProvisionInput;
  ProvisionPreference: ProvisionPreference;
  ProvisionPreferenceInput: ProvisionPreferenceInput;
  PublishedCount: PublishedCountModel;
  Query: Record<PropertyKey, never>;
  RecordPlacementDecisionInput: RecordPlacementDecisionInput;
  SendiassContact: SendiassContact;
  SendiassContactInput: SendiassContactInput;
  SetFamilyChoicesInput: SetFamilyChoicesInput;
  Setting: SettingModel;
  SettingConnection: Omit<SettingConnection, 'edges'> & { edges: Array<ResolversParentTypes['SettingEdge']> };
  SettingEdge: Omit<SettingEdge, 'node'> & { node: ResolversParentTypes['Setting'] };
  SettingFilter: SettingFilter;
  SettingSearchConnection: Omit<SettingSearchConnection, 'edges'> & { edges: Array<ResolversParentTypes['SettingSearchEdge']> };
  SettingSearchEdge: Omit<SettingSearchEdge, 'node'> & { node: ResolversParentTypes['SettingSearchResult'] };
  SettingSearchResult: SearchResultModel;
  StaleCapacityConnection: Omit<StaleCapacityConnection, 'edges'> & { edges: Array<ResolversParentTypes['StaleSettingEdge']> };
  StaleProvision: StaleProvisionModel;
  StaleSetting: StaleSettingModel;
  StaleSettingEdge: Omit<StaleSettingEdge, 'node'> & { node: ResolversParentTypes['StaleSetting'] };
  StartConsultationInput: StartConsultationInput;
  String: Scalars['String']['output'];
  Sufficiency: SufficiencyModel;
  SufficiencyAvailability: Omit<SufficiencyAvailability, 'freePlaceKnown' | 'noneFree' | 'unknown'> & { freePlaceKnown: ResolversParentTypes['PublishedCount'], noneFree: ResolversParentTypes['PublishedCount'], unknown: ResolversParentTypes['PublishedCount'] };
  SufficiencyCell: SufficiencyCellModel;
  SufficiencyDistrict: SufficiencyDistrictModel;
  SufficiencyFigures: SufficiencyFigures;
  SufficiencyOutcomeCount: Omit<SufficiencyOutcomeCount, 'count'> & { count: ResolversParentTypes['PublishedCount'] };
  SufficiencyPeriod: SufficiencyPeriodModel;
  SufficiencyPlaces: SufficiencyPlaces;
  SufficiencyWhatIf: Omit<SufficiencyWhatIf, 'byDistrict' | 'byNeed' | 'period' | 'total'> & { byDistrict: Array<ResolversParentTypes['WhatIfRow']>, byNeed: Array<ResolversParentTypes['WhatIfRow']>, period: ResolversParentTypes['SufficiencyPeriod'], total: ResolversParentTypes['WhatIfRow'] };
  TailoredList: TailoredListModel;
  UpdateCapacityInput: UpdateCapacityInput;
  UpsertSettingInput: UpsertSettingInput;
  WhatIfRow: Omit<WhatIfRow, 'childrenPlaced' | 'listsWithinReach' | 'losingFreePlace' | 'newlyWithFreePlace'> & { childrenPlaced: ResolversParentTypes['PublishedCount'], listsWithinReach: ResolversParentTypes['PublishedCount'], losingFreePlace: ResolversParentTypes['PublishedCount'], newlyWithFreePlace: ResolversParentTypes['PublishedCount'] };
  YearVacancies: YearVacancies;
  YearVacanciesInput: YearVacanciesInput;
};

export type AddressResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Address'] = ResolversParentTypes['Address']> = {
  lines?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  postcode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  town?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AgeRangeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['AgeRange'] = ResolversParentTypes['AgeRange']> = {
  high?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  low?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CannotMeetCountResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CannotMeetCount'] = ResolversParentTypes['CannotMeetCount']> = {
  count?: Resolver<ResolversTypes['PublishedCount'], ParentType, ContextType>;
  ground?: Resolver<ResolversTypes['CannotMeetGround'], ParentType, ContextType>;
};

export type CapacityResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Capacity'] = ResolversParentTypes['Capacity']> = {
  confirmedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  confirmedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  onRoll?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pendingConsultations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pendingConsultationsInOpenPlace?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pendingConsultationsOutsideOpenPlace?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  places?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['CapacitySource'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  vacancies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  vacanciesByYear?: Resolver<Array<ResolversTypes['YearVacancies']>, ParentType, ContextType>;
};

export type CapacityChangeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CapacityChange'] = ResolversParentTypes['CapacityChange']> = {
  after?: Resolver<ResolversTypes['Capacity'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['Capacity']>, ParentType, ContextType>;
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changedByRole?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CapacityChangeKind'], ParentType, ContextType>;
  provisionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CapacityChangeConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CapacityChangeConnection'] = ResolversParentTypes['CapacityChangeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CapacityChangeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CapacityChangeEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CapacityChangeEdge'] = ResolversParentTypes['CapacityChangeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CapacityChange'], ParentType, ContextType>;
};

export type CapacityContactResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CapacityContact'] = ResolversParentTypes['CapacityContact']> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CaseJourneyResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CaseJourney'] = ResolversParentTypes['CaseJourney']> = {
  caseReference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  choiceHistory?: Resolver<Array<ResolversTypes['ChoiceChange']>, ParentType, ContextType>;
  consultations?: Resolver<Array<ResolversTypes['Consultation']>, ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['PlacementDecision']>, ParentType, ContextType>;
  decisions?: Resolver<Array<ResolversTypes['PlacementDecision']>, ParentType, ContextType>;
  draftPlans?: Resolver<Array<ResolversTypes['DraftPlanRecord']>, ParentType, ContextType>;
  familyChoices?: Resolver<Array<ResolversTypes['FamilyChoice']>, ParentType, ContextType>;
  laCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lists?: Resolver<Array<ResolversTypes['CaseListVersion']>, ParentType, ContextType>;
  removedFamilyChoices?: Resolver<Array<ResolversTypes['FamilyChoice']>, ParentType, ContextType>;
  requestWindowEndsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['ParentsRightsStatement'], ParentType, ContextType>;
};

export type CaseListVersionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['CaseListVersion'] = ResolversParentTypes['CaseListVersion']> = {
  generatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  generatedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CautionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Caution'] = ResolversParentTypes['Caution']> = {
  code?: Resolver<ResolversTypes['CautionCode'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ChoiceChangeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ChoiceChange'] = ResolversParentTypes['ChoiceChange']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['ChoiceAddedBy'], ParentType, ContextType>;
  choiceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChoiceChangeKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ChoiceRefusalResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ChoiceRefusal'] = ResolversParentTypes['ChoiceRefusal']> = {
  choiceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  groundTexts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  grounds?: Resolver<Array<ResolversTypes['RefusalGround']>, ParentType, ContextType>;
  groundsNeeded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConsultationResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Consultation'] = ResolversParentTypes['Consultation']> = {
  answer?: Resolver<Maybe<ResolversTypes['ConsultationAnswerRecord']>, ParentType, ContextType>;
  answerNote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  answers?: Resolver<Array<ResolversTypes['ConsultationAnswerRecord']>, ParentType, ContextType>;
  caseReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  child?: Resolver<ResolversTypes['ConsultationChild'], ParentType, ContextType>;
  contact?: Resolver<ResolversTypes['ConsultationContact'], ParentType, ContextType>;
  decisionRecorded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  deliveryNote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  laCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  laName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  open?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  provision?: Resolver<Maybe<ResolversTypes['ConsultedProvision']>, ParentType, ContextType>;
  sentAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  sentOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  setting?: Resolver<ResolversTypes['ConsultedSetting'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConsultationStatus'], ParentType, ContextType>;
  withdrawnAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  withdrawnReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ConsultationAnswerRecordResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ConsultationAnswerRecord'] = ResolversParentTypes['ConsultationAnswerRecord']> = {
  answer?: Resolver<ResolversTypes['ConsultationAnswer'], ParentType, ContextType>;
  answeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  answeredBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ground?: Resolver<Maybe<ResolversTypes['RefusalGround']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConsultationChildResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ConsultationChild'] = ResolversParentTypes['ConsultationChild']> = {
  age?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ncYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  primaryNeed?: Resolver<ResolversTypes['NeedCode'], ParentType, ContextType>;
  residential?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  secondaryNeeds?: Resolver<Array<ResolversTypes['NeedCode']>, ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type ConsultationConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ConsultationConnection'] = ResolversParentTypes['ConsultationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ConsultationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ConsultationContactResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ConsultationContact'] = ResolversParentTypes['ConsultationContact']> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ConsultationEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ConsultationEdge'] = ResolversParentTypes['ConsultationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Consultation'], ParentType, ContextType>;
};

export type ConsultedProvisionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ConsultedProvision'] = ResolversParentTypes['ConsultedProvision']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProvisionKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ConsultedSettingResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ConsultedSetting'] = ResolversParentTypes['ConsultedSetting']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  laCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  laName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  urn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DraftPlanRecordResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['DraftPlanRecord'] = ResolversParentTypes['DraftPlanRecord']> = {
  kind?: Resolver<ResolversTypes['DraftPlanKind'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestWindowEndsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  requestWindowGivenByCouncil?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sentOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type EntryCapacityResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['EntryCapacity'] = ResolversParentTypes['EntryCapacity']> = {
  lastConfirmedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  onRoll?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  pendingConsultations?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  places?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['CapacitySource']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CapacityStatus'], ParentType, ContextType>;
  vacancies?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  vacanciesInYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ErasureReceiptResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ErasureReceipt'] = ResolversParentTypes['ErasureReceipt']> = {
  caseHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  erasedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  erasedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemsRemoved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  laCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notice?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FamilyChoiceResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['FamilyChoice'] = ResolversParentTypes['FamilyChoice']> = {
  addedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  addedBy?: Resolver<ResolversTypes['ChoiceAddedBy'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  laCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  legalRoute?: Resolver<ResolversTypes['LegalRoute'], ParentType, ContextType>;
  legalRouteReason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  onRegister?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  postcode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  removedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  removedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  removedReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  settingId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  town?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  urn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type FamilyConsultationResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['FamilyConsultation'] = ResolversParentTypes['FamilyConsultation']> = {
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sentOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  settingId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  settingName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConsultationStatus'], ParentType, ContextType>;
  statusText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FamilyDecisionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['FamilyDecision'] = ResolversParentTypes['FamilyDecision']> = {
  admissionText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  appealBy?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  appealText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decidedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  familyChoiceRank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  named?: Resolver<ResolversTypes['NamedPlacement'], ParentType, ContextType>;
  onList?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  refusals?: Resolver<Array<ResolversTypes['ChoiceRefusal']>, ParentType, ContextType>;
};

export type FamilyDraftPlanResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['FamilyDraftPlan'] = ResolversParentTypes['FamilyDraftPlan']> = {
  kind?: Resolver<ResolversTypes['DraftPlanKind'], ParentType, ContextType>;
  requestWindowEndsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  requestWindowGivenByCouncil?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sentOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type FamilyLinkResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['FamilyLink'] = ResolversParentTypes['FamilyLink']> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FamilyLinkInfoResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['FamilyLinkInfo'] = ResolversParentTypes['FamilyLinkInfo']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  opensUntil?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type FamilyListResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['FamilyList'] = ResolversParentTypes['FamilyList']> = {
  capacityNote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  choicesClosed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  consideredCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  consideredNotListed?: Resolver<Array<ResolversTypes['NotListedCount']>, ParentType, ContextType>;
  consultationNote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  consultations?: Resolver<Array<ResolversTypes['FamilyConsultation']>, ParentType, ContextType>;
  currentStatement?: Resolver<ResolversTypes['ParentsRightsStatement'], ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['FamilyDecision']>, ParentType, ContextType>;
  distanceNote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  draftPlan?: Resolver<Maybe<ResolversTypes['FamilyDraftPlan']>, ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['FamilyListEntry']>, ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  familyChoices?: Resolver<Array<ResolversTypes['FamilyChoice']>, ParentType, ContextType>;
  generatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  latestVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  newerVersionAvailable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  notListedSettings?: Resolver<Maybe<Array<ResolversTypes['NotListedSetting']>>, ParentType, ContextType>;
  phaseTransferNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rangeNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  removedFamilyChoices?: Resolver<Array<ResolversTypes['FamilyChoice']>, ParentType, ContextType>;
  requestWindowEndsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['ParentsRightsStatement'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FamilyListEntryResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['FamilyListEntry'] = ResolversParentTypes['FamilyListEntry']> = {
  capacity?: Resolver<ResolversTypes['EntryCapacity'], ParentType, ContextType>;
  cautions?: Resolver<Array<ResolversTypes['Caution']>, ParentType, ContextType>;
  distanceKm?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  familyChoice?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  legalRoute?: Resolver<ResolversTypes['LegalRoute'], ParentType, ContextType>;
  legalRouteReason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provision?: Resolver<ResolversTypes['FamilyProvision'], ParentType, ContextType>;
  rangeKind?: Resolver<ResolversTypes['RangeKind'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['FamilyReason']>, ParentType, ContextType>;
  setting?: Resolver<ResolversTypes['FamilySetting'], ParentType, ContextType>;
};

export type FamilyProvisionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['FamilyProvision'] = ResolversParentTypes['FamilyProvision']> = {
  apTiers?: Resolver<Array<ResolversTypes['ApTier']>, ParentType, ContextType>;
  designation?: Resolver<Array<ResolversTypes['NeedCode']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProvisionKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FamilyReasonResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['FamilyReason'] = ResolversParentTypes['FamilyReason']> = {
  code?: Resolver<ResolversTypes['ReasonCode'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FamilySettingResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['FamilySetting'] = ResolversParentTypes['FamilySetting']> = {
  ageRange?: Resolver<ResolversTypes['AgeRange'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SettingKind'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postcode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  section41Approved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sector?: Resolver<ResolversTypes['Sector'], ParentType, ContextType>;
  town?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  urn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GenerateTailoredListPayloadResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['GenerateTailoredListPayload'] = ResolversParentTypes['GenerateTailoredListPayload']> = {
  familyLink?: Resolver<ResolversTypes['FamilyLink'], ParentType, ContextType>;
  list?: Resolver<ResolversTypes['TailoredList'], ParentType, ContextType>;
};

export type ListEntryResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ListEntry'] = ResolversParentTypes['ListEntry']> = {
  capacity?: Resolver<ResolversTypes['EntryCapacity'], ParentType, ContextType>;
  cautions?: Resolver<Array<ResolversTypes['Caution']>, ParentType, ContextType>;
  distanceKm?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  familyChoice?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  legalRoute?: Resolver<ResolversTypes['LegalRoute'], ParentType, ContextType>;
  legalRouteReason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provision?: Resolver<ResolversTypes['ListedProvision'], ParentType, ContextType>;
  rangeKind?: Resolver<ResolversTypes['RangeKind'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['ListReason']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  setting?: Resolver<ResolversTypes['ListedSetting'], ParentType, ContextType>;
};

export type ListNeedsResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ListNeeds'] = ResolversParentTypes['ListNeeds']> = {
  primaryNeed?: Resolver<ResolversTypes['NeedCode'], ParentType, ContextType>;
  secondaryNeeds?: Resolver<Array<ResolversTypes['NeedCode']>, ParentType, ContextType>;
};

export type ListReasonResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ListReason'] = ResolversParentTypes['ListReason']> = {
  code?: Resolver<ResolversTypes['ReasonCode'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ListRequestResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ListRequest'] = ResolversParentTypes['ListRequest']> = {
  age?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  boarding?: Resolver<Maybe<ResolversTypes['BoardingNeed']>, ParentType, ContextType>;
  familyNamedSettingIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  genderIntake?: Resolver<Maybe<ResolversTypes['SingleSexIntake']>, ParentType, ContextType>;
  home?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
  homeApproximate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  homePostcodeDistrict?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  maxEntries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxTravelKm?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  ncYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  needs?: Resolver<ResolversTypes['ListNeeds'], ParentType, ContextType>;
  preferAvailablePlaces?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  provisionPreference?: Resolver<Maybe<ResolversTypes['ProvisionPreference']>, ParentType, ContextType>;
  religiousCharacter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  travelDistanceDefaulted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ListSearchResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ListSearch'] = ResolversParentTypes['ListSearch']> = {
  mainstreamRadiusKm?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  radiusKm?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  specialistReachKm?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ListedProvisionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ListedProvision'] = ResolversParentTypes['ListedProvision']> = {
  apTiers?: Resolver<Array<ResolversTypes['ApTier']>, ParentType, ContextType>;
  designation?: Resolver<Array<ResolversTypes['NeedCode']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProvisionKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  placementType?: Resolver<ResolversTypes['PlacementType'], ParentType, ContextType>;
};

export type ListedSettingResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ListedSetting'] = ResolversParentTypes['ListedSetting']> = {
  ageRange?: Resolver<ResolversTypes['AgeRange'], ParentType, ContextType>;
  establishmentType?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SettingKind'], ParentType, ContextType>;
  laCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  laName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  location?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postcode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  section41Approved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sector?: Resolver<ResolversTypes['Sector'], ParentType, ContextType>;
  town?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  urn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LocationResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Location'] = ResolversParentTypes['Location']> = {
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lon?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type MatchingWeightsResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['MatchingWeights'] = ResolversParentTypes['MatchingWeights']> = {
  apTier?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  available?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  designationNotRecorded?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  distance?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  limited?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  mainstreamPlace?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  primaryNeed?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  provisionType?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  religiousCharacter?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  secondaryNeed?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  secondaryNeedMax?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unconfirmed?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type MeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Me'] = ResolversParentTypes['Me']> = {
  laCodes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  permissions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  settingIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  answerConsultation?: Resolver<ResolversTypes['Consultation'], ParentType, ContextType, RequireFields<MutationAnswerConsultationArgs, 'id' | 'input'>>;
  confirmCapacity?: Resolver<ResolversTypes['Provision'], ParentType, ContextType, RequireFields<MutationConfirmCapacityArgs, 'expectedVersion' | 'provisionId'>>;
  createFamilyLink?: Resolver<ResolversTypes['FamilyLink'], ParentType, ContextType, RequireFields<MutationCreateFamilyLinkArgs, 'listId'>>;
  eraseCase?: Resolver<ResolversTypes['ErasureReceipt'], ParentType, ContextType, RequireFields<MutationEraseCaseArgs, 'caseReference' | 'laCode' | 'reason'>>;
  generateTailoredList?: Resolver<ResolversTypes['GenerateTailoredListPayload'], ParentType, ContextType, RequireFields<MutationGenerateTailoredListArgs, 'input'>>;
  recordDraftPlanSent?: Resolver<ResolversTypes['CaseJourney'], ParentType, ContextType, RequireFields<MutationRecordDraftPlanSentArgs, 'caseReference' | 'kind' | 'laCode' | 'sentOn'>>;
  recordPlacementDecision?: Resolver<ResolversTypes['CaseJourney'], ParentType, ContextType, RequireFields<MutationRecordPlacementDecisionArgs, 'input'>>;
  revokeFamilyLinks?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationRevokeFamilyLinksArgs, 'listId'>>;
  setCapacityContacts?: Resolver<ResolversTypes['Setting'], ParentType, ContextType, RequireFields<MutationSetCapacityContactsArgs, 'contacts' | 'settingId'>>;
  setFamilyChoices?: Resolver<ResolversTypes['FamilyList'], ParentType, ContextType, RequireFields<MutationSetFamilyChoicesArgs, 'input' | 'token'>>;
  setLocalRightsInfo?: Resolver<ResolversTypes['ParentsRightsStatement'], ParentType, ContextType, RequireFields<MutationSetLocalRightsInfoArgs, 'input'>>;
  setSettingStatus?: Resolver<ResolversTypes['Setting'], ParentType, ContextType, RequireFields<MutationSetSettingStatusArgs, 'id' | 'status'>>;
  startConsultation?: Resolver<ResolversTypes['Consultation'], ParentType, ContextType, RequireFields<MutationStartConsultationArgs, 'input'>>;
  updateCapacity?: Resolver<ResolversTypes['Provision'], ParentType, ContextType, RequireFields<MutationUpdateCapacityArgs, 'input'>>;
  upsertSetting?: Resolver<ResolversTypes['Setting'], ParentType, ContextType, RequireFields<MutationUpsertSettingArgs, 'input'>>;
  withdrawConsultation?: Resolver<ResolversTypes['Consultation'], ParentType, ContextType, RequireFields<MutationWithdrawConsultationArgs, 'id' | 'reason'>>;
};

export type NamedPlacementResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['NamedPlacement'] = ResolversParentTypes['NamedPlacement']> = {
  kind?: Resolver<ResolversTypes['NamedPlacementKind'], ParentType, ContextType>;
  laCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provisionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  settingId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  typeOfSetting?: Resolver<Maybe<ResolversTypes['PlacementType']>, ParentType, ContextType>;
  urn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type NotListedCountResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['NotListedCount'] = ResolversParentTypes['NotListedCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['NotListedReason'], ParentType, ContextType>;
};

export type NotListedSettingResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['NotListedSetting'] = ResolversParentTypes['NotListedSetting']> = {
  distanceKm?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SettingKind'], ParentType, ContextType>;
  laCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rangeKind?: Resolver<ResolversTypes['RangeKind'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['NotListedReason'], ParentType, ContextType>;
  sector?: Resolver<ResolversTypes['Sector'], ParentType, ContextType>;
  settingId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  specialist?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  town?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ParentsRightsStatementResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ParentsRightsStatement'] = ResolversParentTypes['ParentsRightsStatement']> = {
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  legalReferences?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  localNotes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  localSendiass?: Resolver<Maybe<ResolversTypes['SendiassContact']>, ParentType, ContextType>;
  paragraphs?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  summary?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PlacementDecisionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PlacementDecision'] = ResolversParentTypes['PlacementDecision']> = {
  appealBy?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  correctionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decidedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  familyChoiceId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  familyChoiceRank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  named?: Resolver<ResolversTypes['NamedPlacement'], ParentType, ContextType>;
  onList?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refusals?: Resolver<Array<ResolversTypes['ChoiceRefusal']>, ParentType, ContextType>;
  superseded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  supersedes?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type ProvisionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Provision'] = ResolversParentTypes['Provision']> = {
  ageRange?: Resolver<Maybe<ResolversTypes['AgeRange']>, ParentType, ContextType>;
  apTiers?: Resolver<Array<ResolversTypes['ApTier']>, ParentType, ContextType>;
  capacity?: Resolver<Maybe<ResolversTypes['Capacity']>, ParentType, ContextType>;
  capacityVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  designation?: Resolver<Array<ResolversTypes['NeedCode']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProvisionKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  settingId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ProvisionSource'], ParentType, ContextType>;
};

export type ProvisionPreferenceResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['ProvisionPreference'] = ResolversParentTypes['ProvisionPreference']> = {
  apTiers?: Resolver<Array<ResolversTypes['ApTier']>, ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  types?: Resolver<Array<ResolversTypes['PlacementType']>, ParentType, ContextType>;
};

export type PublishedCountResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['PublishedCount'] = ResolversParentTypes['PublishedCount']> = {
  fewerThanFive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  withheld?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  capacityHistory?: Resolver<ResolversTypes['CapacityChangeConnection'], ParentType, ContextType, RequireFields<QueryCapacityHistoryArgs, 'first' | 'provisionId'>>;
  caseJourney?: Resolver<ResolversTypes['CaseJourney'], ParentType, ContextType, RequireFields<QueryCaseJourneyArgs, 'caseReference' | 'laCode'>>;
  consultation?: Resolver<Maybe<ResolversTypes['Consultation']>, ParentType, ContextType, RequireFields<QueryConsultationArgs, 'id'>>;
  consultations?: Resolver<ResolversTypes['ConsultationConnection'], ParentType, ContextType, RequireFields<QueryConsultationsArgs, 'first'>>;
  familyList?: Resolver<ResolversTypes['FamilyList'], ParentType, ContextType, RequireFields<QueryFamilyListArgs, 'token'>>;
  familySearchSettings?: Resolver<Array<ResolversTypes['SettingSearchResult']>, ParentType, ContextType, RequireFields<QueryFamilySearchSettingsArgs, 'first' | 'query' | 'token'>>;
  me?: Resolver<ResolversTypes['Me'], ParentType, ContextType>;
  parentsRightsStatement?: Resolver<ResolversTypes['ParentsRightsStatement'], ParentType, ContextType, Partial<QueryParentsRightsStatementArgs>>;
  searchSettings?: Resolver<ResolversTypes['SettingSearchConnection'], ParentType, ContextType, RequireFields<QuerySearchSettingsArgs, 'first' | 'query'>>;
  setting?: Resolver<Maybe<ResolversTypes['Setting']>, ParentType, ContextType, RequireFields<QuerySettingArgs, 'id'>>;
  settings?: Resolver<ResolversTypes['SettingConnection'], ParentType, ContextType, RequireFields<QuerySettingsArgs, 'first'>>;
  staleCapacity?: Resolver<ResolversTypes['StaleCapacityConnection'], ParentType, ContextType, RequireFields<QueryStaleCapacityArgs, 'first' | 'laCode'>>;
  sufficiency?: Resolver<ResolversTypes['Sufficiency'], ParentType, ContextType, RequireFields<QuerySufficiencyArgs, 'laCode' | 'period' | 'waitingWeeks'>>;
  sufficiencyWhatIf?: Resolver<ResolversTypes['SufficiencyWhatIf'], ParentType, ContextType, RequireFields<QuerySufficiencyWhatIfArgs, 'changes' | 'laCode' | 'period'>>;
  tailoredList?: Resolver<Maybe<ResolversTypes['TailoredList']>, ParentType, ContextType, RequireFields<QueryTailoredListArgs, 'id'>>;
  tailoredLists?: Resolver<Array<ResolversTypes['TailoredList']>, ParentType, ContextType, RequireFields<QueryTailoredListsArgs, 'caseReference'>>;
};

export type SendiassContactResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['SendiassContact'] = ResolversParentTypes['SendiassContact']> = {
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SettingResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Setting'] = ResolversParentTypes['Setting']> = {
  address?: Resolver<ResolversTypes['Address'], ParentType, ContextType>;
  ageRange?: Resolver<ResolversTypes['AgeRange'], ParentType, ContextType>;
  boarding?: Resolver<ResolversTypes['Boarding'], ParentType, ContextType>;
  capacityContacts?: Resolver<Maybe<Array<ResolversTypes['CapacityContact']>>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  establishmentType?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  genderIntake?: Resolver<ResolversTypes['GenderIntake'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SettingKind'], ParentType, ContextType>;
  laCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phase?: Resolver<ResolversTypes['Phase'], ParentType, ContextType>;
  provisions?: Resolver<Array<ResolversTypes['Provision']>, ParentType, ContextType>;
  religiousCharacter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  section41Approved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sector?: Resolver<ResolversTypes['Sector'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['SettingSource'], ParentType, ContextType>;
  sourceNotes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SettingStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  urn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SettingConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['SettingConnection'] = ResolversParentTypes['SettingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SettingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type SettingEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['SettingEdge'] = ResolversParentTypes['SettingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Setting'], ParentType, ContextType>;
};

export type SettingSearchConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['SettingSearchConnection'] = ResolversParentTypes['SettingSearchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SettingSearchEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type SettingSearchEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['SettingSearchEdge'] = ResolversParentTypes['SettingSearchEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SettingSearchResult'], ParentType, ContextType>;
};

export type SettingSearchResultResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['SettingSearchResult'] = ResolversParentTypes['SettingSearchResult']> = {
  ageRange?: Resolver<ResolversTypes['AgeRange'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SettingKind'], ParentType, ContextType>;
  laCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  laName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phase?: Resolver<ResolversTypes['Phase'], ParentType, ContextType>;
  postcode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sector?: Resolver<ResolversTypes['Sector'], ParentType, ContextType>;
  town?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  urn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type StaleCapacityConnectionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['StaleCapacityConnection'] = ResolversParentTypes['StaleCapacityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StaleSettingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type StaleProvisionResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['StaleProvision'] = ResolversParentTypes['StaleProvision']> = {
  lastStatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  provision?: Resolver<ResolversTypes['Provision'], ParentType, ContextType>;
};

export type StaleSettingResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['StaleSetting'] = ResolversParentTypes['StaleSetting']> = {
  hasCapacityContacts?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lastRemindedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastReminderRecipients?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lastStatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  setting?: Resolver<ResolversTypes['Setting'], ParentType, ContextType>;
  staleProvisions?: Resolver<Array<ResolversTypes['StaleProvision']>, ParentType, ContextType>;
};

export type StaleSettingEdgeResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['StaleSettingEdge'] = ResolversParentTypes['StaleSettingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['StaleSetting'], ParentType, ContextType>;
};

export type SufficiencyResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['Sufficiency'] = ResolversParentTypes['Sufficiency']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  cells?: Resolver<Array<ResolversTypes['SufficiencyCell']>, ParentType, ContextType>;
  districts?: Resolver<Array<ResolversTypes['SufficiencyDistrict']>, ParentType, ContextType>;
  districtsWithheld?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  figures?: Resolver<ResolversTypes['SufficiencyFigures'], ParentType, ContextType>;
  laCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['SufficiencyPeriod'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['SufficiencyCell'], ParentType, ContextType>;
  waitingWeeks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SufficiencyAvailabilityResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['SufficiencyAvailability'] = ResolversParentTypes['SufficiencyAvailability']> = {
  freePlaceKnown?: Resolver<ResolversTypes['PublishedCount'], ParentType, ContextType>;
  medianNearestFreeKm?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  noneFree?: Resolver<ResolversTypes['PublishedCount'], ParentType, ContextType>;
  shareWithEnoughData?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unknown?: Resolver<ResolversTypes['PublishedCount'], ParentType, ContextType>;
};

export type SufficiencyCellResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['SufficiencyCell'] = ResolversParentTypes['SufficiencyCell']> = {
  availability?: Resolver<ResolversTypes['SufficiencyAvailability'], ParentType, ContextType>;
  cannotMeet?: Resolver<Array<ResolversTypes['CannotMeetCount']>, ParentType, ContextType>;
  children?: Resolver<ResolversTypes['PublishedCount'], ParentType, ContextType>;
  lists?: Resolver<ResolversTypes['PublishedCount'], ParentType, ContextType>;
  outcomes?: Resolver<Array<ResolversTypes['SufficiencyOutcomeCount']>, ParentType, ContextType>;
  phase?: Resolver<Maybe<ResolversTypes['SufficiencyPhase']>, ParentType, ContextType>;
  places?: Resolver<Array<ResolversTypes['SufficiencyPlaces']>, ParentType, ContextType>;
  placesWithheld?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  primaryNeed?: Resolver<Maybe<ResolversTypes['NeedCode']>, ParentType, ContextType>;
  waiting?: Resolver<ResolversTypes['PublishedCount'], ParentType, ContextType>;
};

export type SufficiencyDistrictResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['SufficiencyDistrict'] = ResolversParentTypes['SufficiencyDistrict']> = {
  availability?: Resolver<ResolversTypes['SufficiencyAvailability'], ParentType, ContextType>;
  children?: Resolver<ResolversTypes['PublishedCount'], ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lists?: Resolver<ResolversTypes['PublishedCount'], ParentType, ContextType>;
};

export type SufficiencyFiguresResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['SufficiencyFigures'] = ResolversParentTypes['SufficiencyFigures']> = {
  notConfirmedRecently?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  provisions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  share?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type SufficiencyOutcomeCountResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['SufficiencyOutcomeCount'] = ResolversParentTypes['SufficiencyOutcomeCount']> = {
  count?: Resolver<ResolversTypes['PublishedCount'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['SufficiencyOutcome'], ParentType, ContextType>;
};

export type SufficiencyPeriodResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['SufficiencyPeriod'] = ResolversParentTypes['SufficiencyPeriod']> = {
  endsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SufficiencyPeriodKind'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type SufficiencyPlacesResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['SufficiencyPlaces'] = ResolversParentTypes['SufficiencyPlaces']> = {
  area?: Resolver<ResolversTypes['PlaceArea'], ParentType, ContextType>;
  confirmedRecently?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  freePlaces?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PlaceKind'], ParentType, ContextType>;
  places?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  provisions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SufficiencyWhatIfResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['SufficiencyWhatIf'] = ResolversParentTypes['SufficiencyWhatIf']> = {
  byDistrict?: Resolver<Array<ResolversTypes['WhatIfRow']>, ParentType, ContextType>;
  byNeed?: Resolver<Array<ResolversTypes['WhatIfRow']>, ParentType, ContextType>;
  laCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['SufficiencyPeriod'], ParentType, ContextType>;
  placesAdded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  placesRemoved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['WhatIfRow'], ParentType, ContextType>;
};

export type TailoredListResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['TailoredList'] = ResolversParentTypes['TailoredList']> = {
  capacityFreshDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  caseReference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  consideredCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  consideredNotListed?: Resolver<Array<ResolversTypes['NotListedCount']>, ParentType, ContextType>;
  distanceNote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['ListEntry']>, ParentType, ContextType>;
  familyChoices?: Resolver<Array<ResolversTypes['FamilyChoice']>, ParentType, ContextType>;
  familyLinks?: Resolver<Array<ResolversTypes['FamilyLinkInfo']>, ParentType, ContextType>;
  generatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  generatedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  laCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  matchingVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notListedSettings?: Resolver<Maybe<Array<ResolversTypes['NotListedSetting']>>, ParentType, ContextType>;
  officerNotes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rangeNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  removedFamilyChoices?: Resolver<Array<ResolversTypes['FamilyChoice']>, ParentType, ContextType>;
  request?: Resolver<ResolversTypes['ListRequest'], ParentType, ContextType>;
  search?: Resolver<ResolversTypes['ListSearch'], ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['ParentsRightsStatement'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weights?: Resolver<ResolversTypes['MatchingWeights'], ParentType, ContextType>;
};

export type WhatIfRowResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['WhatIfRow'] = ResolversParentTypes['WhatIfRow']> = {
  childrenPlaced?: Resolver<ResolversTypes['PublishedCount'], ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  listsWithinReach?: Resolver<ResolversTypes['PublishedCount'], ParentType, ContextType>;
  losingFreePlace?: Resolver<ResolversTypes['PublishedCount'], ParentType, ContextType>;
  medianKmCloser?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  newlyWithFreePlace?: Resolver<ResolversTypes['PublishedCount'], ParentType, ContextType>;
  primaryNeed?: Resolver<Maybe<ResolversTypes['NeedCode']>, ParentType, ContextType>;
};

export type YearVacanciesResolvers<ContextType = GraphqlContext, ParentType extends ResolversParentTypes['YearVacancies'] = ResolversParentTypes['YearVacancies']> = {
  vacancies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphqlContext> = {
  Address?: AddressResolvers<ContextType>;
  AgeRange?: AgeRangeResolvers<ContextType>;
  CannotMeetCount?: CannotMeetCountResolvers<ContextType>;
  Capacity?: CapacityResolvers<ContextType>;
  CapacityChange?: CapacityChangeResolvers<ContextType>;
  CapacityChangeConnection?: CapacityChangeConnectionResolvers<ContextType>;
  CapacityChangeEdge?: CapacityChangeEdgeResolvers<ContextType>;
  CapacityContact?: CapacityContactResolvers<ContextType>;
  CaseJourney?: CaseJourneyResolvers<ContextType>;
  CaseListVersion?: CaseListVersionResolvers<ContextType>;
  Caution?: CautionResolvers<ContextType>;
  ChoiceChange?: ChoiceChangeResolvers<ContextType>;
  ChoiceRefusal?: ChoiceRefusalResolvers<ContextType>;
  Consultation?: ConsultationResolvers<ContextType>;
  ConsultationAnswerRecord?: ConsultationAnswerRecordResolvers<ContextType>;
  ConsultationChild?: ConsultationChildResolvers<ContextType>;
  ConsultationConnection?: ConsultationConnectionResolvers<ContextType>;
  ConsultationContact?: ConsultationContactResolvers<ContextType>;
  ConsultationEdge?: ConsultationEdgeResolvers<ContextType>;
  ConsultedProvision?: ConsultedProvisionResolvers<ContextType>;
  ConsultedSetting?: ConsultedSettingResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DraftPlanRecord?: DraftPlanRecordResolvers<ContextType>;
  EntryCapacity?: EntryCapacityResolvers<ContextType>;
  ErasureReceipt?: ErasureReceiptResolvers<ContextType>;
  FamilyChoice?: FamilyChoiceResolvers<ContextType>;
  FamilyConsultation?: FamilyConsultationResolvers<ContextType>;
  FamilyDecision?: FamilyDecisionResolvers<ContextType>;
  FamilyDraftPlan?: FamilyDraftPlanResolvers<ContextType>;
  FamilyLink?: FamilyLinkResolvers<ContextType>;
  FamilyLinkInfo?: FamilyLinkInfoResolvers<ContextType>;
  FamilyList?: FamilyListResolvers<ContextType>;
  FamilyListEntry?: FamilyListEntryResolvers<ContextType>;
  FamilyProvision?: FamilyProvisionResolvers<ContextType>;
  FamilyReason?: FamilyReasonResolvers<ContextType>;
  FamilySetting?: FamilySettingResolvers<ContextType>;
  GenerateTailoredListPayload?: GenerateTailoredListPayloadResolvers<ContextType>;
  ListEntry?: ListEntryResolvers<ContextType>;
  ListNeeds?: ListNeedsResolvers<ContextType>;
  ListReason?: ListReasonResolvers<ContextType>;
  ListRequest?: ListRequestResolvers<ContextType>;
  ListSearch?: ListSearchResolvers<ContextType>;
  ListedProvision?: ListedProvisionResolvers<ContextType>;
  ListedSetting?: ListedSettingResolvers<ContextType>;
  Location?: LocationResolvers<ContextType>;
  MatchingWeights?: MatchingWeightsResolvers<ContextType>;
  Me?: MeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NamedPlacement?: NamedPlacementResolvers<ContextType>;
  NotListedCount?: NotListedCountResolvers<ContextType>;
  NotListedSetting?: NotListedSettingResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ParentsRightsStatement?: ParentsRightsStatementResolvers<ContextType>;
  PlacementDecision?: PlacementDecisionResolvers<ContextType>;
  Provision?: ProvisionResolvers<ContextType>;
  ProvisionPreference?: ProvisionPreferenceResolvers<ContextType>;
  PublishedCount?: PublishedCountResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SendiassContact?: SendiassContactResolvers<ContextType>;
  Setting?: SettingResolvers<ContextType>;
  SettingConnection?: SettingConnectionResolvers<ContextType>;
  SettingEdge?: SettingEdgeResolvers<ContextType>;
  SettingSearchConnection?: SettingSearchConnectionResolvers<ContextType>;
  SettingSearchEdge?: SettingSearchEdgeResolvers<ContextType>;
  SettingSearchResult?: SettingSearchResultResolvers<ContextType>;
  StaleCapacityConnection?: StaleCapacityConnectionResolvers<ContextType>;
  StaleProvision?: StaleProvisionResolvers<ContextType>;
  StaleSetting?: StaleSettingResolvers<ContextType>;
  StaleSettingEdge?: StaleSettingEdgeResolvers<ContextType>;
  Sufficiency?: SufficiencyResolvers<ContextType>;
  SufficiencyAvailability?: SufficiencyAvailabilityResolvers<ContextType>;
  SufficiencyCell?: SufficiencyCellResolvers<ContextType>;
  SufficiencyDistrict?: SufficiencyDistrictResolvers<ContextType>;
  SufficiencyFigures?: SufficiencyFiguresResolvers<ContextType>;
  SufficiencyOutcomeCount?: SufficiencyOutcomeCountResolvers<ContextType>;
  SufficiencyPeriod?: SufficiencyPeriodResolvers<ContextType>;
  SufficiencyPlaces?: SufficiencyPlacesResolvers<ContextType>;
  SufficiencyWhatIf?: SufficiencyWhatIfResolvers<ContextType>;
  TailoredList?: TailoredListResolvers<ContextType>;
  WhatIfRow?: WhatIfRowResolvers<ContextType>;
  YearVacancies?: YearVacanciesResolvers<ContextType>;
};

