import { describe, expect, it } from 'vitest';
import { withLiveFigures } from '../../../functions/core/lists/live-figures.js';
import { matchSettings } from '../../../functions/core/lists/matching.js';
import { parseListRequest } from '../../../functions/core/lists/request.js';
import { newSearchState } from '../../../functions/core/lists/search-plan.js';
import type { Setting } from '../../../functions/core/model.js';
import { buildRegisterIndex } from '../../../functions/core/register-memory/register-index.js';
import { staticFactsOf } from '../../../functions/core/register-memory/static-facts.js';
import { readEnglandData } from '../../../functions/reference/england-data.js';
import { DEFAULT_SEED } from '../../../functions/reference/load-england.js';
import { buildEnglandRegister } from '../../../functions/reference/synthetic-register.js';
import { withLiveCapacity } from '../../../functions/services/list-live-figures.js';
import { createListReads, memoryReadSource } from '../../../functions/services/list-reads.js';
import { OUTCODES } from '../../../functions/services/outcodes.js';
import { benchRequests } from '../../bench/requests.js';
import { choicesOf } from '../../helpers/choices.js';

// Without "prefer available places", a list with live figures is its entries found, each weighed
// again with its figures (core/lists/live-entries.ts), not every candidate matched again. Held
// here to what matching every candidate again, with the figures of the settings read, gives:
// the same list, field for field, over the benchmark's requests and figures of every status.

const NOW = new Date('2027-01-15T12:00:00Z');
const DAY_MS = 86_400_000;

/** The register's figures as settings state them: fresh, full, one place, several, with consultations under way. */
function statedFigures(register: readonly Setting[]): Map<string, Setting> {
  let k = 0;
  return new Map(
    register.map((s) => [
      s.id,
      {
        ...s,
        provisions: s.provisions.map((p) => {
          k++;
          if (!p.capacity) return p;
          return {
            ...p,
            capacity: {
              ...p.capacity,
              source: k % 7 === 0 ? p.capacity.source : 'SETTING',
              updatedAt: new Date(NOW.getTime() - (k % 11 === 0 ? 60 : 5) * DAY_MS).toISOString(),
              vacancies: [0, 1, 6, 2][k % 4] as number,
              pendingConsultations: k % 5 === 0 ? 3 : 0,
            },
            capacityVersion: 2,
            ...(k % 3 === 0 ? { openConsultations: 1 } : {}),
          };
        }),
      },
    ]),
  );
}

describe('live figures on a list that does not prefer available places', () => {
  it('give the list that matching every candidate again gives', { timeout: 120_000 }, async () => {
    const data = await readEnglandData();
    const register = buildEnglandRegister({ ...data, seed: DEFAULT_SEED, now: NOW });
    const live = statedFigures(register);
    const index = buildRegisterIndex(register.map((s) => ({ setting: staticFactsOf(s), revision: 1 })));
    const source = memoryReadSource(index);
    const statuses = new Set<string>();
    let familyEntries = 0;
    for (const { input } of benchRequests(data, 80, '2027-03-01')) {
      const { request } = parseListRequest({ ...input, familyChoices: [] }, NOW, OUTCODES);
      const reads = createListReads(source, request);
      const [specialist, plain] = await Promise.all([reads.specialistWithinReach(), reads.nearestPlain()]);
      const state = newSearchState({ request, specialist, plain, now: NOW, capacityFreshDays: 30 });
      // The family's choices, as the service gives them: the settings on the register, as held.
      const settings: Setting[] = [];
      for (const { settingId } of input.familyChoices)
        settings.push(...(await source.getSettings([settingId])));
      state.choices = choicesOf(settings);
      const read = new Set<string>();
      const lists = {
        getSettings: async (ids: readonly string[]) => {
          for (const id of ids) read.add(id);
          return ids.flatMap((id) => live.get(id) ?? []);
        },
      };
      const found = await reads.search(state);
      const { list } = await withLiveCapacity(lists, state, found);
      // Every candidate matched again, each with the figures of the settings read.
      const overlay = (s: Setting) => (read.has(s.id) ? withLiveFigures(s, live.get(s.id)) : s);
      const again = matchSettings({
        request,
        candidates: [...state.specialist, ...state.fetched, ...state.plain].map(overlay),
        choices: state.choices.map((c) => (c.setting ? { ...c, setting: overlay(c.setting) } : c)),
        now: NOW,
        capacityFreshDays: 30,
      });
      expect(JSON.stringify(list), input.caseReference).toBe(
        JSON.stringify({ ...again, search: found.search }),
      );
      for (const e of list.entries) statuses.add(e.capacity.status);
      familyEntries += list.entries.filter((e) => e.familyChoice).length;
    }
    expect([...statuses].sort()).toEqual(['AVAILABLE', 'FULL', 'LIMITED', 'UNCONFIRMED']);
    expect(familyEntries).toBeGreaterThan(5);
  });
});
