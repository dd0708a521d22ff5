// `npm run bench`: the England-scale benchmark of advisory tailored lists. A benchmark, not a
// test: it measures and reports against the budgets, on this machine, and never runs in CI.
//   1. loads the England reference register (real schools, synthetic designation and capacity)
//      into DynamoDB Local, and writes the register's snapshot through the scheduled writer's path;
//   2. generates lists through the local HTTP endpoint (the Lambda handler behind an API Gateway
//      event), timing them end to end and counting, from the SDK, the DynamoDB requests and
//      sequential rounds each made and the capacity they consumed (list-generation.ts, recorded.ts);
//   3. times the floor: the same requests made again directly, in the same rounds (floor.ts);
//   4. compares each list with the old read path's (the table's map indexes) on the same request;
//   5. times register searches and family pages, measures what capacity statements, searches, pages
//      and a snapshot load consume (docs/costs-measured.json, for `npm run costs`);
//   6. bundles the API and web Lambdas as the CDK stack does, and times cold starts in fresh
//      processes (lambdas.ts).
// Its sizes and budgets are in config.ts.

import '../../functions/local/sdk-node-notice.js';
import { registerMemoryStore } from '../../functions/compose.js';
import { recordRequests } from '../../functions/local/request-recorder.js';
import { startLocalStack } from '../../functions/local/runtime.js';
import { readEnglandData } from '../../functions/reference/england-data.js';
import { DEFAULT_SEED, loadEnglandRegister } from '../../functions/reference/load-england.js';
import { buildEnglandRegister } from '../../functions/reference/synthetic-register.js';
import { runRegisterSnapshot } from '../../functions/services/register-snapshot-job.js';
import { createCaseKeys, parseCaseKeyring } from '../../functions/store/case-keys.js';
import { createBulkDocumentClient } from '../../functions/store/client.js';
import { benchCapacityStatements } from './capacity-statements.js';
import { BUDGET, LISTS, WARM_UP } from './config.js';
import { meanOf, measureReads, measureSnapshotLoad, writeCostsMeasured } from './consumed.js';
import { createFloor } from './floor.js';
import { createJsonPoster } from './http-client.js';
import { benchLambdas } from './lambdas.js';
import { createListGenerator, specialistProvision } from './list-generation.js';
import { compareWithOldPath } from './old-path.js';
import { benchPages } from './page-report.js';
import { createRecorder, summariseWork } from './recorded.js';
import { kb, line, verdict } from './report.js';
import { type BenchRequest, benchRequests } from './requests.js';
import { benchSearch } from './search.js';
import { ms, summary } from './stats.js';
import { benchSufficiency } from './sufficiency.js';
import { benchWrongLinks } from './wrong-links.js';

async function main() {
  console.log('OpenPlace benchmark: advisory tailored lists at England scale\n');
  const apiRecorder = createRecorder();
  const webRecorder = createRecorder();
  const stack = await startLocalStack({
    port: 0,
    tableName: 'openplace-bench',
    logLevel: 'ERROR',
    requests: { api: apiRecorder.listener, web: webRecorder.listener, consumedCapacity: true },
  });
  try {
    const started = performance.now();
    const loaded = await loadEnglandRegister({ client: stack.client, tableName: stack.tableName });
    const caseKeys = createCaseKeys(parseCaseKeyring(stack.caseKeysJson));
    line(
      'Register loaded (all of England)',
      `${loaded.loaded} settings in ${((performance.now() - started) / 1000) | 0} s`,
    );
    // The snapshot every instance starts from, through the scheduled writer's own path.
    const writerClient = createBulkDocumentClient({
      endpoint: stack.dynamodbEndpoint,
      region: 'eu-west-2',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    const writerRecorder = createRecorder();
    recordRequests(writerClient, writerRecorder.listener, { consumedCapacity: true });
    const snapshotStarted = performance.now();
    const snapshot = await runRegisterSnapshot({
      store: registerMemoryStore(writerClient, stack.tableName),
      now: () => new Date(),
    });
    writerClient.destroy();
    line(
      'Register snapshot written',
      `${snapshot.settings} settings in ${snapshot.chunks} gzip chunks, ${kb(snapshot.bytes)}, in ${((performance.now() - snapshotStarted) / 1000).toFixed(1)} s`,
    );
    const snapshotLoad = await measureSnapshotLoad(stack);
    line(
      'Register loaded by a new instance (in process)',
      `${ms(snapshotLoad.ms)}, ${snapshotLoad.work.reads} requests, heap +${(snapshotLoad.heapBytes / 1024 / 1024).toFixed(0)} MB`,
    );

    const data = await readEnglandData();
    const { schools, calibration } = data;
    // The register the loader wrote (same model, same seed): where specialist provision exists.
    const register = buildEnglandRegister({ schools, calibration, seed: DEFAULT_SEED, now: new Date() });
    const provided = specialistProvision(register);
    const requests = benchRequests(
      data,
      LISTS + WARM_UP,
      new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10),
    );

    const tokens = new Map<string, string>();
    const tokenFor = (la: string) => {
      if (!tokens.has(la))
        tokens.set(la, stack.auth.mint({ role: 'officer', laCodes: [la], subject: `bench-${la}` }));
      return tokens.get(la) as string;
    };

    const api = createJsonPoster(stack.url);
    const { lists, generate } = createListGenerator(api, requests, tokenFor, provided, apiRecorder);
    const floor = createFloor(stack, caseKeys, lists);

    // Each list's floor is measured just after the next list is generated, so the two run under
    // the same conditions on this shared machine (a slow minute slows both).
    for (let i = 0; i < requests.length; i++) {
      await generate(i);
      if (i > 0) await floor.measure(i - 1);
    }
    await floor.measure(requests.length - 1);

    const e2e = summary(lists.endToEnd);
    const floors = summary(floor.floor);
    console.log();
    line(
      'Lists generated (after warm-up)',
      `${e2e.n}; ${(lists.entries / e2e.n).toFixed(1)} entries, ${(lists.considered / e2e.n) | 0} settings considered on average`,
    );
    line(
      'generateTailoredList, end to end (HTTP)',
      `p50 ${ms(e2e.p50)}  p95 ${ms(e2e.p95)}  p99 ${ms(e2e.p99)}`,
      verdict(e2e.p50 <= BUDGET.p50Ms && e2e.p99 <= BUDGET.p99Ms),
    );
    line(
      'Floor: its requests made directly, in its rounds',
      `p50 ${ms(floors.p50)}  p95 ${ms(floors.p95)}  p99 ${ms(floors.p99)}`,
    );
    line(
      'Ratio end to end / floor (p50)',
      `${(e2e.p50 / floors.p50).toFixed(2)}×`,
      verdict(e2e.p50 / floors.p50 <= BUDGET.ratioP50),
    );
    line('For reference: the write alone (p50)', ms(summary(floor.write).p50));

    const work = lists.requests.slice(WARM_UP).map(summariseWork);
    const steady = work.filter((w) => !w.reloaded && w.extraCatchUps === 0);
    const max = (f: (w: (typeof work)[number]) => number) => Math.max(0, ...steady.map(f));
    const mean = (f: (w: (typeof work)[number]) => number) =>
      (steady.reduce((s, w) => s + f(w), 0) / Math.max(1, steady.length)).toFixed(2);
    line(
      'DynamoDB reads per list (steady state)',
      `mean ${mean((w) => w.reads)} in ${mean((w) => w.rounds)} rounds; max ${max((w) => w.reads)} in ${max((w) => w.rounds)}; + ${max((w) => w.writes)} write`,
      verdict(max((w) => w.reads) <= BUDGET.readsPerList && max((w) => w.rounds) <= BUDGET.roundsPerList),
    );
    line(
      'Lists that caught up further / reloaded',
      `${work.filter((w) => w.extraCatchUps > 0).length} / ${work.filter((w) => w.reloaded).length} of ${work.length}`,
    );
    line(
      'Capacity units per list (mean)',
      `${mean((w) => w.readUnits)} read, ${mean((w) => w.writeUnits)} write`,
    );

    const old = await compareWithOldPath(
      stack,
      caseKeys,
      requests,
      lists,
      requests.map(() => new Date()),
    );
    line(
      'Same lists as the old read path (entries, order, reasons)',
      `${old.same} of ${old.compared}`,
      old.same === old.compared ? 'all the same' : 'DIFFERENT',
    );
    for (const difference of old.differences) console.log(`    ${difference}`);
    const oldMean = meanOf(old.work);
    line(
      'The old read path, for reference',
      `mean ${oldMean.requests} reads, ${oldMean.readUnits} read units per list`,
    );

    await benchWrongLinks(api, caseKeys, lists.made);
    await benchSearch(
      api,
      tokenFor('938'),
      lists.made.map((m) => m.familyToken),
      schools,
    );
    const { fairness } = lists;
    const servedShare = fairness.lists === 0 ? 1 : fairness.served / fairness.lists;
    line(
      'Fairness: main need served by a specialist entry',
      `${(100 * servedShare).toFixed(1)} % of ${fairness.lists} lists (${fairness.withoutProvision} with no such provision in England)`,
      servedShare === 1 ? 'target met (100 %)' : 'BELOW TARGET',
    );

    await benchPages(stack.url, api, lists.made);
    await benchSufficiency(api, data, tokenFor, stack);
    const staffOf = (id: string) =>
      stack.auth.mint({ role: 'setting', settingIds: [id], subject: `bench-${id}` });
    const statements = await benchCapacityStatements(
      api,
      register
        .filter((s) => s.provisions.length > 0)
        .slice(0, 50)
        .map((s) => s.id),
      staffOf,
      apiRecorder,
    );
    const reads = await measureReads({
      api,
      apiRecorder,
      webRecorder,
      baseUrl: stack.baseUrl,
      officerToken: tokenFor('938'),
      queries: schools.slice(0, 30).map((s) => s.name),
      familyTokens: lists.made.slice(0, 30).map((m) => m.familyToken),
    });
    await writeCostsMeasured(new URL('../../docs/costs-measured.json', import.meta.url), {
      lists: work.length,
      perOperation: {
        listNew: meanOf(work),
        listOld: { ...oldMean, writeUnits: meanOf(work).writeUnits, requests: oldMean.requests + 1 },
        capacityStatement: meanOf(statements),
        familyPage: meanOf(reads.familyPage),
        search: meanOf(reads.search),
        snapshotLoad: meanOf([snapshotLoad.work]),
        snapshotWrite: meanOf([summariseWork(writerRecorder.since(0))]),
      },
      snapshot: { chunks: snapshot.chunks, bytes: snapshot.bytes, settings: snapshot.settings },
    });
    line('Consumed capacity written', 'docs/costs-measured.json (npm run costs: docs/COSTS.md)');

    await benchLambdas(stack, lists.made, requests[WARM_UP] as BenchRequest, tokenFor);
    console.log(
      `\nBudgets: a list p50 ≤ ${BUDGET.p50Ms} ms and p99 ≤ ${BUDGET.p99Ms} ms end to end, within ${BUDGET.ratioP50}× its floor at p50, ≤ ${BUDGET.readsPerList} reads in ≤ ${BUDGET.roundsPerList} rounds; bundle ≤ 1.5 MB; API cold start (with a list) median ≤ ${BUDGET.coldStartMs} ms and ≤ ${BUDGET.rssBytes / 1024 / 1024} MB resident; search p50 ≤ ${BUDGET.searchP50Ms} ms; family page p50 ≤ ${BUDGET.pageRatioP50}× its familyList query; a page's transfer ≤ ${BUDGET.pageTransferBytes / 1024} KB gzipped (fonts aside); web cold start median ≤ ${BUDGET.webColdStartMs} ms; sufficiency p50 ≤ ${BUDGET.sufficiencyP50Ms} ms for a council of 2,000 lists, what-if ≤ ${BUDGET.whatIfMs} ms (over 2,000 lists; the budget is for 1,000).`,
    );
    floor.close();
    api.close();
  } finally {
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
