import { dateInWords } from '../../../functions/core/journey/dates.js';
import { needsGrounds } from '../../../functions/core/journey/decision.js';
import { DRAFT_PLAN_KINDS, REFUSAL_GROUNDS } from '../../../functions/core/journey/model.js';
import { GROUND_TEXT } from '../../../functions/core/journey/texts.js';
import type { ConsultationView } from '../../../functions/core/journey/view.js';
import type { FamilyChoice, TailoredList } from '../../../functions/core/lists/model.js';
import { PLACEMENT_TYPES } from '../../../functions/core/lists/model.js';
import type { SearchResult } from '../../../functions/core/search.js';
import {
  DRAFT_PLAN_KIND_WORDS,
  GROUND_REFERENCE,
  PLACEMENT_TYPE_WORDS,
  RANGE_KIND_WORDS,
  SETTING_KIND_WORDS,
} from '../../../functions/core/words.js';
import type { FormError } from '../forms.js';

// The officer's case forms (a draft plan sent, a consultation, its withdrawal, the decision): each
// one's fields read into the journey service's input, and the settings each offers to pick. The
// service validates, by the core's rules; its refusals are worded by case-form-errors.ts.

/** What a form was sent with: first values, and every value of the repeated fields (checkboxes). */
export interface FormFields {
  get(name: string): string;
  all(name: string): string[];
}

/**
 * A GOV.UK date input's three boxes as "YYYY-MM-DD". Anything that is not a plausible date is
 * passed on as typed (or empty), so the service refuses it on its own field.
 */
export function dateFromParts(day: string, month: string, year: string): string {
  const [d, m, y] = [day.trim(), month.trim(), year.trim()];
  if (!d && !m && !y) return '';
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return `${y}-${m}-${d}`;
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** The draft-plan form: its date boxes (`sentOn-day` …), the kind of plan, and the letter's date if given. */
export function draftPlanFields(f: FormFields): {
  sentOn: string;
  kind: string;
  requestWindowEndsOn: string | null;
} {
  const windowEnds = dateFromParts(
    f.get('requestWindowEndsOn-day'),
    f.get('requestWindowEndsOn-month'),
    f.get('requestWindowEndsOn-year'),
  );
  return {
    sentOn: dateFromParts(f.get('sentOn-day'), f.get('sentOn-month'), f.get('sentOn-year')),
    kind: f.get('kind'),
    requestWindowEndsOn: windowEnds || null,
  };
}

export const DRAFT_PLAN_KIND_OPTIONS = DRAFT_PLAN_KINDS.map((k) => ({
  value: k,
  text: DRAFT_PLAN_KIND_WORDS[k],
}));

/** A consult option's value: the setting, and the provision when the council asks about that one. */
export function settingOptionValue(settingId: string, provisionId: string | null): string {
  return provisionId ? `${settingId}|${provisionId}` : settingId;
}

export function parseSettingOption(value: string): { settingId: string; provisionId: string | null } {
  const at = value.indexOf('|');
  return at < 0
    ? { settingId: value.trim(), provisionId: null }
    : { settingId: value.slice(0, at), provisionId: value.slice(at + 1) || null };
}

/** The consult form's field for which provision of a setting is asked about ('' for the setting as a whole). */
export const provisionField = (settingId: string) => `provision-${settingId}`;

/** The consult form as startConsultation takes it. */
export function consultationInput(laCode: string, caseReference: string, f: FormFields) {
  const chosen = parseSettingOption(f.get('setting'));
  const { settingId } = chosen;
  const provisionId = chosen.provisionId ?? (f.get(provisionField(settingId)).trim() || null);
  const phone = f.get('contactPhone').trim();
  return {
    caseReference,
    laCode,
    settingId,
    provisionId,
    message: f.get('message'),
    contact: { name: f.get('contactName'), email: f.get('contactEmail'), phone: phone || null },
  };
}

export interface SettingOption {
  value: string;
  text: string;
  hint: string;
  /** Its provisions the officer may ask about instead of the setting as a whole (from the list's entries). */
  provisions: { value: string; text: string }[];
}

/**
 * The settings an officer may pick in a form: the family's choices on the register first, then the
 * latest list's entries, then what a search found; each once, with why it is offered.
 */
export function settingOptions(input: {
  choices: readonly FamilyChoice[];
  latest: Pick<TailoredList, 'entries' | 'version'> | null;
  searched: readonly SearchResult[];
  consulting: readonly ConsultationView[];
  laName: (code: string) => string | null;
}): SettingOption[] {
  // One option per setting (a setting is consulted once at a time, whichever provision is asked
  // about); a provision the list named is a choice within it.
  const options = new Map<string, SettingOption>();
  const open = new Map(
    input.consulting
      .filter((c) => c.status !== 'WITHDRAWN' && !c.decisionRecorded)
      .map((c) => [c.setting.id, c]),
  );
  const add = (settingId: string, text: string, hint: string) => {
    const known = options.get(settingId);
    if (known) return known;
    const already = open.get(settingId);
    const option: SettingOption = {
      value: settingId,
      text,
      hint: already ? `${hint} Being consulted since ${dateInWords(already.sentOn)}.` : hint,
      provisions: [],
    };
    options.set(settingId, option);
    return option;
  };
  for (const c of input.choices) {
    if (!c.settingId) continue;
    add(c.settingId, c.name, `The family’s choice ${c.rank}.`);
  }
  for (const e of input.latest?.entries ?? []) {
    const la = input.laName(e.setting.laCode) ?? `LA ${e.setting.laCode}`;
    const option = add(
      e.setting.id,
      e.setting.name,
      `Entry ${e.rank} of list version ${input.latest?.version}. ${RANGE_KIND_WORDS[e.rangeKind]}, ${la}.`,
    );
    const p = e.provision;
    if (p.kind !== 'MAIN_ROLL' && !option.provisions.some((o) => o.value === p.id)) {
      option.provisions.push({ value: p.id, text: p.name });
    }
  }
  for (const r of input.searched) {
    const la = input.laName(r.laCode) ?? `LA ${r.laCode}`;
    add(
      r.id,
      r.name,
      `Found by your search. ${SETTING_KIND_WORDS[r.kind]}, ${[r.town, la].filter(Boolean).join(', ')}.`,
    );
  }
  return [...options.values()];
}

/** Named in the decision form: a choice, a setting on the register, one off it, or a type. */
export interface NamedOption {
  value: string;
  text: string;
  hint: string;
}

/** The decision's "what is named" radios (other than "not on the register" and "a type of setting"). */
export function namedOptions(input: {
  choices: readonly FamilyChoice[];
  latest: Pick<TailoredList, 'entries' | 'version'> | null;
  searched: readonly SearchResult[];
  laName: (code: string) => string | null;
}): NamedOption[] {
  const options: NamedOption[] = input.choices.map((c) => ({
    value: `choice:${c.id}`,
    text: c.name,
    hint: `The family’s choice ${c.rank}${c.onRegister ? '' : ' (not on the register)'}.`,
  }));
  const seen = new Set(input.choices.flatMap((c) => (c.settingId ? [c.settingId] : [])));
  for (const e of input.latest?.entries ?? []) {
    if (seen.has(e.setting.id)) continue;
    seen.add(e.setting.id);
    options.push({
      value: `setting:${e.setting.id}`,
      text: e.setting.name,
      hint: `Entry ${e.rank} of list version ${input.latest?.version}. ${RANGE_KIND_WORDS[e.rangeKind]}.`,
    });
  }
  for (const r of input.searched) {
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    const la = input.laName(r.laCode) ?? `LA ${r.laCode}`;
    options.push({
      value: `setting:${r.id}`,
      text: r.name,
      hint: `Found by your search. ${SETTING_KIND_WORDS[r.kind]}, ${la}.`,
    });
  }
  return options;
}

export const PLACEMENT_TYPE_OPTIONS = PLACEMENT_TYPES.map((t) => ({
  value: t,
  text: PLACEMENT_TYPE_WORDS[t],
}));

export const GROUND_OPTIONS = REFUSAL_GROUNDS.map((g) => ({
  value: g,
  text: GROUND_TEXT[g],
  hint: GROUND_REFERENCE[g],
}));

/**
 * The decision form as recordPlacementDecision takes it, and which family choice each refusal is
 * for (a refusal's issues name it by index). Every current choice not named gets a refusal, filled
 * or not, so a missing ground or explanation is refused on that choice's own field.
 */
export function decisionInput(
  laCode: string,
  caseReference: string,
  choices: readonly FamilyChoice[],
  f: FormFields,
  supersedes: string | null,
): { input: Record<string, unknown>; refusalChoiceIds: string[] } {
  const named = f.get('named');
  const blank = (v: string) => (v.trim() ? v.trim() : null);
  let namedInput: Record<string, unknown> = {};
  let namedChoiceId: string | null = null;
  let namedSettingId: string | null = null;
  if (named.startsWith('choice:')) {
    const choice = choices.find((c) => c.id === named.slice('choice:'.length));
    if (choice) {
      namedChoiceId = choice.id;
      namedSettingId = choice.settingId;
      namedInput = choice.settingId
        ? { settingId: choice.settingId, familyChoiceId: choice.id }
        : {
            offRegister: {
              name: choice.name,
              town: choice.town,
              postcode: choice.postcode,
              laCode: choice.laCode,
              urn: choice.urn,
              website: choice.website,
            },
            familyChoiceId: choice.id,
          };
    }
  } else if (named.startsWith('setting:')) {
    namedSettingId = named.slice('setting:'.length);
    namedInput = { settingId: namedSettingId };
  } else if (named === 'off-register') {
    namedInput = {
      offRegister: {
        name: f.get('offName'),
        town: blank(f.get('offTown')),
        postcode: blank(f.get('offPostcode')),
        urn: blank(f.get('offUrn')),
      },
    };
  } else if (named === 'type') {
    namedInput = {
      typeOfSetting: blank(f.get('typeOfSetting')),
      typeDescription: blank(f.get('typeDescription')),
    };
  }
  const namedChoice =
    choices.find((c) => c.id === namedChoiceId) ??
    (namedSettingId ? choices.find((c) => c.settingId === namedSettingId) : undefined) ??
    null;
  // Grounds are sent for the choices s.39 needs them for (blank ones are refused on their own
  // fields), and for any other the officer filled in, so the service refuses those rather than the
  // page dropping what was typed.
  const filled = (c: FamilyChoice) =>
    f.all(`grounds-${c.id}`).length > 0 || f.get(`explanation-${c.id}`).trim() !== '';
  const refused = choices.filter(
    (c) => c.id !== namedChoice?.id && (needsGrounds(c, namedChoice?.rank ?? null) || filled(c)),
  );
  const input: Record<string, unknown> = {
    caseReference,
    laCode,
    decidedOn: dateFromParts(f.get('decidedOn-day'), f.get('decidedOn-month'), f.get('decidedOn-year')),
    named: namedInput,
    refusals: refused.map((c) => ({
      choiceId: c.id,
      grounds: f.all(`grounds-${c.id}`),
      explanation: f.get(`explanation-${c.id}`),
    })),
    familyOrder: f.get('familyOrder') ? f.get('familyOrder').split(',') : [],
  };
  if (supersedes) {
    input.supersedes = supersedes;
    input.correctionReason = f.get('correctionReason');
  }
  return { input, refusalChoiceIds: refused.map((c) => c.id) };
}

/** The officer confirms the family's order on the decision form: the grounds asked depend on it (s.39). */
export function orderNotConfirmed(choices: readonly FamilyChoice[], f: FormFields): FormError | null {
  return choices.length > 0 && f.get('confirmOrder') !== 'yes'
    ? { inputId: 'confirmOrder', text: 'Confirm that these are the family’s preferences in order' }
    : null;
}
