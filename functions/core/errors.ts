import type { Capacity } from './model.js';
import type { RefusalCode, RefusalParams } from './refusal-codes.js';

// Domain errors. Each carries what a caller needs to act on it; the GraphQL edge maps
// them to extensions.code in one exhaustive switch (functions/graphql/errors.ts).

export interface FieldIssue {
  /** Dotted path into the input, e.g. "input.ageRange.low". */
  field: string;
  /** What rule was broken (refusal-codes.ts): stable, for an edge to word it. */
  code: RefusalCode;
  /** The values the rule names (a maximum, the places a figure may not exceed), when it names any. */
  params?: RefusalParams;
  /** The core's own words, in English, for the API's clients and logs. */
  message: string;
}

/** The input breaks a rule. Nothing was written. */
export class InvalidInputError extends Error {
  override readonly name = 'InvalidInputError';
  constructor(
    readonly issues: FieldIssue[],
    options?: { cause?: unknown },
  ) {
    super(issues.map((i) => `${i.field}: ${i.message}`).join('; '), options);
  }

  /** The first field at fault: what most clients show next to a form field. */
  get field(): string {
    return this.issues[0]?.field ?? 'input';
  }
}

/** No valid credentials were presented for an operation that needs them. */
export class UnauthenticatedError extends Error {
  override readonly name = 'UnauthenticatedError';
  constructor(message = 'Sign in to do this: send a valid bearer token.', options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** The caller is known but may not do this. */
export class ForbiddenError extends Error {
  override readonly name = 'ForbiddenError';
}

export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  constructor(
    readonly entity: 'Setting' | 'Provision' | 'TailoredList' | 'Case' | 'Consultation',
    readonly id: string,
    options?: { cause?: unknown },
  ) {
    super(`${entity} ${id} was not found.`, options);
  }
}

/** A uniqueness rule would be broken (e.g. a URN already on another setting). */
export class DuplicateError extends Error {
  override readonly name = 'DuplicateError';
  constructor(
    readonly field: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A setting update was based on a revision that is no longer current. */
export class StaleRevisionError extends Error {
  override readonly name = 'StaleRevisionError';
  constructor(
    readonly settingId: string,
    readonly expectedRevision: number,
    readonly currentRevision: number,
    options?: { cause?: unknown },
  ) {
    super(
      `Setting ${settingId} has changed since revision ${expectedRevision}: it is now at revision ${currentRevision}. Read it again and send your change with expectedRevision ${currentRevision}.`,
      options,
    );
  }
}

/** A capacity update was based on a version that is no longer current. */
export class CapacityConflictError extends Error {
  override readonly name = 'CapacityConflictError';
  constructor(
    readonly provisionId: string,
    readonly expectedVersion: number,
    readonly currentVersion: number,
    readonly current: Capacity | null,
    options?: { cause?: unknown },
  ) {
    super(
      `Capacity of provision ${provisionId} has changed since version ${expectedVersion}: it is now at version ${currentVersion}. Check the current figures and send your update again with expectedVersion ${currentVersion}.`,
      options,
    );
  }
}

/**
 * A family link that opens nothing. One error for wrong, expired and withdrawn links alike, so a
 * guesser learns nothing from it.
 */
export class FamilyLinkError extends Error {
  override readonly name = 'FamilyLinkError';
  constructor(options?: { cause?: unknown }) {
    super(
      'This link does not open a list. It may be mistyped, out of date or withdrawn: ask the council for a new one.',
      options,
    );
  }
}

/** "45 seconds", "1 minute", "9 minutes": how long to wait, rounded up (the API's and the pages' words). */
export function waitInWords(seconds: number): string {
  if (seconds < 60) {
    const s = Math.max(1, Math.ceil(seconds));
    return `${s} ${s === 1 ? 'second' : 'seconds'}`;
  }
  const m = Math.ceil(seconds / 60);
  return `${m} ${m === 1 ? 'minute' : 'minutes'}`;
}

/** Too many failed attempts from one place in a short time. */
export class TooManyAttemptsError extends Error {
  override readonly name = 'TooManyAttemptsError';
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many attempts. Try again in ${waitInWords(retryAfterSeconds)}.`);
  }
}

/** A write lost to other writers every time it tried: nothing was written; try again shortly. */
export class ConcurrentUpdateError extends Error {
  override readonly name = 'ConcurrentUpdateError';
  constructor(
    readonly id: string,
    readonly retryAfterSeconds: number,
    options?: { cause?: unknown },
  ) {
    super(
      `Many changes to ${id} arrived at once and this one could not be applied. Nothing was written: try again.`,
      options,
    );
  }
}

/** Figures that are not a setting's or LA's own statement cannot be confirmed as still correct. */
export class FiguresNotConfirmableError extends Error {
  override readonly name = 'FiguresNotConfirmableError';
  constructor(
    readonly provisionId: string,
    readonly source: string | null,
  ) {
    super(
      source === null
        ? `Provision ${provisionId} has no figures to confirm: state them with updateCapacity.`
        : `The figures of provision ${provisionId} come from ${source} (census or model data), not from the setting or its LA: state them with updateCapacity instead of confirming them.`,
    );
  }
}

/** The council has recorded its decision: the journey's choices and answers are closed. */
export class DecisionRecordedError extends Error {
  override readonly name = 'DecisionRecordedError';
  constructor(readonly decisionId: string) {
    super(
      'The council has recorded its decision for this child, so this can no longer be changed here. Contact the council (or correct the decision, for officers).',
    );
  }
}

/** The consultation was withdrawn by the council: it can no longer be answered. */
export class ConsultationWithdrawnError extends Error {
  override readonly name = 'ConsultationWithdrawnError';
  constructor(readonly consultationId: string) {
    super(`Consultation ${consultationId} was withdrawn by the council: there is nothing to answer.`);
  }
}

export type DomainError =
  | InvalidInputError
  | UnauthenticatedError
  | ForbiddenError
  | NotFoundError
  | DuplicateError
  | CapacityConflictError
  | FamilyLinkError
  | TooManyAttemptsError
  | ConcurrentUpdateError
  | StaleRevisionError
  | DecisionRecordedError
  | ConsultationWithdrawnError
  | FiguresNotConfirmableError;

export function isDomainError(error: unknown): error is DomainError {
  return (
    error instanceof InvalidInputError ||
    error instanceof UnauthenticatedError ||
    error instanceof ForbiddenError ||
    error instanceof NotFoundError ||
    error instanceof DuplicateError ||
    error instanceof CapacityConflictError ||
    error instanceof FamilyLinkError ||
    error instanceof TooManyAttemptsError ||
    error instanceof ConcurrentUpdateError ||
    error instanceof StaleRevisionError ||
    error instanceof DecisionRecordedError ||
    error instanceof ConsultationWithdrawnError ||
    error instanceof FiguresNotConfirmableError
  );
}
