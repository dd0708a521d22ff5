import { describe, expect, it } from 'vitest';
import { DYNAMODB_OPERATIONS } from '../../infra/constructs/service-alarms.js';
import { alarmDescribed, alarms, type Resource, resources } from './monitoring-template.js';

// The alarms on the stack's other resources: the dead-letter queues, the schedule group, SES
// reputation, the HTTP API and the register table. Every number asserted, so a change to one is a
// change to the runbook too.

describe('the alarms', () => {
  it('watch every dead-letter queue: any message is work that did not happen', () => {
    const queues = resources('AWS::SQS::Queue').map(([id]) => id);
    expect(queues).toHaveLength(6);
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
    expect(schedules).toHaveLength(5);
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
});
