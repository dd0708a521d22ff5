import { readFile } from 'node:fs/promises';
import type { BoundaryCollection } from './boundaries.js';
import {
  type Calibration,
  type LaRow,
  parseCalibrationJson,
  parseLasCsv,
  parseSchoolsCsv,
  type SchoolRow,
} from './england-files.js';

// Reads the committed England reference data (data/england/), wherever the process runs from:
// the paths are resolved from this module, so a fresh clone needs nothing outside the repo.

const DATA_DIR = new URL('../../data/england/', import.meta.url);

export const ENGLAND_FILES = {
  schools: new URL('schools.csv', DATA_DIR),
  las: new URL('las.csv', DATA_DIR),
  calibration: new URL('la-calibration.json', DATA_DIR),
  outcodes: new URL('outcodes.json', DATA_DIR),
  boundaries: new URL('utla-boundaries.geojson', DATA_DIR),
  /** Two-tier counties' districts (functions/reference/build-district-boundaries.ts). */
  districts: new URL('lad-boundaries.geojson', DATA_DIR),
  /** Postcode district → the district holding its centre, in two-tier counties (same script). */
  outcodeDistricts: new URL('outcode-districts.json', DATA_DIR),
} as const;

export interface EnglandData {
  schools: SchoolRow[];
  las: LaRow[];
  calibration: Calibration;
}

export async function readEnglandData(): Promise<EnglandData> {
  const [schools, las, calibration] = await Promise.all([
    readFile(ENGLAND_FILES.schools, 'utf8'),
    readFile(ENGLAND_FILES.las, 'utf8'),
    readFile(ENGLAND_FILES.calibration, 'utf8'),
  ]);
  return {
    schools: parseSchoolsCsv(schools),
    las: parseLasCsv(las),
    calibration: parseCalibrationJson(calibration),
  };
}

/** The upper-tier LA boundaries (ONS codes in the "areacd" property). */
export async function readEnglandBoundaries(): Promise<BoundaryCollection> {
  return JSON.parse(await readFile(ENGLAND_FILES.boundaries, 'utf8')) as BoundaryCollection;
}
