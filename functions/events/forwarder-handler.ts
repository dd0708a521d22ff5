import { Logger } from '@aws-lambda-powertools/logger';
import { outboxStore, tableClient } from '../compose.js';
import { loadEventBusName, loadTableConfig } from '../config.js';
import { createEventBridgeClient, createEventBridgePublisher } from './eventbridge-publisher.js';
import { createForwarder } from './forwarder.js';

// Lambda entry: the table's stream (outbox inserts only, by the event source mapping's filter)
// to the journey event bus. Clients are created once per container.

const table = loadTableConfig();

export const handler = createForwarder({
  outbox: outboxStore(tableClient(table), table.tableName),
  publisher: createEventBridgePublisher({
    client: createEventBridgeClient({ region: table.region }),
    eventBusName: loadEventBusName(),
  }),
  logger: new Logger({ serviceName: 'openplace' }),
});
