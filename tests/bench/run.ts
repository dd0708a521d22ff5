// `npm run bench`: the England-scale benchmark of advisory tailored lists. A benchmark, not a
// test: it measures and reports against the budgets, on this machine, and never runs in CI.
//   1. loads the England reference register (real schools, synthetic designation and capacity)
//      into DynamoDB Local;
//   2. generates lists through the local HTTP endpoint (the Lambda handler behind an API Gateway
//      event) and times them end to end: p50/p95/p99 (list-generation.ts);
//   3. times the floor: the raw DynamoDB reads the same lists need, made directly (floor.ts);
//   4. times register searches (searchSettings, familySearchSettings) over England through HTTP
//      (search.ts), and family links that open nothing (wrong-links.ts);
//   5. times the family's page (GET /f/{token}) against the familyList query it needs, and
//      measures what the pages cost to download (gzipped, fonts aside) (page-report.ts);
//   6. bundles the API and web Lambdas as the CDK stack does, and times cold starts in fresh
//      processes (lambdas.ts).
// Its sizes and budgets are in config.ts; this file runs the parts in order and reports the lists.

import '../../functions/local/sdk-node-notice.js';
import { startLocalStack } from '../../functions/local/runtime.js';
import { readEnglandData } from '../../functions/reference/england-data.js';
import { DEFAULT_SEED, loadEnglandRegister } from '../../functions/reference/load-england.js';
import { buildEnglandRegister } from '../../functions/reference/synthetic-register.js';
import { createCaseKeys, parseCaseKeyring } from '../../functions/store/case-keys.js';
import { BUDGET, LISTS, WARM_UP } from './config.js';
import { createFloor } from './floor.js';
import { createJsonPoster } from './http-client.js';
import { benchLambdas } from './lambdas.js';
import { createListGenerator, specialistProvision } from './list-generation.js';
import { benchPages } from './page-report.js';
import { line, verdict } from './report.js';
import { benchRequests } from './requests.js';
import { benchSearch } from './search.js';
import { ms, summary } from './stats.js';
import { benchWrongLinks } from './wrong-links.js';

async function main() {
  console.log('OpenPlace benchmark: advisory tailored lists at England scale\n');
  const stack = await startLocalStack({ port: 0, tableName: 'openplace-bench', logLevel: 'ERROR' });
  try {
    const started = performance.now();
    const loaded = await loadEnglandRegister({ client: stack.client, tableName: stack.tableName });
    const caseKeys = createCaseKeys(parseCaseKeyring(stack.caseKeysJson));
    line(
      'Register loaded (all of England)',
      `${loaded.loaded} settings in ${((performance.now() - started) / 1000) | 0} s`,
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
    const { lists, generate } = createListGenerator(api, requests, tokenFor, provided);
    const floor = createFloor(stack, caseKeys, requests, lists);

    // Each list's floor is measured just after the next list is generated, so the two run under
    // the same conditions on this shared machine (a slow minute slows both), without the floor
    // reading what its own list has only just read.
    for (let i = 0; i < requests.length; i++) {
      await generate(i);
      if (i > 0) await floor.measure(i - 1);
    }
    await floor.measure(requests.length - 1);

    const e2e = summary(lists.endToEnd);
    const reads = summary(floor.floor);
    console.log();
    line(
      'Lists generated (after warm-up)',
      `${e2e.n}; ${(lists.entries / e2e.n).toFixed(1)} entries, ${(lists.considered / e2e.n) | 0} settings considered on average`,
    );
    line(
      'generateTailoredList, end to end (HTTP)',
      `p50 ${ms(e2e.p50)}  p95 ${ms(e2e.p95)}  p99 ${ms(e2e.p99)}`,
      verdict(e2e.p99 < BUDGET.p99Ms),
    );
    line(
      'Floor: the raw DynamoDB reads it needs',
      `p50 ${ms(reads.p50)}  p95 ${ms(reads.p95)}  p99 ${ms(reads.p99)}`,
    );
    line(
      'Ratio end to end / floor (p50)',
      `${(e2e.p50 / reads.p50).toFixed(2)}×`,
      verdict(e2e.p50 / reads.p50 <= BUDGET.ratioP50),
    );
    // Not a budget: where the rest goes. The floor above leaves out the write every list needs.
    const writes = summary(floor.write);
    line(
      'For reference: the raw write it needs',
      `p50 ${ms(writes.p50)}  p95 ${ms(writes.p95)}  p99 ${ms(writes.p99)}`,
    );
    line('End to end / (reads + write), p50', `${(e2e.p50 / (reads.p50 + writes.p50)).toFixed(2)}×`);
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
    await benchLambdas(stack, lists.made);
    console.log(
      `\nBudgets: p50 within ${BUDGET.ratioP50}× the floor, p99 under ${BUDGET.p99Ms} ms, bundle ≤ 1.5 MB, cold start median ≤ ${BUDGET.coldStartMs} ms, search p50 ≤ ${BUDGET.searchP50Ms} ms, family page p50 ≤ ${BUDGET.pageRatioP50}× its familyList query, a page's transfer ≤ ${BUDGET.pageTransferBytes / 1024} KB gzipped (fonts aside), web cold start median ≤ ${BUDGET.webColdStartMs} ms.`,
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
