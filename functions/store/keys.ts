import {
  lonUnits,
  type MapLayer,
  REACH_STRIPS_PER_DEGREE,
  STRIPS_PER_DEGREE,
  type StripRange,
  stripOf,
} from '../core/geo.js';
import { referenceSpelling } from '../core/journey/input.js';
import { type AgeBand, ageBandsOf, isPlainSetting } from '../core/lists/plain-settings.js';
import type { ReachPointer } from '../core/lists/reach.js';
import type { Setting } from '../core/model.js';
import type { NeedCode } from '../core/needs.js';

// Every key in the table is built here. Item layout:
//   setting          pk SETTING#<settingId>     sk SETTING        gsi1pk REGISTER  gsi1sk LA#<la>#<name>#<settingId>
//                                                                gsi2/3/4pk GEO#<strip> …sk <lon>#<settingId>  (specialist)
//                                                                      or PLAIN#<fine strip>            (plain mainstream)
//                                                                (on the map index of each age band it takes)
//                    (provisions and their live capacity live inside the setting item, so one
//                    read gives a whole setting and a capacity update is one conditional write)
//   reach pointer    pk SETTING#<settingId>     sk REACH#<need>#<band>
//                                                                gsi5pk REACH#<need>#<band>#<strip>  gsi5sk <lon>#<settingId>
//                    (one per need and age band a setting's specialist provisions serve; written
//                    with the setting, in the same transaction or batch)
//   search pointer   pk SETTING#<settingId>     sk SEARCH#<word>
//                                                                gsi6pk SEARCH#<first 3 chars of word>  gsi6sk <word>#<settingId>
//                    (one per distinct word an open setting is found by: name, town, postcode
//                    district, full postcode, URN (core/search.ts); holds the search result as
//                    JSON and the setting's normalised text; written with the setting, in the
//                    same transaction or batch, and deleted when the word goes or the setting closes)
//   capacity change  pk CAPACITY#<provisionId>  sk V#<version, 10 digits>
//   URN claim        pk URN#<urn>               sk URN            (keeps a URN on one setting)
//   tailored list    pk LIST#<key id>:<case key> sk V#<version, 10 digits>
//                    (built in case-keys.ts: the case key is an HMAC of the LA and case reference
//                    under a secret, so a case's versions are one partition, read newest first, and
//                    a version is taken by writing its item; the item also holds the list's family
//                    links, by the hash of their token)
//   list facts       pk LIST#<key id>:<case key> sk FACTS#<version, 10 digits>
//                                                                gsi1pk SUFFICIENCY#<la>#<London yyyy-mm>  gsi1sk <generatedAt>#<listId>
//                    (a list's few facts for the council's sufficiency picture, core/sufficiency/facts.ts:
//                    written in the list's transaction, or by the backfill; deleted with the case)
//   case record      pk LIST#<key id>:<case key> sk CASE        (the journey: choices and their history,
//                    draft plans, consultation ids, decisions; on a revision, beside the case's lists)
//                                                                gsi1pk CASES#EXPIRY  gsi1sk <expiresAt>#<partition>
//                                                                gsi2pk CASES#LA#<la>  gsi2sk <updatedAt>#<partition>
//                                                                gsi3pk CASEREF#<la>#<reference, any capitals>  gsi3sk <partition>
//                    (holds the case's expiry, refreshed by every change; replaced by a tombstone,
//                    type CaseTombstone, while the case is being erased or removed on expiry)
//   erasure record   pk ERASURE#<key id>:<case key> sk AT#<erasedAt>#<erasure id>  (the audit record an
//                    erasure leaves: the keyed case hash, who, when, why; never the case reference)
//   consultation     pk CONSULTATION#<id>       sk CONSULTATION
//                                                                gsi2pk CONSULTS#SETTING#<settingId>  gsi2sk <sentAt>#<id>
//                                                                gsi3pk CONSULTS#TO_LA#<setting's la>  (same sk)
//                                                                gsi4pk CONSULTS#FROM_LA#<child's la>  (same sk)
//                                                                gsi1pk CONSULTS#DUE gsi1sk <dueOn>#<id>
//                    (on the due index only while SENT and its overdue event is not yet written)
//   outbox event     pk OUTBOX                  sk <occurredAt>#<eventId>  (written in the transaction of
//                    the change it reports; the forwarder publishes it to EventBridge, then deletes it)
//   LA rights info   pk LA#<la>                 sk RIGHTS_INFO
//   storage format   pk META                    sk STORAGE_FORMAT (the item shapes this table holds)
//   guess throttle   pk THROTTLE#<source>#<window> sk THROTTLE     (expires by TTL)
//   ended session    pk SESSION#<session id>    sk ENDED          (a staff session signed out before its
//                    cookie expires; kept until then, by TTL)
//   reminder claim   pk REMINDER#<settingId>    sk W#<window index, 8 digits>  (claims a setting's capacity
//                    reminder in one window of CAPACITY_REMINDER_DAYS before it is sent, then records
//                    what was sent; expires by TTL. The reminder job may write nothing else.)
//   job runs         pk JOB#<job>               sk RUNS    (when a scheduled job first ran, and last
//                    completed: what its alarms' measurements start from)
//   reference load   pk REFERENCE#<register>    sk LA#<la>   (an LA of a reference register, e.g.
//                    "england", was loaded: loading again never overwrites what people changed since)

export interface Key {
  pk: string;
  sk: string;
}

export const REGISTER_PARTITION = 'REGISTER';

export const LIST_FACTS_PREFIX = 'FACTS#';

/** A council's lists' facts made in one London month ("YYYY-MM"). */
export function sufficiencyPartition(laCode: string, month: string): string {
  return `SUFFICIENCY#${laCode}#${month}`;
}

export const keys = {
  setting: (settingId: string): Key => ({ pk: `SETTING#${settingId}`, sk: 'SETTING' }),
  registerEntry: (setting: { id: string; laCode: string; name: string }) => ({
    gsi1pk: REGISTER_PARTITION,
    gsi1sk: `${registerPrefix(setting.laCode)}${sortableName(setting.name)}#${setting.id}`,
  }),
  capacityChange: (provisionId: string, version: number): Key => ({
    pk: `CAPACITY#${provisionId}`,
    sk: `V#${String(version).padStart(10, '0')}`,
  }),
  capacityHistoryPartition: (provisionId: string): string => `CAPACITY#${provisionId}`,
  urnClaim: (urn: string): Key => ({ pk: `URN#${urn}`, sk: 'URN' }),
  /** A setting is on the map index of each age band it takes, in its layer (specialist or plain). */
  geoEntry: (setting: Setting): Record<string, string> => {
    const layer: MapLayer = isPlainSetting(setting) ? 'plain' : 'specialist';
    const partition = mapPartition(layer, stripOf(setting.location, STRIPS_PER_DEGREE[layer]));
    const sortKey = mapSortKey(setting);
    return Object.fromEntries(
      ageBandsOf(setting).flatMap((band) => [
        [`${MAP_INDEX[band]}pk`, partition],
        [`${MAP_INDEX[band]}sk`, sortKey],
      ]),
    );
  },
  reachPointer: (pointer: Pick<ReachPointer, 'settingId' | 'need' | 'band'>): Key => ({
    pk: `SETTING#${pointer.settingId}`,
    sk: `REACH#${pointer.need}#${pointer.band}`,
  }),
  reachEntry: (pointer: ReachPointer): { gsi5pk: string; gsi5sk: string } => ({
    gsi5pk: reachPartition(pointer.need, pointer.band, stripOf(pointer, REACH_STRIPS_PER_DEGREE)),
    gsi5sk: `${sortableLon(lonUnits(pointer.lon))}#${pointer.settingId}`,
  }),
  searchPointer: (pointer: { settingId: string; word: string }): Key => ({
    pk: `SETTING#${pointer.settingId}`,
    sk: `SEARCH#${pointer.word}`,
  }),
  searchEntry: (pointer: { settingId: string; word: string }): { gsi6pk: string; gsi6sk: string } => ({
    gsi6pk: searchPartition(pointer.word),
    gsi6sk: `${pointer.word}#${pointer.settingId}`,
  }),
  caseRecord: (casePartition: string): Key => ({ pk: casePartition, sk: CASE_RECORD_SK }),
  listFacts: (casePartition: string, version: number): Key => ({
    pk: casePartition,
    sk: `${LIST_FACTS_PREFIX}${String(version).padStart(10, '0')}`,
  }),
  /** A list's facts on its council's monthly partition of the sufficiency index, in time order. */
  sufficiencyEntry: (laCode: string, month: string, generatedAt: string, listId: string) => ({
    gsi1pk: sufficiencyPartition(laCode, month),
    gsi1sk: `${generatedAt}#${listId}`,
  }),
  /** A case on the expiry index: the sweeper reads it in expiry order (ISO instants sort as time). */
  /** A case on its LA's index of cases, newest change first (an officer's recent cases). */
  caseByLaEntry: (laCode: string, updatedAt: string, partition: string) => ({
    gsi2pk: `CASES#LA#${laCode}`,
    gsi2sk: `${updatedAt}#${partition}`,
  }),
  /** A case on its LA's index of references however spelt (find-a-case, not fussy about capitals). */
  caseByReferenceEntry: (laCode: string, caseReference: string, partition: string) => ({
    gsi3pk: `CASEREF#${laCode}#${referenceSpelling(caseReference)}`,
    gsi3sk: partition,
  }),
  caseExpiryEntry: (partition: string, expiresAt: string) => ({
    gsi1pk: CASES_BY_EXPIRY,
    gsi1sk: `${expiresAt}#${partition}`,
  }),
  erasureRecord: (caseHash: string, erasedAt: string, erasureId: string): Key => ({
    pk: erasurePartition(caseHash),
    sk: `AT#${erasedAt}#${erasureId}`,
  }),
  consultation: (id: string): Key => ({ pk: `CONSULTATION#${id}`, sk: 'CONSULTATION' }),
  consultationIndexes: (c: {
    id: string;
    sentAt: string;
    setting: { id: string; laCode: string };
    laCode: string;
  }): Record<string, string> => {
    const sk = `${c.sentAt}#${c.id}`;
    return {
      [`${CONSULTATION_INDEX.bySetting}pk`]: consultationPartition.bySetting(c.setting.id),
      [`${CONSULTATION_INDEX.bySetting}sk`]: sk,
      [`${CONSULTATION_INDEX.toLa}pk`]: consultationPartition.toLa(c.setting.laCode),
      [`${CONSULTATION_INDEX.toLa}sk`]: sk,
      [`${CONSULTATION_INDEX.fromLa}pk`]: consultationPartition.fromLa(c.laCode),
      [`${CONSULTATION_INDEX.fromLa}sk`]: sk,
    };
  },
  consultationDue: (c: { id: string; dueOn: string }) => ({
    gsi1pk: CONSULTATIONS_DUE,
    gsi1sk: `${c.dueOn}#${c.id}`,
  }),
  outboxEvent: (event: { id: string; occurredAt: string }): Key => ({
    pk: OUTBOX_PARTITION,
    sk: `${event.occurredAt}#${event.id}`,
  }),
  localRightsInfo: (laCode: string): Key => ({ pk: `LA#${laCode}`, sk: 'RIGHTS_INFO' }),
  storageFormat: (): Key => ({ pk: 'META', sk: 'STORAGE_FORMAT' }),
  throttle: (source: string, window: number): Key => ({ pk: `THROTTLE#${source}#${window}`, sk: 'THROTTLE' }),
  endedSession: (sessionId: string): Key => ({ pk: `SESSION#${sessionId}`, sk: 'ENDED' }),
  jobRuns: (job: string): Key => ({ pk: `${JOB_PREFIX}${job}`, sk: 'RUNS' }),
  referencePartition: (register: string): string => `REFERENCE#${register}`,
  referenceLoad: (register: string, laCode: string): Key => ({
    pk: `REFERENCE#${register}`,
    sk: `LA#${laCode}`,
  }),
  reminderClaim: (settingId: string, window: number): Key => ({
    pk: `${REMINDER_PREFIX}${settingId}`,
    sk: `W#${String(window).padStart(8, '0')}`,
  }),
};

/** The partition-key prefix of reminder claims: the only keys the reminder job may write (IAM LeadingKeys). */
export const REMINDER_PREFIX = 'REMINDER#';

/** The partition-key prefix of a scheduled job's run record (keys.jobRuns). */
export const JOB_PREFIX = 'JOB#';

export const CASE_RECORD_SK = 'CASE';
export const CASES_BY_EXPIRY = 'CASES#EXPIRY';

/** The audit records of a case's erasures, by its keyed hash (case-keys.ts caseHashes). */
export function erasurePartition(caseHash: string): string {
  return `ERASURE#${caseHash}`;
}
export const OUTBOX_PARTITION = 'OUTBOX';
export const CONSULTATIONS_DUE = 'CONSULTS#DUE';

/** The indexes consultations are found on (the map indexes' attributes, under their own partitions). */
export const CONSULTATION_INDEX = { bySetting: 'gsi2', toLa: 'gsi3', fromLa: 'gsi4' } as const;

export const consultationPartition = {
  bySetting: (settingId: string) => `CONSULTS#SETTING#${settingId}`,
  toLa: (laCode: string) => `CONSULTS#TO_LA#${laCode}`,
  fromLa: (laCode: string) => `CONSULTS#FROM_LA#${laCode}`,
};

/** The map index of each age band. */
export const MAP_INDEX: Readonly<Record<AgeBand, 'gsi2' | 'gsi3' | 'gsi4'>> = {
  upTo10: 'gsi2',
  from11To15: 'gsi3',
  from16: 'gsi4',
};

/**
 * The search index's partition of the words starting as this one does: its first 3 characters,
 * the shortest word indexed but for 2-character postcode districts ("e1"), each a partition of its
 * own. A query's lead word reads one partition, with begins_with.
 */
export function searchPartition(word: string): string {
  return `SEARCH#${word.slice(0, 3)}`;
}

export function reachPartition(need: NeedCode, band: AgeBand, strip: number): string {
  return `REACH#${need}#${band}#${strip}`;
}

export function mapPartition(layer: MapLayer, strip: number): string {
  return `${layer === 'plain' ? 'PLAIN' : 'GEO'}#${strip}`;
}

const LON_DIGITS = 8;
const sortableLon = (units: number) => String(units).padStart(LON_DIGITS, '0');

/** Within a strip, settings sort by longitude (then id, to keep keys unique). */
function mapSortKey(setting: Setting): string {
  return `${sortableLon(lonUnits(setting.location.lon))}#${setting.id}`;
}

/** Sort-key bounds (for BETWEEN) that take in exactly the settings of a range's longitudes. */
export function mapSortKeyBounds(range: StripRange): [from: string, to: string] {
  // "<lon+1>" sorts before "<lon+1>#<id>" and after every "<lon>#<id>".
  return [sortableLon(range.fromLon), sortableLon(range.toLon + 1)];
}

/** The register index's sort-key prefix for one LA; with no LA, the whole register. */
export function registerPrefix(laCode?: string | null): string {
  return laCode ? `LA#${laCode}#` : 'LA#';
}

const PROVISION_SEPARATOR = '.';

/** Provision ids carry their setting's id, so a capacity update finds its setting in one read. */
export function provisionId(settingId: string, local: string): string {
  return `${settingId}${PROVISION_SEPARATOR}${local}`;
}

/** The setting a provision id belongs to, or null when the id is not a provision id. */
export function settingIdOfProvision(id: string): string | null {
  const at = id.indexOf(PROVISION_SEPARATOR);
  return at > 0 && at < id.length - 1 ? id.slice(0, at) : null;
}

function sortableName(name: string): string {
  return (
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9 ]/g, '')
      .trim()
      // '-' sorts after the '#' separator, so "st annes" comes before "st annes school".
      .replace(/\s+/g, '-')
      .slice(0, 80)
  );
}
