import { Duration, Validations } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { DYNAMODB_WORST_CASE_MS } from '../../functions/config.js';
import {
  PUT_EVENTS_CHUNK_WORST_CASE_MS,
  PUT_EVENTS_MAX_ENTRIES,
} from '../../functions/events/eventbridge-publisher.js';
import { keys, OUTBOX_PARTITION } from '../../functions/store/keys.js';
import { OUTBOX_ITEM_TYPE } from '../../functions/store/outbox-store.js';
import { createHouseFunction } from './house-function.js';
import type { Monitoring } from './monitoring.js';
import { OutboxResend } from './outbox-resend.js';
import type { RegisterTable } from './register-table.js';
import { scheduledInvoke } from './scheduled-invoke.js';
import { watchStream } from './service-alarms.js';

/** Stream records per forwarder invocation: one PutEvents call, so a retry re-sends few events. */
export const FORWARDER_BATCH_SIZE = PUT_EVENTS_MAX_ENTRIES;

/** Retries of a failing batch before it goes to the dead-letter queue (bisected on the way). */
export const FORWARDER_RETRY_ATTEMPTS = 10;

/** How often the overdue job runs. */
export const OVERDUE_RATE = Duration.minutes(15);

/** Time an invocation needs besides its slowest calls: the runtime, logging, the stream poller. */
const HEADROOM_MS = 3_000;

/**
 * The forwarder's timeout: above the worst case of publishing a batch (every PutEvents attempt
 * slow) and then deleting its items (in parallel: one DynamoDB worst case), so a failing call
 * ends in a reported batch failure, not a timeout that hides which record failed.
 */
export function forwarderTimeoutSeconds(batchSize = FORWARDER_BATCH_SIZE): number {
  const chunks = Math.ceil(batchSize / PUT_EVENTS_MAX_ENTRIES);
  return Math.ceil((chunks * PUT_EVENTS_CHUNK_WORST_CASE_MS + DYNAMODB_WORST_CASE_MS + HEADROOM_MS) / 1000);
}

export interface JourneyEventsProps {
  /** The register table: its stream carries the outbox items; the overdue job reads and writes it. */
  readonly table: RegisterTable;
  /** The event bus's name, e.g. `<stack>-journey`. */
  readonly eventBusName: string;
  /** The stack's schedule group (the overdue and re-send jobs' schedules). */
  readonly group: scheduler.IScheduleGroup;
  readonly monitoring: Monitoring;
}

/**
 * The journey's events in AWS. Changes write their events as outbox items in the table, in the
 * same transaction (functions/store/outbox-store.ts); the table's stream brings each inserted
 * outbox item to the forwarder, which publishes it to the journey event bus and deletes it. An
 * LA's case system subscribes with a rule on the bus. The overdue job, run by EventBridge
 * Scheduler, writes ConsultationOverdue events to the outbox the same way.
 */
export class JourneyEvents extends Construct {
  readonly bus: events.EventBus;
  readonly forwarder: nodejs.NodejsFunction;
  readonly deadLetterQueue: sqs.Queue;
  readonly overdueJob: nodejs.NodejsFunction;
  readonly schedule: scheduler.Schedule;
  readonly resend: OutboxResend;

  constructor(scope: Construct, id: string, props: JourneyEventsProps) {
    super(scope, id);

    this.bus = new events.EventBus(this, 'Bus', {
      eventBusName: props.eventBusName,
      description: 'OpenPlace journey events (source openplace.journey), for LA case systems to subscribe to',
    });

    // Batches the forwarder could not publish after every retry: the message says which shard and
    // sequence numbers; their outbox items stay in the table until drained.
    this.deadLetterQueue = new sqs.Queue(this, 'ForwarderDeadLetters', {
      enforceSSL: true,
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(this.deadLetterQueue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        "This queue is itself a dead-letter queue: the on-failure destination of the outbox forwarder's " +
        'stream event source mapping, which cdk-nag does not recognise as one (it looks for redrive policies). ' +
        'Its messages only point at stream records, whose outbox items stay in the table.',
    });

    const forwarder = createHouseFunction(new Construct(this, 'Forwarder'), {
      entry: new URL('../../functions/events/forwarder-handler.ts', import.meta.url),
      description: "OpenPlace: publishes journey events from the table's outbox to EventBridge",
      roleDescription:
        'OpenPlace outbox forwarder: read the table stream, delete outbox items, put events on the journey bus.',
      memorySize: 512,
      timeout: Duration.seconds(forwarderTimeoutSeconds()),
      environment: { EVENT_BUS_NAME: this.bus.eventBusName },
      monitoring: props.monitoring,
      alarmName: 'Forwarder',
      otherWildcardResources:
        'Reading a DynamoDB stream through an event source mapping also needs dynamodb:ListStreams, which ' +
        'has no resource-level permissions; the stream records themselves are readable only on this ' +
        "table's stream ARN.",
    });
    this.forwarder = forwarder.function;
    // PutEvents on this bus only.
    this.bus.grantPutEventsTo(forwarder.role);
    props.table.grantOutboxTo(this.forwarder, ['DeleteItem']);
    // Adds the stream read grant (this table's stream) and the SQS send grant (this queue).
    this.forwarder.addEventSource(
      new DynamoEventSource(props.table.table, {
        startingPosition: lambda.StartingPosition.TRIM_HORIZON,
        batchSize: FORWARDER_BATCH_SIZE,
        // One at a time per shard, so events of one case are published in the order they happened.
        parallelizationFactor: 1,
        bisectBatchOnError: true,
        retryAttempts: FORWARDER_RETRY_ATTEMPTS,
        reportBatchItemFailures: true,
        onFailure: new SqsDlq(this.deadLetterQueue),
        // Only outbox inserts reach the function (it filters the same way itself): the rest of the
        // table's writes, and the forwarder's own deletes, cost no invocation.
        filters: [
          lambda.FilterCriteria.filter({
            eventName: lambda.FilterRule.isEqual('INSERT'),
            dynamodb: { NewImage: { type: { S: lambda.FilterRule.isEqual(OUTBOX_ITEM_TYPE) } } },
          }),
        ],
      }),
    );

    const overdue = createHouseFunction(new Construct(this, 'Overdue'), {
      entry: new URL('../../functions/events/overdue-handler.ts', import.meta.url),
      description: 'OpenPlace: writes ConsultationOverdue events for consultations past their due date',
      roleDescription: 'OpenPlace overdue job: read and write the register table (conditional transactions).',
      memorySize: 512,
      // Well inside the schedule's rate, so runs do not pile up; a run cut short is safe, since the
      // event is written once per consultation by a conditional transaction and the next run goes on.
      timeout: Duration.minutes(5),
      monitoring: props.monitoring,
      alarmName: 'OverdueJob',
      runsEvery: OVERDUE_RATE,
    });
    this.overdueJob = overdue.function;
    // Queries the due index (gsi1), reads the consultations it finds, and writes each overdue one
    // with its event in a conditional transaction: puts under CONSULTATION# and OUTBOX only.
    props.table.grantReadTo(this.overdueJob);
    props.table.grantWritesUnder(
      this.overdueJob,
      ['dynamodb:PutItem'],
      [`${keys.consultation('').pk}*`, OUTBOX_PARTITION],
    );
    this.overdueJob.addEnvironment('TABLE_NAME', props.table.tableName);

    // A missed run is not retried for long: the next run, 15 minutes on, does the same work.
    this.schedule = scheduledInvoke(
      this,
      { role: 'OverdueScheduleRole', schedule: 'OverdueSchedule' },
      {
        job: 'the overdue job',
        jobName: 'OverdueJob',
        description: 'OpenPlace: look for consultations that became overdue',
        schedule: scheduler.ScheduleExpression.rate(OVERDUE_RATE),
        runsEvery: OVERDUE_RATE,
        function: this.overdueJob,
        maxEventAge: OVERDUE_RATE,
        group: props.group,
        monitoring: props.monitoring,
      },
    );

    // Batches that ended in the dead-letter queue, or a stream mapping turned off, leave events in
    // the outbox: the re-send job puts them on the bus after all.
    props.monitoring.watchDeadLetterQueue(
      'Forwarder',
      this.deadLetterQueue,
      'stream batches not forwarded after every retry; the re-send job sends their events',
    );
    watchStream(props.monitoring, this.forwarder);
    this.resend = new OutboxResend(this, 'Resend', {
      table: props.table,
      bus: this.bus,
      group: props.group,
      monitoring: props.monitoring,
    });
  }
}
