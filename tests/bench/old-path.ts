// The read path lists used before they were made from memory, run again beside the new one: the
// planner's reads answered by the table's own map and reach indexes (functions/services/list-reads.ts
// over the lists store), with each setting's figures as stored. The benchmark compares the two
// lists, entry by entry (provision, family choice, reason codes, order), and what each read costs.

import type { ListRequest } from '../../functions/core/lists/model.js';
import { parseListRequest } from '../../functions/core/lists/request.js';
import { newSearchState } from '../../functions/core/lists/search-plan.js';
import { createListReads } from '../../functions/services/list-reads.js';
import { OUTCODES } from '../../functions/services/outcodes.js';
import type { CaseKeys } from '../../functions/store/case-keys.js';
import { createListsStore } from '../../functions/store/lists-store.js';
import { choicesOf } from '../helpers/choices.js';
import { WARM_UP } from './config.js';
import { entryLine, type GeneratedLists } from './list-generation.js';
import { recordedClient, summariseWork, type WorkRequests } from './recorded.js';
import type { BenchRequest } from './requests.js';

export interface OldPathComparison {
  compared: number;
  same: number;
  /** The first few lists that differ: the case, and the first entry where they part. */
  differences: string[];
  /** What the old path's reads sent, by list (after warm-up). */
  work: WorkRequests[];
}

export async function compareWithOldPath(
  stack: { dynamodbEndpoint: string; tableName: string },
  caseKeys: CaseKeys,
  requests: readonly BenchRequest[],
  lists: GeneratedLists,
  madeAt: readonly Date[],
): Promise<OldPathComparison> {
  const { client, recorder } = recordedClient(stack);
  const store = createListsStore({ client, tableName: stack.tableName, caseKeys });
  const result: OldPathComparison = { compared: 0, same: 0, differences: [], work: [] };
  try {
    for (let i = WARM_UP; i < requests.length; i++) {
      const { input } = requests[i] as BenchRequest;
      const now = madeAt[i] as Date;
      const mark = recorder.mark();
      const { request: parsed } = parseListRequest(input, now, OUTCODES);
      const chosen = await store.getSettings(input.familyChoices.map((c) => c.settingId));
      const request: ListRequest = { ...parsed, familyNamedSettingIds: chosen.map((s) => s.id) };
      const reads = createListReads(store, request);
      const [specialist, plain] = await Promise.all([reads.specialistWithinReach(), reads.nearestPlain()]);
      const state = newSearchState({ request, specialist, plain, now, capacityFreshDays: 30 });
      state.choices = choicesOf(chosen);
      const old = (await reads.search(state)).entries.map(entryLine);
      result.work.push(summariseWork(recorder.since(mark)));
      const now_ = lists.lines[i] ?? [];
      result.compared++;
      if (JSON.stringify(old) === JSON.stringify(now_)) result.same++;
      else if (result.differences.length < 5) {
        const at = old.findIndex((line, k) => line !== now_[k]);
        result.differences.push(`${input.caseReference} entry ${at + 1}: old "${old[at]}" new "${now_[at]}"`);
      }
    }
  } finally {
    client.destroy();
  }
  return result;
}
