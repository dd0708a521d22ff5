import { londonDate } from '../../functions/core/journey/dates.js';
import { asOfficer, gqlOk } from './api.js';
import { aListInput } from './lists.js';
import { CHOICE_FIELDS, GENERATE_LIST, STATEMENT_FIELDS } from './operations.js';

// The journey's operations as the tests send them, and a case to run them on.

/**
 * Today in London: letters are dated today in these tests, since a journey date may be neither in
 * the future nor before the case's first list (made today).
 */
export const londonToday = (): string => londonDate(new Date());

export const CONSULTATION_FIELDS = `
  id laCode laName caseReference sentAt sentOn dueOn status overdue open decisionRecorded
  message deliveryNote answerNote withdrawnAt withdrawnReason
  setting { id name laCode urn }
  provision { id name kind }
  child { primaryNeed secondaryNeeds age ncYear startDate residential }
  contact { name email phone }
  answer { version answer ground explanation answeredBy }
  answers { version answer ground explanation answeredAt answeredBy }`;

const DECISION_FIELDS = `
  id decidedOn recordedAt recordedBy onList familyChoiceId familyChoiceRank appealBy supersedes
  correctionReason superseded
  named { kind settingId provisionId name laCode urn typeOfSetting }
  refusals { choiceId name rank grounds groundTexts explanation groundsNeeded }`;

export const JOURNEY_FIELDS = `
  caseReference laCode requestWindowEndsOn
  statement { version summary }
  lists { id version generatedAt generatedBy }
  familyChoices { ${CHOICE_FIELDS} }
  removedFamilyChoices { ${CHOICE_FIELDS} }
  choiceHistory { at by kind choiceId name rank reason }
  consultations { ${CONSULTATION_FIELDS} }
  decision { ${DECISION_FIELDS} }
  decisions { ${DECISION_FIELDS} }
  draftPlans { kind sentOn requestWindowEndsOn requestWindowGivenByCouncil recordedAt recordedBy }`;

export const FAMILY_JOURNEY = `query FamilyJourney($token: String!) {
  familyList(token: $token) {
    statement { ${STATEMENT_FIELDS} }
    currentStatement { version }
    version latestVersion newerVersionAvailable choicesClosed requestWindowEndsOn consultationNote
    draftPlan { kind sentOn requestWindowEndsOn requestWindowGivenByCouncil }
    phaseTransferNote
    familyChoices { ${CHOICE_FIELDS} }
    removedFamilyChoices { ${CHOICE_FIELDS} }
    entries { setting { name } }
    consultations { settingId settingName sentOn dueOn status overdue statusText }
    decision {
      decidedOn onList familyChoiceRank appealBy appealText admissionText
      named { kind settingId name typeOfSetting }
      refusals { choiceId name grounds groundTexts explanation groundsNeeded }
    }
  }
}`;

export const SET_FAMILY_CHOICES = `mutation SetChoices($token: String!, $input: SetFamilyChoicesInput!) {
  setFamilyChoices(token: $token, input: $input) {
    statement { version }
    familyChoices { ${CHOICE_FIELDS} }
    removedFamilyChoices { ${CHOICE_FIELDS} }
  }
}`;

export const CASE_JOURNEY = `query Journey($caseReference: String!, $laCode: String!) {
  caseJourney(caseReference: $caseReference, laCode: $laCode) { ${JOURNEY_FIELDS} }
}`;

export const DRAFT_PLAN_SENT = `mutation Draft($caseReference: String!, $laCode: String!, $sentOn: Date!, $kind: DraftPlanKind!, $requestWindowEndsOn: Date) {
  recordDraftPlanSent(caseReference: $caseReference, laCode: $laCode, sentOn: $sentOn, kind: $kind, requestWindowEndsOn: $requestWindowEndsOn) { ${JOURNEY_FIELDS} }
}`;

export const START_CONSULTATION = `mutation Start($input: StartConsultationInput!) {
  startConsultation(input: $input) { ${CONSULTATION_FIELDS} }
}`;

export const WITHDRAW_CONSULTATION = `mutation Withdraw($id: ID!, $reason: String!) {
  withdrawConsultation(id: $id, reason: $reason) { ${CONSULTATION_FIELDS} }
}`;

export const ANSWER_CONSULTATION = `mutation Answer($id: ID!, $input: AnswerConsultationInput!) {
  answerConsultation(id: $id, input: $input) { ${CONSULTATION_FIELDS} }
}`;

export const GET_CONSULTATION = `query Consultation($id: ID!) { consultation(id: $id) { ${CONSULTATION_FIELDS} } }`;

export const CONSULTATIONS = `query Consultations($filter: ConsultationsFilter, $first: Int, $after: String) {
  consultations(filter: $filter, first: $first, after: $after) {
    edges { cursor node { ${CONSULTATION_FIELDS} } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export const RECORD_DECISION = `mutation Decide($input: RecordPlacementDecisionInput!) {
  recordPlacementDecision(input: $input) { ${JOURNEY_FIELDS} }
}`;

export const PROVISION_CAPACITY = `query Setting($id: ID!) {
  setting(id: $id) {
    provisions {
      id capacityVersion
      capacity { vacancies pendingConsultations pendingConsultationsOutsideOpenPlace pendingConsultationsInOpenPlace }
    }
  }
}`;

export const aContact = {
  name: 'SEN placements team',
  email: 'placements@council.example',
  phone: '01234 567890',
};

/** A case with a list at `home`: its reference, the list and the family's token. */
export async function aCase(home: { lat: number; lon: number }, overrides: Record<string, unknown> = {}) {
  const input = aListInput(home, overrides);
  const { generateTailoredList } = await gqlOk(GENERATE_LIST, { input }, asOfficer(input.laCode as string));
  return {
    caseReference: input.caseReference as string,
    laCode: input.laCode as string,
    list: generateTailoredList.list,
    token: generateTailoredList.familyLink.token as string,
  };
}

export function consultationInput(
  c: { caseReference: string; laCode: string },
  settingId: string,
  extra: Record<string, unknown> = {},
) {
  return {
    caseReference: c.caseReference,
    laCode: c.laCode,
    settingId,
    message: 'Could your setting meet the needs described? The draft plan follows by secure email.',
    contact: aContact,
    ...extra,
  };
}
