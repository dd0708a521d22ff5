// The cost sheet's inputs (docs/COSTS.md, written by `npm run costs`): AWS prices, each with the
// stored source it was read from and that source's date, and the assumptions the sheet costs
// with. Data only; tests/bench/cost-sheet.ts does the arithmetic.

/** One unit price: `usd` for every `per` units of `unit`. */
export interface Price {
  usd: number;
  per: number;
  unit: string;
  /** Where the price applies: London, or US East used because no London price was found. */
  region: 'eu-west-2' | 'us-east-1' | 'not stated';
  source: string;
  /** The date the source gives, or the day it was read when it gives none (`dated: 'retrieved'`). */
  date: string;
  dated: 'stated' | 'retrieved';
  /** Each account's always-free allowance a month, in `unit`s, where the source states one. */
  freePerMonth?: number;
  note?: string;
}

export const PRICE_KEYS = [
  'dynamoRead',
  'dynamoWrite',
  'dynamoStorage',
  'dynamoPitr',
  'lambdaRequest',
  'lambdaArmGbSecond',
  'lambdaX86GbSecond',
  'httpApiRequest',
  'logsIngest',
  'logsStore',
  'customMetric',
  'alarmMetric',
  'dashboard',
  'xrayTrace',
  'cognitoMau',
  'secret',
  'secretsApi',
  'sesEmail',
  'eventBridgeEvent',
  'schedulerInvocation',
  'sqsRequest',
  'kmsKey',
] as const;
export type PriceKey = (typeof PRICE_KEYS)[number];
export type Prices = Record<PriceKey, Price>;

/** The day the undated stored pages below were read. */
const READ_ON = '2026-12-05';

// The AWS Price List Bulk API's offer files for eu-west-2, as copied into public repositories: a
// slice of the files themselves (togen), and a cost document that quotes them with each file's
// publication date (sadeevtest, research date 6 October 2026).
const TOGEN = 'https://github.com/mooncitizen/togen/blob/36c1abbf17c7cd190fb02627aefb401567190523';
const LAMBDA_OFFER = `${TOGEN}/internal/cost/cmd/testdata/AWSLambda-eu-west-2.csv`;
const APIGW_OFFER = `${TOGEN}/internal/cost/cmd/testdata/AmazonApiGateway-eu-west-2.csv`;
const LONDON_DOC =
  'https://github.com/ImperialEdutechUK/sadeevtest/blob/3c102d7a31b6dc99fcb0f150e12d53e6c162ef51/docs/hosting-costs.md';

export const PRICES: Prices = {
  dynamoRead: {
    usd: 0.125,
    per: 1e6,
    unit: 'read request units',
    region: 'us-east-1',
    source: 'https://airbyte.com/data-engineering-resources/dynamodb-pricing',
    date: '2025-07-21',
    dated: 'stated',
    note: 'On-demand, "Pricing Structure (US East Region)", after the November 2024 cut. No London price was found in the stored sources.',
  },
  dynamoWrite: {
    usd: 0.625,
    per: 1e6,
    unit: 'write request units',
    region: 'us-east-1',
    source: 'https://airbyte.com/data-engineering-resources/dynamodb-pricing',
    date: '2025-07-21',
    dated: 'stated',
    note: 'As above: US East, no London price found.',
  },
  dynamoStorage: {
    usd: 0.25,
    per: 1,
    unit: 'GB-month',
    region: 'not stated',
    source: 'https://aws.amazon.com/dynamodb/pricing/',
    date: READ_ON,
    dated: 'retrieved',
    freePerMonth: 25,
    note: '"The first 25 GB consumed per month is free, and prices start from $0.25 per GB-month thereafter": the lowest regional price, not London.',
  },
  dynamoPitr: {
    usd: 0.2,
    per: 1,
    unit: 'GB-month',
    region: 'not stated',
    source: 'https://finops.com.py/services/dynamodb/backups',
    date: READ_ON,
    dated: 'retrieved',
    note: 'Continuous backups (point-in-time recovery), "$0.20 per GB-month"; a third-party page, region not stated.',
  },
  lambdaRequest: {
    usd: 0.2,
    per: 1e6,
    unit: 'requests',
    region: 'eu-west-2',
    source: LAMBDA_OFFER,
    date: '2026-08-31',
    dated: 'stated',
    freePerMonth: 1e6,
    note: 'Price list EUW2-Request-ARM, $0.0000002 a request; free tier Global-Request, 1,000,000.',
  },
  lambdaArmGbSecond: {
    usd: 0.0000133334,
    per: 1,
    unit: 'GB-second',
    region: 'eu-west-2',
    source: LAMBDA_OFFER,
    date: '2026-08-31',
    dated: 'stated',
    freePerMonth: 400_000,
    note: 'EUW2-Lambda-GB-Second-ARM tier 1 (first 7.5 billion GB-s); free tier Global-Lambda-GB-Second, 400,000.',
  },
  lambdaX86GbSecond: {
    usd: 0.0000166667,
    per: 1,
    unit: 'GB-second',
    region: 'eu-west-2',
    source: LAMBDA_OFFER,
    date: '2026-08-31',
    dated: 'stated',
    freePerMonth: 400_000,
    note: 'EUW2-Lambda-GB-Second tier 1: for comparison only; every function is arm64.',
  },
  httpApiRequest: {
    usd: 1.16,
    per: 1e6,
    unit: 'requests',
    region: 'eu-west-2',
    source: APIGW_OFFER,
    date: '2026-08-31',
    dated: 'stated',
    note: '"$1.16/million requests - API Gateway HTTP API (first 300 million)", EUW2-ApiGatewayHttpRequest.',
  },
  logsIngest: {
    usd: 0.5985,
    per: 1,
    unit: 'GB ingested',
    region: 'eu-west-2',
    source: LONDON_DOC,
    date: '2026-09-22',
    dated: 'stated',
    freePerMonth: 5,
    note: 'Standard class, EUW2-DataProcessing-Bytes, from the AmazonCloudWatch eu-west-2 offer file published 2026-09-22.',
  },
  logsStore: {
    usd: 0.0315,
    per: 1,
    unit: 'GB-month stored',
    region: 'eu-west-2',
    source: LONDON_DOC,
    date: '2026-09-22',
    dated: 'stated',
    note: 'EUW2-TimedStorage-ByteHrs (CloudWatch), same offer file.',
  },
  customMetric: {
    usd: 0.3,
    per: 1,
    unit: 'metric-month',
    region: 'eu-west-2',
    source: LONDON_DOC,
    date: '2026-09-22',
    dated: 'stated',
    freePerMonth: 10,
    note: 'EUW2-CW:MetricMonitorUsage, first tier.',
  },
  alarmMetric: {
    usd: 0.1,
    per: 1,
    unit: 'alarm metric-month',
    region: 'eu-west-2',
    source: LONDON_DOC,
    date: '2026-09-22',
    dated: 'stated',
    freePerMonth: 10,
    note: 'Standard resolution, EUW2-CW:AlarmMonitorUsage; an alarm on metric math is billed per metric it reads.',
  },
  dashboard: {
    usd: 3,
    per: 1,
    unit: 'dashboard-month',
    region: 'not stated',
    source: 'https://www.factualminds.com/blog/amazon-cloudwatch-pricing-metrics-logs-alarms-dashboards/',
    date: '2026-06-13',
    dated: 'stated',
    freePerMonth: 3,
    note: '"dashboards at $3 each"; the 3 free a month are as the London cost document quotes them (marked unverified there).',
  },
  xrayTrace: {
    usd: 5,
    per: 1e6,
    unit: 'traces recorded',
    region: 'not stated',
    source: 'https://aws.amazon.com/de/xray/pricing/',
    date: READ_ON,
    dated: 'retrieved',
    freePerMonth: 100_000,
    note: 'AWS page: 5 USD per million recorded traces after 100,000 free a month (retrieved or scanned: 0.50 USD per million after 1,000,000 free).',
  },
  cognitoMau: {
    usd: 0.015,
    per: 1,
    unit: 'monthly active user',
    region: 'not stated',
    source:
      'https://raw.githubusercontent.com/api-evangelist/amazon-cognito/refs/heads/main/plans/amazon-cognito-plans-pricing.yml',
    date: '2026-09-20',
    dated: 'stated',
    freePerMonth: 10_000,
    note: 'Essentials plan (the pool uses FeaturePlan.ESSENTIALS), quoted from aws.amazon.com/cognito/pricing worked examples, read 2026-09-20: "free tier of 10,000 monthly active user (MAU) per month per account".',
  },
  secret: {
    usd: 0.4,
    per: 1,
    unit: 'secret-month',
    region: 'eu-west-2',
    source: LONDON_DOC,
    date: '2026-09-11',
    dated: 'stated',
    note: 'EUW2-AWSSecretsManager-Secrets.',
  },
  secretsApi: {
    usd: 0.05,
    per: 10_000,
    unit: 'API calls',
    region: 'eu-west-2',
    source: LONDON_DOC,
    date: '2026-09-11',
    dated: 'stated',
    note: 'EUW2-AWSSecretsManagerAPIRequest.',
  },
  sesEmail: {
    usd: 0.1,
    per: 1000,
    unit: 'emails (recipients)',
    region: 'eu-west-2',
    source: LONDON_DOC,
    date: '2026-09-11',
    dated: 'stated',
    note: 'EUW2-Recipients, $0.0001 a recipient.',
  },
  eventBridgeEvent: {
    usd: 1,
    per: 1e6,
    unit: 'custom events',
    region: 'us-east-1',
    source: 'https://cloudburn.io/blog/amazon-eventbridge-pricing',
    date: '2026-03-13',
    dated: 'stated',
    note: 'Event bus custom events, "US East (N. Virginia) as of March 2026"; no London price found.',
  },
  schedulerInvocation: {
    usd: 1.15,
    per: 1e6,
    unit: 'scheduled invocations',
    region: 'eu-west-2',
    source: LONDON_DOC,
    date: '2026-09-24',
    dated: 'stated',
    freePerMonth: 14e6,
    note: 'EUW2-ScheduledInvocation, from the AWSEvents eu-west-2 offer file published 2026-09-24.',
  },
  sqsRequest: {
    usd: 0.4,
    per: 1e6,
    unit: 'requests',
    region: 'eu-west-2',
    source: LONDON_DOC,
    date: '2026-09-11',
    dated: 'stated',
    freePerMonth: 1e6,
    note: 'Standard queues, EUW2-Requests-Tier1.',
  },
  kmsKey: {
    usd: 1,
    per: 1,
    unit: 'key-month',
    region: 'eu-west-2',
    source: LONDON_DOC,
    date: '2026-09-11',
    dated: 'stated',
    note: 'Customer-managed key (eu-west-2-KMS-Keys): the alarm topic is encrypted with one.',
  },
};

/** What the sheet is costed at, a year. */
export interface Volumes {
  listsPerYear: number;
  /** Capacity statements and confirmations together. */
  capacityUpdatesPerYear: number;
  pageViewsPerYear: number;
  /** The per-council model: one deployment per council, each holding all of England's register. */
  councils: number;
}

export const VOLUMES: Volumes = {
  listsPerYear: 400_000,
  capacityUpdatesPerYear: 3_000_000,
  pageViewsPerYear: 10_000_000,
  councils: 153,
};

/** Per deployment model: one national deployment, or each of the per-council ones. */
export interface ByModel<T> {
  national: T;
  perCouncil: T;
}
export interface ByDesign<T> {
  today: T;
  new: T;
}
/**
 * What the sheet assumes beyond the measured capacity units: docs/COSTS.md says why for each.
 * Per deployment unless named national. "today" and "new" are the two designs the sheet compares.
 */
export const ASSUMPTIONS = {
  familyPageShare: 0.3,
  otherPage: { readUnits: 2, writeUnits: 0 },
  searchesPerList: 2,
  lambda: {
    memoryGb: 1,
    msPerList: { today: 100, new: 70 },
    msPerCapacityUpdate: 40,
    msPerPageView: 80,
    msPerSearch: 30,
    coldStartMs: 550,
    snapshotLoadMs: 1000,
    coldStartsPerDay: { national: { api: 200, web: 300 }, perCouncil: { api: 15, web: 15 } },
  },
  snapshot: {
    writerRunsPerYear: 105_120,
    regenerationsPerYear: 20_000,
    idleRun: { readUnits: 2, writeUnits: 1 },
    writerMemoryGb: 1,
    writerIdleMs: 200,
    writerRegenMs: 10_000,
    loadsPerDayCap: 300,
  },
  register: { staticChangesPerYear: 48_000, editWriteUnits: 20, changeItemWriteUnits: 2, gb: 0.27 },
  journeyEventsPerYear: 500_000,
  forwarder: {
    name: 'Outbox forwarder',
    runsPerYear: 500_000,
    memoryGb: 0.5,
    ms: 100,
    readUnits: 0,
    writeUnits: 1,
  },
  jobs: [
    { name: 'Overdue job', runsPerYear: 35_040, memoryGb: 0.5, ms: 300, readUnits: 1, writeUnits: 0 },
    { name: 'Outbox re-send', runsPerYear: 35_040, memoryGb: 0.5, ms: 300, readUnits: 1, writeUnits: 0 },
    { name: 'Retention sweep', runsPerYear: 8_760, memoryGb: 0.5, ms: 500, readUnits: 2, writeUnits: 0 },
    {
      name: 'Capacity reminders',
      runsPerYear: 365,
      memoryGb: 1,
      ms: 20_000,
      readUnits: 4_800,
      writeUnits: 0,
    },
  ],
  retentionDeleteWriteUnitsPerList: 28,
  logs: { bytesPerRequest: 1_500, accessLogBytesPerRequest: 450, bytesPerJobRun: 2_000, monthsKept: 3 },
  xraySampledShare: { national: 0.8, perCouncil: 1 },
  // New: RegisterSnapshotSucceeded/Failed, and the three availability counts (each a total; none
  // free and unknown also by each of the 12 needs).
  customMetrics: { national: { today: 504, new: 533 }, perCouncil: { today: 48, new: 77 } },
  metricHoursShare: { national: 0.5, perCouncil: 0.35 },
  alarmMetrics: { today: 62, new: 68 },
  alarms: { today: 47, new: 53 },
  dashboards: 1,
  secrets: 2,
  secretCallsPerColdStart: { api: 1, web: 2 },
  kmsKeys: 1,
  deadLetterQueues: { today: 5, new: 6 },
  monthlyActiveStaff: 22_300,
  reminders: { settings: 23_817, everyDays: 21, staleShare: 0.25 },
  storage: { listKb: 20, caseKb: 2, caseIndexCopies: 3, listsPerCase: 2, years: 2, capacityChangeKb: 0.6 },
};
export type Assumptions = typeof ASSUMPTIONS;
