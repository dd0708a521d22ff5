import { readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BoundaryCollection } from './boundaries.js';
import {
  type DistrictCollection,
  deriveDistrictBoundaries,
  deriveOutcodeDistricts,
  type OutcodeCentres,
  type OutcodeDistricts,
} from './districts.js';
import { ENGLAND_FILES } from './england-data.js';

// `npm run data:districts [-- --from <dir>]`: the districts of two-tier counties, from lad.json in
// ../shared/data, into data/england/lad-boundaries.geojson; then, from the committed files alone,
// the district of each postcode district there (data/england/outcode-districts.json). Both are
// deterministic; tests/reference/districts.test.ts rebuilds them and compares.

/** lad.json's districts, with their counties from the committed county outlines, as the file holds them. */
export function formatDistrictBoundaries(ladJson: string, countiesJson: string): string {
  const districts = deriveDistrictBoundaries(JSON.parse(ladJson), JSON.parse(countiesJson));
  // One district a line, so that a change shows as the districts it touches.
  const lines = districts.features.map((f) => JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

/** The postcode districts' districts, from the three committed files, as the file holds them. */
export function formatOutcodeDistricts(
  districtsJson: string,
  countiesJson: string,
  outcodesJson: string,
): { text: string; derived: OutcodeDistricts } {
  const derived = deriveOutcodeDistricts(
    JSON.parse(districtsJson) as DistrictCollection,
    JSON.parse(countiesJson) as BoundaryCollection,
    JSON.parse(outcodesJson) as OutcodeCentres,
  );
  return { text: `${JSON.stringify(derived.districts)}\n`, derived };
}

async function main(): Promise<void> {
  const fromAt = process.argv.indexOf('--from');
  const from = resolve(fromAt > 0 ? (process.argv[fromAt + 1] ?? '') : '../shared/data');
  const counties = await readFile(ENGLAND_FILES.boundaries, 'utf8');

  const districtsText = formatDistrictBoundaries(await readFile(join(from, 'lad.json'), 'utf8'), counties);
  await writeFile(ENGLAND_FILES.districts, districtsText);
  const { text, derived } = formatOutcodeDistricts(
    districtsText,
    counties,
    await readFile(ENGLAND_FILES.outcodes, 'utf8'),
  );
  await writeFile(ENGLAND_FILES.outcodeDistricts, text);

  const districts = (JSON.parse(districtsText) as DistrictCollection).features;
  const counted = new Set(districts.map((f) => f.properties.county)).size;
  const kb = async (file: URL) => `${((await stat(file)).size / 1024).toFixed(0)} KB`;
  const nearest = derived.nearest.map((n) => `${n.outcode} → ${n.district} (${n.km.toFixed(2)} km)`);
  console.log(
    [
      `Read ${join(from, 'lad.json')}`,
      `lad-boundaries.geojson  ${districts.length} districts in ${counted} counties, ${await kb(ENGLAND_FILES.districts)}`,
      `outcode-districts.json  ${Object.keys(derived.districts).length} postcode districts, ${await kb(ENGLAND_FILES.outcodeDistricts)}`,
      `  centres outside every district's outline, given the nearest: ${nearest.join(', ') || 'none'}`,
    ].join('\n'),
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
