import { QueryCommand as RawQueryCommand } from '@aws-sdk/client-dynamodb';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../functions/core/errors.js';
import type { Page, Setting } from '../../functions/core/model.js';
import { applySettingDraft } from '../../functions/core/register.js';
import { parseSettingInput } from '../../functions/core/setting-input.js';
import { randomIds } from '../../functions/services/ids.js';
import type { DocumentClient } from '../../functions/store/client.js';
import { encodeCursor } from '../../functions/store/cursor.js';
import { toSettingItem } from '../../functions/store/items.js';
import {
  cursorPage,
  firstKept,
  queryAll,
  queryPages,
  rawQueryPages,
  type StartKey,
} from '../../functions/store/query-pages.js';
import { createRegisterStore } from '../../functions/store/register-store.js';
import { createReminderStore } from '../../functions/store/reminder-store.js';
import { aSettingInput } from '../helpers/builders.js';

// The paging loop's own logic, against a fake client answering Queries from an in-memory partition
// the way DynamoDB does: at most `Limit` (else `pageSize`) items from after ExclusiveStartKey, and
// a LastEvaluatedKey while any are left. Store behaviour on DynamoDB is in cursors.test.ts.

type Row = Record<string, string>;

function fakeTable(rows: readonly Row[], pageSize = 3) {
  const sent: Record<string, any>[] = [];
  const client = {
    async send(command: unknown) {
      const raw = command instanceof RawQueryCommand;
      if (!raw && !(command instanceof QueryCommand)) throw new Error('only Queries here');
      const input = (command as QueryCommand).input as Record<string, any>;
      sent.push(input);
      const start = input.ExclusiveStartKey as Record<string, any> | undefined;
      const startSk = raw ? start?.sk?.S : start?.sk;
      const from = start ? rows.findIndex((r) => r.sk === startSk) + 1 : 0;
      const taken = rows.slice(from, from + (input.Limit ?? pageSize));
      const last = taken.at(-1);
      const more = from + taken.length < rows.length;
      const form = (row: Row) =>
        raw ? Object.fromEntries(Object.entries(row).map(([k, v]) => [k, { S: v }])) : { ...row };
      return {
        Items: taken.map(form),
        LastEvaluatedKey: more && last ? form({ pk: last.pk as string, sk: last.sk as string }) : undefined,
      };
    },
  };
  return { client: client as unknown as DocumentClient, sent };
}

const rows = (n: number): Row[] =>
  Array.from({ length: n }, (_, i) => ({ pk: 'P', sk: String(i).padStart(3, '0'), n: String(i) }));
const input = { TableName: 't', KeyConditionExpression: 'pk = :p' };

describe('the one paging loop', () => {
  it('reads each page from where the last stopped, until DynamoDB gives no next key', async () => {
    const { client, sent } = fakeTable(rows(7));
    const pages: string[][] = [];
    for await (const items of queryPages(client, input)) pages.push(items.map((i) => i.n as string));
    expect(pages).toEqual([['0', '1', '2'], ['3', '4', '5'], ['6']]);
    expect(sent.map((s) => s.ExclusiveStartKey?.sk)).toEqual([undefined, '002', '005']);
    expect(sent.every((s) => s.KeyConditionExpression === 'pk = :p')).toBe(true);
  });

  it('reads no page more than the caller asks for', async () => {
    const { client, sent } = fakeTable(rows(7));
    for await (const items of queryPages(client, input)) {
      expect(items).toHaveLength(3);
      break;
    }
    expect(sent).toHaveLength(1);
  });

  it('reads once from an empty partition', async () => {
    const { client, sent } = fakeTable([]);
    expect(await queryAll(client, input)).toEqual([]);
    expect(sent).toHaveLength(1);
  });

  it('reads all of a query, in order', async () => {
    const { client, sent } = fakeTable(rows(8));
    expect((await queryAll(client, input)).map((i) => i.n)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7']);
    expect(sent).toHaveLength(3);
  });

  it('starts at a given key, with a Limit per read when asked', async () => {
    const { client, sent } = fakeTable(rows(20));
    const pages: number[] = [];
    const reads = queryPages(client, input, { startKey: { pk: 'P', sk: '001' }, limit: (n) => 2 * 3 ** n });
    for await (const items of reads) pages.push(items.length);
    expect(pages).toEqual([2, 6, 10]);
    expect(sent.map((s) => s.Limit)).toEqual([2, 6, 18]);
    expect(sent[0]?.ExclusiveStartKey).toEqual({ pk: 'P', sk: '001' });
  });

  it('gives the plain client its start key as attribute values', async () => {
    const { client, sent } = fakeTable(rows(5));
    const seen: string[] = [];
    for await (const items of rawQueryPages(client, input, { startKey: { pk: 'P', sk: '000' }, limit: 2 })) {
      seen.push(...items.map((i) => i.n?.S as string));
    }
    expect(seen).toEqual(['1', '2', '3', '4']);
    expect(sent[0]?.ExclusiveStartKey).toEqual({ pk: { S: 'P' }, sk: { S: '000' } });
    expect(sent.map((s) => s.Limit)).toEqual([2, 2]);
  });
});

describe('reading until enough are kept', () => {
  it('stops in the page that completes them and reads no further', async () => {
    const { client, sent } = fakeTable(rows(12));
    const odd = (item: Record<string, unknown>) => (Number(item.n) % 2 === 1 ? Number(item.n) : null);
    const found = await firstKept(queryPages(client, input), 3, odd);
    expect(found.map((f) => f.kept)).toEqual([1, 3, 5]);
    expect(found[2]?.item.sk).toBe('005');
    expect(sent).toHaveLength(2);
  });

  it('gives what there is when the pages run out first', async () => {
    const { client } = fakeTable(rows(4));
    const found = await firstKept(queryPages(client, input), 10, (item) => item.n);
    expect(found.map((f) => f.kept)).toEqual(['0', '1', '2', '3']);
  });
});

describe('a client page with a cursor', () => {
  const request = (after: string | null | undefined, cursorQuery = 'odd:P', first = 2) => ({
    first,
    after,
    cursorQuery,
    keyAttributes: ['pk', 'sk'],
    isOwnKey: (key: StartKey) => key.pk === 'P',
    keep: (item: Record<string, unknown>) => (Number(item.n) % 2 === 1 ? Number(item.n) : null),
  });

  it('pages through the kept items once each, looking one ahead for the next page', async () => {
    const { client } = fakeTable(rows(11));
    const seen: number[][] = [];
    const more: boolean[] = [];
    let after: string | null = null;
    do {
      const page: Page<number> = await cursorPage(
        (startKey) => queryPages(client, input, { startKey }),
        request(after),
      );
      seen.push(page.items.map((i) => i.item));
      more.push(page.hasNextPage);
      after = page.hasNextPage ? (page.items.at(-1)?.cursor ?? null) : null;
    } while (after);
    expect(seen).toEqual([[1, 3], [5, 7], [9]]);
    expect(more).toEqual([true, true, false]);
  });

  it('says there is no next page when the page ends exactly at the last kept item', async () => {
    const { client } = fakeTable(rows(4));
    const page = await cursorPage((startKey) => queryPages(client, input, { startKey }), request(null));
    expect(page.items.map((i) => i.item)).toEqual([1, 3]);
    expect(page.hasNextPage).toBe(false);
  });

  it('makes each cursor from its item’s key, for the plain client too', async () => {
    const { client } = fakeTable(rows(6));
    const first = await cursorPage((startKey) => rawQueryPages(client, input, { startKey }), {
      ...request(null),
      keep: (item) => (Number(item.n?.S) % 2 === 1 ? Number(item.n?.S) : null),
    });
    expect(first.items.map((i) => i.cursor)).toEqual([
      encodeCursor({ pk: 'P', sk: '001' }, 'odd:P'),
      encodeCursor({ pk: 'P', sk: '003' }, 'odd:P'),
    ]);
  });

  it('refuses, before reading, a cursor of another question, one pointing elsewhere, and garbage', async () => {
    const { client, sent } = fakeTable(rows(11));
    const pages = (startKey: StartKey | undefined) => queryPages(client, input, { startKey });
    const page = await cursorPage(pages, request(null));
    const cursor = page.items.at(-1)?.cursor;
    sent.length = 0;
    for (const [after, query] of [
      [cursor, 'odd:Q'],
      [cursor, 'even:P'],
      [encodeCursor({ pk: 'Q', sk: '003' }, 'odd:P'), 'odd:P'],
      [encodeCursor({ pk: 'P', sk: '003', extra: 'x' }, 'odd:P'), 'odd:P'],
      ['not-a-cursor', 'odd:P'],
    ] as const) {
      const refused = cursorPage(pages, request(after, query));
      await expect(refused).rejects.toBeInstanceOf(InvalidInputError);
      await expect(refused).rejects.toMatchObject({ issues: [{ field: 'after', code: 'BAD_CURSOR' }] });
    }
    expect(sent).toHaveLength(0);
  });
});

describe('the one reader of the register index', () => {
  const settings: Setting[] = Array.from({ length: 5 }, (_, i) =>
    applySettingDraft({
      draft: parseSettingInput(aSettingInput({ name: `Reader School ${i}`, laCode: '938' })),
      existing: null,
      ids: randomIds,
      now: '2026-01-01T00:00:00.000Z',
    }),
  );
  const items = settings.map((s) => toSettingItem(s, 1) as unknown as Row);

  it('is read the same way by the register search, the stale figures and the reminder job', async () => {
    const { client, sent } = fakeTable(
      items.map((item) => ({ ...item, sk: item.gsi1sk as string })),
      2,
    );
    const deps = { client, tableName: 't' };
    const pages: string[][] = [];
    await createReminderStore(deps).forEachRegisterPage('938', (found) => {
      pages.push(found.map((s) => s.name));
    });
    expect(pages).toEqual([
      ['Reader School 0', 'Reader School 1'],
      ['Reader School 2', 'Reader School 3'],
      ['Reader School 4'],
    ]);
    const listed = await createRegisterStore(deps).listSettings({ laCode: '938' }, { first: 2 });
    expect(listed.items.map((i) => i.item.name)).toEqual(['Reader School 0', 'Reader School 1']);
    const stale = await createReminderStore(deps).listRegisterWhere('938', () => true, { first: 2 });
    expect(stale.items.map((i) => i.item.name)).toEqual(['Reader School 0', 'Reader School 1']);
    const shapes = new Set(
      sent.map((s) => JSON.stringify([s.IndexName, s.KeyConditionExpression, s.ExpressionAttributeValues])),
    );
    expect(shapes.size).toBe(1);
  });
});
