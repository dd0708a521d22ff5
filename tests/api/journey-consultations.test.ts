import { describe, expect, it } from 'vitest';
import { asOfficer, asStaff, gql, gqlError, gqlOk } from '../helpers/api.js';
import {
  ANSWER_CONSULTATION,
  aCase,
  CONSULTATIONS,
  consultationInput,
  PROVISION_CAPACITY,
  START_CONSULTATION,
  WITHDRAW_CONSULTATION,
} from '../helpers/journey.js';
import { aNorthernPlace, aSettingAt, east } from '../helpers/lists.js';
import { UPDATE_CAPACITY, UPSERT_SETTING } from '../helpers/operations.js';

// Consultations over the API: their count on a provision's live capacity (never a CONFLICT for the
// school), and reading them, by school and by officers in scope.

const officer = asOfficer('938');

describe('consultations and live capacity', () => {
  it('count on the provision without moving its capacity version, so the school never gets a CONFLICT', async () => {
    const home = aNorthernPlace();
    const setting = await aSettingAt({
      name: 'Counted Special',
      at: east(home, 2),
      designation: ['ASD'],
      capacity: { places: 20, onRoll: 18, vacancies: 2 },
    });
    const c = await aCase(home);
    const before = (await gqlOk(PROVISION_CAPACITY, { id: setting.id }, officer)).setting.provisions[0];
    const started = (await gqlOk(START_CONSULTATION, { input: consultationInput(c, setting.id) }, officer))
      .startConsultation;
    const after = (await gqlOk(PROVISION_CAPACITY, { id: setting.id }, officer)).setting.provisions[0];
    expect(after.capacityVersion).toBe(before.capacityVersion);
    expect(after.capacity).toMatchObject({
      pendingConsultationsOutsideOpenPlace: 0,
      pendingConsultationsInOpenPlace: 1,
      pendingConsultations: 1,
    });
    // The school states its figures on the version it read before the consultation: accepted.
    const update = await gql(
      UPDATE_CAPACITY,
      {
        input: {
          provisionId: setting.provisions[0]?.id,
          expectedVersion: before.capacityVersion,
          places: 20,
          onRoll: 18,
          vacancies: 2,
          pendingConsultations: 1,
        },
      },
      asStaff(setting.id),
    );
    expect(update.errors).toBeUndefined();
    const stated = (await gqlOk(PROVISION_CAPACITY, { id: setting.id }, officer)).setting.provisions[0];
    expect(stated.capacity).toMatchObject({
      pendingConsultationsOutsideOpenPlace: 1,
      pendingConsultationsInOpenPlace: 1,
      pendingConsultations: 2,
    });
    // A new list judges LIMITED on the sum: two requests under way for two places.
    const again = await aCase(home);
    const entry = again.list.entries.find((e: any) => e.setting.id === setting.id);
    expect(entry?.capacity).toMatchObject({ status: 'LIMITED', pendingConsultations: 2 });

    const withdrawn = (
      await gqlOk(WITHDRAW_CONSULTATION, { id: started.id, reason: 'The family asked us to stop.' }, officer)
    ).withdrawConsultation;
    expect(withdrawn).toMatchObject({
      status: 'WITHDRAWN',
      open: false,
      withdrawnReason: 'The family asked us to stop.',
    });
    const done = (await gqlOk(PROVISION_CAPACITY, { id: setting.id }, officer)).setting.provisions[0];
    expect(done.capacity.pendingConsultationsInOpenPlace).toBe(0);
    // Withdrawing again changes nothing.
    await gqlOk(WITHDRAW_CONSULTATION, { id: started.id, reason: 'Again.' }, officer);
    expect(
      (await gqlOk(PROVISION_CAPACITY, { id: setting.id }, officer)).setting.provisions[0].capacity
        .pendingConsultationsInOpenPlace,
    ).toBe(0);
    const late = await gqlError(
      ANSWER_CONSULTATION,
      { id: started.id, input: { answer: 'CAN_MEET_NEEDS', explanation: 'Yes.' } },
      asStaff(setting.id),
    );
    expect(late.extensions.code).toBe('CONSULTATION_WITHDRAWN');
  });

  it('loses no count and no school statement when both happen at once', async () => {
    const home = aNorthernPlace();
    const setting = await aSettingAt({
      name: 'Busy Special',
      at: east(home, 2),
      designation: ['ASD'],
      capacity: { places: 30, onRoll: 20, vacancies: 10 },
    });
    const cases = await Promise.all(Array.from({ length: 6 }, () => aCase(home)));
    const staff = asStaff(setting.id);
    const statements = (async () => {
      let version = 1;
      for (let n = 0; n < 6; n++) {
        const r = await gql<any>(
          UPDATE_CAPACITY,
          {
            input: {
              provisionId: setting.provisions[0]?.id,
              expectedVersion: version,
              places: 30,
              onRoll: 20 + n,
              vacancies: 10 - n,
            },
          },
          staff,
        );
        expect(r.errors).toBeUndefined();
        version = r.data.updateCapacity.capacityVersion;
      }
    })();
    const consultations = Promise.all(
      cases.map((c) => gqlOk(START_CONSULTATION, { input: consultationInput(c, setting.id) }, officer)),
    );
    await Promise.all([statements, consultations]);
    const final = (await gqlOk(PROVISION_CAPACITY, { id: setting.id }, officer)).setting.provisions[0];
    expect(final.capacityVersion).toBe(7);
    expect(final.capacity).toMatchObject({ vacancies: 5, pendingConsultationsInOpenPlace: 6 });
  });
});

describe('reading consultations', () => {
  it('pages newest first across all of a school’s settings, and officers read theirs by scope', async () => {
    const home = aNorthernPlace();
    const first = await aSettingAt({
      name: 'Trust School One',
      at: east(home, 2),
      laCode: '936',
      designation: ['ASD'],
    });
    const second = await aSettingAt({
      name: 'Trust School Two',
      at: east(home, 4),
      laCode: '936',
      designation: ['ASD'],
    });
    const sent: string[] = [];
    for (const setting of [first, second, first, second, first]) {
      const c = await aCase(home);
      sent.push(
        (await gqlOk(START_CONSULTATION, { input: consultationInput(c, setting.id) }, officer))
          .startConsultation.id,
      );
    }
    // Staff of both settings (a trust's business manager), two at a time.
    const staff = asStaff(first.id, second.id);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = (await gqlOk(CONSULTATIONS, { first: 2, after }, staff)).consultations;
      expect(page.edges.length).toBeLessThanOrEqual(2);
      seen.push(...page.edges.map((e: any) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual([...sent].reverse());
    const onlyFirst = (await gqlOk(CONSULTATIONS, { filter: { settingId: first.id } }, staff)).consultations
      .edges;
    expect(onlyFirst.map((e: any) => e.node.id)).toEqual([sent[4], sent[2], sent[0]]);
    const notMine = await gqlError(CONSULTATIONS, { filter: { settingId: 's_notmine' } }, asStaff(first.id));
    expect(notMine.extensions.code).toBe('FORBIDDEN');

    // Surrey's officers see these consultations to their settings, without West Sussex's case references.
    const surrey = (
      await gqlOk(
        CONSULTATIONS,
        { filter: { scope: 'TO_SETTINGS_IN_MY_LA', settingId: second.id } },
        asOfficer('936'),
      )
    ).consultations.edges.map((e: any) => e.node);
    expect(surrey.map((n: any) => n.id)).toEqual([sent[3], sent[1]]);
    expect(surrey.every((n: any) => n.caseReference === null)).toBe(true);
    // West Sussex's officers see what they sent, with their case references.
    const sentByWestSussex = (
      await gqlOk(CONSULTATIONS, { filter: { scope: 'SENT_BY_MY_LA' }, first: 100 }, officer)
    ).consultations.edges.map((e: any) => e.node);
    const mine = sentByWestSussex.filter((n: any) => sent.includes(n.id));
    expect(mine).toHaveLength(5);
    expect(mine.every((n: any) => typeof n.caseReference === 'string')).toBe(true);
    const staffAsOfficer = await gqlError(CONSULTATIONS, { filter: { scope: 'SENT_BY_MY_LA' } }, staff);
    expect(staffAsOfficer.extensions.code).toBe('FORBIDDEN');
  });

  it('keeps the open count when the setting is changed by its LA', async () => {
    const home = aNorthernPlace();
    const setting = await aSettingAt({
      name: 'Renamed Special',
      at: east(home, 2),
      designation: ['ASD'],
      capacity: { places: 10, onRoll: 8, vacancies: 2 },
    });
    const c = await aCase(home);
    await gqlOk(START_CONSULTATION, { input: consultationInput(c, setting.id) }, officer);
    const stored = (await gqlOk(PROVISION_CAPACITY, { id: setting.id }, officer)).setting;
    await gqlOk(
      UPSERT_SETTING,
      {
        input: {
          id: setting.id,
          name: `${setting.name} (renamed)`,
          kind: 'SPECIAL',
          sector: 'LA_MAINTAINED',
          phase: 'ALL_THROUGH',
          ageRange: { low: 4, high: 19 },
          laCode: '938',
          address: { lines: ['1 Lane'], town: 'Horsham', postcode: 'RH12 1AA' },
          location: east(home, 2),
        },
      },
      officer,
    );
    const after = (await gqlOk(PROVISION_CAPACITY, { id: setting.id }, officer)).setting;
    expect(after.provisions[0].capacityVersion).toBe(stored.provisions[0].capacityVersion);
    expect(after.provisions[0].capacity.pendingConsultationsInOpenPlace).toBe(1);
  });
});
