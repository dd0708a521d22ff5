import { type Duration, Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as targets from 'aws-cdk-lib/aws-scheduler-targets';
import type { Construct } from 'constructs';

export interface ScheduledInvokeProps {
  /** The job, in words for the role's description and its acknowledgement, e.g. "the overdue job". */
  readonly job: string;
  /** The schedule's description. */
  readonly description: string;
  readonly schedule: scheduler.ScheduleExpression;
  readonly function: lambda.Function;
  /** How long a missed run is retried (twice at most): past it, the next run does the same work. */
  readonly maxEventAge: Duration;
}

/**
 * An EventBridge Scheduler schedule that invokes one function, through a role of its own (rather
 * than the stack-wide one CDK would share between targets): assumable by Scheduler for schedules
 * of this account's default group only, and allowed to invoke this function and nothing else.
 * The scheduled jobs (overdue consultations, capacity reminders, retention) are all started so.
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
          'aws:SourceArn': stack.formatArn({
            service: 'scheduler',
            resource: 'schedule-group',
            resourceName: 'default',
          }),
        },
      },
    }),
  });
  const schedule = new scheduler.Schedule(scope, ids.schedule, {
    description: props.description,
    schedule: props.schedule,
    target: new targets.LambdaInvoke(props.function, {
      role,
      retryAttempts: 2,
      maxEventAge: props.maxEventAge,
    }),
  });
  const functionLogicalId = stack.getLogicalId(props.function.node.defaultChild as lambda.CfnFunction);
  Validations.of(role).acknowledge({
    id: `AwsSolutions-IAM5[Resource::<${functionLogicalId}.Arn>:*]`,
    reason:
      `The scheduler role may invoke ${props.job} only: its function's ARN and its qualified ARNs (versions ` +
      'and aliases, the ":*"), which is how CDK\'s LambdaInvoke target grants invoke; no other function.',
  });
  return schedule;
}
