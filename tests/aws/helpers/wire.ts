// The AWS calls the tier makes to set the emulators up (queues, topics, user pools, alarms, the
// table's stream) where the project has no SDK client of that service: the services' own wire
// protocols, spoken by hand. moto and DynamoDB Local check no signature; the credential scope in
// the Authorization header is what tells moto which service is called.

/** An AWS JSON-protocol service: its signing name, its X-Amz-Target prefix and JSON version. */
export interface JsonService {
  signingName: string;
  targetPrefix: string;
  jsonVersion: '1.0' | '1.1';
  /** The SDK's service-specific endpoint variable, read before AWS_ENDPOINT_URL (as the SDK does). */
  endpointVariable?: string;
}

export const SQS: JsonService = { signingName: 'sqs', targetPrefix: 'AmazonSQS', jsonVersion: '1.0' };
export const COGNITO: JsonService = {
  signingName: 'cognito-idp',
  targetPrefix: 'AWSCognitoIdentityProviderService',
  jsonVersion: '1.1',
};
export const CLOUDWATCH: JsonService = {
  signingName: 'monitoring',
  targetPrefix: 'GraniteServiceVersion20100801',
  jsonVersion: '1.0',
};
export const DYNAMODB_STREAMS: JsonService = {
  signingName: 'dynamodb',
  targetPrefix: 'DynamoDBStreams_20120810',
  jsonVersion: '1.0',
  endpointVariable: 'AWS_ENDPOINT_URL_DYNAMODB_STREAMS',
};

/** An error answered by a service: its code (`__type`, or the query protocol's Code) and message. */
export class AwsWireError extends Error {
  override readonly name = 'AwsWireError';
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(`${code}: ${message}`);
  }
}

function endpointOf(variable: string | undefined): string {
  const endpoint = (variable && process.env[variable]) || process.env.AWS_ENDPOINT_URL;
  if (!endpoint) throw new Error('AWS_ENDPOINT_URL is not set: run this through `npm run test:aws`.');
  return endpoint;
}

function authorization(signingName: string): Record<string, string> {
  const now = new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const region = process.env.AWS_REGION ?? 'eu-west-2';
  return {
    'x-amz-date': now,
    authorization: `AWS4-HMAC-SHA256 Credential=testing/${now.slice(0, 8)}/${region}/${signingName}/aws4_request, SignedHeaders=host;x-amz-date, Signature=0`,
  };
}

/** One call of a JSON-protocol service (SQS, Cognito, CloudWatch, DynamoDB Streams). */
export async function awsJson<T = Record<string, any>>(
  service: JsonService,
  action: string,
  input: Record<string, unknown> = {},
): Promise<T> {
  const response = await fetch(endpointOf(service.endpointVariable), {
    method: 'POST',
    headers: {
      'content-type': `application/x-amz-json-${service.jsonVersion}`,
      'x-amz-target': `${service.targetPrefix}.${action}`,
      ...authorization(service.signingName),
    },
    body: JSON.stringify(input),
  });
  const text = await response.text();
  const body = text ? (JSON.parse(text) as Record<string, any>) : {};
  if (!response.ok) {
    const code = String(body.__type ?? body.code ?? response.status).replace(/^.*#/, '');
    throw new AwsWireError(code, String(body.message ?? body.Message ?? text), response.status);
  }
  return body as T;
}

/** One call of a query-protocol service (SNS): flat parameters in, the response's XML out. */
export async function awsQuery(
  signingName: string,
  version: string,
  action: string,
  params: Record<string, string> = {},
): Promise<string> {
  const response = await fetch(endpointOf(undefined), {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
      ...authorization(signingName),
    },
    body: new URLSearchParams({ Action: action, Version: version, ...params }).toString(),
  });
  const text = await response.text();
  if (!response.ok) {
    throw new AwsWireError(xmlValue(text, 'Code') ?? String(response.status), text, response.status);
  }
  return text;
}

/** The text of the first <name> element of a query-protocol answer. */
export function xmlValue(xml: string, name: string): string | null {
  return new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1] ?? null;
}
