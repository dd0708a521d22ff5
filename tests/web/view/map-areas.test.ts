import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDistrictAreas } from '../../../web/boundaries.js';
import { buildDistrictAreas, buildMapAreas, DISTRICTS_OUTPUT, OUTPUT } from '../../../web/build-map-areas.js';

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

describe('the district outlines of two-tier counties', () => {
  it('are exactly what `npm run data:map` makes from the district boundaries (run it after changing them)', () => {
    expect(readFileSync(DISTRICTS_OUTPUT, 'utf8')).toBe(buildDistrictAreas());
  });

  it('give each of the 21 county councils its districts, 164 in all, each drawable', () => {
    const byCounty = loadDistrictAreas(DISTRICTS_OUTPUT);
    expect(byCounty.size).toBe(21);
    const all = [...byCounty.values()].flat();
    expect(all).toHaveLength(164);
    expect(all.every((a) => a.code.startsWith('E07') && a.rings.length > 0)).toBe(true);
    expect(byCounty.get('E10000016')?.map((a) => a.name)).toContain('Maidstone');
  });

  it('stay small enough to parse at a cold start (under 350 KB)', () => {
    expect(statSync(DISTRICTS_OUTPUT).size).toBeLessThan(350 * 1024);
  });
});
