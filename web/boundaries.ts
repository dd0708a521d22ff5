import { readFileSync } from 'node:fs';
import type { MapArea } from './view/map.js';

/**
 * The council areas for maps, prepared at build time (web/build-map-areas.ts, `npm run data:map`)
 * so a cold start only parses them.
 */
export function loadMapAreas(file: string): MapArea[] {
  return JSON.parse(readFileSync(file, 'utf8')) as MapArea[];
}
