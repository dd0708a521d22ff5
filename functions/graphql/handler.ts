import { loadConfig } from '../config.js';
import { createLambdaHandler } from './lambda.js';

/** The one Lambda entry point. */
export const handler = createLambdaHandler(loadConfig());
