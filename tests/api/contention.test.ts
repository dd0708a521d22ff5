import { describe, expect, inject, it } from 'vitest';
import { startLocalStack } from '../../functions/local/runtime.js';
import { asOfficer, asStaff, gql, gqlOk } from '../helpers/api.js';
import { aSettingInput } from '../helpers/builders.js';
import { CAPACITY_HISTORY, GET_SETTING, UPDATE_CAPACITY, UPSERT_SETTING } from '../helpers/operations.js';

const officer = asOfficer('938');

/** A setting with ten resourced provisions, each a writer's own. */
async function aSettingWithTenProvisions() {
  const provisions = [
    { kind: 'MAIN_ROLL', name: 'Main roll', designation: [] },
    ...Array.from({ length: 10 }, (_, i) => ({
      kind: 'RESOURCED_PROVISION',
      name: `Base ${i}`,
      designation: ['ASD'],
    })),
  ];
  return (await gqlOk(UPSERT_SETTING, { input: aSettingInput({ provisions }) }, officer)).upsertSetting;
}

describe('many writers on one setting', () => {
  it('applies 10 concurrent upserts and 40 capacity updates, losing none', async () => {
    const setting = await aSettingWithTenProvisions();
    const bases = setting.provisions.filter((p: any) => p.kind === 'RESOURCED_PROVISION');
    const staff = asStaff(setting.id);
    const upserts = Array.from({ length: 10 }, (_, i) =>
      gql(
        UPSERT_SETTING,
        { input: { ...aSettingInput({ provisions: [] }), id: setting.id, name: `${setting.name} v${i}` } },
        officer,
      ),
    );
    // Four updates to each provision, one after another (each on the version it was given).
    const updates = bases.map(async (base: any) => {
      let version = 0;
      for (let n = 1; n <= 4; n++) {
        const response = await gql<any>(
          UPDATE_CAPACITY,
          {
            input: {
              provisionId: base.id,
              expectedVersion: version,
              places: 10,
              onRoll: n,
              vacancies: 10 - n,
            },
          },
          staff,
        );
        expect(response.errors).toBeUndefined();
        version = response.data.updateCapacity.capacityVersion;
      }
      return version;
    });
    const [upserted, versions] = await Promise.all([Promise.all(upserts), Promise.all(updates)]);
    for (const response of upserted) expect(response.errors).toBeUndefined();
    expect(versions).toEqual(bases.map(() => 4));

    const stored = (await gqlOk(GET_SETTING, { id: setting.id }, officer)).setting;
    // Every provision kept (the upserts named none), with its last figures; one of the names won.
    expect(stored.provisions).toHaveLength(11);
    for (const base of stored.provisions.filter((p: any) => p.kind === 'RESOURCED_PROVISION')) {
      expect(base).toMatchObject({ capacityVersion: 4, capacity: { onRoll: 4 } });
      const history = (await gqlOk(CAPACITY_HISTORY, { provisionId: base.id, first: 10 }, staff))
        .capacityHistory;
      expect(history.edges.map((e: any) => e.node.version)).toEqual([4, 3, 2, 1]);
    }
    expect(stored.name).toMatch(/ v\d$/);
  }, 60_000);

  it('never answers CONFLICT to a writer whose own provision did not move', async () => {
    const setting = await aSettingWithTenProvisions();
    const staff = asStaff(setting.id);
    const bases = setting.provisions.filter((p: any) => p.kind === 'RESOURCED_PROVISION');
    const codes: string[] = [];
    await Promise.all(
      bases.map(async (base: any) => {
        let version = 0;
        for (let n = 1; n <= 5; n++) {
          const response = await gql<any>(
            UPDATE_CAPACITY,
            {
              input: {
                provisionId: base.id,
                expectedVersion: version,
                places: 9,
                onRoll: n,
                vacancies: 9 - n,
              },
            },
            staff,
          );
          if (response.errors) codes.push(response.errors[0]?.extensions.code ?? 'none');
          else version = response.data.updateCapacity.capacityVersion;
        }
      }),
    );
    expect(codes).toEqual([]);
  }, 60_000);

  it('refuses an upsert based on an old revision when the caller sends it, and says the current one', async () => {
    const setting = await aSettingWithTenProvisions();
    expect(setting.revision).toBe(1);
    const input = { ...aSettingInput({ provisions: [] }), id: setting.id };
    const renamed = await gqlOk(
      UPSERT_SETTING,
      { input: { ...input, name: 'First', expectedRevision: 1 } },
      officer,
    );
    expect(renamed.upsertSetting.revision).toBe(2);
    const stale = await gql(
      UPSERT_SETTING,
      { input: { ...input, name: 'Second', expectedRevision: 1 } },
      officer,
    );
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      currentRevision: 2,
      expectedRevision: 1,
    });
    const stored = (await gqlOk(GET_SETTING, { id: setting.id }, officer)).setting;
    expect(stored).toMatchObject({ name: 'First', revision: 2 });
    expect(stored.provisions).toHaveLength(11);
  });

  it('answers CONCURRENT_UPDATE (503, Retry-After) when a write loses every attempt, and loses nothing', async () => {
    // A second API on the same database whose register gives each write one attempt.
    const strict = await startLocalStack({
      port: 0,
      tableName: inject('tableName'),
      dynamodbEndpoint: inject('dynamodbEndpoint'),
      logLevel: 'SILENT',
      retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
    });
    try {
      const setting = await aSettingWithTenProvisions();
      const staff = asStaff(setting.id);
      const bases = setting.provisions.filter((p: any) => p.kind === 'RESOURCED_PROVISION');
      let concurrent = 0;
      for (let round = 1; round <= 5 && concurrent === 0; round++) {
        const stored = (await gqlOk(GET_SETTING, { id: setting.id }, officer)).setting;
        const responses = await Promise.all(
          bases.map(async (base: any) => {
            const version = stored.provisions.find((p: any) => p.id === base.id).capacityVersion;
            const response = await fetch(strict.url, {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${staff}` },
              body: JSON.stringify({
                query: UPDATE_CAPACITY,
                variables: {
                  input: {
                    provisionId: base.id,
                    expectedVersion: version,
                    places: 9,
                    onRoll: round,
                    vacancies: 9 - round,
                  },
                },
              }),
            });
            return {
              base,
              version,
              status: response.status,
              retryAfter: response.headers.get('retry-after'),
              body: (await response.json()) as any,
            };
          }),
        );
        for (const r of responses) {
          const code = r.body.errors?.[0]?.extensions?.code;
          if (code === 'CONCURRENT_UPDATE') {
            concurrent++;
            expect(r.status).toBe(503);
            expect(Number(r.retryAfter)).toBeGreaterThan(0);
          } else {
            // Never a conflict that did not happen, never a masked error.
            expect(r.body.errors).toBeUndefined();
          }
        }
        // Nothing lost: each provision's history holds exactly the updates that were accepted.
        const now = (await gqlOk(GET_SETTING, { id: setting.id }, officer)).setting;
        for (const r of responses) {
          const accepted = !r.body.errors;
          const after = now.provisions.find((p: any) => p.id === r.base.id);
          expect(after.capacityVersion).toBe(accepted ? r.version + 1 : r.version);
        }
      }
      expect(concurrent).toBeGreaterThan(0);
    } finally {
      await strict.stop();
    }
  }, 60_000);
});
