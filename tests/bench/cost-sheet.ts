import type { Assumptions, ByDesign, Price, PriceKey, Prices, Volumes } from './cost-prices.js';

// The cost sheet (docs/COSTS.md): what a year of OpenPlace costs on AWS for one national
// deployment and for one deployment per council, today's design beside the new one (the register
// held in memory). Pure: measured capacity units, prices, volumes and assumptions in, markdown out.

export const OPERATIONS = [
  'listNew',
  'listOld',
  'capacityStatement',
  'familyPage',
  'search',
  'snapshotLoad',
  'snapshotWrite',
] as const;
export type Operation = (typeof OPERATIONS)[number];
/** DynamoDB capacity units and requests for one operation, averaged. */
export type Capacity = { readUnits: number; writeUnits: number; requests: number };
/** docs/costs-measured.json, as `npm run bench` writes it (or estimated by hand, `estimated: true`). */
export interface Measured {
  measuredAt: string;
  lists: number;
  estimated?: boolean;
  /** How estimated figures were derived, one step a line. */
  method?: string[];
  perOperation: Record<Operation, Capacity>;
  snapshot: { chunks: number; bytes: number; settings: number };
}
export type Model = 'national' | 'perCouncil';
export type Design = keyof ByDesign<unknown>;
const DESIGNS: Design[] = ['today', 'new'];
const both = <T>(f: (d: Design) => T): ByDesign<T> => ({ today: f('today'), new: f('new') });

/** The rows of a model's table, in order: every price but x86 compute (shown in a note). */
type RowKey = Exclude<PriceKey, 'lambdaX86GbSecond'>;
const ROWS: [RowKey, string, string][] = [
  ['dynamoRead', 'DynamoDB reads', 'read request units: lists, capacity, pages, search, jobs, snapshot'],
  ['dynamoWrite', 'DynamoDB writes', 'write request units, with index copies, retention deletes'],
  ['dynamoStorage', 'DynamoDB storage', 'table and index copies, two years of cases'],
  ['dynamoPitr', 'DynamoDB backups', 'point-in-time recovery on the same size'],
  ['lambdaRequest', 'Lambda requests', 'API, pages, jobs, forwarder, snapshot writer'],
  ['lambdaArmGbSecond', 'Lambda compute', 'GB-seconds on arm64, cold starts and snapshot loads included'],
  ['httpApiRequest', 'API Gateway', 'HTTP API requests'],
  ['logsIngest', 'CloudWatch Logs ingestion', 'function logs, EMF metric lines, access logs'],
  ['logsStore', 'CloudWatch Logs storage', 'kept three months'],
  ['customMetric', 'CloudWatch custom metrics', 'OpenPlace namespace, by the hours they are sent'],
  ['alarmMetric', 'CloudWatch alarms', 'metrics read by the stack’s alarms'],
  ['dashboard', 'CloudWatch dashboard', 'one a deployment'],
  ['xrayTrace', 'X-Ray', 'traces recorded (active tracing on every function)'],
  ['cognitoMau', 'Cognito', 'staff monthly active users, Essentials plan'],
  ['secret', 'Secrets Manager secrets', 'case keys, session keys'],
  ['secretsApi', 'Secrets Manager calls', 'read at each cold start'],
  ['sesEmail', 'SES', 'capacity reminder emails'],
  ['eventBridgeEvent', 'EventBridge', 'journey events on the custom bus'],
  ['schedulerInvocation', 'EventBridge Scheduler', 'scheduled job runs'],
  ['sqsRequest', 'SQS', 'dead-letter queues (empty unless something fails)'],
  ['kmsKey', 'KMS', 'the alarm topic’s key'],
];

type Units = { read: number; write: number };
const sum = <T>(xs: readonly T[], f: (x: T) => number) => xs.reduce((t, x) => t + f(x), 0);
/** `n` operations of capacity `c`. */
const times = (n: number, c: Omit<Capacity, 'requests'>): Units => ({
  read: n * c.readUnits,
  write: n * c.writeUnits,
});
const plus = (...u: Units[]): Units => ({ read: sum(u, (x) => x.read), write: sum(u, (x) => x.write) });

/** Snapshot loads a year for one deployment: at most one a list, at most `loadsPerDayCap` a day. */
export function snapshotLoads(a: Assumptions, v: Volumes, model: Model, design: Design): number {
  if (design === 'today') return 0;
  return Math.min(v.listsPerYear / deploymentsOf(model, v), a.snapshot.loadsPerDayCap * 365);
}
const deploymentsOf = (model: Model, v: Volumes) => (model === 'national' ? 1 : v.councils);

/** DynamoDB request units a year for one deployment, by what they are for. */
export function dynamoUnits(m: Measured, a: Assumptions, v: Volumes, model: Model, design: Design) {
  const n = deploymentsOf(model, v);
  const op = m.perOperation;
  const lists = v.listsPerYear / n;
  const pages = v.pageViewsPerYear / n;
  const family = pages * a.familyPageShare;
  const S = a.snapshot;
  const regen = design === 'new' ? S.regenerationsPerYear : 0;
  const idle = design === 'new' ? S.writerRunsPerYear - regen : 0;
  const changes = a.register.staticChangesPerYear;
  const perChange = a.register.editWriteUnits + (design === 'new' ? a.register.changeItemWriteUnits : 0);
  const jobs = [...a.jobs, { ...a.forwarder, runsPerYear: a.journeyEventsPerYear / n }];
  return {
    Lists: times(lists, design === 'new' ? op.listNew : op.listOld),
    'Capacity statements and confirmations': times(v.capacityUpdatesPerYear / n, op.capacityStatement),
    'Page views': plus(times(family, op.familyPage), times(pages - family, a.otherPage)),
    Searches: times(lists * a.searchesPerList, op.search),
    'Register snapshot (loads and writer)': plus(
      times(snapshotLoads(a, v, model, design), op.snapshotLoad),
      times(regen, op.snapshotWrite),
      times(idle, S.idleRun),
    ),
    'Register edits (all of England, in every deployment)': { read: changes, write: changes * perChange },
    'Jobs, journey events, retention deletes': plus(...jobs.map((j) => times(j.runsPerYear, j)), {
      read: 0,
      write: lists * a.retentionDeleteWriteUnitsPerList,
    }),
  } satisfies Record<string, Units>;
}

/** Each row's yearly quantity for one deployment, in its price's unit. */
export function usagePerDeployment(m: Measured, a: Assumptions, v: Volumes, model: Model, design: Design) {
  const n = deploymentsOf(model, v);
  const [lists, updates, pages] = [v.listsPerYear / n, v.capacityUpdatesPerYear / n, v.pageViewsPerYear / n];
  const searches = lists * a.searchesPerList;
  const events = a.journeyEventsPerYear / n;
  const { lambda: L, snapshot: S, storage: st } = a;
  const cold = L.coldStartsPerDay[model];
  const writerRuns = design === 'new' ? S.writerRunsPerYear : 0;
  const regen = design === 'new' ? S.regenerationsPerYear : 0;
  const jobRuns = sum(a.jobs, (j) => j.runsPerYear);
  const httpRequests = lists + updates + pages + searches;
  const invocations = httpRequests + jobRuns + events + writerRuns;
  // [how many, ms each, GB]
  const runs: [number, number, number][] = [
    [lists, L.msPerList[design], L.memoryGb],
    [updates, L.msPerCapacityUpdate, L.memoryGb],
    [pages, L.msPerPageView, L.memoryGb],
    [searches, L.msPerSearch, L.memoryGb],
    [(cold.api + cold.web) * 365, L.coldStartMs, L.memoryGb],
    [snapshotLoads(a, v, model, design), L.snapshotLoadMs, L.memoryGb],
    ...a.jobs.map((j): [number, number, number] => [j.runsPerYear, j.ms, j.memoryGb]),
    [events, a.forwarder.ms, a.forwarder.memoryGb],
    [writerRuns - regen, S.writerIdleMs, S.writerMemoryGb],
    [regen, S.writerRegenMs, S.writerMemoryGb],
  ];
  const units = plus(...Object.values(dynamoUnits(m, a, v, model, design)));
  const logBytes =
    httpRequests * (a.logs.bytesPerRequest + a.logs.accessLogBytesPerRequest) +
    (jobRuns + events + writerRuns) * a.logs.bytesPerJobRun;
  const gbOfKb = (kb: number) => kb / 1024 ** 2;
  const cases = v.listsPerYear / st.listsPerCase;
  const nationalGb =
    st.years *
    (v.listsPerYear * gbOfKb(st.listKb) +
      cases * gbOfKb(st.caseKb) * (1 + st.caseIndexCopies) +
      v.capacityUpdatesPerYear * gbOfKb(st.capacityChangeKb));
  const gbMonths = (nationalGb / n + a.register.gb) * 12;
  return {
    dynamoRead: units.read,
    dynamoWrite: units.write,
    dynamoStorage: gbMonths,
    dynamoPitr: gbMonths,
    lambdaRequest: invocations,
    lambdaArmGbSecond: sum(runs, ([count, ms, gb]) => (count * ms * gb) / 1000),
    httpApiRequest: httpRequests,
    logsIngest: logBytes / 1024 ** 3,
    logsStore: (logBytes / 1024 ** 3) * a.logs.monthsKept,
    customMetric: a.customMetrics[model][design] * a.metricHoursShare[model] * 12,
    alarmMetric: a.alarmMetrics[design] * 12,
    dashboard: a.dashboards * 12,
    xrayTrace: (invocations - events) * a.xraySampledShare[model] + events,
    cognitoMau: (a.monthlyActiveStaff / n) * 12,
    secret: a.secrets * 12,
    secretsApi: (cold.api * a.secretCallsPerColdStart.api + cold.web * a.secretCallsPerColdStart.web) * 365,
    sesEmail: (a.reminders.settings * (365 / a.reminders.everyDays) * a.reminders.staleShare) / n,
    eventBridgeEvent: events,
    schedulerInvocation: jobRuns + writerRuns,
    sqsRequest: 0,
    kmsKey: a.kmsKeys * 12,
  } satisfies Record<RowKey, number>;
}

/** A price's cost for a yearly quantity; `free`: less each month's free allowance (usage even over the year). */
function cost(p: Price, yearly: number, free: boolean): number {
  const billed = free ? Math.max(0, yearly / 12 - (p.freePerMonth ?? 0)) * 12 : yearly;
  return (billed * p.usd) / p.per;
}

export type Line = { key: RowKey; service: string; what: string; cost: ByDesign<number> };
export interface ModelCost {
  model: Model;
  deployments: number;
  lines: Line[];
  total: ByDesign<number>;
  /** The total if each account's always-free allowance were used by nothing else. */
  totalWithFreeTier: ByDesign<number>;
  /** Total a year over lists a year. */
  perList: ByDesign<number>;
}

/** A model's yearly cost in USD, every deployment together. */
export function costModel(m: Measured, p: Prices, v: Volumes, a: Assumptions, model: Model): ModelCost {
  const deployments = deploymentsOf(model, v);
  const use = both((d) => usagePerDeployment(m, a, v, model, d));
  const of = (key: RowKey, d: Design, free = false) => cost(p[key], use[d][key], free) * deployments;
  const lines = ROWS.map(([key, service, what]) => ({ key, service, what, cost: both((d) => of(key, d)) }));
  const total = both((d) => sum(lines, (l) => l.cost[d]));
  return {
    model,
    deployments,
    lines,
    total,
    totalWithFreeTier: both((d) => sum(ROWS, ([key]) => of(key, d, true))),
    perList: both((d) => total[d] / v.listsPerYear),
  };
}

/** USD, to the cent below $100, to the dollar above. */
export function usd(x: number): string {
  if (x > 0 && x < 0.005) return '< $0.01';
  const digits = Math.abs(x) >= 100 ? 0 : 2;
  const text = Math.abs(x).toLocaleString('en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return `${x < 0 ? '−' : ''}$${text}`;
}
const num = (x: number, digits = 0) =>
  x.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const change = (c: ByDesign<number>) => (Math.abs(c.new - c.today) < 0.005 ? '–' : usd(c.new - c.today));
const share = (part: number, whole: number) => `${Math.round((100 * part) / whole)} %`;

function modelTable(c: ModelCost, v: Volumes): string[] {
  const rows = c.lines.map(
    (l) => `| ${l.service} | ${l.what} | ${usd(l.cost.today)} | ${usd(l.cost.new)} | ${change(l.cost)} |`,
  );
  const perList = (d: Design) => `$${c.perList[d].toFixed(4)}`;
  return [
    '| Service | What is counted | Today | New design | Change |',
    '| --- | --- | ---: | ---: | ---: |',
    ...rows,
    `| **Total a year** | list prices, no free tier | **${usd(c.total.today)}** | **${usd(c.total.new)}** | **${change(c.total)}** |`,
    `| With free allowances | if nothing else in ${c.deployments === 1 ? 'the account' : 'each account'} used them | ${usd(c.totalWithFreeTier.today)} | ${usd(c.totalWithFreeTier.new)} | ${change(c.totalWithFreeTier)} |`,
    `| **Per list** | total ÷ ${num(v.listsPerYear)} lists | ${perList('today')} | ${perList('new')} | |`,
  ];
}

/** The biggest lines of the new design, in words. */
function dominates(c: ModelCost): string {
  const top = [...c.lines].sort((x, y) => y.cost.new - x.cost.new).slice(0, 3);
  const fixed = c.lines
    .filter((l) => ['customMetric', 'alarmMetric', 'dashboard', 'secret', 'kmsKey'].includes(l.key))
    .reduce((t, l) => t + l.cost.new, 0);
  const moved = [...c.lines].sort(
    (x, y) => Math.abs(y.cost.new - y.cost.today) - Math.abs(x.cost.new - x.cost.today),
  )[0];
  const words = top
    .map((l) => `${l.service} (${usd(l.cost.new)}, ${share(l.cost.new, c.total.new)})`)
    .join(', ');
  return (
    `The three biggest lines of the new design are ${words}. Fixed monitoring and secrets (custom metrics, ` +
    `alarms, dashboard, secrets, KMS key) come to ${usd(fixed)}, ${share(fixed, c.total.new)} of the total` +
    `${c.deployments > 1 ? `, paid ${c.deployments} times over` : ''}. The new design changes the total by ` +
    `${change(c.total)}; the biggest change is in ${moved?.service} (${change(moved?.cost ?? c.total)}).`
  );
}

function dynamoTable(m: Measured, a: Assumptions, v: Volumes, p: Prices): string[] {
  const per = (model: Model, d: Design): Record<string, Units> => dynamoUnits(m, a, v, model, d);
  const money = (u: Units, k: number) =>
    usd(k * (cost(p.dynamoRead, u.read, false) + cost(p.dynamoWrite, u.write, false)));
  const rows = Object.keys(per('national', 'today')).map((purpose) => {
    const cells = (['national', 'perCouncil'] as Model[]).flatMap((model) =>
      DESIGNS.map((d) => money(per(model, d)[purpose] as Units, deploymentsOf(model, v))),
    );
    return `| ${purpose} | ${cells.join(' | ')} |`;
  });
  const o = m.perOperation;
  const mb = num(m.snapshot.bytes / 1024 ** 2, 2);
  const opRow = (name: string, c: Capacity) =>
    `| ${name} | ${num(c.readUnits, 1)} | ${num(c.writeUnits, 1)} | ${num(c.requests, 1)} |`;
  return [
    '| One operation | Read units | Write units | DynamoDB requests |',
    '| --- | ---: | ---: | ---: |',
    opRow('A list, today', o.listOld),
    opRow('A list, new design', o.listNew),
    opRow('A capacity statement or confirmation', o.capacityStatement),
    opRow('A family’s page', o.familyPage),
    opRow('A register search', o.search),
    opRow(`A snapshot load (${m.snapshot.chunks} chunks, ${mb} MB)`, o.snapshotLoad),
    opRow(`A snapshot written anew (${num(m.snapshot.settings)} settings)`, o.snapshotWrite),
    '',
    'DynamoDB reads and writes a year by what they are for (USD, all deployments):',
    '',
    '| Purpose | A: today | A: new | B: today | B: new |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows,
  ];
}

function assumptionLines(m: Measured, p: Prices, a: Assumptions, v: Volumes): string[] {
  const L = a.lambda;
  const S = a.snapshot;
  const c = L.coldStartsPerDay;
  const { snapshotWrite: w, snapshotLoad: r } = m.perOperation;
  const dynamo = (u: Capacity) =>
    cost(p.dynamoRead, u.readUnits, false) + cost(p.dynamoWrite, u.writeUnits, false);
  const regen = dynamo(w) + cost(p.lambdaArmGbSecond, (S.writerMemoryGb * S.writerRegenMs) / 1000, false);
  const load = dynamo(r) + cost(p.lambdaArmGbSecond, (L.memoryGb * L.snapshotLoadMs) / 1000, false);
  return [
    `- **Volumes**: ${num(v.listsPerYear)} lists, ${num(v.capacityUpdatesPerYear)} capacity statements and confirmations, ${num(v.pageViewsPerYear)} page views a year; the per-council model splits them evenly over ${v.councils} deployments. Searches: ${a.searchesPerList} a list. Family pages: ${share(a.familyPageShare, 1)} of page views (measured reads); other pages ${a.otherPage.readUnits} read units each.`,
    `- **Lambda**: arm64, ${L.memoryGb * 1024} MB for the API and pages (infra/constructs/graphql-function.ts, web-function.ts; house-function.ts sets arm64 for all). Billed time: a list ${L.msPerList.today} ms today, ${L.msPerList.new} ms new; a capacity update ${L.msPerCapacityUpdate} ms; a page ${L.msPerPageView} ms; a search ${L.msPerSearch} ms; a cold start ${L.coldStartMs} ms (initialisation is billed); a snapshot load ${L.snapshotLoadMs} ms more (decoding and indexing all of England took 0.44 s on the development machine).`,
    `- **Cold starts a day**: national ${c.national.api} (API) + ${c.national.web} (pages); per council ${c.perCouncil.api} + ${c.perCouncil.web}. Each reads its secrets (${a.secretCallsPerColdStart.api} call for the API, ${a.secretCallsPerColdStart.web} for the pages).`,
    `- **Snapshot** (new design only): the writer runs every 5 minutes, ${num(S.writerRunsPerYear)} runs a year a deployment; ${num(S.regenerationsPerYear)} of them write a new generation (the register changed: ${num(a.register.staticChangesPerYear)} static changes a year, in office hours), the others read ${S.idleRun.readUnits} and write ${S.idleRun.writeUnits} units. Writer: ${S.writerMemoryGb * 1024} MB (assumed: it is not in infra/ yet), ${S.writerIdleMs} ms idle, ${num(S.writerRegenMs)} ms when it writes. An instance loads the snapshot when it makes its first list and after each new generation: at most one load a list and ${S.loadsPerDayCap} a day a deployment, so per council every list loads it. A new generation costs $${regen.toFixed(4)} in each deployment (DynamoDB and the writer's time), ${usd(regen * S.regenerationsPerYear)} a year; a load $${load.toFixed(4)}.`,
    `- **Register edits**: every deployment holds all of England, so each applies all ${num(a.register.staticChangesPerYear)} static changes (${a.register.editWriteUnits} write units each, plus a ${a.register.changeItemWriteUnits}-unit change item in the new design).`,
    `- **Jobs** a deployment: ${a.jobs.map((j) => `${j.name} ${num(j.runsPerYear)} runs × ${j.ms} ms at ${j.memoryGb * 1024} MB`).join('; ')}. Journey events: ${num(a.journeyEventsPerYear)} a year (each one forwarder run, one EventBridge event). Expired cases are deleted: ${a.retentionDeleteWriteUnitsPerList} write units a list.`,
    `- **Logs**: ${num(a.logs.bytesPerRequest)} bytes of function log and EMF lines and ${num(a.logs.accessLogBytesPerRequest)} bytes of access log a request, ${num(a.logs.bytesPerJobRun)} a job run; kept ${a.logs.monthsKept} months (THREE_MONTHS retention).`,
    `- **Custom metrics**: counted from functions/services/metrics.ts (totals, and one series a value of LaCode, PrimaryNeed, CapacityStatus, Source): ${a.customMetrics.national.today} national (${a.customMetrics.national.new} new: RegisterSnapshotSucceeded/Failed, and ListsFreePlaceKnown, ListsNoneFree and ListsAvailabilityUnknown, each a total, the last two also one series a need), ${a.customMetrics.perCouncil.today} per council (${a.customMetrics.perCouncil.new}); each sent in ${share(a.metricHoursShare.national, 1)} (national) or ${share(a.metricHoursShare.perCouncil, 1)} (per council) of a month's hours.`,
    `- **Alarms**: ${a.alarms.today} alarms reading ${a.alarmMetrics.today} metrics in \`npx cdk synth\` (two alarms on metric math read 8 metrics each); the snapshot writer adds ${a.alarms.new - a.alarms.today} (Errors, Throttles, Duration, DeadLetters, Failed, NotSucceeded): ${a.alarms.new} alarms, ${a.alarmMetrics.new} metrics. ${a.dashboards} dashboard, ${a.secrets} secrets, ${a.kmsKeys} KMS key, ${a.deadLetterQueues.today} dead-letter queues (${a.deadLetterQueues.new} new) a deployment.`,
    `- **X-Ray**: every function traces actively; the default sampling rule (one a second, then 5 %) records ${share(a.xraySampledShare.national, 1)} of requests nationally, all of them per council.`,
    `- **Cognito**: ${num(a.monthlyActiveStaff)} staff sign in each month (about 15 officers for each of 153 LAs, and staff of 20,000 settings stating capacity), split evenly per council.`,
    `- **Email**: a capacity reminder at most once per ${a.reminders.everyDays} days for each of ${num(a.reminders.settings)} settings, to ${share(a.reminders.staleShare, 1)} of them (figures gone stale): ${num((a.reminders.settings * 365 * a.reminders.staleShare) / a.reminders.everyDays)} a year.`,
    `- **Storage**: cases kept ${a.storage.years} years (730 days); a list ${a.storage.listKb} KB, a case record ${a.storage.caseKb} KB with ${a.storage.caseIndexCopies} index copies, ${a.storage.listsPerCase} lists a case, ${a.storage.capacityChangeKb} KB of capacity history a statement; the register with its index copies ${a.register.gb} GB in every deployment.`,
  ];
}

/** The cost sheet, as markdown. */
export function costSheet(m: Measured, p: Prices, v: Volumes, a: Assumptions): string {
  const A = costModel(m, p, v, a, 'national');
  const B = costModel(m, p, v, a, 'perCouncil');
  const arm = (c: ModelCost) => c.lines.find((l) => l.key === 'lambdaArmGbSecond')?.cost.new ?? 0;
  const x86 = (c: ModelCost) => usd((arm(c) * p.lambdaX86GbSecond.usd) / p.lambdaArmGbSecond.usd);
  const banner = m.estimated
    ? [
        '> **ESTIMATED, NOT MEASURED.** The DynamoDB capacity units in this sheet were worked out by reading the code',
        '> (docs/costs-measured.json has `"estimated": true`; how is at the end). Run `npm run bench` to measure',
        '> them, then `npm run costs` to write this sheet again.',
      ]
    : [`> Capacity units measured by \`npm run bench\` on ${m.measuredAt}, over ${num(m.lists)} lists.`];
  const priceRows = Object.entries(p).map(
    ([key, x]) =>
      `| ${key} | $${/\.\d$/.test(`${x.usd}`) ? `${x.usd}0` : x.usd} per ${x.per === 1 ? '' : `${num(x.per)} `}${x.unit}${x.freePerMonth ? ` (${num(x.freePerMonth)} free a month)` : ''} | ${x.region} | <${x.source}> | ${x.date}${x.dated === 'retrieved' ? ' (retrieved; no date given)' : ''} | ${x.note ?? ''} |`,
  );
  const foreign = Object.entries(p)
    .filter(([, x]) => x.region !== 'eu-west-2')
    .map(([k]) => k);
  return [
    '# What OpenPlace costs to run on AWS',
    '',
    ...banner,
    '',
    `Written by \`npm run costs\` (tests/bench/costs.ts) from docs/costs-measured.json and tests/bench/cost-prices.ts: do not edit by hand.`,
    '',
    `This sheet is for the people deciding how OpenPlace is hosted. It costs every AWS service the stack uses, for a year of ${num(v.listsPerYear)} lists, ${num(v.capacityUpdatesPerYear)} capacity statements and confirmations and ${num(v.pageViewsPerYear)} page views, in two ways of deploying it: **(A)** one national deployment, and **(B)** ${v.councils} deployments, one in each council's own AWS account, each doing 1/${v.councils} of the work but each paying the fixed costs and holding all of England's register. Each is costed for **today's design** (lists search the register's map indexes in DynamoDB) and for **the new design** (each instance holds the register's static facts in memory, loaded from a snapshot, and reads only live capacity per list).`,
    '',
    `Prices are in US dollars at list price in London (eu-west-2), before VAT, with no free tier, except where the line says otherwise. Where no London price was found in the stored sources, a US East price, or one whose source names no region, is used instead and marked so: ${foreign.join(', ')} (see *Prices*). The per-council totals are for all ${v.councils} councils together; one council's share is 1/${v.councils}.`,
    '',
    '## Summary',
    '',
    '| | Today | New design | Per list, today | Per list, new |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...[A, B].map(
      (c) =>
        `| ${c.model === 'national' ? 'A. One national deployment' : `B. ${c.deployments} council deployments`} | ${usd(c.total.today)} | ${usd(c.total.new)} | $${c.perList.today.toFixed(4)} | $${c.perList.new.toFixed(4)} |`,
    ),
    '',
    `## A. One national deployment`,
    '',
    ...modelTable(A, v),
    '',
    `**What dominates.** ${dominates(A)} On x86 instead of arm64 the Lambda compute line would be ${x86(A)} rather than ${usd(arm(A))}.`,
    '',
    `## B. ${v.councils} council deployments`,
    '',
    ...modelTable(B, v),
    '',
    `**What dominates.** ${dominates(B)} Each council's deployment costs about ${usd(B.total.new / v.councils)} a year in the new design, against ${usd(A.total.new / v.councils)} for 1/${v.councils} of the national one. On x86 the Lambda compute line would be ${x86(B)} rather than ${usd(arm(B))}.`,
    '',
    '## DynamoDB in detail',
    '',
    ...dynamoTable(m, a, v, p),
    '',
    '## Assumptions',
    '',
    ...assumptionLines(m, p, a, v),
    '',
    '## Prices',
    '',
    '| Price | Value | Region | Source | Date | Note |',
    '| --- | --- | --- | --- | --- | --- |',
    ...priceRows,
    '',
    ...(m.estimated
      ? ['## How the capacity units were estimated', '', ...(m.method ?? []).map((s) => `- ${s}`), '']
      : []),
    '## What is not costed',
    '',
    '- Data transfer out to the internet (pages, API answers; the first 100 GB a month are free in each account), and inside AWS (free within the region).',
    '- AWS Support plans, VAT, savings plans or negotiated discounts, staff time, the cost of building and running the councils’ own accounts.',
    '- No NAT gateway, load balancer, VPC endpoint or always-on server: the stack has none, so none is costed.',
    '- DynamoDB Streams: the outbox forwarder reads the stream as a Lambda trigger, which AWS does not charge for (not re-checked in a stored source); X-Ray traces retrieved or scanned (within the 1,000,000 free a month unless investigated heavily); SNS alarm notifications; KMS requests; CloudWatch API calls by the console; Logs Insights queries.',
    '- Deployment itself: CDK bootstrap buckets and assets (S3, a few MB), CloudFormation (free), and test or staging environments.',
    '- Free tiers, except in the "with free allowances" line: a council account used for other work may have used them up already.',
    '',
  ].join('\n');
}
