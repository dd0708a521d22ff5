import type { Location } from '../../functions/core/model.js';

// The family page's map, drawn on the server as inline SVG: council boundaries (simplified once at
// start), home and one numbered marker per list entry. No tiles, no script. Pure.

export type Point = [x: number, y: number];
type Ring = Point[];

/** A council area's outline, simplified, with its extent for quick culling. */
export interface MapArea {
  code: string;
  name: string;
  rings: Ring[];
  bbox: [minLon: number, minLat: number, maxLon: number, maxLat: number];
}

export interface MapMarker {
  /** What the marker shows: the entry's number in the list. */
  label: string;
  /** The setting's name, as in the list. */
  name: string;
  location: Location;
}

export interface MapInput {
  home: Location;
  markers: readonly MapMarker[];
  areas: readonly MapArea[];
  /** Largest SVG to send (bytes): outlines are simplified further until the map fits. */
  maxBytes?: number;
}

interface GeoFeature {
  properties: Record<string, unknown>;
  geometry:
    | { type: 'Polygon'; coordinates: number[][][] }
    | { type: 'MultiPolygon'; coordinates: number[][][][] };
}

/** Prepares boundary GeoJSON (WGS84) for maps: each ring simplified to `toleranceDeg`. */
export function prepareAreas(
  collection: { features: readonly GeoFeature[] },
  toleranceDeg = 0.002,
  codeProperty = 'areacd',
  nameProperty = 'areanm',
): MapArea[] {
  return collection.features.map((feature) => {
    const polygons =
      feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    const rings = polygons
      .flat()
      .map((ring) =>
        simplify(
          ring.map(([lon, lat]) => [lon, lat] as Point),
          toleranceDeg,
        ),
      )
      .filter((ring) => ring.length >= 4);
    let [minLon, minLat, maxLon, maxLat] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const ring of rings) {
      for (const [lon, lat] of ring) {
        minLon = Math.min(minLon, lon);
        maxLon = Math.max(maxLon, lon);
        minLat = Math.min(minLat, lat);
        maxLat = Math.max(maxLat, lat);
      }
    }
    return {
      code: String(feature.properties[codeProperty] ?? ''),
      name: String(feature.properties[nameProperty] ?? ''),
      rings,
      bbox: [minLon, minLat, maxLon, maxLat],
    };
  });
}

/** Douglas–Peucker simplification of a ring or line, keeping its ends. */
export function simplify(points: readonly Point[], tolerance: number): Point[] {
  if (points.length <= 2) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop() as [number, number];
    let worst = -1;
    let worstDistance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const d = distanceToSegment(points[i] as Point, points[first] as Point, points[last] as Point);
      if (d > worstDistance) {
        worst = i;
        worstDistance = d;
      }
    }
    if (worst > 0) {
      keep[worst] = 1;
      stack.push([first, worst], [worst, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

function distanceToSegment([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

const WIDTH = 640;
const MIN_SPAN_KM = 6;
const KM_PER_DEGREE = 111.32;

/** The map as an SVG string (no script, no inline style), with its title and description for screen readers. */
export function mapSvg({ home, markers, areas, maxBytes = 40_000 }: MapInput): string {
  const points = [home, ...markers.map((m) => m.location)];
  const lats = points.map((p) => p.lat);
  const lons = points.map((p) => p.lon);
  const midLat = (Math.min(...lats) + Math.max(...lats)) / 2;
  const kx = Math.cos((midLat * Math.PI) / 180);
  // The extent in km-like units (lon scaled by cos(lat)), padded, at least MIN_SPAN_KM across.
  let minX = Math.min(...lons) * kx;
  let maxX = Math.max(...lons) * kx;
  let minY = Math.min(...lats);
  let maxY = Math.max(...lats);
  const minSpan = MIN_SPAN_KM / KM_PER_DEGREE;
  const pad = Math.max((maxX - minX) * 0.12, (maxY - minY) * 0.12, minSpan / 4);
  minX -= pad;
  maxX += pad;
  minY -= pad;
  maxY += pad;
  // Never taller than wide by more than 4:3, so a phone shows it whole.
  const spanX = Math.max(maxX - minX, (maxY - minY) * 0.75);
  const centreX = (minX + maxX) / 2;
  minX = centreX - spanX / 2;
  maxX = centreX + spanX / 2;
  const scale = WIDTH / spanX;
  const height = Math.round((maxY - minY) * scale);
  const project = (lon: number, lat: number): Point => [(lon * kx - minX) * scale, (maxY - lat) * scale];

  const visible = areas.filter(
    (a) => a.bbox[2] * kx >= minX && a.bbox[0] * kx <= maxX && a.bbox[3] >= minY && a.bbox[1] <= maxY,
  );
  const markerSvg = drawMarkers(markers, project);
  const homeSvg = drawHome(project(home.lon, home.lat));
  const description = `Home is the black square. Each numbered circle is a setting, numbered as in the list: ${markers
    .map((m) => `${m.label}, ${m.name}`)
    .join('; ')}.`;
  const head = `<svg xmlns="http://www.w3.org/2000/svg" class="op-map__svg" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="map-title map-desc" focusable="false"><title id="map-title">Map of home and the settings on this list</title><desc id="map-desc">${escapeXml(description)}</desc><rect class="op-map__sea" width="${WIDTH}" height="${height}" fill="#f3f2f1"/>`;
  for (let tolerancePx = 0.8; ; tolerancePx *= 2) {
    const outlines = drawAreas(visible, project, WIDTH, height, tolerancePx);
    // Home last, so no marker ever hides it.
    const svg = `${head}${outlines}${markerSvg}${homeSvg}</svg>`;
    if (svg.length <= maxBytes || tolerancePx > 64) return svg;
  }
}

function drawAreas(
  areas: readonly MapArea[],
  project: (lon: number, lat: number) => Point,
  width: number,
  height: number,
  tolerancePx: number,
): string {
  const margin = 20;
  const clamp = ([x, y]: Point): Point => [
    Math.max(-margin, Math.min(width + margin, x)),
    Math.max(-margin, Math.min(height + margin, y)),
  ];
  const paths: string[] = [];
  for (const area of areas) {
    const d = area.rings
      .map((ring) => {
        const projected = simplify(
          ring.map(([lon, lat]) => clamp(project(lon, lat))),
          tolerancePx,
        );
        const rounded: Point[] = [];
        for (const [x, y] of projected) {
          const p: Point = [Math.round(x), Math.round(y)];
          const prev = rounded.at(-1);
          if (!prev || prev[0] !== p[0] || prev[1] !== p[1]) rounded.push(p);
        }
        if (rounded.length < 3) return '';
        // A ring wholly to one side of the view collapses onto the margin there: nothing to draw.
        // (One around the whole view clamps to the margin's rectangle, and is drawn.)
        const xs = rounded.map(([x]) => x);
        const ys = rounded.map(([, y]) => y);
        if (
          Math.max(...xs) <= 0 ||
          Math.min(...xs) >= width ||
          Math.max(...ys) <= 0 ||
          Math.min(...ys) >= height
        ) {
          return '';
        }
        return `M${rounded.map(([x, y]) => `${x} ${y}`).join('L')}Z`;
      })
      .join('');
    if (d) {
      paths.push(
        `<path class="op-map__area" d="${d}" fill="#ffffff" stroke="#505a5f" stroke-width="1"><title>${escapeXml(area.name)}</title></path>`,
      );
    }
  }
  return paths.join('');
}

function drawHome([x, y]: Point): string {
  const s = 14;
  return `<rect class="op-map__home" x="${(x - s / 2).toFixed(1)}" y="${(y - s / 2).toFixed(1)}" width="${s}" height="${s}" fill="#0b0c0c"/>`;
}

/** A marker's radius in the SVG's units: on a 375 px phone the 640-wide map is drawn at ~0.55. */
export const MARKER_RADIUS = 15;

/**
 * Where each marker is drawn: at its place, unless that would cover a marker already placed (the
 * list's order decides who keeps its place); then at the nearest free spot on rings around it,
 * joined to its place by a line. Pure, and the same every time.
 */
export function placeMarkers(points: readonly Point[], radius = MARKER_RADIUS): Point[] {
  const gap = 2 * radius + 2;
  const placed: Point[] = [];
  for (const [x, y] of points) {
    let spot: Point = [x, y];
    const free = ([px, py]: Point) => placed.every(([qx, qy]) => Math.hypot(px - qx, py - qy) >= gap);
    search: for (let ring = 1; !free(spot) && ring <= 8; ring++) {
      const steps = 8 * ring;
      for (let k = 0; k < steps; k++) {
        const angle = (2 * Math.PI * k) / steps - Math.PI / 2;
        const candidate: Point = [x + Math.cos(angle) * gap * ring, y + Math.sin(angle) * gap * ring];
        if (free(candidate)) {
          spot = candidate;
          break search;
        }
      }
    }
    placed.push(spot);
  }
  return placed;
}

function drawMarkers(markers: readonly MapMarker[], project: (lon: number, lat: number) => Point): string {
  const places = markers.map((m) => project(m.location.lon, m.location.lat));
  const spots = placeMarkers(places);
  return markers
    .map((m, i) => {
      const [px, py] = places[i] ?? [0, 0];
      const [x, y] = spots[i] ?? [px, py];
      const moved = Math.hypot(x - px, y - py) > 0.5;
      const leader = moved
        ? `<line x1="${px.toFixed(1)}" y1="${py.toFixed(1)}" x2="${x.toFixed(1)}" y2="${y.toFixed(1)}" stroke="#1d70b8" stroke-width="2"/><circle cx="${px.toFixed(1)}" cy="${py.toFixed(1)}" r="3" fill="#1d70b8"/>`
        : '';
      return `<g class="op-map__marker">${leader}<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${MARKER_RADIUS}" fill="#1d70b8" stroke="#ffffff" stroke-width="2"/><text x="${x.toFixed(1)}" y="${(y + 6).toFixed(1)}" text-anchor="middle" font-size="18" font-weight="bold" fill="#ffffff">${escapeXml(m.label)}</text></g>`;
    })
    .join('');
}

/** Escapes text for XML and HTML. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
