import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { outboxStore, reminderJobStores, runOverdueJob, runRetentionSweep } from '../../functions/compose.js';
import { createForwarder } from '../../functions/events/forwarder.js';
import { runOutboxResend } from '../../functions/events/resend.js';
import { runCapacityReminders } from '../../functions/services/capacity-reminder-job.js';
import type { CaseKeys } from '../../functions/store/case-keys.js';
import type { DocumentClient } from '../../functions/store/client.js';
import { anEvent, collectingPublisher, outboxInsert } from '../helpers/events.js';

// The entry points that run in AWS, each under a role of its own: the function's description in
// the template (how the audit finds its role), and what it runs. The API and the pages run the
// services' use cases their code calls (found by reading it, so a new call is audited as soon as
// it is written); each job runs itself, once, over the audit's table.

const silent = { error: () => undefined, warn: () => undefined, info: () => undefined };

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

export interface JobContext {
  client: DocumentClient;
  tableName: string;
  caseKeys: CaseKeys;
  /** Later than anything the use cases made: consultations are overdue, cases past retention, events stranded. */
  later: () => Date;
}

/** The request-driven entries: their description in the template and the code that calls the services. */
export const SERVICE_ENTRIES = {
  api: { description: 'OpenPlace GraphQL API', code: 'functions/graphql' },
  pages: { description: 'OpenPlace web pages', code: 'web' },
} as const;

/** The scheduled and stream-fed entries: their description in the template and one run of each. */
export const JOB_ENTRIES: Record<
  string,
  { description: string; run: (job: JobContext) => Promise<unknown> }
> = {
  forwarder: {
    description: 'OpenPlace: publishes journey events',
    run: ({ client, tableName }) =>
      createForwarder({
        outbox: outboxStore(client, tableName),
        publisher: collectingPublisher(),
        logger: silent,
      })({ Records: [outboxInsert(anEvent())] }),
  },
  overdue: {
    description: 'OpenPlace: writes ConsultationOverdue events',
    run: ({ client, tableName, later }) => runOverdueJob({ client, tableName, now: later }),
  },
  resend: {
    description: 'OpenPlace: re-sends journey events',
    run: ({ client, tableName, later }) =>
      runOutboxResend({
        outbox: outboxStore(client, tableName),
        publisher: collectingPublisher(),
        now: later,
        logger: silent,
      }),
  },
  reminders: {
    description: 'OpenPlace: emails settings whose capacity figures',
    // As functions/reminders/handler.ts runs it: the job, then its run recorded.
    run: async ({ client, tableName, later }) => {
      const stores = reminderJobStores(client, tableName);
      await runCapacityReminders({
        store: stores.reminders,
        mailer: { send: async () => ({ messageId: 'iam-audit' }) },
        now: later,
        days: 21,
        publicBaseUrl: 'https://openplace.example',
      });
      await stores.runs.recordRun('CapacityReminders', { at: later().toISOString(), completed: true });
    },
  },
  retention: {
    description: 'OpenPlace: removes cases past their retention',
    run: ({ client, tableName, caseKeys, later }) =>
      runRetentionSweep({ client, tableName, caseKeys, now: later }),
  },
};
