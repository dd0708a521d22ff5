import { newCaseRecord } from '../../../functions/core/journey/case.js';
import { newConsultation } from '../../../functions/core/journey/consultation.js';
import type { StartConsultationRequest } from '../../../functions/core/journey/input.js';
import type { CaseRecord, Consultation } from '../../../functions/core/journey/model.js';
import { legalRouteOf, OFF_REGISTER_ROUTE } from '../../../functions/core/lists/legal-route.js';
import type {
  ChoiceAdder,
  FamilyChoice,
  LegalRouteCode,
  TailoredList,
} from '../../../functions/core/lists/model.js';
import type { Setting } from '../../../functions/core/model.js';
import { aListRequest } from '../../helpers/list-requests.js';
import { aSetting } from '../../helpers/settings.js';

// Small fixtures for the pure journey core: a case's choices, its record, a consultation.

export const LA = '938';
export const CASE = 'WSX/2027/0042';
export const AT = '2027-03-01T10:00:00.000Z';

/** A state school the council must name unless an exception applies (CFA 2014 s.38(3)(a)). */
export const maintained = (id: string, name = `Maintained ${id}`): Setting => aSetting({ name }, id);

/** An independent special school not on the s.41 list: one the council must consider (EA 1996 s.9). */
export const independent = (id: string, name = `Independent ${id}`): Setting =>
  aSetting({ name, kind: 'SPECIAL', sector: 'INDEPENDENT' }, id);

const ROUTES: Record<LegalRouteCode, FamilyChoice['legalRoute']> = {
  MUST_NAME_UNLESS_EXCEPTION: legalRouteOf({
    kind: 'MAINSTREAM',
    sector: 'ACADEMY',
    section41Approved: false,
  }),
  MUST_CONSIDER: legalRouteOf({ kind: 'SPECIAL', sector: 'INDEPENDENT', section41Approved: false }),
  TO_BE_CONFIRMED: OFF_REGISTER_ROUTE,
};

/** A current choice of a setting on the register (its setting id is `s-<id>`). */
export function aChoice(
  id: string,
  rank: number,
  addedBy: ChoiceAdder = 'FAMILY',
  route: LegalRouteCode = 'MUST_NAME_UNLESS_EXCEPTION',
): FamilyChoice {
  return {
    id,
    rank,
    addedBy,
    addedAt: '2027-02-01T09:00:00.000Z',
    onRegister: true,
    settingId: `s-${id}`,
    name: `School ${id}`,
    town: 'Horsham',
    postcode: 'RH12 1AA',
    laCode: LA,
    website: null,
    urn: null,
    legalRoute: ROUTES[route],
    note: null,
    removedAt: null,
    removedBy: null,
    removedReason: null,
  };
}

/** A current choice of a setting that is not on the register. */
export function anOffRegisterChoice(id: string, rank: number, urn: string | null = null): FamilyChoice {
  return {
    ...aChoice(id, rank, 'FAMILY', 'TO_BE_CONFIRMED'),
    onRegister: false,
    settingId: null,
    name: `Off-register ${id}`,
    urn,
  };
}

/** A case record whose current choices are these (as if carried from its latest list). */
export function aRecord(current: FamilyChoice[] = [], removed: FamilyChoice[] = []): CaseRecord {
  return newCaseRecord(LA, CASE, { familyChoices: current, removedFamilyChoices: removed }, AT);
}

/** A latest list whose entries are these settings (only what decide() reads). */
export function aListOf(...settingIds: string[]): Pick<TailoredList, 'entries'> {
  return { entries: settingIds.map((id) => ({ setting: { id } })) } as unknown as Pick<
    TailoredList,
    'entries'
  >;
}

export function aStartRequest(overrides: Partial<StartConsultationRequest> = {}): StartConsultationRequest {
  return {
    caseReference: CASE,
    laCode: LA,
    settingId: 'sx',
    provisionId: null,
    message: 'Could your setting meet the needs described? The draft plan follows by secure email.',
    contact: { name: 'SEN placements team', email: 'placements@council.example', phone: '01234 567890' },
    ...overrides,
  };
}

/** A consultation of `setting`, sent at `at`, as newConsultation makes it. */
export function aConsultation(
  options: { setting?: Setting; request?: Partial<StartConsultationRequest>; at?: string } = {},
): Consultation {
  const setting = options.setting ?? maintained('sx', 'Oak Tree Primary');
  return newConsultation({
    id: 'con-1',
    request: aStartRequest({ settingId: setting.id, ...options.request }),
    casePartition: `CASE#${LA}#${CASE}`,
    listRequest: aListRequest({ lat: 51.06, lon: -0.33 }, { caseReference: CASE, laCode: LA }),
    setting,
    by: 'officer-1',
    at: new Date(options.at ?? AT),
  });
}
