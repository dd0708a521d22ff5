import { ConcurrentUpdateError } from '../core/errors.js';
import type { ListRequest, TailoredList } from '../core/lists/model.js';
import type { LocalRightsInfo } from '../core/rights-statement.js';
import type { VersionedCase } from '../store/journey-store.js';
import { caseState } from './case-state.js';
import type { ListsContext } from './lists-context.js';
import type { RegisterView } from './register-memory.js';

// What a list reads before it searches, in one round of requests made together: the case's record
// with the register's snapshot pointer, the LA's rights details and (for a case with no record)
// where its first list would be, in one BatchGetItem; and the register's changes since this
// instance last caught up. The latest list itself is read only for a case whose record predates
// `latestList`, or whose lists predate case records.

/** The case's latest list: its id and version, and the list itself where it had to be read. */
export interface LatestList {
  id: string;
  version: number;
  list: TailoredList | null;
}

export interface CaseAtStart {
  found: VersionedCase | null;
  latest: LatestList | null;
}

const latestOf = (list: TailoredList | null): LatestList | null =>
  list ? { id: list.id, version: list.version, list } : null;

export async function firstRound(
  ctx: ListsContext,
  request: ListRequest,
  at: Date,
): Promise<{ start: CaseAtStart; local: LocalRightsInfo | null; view: RegisterView }> {
  const { lists, journey, register } = ctx;
  const rightsKey = lists.localRightsKey(request.laCode);
  const firstLists = lists.firstListKeys(request.laCode, request.caseReference);
  const together = journey.getCaseWith(
    request.laCode,
    request.caseReference,
    [register.pointerKey, rightsKey, ...firstLists],
    [...register.pointerAttributes, ...lists.localRightsAttributes],
  );
  const [read, view] = await Promise.all([
    together,
    register.current(together.then((t) => t.others(register.pointerKey))),
  ]);
  const local = lists.localRightsFrom(read.others(rightsKey));
  const state = caseState(read.found, at);
  let start: CaseAtStart;
  if (state === 'gone') start = await readCase(ctx, request, at);
  else if (state?.record.latestList)
    start = { found: state, latest: { ...state.record.latestList, list: null } };
  else if (!state && firstLists.every((key) => read.others(key) === undefined))
    start = { found: null, latest: null };
  else
    start = {
      found: state,
      latest: latestOf(await lists.latestCaseList(request.laCode, request.caseReference)),
    };
  return { start, local, view };
}

/**
 * The case and its latest list read afresh (a retry after another write landed first, or a case
 * that was gone). The latest list itself is read, whatever the record says: a list written by an
 * earlier release leaves the record's `latestList` behind.
 */
export async function readCase(ctx: ListsContext, request: ListRequest, at: Date): Promise<CaseAtStart> {
  const found = await liveCaseForNewList(ctx, request.laCode, request.caseReference, at);
  return { found, latest: latestOf(await ctx.lists.latestCaseList(request.laCode, request.caseReference)) };
}

/** The case's live record, or null; a case that is gone is removed first, so the list starts it anew. */
async function liveCaseForNewList(ctx: ListsContext, laCode: string, caseReference: string, at: Date) {
  const { journey, clearGoneCase } = ctx;
  const state = caseState(await journey.getCase(laCode, caseReference), at);
  if (state !== 'gone') return state;
  if (!clearGoneCase) throw new Error(`Case ${caseReference} is gone and this service cannot remove it.`);
  await clearGoneCase(laCode, caseReference);
  const after = caseState(await journey.getCase(laCode, caseReference), at);
  // Another writer's removal of the same case is still under way: try again shortly.
  if (after === 'gone') throw new ConcurrentUpdateError(`case ${caseReference}`, 1);
  return after;
}
