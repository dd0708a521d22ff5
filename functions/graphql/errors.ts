import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { type DomainError, isDomainError } from '../core/errors.js';

/** The `extensions.code` values this API answers with (the README's error table lists each). */
export enum ErrorCode {
  GraphqlParseFailed = 'GRAPHQL_PARSE_FAILED',
  DocumentTooLarge = 'DOCUMENT_TOO_LARGE',
  GraphqlValidationFailed = 'GRAPHQL_VALIDATION_FAILED',
  OperationNotSupported = 'OPERATION_NOT_SUPPORTED',
  BadRequest = 'BAD_REQUEST',
  PersistedQueryNotFound = 'PERSISTED_QUERY_NOT_FOUND',
  PersistedQueryNotSupported = 'PERSISTED_QUERY_NOT_SUPPORTED',
  PersistedQueryHashMismatch = 'PERSISTED_QUERY_HASH_MISMATCH',
  OperationResolutionFailure = 'OPERATION_RESOLUTION_FAILURE',
  BadUserInput = 'BAD_USER_INPUT',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  TooManyRequests = 'TOO_MANY_REQUESTS',
  ConcurrentUpdate = 'CONCURRENT_UPDATE',
  DecisionRecorded = 'DECISION_RECORDED',
  ConsultationWithdrawn = 'CONSULTATION_WITHDRAWN',
  FiguresNotConfirmable = 'FIGURES_NOT_CONFIRMABLE',
  InternalServerError = 'INTERNAL_SERVER_ERROR',
}

/**
 * The HTTP status of a response whose first error has this code. Errors refused before any
 * resolver runs are 4xx; errors raised by resolvers answer 200, as GraphQL over HTTP says, except
 * where a client must act on the status itself (sign in, wait and retry).
 */
export const HTTP_STATUS: Readonly<Record<ErrorCode, { beforeExecution: number; fromResolver: number }>> = {
  [ErrorCode.GraphqlParseFailed]: { beforeExecution: 400, fromResolver: 400 },
  [ErrorCode.DocumentTooLarge]: { beforeExecution: 400, fromResolver: 400 },
  [ErrorCode.GraphqlValidationFailed]: { beforeExecution: 400, fromResolver: 400 },
  [ErrorCode.OperationNotSupported]: { beforeExecution: 400, fromResolver: 400 },
  [ErrorCode.BadRequest]: { beforeExecution: 400, fromResolver: 400 },
  [ErrorCode.PersistedQueryNotFound]: { beforeExecution: 200, fromResolver: 200 },
  [ErrorCode.PersistedQueryNotSupported]: { beforeExecution: 200, fromResolver: 200 },
  [ErrorCode.PersistedQueryHashMismatch]: { beforeExecution: 400, fromResolver: 400 },
  [ErrorCode.OperationResolutionFailure]: { beforeExecution: 400, fromResolver: 400 },
  [ErrorCode.BadUserInput]: { beforeExecution: 400, fromResolver: 200 },
  [ErrorCode.Unauthenticated]: { beforeExecution: 401, fromResolver: 401 },
  [ErrorCode.Forbidden]: { beforeExecution: 200, fromResolver: 200 },
  [ErrorCode.NotFound]: { beforeExecution: 200, fromResolver: 200 },
  [ErrorCode.Conflict]: { beforeExecution: 200, fromResolver: 200 },
  [ErrorCode.TooManyRequests]: { beforeExecution: 429, fromResolver: 429 },
  [ErrorCode.ConcurrentUpdate]: { beforeExecution: 503, fromResolver: 503 },
  [ErrorCode.DecisionRecorded]: { beforeExecution: 200, fromResolver: 200 },
  [ErrorCode.ConsultationWithdrawn]: { beforeExecution: 200, fromResolver: 200 },
  [ErrorCode.FiguresNotConfirmable]: { beforeExecution: 200, fromResolver: 200 },
  [ErrorCode.InternalServerError]: { beforeExecution: 500, fromResolver: 200 },
};

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && code in CODES_BY_VALUE;
}
const CODES_BY_VALUE: Readonly<Record<string, true>> = Object.fromEntries(
  Object.values(ErrorCode).map((c) => [c, true]),
);

// Errors Apollo and graphql-js raise before any resolver runs: safe and useful to show as they are.
export const REQUEST_ERROR_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  ErrorCode.BadUserInput,
  ErrorCode.GraphqlParseFailed,
  ErrorCode.DocumentTooLarge,
  ErrorCode.GraphqlValidationFailed,
  ErrorCode.OperationNotSupported,
  ErrorCode.BadRequest,
  ErrorCode.PersistedQueryNotFound,
  ErrorCode.PersistedQueryNotSupported,
  ErrorCode.PersistedQueryHashMismatch,
  ErrorCode.OperationResolutionFailure,
  ErrorCode.Unauthenticated,
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
    case 'StaleRevisionError':
      return {
        code: ErrorCode.Conflict,
        settingId: error.settingId,
        expectedRevision: error.expectedRevision,
        currentRevision: error.currentRevision,
      };
    case 'ConcurrentUpdateError':
      return { code: ErrorCode.ConcurrentUpdate, retryAfterSeconds: error.retryAfterSeconds };
    case 'DecisionRecordedError':
      return { code: ErrorCode.DecisionRecorded, decisionId: error.decisionId };
    case 'ConsultationWithdrawnError':
      return { code: ErrorCode.ConsultationWithdrawn, consultationId: error.consultationId };
    case 'FiguresNotConfirmableError':
      return { code: ErrorCode.FiguresNotConfirmable, provisionId: error.provisionId, source: error.source };
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
  const code = requestErrorCode(formatted);
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
    const field = code === ErrorCode.BadUserInput ? fieldOfCoercionError(formatted.message) : undefined;
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions: { ...extensions, code, ...(field ? { field } : {}) } };
  }
  return {
    message: MASKED_MESSAGE,
    path: formatted.path,
    extensions: { code: ErrorCode.InternalServerError },
  };
}

/** True for an error the client caused (logged at warn), false for the truly unexpected. */
export function isClientError(error: {
  message: string;
  extensions?: Record<string, unknown>;
  originalError?: unknown;
}): boolean {
  if (isDomainError(unwrapResolverError(error.originalError ?? error))) return true;
  const code = requestErrorCode({ message: error.message, extensions: error.extensions ?? {} });
  return typeof code === 'string' && REQUEST_ERROR_CODES.has(code);
}

/** The code a client sees for an error (formatted as formatError does), for logs. */
export function clientCodeOf(error: {
  message: string;
  extensions?: Record<string, unknown>;
  originalError?: unknown;
}): string {
  const original = unwrapResolverError(error.originalError ?? error);
  if (isDomainError(original)) return extensionsFor(original).code;
  return (
    requestErrorCode({ message: error.message, extensions: error.extensions ?? {} }) ??
    ErrorCode.InternalServerError
  );
}

/**
 * The code of an error Apollo or graphql-js raised before execution. Two come without a useful
 * one and are named here: a document over the token limit (a parse failure) and a persisted
 * query whose hash does not match its text (no code at all).
 */
function requestErrorCode(formatted: GraphQLFormattedError): string | undefined {
  const code = formatted.extensions?.code;
  // graphql-js words it "more that N tokens".
  if (
    code === ErrorCode.GraphqlParseFailed &&
    /Document contains more th(?:an|at) \d+ tokens/.test(formatted.message)
  )
    return ErrorCode.DocumentTooLarge;
  // Apollo raises it with no code, so by the time it is formatted it reads INTERNAL_SERVER_ERROR.
  if (formatted.message === 'provided sha does not match query') return ErrorCode.PersistedQueryHashMismatch;
  return typeof code === 'string' ? code : undefined;
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
