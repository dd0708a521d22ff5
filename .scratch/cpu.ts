import { parseListRequest } from '../functions/core/lists/request.js';
import { newSearchState } from '../functions/core/lists/search-plan.js';
import { buildRegisterIndex, settingsById } from '../functions/core/register-memory/register-index.js';
import { staticFactsOf } from '../functions/core/register-memory/static-facts.js';
import { readEnglandData } from '../functions/reference/england-data.js';
import { DEFAULT_SEED } from '../functions/reference/load-england.js';
import { buildEnglandRegister } from '../functions/reference/synthetic-register.js';
import { createListReads, memoryReadSource } from '../functions/services/list-reads.js';
import { withLiveCapacity } from '../functions/services/list-live-figures.js';
import { OUTCODES } from '../functions/services/outcodes.js';
import { benchRequests } from '../tests/bench/requests.js';
import { deflateRawSync } from 'node:zlib';

const NOW = new Date();
const data = await readEnglandData();
const register = buildEnglandRegister({ ...data, seed: DEFAULT_SEED, now: NOW });
const full = new Map(register.map((s) => [s.id, s]));
let t = performance.now();
const index = buildRegisterIndex(register.map((s) => ({ setting: staticFactsOf(s), revision: 1 })));
console.log('build index', (performance.now() - t).toFixed(0), 'ms');
const source = memoryReadSource(index);
const lists = { getSettings: async (ids: readonly string[]) => ids.flatMap((id) => full.get(id) ?? []) };
const times: number[] = []; const search: number[] = []; const live: number[] = []; const defl: number[] = [];
for (const { input } of benchRequests(data, 300, new Date(Date.now() + 90 * 86400000).toISOString().slice(0, 10))) {
  const t0 = performance.now();
  const { request } = parseListRequest({ ...input, familyChoices: [] }, NOW, OUTCODES);
  const reads = createListReads(source, request);
  const [specialist, plain] = await Promise.all([reads.specialistWithinReach(), reads.nearestPlain()]);
  const state = newSearchState({ request, specialist, plain, now: NOW, capacityFreshDays: 30 });
  const found = await reads.search(state);
  const t1 = performance.now();
  const { list, availability } = await withLiveCapacity(lists, state, found);
  const t2 = performance.now();
  deflateRawSync(JSON.stringify({ ...list, availability }), { level: 1 });
  const t3 = performance.now();
  times.push(t3 - t0); search.push(t1 - t0); live.push(t2 - t1); defl.push(t3 - t2);
}
const p50 = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]?.toFixed(2);
console.log('total p50', p50(times.slice(50)), 'search', p50(search.slice(50)), 'live', p50(live.slice(50)), 'deflate', p50(defl.slice(50)));
