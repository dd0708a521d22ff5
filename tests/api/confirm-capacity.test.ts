import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type LocalStack, startLocalStack } from '../../functions/local/runtime.js';
import { asOfficer, asStaff, gqlAt } from '../helpers/api.js';
import { aSettingInput, unique } from '../helpers/builders.js';
import { aListInput, aNorthernPlace, east } from '../helpers/lists.js';
import { GENERATE_LIST, UPDATE_CAPACITY, UPSERT_SETTING } from '../helpers/operations.js';

// "These figures are still correct": a second local API on the shared DynamoDB Local with a clock
// the test moves, so figures can go stale and be confirmed fresh again.

const DAY = 24 * 60 * 60 * 1000;
let clock = new Date();
let stack: LocalStack;
const officer = asOfficer('938');

const CONFIRM = `mutation Confirm($provisionId: ID!, $expectedVersion: Int!) {
  confirmCapacity(provisionId: $provisionId, expectedVersion: $expectedVersion) {
    id capacityVersion
    capacity { places onRoll vacancies source updatedAt updatedBy confirmedAt confirmedBy }
  }
}`;
const HISTORY = `query History($provisionId: ID!) {
  capacityHistory(provisionId: $provisionId, first: 5) {
    edges { node { version kind changedByRole before { vacancies confirmedAt } after { vacancies confirmedAt } } }
  }
}`;

beforeAll(async () => {
  stack = await startLocalStack({
    port: 0,
    tableName: inject('tableName'),
    dynamodbEndpoint: inject('dynamodbEndpoint'),
    logLevel: 'SILENT',
    now: () => clock,
  });
});
afterAll(async () => {
  await stack?.stop();
});

const call = (query: string, variables: Record<string, unknown>, token?: string) =>
  gqlAt<any>(stack.url, query, variables, token);

async function aSpecialSchool(at: { lat: number; lon: number }) {
  const input = aSettingInput({
    name: unique('Confirming Special'),
    kind: 'SPECIAL',
    phase: 'ALL_THROUGH',
    ageRange: { low: 4, high: 19 },
    location: at,
    provisions: [{ kind: 'MAIN_ROLL', name: 'Main roll', designation: ['ASD'] }],
  });
  return (await call(UPSERT_SETTING, { input }, officer)).data.upsertSetting;
}

describe('confirmCapacity', () => {
  it('keeps figures fresh with one click, as a new version with its own history entry', async () => {
    clock = new Date();
    const home = aNorthernPlace();
    const setting = await aSpecialSchool(east(home, 2));
    const provisionId = setting.provisions[0].id;
    const staff = asStaff(setting.id);
    const stated = await call(
      UPDATE_CAPACITY,
      { input: { provisionId, expectedVersion: 0, places: 10, onRoll: 8, vacancies: 2 } },
      staff,
    );
    expect(stated.errors).toBeUndefined();
    const statedAt = clock.toISOString();

    // Forty days on, the figures are stale: a list shows them UNCONFIRMED.
    clock = new Date(clock.getTime() + 40 * DAY);
    const entryOf = async () => {
      const r = await call(GENERATE_LIST, { input: aListInput(home) }, officer);
      expect(r.errors).toBeUndefined();
      return r.data.generateTailoredList.list.entries.find((e: any) => e.setting.id === setting.id);
    };
    expect((await entryOf()).capacity).toMatchObject({ status: 'UNCONFIRMED', lastConfirmedAt: statedAt });

    const confirmed = await call(CONFIRM, { provisionId, expectedVersion: 1 }, staff);
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data.confirmCapacity).toMatchObject({
      capacityVersion: 2,
      capacity: {
        places: 10,
        onRoll: 8,
        vacancies: 2,
        source: 'SETTING',
        updatedAt: statedAt,
        confirmedAt: clock.toISOString(),
        confirmedBy: `staff-${setting.id}`,
      },
    });
    expect((await entryOf()).capacity).toMatchObject({
      status: 'AVAILABLE',
      lastConfirmedAt: clock.toISOString(),
    });

    const history = (await call(HISTORY, { provisionId }, staff)).data.capacityHistory.edges.map(
      (e: any) => e.node,
    );
    expect(history[0]).toMatchObject({
      version: 2,
      kind: 'CONFIRMATION',
      changedByRole: 'SETTING_STAFF',
      before: { vacancies: 2, confirmedAt: null },
      after: { vacancies: 2, confirmedAt: clock.toISOString() },
    });
    expect(history[1]).toMatchObject({ version: 1, kind: 'STATEMENT' });

    // A confirmation on a version that moved is refused, as a statement is.
    const stale = await call(CONFIRM, { provisionId, expectedVersion: 1 }, staff);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    // A new statement is the figures' new date: the confirmation is cleared.
    const restated = await call(
      UPDATE_CAPACITY,
      { input: { provisionId, expectedVersion: 2, places: 10, onRoll: 9, vacancies: 1 } },
      staff,
    );
    expect(restated.errors).toBeUndefined();
    const after = (await call(CONFIRM, { provisionId, expectedVersion: 3 }, officer)).data.confirmCapacity;
    expect(after.capacity).toMatchObject({ onRoll: 9, source: 'SETTING', confirmedBy: 'officer-938' });
  });

  it('is refused where there are no figures to confirm, and to anyone but the setting and its LA', async () => {
    clock = new Date();
    const setting = await aSpecialSchool(aNorthernPlace());
    const provisionId = setting.provisions[0].id;
    const none = await call(CONFIRM, { provisionId, expectedVersion: 0 }, asStaff(setting.id));
    expect(none.errors?.[0]?.extensions).toMatchObject({
      code: 'FIGURES_NOT_CONFIRMABLE',
      provisionId,
      source: null,
    });
    const other = await aSpecialSchool(aNorthernPlace());
    const forbidden = await call(CONFIRM, { provisionId, expectedVersion: 0 }, asStaff(other.id));
    expect(forbidden.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const otherLa = await call(CONFIRM, { provisionId, expectedVersion: 0 }, asOfficer('936'));
    expect(otherLa.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});
