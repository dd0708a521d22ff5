import type { Location } from './model.js';

const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_DEGREE = (EARTH_RADIUS_KM * Math.PI) / 180;

/** Straight-line (great-circle) distance in km. Approximate by nature: not a travel route. */
export function distanceKm(a: Location, b: Location): number {
  const dLat = toRad(b.lat - a.lat);
  const dLon = toRad(b.lon - a.lon);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

// Outside distanceKm: a list measures thousands of distances, and a closure made per call cost more than the sum.
function toRad(degrees: number): number {
  return (degrees * Math.PI) / 180;
}

// The map indexes cut the map into east–west strips of latitude, and sort the settings of a strip
// by longitude. A search around a home then reads, in each strip its circle crosses, exactly the
// longitudes the circle spans: one query per strip. (Square cells needed four to eight times as
// many queries for the same circle, and each query costs about a millisecond whatever it returns.)

/**
 * Strips per degree of latitude: specialist settings a tenth of a degree (about 11 km); plain
 * mainstream schools, dense and read nearest first, a twentieth (about 5.6 km).
 */
export const STRIPS_PER_DEGREE = { specialist: 10, plain: 20 } as const;

/** Strips per degree of the reach index (core/lists/reach.ts): half a degree, about 55 km. */
export const REACH_STRIPS_PER_DEGREE = 1;

/** The two layers of the map indexes: specialist settings, and plain mainstream ones (read nearest first). */
export type MapLayer = keyof typeof STRIPS_PER_DEGREE;

/** Longitude in whole units of 1/100,000 of a degree (about 0.7 m in England), from 180° W. */
const LON_UNITS_PER_DEGREE = 100_000;

/** Part of one strip: its longitudes from `fromLon` to `toLon` inclusive, in longitude units. */
export interface StripRange {
  strip: number;
  fromLon: number;
  toLon: number;
}

export function stripOf(location: Location, stripsPerDegree: number): number {
  return Math.floor(location.lat * stripsPerDegree);
}

export function lonUnits(lon: number): number {
  return Math.round((lon + 180) * LON_UNITS_PER_DEGREE);
}

/**
 * The part of each strip that a circle of `radiusKm` around `centre` covers: every point within
 * the radius lies in one of them. A little wider than exact, never narrower.
 */
export function stripRangesWithin(centre: Location, radiusKm: number, stripsPerDegree: number): StripRange[] {
  if (radiusKm <= 0) return [];
  // A margin for the flat-map arithmetic below against the great-circle distance.
  const reach = radiusKm * 1.002 + 0.05;
  const size = 1 / stripsPerDegree;
  const dLat = reach / KM_PER_DEGREE;
  const ranges: StripRange[] = [];
  for (let strip = stripOf({ lat: centre.lat - dLat, lon: 0 }, stripsPerDegree); ; strip++) {
    const [south, north] = [strip * size, (strip + 1) * size];
    if (south > centre.lat + dLat) break;
    const nearestLat = Math.min(Math.max(centre.lat, south), north);
    const dyKm = Math.abs(nearestLat - centre.lat) * KM_PER_DEGREE;
    if (dyKm > reach) continue;
    const halfWidthKm = Math.sqrt(reach * reach - dyKm * dyKm);
    // A degree of longitude is shortest on the strip's edge furthest from the equator.
    const farLat = Math.max(Math.abs(south), Math.abs(north));
    const dLon = halfWidthKm / (KM_PER_DEGREE * Math.max(0.01, Math.cos((farLat * Math.PI) / 180)));
    ranges.push({ strip, fromLon: lonUnits(centre.lon - dLon) - 1, toLon: lonUnits(centre.lon + dLon) + 1 });
  }
  return ranges;
}

/** The parts of `wanted` that no range in `read` covers: what a wider search still has to read. */
export function unreadParts(wanted: readonly StripRange[], read: readonly StripRange[]): StripRange[] {
  const parts: StripRange[] = [];
  for (const range of wanted) {
    const covered = read
      .filter((r) => r.strip === range.strip && r.toLon >= range.fromLon && r.fromLon <= range.toLon)
      .sort((a, b) => a.fromLon - b.fromLon);
    let from = range.fromLon;
    for (const r of covered) {
      if (r.fromLon > from) parts.push({ strip: range.strip, fromLon: from, toLon: r.fromLon - 1 });
      from = Math.max(from, r.toLon + 1);
    }
    if (from <= range.toLon) parts.push({ strip: range.strip, fromLon: from, toLon: range.toLon });
  }
  return parts;
}
