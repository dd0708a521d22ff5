import { describe, expect, it } from 'vitest';
import { parseCapacityInput, stateCapacity } from '../../functions/core/capacity-input.js';
import { InvalidInputError } from '../../functions/core/errors.js';

const valid = { provisionId: 's_1.p_1', expectedVersion: 3, places: 10, onRoll: 12, vacancies: 0 };

describe('parseCapacityInput', () => {
  it('accepts a setting over its commissioned number and fills the optional figures', () => {
    expect(parseCapacityInput(valid)).toEqual({
      provisionId: 's_1.p_1',
      expectedVersion: 3,
      figures: {
        places: 10,
        onRoll: 12,
        vacancies: 0,
        vacanciesByYear: [],
        pendingConsultations: 0,
        note: null,
      },
    });
  });

  it('sorts vacancies by year and requires them to add up', () => {
    const parsed = parseCapacityInput({
      ...valid,
      vacancies: 3,
      vacanciesByYear: [
        { year: 6, vacancies: 2 },
        { year: 0, vacancies: 1 },
      ],
    });
    expect(parsed.figures.vacanciesByYear.map((y) => y.year)).toEqual([0, 6]);
    expect(() =>
      parseCapacityInput({ ...valid, vacancies: 3, vacanciesByYear: [{ year: 1, vacancies: 2 }] }),
    ).toThrow(InvalidInputError);
  });

  it('allows a provision with no places and no vacancies (a closed unit still reports its roll)', () => {
    expect(parseCapacityInput({ ...valid, places: 0, onRoll: 3, vacancies: 0 }).figures.places).toBe(0);
  });
});

describe('stateCapacity', () => {
  it('records figures from setting staff as SETTING and from officers as LA', () => {
    const figures = parseCapacityInput(valid).figures;
    const now = '2026-11-22T10:00:00.000Z';
    expect(stateCapacity(figures, { subject: 'u1', role: 'SETTING_STAFF' }, now)).toMatchObject({
      source: 'SETTING',
      updatedBy: 'u1',
      updatedAt: now,
    });
    expect(stateCapacity(figures, { subject: 'u2', role: 'LA_OFFICER' }, now).source).toBe('LA');
  });
});
