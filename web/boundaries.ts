import { readFileSync } from 'node:fs';
import type { MapArea } from './view/map.js';

/**
 * The council areas for maps, prepared at build time (web/build-map-areas.ts, `npm run data:map`)
 * so a cold start only parses them.
 */
export function loadMapAreas(file: string): MapArea[] {
  return JSON.parse(readFileSync(file, 'utf8')) as MapArea[];
}

/** A two-tier county council (E10…) and its districts' areas (E07…): web/district-areas.json's items. */
export interface CountyDistricts {
  county: string;
  /** The county council's DfE LA code (938): what the officers' pages are asked for. */
  laCode: string;
  areas: MapArea[];
}

/** The districts' areas for maps, by county council code, prepared at build time as the councils' are. */
export function loadDistrictAreas(file: string): ReadonlyMap<string, readonly MapArea[]> {
  const groups = JSON.parse(readFileSync(file, 'utf8')) as CountyDistricts[];
  return new Map(groups.map((g) => [g.county, g.areas]));
}

/** The districts' areas by the county council's DfE LA code: a council not in it has no districts to map. */
export function loadDistrictAreasByLa(file: string): ReadonlyMap<string, readonly MapArea[]> {
  const groups = JSON.parse(readFileSync(file, 'utf8')) as CountyDistricts[];
  return new Map(groups.map((g) => [g.laCode, g.areas]));
}
