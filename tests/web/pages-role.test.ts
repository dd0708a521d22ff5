import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AwsRequest } from '../../functions/local/request-recorder.js';
import { type LocalStack, startLocalStack } from '../../functions/local/runtime.js';
import { unique } from '../helpers/builders.js';
import { decide, policiesOf } from '../iam/policies.js';
import { iamRequestsOf } from '../iam/requests.js';
import { synthStack } from '../infra/synth.js';
import { aNorthernDistrict, officerOf, settingFormFields, signInOverHttp } from './staff.js';

// What the pages write must be what their role allows, or AWS refuses the whole transaction and
// the officer gets a 500 that no local test would see. The pages run here on a client of their
// own whose every request is recorded, and each is held against the synthesized web role by
// IAM's rules (tests/iam; every use case of the services is audited there too).

const PAGES = 'OpenPlace web pages';
const requests: AwsRequest[] = [];
let stack: LocalStack;

beforeAll(async () => {
  stack = await startLocalStack({
    port: 0,
    tableName: inject('tableName'),
    dynamodbEndpoint: inject('dynamodbEndpoint'),
    logLevel: 'SILENT',
    requests: { web: (request) => requests.push(request) },
  });
});
afterAll(async () => {
  await stack?.stop();
});

/** The value of a hidden or text input of a page's form. */
const inputValue = (html: string, name: string) =>
  new RegExp(`name="${name}"[^>]*value="([^"]*)"`).exec(html)?.[1] ?? '';

describe('the pages’ role', () => {
  const role = policiesOf(synthStack().template, PAGES);

  it('allows every write the officer’s add-a-setting and change-details forms make, URN claims included', async () => {
    const officer = await signInOverHttp(officerOf('938'), stack.baseUrl);
    const urn = String(randomInt(1_000_000, 9_999_999));
    const name = unique('Sorrel Primary School');
    const { district } = aNorthernDistrict();
    const fields = { ...settingFormFields(name, '938', `${district} 1AA`), urn };
    requests.length = 0;
    const added = await officer.post('/settings/new', fields);
    expect(added.status).toBe(303);
    const settingPath = new URL(added.headers.get('location') ?? '', stack.baseUrl).pathname;

    const form = await (await officer.get(`${settingPath}/edit`)).text();
    const changed = await officer.post(`${settingPath}/edit`, {
      ...fields,
      name: `${name} Academy`,
      expectedRevision: inputValue(form, 'expectedRevision'),
      'p0-id': inputValue(form, 'p0-id'),
      'p1-id': inputValue(form, 'p1-id'),
    });
    expect(changed.status).toBe(303);

    const needs = requests.flatMap((r) => iamRequestsOf(r, role.tableArn));
    const writes = needs.filter((n) => !/Get|Query/.test(n.action));
    // The register's door claims the URN in the same transaction as the setting.
    expect(writes.flatMap((w) => w.context['dynamodb:LeadingKeys'] ?? [])).toContain(`URN#${urn}`);
    const refused: string[] = [];
    for (const need of needs) {
      const answer = await decide(role, need);
      if (answer !== 'Allowed') refused.push(`${need.action} ${JSON.stringify(need.context)} → ${answer}`);
    }
    expect(refused).toEqual([]);
  });
});
