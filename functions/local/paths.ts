import { fileURLToPath } from 'node:url';

/** The project root, wherever the process was started from. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Git-ignored working state of the local runtime: the emulator, its data, the dev signing key. */
export const STATE_DIR = fileURLToPath(new URL('../../.openplace/', import.meta.url));

/** Where the local event publisher appends journey events (the stand-in for the EventBridge bus). */
export const EVENTS_DIR = fileURLToPath(new URL('../../.openplace/events/', import.meta.url));

/** Where the local mailer writes capacity reminders (the stand-in for Amazon SES). */
export const REMINDERS_DIR = fileURLToPath(new URL('../../.openplace/reminders/', import.meta.url));
