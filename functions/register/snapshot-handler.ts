import { Logger } from '@aws-lambda-powertools/logger';
import { registerSnapshotEntry } from '../compose-jobs.js';
import { loadTableConfig } from '../config.js';
import { createEmfMetrics } from '../metrics/emf-metrics.js';
import { createBulkDocumentClient } from '../store/client.js';

// Lambda entry of the register's snapshot writer, invoked by an EventBridge Scheduler schedule
// every few minutes: the static facts every list-making instance starts from (README: the read path).

const table = loadTableConfig();

export const handler = registerSnapshotEntry({
  table,
  // Reads the whole register and writes its chunks: patient, as a bulk load is.
  dynamodb: createBulkDocumentClient({
    region: table.region,
    ...(table.dynamodbEndpoint ? { endpoint: table.dynamodbEndpoint } : {}),
  }),
  logger: new Logger({ serviceName: 'openplace' }),
  metrics: createEmfMetrics(),
});
