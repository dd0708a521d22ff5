import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  forwarderEntry,
  overdueEntry,
  registerSnapshotEntry,
  remindersEntry,
  resendEntry,
  retentionEntry,
} from '../../functions/compose-jobs.js';
import {
  caseKeysConfig,
  loadConfig,
  loadEventBusName,
  loadReminderConfig,
  loadTableConfig,
  loadWebConfig,
} from '../../functions/config.js';
import { noMetrics } from '../../functions/services/metrics.js';
import type { SnapshotRunResult } from '../../functions/services/register-snapshot-job.js';
import { loadCaseKeys, loadWebKeyrings } from '../../functions/store/case-keys-secret.js';
import type { DocumentClient } from '../../functions/store/client.js';
import { anEvent, outboxInsert } from '../helpers/events.js';
import type { AuditAwsClients } from './aws-clients.js';

// The entry points that run in AWS, each under a role of its own: the function's description in
// the template (how the audit finds its role), and what it runs. The API and the pages read their
// keyrings and run the services' use cases their code calls (found by reading it, so a new call is
// audited as soon as it is written); each job runs once over the audit's table, composed as in AWS.

const silent = { error: () => undefined, warn: () => undefined, info: () => undefined };
const quiet = { ...noMetrics, flush: () => undefined };

/** The use cases (`<service>.<use case>`) the files under `dir` call. */
export function useCasesCalledIn(dir: string, known: ReadonlySet<string>): string[] {
  const files = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(d, e.name)) : e.name.endsWith('.ts') ? [join(d, e.name)] : [],
    );
  const found = new Set<string>();
  for (const file of files(dir)) {
    for (const m of readFileSync(file, 'utf8').matchAll(/\b([a-z]+)\.([a-zA-Z]+)\(/g)) {
      const name = `${m[1]}.${m[2]}`;
      if (known.has(name)) found.add(name);
    }
  }
  return [...found].sort();
}

export interface EntryContext {
  /** The entry's own DynamoDB client, recording. */
  dynamodb: DocumentClient;
  /** Its Secrets Manager, EventBridge and SES clients, recording. */
  aws: AuditAwsClients;
  /** Its environment in the template, resolved, with TABLE_NAME and DYNAMODB_ENDPOINT the audit's. */
  env: Record<string, string>;
  /** Later than anything the use cases made: consultations are overdue, cases past retention, events stranded. */
  later: () => Date;
}

/**
 * The request-driven entries: their description in the template, the code that calls the services,
 * and what each does when its container starts (reads its keyrings), as its handler module does.
 */
export const SERVICE_ENTRIES = {
  api: {
    description: 'OpenPlace GraphQL API',
    code: 'functions/graphql',
    start: ({ env, aws }) => loadCaseKeys(loadConfig(env), aws.secrets),
  },
  pages: {
    description: 'OpenPlace web pages',
    code: 'web',
    start: ({ env, aws }) => loadWebKeyrings(loadWebConfig(env), aws.secrets),
  },
} satisfies Record<
  string,
  { description: string; code: string; start: (entry: EntryContext) => Promise<unknown> }
>;

/**
 * The scheduled and stream-fed entries: their description in the template and one run of each,
 * composed as its handler module composes it (compose-jobs.ts), from its environment in the template.
 */
export const JOB_ENTRIES: Record<
  string,
  { description: string; run: (entry: EntryContext) => Promise<unknown> }
> = {
  forwarder: {
    description: 'OpenPlace: publishes journey events',
    run: ({ dynamodb, aws, env }) =>
      forwarderEntry({
        table: loadTableConfig(env),
        dynamodb,
        eventBridge: aws.eventBridge,
        eventBusName: loadEventBusName(env),
        logger: silent,
      })({ Records: [outboxInsert(anEvent())] }),
  },
  overdue: {
    description: 'OpenPlace: writes ConsultationOverdue events',
    run: ({ dynamodb, env, later }) =>
      overdueEntry({ table: loadTableConfig(env), dynamodb, logger: silent, metrics: quiet, now: later })(),
  },
  resend: {
    description: 'OpenPlace: re-sends journey events',
    run: ({ dynamodb, aws, env, later }) =>
      resendEntry({
        table: loadTableConfig(env),
        dynamodb,
        eventBridge: aws.eventBridge,
        eventBusName: loadEventBusName(env),
        logger: silent,
        metrics: quiet,
        now: later,
      })(),
  },
  reminders: {
    description: 'OpenPlace: emails settings whose capacity figures',
    run: ({ dynamodb, aws, env, later }) =>
      remindersEntry({
        config: loadReminderConfig(env),
        dynamodb,
        ses: aws.ses,
        logger: silent,
        metrics: quiet,
        now: later,
      })(),
  },
  // Four runs, each as a scheduled run would find the table: the first generation (no pointer
  // yet), a second over it, a third an hour on (deleting the first: two generations back), and one
  // more an hour after that, when no change is newer than the snapshot: the pointer only moved on.
  registerSnapshot: {
    description: 'OpenPlace: writes the register snapshot',
    run: async ({ dynamodb, env }) => {
      let hoursOn = 0;
      const run = registerSnapshotEntry({
        table: loadTableConfig(env),
        dynamodb,
        logger: silent,
        metrics: quiet,
        now: () => new Date(Date.now() + hoursOn * 3_600_000),
      });
      const runs: SnapshotRunResult[] = [];
      for (hoursOn of [0, 0, 1, 2]) runs.push(await run());
      const did = runs.map((r) => (r.wrote ? 'wrote' : r.generation ? 'moved' : 'nothing'));
      if (did.join() !== 'wrote,wrote,wrote,moved' || !runs.every((r) => r.settings > 0)) {
        throw new Error(`The snapshot writer's runs did not go as the audit needs: ${JSON.stringify(runs)}`);
      }
      return runs;
    },
  },
  retention: {
    description: 'OpenPlace: removes cases past their retention',
    run: ({ dynamodb, aws, env, later }) => {
      const table = loadTableConfig(env);
      return retentionEntry({
        table,
        dynamodb,
        caseKeys: loadCaseKeys({ caseKeys: caseKeysConfig(env), region: table.region }, aws.secrets),
        logger: silent,
        metrics: quiet,
        now: later,
      })();
    },
  },
};
