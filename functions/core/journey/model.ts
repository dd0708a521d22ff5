import type { ChoiceAdder, FamilyChoice, OffRegisterSetting, PlacementType } from '../lists/model.js';
import type { ProvisionKind } from '../model.js';
import type { NeedCode } from '../needs.js';

// The journey after the list: the case's choices and their history, the draft plan that opens the
// family's window, consultations with settings and their answers, and the decision. `Date` fields
// (…On) are London calendar dates "YYYY-MM-DD"; `…At` fields are UTC instants.

export const DRAFT_PLAN_KINDS = ['DRAFT_PLAN', 'PROPOSED_AMENDMENTS'] as const;
export type DraftPlanKind = (typeof DRAFT_PLAN_KINDS)[number];

export const CONSULTATION_STATUSES = ['SENT', 'ANSWERED', 'WITHDRAWN'] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];

export const CONSULTATION_ANSWERS = ['CAN_MEET_NEEDS', 'CANNOT_MEET_NEEDS', 'NEED_MORE_INFORMATION'] as const;
export type ConsultationAnswer = (typeof CONSULTATION_ANSWERS)[number];

export const REFUSAL_GROUNDS = [
  'UNSUITABLE_FOR_AGE_ABILITY_APTITUDE_OR_SEN',
  'INCOMPATIBLE_WITH_EFFICIENT_EDUCATION_OF_OTHERS',
  'INCOMPATIBLE_WITH_EFFICIENT_USE_OF_RESOURCES',
  'NOT_COMPATIBLE_WITH_EFFICIENT_INSTRUCTION',
  'UNREASONABLE_PUBLIC_EXPENDITURE',
] as const;
export type RefusalGround = (typeof REFUSAL_GROUNDS)[number];

/** The s.39(4) grounds: the ones a setting's answer may point to. */
export const SECTION_39_GROUNDS: readonly RefusalGround[] = REFUSAL_GROUNDS.slice(0, 3);
/** The Education Act 1996 s.9 grounds: only for settings the council must consider. */
export const SECTION_9_GROUNDS: readonly RefusalGround[] = REFUSAL_GROUNDS.slice(3);

export type ChoiceChangeKind = 'ADDED' | 'REMOVED' | 'RERANKED';

export interface ChoiceChange {
  at: string;
  by: ChoiceAdder;
  /** The officer's account id, or "family link". */
  subject: string;
  kind: ChoiceChangeKind;
  choiceId: string;
  name: string;
  rank: number | null;
  reason: string | null;
}

export interface DraftPlanRecord {
  kind: DraftPlanKind;
  sentOn: string;
  /** The council's date when its letter gave one; else the Regulations' minimum (see planWindowEndsOn). */
  requestWindowEndsOn: string;
  /** True when the officer gave the date from the council's letter (absent on plans recorded before). */
  requestWindowGivenByCouncil?: boolean;
  recordedAt: string;
  recordedBy: string;
}

/** A draft plan as read: the window the family is shown, and whether the council's letter gave it. */
export interface DraftPlanView extends DraftPlanRecord {
  requestWindowGivenByCouncil: boolean;
}

export interface ConsultationContact {
  name: string;
  email: string;
  phone: string | null;
}

export interface ConsultationAnswerRecord {
  version: number;
  answer: ConsultationAnswer;
  ground: RefusalGround | null;
  explanation: string;
  answeredAt: string;
  answeredBy: string;
}

/** What a consulted setting is told about the child: what matching used, nothing more. */
export interface ConsultationChild {
  primaryNeed: NeedCode;
  secondaryNeeds: NeedCode[];
  age: number;
  ncYear: number | null;
  startDate: string;
  residential: boolean;
}

export interface Consultation {
  id: string;
  /** The case's partition: where its case record is (never shown). */
  casePartition: string;
  caseReference: string;
  laCode: string;
  setting: { id: string; urn: string | null; name: string; laCode: string };
  provision: { id: string; name: string; kind: ProvisionKind } | null;
  /** The provision whose pendingConsultationsInOpenPlace counts this consultation while open. */
  countedProvisionId: string | null;
  child: ConsultationChild;
  message: string;
  contact: ConsultationContact;
  sentAt: string;
  sentOn: string;
  dueOn: string;
  startedBy: string;
  status: ConsultationStatus;
  answers: ConsultationAnswerRecord[];
  withdrawnAt: string | null;
  withdrawnBy: string | null;
  withdrawnReason: string | null;
  /** Counted as open: not withdrawn and no decision recorded yet. */
  open: boolean;
  decisionRecorded: boolean;
  /** When the ConsultationOverdue event was written (once per consultation). */
  overdueNotifiedAt: string | null;
}

export type NamedPlacementKind = 'REGISTER_SETTING' | 'OFF_REGISTER_SETTING' | 'TYPE_OF_SETTING';

export interface NamedPlacement {
  kind: NamedPlacementKind;
  settingId: string | null;
  provisionId: string | null;
  name: string;
  laCode: string | null;
  urn: string | null;
  typeOfSetting: PlacementType | null;
  offRegister?: OffRegisterSetting | null;
}

export interface ChoiceRefusal {
  choiceId: string;
  name: string;
  rank: number;
  grounds: RefusalGround[];
  explanation: string;
}

export interface PlacementDecision {
  id: string;
  decidedOn: string;
  recordedAt: string;
  recordedBy: string;
  named: NamedPlacement;
  onList: boolean;
  familyChoiceId: string | null;
  familyChoiceRank: number | null;
  refusals: ChoiceRefusal[];
  appealBy: string;
  supersedes: string | null;
  correctionReason: string | null;
}

/**
 * A case's journey record: one item per case, on a revision. Lists stay immutable; this holds
 * what changes after them. `choices` is the source of truth for the family's current choices.
 */
export interface CaseRecord {
  laCode: string;
  caseReference: string;
  choices: { current: FamilyChoice[]; removed: FamilyChoice[] };
  choiceHistory: ChoiceChange[];
  draftPlans: DraftPlanRecord[];
  consultationIds: string[];
  /** Oldest first; the last one not superseded is the current decision. */
  decisions: PlacementDecision[];
  /**
   * Every family link of the case opens until at least this instant (link-life.ts): a month after
   * the appeal date, set by each decision or correction. Absent before a decision, and on records
   * written before the field (their links keep their own expiry).
   */
  linksValidUntil?: string;
  updatedAt: string;
  /** The form key of the case's latest list, while a repeat of that form returns it (lists/request-key.ts). */
  listRequest?: ListRequestKey;
  /**
   * The case's latest list, written with it: a new list needs its version, not the list. Absent on
   * records written before the field (the latest list is then read).
   */
  latestList?: { id: string; version: number };
}

/** A list's form key, the list it made, and until when a repeat of the form returns that list. */
export interface ListRequestKey {
  key: string;
  listId: string;
  until: string;
}

/** The events an LA's case system can subscribe to: its case reference and codes, nothing else. */
export const JOURNEY_EVENT_TYPES = [
  'PreferencesChanged',
  'ConsultationStarted',
  'ConsultationAnswered',
  'ConsultationOverdue',
  'DecisionRecorded',
] as const;
export type JourneyEventType = (typeof JOURNEY_EVENT_TYPES)[number];

export interface JourneyEvent {
  id: string;
  type: JourneyEventType;
  occurredAt: string;
  detail: {
    laCode: string;
    caseReference: string;
  } & Record<string, string | number | boolean | null | readonly (string | number)[]>;
}
