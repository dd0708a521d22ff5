import { Duration } from 'aws-cdk-lib';
import type * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as scheduler from 'aws-cdk-lib/aws-scheduler';
import { NEED_CODES } from '../../functions/core/needs.js';
import { AVAILABILITY_STATES } from '../../functions/core/sufficiency/facts.js';
import {
  AVAILABILITY_METRIC,
  type CountMetric,
  type MetricDimensions,
} from '../../functions/services/metrics.js';
import { type Monitoring, openPlaceMetric } from './monitoring.js';

// The alarms on what the functions run on and what the service is for: the HTTP API, the table,
// the stream, the schedules, SES, and OpenPlace's own metrics. Each function's own alarms come
// from createHouseFunction, each job's from scheduledInvoke (monitoring.ts).

/** Failed family-link guesses in 5 minutes, from all sources together, that count as a spike. */
export const FAILED_GUESSES_SPIKE = 100;

/** An event still in the outbox after this long has not reached the LA's case system. */
export const OUTBOX_MAX_AGE = Duration.minutes(15);

/** Days without a capacity statement or confirmation from any school before the alarm. */
export const NO_SCHOOL_UPDATE_DAYS = 14;

/** A stream record older than this when the forwarder reads it: events are late to LA systems. */
export const MAX_ITERATOR_AGE = Duration.minutes(5);

/** Throttled table requests in 5 minutes, in 2 of 3 periods, before the alarm (a bulk import makes a few). */
export const TABLE_THROTTLES = 10;

/** Personal data past its time: the alarm once the last complete retention sweep is older than this. */
export const MAX_SWEEP_AGE = Duration.hours(3);

/**
 * SES reviews an account at a 5 % bounce or 0.1 % complaint rate and may pause sending at 10 % or
 * 0.5 %: these alarm well before either. The rates are the whole account's, not OpenPlace's alone.
 */
export const SES_BOUNCE_RATE = 0.025;
export const SES_COMPLAINT_RATE = 0.0005;

/** The DynamoDB operations the code calls (functions/store): the ThrottledRequests and SystemErrors alarms sum them. */
export const DYNAMODB_OPERATIONS = [
  'GetItem',
  'PutItem',
  'UpdateItem',
  'DeleteItem',
  'Query',
  'BatchGetItem',
  'BatchWriteItem',
  'TransactWriteItems',
] as const;

const FIVE_MINUTES = Duration.minutes(5);
const greaterOrEqual = cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD;
const greater = cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD;
const notBreaching = cloudwatch.TreatMissingData.NOT_BREACHING;

/** 5xx answered by the HTTP API: the functions' own 500s, a failed or timed-out integration. */
export function watchHttpApi(monitoring: Monitoring, api: apigwv2.IHttpApi): void {
  // A few in 5 minutes, not one: a single masked 500 is already covered by the logs and Errors.
  monitoring.alarm('Http5xx', api.metricServerError({ statistic: 'Sum', period: FIVE_MINUTES }), {
    alarmDescription: 'OpenPlace HTTP API: 5xx responses.',
    threshold: 3,
    evaluationPeriods: 1,
    comparisonOperator: greaterOrEqual,
    treatMissingData: notBreaching,
  });
  monitoring.dashboard.addWidgets(
    new cloudwatch.GraphWidget({
      title: 'HTTP API',
      left: [
        api.metricCount({ statistic: 'Sum', period: FIVE_MINUTES }),
        api.metricClientError({ statistic: 'Sum', period: FIVE_MINUTES }),
        api.metricServerError({ statistic: 'Sum', period: FIVE_MINUTES }),
      ],
      right: [api.metricLatency({ statistic: 'p99', period: FIVE_MINUTES })],
      width: 8,
    }),
  );
}

/**
 * The table is on-demand: a throttle means a hot partition or an account limit, and a system error
 * is DynamoDB failing. The SDK retries both; sustained throttling (≥ TABLE_THROTTLES in 2 of 3
 * periods) or any system error is worth knowing about.
 */
export function watchTable(monitoring: Monitoring, tableName: string): void {
  monitoring.alarm('TableThrottledRequests', tableMetricSum(tableName, 'ThrottledRequests', FIVE_MINUTES), {
    alarmDescription: `OpenPlace register table: DynamoDB throttled requests (${TABLE_THROTTLES} or more in 5 minutes, twice in 15).`,
    threshold: TABLE_THROTTLES,
    evaluationPeriods: 3,
    datapointsToAlarm: 2,
    comparisonOperator: greaterOrEqual,
    treatMissingData: notBreaching,
  });
  monitoring.alarm('TableSystemErrors', tableMetricSum(tableName, 'SystemErrors', FIVE_MINUTES), {
    alarmDescription: 'OpenPlace register table: DynamoDB system errors.',
    threshold: 1,
    evaluationPeriods: 1,
    comparisonOperator: greaterOrEqual,
    treatMissingData: notBreaching,
  });
  monitoring.dashboard.addWidgets(
    new cloudwatch.GraphWidget({
      title: 'Register table',
      left: [
        tableMetricSum(tableName, 'ThrottledRequests', FIVE_MINUTES),
        tableMetricSum(tableName, 'SystemErrors', FIVE_MINUTES),
      ],
      width: 8,
    }),
  );
}

/** The forwarder reads the table's stream: records waiting longer than MAX_ITERATOR_AGE are late events. */
export function watchStream(monitoring: Monitoring, forwarder: lambda.IFunction): void {
  monitoring.alarm(
    'StreamIteratorAge',
    forwarder.metric('IteratorAge', { statistic: 'Maximum', period: FIVE_MINUTES }),
    {
      alarmDescription: `OpenPlace Forwarder: stream records wait more than ${MAX_ITERATOR_AGE.toMinutes()} minutes to be forwarded.`,
      threshold: MAX_ITERATOR_AGE.toMilliseconds(),
      evaluationPeriods: 1,
      comparisonOperator: greater,
      treatMissingData: notBreaching,
    },
  );
}

/**
 * The stack's schedule group: invocations Scheduler could not make (target errors, or a failure
 * it could not even send to the dead-letter queue) and invocations it dropped after its retries.
 */
export function watchSchedules(monitoring: Monitoring, group: scheduler.IScheduleGroup): void {
  const failed = new cloudwatch.MathExpression({
    expression: 'FILL(targetErrors, 0) + FILL(notDeadLettered, 0)',
    usingMetrics: {
      targetErrors: group.metricTargetErrors({ statistic: 'Sum', period: FIVE_MINUTES }),
      notDeadLettered: group.metricFailedToBeSentToDLQ(undefined, { statistic: 'Sum', period: FIVE_MINUTES }),
    },
    period: FIVE_MINUTES,
    label: 'Failed invocations',
  });
  monitoring.alarm('SchedulesFailed', failed, {
    alarmDescription: 'OpenPlace schedules: Scheduler could not invoke a job (target errors).',
    threshold: 1,
    evaluationPeriods: 1,
    comparisonOperator: greaterOrEqual,
    treatMissingData: notBreaching,
  });
  monitoring.alarm('SchedulesDropped', group.metricDropped({ statistic: 'Sum', period: FIVE_MINUTES }), {
    alarmDescription: 'OpenPlace schedules: Scheduler dropped an invocation after its retries.',
    threshold: 1,
    evaluationPeriods: 1,
    comparisonOperator: greaterOrEqual,
    treatMissingData: notBreaching,
  });
}

/** SES reputation (the account's): bounces and complaints the reminders may add to. */
export function watchSes(monitoring: Monitoring): void {
  for (const [name, metricName, threshold, what] of [
    ['SesBounceRate', 'Reputation.BounceRate', SES_BOUNCE_RATE, 'bounce'],
    ['SesComplaintRate', 'Reputation.ComplaintRate', SES_COMPLAINT_RATE, 'complaint'],
  ] as const) {
    monitoring.alarm(
      name,
      new cloudwatch.Metric({
        namespace: 'AWS/SES',
        metricName,
        statistic: 'Maximum',
        period: Duration.hours(1),
      }),
      {
        alarmDescription: `SES (the whole account): ${what} rate at ${threshold * 100} % or more, below the rate at which AWS reviews the account.`,
        threshold,
        evaluationPeriods: 1,
        comparisonOperator: greaterOrEqual,
        treatMissingData: notBreaching,
      },
    );
  }
}

/** OpenPlace's own metrics that say something is wrong, and the dashboard of what it is for. */
export function watchServiceMetrics(monitoring: Monitoring): void {
  // Each source may fail 20 times per 10 minutes before it is refused; a family mistyping its
  // link fails a few times. 100 in 5 minutes from all sources together is someone guessing.
  monitoring.alarm('FailedLinkGuessesSpike', openPlaceMetric('FailedLinkGuesses', 'Sum', FIVE_MINUTES), {
    alarmDescription: 'OpenPlace: a spike in failed family-link guesses (someone may be guessing links).',
    threshold: FAILED_GUESSES_SPIKE,
    evaluationPeriods: 1,
    comparisonOperator: greaterOrEqual,
    treatMissingData: notBreaching,
  });

  // Lists show live capacity only while schools keep it: the time since any school's own statement
  // or confirmation, measured daily by the reminder job from its first run (a new stack is not
  // stale). Two days in a row, so one late run cannot page; missing data does not breach, since a
  // stopped job has its own alarm (CapacityRemindersNotSucceeded).
  const day = Duration.days(1);
  monitoring.alarm(
    'NoSchoolCapacityUpdates',
    openPlaceMetric('SecondsSinceSchoolCapacityUpdate', 'Maximum', day),
    {
      alarmDescription: `OpenPlace: no capacity statement or confirmation from any school for ${NO_SCHOOL_UPDATE_DAYS} days.`,
      threshold: NO_SCHOOL_UPDATE_DAYS * 86_400,
      evaluationPeriods: 2,
      datapointsToAlarm: 2,
      comparisonOperator: greater,
      treatMissingData: notBreaching,
    },
  );

  // The overdue job measures the outbox's oldest event every 15 minutes. 30-minute periods hold at
  // least one measurement whatever the schedule's jitter. Missing data breaches: the job itself
  // has stopped (and with it the overdue events), which needs the same attention.
  monitoring.alarm(
    'OutboxEventsWaiting',
    openPlaceMetric('OutboxOldestAgeSeconds', 'Maximum', Duration.minutes(30)),
    {
      alarmDescription: `OpenPlace: a journey event has waited in the outbox longer than ${OUTBOX_MAX_AGE.toMinutes()} minutes, or the overdue job stopped measuring.`,
      threshold: OUTBOX_MAX_AGE.toSeconds(),
      evaluationPeriods: 1,
      comparisonOperator: greater,
      treatMissingData: cloudwatch.TreatMissingData.BREACHING,
    },
  );

  // An event the re-send job gave up on waits for a person (docs/RUNBOOK.md says how to send it).
  monitoring.alarm('OutboxEventsGivenUp', openPlaceMetric('OutboxEventsGivenUp', 'Sum', FIVE_MINUTES), {
    alarmDescription:
      'OpenPlace: the outbox re-send job gave up on a journey event; it waits in the outbox for a person.',
    threshold: 1,
    evaluationPeriods: 1,
    comparisonOperator: greaterOrEqual,
    treatMissingData: notBreaching,
  });

  // Personal data kept past its time breaks the data-protection promise. Each hourly run reports
  // how long since the last complete sweep; a 3-hour period holds three runs, so missing data
  // (no run at all for 3 hours) breaches, and so does a last complete sweep over 3 hours old.
  monitoring.alarm(
    'RetentionSweepOverdue',
    openPlaceMetric('SecondsSinceRetentionSweep', 'Maximum', MAX_SWEEP_AGE),
    {
      alarmDescription: `OpenPlace RetentionSweep: no complete sweep for over ${MAX_SWEEP_AGE.toHours()} hours: cases past their retention may still be held.`,
      threshold: MAX_SWEEP_AGE.toSeconds(),
      evaluationPeriods: 1,
      comparisonOperator: greater,
      treatMissingData: cloudwatch.TreatMissingData.BREACHING,
    },
  );

  addServiceDashboard(monitoring.dashboard);
}

/** What the service is for, by the hour: lists, capacity, families, consultations, the outbox. */
function addServiceDashboard(dashboard: cloudwatch.Dashboard): void {
  const hour = Duration.hours(1);
  const count = (name: CountMetric, dimensions: MetricDimensions = {}, label?: string) =>
    openPlaceMetric(name, 'Sum', hour, dimensions, label);
  const width = 8;
  dashboard.addWidgets(
    new cloudwatch.GraphWidget({ title: 'Lists generated', left: [count('ListsGenerated')], width }),
    new cloudwatch.GraphWidget({
      title: 'Listed entries by capacity status',
      left: (['AVAILABLE', 'LIMITED', 'FULL', 'UNCONFIRMED'] as const).map((status) =>
        count('ListEntries', { CapacityStatus: status }, status),
      ),
      stacked: true,
      width,
    }),
    new cloudwatch.GraphWidget({
      title: 'Share of listed entries UNCONFIRMED (%)',
      left: [
        new cloudwatch.MathExpression({
          expression: '100 * unconfirmed / listed',
          usingMetrics: { unconfirmed: count('UnconfirmedListedEntries'), listed: count('ListedEntries') },
          period: hour,
          label: 'UNCONFIRMED share of listed entries (%)',
        }),
        new cloudwatch.MathExpression({
          expression: '100 * noAvailable',
          usingMetrics: { noAvailable: openPlaceMetric('ListsWithNoAvailableEntry', 'Average', hour) },
          period: hour,
          label: 'Lists with no AVAILABLE entry (%)',
        }),
      ],
      leftYAxis: { min: 0, max: 100 },
      width,
    }),
  );
  // What lists knew of free specialist places within reach, by state and (no district) by need.
  dashboard.addWidgets(
    new cloudwatch.GraphWidget({
      title: 'Lists by free specialist places within reach',
      left: AVAILABILITY_STATES.map((state) => count(AVAILABILITY_METRIC[state], {}, state)),
      stacked: true,
      width,
    }),
    new cloudwatch.GraphWidget({
      title: 'Lists with no free place known among fresh figures, by main need',
      left: NEED_CODES.map((need) => count(AVAILABILITY_METRIC.NONE_FREE, { PrimaryNeed: need }, need)),
      stacked: true,
      width,
    }),
    new cloudwatch.GraphWidget({
      title: 'Lists with availability unknown, by main need',
      left: NEED_CODES.map((need) => count(AVAILABILITY_METRIC.UNKNOWN, { PrimaryNeed: need }, need)),
      stacked: true,
      width,
    }),
  );
  dashboard.addWidgets(
    new cloudwatch.GraphWidget({
      title: 'Capacity statements and confirmations',
      left: (['SETTING', 'LA'] as const).flatMap((source) => [
        count('CapacityStatements', { Source: source }, `Statements by ${source}`),
        count('CapacityConfirmations', { Source: source }, `Confirmations by ${source}`),
      ]),
      width,
    }),
    new cloudwatch.GraphWidget({
      title: 'Family pages opened, failed link guesses',
      left: [count('FamilyPagesOpened')],
      right: [count('FailedLinkGuesses')],
      width,
    }),
    new cloudwatch.GraphWidget({
      title: 'Consultations',
      left: [count('ConsultationsStarted'), count('ConsultationsAnswered'), count('ConsultationsOverdue')],
      width,
    }),
  );
  dashboard.addWidgets(
    new cloudwatch.GraphWidget({
      title: 'Oldest event in the outbox (s); events re-sent and given up',
      left: [openPlaceMetric('OutboxOldestAgeSeconds', 'Maximum', Duration.minutes(15))],
      leftAnnotations: [{ value: OUTBOX_MAX_AGE.toSeconds(), label: 'alarm' }],
      right: [count('OutboxEventsResent'), count('OutboxEventsGivenUp')],
      width,
    }),
  );
}

/**
 * ThrottledRequests or SystemErrors of the table: DynamoDB publishes them per operation only
 * (dimensions TableName and Operation), so the alarm sums the operations the code calls.
 */
function tableMetricSum(
  tableName: string,
  metricName: 'ThrottledRequests' | 'SystemErrors',
  period: Duration,
): cloudwatch.MathExpression {
  const usingMetrics = Object.fromEntries(
    DYNAMODB_OPERATIONS.map((operation) => [
      // Ids unique across both metrics: a graph may show the two expressions side by side.
      `${metricName === 'ThrottledRequests' ? 'throttled' : 'errors'}${operation}`,
      new cloudwatch.Metric({
        namespace: 'AWS/DynamoDB',
        metricName,
        dimensionsMap: { TableName: tableName, Operation: operation },
        statistic: 'Sum',
        period,
      }),
    ]),
  );
  return new cloudwatch.MathExpression({
    expression: Object.keys(usingMetrics)
      .map((id) => `FILL(${id}, 0)`)
      .join(' + '),
    usingMetrics,
    period,
    label: `Table ${metricName}`,
  });
}
