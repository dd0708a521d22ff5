import type { AvailabilityState } from '../core/sufficiency/facts.js';

// The services' metrics port: what the service is for, counted as business events. The services
// record through this narrow shape; the Lambda entries give them an adapter that writes CloudWatch
// embedded metric format (functions/metrics/emf-metrics.ts) and flush it once per invocation. The
// default records nothing, so tests and the local runtime need no metrics at all.

/** Counts of business events, each recorded as a total and, separately, by each dimension given. */
export const COUNT_METRICS = [
  /** A list generated (dimensions LaCode, PrimaryNeed). */
  'ListsGenerated',
  /** Entries on generated lists, by capacity status (dimension CapacityStatus). */
  'ListEntries',
  /** All entries on generated lists: the denominator of the UNCONFIRMED share. */
  'ListedEntries',
  /** Entries on generated lists whose capacity is UNCONFIRMED: the numerator of that share. */
  'UnconfirmedListedEntries',
  /** 1 for a list with no AVAILABLE entry, 0 otherwise: its average is the share of such lists. */
  'ListsWithNoAvailableEntry',
  /**
   * A list by what it knew of free specialist places within reach (core/sufficiency/facts.ts), one
   * metric per state: a fresh free place, none free among fresh figures (dimension PrimaryNeed), or
   * unknown (dimension PrimaryNeed). Never a district.
   */
  'ListsFreePlaceKnown',
  'ListsNoneFree',
  'ListsAvailabilityUnknown',
  /** Capacity figures stated (dimension Source: SETTING for a school's staff, LA for an officer). */
  'CapacityStatements',
  /** Capacity figures confirmed still correct (dimension Source). */
  'CapacityConfirmations',
  /** A family's list opened through its link (the API's familyList, the family's page). */
  'FamilyPagesOpened',
  /** A family link that opened nothing: wrong, expired or withdrawn (also when refused for too many). */
  'FailedLinkGuesses',
  /** Consultations sent to settings (dimension LaCode: the child's LA). */
  'ConsultationsStarted',
  /** Consultations answered for the first time (dimension LaCode: the child's LA). */
  'ConsultationsAnswered',
  /** Consultations the overdue job found unanswered after their due date. */
  'ConsultationsOverdue',
  /** Journey events the outbox re-send job published after the stream forwarder had not. */
  'OutboxEventsResent',
  /** Journey events the re-send job gave up on after its last attempt: they wait for a person. */
  'OutboxEventsGivenUp',
] as const;

/**
 * The scheduled jobs. Each records `<Job>Succeeded` (1 per completed run) and `<Job>Failed` (the
 * items it could not do, or 1 for a run that failed outright), since a job that catches its
 * items' failures returns normally and Lambda's own Errors metric stays at 0.
 */
export const SCHEDULED_JOBS = [
  'OverdueJob',
  'CapacityReminders',
  'RetentionSweep',
  'OutboxResend',
  'RegisterSnapshot',
] as const;
export type ScheduledJob = (typeof SCHEDULED_JOBS)[number];
export type JobMetric = `${ScheduledJob}Succeeded` | `${ScheduledJob}Failed`;

export type CountMetric = (typeof COUNT_METRICS)[number] | JobMetric;

/** The dashboard's count of each availability state (one source for the lists and the dashboard). */
export const AVAILABILITY_METRIC: Readonly<Record<AvailabilityState, CountMetric>> = {
  FREE_PLACE_KNOWN: 'ListsFreePlaceKnown',
  NONE_FREE: 'ListsNoneFree',
  UNKNOWN: 'ListsAvailabilityUnknown',
};

/** Measurements taken by the scheduled job (not events): alarms read their Maximum. */
export const GAUGE_METRICS = [
  /** Age of the oldest journey event still in the outbox (0 when it is empty), in seconds. */
  'OutboxOldestAgeSeconds',
  /** Time since any school last stated or confirmed its own figures, measured daily by the reminder job. */
  'SecondsSinceSchoolCapacityUpdate',
  /** Time since the retention sweeper last completed a sweep (0 when this run completed one). */
  'SecondsSinceRetentionSweep',
] as const;
export type GaugeMetric = (typeof GAUGE_METRICS)[number];

/** The few dimensions there are: each kept small, and never combined with another. */
export const METRIC_DIMENSIONS = ['LaCode', 'PrimaryNeed', 'CapacityStatus', 'Source'] as const;
export type MetricDimension = (typeof METRIC_DIMENSIONS)[number];
export type MetricDimensions = Readonly<Partial<Record<MetricDimension, string>>>;

export interface Metrics {
  /**
   * Adds `value` to the count `name`: to its total, and to the count under each dimension given,
   * one dimension at a time (by LA, and by primary need — never by LA and primary need together,
   * which would multiply the metrics CloudWatch keeps).
   */
  count(name: CountMetric, value: number, dimensions?: MetricDimensions): void;
  /** Records a measurement in seconds. */
  gaugeSeconds(name: GaugeMetric, seconds: number): void;
}

/** Whole seconds from `fromMs` (epoch milliseconds) to `now`, never negative: what a gauge records. */
export function secondsSince(fromMs: number, now: Date): number {
  return Math.max(0, Math.round((now.getTime() - fromMs) / 1000));
}

/** Records nothing: the default of every service. */
export const noMetrics: Metrics = {
  count() {},
  gaugeSeconds() {},
};
