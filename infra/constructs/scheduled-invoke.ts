import { Duration, Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as targets from 'aws-cdk-lib/aws-scheduler-targets';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import type { ScheduledJob } from '../../functions/services/metrics.js';
import type { Monitoring } from './monitoring.js';

export interface ScheduledInvokeProps {
  /** The job, in words for the role's description and its acknowledgement, e.g. "the overdue job". */
  readonly job: string;
  /** The job's name in its metrics and alarms (`<job>Failed`, `<job>Succeeded`). */
  readonly jobName: ScheduledJob;
  /** The schedule's description. */
  readonly description: string;
  readonly schedule: scheduler.ScheduleExpression;
  /** How often `schedule` runs the job: its alarms allow twice this without a completed run. */
  readonly runsEvery: Duration;
  readonly function: lambda.Function;
  /** How long a missed run is retried (twice at most): past it, the next run does the same work. */
  readonly maxEventAge: Duration;
  /** The stack's schedule group: its own, so its Scheduler metrics and alarms are OpenPlace's alone. */
  readonly group: scheduler.IScheduleGroup;
  readonly monitoring: Monitoring;
}

/**
 * An EventBridge Scheduler schedule that invokes one function, through a role of its own (rather
 * than the stack-wide one CDK would share between targets): assumable by Scheduler for schedules
 * of the stack's group only, and allowed to invoke this function and nothing else. An invocation
 * Scheduler cannot make after its retries goes to a dead-letter queue of the schedule's own, which
 * an alarm watches; the job's own metrics are alarmed too. The scheduled jobs (overdue
 * consultations, capacity reminders, retention, the outbox re-send, the register snapshot) are all started so.
 */
export function scheduledInvoke(
  scope: Construct,
  ids: { role: string; schedule: string },
  props: ScheduledInvokeProps,
): scheduler.Schedule {
  const stack = Stack.of(scope);
  const role = new iam.Role(scope, ids.role, {
    description: `OpenPlace: lets EventBridge Scheduler invoke ${props.job}, and nothing else.`,
    assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com', {
      conditions: {
        StringEquals: {
          'aws:SourceAccount': stack.account,
          'aws:SourceArn': props.group.scheduleGroupArn,
        },
      },
    }),
  });
  // Invocations Scheduler gave up on: the message holds the schedule's ARN and its error.
  const deadLetters = new sqs.Queue(scope, `${ids.schedule}DeadLetters`, {
    enforceSSL: true,
    encryption: sqs.QueueEncryption.SQS_MANAGED,
    retentionPeriod: Duration.days(14),
  });
  Validations.of(deadLetters).acknowledge({
    id: 'AwsSolutions-SQS3',
    reason:
      `This queue is itself a dead-letter queue: the one of the schedule that invokes ${props.job}, which ` +
      'cdk-nag does not recognise as one (it looks for redrive policies).',
  });
  const schedule = new scheduler.Schedule(scope, ids.schedule, {
    description: props.description,
    schedule: props.schedule,
    scheduleGroup: props.group,
    target: new targets.LambdaInvoke(props.function, {
      role,
      retryAttempts: 2,
      maxEventAge: props.maxEventAge,
      deadLetterQueue: deadLetters,
    }),
  });
  props.monitoring.watchDeadLetterQueue(
    props.jobName,
    deadLetters,
    `runs of ${props.job} that Scheduler could not start`,
  );
  props.monitoring.watchScheduledJob(props.jobName, props.runsEvery);
  const functionLogicalId = stack.getLogicalId(props.function.node.defaultChild as lambda.CfnFunction);
  Validations.of(role).acknowledge({
    id: `AwsSolutions-IAM5[Resource::<${functionLogicalId}.Arn>:*]`,
    reason:
      `The scheduler role may invoke ${props.job} only: its function's ARN and its qualified ARNs (versions ` +
      'and aliases, the ":*"), which is how CDK\'s LambdaInvoke target grants invoke; no other function.',
  });
  return schedule;
}
