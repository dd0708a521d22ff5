import type { ListsConfig } from '../config.js';
import type { JourneyStore } from '../store/journey-store.js';
import type { ListsStore } from '../store/lists-store.js';
import type { Metrics } from './metrics.js';
import type { RegisterMemory } from './register-memory.js';

export interface ListsServiceDeps {
  lists: ListsStore;
  /** The case's journey record: the family's choices live there, and a list is written with it. */
  journey: JourneyStore;
  /** The register's static facts held by this instance, kept current before each list. */
  register: RegisterMemory;
  now: () => Date;
  config: ListsConfig;
  /**
   * Removes a case that is gone (expired, or left half-erased) before a new list starts it afresh
   * (retention-service.ts), so none of its old items comes back with the new one.
   */
  clearGoneCase?: (laCode: string, caseReference: string) => Promise<void>;
  /** Lists generated, their entries by capacity status, failed link guesses. @default noMetrics */
  metrics?: Metrics;
}

export interface NewFamilyLink {
  token: string;
  expiresAt: string;
}

/** What the lists' use cases share (list-generation.ts takes it first). */
export interface ListsContext extends Required<Omit<ListsServiceDeps, 'clearGoneCase'>> {
  clearGoneCase: ListsServiceDeps['clearGoneCase'];
  retentionDays: number;
}
