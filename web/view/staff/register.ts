import type { FieldIssue } from '../../../functions/core/errors.js';
import { SETTING_KINDS, type Setting, type SettingKind } from '../../../functions/core/model.js';
import { NEED_CODES, NEEDS, type NeedCode } from '../../../functions/core/needs.js';
import type { SearchResult } from '../../../functions/core/search.js';
import type { SettingFilter } from '../../../functions/core/setting-filter.js';
import { PHASE_WORDS, PROVISION_KIND_WORDS, SETTING_KIND_WORDS } from '../../../functions/core/words.js';
import type { FormError } from '../forms.js';
import { oneSentence, refusalText, searchWords } from '../refusal-text.js';
import { councilWords } from './words.js';

// The register page: the query string read into a search or a filter, the service's refusals as
// GOV.UK errors, and each setting as a row. Distance-free: the register is not about one child.

/** What the register page was asked: a search by name (within the filters, if any), a filter, or nothing yet. */
export type RegisterQuery =
  | { mode: 'none'; values: RegisterValues; errors: FormError[] }
  | {
      mode: 'search' | 'filter';
      /** The words searched for (search mode). */
      q: string;
      filter: SettingFilter;
      after: string | null;
      values: RegisterValues;
      errors: FormError[];
    };

export interface RegisterValues {
  q: string;
  la: string;
  kind: string;
  need: string;
}

/**
 * Reads /register's query: `q` searches by name, town, postcode district or URN, and `la`, `kind`
 * and `need` filter the register, or the search's results when both are given. A blank `q` with
 * filters filters; a blank `q` alone is a search with nothing to look up (the service says so).
 * Kinds and needs must be ours; the LA code and the cursor are the service's to check.
 */
export function parseRegisterQuery(query: Readonly<Record<string, string | undefined>>): RegisterQuery {
  const values: RegisterValues = {
    q: query.q?.trim() ?? '',
    la: query.la?.trim() ?? '',
    kind: query.kind?.trim() ?? '',
    need: query.need?.trim() ?? '',
  };
  const after = query.after?.trim() || null;
  const sent = [query.q, query.la, query.kind, query.need].some((v) => v !== undefined) || after !== null;
  if (!sent) return { mode: 'none', values, errors: [] };
  const errors: FormError[] = [];
  if (values.kind && !(SETTING_KINDS as readonly string[]).includes(values.kind)) {
    errors.push({ inputId: 'kind', text: 'Select a kind of setting from the list' });
  }
  if (values.need && !(NEED_CODES as readonly string[]).includes(values.need)) {
    errors.push({ inputId: 'need', text: 'Select a need from the list' });
  }
  const filter: SettingFilter = {
    ...(values.la ? { laCode: values.la } : {}),
    ...(values.kind && errors.every((e) => e.inputId !== 'kind') ? { kind: values.kind as SettingKind } : {}),
    ...(values.need && errors.every((e) => e.inputId !== 'need') ? { need: values.need as NeedCode } : {}),
  };
  const filtered = Boolean(values.la || values.kind || values.need);
  const mode = values.q || (query.q !== undefined && !filtered) ? 'search' : 'filter';
  return { mode, q: query.q ?? '', filter, after, values, errors };
}

const SEARCH = searchWords(
  'Enter a name, town, postcode district or URN, using letters and numbers (up to 100 characters)',
);
const LA_CODE = oneSentence('LA code', 'Enter a 3-digit LA code, for example 938, or leave it empty');
const PAGE_LINK = oneSentence('Page link', 'That page link is out of date. Search again from the first page');
const FILTERS = oneSentence('Filters', 'Check the filters and try again');

/** The service's refusal of a search or filter, on the input it belongs to. */
export function registerErrors(mode: 'search' | 'filter', issues: readonly FieldIssue[]): FormError[] {
  const errors: FormError[] = [];
  for (const issue of issues) {
    const { inputId, words } =
      issue.field === 'filter.laCode'
        ? { inputId: 'la', words: LA_CODE }
        : issue.field === 'after'
          ? { inputId: mode === 'search' ? 'q' : 'la', words: PAGE_LINK }
          : mode === 'search'
            ? { inputId: 'q', words: SEARCH }
            : { inputId: 'la', words: FILTERS };
    if (!errors.some((e) => e.inputId === inputId)) errors.push({ inputId, text: refusalText(issue, words) });
  }
  return errors;
}

/** The next page's address: the same query, from `after`. */
export function registerPath(
  values: RegisterValues,
  mode: 'search' | 'filter',
  after?: string | null,
): string {
  const filters = { la: values.la, kind: values.kind, need: values.need };
  // A search keeps only the filters set, so its address stays short; a filter keeps all three.
  const params = new URLSearchParams(
    mode === 'search'
      ? { q: values.q, ...Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) }
      : filters,
  );
  if (after) params.set('after', after);
  return `/register?${params}`;
}

export const KIND_OPTIONS = SETTING_KINDS.map((k) => ({ value: k, text: SETTING_KIND_WORDS[k] }));
export const NEED_OPTIONS = NEED_CODES.map((n) => ({ value: n, text: `${NEEDS[n].name} (${n})` }));

/** A setting as one result: what it is, where, for whom and what its provisions are designated for. */
export function settingRow(
  setting: Pick<
    Setting,
    'id' | 'name' | 'kind' | 'laCode' | 'phase' | 'ageRange' | 'address' | 'status' | 'urn' | 'provisions'
  >,
  laName: (code: string) => string | null,
) {
  return {
    id: setting.id,
    name: setting.name,
    kind: SETTING_KIND_WORDS[setting.kind],
    la: councilWords(setting.laCode, laName),
    phaseAndAges: `${PHASE_WORDS[setting.phase]}, ages ${setting.ageRange.low} to ${setting.ageRange.high}`,
    where: [setting.address.town, setting.address.postcode].filter(Boolean).join(', ') || null,
    urn: setting.urn,
    proposedToClose: setting.status === 'PROPOSED_TO_CLOSE',
    closed: setting.status === 'CLOSED',
    designations: setting.provisions
      .filter((p) => p.designation.length > 0)
      .map((p) => ({
        provision:
          p.kind === 'MAIN_ROLL'
            ? PROVISION_KIND_WORDS[p.kind]
            : `${PROVISION_KIND_WORDS[p.kind]}: ${p.name}`,
        needs: p.designation.map((n) => `${NEEDS[n].name} (${n})`).join(', '),
      })),
  };
}

/** A search result as a row; its designations come from the setting, where it could be read. */
export function searchRow(
  result: SearchResult,
  setting: Pick<Setting, 'provisions' | 'status' | 'address'> | null,
  laName: (code: string) => string | null,
) {
  return settingRow(
    {
      ...result,
      status: setting?.status ?? 'OPEN',
      address: setting?.address ?? { lines: [], town: result.town, postcode: result.postcode },
      provisions: setting?.provisions ?? [],
    },
    laName,
  );
}

export type RegisterRow = ReturnType<typeof settingRow>;
