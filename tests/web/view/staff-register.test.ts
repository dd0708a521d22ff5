import { describe, expect, it } from 'vitest';
import {
  parseRegisterQuery,
  registerErrors,
  registerPath,
  searchRow,
  settingRow,
} from '../../../web/view/staff/register.js';

const laName = (code: string) => (code === '938' ? 'West Sussex' : null);

describe('the register page’s query', () => {
  it('has asked nothing until a form is sent', () => {
    expect(parseRegisterQuery({}).mode).toBe('none');
  });

  it('searches by text when q is sent, keeping the cursor', () => {
    expect(parseRegisterQuery({ q: 'oakfield', after: 'c1' })).toMatchObject({
      mode: 'search',
      q: 'oakfield',
      after: 'c1',
    });
  });

  it('filters by LA, kind and need, leaving blanks out', () => {
    expect(parseRegisterQuery({ la: '938', kind: 'SPECIAL', need: '' })).toMatchObject({
      mode: 'filter',
      filter: { laCode: '938', kind: 'SPECIAL' },
      errors: [],
    });
  });

  it('refuses a kind or need that is not ours, on its own field', () => {
    expect(parseRegisterQuery({ la: '', kind: 'CASTLE', need: 'XYZ' }).errors.map((e) => e.inputId)).toEqual([
      'kind',
      'need',
    ]);
  });

  it('shows the service’s refusal of an LA code or cursor on the right field', () => {
    expect(
      registerErrors('filter', [
        { field: 'filter.laCode', code: 'BAD_FORMAT', params: { format: 'laCode' }, message: '' },
      ]),
    ).toEqual([{ inputId: 'la', text: 'Enter a 3-digit LA code, for example 938, or leave it empty' }]);
    expect(registerErrors('search', [{ field: 'after', code: 'BAD_CURSOR', message: '' }])[0]?.inputId).toBe(
      'q',
    );
  });

  it('pages with the same query', () => {
    const values = { q: '', la: '938', kind: 'SPECIAL', need: 'ASD' };
    expect(registerPath(values, 'filter', 'abc')).toBe('/register?la=938&kind=SPECIAL&need=ASD&after=abc');
    expect(registerPath({ ...values, q: 'st marys' }, 'search')).toBe(
      '/register?q=st+marys&la=938&kind=SPECIAL&need=ASD',
    );
    expect(registerPath({ ...values, q: 'st marys', kind: '', need: '' }, 'search')).toBe(
      '/register?q=st+marys&la=938',
    );
  });

  it('searches within the filters when an address has both, and filters when the word is blank', () => {
    expect(parseRegisterQuery({ q: 'oak', la: '938', kind: 'SPECIAL', need: 'ASD' })).toMatchObject({
      mode: 'search',
      q: 'oak',
      filter: { laCode: '938', kind: 'SPECIAL', need: 'ASD' },
      values: { q: 'oak', la: '938', kind: 'SPECIAL', need: 'ASD' },
    });
    expect(parseRegisterQuery({ q: ' ', la: '938', kind: '', need: '' })).toMatchObject({
      mode: 'filter',
      filter: { laCode: '938' },
    });
    expect(parseRegisterQuery({ q: '', la: '', kind: '', need: '' }).mode).toBe('search');
  });
});

describe('a register row', () => {
  const setting = {
    id: 's_1',
    name: 'Oak School',
    kind: 'MAINSTREAM' as const,
    laCode: '938',
    phase: 'PRIMARY' as const,
    ageRange: { low: 4, high: 11 },
    address: { lines: [], town: 'Horsham', postcode: 'RH12 1AA' },
    status: 'PROPOSED_TO_CLOSE' as const,
    urn: '123456',
    provisions: [
      { kind: 'MAIN_ROLL', name: 'Main roll', designation: [] },
      { kind: 'RESOURCED_PROVISION', name: 'Autism base', designation: ['ASD', 'SLCN'] },
    ] as never,
  };

  it('says what the setting is, where, for which ages and what it is designated for: no distance', () => {
    const row = settingRow(setting, laName);
    expect(row).toMatchObject({
      kind: 'Mainstream school',
      la: 'West Sussex (938)',
      phaseAndAges: 'Primary, ages 4 to 11',
      where: 'Horsham, RH12 1AA',
      proposedToClose: true,
      designations: [
        {
          provision: 'Resourced provision: Autism base',
          needs: 'Autistic spectrum disorder (ASD), Speech, language and communication needs (SLCN)',
        },
      ],
    });
    expect(JSON.stringify(row)).not.toMatch(/km/);
  });

  it('shows a search result with its setting’s designations', () => {
    const result = {
      id: 's_1',
      urn: null,
      name: 'Oak School',
      kind: 'SPECIAL' as const,
      sector: 'LA_MAINTAINED' as const,
      phase: 'ALL_THROUGH' as const,
      ageRange: { low: 4, high: 19 },
      laCode: '846',
      town: 'Brighton',
      postcode: null,
    };
    const row = searchRow(result, setting, laName);
    expect(row.la).toBe('LA 846');
    expect(row.designations).toHaveLength(1);
    expect(searchRow(result, null, laName).where).toBe('Brighton');
  });
});
