import {
  assertCanAnswerConsultation,
  assertIsOfficer,
  assertOfficerOf,
  assertOfficerOfGivenLa,
  type Caller,
  isOfficerFor,
  requireSignedIn,
} from '../core/access.js';
import { ForbiddenError, NotFoundError } from '../core/errors.js';
import { assertNoDecision } from '../core/journey/case.js';
import {
  answered,
  assertMayConsult,
  newConsultation,
  withdrawn,
  withOpenCount,
} from '../core/journey/consultation.js';
import { londonDate } from '../core/journey/dates.js';
import { consultationAnswered, consultationStarted } from '../core/journey/events.js';
import { parseAnswer, parseReason, parseStartConsultation } from '../core/journey/input.js';
import type { ConsultationView } from '../core/journey/view.js';
import { requirePlausibleId } from '../core/validation.js';
import type { VersionedConsultation } from '../store/journey-store.js';
import { journeyIds } from './ids.js';
import { JOURNEY, type JourneyContext } from './journey-context.js';

// A consultation's life: started by the council, read by both sides, answered by the setting,
// withdrawn by the council. (Listing them is journey-consultation-list.ts; closing them, the decision.)

/** Consults a setting (or one of its provisions) about the child, on the 15-day clock. */
export async function startConsultation(
  ctx: JourneyContext,
  caller: Caller,
  input: unknown,
): Promise<ConsultationView> {
  assertIsOfficer(caller, 'consult settings');
  assertOfficerOfGivenLa(caller, (input as { laCode?: unknown } | null)?.laCode, JOURNEY);
  const request = parseStartConsultation(input);
  assertOfficerOf(caller, request.laCode, JOURNEY);
  const consultation = await ctx.journey.change(`case ${request.caseReference}`, async () => {
    const [found, latest, current] = await Promise.all([
      ctx.caseOf(request.laCode, request.caseReference),
      ctx.lists.latestCaseList(request.laCode, request.caseReference),
      ctx.register.getSetting(request.settingId),
    ]);
    assertNoDecision(found.record);
    if (!latest) throw new NotFoundError('Case', request.caseReference);
    if (!current) throw new NotFoundError('Setting', request.settingId);
    const others = await ctx.journey.getConsultations(found.record.consultationIds);
    assertMayConsult(
      others.filter((c) => c.consultation.open).map((c) => c.consultation),
      request,
    );
    const made = newConsultation({
      id: journeyIds.consultationId(),
      request,
      casePartition: found.partition,
      listRequest: latest.request,
      setting: current.setting,
      by: caller.subject ?? '',
      at: ctx.now(),
    });
    const settings = made.countedProvisionId
      ? ctx.register.settingWriteItems(withOpenCount(current.setting, made.countedProvisionId, +1), {
          expectedRevision: current.revision,
          previous: current.setting,
        })
      : [];
    return {
      writes: {
        case: ctx.touched(found, {
          ...found.record,
          consultationIds: [...found.record.consultationIds, made.id],
          updatedAt: made.sentAt,
        }),
        consultations: [{ consultation: made, expectedRevision: null }],
        settings,
        events: [consultationStarted(made, journeyIds.eventId)],
      },
      result: made,
    };
  });
  ctx.metrics.count('ConsultationsStarted', 1, { LaCode: consultation.laCode });
  return ctx.view(consultation, caller, londonDate(ctx.now()));
}

/** A consultation the caller may read: staff of the setting, officers of the consulting LA or of the setting's LA. */
export async function readableConsultation(
  ctx: JourneyContext,
  caller: Caller,
  id: string,
): Promise<VersionedConsultation> {
  requireSignedIn(caller);
  requirePlausibleId(id, 'id');
  const found = await ctx.journey.getConsultation(id);
  if (!found) throw new NotFoundError('Consultation', id);
  const c = found.consultation;
  if (
    !caller.settingIds.includes(c.setting.id) &&
    !isOfficerFor(caller, c.laCode) &&
    !isOfficerFor(caller, c.setting.laCode)
  ) {
    throw new ForbiddenError(
      'Only staff of the consulted setting and officers of the consulting LA or of the setting’s LA may see this consultation.',
    );
  }
  return found;
}

/** One consultation, as the caller may see it. */
export async function consultation(
  ctx: JourneyContext,
  caller: Caller,
  id: string,
): Promise<ConsultationView> {
  const found = await readableConsultation(ctx, caller, id);
  return ctx.view(found.consultation, caller, londonDate(ctx.now()));
}

/** The council withdraws a consultation (officers of the consulting LA), giving its place back. */
export async function withdrawConsultation(
  ctx: JourneyContext,
  caller: Caller,
  id: string,
  reason: unknown,
): Promise<ConsultationView> {
  assertIsOfficer(caller, 'withdraw consultations');
  const first = await readableConsultation(ctx, caller, id);
  assertOfficerOf(caller, first.consultation.laCode, JOURNEY);
  const why = parseReason(reason);
  const result = await ctx.journey.change(`consultation ${id}`, async () => {
    const found = await ctx.journey.getConsultation(id);
    if (!found) throw new NotFoundError('Consultation', id);
    const next = withdrawn(found.consultation, why, caller.subject ?? '', ctx.now().toISOString());
    if (next === found.consultation) return { writes: null, result: next };
    const ofCase = await ctx.caseOfConsultation(found.consultation);
    return {
      writes: {
        ...(ofCase ? { case: ctx.touched(ofCase) } : {}),
        consultations: [{ consultation: next, expectedRevision: found.revision }],
        settings: await ctx.countChanges([found.consultation], -1),
      },
      result: next,
    };
  });
  return ctx.view(result, caller, londonDate(ctx.now()));
}

/** The setting answers (its staff, or officers of its LA): can meet, cannot meet, with grounds. */
export async function answerConsultation(
  ctx: JourneyContext,
  caller: Caller,
  id: string,
  input: unknown,
): Promise<ConsultationView> {
  requireSignedIn(caller);
  requirePlausibleId(id, 'id');
  const first = await ctx.journey.getConsultation(id);
  if (!first) throw new NotFoundError('Consultation', id);
  assertCanAnswerConsultation(caller, first.consultation);
  const answer = parseAnswer(input);
  const result = await ctx.journey.change(`consultation ${id}`, async () => {
    const found = await ctx.journey.getConsultation(id);
    if (!found) throw new NotFoundError('Consultation', id);
    const next = answered(found.consultation, answer, caller.subject ?? '', ctx.now().toISOString());
    const ofCase = await ctx.caseOfConsultation(found.consultation);
    return {
      writes: {
        ...(ofCase ? { case: ctx.touched(ofCase) } : {}),
        consultations: [{ consultation: next, expectedRevision: found.revision }],
        events: [consultationAnswered(next, journeyIds.eventId)],
      },
      result: next,
    };
  });
  // A first answer, not a change of answer: answered consultations are what the metric counts.
  if (result.answers.length === 1) ctx.metrics.count('ConsultationsAnswered', 1, { LaCode: result.laCode });
  return ctx.view(result, caller, londonDate(ctx.now()));
}
