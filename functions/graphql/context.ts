import type { Caller } from '../core/access.js';
import type { CapacityRemindersService } from '../services/capacity-reminders-service.js';
import type { JourneyService } from '../services/journey-service.js';
import type { ListsService } from '../services/lists-service.js';
import type { RegisterService } from '../services/register-service.js';
import type { RetentionService } from '../services/retention-service.js';
import type { SearchService } from '../services/search-service.js';
import type { SufficiencyService } from '../services/sufficiency-service.js';

/** Everything a resolver may use. Built once per request by the context function. */
export interface GraphqlContext {
  caller: Caller;
  register: RegisterService;
  lists: ListsService;
  search: SearchService;
  journey: JourneyService;
  retention: RetentionService;
  reminders: CapacityRemindersService;
  sufficiency: SufficiencyService;
  correlationId: string;
  /** The client's address as API Gateway saw it: only for throttling family-link guesses. */
  sourceIp: string;
  logger: RequestLogger;
  /** Where the family's pages are (FamilyLink.url): PUBLIC_BASE_URL, else this server's own origin. */
  publicBaseUrl: string;
}

/** What a request logs with: a message and its attributes, each line with the request's correlation id. */
export interface RequestLogger {
  info(message: string, attributes?: Record<string, unknown>): void;
  warn(message: string, attributes?: Record<string, unknown>): void;
  error(message: string, attributes?: Record<string, unknown>): void;
}
