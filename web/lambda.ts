import { loadWebConfig } from '../functions/config.js';
import { loadCaseKeys } from '../functions/store/case-keys-secret.js';
import { createWebHandler } from './handler.js';

const config = loadWebConfig();
// Read once per container, before the first request: the secret behind case and list ids.
const caseKeys = await loadCaseKeys(config);

/** The web Lambda's entry point: the family's page, /your-rights, / and the assets. */
export const handler = createWebHandler(config, { caseKeys });
