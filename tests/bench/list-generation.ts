// The lists of `npm run bench`: generated through the local HTTP endpoint (the Lambda handler behind
// an API Gateway event), each timed end to end, and checked for fairness: is the child's main need
// served by a specialist entry, where England has such provision?

import { isSpecialistProvision } from '../../functions/core/lists/range.js';
import { reachPointersOf } from '../../functions/core/lists/reach.js';
import type { ProvisionKind, SettingKind } from '../../functions/core/model.js';
import type { NeedCode } from '../../functions/core/needs.js';
import type { AwsRequest } from '../../functions/local/request-recorder.js';
import type { buildEnglandRegister } from '../../functions/reference/synthetic-register.js';
import { WARM_UP } from './config.js';
import type { createJsonPoster } from './http-client.js';
import type { Recorder } from './recorded.js';
import type { BenchRequest } from './requests.js';

export interface ListSearchResult {
  radiusKm: number;
  mainstreamRadiusKm: number;
  specialistReachKm: number;
}

interface BenchEntry {
  familyChoice: boolean;
  distanceKm: number;
  setting: { id: string; kind: string };
  provision: { id: string; kind: string; designation: string[] };
  reasons: { code: string }[];
}

/** An entry as the old and new read paths are compared: provision, family choice, reason codes, in rank order. */
export const entryLine = (e: {
  familyChoice: boolean;
  provision: { id: string };
  reasons: { code: string }[];
}) => `${e.familyChoice ? 'family ' : ''}${e.provision.id} ${e.reasons.map((r) => r.code).join(',')}`;

/** What generating the lists leaves for the rest of the benchmark, by list (warm-up included) or after warm-up. */
export interface GeneratedLists {
  /** End-to-end times after warm-up (ms). */
  endToEnd: number[];
  /** Each list's search, by list. */
  searches: ListSearchResult[];
  /** Each list's entries beyond its radius, not family choices (read by id), by list. */
  beyondReach: string[][];
  fairness: { lists: number; served: number; withoutProvision: number };
  /** Each list's id and family link, by list. */
  made: { listId: string; familyToken: string }[];
  /** Entries and settings considered, summed over the lists after warm-up. */
  entries: number;
  considered: number;
  /** Each list's entries (entryLine), by list. */
  lines: string[][];
  /** The DynamoDB requests each list's API call made, by list. */
  requests: AwsRequest[][];
}

const GENERATE = `mutation($input: GenerateTailoredListInput!) { generateTailoredList(input: $input) {
      familyLink { token } list { id statement { version } search { radiusKm mainstreamRadiusKm specialistReachKm }
      entries { rank familyChoice distanceKm setting { id name kind } provision { id kind designation } capacity { status } reasons { code text } }
      consideredCount } } }`;

/**
 * Where specialist provision for each need and age exists anywhere (`need/age`): the same register
 * the loader wrote (same model, same seed), read through the reach index's own rules.
 */
export function specialistProvision(register: ReturnType<typeof buildEnglandRegister>): Set<string> {
  return new Set(
    register
      .flatMap(reachPointersOf)
      .filter((p) => !p.closed)
      .flatMap((p) => p.provisions.flatMap((range) => ages(range).map((age) => `${p.need}/${age}`))),
  );
}

/** generate(i) makes the i-th request's list, recording what it gave in `lists`. */
export function createListGenerator(
  api: ReturnType<typeof createJsonPoster>,
  requests: readonly BenchRequest[],
  tokenFor: (la: string) => string,
  provided: ReadonlySet<string>,
  recorder: Recorder,
) {
  const lists: GeneratedLists = {
    endToEnd: [],
    searches: [],
    beyondReach: [],
    fairness: { lists: 0, served: 0, withoutProvision: 0 },
    made: [],
    entries: 0,
    considered: 0,
    lines: [],
    requests: [],
  };
  const { endToEnd, searches, beyondReach, fairness, made } = lists;
  const generate = async (i: number) => {
    const request = requests[i] as (typeof requests)[number];
    const mark = recorder.mark();
    const t0 = performance.now();
    const body = (await api.post(
      { authorization: `Bearer ${tokenFor(request.laCode)}` },
      { query: GENERATE, variables: { input: request.input } },
    )) as {
      data?: {
        generateTailoredList: {
          familyLink: { token: string };
          list: {
            id: string;
            consideredCount: number;
            search: ListSearchResult;
            entries: BenchEntry[];
          };
        };
      };
      errors?: unknown;
    };
    const elapsed = performance.now() - t0;
    lists.requests.push(recorder.since(mark));
    if (!body.data) throw new Error(`List ${i} failed: ${JSON.stringify(body.errors)}`);
    const { list } = body.data.generateTailoredList;
    searches.push(list.search);
    lists.lines.push(list.entries.map(entryLine));
    beyondReach.push(
      list.entries
        .filter((e) => !e.familyChoice && e.distanceKm > list.search.radiusKm)
        .map((e) => e.setting.id),
    );
    made.push({ listId: list.id, familyToken: body.data.generateTailoredList.familyLink.token });
    if (i >= WARM_UP) {
      // Fairness: is the child's main need served by a specialist entry, where provision exists?
      const { primaryNeed, age } = request.input;
      if (provided.has(`${primaryNeed}/${age}`)) {
        fairness.lists++;
        if (list.entries.some((e) => !e.familyChoice && servesNeed(e, primaryNeed))) fairness.served++;
      } else fairness.withoutProvision++;
      endToEnd.push(elapsed);
      lists.entries += body.data.generateTailoredList.list.entries.length;
      lists.considered += body.data.generateTailoredList.list.consideredCount;
    }
  };
  return { lists, generate };
}

/** A specialist provision designated for the need (core/lists/range.ts says what is specialist). */
function servesNeed(entry: BenchEntry, need: NeedCode): boolean {
  return (
    entry.provision.designation.includes(need) &&
    isSpecialistProvision(
      { kind: entry.setting.kind as SettingKind },
      { kind: entry.provision.kind as ProvisionKind },
    )
  );
}

/** Every whole age in a provision's range. */
function ages(range: { low: number; high: number }): number[] {
  return Array.from({ length: range.high - range.low + 1 }, (_, i) => range.low + i);
}
