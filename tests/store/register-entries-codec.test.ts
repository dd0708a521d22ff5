import { describe, expect, it } from 'vitest';
import { staticFactsOf } from '../../functions/core/register-memory/static-facts.js';
import {
  chunkBytes,
  decode,
  decodeAsync,
  encode,
  SNAPSHOT_CHUNK_BYTES,
} from '../../functions/store/register-entries-codec.js';
import { aSetting, withCapacity } from '../helpers/settings.js';

// The register's entries as change items and snapshot chunks hold them: stored without what static
// facts leave empty, and given back exactly as they were.

describe('the register entries codec', () => {
  const entries = [
    { setting: staticFactsOf(withCapacity(aSetting({}, 'a'), { vacancies: 3 })), revision: 4 },
    { setting: staticFactsOf(aSetting({ name: 'Second School' }, 'b')), revision: 1 },
  ];

  it('gives back the entries it was given', async () => {
    expect(decode(encode(entries))).toEqual(entries);
    expect(await decodeAsync(encode(entries))).toEqual(entries);
  });

  it('cuts many entries into chunks within the item limit, in order', () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({
      setting: staticFactsOf(aSetting({ name: `School ${i} ${'x'.repeat(i % 50)}` }, `s-${i}`)),
      revision: 1,
    }));
    const chunks = chunkBytes(many);
    expect(chunks.every((c) => c.length <= SNAPSHOT_CHUNK_BYTES)).toBe(true);
    expect(chunks.flatMap((c) => decode(c)).map((e) => e.setting.id)).toEqual(many.map((e) => e.setting.id));
  });
});
