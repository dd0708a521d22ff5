import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { CaseRecord } from '../core/journey/model.js';
import type { DocumentClient } from './client.js';
import { keys } from './keys.js';

// The two indexes of an LA's cases an officer's pages read: its cases by their last change (recent
// cases), and by their reference however spelt (find-a-case). Each case change writes both
// entries on the case's own item (journey-store.ts commit).

/** The `type` of a live case record's item (a case being removed is a tombstone). */
export const CASE_RECORD_TYPE = 'CaseRecord';

export function createCaseIndexQueries(client: DocumentClient, tableName: string) {
  /** An LA's cases, the most recently changed first, `limit` at most: each one's reference and last change. */
  async function recentCases(
    laCode: string,
    limit: number,
  ): Promise<{ caseReference: string; updatedAt: string }[]> {
    const { Items } = await client.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: 'gsi2',
        KeyConditionExpression: 'gsi2pk = :la',
        ExpressionAttributeValues: { ':la': keys.caseByLaEntry(laCode, '', '').gsi2pk },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return (Items ?? []).flatMap((item) => {
      if (item.type !== CASE_RECORD_TYPE || typeof item.doc !== 'string') return [];
      const record = JSON.parse(item.doc) as CaseRecord;
      return [{ caseReference: record.caseReference, updatedAt: record.updatedAt }];
    });
  }

  /** The references of the LA's cases spelt as `caseReference` is, capitals and spaces aside. */
  async function caseReferencesSpeltLike(laCode: string, caseReference: string): Promise<string[]> {
    const { Items } = await client.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: 'gsi3',
        KeyConditionExpression: 'gsi3pk = :ref',
        ExpressionAttributeValues: { ':ref': keys.caseByReferenceEntry(laCode, caseReference, '').gsi3pk },
        Limit: 10,
      }),
    );
    return (Items ?? []).flatMap((item) =>
      item.type === CASE_RECORD_TYPE && typeof item.doc === 'string'
        ? [(JSON.parse(item.doc) as CaseRecord).caseReference]
        : [],
    );
  }
  return { recentCases, caseReferencesSpeltLike };
}
