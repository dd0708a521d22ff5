import type { Logger } from '@aws-lambda-powertools/logger';
import type { Caller } from '../core/access.js';
import type { RegisterService } from '../services/register-service.js';

/** Everything a resolver may use. Built once per request by the context function. */
export interface GraphqlContext {
  caller: Caller;
  register: RegisterService;
  correlationId: string;
  logger: Pick<Logger, 'info' | 'warn' | 'error'>;
}
