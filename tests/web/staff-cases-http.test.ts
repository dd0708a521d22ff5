import { describe, expect, it } from 'vitest';
import { asOfficer, gqlOk } from '../helpers/api.js';
import { aListInput, aNorthernPlace, caseRef } from '../helpers/lists.js';
import { GENERATE_LIST } from '../helpers/operations.js';
import { casePath, consultForm, journeyOf, OFFICER, today } from './case-pages.js';
import { baseUrl, decidedCase, everyStatusCase } from './pages.js';
import { officerOf, signInOverHttp, staffOf } from './staff.js';

// The case pages over plain HTTP: who may see and change them, form tokens, sign-in, and each
// answer's status (Post/Redirect/Get).

describe('the case pages over HTTP', () => {
  it('an officer of another LA gets 403 on the case and on a consultation; nothing is written', async () => {
    const c = await everyStatusCase();
    const other = await signInOverHttp(officerOf('846'));
    expect((await other.get(casePath(c))).status).toBe(403);
    expect((await other.get(casePath(c, 'consult'))).status).toBe(403);
    const posted = await other.post('/case/consult', consultForm(c, c.settings[0]?.id ?? ''));
    expect(posted.status).toBe(403);
    expect((await journeyOf(c)).consultations).toEqual([]);
  });

  it('consults a setting once at a time: a second is refused on the form, and after a withdrawal it may be sent again', async () => {
    const c = await everyStatusCase();
    const officer = await signInOverHttp(OFFICER);
    const consult = {
      ...consultForm(c, c.settings[1]?.id ?? ''),
      intent: 'send',
      contactPhone: '01632 960 001',
    };
    expect((await officer.post('/case/consult', consult)).status).toBe(303);
    const twice = await officer.post('/case/consult', consult);
    expect(twice.status).toBe(400);
    expect(await twice.text()).toContain('This setting is already being consulted about this child');
    const [first] = (await journeyOf(c)).consultations;
    const withdrawn = await officer.post('/case/withdraw-consultation', {
      la: '938',
      ref: c.caseReference,
      id: first.id,
      reason: 'Sent to the wrong team',
    });
    expect(withdrawn.status).toBe(303);
    expect((await officer.post('/case/consult', consult)).status).toBe(303);
    const statuses = (await journeyOf(c)).consultations.map((x: { status: string }) => x.status).sort();
    expect(statuses).toEqual(['SENT', 'WITHDRAWN']);
    // A phone number that is not one is refused on its field.
    const phone = await officer.post('/case/consult', {
      ...consult,
      setting: c.settings[2]?.id ?? '',
      contactPhone: 'call me maybe',
    });
    expect(phone.status).toBe(400);
    expect(await phone.text()).toContain('href="#contactPhone"');
  });

  it('finds a case whatever its capitals, and lists the council’s recent cases on the officer’s home', async () => {
    const c = await everyStatusCase();
    const officer = await signInOverHttp(OFFICER);
    const typed = c.caseReference.toLowerCase();
    expect(typed).not.toBe(c.caseReference);
    const found = await officer.get(`/case?la=938&ref=${encodeURIComponent(typed)}`);
    expect(found.status).toBe(303);
    expect(found.headers.get('location')).toBe(casePath(c));
    expect((await officer.get('/case?la=938&ref=t%2Fno-such-case')).status).toBe(404);
    // A reference in mixed capitals, typed in other mixed capitals with stray spaces: found through
    // the council's index of references, not by guessing capitals.
    const mixed = `Mx/${caseRef()}-Ab`;
    await gqlOk(
      GENERATE_LIST,
      { input: aListInput(aNorthernPlace(), { caseReference: mixed }) },
      asOfficer('938'),
    );
    const retyped = ` ${[...mixed].map((ch, i) => (i % 2 ? ch.toUpperCase() : ch.toLowerCase())).join('')} `;
    const again = await officer.get(`/case?la=938&ref=${encodeURIComponent(retyped)}`);
    expect(again.status).toBe(303);
    expect(again.headers.get('location')).toBe(`/case?la=938&ref=${encodeURIComponent(mixed)}`);
    // Another council's officer learns nothing of it.
    const other = await signInOverHttp(officerOf('846'));
    expect((await other.get(`/case?la=938&ref=${encodeURIComponent(retyped)}`)).status).toBe(403);
    // Recent cases: in an LA no other test makes cases in (Hertfordshire, 919), so its latest are ours.
    const ref = caseRef();
    await gqlOk(
      GENERATE_LIST,
      { input: aListInput(aNorthernPlace(), { laCode: '919', caseReference: ref }) },
      asOfficer('919'),
    );
    const home = await (await (await signInOverHttp(officerOf('919'))).get('/staff')).text();
    expect(home).toContain('Recent cases');
    expect(home).toContain(`href="/case?la=919&amp;ref=${encodeURIComponent(ref)}"`);
    // Another council's officer sees none of them.
    expect(await (await (await signInOverHttp(officerOf('846'))).get('/staff')).text()).not.toContain(ref);
  });

  it('setting staff get 403 on a case', async () => {
    const c = await everyStatusCase();
    const staff = await signInOverHttp(staffOf(c.settings[0]?.id ?? ''));
    expect((await staff.get(casePath(c))).status).toBe(403);
    expect((await staff.get('/case')).status).toBe(403);
  });

  it('a form without its token gets 403, and nothing changes', async () => {
    const c = await everyStatusCase();
    const officer = await signInOverHttp(OFFICER);
    const [y, m, d] = today().split('-');
    const response = await fetch(`${baseUrl()}/case/draft-plan`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: officer.cookie },
      body: new URLSearchParams({
        la: '938',
        ref: c.caseReference,
        kind: 'DRAFT_PLAN',
        'sentOn-day': d ?? '',
        'sentOn-month': m ?? '',
        'sentOn-year': y ?? '',
      }),
    });
    expect(response.status).toBe(403);
    expect((await journeyOf(c)).draftPlans).toEqual([]);
  });

  it('sends a signed-out visitor to sign in, and back to the case after', async () => {
    const response = await fetch(`${baseUrl()}/case?la=938&ref=T%2F1`, { redirect: 'manual' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(
      `/sign-in?returnTo=${encodeURIComponent('/case?la=938&ref=T%2F1')}`,
    );
  });

  it('answers a sent form 303 to the case (Post/Redirect/Get), a refused one 400 with its error, a decided case 409', async () => {
    const c = await everyStatusCase();
    const officer = await signInOverHttp(OFFICER);
    const [y, m, d] = today().split('-');
    const ok = await officer.post('/case/draft-plan', {
      la: '938',
      ref: c.caseReference,
      kind: 'DRAFT_PLAN',
      'sentOn-day': d ?? '',
      'sentOn-month': m ?? '',
      'sentOn-year': y ?? '',
    });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe(
      `/case?la=938&ref=${encodeURIComponent(c.caseReference)}&done=draft-plan`,
    );
    const refused = await officer.post('/case/draft-plan', { la: '938', ref: c.caseReference, kind: 'NOPE' });
    expect(refused.status).toBe(400);
    const html = await refused.text();
    expect(html).toContain('href="#kind"');
    expect(html).toContain('href="#sentOn-day"');
    const decided = await decidedCase();
    const late = await officer.post('/case/consult', consultForm(decided, decided.settings[2]?.id ?? ''));
    expect(late.status).toBe(409);
    expect(await late.text()).toContain('has recorded its decision');
    expect(
      (await officer.get(`/case/nonsense?la=938&ref=${encodeURIComponent(c.caseReference)}`)).status,
    ).toBe(404);
  });
});
