import { dateInWords, londonDate } from '../../functions/core/journey/dates.js';
import {
  appealText,
  familyStatusText,
  GROUND_TEXT,
  phaseTransferText,
  requestWindowText,
} from '../../functions/core/journey/texts.js';
import type { FamilyJourneyView } from '../../functions/core/journey/view.js';
import type { ListEntry } from '../../functions/core/lists/model.js';
import {
  FIND_YOUR_SENDIASS,
  RIGHTS_PROMISE,
  type RightsStatement,
} from '../../functions/core/rights-statement.js';
import type { SearchResult } from '../../functions/core/search.js';
import {
  LEGAL_ROUTE_SHORT_WORDS,
  NOT_LISTED_WORDS,
  RANGE_KIND_WORDS,
  SETTING_KIND_WORDS,
} from '../../functions/core/words.js';
import { familyNow, familyPaths } from './family-now.js';
import {
  CAPACITY_WORDS,
  distanceShortWords,
  distanceWords,
  freshnessWords,
  instantInWords,
  placesWords,
} from './format.js';
import type { FormError, FormValues } from './forms.js';
import type { MapMarker } from './map.js';

// What the family's page shows, in the order it shows it, as plain data for the template.

/** The statement as pages show it: summary first, then the full text and the council's SENDIASS. */
export function statementModel(statement: RightsStatement) {
  const sendiass = statement.localSendiass;
  return {
    title: statement.title,
    summary: statement.summary,
    paragraphs: statement.paragraphs,
    references: statement.legalReferences,
    version: statement.version,
    effectiveFrom: dateInWords(statement.effectiveFrom),
    sendiass: sendiass
      ? {
          name: sendiass.name,
          phone: sendiass.phone,
          email: sendiass.email,
          website: sendiass.website && /^https?:\/\//.test(sendiass.website) ? sendiass.website : null,
        }
      : null,
    findSendiass: FIND_YOUR_SENDIASS,
    localNotes: statement.localNotes,
  };
}

export type StatementModel = ReturnType<typeof statementModel>;

/** "Crawley, West Sussex": a town and its council, each once ("Crawley, Crawley" reads as a slip). */
export function placeWords(...parts: (string | null | undefined)[]): string | null {
  const seen = new Set<string>();
  const kept = parts.filter((p): p is string => {
    const key = p?.trim().toLowerCase();
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return kept.join(', ') || null;
}

/**
 * Reasons the family's card shows elsewhere, so "More about this school" does not repeat them: the
 * family's own choice (in the card's title), the distance and the places (on the card), and the
 * section 41 list (in what the law says).
 */
const SHOWN_ON_THE_CARD = new Set(['FAMILY_CHOICE', 'DISTANCE', 'VACANCIES', 'SECTION_41']);

/** One entry of a list as a family reads it (the officer's page adds points and scores to it). */
export function listEntryModel(e: ListEntry, index: number, now: Date) {
  const capacity = CAPACITY_WORDS[e.capacity.status];
  return {
    number: index + 1,
    name: e.setting.name,
    place: placeWords(e.setting.town, e.setting.laName),
    kind: RANGE_KIND_WORDS[e.rangeKind],
    provisionName: e.provision.kind === 'MAIN_ROLL' ? null : e.provision.name,
    familyChoice: e.familyChoice,
    reasons: e.reasons.map((r) => r.text),
    moreReasons: e.reasons.filter((r) => !SHOWN_ON_THE_CARD.has(r.code)).map((r) => r.text),
    cautions: e.cautions.map((c) => c.text),
    legalRouteReason: e.legalRoute.reason,
    legalRouteShort: LEGAL_ROUTE_SHORT_WORDS[e.legalRoute.route],
    distance: distanceWords(e.distanceKm),
    distanceShort: distanceShortWords(e.distanceKm),
    capacityStatus: e.capacity.status,
    capacityText: capacity.text,
    capacityTagClass: capacity.tagClass,
    places: placesWords(e.capacity),
    freshness: freshnessWords(e.capacity, now),
  };
}

/** Results a family's search shows: "the first 10" when it finds more. */
export const FAMILY_SEARCH_RESULTS = 10;

export interface SearchState {
  query: string;
  results: readonly SearchResult[] | null;
}

export interface FamilyPageInput {
  view: FamilyJourneyView;
  now: Date;
  /** The page's own path (/f/{token}): forms post below it. */
  path: string;
  search?: SearchState | null;
  /** A form refused by the service: which one, its errors and the values to show again. */
  refused?: { form: string; errors: readonly FormError[]; values: FormValues } | null;
  /** What the last change did, naming the school, shown in a notification banner. */
  done?: string | null;
  /** The choice the remove page asks about, by id. */
  removing?: string | null;
  /** The map's SVG, drawn by the caller from the markers this model gives. */
  mapSvg?: string | null;
}

/** The family's page as plain data. */
export function familyPageModel({
  view,
  now,
  path,
  search,
  refused,
  done,
  mapSvg,
  removing,
}: FamilyPageInput) {
  const paths = familyPaths(path);
  const choices = view.familyChoices.map((c, index, all) => ({
    id: c.id,
    rank: c.rank,
    name: c.name,
    where: placeWords(c.town, c.postcode),
    website: c.website && /^https?:\/\//.test(c.website) ? c.website : null,
    onRegister: c.onRegister,
    byFamily: c.addedBy === 'FAMILY',
    legalRouteReason: c.legalRoute.reason,
    note: c.note,
    canMoveUp: index > 0,
    canMoveDown: index < all.length - 1,
    removeHref: `${paths.remove}?choice=${encodeURIComponent(c.id)}`,
  }));
  const entries = view.entries.map((e, index) => listEntryModel(e, index, now));
  const markers: MapMarker[] = view.entries.map((e, index) => ({
    label: String(index + 1),
    name: e.setting.name,
    location: e.setting.location,
  }));
  const decision = view.decision;
  const chosenIds = new Set(view.familyChoices.flatMap((c) => (c.settingId ? [c.settingId] : [])));
  return {
    path,
    paths,
    promise: RIGHTS_PROMISE,
    now: familyNow(view, now, paths),
    removing: removing ? (choices.find((c) => c.id === removing) ?? null) : null,
    // Today's statement first; the one the list was made with is kept beside it when older.
    statement: statementModel(view.currentStatement),
    madeWithStatement:
      view.statement.version !== view.currentStatement.version ? statementModel(view.statement) : null,
    version: view.version,
    latestVersion: view.latestVersion,
    newerVersionAvailable: view.newerVersionAvailable,
    generatedOn: instantInWords(view.generatedAt),
    linkExpiresOn: instantInWords(view.expiresAt),
    choices,
    choicesClosed: view.choicesClosed,
    entries,
    allFull: entries.length > 0 && entries.every((e) => e.capacityStatus === 'FULL'),
    rangeNote: view.rangeNote,
    capacityNote: view.capacityNote,
    distanceNote: view.distanceNote,
    homeApproximate: view.home.approximate,
    markers,
    mapSvg: mapSvg ?? null,
    notListed: (view.notListedSettings ?? []).map((s) => ({
      name: s.name,
      place: placeWords(s.town),
      kind: RANGE_KIND_WORDS[s.rangeKind],
      distance: distanceWords(s.distanceKm),
      reason: NOT_LISTED_WORDS[s.reason],
    })),
    // The same, by why each was left off (the reasons in their own order), for the family's page.
    notListedByReason: Object.entries(NOT_LISTED_WORDS).flatMap(([reason, words]) => {
      const settings = (view.notListedSettings ?? []).filter((s) => s.reason === reason);
      return settings.length === 0
        ? []
        : [
            {
              reason: words,
              settings: settings.map((s) => ({
                name: s.name,
                place: placeWords(s.town),
                kind: RANGE_KIND_WORDS[s.rangeKind],
                distance: distanceShortWords(s.distanceKm),
              })),
            },
          ];
    }),
    consideredCount: view.consideredCount,
    journey: {
      phaseTransfer: view.phaseTransfer
        ? phaseTransferText(view.phaseTransfer.transfer, view.phaseTransfer.year)
        : null,
      draftPlan: view.draftPlan
        ? {
            amendments: view.draftPlan.kind === 'PROPOSED_AMENDMENTS',
            sentOn: dateInWords(view.draftPlan.sentOn),
            endsOn: dateInWords(view.draftPlan.requestWindowEndsOn),
            givenByCouncil: view.draftPlan.requestWindowGivenByCouncil,
            text: requestWindowText(view.draftPlan, decision?.decidedOn ?? null, londonDate(now)),
          }
        : null,
      consultationNote: view.consultationNote,
      consultations: view.consultations.map((c) => ({
        settingName: c.setting.name,
        statusText: familyStatusText(c, c.overdue, c.closedByDecisionOn),
        overdue: c.status === 'SENT' && c.overdue,
      })),
      decision: decision
        ? {
            decidedOn: dateInWords(decision.decidedOn),
            named: decision.named.name,
            onList: decision.onList,
            familyChoiceRank: decision.familyChoiceRank,
            // Only refusals s.39 needed; an older decision's refusal of a choice below the one
            // named is shown as not decided, never as "the council said no".
            refusals: decision.refusals
              .filter((r) => r.groundsNeeded)
              .map((r) => ({
                name: r.name,
                grounds: r.grounds.map((g) => GROUND_TEXT[g]),
                explanation: r.explanation,
              })),
            notDecided: decision.refusals
              .filter((r) => !r.groundsNeeded)
              .map((r) => ({ name: r.name, rank: r.rank })),
            // s.43: said only where the law makes the setting named admit the child.
            admission: decision.admissionText,
            appealBy: dateInWords(decision.appealBy),
            appealText: appealText(decision.appealBy),
          }
        : null,
    },
    search: search
      ? {
          query: search.query,
          capped: (search.results?.length ?? 0) >= FAMILY_SEARCH_RESULTS,
          results:
            search.results?.map((r) => ({
              id: r.id,
              name: r.name,
              kind: SETTING_KIND_WORDS[r.kind],
              where: placeWords(r.town, r.postcode),
              ages: `Ages ${r.ageRange.low} to ${r.ageRange.high}`,
              alreadyChosen: chosenIds.has(r.id),
            })) ?? null,
        }
      : null,
    refused: refused ?? null,
    errorFor: Object.fromEntries((refused?.errors ?? []).map((e) => [e.inputId, e.text])),
    values: refused?.values ?? {},
    done: done ?? null,
    maxChoices: 10,
  };
}

export type FamilyPageModel = ReturnType<typeof familyPageModel>;
