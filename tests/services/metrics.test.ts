import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { describe, expect, inject, it } from 'vitest';
import type { Config } from '../../functions/config.js';
import { createLambdaHandler } from '../../functions/graphql/lambda.js';
import { loadDevAuth } from '../../functions/local/dev-auth.js';
import { createEmfMetrics } from '../../functions/metrics/emf-metrics.js';
import { asOfficer, asStaff } from '../helpers/api.js';
import { testCaseKeys, testClient } from '../helpers/database.js';
import { emfWrittenDuring, total } from '../helpers/emf.js';
import { aListInput, aPlace, aSettingAt, east } from '../helpers/lists.js';

// The API's Lambda handler, as the Lambda entry builds it (with the EMF metrics adapter), invoked
// in-process against DynamoDB Local: its metrics read back from what it wrote to stdout.

const config: Config = {
  tableName: inject('tableName'),
  dynamodbEndpoint: inject('dynamodbEndpoint'),
  region: 'eu-west-2',
  auth: (await loadDevAuth()).config,
  introspection: false,
  landingPage: false,
  lists: {
    capacityFreshDays: 30,
    familyLinkDays: 90,
    guessLimit: { attempts: 20, windowSeconds: 600 },
  } as Config['lists'],
  caseKeys: { kind: 'inline', json: '{}' },
  publicBaseUrl: 'http://localhost:4000',
};
const handler = createLambdaHandler(config, {
  client: testClient,
  caseKeys: testCaseKeys,
  metrics: createEmfMetrics(),
});

async function invoke(query: string, variables: Record<string, unknown>, token?: string) {
  const requestId = randomUUID();
  const event = {
    version: '2.0',
    routeKey: '$default',
    rawPath: '/graphql',
    rawQueryString: '',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    requestContext: {
      accountId: 'test',
      apiId: 'test',
      domainName: 'localhost',
      domainPrefix: 'localhost',
      http: {
        method: 'POST',
        path: '/graphql',
        protocol: 'HTTP/1.1',
        sourceIp: `10.9.${Math.random()}`,
        userAgent: 'test',
      },
      requestId,
      routeKey: '$default',
      stage: '$default',
      time: new Date().toUTCString(),
      timeEpoch: Date.now(),
    },
    body: JSON.stringify({ query, variables }),
    isBase64Encoded: false,
  } as APIGatewayProxyEventV2;
  const context = { awsRequestId: requestId, getRemainingTimeInMillis: () => 18_000 } as Context;
  const result = (await handler(event, context, () => {})) as APIGatewayProxyStructuredResultV2;
  return JSON.parse(result.body ?? '{}') as { data?: any; errors?: { extensions: { code: string } }[] };
}

const GENERATE = `mutation($input: GenerateTailoredListInput!) {
  generateTailoredList(input: $input) { familyLink { token } list { entries { capacity { status } } } }
}`;
const UPDATE_CAPACITY = `mutation($input: UpdateCapacityInput!) {
  updateCapacity(input: $input) { capacityVersion }
}`;
const FAMILY_LIST = 'query($t: String!) { familyList(token: $t) { version } }';

describe('metrics from the API handler', () => {
  it('counts a generated list by LA and by primary need, and its entries by capacity status', async () => {
    const home = aPlace();
    await aSettingAt({
      name: 'Metrics Available School',
      at: east(home, 1),
      designation: ['ASD'],
      capacity: { places: 10, onRoll: 8, vacancies: 2 },
    });
    await aSettingAt({ name: 'Metrics Unstated School', at: east(home, 2), designation: ['ASD'] });
    let body: Awaited<ReturnType<typeof invoke>> = {};
    const records = await emfWrittenDuring(async () => {
      body = await invoke(GENERATE, { input: aListInput(home) }, asOfficer('938'));
    });
    const entries = body.data.generateTailoredList.list.entries as { capacity: { status: string } }[];
    expect(entries.length).toBeGreaterThan(0);

    expect(total(records, 'ListsGenerated')).toBe(1);
    expect(total(records, 'ListsGenerated', { LaCode: '938' })).toBe(1);
    expect(total(records, 'ListsGenerated', { PrimaryNeed: 'ASD' })).toBe(1);
    expect(records.some((r) => 'LaCode' in r.dimensions && 'PrimaryNeed' in r.dimensions)).toBe(false);
    for (const status of ['AVAILABLE', 'LIMITED', 'FULL', 'UNCONFIRMED']) {
      const shown = entries.filter((e) => e.capacity.status === status).length;
      expect(total(records, 'ListEntries', { CapacityStatus: status }), status).toBe(shown);
    }
    expect(total(records, 'ListedEntries')).toBe(entries.length);
    expect(total(records, 'UnconfirmedListedEntries')).toBe(
      entries.filter((e) => e.capacity.status === 'UNCONFIRMED').length,
    );
    expect(total(records, 'ListsWithNoAvailableEntry')).toBe(
      entries.some((e) => e.capacity.status === 'AVAILABLE') ? 0 : 1,
    );
    // A fresh free place a kilometre away: the list knew of one, and the dashboard counts it by need.
    expect(total(records, 'ListsFreePlaceKnown')).toBe(1);
    // By need only where the dashboard shows it by need: none free, unknown.
    expect(total(records, 'ListsFreePlaceKnown', { PrimaryNeed: 'ASD' })).toBe(0);
    expect(total(records, 'ListsNoneFree') + total(records, 'ListsAvailabilityUnknown')).toBe(0);
  });

  it("counts a school's capacity statement by its source", async () => {
    const setting = await aSettingAt({ name: 'Metrics Stating School', at: aPlace(), designation: ['ASD'] });
    let body: Awaited<ReturnType<typeof invoke>> = {};
    const records = await emfWrittenDuring(async () => {
      body = await invoke(
        UPDATE_CAPACITY,
        {
          input: {
            provisionId: setting.provisions[0]?.id,
            expectedVersion: 0,
            places: 10,
            onRoll: 10,
            vacancies: 0,
          },
        },
        asStaff(setting.id),
      );
    });
    expect(body.errors).toBeUndefined();
    expect(total(records, 'CapacityStatements')).toBe(1);
    expect(total(records, 'CapacityStatements', { Source: 'SETTING' })).toBe(1);
    expect(total(records, 'CapacityConfirmations')).toBe(0);
  });

  it('counts a family page opened, and a failed link guess', async () => {
    const made = await invoke(GENERATE, { input: aListInput(aPlace()) }, asOfficer('938'));
    const token = made.data.generateTailoredList.familyLink.token as string;

    const opened = await emfWrittenDuring(() => invoke(FAMILY_LIST, { t: token }));
    expect(total(opened, 'FamilyPagesOpened')).toBe(1);
    expect(total(opened, 'FailedLinkGuesses')).toBe(0);

    let refused: Awaited<ReturnType<typeof invoke>> = {};
    const guessed = await emfWrittenDuring(async () => {
      refused = await invoke(FAMILY_LIST, { t: `${token.slice(0, -4)}AAAA` });
    });
    expect(refused.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(total(guessed, 'FailedLinkGuesses')).toBe(1);
    expect(total(guessed, 'FamilyPagesOpened')).toBe(0);
  });
});
