import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Location } from '../core/model.js';

// Which area a point lies in, from GeoJSON boundaries (WGS84): Turf's point-in-polygon test (holes
// excluded; a point on a boundary is inside), after a bounding-box filter.

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

type Geometry = GeoJsonFeature['geometry'];

interface Area {
  code: string;
  /** With its bounding box, which Turf checks before the polygons. */
  geometry: Geometry & { bbox: [minLon: number, minLat: number, maxLon: number, maxLat: number] };
  polygons: PolygonRings[];
}

/**
 * A point just outside every (simplified) outline, such as a coastal school or a postcode
 * district's centre on the shore, is in the nearest area within this distance.
 */
export const NEAREST_AREA_KM = 0.5;

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
    return { code, geometry: { ...feature.geometry, bbox: boundingBox(polygons) }, polygons };
  });
  const byCode = new Map(areas.map((a) => [a.code, a]));

  const inside = (area: Area, { lat, lon }: Location) => booleanPointInPolygon([lon, lat], area.geometry);

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

/** The outer rings' extent, as GeoJSON writes a bbox. */
function boundingBox(polygons: PolygonRings[]): Area['geometry']['bbox'] {
  let [minLon, minLat, maxLon, maxLat] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const rings of polygons) {
    for (const [lon, lat] of rings[0] ?? []) {
      minLon = Math.min(minLon, lon);
      maxLon = Math.max(maxLon, lon);
      minLat = Math.min(minLat, lat);
      maxLat = Math.max(maxLat, lat);
    }
  }
  return [minLon, minLat, maxLon, maxLat];
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
