import { Duration, Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as targets from 'aws-cdk-lib/aws-scheduler-targets';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { createHouseFunction } from './house-function.js';
import type { RegisterTable } from './register-table.js';

/** How often the retention sweeper runs: a case is removed within this of its expiry (reads treat it as gone at once). */
export const RETENTION_SWEEP_RATE = Duration.hours(1);

export interface CaseRetentionProps {
  readonly table: RegisterTable;
  /** The case keyring: a case's lists may sit under older keys of the ring. */
  readonly caseKeys: secretsmanager.ISecret;
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
    });
    this.sweeper = sweeper.function;
    // Queries the expiry index (gsi1), deletes a case's items, writes settings' open counts.
    props.table.grantReadWriteTo(this.sweeper);
    props.caseKeys.grantRead(sweeper.role);
    this.sweeper.addEnvironment('CASE_KEYS_SECRET_ARN', props.caseKeys.secretArn);

    const stack = Stack.of(this);
    const scheduleRole = new iam.Role(this, 'SweepScheduleRole', {
      description: 'OpenPlace: lets EventBridge Scheduler invoke the retention sweeper, and nothing else.',
      assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com', {
        conditions: {
          StringEquals: {
            'aws:SourceAccount': stack.account,
            'aws:SourceArn': stack.formatArn({
              service: 'scheduler',
              resource: 'schedule-group',
              resourceName: 'default',
            }),
          },
        },
      }),
    });
    this.schedule = new scheduler.Schedule(this, 'SweepSchedule', {
      description: 'OpenPlace: remove cases past their retention',
      schedule: scheduler.ScheduleExpression.rate(RETENTION_SWEEP_RATE),
      target: new targets.LambdaInvoke(this.sweeper, {
        role: scheduleRole,
        retryAttempts: 2,
        maxEventAge: RETENTION_SWEEP_RATE,
      }),
    });
    const sweeperLogicalId = stack.getLogicalId(this.sweeper.node.defaultChild as lambda.CfnFunction);
    Validations.of(scheduleRole).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${sweeperLogicalId}.Arn>:*]`,
      reason:
        'The scheduler role may invoke the retention sweeper only: its ARN and its qualified ARNs (versions ' +
        'and aliases, the ":*"), which is how CDK\'s LambdaInvoke target grants invoke; no other function.',
    });
  }
}
