import { describe, expect, it } from 'vitest';
import { alarmDescribed, openPlace } from './monitoring-template.js';

// The alarms on the service's own metrics (the OpenPlace namespace): family-link guesses, schools'
// capacity, the outbox and the retention sweep. Every number asserted, so a change to one is a
// change to the runbook too.

describe('the alarms', () => {
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
