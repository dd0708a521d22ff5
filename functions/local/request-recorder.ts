import type { DocumentClient } from '../store/client.js';

/** One AWS request as it goes on the wire: the service's action and its JSON body. */
export interface AwsRequest {
  /** e.g. "dynamodb:TransactWriteItems", as IAM names the action */
  action: string;
  /** The request's JSON body (DynamoDB's wire format: attribute values typed, { S: "…" }). */
  input: Record<string, unknown>;
}

export type RequestListener = (request: AwsRequest) => void;

/**
 * Tells `listener` of every request `client` sends, once built (after the document client has
 * marshalled it, before signing and retries): what the role the code runs under must allow.
 * A test seam of the local runtime (LocalStackOptions.requests); nothing in AWS uses it.
 */
export function recordRequests(client: DocumentClient, listener: RequestListener): void {
  client.middlewareStack.add(
    (next) => async (args) => {
      const request = args.request as { headers?: Record<string, string>; body?: unknown };
      const target = request.headers?.['x-amz-target'] ?? request.headers?.['X-Amz-Target'];
      // The serializer leaves the body as a string or as bytes, depending on the SDK's version.
      const body =
        typeof request.body === 'string'
          ? request.body
          : request.body instanceof Uint8Array
            ? new TextDecoder().decode(request.body)
            : null;
      if (target && body !== null) {
        // "DynamoDB_20120810.PutItem" → "dynamodb:PutItem"
        const operation = target.split('.').pop() ?? target;
        listener({ action: `dynamodb:${operation}`, input: JSON.parse(body) });
      }
      return next(args);
    },
    { step: 'build', name: 'openplaceRequestRecorder', override: true },
  );
}
