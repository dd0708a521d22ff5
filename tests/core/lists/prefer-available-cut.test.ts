import { describe, expect, it } from 'vitest';
import { isSpecialistProvision } from '../../../functions/core/lists/range.js';
import { reachPointersOf } from '../../../functions/core/lists/reach.js';
import { parseListRequest } from '../../../functions/core/lists/request.js';
import { newSearchState } from '../../../functions/core/lists/search-plan.js';
import { buildRegisterIndex } from '../../../functions/core/register-memory/register-index.js';
import { staticFactsOf } from '../../../functions/core/register-memory/static-facts.js';
import { readEnglandData } from '../../../functions/reference/england-data.js';
import { DEFAULT_SEED } from '../../../functions/reference/load-england.js';
import { buildEnglandRegister } from '../../../functions/reference/synthetic-register.js';
import { PREFER_AVAILABLE_READS, withLiveCapacity } from '../../../functions/services/list-live-figures.js';
import { createListReads, memoryReadSource } from '../../../functions/services/list-reads.js';
import { OUTCODES } from '../../../functions/services/outcodes.js';
import { benchRequests } from '../../bench/requests.js';

// With "prefer available places", live figures move scores, so a list reads them for the best
// PREFER_AVAILABLE_READS candidates before ranking (functions/services/list-live-figures.ts). The
// cut must never cost a list its fairness: where England has specialist provision for the child's
// main need and age, the list still holds it; and every entry shown carries figures read live.

const NOW = new Date('2027-01-15T12:00:00Z');

describe('reading live figures for the best candidates only, with “prefer available places”', () => {
  it('keeps every list fair, across 80 requests in England', { timeout: 120_000 }, async () => {
    const data = await readEnglandData();
    const register = buildEnglandRegister({ ...data, seed: DEFAULT_SEED, now: NOW });
    const live = new Map(register.map((s) => [s.id, s]));
    const source = memoryReadSource(
      buildRegisterIndex(register.map((s) => ({ setting: staticFactsOf(s), revision: 1 }))),
    );
    const provided = new Set(
      register
        .flatMap(reachPointersOf)
        .flatMap((p) =>
          p.closed
            ? []
            : p.provisions.flatMap((v) =>
                Array.from({ length: v.high - v.low + 1 }, (_, i) => `${p.need}/${v.low + i}`),
              ),
        ),
    );
    const read: string[][] = [];
    const lists = {
      getSettings: async (ids: readonly string[]) => {
        read.push([...ids]);
        return ids.flatMap((id) => live.get(id) ?? []);
      },
    };
    let fair = 0;
    let withProvision = 0;
    for (const { input } of benchRequests(data, 80, '2027-03-01')) {
      const { request } = parseListRequest(
        { ...input, familyChoices: [], preferAvailablePlaces: true },
        NOW,
        OUTCODES,
      );
      const reads = createListReads(source, request);
      const [specialist, plain] = await Promise.all([reads.specialistWithinReach(), reads.nearestPlain()]);
      const state = newSearchState({ request, specialist, plain, now: NOW, capacityFreshDays: 30 });
      read.length = 0;
      const { list } = await withLiveCapacity(lists, state, await reads.search(state));
      const readIds = new Set(read.flat());
      // The first read holds at most the cut, the family's choices and the 20 nearest specialists.
      expect(read[0]?.length ?? 0).toBeLessThanOrEqual(PREFER_AVAILABLE_READS + 20);
      for (const entry of list.entries) expect(readIds.has(entry.setting.id), input.caseReference).toBe(true);
      if (!provided.has(`${request.primaryNeed}/${request.age}`)) continue;
      withProvision++;
      const served = list.entries.some(
        (e) =>
          e.provision.designation.includes(request.primaryNeed) &&
          isSpecialistProvision({ kind: e.setting.kind }, { kind: e.provision.kind }),
      );
      if (served) fair++;
    }
    expect(withProvision).toBeGreaterThan(60);
    expect(fair).toBe(withProvision);
  });
});
