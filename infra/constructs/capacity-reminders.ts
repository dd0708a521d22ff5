import { Duration, Stack, TimeZone } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import { Construct } from 'constructs';
import { keys, REMINDER_PREFIX } from '../../functions/store/keys.js';
import { createHouseFunction } from './house-function.js';
import { onlyLeadingKeys } from './leading-keys.js';
import type { Monitoring } from './monitoring.js';
import type { RegisterTable } from './register-table.js';
import { scheduledInvoke } from './scheduled-invoke.js';

/** When the reminder job runs: every morning at 07:00 in London, so emails arrive at the start of a school day. */
export const REMINDER_SCHEDULE = { hour: '7', minute: '0', timeZone: TimeZone.EUROPE_LONDON } as const;

/**
 * Without `-c reminderSender=…` synth still works, with this placeholder (a reserved .invalid
 * domain SES can never verify) and a warning: a real deployment names its own verified identity.
 */
export const PLACEHOLDER_REMINDER_SENDER = 'openplace-set-remindersender.invalid';

/** The reminders' SES settings from CDK context (`reminderSender`, `reminderConfigurationSet`). */
export interface CapacityRemindersContext {
  /** A verified SES identity: an email address, or a domain (mail is then from no-reply@<domain>). */
  readonly sender?: string;
  /** An SES configuration set to send through (bounce and complaint destinations), if any. */
  readonly configurationSet?: string;
}

export interface CapacityRemindersProps extends CapacityRemindersContext {
  readonly table: RegisterTable;
  readonly group: scheduler.IScheduleGroup;
  readonly monitoring: Monitoring;
  /** The base of the link to each school's page (PUBLIC_BASE_URL). */
  readonly publicBaseUrl: string;
}

/**
 * The capacity reminder job in AWS: a Lambda run daily by EventBridge Scheduler that emails each
 * setting with stale figures, once per window, through Amazon SES. Its role reads the table, writes
 * only reminder claim items and its own run record (dynamodb:LeadingKeys REMINDER#*,
 * JOB#CapacityReminders), and may send only from the configured identity (and through the
 * configured configuration set).
 */
export class CapacityReminders extends Construct {
  readonly function: nodejs.NodejsFunction;
  readonly schedule: scheduler.Schedule;
  /** The SES identity the role may send from (the placeholder's, when none was given). */
  readonly identityArn: string;

  constructor(scope: Construct, id: string, props: CapacityRemindersProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const sender = props.sender ?? PLACEHOLDER_REMINDER_SENDER;
    const from = sender.includes('@') ? `OpenPlace <${sender}>` : `OpenPlace <no-reply@${sender}>`;

    const job = createHouseFunction(new Construct(this, 'Job'), {
      entry: new URL('../../functions/reminders/handler.ts', import.meta.url),
      description: 'OpenPlace: emails settings whose capacity figures are stale (capacity reminders)',
      roleDescription:
        'OpenPlace capacity reminders: read the register table, write reminder claims, send email from one SES identity.',
      memorySize: 1024,
      // A read of the whole register (~25k settings in England) and up to MAX_SENDS_PER_RUN sends;
      // a run cut short is safe: every send is claimed first, and the next day's run goes on.
      timeout: Duration.minutes(10),
      monitoring: props.monitoring,
      alarmName: 'CapacityReminders',
      runsEvery: Duration.days(1),
      environment: {
        REMINDER_FROM: from,
        PUBLIC_BASE_URL: props.publicBaseUrl,
        ...(props.configurationSet ? { REMINDER_CONFIGURATION_SET: props.configurationSet } : {}),
      },
    });
    this.function = job.function;

    // Reads: the register partition of gsi1 and the claims. Writes: reminder claims, and the job's
    // own run record (when it first ran: what "no school update for 14 days" is measured from).
    const table = props.table.table;
    // Only Query: the register's pages of gsi1 (tests/iam holds the job's every request to this).
    props.table.grantReadTo(job.role, ['dynamodb:Query']);
    job.function.addEnvironment('TABLE_NAME', table.tableName);
    job.role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
        resources: [table.tableArn],
        conditions: onlyLeadingKeys('ForAllValues:StringLike', [
          `${REMINDER_PREFIX}*`,
          keys.jobRuns('CapacityReminders').pk,
        ]),
      }),
    );

    // SendEmail from this identity only (and through this configuration set, which SES also
    // authorises). An address sender may be verified as itself or through its verified domain, and
    // SES authorises against whichever identity verified it: so an address is granted on both.
    const identity = (name: string) =>
      stack.formatArn({ service: 'ses', resource: 'identity', resourceName: name });
    this.identityArn = identity(sender);
    const sesResources = [this.identityArn];
    const domain = sender.includes('@') ? sender.slice(sender.lastIndexOf('@') + 1) : null;
    if (domain) sesResources.push(identity(domain));
    if (props.configurationSet) {
      sesResources.push(
        stack.formatArn({
          service: 'ses',
          resource: 'configuration-set',
          resourceName: props.configurationSet,
        }),
      );
    }
    job.role.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ['ses:SendEmail'], resources: sesResources }),
    );

    // A missed run is retried within the hour; after that, the next day's run does the same work.
    this.schedule = scheduledInvoke(
      this,
      { role: 'ScheduleRole', schedule: 'Schedule' },
      {
        job: 'the capacity reminder job',
        jobName: 'CapacityReminders',
        description: 'OpenPlace: remind settings whose capacity figures are stale',
        schedule: scheduler.ScheduleExpression.cron(REMINDER_SCHEDULE),
        runsEvery: Duration.days(1),
        function: this.function,
        maxEventAge: Duration.hours(1),
        group: props.group,
        monitoring: props.monitoring,
      },
    );
  }
}

/**
 * Reads the reminders' context: `reminderSender` (a verified SES identity: an email address or a
 * domain) and `reminderConfigurationSet` (an SES configuration set name). Both optional.
 */
export function capacityRemindersFromContext(context: {
  reminderSender?: unknown;
  reminderConfigurationSet?: unknown;
}): { capacityReminders: CapacityRemindersContext } {
  const text = (name: string, value: unknown, pattern: RegExp, what: string): string | undefined => {
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value !== 'string' || !pattern.test(value.trim())) {
      throw new Error(`Context value ${name} must be ${what}, not ${JSON.stringify(value)}.`);
    }
    return value.trim();
  };
  const sender = text(
    'reminderSender',
    context.reminderSender,
    /^(?:[^\s@<>"]+@)?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/,
    'a verified SES identity: an email address or a domain',
  );
  const configurationSet = text(
    'reminderConfigurationSet',
    context.reminderConfigurationSet,
    /^[A-Za-z0-9_-]{1,64}$/,
    'an SES configuration set name (letters, digits, hyphens, underscores)',
  );
  return {
    capacityReminders: {
      ...(sender ? { sender } : {}),
      ...(configurationSet ? { configurationSet } : {}),
    },
  };
}
