import { describe, expect, it } from 'vitest';
import { asStaff, gqlOk } from '../helpers/api.js';
import { aNorthernPlace } from '../helpers/lists.js';
import { UPDATE_CAPACITY } from '../helpers/operations.js';
import { baseUrl, settingAt } from './pages.js';
import { capacityOf, pathOf, provisionPath, withOwnFigures } from './setting-figures.js';
import { signInOverHttp, staffOf } from './staff.js';

// A setting's figures over plain HTTP: other schools' staff and forms without their token are
// refused and nothing changes; sign-in first; 404s; the history paged.

describe('the figures over HTTP', () => {
  it('refuses another school’s staff, and changes nothing', async () => {
    const s = await withOwnFigures();
    const other = await settingAt({ name: 'Other School', at: aNorthernPlace() });
    const session = await signInOverHttp(staffOf(other.id));
    expect((await session.get(pathOf(s))).status).toBe(200);
    expect((await session.get(provisionPath(s, 'figures'))).status).toBe(403);
    expect((await session.get(provisionPath(s, 'history'))).status).toBe(403);
    expect((await session.post(provisionPath(s, 'confirm'), { expectedVersion: '1' })).status).toBe(403);
    const posted = await session.post(provisionPath(s, 'figures'), {
      expectedVersion: '1',
      places: '10',
      onRoll: '0',
      vacancies: '10',
    });
    expect(posted.status).toBe(403);
    const after = await capacityOf(s);
    expect(after.capacityVersion).toBe(1);
    expect(after.capacity).toMatchObject({ onRoll: 7, vacancies: 3, confirmedAt: null });
  });

  it('refuses a form without its token, and changes nothing', async () => {
    const s = await withOwnFigures();
    const session = await signInOverHttp(staffOf(s.id));
    const response = await fetch(`${baseUrl()}${provisionPath(s, 'confirm')}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: session.cookie },
      body: new URLSearchParams({ expectedVersion: '1' }),
    });
    expect(response.status).toBe(403);
    expect((await capacityOf(s)).capacity.confirmedAt).toBeNull();
    // With the token, the same form confirms.
    const confirmed = await session.post(provisionPath(s, 'confirm'), { expectedVersion: '1' });
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.get('location')).toBe(
      `${pathOf(s)}?done=confirmed#provision-${encodeURIComponent(s.provisions[0]?.id ?? '')}`,
    );
    expect((await capacityOf(s)).capacity.confirmedAt).toEqual(expect.any(String));
  });

  it('sends someone not signed in to sign in first, and back', async () => {
    const s = await withOwnFigures();
    for (const path of [pathOf(s), provisionPath(s, 'figures'), provisionPath(s, 'history')]) {
      const response = await fetch(`${baseUrl()}${path}`, { redirect: 'manual' });
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe(`/sign-in?returnTo=${encodeURIComponent(path)}`);
    }
  });

  it('answers 404 for a setting or provision that does not exist', async () => {
    const s = await withOwnFigures();
    const session = await signInOverHttp(staffOf(s.id));
    expect((await session.get('/settings/no-such-setting')).status).toBe(404);
    expect(
      (await session.get(`${pathOf(s)}/provisions/${encodeURIComponent(`${s.id}.p_none`)}/figures`)).status,
    ).toBe(404);
  });

  it('pages the history, newest first', async () => {
    const s = await withOwnFigures();
    const provisionId = s.provisions[0]?.id;
    for (let version = 1; version <= 21; version++) {
      await gqlOk(
        UPDATE_CAPACITY,
        { input: { provisionId, expectedVersion: version, places: 10, onRoll: version % 10, vacancies: 1 } },
        asStaff(s.id),
      );
    }
    const session = await signInOverHttp(staffOf(s.id));
    const first = await (await session.get(provisionPath(s, 'history'))).text();
    expect(first).toContain('(version 22)');
    expect(first).not.toContain('(version 1)');
    const next = /href="([^"]+\?after=[^"]+)"/.exec(first)?.[1]?.replace(/&amp;/g, '&');
    expect(next).toBeTruthy();
    const second = await (await session.get(next ?? '')).text();
    expect(second).toContain('(version 2)');
    expect(second).toContain('(version 1)');
    expect(second).not.toContain('(version 22)');
  });
});
