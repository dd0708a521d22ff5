import type { Caller } from '../core/access.js';
import { decisionViews } from '../core/journey/decision.js';
import { caseJourney, caseReferencesLike, recentCases, recordDraftPlanSent } from './journey-case.js';
import { consultations } from './journey-consultation-list.js';
import {
  answerConsultation,
  consultation,
  startConsultation,
  withdrawConsultation,
} from './journey-consultations.js';
import { type JourneyServiceDeps, journeyContext } from './journey-context.js';
import { recordPlacementDecision } from './journey-decision.js';
import { familyList, setFamilyChoices } from './journey-family.js';

export type { JourneyServiceDeps } from './journey-context.js';

/**
 * The journey after the list. Each use case is a function of its own module (journey-*.ts) taking
 * the shared context first: it reads what it needs, lets the core decide, and writes on the
 * revisions it read — the case record, consultations, settings' open counts and the outbox event —
 * in one transaction, through the one optimistic-write loop (store/optimistic.ts).
 */
export function createJourneyService(deps: JourneyServiceDeps) {
  const ctx = journeyContext(deps);
  return {
    caseJourney: (caller: Caller, caseReference: unknown, laCode: unknown) =>
      caseJourney(ctx, caller, caseReference, laCode),
    recentCases: (caller: Caller, laCode: string) => recentCases(ctx, caller, laCode),
    caseReferencesLike: (caller: Caller, laCode: string, caseReference: string) =>
      caseReferencesLike(ctx, caller, laCode, caseReference),
    familyList: (token: string, source: string) => familyList(ctx, token, source),
    setFamilyChoices: (token: string, input: unknown, source: string) =>
      setFamilyChoices(ctx, token, input, source),
    recordDraftPlanSent: (
      caller: Caller,
      caseReference: unknown,
      laCode: unknown,
      sentOn: unknown,
      kind: unknown,
      requestWindowEndsOn?: unknown,
    ) => recordDraftPlanSent(ctx, caller, caseReference, laCode, sentOn, kind, requestWindowEndsOn),
    startConsultation: (caller: Caller, input: unknown) => startConsultation(ctx, caller, input),
    consultation: (caller: Caller, id: string) => consultation(ctx, caller, id),
    consultations: (caller: Caller, filter: unknown, first: unknown, after: string | null | undefined) =>
      consultations(ctx, caller, filter, first, after),
    withdrawConsultation: (caller: Caller, id: string, reason: unknown) =>
      withdrawConsultation(ctx, caller, id, reason),
    answerConsultation: (caller: Caller, id: string, input: unknown) =>
      answerConsultation(ctx, caller, id, input),
    recordPlacementDecision: (caller: Caller, input: unknown) => recordPlacementDecision(ctx, caller, input),
    decisionViews,
  };
}

export type JourneyService = ReturnType<typeof createJourneyService>;
