import '../functions/local/sdk-node-notice.js';
import { registerMemoryStore } from '../functions/compose.js';
import { startLocalStack } from '../functions/local/runtime.js';
import { readEnglandData } from '../functions/reference/england-data.js';
import { loadEnglandRegister, WEST_SUSSEX_AND_NEIGHBOURS } from '../functions/reference/load-england.js';
import { runRegisterSnapshot } from '../functions/services/register-snapshot-job.js';
import { createJsonPoster } from '../tests/bench/http-client.js';
import { createRecorder, readsByRound } from '../tests/bench/recorded.js';
import { benchRequests } from '../tests/bench/requests.js';

const rec = createRecorder();
const stack = await startLocalStack({ port: 0, tableName: 'prof', logLevel: 'ERROR', requests: { api: rec.listener } });
await loadEnglandRegister({ client: stack.client, tableName: stack.tableName, laCodes: WEST_SUSSEX_AND_NEIGHBOURS });
await runRegisterSnapshot({ store: registerMemoryStore(stack.client, stack.tableName), now: () => new Date() });
await new Promise((r) => setTimeout(r, 12_000));
const data = await readEnglandData();
const reqs = benchRequests(data, 3000, new Date(Date.now() + 90 * 86400000).toISOString().slice(0, 10)).filter((r) => WEST_SUSSEX_AND_NEIGHBOURS.includes(r.laCode)).slice(0, 400);
const api = createJsonPoster(stack.url);
const GEN = `mutation($input: GenerateTailoredListInput!) { generateTailoredList(input: $input) {
      familyLink { token } list { id statement { version } search { radiusKm mainstreamRadiusKm specialistReachKm }
      entries { rank familyChoice distanceKm setting { id name kind } provision { id kind designation } capacity { status } reasons { code text } }
      consideredCount } } }`;
const e2e: number[] = []; const db: number[] = [];
for (const [i, r] of reqs.entries()) {
  const token = stack.auth.mint({ role: 'officer', laCodes: [r.laCode], subject: 'p' });
  const mark = rec.mark();
  const t0 = performance.now();
  const body = (await api.post({ authorization: `Bearer ${token}` }, { query: GEN, variables: { input: { ...r.input, familyChoices: [] } } })) as { errors?: unknown };
  const t1 = performance.now();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  const reqsMade = rec.since(mark);
  const rounds = readsByRound(reqsMade);
  const critical = rounds.reduce((s, round) => s + Math.max(...round.map((q) => (q.endedAt ?? 0) - (q.startedAt ?? 0))), 0);
  const write = reqsMade.filter((q) => q.action.endsWith('TransactWriteItems')).reduce((s, q) => s + ((q.endedAt ?? 0) - (q.startedAt ?? 0)), 0);
  if (i >= 20) { e2e.push(t1 - t0); db.push(critical + write); }
}
const p50 = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]?.toFixed(2);
console.log('e2e p50', p50(e2e), 'db critical p50', p50(db), 'rest p50', p50(e2e.map((e, i) => e - (db[i] ?? 0))));
api.close();
await stack.stop();
