import { ConsultationWithdrawnError, DecisionRecordedError, InvalidInputError } from '../errors.js';
import type { ListRequest } from '../lists/model.js';
import type { Provision, Setting } from '../model.js';
import { CONSULTATION_DAYS, isPastDue, londonDate, periodEndsOn } from './dates.js';
import { type AnswerInput, JOURNEY_LIMITS, type StartConsultationRequest } from './input.js';
import type { Consultation, ConsultationChild } from './model.js';

// Consultations, decided purely. A consultation is open — counted on its provision's
// pendingConsultationsInOpenPlace — from sending until it is withdrawn or the decision is recorded.

/** What the setting is told about the child: exactly what matching used, from the case's latest list. */
export function childOf(request: ListRequest): ConsultationChild {
  return {
    primaryNeed: request.primaryNeed,
    secondaryNeeds: [...request.secondaryNeeds],
    age: request.age,
    ncYear: request.ncYear,
    startDate: request.startDate,
    residential: request.boarding === 'RESIDENTIAL',
  };
}

/**
 * The provision a consultation counts on: the one named, else the setting's only provision, else
 * its main roll. A setting's figures are per provision, so the count goes where a place would be.
 */
export function countedProvisionOf(setting: Setting, provisionId: string | null): Provision | null {
  if (provisionId) return setting.provisions.find((p) => p.id === provisionId) ?? null;
  if (setting.provisions.length === 1) return setting.provisions[0] ?? null;
  return setting.provisions.find((p) => p.kind === 'MAIN_ROLL') ?? null;
}

export function newConsultation(input: {
  id: string;
  request: StartConsultationRequest;
  casePartition: string;
  listRequest: ListRequest;
  setting: Setting;
  by: string;
  at: Date;
}): Consultation {
  const { request, setting } = input;
  const named = request.provisionId ? setting.provisions.find((p) => p.id === request.provisionId) : null;
  if (request.provisionId && !named) {
    throw new InvalidInputError([
      {
        field: 'input.provisionId',
        code: 'NO_SUCH_PROVISION',
        params: { id: request.provisionId },
        message: 'is not a provision of that setting',
      },
    ]);
  }
  const counted = countedProvisionOf(setting, request.provisionId);
  const sentOn = londonDate(input.at);
  return {
    id: input.id,
    casePartition: input.casePartition,
    caseReference: request.caseReference,
    laCode: request.laCode,
    setting: { id: setting.id, urn: setting.urn, name: setting.name, laCode: setting.laCode },
    provision: named ? { id: named.id, name: named.name, kind: named.kind } : null,
    countedProvisionId: counted?.id ?? null,
    child: childOf(input.listRequest),
    message: request.message,
    contact: request.contact,
    sentAt: input.at.toISOString(),
    sentOn,
    dueOn: periodEndsOn(sentOn, CONSULTATION_DAYS),
    startedBy: input.by,
    status: 'SENT',
    answers: [],
    withdrawnAt: null,
    withdrawnBy: null,
    withdrawnReason: null,
    open: true,
    decisionRecorded: false,
    overdueNotifiedAt: null,
  };
}

/** Due date passed (London) with no answer. */
export function isOverdue(c: Consultation, today: string): boolean {
  return c.status === 'SENT' && isPastDue(c.dueOn, today);
}

/** A new answer version: revisable until the decision; a withdrawn consultation has nothing to answer. */
export function answered(c: Consultation, answer: AnswerInput, by: string, at: string): Consultation {
  if (c.status === 'WITHDRAWN') throw new ConsultationWithdrawnError(c.id);
  if (c.decisionRecorded) throw new DecisionRecordedError(`consultation ${c.id}`);
  return {
    ...c,
    status: 'ANSWERED',
    answers: [
      ...c.answers,
      {
        version: c.answers.length + 1,
        answer: answer.answer,
        ground: answer.ground,
        explanation: answer.explanation,
        answeredAt: at,
        answeredBy: by,
      },
    ],
  };
}

/** Withdrawn with a reason; withdrawing again changes nothing (a retried request decides the same). */
export function withdrawn(c: Consultation, reason: string, by: string, at: string): Consultation {
  if (c.status === 'WITHDRAWN') return c;
  if (c.decisionRecorded) throw new DecisionRecordedError(`consultation ${c.id}`);
  return {
    ...c,
    status: 'WITHDRAWN',
    withdrawnAt: at,
    withdrawnBy: by,
    withdrawnReason: reason,
    open: false,
  };
}

/** Closed by the decision: no longer counted, no longer answerable. */
export function closedByDecision(c: Consultation): Consultation {
  return { ...c, open: false, decisionRecorded: true };
}

/** The setting with one provision's open count moved by `delta` (never below 0); capacityVersion untouched. */
export function withOpenCount(setting: Setting, provisionId: string, delta: number): Setting {
  return {
    ...setting,
    provisions: setting.provisions.map((p) =>
      p.id === provisionId ? { ...p, openConsultations: Math.max(0, (p.openConsultations ?? 0) + delta) } : p,
    ),
  };
}

/**
 * Whether a case may consult this setting (or this provision of it) now, given its open
 * consultations (sent or answered, not withdrawn, no decision): at most
 * JOURNEY_LIMITS.openConsultationsPerCase open at once, and one per setting, whichever of its
 * provisions each names: a school answers once for the child. After a withdrawal it may be consulted again.
 */
export function assertMayConsult(
  open: readonly Consultation[],
  request: Pick<StartConsultationRequest, 'settingId' | 'provisionId'>,
): void {
  const max = JOURNEY_LIMITS.openConsultationsPerCase;
  if (open.length >= max) {
    throw new InvalidInputError([
      {
        field: 'input',
        code: 'TOO_MANY_OPEN_CONSULTATIONS',
        params: { max },
        message: `a case may have at most ${max} open consultations: withdraw one first`,
      },
    ]);
  }
  const same = open.find((c) => c.open && c.setting.id === request.settingId);
  if (same) {
    throw new InvalidInputError([
      {
        field: 'input.settingId',
        code: 'ALREADY_CONSULTED',
        params: { consultationId: same.id },
        message: `this setting is already being consulted about this child (${same.id}): withdraw that one first`,
      },
    ]);
  }
}
