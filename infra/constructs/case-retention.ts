import { Duration } from 'aws-cdk-lib';
import type * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { createHouseFunction } from './house-function.js';
import type { Monitoring } from './monitoring.js';
import type { RegisterTable } from './register-table.js';
import { scheduledInvoke } from './scheduled-invoke.js';

/** How often the retention sweeper runs: a case is removed within this of its expiry (reads treat it as gone at once). */
export const RETENTION_SWEEP_RATE = Duration.hours(1);

export interface CaseRetentionProps {
  readonly table: RegisterTable;
  /** The case keyring: a case's lists may sit under older keys of the ring. */
  readonly caseKeys: secretsmanager.ISecret;
  readonly group: scheduler.IScheduleGroup;
  readonly monitoring: Monitoring;
}

/**
 * The retention sweeper: EventBridge Scheduler invokes a Lambda every hour, which removes the cases
 * whose expiry has passed (found on the table's sparse expiry index, re-read before acting) and
 * finishes erasures cut short. Every step is conditional or idempotent, so a repeated or
 * overlapping run ends the same (functions/services/retention-service.ts).
 */
export class CaseRetention extends Construct {
  readonly sweeper: nodejs.NodejsFunction;
  readonly schedule: scheduler.Schedule;

  constructor(scope: Construct, id: string, props: CaseRetentionProps) {
    super(scope, id);

    const sweeper = createHouseFunction(new Construct(this, 'Sweeper'), {
      entry: new URL('../../functions/events/retention-handler.ts', import.meta.url),
      description: 'OpenPlace: removes cases past their retention, and finishes erasures cut short',
      roleDescription:
        'OpenPlace retention sweeper: read and write the register table, read the case keyring.',
      memorySize: 512,
      // Well inside the schedule's rate; a run cut short is finished by the next (tombstones stay on the index).
      timeout: Duration.minutes(10),
      monitoring: props.monitoring,
      alarmName: 'RetentionSweep',
      runsEvery: RETENTION_SWEEP_RATE,
    });
    this.sweeper = sweeper.function;
    // Queries the expiry index (gsi1), deletes a case's items, writes settings' open counts.
    props.table.grantReadWriteTo(this.sweeper);
    props.caseKeys.grantRead(sweeper.role);
    this.sweeper.addEnvironment('CASE_KEYS_SECRET_ARN', props.caseKeys.secretArn);

    this.schedule = scheduledInvoke(
      this,
      { role: 'SweepScheduleRole', schedule: 'SweepSchedule' },
      {
        job: 'the retention sweeper',
        jobName: 'RetentionSweep',
        description: 'OpenPlace: remove cases past their retention',
        schedule: scheduler.ScheduleExpression.rate(RETENTION_SWEEP_RATE),
        runsEvery: RETENTION_SWEEP_RATE,
        function: this.sweeper,
        maxEventAge: RETENTION_SWEEP_RATE,
        group: props.group,
        monitoring: props.monitoring,
      },
    );
  }
}
