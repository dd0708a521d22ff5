import { describe, expect, it } from 'vitest';
import { asOfficer, gqlError, gqlOk } from '../helpers/api.js';
import { aCase, CONSULTATIONS, consultationInput, START_CONSULTATION } from '../helpers/journey.js';
import { aNorthernPlace, aSettingAt, east } from '../helpers/lists.js';

// A page's cursor answers the question it was given for: the next page of the same filter. Some
// filters are applied after reading (one setting in an LA, overdue or not), so the cursor is bound
// to what they keep, and a cursor taken under one setting cannot page through another's.

const westSussex = asOfficer('938');
const surrey = asOfficer('936');

describe('consultation cursors', () => {
  it('continue the same filter, and are refused with BAD_CURSOR under another setting or overdue filter', async () => {
    const home = aNorthernPlace();
    const one = await aSettingAt({
      name: 'Cursor School One',
      at: east(home, 2),
      laCode: '936',
      designation: ['ASD'],
    });
    const two = await aSettingAt({
      name: 'Cursor School Two',
      at: east(home, 3),
      laCode: '936',
      designation: ['ASD'],
    });
    const sent: string[] = [];
    for (const setting of [one, two, one]) {
      const c = await aCase(home);
      sent.push(
        (await gqlOk(START_CONSULTATION, { input: consultationInput(c, setting.id) }, westSussex))
          .startConsultation.id,
      );
    }
    const filter = { scope: 'TO_SETTINGS_IN_MY_LA', settingId: one.id };
    const page = (await gqlOk(CONSULTATIONS, { filter, first: 1 }, surrey)).consultations;
    expect(page.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([sent[2]]);
    const after = page.pageInfo.endCursor as string;
    const next = (await gqlOk(CONSULTATIONS, { filter, first: 1, after }, surrey)).consultations;
    expect(next.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([sent[0]]);

    for (const other of [
      { ...filter, settingId: two.id },
      { ...filter, overdue: false },
      { scope: 'TO_SETTINGS_IN_MY_LA' },
    ]) {
      const refused = await gqlError(CONSULTATIONS, { filter: other, first: 1, after }, surrey);
      expect(refused.extensions.code, JSON.stringify(other)).toBe('BAD_USER_INPUT');
      expect((refused.extensions.issues as unknown[])[0]).toMatchObject({ code: 'BAD_CURSOR' });
    }
  });
});
