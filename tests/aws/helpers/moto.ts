// What moto keeps that no AWS API shows: its own model data (GET /moto-api/data.json).

/** An email SES accepted, as moto records it. */
export interface SentEmail {
  id: string;
  source: string;
  subject: string;
  body: string;
  destinations: { ToAddresses?: string[]; CcAddresses?: string[]; BccAddresses?: string[] };
}

/**
 * Every email SES (v1 or v2) has accepted since the last reset. Read it before anything creates a
 * CloudFormation stack in moto: with one, data.json can fail (a known moto bug).
 */
export async function sentEmails(): Promise<SentEmail[]> {
  const response = await fetch(`${process.env.AWS_ENDPOINT_URL}/moto-api/data.json`);
  if (!response.ok) throw new Error(`moto's data.json answered ${response.status}.`);
  const data = (await response.json()) as { ses?: { Message?: SentEmail[] } };
  return data.ses?.Message ?? [];
}
