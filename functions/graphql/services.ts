import { randomIds } from '../services/ids.js';
import { createJourneyService } from '../services/journey-service.js';
import type { ListsConfig } from '../services/lists-service.js';
import { createListsService } from '../services/lists-service.js';
import { createRegisterService } from '../services/register-service.js';
import { createSearchService, type FamilySearchLimit } from '../services/search-service.js';
import type { CaseKeys } from '../store/case-keys.js';
import type { DocumentClient } from '../store/client.js';
import { createJourneyStore } from '../store/journey-store.js';
import { createListsStore } from '../store/lists-store.js';
import { createRegisterStore } from '../store/register-store.js';
import type { RetryBudget } from '../store/retry-budget.js';
import { createSearchStore } from '../store/search-store.js';

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
  return { register, lists, journey, search };
}

export type Services = ReturnType<typeof createServices>;
