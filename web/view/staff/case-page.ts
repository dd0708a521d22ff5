import { latestDraftPlan } from '../../../functions/core/journey/case.js';
import { dateInWords } from '../../../functions/core/journey/dates.js';
import { decisionInForce, decisionViews } from '../../../functions/core/journey/decision.js';
import { GROUND_TEXT } from '../../../functions/core/journey/texts.js';
import {
  type CaseJourneyView,
  type ConsultationView,
  draftPlansNewestFirst,
  latestAnswer,
} from '../../../functions/core/journey/view.js';
import type { FamilyChoice } from '../../../functions/core/lists/model.js';
import { NEEDS } from '../../../functions/core/needs.js';
import {
  ADDED_BY_WORDS,
  ANSWER_WORDS,
  CHANGE_WORDS,
  DRAFT_PLAN_KIND_WORDS,
  GROUND_REFERENCE,
  NAMED_KIND_WORDS,
  PLACEMENT_TYPE_WORDS,
} from '../../../functions/core/words.js';
import { instantInWords } from '../format.js';

// The officer's case page: the journey as plain data for its template (what is asked for, what was
// sent, what was answered, what was decided), and the addresses of the case and its forms. The
// forms are case-forms.ts's; their refusals case-form-errors.ts's.

export const CASE_ACTIONS = ['draft-plan', 'consult', 'withdraw-consultation', 'decision'] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

export function isCaseAction(value: string): value is CaseAction {
  return (CASE_ACTIONS as readonly string[]).includes(value);
}

/** The success banner after each form (Post/Redirect/Get: `done=<action>`). */
export const DONE_TEXT: Readonly<Record<CaseAction, string>> = {
  'draft-plan': 'The draft plan was recorded. The family’s window to ask for a setting is shown below.',
  consult: 'The consultation was sent. The setting can see it and answer now.',
  'withdraw-consultation': 'The consultation was withdrawn. The setting can see the reason.',
  decision: 'The decision was recorded. The family can see it, with how to appeal, on their page.',
};

/** `/case?la=…&ref=…` with any extra query values. */
export function casePath(laCode: string, caseReference: string, extra: Record<string, string> = {}): string {
  return `/case?${new URLSearchParams({ la: laCode, ref: caseReference, ...extra })}`;
}

/** `/case/<action>?la=…&ref=…` with any extra query values. */
export function actionPath(
  action: CaseAction,
  laCode: string,
  caseReference: string,
  extra: Record<string, string> = {},
): string {
  return `/case/${action}?${new URLSearchParams({ la: laCode, ref: caseReference, ...extra })}`;
}

/** A consultation's status in words, with its tag colour; an unanswered one past its due date is overdue. */
export function consultationStatus(c: Pick<ConsultationView, 'status' | 'overdue' | 'decisionRecorded'>): {
  text: string;
  tagClass: string;
} {
  if (c.status === 'WITHDRAWN') return { text: 'Withdrawn', tagClass: 'govuk-tag--grey' };
  if (c.status === 'ANSWERED') return { text: 'Answered', tagClass: 'govuk-tag--green' };
  if (c.overdue) return { text: 'Overdue', tagClass: 'govuk-tag--red' };
  if (c.decisionRecorded) return { text: 'Closed by the decision', tagClass: 'govuk-tag--grey' };
  return { text: 'Waiting for an answer', tagClass: 'govuk-tag--blue' };
}

/** "ASD (Autistic spectrum disorder), SLCN (…)": need codes with their names. */
export function needsWords(codes: readonly string[]): string {
  return codes.map((c) => (c in NEEDS ? `${c} (${NEEDS[c as keyof typeof NEEDS].name})` : c)).join(', ');
}

function choiceModel(c: FamilyChoice, laName: (code: string) => string | null) {
  return {
    id: c.id,
    rank: c.rank,
    name: c.name,
    settingId: c.settingId,
    onRegister: c.onRegister,
    where:
      [c.town, c.postcode, c.laCode ? (laName(c.laCode) ?? `LA ${c.laCode}`) : null]
        .filter(Boolean)
        .join(', ') || null,
    addedBy: ADDED_BY_WORDS[c.addedBy],
    addedOn: instantInWords(c.addedAt),
    legalRoute: c.legalRoute.route,
    legalRouteReason: c.legalRoute.reason,
    legalBasis: c.legalRoute.basis,
    note: c.note,
    removedOn: c.removedAt ? instantInWords(c.removedAt) : null,
    removedReason: c.removedReason,
  };
}

export interface CaseModelInput {
  view: CaseJourneyView;
  laName: (code: string) => string | null;
  done?: string | null;
}

/** The case page as plain data: what is asked for, what was sent, what was answered, what was decided. */
export function caseModel({ view, laName, done }: CaseModelInput) {
  const { record } = view;
  const { laCode, caseReference } = record;
  const inForce = decisionInForce(record);
  const windowEnds = latestDraftPlan(record);
  const consultations = view.consultations.map((c) => consultationModel(c, laName, laCode, caseReference));
  const decisions = decisionViews(record).map((d) => ({
    id: d.id,
    inForce: inForce?.id === d.id,
    decidedOn: dateInWords(d.decidedOn),
    recordedOn: instantInWords(d.recordedAt),
    named: d.named.name,
    namedKind: NAMED_KIND_WORDS[d.named.kind],
    namedType: d.named.typeOfSetting ? PLACEMENT_TYPE_WORDS[d.named.typeOfSetting] : null,
    namedSettingId: d.named.settingId,
    onList: d.onList,
    familyChoiceRank: d.familyChoiceRank,
    appealBy: dateInWords(d.appealBy),
    refusals: d.refusals.map((r) => ({
      name: r.name,
      rank: r.rank,
      groundsNeeded: r.groundsNeeded,
      grounds: r.grounds.map((g) => ({ text: GROUND_TEXT[g], reference: GROUND_REFERENCE[g] })),
      explanation: r.explanation,
    })),
    correctionReason: d.correctionReason,
    corrects: d.supersedes !== null,
  }));
  return {
    laCode,
    laName: laName(laCode),
    caseReference,
    done: done && isCaseAction(done) ? DONE_TEXT[done] : null,
    decided: inForce !== null,
    requestWindowEndsOn: windowEnds ? dateInWords(windowEnds.requestWindowEndsOn) : null,
    requestWindowGiven: windowEnds?.requestWindowGivenByCouncil ?? false,
    lists: view.lists.map((l) => ({
      id: l.id,
      version: l.version,
      generatedOn: instantInWords(l.generatedAt),
      generatedBy: l.generatedBy,
    })),
    choices: record.choices.current.map((c) => choiceModel(c, laName)),
    removedChoices: record.choices.removed.map((c) => choiceModel(c, laName)),
    history: record.choiceHistory.map((h) => ({
      on: instantInWords(h.at),
      by: ADDED_BY_WORDS[h.by],
      what:
        h.kind === 'RERANKED' && h.rank !== null
          ? `Moved to choice ${h.rank}`
          : h.kind === 'ADDED' && h.rank !== null
            ? `Added as choice ${h.rank}`
            : CHANGE_WORDS[h.kind],
      name: h.name,
      reason: h.reason,
    })),
    draftPlans: draftPlansNewestFirst(record).map((p) => ({
      kind: DRAFT_PLAN_KIND_WORDS[p.kind],
      sentOn: dateInWords(p.sentOn),
      requestWindowEndsOn: dateInWords(p.requestWindowEndsOn),
      windowGiven: p.requestWindowGivenByCouncil,
      recordedOn: instantInWords(p.recordedAt),
    })),
    consultations,
    openConsultations: consultations.filter((c) => c.canWithdraw).length,
    overdueConsultations: consultations.filter((c) => c.overdue).length,
    decision: decisions.find((d) => d.inForce) ?? null,
    earlierDecisions: decisions.filter((d) => !d.inForce),
    links: {
      draftPlan: actionPath('draft-plan', laCode, caseReference),
      consult: actionPath('consult', laCode, caseReference),
      decision: actionPath('decision', laCode, caseReference),
      rights: `/your-rights/${encodeURIComponent(laCode)}`,
    },
  };
}

export type CaseModel = ReturnType<typeof caseModel>;

function consultationModel(
  c: ConsultationView,
  laName: (code: string) => string | null,
  laCode: string,
  caseReference: string,
) {
  const status = consultationStatus(c);
  const answer = latestAnswer(c);
  return {
    id: c.id,
    settingId: c.setting.id,
    settingName: c.setting.name,
    settingLa: laName(c.setting.laCode) ?? `LA ${c.setting.laCode}`,
    provision: c.provision && c.provision.kind !== 'MAIN_ROLL' ? c.provision.name : null,
    sentOn: dateInWords(c.sentOn),
    dueOn: dateInWords(c.dueOn),
    overdue: c.overdue,
    statusText: status.text,
    statusTagClass: status.tagClass,
    message: c.message,
    contact: [c.contact.name, c.contact.email, c.contact.phone].filter(Boolean).join(', '),
    answer: answer
      ? {
          version: answer.version,
          text: ANSWER_WORDS[answer.answer],
          ground: answer.ground ? GROUND_TEXT[answer.ground] : null,
          explanation: answer.explanation,
          answeredOn: instantInWords(answer.answeredAt),
        }
      : null,
    earlierAnswers: c.answers.slice(0, -1).map((a) => ({
      version: a.version,
      text: ANSWER_WORDS[a.answer],
      explanation: a.explanation,
      answeredOn: instantInWords(a.answeredAt),
    })),
    withdrawnOn: c.withdrawnAt ? instantInWords(c.withdrawnAt) : null,
    withdrawnReason: c.withdrawnReason,
    canWithdraw: c.status !== 'WITHDRAWN' && !c.decisionRecorded,
    withdrawPath: actionPath('withdraw-consultation', laCode, caseReference, { id: c.id }),
  };
}
