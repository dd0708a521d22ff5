import { readFileSync } from 'node:fs';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { LAMBDA_TIMEOUT_SECONDS } from '../../functions/config.js';
import { forwarderTimeoutSeconds } from '../../infra/constructs/journey-events.js';
import { alarmEmailFromContext } from '../../infra/constructs/monitoring.js';
import { DYNAMODB_OPERATIONS } from '../../infra/constructs/service-alarms.js';
import { OpenPlaceStack, type OpenPlaceStackProps } from '../../infra/openplace-stack.js';

// The alarms, their topic and the dashboard, which cannot run here: every number asserted, so a
// change to one is a change to the runbook too.

type Resource = { Type: string; Properties: Record<string, any>; [key: string]: unknown };

const cdkJson = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as {
  context: Record<string, unknown>;
};

function synth(props: OpenPlaceStackProps = {}): Template {
  const app = new App({ context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [] } });
  return Template.fromStack(new OpenPlaceStack(app, 'OpenPlaceMonitoring', props));
}

const template = synth();

function resources(type: string): [string, Resource][] {
  return Object.entries(template.findResources(type) as Record<string, Resource>);
}

const [topicId] = resources('AWS::SNS::Topic').map(([id]) => id);
const alarms = resources('AWS::CloudWatch::Alarm').map(([, r]) => r.Properties);

function alarmDescribed(text: string): Record<string, any> {
  const found = alarms.filter((a) => String(a.AlarmDescription).includes(text));
  expect(found, `one alarm described "${text}"`).toHaveLength(1);
  return found[0] as Record<string, any>;
}

function functionId(description: string): string {
  const found = resources('AWS::Lambda::Function').filter(
    ([, r]) => r.Properties.Description === description,
  );
  expect(found).toHaveLength(1);
  return (found[0] as [string, Resource])[0];
}

const openPlace = (name: string, extra: Record<string, string> = {}) => ({
  Namespace: 'OpenPlace',
  MetricName: name,
  // CDK writes dimensions sorted by name.
  Dimensions: [
    { Name: 'service', Value: 'openplace' },
    ...Object.entries(extra).map(([Name, Value]) => ({ Name, Value })),
  ].sort((a, b) => (a.Name < b.Name ? -1 : 1)),
});

describe('the alarm topic', () => {
  it('has one topic, encrypted with a rotated customer-managed key CloudWatch may use, TLS only', () => {
    expect(resources('AWS::SNS::Topic')).toHaveLength(1);
    const [, topic] = resources('AWS::SNS::Topic')[0] as [string, Resource];
    const [[keyId, key]] = resources('AWS::KMS::Key') as [[string, Resource]];
    expect(topic.Properties.KmsMasterKeyId).toEqual({ 'Fn::GetAtt': [keyId, 'Arn'] });
    expect(key.Properties.EnableKeyRotation).toBe(true);
    expect(JSON.stringify(key.Properties.KeyPolicy)).toContain('cloudwatch.amazonaws.com');
    const [[, policy]] = resources('AWS::SNS::TopicPolicy') as [[string, Resource]];
    expect(policy.Properties.PolicyDocument.Statement).toContainEqual(
      expect.objectContaining({
        Effect: 'Deny',
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      }),
    );
  });

  it('has no subscription unless alarmEmail is given', () => {
    expect(resources('AWS::SNS::Subscription')).toEqual([]);
    const withEmail = synth({ alarmEmail: 'platform@council.example.gov.uk' });
    withEmail.resourceCountIs('AWS::SNS::Subscription', 1);
    withEmail.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'platform@council.example.gov.uk',
    });
  });

  it('reads alarmEmail from context: one address or nothing', () => {
    expect(alarmEmailFromContext(undefined)).toEqual({});
    expect(alarmEmailFromContext('')).toEqual({});
    expect(alarmEmailFromContext(' ops@example.gov.uk ')).toEqual({ alarmEmail: 'ops@example.gov.uk' });
    expect(() => alarmEmailFromContext('a@b.uk,c@d.uk')).toThrow(/one email address/);
    expect(() => alarmEmailFromContext('not an address')).toThrow(/one email address/);
    expect(() => alarmEmailFromContext(42)).toThrow(/one email address/);
  });
});

describe('the alarms', () => {
  it('each notify the topic when they fire and when they are over', () => {
    // 3 per function (7), 2 per scheduled job (4), a dead-letter queue per schedule (4) and the
    // forwarder's, the schedule group (2), the stream, SES (2), the HTTP API, the table (2), and 5
    // on the service's own metrics.
    expect(alarms.length).toBe(21 + 8 + 5 + 2 + 1 + 2 + 1 + 2 + 5);
    for (const alarm of alarms) {
      expect(alarm.AlarmActions, alarm.AlarmDescription).toEqual([{ Ref: topicId }]);
      expect(alarm.OKActions, alarm.AlarmDescription).toEqual([{ Ref: topicId }]);
    }
  });

  // Every function: name in alarms, its description, timeout (s), and the period its duration is read over.
  const FUNCTIONS = [
    ['Api', 'OpenPlace GraphQL API (Apollo Server)', LAMBDA_TIMEOUT_SECONDS, 300],
    ['Web', 'OpenPlace web pages (the family page, staff pages, /your-rights)', LAMBDA_TIMEOUT_SECONDS, 300],
    [
      'Forwarder',
      "OpenPlace: publishes journey events from the table's outbox to EventBridge",
      forwarderTimeoutSeconds(),
      300,
    ],
    [
      'OverdueJob',
      'OpenPlace: writes ConsultationOverdue events for consultations past their due date',
      300,
      900,
    ],
    [
      'CapacityReminders',
      'OpenPlace: emails settings whose capacity figures are stale (capacity reminders)',
      600,
      86_400,
    ],
    [
      'RetentionSweep',
      'OpenPlace: removes cases past their retention, and finishes erasures cut short',
      600,
      3600,
    ],
    ['OutboxResend', 'OpenPlace: re-sends journey events the stream forwarder left in the outbox', 300, 900],
  ] as const;

  it('watch every function there is', () => {
    expect(resources('AWS::Lambda::Function')).toHaveLength(FUNCTIONS.length);
  });

  for (const [name, description, timeoutSeconds, durationPeriod] of FUNCTIONS) {
    it(`watch the ${name} function: errors, throttles, p99 duration above 80% of its timeout`, () => {
      const fn = { Name: 'FunctionName', Value: { Ref: functionId(description) } };
      for (const [metric, text] of [
        ['Errors', 'Lambda invocations failed'],
        ['Throttles', 'Lambda turned invocations away'],
      ] as const) {
        expect(alarmDescribed(`OpenPlace ${name}: ${text}`)).toMatchObject({
          Namespace: 'AWS/Lambda',
          MetricName: metric,
          Dimensions: [fn],
          Statistic: 'Sum',
          Period: 300,
          EvaluationPeriods: 1,
          Threshold: 1,
          ComparisonOperator: 'GreaterThanOrEqualToThreshold',
          TreatMissingData: 'notBreaching',
        });
      }
      const duration = alarmDescribed(`OpenPlace ${name}: p99 duration`);
      expect(duration).toMatchObject({
        Namespace: 'AWS/Lambda',
        MetricName: 'Duration',
        Dimensions: [fn],
        ExtendedStatistic: 'p99',
        Period: durationPeriod,
        EvaluationPeriods: 3,
        DatapointsToAlarm: 2,
        Threshold: timeoutSeconds * 1000 * 0.8,
        ComparisonOperator: 'GreaterThanThreshold',
        TreatMissingData: 'notBreaching',
      });
      expect(duration.Statistic).toBeUndefined();
    });
  }

  it('put the API’s p99 alarm at 14.4 s of its 18 s timeout', () => {
    expect(alarmDescribed('OpenPlace Api: p99 duration').Threshold).toBe(14_400);
  });

  // Each scheduled job: how often it runs (s).
  const JOBS = [
    ['OverdueJob', 900],
    ['CapacityReminders', 86_400],
    ['RetentionSweep', 3600],
    ['OutboxResend', 900],
  ] as const;

  for (const [job, every] of JOBS) {
    it(`page on any failure of ${job}, and when it has not completed a run in twice its schedule`, () => {
      expect(alarmDescribed(`OpenPlace ${job}: a run failed`)).toMatchObject({
        ...openPlace(`${job}Failed`),
        Statistic: 'Sum',
        Period: Math.min(every, 86_400),
        EvaluationPeriods: 1,
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        TreatMissingData: 'notBreaching',
      });
      expect(alarmDescribed(`OpenPlace ${job}: no run completed`)).toMatchObject({
        ...openPlace(`${job}Succeeded`),
        Statistic: 'Sum',
        Period: 2 * every,
        EvaluationPeriods: 1,
        Threshold: 1,
        ComparisonOperator: 'LessThanThreshold',
        // A job that stopped reports nothing at all.
        TreatMissingData: 'breaching',
      });
    });
  }

  it('watch every dead-letter queue: any message is work that did not happen', () => {
    const queues = resources('AWS::SQS::Queue').map(([id]) => id);
    expect(queues).toHaveLength(5);
    const watched = alarms.filter((a) => a.MetricName === 'ApproximateNumberOfMessagesVisible');
    expect(watched.map((a) => a.Dimensions[0].Value['Fn::GetAtt'][0]).sort()).toEqual(queues.sort());
    for (const alarm of watched) {
      expect(alarm).toMatchObject({
        Namespace: 'AWS/SQS',
        Statistic: 'Maximum',
        Period: 300,
        EvaluationPeriods: 1,
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        TreatMissingData: 'notBreaching',
      });
    }
    // Each schedule sends what it could not invoke to a queue of its own.
    const schedules = resources('AWS::Scheduler::Schedule').map(([, s]) => s.Properties);
    expect(schedules).toHaveLength(4);
    for (const schedule of schedules) {
      expect(queues).toContain(schedule.Target.DeadLetterConfig.Arn['Fn::GetAtt'][0]);
    }
  });

  it('watch the schedule group: invocations Scheduler failed or dropped', () => {
    const [[, scheduleGroup]] = resources('AWS::Scheduler::ScheduleGroup') as [[string, Resource]];
    const group = [{ Name: 'ScheduleGroup', Value: scheduleGroup.Properties.Name }];
    const failed = alarmDescribed('Scheduler could not invoke a job');
    expect(failed).toMatchObject({ EvaluationPeriods: 1, Threshold: 1, TreatMissingData: 'notBreaching' });
    const stats = failed.Metrics.filter((m: any) => m.MetricStat).map((m: any) => m.MetricStat);
    expect(stats.map((m: any) => m.Metric.MetricName).sort()).toEqual([
      'InvocationsFailedToBeSentToDeadLetterCount',
      'TargetErrorCount',
    ]);
    for (const m of stats) {
      expect(m).toMatchObject({ Stat: 'Sum', Period: 300 });
      expect(m.Metric.Dimensions).toEqual(expect.arrayContaining(group));
    }
    expect(alarmDescribed('Scheduler dropped an invocation')).toMatchObject({
      Namespace: 'AWS/Scheduler',
      MetricName: 'InvocationDroppedCount',
      Dimensions: group,
      Statistic: 'Sum',
      Period: 300,
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
  });

  it('watch the stream: records waiting over 5 minutes for the forwarder', () => {
    expect(alarmDescribed('stream records wait more than 5 minutes')).toMatchObject({
      Namespace: 'AWS/Lambda',
      MetricName: 'IteratorAge',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: functionId(FUNCTIONS[2][1]) } }],
      Statistic: 'Maximum',
      Period: 300,
      EvaluationPeriods: 1,
      Threshold: 300_000,
      ComparisonOperator: 'GreaterThanThreshold',
      TreatMissingData: 'notBreaching',
    });
  });

  it('watch SES reputation below the rates at which AWS reviews an account (2.5 % bounces, 0.05 % complaints)', () => {
    for (const [text, metricName, threshold] of [
      ['bounce rate', 'Reputation.BounceRate', 0.025],
      ['complaint rate', 'Reputation.ComplaintRate', 0.0005],
    ] as const) {
      expect(alarmDescribed(`SES (the whole account): ${text}`)).toMatchObject({
        Namespace: 'AWS/SES',
        MetricName: metricName,
        Statistic: 'Maximum',
        Period: 3600,
        EvaluationPeriods: 1,
        Threshold: threshold,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        TreatMissingData: 'notBreaching',
      });
    }
  });

  it('watch the HTTP API: 5xx by ApiId', () => {
    const [[apiId]] = resources('AWS::ApiGatewayV2::Api') as [[string, Resource]];
    expect(alarmDescribed('OpenPlace HTTP API: 5xx')).toMatchObject({
      Namespace: 'AWS/ApiGateway',
      MetricName: '5xx',
      Dimensions: [{ Name: 'ApiId', Value: { Ref: apiId } }],
      Statistic: 'Sum',
      Period: 300,
      EvaluationPeriods: 1,
      Threshold: 3,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      TreatMissingData: 'notBreaching',
    });
  });

  for (const [metricName, label, numbers] of [
    // A bulk import can be throttled a few times: only sustained throttling pages.
    [
      'ThrottledRequests',
      'throttled requests',
      { EvaluationPeriods: 3, DatapointsToAlarm: 2, Threshold: 10 },
    ],
    ['SystemErrors', 'system errors', { EvaluationPeriods: 1, Threshold: 1 }],
  ] as const) {
    it(`watch the table: ${metricName}, summed over the operations the code calls`, () => {
      const [[tableId]] = resources('AWS::DynamoDB::Table') as [[string, Resource]];
      const alarm = alarmDescribed(`OpenPlace register table: DynamoDB ${label}`);
      expect(alarm).toMatchObject({
        ...numbers,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        TreatMissingData: 'notBreaching',
      });
      if (!('DatapointsToAlarm' in numbers)) expect(alarm.DatapointsToAlarm).toBeUndefined();
      const stats = alarm.Metrics.filter((m: any) => m.MetricStat);
      expect(stats).toHaveLength(DYNAMODB_OPERATIONS.length);
      for (const m of stats) {
        expect(m.ReturnData).toBe(false);
        expect(m.MetricStat).toMatchObject({
          Metric: {
            Namespace: 'AWS/DynamoDB',
            MetricName: metricName,
            Dimensions: expect.arrayContaining([{ Name: 'TableName', Value: { Ref: tableId } }]),
          },
          Stat: 'Sum',
          Period: 300,
        });
      }
      const operations = stats.map(
        (m: any) => m.MetricStat.Metric.Dimensions.find((d: any) => d.Name === 'Operation').Value,
      );
      expect(operations.sort()).toEqual([...DYNAMODB_OPERATIONS].sort());
      const [expression] = alarm.Metrics.filter((m: any) => m.Expression);
      expect(expression.Expression).toMatch(/^FILL\(\w+, 0\)( \+ FILL\(\w+, 0\))+$/);
    });
  }

  it('watch failed family-link guesses for a spike', () => {
    expect(alarmDescribed('failed family-link guesses')).toMatchObject({
      ...openPlace('FailedLinkGuesses'),
      Statistic: 'Sum',
      Period: 300,
      EvaluationPeriods: 1,
      Threshold: 100,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      TreatMissingData: 'notBreaching',
    });
  });

  it('say when no school has stated or confirmed capacity for 14 days, two days running, and not on a new stack', () => {
    expect(alarmDescribed('no capacity statement or confirmation from any school')).toMatchObject({
      ...openPlace('SecondsSinceSchoolCapacityUpdate'),
      Statistic: 'Maximum',
      Period: 86_400,
      EvaluationPeriods: 2,
      DatapointsToAlarm: 2,
      Threshold: 14 * 86_400,
      ComparisonOperator: 'GreaterThanThreshold',
      // No data yet (a new stack) is not 14 days of silence; a stopped job has its own alarm.
      TreatMissingData: 'notBreaching',
    });
    expect(alarmDescribed('OpenPlace CapacityReminders: no run completed')).toMatchObject({
      TreatMissingData: 'breaching',
    });
  });

  it('say when the re-send job gave up on a journey event', () => {
    expect(alarmDescribed('gave up on a journey event')).toMatchObject({
      ...openPlace('OutboxEventsGivenUp'),
      Statistic: 'Sum',
      Period: 300,
      EvaluationPeriods: 1,
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      TreatMissingData: 'notBreaching',
    });
  });

  it('say when no complete retention sweep has run for 3 hours, or none has reported at all', () => {
    expect(alarmDescribed('no complete sweep for over 3 hours')).toMatchObject({
      ...openPlace('SecondsSinceRetentionSweep'),
      Statistic: 'Maximum',
      // Three hourly runs to a period: no report in one is no run for 3 hours.
      Period: 3 * 3600,
      EvaluationPeriods: 1,
      Threshold: 3 * 3600,
      ComparisonOperator: 'GreaterThanThreshold',
      TreatMissingData: 'breaching',
    });
  });

  it('say when a journey event has waited in the outbox for more than 15 minutes', () => {
    expect(alarmDescribed('waited in the outbox')).toMatchObject({
      ...openPlace('OutboxOldestAgeSeconds'),
      Statistic: 'Maximum',
      Period: 1800,
      EvaluationPeriods: 1,
      Threshold: 900,
      ComparisonOperator: 'GreaterThanThreshold',
      TreatMissingData: 'breaching',
    });
  });
});

describe('the dashboard', () => {
  const [[, dashboard]] = resources('AWS::CloudWatch::Dashboard') as [[string, Resource]];
  const body = JSON.stringify(dashboard.Properties.DashboardBody);

  it('shows the share of listed entries that are UNCONFIRMED', () => {
    expect(body).toContain('100 * unconfirmed / listed');
    expect(body).toContain('UnconfirmedListedEntries');
    expect(body).toContain('ListedEntries');
  });

  it('shows the service’s metrics and every alarm', () => {
    for (const name of [
      'ListsGenerated',
      'ListEntries',
      'ListsWithNoAvailableEntry',
      'CapacityStatements',
      'CapacityConfirmations',
      'FamilyPagesOpened',
      'FailedLinkGuesses',
      'ConsultationsStarted',
      'ConsultationsAnswered',
      'ConsultationsOverdue',
      'OutboxOldestAgeSeconds',
    ]) {
      expect(body, name).toContain(name);
    }
    expect(resources('AWS::CloudWatch::Dashboard')).toHaveLength(1);
    // The alarm widget lists every alarm, those added after the dashboard was made too.
    const parts = (dashboard.Properties.DashboardBody as { 'Fn::Join': [string, unknown[]] })['Fn::Join'][1];
    const listed = parts.flatMap((part) => {
      const att = (part as { 'Fn::GetAtt'?: [string, string] })['Fn::GetAtt'];
      return att?.[1] === 'Arn' ? [att[0]] : [];
    });
    expect(new Set(listed)).toEqual(new Set(resources('AWS::CloudWatch::Alarm').map(([id]) => id)));
  });
});
