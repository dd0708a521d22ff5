import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BoundaryCollection } from '../../functions/reference/boundaries.js';
import {
  formatDistrictBoundaries,
  formatOutcodeDistricts,
} from '../../functions/reference/build-district-boundaries.js';
import {
  type DistrictCollection,
  deriveDistrictBoundaries,
  deriveOutcodeDistricts,
  interiorPoints,
} from '../../functions/reference/districts.js';
import { ENGLAND_FILES } from '../../functions/reference/england-data.js';
import { districtOfOutcode } from '../../functions/services/outcode-districts.js';

// The districts of two-tier counties (data/england/lad-boundaries.geojson) and the district of
// each postcode district there (outcode-districts.json): rebuilt from the committed files and
// compared, and checked against what is known of England's councils.

const text = (file: URL) => readFileSync(file, 'utf8');
const countiesText = text(ENGLAND_FILES.boundaries);
const counties = JSON.parse(countiesText) as BoundaryCollection;
const districtsText = text(ENGLAND_FILES.districts);
const districts = JSON.parse(districtsText) as DistrictCollection;
const outcodeDistricts = JSON.parse(text(ENGLAND_FILES.outcodeDistricts)) as Record<string, string>;

describe('data/england/lad-boundaries.geojson', () => {
  it('is what `npm run data:districts` makes of lad.json: lower-tier districts only, their county found, three properties kept', () => {
    // lad.json lives outside the repository (SOURCES.md), so the build is run over a lad.json made
    // of the committed districts, with lad.json's property names, more properties, and a unitary.
    const lad = {
      type: 'FeatureCollection',
      features: [
        ...districts.features.map((f) => ({
          type: 'Feature',
          properties: { c: f.properties.areacd, n: f.properties.areanm, pop: 1 },
          geometry: f.geometry,
        })),
        { ...districts.features[0], properties: { c: 'E06000001', n: 'Hartlepool', pop: 1 } },
      ],
    };
    expect(formatDistrictBoundaries(JSON.stringify(lad), countiesText)).toBe(districtsText);
  });

  it('gives every one of the 164 districts the county it is found in again from the committed outlines', () => {
    expect(deriveDistrictBoundaries(districts, counties, 'areacd', 'areanm')).toEqual(districts);
  });

  it('holds only lower-tier districts (E07), each once, each in one county council (E10) of the county outlines', () => {
    const codes = districts.features.map((f) => f.properties.areacd);
    expect(codes).toHaveLength(164);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every((c) => /^E07\d{6}$/.test(c))).toBe(true);
    const countyCodes = counties.features.map((f) => String(f.properties.areacd));
    for (const { properties } of districts.features) {
      expect(Object.keys(properties).sort()).toEqual(['areacd', 'areanm', 'county']);
      expect(properties.county, properties.areanm).toMatch(/^E10\d{6}$/);
      expect(countyCodes).toContain(properties.county);
    }
  });

  it('divides every county council among its districts', () => {
    const councils = counties.features
      .map((f) => String(f.properties.areacd))
      .filter((c) => c.startsWith('E10'));
    expect(new Set(districts.features.map((f) => f.properties.county))).toEqual(new Set(councils));
  });

  it.each([
    { areacd: 'E07000110', areanm: 'Maidstone', county: 'E10000016' }, // Kent
    { areacd: 'E07000106', areanm: 'Canterbury', county: 'E10000016' },
    { areacd: 'E07000202', areanm: 'Ipswich', county: 'E10000029' }, // Suffolk; its estuary is in no county's outline
    { areacd: 'E07000008', areanm: 'Cambridge', county: 'E10000003' },
    { areacd: 'E07000227', areanm: 'Horsham', county: 'E10000032' }, // West Sussex
  ])('puts $areanm ($areacd) in $county', (expected) => {
    expect(districts.features.find((f) => f.properties.areacd === expected.areacd)?.properties).toEqual(
      expected,
    );
  });

  it('keeps coordinates to 4 places', () => {
    expect(districtsText).not.toMatch(/\d\.\d{5}/);
  });
});

describe('data/england/outcode-districts.json', () => {
  it('is exactly what `npm run data:districts` makes from the committed outlines and centres', () => {
    const { text: rebuilt } = formatOutcodeDistricts(
      districtsText,
      countiesText,
      text(ENGLAND_FILES.outcodes),
    );
    expect(text(ENGLAND_FILES.outcodeDistricts)).toBe(rebuilt);
  });

  it('names only districts of the district outlines, for several hundred postcode districts', () => {
    const known = new Set(districts.features.map((f) => f.properties.areacd));
    const values = Object.values(outcodeDistricts);
    expect(values.length).toBeGreaterThan(700);
    expect(values.every((d) => known.has(d))).toBe(true);
  });
});

describe('districtOfOutcode', () => {
  it.each([
    ['ME14', 'E07000110'], // Maidstone
    ['ME14 1XX', 'E07000110'],
    ['me14', 'E07000110'],
    ['CT1', 'E07000106'], // Canterbury
    ['RH12', 'E07000227'], // Horsham
    ['BN9', 'E07000063'], // Newhaven, in Lewes: a centre on the shore, outside East Sussex's outline
  ])('finds the district holding the centre of %s', (outcode, district) => {
    expect(districtOfOutcode(outcode)).toBe(district);
  });

  it.each([
    ['SW1A', 'London'],
    ['B1', 'Birmingham, a metropolitan district'],
    ['BS1', 'Bristol, a unitary authority'],
    ['NP16', 'Chepstow, in Wales, 0.6 km from Gloucestershire'],
    ['EH1', 'Scotland'],
    ['ZZ99', 'no such district'],
    ['not a postcode', 'not a postcode'],
  ])('has no district for %s (%s)', (outcode) => {
    expect(districtOfOutcode(outcode)).toBeNull();
  });
});

// Small made-up outlines: two square counties side by side, each a county council (E10) or not.
const square = (west: number, south: number, size: number): [number, number][][] => [
  [
    [west, south],
    [west + size, south],
    [west + size, south + size],
    [west, south + size],
    [west, south],
  ],
];
const area = (code: string, rings: [number, number][][], key = 'areacd') => ({
  properties: { [key]: code, n: code },
  geometry: { type: 'Polygon' as const, coordinates: rings },
});
const twoCounties: BoundaryCollection = {
  features: [area('E10000001', square(0, 50, 1)), area('E06000001', square(1, 50, 1))],
};

describe('deriveDistrictBoundaries', () => {
  it('keeps the E07 districts only, with their names and county', () => {
    const lads = {
      features: [
        area('E07000001', square(0.2, 50.2, 0.5), 'c'),
        area('E06000001', square(1.2, 50.2, 0.5), 'c'),
      ],
    };
    const derived = deriveDistrictBoundaries(lads, twoCounties);
    expect(derived.features.map((f) => f.properties)).toEqual([
      { areacd: 'E07000001', areanm: 'E07000001', county: 'E10000001' },
    ]);
  });

  it('refuses a district that straddles two areas', () => {
    const lads = { features: [area('E07000002', square(0.6, 50.2, 0.8), 'c')] };
    expect(() => deriveDistrictBoundaries(lads, twoCounties)).toThrow(
      /E07000002.*exactly one county council/,
    );
  });

  it('refuses a district in an area that is not a county council', () => {
    const lads = { features: [area('E07000003', square(1.2, 50.2, 0.5), 'c')] };
    expect(() => deriveDistrictBoundaries(lads, twoCounties)).toThrow(/E07000003.*E06000001/);
  });
});

describe('interiorPoints', () => {
  it('finds points inside a crescent, whose centre lies outside it', () => {
    // A U open to the north: the gap between its arms is outside.
    const u: [number, number][][] = [
      [
        [0, 0],
        [3, 0],
        [3, 3],
        [2, 3],
        [2, 1],
        [1, 1],
        [1, 3],
        [0, 3],
        [0, 0],
      ],
    ];
    const points = interiorPoints(u);
    expect(points).toHaveLength(9);
    for (const { lat, lon } of points) {
      const inArm = lon < 1 || lon > 2;
      expect(lat < 1 || inArm, `${lat},${lon}`).toBe(true);
    }
  });

  it('keeps out of a hole', () => {
    const withHole = [...square(0, 0, 3), ...square(0.5, 0.5, 2)];
    for (const { lat, lon } of interiorPoints(withHole)) {
      const inHole = lat > 0.5 && lat < 2.5 && lon > 0.5 && lon < 2.5;
      expect(inHole, `${lat},${lon}`).toBe(false);
    }
  });
});

describe('deriveOutcodeDistricts', () => {
  it('gives a centre in a county council’s area the district holding it, and leaves out others', () => {
    const districtsOf: DistrictCollection = deriveDistrictBoundaries(
      {
        features: [area('E07000001', square(0, 50, 0.5), 'c'), area('E07000002', square(0.5, 50, 0.5), 'c')],
      },
      twoCounties,
    );
    const { districts: found } = deriveOutcodeDistricts(districtsOf, twoCounties, {
      AA1: [50.2, 0.2],
      AA2: [50.2, 0.7],
      AA3: [50.2, 1.5], // in a unitary authority
      AA4: [52, 5], // in no area
    });
    expect(found).toEqual({ AA1: 'E07000001', AA2: 'E07000002' });
  });
});
