import type { Caller } from '../core/access.js';
import { assertIsOfficer, assertOfficerOf } from '../core/access.js';
import { InvalidInputError } from '../core/errors.js';
import { assertNoDecision, newCaseRecord, withOfficerChoices } from '../core/journey/case.js';
import { preferencesChanged } from '../core/journey/events.js';
import { linkOpensUntil } from '../core/journey/link-life.js';
import { caseExpiry } from '../core/journey/retention.js';
import { applyChoiceChanges } from '../core/lists/family-choices.js';
import { MATCHING_VERSION, weightsFor } from '../core/lists/matching.js';
import type { TailoredList } from '../core/lists/model.js';
import { parseListRequest } from '../core/lists/request.js';
import { listOfRepeatedRequest, parseListRequestKey, withListRequestKey } from '../core/lists/request-key.js';
import { newSearchState } from '../core/lists/search-plan.js';
import { settingsById } from '../core/register-memory/register-index.js';
import { rightsStatement } from '../core/rights-statement.js';
import { availabilityStateOf } from '../core/sufficiency/facts.js';
import type { VersionedCase } from '../store/journey-store.js';
import { CASE_VERSION_RETRY } from '../store/retry-budget.js';
import { newLink } from './family-link-tokens.js';
import { journeyIds } from './ids.js';
import { LA_NAMES } from './la-names.js';
import { firstRound, readCase } from './list-first-round.js';
import { withLiveCapacity } from './list-live-figures.js';
import { createListReads, memoryReadSource } from './list-reads.js';
import type { ListsContext, NewFamilyLink } from './lists-context.js';
import { AVAILABILITY_METRIC, type Metrics } from './metrics.js';
import { OUTCODES } from './outcodes.js';

/**
 * Generates the next version of a case's advisory list (officers of its LA): the planner's search
 * over the register for the child's needs, the family's choices carried (never dropped), the rights
 * statement, and a new family link — written with the case record in one transaction.
 */
export async function generateTailoredList(
  ctx: ListsContext,
  caller: Caller,
  input: unknown,
): Promise<{ list: TailoredList; familyLink: NewFamilyLink }> {
  const made = await makeList(ctx, caller, input, null);
  // Without a form key every request makes a new version, and so a new link.
  if (!made.familyLink) throw new Error('A list made without a form key came back without its link.');
  return { list: made.list, familyLink: made.familyLink };
}

/**
 * The same, once per form (the pages' "Make the list"): a request repeating `requestKey` within
 * LIST_REQUEST_KEY_MINUTES returns the list it made, with no new version and no link (a link's
 * token is given once, when it is made).
 */
export async function generateTailoredListOnce(
  ctx: ListsContext,
  caller: Caller,
  input: unknown,
  requestKey: string,
): Promise<{ list: TailoredList; familyLink: NewFamilyLink | null }> {
  return makeList(ctx, caller, input, parseListRequestKey(requestKey));
}

async function makeList(
  ctx: ListsContext,
  caller: Caller,
  input: unknown,
  requestKey: string | null,
): Promise<{ list: TailoredList; familyLink: NewFamilyLink | null }> {
  const { lists, journey, now, config, metrics, retentionDays } = ctx;
  assertIsOfficer(caller, 'generate lists');
  const at = now();
  const parsed = parseListRequest(input, at, OUTCODES);
  const { request } = parsed;
  assertOfficerOf(caller, request.laCode, `generate lists for children in LA ${request.laCode}`);

  // The first round, at once (list-first-round.ts); then the search, over the register in memory.
  const { start: first, local, view } = await firstRound(ctx, request, at);
  const reads = createListReads(memoryReadSource(view.index), request);
  const addedIds = parsed.addChoices.flatMap(({ input: c }) => ('settingId' in c ? [c.settingId] : []));
  const added = settingsById(view.index, addedIds);
  const [specialist, plain] = await Promise.all([reads.specialistWithinReach(), reads.nearestPlain()]);
  const known = new Map(added.map((s) => [s.id, s]));
  const unknown = parsed.addChoices.find(({ input: c }) => 'settingId' in c && !known.has(c.settingId));
  if (unknown) {
    throw new InvalidInputError([
      {
        field: unknown.field,
        code: 'NOT_ON_THE_REGISTER',
        message: 'is not a setting on the register: name it with offRegister instead',
      },
    ]);
  }
  const state = newSearchState({
    request,
    specialist,
    plain,
    now: at,
    capacityFreshDays: config.capacityFreshDays,
    laNames: LA_NAMES,
  });
  const linkDays = parsed.familyLinkDays ?? config.familyLinkDays;
  const changesChoices = parsed.addChoices.length + parsed.removeChoices.length > 0;
  // Versions count up per case, and the case's choices live in its journey record. The list and
  // the record are written in one transaction on what was read: if another list or a family's
  // change lands first, read both again and decide again, never only bump the number.
  const made = await journey.change<{ list: TailoredList; familyLink: NewFamilyLink | null }>(
    `case ${request.caseReference}`,
    async (n) => {
      const { found, latest } = n === 0 ? first : await readCase(ctx, request, at);
      // A repeat of the form that made a list (a reload, a double click) gets that list back.
      const repeated = listOfRepeatedRequest(found?.record ?? null, requestKey, at);
      const earlier =
        repeated && (latest?.id === repeated && latest.list ? latest.list : await lists.getList(repeated));
      if (earlier) return { writes: null, result: { list: earlier, familyLink: null } };
      const base: VersionedCase = found ?? {
        record: newCaseRecord(request.laCode, request.caseReference, latest?.list ?? null, at.toISOString()),
        revision: null,
        partition: journey.newCasePartition(request.laCode, request.caseReference),
        expiresAt: null,
      };
      if (changesChoices) assertNoDecision(base.record);
      const choices = applyChoiceChanges({
        previous: base.record.choices,
        add: parsed.addChoices.map(({ input: c }) => ({
          input: c,
          setting: 'settingId' in c ? (known.get(c.settingId) ?? null) : null,
        })),
        remove: parsed.removeChoices,
        by: { adder: 'OFFICER', subject: caller.subject },
        at: at.toISOString(),
        newId: journeyIds.choiceId,
      });
      const chosenIds = choices.current.flatMap((c) => (c.settingId ? [c.settingId] : []));
      for (const s of settingsById(
        view.index,
        chosenIds.filter((id) => !known.has(id)),
      ))
        known.set(s.id, s);
      state.request = { ...request, familyNamedSettingIds: chosenIds };
      state.choices = choices.current.map((choice) => ({
        choice,
        setting: choice.settingId ? (known.get(choice.settingId) ?? null) : null,
      }));
      const { list: result, availability } = await withLiveCapacity(lists, state, await reads.search(state));
      const version = (latest?.version ?? 0) + 1;
      const list: TailoredList = {
        id: lists.newListId(request.laCode, request.caseReference, version),
        version,
        caseReference: request.caseReference,
        laCode: request.laCode,
        request: state.request,
        statement: rightsStatement(local),
        generatedAt: at.toISOString(),
        generatedBy: caller.subject,
        matchingVersion: MATCHING_VERSION,
        weights: weightsFor(request),
        capacityFreshDays: config.capacityFreshDays,
        officerNotes: parsed.officerNotes,
        ...result,
        familyChoices: choices.current,
        removedFamilyChoices: choices.removed,
        availability,
        registerUsed: { generation: view.generation, highWaterMark: view.highWaterMark },
      };
      const { token, link } = newLink(list.id, at, linkDays);
      const { record, changes } = withOfficerChoices(base.record, choices, caller.subject, at.toISOString());
      const events =
        changes.length > 0
          ? [
              preferencesChanged(
                record.laCode,
                record.caseReference,
                changes,
                record.choices.current.length,
                at.toISOString(),
                journeyIds.eventId,
              ),
            ]
          : [];
      return {
        writes: {
          case: {
            ...base,
            record: withListRequestKey(
              { ...record, latestList: { id: list.id, version } },
              requestKey,
              list.id,
              at,
            ),
            expiry: caseExpiry(at, record.decisions, retentionDays),
          },
          also: lists.newListWrite(list, link, base.partition),
          events,
        },
        result: { list, familyLink: { token, expiresAt: linkOpensUntil(link, record.linksValidUntil) } },
      };
    },
    CASE_VERSION_RETRY,
  );
  if (made.familyLink) recordListGenerated(metrics, made.list);
  return made;
}

/**
 * What a generated list tells the dashboard: one list, by LA and by primary need (separately); its
 * entries by capacity status; and whether it shows any AVAILABLE place at all.
 */
function recordListGenerated(metrics: Metrics, list: TailoredList): void {
  metrics.count('ListsGenerated', 1, { LaCode: list.laCode, PrimaryNeed: list.request.primaryNeed });
  const byStatus = new Map<string, number>();
  for (const entry of list.entries) {
    byStatus.set(entry.capacity.status, (byStatus.get(entry.capacity.status) ?? 0) + 1);
  }
  for (const [status, n] of byStatus) metrics.count('ListEntries', n, { CapacityStatus: status });
  metrics.count('ListedEntries', list.entries.length);
  metrics.count('UnconfirmedListedEntries', byStatus.get('UNCONFIRMED') ?? 0);
  metrics.count('ListsWithNoAvailableEntry', byStatus.has('AVAILABLE') ? 0 : 1);
  // By need only where the dashboard shows it by need (none free, unknown): each series costs.
  const state = availabilityStateOf(list.availability);
  metrics.count(
    AVAILABILITY_METRIC[state],
    1,
    state === 'FREE_PLACE_KNOWN' ? {} : { PrimaryNeed: list.request.primaryNeed },
  );
}
