import type { Location } from './model.js';

const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_DEGREE_LAT = 111.32;

/** Straight-line (great-circle) distance in km. Approximate by nature: not a travel route. */
export function distanceKm(a: Location, b: Location): number {
  const toRad = (d: number) => (d * Math.PI) / 180;
  const dLat = toRad(b.lat - a.lat);
  const dLon = toRad(b.lon - a.lon);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Cells of the geographic index: a quarter of a degree each way (about 28 km × 17 km in England). */
export const CELLS_PER_DEGREE = 4;

export function cellOf(location: Location): string {
  return `${Math.floor(location.lat * CELLS_PER_DEGREE)}:${Math.floor(location.lon * CELLS_PER_DEGREE)}`;
}

/** Every cell that a circle of `radiusKm` around `centre` touches. */
export function cellsWithin(centre: Location, radiusKm: number): string[] {
  const dLat = radiusKm / KM_PER_DEGREE_LAT;
  const dLon = radiusKm / (KM_PER_DEGREE_LAT * Math.max(0.1, Math.cos((centre.lat * Math.PI) / 180)));
  const rows = [
    Math.floor((centre.lat - dLat) * CELLS_PER_DEGREE),
    Math.floor((centre.lat + dLat) * CELLS_PER_DEGREE),
  ];
  const cols = [
    Math.floor((centre.lon - dLon) * CELLS_PER_DEGREE),
    Math.floor((centre.lon + dLon) * CELLS_PER_DEGREE),
  ];
  const cells: string[] = [];
  for (let r = rows[0] ?? 0; r <= (rows[1] ?? 0); r++) {
    for (let c = cols[0] ?? 0; c <= (cols[1] ?? 0); c++) cells.push(`${r}:${c}`);
  }
  return cells;
}
