import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BoundaryIndex, createBoundaryIndex } from '../../functions/reference/boundaries.js';
import {
  ENGLAND_FILES,
  type EnglandData,
  readEnglandBoundaries,
  readEnglandData,
} from '../../functions/reference/england-data.js';

// The committed files under data/england/, checked against what is known of real schools.

let data: EnglandData;
let boundaries: BoundaryIndex;
let onsCodeOf: Map<string, string>;

beforeAll(async () => {
  data = await readEnglandData();
  boundaries = createBoundaryIndex(await readEnglandBoundaries(), 'areacd');
  onsCodeOf = new Map(data.las.map((la) => [la.laCode, la.onsCode]));
});

const school = (urn: string) => {
  const row = data.schools.find((s) => s.urn === urn);
  if (!row) throw new Error(`URN ${urn} is not in schools.csv`);
  return row;
};

describe('data/england/schools.csv', () => {
  it.each([
    {
      urn: '126160',
      name: 'Queen Elizabeth II Silver Jubilee School, Horsham',
      laCode: '938',
      kind: 'SPECIAL',
      sector: 'LA_MAINTAINED',
      at: { lat: 51.0596, lon: -0.3021 },
    },
    {
      urn: '131182',
      name: 'West Sussex Alternative Provision College',
      laCode: '938',
      kind: 'ALTERNATIVE_PROVISION',
      sector: null,
      at: { lat: 50.9713, lon: -0.1423 },
    },
    {
      urn: '100007',
      name: 'Camden Primary Pupil Referral Unit',
      laCode: '202',
      kind: 'ALTERNATIVE_PROVISION',
      sector: 'LA_MAINTAINED',
      at: { lat: 51.5272, lon: -0.139 },
    },
    {
      urn: '131079',
      name: 'Rowan Gate Primary School - Four Sites',
      laCode: '940',
      kind: 'SPECIAL',
      sector: 'LA_MAINTAINED',
      at: { lat: 52.3084, lon: -0.6828 },
    },
    {
      urn: '120322',
      name: 'Oakham School',
      laCode: '857',
      kind: 'MAINSTREAM',
      sector: 'INDEPENDENT',
      at: { lat: 52.6701, lon: -0.7269 },
    },
  ])(
    'has $name (URN $urn) in LA $laCode, inside that LA’s boundary',
    ({ urn, name, laCode, kind, sector, at }) => {
      const row = school(urn);
      expect(row).toMatchObject({ name, laCode, kind, sector });
      expect(row.lat).toBeCloseTo(at.lat, 3);
      expect(row.lon).toBeCloseTo(at.lon, 3);
      expect(boundaries.contains(onsCodeOf.get(laCode) ?? '', row)).toBe(true);
    },
  );

  it('says how a field was derived when it is not a plain copy', () => {
    expect(school('131182').notes).toEqual(
      expect.arrayContaining([
        'LA from the coordinates (UTLA boundaries)',
        expect.stringMatching(
          /^Kind inferred from the name containing "Alternative Provision" \(heuristic\)/,
        ),
      ]),
    );
    // Northamptonshire (928) was split in 2021: its schools' LA comes from their coordinates.
    expect(school('131079').notes).toEqual([expect.stringMatching(/2018 LA 928 since reorganised/)]);
    expect(school('126160').notes).toEqual([]);
  });

  it('puts every school in a live LA of las.csv, inside it wherever the LA came from the coordinates', () => {
    expect(data.schools.filter((row) => !onsCodeOf.has(row.laCode)).map((row) => row.urn)).toEqual([]);
    const fromCoordinates = data.schools.filter((row) =>
      row.notes.some((n) => n.startsWith('LA from the coordinates (UTLA boundaries)')),
    );
    expect(fromCoordinates.length).toBeGreaterThan(4000);
    const outside = fromCoordinates.filter(
      (row) => !boundaries.contains(onsCodeOf.get(row.laCode) ?? '', row),
    );
    expect(outside.map((row) => row.urn)).toEqual([]);
  });

  it('has one row per URN, none at 0,0 and none in Wales', () => {
    const urns = data.schools.map((s) => s.urn);
    expect(new Set(urns).size).toBe(urns.length);
    expect(data.schools.length).toBeGreaterThan(25_000);
    expect(data.schools.filter((s) => s.lat === 0 || s.lon === 0)).toEqual([]);
    expect(data.schools.filter((s) => Number(s.urn) >= 400_000 && Number(s.urn) <= 409_999)).toEqual([]);
  });

  it('gives age ranges within 0-25, low to high', () => {
    const wrong = data.schools.filter(
      (row) => row.ageLow !== null && (row.ageHigh === null || row.ageLow > row.ageHigh || row.ageHigh > 25),
    );
    expect(wrong.map((row) => row.urn)).toEqual([]);
  });
});

describe('data/england/las.csv and la-calibration.json', () => {
  it('lists the 153 LAs with boundaries, West Sussex and its neighbours among them', () => {
    expect(data.las).toHaveLength(153);
    expect(new Set(data.las.map((la) => la.onsCode))).toEqual(new Set(boundaries.codes()));
    const byCode = new Map(data.las.map((la) => [la.laCode, la.name]));
    expect(['938', '936', '845', '846', '850', '851'].map((code) => byCode.get(code))).toEqual([
      'West Sussex',
      'Surrey',
      'East Sussex',
      'Brighton and Hove',
      'Hampshire',
      'Portsmouth',
    ]);
  });

  it('calibrates every LA, with the DfE 2024/25 figures for West Sussex', () => {
    expect(Object.keys(data.calibration.las).sort()).toEqual(data.las.map((la) => la.laCode).sort());
    expect(data.calibration.las['938']).toMatchObject({
      name: 'West Sussex',
      ehcPlans: 9301,
      placementsYear: '2024/25',
      placements: { specialLaMaintained: 1998, specialAcademyFree: 149, mainstreamResourcedProvision: 390 },
    });
  });
});

describe('data/england/outcodes.json', () => {
  it('has postcode districts with centroids and none at 0,0', async () => {
    const districts = JSON.parse(await readFile(ENGLAND_FILES.outcodes, 'utf8')) as Record<
      string,
      [number, number]
    >;
    expect(Object.keys(districts)).toHaveLength(2975);
    expect(Object.values(districts).filter(([lat, lon]) => lat === 0 && lon === 0)).toEqual([]);
    expect(districts.RH12?.[0]).toBeCloseTo(51.08, 1);
  });
});
