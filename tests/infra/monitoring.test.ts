import { readFileSync } from 'node:fs';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { LAMBDA_TIMEOUT_SECONDS } from '../../functions/config.js';
import { alarmEmailFromContext, DYNAMODB_OPERATIONS } from '../../infra/constructs/monitoring.js';
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
    // 3 per function (API, pages), the HTTP API, 2 on the table, and 3 on the service's own metrics.
    expect(alarms.length).toBe(12);
    for (const alarm of alarms) {
      expect(alarm.AlarmActions, alarm.AlarmDescription).toEqual([{ Ref: topicId }]);
      expect(alarm.OKActions, alarm.AlarmDescription).toEqual([{ Ref: topicId }]);
    }
  });

  for (const [name, description] of [
    ['Api', 'OpenPlace GraphQL API (Apollo Server)'],
    ['Web', 'OpenPlace web pages (the family page, staff pages, /your-rights)'],
  ] as const) {
    it(`watch the ${name} function: errors, throttles, p99 duration above 80% of its timeout`, () => {
      const fn = { Name: 'FunctionName', Value: { Ref: functionId(description) } };
      expect(alarmDescribed(`OpenPlace ${name}: Lambda invocations failed`)).toMatchObject({
        Namespace: 'AWS/Lambda',
        MetricName: 'Errors',
        Dimensions: [fn],
        Statistic: 'Sum',
        Period: 300,
        EvaluationPeriods: 1,
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        TreatMissingData: 'notBreaching',
      });
      expect(alarmDescribed(`OpenPlace ${name}: Lambda turned invocations away`)).toMatchObject({
        Namespace: 'AWS/Lambda',
        MetricName: 'Throttles',
        Dimensions: [fn],
        Statistic: 'Sum',
        Period: 300,
        EvaluationPeriods: 1,
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        TreatMissingData: 'notBreaching',
      });
      const duration = alarmDescribed(`OpenPlace ${name}: p99 duration`);
      expect(duration).toMatchObject({
        Namespace: 'AWS/Lambda',
        MetricName: 'Duration',
        Dimensions: [fn],
        ExtendedStatistic: 'p99',
        Period: 300,
        EvaluationPeriods: 3,
        DatapointsToAlarm: 2,
        Threshold: LAMBDA_TIMEOUT_SECONDS * 1000 * 0.8,
        ComparisonOperator: 'GreaterThanThreshold',
        TreatMissingData: 'notBreaching',
      });
      expect(duration.Threshold).toBe(14_400);
      expect(duration.Statistic).toBeUndefined();
    });
  }

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

  for (const [metricName, label] of [
    ['ThrottledRequests', 'throttled requests'],
    ['SystemErrors', 'system errors'],
  ] as const) {
    it(`watch the table: ${metricName}, summed over the operations the code calls`, () => {
      const [[tableId]] = resources('AWS::DynamoDB::Table') as [[string, Resource]];
      const alarm = alarmDescribed(`OpenPlace register table: DynamoDB ${label}`);
      expect(alarm).toMatchObject({
        EvaluationPeriods: 1,
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        TreatMissingData: 'notBreaching',
      });
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

  it('say when no school has stated or confirmed capacity for 14 days, as the daily reminder job measures it', () => {
    expect(alarmDescribed('no capacity statement or confirmation from any school')).toMatchObject({
      ...openPlace('SecondsSinceSchoolCapacityUpdate'),
      Statistic: 'Maximum',
      Period: 86_400,
      EvaluationPeriods: 1,
      Threshold: 14 * 86_400,
      ComparisonOperator: 'GreaterThanThreshold',
      // The job stopped measuring: reminders stopped too.
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
    expect(body).toContain('"type\\":\\"alarm\\"');
    expect(resources('AWS::CloudWatch::Dashboard')).toHaveLength(1);
  });
});
