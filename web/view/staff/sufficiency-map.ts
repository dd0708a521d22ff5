import type { PublishedCount } from '../../../functions/core/sufficiency/suppression.js';
import { escapeXml, type MapArea, type Point, simplify } from '../map.js';

// A two-tier county's districts, each shaded by its lists that found no free place known, drawn on
// the server as inline SVG (no script, no inline style). Pure. Counts are the published ones, so
// the shades are bands of rounded counts, "fewer than 5" a band of its own (hatched): no shade
// says more than the table beside the map.

export const MAP_BANDS = [
  'NO_LISTS',
  'ZERO',
  'FEWER_THAN_5',
  'FIVE_TO_10',
  'FIFTEEN_TO_25',
  'THIRTY_OR_MORE',
] as const;
export type MapBand = (typeof MAP_BANDS)[number];

const BANDS: Readonly<Record<MapBand, { words: string; fill: string }>> = {
  NO_LISTS: { words: 'No lists made', fill: '#ffffff' },
  ZERO: { words: '0', fill: '#d2e2f1' },
  FEWER_THAN_5: { words: 'Fewer than 5 (hatched)', fill: 'url(#district-map-hatch)' },
  FIVE_TO_10: { words: '5 to 10', fill: '#8eb8dc' },
  FIFTEEN_TO_25: { words: '15 to 25', fill: '#1d70b8' },
  THIRTY_OR_MORE: { words: '30 or more', fill: '#003078' },
};

/** The band a district's published count of lists with no free place known falls in (null: no lists there). */
export function mapBandOf(count: PublishedCount | null): MapBand {
  if (!count) return 'NO_LISTS';
  if (count.fewerThanFive) return 'FEWER_THAN_5';
  const v = count.value ?? 0;
  if (v === 0) return 'ZERO';
  if (v <= 10) return 'FIVE_TO_10';
  return v <= 25 ? 'FIFTEEN_TO_25' : 'THIRTY_OR_MORE';
}

export interface DistrictShade {
  area: MapArea;
  band: MapBand;
}

const WIDTH = 480;
const PAD = 8;

/** The county's districts, shaded by band, with a legend under them. */
export function districtMapSvg(input: { title: string; districts: readonly DistrictShade[] }): string {
  const areas = input.districts.map((d) => d.area);
  let [minLon, minLat, maxLon, maxLat] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const a of areas) {
    minLon = Math.min(minLon, a.bbox[0]);
    minLat = Math.min(minLat, a.bbox[1]);
    maxLon = Math.max(maxLon, a.bbox[2]);
    maxLat = Math.max(maxLat, a.bbox[3]);
  }
  const kx = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const scale = (WIDTH - 2 * PAD) / Math.max(1e-6, (maxLon - minLon) * kx);
  const mapHeight = Math.round((maxLat - minLat) * scale) + 2 * PAD;
  const project = (lon: number, lat: number): Point => [
    PAD + (lon - minLon) * kx * scale,
    PAD + (maxLat - lat) * scale,
  ];
  const paths = input.districts
    .map(({ area, band }) => {
      const d = area.rings
        .map((ring) => {
          const points = simplify(
            ring.map(([lon, lat]) => project(lon, lat)),
            0.6,
          );
          return points.length < 3
            ? ''
            : `M${points.map(([x, y]) => `${x.toFixed(1)} ${y.toFixed(1)}`).join('L')}Z`;
        })
        .join('');
      return d
        ? `<path d="${d}" fill="${BANDS[band].fill}" stroke="#0b0c0c" stroke-width="1"><title>${escapeXml(`${area.name}: ${BANDS[band].words}`)}</title></path>`
        : '';
    })
    .join('');
  const legendTop = mapHeight + 8;
  const legend = [
    `<text x="${PAD}" y="${legendTop + 14}" font-family="arial, sans-serif" font-size="15" font-weight="bold" fill="#0b0c0c">Lists with none free on fresh figures</text>`,
    ...MAP_BANDS.map((band, i) => {
      const y = legendTop + 24 + i * 22;
      return `<rect x="${PAD}" y="${y}" width="16" height="16" fill="${BANDS[band].fill}" stroke="#0b0c0c"/><text x="${PAD + 24}" y="${y + 13}" font-family="arial, sans-serif" font-size="15" fill="#0b0c0c">${escapeXml(BANDS[band].words)}</text>`;
    }),
  ].join('');
  const height = legendTop + 24 + MAP_BANDS.length * 22 + PAD;
  const hatch = `<defs><pattern id="district-map-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#d2e2f1"/><rect width="2" height="6" fill="#0b0c0c"/></pattern></defs>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" class="op-chart__svg" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="district-map-title" focusable="false"><title id="district-map-title">${escapeXml(input.title)}</title>${hatch}${paths}${legend}</svg>`;
}
