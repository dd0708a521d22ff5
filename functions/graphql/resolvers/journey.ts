import { capacityViewOf, pendingConsultationsOf } from '../../core/capacity-view.js';
import { requestWindowEndsOn } from '../../core/journey/case.js';
import { decisionInForce, decisionViews } from '../../core/journey/decision.js';
import {
  ANSWER_NOTE,
  appealText,
  DELIVERY_NOTE,
  familyStatusText,
  GROUND_TEXT,
  phaseTransferText,
} from '../../core/journey/texts.js';
import { draftPlansNewestFirst, latestAnswer } from '../../core/journey/view.js';
import { LA_NAMES } from '../../services/la-names.js';
import type {
  CapacityResolvers,
  CaseJourneyResolvers,
  ChoiceChangeResolvers,
  ChoiceRefusalResolvers,
  ConsultationResolvers,
  FamilyConsultationResolvers,
  FamilyDecisionResolvers,
  FamilyListResolvers,
  MutationResolvers,
  ProvisionResolvers,
  QueryResolvers,
} from '../__generated__/resolvers-types.js';
import { toConnection } from './connection.js';

export const journeyQueries: Pick<
  QueryResolvers,
  'caseJourney' | 'consultation' | 'consultations' | 'familyList'
> = {
  caseJourney: (_parent, { caseReference, laCode }, { caller, journey }) =>
    journey.caseJourney(caller, caseReference, laCode),
  consultation: (_parent, { id }, { caller, journey }) => journey.consultation(caller, id),
  consultations: async (_parent, { filter, first, after }, { caller, journey }) =>
    toConnection(await journey.consultations(caller, filter, first, after)),
  familyList: (_parent, { token }, { journey, sourceIp }) => journey.familyList(token, sourceIp),
};

export const journeyMutations: Pick<
  MutationResolvers,
  | 'setFamilyChoices'
  | 'recordDraftPlanSent'
  | 'startConsultation'
  | 'withdrawConsultation'
  | 'answerConsultation'
  | 'recordPlacementDecision'
> = {
  setFamilyChoices: (_parent, { token, input }, { journey, sourceIp }) =>
    journey.setFamilyChoices(token, input, sourceIp),
  recordDraftPlanSent: (
    _parent,
    { caseReference, laCode, sentOn, kind, requestWindowEndsOn },
    { caller, journey },
  ) => journey.recordDraftPlanSent(caller, caseReference, laCode, sentOn, kind, requestWindowEndsOn),
  startConsultation: (_parent, { input }, { caller, journey }) => journey.startConsultation(caller, input),
  withdrawConsultation: (_parent, { id, reason }, { caller, journey }) =>
    journey.withdrawConsultation(caller, id, reason),
  answerConsultation: (_parent, { id, input }, { caller, journey }) =>
    journey.answerConsultation(caller, id, input),
  recordPlacementDecision: (_parent, { input }, { caller, journey }) =>
    journey.recordPlacementDecision(caller, input),
};

export const CaseJourney: CaseJourneyResolvers = {
  caseReference: (j) => j.record.caseReference,
  laCode: (j) => j.record.laCode,
  familyChoices: (j) => j.record.choices.current,
  removedFamilyChoices: (j) => j.record.choices.removed,
  choiceHistory: (j) => j.record.choiceHistory,
  decision: (j) => decisionInForce(j.record),
  decisions: (j) => decisionViews(j.record),
  draftPlans: (j) => draftPlansNewestFirst(j.record),
  requestWindowEndsOn: (j) => requestWindowEndsOn(j.record),
};

export const Consultation: ConsultationResolvers = {
  laName: (c) => LA_NAMES.get(c.laCode) ?? null,
  setting: (c) => ({ ...c.setting, laName: LA_NAMES.get(c.setting.laCode) ?? null }),
  caseReference: (c) => (c.showCaseReference ? c.caseReference : null),
  answer: (c) => latestAnswer(c),
  deliveryNote: () => DELIVERY_NOTE,
  answerNote: () => ANSWER_NOTE,
};

export const FamilyConsultation: FamilyConsultationResolvers = {
  settingId: (c) => c.setting.id,
  settingName: (c) => c.setting.name,
  statusText: (c) => familyStatusText(c, c.overdue, c.closedByDecisionOn),
};

export const FamilyList: FamilyListResolvers = {
  phaseTransferNote: (v) =>
    v.phaseTransfer ? phaseTransferText(v.phaseTransfer.transfer, v.phaseTransfer.year) : null,
};

export const FamilyDecision: FamilyDecisionResolvers = {
  appealText: (d) => appealText(d.appealBy),
};

export const ChoiceRefusal: ChoiceRefusalResolvers = {
  groundTexts: (r) => r.grounds.map((g) => GROUND_TEXT[g]),
};

export const ChoiceChange: ChoiceChangeResolvers = {};

export const Provision: ProvisionResolvers = {
  capacity: (p) => capacityViewOf(p),
};

export const Capacity: CapacityResolvers = {
  pendingConsultations: (c) => pendingConsultationsOf(c).total,
  pendingConsultationsOutsideOpenPlace: (c) => pendingConsultationsOf(c).outside,
  pendingConsultationsInOpenPlace: (c) => pendingConsultationsOf(c).inOpenPlace,
  // Figures stated before confirmations existed were never confirmed.
  confirmedAt: (c) => c.confirmedAt ?? null,
  confirmedBy: (c) => c.confirmedBy ?? null,
};
