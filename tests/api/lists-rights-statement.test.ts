import { describe, expect, it } from 'vitest';
import { CORE_RIGHTS_TEXT, FIND_YOUR_SENDIASS } from '../../functions/core/rights-statement.js';
import { asOfficer, gql, gqlError, gqlOk } from '../helpers/api.js';
import { aListInput, aPlace, caseRef, expectRightsExtension } from '../helpers/lists.js';
import { GENERATE_LIST, RIGHTS, SET_LOCAL_RIGHTS } from '../helpers/operations.js';

// The parents' rights statement over the API: public, with what an LA added under the unchanged
// core text, and carried into that LA's lists.

describe('parentsRightsStatement', () => {
  it('is public, and shows what an LA added under the unchanged core text', async () => {
    const la = `1${String(Math.floor(Math.random() * 100)).padStart(2, '0')}`;
    const core = await gql<any>(RIGHTS, {});
    expectRightsExtension(core);
    const added = await gqlOk(
      SET_LOCAL_RIGHTS,
      {
        input: {
          laCode: la,
          sendiass: {
            name: 'Test SENDIASS',
            phone: '01234 567890',
            email: 'advice@example.org',
            website: '',
          },
          notes: ['Call us before the 15 days are up.'],
        },
      },
      asOfficer(la),
    );
    expect(added.setLocalRightsInfo.paragraphs).toEqual(core.data.parentsRightsStatement.paragraphs);
    const local = await gqlOk(RIGHTS, { laCode: la });
    // The same core text; the LA's contact replaces the advice on finding a SENDIASS.
    expect(local.parentsRightsStatement.text.startsWith(CORE_RIGHTS_TEXT)).toBe(true);
    expect(core.data.parentsRightsStatement.text).toContain(FIND_YOUR_SENDIASS);
    expect(local.parentsRightsStatement.text).not.toContain(FIND_YOUR_SENDIASS);
    expect(local.parentsRightsStatement.text).toContain('Test SENDIASS');
    expect(local.parentsRightsStatement.localSendiass).toEqual({
      name: 'Test SENDIASS',
      phone: '01234 567890',
      email: 'advice@example.org',
      website: null,
    });

    const refused = await gqlError(
      SET_LOCAL_RIGHTS,
      { input: { laCode: la, notes: ['x'] } },
      asOfficer('846'),
    );
    expect(refused.extensions.code).toBe('FORBIDDEN');
    const bad = await gqlError(
      SET_LOCAL_RIGHTS,
      { input: { laCode: la, sendiass: { name: 'S', email: 'not-an-email' } } },
      asOfficer(la),
    );
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.sendiass.email' });
  });

  it('is carried into lists generated for that LA', async () => {
    await gqlOk(
      SET_LOCAL_RIGHTS,
      { input: { laCode: '845', sendiass: { name: 'East Sussex SENDIASS' }, notes: [] } },
      asOfficer('845'),
    );
    const input = aListInput(aPlace(), { laCode: '845', caseReference: caseRef() });
    const list = (await gqlOk(GENERATE_LIST, { input }, asOfficer('845'))).generateTailoredList.list;
    expect(list.statement.localSendiass.name).toBe('East Sussex SENDIASS');
  });
});
