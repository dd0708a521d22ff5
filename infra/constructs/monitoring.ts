import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { METRICS_NAMESPACE, METRICS_SERVICE } from '../../functions/metrics/names.js';
import type {
  CountMetric,
  GaugeMetric,
  MetricDimensions,
  ScheduledJob,
} from '../../functions/services/metrics.js';

/** Alarm at a p99 duration above this share of the function's timeout. */
export const DURATION_ALARM_SHARE = 0.8;

export interface MonitoringProps {
  /** Where alarms are emailed (context `alarmEmail`); none by default. */
  readonly alarmEmail?: string;
}

/** A function to watch: shown in alarm names and the dashboard as `name`. */
export interface WatchedFunction {
  readonly name: string;
  readonly function: lambda.IFunction;
  readonly timeout: Duration;
  /**
   * How often it runs, for a scheduled job: its duration alarm then reads one period per run (a
   * 5-minute period would rarely hold two runs, and 2 of 3 could never be met). Unset: 5 minutes.
   */
  readonly runsEvery?: Duration;
}

/** The one thing every function construct needs of monitoring (createHouseFunction takes it). */
export interface FunctionMonitor {
  watchFunction(watched: WatchedFunction): void;
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

const FIVE_MINUTES = Duration.minutes(5);
const ONE_DAY = Duration.days(1);
const atLeastOne = {
  threshold: 1,
  evaluationPeriods: 1,
  comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
  treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
} as const;

/**
 * The alarm topic (encrypted, TLS only; email subscription from context), every alarm of the stack
 * (each notifying the topic when it fires and when it is over) and one dashboard. Constructs add
 * what they run: createHouseFunction watches every function, scheduledInvoke every schedule and
 * job; service-alarms.ts adds the HTTP API, the table, SES and the service's own metrics. Every
 * number is explained where it is set; docs/RUNBOOK.md says what to do about each alarm.
 */
export class Monitoring extends Construct implements FunctionMonitor {
  readonly topic: sns.Topic;
  readonly alarms: cloudwatch.Alarm[] = [];
  readonly dashboard: cloudwatch.Dashboard;
  private readonly notify: actions.SnsAction;

  constructor(scope: Construct, id: string, props: MonitoringProps = {}) {
    super(scope, id);

    // CloudWatch can publish to an encrypted topic only with a customer-managed key whose policy
    // lets it (the AWS-managed aws/sns key cannot be granted to it). Rotated yearly; it protects
    // only alarm messages in transit through SNS, so the key goes with the stack.
    const key = new kms.Key(this, 'AlarmTopicKey', {
      description: 'OpenPlace: encrypts the alarm topic (CloudWatch alarms publish to it)',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // Only CloudWatch acting for this account (aws:SourceAccount): another account's alarms may
    // not use the key through the service (the confused-deputy guard AWS recommends).
    key.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'CloudWatchAlarmsOfThisAccount',
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
    );
    this.topic = new sns.Topic(this, 'AlarmTopic', {
      displayName: 'OpenPlace alarms',
      masterKey: key,
      enforceSSL: true,
    });
    if (props.alarmEmail) this.topic.addSubscription(new subscriptions.EmailSubscription(props.alarmEmail));
    this.notify = new actions.SnsAction(this.topic);

    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', { defaultInterval: Duration.days(7) });
    // The widget reads `alarms` when the template is written, so it lists every alarm added later too.
    this.dashboard.addWidgets(
      new cloudwatch.AlarmStatusWidget({ title: 'Alarms', alarms: this.alarms, width: 24, height: 8 }),
    );
  }

  /** An alarm that notifies the topic when it fires and when it is over. */
  alarm(
    name: string,
    metric: cloudwatch.IMetric,
    options: Omit<cloudwatch.CreateAlarmOptions, 'alarmName'>,
  ): cloudwatch.Alarm {
    assertEvaluationRange(name, metric, options.evaluationPeriods);
    const made = new cloudwatch.Alarm(this, name, { metric, ...options });
    made.addAlarmAction(this.notify);
    // Tell whoever was told of the alarm that it is over.
    made.addOkAction(this.notify);
    this.alarms.push(made);
    return made;
  }

  /** Errors, throttles and a p99 duration near the timeout, for every function; and its graph. */
  watchFunction({ name, function: fn, timeout, runsEvery }: WatchedFunction): void {
    // Errors are invocations that failed outright: a crash, an init failure or a timeout. The
    // handlers answer every expected and unexpected error themselves, so one is worth a look.
    this.alarm(`${name}Errors`, fn.metricErrors({ statistic: 'Sum', period: FIVE_MINUTES }), {
      alarmDescription: `OpenPlace ${name}: Lambda invocations failed (crash, init failure or timeout).`,
      ...atLeastOne,
    });
    // A throttle turns an invocation away: the account's concurrency is used up (no reserved
    // concurrency is set), so any is worth knowing about.
    this.alarm(`${name}Throttles`, fn.metricThrottles({ statistic: 'Sum', period: FIVE_MINUTES }), {
      alarmDescription: `OpenPlace ${name}: Lambda turned invocations away (concurrency exhausted).`,
      ...atLeastOne,
    });
    // A p99 near the timeout means calls are slow or retrying. 2 of 3 periods, so one slow cold
    // start at low traffic (where p99 is the slowest request) does not page anyone; a job's
    // period is its schedule, capped at a day, so each period holds a run.
    const period = runsEvery ? minDuration(maxDuration(runsEvery, FIVE_MINUTES), ONE_DAY) : FIVE_MINUTES;
    this.alarm(`${name}DurationP99`, fn.metricDuration({ statistic: 'p99', period }), {
      alarmDescription: `OpenPlace ${name}: p99 duration above ${DURATION_ALARM_SHARE * 100}% of the ${timeout.toSeconds()} s timeout.`,
      threshold: Math.round(timeout.toMilliseconds() * DURATION_ALARM_SHARE),
      evaluationPeriods: 3,
      datapointsToAlarm: 2,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    this.dashboard.addWidgets(
      new cloudwatch.GraphWidget({
        title: `${name} function`,
        left: [
          fn.metricInvocations({ statistic: 'Sum', period: FIVE_MINUTES }),
          fn.metricErrors({ statistic: 'Sum', period: FIVE_MINUTES }),
          fn.metricThrottles({ statistic: 'Sum', period: FIVE_MINUTES }),
        ],
        right: [fn.metricDuration({ statistic: 'p99', period: FIVE_MINUTES })],
        width: 8,
      }),
    );
  }

  /**
   * A scheduled job's own metrics (functions/services/scheduled-job.ts): any failed item or run
   * pages at once, and so does a job that has not completed a run in twice its schedule (missing
   * data breaching: a job that stopped running reports nothing at all).
   */
  watchScheduledJob(job: ScheduledJob, runsEvery: Duration): void {
    const failedPeriod = minDuration(runsEvery, ONE_DAY);
    this.alarm(`${job}Failed`, openPlaceMetric(`${job}Failed`, 'Sum', failedPeriod), {
      alarmDescription: `OpenPlace ${job}: a run failed, or items in it did (the job's log says which).`,
      ...atLeastOne,
    });
    const twice = Duration.seconds(runsEvery.toSeconds() * 2);
    this.alarm(`${job}NotSucceeded`, openPlaceMetric(`${job}Succeeded`, 'Sum', twice), {
      alarmDescription: `OpenPlace ${job}: no run completed in ${describe(twice)} (it runs every ${describe(runsEvery)}).`,
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.BREACHING,
    });
  }

  /** A dead-letter queue: anything in it is work that did not happen and waits for a person. */
  watchDeadLetterQueue(name: string, queue: sqs.IQueue, what: string): void {
    this.alarm(
      `${name}DeadLetters`,
      queue.metricApproximateNumberOfMessagesVisible({ statistic: 'Maximum', period: FIVE_MINUTES }),
      {
        alarmDescription: `OpenPlace ${name}: messages in its dead-letter queue (${what}).`,
        ...atLeastOne,
      },
    );
  }
}

const minDuration = (a: Duration, b: Duration) => (a.toSeconds() <= b.toSeconds() ? a : b);
const maxDuration = (a: Duration, b: Duration) => (a.toSeconds() >= b.toSeconds() ? a : b);

/** "30 minutes", "2 hours", "2 days": a period in the words of an alarm's description. */
function describe(period: Duration): string {
  const seconds = period.toSeconds();
  const [n, unit] =
    seconds % 86_400 === 0
      ? [seconds / 86_400, 'day']
      : seconds % 3600 === 0
        ? [seconds / 3600, 'hour']
        : [seconds / 60, 'minute'];
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
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
