import { describe, expect, it } from 'vitest';
import { capacityStatus } from '../../../functions/core/lists/capacity-status.js';
import type { Capacity } from '../../../functions/core/model.js';

const now = new Date('2026-11-22T12:00:00Z');
const stated = (over: Partial<Capacity> = {}): Capacity => ({
  places: 10,
  onRoll: 7,
  vacancies: 3,
  vacanciesByYear: [],
  pendingConsultations: 0,
  note: null,
  source: 'SETTING',
  updatedAt: '2026-11-15T09:00:00.000Z',
  updatedBy: 'senco',
  ...over,
});

describe('capacityStatus', () => {
  it.each([
    ['places free', stated(), 'AVAILABLE'],
    ['one place free', stated({ vacancies: 1 }), 'LIMITED'],
    ['as many consultations as places free', stated({ vacancies: 3, pendingConsultations: 3 }), 'LIMITED'],
    ['no place free', stated({ vacancies: 0, onRoll: 12 }), 'FULL'],
    ['figures older than the threshold', stated({ updatedAt: '2026-09-01T00:00:00.000Z' }), 'UNCONFIRMED'],
    ['census figures from GIAS', stated({ source: 'GIAS' }), 'UNCONFIRMED'],
    ['synthetic figures', stated({ source: 'SYNTHETIC' }), 'UNCONFIRMED'],
    ['no figures at all', null, 'UNCONFIRMED'],
  ])('%s → %s', (_case, capacity, status) => {
    expect(capacityStatus(capacity, now, 30).status).toBe(status);
  });

  it("reads the child's year group when the setting gives vacancies by year", () => {
    const byYear = stated({ vacancies: 2, vacanciesByYear: [{ year: 4, vacancies: 2 }] });
    expect(capacityStatus(byYear, now, 30, 4)).toMatchObject({ status: 'AVAILABLE', vacanciesInYear: 2 });
    expect(capacityStatus(byYear, now, 30, 5)).toMatchObject({
      status: 'FULL',
      vacanciesInYear: 0,
      vacancies: 2,
    });
    expect(capacityStatus(byYear, now, 30, null).vacanciesInYear).toBeNull();
  });

  it('keeps the date the figures were stated, so the list shows how fresh they are', () => {
    expect(capacityStatus(stated(), now, 30).lastConfirmedAt).toBe('2026-11-15T09:00:00.000Z');
  });
});
