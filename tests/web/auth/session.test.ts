import { describe, expect, it } from 'vitest';
import { parseCaseKeyring } from '../../../functions/store/case-keys.js';
import { createSealer } from '../../../web/auth/session.js';
import { csrfMatches, type StaffSession, safeReturnPath } from '../../../web/view/session.js';

const ring = (json: Record<string, string>) => parseCaseKeyring(JSON.stringify(json));
const K1 = 'first-session-key-0123456789-abcdefghijklmnop';
const K2 = 'second-session-key-0123456789-abcdefghijklmno';
const now = new Date('2026-11-29T10:00:00Z');
const inAnHour = Math.floor(now.getTime() / 1000) + 3600;
const session: StaffSession = {
  sid: 's',
  sub: 'officer',
  groups: ['la-officer-938'],
  name: null,
  csrf: 'token',
  exp: inAnHour,
};

describe('sealed session cookies', () => {
  it('opens what it sealed, and nothing once expired', async () => {
    const sealer = createSealer(ring({ currentId: 'k1', k1: K1 }));
    const sealed = await sealer.seal('session', session);
    expect(await sealer.open('session', sealed, now)).toEqual(session);
    expect(await sealer.open('session', sealed, new Date((inAnHour + 1) * 1000))).toBeNull();
  });

  it('cannot be read, changed or moved to another purpose', async () => {
    const sealer = createSealer(ring({ currentId: 'k1', k1: K1 }));
    const sealed = await sealer.seal('session', session);
    expect(sealed).not.toContain('la-officer');
    expect(Buffer.from(sealed.split('.')[3] ?? '', 'base64url').toString()).not.toContain('officer');
    const parts = sealed.split('.');
    const flipped = [...parts];
    flipped[3] = `${(parts[3] ?? '').slice(0, -2)}AA`;
    expect(await sealer.open('session', flipped.join('.'), now)).toBeNull();
    expect(await sealer.open('sign-in', sealed, now)).toBeNull();
    expect(await sealer.open('session', 'not-a-cookie', now)).toBeNull();
    expect(await sealer.open('session', undefined, now)).toBeNull();
  });

  it('is refused under another keyring, and still opens after its key is rotated out of current', async () => {
    const before = createSealer(ring({ currentId: 'k1', k1: K1 }));
    const sealed = await before.seal('session', session);
    expect(await createSealer(ring({ currentId: 'k1', k1: K2 })).open('session', sealed, now)).toBeNull();
    const rotated = createSealer(ring({ currentId: 'k2', k1: K1, k2: K2 }));
    expect(await rotated.open('session', sealed, now)).toEqual(session);
    expect(await before.open('session', await rotated.seal('session', session), now)).toBeNull();
  });
});

describe('form tokens and return paths', () => {
  it('accepts only the session’s own form token', () => {
    expect(csrfMatches(session, 'token')).toBe(true);
    for (const sent of [undefined, '', 'toke', 'tokens', 'TOKEN'])
      expect(csrfMatches(session, sent)).toBe(false);
  });

  it('returns only to a path on this site after signing in', () => {
    expect(safeReturnPath('/lists/new?x=1')).toBe('/lists/new?x=1');
    for (const raw of [
      'https://evil.example/',
      '//evil.example/',
      '/\\evil.example',
      'staff',
      '',
      null,
      '/a\nb',
    ]) {
      expect(safeReturnPath(raw)).toBe('/staff');
    }
  });
});
