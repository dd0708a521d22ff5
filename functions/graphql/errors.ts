import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { type DomainError, isDomainError } from '../core/errors.js';

/** The `extensions.code` values this API answers with. */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  TooManyRequests = 'TOO_MANY_REQUESTS',
  InternalServerError = 'INTERNAL_SERVER_ERROR',
}

// Errors Apollo and graphql-js raise before any resolver runs: safe and useful to show as they are.
export const REQUEST_ERROR_CODES: ReadonlySet<string> = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
]);

export const MASKED_MESSAGE =
  'Something went wrong on our side. If it goes on, report it with the correlationId in this response.';

/** Domain error → code and the data a client needs to act on it. One exhaustive switch. */
export function extensionsFor(error: DomainError): { code: ErrorCode } & Record<string, unknown> {
  switch (error.name) {
    case 'InvalidInputError':
      return { code: ErrorCode.BadUserInput, field: error.field, issues: error.issues };
    case 'UnauthenticatedError':
      return { code: ErrorCode.Unauthenticated };
    case 'ForbiddenError':
      return { code: ErrorCode.Forbidden };
    case 'NotFoundError':
      return { code: ErrorCode.NotFound, entity: error.entity, id: error.id };
    case 'DuplicateError':
      return { code: ErrorCode.Conflict, field: error.field };
    case 'CapacityConflictError':
      return {
        code: ErrorCode.Conflict,
        provisionId: error.provisionId,
        expectedVersion: error.expectedVersion,
        currentVersion: error.currentVersion,
        current: error.current,
      };
    case 'FamilyLinkError':
      return { code: ErrorCode.NotFound, entity: 'FamilyLink' };
    case 'TooManyAttemptsError':
      return { code: ErrorCode.TooManyRequests, retryAfterSeconds: error.retryAfterSeconds };
    default: {
      const unreachable: never = error;
      return unreachable;
    }
  }
}

/**
 * Apollo's formatError: domain errors get their code, request errors pass through (with the
 * offending variable's path as `field`), and anything unexpected is masked — it is logged
 * with the correlation id by the logging plugin, never shown.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (isDomainError(original)) {
    return { message: original.message, path: formatted.path, extensions: extensionsFor(original) };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
    const field = code === ErrorCode.BadUserInput ? fieldOfCoercionError(formatted.message) : undefined;
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions: field ? { ...extensions, field } : extensions };
  }
  return {
    message: MASKED_MESSAGE,
    path: formatted.path,
    extensions: { code: ErrorCode.InternalServerError },
  };
}

/**
 * graphql-js names the offending part of a variable in its message
 * (`... at "input.places"; ...` or `Field "places" of required type "Int!" was not provided.`).
 */
export function fieldOfCoercionError(message: string): string | undefined {
  const variable = /^Variable "\$(\w+)"/.exec(message)?.[1];
  // "input.provisions[1].designation[0]" → "input.provisions.1.designation.0", as domain errors name fields.
  const at = /got invalid value .*? at "([^"]+)"/.exec(message)?.[1]?.replace(/\[(\d+)\]/g, '.$1');
  const missing = /Field "([^"]+)" of required type/.exec(message)?.[1];
  if (at && missing) return `${at}.${missing}`;
  if (at) return at;
  if (variable && missing) return `${variable}.${missing}`;
  return variable;
}
