// `npm run bench`: the England-scale benchmark of advisory tailored lists. A benchmark, not a
// test: it measures and reports against the budgets, on this machine, and never runs in CI.
//   1. loads the England reference register (real schools, synthetic designation and capacity)
//      into DynamoDB Local;
//   2. generates lists through the local HTTP endpoint (the Lambda handler behind an API Gateway
//      event) and times them end to end: p50/p95/p99;
//   3. times the floor: the raw DynamoDB reads the same lists need, made directly;
//   4. times register searches (searchSettings, familySearchSettings) over England through HTTP;
//   5. times the family's page (GET /f/{token}) against the familyList query it needs, and
//      measures what the pages cost to download (gzipped, fonts aside);
//   6. bundles the API and web Lambdas as the CDK stack does, and times cold starts in fresh
//      processes.

import '../../functions/local/sdk-node-notice.js';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BatchGetItemCommand,
  DynamoDBClient,
  GetItemCommand,
  QueryCommand,
  TransactWriteItemsCommand,
} from '@aws-sdk/client-dynamodb';
import { REACH_STRIPS_PER_DEGREE, STRIPS_PER_DEGREE, stripRangesWithin } from '../../functions/core/geo.js';
import { familyPagePath } from '../../functions/core/lists/family-link.js';
import { ageBandOf } from '../../functions/core/lists/plain-settings.js';
import { isSpecialistProvision } from '../../functions/core/lists/range.js';
import { reachPointersOf } from '../../functions/core/lists/reach.js';
import { defaultTravelKm } from '../../functions/core/lists/request.js';
import type { ProvisionKind, SettingKind } from '../../functions/core/model.js';
import type { NeedCode } from '../../functions/core/needs.js';
import { outwardCode } from '../../functions/core/postcodes.js';
import { startLocalStack } from '../../functions/local/runtime.js';
import { readEnglandData } from '../../functions/reference/england-data.js';
import { DEFAULT_SEED, loadEnglandRegister } from '../../functions/reference/load-england.js';
import { buildEnglandRegister } from '../../functions/reference/synthetic-register.js';
import { createCaseKeys, parseCaseKeyring } from '../../functions/store/case-keys.js';
import { SETTING_DOCUMENT } from '../../functions/store/items.js';
import {
  keys,
  MAP_INDEX,
  mapPartition,
  mapSortKeyBounds,
  reachPartition,
} from '../../functions/store/keys.js';
import { LIST_DOCUMENT } from '../../functions/store/lists-store.js';
import { LAMBDA_ENTRY } from '../../infra/constructs/lambda-bundle.js';
import { bundleLambda, stageWebFiles } from './bundle.js';
import { coldStart, coldStartGet } from './cold-start.js';
import { createGetter, createJsonPoster } from './http-client.js';
import { pageTransfer, type Transfer, timeFamilyPages } from './pages.js';
import { BENCH_SEED, benchRequests } from './requests.js';
import { ms, seeded, summary } from './stats.js';

const LISTS = Number(process.env.BENCH_LISTS ?? 500);
const WARM_UP = Number(process.env.BENCH_WARM_UP ?? 30);
const COLD_STARTS = Number(process.env.BENCH_COLD_STARTS ?? 10);
const SEARCHES = Number(process.env.BENCH_SEARCHES ?? 1000);
const BUDGET = {
  ratioP50: 2,
  p99Ms: 150,
  bundleBytes: 1.5 * 1024 * 1024,
  coldStartMs: 500,
  searchP50Ms: 50,
  pageRatioP50: 1.5,
  pageTransferBytes: 120 * 1024,
  webColdStartMs: 600,
};

// The search benchmark's draws; the list requests come from benchRequests (same seed as ever).
const random = seeded(BENCH_SEED + 1);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const WEB_ENTRY = new URL('../../web/lambda.ts', import.meta.url);

const line = (label: string, value: string, verdict = '') =>
  console.log(`${label.padEnd(44)} ${value.padEnd(34)} ${verdict}`);
const verdict = (ok: boolean) => (ok ? 'within budget' : 'OVER BUDGET');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main() {
  console.log('OpenPlace benchmark: advisory tailored lists at England scale\n');
  const stack = await startLocalStack({ port: 0, tableName: 'openplace-bench', logLevel: 'ERROR' });
  try {
    let started = performance.now();
    const loaded = await loadEnglandRegister({ client: stack.client, tableName: stack.tableName });
    const caseKeys = createCaseKeys(parseCaseKeyring(stack.caseKeysJson));
    line(
      'Register loaded (all of England)',
      `${loaded.loaded} settings in ${((performance.now() - started) / 1000) | 0} s`,
    );

    const data = await readEnglandData();
    const { schools, calibration } = data;
    // Where specialist provision for each need and age band exists anywhere: the same register
    // the loader wrote (same model, same seed), read through the reach index's own rules.
    const register = buildEnglandRegister({ schools, calibration, seed: DEFAULT_SEED, now: new Date() });
    const provided = new Set(
      register
        .flatMap(reachPointersOf)
        .filter((p) => !p.closed)
        .flatMap((p) => p.provisions.flatMap((range) => ages(range).map((age) => `${p.need}/${age}`))),
    );
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
    const query = `mutation($input: GenerateTailoredListInput!) { generateTailoredList(input: $input) {
      familyLink { token } list { id statement { version } search { radiusKm mainstreamRadiusKm specialistReachKm }
      entries { rank familyChoice distanceKm setting { id name kind } provision { kind designation } capacity { status } reasons { code text } }
      consideredCount } } }`;

    const api = createJsonPoster(stack.url);
    const endToEnd: number[] = [];
    const searches: ListSearchResult[] = [];
    const beyondReach: string[][] = [];
    const fairness = { lists: 0, served: 0, withoutProvision: 0 };
    const made: { listId: string; familyToken: string }[] = [];
    let entries = 0;
    let considered = 0;
    const generate = async (i: number) => {
      const request = requests[i] as (typeof requests)[number];
      const t0 = performance.now();
      const body = (await api.post(
        { authorization: `Bearer ${tokenFor(request.laCode)}` },
        { query, variables: { input: request.input } },
      )) as {
        data?: {
          generateTailoredList: {
            familyLink: { token: string };
            list: {
              id: string;
              consideredCount: number;
              search: ListSearchResult;
              entries: BenchEntry[];
            };
          };
        };
        errors?: unknown;
      };
      const elapsed = performance.now() - t0;
      if (!body.data) throw new Error(`List ${i} failed: ${JSON.stringify(body.errors)}`);
      const { list } = body.data.generateTailoredList;
      searches.push(list.search);
      beyondReach.push(
        list.entries
          .filter((e) => !e.familyChoice && e.distanceKm > list.search.radiusKm)
          .map((e) => e.setting.id),
      );
      made.push({ listId: list.id, familyToken: body.data.generateTailoredList.familyLink.token });
      if (i >= WARM_UP) {
        // Fairness: is the child's main need served by a specialist entry, where provision exists?
        const { primaryNeed, age } = request.input;
        if (provided.has(`${primaryNeed}/${age}`)) {
          fairness.lists++;
          if (list.entries.some((e) => !e.familyChoice && servesNeed(e, primaryNeed))) fairness.served++;
        } else fairness.withoutProvision++;
        endToEnd.push(elapsed);
        entries += body.data.generateTailoredList.list.entries.length;
        considered += body.data.generateTailoredList.list.consideredCount;
      }
    };

    // The floor: the same reads, straight to DynamoDB, with no GraphQL, matching or writing. (The
    // service reads plain schools ring by ring; the floor reads its final rings in one go.) The
    // write it needs is timed apart, for reference: the floor leaves it out.
    const raw = new DynamoDBClient({
      endpoint: stack.dynamodbEndpoint,
      region: 'eu-west-2',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    const marshalled = (key: { pk: string; sk: string }) => ({ pk: { S: key.pk }, sk: { S: key.sk } });
    const floor: number[] = [];
    const write: number[] = [];
    const measureFloor = async (i: number) => {
      const { input } = requests[i] as (typeof requests)[number];
      const home = {
        lat: Math.round(input.home.lat * 1000) / 1000,
        lon: Math.round(input.home.lon * 1000) / 1000,
      };
      const t0 = performance.now();
      const search = searches[i] ?? {
        radiusKm: defaultTravelKm(input.age),
        mainstreamRadiusKm: 0,
        specialistReachKm: defaultTravelKm(input.age),
      };
      const band = ageBandOf(input.age);
      const index = MAP_INDEX[band];
      const reachQueries =
        search.specialistReachKm > search.radiusKm
          ? stripRangesWithin(home, search.specialistReachKm, REACH_STRIPS_PER_DEGREE)
          : [];
      const byId = [...input.familyChoices.map((c) => c.settingId), ...(beyondReach[i] ?? [])];
      const queries = [
        ...stripRangesWithin(home, search.radiusKm, STRIPS_PER_DEGREE.specialist).map(
          (range) => [mapPartition('specialist', range.strip), range] as const,
        ),
        ...stripRangesWithin(home, search.mainstreamRadiusKm, STRIPS_PER_DEGREE.plain).map(
          (range) => [mapPartition('plain', range.strip), range] as const,
        ),
      ];
      await Promise.all([
        ...queries.map(async ([partition, range]) => {
          const [from, to] = mapSortKeyBounds(range);
          let startKey: Record<string, never> | undefined;
          do {
            const page = await raw.send(
              new QueryCommand({
                TableName: stack.tableName,
                IndexName: index,
                KeyConditionExpression: `${index}pk = :strip AND ${index}sk BETWEEN :from AND :to`,
                ExpressionAttributeValues: {
                  ':strip': { S: partition },
                  ':from': { S: from },
                  ':to': { S: to },
                },
                ProjectionExpression: SETTING_DOCUMENT,
                ExclusiveStartKey: startKey,
              }),
            );
            startKey = page.LastEvaluatedKey as Record<string, never> | undefined;
          } while (startKey);
        }),
        ...reachQueries.map((range) => {
          const [from, to] = mapSortKeyBounds(range);
          return raw.send(
            new QueryCommand({
              TableName: stack.tableName,
              IndexName: 'gsi5',
              KeyConditionExpression: 'gsi5pk = :strip AND gsi5sk BETWEEN :from AND :to',
              ExpressionAttributeValues: {
                ':strip': { S: reachPartition(input.primaryNeed, band, range.strip) },
                ':from': { S: from },
                ':to': { S: to },
              },
              ProjectionExpression: 'doc',
            }),
          );
        }),
        byId.length > 0
          ? raw.send(
              new BatchGetItemCommand({
                RequestItems: {
                  [stack.tableName]: {
                    Keys: byId.map((id) => marshalled(keys.setting(id))),
                    ConsistentRead: true,
                    ProjectionExpression: SETTING_DOCUMENT,
                  },
                },
              }),
            )
          : Promise.resolve(),
        raw.send(
          new GetItemCommand({
            TableName: stack.tableName,
            Key: marshalled(keys.localRightsInfo(input.laCode)),
          }),
        ),
        // The case's latest list under every key of the ring (the current key, and the unkeyed
        // hash of lists made before keyed ids), as the service reads it.
        ...caseKeys.casePartitions(input.laCode, input.caseReference).map((partition) =>
          raw.send(
            new QueryCommand({
              TableName: stack.tableName,
              KeyConditionExpression: 'pk = :case AND begins_with(sk, :version)',
              ExpressionAttributeValues: { ':case': { S: partition }, ':version': { S: 'V#' } },
              ScanIndexForward: false,
              Limit: 1,
              ProjectionExpression: `${LIST_DOCUMENT}, doc`,
              ConsistentRead: true,
            }),
          ),
        ),
        // The case's journey record (its family choices), under every key of the ring.
        ...caseKeys.casePartitions(input.laCode, input.caseReference).map((partition) =>
          raw.send(
            new GetItemCommand({
              TableName: stack.tableName,
              Key: marshalled(keys.caseRecord(partition)),
              ConsistentRead: true,
            }),
          ),
        ),
      ]);
      if (i >= WARM_UP) floor.push(performance.now() - t0);

      // The write a list needs, made raw: the same item (copied from what the service stored,
      // under a key of its own), as one conditional put as the service makes it.
      const { listId } = made[i] as { listId: string };
      const key = caseKeys.listKeyOf(listId);
      if (!key) throw new Error(`Not a list id: ${listId}`);
      const { Item } = await raw.send(
        new GetItemCommand({ TableName: stack.tableName, Key: marshalled(key) }),
      );
      if (!Item) throw new Error(`List ${listId} was not stored`);
      const record = await raw.send(
        new GetItemCommand({ TableName: stack.tableName, Key: marshalled(keys.caseRecord(key.pk)) }),
      );
      if (!record.Item) throw new Error(`The case record of ${listId} was not stored`);
      // As the service writes it: the list and the case's journey record, in one transaction.
      const t1 = performance.now();
      await raw.send(
        new TransactWriteItemsCommand({
          TransactItems: [
            {
              Put: {
                TableName: stack.tableName,
                Item: { ...Item, pk: { S: `BENCH#LIST#${i}` } },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Put: {
                TableName: stack.tableName,
                Item: { ...record.Item, pk: { S: `BENCH#LIST#${i}` } },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
          ],
        }),
      );
      if (i >= WARM_UP) write.push(performance.now() - t1);
    };

    // Each list's floor is measured just after the next list is generated, so the two run under
    // the same conditions on this shared machine (a slow minute slows both), without the floor
    // reading what its own list has only just read.
    for (let i = 0; i < requests.length; i++) {
      await generate(i);
      if (i > 0) await measureFloor(i - 1);
    }
    await measureFloor(requests.length - 1);

    const e2e = summary(endToEnd);
    const reads = summary(floor);
    console.log();
    line(
      'Lists generated (after warm-up)',
      `${e2e.n}; ${(entries / e2e.n).toFixed(1)} entries, ${(considered / e2e.n) | 0} settings considered on average`,
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
    const writes = summary(write);
    line(
      'For reference: the raw write it needs',
      `p50 ${ms(writes.p50)}  p95 ${ms(writes.p95)}  p99 ${ms(writes.p99)}`,
    );
    line('End to end / (reads + write), p50', `${(e2e.p50 / (reads.p50 + writes.p50)).toFixed(2)}×`);
    // Family links that open nothing: a real list's id with a guessed secret, and an id no list
    // has. Both take the same reads (the list item, then the guess count), so their timings should
    // match: nothing tells a guesser that a list exists.
    const linkQuery = 'query($t: String!) { familyList(token: $t) { generatedAt } }';
    const guessTimes = { realId: [] as number[], unknownId: [] as number[] };
    const secretLike = () => 'x'.repeat(43);
    for (let i = 0; i < Math.min(200, made.length); i++) {
      const realId = (made[i] as { listId: string }).listId;
      const unknownId = caseKeys.listId('999', `BENCH/UNKNOWN/${i}`, 1);
      for (const [kind, token] of [
        ['realId', `${realId}.${secretLike()}`],
        ['unknownId', `${unknownId}.${secretLike()}`],
      ] as const) {
        const t0 = performance.now();
        await api.post(
          { 'x-forwarded-for': `10.${i % 250}.${kind.length}.1` },
          { query: linkQuery, variables: { t: token } },
        );
        guessTimes[kind].push(performance.now() - t0);
      }
    }
    const real = summary(guessTimes.realId);
    const unknown = summary(guessTimes.unknownId);
    line('Wrong family link: real list id, wrong secret', `p50 ${ms(real.p50)}  p95 ${ms(real.p95)}`);
    line('Wrong family link: unknown list id', `p50 ${ms(unknown.p50)}  p95 ${ms(unknown.p95)}`);
    await benchSearch(
      api,
      tokenFor('938'),
      made.map((m) => m.familyToken),
      schools,
    );
    const servedShare = fairness.lists === 0 ? 1 : fairness.served / fairness.lists;
    line(
      'Fairness: main need served by a specialist entry',
      `${(100 * servedShare).toFixed(1)} % of ${fairness.lists} lists (${fairness.withoutProvision} with no such provision in England)`,
      servedShare === 1 ? 'target met (100 %)' : 'BELOW TARGET',
    );

    // The family's page: its server time against the familyList query it needs, over the same
    // local endpoint (one server serves /graphql and the pages), on up to 200 of the lists above.
    const pages = createGetter(stack.url);
    const familyTokens = made.map((m) => m.familyToken).slice(0, WARM_UP + 200);
    const familyPages = await timeFamilyPages(api, pages, familyTokens, WARM_UP);
    const page = summary(familyPages.page);
    const familyList = summary(familyPages.query);
    console.log();
    line(
      'Family page GET /f/{token}, server (HTTP)',
      `p50 ${ms(page.p50)}  p95 ${ms(page.p95)}  (${page.n})`,
    );
    line(
      'familyList query it needs, end to end (HTTP)',
      `p50 ${ms(familyList.p50)}  p95 ${ms(familyList.p95)}`,
    );
    line(
      'Ratio page / familyList (p50)',
      `${(page.p50 / familyList.p50).toFixed(2)}×`,
      verdict(page.p50 / familyList.p50 <= BUDGET.pageRatioP50),
    );
    // What a page costs to download on a cold cache: the HTML and the CSS, JS and images it
    // references, gzipped as a compressing CDN or client would send them (the server and API
    // Gateway send them uncompressed), fonts aside. The family page is the sample's median by size.
    const transfers: [string, Transfer][] = [
      ['family page', await pageTransfer(pages, familyPagePath(familyPages.typical), 'the family page')],
      ['/your-rights/938', await pageTransfer(pages, '/your-rights/938')],
      ['/', await pageTransfer(pages, '/')],
    ];
    for (const [name, t] of transfers) {
      line(
        `Page transfer, gzip: ${name}`,
        `${kb(t.gzipBytes)} (HTML ${kb(t.htmlGzipBytes)} + ${t.files} files; ${kb(t.rawBytes)} raw)`,
        verdict(t.gzipBytes <= BUDGET.pageTransferBytes),
      );
    }
    pages.close();

    // The Lambda bundle, built as the CDK stack builds it.
    const out = await mkdtemp(join(tmpdir(), 'openplace-bundle-'));
    const bundlePath = join(out, 'index.mjs');
    started = performance.now();
    const bytes = await bundleLambda(LAMBDA_ENTRY, bundlePath);
    console.log();
    line(
      'Lambda bundle (minified ESM, AWS SDK inside)',
      `${(bytes / 1024 / 1024).toFixed(2)} MB`,
      verdict(bytes <= BUDGET.bundleBytes),
    );

    const env = {
      TABLE_NAME: stack.tableName,
      DYNAMODB_ENDPOINT: stack.dynamodbEndpoint,
      AWS_REGION: 'eu-west-2',
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      AUTH_MODE: 'local',
      LOCAL_AUTH_ISSUER: stack.auth.config.issuer,
      LOCAL_AUTH_JWKS: JSON.stringify(stack.auth.config.jwks),
      POWERTOOLS_LOG_LEVEL: 'ERROR',
      CASE_KEYS: stack.caseKeysJson,
      // The pages seal staff sessions with their own keyring (read from Secrets Manager in AWS).
      SESSION_KEYS: JSON.stringify({
        currentId: 'b1',
        b1: 'bench-session-key-0123456789-abcdefghijklmnopqrstuvwxyz',
      }),
    };
    const processes: number[] = [];
    const answers: number[] = [];
    for (let i = 0; i < COLD_STARTS; i++) {
      const cold = await coldStart(bundlePath, env, '{ parentsRightsStatement { version } me { roles } }');
      const body = JSON.parse(cold.body) as { data?: { parentsRightsStatement?: { version: string } } };
      if (cold.status !== 200 || !body.data?.parentsRightsStatement)
        throw new Error(`Cold start answered ${cold.body}`);
      processes.push(cold.processMs);
      answers.push(cold.importAndAnswerMs);
    }
    const cold = summary(processes);
    line(
      'Cold start: fresh process, import + 1 answer',
      `median ${ms(cold.p50)} (import+answer ${ms(summary(answers).p50)})`,
      verdict(cold.p50 <= BUDGET.coldStartMs),
    );

    // The web Lambda (web/lambda.ts): its own bundle, with the files the stack copies beside it, in
    // a folder of its own, so web/paths.ts finds them beside index.mjs as in AWS (no overrides).
    const webOut = await mkdtemp(join(tmpdir(), 'openplace-web-bundle-'));
    const webBundlePath = join(webOut, 'index.mjs');
    const carried = await stageWebFiles(webOut);
    const webBytes = await bundleLambda(WEB_ENTRY, webBundlePath);
    line(
      'Web Lambda bundle (minified ESM, SDK inside)',
      `${(webBytes / 1024 / 1024).toFixed(2)} MB (+ ${(carried / 1024 / 1024).toFixed(2)} MB of files beside it)`,
    );
    const webProcesses: number[] = [];
    const webAnswers: number[] = [];
    for (let i = 0; i < COLD_STARTS; i++) {
      // A real link each time, so the page reads its list from DynamoDB Local.
      const token = (made[i % made.length] as { familyToken: string }).familyToken;
      const cold = await coldStartGet(webBundlePath, env, familyPagePath(token));
      if (cold.status !== 200 || !cold.body.includes('<html'))
        throw new Error(`The web cold start answered ${cold.status}: ${cold.body.slice(0, 500)}`);
      webProcesses.push(cold.processMs);
      webAnswers.push(cold.importAndAnswerMs);
    }
    const webCold = summary(webProcesses);
    line(
      'Web cold start: fresh process, import + page',
      `median ${ms(webCold.p50)} (import+answer ${ms(summary(webAnswers).p50)})`,
      verdict(webCold.p50 <= BUDGET.webColdStartMs),
    );
    console.log(
      `\nBudgets: p50 within ${BUDGET.ratioP50}× the floor, p99 under ${BUDGET.p99Ms} ms, bundle ≤ 1.5 MB, cold start median ≤ ${BUDGET.coldStartMs} ms, search p50 ≤ ${BUDGET.searchP50Ms} ms, family page p50 ≤ ${BUDGET.pageRatioP50}× its familyList query, a page's transfer ≤ ${BUDGET.pageTransferBytes / 1024} KB gzipped (fonts aside), web cold start median ≤ ${BUDGET.webColdStartMs} ms.`,
    );
    raw.destroy();
    api.close();
  } finally {
    await stack.stop();
  }
}

/**
 * Register searches over England through HTTP, a mix drawn from the loaded register as people
 * type them: a setting's full name, its name and town, a town, a postcode district, a URN. Officers
 * page through searchSettings; families use familySearchSettings, one search per family link (each
 * link may make 30 a minute). Also counts how often the setting a name or URN was drawn from is on
 * the first page.
 */
async function benchSearch(
  api: ReturnType<typeof createJsonPoster>,
  officerToken: string,
  familyTokens: readonly string[],
  schools: readonly { urn: string; name: string; town: string | null; postcode: string | null }[],
) {
  const kinds = ['name', 'name and town', 'town', 'district', 'URN'] as const;
  const queries = Array.from({ length: SEARCHES + WARM_UP }, (_, i) => {
    const school = pick(schools);
    const kind = kinds[i % kinds.length] as (typeof kinds)[number];
    const district = school.postcode ? outwardCode(school.postcode) : null;
    const query =
      kind === 'name'
        ? school.name
        : kind === 'name and town'
          ? `${school.name} ${school.town ?? ''}`
          : kind === 'town'
            ? (school.town ?? school.name)
            : kind === 'district'
              ? (district ?? school.name)
              : school.urn;
    return { kind, query: query.slice(0, 100), urn: school.urn };
  });
  const officerQuery = `query($q: String!) { searchSettings(query: $q, first: 20) {
    edges { node { id urn name kind laCode laName town postcode } } pageInfo { hasNextPage endCursor } } }`;
  const familyQuery = `query($t: String!, $q: String!) { familySearchSettings(token: $t, query: $q, first: 10) {
    id urn name kind laCode laName town postcode } }`;
  const officer: number[] = [];
  const refused: string[] = [];
  const byKind = new Map<string, number[]>();
  const sought = { drawn: 0, onFirstPage: 0 };
  for (let i = 0; i < queries.length; i++) {
    const { kind, query, urn } = queries[i] as (typeof queries)[number];
    const t0 = performance.now();
    const body = (await api.post(
      { authorization: `Bearer ${officerToken}` },
      { query: officerQuery, variables: { q: query } },
    )) as { data?: { searchSettings: { edges: { node: { urn: string | null } }[] } }; errors?: unknown };
    const elapsed = performance.now() - t0;
    if (!body.data) {
      // A query of only common words ("Primary School") is refused as it would be for anyone.
      refused.push(query);
      continue;
    }
    if (i < WARM_UP) continue;
    officer.push(elapsed);
    byKind.set(kind, [...(byKind.get(kind) ?? []), elapsed]);
    if (kind !== 'town' && kind !== 'district') {
      sought.drawn++;
      if (body.data.searchSettings.edges.some((e) => e.node.urn === urn)) sought.onFirstPage++;
    }
  }
  const family: number[] = [];
  for (let i = 0; i < Math.min(familyTokens.length, queries.length); i++) {
    const { query } = queries[i] as (typeof queries)[number];
    const t0 = performance.now();
    const body = (await api.post(
      {},
      { query: familyQuery, variables: { t: familyTokens[i], q: query } },
    )) as {
      data?: unknown;
    };
    if (body.data && i >= WARM_UP) family.push(performance.now() - t0);
  }
  const all = summary(officer);
  console.log();
  line(
    'searchSettings, end to end (HTTP)',
    `p50 ${ms(all.p50)}  p95 ${ms(all.p95)}  p99 ${ms(all.p99)}`,
    verdict(all.p50 <= BUDGET.searchP50Ms),
  );
  for (const kind of kinds) {
    const times = summary(byKind.get(kind) ?? []);
    line(`  by ${kind} (${times.n})`, `p50 ${ms(times.p50)}  p95 ${ms(times.p95)}`);
  }
  const fam = summary(family);
  line(
    'familySearchSettings, end to end (HTTP)',
    `p50 ${ms(fam.p50)}  p95 ${ms(fam.p95)}  p99 ${ms(fam.p99)}`,
    verdict(fam.p50 <= BUDGET.searchP50Ms),
  );
  line(
    'Search: the setting sought on the first page',
    `${((100 * sought.onFirstPage) / Math.max(1, sought.drawn)).toFixed(1)} % of ${sought.drawn} name/URN searches`,
  );
  line('Search: refused (only common words)', `${refused.length} of ${queries.length}`);
}

interface ListSearchResult {
  radiusKm: number;
  mainstreamRadiusKm: number;
  specialistReachKm: number;
}

interface BenchEntry {
  familyChoice: boolean;
  distanceKm: number;
  setting: { id: string; kind: string };
  provision: { kind: string; designation: string[] };
}

/** A specialist provision designated for the need (core/lists/range.ts says what is specialist). */
function servesNeed(entry: BenchEntry, need: NeedCode): boolean {
  return (
    entry.provision.designation.includes(need) &&
    isSpecialistProvision(
      { kind: entry.setting.kind as SettingKind },
      { kind: entry.provision.kind as ProvisionKind },
    )
  );
}

/** Every whole age in a provision's range. */
function ages(range: { low: number; high: number }): number[] {
  return Array.from({ length: range.high - range.low + 1 }, (_, i) => range.low + i);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
