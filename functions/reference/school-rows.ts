import type { Location, Phase, Sector, SettingKind } from '../core/model.js';
import {
  coreName,
  genderFromList,
  type KindAndSector,
  kindFromName,
  kindFromSpineType,
  normaliseName,
  phaseFromCode,
  religiousCharacterFromList,
} from './classify.js';
import type { SchoolRow } from './england-files.js';

// Derives schools.csv: every open English school of the January 2026 GIAS list (with real
// coordinates), joined by URN to the DfE 2017/18 school list for its type, ages and address.
// Where a school is not in the 2018 list, only what can honestly be derived is filled in, and
// each derivation is noted on the row. Pure: parsed inputs in, rows and a report out.

/** One element of schools-markers.json, as far as we use it. */
export interface Marker {
  urn: string;
  name: string;
  lat: number;
  lon: number;
  phaseCode: string;
}

/** The 2017/18 school list's columns we use (all as text). */
export interface SpineRecord {
  URN: string;
  LA: string;
  SCHNAME: string;
  STREET: string;
  LOCALITY: string;
  ADDRESS3: string;
  TOWN: string;
  POSTCODE: string;
  NFTYPE: string;
  AGEL: string;
  AGEH: string;
  GENDER: string;
  RELDENOM: string;
}

export interface LaLocation {
  laCode: string;
  /** km outside the boundary when the point is in no LA but this one is the nearest */
  outsideKm: number;
}

export interface DeriveInputs {
  markers: readonly Marker[];
  spine: readonly SpineRecord[];
  /** The live LA containing a point (or nearest to it, within a small tolerance), else null. */
  locateLa: (point: Location) => LaLocation | null;
  liveLaCodes: ReadonlySet<string>;
}

export interface Skipped {
  urn: string;
  name: string;
  reason: string;
}

export interface DeriveReport {
  rows: SchoolRow[];
  skipped: Skipped[];
  stats: Record<string, number>;
}

const MAX_AGE = 25;
const UK_POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/;
/** GIAS numbers Welsh establishments from 400000; the January 2026 list has 1,390 of them. */
const WELSH_URNS = { from: 400000, to: 409999 } as const;
/** More establishments than this at one exact point: a placeholder (overseas schools), not a site. */
const PLACEHOLDER_SHARED_BY = 5;

const NOTES = {
  notIn2018: 'Not in the 2017/18 school list by URN',
  laFromPoint: 'LA from the coordinates (UTLA boundaries)',
  laNearest: (km: number) => `LA from the coordinates: the nearest UTLA boundary, ${km.toFixed(2)} km away`,
  laReplaced: (old: string) => `LA from the coordinates (UTLA boundaries): 2018 LA ${old} since reorganised`,
  kindFromPhase: 'Kind mainstream inferred from the GIAS phase (special schools and PRUs have none)',
  kindFromNurseryPhase: 'Kind early years inferred from the GIAS phase (nursery)',
  kindUnknown: 'Kind unknown: the name does not settle it',
  ageFromPhase: (phase: string) => `Age range inferred: the commonest for ${phase} schools in the 2018 list`,
  ageCapped: (high: string) =>
    `Upper age ${high} in the 2018 list (no limit) shown as ${MAX_AGE}, the EHC plan limit`,
  predecessor: (urn: string, how: string) =>
    `Type, ages and address from probable predecessor URN ${urn} (closed; ${how} name, same LA)`,
  academyConversion:
    'Sector academy inferred: a maintained school re-registered (new URN) is almost always a conversion',
} as const;

/** Builds the rows of schools.csv, and says what was skipped and why. */
export function deriveSchoolRows(inputs: DeriveInputs): DeriveReport {
  const stats: Record<string, number> = {};
  const bump = (key: string) => {
    stats[key] = (stats[key] ?? 0) + 1;
  };
  const skipped: Skipped[] = [];
  const spineByUrn = new Map(inputs.spine.map((r) => [r.URN, r]));
  const openUrns = new Set(inputs.markers.map((m) => m.urn));

  // Where a reorganised LA's schools are now: old code → the current LAs its joined schools lie in.
  const successors = new Map<string, Set<string>>();
  const placeholderCount = new Map<string, number>();
  for (const m of inputs.markers) {
    const at = `${m.lat},${m.lon}`;
    placeholderCount.set(at, (placeholderCount.get(at) ?? 0) + 1);
  }
  const located = new Map<string, LaLocation | null>();
  for (const m of inputs.markers) {
    located.set(m.urn, inputs.locateLa({ lat: m.lat, lon: m.lon }));
    const spine = spineByUrn.get(m.urn);
    const here = located.get(m.urn);
    if (spine && here && !inputs.liveLaCodes.has(spine.LA)) {
      const set = successors.get(spine.LA) ?? new Set<string>();
      set.add(here.laCode);
      successors.set(spine.LA, set);
    }
  }
  const currentLas = (code: string): Set<string> =>
    inputs.liveLaCodes.has(code) ? new Set([code]) : (successors.get(code) ?? new Set());

  const typical = typicalAgeRanges(inputs.markers, spineByUrn);
  const predecessors = predecessorFinder(inputs, spineByUrn, openUrns, located, currentLas);

  const rows: SchoolRow[] = [];
  for (const m of inputs.markers) {
    if ((placeholderCount.get(`${m.lat},${m.lon}`) ?? 0) > PLACEHOLDER_SHARED_BY) {
      skipped.push({
        ...who(m),
        reason: 'overseas establishment (placeholder coordinates shared by others)',
      });
      continue;
    }
    const spine = spineByUrn.get(m.urn);
    const spineLa = spine && inputs.liveLaCodes.has(spine.LA) ? spine.LA : null;
    const here = located.get(m.urn) ?? null;
    const laCode = spineLa ?? here?.laCode;
    if (isWelshUrn(m.urn)) {
      skipped.push({ ...who(m), reason: `in Wales (GIAS URN ${WELSH_URNS.from}-${WELSH_URNS.to})` });
      continue;
    }
    if (!laCode) {
      skipped.push({
        ...who(m),
        reason: 'outside England (Scotland, Isle of Man, Wales): in no English LA boundary',
      });
      continue;
    }
    const phase = phaseFromCode(m.phaseCode);
    const notes: string[] = [];
    const row: SchoolRow = {
      urn: m.urn,
      name: m.name.trim(),
      lat: m.lat,
      lon: m.lon,
      laCode,
      kind: null,
      sector: null,
      phase,
      ageLow: null,
      ageHigh: null,
      gender: null,
      religiousCharacter: null,
      street: null,
      locality: null,
      town: null,
      postcode: null,
      notes,
    };

    if (spine) {
      const type = kindFromSpineType(spine.NFTYPE);
      if (!type) {
        skipped.push({ ...who(m), reason: `not a setting for the register (2018 type "${spine.NFTYPE}")` });
        continue;
      }
      bump('joined by URN');
      setType(row, type);
      if (spineLa) {
        if (spineLa !== here?.laCode) bump('2018 LA kept though the coordinates say another');
      } else {
        notes.push(NOTES.laReplaced(spine.LA));
        bump('LA from coordinates (2018 LA reorganised)');
      }
      copyDetails(row, spine);
    } else {
      notes.push(NOTES.notIn2018);
      notes.push(here && here.outsideKm > 0 ? NOTES.laNearest(here.outsideKm) : NOTES.laFromPoint);
      bump('LA from coordinates (not in the 2018 list)');
      const predecessor = predecessors(m);
      if (predecessor) {
        bump(`predecessor found (${predecessor.how} name)`);
        const type = kindFromSpineType(predecessor.record.NFTYPE) as KindAndSector;
        notes.push(NOTES.predecessor(predecessor.record.URN, predecessor.how));
        setType(row, type);
        if (type.sector === 'LA_MAINTAINED') {
          row.sector = 'ACADEMY';
          notes.push(NOTES.academyConversion);
        }
        copyDetails(row, predecessor.record);
      } else {
        const byName = kindFromName(m.name);
        if (byName) {
          bump(`kind from name: ${byName.kind}`);
          row.kind = byName.kind;
          row.sector = byName.sector;
          notes.push(byName.note);
        } else if (phase === 'NURSERY') {
          bump('kind from phase: EARLY_YEARS');
          row.kind = 'EARLY_YEARS';
          notes.push(NOTES.kindFromNurseryPhase);
        } else if (phase !== 'NOT_APPLICABLE') {
          bump('kind from phase: MAINSTREAM');
          row.kind = 'MAINSTREAM';
          notes.push(NOTES.kindFromPhase);
        } else {
          bump('kind unknown');
          notes.push(NOTES.kindUnknown);
        }
      }
    }

    if (row.ageLow === null && row.kind === 'MAINSTREAM') {
      const range = typical.get(phase);
      if (range) {
        row.ageLow = range.low;
        row.ageHigh = range.high;
        notes.push(NOTES.ageFromPhase(phase.toLowerCase().replaceAll('_', '-')));
        bump('age range from phase');
      }
    }
    rows.push(row);
  }
  return { rows, skipped, stats };

  function copyDetails(row: SchoolRow, spine: SpineRecord) {
    const low = integer(spine.AGEL);
    const high = integer(spine.AGEH);
    if (low !== null && high !== null && high > 0 && low <= high) {
      row.ageLow = Math.min(low, MAX_AGE);
      row.ageHigh = Math.min(high, MAX_AGE);
      if (high > MAX_AGE) row.notes.push(NOTES.ageCapped(spine.AGEH));
    }
    row.gender = genderFromList(spine.GENDER);
    row.religiousCharacter = religiousCharacterFromList(spine.RELDENOM);
    row.street = blank(spine.STREET) ?? blank(spine.LOCALITY);
    row.locality = blank(spine.STREET)
      ? (blank(spine.LOCALITY) ?? blank(spine.ADDRESS3))
      : blank(spine.ADDRESS3);
    row.town = blank(spine.TOWN);
    const postcode = spine.POSTCODE.trim().toUpperCase().replace(/\s+/g, ' ');
    row.postcode = UK_POSTCODE.test(postcode) ? postcode : null;
  }
}

function setType(row: SchoolRow, type: KindAndSector) {
  row.kind = type.kind;
  row.sector = type.sector;
  if (type.note) row.notes.push(type.note);
}

/**
 * For each phase, the commonest age range of mainstream schools of that phase in the 2018 list:
 * what we say of a school whose own range is unknown, marked as an inference.
 */
function typicalAgeRanges(
  markers: readonly Marker[],
  spineByUrn: ReadonlyMap<string, SpineRecord>,
): Map<Phase, { low: number; high: number }> {
  const tallies = new Map<Phase, Map<string, number>>();
  for (const m of markers) {
    const spine = spineByUrn.get(m.urn);
    if (!spine || kindFromSpineType(spine.NFTYPE)?.kind !== 'MAINSTREAM') continue;
    const low = integer(spine.AGEL);
    const high = integer(spine.AGEH);
    if (low === null || high === null || high === 0 || high > MAX_AGE || low > high) continue;
    const phase = phaseFromCode(m.phaseCode);
    const tally = tallies.get(phase) ?? new Map<string, number>();
    tally.set(`${low}-${high}`, (tally.get(`${low}-${high}`) ?? 0) + 1);
    tallies.set(phase, tally);
  }
  const typical = new Map<Phase, { low: number; high: number }>();
  for (const [phase, tally] of tallies) {
    if (phase === 'NOT_APPLICABLE') continue;
    const [range] = [...tally].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [];
    if (!range) continue;
    const [low, high] = range.split('-').map(Number) as [number, number];
    typical.set(phase, { low, high });
  }
  return typical;
}

/**
 * A school that is not in the 2018 list by URN may be a 2018 school under a new URN (an academy
 * conversion, a change of trust). Its probable predecessor: the one closed 2018 school in the
 * same LA with the same name (exactly, or without words like "Academy" or "CofE"), when no other
 * new school there has that name, and when the two agree on whether it is a state mainstream school.
 */
function predecessorFinder(
  inputs: DeriveInputs,
  spineByUrn: ReadonlyMap<string, SpineRecord>,
  openUrns: ReadonlySet<string>,
  located: ReadonlyMap<string, LaLocation | null>,
  currentLas: (code: string) => Set<string>,
): (m: Marker) => { record: SpineRecord; how: 'the same' | 'a similar' } | null {
  const keys = [
    { how: 'the same' as const, key: normaliseName },
    { how: 'a similar' as const, key: coreName },
  ];
  const closedBy = keys.map(() => new Map<string, SpineRecord[]>());
  for (const record of inputs.spine) {
    if (openUrns.has(record.URN) || !kindFromSpineType(record.NFTYPE)) continue;
    for (const la of currentLas(record.LA)) {
      keys.forEach(({ key }, i) => {
        const k = `${la}#${key(record.SCHNAME)}`;
        const same = closedBy[i]?.get(k);
        if (same) same.push(record);
        else closedBy[i]?.set(k, [record]);
      });
    }
  }
  const newBy = keys.map(() => new Map<string, number>());
  for (const m of inputs.markers) {
    const la = located.get(m.urn)?.laCode;
    if (spineByUrn.has(m.urn) || !la) continue;
    keys.forEach(({ key }, i) => {
      const k = `${la}#${key(m.name)}`;
      newBy[i]?.set(k, (newBy[i]?.get(k) ?? 0) + 1);
    });
  }
  return (m) => {
    const la = located.get(m.urn)?.laCode;
    if (!la) return null;
    for (const [i, { how, key }] of keys.entries()) {
      const k = `${la}#${key(m.name)}`;
      const candidates = closedBy[i]?.get(k) ?? [];
      const [only] = candidates;
      if (candidates.length !== 1 || !only || newBy[i]?.get(k) !== 1) continue;
      if (!fitsPhase(m.phaseCode, kindFromSpineType(only.NFTYPE) as KindAndSector)) continue;
      return { record: only, how };
    }
    return null;
  };
}

/** GIAS gives state mainstream schools a phase and special, AP and independent schools none. */
function fitsPhase(phaseCode: string, type: { kind: SettingKind; sector: Sector }): boolean {
  const stateMainstream = type.kind === 'MAINSTREAM' && type.sector !== 'INDEPENDENT';
  if (phaseCode === 'X') return !stateMainstream;
  if (phaseCode === '6') return stateMainstream || type.kind === 'FURTHER_EDUCATION';
  return stateMainstream;
}

function isWelshUrn(urn: string): boolean {
  const n = Number(urn);
  return n >= WELSH_URNS.from && n <= WELSH_URNS.to;
}

function who(m: Marker) {
  return { urn: m.urn, name: m.name };
}

function integer(value: string): number | null {
  return /^\d+$/.test(value.trim()) ? Number(value) : null;
}

function blank(value: string): string | null {
  const trimmed = value.trim();
  return trimmed ? trimmed : null;
}
