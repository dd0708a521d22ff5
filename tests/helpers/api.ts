import { inject } from 'vitest';
import { loadDevAuth, type TokenRequest } from '../../functions/local/dev-auth.js';

export interface GraphqlResponse<T = Record<string, unknown>> {
  status: number;
  data: T | null | undefined;
  errors:
    | { message: string; path?: string[]; extensions: Record<string, unknown> & { code: string } }[]
    | undefined;
  extensions: Record<string, unknown> | undefined;
}

const auth = await loadDevAuth();

/** A bearer token signed by the local development key, as `npm run token` makes. */
export function tokenFor(request: TokenRequest): string {
  return auth.mint(request);
}

export const asOfficer = (...laCodes: string[]) =>
  tokenFor({ role: 'officer', laCodes, subject: `officer-${laCodes.join('-')}` });
export const asStaff = (...settingIds: string[]) =>
  tokenFor({ role: 'setting', settingIds, subject: `staff-${settingIds[0]}` });

/** Sends one GraphQL operation to the local HTTP endpoint, as a client would. */
export async function gql<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
  headers: Record<string, string> = {},
): Promise<GraphqlResponse<T>> {
  return gqlAt<T>(inject('apiUrl'), query, variables, token, headers);
}

/** As gql, to another local API (a second stack a test started with its own seams). */
export async function gqlAt<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
  headers: Record<string, string> = {},
): Promise<GraphqlResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphqlResponse<T>, 'status'>;
  return { status: response.status, ...body };
}

/** The data of a response that must have succeeded; fails the test with the errors otherwise. */
export async function gqlOk<T = Record<string, any>>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const response = await gql<T>(query, variables, token);
  if (response.errors?.length || !response.data) {
    throw new Error(`Expected success, got ${JSON.stringify(response.errors)}`);
  }
  return response.data;
}

/** The single error of a response that must have failed. */
export async function gqlError(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const response = await gql(query, variables, token);
  const [error, ...rest] = response.errors ?? [];
  if (!error || rest.length > 0) throw new Error(`Expected one error, got ${JSON.stringify(response)}`);
  return error;
}
