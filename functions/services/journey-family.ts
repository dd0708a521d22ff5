import {
  currentDecision,
  latestDraftPlan,
  requestWindowEndsOn,
  withFamilyChoices,
} from '../core/journey/case.js';
import { londonDate } from '../core/journey/dates.js';
import { decisionView } from '../core/journey/decision.js';
import { preferencesChanged } from '../core/journey/events.js';
import { parseSetFamilyChoices } from '../core/journey/input.js';
import { CONSULTATION_NOTE } from '../core/journey/texts.js';
import { type FamilyJourneyView, familyDecisionView } from '../core/journey/view.js';
import { toFamilyView } from '../core/lists/family-view.js';
import { rightsStatement } from '../core/rights-statement.js';
import type { VersionedCase } from '../store/journey-store.js';
import { caseState } from './case-state.js';
import { journeyIds } from './ids.js';
import type { JourneyContext } from './journey-context.js';
import type { OpenedFamilyLink } from './lists-service.js';

// The family's side of the journey, through its link: what the link opens, and its own choices.

/** What a family link opens: its list, the case's choices and journey, with the statement. */
export async function familyList(
  ctx: JourneyContext,
  token: string,
  source: string,
): Promise<FamilyJourneyView> {
  const opened = await ctx.links.openFamilyLink(token, source);
  // The case as openFamilyLink read it: opening the page costs no second read of it.
  const view = await familyView(ctx, opened, opened.found);
  ctx.metrics.count('FamilyPagesOpened', 1);
  return view;
}

/** The family's own change to its choices, through its link: any setting, never checked against the list. */
export async function setFamilyChoices(
  ctx: JourneyContext,
  token: string,
  input: unknown,
  source: string,
): Promise<FamilyJourneyView> {
  const opened = await ctx.links.openFamilyLink(token, source);
  const { list } = opened;
  const request = parseSetFamilyChoices(input);
  const ids = request.add.flatMap(({ input: c }) => ('settingId' in c ? [c.settingId] : []));
  const settings = new Map((await ctx.lists.getSettings(ids)).map((s) => [s.id, s]));
  await ctx.journey.change(`case ${list.caseReference}`, async () => {
    const found = await ctx.caseOf(list.laCode, list.caseReference);
    const at = ctx.now().toISOString();
    const { record, changes } = withFamilyChoices(found.record, request, settings, at, journeyIds.choiceId);
    if (changes.length === 0) return { writes: null, result: undefined };
    return {
      writes: {
        case: ctx.touched(found, record),
        events: [
          preferencesChanged(
            record.laCode,
            record.caseReference,
            changes,
            record.choices.current.length,
            at,
            journeyIds.eventId,
          ),
        ],
      },
      result: undefined,
    };
  });
  return familyView(ctx, opened, 'read');
}

/**
 * The family's view of a list it opened, with the case's journey as it stands now: the case as
 * the link's opening read it, or read again ('read') after a change. Its expiry is when the link
 * stops opening, a decision's month after the appeal date included.
 */
async function familyView(
  ctx: JourneyContext,
  opened: Pick<OpenedFamilyLink, 'list' | 'link' | 'opensUntil'>,
  stored: VersionedCase | null | 'read',
): Promise<FamilyJourneyView> {
  const { list, link } = opened;
  const [state, latestVersion, local] = await Promise.all([
    stored === 'read'
      ? ctx.journey.getCase(list.laCode, list.caseReference).then((c) => caseState(c, ctx.now()))
      : stored,
    ctx.lists.latestCaseVersion(list.laCode, list.caseReference),
    ctx.lists.getLocalRightsInfo(list.laCode),
  ]);
  // The link was opened on a live case (openFamilyLink checks): gone since is read as no record.
  const found = state === 'gone' ? null : state;
  const today = londonDate(ctx.now());
  const consultations = found ? await ctx.journey.getConsultations(found.record.consultationIds) : [];
  const base = { ...toFamilyView(list, link), expiresAt: opened.opensUntil };
  const decision = found ? currentDecision(found.record) : null;
  return {
    ...base,
    // The case's choices now, not as the list was made: the family sees what it has asked for.
    familyChoices: found?.record.choices.current ?? base.familyChoices,
    removedFamilyChoices: found?.record.choices.removed ?? base.removedFamilyChoices,
    version: list.version,
    latestVersion: Math.max(latestVersion ?? list.version, list.version),
    newerVersionAvailable: (latestVersion ?? list.version) > list.version,
    consultations: consultations
      .map((c) => ({
        ...ctx.view(c.consultation, null, today),
        closedByDecisionOn: c.consultation.decisionRecorded ? (decision?.decidedOn ?? null) : null,
      }))
      .sort((a, b) => (a.sentAt < b.sentAt ? 1 : -1)),
    consultationNote: CONSULTATION_NOTE,
    decision: decision
      ? familyDecisionView(
          decisionView(decision, false),
          found?.record.choices.current ?? base.familyChoices,
          base.entries,
        )
      : null,
    requestWindowEndsOn: found ? requestWindowEndsOn(found.record) : null,
    draftPlan: found ? latestDraftPlan(found.record) : null,
    choicesClosed: decision !== null,
    // The list keeps the statement it was made with (the record); the family reads today's too.
    currentStatement: rightsStatement(local),
  };
}
