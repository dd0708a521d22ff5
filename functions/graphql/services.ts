import type { Config } from '../config.js';

/** What composing the services needs of a handler's configuration (the API's and the pages'). */
type ServicesConfig = Pick<Config, 'tableName' | 'dynamodbEndpoint' | 'region' | 'lists' | 'caseKeys'>;

import { randomIds } from '../services/ids.js';
import { createJourneyService } from '../services/journey-service.js';
import type { ListsConfig } from '../services/lists-service.js';
import { createListsService } from '../services/lists-service.js';
import { createRegisterService } from '../services/register-service.js';
import { createSearchService, type FamilySearchLimit } from '../services/search-service.js';
import { type CaseKeys, createCaseKeys, parseCaseKeyring } from '../store/case-keys.js';
import { createDocumentClient, type DocumentClient } from '../store/client.js';
import { createJourneyStore } from '../store/journey-store.js';
import { createListsStore } from '../store/lists-store.js';
import { createRegisterStore } from '../store/register-store.js';
import type { RetryBudget } from '../store/retry-budget.js';
import { createSearchStore } from '../store/search-store.js';
import { createSessionStore } from '../store/session-store.js';

export interface ServiceDeps {
  client: DocumentClient;
  tableName: string;
  caseKeys: CaseKeys;
  lists: ListsConfig;
  now: () => Date;
  /** Test seams (the local runtime's): never from the environment. */
  retry?: RetryBudget;
  familySearchLimit?: FamilySearchLimit;
}

/** The services a request may use, over their stores: composed here once, for the Lambda and for tests. */
export function createServices(deps: ServiceDeps) {
  const { client, tableName, caseKeys, now } = deps;
  const retry = deps.retry ? { retry: deps.retry } : {};
  const registerStore = createRegisterStore({ client, tableName, ...retry });
  const listsStore = createListsStore({ client, tableName, caseKeys });
  const journeyStore = createJourneyStore({ client, tableName, caseKeys, ...retry });
  const register = createRegisterService({ store: registerStore, ids: randomIds, now });
  const lists = createListsService({ lists: listsStore, journey: journeyStore, now, config: deps.lists });
  const journey = createJourneyService({
    journey: journeyStore,
    lists: listsStore,
    register: registerStore,
    links: lists,
    now,
  });
  const search = createSearchService({
    store: createSearchStore({ client, tableName }),
    links: lists,
    now,
    ...(deps.familySearchLimit ? { familyLimit: deps.familySearchLimit } : {}),
  });
  // Staff sessions signed out of the pages before their cookies expire (web/handler.ts checks them).
  const sessions = createSessionStore({ client, tableName });
  return { register, lists, journey, search, sessions };
}

export type Services = ReturnType<typeof createServices>;

/**
 * The services from a handler's configuration, for the API's Lambda and the pages' alike: the
 * DynamoDB client and the case keyring (given inline locally; read from Secrets Manager by the
 * Lambda entry before this, and passed in) unless the caller lends its own.
 */
export function createServicesFromConfig(
  config: ServicesConfig,
  deps: Partial<Pick<ServiceDeps, 'client' | 'caseKeys' | 'retry' | 'familySearchLimit'>> & {
    now: () => Date;
  },
): Services {
  return createServices({
    client:
      deps.client ??
      createDocumentClient({
        region: config.region,
        ...(config.dynamodbEndpoint ? { endpoint: config.dynamodbEndpoint } : {}),
      }),
    tableName: config.tableName,
    caseKeys: deps.caseKeys ?? inlineCaseKeys(config),
    lists: config.lists,
    now: deps.now,
    ...(deps.retry ? { retry: deps.retry } : {}),
    ...(deps.familySearchLimit ? { familySearchLimit: deps.familySearchLimit } : {}),
  });
}

function inlineCaseKeys(config: ServicesConfig): CaseKeys {
  if (config.caseKeys.kind !== 'inline') {
    throw new Error('The case keyring is in Secrets Manager: read it first (loadCaseKeys) and pass it in.');
  }
  return createCaseKeys(parseCaseKeyring(config.caseKeys.json));
}
