import { BatchWriteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { MAX_PENDING_CHANGES } from '../../functions/core/register-memory/catch-up.js';
import { runRegisterSnapshot } from '../../functions/services/register-snapshot-job.js';
import {
  createRegisterMemoryStore,
  registerChangeWrite,
} from '../../functions/store/register-memory-store.js';
import { createRegisterStore } from '../../functions/store/register-store.js';
import { asOfficer } from '../helpers/api.js';
import { testCaseKeys, testClient } from '../helpers/database.js';
import { aListInput, caseRef } from '../helpers/lists.js';
import { catchUps, registerLoads, twoInstances } from '../helpers/memory-stacks.js';
import { aSetting } from '../helpers/settings.js';

// What a list costs in requests once its instance holds the register: the same handful for a
// child in a city full of schools as for a child in Cornwall with a need provided for only far
// away (README: the read path); and what brings the register back from the snapshot.

const stacks = twoInstances('requests');
const officer = asOfficer('938');
const city = { lat: 52.48, lon: -1.9 };
const cornwall = { lat: 50.27, lon: -5.05 };

const near = (place: { lat: number; lon: number }, i: number) => ({
  lat: place.lat + ((i % 7) - 3) * 0.01,
  lon: place.lon + (Math.floor(i / 7) - 3) * 0.015,
});

async function seed() {
  const store = createRegisterStore({ client: testClient, tableName: stacks.tableName });
  const settings = [
    // A city: forty primaries, each with an autism base.
    ...Array.from({ length: 40 }, (_, i) => aSetting({ location: near(city, i) }, `city-${i}`)),
    // Cornwall: one primary near the child; the nearest provision for MSI is in the city, far away.
    aSetting(
      { location: cornwall, provisions: [{ kind: 'MAIN_ROLL', name: 'Main roll', designation: [] }] },
      'cornwall-1',
    ),
    aSetting(
      {
        location: near(city, 41),
        kind: 'SPECIAL',
        phase: 'ALL_THROUGH',
        ageRange: { low: 4, high: 19 },
        provisions: [{ kind: 'MAIN_ROLL', name: 'Main roll', designation: ['MSI'] }],
      },
      'city-msi',
    ),
  ];
  await store.putNewSettings(settings);
  return settings;
}

/** What a case system asks for (fields that read more, such as the list's family links, cost more). */
const GENERATE_LIST = `mutation($input: GenerateTailoredListInput!) { generateTailoredList(input: $input) {
  familyLink { token } list { id entries { rank setting { id name } capacity { status } reasons { code } } } } }`;

const list = (home: { lat: number; lon: number }, need: string) =>
  stacks.read(GENERATE_LIST, { input: aListInput(home, { primaryNeed: need, secondaryNeeds: [] }) }, officer);

const reads = (requests: { action: string }[]) =>
  requests.filter((r) => !r.action.endsWith('TransactWriteItems'));

describe('requests per list, once the instance holds the register', () => {
  it('are the same few for a city, a rare need in Cornwall and a case’s next version: three reads in two rounds, and the write', async () => {
    await seed();
    await list(city, 'ASD'); // the instance loads the register
    const urbanCase = caseRef();
    const urban = await stacks.read(
      GENERATE_LIST,
      { input: aListInput(city, { primaryNeed: 'ASD', secondaryNeeds: [], caseReference: urbanCase }) },
      officer,
    );
    const rural = await list(cornwall, 'MSI');
    const again = await stacks.read(
      GENERATE_LIST,
      { input: aListInput(city, { primaryNeed: 'ASD', secondaryNeeds: [], caseReference: urbanCase }) },
      officer,
    );
    expect(urban.data.generateTailoredList.list.entries.length).toBeGreaterThan(5);
    expect(rural.data.generateTailoredList.list.entries.map((e: any) => e.setting.id)).toContain('city-msi');
    for (const made of [urban, rural, again]) {
      // The case with the register's pointer and the LA's details; the register's changes; live figures.
      expect(
        reads(made.requests)
          .map((r) => r.action)
          .sort(),
      ).toEqual(['dynamodb:BatchGetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query']);
      expect(made.rounds).toBe(2);
      expect(made.requests.filter((r) => r.action === 'dynamodb:TransactWriteItems')).toHaveLength(1);
      expect(registerLoads(made.requests)).toEqual([]);
    }
  });

  it('reload the snapshot when a new one is written, and past 500 changes waiting', async () => {
    const memory = createRegisterMemoryStore({ client: testClient, tableName: stacks.tableName });
    const written = await runRegisterSnapshot({ store: memory, now: () => new Date() });
    expect(written.wrote).toBe(true);
    const reloaded = await list(city, 'ASD');
    expect(registerLoads(reloaded.requests).length).toBeGreaterThan(0);
    expect(registerLoads((await list(city, 'ASD')).requests)).toEqual([]);

    // More changes waiting than are worth applying (each a new revision of one of the city's schools).
    const changes = Array.from({ length: MAX_PENDING_CHANGES + 1 }, (_, i) =>
      registerChangeWrite(
        aSetting({ location: near(city, i % 40), name: `Renamed ${i}` }, `city-${i % 40}`),
        10 + i,
        stacks.tableName,
      ),
    );
    for (let start = 0; start < changes.length; start += 25) {
      await testClient.send(
        new BatchWriteCommand({
          RequestItems: {
            [stacks.tableName]: changes
              .slice(start, start + 25)
              .map((c) => ({ PutRequest: { Item: c.Put?.Item ?? {} } })),
          },
        }),
      );
    }
    const past = await list(city, 'ASD');
    expect(catchUps(past.requests).length).toBeGreaterThan(0);
    expect(registerLoads(past.requests).length).toBeGreaterThan(0);
    expect(past.data.generateTailoredList.list.entries.length).toBeGreaterThan(5);
  });
});

describe('a case record left behind by an earlier release', () => {
  it('still gets the next version: a list that meets a version already taken reads the latest list', async () => {
    const caseReference = caseRef();
    const input = aListInput(city, { primaryNeed: 'ASD', secondaryNeeds: [], caseReference });
    await stacks.read(GENERATE_LIST, { input }, officer);
    // As if a list were made by a release that did not keep latestList: the record names version 0.
    const key = { pk: testCaseKeys.casePartition('938', caseReference), sk: 'CASE' };
    const { Item } = await testClient.send(new GetCommand({ TableName: stacks.tableName, Key: key }));
    const record = JSON.parse(String(Item?.doc));
    await testClient.send(
      new PutCommand({
        TableName: stacks.tableName,
        Item: {
          ...Item,
          doc: JSON.stringify({ ...record, latestList: { ...record.latestList, version: 0 } }),
        },
      }),
    );
    const again = await stacks.read(GENERATE_LIST, { input }, officer);
    expect(again.data.generateTailoredList.list.id).toMatch(/_2$/);
  });
});
