import { describe, expect, it } from 'vitest';
import { asOfficer, gqlOk } from '../helpers/api.js';
import { aListInput, caseRef } from '../helpers/lists.js';
import { LINKS, LISTS, listIdOf } from './list-pages.js';
import { baseUrl, generate } from './pages.js';
import {
  aNorthernDistrict,
  type HttpSession,
  inTwoMonths,
  officerOf,
  signInOverHttp,
  staffOf,
} from './staff.js';

// The list pages over plain HTTP: officers of another LA, setting staff and forms without their
// token are refused and nothing is made or withdrawn; sign-in first; an unknown list is a 404.
// Making a list is Post/Redirect/Get, once per form: a reload or a second click makes nothing new.

/** The fields of a complete "Make a list" form for a new case, with this form key. */
function makeFields(ref: string, requestKey: string): Record<string, string> {
  const start = inTwoMonths().toISOString().slice(0, 10).split('-');
  return {
    action: 'make',
    requestKey,
    caseReference: ref,
    laCode: '938',
    primaryNeed: 'ASD',
    age: '9',
    'startDate-year': start[0] ?? '',
    'startDate-month': start[1] ?? '',
    'startDate-day': start[2] ?? '',
    homePostcode: aNorthernDistrict().district,
  };
}

/** Follows a form's 303 as a browser would, carrying the cookies it set (the shown-once link). */
async function followShown(session: HttpSession, answer: Response): Promise<Response> {
  const set = answer.headers.getSetCookie().map((c) => c.split(';')[0] ?? '');
  const location = answer.headers.get('location') ?? '';
  return fetch(`${baseUrl()}${location}`, {
    headers: { cookie: [session.cookie, ...set].join('; ') },
    redirect: 'manual',
  });
}

const familyUrlIn = (html: string) => /id="family-link"[^>]*value="([^"]+)"/.exec(html)?.[1] ?? null;
const formKeyIn = (html: string) => /name="requestKey" value="([^"]+)"/.exec(html)?.[1] ?? '';

describe('making a list, once per form (Post/Redirect/Get)', () => {
  it('redirects to the list, shows its family link once and never in an address', async () => {
    const officer = await signInOverHttp(officerOf('938'));
    const key = formKeyIn(await (await officer.get('/lists/new')).text());
    expect(key).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
    const made = await officer.post('/lists/new', makeFields(caseRef(), key));
    expect(made.status).toBe(303);
    const location = made.headers.get('location') ?? '';
    expect(location).toMatch(/^\/lists\/[^?]+\?done=made$/);
    const shown = await followShown(officer, made);
    const html = await shown.text();
    const url = familyUrlIn(html);
    expect(url).toMatch(/\/f\//);
    const token = url?.split('/f/')[1] ?? '';
    expect(location).not.toContain(token);
    expect(html).toContain('List made. Copy the family’s link now');
    // Shown, then forgotten: the cookie is cleared, and the page again without it shows no link.
    expect(shown.headers.getSetCookie().join(' ')).toMatch(/openplace-shown-once=;/);
    expect(familyUrlIn(await (await officer.get(location)).text())).toBeNull();
    expect((await fetch(url ?? '')).status).toBe(200);
  });

  it('a reload of the form makes no new version and no new link', async () => {
    const officer = await signInOverHttp(officerOf('938'));
    const ref = caseRef();
    const fields = makeFields(ref, `reload-${ref.replace(/[^A-Za-z0-9]/g, '')}`.slice(0, 60));
    const first = await officer.post('/lists/new', fields);
    const again = await officer.post('/lists/new', fields);
    expect(again.status).toBe(303);
    expect(again.headers.get('location')).toBe(
      first.headers.get('location')?.replace('done=made', 'done=again'),
    );
    expect(again.headers.getSetCookie()).toEqual([]);
    const page = await (await followShown(officer, again)).text();
    expect(page).toContain('already made from the same form');
    expect(familyUrlIn(page)).toBeNull();
    const lists = (await gqlOk(LISTS, { ref }, asOfficer('938'))).tailoredLists;
    expect(lists.map((l: { version: number }) => l.version)).toEqual([1]);
    const links = await gqlOk(LINKS, { id: lists[0].id }, asOfficer('938'));
    expect(links.tailoredList.familyLinks).toHaveLength(1);
  });

  it('a double click (two posts at once) makes one version, and a new form makes the next', async () => {
    const officer = await signInOverHttp(officerOf('938'));
    const ref = caseRef();
    const fields = makeFields(ref, `double-${ref.replace(/[^A-Za-z0-9]/g, '')}`.slice(0, 60));
    const answers = await Promise.all([
      officer.post('/lists/new', fields),
      officer.post('/lists/new', fields),
    ]);
    expect(answers.map((a) => a.status)).toEqual([303, 303]);
    expect(answers.map((a) => a.headers.get('location')?.split('?')[0])).toEqual([
      answers[0]?.headers.get('location')?.split('?')[0],
      answers[0]?.headers.get('location')?.split('?')[0],
    ]);
    expect((await gqlOk(LISTS, { ref }, asOfficer('938'))).tailoredLists).toHaveLength(1);
    // Another form (another key) is another request: version 2.
    await officer.post('/lists/new', { ...fields, requestKey: `next-${fields.requestKey}`.slice(0, 64) });
    const versions = (await gqlOk(LISTS, { ref }, asOfficer('938'))).tailoredLists;
    expect(versions.map((l: { version: number }) => l.version).sort()).toEqual([1, 2]);
  });

  it('"Make a new family link" redirects and shows the new link once', async () => {
    const officer = await signInOverHttp(officerOf('938'));
    const ref = caseRef();
    const made = await officer.post(
      '/lists/new',
      makeFields(ref, `link-${ref.replace(/[^A-Za-z0-9]/g, '')}`.slice(0, 60)),
    );
    const listPath = (made.headers.get('location') ?? '').split('?')[0] ?? '';
    const linked = await officer.post(`${listPath}/link`, {});
    expect(linked.status).toBe(303);
    expect(linked.headers.get('location')).toBe(`${listPath}#family-links`);
    const html = await (await followShown(officer, linked)).text();
    expect(html).toContain('New family link made.');
    expect(familyUrlIn(html)).toMatch(/\/f\//);
  });

  it('every problem with the form is shown at once, the postcode district with the rest', async () => {
    const officer = await signInOverHttp(officerOf('938'));
    const fields = {
      ...makeFields(caseRef(), 'all-at-once-0123456789'),
      primaryNeed: '',
      homePostcode: 'ZZ99',
    };
    const answer = await officer.post('/lists/new', fields);
    expect(answer.status).toBe(400);
    const html = await answer.text();
    expect(html).toContain('href="#primaryNeed"');
    expect(html).toContain('href="#homePostcode"');
  });
});

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
    const { requestKey: _none, ...fields } = makeFields(ref, '');
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
    expect(made.status).toBe(303);
    expect(await (await followShown(officer, made)).text()).toContain(
      'List made. Copy the family’s link now',
    );
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
