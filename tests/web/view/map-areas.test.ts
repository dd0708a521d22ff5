import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildMapAreas, OUTPUT } from '../../../web/build-map-areas.js';

describe('the map’s council outlines', () => {
  it('are exactly what `npm run data:map` makes from the LA boundaries (run it after changing them)', () => {
    expect(readFileSync(OUTPUT, 'utf8')).toBe(buildMapAreas());
  });

  it('cover every upper-tier council area of England', () => {
    const areas = JSON.parse(readFileSync(OUTPUT, 'utf8')) as { code: string; rings: unknown[] }[];
    expect(areas.length).toBeGreaterThanOrEqual(150);
    expect(areas.every((a) => a.code.startsWith('E') && a.rings.length > 0)).toBe(true);
  });
});
