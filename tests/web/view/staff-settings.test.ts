import { describe, expect, it } from 'vitest';
import { parseCapacityInput } from '../../../functions/core/capacity-input.js';
import { InvalidInputError } from '../../../functions/core/errors.js';
import { capacityStatus } from '../../../functions/core/lists/capacity-status.js';
import type { Capacity, Provision, Setting } from '../../../functions/core/model.js';
import { historyModel } from '../../../web/view/staff/capacity-history.js';
import {
  figuresErrors,
  figuresFormModel,
  figuresInput,
  yearsFor,
} from '../../../web/view/staff/figures-form.js';
import { freshnessModel, settingPageModel } from '../../../web/view/staff/setting-page.js';

const NOW = new Date('2026-11-22T12:00:00Z');

const capacity = (over: Partial<Capacity> = {}): Capacity => ({
  places: 12,
  onRoll: 13,
  vacancies: 2,
  vacanciesByYear: [],
  pendingConsultations: 1,
  note: null,
  source: 'SETTING',
  updatedAt: '2026-11-01T09:00:00.000Z',
  updatedBy: 'staff-1',
  ...over,
});

const provision = (over: Partial<Provision> = {}): Provision => ({
  id: 's_1.p_1',
  settingId: 's_1',
  kind: 'RESOURCED_PROVISION',
  name: 'Autism base',
  designation: ['ASD', 'SLCN'],
  ageRange: null,
  apTiers: [],
  capacity: capacity(),
  capacityVersion: 3,
  source: 'LA',
  openConsultations: 2,
  ...over,
});

const setting = (provisions: Provision[]): Setting => ({
  id: 's_1',
  urn: '123456',
  name: 'Maple Primary School',
  kind: 'MAINSTREAM',
  sector: 'ACADEMY',
  section41Approved: false,
  phase: 'PRIMARY',
  ageRange: { low: 4, high: 11 },
  genderIntake: 'MIXED',
  boarding: 'DAY',
  religiousCharacter: null,
  laCode: '938',
  address: { lines: ['1 Maple Road'], town: 'Horsham', postcode: 'RH12 1AB' },
  location: { lat: 51, lon: -0.3 },
  status: 'OPEN',
  source: 'LA',
  sourceNotes: [],
  provisions,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

const pageOf = (p: Provision, over: Partial<Parameters<typeof settingPageModel>[0]> = {}) =>
  settingPageModel({
    setting: setting([p]),
    laName: 'West Sussex',
    now: NOW,
    freshDays: 30,
    canUpdate: true,
    canReadHistory: true,
    ...over,
  });

describe('a setting’s page', () => {
  it('offers “still correct” only for the setting’s or council’s own figures, to those who may change them', () => {
    const own = pageOf(provision()).provisions[0];
    expect(own).toMatchObject({ canConfirm: true, canChange: true, notConfirmableText: null });
    for (const source of ['GIAS', 'SYNTHETIC'] as const) {
      const census = pageOf(provision({ capacity: capacity({ source }) })).provisions[0];
      expect(census?.canConfirm).toBe(false);
      expect(census?.canChange).toBe(true);
      expect(census?.notConfirmableText).toMatch(/cannot be confirmed/);
    }
    const none = pageOf(provision({ capacity: null })).provisions[0];
    expect(none).toMatchObject({ canConfirm: false, figures: null, freshness: null });
    const reader = pageOf(provision(), { canUpdate: false, canReadHistory: false });
    expect(reader.readOnly).toBe(true);
    expect(reader.provisions[0]).toMatchObject({ canConfirm: false, canChange: false, historyPath: null });
  });

  it('shows requests under way as stated and as OpenPlace counts them, and designations in words', () => {
    const p = pageOf(provision()).provisions[0];
    expect(p?.figures).toMatchObject({
      pendingOutside: 1,
      pendingInOpenPlace: 2,
      pendingTotal: 3,
      overNumber: true,
    });
    expect(p?.designation).toEqual([
      'Autistic spectrum disorder (ASD)',
      'Speech, language and communication needs (SLCN)',
    ]);
    expect(pageOf(provision({ kind: 'AP_PROGRAMME', apTiers: ['TIER_2'] })).provisions[0]?.apTiers).toEqual([
      'Tier 2: time-limited placements',
    ]);
  });

  it('says until when lists count figures as fresh, by the lists’ own rule', () => {
    const stated = capacity({ updatedAt: '2026-11-01T09:00:00.000Z' });
    const fresh = freshnessModel(stated, NOW, 30);
    expect(fresh.fresh).toBe(true);
    expect(fresh.listText).toContain('until 1 December 2026');
    // The same answer as the lists give, just before and just after the window ends.
    for (const at of ['2026-12-01T08:59:59.000Z', '2026-12-01T09:00:01.000Z']) {
      const now = new Date(at);
      expect(freshnessModel(stated, now, 30).fresh).toBe(
        capacityStatus(stated, now, 30).status !== 'UNCONFIRMED',
      );
    }
    const confirmed = freshnessModel(capacity({ confirmedAt: '2026-11-20T09:00:00.000Z' }), NOW, 30);
    expect(confirmed.lastText).toMatch(/Confirmed as still correct on 20 November 2026/);
    expect(confirmed.listText).toContain('until 20 December 2026');
    const stale = freshnessModel(stated, new Date('2027-01-10T00:00:00Z'), 30);
    expect(stale.fresh).toBe(false);
    expect(stale.listText).toMatch(/stopped counting them as up to date on 1 December 2026/);
    expect(freshnessModel(capacity({ source: 'GIAS' }), NOW, 30).listText).toMatch(
      /did not come from the setting/,
    );
  });

  it('shows a success banner for ?done= and a refused confirmation by its provision', () => {
    expect(pageOf(provision(), { done: 'confirmed' }).done).toMatch(/still correct/);
    expect(pageOf(provision(), { done: 'nonsense' }).done).toBeNull();
    const refused = pageOf(provision(), { problem: { provisionId: 's_1.p_1', text: 'Changed' } });
    expect(refused.problem).toEqual({
      provisionId: 's_1.p_1',
      text: 'Changed',
      inputId: 'provision-s_1.p_1',
    });
  });
});

describe('the change-figures form', () => {
  it('offers the year groups the ages cover', () => {
    expect(yearsFor({ low: 4, high: 11 })).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(yearsFor({ low: 11, high: 19 })).toEqual([6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(yearsFor({ low: 11, high: 16 }, [3])).toEqual([3, 6, 7, 8, 9, 10, 11]);
  });

  it('sends what was typed as updateCapacity takes it', () => {
    const input = figuresInput(
      's_1.p_1',
      {
        expectedVersion: '3',
        places: '12',
        onRoll: ' 13 ',
        vacancies: '2',
        'year-3': '2',
        'year-4': '',
        note: ' ',
      },
      [3, 4],
    );
    expect(input).toEqual({
      provisionId: 's_1.p_1',
      expectedVersion: 3,
      places: 12,
      onRoll: 13,
      vacancies: 2,
      vacanciesByYear: [{ year: 3, vacancies: 2 }],
      pendingConsultations: null,
      note: null,
    });
    expect(parseCapacityInput(input).figures.pendingConsultations).toBe(0);
  });

  it('turns the service’s refusal into a message by each input, in the form’s order', () => {
    const issuesOf = (input: unknown) => {
      try {
        parseCapacityInput(input);
      } catch (error) {
        if (error instanceof InvalidInputError) return error.issues;
      }
      return [];
    };
    const typed = { expectedVersion: '3', places: '', onRoll: 'lots', vacancies: '2' };
    const input = figuresInput('s_1.p_1', typed, []);
    expect(figuresErrors(issuesOf(input), input)).toEqual([
      { inputId: 'places', text: 'Enter the number of places' },
      { inputId: 'onRoll', text: 'Number on roll must be a whole number, like 3' },
    ]);
    // Rules across fields are checked once every number is one.
    const over = { expectedVersion: '3', places: '10', onRoll: '9', vacancies: '20', 'year-2': '1' };
    const overInput = figuresInput('s_1.p_1', over, [2]);
    expect(figuresErrors(issuesOf(overInput), overInput)).toEqual([
      { inputId: 'vacancies', text: 'Free places must not be more than the number of places (10)' },
      {
        inputId: 'year-2',
        text: 'Free places by year group must add up to the free places (20). They add up to 1',
      },
    ]);
    expect(
      figuresErrors([{ field: 'input.note', code: 'TOO_LONG', params: { max: 500 }, message: '' }], input),
    ).toEqual([{ inputId: 'note', text: 'Note must be 500 characters or fewer' }]);
  });

  it('keeps what was typed after a refusal, and after a conflict carries the version now current', () => {
    const p = provision({ capacityVersion: 5 });
    const values = { expectedVersion: '3', places: '9', onRoll: '9', vacancies: '0' };
    const refused = figuresFormModel({ setting: setting([p]), provision: p, values });
    expect(refused.values.places).toBe('9');
    expect(refused.expectedVersion).toBe('3');
    const conflict = figuresFormModel({ setting: setting([p]), provision: p, values, conflict: true });
    expect(conflict.expectedVersion).toBe('5');
    expect(conflict.current?.places).toBe(12);
    const fresh = figuresFormModel({ setting: setting([p]), provision: p });
    expect(fresh.values).toMatchObject({
      places: '12',
      onRoll: '13',
      vacancies: '2',
      pendingConsultations: '1',
    });
    expect(fresh.inOpenPlace).toBe(2);
  });
});

describe('the capacity history', () => {
  it('says when, what kind, who, and the figures before and after', () => {
    const model = historyModel({
      setting: { id: 's_1', name: 'Maple' },
      provision: { id: 's_1.p_1', name: 'Autism base' },
      changes: [
        {
          provisionId: 's_1.p_1',
          settingId: 's_1',
          version: 2,
          before: capacity(),
          after: capacity({ confirmedAt: '2026-11-22T15:05:00.000Z' }),
          changedAt: '2026-11-22T15:05:00.000Z',
          changedBy: 'staff-1',
          changedByRole: 'SETTING_STAFF',
          kind: 'CONFIRMATION',
        },
      ],
      nextCursor: 'abc',
      isFirstPage: true,
    });
    expect(model.entries[0]).toMatchObject({
      kind: 'Confirmed as still correct',
      when: '22 November 2026 at 3:05pm',
      who: 'Staff of the setting (account staff-1)',
      after: '12 places, 13 on roll, 2 free; 1 request from councils outside OpenPlace',
    });
    expect(model.nextPath).toBe('/settings/s_1/provisions/s_1.p_1/history?after=abc');
    expect(model.firstPath).toBeNull();
  });
});
