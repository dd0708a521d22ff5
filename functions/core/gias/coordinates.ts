import proj4 from 'proj4';
import type { Location } from '../model.js';

/**
 * EPSG:27700, the British National Grid on OSGB36, with the 7-parameter Helmert transform to
 * WGS84 (good to a few metres; OSTN15 would be centimetres but needs a 15 MB grid). Without the
 * transform, positions land ~120 m off in London, as they do in the schools-markers.json list that
 * data/england/schools.csv was built from (see data/england/SOURCES.md).
 */
export const BRITISH_NATIONAL_GRID =
  '+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy ' +
  '+towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +units=m +no_defs';

const toWgs84 = proj4(BRITISH_NATIONAL_GRID, 'WGS84');

// The grid's extent (Great Britain and its islands), in metres.
const GRID = { easting: [0, 700_000], northing: [0, 1_300_000] } as const;

/** Six decimals (~0.1 m): enough, and stable, so a re-import compares equal. */
const round = (degrees: number) => Math.round(degrees * 1e6) / 1e6;

/** Easting/Northing cells → WGS84; a reason when they are blank or not on the grid. */
export function locationFromGrid(easting: string, northing: string): Location | { problem: string } {
  if (easting === '' || northing === '') return { problem: 'no coordinates (Easting/Northing blank)' };
  const e = Number(easting);
  const n = Number(northing);
  if (!Number.isFinite(e) || !Number.isFinite(n)) {
    return { problem: 'Easting/Northing are not numbers' };
  }
  if (e <= GRID.easting[0] || e > GRID.easting[1] || n <= GRID.northing[0] || n > GRID.northing[1]) {
    return { problem: 'Easting/Northing are not on the British National Grid' };
  }
  const [lon, lat] = toWgs84.forward([e, n]);
  return { lat: round(lat), lon: round(lon) };
}
