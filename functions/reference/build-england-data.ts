import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { type BoundaryCollection, createBoundaryIndex, NEAREST_AREA_KM } from './boundaries.js';
import { buildCalibration, type CsvRecord } from './calibration.js';
import { formatCalibrationJson, formatLasCsv, formatSchoolsCsv, type LaRow } from './england-files.js';
import { deriveSchoolRows, type LaLocation, type Marker, type SpineRecord } from './school-rows.js';
import { buildEnglandRegister } from './synthetic-register.js';

// `npm run data:england [-- --from <dir>]`: reads the real public data in ../shared/data and
// writes the compact, deterministic files under data/england/ that the repository commits.
// Run it again after changing the derivation; the outputs are byte-identical for the same input.

const OUT_DIR = fileURLToPath(new URL('../../data/england/', import.meta.url));

async function main(): Promise<void> {
  const fromAt = process.argv.indexOf('--from');
  const from = resolve(fromAt > 0 ? (process.argv[fromAt + 1] ?? '') : '../shared/data');
  const input = (name: string) => join(from, name);
  const started = Date.now();
  console.log(`Reading ${from}`);

  const las = liveLas(
    csv(await readFile(input('las.csv'), 'utf8')),
    csv(await readFile(input('EnglishLaNameCodes.csv'), 'utf8'), false),
    csv(await readFile(input('caseload.csv'), 'utf8')),
  );
  const boundaries = JSON.parse(await readFile(input('UTLAEngland.geojson'), 'utf8')) as BoundaryCollection;
  const index = createBoundaryIndex(boundaries, 'areacd');
  const laByOns = new Map(las.map((la) => [la.onsCode, la.laCode]));
  const missing = index.codes().filter((code) => !laByOns.has(code));
  if (missing.length > 0) throw new Error(`Boundaries with no live LA code: ${missing.join(', ')}`);
  const locateLa = (point: { lat: number; lon: number }): LaLocation | null => {
    const inside = index.locate(point);
    if (inside) return { laCode: laByOns.get(inside) as string, outsideKm: 0 };
    const near = index.nearest(point, NEAREST_AREA_KM);
    return near ? { laCode: laByOns.get(near.code) as string, outsideKm: near.km } : null;
  };

  const markers = parseMarkers(JSON.parse(await readFile(input('schools-markers.json'), 'utf8')));
  const spine = await readSpine(input('2017-2018_england_spine.xlsx'));
  const report = deriveSchoolRows({
    markers,
    spine,
    locateLa,
    liveLaCodes: new Set(las.map((la) => la.laCode)),
  });
  const rows = [...report.rows].sort((a, b) => Number(a.urn) - Number(b.urn));

  const calibration = buildCalibration({
    caseload: csv(await readFile(input('caseload.csv'), 'utf8')),
    needs: csv(await readFile(input('sen_needs_all_plans.csv'), 'utf8')),
    las: new Map(las.map((la) => [la.laCode, la.name])),
  });

  const outcodes = csv(await readFile(input('outcodes.csv'), 'utf8'));
  const geographic = outcodes.filter((r) => Number(r.latitude) !== 0 || Number(r.longitude) !== 0);

  await mkdir(OUT_DIR, { recursive: true });
  await writeFile(join(OUT_DIR, 'schools.csv'), formatSchoolsCsv(rows));
  await writeFile(join(OUT_DIR, 'las.csv'), formatLasCsv(las));
  await writeFile(join(OUT_DIR, 'la-calibration.json'), formatCalibrationJson(calibration));
  // JSON, because the Lambda bundles it (functions/services/outcodes.ts): district → [lat, lon].
  await writeFile(
    join(OUT_DIR, 'outcodes.json'),
    JSON.stringify(
      Object.fromEntries(
        geographic.map((r) => [r.postcode ?? '', [round5(Number(r.latitude)), round5(Number(r.longitude))]]),
      ),
    ),
  );
  // JSON, because the Lambda bundles it (functions/services/la-names.ts): LA code → name, for
  // reasons families read ("in another council's area (Surrey)").
  await writeFile(
    join(OUT_DIR, 'la-names.json'),
    `${JSON.stringify(Object.fromEntries(las.map((la) => [la.laCode, la.name])))}\n`,
  );
  // A byte-for-byte copy, written (not copied) so it does not keep the source's read-only mode.
  await writeFile(join(OUT_DIR, 'utla-boundaries.geojson'), await readFile(input('UTLAEngland.geojson')));

  // The model must accept every row it uses: build the whole register once as a check.
  const buildStarted = Date.now();
  const register = buildEnglandRegister({ schools: rows, calibration, seed: 1, now: new Date(0) });
  const buildMs = Date.now() - buildStarted;

  const joined = report.stats['joined by URN'] ?? 0;
  const byKind = count(rows.map((r) => r.kind ?? 'unknown'));
  const reasons = count(report.skipped.map((s) => s.reason));
  console.log(`
schools.csv          ${rows.length} rows (of ${markers.length} in schools-markers.json)
  joined by URN to the 2018 list: ${joined} (${percent(joined, markers.length)} of all; ${percent(joined, rows.length)} of rows kept)
${Object.entries(report.stats)
  .filter(([key]) => key !== 'joined by URN')
  .map(([key, n]) => `  ${key}: ${n}`)
  .join('\n')}
  by kind: ${Object.entries(byKind)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ')}
  skipped ${report.skipped.length}:
${Object.entries(reasons)
  .map(([reason, n]) => `    ${n}  ${reason}`)
  .join('\n')}
las.csv              ${las.length} live LAs
la-calibration.json  ${Object.keys(calibration.las).length} LAs; ${Object.values(calibration.las).filter((la) => la.notes.length > 0).length} with a fallback
outcodes.json        ${geographic.length} districts (${outcodes.length - geographic.length} at 0,0 dropped)
utla-boundaries.geojson copied
synthetic register check: ${register.length} settings built in ${buildMs} ms
${await sizes()}
done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** The 153 live LAs that have boundaries and SEND duties, with their region's name. */
function liveLas(lasCsv: CsvRecord[], nameCodes: string[][], caseload: CsvRecord[]): LaRow[] {
  const regionNames = new Map(
    caseload.filter((r) => r.region_code).map((r) => [r.region_code as string, r.region_name as string]),
  );
  const names = new Map(nameCodes.slice(1).map(([name, code, ons]) => [ons ?? '', { name, code }]));
  return lasCsv
    .filter(
      (r) =>
        r.status === 'live' && /^E\d{8}$/.test(r.new_la_code ?? '') && /^\d{3}$/.test(r.old_la_code ?? ''),
    )
    .map((r) => {
      const ons = r.new_la_code as string;
      const named = names.get(ons);
      if (named && named.code !== r.old_la_code) {
        throw new Error(`las.csv and EnglishLaNameCodes.csv disagree on ${ons}'s code.`);
      }
      return {
        laCode: r.old_la_code as string,
        onsCode: ons,
        name: named?.name ?? (r.la_name as string),
        region: regionNames.get(r.parent_geography_code ?? '') ?? '',
      };
    })
    .sort((a, b) => a.laCode.localeCompare(b.laCode));
}

function parseMarkers(raw: unknown): Marker[] {
  if (!Array.isArray(raw)) throw new Error('schools-markers.json is not an array.');
  return raw.map((entry, i) => {
    const [urn, name, lat, lon, phaseCode] = entry as [unknown, unknown, unknown, unknown, unknown];
    if (typeof name !== 'string' || typeof lat !== 'number' || typeof lon !== 'number') {
      throw new Error(`schools-markers.json element ${i} is not [URN, name, lat, lng, phase, ...].`);
    }
    return { urn: String(urn), name, lat, lon, phaseCode: String(phaseCode) };
  });
}

const SPINE_COLUMNS = [
  'URN',
  'LA',
  'SCHNAME',
  'STREET',
  'LOCALITY',
  'ADDRESS3',
  'TOWN',
  'POSTCODE',
  'NFTYPE',
  'AGEL',
  'AGEH',
  'GENDER',
  'RELDENOM',
] as const;

async function readSpine(path: string): Promise<SpineRecord[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error(`${path} has no worksheet.`);
  const header = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
  const at = Object.fromEntries(
    SPINE_COLUMNS.map((c) => {
      const i = header.indexOf(c);
      if (i < 0) throw new Error(`${path} has no ${c} column.`);
      return [c, i];
    }),
  ) as Record<(typeof SPINE_COLUMNS)[number], number>;
  const records: SpineRecord[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const text = (c: (typeof SPINE_COLUMNS)[number]) => cellText(row.getCell(at[c]).value);
    const record = Object.fromEntries(SPINE_COLUMNS.map((c) => [c, text(c)])) as unknown as SpineRecord;
    if (record.URN) records.push(record);
  });
  return records;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((t) => t.text).join('');
  if (typeof value === 'object' && 'text' in value) return String(value.text);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

function csv(text: string): CsvRecord[];
function csv(text: string, columns: false): string[][];
function csv(text: string, columns = true): CsvRecord[] | string[][] {
  return parse(text, { columns, bom: true, skip_empty_lines: true, relax_column_count: true });
}

function count(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1]));
}

function percent(part: number, whole: number): string {
  return `${((100 * part) / whole).toFixed(1)} %`;
}

async function sizes(): Promise<string> {
  const names = [
    'schools.csv',
    'las.csv',
    'la-names.json',
    'la-calibration.json',
    'outcodes.json',
    'utla-boundaries.geojson',
  ];
  const lines = await Promise.all(
    names.map(async (n) => `  ${n.padEnd(24)} ${((await stat(join(OUT_DIR, n))).size / 1024).toFixed(0)} KB`),
  );
  return `sizes:\n${lines.join('\n')}`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

function round5(n: number): number {
  return Math.round(n * 100000) / 100000;
}
