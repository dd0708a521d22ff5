import { RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { OUTBOX_PARTITION } from '../../functions/store/keys.js';
import { TABLE_DEFINITION } from '../../functions/store/table-definition.js';

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
export class RegisterTable extends Construct {
  readonly table: dynamodb.Table;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const { partitionKey, sortKey, globalSecondaryIndexes, timeToLiveAttribute } = TABLE_DEFINITION;

    this.table = new dynamodb.Table(this, 'Table', {
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

    for (const index of globalSecondaryIndexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: { name: index.partitionKey, type: dynamodb.AttributeType.STRING },
        sortKey: { name: index.sortKey, type: dynamodb.AttributeType.STRING },
        projectionType: dynamodb.ProjectionType.ALL,
      });
    }
  }

  /**
   * Lets `fn` delete outbox items, and nothing else, AND tells it the table's name: DeleteItem on
   * this table, only where the partition key is the outbox's (dynamodb:LeadingKeys).
   */
  grantOutboxDeleteTo(fn: lambda.Function): void {
    fn.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['dynamodb:DeleteItem'],
        resources: [this.table.tableArn],
        conditions: { 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': [OUTBOX_PARTITION] } },
      }),
    );
    fn.addEnvironment('TABLE_NAME', this.table.tableName);
  }

  get tableName(): string {
    return this.table.tableName;
  }

  /**
   * Lets `fn` read and write the table and its indexes AND tells it the table's name, in one
   * call, so the environment variable and the grant cannot drift apart.
   */
  grantReadWriteTo(fn: lambda.Function): void {
    this.table.grantReadWriteData(fn);
    fn.addEnvironment('TABLE_NAME', this.table.tableName);

    // The grant covers `<table arn>/index/*`. Every index of this table is one the register
    // queries (they all come from TABLE_DEFINITION), and index ARNs only allow reads.
    const tableLogicalId = Stack.of(this).getLogicalId(this.table.node.defaultChild as dynamodb.CfnTable);
    Validations.of(fn.role ?? fn).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${tableLogicalId}.Arn>/index/*]`,
      reason:
        'Read/write on the register table includes its global secondary indexes (index/*). Every index ' +
        'comes from the shared TABLE_DEFINITION and is queried by the register; the grant is scoped to ' +
        'this one table, and index ARNs only admit read actions.',
    });
  }
}
