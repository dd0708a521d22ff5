import { describe, expect, it } from 'vitest';
import {
  keys,
  listKeyOf,
  provisionId,
  registerPrefix,
  settingIdOfProvision,
  tailoredListId,
} from '../../functions/store/keys.js';

describe('keys', () => {
  it('round-trips a provision id to its setting', () => {
    expect(settingIdOfProvision(provisionId('s_abc', 'p_1'))).toBe('s_abc');
    expect(settingIdOfProvision('no-dot')).toBeNull();
    expect(settingIdOfProvision('.leading')).toBeNull();
    expect(settingIdOfProvision('trailing.')).toBeNull();
  });

  it('orders the register by LA, then by name ignoring case and punctuation', () => {
    const a = keys.registerEntry({ id: '2', laCode: '938', name: "St. Anne's" }).gsi1sk;
    const b = keys.registerEntry({ id: '1', laCode: '938', name: 'st annes school' }).gsi1sk;
    const c = keys.registerEntry({ id: '0', laCode: '846', name: 'Zeta' }).gsi1sk;
    expect([b, c, a].sort()).toEqual([c, a, b]);
    expect(a.startsWith(registerPrefix('938'))).toBe(true);
    expect(registerPrefix(null)).toBe('LA#');
  });

  it('names a list by its case and version without revealing the case reference', () => {
    const id = tailoredListId('938', 'WSX/2026/0042', 3);
    expect(id).not.toContain('WSX');
    expect(id).not.toContain('0042');
    expect(listKeyOf(id)).toEqual(keys.list('938', 'WSX/2026/0042', 3));
    expect(tailoredListId('938', 'WSX/2026/0042', 4)).not.toBe(id);
    expect(tailoredListId('936', 'WSX/2026/0042', 3)).not.toBe(id);
    expect(keys.list('938', 'WSX/2026/0042', 10).sk > keys.list('938', 'WSX/2026/0042', 9).sk).toBe(true);
  });

  it('reads no key from what is not a list id', () => {
    for (const id of ['l_nope', '', 'l_', `${tailoredListId('938', 'A', 1)}x`, 'LIST#x']) {
      expect(listKeyOf(id)).toBeNull();
    }
  });

  it('sorts capacity history numerically by version', () => {
    expect(keys.capacityChange('p', 10).sk > keys.capacityChange('p', 9).sk).toBe(true);
  });
});
