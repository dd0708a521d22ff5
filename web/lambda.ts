import { loadWebConfig } from '../functions/config.js';
import { createEmfMetrics } from '../functions/metrics/emf-metrics.js';
import { loadWebKeyrings } from '../functions/store/case-keys-secret.js';
import { createWebHandler } from './handler.js';

const config = loadWebConfig();
// Read once per container, before the first request: the secrets behind case and list ids and
// behind staff sessions' cookies.
const keyrings = await loadWebKeyrings(config);

/** The web Lambda's entry point: the family's page, staff pages, sign-in, /your-rights, / and the assets. */
export const handler = createWebHandler(config, { ...keyrings, metrics: createEmfMetrics() });
