import {
  decideReminder,
  latestSchoolStatementAt,
  type ReminderMessage,
  reminderWindow,
} from '../core/capacity-reminders.js';
import type { ReminderStore } from '../store/reminder-store.js';
import { secondsSince } from './metrics.js';

/**
 * The port through which capacity reminders leave OpenPlace: Amazon SES in AWS
 * (reminders/ses-mailer.ts), a git-ignored folder locally (reminders/folder-mailer.ts).
 */
export interface Mailer {
  /** Sends one message to all its recipients, or throws; resolves with the mail service's message id. */
  send(message: ReminderMessage): Promise<{ messageId: string }>;
}

/** Sends in flight at once: well under SES's default sending rate (14 a second in production). */
const SEND_CONCURRENCY = 4;

/** At most this many reminders a run; the rest are sent by the next run in the same window. */
export const MAX_SENDS_PER_RUN = 2_000;

export interface ReminderJobDeps {
  store: Pick<
    ReminderStore,
    'forEachRegisterPage' | 'claimReminder' | 'recordReminderSent' | 'releaseReminder'
  >;
  mailer: Mailer;
  now: () => Date;
  /** CAPACITY_REMINDER_DAYS: figures older are stale, and a setting is reminded once per window of this many days. */
  days: number;
  /** Where the settings' pages are (PUBLIC_BASE_URL): the link in each reminder. */
  publicBaseUrl: string;
  /** Write (to the mailer) without claiming: what a run would send, for a look locally. */
  dryRun?: boolean;
  maxSends?: number;
  log?: { warn(message: string, extra?: Record<string, unknown>): void };
}

export interface ReminderJobResult {
  window: number;
  dryRun: boolean;
  /** Settings read from the register. */
  settings: number;
  /** Open settings with at least one stale provision. */
  stale: number;
  /** Of those, the ones nobody is set to keep the figures of: not emailed. */
  skippedNoContacts: number;
  /** Reminders sent by this run (written to the folder, in a dry run). */
  sent: number;
  /** Due, but already claimed in this window (sent before, or by a run going on at the same time). */
  alreadyClaimed: number;
  /** Sends that failed: the claim is given back, so a later run in the window tries again. */
  failed: number;
  /** Left for the next run by MAX_SENDS_PER_RUN. */
  deferred: number;
  /** When any school last stated or confirmed its own figures (null: none ever did). */
  lastSchoolStatementAt: string | null;
}

/**
 * How long since any school stated or confirmed its own figures, for the alarm that says schools
 * have stopped keeping them. Until one has, it is measured from the job's first run: a brand-new
 * register is not yet stale, and one that no school has touched in 14 days of running is.
 */
export function secondsSinceSchoolUpdate(
  lastSchoolStatementAt: string | null,
  firstRunAt: string,
  now: Date,
): number {
  const from = Math.max(
    Date.parse(firstRunAt),
    lastSchoolStatementAt ? Date.parse(lastSchoolStatementAt) : 0,
  );
  return secondsSince(from, now);
}

/**
 * The scheduled capacity reminder job (EventBridge Scheduler → Lambda in AWS, daily; `npm run
 * reminders` locally). Reads the register partition page by page, decides in the core which
 * settings are due, and for each claims (setting, window) with a conditional write BEFORE sending,
 * so no setting is emailed twice in a window even when runs overlap or a run is delivered twice;
 * then sends through the mail port and records what was sent on the claim.
 */
export async function runCapacityReminders(deps: ReminderJobDeps): Promise<ReminderJobResult> {
  const now = deps.now();
  const window = reminderWindow(now, deps.days).index;
  const result: ReminderJobResult = {
    window,
    dryRun: deps.dryRun ?? false,
    settings: 0,
    stale: 0,
    skippedNoContacts: 0,
    sent: 0,
    alreadyClaimed: 0,
    failed: 0,
    deferred: 0,
    lastSchoolStatementAt: null,
  };
  const due: ReminderMessage[] = [];
  await deps.store.forEachRegisterPage(null, (settings) => {
    result.lastSchoolStatementAt = latestSchoolStatementAt(settings, result.lastSchoolStatementAt);
    for (const setting of settings) {
      result.settings += 1;
      const decision = decideReminder(setting, { now, days: deps.days, publicBaseUrl: deps.publicBaseUrl });
      if (decision.action === 'fresh') continue;
      result.stale += 1;
      if (decision.action === 'no-contacts') result.skippedNoContacts += 1;
      else due.push(decision.message);
    }
  });
  const limit = deps.maxSends ?? MAX_SENDS_PER_RUN;
  const sending = due.slice(0, limit);
  result.deferred = due.length - sending.length;
  await inParallel(sending, SEND_CONCURRENCY, async (message) => {
    const outcome = await remind(message);
    result[outcome] += 1;
  });
  return result;

  async function remind(message: ReminderMessage): Promise<'sent' | 'alreadyClaimed' | 'failed'> {
    if (deps.dryRun) {
      await deps.mailer.send(message);
      return 'sent';
    }
    const claimedAt = deps.now().toISOString();
    const claimed = await deps.store.claimReminder({
      settingId: message.settingId,
      laCode: message.laCode,
      window: message.window,
      claimedAt,
    });
    if (!claimed) return 'alreadyClaimed';
    let messageId: string;
    try {
      ({ messageId } = await deps.mailer.send(message));
    } catch (error) {
      deps.log?.warn('Capacity reminder not sent: claim given back', {
        settingId: message.settingId,
        window: message.window,
        error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      });
      await deps.store.releaseReminder(message.settingId, message.window, claimedAt);
      return 'failed';
    }
    // Sent: the claim stays whatever happens next, so it is never sent twice in the window.
    await deps.store.recordReminderSent(message.settingId, message.window, {
      sentAt: deps.now().toISOString(),
      recipients: message.to.length,
      messageId,
    });
    return 'sent';
  }
}

async function inParallel<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) {
        const item = items[next++] as T;
        await work(item);
      }
    }),
  );
}
