import { beforeAll, inject } from 'vitest';

// In every test file of the tier, before anything is imported: the SDK's clients, built with a
// region only as in Lambda, reach moto for every service but DynamoDB, whose data (and stream)
// stay on DynamoDB Local. Fake credentials, so nothing here can reach a real account.

const moto = inject('motoEndpoint');
const dynamodb = inject('dynamodbEndpoint');
Object.assign(process.env, {
  AWS_ENDPOINT_URL: moto,
  AWS_ENDPOINT_URL_DYNAMODB: dynamodb,
  AWS_ENDPOINT_URL_DYNAMODB_STREAMS: dynamodb,
  AWS_ACCESS_KEY_ID: 'testing',
  AWS_SECRET_ACCESS_KEY: 'testing',
  AWS_SESSION_TOKEN: 'testing',
  AWS_REGION: 'eu-west-2',
  AWS_DEFAULT_REGION: 'eu-west-2',
  // Powertools' logs and EMF lines through the global console, which vitest shows for a failed
  // test only (vitest.aws.config.ts: silent 'passed-only'), not straight to stdout.
  POWERTOOLS_DEV: 'true',
});
delete process.env.AWS_PROFILE;
delete process.env.DYNAMODB_ENDPOINT;

// Each file starts from an empty moto (files run one at a time: see vitest.aws.config.ts).
beforeAll(async () => {
  const response = await fetch(`${moto}/moto-api/reset`, { method: 'POST' });
  if (!response.ok) throw new Error(`moto's reset answered ${response.status}.`);
});
