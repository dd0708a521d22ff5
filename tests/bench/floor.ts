// The floor of `npm run bench`: the DynamoDB requests each list made (as its API's client recorded
// them), made again directly, in the same rounds — the reads of a round together, each round after
// the last — and then its write (the same items under a key of their own, as one conditional
// transaction: the list, its facts for the sufficiency picture and its case record). No GraphQL,
// no search, no matching: what the list cannot do without.

import {
  type AttributeValue,
  BatchGetItemCommand,
  type BatchGetItemCommandInput,
  DynamoDBClient,
  GetItemCommand,
  type GetItemCommandInput,
  QueryCommand,
  type QueryCommandInput,
  TransactWriteItemsCommand,
} from '@aws-sdk/client-dynamodb';
import type { AwsRequest } from '../../functions/local/request-recorder.js';
import type { CaseKeys } from '../../functions/store/case-keys.js';
import { keys } from '../../functions/store/keys.js';
import { WARM_UP } from './config.js';
import type { GeneratedLists } from './list-generation.js';
import { readsByRound } from './recorded.js';

/**
 * A copy of an item under a partition of its own, its index keys too: written at the same cost
 * (the same indexes), but never read as the council's cases or lists' facts afterwards.
 */
function apart(item: Record<string, AttributeValue>, i: number): Record<string, AttributeValue> {
  const copy: Record<string, AttributeValue> = { ...item, pk: { S: `BENCH#LIST#${i}` } };
  for (const name of Object.keys(copy)) if (/^gsi\d+pk$/.test(name)) copy[name] = { S: `BENCH#FLOOR#${i}` };
  return copy;
}

/** measure(i) makes the i-th list's requests again; `floor` holds the times after warm-up (ms), `write` the write's alone. */
export function createFloor(
  stack: { dynamodbEndpoint: string; tableName: string },
  caseKeys: CaseKeys,
  lists: GeneratedLists,
) {
  const raw = new DynamoDBClient({
    endpoint: stack.dynamodbEndpoint,
    region: 'eu-west-2',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const marshalled = (key: { pk: string; sk: string }) => ({ pk: { S: key.pk }, sk: { S: key.sk } });
  const again = (r: AwsRequest) => {
    switch (r.action) {
      case 'dynamodb:BatchGetItem':
        return raw.send(new BatchGetItemCommand(r.input as unknown as BatchGetItemCommandInput));
      case 'dynamodb:Query':
        return raw.send(new QueryCommand(r.input as unknown as QueryCommandInput));
      case 'dynamodb:GetItem':
        return raw.send(new GetItemCommand(r.input as unknown as GetItemCommandInput));
      default:
        throw new Error(`The floor does not replay ${r.action}`);
    }
  };
  const floor: number[] = [];
  const write: number[] = [];
  const measure = async (i: number) => {
    const rounds = readsByRound(lists.requests[i] ?? []);
    // The write's items, copied from what the list stored (read before the clock starts).
    const { listId } = lists.made[i] as { listId: string };
    const key = caseKeys.listKeyOf(listId);
    if (!key) throw new Error(`Not a list id: ${listId}`);
    const { Item } = await raw.send(new GetItemCommand({ TableName: stack.tableName, Key: marshalled(key) }));
    const record = await raw.send(
      new GetItemCommand({ TableName: stack.tableName, Key: marshalled(keys.caseRecord(key.pk)) }),
    );
    const version = Number(Item?.version?.N);
    const facts = await raw.send(
      new GetItemCommand({ TableName: stack.tableName, Key: marshalled(keys.listFacts(key.pk, version)) }),
    );
    if (!Item || !record.Item || !facts.Item) {
      throw new Error(`List ${listId}, its facts or its case record was not stored`);
    }

    const t0 = performance.now();
    for (const round of rounds) await Promise.all(round.map(again));
    const t1 = performance.now();
    await raw.send(
      new TransactWriteItemsCommand({
        TransactItems: [Item, facts.Item, record.Item].map((item) => ({
          Put: {
            TableName: stack.tableName,
            Item: apart(item, i),
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        })),
      }),
    );
    const t2 = performance.now();
    if (i >= WARM_UP) {
      floor.push(t2 - t0);
      write.push(t2 - t1);
    }
  };
  return { measure, floor, write, close: () => raw.destroy() };
}
