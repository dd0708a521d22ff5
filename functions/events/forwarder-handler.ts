import { Logger } from '@aws-lambda-powertools/logger';
import { loadEventBusName, loadTableConfig } from '../config.js';
import { createDocumentClient } from '../store/client.js';
import { createOutboxStore } from '../store/outbox-store.js';
import { createEventBridgeClient, createEventBridgePublisher } from './eventbridge-publisher.js';
import { createForwarder } from './forwarder.js';

// Lambda entry: the table's stream (outbox inserts only, by the event source mapping's filter)
// to the journey event bus. Clients are created once per container.

const table = loadTableConfig();
const client = createDocumentClient({
  region: table.region,
  ...(table.dynamodbEndpoint ? { endpoint: table.dynamodbEndpoint } : {}),
});

export const handler = createForwarder({
  outbox: createOutboxStore({ client, tableName: table.tableName }),
  publisher: createEventBridgePublisher({
    client: createEventBridgeClient({ region: table.region }),
    eventBusName: loadEventBusName(),
  }),
  logger: new Logger({ serviceName: 'openplace' }),
});
