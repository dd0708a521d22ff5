import { randomUUID } from 'node:crypto';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, inject, it } from 'vitest';
import type { Setting } from '../../functions/core/model.js';
import { applySettingDraft } from '../../functions/core/register.js';
import { parseSearchQuery } from '../../functions/core/search.js';
import { parseSettingInput } from '../../functions/core/setting-input.js';
import { randomIds } from '../../functions/services/ids.js';
import { searchPointerChanges } from '../../functions/store/items.js';
import { keys } from '../../functions/store/keys.js';
import { createSearchStore } from '../../functions/store/search-store.js';
import { aSettingInput } from '../helpers/builders.js';
import { testClient, testStore } from '../helpers/database.js';

const tableName = inject('tableName');
const searchStore = createSearchStore({ client: testClient, tableName });
const aWord = () =>
  `zs${randomUUID()
    .replace(/-/g, '')
    .slice(0, 8)
    .replace(/\d/g, (d) => 'ghijklmnop'[Number(d)] as string)}`;

function aNewSetting(overrides: Record<string, unknown>): Setting {
  return applySettingDraft({
    draft: parseSettingInput(aSettingInput(overrides)),
    existing: null,
    ids: randomIds,
    now: new Date().toISOString(),
  });
}

/** The setting's search pointers as stored, by sort key. */
async function pointersOf(settingId: string): Promise<Record<string, any>[]> {
  const { Items } = await testClient.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :search)',
      ExpressionAttributeValues: { ':pk': keys.setting(settingId).pk, ':search': 'SEARCH#' },
      ConsistentRead: true,
    }),
  );
  return Items ?? [];
}

const found = async (query: string) =>
  (await searchStore.searchSettings(parseSearchQuery(query), { first: 10 })).items.map((i) => i.item.id);

describe('search pointers', () => {
  it('are written with a setting, one per word it is found by, on the search index', async () => {
    const word = aWord();
    const setting = aNewSetting({
      name: `${word} Church of England Primary School`,
      urn: '7123456',
      address: { lines: ['1 Lane'], town: 'Horsham', postcode: 'RH12 1AA' },
    });
    await testStore.saveSetting(setting, { expectedRevision: null, previous: null });

    const pointers = await pointersOf(setting.id);
    expect(pointers.map((p) => p.word).sort()).toEqual(
      ['7123456', 'horsham', 'rh12', 'rh121aa', word].sort(),
    );
    const own = pointers.find((p) => p.word === word);
    expect(own).toMatchObject({
      sk: `SEARCH#${word}`,
      gsi6pk: `SEARCH#${word.slice(0, 3)}`,
      gsi6sk: `${word}#${setting.id}`,
      type: 'SearchPointer',
      text: ` ${word} church of england primary school horsham rh12 1aa rh121aa 7123456 `,
    });
    expect(JSON.parse(own?.doc)).toMatchObject({ id: setting.id, name: setting.name, urn: '7123456' });
    expect(await found(word)).toEqual([setting.id]);
  });

  it('follow a rename: the stale word is deleted and the others carry the new name', async () => {
    const [before, after] = [aWord(), aWord()];
    const setting = aNewSetting({
      name: `${before} School`,
      address: { lines: ['1 Lane'], town: 'Crawley', postcode: null },
    });
    await testStore.saveSetting(setting, { expectedRevision: null, previous: null });
    const renamed = { ...setting, name: `${after} School` };
    await testStore.saveSetting(renamed, { expectedRevision: 1, previous: setting });

    const pointers = await pointersOf(setting.id);
    expect(pointers.map((p) => p.sk).sort()).toEqual([`SEARCH#${after}`, 'SEARCH#crawley'].sort());
    for (const p of pointers) expect(JSON.parse(p.doc).name).toBe(`${after} School`);
    expect(await found(before)).toEqual([]);
    expect(await found(after)).toEqual([setting.id]);
  });

  it('are deleted when a setting closes, and none are written for a closed one', async () => {
    const word = aWord();
    const setting = aNewSetting({ name: `${word} School` });
    await testStore.saveSetting(setting, { expectedRevision: null, previous: null });
    await testStore.saveSetting({ ...setting, status: 'CLOSED' }, { expectedRevision: 1, previous: setting });
    expect(await pointersOf(setting.id)).toEqual([]);

    const closed = aNewSetting({ name: `${aWord()} School`, status: 'CLOSED' });
    await testStore.putNewSettings([closed]);
    expect(await pointersOf(closed.id)).toEqual([]);
  });

  it('are written by the bulk load too', async () => {
    const word = aWord();
    const settings = [
      aNewSetting({ name: `${word} North School` }),
      aNewSetting({ name: `${word} South School` }),
    ];
    await testStore.putNewSettings(settings);
    expect((await pointersOf(settings[0]?.id ?? '')).map((p) => p.word)).toContain(word);
    expect((await found(`${word} south`)).sort()).toEqual([settings[1]?.id]);
    expect((await found(word)).sort()).toEqual(settings.map((s) => s.id).sort());
  });

  it('leave a capacity update alone: no search pointer is rewritten', () => {
    const setting = aNewSetting({ name: `${aWord()} School` });
    const updated: Setting = {
      ...setting,
      provisions: setting.provisions.map((p) => ({ ...p, capacityVersion: p.capacityVersion + 1 })),
    };
    expect(searchPointerChanges(setting, updated)).toEqual({ put: [], remove: [] });
  });
});
