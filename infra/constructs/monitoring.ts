import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import {
  type CountMetric,
  type GaugeMetric,
  METRICS_NAMESPACE,
  METRICS_SERVICE,
  type MetricDimensions,
} from '../../functions/services/metrics.js';

/** Alarm at a p99 duration above this share of the function's timeout. */
export const DURATION_ALARM_SHARE = 0.8;

/** Failed family-link guesses in 5 minutes, from all sources together, that count as a spike. */
export const FAILED_GUESSES_SPIKE = 100;

/** An event still in the outbox after this long has not reached the LA's case system. */
export const OUTBOX_MAX_AGE = Duration.minutes(15);

/**
 * Days without a capacity statement or confirmation from any school before the alarm. CloudWatch
 * evaluates an alarm over at most 7 days (period × evaluation periods ≤ 604,800 s), so a sum of
 * the daily counts could not see 14: the daily reminder job, which reads the whole register anyway,
 * measures the time since the latest school statement or confirmation, and the alarm reads that.
 */
export const NO_SCHOOL_UPDATE_DAYS = 14;

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

export interface MonitoredFunction {
  /** Shown in alarm names and the dashboard, e.g. "Api". */
  readonly name: string;
  readonly function: lambda.IFunction;
  readonly timeout: Duration;
}

export interface MonitoringProps {
  /** The API's and the pages' functions. */
  readonly functions: readonly MonitoredFunction[];
  readonly httpApi: apigwv2.IHttpApi;
  /** The register table's name. */
  readonly tableName: string;
  /** Where alarms are emailed (context `alarmEmail`); none by default. */
  readonly alarmEmail?: string;
}

/** One of OpenPlace's own metrics (functions/services/metrics.ts), with its `service` dimension. */
export function openPlaceMetric(
  name: CountMetric | GaugeMetric,
  statistic: string,
  period: Duration,
  dimensions: MetricDimensions = {},
  label?: string,
): cloudwatch.Metric {
  return new cloudwatch.Metric({
    namespace: METRICS_NAMESPACE,
    metricName: name,
    dimensionsMap: { service: METRICS_SERVICE, ...(dimensions as Record<string, string>) },
    statistic,
    period,
    ...(label ? { label } : {}),
  });
}

/**
 * CloudWatch alarms on the API, the pages, the HTTP API, the table and the service's own metrics,
 * each notifying one SNS topic (encrypted, TLS only; email subscription from context), and one
 * dashboard. Every number is explained where it is set; the runbook says what to do about each.
 */
export class Monitoring extends Construct {
  readonly topic: sns.Topic;
  readonly alarms: cloudwatch.Alarm[] = [];
  readonly dashboard: cloudwatch.Dashboard;

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);

    // CloudWatch can publish to an encrypted topic only with a customer-managed key whose policy
    // lets it (the AWS-managed aws/sns key cannot be granted to it). Rotated yearly; it protects
    // only alarm messages in transit through SNS, so the key goes with the stack.
    const key = new kms.Key(this, 'AlarmTopicKey', {
      description: 'OpenPlace: encrypts the alarm topic (CloudWatch alarms publish to it)',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    key.grant(new iam.ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');
    this.topic = new sns.Topic(this, 'AlarmTopic', {
      displayName: 'OpenPlace alarms',
      masterKey: key,
      enforceSSL: true,
    });
    if (props.alarmEmail) this.topic.addSubscription(new subscriptions.EmailSubscription(props.alarmEmail));
    const notify = new actions.SnsAction(this.topic);

    const alarm = (
      name: string,
      metric: cloudwatch.IMetric,
      options: Omit<cloudwatch.CreateAlarmOptions, 'alarmName'>,
    ): cloudwatch.Alarm => {
      assertEvaluationRange(name, metric, options.evaluationPeriods);
      const made = new cloudwatch.Alarm(this, name, { metric, ...options });
      made.addAlarmAction(notify);
      // Tell whoever was told of the alarm that it is over.
      made.addOkAction(notify);
      this.alarms.push(made);
      return made;
    };
    const fiveMinutes = Duration.minutes(5);

    for (const { name, function: fn, timeout } of props.functions) {
      // Errors are invocations that failed outright: a crash, an init failure or a timeout. The
      // handlers answer every expected and unexpected error themselves (masked, status 500), so one
      // is already worth a look, even at a council's low traffic.
      alarm(`${name}Errors`, fn.metricErrors({ statistic: 'Sum', period: fiveMinutes }), {
        alarmDescription: `OpenPlace ${name}: Lambda invocations failed (crash, init failure or timeout).`,
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        // No invocations means no errors.
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
      // A throttle turns a request away: the account's concurrency is used up (no reserved
      // concurrency is set), so any is worth knowing about.
      alarm(`${name}Throttles`, fn.metricThrottles({ statistic: 'Sum', period: fiveMinutes }), {
        alarmDescription: `OpenPlace ${name}: Lambda turned invocations away (concurrency exhausted).`,
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
      // The timeout is derived from the DynamoDB client's worst case (functions/config.ts): a p99
      // near it means DynamoDB calls are slow or retrying. 2 of 3 five-minute periods, so one slow
      // cold start at low traffic (where p99 is the slowest request) does not page anyone.
      alarm(`${name}DurationP99`, fn.metricDuration({ statistic: 'p99', period: fiveMinutes }), {
        alarmDescription: `OpenPlace ${name}: p99 duration above ${DURATION_ALARM_SHARE * 100}% of the ${timeout.toSeconds()} s timeout.`,
        threshold: Math.round(timeout.toMilliseconds() * DURATION_ALARM_SHARE),
        evaluationPeriods: 3,
        datapointsToAlarm: 2,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
    }

    // 5xx answered by the HTTP API (AWS/ApiGateway "5xx", dimension ApiId): the functions' own
    // 500s, a failed or timed-out integration (502/503/504). A few in 5 minutes, not one: a
    // single masked 500 is already covered by the logs and the Errors alarms.
    alarm('Http5xx', props.httpApi.metricServerError({ statistic: 'Sum', period: fiveMinutes }), {
      alarmDescription: 'OpenPlace HTTP API: 5xx responses.',
      threshold: 3,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });

    // The table is on-demand: a throttle means a hot partition or an account limit, and a system
    // error is DynamoDB failing. The SDK retries both, but either is worth knowing about.
    for (const [metricName, label] of [
      ['ThrottledRequests', 'throttled requests'],
      ['SystemErrors', 'system errors'],
    ] as const) {
      alarm(`Table${metricName}`, tableMetricSum(props.tableName, metricName, fiveMinutes), {
        alarmDescription: `OpenPlace register table: DynamoDB ${label}.`,
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
    }

    // Each source may fail 20 times per 10 minutes before it is refused; a family mistyping its
    // link fails a few times. 100 in 5 minutes from all sources together is someone guessing
    // from many addresses.
    alarm('FailedLinkGuessesSpike', openPlaceMetric('FailedLinkGuesses', 'Sum', fiveMinutes), {
      alarmDescription: 'OpenPlace: a spike in failed family-link guesses (someone may be guessing links).',
      threshold: FAILED_GUESSES_SPIKE,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });

    // Lists show live capacity only while schools keep it: the time since any school's own
    // statement or confirmation (Source SETTING), measured once a day by the reminder job. Missing
    // data means the job stopped, and with it the reminders: that breaches too.
    const day = Duration.days(1);
    alarm('NoSchoolCapacityUpdates', openPlaceMetric('SecondsSinceSchoolCapacityUpdate', 'Maximum', day), {
      alarmDescription: `OpenPlace: no capacity statement or confirmation from any school for ${NO_SCHOOL_UPDATE_DAYS} days, or the reminder job stopped measuring.`,
      threshold: NO_SCHOOL_UPDATE_DAYS * 86_400,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.BREACHING,
    });

    // The overdue job measures the outbox's oldest event every 15 minutes (OutboxOldestAgeSeconds;
    // functions/services/overdue-job.ts). 30-minute periods hold at least one measurement whatever
    // the schedule's jitter. Missing data breaches: the job itself has stopped (and with it the
    // overdue events), which needs the same attention.
    alarm('OutboxEventsWaiting', openPlaceMetric('OutboxOldestAgeSeconds', 'Maximum', Duration.minutes(30)), {
      alarmDescription: `OpenPlace: a journey event has waited in the outbox longer than ${OUTBOX_MAX_AGE.toMinutes()} minutes, or the overdue job stopped measuring.`,
      threshold: OUTBOX_MAX_AGE.toSeconds(),
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.BREACHING,
    });

    this.dashboard = this.buildDashboard(props);
  }

  private buildDashboard(props: MonitoringProps): cloudwatch.Dashboard {
    const hour = Duration.hours(1);
    const fiveMinutes = Duration.minutes(5);
    const count = (name: CountMetric, dimensions: MetricDimensions = {}, label?: string) =>
      openPlaceMetric(name, 'Sum', hour, dimensions, label);
    const dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      defaultInterval: Duration.days(7),
    });
    const width = 8;
    dashboard.addWidgets(
      new cloudwatch.AlarmStatusWidget({ title: 'Alarms', alarms: this.alarms, width: 24 }),
    );
    dashboard.addWidgets(
      new cloudwatch.GraphWidget({
        title: 'Lists generated',
        left: [count('ListsGenerated')],
        width,
      }),
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
            usingMetrics: {
              unconfirmed: count('UnconfirmedListedEntries'),
              listed: count('ListedEntries'),
            },
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
      ...props.functions.map(
        ({ name, function: fn }) =>
          new cloudwatch.GraphWidget({
            title: `${name} function`,
            left: [
              fn.metricInvocations({ statistic: 'Sum', period: fiveMinutes }),
              fn.metricErrors({ statistic: 'Sum', period: fiveMinutes }),
              fn.metricThrottles({ statistic: 'Sum', period: fiveMinutes }),
            ],
            right: [fn.metricDuration({ statistic: 'p99', period: fiveMinutes })],
            width,
          }),
      ),
      new cloudwatch.GraphWidget({
        title: 'HTTP API',
        left: [
          props.httpApi.metricCount({ statistic: 'Sum', period: fiveMinutes }),
          props.httpApi.metricClientError({ statistic: 'Sum', period: fiveMinutes }),
          props.httpApi.metricServerError({ statistic: 'Sum', period: fiveMinutes }),
        ],
        right: [props.httpApi.metricLatency({ statistic: 'p99', period: fiveMinutes })],
        width,
      }),
    );
    dashboard.addWidgets(
      new cloudwatch.GraphWidget({
        title: 'Register table',
        left: [
          tableMetricSum(props.tableName, 'ThrottledRequests', fiveMinutes),
          tableMetricSum(props.tableName, 'SystemErrors', fiveMinutes),
        ],
        width,
      }),
      new cloudwatch.GraphWidget({
        title: 'Oldest event in the outbox (s)',
        left: [openPlaceMetric('OutboxOldestAgeSeconds', 'Maximum', Duration.minutes(15))],
        leftAnnotations: [{ value: OUTBOX_MAX_AGE.toSeconds(), label: 'alarm' }],
        width,
      }),
    );
    return dashboard;
  }
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

/**
 * PutMetricAlarm refuses an alarm that looks further back than 7 days (1 day for periods under an
 * hour); CDK does not check it, so a deploy would fail late. Checked here at synth instead.
 */
function assertEvaluationRange(name: string, metric: cloudwatch.IMetric, evaluationPeriods: number): void {
  const config = metric.toMetricConfig();
  const period = config.metricStat?.period.toSeconds() ?? config.mathExpression?.period ?? 300;
  const range = period * evaluationPeriods;
  const limit = period < 3600 ? 86_400 : 604_800;
  if (range > limit) {
    throw new Error(
      `Alarm ${name} looks back ${range} s: CloudWatch allows at most ${limit} s (period × evaluation periods).`,
    );
  }
}

/**
 * Reads the `alarmEmail` context value (`-c alarmEmail=platform@council.example.gov.uk`): one email
 * address that alarms are sent to. Unset means no subscription (subscribe to the topic yourself).
 */
export function alarmEmailFromContext(value: unknown): { alarmEmail?: string } {
  if (value === undefined || value === null || value === '') return {};
  if (typeof value !== 'string' || !/^[^\s@,;<>]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(value.trim())) {
    throw new Error(`Context value alarmEmail must be one email address, not ${JSON.stringify(value)}.`);
  }
  return { alarmEmail: value.trim() };
}
