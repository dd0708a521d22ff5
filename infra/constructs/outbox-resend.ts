import { Duration } from 'aws-cdk-lib';
import type * as events from 'aws-cdk-lib/aws-events';
import type * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import { Construct } from 'constructs';
import { createHouseFunction } from './house-function.js';
import type { Monitoring } from './monitoring.js';
import type { RegisterTable } from './register-table.js';
import { scheduledInvoke } from './scheduled-invoke.js';

/** How often the re-send job looks for events the forwarder left in the outbox. */
export const RESEND_RATE = Duration.minutes(15);

export interface OutboxResendProps {
  readonly table: RegisterTable;
  readonly bus: events.IEventBus;
  readonly group: scheduler.IScheduleGroup;
  readonly monitoring: Monitoring;
}

/**
 * The outbox re-send job (functions/events/resend.ts): every 15 minutes, journey events the stream
 * forwarder left in the outbox for 15 minutes or more (a batch in its dead-letter queue, a stream
 * mapping turned off) are put on the bus after all; at most 5 attempts each, 15 minutes apart then
 * doubling, and an event given up raises an alarm. Its role may put events on this bus and read,
 * update and delete outbox items: nothing else of the table.
 */
export class OutboxResend extends Construct {
  readonly function: nodejs.NodejsFunction;
  readonly schedule: scheduler.Schedule;

  constructor(scope: Construct, id: string, props: OutboxResendProps) {
    super(scope, id);
    const job = createHouseFunction(new Construct(this, 'Job'), {
      entry: new URL('../../functions/events/resend-handler.ts', import.meta.url),
      description: 'OpenPlace: re-sends journey events the stream forwarder left in the outbox',
      roleDescription:
        'OpenPlace outbox re-send job: read and update outbox items, put events on the journey bus.',
      memorySize: 512,
      // A run publishes at most RESEND_BATCH events one by one; a run cut short is safe (each attempt
      // is recorded on its item, conditionally) and the next run goes on.
      timeout: Duration.minutes(5),
      environment: { EVENT_BUS_NAME: props.bus.eventBusName },
      monitoring: props.monitoring,
      alarmName: 'OutboxResend',
      runsEvery: RESEND_RATE,
    });
    this.function = job.function;
    props.bus.grantPutEventsTo(job.role);
    props.table.grantOutboxTo(this.function, ['Query', 'UpdateItem', 'DeleteItem']);

    this.schedule = scheduledInvoke(
      this,
      { role: 'ScheduleRole', schedule: 'Schedule' },
      {
        job: 'the outbox re-send job',
        jobName: 'OutboxResend',
        description: 'OpenPlace: re-send journey events the stream forwarder left in the outbox',
        schedule: scheduler.ScheduleExpression.rate(RESEND_RATE),
        runsEvery: RESEND_RATE,
        function: this.function,
        maxEventAge: RESEND_RATE,
        group: props.group,
        monitoring: props.monitoring,
      },
    );
  }
}
