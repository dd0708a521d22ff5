import type { Location } from '../core/model.js';

// Which area a point lies in, from GeoJSON boundaries (WGS84): a plain ray-casting test with a
// bounding-box filter. Rings are tested even-odd, so holes (and islands in them) come out right.

type Ring = [number, number][];
type PolygonRings = Ring[];

interface GeoJsonFeature {
  properties: Record<string, unknown>;
  geometry:
    | { type: 'Polygon'; coordinates: PolygonRings }
    | { type: 'MultiPolygon'; coordinates: PolygonRings[] };
}

export interface BoundaryCollection {
  features: GeoJsonFeature[];
}

interface Area {
  code: string;
  polygons: PolygonRings[];
  box: { minLon: number; minLat: number; maxLon: number; maxLat: number };
}

export interface BoundaryIndex {
  /** The code of the area containing the point, or null when it is in none. */
  locate(point: Location): string | null;
  /** Whether the point lies inside this area. */
  contains(code: string, point: Location): boolean;
  /** The area whose boundary is nearest to a point outside every area, if within `maxKm`. */
  nearest(point: Location, maxKm: number): { code: string; km: number } | null;
  codes(): string[];
}

/** Indexes a FeatureCollection by the property holding each area's code (e.g. "areacd"). */
export function createBoundaryIndex(collection: BoundaryCollection, codeProperty: string): BoundaryIndex {
  const areas: Area[] = collection.features.map((feature) => {
    const code = feature.properties[codeProperty];
    if (typeof code !== 'string') throw new Error(`A boundary has no "${codeProperty}" property.`);
    const polygons =
      feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    return { code, polygons, box: boundingBox(polygons) };
  });
  const byCode = new Map(areas.map((a) => [a.code, a]));

  const inside = (area: Area, { lat, lon }: Location) =>
    lon >= area.box.minLon &&
    lon <= area.box.maxLon &&
    lat >= area.box.minLat &&
    lat <= area.box.maxLat &&
    area.polygons.some((rings) => inRings(rings, lon, lat));

  return {
    locate: (point) => areas.find((area) => inside(area, point))?.code ?? null,
    contains: (code, point) => {
      const area = byCode.get(code);
      return area ? inside(area, point) : false;
    },
    nearest(point, maxKm) {
      let best: { code: string; km: number } | null = null;
      for (const area of areas) {
        for (const rings of area.polygons) {
          for (const ring of rings) {
            const km = distanceToRingKm(ring, point);
            if (km <= maxKm && (!best || km < best.km)) best = { code: area.code, km };
          }
        }
      }
      return best;
    },
    codes: () => areas.map((a) => a.code),
  };
}

function boundingBox(polygons: PolygonRings[]) {
  const box = { minLon: Infinity, minLat: Infinity, maxLon: -Infinity, maxLat: -Infinity };
  for (const rings of polygons) {
    for (const [lon, lat] of rings[0] ?? []) {
      box.minLon = Math.min(box.minLon, lon);
      box.maxLon = Math.max(box.maxLon, lon);
      box.minLat = Math.min(box.minLat, lat);
      box.maxLat = Math.max(box.maxLat, lat);
    }
  }
  return box;
}

function inRings(rings: PolygonRings, x: number, y: number): boolean {
  let odd = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
    }
  }
  return odd;
}

const KM_PER_DEGREE = 111.32;

/** Distance to a ring's edges on a local flat projection: fine for the few km this is used for. */
function distanceToRingKm(ring: Ring, { lat, lon }: Location): number {
  const kx = KM_PER_DEGREE * Math.cos((lat * Math.PI) / 180);
  const ky = KM_PER_DEGREE;
  let best = Infinity;
  for (let i = 1; i < ring.length; i++) {
    const [x1, y1] = ring[i - 1] as [number, number];
    const [x2, y2] = ring[i] as [number, number];
    const ax = (x1 - lon) * kx;
    const ay = (y1 - lat) * ky;
    const bx = (x2 - lon) * kx;
    const by = (y2 - lat) * ky;
    const dx = bx - ax;
    const dy = by - ay;
    const length2 = dx * dx + dy * dy;
    const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length2));
    best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
  }
  return best;
}
