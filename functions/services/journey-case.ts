import { assertIsOfficer, assertOfficerOf, type Caller } from '../core/access.js';
import { withDraftPlan } from '../core/journey/case.js';
import { parseCaseRef, parseDraftPlanSent } from '../core/journey/input.js';
import type { CaseJourneyView } from '../core/journey/view.js';
import { JOURNEY, type JourneyContext } from './journey-context.js';

// The officer's view of a case's journey, and the draft plan recorded on it.

/** A case's journey (officers of its LA): its record, lists, consultations and statement. */
export async function caseJourney(
  ctx: JourneyContext,
  caller: Caller,
  caseReference: unknown,
  laCode: unknown,
): Promise<CaseJourneyView> {
  assertIsOfficer(caller, 'read a case’s journey');
  const ref = parseCaseRef(caseReference, laCode);
  assertOfficerOf(caller, ref.laCode, JOURNEY);
  return ctx.journeyView(caller, await ctx.caseOf(ref.laCode, ref.caseReference));
}

/** Recent cases an officer's LA shows on their home page: at most this many. */
export const RECENT_CASES = 5;

/** An LA's most recently changed cases (officers of the LA): each one's reference and last change. */
export async function recentCases(
  ctx: JourneyContext,
  caller: Caller,
  laCode: string,
): Promise<{ caseReference: string; updatedAt: string }[]> {
  assertIsOfficer(caller, 'read an LA’s cases');
  assertOfficerOf(caller, laCode, JOURNEY);
  return ctx.journey.recentCases(laCode, RECENT_CASES);
}

/**
 * The LA's cases whose reference is `caseReference` spelt otherwise (capitals, spaces): what
 * find-a-case offers when the reference as typed names no case. Officers of that LA only.
 */
export async function caseReferencesLike(
  ctx: JourneyContext,
  caller: Caller,
  laCode: string,
  caseReference: string,
): Promise<string[]> {
  assertIsOfficer(caller, 'read an LA’s cases');
  assertOfficerOf(caller, laCode, JOURNEY);
  return ctx.journey.caseReferencesSpeltLike(laCode, caseReference);
}

/** The draft plan (or amended plan) sent to the family, opening its window to name a setting. */
export async function recordDraftPlanSent(
  ctx: JourneyContext,
  caller: Caller,
  caseReference: unknown,
  laCode: unknown,
  sentOn: unknown,
  kind: unknown,
  requestWindowEndsOn?: unknown,
): Promise<CaseJourneyView> {
  assertIsOfficer(caller, 'record a draft plan');
  const ref = parseCaseRef(caseReference, laCode);
  assertOfficerOf(caller, ref.laCode, JOURNEY);
  const plan = parseDraftPlanSent(sentOn, kind, requestWindowEndsOn);
  // Read once, not on every retry: a case's first list and today do not move under a retry.
  const bounds = await ctx.dateBounds(ref.laCode, ref.caseReference);
  const saved = await ctx.journey.change(`case ${ref.caseReference}`, async () => {
    const found = await ctx.caseOf(ref.laCode, ref.caseReference);
    const record = withDraftPlan(found.record, plan, {
      bounds,
      by: caller.subject ?? '',
      at: ctx.now().toISOString(),
    });
    return { writes: { case: ctx.touched(found, record) }, result: { ...found, record } };
  });
  return ctx.journeyView(caller, saved);
}
