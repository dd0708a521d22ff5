import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { prepareAreas } from './view/map.js';

// `npm run data:map`: the council outlines the family's map is drawn from, simplified once here
// (about 0.1 s of work) instead of at every cold start of the web Lambda. The output is committed
// beside the pages (web/map-areas.json) and checked against the source by a unit test, so it
// cannot drift from data/england/utla-boundaries.geojson.

export const SOURCE = fileURLToPath(new URL('../data/england/utla-boundaries.geojson', import.meta.url));
export const OUTPUT = fileURLToPath(new URL('./map-areas.json', import.meta.url));

/** The prepared areas as the file holds them: degrees to 4 places (about 10 m, far below a map's pixel). */
export function buildMapAreas(source = SOURCE): string {
  const areas = prepareAreas(JSON.parse(readFileSync(source, 'utf8')));
  const rounded = (_key: string, value: unknown) =>
    typeof value === 'number' ? Math.round(value * 1e4) / 1e4 : value;
  return `${JSON.stringify(areas, rounded)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(OUTPUT, buildMapAreas());
  console.log(`Wrote ${OUTPUT}`);
}
