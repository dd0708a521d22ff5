import type { ConsultationView } from '../../../functions/core/journey/view.js';
import type { FamilyChoice } from '../../../functions/core/lists/model.js';

// A case's parts as the case pages' tests build them.

const route = {
  route: 'MUST_NAME_UNLESS_EXCEPTION' as const,
  reason: 'The council must name it unless an exception applies.',
  basis: 'CFA 2014 s.38(3)',
};

export function aChoice(overrides: Partial<FamilyChoice> = {}): FamilyChoice {
  return {
    id: 'fc_1',
    rank: 1,
    addedBy: 'FAMILY',
    addedAt: '2027-03-01T10:00:00.000Z',
    onRegister: true,
    settingId: 's_brook',
    name: 'Brook School',
    town: 'Kendal',
    postcode: null,
    laCode: '909',
    website: null,
    urn: null,
    legalRoute: route,
    note: null,
    removedAt: null,
    removedBy: null,
    removedReason: null,
    ...overrides,
  };
}

export function aConsultation(overrides: Partial<ConsultationView> = {}): ConsultationView {
  return {
    id: 'cn_1',
    casePartition: 'x',
    caseReference: 'T/1',
    laCode: '938',
    setting: { id: 's_brook', urn: null, name: 'Brook School', laCode: '909' },
    provision: null,
    countedProvisionId: null,
    child: {
      primaryNeed: 'ASD',
      secondaryNeeds: [],
      age: 9,
      ncYear: null,
      startDate: '2027-09-01',
      residential: false,
    },
    message: 'Could you meet the needs described?',
    contact: { name: 'SEN team', email: 'sen@council.example', phone: null },
    sentAt: '2027-03-01T10:00:00.000Z',
    sentOn: '2027-03-01',
    dueOn: '2027-03-16',
    startedBy: 'officer',
    status: 'SENT',
    answers: [],
    withdrawnAt: null,
    withdrawnBy: null,
    withdrawnReason: null,
    open: true,
    decisionRecorded: false,
    overdueNotifiedAt: null,
    overdue: false,
    showCaseReference: true,
    ...overrides,
  };
}

export const fields = (values: Record<string, string | string[]>) => ({
  get: (name: string) => {
    const v = values[name];
    return (Array.isArray(v) ? v[0] : v) ?? '';
  },
  all: (name: string) => {
    const v = values[name];
    return v === undefined ? [] : Array.isArray(v) ? v : [v];
  },
});

export const laName = (code: string) => (code === '938' ? 'West Sussex' : null);
