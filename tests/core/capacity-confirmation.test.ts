import { describe, expect, it } from 'vitest';
import { confirmCapacity } from '../../functions/core/capacity-input.js';
import { FiguresNotConfirmableError } from '../../functions/core/errors.js';
import type { Capacity } from '../../functions/core/model.js';

const figures = (source: Capacity['source']): Capacity => ({
  places: 10,
  onRoll: 8,
  vacancies: 2,
  vacanciesByYear: [],
  pendingConsultations: 0,
  note: null,
  source,
  updatedAt: '2026-10-01T09:00:00.000Z',
  updatedBy: 'someone',
});

describe('confirming figures', () => {
  it.each(['SETTING', 'LA'] as const)('keeps %s figures as they are, stamped confirmed', (source) => {
    expect(
      confirmCapacity('p1', figures(source), { subject: 'staff-1' }, '2026-11-29T10:00:00.000Z'),
    ).toEqual({
      ...figures(source),
      confirmedAt: '2026-11-29T10:00:00.000Z',
      confirmedBy: 'staff-1',
    });
  });

  it.each(['GIAS', 'SYNTHETIC'] as const)('never turns %s figures into a setting’s own', (source) => {
    expect(() =>
      confirmCapacity('p1', figures(source), { subject: 'staff-1' }, '2026-11-29T10:00:00.000Z'),
    ).toThrow(FiguresNotConfirmableError);
  });

  it('has nothing to confirm where no figures were stated', () => {
    expect(() => confirmCapacity('p1', null, { subject: 'staff-1' }, '2026-11-29T10:00:00.000Z')).toThrow(
      /no figures to confirm/,
    );
  });
});
