import { describe, expect, it } from 'vitest';
import type { ListRequest } from '../../../functions/core/lists/model.js';
import { parseListRequest } from '../../../functions/core/lists/request.js';
import { newSearchState } from '../../../functions/core/lists/search-plan.js';
import { buildRegisterIndex } from '../../../functions/core/register-memory/register-index.js';
import { staticFactsOf } from '../../../functions/core/register-memory/static-facts.js';
import { readEnglandData } from '../../../functions/reference/england-data.js';
import { DEFAULT_SEED } from '../../../functions/reference/load-england.js';
import { buildEnglandRegister } from '../../../functions/reference/synthetic-register.js';
import {
  createListReads,
  type ListReadSource,
  memoryReadSource,
} from '../../../functions/services/list-reads.js';
import { OUTCODES } from '../../../functions/services/outcodes.js';
import { benchRequests } from '../../bench/requests.js';
import { memoryListReads } from '../../helpers/memory-lists.js';

// Lists are searched over the register's static facts held in memory (core/register-memory). The
// in-memory index must answer the planner's reads as the table's map and reach indexes do — the
// same strips, the same longitudes — so the same requests give the same lists. The table's keys
// are stood in for by tests/helpers/memory-lists.ts, which places items by the store's own keys.

const NOW = new Date('2027-01-15T12:00:00Z');
const START = '2027-03-01';

async function listOf(source: ListReadSource, request: ListRequest) {
  const search = createListReads(source, request);
  const [specialist, plain] = await Promise.all([search.specialistWithinReach(), search.nearestPlain()]);
  return search.search(newSearchState({ request, specialist, plain, now: NOW, capacityFreshDays: 30 }));
}

const lineOf = (list: Awaited<ReturnType<typeof listOf>>) =>
  list.entries.map((e) => `${e.provision.id} ${e.rangeKind} ${e.reasons.map((r) => r.code).join(',')}`);

describe('lists searched over the register held in memory', () => {
  it('are the lists the table’s indexes give, for 60 requests across England', {
    timeout: 120_000,
  }, async () => {
    const data = await readEnglandData();
    const register = buildEnglandRegister({ ...data, seed: DEFAULT_SEED, now: NOW }).map(staticFactsOf);
    const fromMemory = memoryReadSource(
      buildRegisterIndex(register.map((setting) => ({ setting, revision: 1 }))),
    );
    const fromTableKeys = memoryListReads(register);
    let compared = 0;
    for (const { input } of benchRequests(data, 60, START)) {
      const { request } = parseListRequest({ ...input, familyChoices: [] }, NOW, OUTCODES);
      const [a, b] = await Promise.all([listOf(fromMemory, request), listOf(fromTableKeys, request)]);
      expect(lineOf(a), input.caseReference).toEqual(lineOf(b));
      expect(a.search, input.caseReference).toEqual(b.search);
      expect(a.entries.length).toBeGreaterThan(0);
      compared++;
    }
    expect(compared).toBe(60);
  });
});
