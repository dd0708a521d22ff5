import { assertIsOfficer, assertOfficerOf, assertOfficerOfGivenLa, type Caller } from '../core/access.js';
import { closedByDecision } from '../core/journey/consultation.js';
import { decide, withDecision } from '../core/journey/decision.js';
import { parseDecision } from '../core/journey/decision-input.js';
import { decisionRecorded } from '../core/journey/events.js';
import type { CaseJourneyView } from '../core/journey/view.js';
import { journeyIds } from './ids.js';
import { JOURNEY, type JourneyContext } from './journey-context.js';

/**
 * The council's decision (officers of the case's LA): what it names, and the grounds where s.39
 * needs them (the core decides). Open consultations close with it and give their places back.
 */
export async function recordPlacementDecision(
  ctx: JourneyContext,
  caller: Caller,
  input: unknown,
): Promise<CaseJourneyView> {
  assertIsOfficer(caller, 'record decisions');
  assertOfficerOfGivenLa(caller, (input as { laCode?: unknown } | null)?.laCode, JOURNEY);
  const request = parseDecision(input);
  assertOfficerOf(caller, request.laCode, JOURNEY);
  const bounds = await ctx.dateBounds(request.laCode, request.caseReference);
  const saved = await ctx.journey.change(`case ${request.caseReference}`, async () => {
    const [found, latest, named] = await Promise.all([
      ctx.caseOf(request.laCode, request.caseReference),
      ctx.lists.latestCaseList(request.laCode, request.caseReference),
      request.named.kind === 'REGISTER_SETTING'
        ? ctx.register.getSetting(request.named.settingId)
        : Promise.resolve(null),
    ]);
    const at = ctx.now().toISOString();
    const decision = decide(found.record, request, {
      latest,
      namedSetting: named?.setting ?? null,
      bounds,
      id: journeyIds.decisionId(),
      by: caller.subject ?? '',
      at,
    });
    const consultations = await ctx.journey.getConsultations(found.record.consultationIds);
    const closing = consultations.filter(
      (c) => !c.consultation.decisionRecorded && c.consultation.status !== 'WITHDRAWN',
    );
    const record = withDecision(found.record, decision, at);
    return {
      writes: {
        case: ctx.touched(found, record),
        consultations: closing.map((c) => ({
          consultation: closedByDecision(c.consultation),
          expectedRevision: c.revision,
        })),
        settings: await ctx.countChanges(
          closing.filter((c) => c.consultation.open).map((c) => c.consultation),
          -1,
        ),
        events: [decisionRecorded(record.laCode, record.caseReference, decision, journeyIds.eventId)],
      },
      result: { ...found, record },
    };
  });
  return ctx.journeyView(caller, saved);
}
