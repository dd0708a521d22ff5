import { RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct, type IConstruct } from 'constructs';
import { OUTBOX_PARTITION } from '../../functions/store/keys.js';
import { TABLE_DEFINITION } from '../../functions/store/table-definition.js';
import { onlyLeadingKeys } from './leading-keys.js';

/**
 * The register: the one DynamoDB table, built from the shared definition in
 * functions/store/table-definition.ts (the same one DynamoDB Local is created from), so keys,
 * indexes and TTL cannot drift between AWS and local development.
 *
 * Data protection: on-demand billing, point-in-time recovery, deletion protection, and
 * RETAIN on stack deletion or replacement; encrypted at rest with the AWS-managed key.
 *
 * Its stream (new images) carries the journey's outbox items to the event forwarder
 * (journey-events.ts); DynamoDB Local has no part in that: locally the outbox is drained instead.
 */
export interface RegisterTableProps {
  /**
   * Run against a table that already exists (context `tableName`), e.g. one restored from
   * point-in-time recovery, instead of creating one: the stack neither creates nor changes it.
   */
  readonly existing?: ExistingTable;
}

/** The item reads the functions' code sends (GetItem, BatchGetItem, Query). */
export const ITEM_READS = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'] as const;
export type ItemRead = (typeof ITEM_READS)[number];

/** The item writes the functions' code sends (a transaction's items are authorised one by one). */
export const ITEM_WRITES = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
] as const;
export type ItemWrite = (typeof ITEM_WRITES)[number];

/** What a function may do to the outbox's items (RegisterTable.grantOutboxTo). */
export type OutboxAction = 'Query' | 'UpdateItem' | 'DeleteItem';

/** A table the stack imports: its name, and its stream's ARN, which the outbox forwarder needs. */
export interface ExistingTable {
  readonly tableName: string;
  readonly tableStreamArn: string;
}

export class RegisterTable extends Construct {
  readonly table: dynamodb.ITable;
  /** True when the table was made elsewhere (existing-table mode). */
  readonly imported: boolean;

  constructor(scope: Construct, id: string, props: RegisterTableProps = {}) {
    super(scope, id);
    const { partitionKey, sortKey, globalSecondaryIndexes, timeToLiveAttribute } = TABLE_DEFINITION;

    this.imported = Boolean(props.existing);
    if (props.existing) {
      // Imported as it is: its keys, indexes, TTL and stream are the operator's to have set up as
      // TABLE_DEFINITION says (the runbook lists them); grants are scoped to its ARN and indexes.
      this.table = dynamodb.Table.fromTableAttributes(this, 'Table', {
        tableName: props.existing.tableName,
        tableStreamArn: props.existing.tableStreamArn,
        // An imported table's grants cover its indexes only when told it has some: without this,
        // every query of gsi1 (the register search, the map, the due and expiry lists) is refused.
        grantIndexPermissions: true,
      });
      return;
    }

    const table = new dynamodb.Table(this, 'Table', {
      partitionKey: { name: partitionKey, type: dynamodb.AttributeType.STRING },
      sortKey: { name: sortKey, type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      timeToLiveAttribute,
      // New images only: the forwarder needs the outbox item that was inserted, nothing older.
      stream: dynamodb.StreamViewType.NEW_IMAGE,
    });
    this.table = table;

    for (const index of globalSecondaryIndexes) {
      table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: { name: index.partitionKey, type: dynamodb.AttributeType.STRING },
        sortKey: { name: index.sortKey, type: dynamodb.AttributeType.STRING },
        projectionType: dynamodb.ProjectionType.ALL,
      });
    }
  }

  /**
   * Lets `fn` do `actions` on outbox items, and nothing else, AND tells it the table's name: on
   * this table, only where the partition key is the outbox's (dynamodb:LeadingKeys). The forwarder
   * deletes what it published; the re-send job also reads the outbox and records its attempts.
   */
  grantOutboxTo(fn: lambda.Function, actions: readonly OutboxAction[]): void {
    fn.addToRolePolicy(
      new iam.PolicyStatement({
        actions: actions.map((action) => `dynamodb:${action}`),
        resources: [this.table.tableArn],
        conditions: onlyLeadingKeys('ForAllValues:StringEquals', [OUTBOX_PARTITION]),
      }),
    );
    fn.addEnvironment('TABLE_NAME', this.table.tableName);
  }

  /**
   * How cdk-nag names the `<table arn>/index/*` resource of a grant on this table: the created
   * table's ARN by its logical id, an imported one's as the ARN CDK builds from its name.
   */
  indexesResourceFinding(): string {
    if (this.imported) {
      return `arn:<AWS::Partition>:dynamodb:<AWS::Region>:<AWS::AccountId>:table/${this.table.tableName}/index/*`;
    }
    const tableLogicalId = Stack.of(this).getLogicalId(this.table.node.defaultChild as dynamodb.CfnTable);
    return `<${tableLogicalId}.Arn>/index/*`;
  }

  get tableName(): string {
    return this.table.tableName;
  }

  /**
   * Lets `fn` read and write the table's items and query its indexes AND tells it the table's
   * name, in one call, so the environment variable and the grant cannot drift apart. Only the
   * actions the functions' code sends (tests/iam holds every request to its role): no Scan, no
   * DescribeTable, no stream reads, no ConditionCheckItem.
   */
  grantReadWriteTo(fn: lambda.Function): void {
    this.grantItems(fn.role ?? fn, [...ITEM_READS, ...ITEM_WRITES]);
    fn.addEnvironment('TABLE_NAME', this.table.tableName);
  }

  /**
   * Lets `principal` read items and query the indexes (`reads`, by default every read the code
   * makes), writing nothing.
   */
  grantReadTo(principal: iam.IGrantable, reads: readonly ItemRead[] = ITEM_READS): void {
    this.grantItems(principal, reads);
  }

  /**
   * Lets `principal` write only items under these partition keys (or key patterns), with these
   * actions; a request that names no key is refused (onlyLeadingKeys).
   */
  grantWritesUnder(principal: iam.IGrantable, actions: readonly ItemWrite[], keys: readonly string[]): void {
    principal.grantPrincipal.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: [...actions],
        resources: [this.table.tableArn],
        conditions: underKeys(keys),
      }),
    );
  }

  /**
   * Lets `principal` read only items under these partition keys (or key patterns), with these
   * reads (on the table; not its indexes: grantIndexQueryUnder); a request that names no key is refused.
   */
  grantReadsUnder(principal: iam.IGrantable, reads: readonly ItemRead[], keys: readonly string[]): void {
    principal.grantPrincipal.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: [...reads],
        resources: [this.table.tableArn],
        conditions: underKeys(keys),
      }),
    );
  }

  /**
   * Lets `principal` query the indexes only on these index partitions: on an index, a Query's
   * dynamodb:LeadingKeys is the partition of the index it names (gsi1pk), as the IAM audit asks.
   */
  grantIndexQueryUnder(principal: iam.IGrantable, partitions: readonly string[]): void {
    principal.grantPrincipal.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ['dynamodb:Query'],
        resources: [`${this.table.tableArn}/index/*`],
        conditions: underKeys(partitions),
      }),
    );
    this.acknowledgeIndexes(principal);
  }

  private grantItems(principal: iam.IGrantable, actions: readonly (ItemRead | ItemWrite)[]): void {
    principal.grantPrincipal.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: [...actions], resources: [this.table.tableArn] }),
    );
    if (!actions.includes('dynamodb:Query')) return;
    // Index ARNs admit only reads: Query is the one the register's code sends to them. Every index
    // of this table is one the register queries (they all come from TABLE_DEFINITION).
    principal.grantPrincipal.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ['dynamodb:Query'], resources: [`${this.table.tableArn}/index/*`] }),
    );
    this.acknowledgeIndexes(principal);
  }

  private acknowledgeIndexes(principal: iam.IGrantable): void {
    const role = principal.grantPrincipal as unknown as IConstruct;
    Validations.of(role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${this.indexesResourceFinding()}]`,
      reason:
        'Querying the register table includes its global secondary indexes (index/*). Every index comes ' +
        'from the shared TABLE_DEFINITION and is queried by the register; the grant is scoped to this ' +
        'one table, and only Query is allowed on its indexes.',
    });
  }
}

/** The condition of a statement limited to these partition keys: patterns (`*`) compared as such. */
function underKeys(keys: readonly string[]): Record<string, Record<string, unknown>> {
  return onlyLeadingKeys(
    keys.some((k) => k.includes('*')) ? 'ForAllValues:StringLike' : 'ForAllValues:StringEquals',
    keys,
  );
}
