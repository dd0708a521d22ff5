import { describe, expect, it } from 'vitest';
import { londonMonth, parsePeriod, periodChoices } from '../../../functions/core/sufficiency/periods.js';

// The fixed periods an officer can ask for: an academic year, its three terms, or a calendar
// quarter, each whole London months. Anything else is refused, so two views cannot be subtracted
// to count the lists of a single day.

describe('a period', () => {
  it('reads 2026-27 as the academic year 1 September 2026 to 31 August 2027, twelve months', () => {
    const year = parsePeriod('2026-27');
    expect(year).toMatchObject({
      id: '2026-27',
      kind: 'ACADEMIC_YEAR',
      startsOn: '2026-09-01',
      endsOn: '2027-08-31',
    });
    expect(year?.months).toHaveLength(12);
    expect(year?.months[0]).toBe('2026-09');
    expect(year?.months[11]).toBe('2027-08');
  });

  it.each([
    ['2026-27-autumn', '2026-09-01', '2026-12-31', ['2026-09', '2026-10', '2026-11', '2026-12']],
    ['2026-27-spring', '2027-01-01', '2027-04-30', ['2027-01', '2027-02', '2027-03', '2027-04']],
    ['2026-27-summer', '2027-05-01', '2027-08-31', ['2027-05', '2027-06', '2027-07', '2027-08']],
  ])('reads %s as a term from %s to %s', (id, startsOn, endsOn, months) => {
    expect(parsePeriod(id)).toEqual({ id, kind: 'TERM', startsOn, endsOn, months });
  });

  it('nests the three terms in their year: together, exactly its months in order', () => {
    const terms = ['autumn', 'spring', 'summer'].flatMap((t) => parsePeriod(`2026-27-${t}`)?.months ?? []);
    expect(terms).toEqual(parsePeriod('2026-27')?.months);
  });

  it.each([
    ['2027-Q1', '2027-01-01', '2027-03-31'],
    ['2027-Q2', '2027-04-01', '2027-06-30'],
    ['2027-Q3', '2027-07-01', '2027-09-30'],
    ['2027-Q4', '2027-10-01', '2027-12-31'],
    ['2028-Q1', '2028-01-01', '2028-03-31'],
  ])('reads %s as the quarter %s to %s', (id, startsOn, endsOn) => {
    const quarter = parsePeriod(id);
    expect(quarter).toMatchObject({ kind: 'QUARTER', startsOn, endsOn });
    expect(quarter?.months).toHaveLength(3);
  });

  it.each([
    '2026-28',
    '2026-26',
    '2026-2027',
    '2026-09-01/2026-09-30',
    '2026-09',
    '2026-Q5',
    '2026-Q0',
    '2026-q1',
    '1999-00',
    '1999-Q4',
    '2026-27-winter',
    '2026-27-Autumn',
    ' 2026-27',
    '',
  ])('refuses %j', (id) => {
    expect(parsePeriod(id)).toBeNull();
  });
});

describe('the London month a list is filed under', () => {
  it.each([
    ['2026-08-31T23:30:00Z', '2026-09'], // 00:30 BST on 1 September
    ['2026-08-31T22:59:59Z', '2026-08'],
    ['2026-12-31T23:30:00Z', '2026-12'], // GMT in winter: still 31 December
    ['2027-01-01T00:00:00Z', '2027-01'],
    ['2027-03-31T23:00:00Z', '2027-04'], // BST again by then
  ])('puts %s in %s', (instant, month) => {
    expect(londonMonth(instant)).toBe(month);
  });
});

describe('the periods an officer may pick', () => {
  const ids = (today: string) => periodChoices(today).map((p) => p.id);

  it('offers only periods that have begun', () => {
    const today = '2026-10-15';
    for (const p of periodChoices(today)) expect(p.startsOn <= today).toBe(true);
    expect(ids(today)).toContain('2026-27');
    expect(ids(today)).toContain('2026-27-autumn');
    expect(ids(today)).toContain('2026-Q4');
    expect(ids(today)).not.toContain('2026-27-spring');
    expect(ids(today)).not.toContain('2027-Q1');
  });

  it('offers this academic year and the two before, with their terms', () => {
    const years = periodChoices('2026-10-15').filter((p) => p.kind === 'ACADEMIC_YEAR');
    expect(years.map((p) => p.id)).toEqual(['2026-27', '2025-26', '2024-25']);
    expect(ids('2026-10-15')).toContain('2024-25-summer');
    expect(ids('2026-10-15')).not.toContain('2023-24');
  });

  it('starts the new academic year on 1 September, not before', () => {
    expect(ids('2026-08-31')[0]).toBe('2025-26');
    expect(ids('2026-09-01')[0]).toBe('2026-27');
  });

  it('offers every choice as a period it would accept', () => {
    for (const p of periodChoices('2027-05-01')) expect(parsePeriod(p.id)).toEqual(p);
  });
});
