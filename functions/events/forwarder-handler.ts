import { Logger } from '@aws-lambda-powertools/logger';
import { tableClient } from '../compose.js';
import { forwarderEntry } from '../compose-jobs.js';
import { loadEventBusName, loadTableConfig } from '../config.js';
import { createEventBridgeClient } from './eventbridge-publisher.js';

// Lambda entry: the table's stream (outbox inserts only, by the event source mapping's filter)
// to the journey event bus. Clients are created once per container.

const table = loadTableConfig();

export const handler = forwarderEntry({
  table,
  dynamodb: tableClient(table),
  eventBridge: createEventBridgeClient({ region: table.region }),
  eventBusName: loadEventBusName(),
  logger: new Logger({ serviceName: 'openplace' }),
});
