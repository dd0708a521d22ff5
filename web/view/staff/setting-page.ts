import { capacityContactsOf } from '../../../functions/core/capacity-contacts.js';
import { CONFIRMABLE_SOURCES } from '../../../functions/core/capacity-input.js';
import { capacityViewOf, pendingConsultationsOf } from '../../../functions/core/capacity-view.js';
import type { FieldIssue } from '../../../functions/core/errors.js';
import { freshUntil, lastConfirmedAtOf } from '../../../functions/core/lists/capacity-status.js';
import type {
  AgeRange,
  Capacity,
  CapacitySource,
  CapacityView,
  Provision,
  Setting,
} from '../../../functions/core/model.js';
import {
  AP_TIER_WORDS,
  PROVISION_KIND_WORDS,
  SECTOR_WORDS,
  SETTING_KIND_WORDS,
  SOURCE_WORDS,
  STATUS_WORDS,
} from '../../../functions/core/words.js';
import { instantInWords } from '../format.js';
import { oneSentence, refusalText } from '../refusal-text.js';
import { countWords, needWords, yearWords } from './words.js';

// A setting's page as plain data for its template: its details, and each provision's figures with
// how fresh lists count them. Pure: the clock, the freshness window and what the caller may do are
// passed in. The change-figures form is figures-form.ts's; the capacity history capacity-history.ts's.

const DONE_WORDS: Readonly<Record<string, string>> = {
  confirmed: 'You confirmed the figures are still correct.',
  stated: 'The new figures are saved.',
  added: 'The setting is on the register. Give its places below.',
  changed: 'The setting’s details are saved.',
  contacts: 'Who keeps these figures is saved.',
};

/** How fresh figures are, and until when lists count them as fresh (the lists' own rule). */
export function freshnessModel(capacity: Capacity, now: Date, freshDays: number) {
  const live = (CONFIRMABLE_SOURCES as readonly CapacitySource[]).includes(capacity.source);
  const last = lastConfirmedAtOf(capacity);
  const until = freshUntil(capacity, freshDays);
  const fresh = live && now.getTime() <= Date.parse(until);
  const confirmedLater = last !== capacity.updatedAt;
  const lastText = confirmedLater
    ? `Stated on ${instantInWords(capacity.updatedAt)}. Confirmed as still correct on ${instantInWords(last)}.`
    : `${live ? 'Stated' : 'Imported'} on ${instantInWords(capacity.updatedAt)}.`;
  let listText: string;
  if (!live) {
    listText =
      'Lists show these figures as not confirmed, however recent they are, because they did not come from the setting or the council.';
  } else if (fresh) {
    listText = `Lists count them as up to date until ${instantInWords(until)} (${freshDays} days after they were last stated or confirmed). After that, lists show them as not confirmed.`;
  } else {
    listText = `Lists stopped counting them as up to date on ${instantInWords(until)}, ${freshDays} days after they were last stated or confirmed: lists show them as not confirmed. Confirm them or change them.`;
  }
  return { lastText, listText, fresh, live, freshUntil: until };
}

export interface SettingPageInput {
  setting: Setting;
  laName: string | null;
  now: Date;
  /** The lists' freshness window (LIST_CAPACITY_FRESH_DAYS). */
  freshDays: number;
  /** Whether the caller may change this setting's figures (core/access.ts). */
  canUpdate: boolean;
  /** Whether the caller may read its capacity history (core/access.ts). */
  canReadHistory: boolean;
  /** Whether the caller may change its details (core/access.ts): offers "Change details". */
  canManage?: boolean;
  /** What the last form did (?done=…). */
  done?: string | null;
  /** A refused confirmation, shown in the error summary and by its provision. */
  problem?: { provisionId: string; text: string } | null;
}

function ageRangeWords(range: AgeRange): string {
  return `${range.low} to ${range.high}`;
}

/** A setting's page as plain data. */
export function settingPageModel(input: SettingPageInput) {
  const { setting, now, freshDays, canUpdate, canReadHistory } = input;
  const base = `/settings/${encodeURIComponent(setting.id)}`;
  const provisions = setting.provisions.map((p) =>
    provisionModel(p, { base, now, freshDays, canUpdate, canReadHistory }),
  );
  const problem = input.problem
    ? { ...input.problem, inputId: `provision-${input.problem.provisionId}` }
    : null;
  const address = [...setting.address.lines, setting.address.town, setting.address.postcode].filter(
    (line): line is string => Boolean(line),
  );
  return {
    id: setting.id,
    name: setting.name,
    kind: SETTING_KIND_WORDS[setting.kind],
    sector: SECTOR_WORDS[setting.sector],
    section41Approved: setting.section41Approved,
    ages: ageRangeWords(setting.ageRange),
    la: input.laName ? `${input.laName} (${setting.laCode})` : setting.laCode,
    address,
    urn: setting.urn,
    status: STATUS_WORDS[setting.status],
    sourceNotes: setting.sourceNotes,
    provisions,
    readOnly: !canUpdate,
    editPath: input.canManage ? `${base}/edit` : null,
    /** Who keeps its figures: shown to those who may change them (the same rule as the contacts'). */
    contactsPath: canUpdate ? `${base}/contacts` : null,
    contactNames: canUpdate ? capacityContactsOf(setting).map((c) => c.name) : [],
    done: DONE_WORDS[input.done ?? ''] ?? null,
    problem,
    freshDays,
  };
}

export type SettingPageModel = ReturnType<typeof settingPageModel>;

function provisionModel(
  p: Provision,
  ctx: { base: string; now: Date; freshDays: number; canUpdate: boolean; canReadHistory: boolean },
) {
  const view = capacityViewOf(p);
  const path = `${ctx.base}/provisions/${encodeURIComponent(p.id)}`;
  const figures = view ? figuresModel(view) : null;
  const freshness = view ? freshnessModel(view, ctx.now, ctx.freshDays) : null;
  const confirmable =
    view !== null && (CONFIRMABLE_SOURCES as readonly CapacitySource[]).includes(view.source);
  return {
    id: p.id,
    anchor: `provision-${p.id}`,
    name: p.name,
    kind: PROVISION_KIND_WORDS[p.kind],
    designation: p.designation.map((code) => needWords(code)),
    apTiers: p.apTiers.map((t) => AP_TIER_WORDS[t]),
    ages: p.ageRange ? ageRangeWords(p.ageRange) : null,
    figures,
    source: view ? SOURCE_WORDS[view.source] : null,
    freshness,
    version: p.capacityVersion,
    canConfirm: ctx.canUpdate && confirmable,
    canChange: ctx.canUpdate,
    /** Why there is no confirm button, when the caller could otherwise confirm. */
    notConfirmableText:
      ctx.canUpdate && view !== null && !confirmable
        ? 'These figures did not come from the setting or the council, so they cannot be confirmed as still correct. Give your own figures with “Change figures”.'
        : null,
    confirmPath: `${path}/confirm`,
    figuresPath: `${path}/figures`,
    historyPath: ctx.canReadHistory ? `${path}/history` : null,
  };
}

/** The figures as people read them: counts, free places by year, requests under way. */
export function figuresModel(view: CapacityView) {
  const pending = pendingConsultationsOf(view);
  return {
    places: view.places,
    onRoll: view.onRoll,
    vacancies: view.vacancies,
    overNumber: view.onRoll > view.places,
    byYear: view.vacanciesByYear.map((y) => ({
      year: yearWords(y.year),
      vacancies: countWords(y.vacancies, 'place', 'places'),
    })),
    pendingOutside: pending.outside,
    pendingInOpenPlace: pending.inOpenPlace,
    pendingTotal: pending.total,
    pendingText:
      pending.total === 0
        ? 'None'
        : `${countWords(pending.total, 'request', 'requests')}: ${pending.outside.toLocaleString('en-GB')} outside OpenPlace, as stated, and ${pending.inOpenPlace.toLocaleString('en-GB')} in OpenPlace, counted by OpenPlace`,
    note: view.note,
  };
}

/** The confirm button's hidden fields (a provision, the version shown): any refusal of them means the page was out of date. */
const CONFIRM = oneSentence('The page', 'This page was out of date. Check the figures and try again.');

/** What the setting's page says by a provision whose "still correct" the service refused. */
export function confirmRefusalText(issue: FieldIssue): string {
  return refusalText(issue, CONFIRM);
}
