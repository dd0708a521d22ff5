import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { CountyDistricts } from './boundaries.js';
import { prepareAreas } from './view/map.js';

// `npm run data:map`: the outlines the pages' maps are drawn from, simplified once here (about
// 0.1 s of work) instead of at every cold start of the web Lambda: the councils (the family's map)
// and the districts of two-tier counties, grouped by county (an officer's map of a county). The
// outputs are committed beside the pages (web/map-areas.json, web/district-areas.json) and checked
// against their sources by unit tests, so they cannot drift from data/england/.

export const SOURCE = fileURLToPath(new URL('../data/england/utla-boundaries.geojson', import.meta.url));
export const OUTPUT = fileURLToPath(new URL('./map-areas.json', import.meta.url));
export const DISTRICTS_SOURCE = fileURLToPath(
  new URL('../data/england/lad-boundaries.geojson', import.meta.url),
);
export const DISTRICTS_OUTPUT = fileURLToPath(new URL('./district-areas.json', import.meta.url));
/** The councils' DfE codes beside their ONS codes: a county's DfE code is what a page is asked for. */
export const LAS_SOURCE = fileURLToPath(new URL('../data/england/las.csv', import.meta.url));

/** The prepared areas as the file holds them: degrees to 4 places (about 10 m, far below a map's pixel). */
export function buildMapAreas(source = SOURCE): string {
  return format(prepareAreas(JSON.parse(readFileSync(source, 'utf8'))));
}

/** The districts' prepared areas, grouped by county in code order (with its DfE code), as the file holds them. */
export function buildDistrictAreas(source = DISTRICTS_SOURCE, las = LAS_SOURCE): string {
  const rows = parse(readFileSync(las, 'utf8'), { columns: true }) as { laCode: string; onsCode: string }[];
  const laCodeOf = new Map(rows.map((r) => [r.onsCode, r.laCode]));
  const collection = JSON.parse(readFileSync(source, 'utf8'));
  const counties = (collection.features as { properties: { county: string } }[]).map(
    (f) => f.properties.county,
  );
  const areas = prepareAreas(collection);
  const byCounty = new Map<string, CountyDistricts>();
  areas.forEach((area, i) => {
    const county = counties[i] ?? '';
    const group = byCounty.get(county) ?? { county, laCode: laCodeOf.get(county) ?? '', areas: [] };
    byCounty.set(county, group);
    group.areas.push(area);
  });
  return format([...byCounty.values()].sort((a, b) => (a.county < b.county ? -1 : 1)));
}

function format(value: unknown): string {
  const rounded = (_key: string, v: unknown) => (typeof v === 'number' ? Math.round(v * 1e4) / 1e4 : v);
  return `${JSON.stringify(value, rounded)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(OUTPUT, buildMapAreas());
  writeFileSync(DISTRICTS_OUTPUT, buildDistrictAreas());
  console.log(`Wrote ${OUTPUT} and ${DISTRICTS_OUTPUT}`);
}
