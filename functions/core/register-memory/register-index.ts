import {
  lonUnits,
  type MapLayer,
  REACH_STRIPS_PER_DEGREE,
  STRIPS_PER_DEGREE,
  type StripRange,
  stripOf,
} from '../geo.js';
import { type AgeBand, ageBandsOf, isPlainSetting } from '../lists/plain-settings.js';
import { isSpecialistProvision } from '../lists/range.js';
import { type ReachPointer, reachPointersOf } from '../lists/reach.js';
import type { Setting } from '../model.js';
import type { NeedCode } from '../needs.js';

// The register's static facts (static-facts.ts) held in memory by each instance that makes lists,
// indexed as the planner reads them: the same latitude strips and longitude order as the map and
// reach indexes in the table (core/geo.ts), so the planner's reads are answered alike, in memory.
// Built once from a snapshot and kept current by applying changes, each by its setting's revision.

/** A setting's static facts and the revision of its item they were taken from. */
export interface RegisterEntry {
  setting: Setting;
  revision: number;
}

/** One strip of an index: its entries sorted by longitude, then id (as the table sorts its keys). */
interface Strip<T> {
  lons: number[];
  ids: string[];
  values: T[];
}

export interface RegisterIndex {
  readonly settings: Map<string, RegisterEntry>;
  /** `${band}|${layer}|${strip}` → settings. */
  readonly map: Map<string, Strip<Setting>>;
  /** `${need}|${band}|${strip}` → reach pointers. */
  readonly reach: Map<string, Strip<ReachPointer>>;
}

const mapKey = (band: AgeBand, layer: MapLayer, strip: number) => `${band}|${layer}|${strip}`;
const reachKey = (need: NeedCode, band: AgeBand, strip: number) => `${need}|${band}|${strip}`;

/** Where a setting sits in the map index: its layer's strip, in every age band it takes. */
function mapPlaces(setting: Setting): { key: string; lon: number }[] {
  const layer: MapLayer = isPlainSetting(setting) ? 'plain' : 'specialist';
  const strip = stripOf(setting.location, STRIPS_PER_DEGREE[layer]);
  const lon = lonUnits(setting.location.lon);
  return ageBandsOf(setting).map((band) => ({ key: mapKey(band, layer, strip), lon }));
}

function reachPlaces(setting: Setting): { key: string; lon: number; pointer: ReachPointer }[] {
  // Most of the register has no specialist provision, so no reach pointer: say so at once.
  if (!setting.provisions.some((p) => isSpecialistProvision(setting, p))) return [];
  return reachPointersOf(setting).map((pointer) => ({
    key: reachKey(pointer.need, pointer.band, stripOf(pointer, REACH_STRIPS_PER_DEGREE)),
    lon: lonUnits(pointer.lon),
    pointer,
  }));
}

function compare(lonA: number, idA: string, lonB: number, idB: string): number {
  return lonA - lonB || (idA < idB ? -1 : idA > idB ? 1 : 0);
}

/** The first position in the strip at or after (lon, id). */
function lowerBound<T>(strip: Strip<T>, lon: number, id: string): number {
  let [low, high] = [0, strip.lons.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(strip.lons[middle] as number, strip.ids[middle] as string, lon, id) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

function insert<T>(strips: Map<string, Strip<T>>, key: string, lon: number, id: string, value: T): void {
  let strip = strips.get(key);
  if (!strip) {
    strip = { lons: [], ids: [], values: [] };
    strips.set(key, strip);
  }
  const at = lowerBound(strip, lon, id);
  strip.lons.splice(at, 0, lon);
  strip.ids.splice(at, 0, id);
  strip.values.splice(at, 0, value);
}

function remove<T>(strips: Map<string, Strip<T>>, key: string, lon: number, id: string): void {
  const strip = strips.get(key);
  if (!strip) return;
  const at = lowerBound(strip, lon, id);
  if (strip.ids[at] !== id) return;
  strip.lons.splice(at, 1);
  strip.ids.splice(at, 1);
  strip.values.splice(at, 1);
  if (strip.ids.length === 0) strips.delete(key);
}

/** An index of these entries (the last of an id wins). Sorts each strip once. */
export function buildRegisterIndex(entries: Iterable<RegisterEntry>): RegisterIndex {
  const index: RegisterIndex = { settings: new Map(), map: new Map(), reach: new Map() };
  for (const entry of entries) index.settings.set(entry.setting.id, entry);
  const push = <T>(strips: Map<string, Strip<T>>, key: string, lon: number, id: string, value: T) => {
    let strip = strips.get(key);
    if (!strip) {
      strip = { lons: [], ids: [], values: [] };
      strips.set(key, strip);
    }
    strip.lons.push(lon);
    strip.ids.push(id);
    strip.values.push(value);
  };
  for (const { setting } of index.settings.values()) {
    for (const { key, lon } of mapPlaces(setting)) push(index.map, key, lon, setting.id, setting);
    for (const { key, lon, pointer } of reachPlaces(setting))
      push(index.reach, key, lon, setting.id, pointer);
  }
  for (const strips of [index.map, index.reach] as Map<string, Strip<unknown>>[]) {
    for (const strip of strips.values()) sortStrip(strip);
  }
  return index;
}

function sortStrip<T>(strip: Strip<T>): void {
  const order = strip.ids.map((_, i) => i);
  order.sort((a, b) =>
    compare(strip.lons[a] as number, strip.ids[a] as string, strip.lons[b] as number, strip.ids[b] as string),
  );
  strip.lons = order.map((i) => strip.lons[i] as number);
  strip.ids = order.map((i) => strip.ids[i] as string);
  strip.values = order.map((i) => strip.values[i] as T);
}

/**
 * Applies changes to the index in place, each only if it is newer (by revision) than what the
 * index holds: applying a change twice, or an older one after a newer, changes nothing.
 * Returns how many were applied.
 */
export function applyRegisterChanges(index: RegisterIndex, changes: Iterable<RegisterEntry>): number {
  let applied = 0;
  for (const change of changes) {
    const id = change.setting.id;
    const held = index.settings.get(id);
    if (held && held.revision >= change.revision) continue;
    if (held) {
      for (const { key, lon } of mapPlaces(held.setting)) remove(index.map, key, lon, id);
      for (const { key, lon } of reachPlaces(held.setting)) remove(index.reach, key, lon, id);
    }
    index.settings.set(id, change);
    for (const { key, lon } of mapPlaces(change.setting)) insert(index.map, key, lon, id, change.setting);
    for (const { key, lon, pointer } of reachPlaces(change.setting))
      insert(index.reach, key, lon, id, pointer);
    applied++;
  }
  return applied;
}

function inRanges<T>(
  strips: Map<string, Strip<T>>,
  keyOf: (strip: number) => string,
  ranges: readonly StripRange[],
): T[] {
  const found: T[] = [];
  for (const range of ranges) {
    const strip = strips.get(keyOf(range.strip));
    if (!strip) continue;
    for (let i = lowerBound(strip, range.fromLon, ''); i < strip.lons.length; i++) {
      if ((strip.lons[i] as number) > range.toLon) break;
      found.push(strip.values[i] as T);
    }
  }
  return found;
}

/** The settings of one layer of an age band's map in these strip ranges, as the table's map index holds them. */
export function settingsInStrips(
  index: RegisterIndex,
  band: AgeBand,
  layer: MapLayer,
  ranges: readonly StripRange[],
): Setting[] {
  return inRanges(index.map, (strip) => mapKey(band, layer, strip), ranges);
}

/** Reach pointers for one need and age band in these strip ranges. */
export function reachPointersInStrips(
  index: RegisterIndex,
  need: NeedCode,
  band: AgeBand,
  ranges: readonly StripRange[],
): ReachPointer[] {
  return inRanges(index.reach, (strip) => reachKey(need, band, strip), ranges);
}

/** The settings held with these ids (unknown ids are absent). */
export function settingsById(index: RegisterIndex, ids: readonly string[]): Setting[] {
  return [...new Set(ids)].flatMap((id) => {
    const entry = index.settings.get(id);
    return entry ? [entry.setting] : [];
  });
}
