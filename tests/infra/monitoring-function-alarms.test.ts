import { describe, expect, it } from 'vitest';
import { LAMBDA_TIMEOUT_SECONDS } from '../../functions/config.js';
import { forwarderTimeoutSeconds } from '../../infra/constructs/journey-events.js';
import { alarmDescribed, functionId, openPlace, resources } from './monitoring-template.js';

// The alarms on the functions (errors, throttles, p99 duration against each timeout), on the
// scheduled jobs (a failed run, no run completed) and on the forwarder's stream. Every number
// asserted, so a change to one is a change to the runbook too.

describe('the alarms', () => {
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
    ['RegisterSnapshot', 'OpenPlace: writes the register snapshot that lists start from', 180, 300],
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
    ['RegisterSnapshot', 300],
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
});
