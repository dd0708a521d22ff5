import { describe, expect, it } from 'vitest';
import { SEN_COLUMNS } from '../../functions/core/gias/columns.js';
import { type GiasRowResult, mapGiasRow } from '../../functions/core/gias/map-row.js';
import {
  CLOSED_NOT_IN_REGISTER,
  decideGiasRow,
  type GiasDecision,
  type GiasIds,
  sameData,
} from '../../functions/core/gias/merge.js';
import type { Capacity, Provision, Setting } from '../../functions/core/model.js';
import { aGiasRow, SEN, withoutColumns } from './gias-rows.js';

const ids: GiasIds = {
  setting: (urn) => `urn-${urn}`,
  provision: (settingId, local) => `${settingId}.${local}`,
};
const created = '2026-01-10T09:00:00.000Z';
const later = '2026-02-10T09:00:00.000Z';

const WITH_RP = {
  'TypeOfResourcedProvision (name)': 'Resourced provision and SEN unit',
  ResourcedProvisionCapacity: '12',
  ResourcedProvisionOnRoll: '10',
  SenUnitCapacity: '8',
  SenUnitOnRoll: '6',
};

function row(cells: Record<string, string> = {}, extract = '2025-04-22'): GiasRowResult {
  return mapGiasRow(aGiasRow({ ...WITH_RP, ...cells }, [SEN.ASD, SEN.SLCN]), extract);
}

function decide(result: GiasRowResult, existing: Setting | null, now = later): GiasDecision {
  return decideGiasRow({ result, existing, ids, now });
}

function settingOf(decision: GiasDecision): Setting {
  if (decision.action !== 'create' && decision.action !== 'update') {
    throw new Error(`Expected a write, got ${JSON.stringify(decision)}`);
  }
  return decision.setting;
}

/** The setting as the first import of the row stores it. */
const stored = (cells: Record<string, string> = {}) => settingOf(decide(row(cells), null, created));

function provision(setting: Setting, kind: Provision['kind']): Provision {
  const found = setting.provisions.find((p) => p.kind === kind);
  if (!found) throw new Error(`No ${kind}`);
  return found;
}

function withProvision(setting: Setting, id: string, change: Partial<Provision>): Setting {
  return { ...setting, provisions: setting.provisions.map((p) => (p.id === id ? { ...p, ...change } : p)) };
}

const confirmed: Capacity = {
  places: 12,
  onRoll: 12,
  vacancies: 0,
  vacanciesByYear: [],
  pendingConsultations: 1,
  note: null,
  source: 'SETTING',
  updatedAt: '2026-01-20T08:00:00.000Z',
  updatedBy: 'senco',
};

describe('decideGiasRow', () => {
  it('creates a new setting with deterministic ids and GIAS capacity', () => {
    const setting = stored();
    expect(setting.id).toBe('urn-900100');
    expect(setting.provisions.map((p) => p.id)).toEqual([
      'urn-900100.main',
      'urn-900100.rp',
      'urn-900100.unit',
    ]);
    expect(setting.provisions.every((p) => p.settingId === 'urn-900100' && p.capacityVersion === 0)).toBe(
      true,
    );
    expect(provision(setting, 'RESOURCED_PROVISION').capacity).toMatchObject({ places: 12, source: 'GIAS' });
    expect(setting).toMatchObject({ createdAt: created, updatedAt: created, source: 'GIAS' });
  });

  it('finds nothing to do when the same row comes again: not even updatedAt changes', () => {
    expect(decide(row(), stored())).toEqual({ action: 'unchanged', warnings: [] });
  });

  it('keeps GIAS figures first seen in an older extract when a newer one repeats them', () => {
    expect(decide(row({}, '2025-05-20'), stored()).action).toBe('unchanged');
  });

  it('updates GIAS-sourced details and figures from a newer extract, and says what changed', () => {
    const decision = decide(
      row({ EstablishmentName: 'Renamed Primary School', ResourcedProvisionCapacity: '14' }, '2025-05-20'),
      stored(),
    );
    expect(decision).toMatchObject({ action: 'update', changed: ['name', 'capacity'] });
    const setting = settingOf(decision);
    expect(setting).toMatchObject({ name: 'Renamed Primary School', createdAt: created, updatedAt: later });
    expect(provision(setting, 'RESOURCED_PROVISION').capacity).toMatchObject({
      places: 14,
      vacancies: 4,
      updatedAt: '2025-05-20T00:00:00.000Z',
    });
    expect(provision(setting, 'SEN_UNIT').capacity?.updatedAt).toBe('2025-04-22T00:00:00.000Z');
  });

  it.each(['SETTING', 'LA'] as const)('never replaces capacity confirmed by the %s', (source) => {
    const before = stored();
    const rp = provision(before, 'RESOURCED_PROVISION');
    const existing = withProvision(before, rp.id, { capacity: { ...confirmed, source }, capacityVersion: 3 });
    const decision = decide(
      row({ ResourcedProvisionCapacity: '20', SenUnitCapacity: '9' }, '2025-05-20'),
      existing,
    );
    const after = settingOf(decision);
    expect(provision(after, 'RESOURCED_PROVISION')).toMatchObject({
      capacity: { ...confirmed, source },
      capacityVersion: 3,
    });
    expect(provision(after, 'SEN_UNIT').capacity).toMatchObject({ places: 9, source: 'GIAS' });
  });

  it('replaces synthetic capacity with GIAS figures, and leaves capacity alone when GIAS has none', () => {
    const before = stored();
    const rp = provision(before, 'RESOURCED_PROVISION');
    const unit = provision(before, 'SEN_UNIT');
    const existing = withProvision(
      withProvision(before, rp.id, { capacity: { ...confirmed, source: 'SYNTHETIC' } }),
      unit.id,
      {
        capacity: { ...confirmed, places: 30, source: 'GIAS' },
      },
    );
    const after = settingOf(decide(row({ SenUnitCapacity: '', SenUnitOnRoll: '' }), existing));
    expect(provision(after, 'RESOURCED_PROVISION').capacity).toMatchObject({ places: 12, source: 'GIAS' });
    expect(provision(after, 'SEN_UNIT').capacity).toMatchObject({ places: 30, source: 'GIAS' });
  });

  it('keeps provisions the LA added by hand, and does not guess which one GIAS means', () => {
    const before = stored();
    const rp = provision(before, 'RESOURCED_PROVISION');
    const byHand: Provision = {
      id: 'urn-900100.p_hand',
      settingId: before.id,
      kind: 'RESOURCED_PROVISION',
      name: 'Hearing support base',
      designation: ['HI'],
      ageRange: { low: 5, high: 11 },
      apTiers: [],
      capacity: null,
      capacityVersion: 0,
      source: 'LA',
    };
    const edited = withProvision(before, rp.id, {
      name: 'Autism base',
      designation: ['ASD'],
      source: 'LA',
      capacity: null,
    });
    const existing = { ...edited, provisions: [...edited.provisions, byHand] };
    // Two resourced provisions of the LA's own: GIAS's could be either, so neither is touched,
    // and the one added by hand is kept as it is.
    expect(decide(row(), existing)).toEqual({
      action: 'unchanged',
      warnings: [
        'GIAS lists a resourced provision; the register has several it could be: none changed, check them',
      ],
    });
    const renamed = settingOf(decide(row({ EstablishmentName: 'Renamed' }), existing));
    expect(renamed.provisions.slice(1)).toEqual(existing.provisions.slice(1));
  });

  it('keeps the LA’s description of a provision it edited, and fills its empty capacity from GIAS', () => {
    const before = stored();
    const rp = provision(before, 'RESOURCED_PROVISION');
    const existing = withProvision(before, rp.id, {
      name: 'Autism base',
      designation: ['ASD'],
      source: 'LA',
      capacity: null,
    });
    const after = settingOf(decide(row(), existing));
    expect(provision(after, 'RESOURCED_PROVISION')).toMatchObject({
      id: rp.id,
      name: 'Autism base',
      designation: ['ASD'],
      source: 'LA',
      capacity: { places: 12, source: 'GIAS' },
    });
  });

  it('matches the only provision of a kind an LA entered under another name, rather than adding a second', () => {
    const before = stored();
    const rp = provision(before, 'RESOURCED_PROVISION');
    const existing = withProvision(before, rp.id, { name: 'Speech and language centre', source: 'LA' });
    const after = decide(row(), existing);
    expect(after.action).toBe('unchanged');
  });

  it('adds a provision GIAS now lists to a setting the LA created, without taking an id in use', () => {
    const before = stored({ 'TypeOfResourcedProvision (name)': 'Not applicable' });
    const existing: Setting = {
      ...before,
      id: 's_la1',
      source: 'LA',
      provisions: [
        {
          ...before.provisions[0],
          id: 's_la1.rp',
          settingId: 's_la1',
          kind: 'SEN_UNIT',
          name: 'Old unit',
          source: 'LA',
        } as Provision,
      ],
    };
    const after = settingOf(decide(row({ SenUnitCapacity: '' }), existing));
    expect(after.source).toBe('GIAS');
    expect(after.provisions.map((p) => [p.id, p.kind])).toEqual([
      ['s_la1.rp', 'SEN_UNIT'],
      ['s_la1.main', 'MAIN_ROLL'],
      ['s_la1.rp2', 'RESOURCED_PROVISION'],
    ]);
  });

  it('keeps a GIAS provision that GIAS no longer lists, with a warning', () => {
    const decision = decide(row({ 'TypeOfResourcedProvision (name)': 'Resourced provision' }), stored());
    // Its only change: the note that both were designated alike no longer applies.
    expect(decision).toMatchObject({
      action: 'update',
      changed: ['sourceNotes'],
      warnings: ['GIAS no longer lists the SEN unit: kept in the register, check it'],
    });
    expect(settingOf(decision).provisions.map((p) => p.kind)).toEqual([
      'MAIN_ROLL',
      'RESOURCED_PROVISION',
      'SEN_UNIT',
    ]);
  });

  it('keeps what the register has for details a later file has no column for, and says so', () => {
    const before = stored({
      'Boarders (name)': 'Boarding school',
      'ReligiousCharacter (name)': 'Roman Catholic',
    });
    const reduced = mapGiasRow(
      withoutColumns(aGiasRow({ ...WITH_RP, EstablishmentName: 'Renamed Primary School' }), [
        'Boarders (name)',
        'ReligiousCharacter (name)',
        'Town',
        ...SEN_COLUMNS,
      ]),
      '2025-05-20',
    );

    const decision = decide(reduced, before);

    expect(decision).toMatchObject({ action: 'update', changed: ['name', 'sourceNotes'] });
    const after = settingOf(decision);
    expect(after).toMatchObject({
      boarding: 'DAY_AND_RESIDENTIAL',
      religiousCharacter: 'Roman Catholic',
      address: { town: 'Horsham' },
    });
    // Without SEN columns GIAS cannot say what the provisions are for: kept as they were, no warning.
    expect(after.provisions).toEqual(before.provisions);
    expect(decision.action === 'update' && decision.warnings).toEqual([
      'resourced provision or SEN unit without SEN designation: not imported',
    ]);
    expect(after.sourceNotes).toEqual([
      'The GIAS file had no column for boarding, religious character, town, the needs provided for (SEN columns): kept as recorded before.',
    ]);
    expect(decide(reduced, after).action).toBe('unchanged');
  });

  it('keeps a special school’s designation when a later file has no SEN columns', () => {
    const special = (drop: readonly string[]) =>
      mapGiasRow(
        withoutColumns(aGiasRow({ 'TypeOfEstablishment (code)': '07' }, [SEN.SLD, SEN.ASD]), drop),
        '2025-04-22',
      );
    const before = settingOf(decide(special([]), null, created));
    const after = settingOf(decide(special(SEN_COLUMNS), before));
    expect(provision(after, 'MAIN_ROLL').designation).toEqual(['SLD', 'ASD']);
  });

  it('keeps the resourced provisions in the register when a later file has no TypeOfResourcedProvision', () => {
    const before = stored();
    const decision = decide(
      mapGiasRow(
        withoutColumns(aGiasRow({}, [SEN.ASD, SEN.SLCN]), ['TypeOfResourcedProvision (name)']),
        '2025-04-22',
      ),
      before,
    );
    expect(decision).toMatchObject({ action: 'update', changed: ['sourceNotes'], warnings: [] });
    expect(settingOf(decision).provisions).toEqual(before.provisions);
  });

  it('refuses an age range that no longer covers a provision the LA gave its own ages', () => {
    const before = stored();
    const existing = withProvision(before, provision(before, 'RESOURCED_PROVISION').id, {
      ageRange: { low: 4, high: 11 },
      source: 'LA',
    });
    expect(decide(row({ StatutoryLowAge: '7' }), existing)).toMatchObject({ action: 'reject' });
  });

  it('creates nothing for a closed school, but closes one already in the register', () => {
    const closed = row({ 'EstablishmentStatus (name)': 'Closed' });
    expect(decide(closed, null)).toEqual({ action: 'skip', reason: CLOSED_NOT_IN_REGISTER });
    expect(settingOf(decide(closed, stored())).status).toBe('CLOSED');
  });

  it('closes a setting from a closed row whose other details no longer pass, changing nothing else', () => {
    const incomplete = row({
      'EstablishmentStatus (name)': 'Closed',
      Easting: '',
      EstablishmentName: 'Renamed',
    });
    const before = stored();
    const decision = decide(incomplete, before);
    expect(decision).toMatchObject({ action: 'update', changed: ['status'] });
    expect(settingOf(decision)).toEqual({ ...before, status: 'CLOSED', updatedAt: later });
    expect(decide(incomplete, settingOf(decision)).action).toBe('unchanged');
    expect(decide(incomplete, null)).toEqual({ action: 'skip', reason: CLOSED_NOT_IN_REGISTER });
  });

  it('passes skips and rejections through', () => {
    expect(decide(row({ 'EstablishmentStatus (name)': 'Proposed to open' }), null)).toEqual({
      action: 'skip',
      reason: 'proposed to open: not a setting yet',
    });
    expect(decide(row({ URN: '' }), null)).toEqual({ action: 'reject', reasons: ['missing URN'] });
  });
});

describe('sameData', () => {
  it.each([
    [{ a: 1, b: [1, { c: null }] }, { b: [1, { c: null }], a: 1 }, true],
    [{ a: 1, b: undefined }, { a: 1 }, true],
    [{ a: [1, 2] }, { a: [2, 1] }, false],
    [{ a: null }, { a: 0 }, false],
    [{ a: {} }, { a: [] }, false],
  ])('compares %j and %j', (a, b, same) => {
    expect(sameData(a, b)).toBe(same);
  });
});
