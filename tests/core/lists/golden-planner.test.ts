import { describe, expect, it } from 'vitest';
import { parseListRequest } from '../../../functions/core/lists/request.js';
import { newSearchState } from '../../../functions/core/lists/search-plan.js';
import { readEnglandData } from '../../../functions/reference/england-data.js';
import { DEFAULT_SEED } from '../../../functions/reference/load-england.js';
import { buildEnglandRegister } from '../../../functions/reference/synthetic-register.js';
import { createListReads } from '../../../functions/services/list-reads.js';
import { OUTCODES } from '../../../functions/services/outcodes.js';
import type { ListsStore } from '../../../functions/store/lists-store.js';
import { benchRequests } from '../../bench/requests.js';
import { memoryListReads } from '../../helpers/memory-lists.js';

// The planner's output, pinned: the pure search (core/lists/search-plan.ts) over the synthetic
// England register built in memory (fixed seed and clock), for the benchmark's first 50 requests.
// Entry ids, their order, range kind, legal route and the codes of reasons and cautions (not their
// words) are compared with the committed file: a change to matching shows here, and is made on
// purpose, with MATCHING_VERSION bumped. To accept one: `npx vitest run -u tests/core/lists/golden-planner.test.ts`.

const NOW = new Date('2027-01-15T12:00:00Z');
const START = '2027-03-01';
const REQUESTS = 50;

describe('the planner over England, pinned', () => {
  it('gives the same lists for the benchmark’s first 50 requests', { timeout: 120_000 }, async () => {
    const data = await readEnglandData();
    const register = buildEnglandRegister({ ...data, seed: DEFAULT_SEED, now: NOW });
    const reads = memoryListReads(register) as unknown as ListsStore;
    const pinned: string[] = [];
    for (const { input } of benchRequests(data, REQUESTS, START)) {
      // The family's own choices are the service's to resolve; the planner's output is what is pinned.
      const { request } = parseListRequest({ ...input, familyChoices: [] }, NOW, OUTCODES);
      const search = createListReads(reads, request);
      const [specialist, plain] = await Promise.all([search.specialistWithinReach(), search.nearestPlain()]);
      const state = newSearchState({ request, specialist, plain, now: NOW, capacityFreshDays: 30 });
      const list = await search.search(state);
      // One line per entry, in rank order: provision (its setting's id is its prefix), range kind,
      // legal route, reason codes; caution codes after a bar.
      pinned.push(
        `${input.caseReference} ${request.primaryNeed} age ${request.age}`,
        ...list.entries.map(
          (e) =>
            `  ${e.provision.id} ${e.rangeKind} ${e.legalRoute.route} ${e.reasons.map((r) => r.code).join(',')}${
              e.cautions.length > 0 ? ` | ${e.cautions.map((c) => c.code).join(',')}` : ''
            }`,
        ),
      );
      expect(list.entries.length, input.caseReference).toBeGreaterThan(0);
    }
    await expect(`${pinned.join('\n')}\n`).toMatchFileSnapshot('./__snapshots__/golden-planner.txt');
  });
});
