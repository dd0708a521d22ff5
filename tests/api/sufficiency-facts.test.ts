import { BatchWriteCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { backfillListFacts } from '../../functions/compose.js';
import { londonDate } from '../../functions/core/journey/dates.js';
import { asOfficer } from '../helpers/api.js';
import { clockedStack } from '../helpers/clocked-stack.js';
import { caseRef } from '../helpers/lists.js';
import { GENERATE_LIST } from '../helpers/operations.js';
import { termOf } from '../helpers/periods.js';

// A list's facts live and die with it: filed in the list's own transaction, deleted when its case
// is erased, and filed by the backfill for lists stored before facts were kept.

const { stack, ok } = clockedStack('sufficiency-facts', () => new Date());
const LA = '383';
const officer = asOfficer(LA);
const ERASE = `mutation Erase($caseReference: String!, $laCode: String!, $reason: String!) {
  eraseCase(caseReference: $caseReference, laCode: $laCode, reason: $reason) { erasedAt }
}`;
const LISTS = `query S($laCode: String!, $period: String!) { sufficiency(laCode: $laCode, period: $period) { total { lists { value fewerThanFive } } } }`;

const today = () => londonDate(new Date());
const listsCounted = async () =>
  (await ok(LISTS, { laCode: LA, period: termOf() }, officer)).sufficiency.total.lists;

async function aList() {
  const input = {
    caseReference: caseRef(),
    laCode: LA,
    age: 12,
    startDate: new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10),
    primaryNeed: 'SEMH',
    secondaryNeeds: [],
    homePostcode: 'LS6 2AA',
    maxTravelKm: 15,
  };
  const made = await ok(GENERATE_LIST, { input }, officer);
  return { caseReference: input.caseReference, listId: made.generateTailoredList.list.id as string };
}

/** Every facts item in the table (the council's monthly index partitions of this month). */
async function factsItems() {
  const { client, tableName } = stack();
  const { Items } = await client.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :p',
      ExpressionAttributeValues: { ':p': `SUFFICIENCY#${LA}#${today().slice(0, 7)}` },
    }),
  );
  return Items ?? [];
}

describe("a list's facts", () => {
  it('are filed with each list, go when its case is erased, and come back for older lists by the backfill', async () => {
    const refs = [];
    for (let i = 0; i < 6; i++) refs.push(await aList());
    expect(await factsItems()).toHaveLength(6);
    expect(await listsCounted()).toEqual({ value: 5, fewerThanFive: false });

    // Erasing a case takes its list's facts with it: past counts fall as cases go.
    const erased = refs[0] as { caseReference: string; listId: string };
    await ok(
      ERASE,
      { caseReference: erased.caseReference, laCode: LA, reason: 'The family asked for erasure.' },
      officer,
    );
    expect(await factsItems()).toHaveLength(5);

    // Lists stored before facts were kept: remove the facts, as a table from before would be.
    const { client, tableName } = stack();
    const items = await factsItems();
    await client.send(
      new BatchWriteCommand({
        RequestItems: { [tableName]: items.map((i) => ({ DeleteRequest: { Key: { pk: i.pk, sk: i.sk } } })) },
      }),
    );
    expect(await listsCounted()).toEqual({ value: 0, fewerThanFive: false });
    const backfill = backfillListFacts(client, tableName);
    expect(await backfill()).toEqual({ lists: 5, filed: 5 });
    expect(await factsItems()).toHaveLength(5);
    expect(await listsCounted()).toEqual({ value: 5, fewerThanFive: false });
    // Again: nothing doubles.
    await backfill();
    expect(await factsItems()).toHaveLength(5);
    // The erased case's list was not brought back.
    const filed = (await factsItems()).map((i) => JSON.parse(i.doc).listId);
    expect(filed.sort()).toEqual(
      refs
        .slice(1)
        .map((r) => r.listId)
        .sort(),
    );
    expect(filed).not.toContain(erased.listId);
  });

  it('the backfill names no child: only the few facts a list is counted by', async () => {
    await aList();
    for (const item of await factsItems()) {
      const facts = JSON.parse(item.doc);
      expect(Object.keys(facts).sort()).toEqual(
        [
          'age',
          'availability',
          'district',
          'entriesByKind',
          'familyChoices',
          'generatedAt',
          'home',
          'laCode',
          'listId',
          'maxTravelKm',
          'month',
          'ncYear',
          'phase',
          'placementTypes',
          'primaryNeed',
          'secondaryNeeds',
          'version',
        ].sort(),
      );
      expect(item.doc).not.toContain('caseReference');
      expect(facts.home.lat * 100).toBeCloseTo(Math.round(facts.home.lat * 100), 6);
    }
  });
});
