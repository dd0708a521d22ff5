import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

/**
 * The one definition of the table's keys, indexes and TTL. The CDK stack
 * (infra/constructs/register-table.ts) and the local bootstrap both read it,
 * so the table in AWS and in DynamoDB Local cannot drift apart.
 */
export const TABLE_DEFINITION = {
  partitionKey: 'pk',
  sortKey: 'sk',
  globalSecondaryIndexes: [
    // The register in LA-then-name order: one partition, begins_with on the LA code.
    { indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    // The map, one sparse index per age band (core/lists/plain-settings.ts AGE_BANDS), so a list
    // reads only settings that take children of the child's age: strips of latitude sorted by
    // longitude (core/geo.ts), specialist settings and plain mainstream ones in separate layers.
    { indexName: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
    { indexName: 'gsi3', partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
    { indexName: 'gsi4', partitionKey: 'gsi4pk', sortKey: 'gsi4sk' },
    // Reach: per need and age band, every specialist provision designated for it in England, in
    // coarse strips of latitude sorted by longitude (core/lists/reach.ts), so a list finds the
    // nearest ones for a child's main need wherever they are.
    { indexName: 'gsi5', partitionKey: 'gsi5pk', sortKey: 'gsi5sk' },
    // Search: a pointer per word each open setting is found by (core/search.ts), partitioned by
    // the word's first 3 characters and sorted by word then setting id, so a query reads the
    // pointers of one word with begins_with and never scans the register.
    { indexName: 'gsi6', partitionKey: 'gsi6pk', sortKey: 'gsi6sk' },
  ],
  // Epoch seconds; DynamoDB deletes the item some time after. Never relied on for correctness.
  timeToLiveAttribute: 'ttl',
} as const;

/**
 * The shape of the items. A local table written in another format is recreated on start (it only
 * holds development data); a deployed table would need a migration, never a silent rewrite.
 */
export const STORAGE_FORMAT = 7;

export type IndexName = (typeof TABLE_DEFINITION.globalSecondaryIndexes)[number]['indexName'];

/** CreateTable input for DynamoDB Local, on-demand like the table in AWS. */
export function createTableInput(tableName: string): CreateTableCommandInput {
  const { partitionKey, sortKey, globalSecondaryIndexes } = TABLE_DEFINITION;
  const keyNames = [
    partitionKey,
    sortKey,
    ...globalSecondaryIndexes.flatMap((g) => [g.partitionKey, g.sortKey]),
  ];
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: keyNames.map((name) => ({ AttributeName: name, AttributeType: 'S' })),
    KeySchema: [
      { AttributeName: partitionKey, KeyType: 'HASH' },
      { AttributeName: sortKey, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: globalSecondaryIndexes.map((g) => ({
      IndexName: g.indexName,
      KeySchema: [
        { AttributeName: g.partitionKey, KeyType: 'HASH' },
        { AttributeName: g.sortKey, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'ALL' },
    })),
  };
}
