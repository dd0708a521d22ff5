import { readFileSync } from 'node:fs';
import { type MapArea, prepareAreas } from './core/map.js';

/** The council areas for maps, read and simplified once per process (about 0.2 s). */
export function loadMapAreas(file: string): MapArea[] {
  return prepareAreas(JSON.parse(readFileSync(file, 'utf8')));
}
