import type { ListFacts } from '../core/sufficiency/facts.js';
import { keys } from './keys.js';
import type { TransactItem } from './register-store.js';

// A list's facts item (keys.ts: list facts): one builder, for the list's own transaction
// (lists-store.ts newListWrite) and the backfill (sufficiency-store.ts) alike.

export const FACTS_TYPE = 'ListFacts';

/** The Put of a list's facts, for the list's own transaction (lists-store.ts newListWrite) or the backfill. */
export function listFactsWrite(tableName: string, partition: string, facts: ListFacts): TransactItem {
  return {
    Put: {
      TableName: tableName,
      Item: {
        ...keys.listFacts(partition, facts.version),
        ...keys.sufficiencyEntry(facts.laCode, facts.month, facts.generatedAt, facts.listId),
        type: FACTS_TYPE,
        doc: JSON.stringify(facts),
      },
    },
  };
}
