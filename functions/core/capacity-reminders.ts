import { capacityContactsOf } from './capacity-contacts.js';
import { dateInWords, londonDate } from './journey/dates.js';
import { lastConfirmedAtOf } from './lists/capacity-status.js';
import type { CapacityContact, Provision, Setting } from './model.js';

// Keeping capacity live: which settings' figures are stale, which are due a reminder in this
// window, and what the reminder says. Pure: the job (functions/services/capacity-reminder-job.ts)
// reads the register, claims each send, and sends through the mail port.

const DAY_MS = 24 * 60 * 60 * 1000;

/** A provision whose figures are stale, and when they were last stated or confirmed (null: never). */
export interface StaleProvision {
  provision: Provision;
  lastStatedAt: string | null;
}

export interface SettingStaleness {
  staleProvisions: StaleProvision[];
  /** The oldest of its stale provisions' lastStatedAt; null if any of them was never stated. */
  lastStatedAt: string | null;
}

/** What was recorded of a setting's reminder in one window (the claim item). */
export interface ReminderRecord {
  settingId: string;
  window: number;
  claimedAt: string;
  /** Null while claimed and not (yet) sent: a run stopped between its claim and its send. */
  sentAt: string | null;
  recipients: number | null;
  messageId: string | null;
}

/** A stale setting as staleCapacity shows it. */
export interface StaleSettingView extends SettingStaleness {
  setting: Setting;
  /** Its last reminder that was sent, if any is still on record. */
  lastReminder: ReminderRecord | null;
  /** Whether anyone is set to keep its figures (without, no reminder can be sent). */
  hasCapacityContacts: boolean;
}

/**
 * When a provision's figures were last stated or confirmed by the setting or its LA: the later of
 * the two (lists judge freshness on the same). GIAS and SYNTHETIC figures, or none, were never stated.
 */
export function lastStatedAtOf(provision: Pick<Provision, 'capacity'>): string | null {
  const capacity = provision.capacity;
  if (!capacity || (capacity.source !== 'SETTING' && capacity.source !== 'LA')) return null;
  return lastConfirmedAtOf(capacity);
}

/**
 * The setting's provisions whose figures were not stated or confirmed for `days` days (or never),
 * or null when there are none — or the setting is closed (nobody places children there).
 */
export function stalenessOf(setting: Setting, now: Date, days: number): SettingStaleness | null {
  if (setting.status === 'CLOSED') return null;
  const cutoff = now.getTime() - days * DAY_MS;
  const staleProvisions = setting.provisions
    .map((provision) => ({ provision, lastStatedAt: lastStatedAtOf(provision) }))
    .filter((p) => p.lastStatedAt === null || Date.parse(p.lastStatedAt) <= cutoff);
  if (staleProvisions.length === 0) return null;
  const dates = staleProvisions.map((p) => p.lastStatedAt);
  const lastStatedAt = dates.includes(null) ? null : ([...(dates as string[])].sort()[0] ?? null);
  return { staleProvisions, lastStatedAt };
}

/**
 * The window of `days` days that `now` falls in, counted from the Unix epoch: a setting is sent at
 * most one reminder per window, claimed under its index.
 */
export function reminderWindow(now: Date, days: number): { index: number; startsAt: string; endsAt: string } {
  const length = days * DAY_MS;
  const index = Math.floor(now.getTime() / length);
  return {
    index,
    startsAt: new Date(index * length).toISOString(),
    endsAt: new Date((index + 1) * length).toISOString(),
  };
}

export interface ReminderMessage {
  settingId: string;
  laCode: string;
  window: number;
  to: string[];
  subject: string;
  text: string;
}

export type ReminderDecision =
  | { action: 'remind'; message: ReminderMessage }
  /** Stale, but nobody is set to keep its figures: counted, never sent. */
  | { action: 'no-contacts'; settingId: string }
  | { action: 'fresh'; settingId: string };

/** What a run does for one setting of the register: remind its contacts, or not, and why. */
export function decideReminder(
  setting: Setting,
  args: { now: Date; days: number; publicBaseUrl: string },
): ReminderDecision {
  const staleness = stalenessOf(setting, args.now, args.days);
  if (!staleness) return { action: 'fresh', settingId: setting.id };
  const contacts = capacityContactsOf(setting);
  if (contacts.length === 0) return { action: 'no-contacts', settingId: setting.id };
  return {
    action: 'remind',
    message: reminderMessage({
      setting,
      staleness,
      contacts,
      window: reminderWindow(args.now, args.days).index,
      days: args.days,
      pageUrl: settingPageUrl(args.publicBaseUrl, setting.id),
    }),
  };
}

/** The setting's own page, where its staff update or confirm its figures. */
export function settingPageUrl(publicBaseUrl: string, settingId: string): string {
  return `${publicBaseUrl.replace(/\/+$/, '')}/settings/${encodeURIComponent(settingId)}`;
}

/** The reminder's text: plain English, most important thing first, one link. */
export function reminderMessage(args: {
  setting: Pick<Setting, 'id' | 'name' | 'laCode'>;
  staleness: SettingStaleness;
  contacts: readonly CapacityContact[];
  window: number;
  days: number;
  pageUrl: string;
}): ReminderMessage {
  const { setting, staleness, pageUrl, days } = args;
  const lines = staleness.staleProvisions.map(
    ({ provision, lastStatedAt }) =>
      `- ${provision.name}: ${
        lastStatedAt === null
          ? 'no figures given yet'
          : `last updated or confirmed on ${dateInWords(londonDate(new Date(lastStatedAt)))}`
      }`,
  );
  const text = [
    'Hello,',
    '',
    `Please check the places and vacancies OpenPlace shows for ${setting.name}. Councils see them when they suggest schools to families of children with special educational needs and disabilities.`,
    '',
    `These have not been updated or confirmed for ${days} days or more:`,
    ...lines,
    '',
    'Update them, or confirm they are still correct, on your page:',
    pageUrl,
    '',
    'It takes about a minute. If nothing has changed, choose "These figures are still correct".',
    '',
    `You get this email because you are named as someone who keeps these figures up to date. Staff of ${setting.name} or its council can change who gets it on the same page.`,
    '',
    'OpenPlace',
  ].join('\n');
  return {
    settingId: setting.id,
    laCode: setting.laCode,
    window: args.window,
    to: args.contacts.map((c) => c.email),
    subject: `Please check your places and vacancies: ${setting.name}`,
    text,
  };
}

/**
 * When a school last stated or confirmed figures of its own (source SETTING), across these
 * settings: the latest, or null if none ever did. The reminder job reports how long ago that was,
 * so an alarm can say no school has updated its figures for 14 days.
 */
export function latestSchoolStatementAt(settings: readonly Setting[], since: string | null): string | null {
  let latest = since;
  for (const setting of settings) {
    for (const provision of setting.provisions) {
      if (provision.capacity?.source !== 'SETTING') continue;
      const at = lastStatedAtOf(provision);
      if (at && (latest === null || at > latest)) latest = at;
    }
  }
  return latest;
}
