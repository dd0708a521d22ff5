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

/**
 * Map cells of the geographic indexes, small enough that the cells a search reads hug its circle:
 * specialist settings a tenth of a degree each way (about 11 km × 7 km in England); plain
 * mainstream schools, dense and read nearest first, a twentieth (about 5.6 km × 3.4 km).
 */
export const GRID = { specialist: 10, plain: 20 } as const;

export function cellOf(location: Location, cellsPerDegree: number = GRID.specialist): string {
  return `${Math.floor(location.lat * cellsPerDegree)}:${Math.floor(location.lon * cellsPerDegree)}`;
}

/** Every cell that a circle of `radiusKm` around `centre` touches (and no cell it does not). */
export function cellsWithin(
  centre: Location,
  radiusKm: number,
  cellsPerDegree: number = GRID.specialist,
): string[] {
  const dLat = radiusKm / KM_PER_DEGREE_LAT;
  const dLon = radiusKm / (KM_PER_DEGREE_LAT * Math.max(0.1, Math.cos((centre.lat * Math.PI) / 180)));
  const [rowLow, rowHigh] = [
    Math.floor((centre.lat - dLat) * cellsPerDegree),
    Math.floor((centre.lat + dLat) * cellsPerDegree),
  ];
  const [colLow, colHigh] = [
    Math.floor((centre.lon - dLon) * cellsPerDegree),
    Math.floor((centre.lon + dLon) * cellsPerDegree),
  ];
  const size = 1 / cellsPerDegree;
  const cells: string[] = [];
  for (let r = rowLow; r <= rowHigh; r++) {
    for (let c = colLow; c <= colHigh; c++) {
      // The cell's nearest point to the centre: skip the bounding box's corners the circle misses.
      const nearest = {
        lat: Math.min(Math.max(centre.lat, r * size), (r + 1) * size),
        lon: Math.min(Math.max(centre.lon, c * size), (c + 1) * size),
      };
      if (distanceKm(centre, nearest) <= radiusKm + 0.1) cells.push(`${r}:${c}`);
    }
  }
  return cells;
}
