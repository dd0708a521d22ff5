import { PLACEMENT_TYPES } from '../../../functions/core/lists/model.js';
import { defaultTravelKm, LIST_LIMITS } from '../../../functions/core/lists/request.js';
import { AP_TIERS } from '../../../functions/core/model.js';
import { NEED_CODES } from '../../../functions/core/needs.js';
import type { SearchResult } from '../../../functions/core/search.js';
import { AP_TIER_TEXT, PLACEMENT_TYPE_WORDS, SETTING_KIND_WORDS } from '../../../functions/core/words.js';
import type { FormError } from '../forms.js';
import { encodeChoice, type NewListValues } from './new-list-form.js';
import { councilWords, needWords, searchFoundWords, yearWords } from './words.js';

// The "Make a list" page as plain data for its template: the options with what is chosen, the
// errors by input, the family's choices carried so far and what a register search found.

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** What a register setting looks like among the carried choices and search results. */
export interface SettingSummary {
  name: string;
  where: string | null;
}

export interface NewListModelInput {
  values: NewListValues;
  laCodes: readonly string[];
  errors?: readonly FormError[];
  /** The register search's results, when the officer searched. */
  results?: readonly SearchResult[] | null;
  /** More settings matched than the form shows. */
  resultsCapped?: boolean;
  /** Names of the carried on-register choices, by setting id (a choice not found shows its id). */
  settings?: ReadonlyMap<string, SettingSummary>;
  /** A council's name by its code (results show the name, not the code). */
  laName?: (code: string) => string | null | undefined;
}

/** The "Make a list" form as plain data: options with what is chosen, errors by input, carried choices. */
export function newListModel({
  values,
  laCodes,
  errors = [],
  results = null,
  resultsCapped = false,
  settings,
  laName = () => null,
}: NewListModelInput) {
  const chosen = new Set(values.choices.flatMap((c) => ('settingId' in c ? [c.settingId] : [])));
  return {
    values,
    errors,
    errorFor: Object.fromEntries(errors.map((e) => [e.inputId, e.text])),
    laCodes,
    needs: NEED_CODES.map((code) => ({
      value: code,
      text: needWords(code),
      primary: values.primaryNeed === code,
      secondary: values.secondaryNeeds.includes(code),
    })),
    years: Array.from({ length: 15 }, (_v, n) => ({
      value: String(n),
      text: yearWords(n),
      selected: values.ncYear === String(n),
    })),
    defaultTravel: [3, 4, 11, 16].map((age) => `${defaultTravelKm(age)} km`),
    placementTypes: PLACEMENT_TYPES.map((t) => ({
      value: t,
      text: PLACEMENT_TYPE_WORDS[t],
      checked: values.provisionTypes.includes(t),
    })),
    apTiers: AP_TIERS.map((t) => ({
      value: t,
      text: capitalise(AP_TIER_TEXT[t]),
      checked: values.apTiers.includes(t),
    })),
    choices: values.choices.map((c, index) => {
      const encoded = encodeChoice(c);
      if ('settingId' in c) {
        const s = settings?.get(c.settingId);
        return {
          index,
          encoded,
          name: s?.name ?? c.settingId,
          where: s?.where ?? null,
          onRegister: true,
        };
      }
      const o = c.offRegister;
      return {
        index,
        encoded,
        name: o.name,
        where: [o.town, o.postcode].filter(Boolean).join(', ') || null,
        onRegister: false,
        website: o.website,
      };
    }),
    maxChoices: LIST_LIMITS.maxFamilyNamed,
    resultsWords: results ? searchFoundWords(results.length, resultsCapped, values.q) : null,
    results:
      results?.map((r) => ({
        id: r.id,
        name: r.name,
        kind: SETTING_KIND_WORDS[r.kind],
        where: [r.town, r.postcode].filter(Boolean).join(', ') || null,
        ages: `Ages ${r.ageRange.low} to ${r.ageRange.high}`,
        la: councilWords(r.laCode, laName),
        alreadyChosen: chosen.has(r.id),
      })) ?? null,
  };
}

export type NewListModel = ReturnType<typeof newListModel>;
