import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, inject, it } from 'vitest';
import { keys } from '../../functions/store/keys.js';
import { asOfficer, gql, gqlError, gqlOk } from '../helpers/api.js';
import { testCaseKeys, testClient } from '../helpers/database.js';
import {
  aCase,
  CASE_JOURNEY,
  consultationInput,
  FAMILY_JOURNEY,
  PROVISION_CAPACITY,
  START_CONSULTATION,
} from '../helpers/journey.js';
import { aNorthernPlace, aSettingAt, east } from '../helpers/lists.js';
import { CASE_LISTS, GET_LIST } from '../helpers/operations.js';

const ERASE = `mutation Erase($caseReference: String!, $laCode: String!, $reason: String!) {
  eraseCase(caseReference: $caseReference, laCode: $laCode, reason: $reason) {
    id caseHash laCode erasedAt erasedBy reason itemsRemoved notice
  }
}`;

const officer = asOfficer('938');
const tableName = inject('tableName');

/** Every item in the case's partitions (each key of the ring, and the legacy hash). */
async function caseItems(laCode: string, caseReference: string) {
  const items: Record<string, unknown>[] = [];
  for (const partition of testCaseKeys.casePartitions(laCode, caseReference)) {
    const { Items } = await testClient.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :p',
        ExpressionAttributeValues: { ':p': partition },
        ConsistentRead: true,
      }),
    );
    items.push(...(Items ?? []));
  }
  return items;
}

async function item(key: { pk: string; sk: string }) {
  return (await testClient.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true })))
    .Item;
}

async function openCount(settingId: string): Promise<number> {
  const { setting } = await gqlOk(PROVISION_CAPACITY, { id: settingId }, officer);
  return setting.provisions[0].capacity.pendingConsultationsInOpenPlace;
}

/** A case with a list, a family link and an open consultation with a setting. */
async function aConsultedCase() {
  const home = aNorthernPlace();
  const setting = await aSettingAt({
    name: 'Erasure Special',
    at: east(home, 2),
    designation: ['ASD'],
    capacity: { places: 20, onRoll: 18, vacancies: 2 },
  });
  const c = await aCase(home);
  const consultation = (await gqlOk(START_CONSULTATION, { input: consultationInput(c, setting.id) }, officer))
    .startConsultation;
  expect(await openCount(setting.id)).toBe(1);
  return { ...c, setting, consultation };
}

describe('eraseCase', () => {
  it('is refused to an officer of another LA, and nothing is removed', async () => {
    const c = await aConsultedCase();
    const before = await caseItems(c.laCode, c.caseReference);

    const error = await gqlError(
      ERASE,
      { caseReference: c.caseReference, laCode: c.laCode, reason: 'Asked by the family.' },
      asOfficer('391'),
    );
    expect(error.extensions.code).toBe('FORBIDDEN');

    expect(await caseItems(c.laCode, c.caseReference)).toHaveLength(before.length);
    expect(await item(keys.consultation(c.consultation.id))).toBeDefined();
    expect((await gqlOk(FAMILY_JOURNEY, { token: c.token })).familyList.version).toBe(1);
    expect(await openCount(c.setting.id)).toBe(1);
  });

  it("stops the family link at once, deletes the case's items, gives back the open count and leaves only an audit record without the case reference", async () => {
    const c = await aConsultedCase();
    expect((await gqlOk(FAMILY_JOURNEY, { token: c.token })).familyList.version).toBe(1);

    const { eraseCase: receipt } = await gqlOk(
      ERASE,
      {
        caseReference: c.caseReference,
        laCode: c.laCode,
        reason: 'Asked by the family under UK GDPR art. 17.',
      },
      officer,
    );
    expect(receipt).toMatchObject({
      laCode: '938',
      erasedBy: 'officer-938',
      reason: 'Asked by the family under UK GDPR art. 17.',
    });
    // The list, the case record, the consultation (and any unpublished events).
    expect(receipt.itemsRemoved).toBeGreaterThanOrEqual(3);
    expect(receipt.notice).toMatch(/already published .* cannot be recalled/);
    expect(receipt.caseHash).not.toContain(c.caseReference);

    // The family's link answers as a wrong link does.
    const link = await gqlError(FAMILY_JOURNEY, { token: c.token });
    expect(link.extensions).toMatchObject({ code: 'NOT_FOUND', entity: 'FamilyLink' });
    // The officer's reads find nothing.
    const journey = await gqlError(
      CASE_JOURNEY,
      { caseReference: c.caseReference, laCode: c.laCode },
      officer,
    );
    expect(journey.extensions).toMatchObject({ code: 'NOT_FOUND', entity: 'Case' });
    expect(
      (await gqlOk(CASE_LISTS, { caseReference: c.caseReference, laCode: c.laCode }, officer)).tailoredLists,
    ).toEqual([]);
    expect((await gqlOk(GET_LIST, { id: c.list.id }, officer)).tailoredList).toBeNull();

    // Gone from the table: every item of the case's partitions, and its consultation.
    expect(await caseItems(c.laCode, c.caseReference)).toEqual([]);
    expect(await item(keys.consultation(c.consultation.id))).toBeUndefined();
    expect(await openCount(c.setting.id)).toBe(0);

    // What is left: one audit record, filed under the keyed hash, with no case reference in it.
    const { Items: audit = [] } = await testClient.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :p',
        ExpressionAttributeValues: { ':p': `ERASURE#${receipt.caseHash}` },
        ConsistentRead: true,
      }),
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      type: 'CaseErasure',
      erasureId: receipt.id,
      erasedBy: 'officer-938',
      erasedAt: receipt.erasedAt,
    });
    expect(JSON.stringify(audit[0])).not.toContain(c.caseReference);
  });

  it('answers the same receipt when asked again, and NOT_FOUND for a case that never was', async () => {
    const c = await aCase(aNorthernPlace());
    const vars = { caseReference: c.caseReference, laCode: c.laCode, reason: 'Duplicate case.' };
    const first = (await gqlOk(ERASE, vars, officer)).eraseCase;
    const again = (await gqlOk(ERASE, { ...vars, reason: 'Sent twice.' }, officer)).eraseCase;
    expect(again).toEqual(first);

    const never = await gqlError(ERASE, { ...vars, caseReference: `${c.caseReference}-NONE` }, officer);
    expect(never.extensions).toMatchObject({ code: 'NOT_FOUND', entity: 'Case' });
  });

  it('erases once when sent twice at once', async () => {
    const c = await aConsultedCase();
    const vars = { caseReference: c.caseReference, laCode: c.laCode, reason: 'Asked by the family.' };
    const [a, b] = await Promise.all([gql(ERASE, vars, officer), gql(ERASE, vars, officer)]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect((a.data as any).eraseCase.id).toBe((b.data as any).eraseCase.id);
    expect(await caseItems(c.laCode, c.caseReference)).toEqual([]);
    expect(await openCount(c.setting.id)).toBe(0);
  });

  it('lets the case reference start a new case afterwards, on which the old link opens nothing', async () => {
    const c = await aCase(aNorthernPlace());
    await gqlOk(ERASE, { caseReference: c.caseReference, laCode: c.laCode, reason: 'Wrong child.' }, officer);
    const again = await aCase(aNorthernPlace(), { caseReference: c.caseReference });
    expect(again.list.version).toBe(1);
    expect((await gqlError(FAMILY_JOURNEY, { token: c.token })).extensions.code).toBe('NOT_FOUND');
    expect((await gqlOk(FAMILY_JOURNEY, { token: again.token })).familyList.version).toBe(1);
  });

  it('validates the reason only for an officer of the LA', async () => {
    const c = await aCase(aNorthernPlace());
    const vars = { caseReference: c.caseReference, laCode: c.laCode, reason: '' };
    expect((await gqlError(ERASE, vars, asOfficer('391'))).extensions.code).toBe('FORBIDDEN');
    expect((await gqlError(ERASE, vars, officer)).extensions.code).toBe('BAD_USER_INPUT');
    expect(await caseItems(c.laCode, c.caseReference)).not.toEqual([]);
  });
});
