// Two years of a council's history for the sufficiency bench: the picture reads every list's facts
// from 24 months before the as-at date, and every case changed since, so a bench whose lists were
// all made today would time an empty look-back. This copies the lists just made (their facts and
// case records, as stored) into the 24 months before, each copy a case of its own, dated to the
// middle of its month: the same items the picture reads, without making every list through the API.

import { BatchWriteCommand, type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { addMonths, londonDate } from '../../functions/core/journey/dates.js';
import { keys } from '../../functions/store/keys.js';

type Item = Record<string, unknown>;

/** Writes `copies` cases (facts and case record each) spread evenly over the 24 months before this one. */
export async function writeSufficiencyHistory(
  stack: { client: DynamoDBDocumentClient; tableName: string },
  laCode: string,
  copies: number,
): Promise<number> {
  const { client, tableName } = stack;
  const thisMonth = londonDate(new Date()).slice(0, 7);
  const facts = await queryAll(client, {
    TableName: tableName,
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :p',
    ExpressionAttributeValues: { ':p': keys.sufficiencyEntry(laCode, thisMonth, '', '').gsi1pk },
  });
  if (facts.length === 0) throw new Error(`No lists' facts for ${laCode} this month to copy`);
  const records = new Map<string, Item>();
  for (const f of facts) {
    const pk = f.pk as string;
    if (records.has(pk)) continue;
    const [record] = await queryAll(client, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND sk = :sk',
      ExpressionAttributeValues: { ':pk': pk, ':sk': keys.caseRecord(pk).sk },
    });
    if (record) records.set(pk, record);
  }

  const puts: Item[] = [];
  for (let i = 0; i < copies; i++) {
    const source = facts[i % facts.length] as Item;
    const record = records.get(source.pk as string);
    if (!record) continue;
    const month = addMonths(`${thisMonth}-15`, -1 - (i % 24)).slice(0, 7);
    const at = `${month}-15T10:00:00.000Z`;
    const partition = `BENCH-HISTORY#${i}`;
    const listId = `bench-history-${i}`;
    const doc = { ...(JSON.parse(source.doc as string) as Item), listId, version: 1, generatedAt: at, month };
    puts.push({
      type: source.type,
      ...keys.listFacts(partition, 1),
      ...keys.sufficiencyEntry(laCode, month, at, listId),
      doc: JSON.stringify(doc),
    });
    // The record as the picture reads it (its document, on the council's index of cases): no
    // other index, so no copy is found by the original's case reference or swept with it.
    puts.push({
      ...keys.caseRecord(partition),
      ...keys.caseByLaEntry(laCode, at, partition),
      type: record.type,
      doc: record.doc,
    });
  }
  for (let i = 0; i < puts.length; i += 25) {
    let pending: Item[] | undefined = puts.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } }));
    while (pending && pending.length > 0) {
      const out = await client.send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } }));
      pending = out.UnprocessedItems?.[tableName] as Item[] | undefined;
    }
  }
  return puts.length / 2;
}

async function queryAll(client: DynamoDBDocumentClient, input: QueryCommand['input']): Promise<Item[]> {
  const items: Item[] = [];
  let start: Item | undefined;
  do {
    const out = await client.send(new QueryCommand({ ...input, ExclusiveStartKey: start }));
    items.push(...((out.Items ?? []) as Item[]));
    start = out.LastEvaluatedKey as Item | undefined;
  } while (start);
  return items;
}
