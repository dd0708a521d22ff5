import { describe, expect, it } from 'vitest';
import { createBoundaryIndex } from '../../functions/reference/boundaries.js';
import { coreName, kindFromName, kindFromSpineType } from '../../functions/reference/classify.js';
import { hashSeed, mulberry32 } from '../../functions/reference/random.js';

describe('kindFromSpineType', () => {
  it.each([
    ['Community special school', 'SPECIAL', 'LA_MAINTAINED'],
    ['Academy - Converter special school', 'SPECIAL', 'ACADEMY'],
    ['Non-maintained special school', 'SPECIAL', 'NON_MAINTAINED'],
    ['Other independent special school', 'INDEPENDENT_SPECIAL', 'INDEPENDENT'],
    ['Other independent school', 'MAINSTREAM', 'INDEPENDENT'],
    ['Voluntary aided school', 'MAINSTREAM', 'LA_MAINTAINED'],
    ['Free school  16-19', 'MAINSTREAM', 'ACADEMY'],
    ['Sixth form college', 'FURTHER_EDUCATION', 'FURTHER_EDUCATION'],
    ['Specialist designated college', 'SPECIAL_POST_16', 'FURTHER_EDUCATION'],
  ])('maps "%s" to %s, %s', (nftype, kind, sector) => {
    expect(kindFromSpineType(nftype)).toMatchObject({ kind, sector });
  });

  it('leaves out establishments that are not settings', () => {
    expect(kindFromSpineType('Service childrens education')).toBeNull();
  });
});

describe('kindFromName', () => {
  it('recognises only clear names, and says it is a heuristic', () => {
    expect(kindFromName('Camden Primary Pupil Referral Unit')).toMatchObject({
      kind: 'ALTERNATIVE_PROVISION',
      sector: 'LA_MAINTAINED',
      note: expect.stringContaining('(heuristic)'),
    });
    expect(kindFromName('Solihull Alternative Provision Academy')).toMatchObject({
      kind: 'ALTERNATIVE_PROVISION',
      sector: 'ACADEMY',
    });
    expect(kindFromName('Mounton House Special School')).toMatchObject({ kind: 'SPECIAL', sector: null });
    expect(kindFromName('The Bridge Education Centre')).toBeNull();
    expect(kindFromName('Prudhoe Castle First School')).toBeNull();
  });
});

describe('coreName', () => {
  it('ignores the words a conversion typically adds or drops', () => {
    expect(coreName('Oakham C of E Primary School')).toBe(coreName('Oakham CofE Primary Academy'));
    expect(coreName("St Mary's Catholic Primary School")).not.toBe(coreName("St Mary's CE Primary School"));
  });
});

describe('createBoundaryIndex', () => {
  // A 4×4 square with a 2×2 hole in the middle, and a separate island.
  const index = createBoundaryIndex(
    {
      features: [
        {
          properties: { code: 'A' },
          geometry: {
            type: 'MultiPolygon',
            coordinates: [
              [
                [
                  [0, 0],
                  [4, 0],
                  [4, 4],
                  [0, 4],
                  [0, 0],
                ],
                [
                  [1, 1],
                  [3, 1],
                  [3, 3],
                  [1, 3],
                  [1, 1],
                ],
              ],
              [
                [
                  [10, 10],
                  [11, 10],
                  [11, 11],
                  [10, 11],
                  [10, 10],
                ],
              ],
            ],
          },
        },
      ],
    },
    'code',
  );

  it('finds points inside, not in holes, and the nearest area within a distance', () => {
    expect(index.locate({ lon: 0.5, lat: 0.5 })).toBe('A');
    expect(index.locate({ lon: 10.5, lat: 10.5 })).toBe('A');
    expect(index.locate({ lon: 2, lat: 2 })).toBeNull();
    expect(index.nearest({ lon: 4.001, lat: 2 }, 1)?.code).toBe('A');
    expect(index.nearest({ lon: 6, lat: 2 }, 1)).toBeNull();
  });
});

describe('the seeded random source', () => {
  it('repeats for a seed and differs between seeds', () => {
    const draws = (seed: number) => Array.from({ length: 5 }, mulberry32(seed));
    expect(draws(hashSeed(1, '938'))).toEqual(draws(hashSeed(1, '938')));
    expect(draws(hashSeed(1, '938'))).not.toEqual(draws(hashSeed(1, '857')));
  });
});
