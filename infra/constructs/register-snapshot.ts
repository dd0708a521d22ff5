import { Duration } from 'aws-cdk-lib';
import type * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import { Construct } from 'constructs';
import { REGISTER_PARTITION } from '../../functions/store/keys.js';
import { REGISTER_CHANGE_PREFIX } from '../../functions/store/register-memory-store.js';
import { createHouseFunction } from './house-function.js';
import type { Monitoring } from './monitoring.js';
import type { RegisterTable } from './register-table.js';
import { scheduledInvoke } from './scheduled-invoke.js';

/** How often the snapshot writer runs: a new list-making instance starts from a snapshot this recent. */
export const REGISTER_SNAPSHOT_RATE = Duration.minutes(5);

/**
 * The snapshot's partitions (store/register-memory-store.ts keeps their layout): the pointer's,
 * and every generation's chunks. The change items' are `REGCHANGE#<day>`.
 */
export const SNAPSHOT_POINTER_PARTITION = 'REGSNAP';
export const SNAPSHOT_CHUNK_PARTITIONS = 'REGSNAP#*';
export const REGISTER_CHANGE_PARTITIONS = `${REGISTER_CHANGE_PREFIX}*`;

export interface RegisterSnapshotProps {
  readonly table: RegisterTable;
  readonly group: scheduler.IScheduleGroup;
  readonly monitoring: Monitoring;
}

/**
 * The register's snapshot writer (functions/register/snapshot-handler.ts): every 5 minutes, when
 * settings' static facts changed since the snapshot, a new generation of gzip chunks from the whole
 * register, then the pointer to it; when nothing did, only the pointer moved on. Each pointer write
 * is conditional on the pointer read, so an overlapping run changes nothing. Its role reads only the
 * pointer, the change items and the register's index partition, and writes only the snapshot's items.
 */
export class RegisterSnapshot extends Construct {
  readonly function: nodejs.NodejsFunction;
  readonly schedule: scheduler.Schedule;

  constructor(scope: Construct, id: string, props: RegisterSnapshotProps) {
    super(scope, id);
    const writer = createHouseFunction(new Construct(this, 'Writer'), {
      entry: new URL('../../functions/register/snapshot-handler.ts', import.meta.url),
      description: 'OpenPlace: writes the register snapshot that lists start from',
      roleDescription:
        'OpenPlace register snapshot writer: read the register and its change items, write only the snapshot (REGSNAP).',
      // Holds the whole register of England (~24k settings' static facts) and gzips it in chunks.
      memorySize: 1024,
      // The register is read a page at a time (about 25–75 MB for England) and written in a few
      // chunks: well inside the schedule's rate, so runs do not overlap. A run cut short before its
      // pointer leaves the snapshot before it in use, and the next run writes again.
      timeout: Duration.minutes(3),
      monitoring: props.monitoring,
      alarmName: 'RegisterSnapshot',
      runsEvery: REGISTER_SNAPSHOT_RATE,
    });
    this.function = writer.function;

    // Reads: the pointer (GetItem), the day partitions of change items (Query), the register's
    // partition of gsi1 (Query). Writes: chunks (BatchWriteItem, puts and deletes), the pointer (PutItem).
    const { table } = props;
    table.grantReadsUnder(writer.role, ['dynamodb:GetItem'], [SNAPSHOT_POINTER_PARTITION]);
    table.grantReadsUnder(writer.role, ['dynamodb:Query'], [REGISTER_CHANGE_PARTITIONS]);
    table.grantIndexQueryUnder(writer.role, [REGISTER_PARTITION]);
    table.grantWritesUnder(writer.role, ['dynamodb:PutItem'], [SNAPSHOT_POINTER_PARTITION]);
    table.grantWritesUnder(writer.role, ['dynamodb:BatchWriteItem'], [SNAPSHOT_CHUNK_PARTITIONS]);
    this.function.addEnvironment('TABLE_NAME', table.tableName);

    // A missed run is not retried for long: the next run, 5 minutes on, does the same work.
    this.schedule = scheduledInvoke(
      this,
      { role: 'ScheduleRole', schedule: 'Schedule' },
      {
        job: 'the register snapshot writer',
        jobName: 'RegisterSnapshot',
        description: 'OpenPlace: write the register snapshot that lists start from',
        schedule: scheduler.ScheduleExpression.rate(REGISTER_SNAPSHOT_RATE),
        runsEvery: REGISTER_SNAPSHOT_RATE,
        function: this.function,
        maxEventAge: REGISTER_SNAPSHOT_RATE,
        group: props.group,
        monitoring: props.monitoring,
      },
    );
  }
}
