import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { InvalidInputError } from '../../functions/core/errors.js';
import type { Consultation } from '../../functions/core/journey/model.js';
import type { CapacityChange, Page, Setting } from '../../functions/core/model.js';
import { applySettingDraft } from '../../functions/core/register.js';
import { parseSearchQuery } from '../../functions/core/search.js';
import { parseSettingInput } from '../../functions/core/setting-input.js';
import { randomIds } from '../../functions/services/ids.js';
import {
  type ConsultationFilter,
  type ConsultationQuery,
  createJourneyStore,
} from '../../functions/store/journey-store.js';
import { consultationPartition } from '../../functions/store/keys.js';
import { createReminderStore } from '../../functions/store/reminder-store.js';
import { createSearchStore } from '../../functions/store/search-store.js';
import { aSettingInput } from '../helpers/builders.js';
import { testClient, testStore } from '../helpers/database.js';

// Every client-facing page of the store, on DynamoDB Local: its cursor carries on the same
// question, and is refused (BAD_CURSOR on `after`, which the API answers as BAD_USER_INPUT) by a
// question with another filter, another LA or another kind.

const tableName = inject('tableName');
const deps = { client: testClient, tableName };
const reminders = createReminderStore(deps);
const search = createSearchStore(deps);
const journey = createJourneyStore({ ...deps, caseKeys: null });

/** A word no other test's settings hold (letters only, so the search takes it as a word). */
const aWord = () =>
  `zc${randomUUID()
    .replace(/-/g, '')
    .slice(0, 8)
    .replace(/\d/g, (d) => 'ghijklmnop'[Number(d)] as string)}`;

function aNewSetting(overrides: Record<string, unknown> = {}): Setting {
  return applySettingDraft({
    draft: parseSettingInput(aSettingInput(overrides)),
    existing: null,
    ids: randomIds,
    now: new Date().toISOString(),
  });
}

async function expectRefused(page: Promise<unknown>): Promise<void> {
  await expect(page).rejects.toBeInstanceOf(InvalidInputError);
  await expect(page).rejects.toMatchObject({ issues: [{ field: 'after', code: 'BAD_CURSOR' }] });
}

const lastCursor = <T>(page: Page<T>): string => {
  const cursor = page.items.at(-1)?.cursor;
  if (!cursor) throw new Error('the page is empty');
  return cursor;
};

const word = aWord();
const settings: Setting[] = [];

beforeAll(async () => {
  for (const name of ['Alpha', 'Beta', 'Gamma']) {
    const setting = aNewSetting({ name: `${word} ${name} School`, laCode: '938' });
    await testStore.saveSetting(setting, { expectedRevision: null, previous: null });
    settings.push(setting);
  }
});

describe('the register listing (settings)', () => {
  it('carries on with its own filter and refuses a cursor of any other filter, LA or question', async () => {
    const filter = { laCode: '938', kind: 'MAINSTREAM' as const };
    const first = await testStore.listSettings(filter, { first: 1 });
    expect(first.hasNextPage).toBe(true);
    const cursor = lastCursor(first);
    const next = await testStore.listSettings(filter, { first: 1, after: cursor });
    expect(next.items[0]?.item.id).not.toBe(first.items[0]?.item.id);

    for (const other of [
      { laCode: '846', kind: 'MAINSTREAM' as const },
      { laCode: '938' },
      { kind: 'MAINSTREAM' as const },
      { ...filter, need: 'ASD' as const },
      { ...filter, apTier: 'TIER_1' as const },
      { ...filter, phase: 'PRIMARY' as const },
      { ...filter, status: 'OPEN' as const },
      { ...filter, kind: 'SPECIAL' as const },
    ]) {
      await expectRefused(testStore.listSettings(other, { first: 1, after: cursor }));
    }
    // The same LA's stale figures read the same index: still another question.
    await expectRefused(reminders.listRegisterWhere('938', () => true, { first: 1, after: cursor }));
  });
});

describe('the stale figures of an LA (staleCapacity)', () => {
  it('carries on in its LA and refuses a cursor of another LA or of the register listing', async () => {
    const first = await reminders.listRegisterWhere('938', () => true, { first: 1 });
    const cursor = lastCursor(first);
    const next = await reminders.listRegisterWhere('938', () => true, { first: 1, after: cursor });
    expect(next.items[0]?.item.id).not.toBe(first.items[0]?.item.id);

    await expectRefused(reminders.listRegisterWhere('846', () => true, { first: 1, after: cursor }));
    await expectRefused(testStore.listSettings({ laCode: '938' }, { first: 1, after: cursor }));
  });
});

describe('a provision’s capacity history', () => {
  it('pages newest first and refuses a cursor of another provision or question', async () => {
    const setting = aNewSetting();
    const provision = setting.provisions[0];
    if (!provision) throw new Error('a setting has a provision');
    const changes: CapacityChange[] = [1, 2, 3].map((version) => ({
      provisionId: provision.id,
      settingId: setting.id,
      version,
      before: null,
      after: {
        places: 10,
        onRoll: version,
        vacancies: 0,
        vacanciesByYear: [],
        pendingConsultations: 0,
        note: null,
        source: 'SETTING',
        updatedAt: `2026-01-0${version}T09:00:00.000Z`,
        updatedBy: 'senco',
      },
      changedAt: `2026-01-0${version}T09:00:00.000Z`,
      changedBy: 'senco',
      changedByRole: 'SETTING_STAFF',
      kind: 'STATEMENT',
    }));
    await testStore.saveSetting(setting, { expectedRevision: null, previous: null, history: changes });

    const first = await testStore.listCapacityHistory(provision.id, { first: 2 });
    expect(first.items.map((i) => i.item.version)).toEqual([3, 2]);
    expect(first.hasNextPage).toBe(true);
    const cursor = lastCursor(first);
    const rest = await testStore.listCapacityHistory(provision.id, { first: 2, after: cursor });
    expect(rest.items.map((i) => i.item.version)).toEqual([1]);
    expect(rest.hasNextPage).toBe(false);

    const other = setting.provisions[1]?.id ?? 'p_other';
    await expectRefused(testStore.listCapacityHistory(other, { first: 2, after: cursor }));
    await expectRefused(testStore.listSettings({ laCode: '938' }, { first: 2, after: cursor }));
  });
});

describe('the register search', () => {
  it('carries on with its own words and refuses a cursor of other words, even with the same lead', async () => {
    const query = parseSearchQuery(word);
    const first = await search.searchSettings(query, { first: 1 });
    expect(first.hasNextPage).toBe(true);
    const cursor = lastCursor(first);
    const seen = [first.items[0]?.item.id];
    let after: string | null = cursor;
    while (after) {
      const page: Page<{ id: string }> = await search.searchSettings(query, { first: 1, after });
      seen.push(...page.items.map((i) => i.item.id));
      after = page.hasNextPage ? lastCursor(page) : null;
    }
    expect(seen.sort()).toEqual(settings.map((s) => s.id).sort());

    // "<word> alpha" leads with the same word, so reads the same partition: only the binding refuses.
    const narrower = parseSearchQuery(`${word} alpha`);
    expect(narrower.lead).toBe(query.lead);
    await expectRefused(search.searchSettings(narrower, { first: 1, after: cursor }));
    await expectRefused(search.searchSettings(parseSearchQuery(aWord()), { first: 1, after: cursor }));
    await expectRefused(testStore.listSettings({ laCode: '938' }, { first: 1, after: cursor }));
  });
});

function aConsultation(settingId: string, sentAt: string): Consultation {
  return {
    id: `c_${randomUUID()}`,
    casePartition: `LIST#${randomUUID()}`,
    caseReference: 'CASE/1',
    laCode: '938',
    setting: { id: settingId, urn: null, name: 'A School', laCode: '938' },
    provision: null,
    countedProvisionId: null,
    child: {
      primaryNeed: 'ASD',
      secondaryNeeds: [],
      age: 9,
      ncYear: 4,
      startDate: '2026-09-01',
      residential: false,
    },
    message: 'Please consider.',
    contact: { name: 'Officer', email: 'officer@example.org', phone: null },
    sentAt,
    sentOn: sentAt.slice(0, 10),
    dueOn: '2026-02-15',
    startedBy: 'officer',
    status: 'SENT',
    answers: [],
    withdrawnAt: null,
    withdrawnBy: null,
    withdrawnReason: null,
    open: true,
    decisionRecorded: false,
    overdueNotifiedAt: null,
  };
}

describe('consultations', () => {
  it('pages newest first and refuses a cursor of another index, partition, filter or where', async () => {
    const settingId = `s_${randomUUID()}`;
    const sent = ['2026-01-01T09:00:00.000Z', '2026-01-02T09:00:00.000Z', '2026-01-03T09:00:00.000Z'].map(
      (at) => aConsultation(settingId, at),
    );
    await journey.commit({
      consultations: sent.map((consultation) => ({ consultation, expectedRevision: null })),
    });
    const partitions = [
      consultationPartition.bySetting(settingId),
      consultationPartition.bySetting('s_none'),
    ];
    const query: ConsultationQuery & ConsultationFilter = {
      index: 'bySetting',
      partitions,
      status: null,
      overdueOn: null,
      where: (c) => c.status === 'SENT',
      whereKey: 'sent',
      first: 2,
    };
    const first = await journey.listConsultations(query);
    expect(first.items.map((i) => i.item.id)).toEqual([sent[2]?.id, sent[1]?.id]);
    expect(first.hasNextPage).toBe(true);
    const after = lastCursor(first);
    // The partitions are a set: their order is not part of the question.
    const rest = await journey.listConsultations({ ...query, partitions: [...partitions].reverse(), after });
    expect(rest.items.map((i) => i.item.id)).toEqual([sent[0]?.id]);
    expect(rest.hasNextPage).toBe(false);

    const { where: _where, whereKey: _whereKey, ...withoutWhere } = query;
    for (const other of [
      { ...query, index: 'toLa' as const },
      { ...query, partitions: partitions.slice(0, 1) },
      { ...query, status: 'SENT' as const },
      { ...query, overdueOn: '2026-03-01' },
      { ...query, whereKey: 'not-overdue' },
      withoutWhere,
    ]) {
      await expectRefused(journey.listConsultations({ ...other, after }));
    }
    await expectRefused(testStore.listSettings({ laCode: '938' }, { first: 2, after }));
  });
});
