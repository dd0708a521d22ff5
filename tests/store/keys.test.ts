import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createCaseKeys, parseCaseKeyring } from '../../functions/store/case-keys.js';
import {
  keys,
  provisionId,
  registerPrefix,
  searchPartition,
  settingIdOfProvision,
} from '../../functions/store/keys.js';

const ring = (json: Record<string, string>) => createCaseKeys(parseCaseKeyring(JSON.stringify(json)));
const SECRET_1 = 'a'.repeat(40);
const SECRET_2 = 'b'.repeat(40);

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

  it('puts a search pointer beside its setting, on the partition of its first 3 characters', () => {
    const pointer = { settingId: 's_1', word: 'oakfield' };
    expect(keys.searchPointer(pointer)).toEqual({ pk: 'SETTING#s_1', sk: 'SEARCH#oakfield' });
    expect(keys.searchEntry(pointer)).toEqual({ gsi6pk: 'SEARCH#oak', gsi6sk: 'oakfield#s_1' });
    // A word sorts before the longer words it starts ("#" before every letter and digit).
    const exact = keys.searchEntry({ settingId: 's_9', word: 'oak' }).gsi6sk;
    expect([keys.searchEntry(pointer).gsi6sk, exact].sort()).toEqual([exact, 'oakfield#s_1']);
    expect(searchPartition('e1')).toBe('SEARCH#e1');
  });

  it('names a list by a keyed hash of its case: nobody without the key can compute it', () => {
    const caseKeys = ring({ currentId: 'k1', k1: SECRET_1 });
    const id = caseKeys.listId('938', 'WSX/2026/0042', 3);
    expect(id).toMatch(/^l2_k1_[A-Za-z0-9_-]{22}_3$/);
    expect(id).not.toContain('WSX');
    // Not the plain hash anyone could compute from a guessed case reference.
    const plain = createHash('sha256').update('938#WSX/2026/0042').digest('base64url').slice(0, 22);
    expect(id).not.toContain(plain);
    expect(ring({ currentId: 'k1', k1: SECRET_2 }).listId('938', 'WSX/2026/0042', 3)).not.toBe(id);
    expect(caseKeys.listKeyOf(id)).toEqual({
      pk: caseKeys.casePartition('938', 'WSX/2026/0042'),
      sk: 'V#0000000003',
    });
    expect(caseKeys.listId('938', 'WSX/2026/0042', 4)).not.toBe(id);
    expect(caseKeys.listId('936', 'WSX/2026/0042', 3)).not.toBe(id);
  });

  it('keeps lists made under a rotated key, and before keyed ids, readable', () => {
    const before = ring({ currentId: 'k1', k1: SECRET_1 });
    const after = ring({ currentId: 'k2', k2: SECRET_2, k1: SECRET_1 });
    const old = before.listId('938', 'C/1', 1);
    expect(after.listKeyOf(old)).toEqual(before.listKeyOf(old));
    expect(after.listId('938', 'C/1', 2)).toMatch(/^l2_k2_/);
    // The case is looked up under every key, the current one first, then the unkeyed legacy hash.
    const partitions = after.casePartitions('938', 'C/1');
    expect(partitions[0]).toBe(after.casePartition('938', 'C/1'));
    expect(partitions).toContain(before.casePartition('938', 'C/1'));
    const legacy = createHash('sha256').update('938#C/1').digest('base64url').slice(0, 22);
    expect(partitions.at(-1)).toBe(`LIST#${legacy}`);
    expect(after.listKeyOf(`l_${legacy}_7`)).toEqual({ pk: `LIST#${legacy}`, sk: 'V#0000000007' });
  });

  it('reads no key from what is not a list id, or names a key it does not hold', () => {
    const caseKeys = ring({ currentId: 'k1', k1: SECRET_1 });
    for (const id of [
      'l_nope',
      '',
      'l_',
      `${caseKeys.listId('938', 'A', 1)}x`,
      'LIST#x',
      'l2_k9_aaaaaaaaaaaaaaaaaaaaaa_1',
    ]) {
      expect(caseKeys.listKeyOf(id)).toBeNull();
    }
    expect(() => ring({ currentId: 'k1', k1: 'short' })).toThrow(/32/);
  });

  it('sorts capacity history numerically by version', () => {
    expect(keys.capacityChange('p', 10).sk > keys.capacityChange('p', 9).sk).toBe(true);
  });
});
