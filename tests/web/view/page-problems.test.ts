import { describe, expect, it } from 'vitest';
import {
  CapacityConflictError,
  ConcurrentUpdateError,
  ConsultationWithdrawnError,
  DecisionRecordedError,
  type DomainError,
  DuplicateError,
  FamilyLinkError,
  FiguresNotConfirmableError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  StaleRevisionError,
  TooManyAttemptsError,
  UnauthenticatedError,
} from '../../../functions/core/errors.js';
import { pageProblemOf } from '../../../web/view/page-problems.js';

// One table from the core's refusals to what a page answers: none becomes a 500.

const cases: [DomainError, number][] = [
  [new InvalidInputError([{ field: 'x', code: 'REQUIRED', message: 'must not be empty' }]), 400],
  [new UnauthenticatedError(), 401],
  [new ForbiddenError('Only staff of this setting may change it.'), 403],
  [new NotFoundError('Setting', 's_1'), 404],
  [new FamilyLinkError(), 404],
  [new DuplicateError('input.urn', 'URN taken'), 409],
  [new CapacityConflictError('p', 1, 2, null), 409],
  [new StaleRevisionError('s', 1, 2), 409],
  [new DecisionRecordedError('d1'), 409],
  [new ConsultationWithdrawnError('c1'), 409],
  [new FiguresNotConfirmableError('p', 'GIAS'), 409],
  [new TooManyAttemptsError(45), 429],
  [new ConcurrentUpdateError('s_1', 1), 503],
];

describe('pageProblemOf', () => {
  it.each(cases.map(([e, status]) => [e.name, status, e] as const))(
    '%s is a %i page',
    (_name, status, error) => {
      const problem = pageProblemOf(error);
      expect(problem.status).toBe(status);
      expect(problem.heading.length).toBeGreaterThan(0);
      // The page's own words, never the core's English sentence.
      expect(problem.paragraphs.join(' ')).not.toContain(error.message);
    },
  );

  it('tells a person how long to wait when many changes arrived at once, and sends Retry-After', () => {
    expect(pageProblemOf(new ConcurrentUpdateError('s_1', 1))).toMatchObject({
      status: 503,
      retryAfterSeconds: 1,
      paragraphs: [expect.stringMatching(/nothing you sent was saved\. Wait 1 second, then send it again/)],
    });
  });

  it('sends a person who is not signed in to sign in', () => {
    expect(pageProblemOf(new UnauthenticatedError()).signIn).toBe(true);
  });
});
