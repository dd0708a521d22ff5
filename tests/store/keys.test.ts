import { describe, expect, it } from 'vitest';
import { keys, provisionId, registerPrefix, settingIdOfProvision } from '../../functions/store/keys.js';

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

  it('sorts capacity history numerically by version', () => {
    expect(keys.capacityChange('p', 10).sk > keys.capacityChange('p', 9).sk).toBe(true);
  });
});
