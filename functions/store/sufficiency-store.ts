import { ScanCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { CaseRecord, Consultation } from '../core/journey/model.js';
import { type ListFacts, listFacts } from '../core/sufficiency/facts.js';
import type { CaseFacts } from '../core/sufficiency/view-model.js';
import { CASE_RECORD_TYPE } from './case-index-queries.js';
import { listVersionKey } from './case-keys.js';
import type { DocumentClient } from './client.js';
import { CONSULTATION_INDEX, consultationPartition, keys, sufficiencyPartition } from './keys.js';
import { listFactsWrite } from './list-facts-item.js';
import { fromListItem } from './lists-store.js';
import { queryAll } from './query-pages.js';
import { isConditionFailure } from './transactions.js';

// The council's sufficiency picture reads three things it already has and one it keeps for it:
// each list's facts (written with the list, on gsi1 by council and London month), its cases'
// decisions (gsi2, by last change), and the consultations it sent (gsi4, by when sent).

export type SufficiencyStore = ReturnType<typeof createSufficiencyStore>;

export function createSufficiencyStore({ client, tableName }: { client: DocumentClient; tableName: string }) {
  /** The facts of the council's lists made in these London months, with their cases' partitions. */
  async function factsIn(laCode: string, months: readonly string[]): Promise<CaseFacts[]> {
    const pages = await Promise.all(
      months.map((month) =>
        queryAll(client, {
          TableName: tableName,
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :p',
          ExpressionAttributeValues: { ':p': sufficiencyPartition(laCode, month) },
          ProjectionExpression: 'pk, doc',
        }),
      ),
    );
    return pages
      .flat()
      .map((item) => ({ ...(JSON.parse(item.doc as string) as ListFacts), partition: item.pk as string }));
  }

  /** The council's cases changed at or after `since` (ISO instant), with their decisions. */
  async function casesChangedSince(
    laCode: string,
    since: string,
  ): Promise<{ partition: string; decisions: CaseRecord['decisions'] }[]> {
    const items = await queryAll(client, {
      TableName: tableName,
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :la AND gsi2sk >= :since',
      ExpressionAttributeValues: { ':la': keys.caseByLaEntry(laCode, '', '').gsi2pk, ':since': since },
      ProjectionExpression: 'pk, #type, doc',
      ExpressionAttributeNames: { '#type': 'type' },
    });
    return items.flatMap((item) =>
      item.type === CASE_RECORD_TYPE && typeof item.doc === 'string'
        ? [{ partition: item.pk as string, decisions: (JSON.parse(item.doc) as CaseRecord).decisions }]
        : [],
    );
  }

  /** Consultations the council sent at or after `since` (ISO instant). */
  async function consultationsSentSince(laCode: string, since: string): Promise<Consultation[]> {
    const index = CONSULTATION_INDEX.fromLa;
    const items = await queryAll(client, {
      TableName: tableName,
      IndexName: index,
      KeyConditionExpression: `${index}pk = :la AND ${index}sk >= :since`,
      ExpressionAttributeValues: { ':la': consultationPartition.fromLa(laCode), ':since': since },
      ProjectionExpression: 'doc',
    });
    return items.map((item) => JSON.parse(item.doc as string) as Consultation);
  }

  /**
   * The backfill: files the facts of every stored list (a Scan, a page at a time), each with a
   * check that its list is still there, so a case erased meanwhile never gets facts back. Lists
   * made before availability was kept file it as unknown. Safe to run again.
   */
  async function backfillFacts(onPage?: (filed: number) => void): Promise<{ lists: number; filed: number }> {
    let lists = 0;
    let filed = 0;
    let start: Record<string, unknown> | undefined;
    do {
      const page = await client.send(
        new ScanCommand({
          TableName: tableName,
          FilterExpression: '#type = :list',
          ExpressionAttributeNames: { '#type': 'type' },
          ExpressionAttributeValues: { ':list': 'TailoredList' },
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      for (const item of page.Items ?? []) {
        lists++;
        const list = fromListItem(item);
        const partition = item.pk as string;
        try {
          await client.send(
            new TransactWriteCommand({
              TransactItems: [
                listFactsWrite(tableName, partition, listFacts(list)),
                {
                  ConditionCheck: {
                    TableName: tableName,
                    Key: { pk: partition, sk: listVersionKey(list.version) },
                    ConditionExpression: 'attribute_exists(pk)',
                  },
                },
              ],
            }),
          );
          filed++;
        } catch (error) {
          // The list went (an erasure, its case's expiry) after the page was read: nothing to file.
          if (!isConditionFailure(error)) throw error;
        }
      }
      onPage?.(filed);
      start = page.LastEvaluatedKey;
    } while (start);
    return { lists, filed };
  }

  return { factsIn, casesChangedSince, consultationsSentSince, backfillFacts };
}
