import { dateInWords } from '../../functions/core/journey/dates.js';
import {
  appealText,
  familyStatusText,
  GROUND_TEXT,
  phaseTransferText,
  requestWindowText,
} from '../../functions/core/journey/texts.js';
import type { FamilyJourneyView } from '../../functions/core/journey/view.js';
import type { ListEntry } from '../../functions/core/lists/model.js';
import { FIND_YOUR_SENDIASS, type RightsStatement } from '../../functions/core/rights-statement.js';
import type { SearchResult } from '../../functions/core/search.js';
import { NOT_LISTED_WORDS, RANGE_KIND_WORDS, SETTING_KIND_WORDS } from '../../functions/core/words.js';
import { CAPACITY_WORDS, distanceWords, freshnessWords, instantInWords, placesWords } from './format.js';
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

/** One entry of a list as a family reads it (the officer's page adds points and scores to it). */
export function listEntryModel(e: ListEntry, index: number, now: Date) {
  const capacity = CAPACITY_WORDS[e.capacity.status];
  return {
    number: index + 1,
    name: e.setting.name,
    place: [e.setting.town, e.setting.laName].filter(Boolean).join(', ') || null,
    kind: RANGE_KIND_WORDS[e.rangeKind],
    provisionName: e.provision.kind === 'MAIN_ROLL' ? null : e.provision.name,
    familyChoice: e.familyChoice,
    reasons: e.reasons.map((r) => r.text),
    cautions: e.cautions.map((c) => c.text),
    legalRouteReason: e.legalRoute.reason,
    distance: distanceWords(e.distanceKm),
    capacityStatus: e.capacity.status,
    capacityText: capacity.text,
    capacityTagClass: capacity.tagClass,
    places: placesWords(e.capacity),
    freshness: freshnessWords(e.capacity, now),
  };
}

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
  /** What the last change did, shown in a notification banner. */
  done?: string | null;
  /** The map's SVG, drawn by the caller from the markers this model gives. */
  mapSvg?: string | null;
}

/** The family's page as plain data. */
export function familyPageModel({ view, now, path, search, refused, done, mapSvg }: FamilyPageInput) {
  const choices = view.familyChoices.map((c, index, all) => ({
    id: c.id,
    rank: c.rank,
    name: c.name,
    where: [c.town, c.postcode].filter(Boolean).join(', ') || null,
    website: c.website && /^https?:\/\//.test(c.website) ? c.website : null,
    onRegister: c.onRegister,
    byFamily: c.addedBy === 'FAMILY',
    legalRouteReason: c.legalRoute.reason,
    note: c.note,
    canMoveUp: index > 0,
    canMoveDown: index < all.length - 1,
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
      place: s.town,
      kind: RANGE_KIND_WORDS[s.rangeKind],
      distance: distanceWords(s.distanceKm),
      reason: NOT_LISTED_WORDS[s.reason],
    })),
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
            text: requestWindowText(view.draftPlan, decision?.decidedOn ?? null),
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
          results:
            search.results?.map((r) => ({
              id: r.id,
              name: r.name,
              kind: SETTING_KIND_WORDS[r.kind],
              where: [r.town, r.postcode].filter(Boolean).join(', ') || null,
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
