import { loadConfig } from '../config.js';
import { createEmfMetrics } from '../metrics/emf-metrics.js';
import { loadCaseKeys } from '../store/case-keys-secret.js';
import { createLambdaHandler } from './lambda.js';

const config = loadConfig();
// Read once per container, before the first request: the secret behind case and list ids.
const caseKeys = await loadCaseKeys(config);

/** The one Lambda entry point. */
export const handler = createLambdaHandler(config, {
  caseKeys,
  metrics: createEmfMetrics(),
  loadRegisterAtStart: true,
});
