// The one composition root: the services over their stores, for the API's Lambda, the pages' and
// the local runtime; and the scheduled jobs over theirs. Services never build a store; the Lambda
// entries and CLIs build their clients and call these.

import { type Config, DEFAULT_CAPACITY_REMINDER_DAYS, type ListsConfig } from './config.js';
import { createCapacityRemindersService } from './services/capacity-reminders-service.js';
import { randomIds } from './services/ids.js';
import { createJourneyService } from './services/journey-service.js';
import { createListsService } from './services/lists-service.js';
import { type Metrics, noMetrics } from './services/metrics.js';
import { runOverdue } from './services/overdue-job.js';
import { createRegisterMemory } from './services/register-memory.js';
import { createRegisterService } from './services/register-service.js';
import { type RetentionSweepResult, sweepRetention } from './services/retention-job.js';
import { createRetentionService } from './services/retention-service.js';
import { createSearchService, type FamilySearchLimit } from './services/search-service.js';
import { createSufficiencyService } from './services/sufficiency-service.js';
import { type CaseKeys, createCaseKeys, parseCaseKeyring } from './store/case-keys.js';
import { createDocumentClient, type DocumentClient } from './store/client.js';
import { createJobRunsStore } from './store/job-runs-store.js';
import { createJourneyStore } from './store/journey-store.js';
import { createListsStore } from './store/lists-store.js';
import { createOutboxStore, type OutboxStore } from './store/outbox-store.js';
import { createRegisterMemoryStore, type RegisterMemoryStore } from './store/register-memory-store.js';
import { createRegisterStore } from './store/register-store.js';
import { createReminderStore, type ReminderStore } from './store/reminder-store.js';
import { createRetentionStore } from './store/retention-store.js';
import type { RetryBudget } from './store/retry-budget.js';
import { createSearchStore } from './store/search-store.js';
import { createSessionStore } from './store/session-store.js';
import { createSufficiencyStore } from './store/sufficiency-store.js';

/** What composing the services needs of a handler's configuration (the API's and the pages'). */
type ServicesConfig = Pick<Config, 'tableName' | 'dynamodbEndpoint' | 'region' | 'lists' | 'caseKeys'> &
  Partial<Pick<Config, 'capacityReminderDays'>>;

export interface ServiceDeps {
  client: DocumentClient;
  tableName: string;
  caseKeys: CaseKeys;
  lists: ListsConfig;
  now: () => Date;
  /** CAPACITY_REMINDER_DAYS (default 21): figures older are stale. */
  capacityReminderDays?: number;
  /** Test seams (the local runtime's): never from the environment. */
  retry?: RetryBudget;
  familySearchLimit?: FamilySearchLimit;
  /** Business metrics (functions/services/metrics.ts): the Lambda entries' EMF adapter. @default noMetrics */
  metrics?: Metrics;
}

/** The services a request may use, over their stores: composed here once, for the Lambda and for tests. */
export function createServices(deps: ServiceDeps) {
  const { client, tableName, caseKeys, now } = deps;
  const metrics = deps.metrics ?? noMetrics;
  const retry = deps.retry ? { retry: deps.retry } : {};
  const registerStore = createRegisterStore({ client, tableName, ...retry });
  const listsStore = createListsStore({ client, tableName, caseKeys });
  const journeyStore = createJourneyStore({ client, tableName, caseKeys, ...retry });
  const register = createRegisterService({ store: registerStore, ids: randomIds, now, metrics });
  // Erasure, and removal of a case past its retention before a new list starts it afresh.
  const retention = createRetentionService({
    journey: journeyStore,
    lists: listsStore,
    register: registerStore,
    retention: createRetentionStore({ client, tableName, caseKeys }),
    now,
  });
  // Loaded on this instance's first list or sufficiency picture (never for a page that needs
  // neither), then kept current.
  const registerMemory = createRegisterMemory(createRegisterMemoryStore({ client, tableName }));
  const lists = createListsService({
    lists: listsStore,
    journey: journeyStore,
    register: registerMemory,
    now,
    config: deps.lists,
    clearGoneCase: retention.clearGoneCase,
    metrics,
  });
  const journey = createJourneyService({
    journey: journeyStore,
    lists: listsStore,
    register: registerStore,
    links: lists,
    now,
    metrics,
    ...(deps.lists.caseRetentionDays ? { retentionDays: deps.lists.caseRetentionDays } : {}),
  });
  const search = createSearchService({
    store: createSearchStore({ client, tableName }),
    links: lists,
    now,
    ...(deps.familySearchLimit ? { familyLimit: deps.familySearchLimit } : {}),
  });
  // Staff sessions signed out of the pages before their cookies expire (web/handler.ts checks them).
  const sessions = createSessionStore({ client, tableName });
  const reminders = createCapacityRemindersService({
    store: createReminderStore({ client, tableName }),
    now,
    days: deps.capacityReminderDays ?? DEFAULT_CAPACITY_REMINDER_DAYS,
  });
  const sufficiency = createSufficiencyService({
    store: createSufficiencyStore({ client, tableName }),
    lists: listsStore,
    register: registerMemory,
    now,
  });
  return { register, lists, journey, search, sessions, reminders, retention, sufficiency };
}

export type Services = ReturnType<typeof createServices>;

/**
 * The services from a handler's configuration, for the API's Lambda and the pages' alike: the
 * DynamoDB client and the case keyring (given inline locally; read from Secrets Manager by the
 * Lambda entry before this, and passed in) unless the caller lends its own.
 */
export function createServicesFromConfig(
  config: ServicesConfig,
  deps: Partial<Pick<ServiceDeps, 'client' | 'caseKeys' | 'retry' | 'familySearchLimit' | 'metrics'>> & {
    now: () => Date;
  },
): Services {
  return createServices({
    client: deps.client ?? tableClient(config),
    tableName: config.tableName,
    caseKeys: deps.caseKeys ?? inlineCaseKeys(config),
    lists: config.lists,
    now: deps.now,
    ...(config.capacityReminderDays ? { capacityReminderDays: config.capacityReminderDays } : {}),
    ...(deps.retry ? { retry: deps.retry } : {}),
    ...(deps.familySearchLimit ? { familySearchLimit: deps.familySearchLimit } : {}),
    ...(deps.metrics ? { metrics: deps.metrics } : {}),
  });
}

function inlineCaseKeys(config: ServicesConfig): CaseKeys {
  if (config.caseKeys.kind !== 'inline') {
    throw new Error('The case keyring is in Secrets Manager: read it first (loadCaseKeys) and pass it in.');
  }
  return createCaseKeys(parseCaseKeyring(config.caseKeys.json));
}

/** The table's client for a Lambda entry or CLI: one per container or process. */
export function tableClient(config: { region: string; dynamodbEndpoint?: string | null }): DocumentClient {
  return createDocumentClient({
    region: config.region,
    ...(config.dynamodbEndpoint ? { endpoint: config.dynamodbEndpoint } : {}),
  });
}

/** The register's snapshot and change items, for the snapshot writer (scheduled, and npm start's loop). */
export function registerMemoryStore(client: DocumentClient, tableName: string): RegisterMemoryStore {
  return createRegisterMemoryStore({ client, tableName });
}

/** The one-off filing of facts for lists made before they were kept (`npm run backfill:facts`). */
export function backfillListFacts(client: DocumentClient, tableName: string) {
  return createSufficiencyStore({ client, tableName }).backfillFacts;
}

/** The journey event outbox, for the stream forwarder, the re-send job and the local drain. */
export function outboxStore(client: DocumentClient, tableName: string): OutboxStore {
  return createOutboxStore({ client, tableName });
}

/** What the capacity reminder job reads and claims, and where it records its runs. */
export function reminderJobStores(
  client: DocumentClient,
  tableName: string,
): { reminders: ReminderStore; runs: ReturnType<typeof createJobRunsStore> } {
  return {
    reminders: createReminderStore({ client, tableName }),
    runs: createJobRunsStore({ client, tableName }),
  };
}

/**
 * The retention sweeper over its stores (EventBridge Scheduler → Lambda in AWS; tests with their
 * own clock). It needs the case keyring: a case's lists may sit under older keys of the ring.
 */
export function runRetentionSweep(deps: {
  client: DocumentClient;
  tableName: string;
  caseKeys: CaseKeys;
  now: () => Date;
  metrics?: Metrics;
}): Promise<RetentionSweepResult> {
  const { client, tableName, caseKeys, now } = deps;
  return sweepRetention({
    service: createRetentionService({
      journey: createJourneyStore({ client, tableName, caseKeys }),
      lists: createListsStore({ client, tableName, caseKeys }),
      register: createRegisterStore({ client, tableName }),
      retention: createRetentionStore({ client, tableName, caseKeys }),
      now,
    }),
    runs: createJobRunsStore({ client, tableName }),
    now,
    ...(deps.metrics ? { metrics: deps.metrics } : {}),
  });
}

/**
 * The overdue job over its stores (EventBridge Scheduler → Lambda in AWS; `npm run journey:overdue`
 * locally): it reads consultations only, so it needs no case keyring.
 */
export function runOverdueJob(deps: {
  client: DocumentClient;
  tableName: string;
  now: () => Date;
  metrics?: Metrics;
}): Promise<{ emitted: number }> {
  return runOverdue({
    outbox: createOutboxStore({ client: deps.client, tableName: deps.tableName }),
    journey: createJourneyStore({ client: deps.client, tableName: deps.tableName, caseKeys: null }),
    now: deps.now,
    ...(deps.metrics ? { metrics: deps.metrics } : {}),
  });
}
