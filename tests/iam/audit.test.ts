import { CreateTableCommand } from '@aws-sdk/client-dynamodb';
import type { Template } from 'aws-cdk-lib/assertions';
import { Template as CdkTemplate } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createServices, type Services } from '../../functions/compose.js';
import { loadListsConfig } from '../../functions/config.js';
import { loadLocalCaseKeyring } from '../../functions/local/case-keys.js';
import { type AwsRequest, recordRequests } from '../../functions/local/request-recorder.js';
import { createDocumentClient } from '../../functions/store/client.js';
import { createTableInput } from '../../functions/store/table-definition.js';
import { existingTableFromContext, OpenPlaceStack } from '../../infra/openplace-stack.js';
import { testCaseKeys } from '../helpers/database.js';
import { newApp, synthStack } from '../infra/synth.js';
import { auditAwsClients } from './aws-clients.js';
import { JOB_ENTRIES, SERVICE_ENTRIES, useCasesCalledIn } from './entries.js';
import { decide, type FunctionPolicies, type IamRequest, policiesOf } from './policies.js';
import { iamRequestsOf } from './requests.js';
import { NEW_WORLD, NOT_DRIVEN, prepareForJobs, USE_CASES } from './use-cases.js';

// Every AWS request each entry point sends, held against the IAM role it runs under in both
// synthesized templates (a new table, and an existing one restored from a backup), by IAM's own
// evaluation rules (iam-simulate). Passes only with nothing denied. The use cases are driven
// through the services on a table of the audit's own, so its jobs touch no other test's data.

const TEMPLATES: Record<string, () => Template> = {
  default: () => synthStack().template,
  'existing table': () => {
    const table = 'openplace-restored-2027-01-10';
    const stream = `arn:aws:dynamodb:eu-west-2:123456789012:table/${table}/stream/2027-01-10T09:00:00.000`;
    const app = newApp();
    const stack = new OpenPlaceStack(
      app,
      'OpenPlaceRestored',
      existingTableFromContext({ tableName: table, tableStreamArn: stream }),
    );
    return CdkTemplate.fromStack(stack);
  },
};

const tableName = `openplace-iam-${Date.now()}`;
const byUseCase = new Map<string, AwsRequest[]>();
/** Each entry's own requests: a job's run, or a request-driven entry's start (its keyrings). */
const byEntry = new Map<string, AwsRequest[]>();

/** A client of its own whose every request is filed under the name `file()` gives at the time. */
const endpoint = inject('dynamodbEndpoint');

function recordedClient(into: Map<string, AwsRequest[]>, file: () => string) {
  const client = createDocumentClient({
    endpoint,
    region: 'eu-west-2',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  recordRequests(client, (request) => {
    const name = file();
    into.set(name, [...(into.get(name) ?? []), request]);
  });
  return client;
}

const serviceNames = (services: Services) =>
  Object.entries(services).flatMap(([service, methods]) =>
    Object.entries(methods as Record<string, unknown>)
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => `${service}.${name}`),
  );

let services: Services;

beforeAll(async () => {
  let current = '';
  const client = recordedClient(byUseCase, () => current);
  await client.send(new CreateTableCommand(createTableInput(tableName)));
  byUseCase.clear();
  const servicesDeps = {
    tableName,
    caseKeys: testCaseKeys,
    lists: loadListsConfig({}),
    now: () => new Date(),
  };
  services = createServices({ ...servicesDeps, client });
  const world = NEW_WORLD();
  for (const [name, drive] of Object.entries(USE_CASES)) {
    current = name;
    await drive(services, world);
  }
  // For the jobs, a case left mid-journey: a consultation still waiting (the overdue job's), its
  // events in the outbox (the re-send job's), and a case to expire (the sweeper's).
  current = 'setup for the jobs';
  await prepareForJobs(services, world);
  // Each entry with clients of its own and its environment in the default template (the table and
  // DynamoDB endpoint the audit's), as its handler module composes it.
  let entry = '';
  const record = (request: AwsRequest) => byEntry.set(entry, [...(byEntry.get(entry) ?? []), request]);
  const dynamodb = recordedClient(byEntry, () => entry);
  const aws = auditAwsClients(record, await loadLocalCaseKeyring());
  const template = synthStack().template;
  const later = () => new Date(Date.now() + 3 * 365 * 24 * 3600 * 1000);
  const contextOf = (description: string) => ({
    dynamodb,
    aws,
    env: { ...policiesOf(template, description).env, TABLE_NAME: tableName, DYNAMODB_ENDPOINT: endpoint },
    later,
  });
  for (const [name, { description, start }] of Object.entries(SERVICE_ENTRIES)) {
    entry = name;
    await start(contextOf(description));
  }
  for (const [name, { description, run }] of Object.entries(JOB_ENTRIES)) {
    entry = name;
    await run(contextOf(description));
  }
  // A list made by a new instance once the snapshot writer has run: it starts from the snapshot's
  // chunks, where the lists above started from the register itself. Audited as the same use case.
  current = 'lists.generateTailoredList';
  await USE_CASES[current]?.(createServices({ ...servicesDeps, client }), world);
}, 120_000);

/** Each IAM request of `requests` IAM would refuse under `fn`, described for a reader. */
async function denied(
  fn: FunctionPolicies,
  requests: readonly AwsRequest[],
  label: string,
): Promise<string[]> {
  const out: string[] = [];
  for (const request of requests) {
    for (const need of iamRequestsOf(request, fn.tableArn)) {
      const answer = await decide(fn, need);
      if (answer !== 'Allowed') out.push(`${label}: ${describeRequest(need)} → ${answer}`);
    }
  }
  return out;
}

const describeRequest = (r: IamRequest) =>
  `${r.action} on ${r.resource.replace(/^.*:table\//, 'table/')}${
    r.context['dynamodb:LeadingKeys'] ? ` keys ${JSON.stringify(r.context['dynamodb:LeadingKeys'])}` : ''
  }`;

describe('the request-vs-policy audit', () => {
  it('drives every use case of the services (a new one fails here until it is added)', () => {
    const driven = new Set([...Object.keys(USE_CASES), ...Object.keys(NOT_DRIVEN)]);
    expect(serviceNames(services).filter((n) => !driven.has(n))).toEqual([]);
    expect([...driven].filter((n) => !serviceNames(services).includes(n))).toEqual([]);
    for (const [name] of Object.entries(USE_CASES)) expect(byUseCase.has(name), name).toBe(true);
  });

  for (const [template, build] of Object.entries(TEMPLATES)) {
    describe(`in the ${template} template`, () => {
      const built = build();
      for (const [entry, { description, code }] of Object.entries(SERVICE_ENTRIES)) {
        it(`allows every request the ${entry} makes, at its start and use case by use case`, async () => {
          const fn = policiesOf(built, description);
          const known = new Set(Object.keys(USE_CASES));
          const called = useCasesCalledIn(code, new Set([...known, ...Object.keys(NOT_DRIVEN)]));
          expect(called.length).toBeGreaterThan(5);
          const started = byEntry.get(entry) ?? [];
          expect(started.length, `${entry} read no keyring at its start`).toBeGreaterThan(0);
          const refusals = await denied(fn, started, `${entry} start`);
          for (const useCase of called.filter((n) => known.has(n))) {
            refusals.push(...(await denied(fn, byUseCase.get(useCase) ?? [], `${entry} ${useCase}`)));
          }
          expect(refusals).toEqual([]);
        });
      }
      for (const [job, { description }] of Object.entries(JOB_ENTRIES)) {
        it(`allows every request the ${job} job makes`, async () => {
          const fn = policiesOf(built, description);
          const requests = byEntry.get(job) ?? [];
          expect(requests.length, `${job} made no request`).toBeGreaterThan(0);
          expect(await denied(fn, requests, job)).toEqual([]);
        });
      }
    });
  }
});

describe('the audit itself', () => {
  const pages = () => policiesOf(synthStack().template, SERVICE_ENTRIES.pages.description);
  const firstPut = () => {
    const request = (byUseCase.get('register.upsertSetting') ?? []).find(
      (r) => r.action === 'dynamodb:TransactWriteItems',
    );
    if (!request) throw new Error('register.upsertSetting wrote no transaction');
    return request;
  };

  it('is refused a write whose partition key is left out of what IAM is told', async () => {
    const fn = pages();
    const [put] = iamRequestsOf(firstPut(), fn.tableArn);
    if (!put) throw new Error('no item in the transaction');
    expect(await decide(fn, put)).toBe('Allowed');
    expect(await decide(fn, { ...put, context: {} })).not.toBe('Allowed');
  });

  it('fails for the pages’ role without URN#*, naming the entry, the use case and the request', async () => {
    const fn = pages();
    const weakened: FunctionPolicies = JSON.parse(JSON.stringify(fn), (key, value) =>
      key === 'dynamodb:LeadingKeys' && Array.isArray(value) ? value.filter((k) => k !== 'URN#*') : value,
    );
    const refusals = await denied(
      weakened,
      byUseCase.get('register.upsertSetting') ?? [],
      'pages register.upsertSetting',
    );
    expect(
      refusals.some(
        (r) => r.startsWith('pages register.upsertSetting: dynamodb:PutItem') && r.includes('URN#'),
      ),
    ).toBe(true);
  });
});

describe('the audit of the register snapshot', () => {
  const leadingKeys = (requests: readonly AwsRequest[], action: string) =>
    requests
      .flatMap((r) => iamRequestsOf(r, ''))
      .filter((n) => n.action === action)
      .flatMap((n) => n.context['dynamodb:LeadingKeys'] ?? []);

  it('holds every kind of write the snapshot writer makes: chunks put and deleted, the pointer put', () => {
    const requests = byEntry.get('registerSnapshot') ?? [];
    const batches = requests.filter((r) => r.action === 'dynamodb:BatchWriteItem');
    const kinds = batches.flatMap((r) =>
      Object.values((r.input as { RequestItems: Record<string, Record<string, unknown>[]> }).RequestItems)
        .flat()
        .map((w) => Object.keys(w)[0]),
    );
    expect(new Set(kinds)).toEqual(new Set(['PutRequest', 'DeleteRequest']));
    expect(leadingKeys(requests, 'dynamodb:BatchWriteItem').every((k) => k.startsWith('REGSNAP#'))).toBe(
      true,
    );
    expect(leadingKeys(requests, 'dynamodb:PutItem')).toEqual(Array(4).fill('REGSNAP'));
  });

  it('holds the lists’ reads of the change items and, once there is one, of the snapshot', () => {
    const lists = byUseCase.get('lists.generateTailoredList') ?? [];
    expect(leadingKeys(lists, 'dynamodb:Query').some((k) => k.startsWith('REGCHANGE#'))).toBe(true);
    const batchGets = leadingKeys(lists, 'dynamodb:BatchGetItem');
    expect(batchGets).toContain('REGSNAP');
    expect(batchGets.some((k) => k.startsWith('REGSNAP#'))).toBe(true);
  });
});

describe('the audit of the other AWS services', () => {
  it('fails for the API’s role without its secret, naming the entry and the secret', async () => {
    const fn = policiesOf(synthStack().template, SERVICE_ENTRIES.api.description);
    const weakened: FunctionPolicies = {
      ...fn,
      policies: fn.policies.map(({ name, policy }) => ({
        name,
        policy: {
          ...policy,
          Statement: (policy.Statement as { Action: string | string[] }[]).filter(
            (st) => ![st.Action].flat().some((a) => a.startsWith('secretsmanager:')),
          ),
        },
      })),
    };
    const refusals = await denied(weakened, byEntry.get('api') ?? [], 'api start');
    expect(refusals).toHaveLength(1);
    expect(refusals[0]).toMatch(
      /^api start: secretsmanager:GetSecretValue on arn:aws:secretsmanager:.*casekeys/i,
    );
  });

  it('asks SES for the sender’s address without its display name', () => {
    const [send] = (byEntry.get('reminders') ?? []).flatMap((r) =>
      r.action === 'ses:SendEmail' ? iamRequestsOf(r, '') : [],
    );
    expect(send?.context['ses:FromAddress']).toMatch(/^no-reply@[^<>\s]+$/);
    expect(send?.resource).toMatch(/:identity\/[^@<>\s]+$/);
  });
});

/** Per entry, in the default template: requests, actions used, and actions granted but never used (logs and X-Ray aside). */
afterAll(() => {
  const template = synthStack().template;
  const lines: string[] = [];
  const report = (entry: string, description: string, requests: readonly AwsRequest[]) => {
    const fn = policiesOf(template, description);
    const used = new Set(requests.flatMap((r) => iamRequestsOf(r, fn.tableArn).map((n) => n.action)));
    const granted = new Set(
      fn.policies
        .flatMap(({ policy }) =>
          (policy.Statement as { Action: string | string[] }[]).flatMap((st) => [st.Action].flat()),
        )
        .filter((a) => !/^(logs|xray):/.test(a)),
    );
    const unused = [...granted].filter((a) => !used.has(a)).sort();
    lines.push(
      `${entry}: ${requests.length} requests, actions ${[...used].sort().join(' ')}; granted, unused: ${unused.join(' ') || 'none'}`,
    );
  };
  const known = new Set([...Object.keys(USE_CASES), ...Object.keys(NOT_DRIVEN)]);
  for (const [entry, { description, code }] of Object.entries(SERVICE_ENTRIES)) {
    const calls = [
      ...(byEntry.get(entry) ?? []),
      ...useCasesCalledIn(code, known).flatMap((u) => byUseCase.get(u) ?? []),
    ];
    report(entry, description, calls);
  }
  for (const [job, { description }] of Object.entries(JOB_ENTRIES))
    report(job, description, byEntry.get(job) ?? []);
  console.log(`IAM audit (default template):\n  ${lines.join('\n  ')}`);
});
