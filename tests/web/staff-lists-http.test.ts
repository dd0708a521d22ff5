import { describe, expect, it } from 'vitest';
import { asOfficer, gqlOk } from '../helpers/api.js';
import { aListInput, caseRef } from '../helpers/lists.js';
import { LINKS, LISTS, listIdOf } from './list-pages.js';
import { baseUrl, generate } from './pages.js';
import { aNorthernDistrict, inTwoMonths, officerOf, signInOverHttp, staffOf } from './staff.js';

// The list pages over plain HTTP: officers of another LA, setting staff and forms without their
// token are refused and nothing is made or withdrawn; sign-in first; an unknown list is a 404.

describe('who may do what, over HTTP', () => {
  it('an officer of another LA gets 403 for the list and for withdrawing its links, and nothing is withdrawn', async () => {
    const made = await generate(aListInput(aNorthernDistrict().home, { maxTravelKm: 5 }));
    const listId = listIdOf(made.token);
    const other = await signInOverHttp(officerOf('936'));
    expect((await other.get(`/lists/${listId}`)).status).toBe(403);
    expect((await other.post(`/lists/${listId}/withdraw-links`, {})).status).toBe(403);
    expect((await other.post(`/lists/${listId}/link`, {})).status).toBe(403);
    const links = await gqlOk(LINKS, { id: listId }, asOfficer('938'));
    expect(links.tailoredList.familyLinks).toEqual([{ active: true }]);
    expect((await fetch(made.url)).status).toBe(200);
  });

  it('setting staff cannot make a list (403), nor can a form without its token, and nothing is made', async () => {
    const ref = caseRef();
    const start = inTwoMonths().toISOString().slice(0, 10).split('-');
    const fields = {
      action: 'make',
      caseReference: ref,
      laCode: '938',
      primaryNeed: 'ASD',
      age: '9',
      'startDate-year': start[0] ?? '',
      'startDate-month': start[1] ?? '',
      'startDate-day': start[2] ?? '',
      homePostcode: aNorthernDistrict().district,
    };
    const staff = await signInOverHttp(staffOf('some-setting'));
    expect((await staff.get('/lists/new')).status).toBe(403);
    expect((await staff.post('/lists/new', fields)).status).toBe(403);
    const officer = await signInOverHttp(officerOf('938'));
    const noToken = await fetch(`${baseUrl()}/lists/new`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: officer.cookie },
      body: new URLSearchParams(fields),
    });
    expect(noToken.status).toBe(403);
    expect((await gqlOk(LISTS, { ref }, asOfficer('938'))).tailoredLists).toEqual([]);
    // The same form with its token does make the list: the refusals above were the token's and the role's.
    const made = await officer.post('/lists/new', fields);
    expect(made.status).toBe(200);
    expect(await made.text()).toContain('List made. Copy the family’s link now');
    expect((await gqlOk(LISTS, { ref }, asOfficer('938'))).tailoredLists).toHaveLength(1);
  });

  it('not signed in, every list page sends you to sign in first', async () => {
    for (const [method, path] of [
      ['GET', '/lists/new'],
      ['GET', '/lists/l2_x_y_1'],
      ['POST', '/lists/l2_x_y_1/withdraw-links'],
    ] as const) {
      const response = await fetch(`${baseUrl()}${path}`, { method, redirect: 'manual' });
      expect(response.status, `${method} ${path}`).toBe(303);
      expect(response.headers.get('location')).toMatch(/^\/sign-in\?returnTo=/);
    }
  });

  it('an unknown list is a 404 page', async () => {
    const officer = await signInOverHttp(officerOf('938'));
    expect((await officer.get('/lists/l2_k1_nothing_1')).status).toBe(404);
  });
});
