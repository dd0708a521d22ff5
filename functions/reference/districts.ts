import type { Location } from '../core/model.js';
import { type BoundaryCollection, createBoundaryIndex, NEAREST_AREA_KM } from './boundaries.js';

// The lower-tier districts of England's two-tier counties (LAD codes E07…), each with the county
// council (E10…) it belongs to, and the postcode districts whose centres lie in them. Pure: the
// build script (build-district-boundaries.ts) reads and writes the files.

type Position = [lon: number, lat: number];
type PolygonRings = Position[][];
type Feature = BoundaryCollection['features'][number];

export interface DistrictProperties {
  /** The district's LAD code (E07…). */
  areacd: string;
  areanm: string;
  /** The county council (UTLA code E10…) whose area holds the district. */
  county: string;
}

export interface DistrictCollection {
  type: 'FeatureCollection';
  features: (Feature & { type: 'Feature'; properties: DistrictProperties })[];
}

/** Degrees kept: 4 places (about 10 m), as in data/england/utla-boundaries.geojson. */
const PLACES = 1e4;

const isDistrict = (code: string) => code.startsWith('E07');
const isCounty = (code: string) => code.startsWith('E10');

/**
 * Keeps the E07 districts of a LAD FeatureCollection (`codeProperty`, `nameProperty` name their
 * properties), with coordinates rounded and each district's county found in `counties` (areacd).
 * Throws unless every district lies in exactly one county council's area.
 */
export function deriveDistrictBoundaries(
  lads: BoundaryCollection,
  counties: BoundaryCollection,
  codeProperty = 'c',
  nameProperty = 'n',
): DistrictCollection {
  const index = createBoundaryIndex(counties, 'areacd');
  const features = lads.features
    .filter((f) => isDistrict(String(f.properties[codeProperty] ?? '')))
    .map((f) => {
      const geometry = roundGeometry(f.geometry);
      const areacd = String(f.properties[codeProperty]);
      const areanm = String(f.properties[nameProperty] ?? '');
      return {
        type: 'Feature' as const,
        properties: { areacd, areanm, county: countyOf(areacd, geometry, index) },
        geometry,
      };
    })
    .sort((a, b) => byCode(a.properties.areacd, b.properties.areacd));
  return { type: 'FeatureCollection', features };
}

/**
 * The one county council containing a district: the county around points well inside the
 * district's largest polygon. Some points can fall in no county (the county outlines leave out
 * estuaries that the district outlines include), but every one that falls in a county must fall
 * in the same one, and it must be a county council.
 */
function countyOf(
  district: string,
  geometry: Feature['geometry'],
  index: ReturnType<typeof createBoundaryIndex>,
): string {
  const points = interiorPoints(largestPolygon(geometry));
  const around = new Set(points.flatMap((p) => index.codes().filter((code) => index.contains(code, p))));
  const [county] = around;
  if (around.size !== 1 || !county || !isCounty(county)) {
    throw new Error(
      `District ${district} should lie in exactly one county council (E10…); points inside it are in ${[...around].join(', ') || 'none'}.`,
    );
  }
  return county;
}

function polygonsOf(geometry: Feature['geometry']): PolygonRings[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function largestPolygon(geometry: Feature['geometry']): PolygonRings {
  const polygons = polygonsOf(geometry);
  const area = (rings: PolygonRings) => Math.abs(ringArea(rings[0] ?? []));
  return polygons.reduce((best, p) => (area(p) > area(best) ? p : best), polygons[0] ?? []);
}

/** Shoelace area in square degrees: enough to compare polygons of one district. */
function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const [x1, y1] = ring[i - 1] as Position;
    const [x2, y2] = ring[i] as Position;
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

/**
 * Points inside a polygon (holes excluded), far from its edges: on each of nine lines of latitude
 * across it, the middle of the widest span inside the polygon. A centroid would do for most
 * districts, but a crescent's centroid lies outside it.
 */
export function interiorPoints(polygon: PolygonRings): Location[] {
  const lats = (polygon[0] ?? []).map(([, lat]) => lat);
  const [south, north] = [Math.min(...lats), Math.max(...lats)];
  const points: Location[] = [];
  for (let k = 1; k <= 9; k++) {
    const lat = south + ((north - south) * k) / 10;
    const crossings = polygon.flatMap((ring) => crossingsAt(ring, lat)).sort((a, b) => a - b);
    let widest: [west: number, east: number] | null = null;
    // Even-odd: between the 1st and 2nd crossing is inside, the 2nd and 3rd outside, and so on.
    for (let i = 0; i + 1 < crossings.length; i += 2) {
      const [west, east] = [crossings[i] as number, crossings[i + 1] as number];
      if (!widest || east - west > widest[1] - widest[0]) widest = [west, east];
    }
    if (widest) points.push({ lat, lon: (widest[0] + widest[1]) / 2 });
  }
  return points;
}

/** The longitudes where a ring's edges cross a line of latitude (half-open, so no vertex counts twice). */
function crossingsAt(ring: readonly Position[], lat: number): number[] {
  const found: number[] = [];
  for (let i = 1; i < ring.length; i++) {
    const [x1, y1] = ring[i - 1] as Position;
    const [x2, y2] = ring[i] as Position;
    if (y1 <= lat !== y2 <= lat) found.push(x1 + ((lat - y1) / (y2 - y1)) * (x2 - x1));
  }
  return found;
}

function roundGeometry(geometry: Feature['geometry']): Feature['geometry'] {
  const round = (n: number) => Math.round(n * PLACES) / PLACES;
  const ring = (points: Position[]) => {
    const kept: Position[] = [];
    for (const [lon, lat] of points) {
      const p: Position = [round(lon), round(lat)];
      const prev = kept.at(-1);
      if (!prev || prev[0] !== p[0] || prev[1] !== p[1]) kept.push(p);
    }
    return kept;
  };
  // A ring that rounding shrinks below a triangle (a speck of coast) is dropped; if it is a
  // polygon's outer ring, so is the polygon.
  const polygon = (rings: PolygonRings): PolygonRings => {
    const [outer, ...holes] = rings.map(ring);
    return outer && outer.length >= 4 ? [outer, ...holes.filter((r) => r.length >= 4)] : [];
  };
  const polygons = polygonsOf(geometry)
    .map(polygon)
    .filter((p) => p.length > 0);
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0] as PolygonRings }
    : { type: 'MultiPolygon', coordinates: polygons };
}

/** Postcode district (outcode) → [lat, lon] of its centre, as in data/england/outcodes.json. */
export type OutcodeCentres = Readonly<Record<string, readonly [lat: number, lon: number]>>;

export interface OutcodeDistricts {
  /** Outcode → LAD code, sorted by outcode. */
  districts: Record<string, string>;
  /** Centres in a county council's area but in none of its districts' (simplified) outlines. */
  nearest: { outcode: string; district: string; km: number }[];
}

/**
 * The district containing each postcode district's centre, for centres in a two-tier county's
 * area (by `counties`, the outlines that place schools in LAs). A postcode district can straddle
 * districts: this is the one holding its centre. A centre just outside every outline (on the
 * shore), or inside its county's but outside each of the county's districts' (the two files are
 * simplified differently), takes the nearest within NEAREST_AREA_KM, as schools do.
 */
export function deriveOutcodeDistricts(
  districts: DistrictCollection,
  counties: BoundaryCollection,
  centres: OutcodeCentres,
): OutcodeDistricts {
  const countyIndex = createBoundaryIndex(counties, 'areacd');
  const byCounty = new Map<string, ReturnType<typeof createBoundaryIndex>>();
  for (const county of new Set(districts.features.map((f) => f.properties.county))) {
    const features = districts.features.filter((f) => f.properties.county === county);
    byCounty.set(county, createBoundaryIndex({ features }, 'areacd'));
  }
  const found: [string, string][] = [];
  const nearest: OutcodeDistricts['nearest'] = [];
  for (const [outcode, [lat, lon]] of Object.entries(centres)) {
    const point = { lat, lon };
    const county = countyIndex.locate(point) ?? countyIndex.nearest(point, NEAREST_AREA_KM)?.code;
    const index = county ? byCounty.get(county) : undefined;
    if (!index) continue;
    const inside = index.locate(point);
    if (inside) {
      found.push([outcode, inside]);
      continue;
    }
    const near = index.nearest(point, NEAREST_AREA_KM);
    if (!near)
      throw new Error(`Postcode district ${outcode} is in ${county} but near none of its districts.`);
    found.push([outcode, near.code]);
    nearest.push({ outcode, district: near.code, km: near.km });
  }
  found.sort(([a], [b]) => byCode(a, b));
  return { districts: Object.fromEntries(found), nearest };
}

/** Code order by UTF-16 units, the same on every machine (localeCompare depends on the locale). */
function byCode(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
