// The floor of `npm run bench`: the same reads a list needs, straight to DynamoDB, with no GraphQL,
// matching or writing. (The service reads plain schools ring by ring; the floor reads its final
// rings in one go.) The write it needs is timed apart, for reference: the floor leaves it out.

import {
  BatchGetItemCommand,
  DynamoDBClient,
  GetItemCommand,
  QueryCommand,
  TransactWriteItemsCommand,
} from '@aws-sdk/client-dynamodb';
import { REACH_STRIPS_PER_DEGREE, STRIPS_PER_DEGREE, stripRangesWithin } from '../../functions/core/geo.js';
import { ageBandOf } from '../../functions/core/lists/plain-settings.js';
import { defaultTravelKm } from '../../functions/core/lists/request.js';
import type { CaseKeys } from '../../functions/store/case-keys.js';
import { SETTING_DOCUMENT } from '../../functions/store/items.js';
import {
  keys,
  MAP_INDEX,
  mapPartition,
  mapSortKeyBounds,
  reachPartition,
} from '../../functions/store/keys.js';
import { LIST_DOCUMENT } from '../../functions/store/lists-store.js';
import { WARM_UP } from './config.js';
import type { GeneratedLists } from './list-generation.js';
import type { BenchRequest } from './requests.js';

/**
 * measure(i) reads what the i-th request's list needed (with the search its list made, and the
 * settings it read by id), then writes its list again, raw; `floor` and `write` hold the times
 * after warm-up (ms). Measure a list after it was generated.
 */
export function createFloor(
  stack: { dynamodbEndpoint: string; tableName: string },
  caseKeys: CaseKeys,
  requests: readonly BenchRequest[],
  lists: GeneratedLists,
) {
  const { searches, beyondReach, made } = lists;
  const raw = new DynamoDBClient({
    endpoint: stack.dynamodbEndpoint,
    region: 'eu-west-2',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const marshalled = (key: { pk: string; sk: string }) => ({ pk: { S: key.pk }, sk: { S: key.sk } });
  const floor: number[] = [];
  const write: number[] = [];
  const measure = async (i: number) => {
    const { input } = requests[i] as (typeof requests)[number];
    const home = {
      lat: Math.round(input.home.lat * 1000) / 1000,
      lon: Math.round(input.home.lon * 1000) / 1000,
    };
    const t0 = performance.now();
    const search = searches[i] ?? {
      radiusKm: defaultTravelKm(input.age),
      mainstreamRadiusKm: 0,
      specialistReachKm: defaultTravelKm(input.age),
    };
    const band = ageBandOf(input.age);
    const index = MAP_INDEX[band];
    const reachQueries =
      search.specialistReachKm > search.radiusKm
        ? stripRangesWithin(home, search.specialistReachKm, REACH_STRIPS_PER_DEGREE)
        : [];
    const byId = [...input.familyChoices.map((c) => c.settingId), ...(beyondReach[i] ?? [])];
    const queries = [
      ...stripRangesWithin(home, search.radiusKm, STRIPS_PER_DEGREE.specialist).map(
        (range) => [mapPartition('specialist', range.strip), range] as const,
      ),
      ...stripRangesWithin(home, search.mainstreamRadiusKm, STRIPS_PER_DEGREE.plain).map(
        (range) => [mapPartition('plain', range.strip), range] as const,
      ),
    ];
    await Promise.all([
      ...queries.map(async ([partition, range]) => {
        const [from, to] = mapSortKeyBounds(range);
        let startKey: Record<string, never> | undefined;
        do {
          const page = await raw.send(
            new QueryCommand({
              TableName: stack.tableName,
              IndexName: index,
              KeyConditionExpression: `${index}pk = :strip AND ${index}sk BETWEEN :from AND :to`,
              ExpressionAttributeValues: {
                ':strip': { S: partition },
                ':from': { S: from },
                ':to': { S: to },
              },
              ProjectionExpression: SETTING_DOCUMENT,
              ExclusiveStartKey: startKey,
            }),
          );
          startKey = page.LastEvaluatedKey as Record<string, never> | undefined;
        } while (startKey);
      }),
      ...reachQueries.map((range) => {
        const [from, to] = mapSortKeyBounds(range);
        return raw.send(
          new QueryCommand({
            TableName: stack.tableName,
            IndexName: 'gsi5',
            KeyConditionExpression: 'gsi5pk = :strip AND gsi5sk BETWEEN :from AND :to',
            ExpressionAttributeValues: {
              ':strip': { S: reachPartition(input.primaryNeed, band, range.strip) },
              ':from': { S: from },
              ':to': { S: to },
            },
            ProjectionExpression: 'doc',
          }),
        );
      }),
      byId.length > 0
        ? raw.send(
            new BatchGetItemCommand({
              RequestItems: {
                [stack.tableName]: {
                  Keys: byId.map((id) => marshalled(keys.setting(id))),
                  ConsistentRead: true,
                  ProjectionExpression: SETTING_DOCUMENT,
                },
              },
            }),
          )
        : Promise.resolve(),
      raw.send(
        new GetItemCommand({
          TableName: stack.tableName,
          Key: marshalled(keys.localRightsInfo(input.laCode)),
        }),
      ),
      // The case's latest list under every key of the ring (the current key, and the unkeyed
      // hash of lists made before keyed ids), as the service reads it.
      ...caseKeys.casePartitions(input.laCode, input.caseReference).map((partition) =>
        raw.send(
          new QueryCommand({
            TableName: stack.tableName,
            KeyConditionExpression: 'pk = :case AND begins_with(sk, :version)',
            ExpressionAttributeValues: { ':case': { S: partition }, ':version': { S: 'V#' } },
            ScanIndexForward: false,
            Limit: 1,
            ProjectionExpression: `${LIST_DOCUMENT}, doc`,
            ConsistentRead: true,
          }),
        ),
      ),
      // The case's journey record (its family choices), under every key of the ring.
      ...caseKeys.casePartitions(input.laCode, input.caseReference).map((partition) =>
        raw.send(
          new GetItemCommand({
            TableName: stack.tableName,
            Key: marshalled(keys.caseRecord(partition)),
            ConsistentRead: true,
          }),
        ),
      ),
    ]);
    if (i >= WARM_UP) floor.push(performance.now() - t0);

    // The write a list needs, made raw: the same item (copied from what the service stored,
    // under a key of its own), as one conditional put as the service makes it.
    const { listId } = made[i] as { listId: string };
    const key = caseKeys.listKeyOf(listId);
    if (!key) throw new Error(`Not a list id: ${listId}`);
    const { Item } = await raw.send(new GetItemCommand({ TableName: stack.tableName, Key: marshalled(key) }));
    if (!Item) throw new Error(`List ${listId} was not stored`);
    const record = await raw.send(
      new GetItemCommand({ TableName: stack.tableName, Key: marshalled(keys.caseRecord(key.pk)) }),
    );
    if (!record.Item) throw new Error(`The case record of ${listId} was not stored`);
    // As the service writes it: the list and the case's journey record, in one transaction.
    const t1 = performance.now();
    await raw.send(
      new TransactWriteItemsCommand({
        TransactItems: [
          {
            Put: {
              TableName: stack.tableName,
              Item: { ...Item, pk: { S: `BENCH#LIST#${i}` } },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          {
            Put: {
              TableName: stack.tableName,
              Item: { ...record.Item, pk: { S: `BENCH#LIST#${i}` } },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
        ],
      }),
    );
    if (i >= WARM_UP) write.push(performance.now() - t1);
  };
  return { measure, floor, write, close: () => raw.destroy() };
}
