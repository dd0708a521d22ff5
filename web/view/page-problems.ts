import { type DomainError, waitInWords } from '../../functions/core/errors.js';

// What a page shows for a domain error its own handler did not turn into a form message: one
// exhaustive table, as functions/graphql/errors.ts is for the API, so no refusal of the core
// reaches a person as "Sorry, there is a problem with the service" and a 500.

export interface PageProblem {
  status: number;
  heading: string;
  paragraphs: string[];
  /** Seconds to wait before trying again (sent as Retry-After). */
  retryAfterSeconds?: number;
  /** The person must sign in first. */
  signIn?: true;
}

const CHANGED_MEANWHILE: Omit<PageProblem, 'status'> = {
  heading: 'This was changed while you were working on it',
  paragraphs: [
    'Nothing you sent was saved. Go back, reload the page to see the latest, and make your change again.',
  ],
};

/** The page for a domain error, by its kind: the type checker makes the switch cover each. */
export function pageProblemOf(error: DomainError): PageProblem {
  switch (error.name) {
    case 'InvalidInputError':
      return {
        status: 400,
        heading: 'Sorry, that did not work',
        paragraphs: ['Nothing was saved. Go back, check what you entered and try again.'],
      };
    case 'UnauthenticatedError':
      return { status: 401, heading: 'Sign in', paragraphs: ['Sign in to see this page.'], signIn: true };
    case 'ForbiddenError':
      return {
        status: 403,
        heading: 'You cannot see this page',
        paragraphs: ['Your account is not allowed to see or change this. Nothing was changed.'],
      };
    case 'NotFoundError':
      return {
        status: 404,
        heading: 'Page not found',
        paragraphs: ['It may have been removed, or the address may be wrong.'],
      };
    case 'FamilyLinkError':
      return {
        status: 404,
        heading: 'This link does not open a list',
        paragraphs: ['It may be mistyped, out of date or withdrawn. Ask the council for a new link.'],
      };
    case 'DuplicateError':
      return {
        status: 409,
        heading: 'This is already on the register',
        paragraphs: ['Nothing was saved. Go back and check the details: another setting already has them.'],
      };
    case 'CapacityConflictError':
    case 'StaleRevisionError':
      return { status: 409, ...CHANGED_MEANWHILE };
    case 'DecisionRecordedError':
      return {
        status: 409,
        heading: 'The council has recorded its decision',
        paragraphs: ['This can no longer be changed here. Nothing was changed.'],
      };
    case 'ConsultationWithdrawnError':
      return {
        status: 409,
        heading: 'This consultation was withdrawn',
        paragraphs: ['The council withdrew it, so there is nothing to answer. Nothing was changed.'],
      };
    case 'FiguresNotConfirmableError':
      return {
        status: 409,
        heading: 'These figures cannot be confirmed',
        paragraphs: ['They did not come from the setting or its council. Give the current figures instead.'],
      };
    case 'TooManyAttemptsError':
      return {
        status: 429,
        heading: 'Too many attempts',
        paragraphs: [`Wait ${waitInWords(error.retryAfterSeconds)}, then try again.`],
        retryAfterSeconds: error.retryAfterSeconds,
      };
    case 'ConcurrentUpdateError':
      return {
        status: 503,
        heading: 'Sorry, that was not saved',
        paragraphs: [
          `Many changes arrived at once, so nothing you sent was saved. Wait ${waitInWords(error.retryAfterSeconds)}, then send it again.`,
        ],
        retryAfterSeconds: error.retryAfterSeconds,
      };
    default: {
      const unreachable: never = error;
      return unreachable;
    }
  }
}
