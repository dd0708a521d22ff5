import { describe, expect, it } from 'vitest';
import { formErrors } from '../../../web/view/staff/case-form-errors.js';
import {
  consultationInput,
  dateFromParts,
  decisionInput,
  draftPlanFields,
  namedOptions,
  parseSettingOption,
  settingOptions,
  settingOptionValue,
} from '../../../web/view/staff/case-forms.js';
import { aChoice, aConsultation, fields, laName } from './case-fixtures.js';

describe('the case forms', () => {
  it('reads a GOV.UK date input, and passes anything else on for the service to refuse', () => {
    expect(dateFromParts('5', '3', '2027')).toBe('2027-03-05');
    expect(dateFromParts('', '', '')).toBe('');
    expect(dateFromParts('31', '2', '2027')).toBe('2027-02-31');
    expect(dateFromParts('5', '3', '27')).toBe('27-3-5');
    expect(
      draftPlanFields(
        fields({ 'sentOn-day': '1', 'sentOn-month': '12', 'sentOn-year': '2026', kind: 'DRAFT_PLAN' }),
      ),
    ).toEqual({
      sentOn: '2026-12-01',
      kind: 'DRAFT_PLAN',
      requestWindowEndsOn: null,
    });
    expect(
      draftPlanFields(
        fields({
          'sentOn-day': '1',
          'sentOn-month': '12',
          'sentOn-year': '2026',
          'requestWindowEndsOn-day': '22',
          'requestWindowEndsOn-month': '12',
          'requestWindowEndsOn-year': '2026',
          kind: 'DRAFT_PLAN',
        }),
      ).requestWindowEndsOn,
    ).toBe('2026-12-22');
  });

  it('carries a provision with the setting in a consult option, and reads the form as startConsultation takes it', () => {
    expect(parseSettingOption(settingOptionValue('s_a', 's_a.p_1'))).toEqual({
      settingId: 's_a',
      provisionId: 's_a.p_1',
    });
    expect(parseSettingOption('s_a')).toEqual({ settingId: 's_a', provisionId: null });
    const withProvision = consultationInput(
      '938',
      'T/1',
      fields({ setting: 's_a', 'provision-s_a': 's_a.p_1', 'provision-s_b': 's_b.p_9' }),
    );
    expect(withProvision).toMatchObject({ settingId: 's_a', provisionId: 's_a.p_1' });
    expect(
      consultationInput(
        '938',
        'T/1',
        fields({
          setting: 's_a',
          message: 'Hi',
          contactName: 'Team',
          contactEmail: 'a@b.c',
          contactPhone: ' ',
        }),
      ),
    ).toEqual({
      caseReference: 'T/1',
      laCode: '938',
      settingId: 's_a',
      provisionId: null,
      message: 'Hi',
      contact: { name: 'Team', email: 'a@b.c', phone: null },
    });
  });

  it('offers the family’s choices on the register first, then list entries, then search results, each once', () => {
    const options = settingOptions({
      choices: [aChoice(), aChoice({ id: 'fc_2', settingId: null, onRegister: false })],
      latest: {
        version: 3,
        entries: [
          {
            rank: 1,
            setting: { id: 's_brook', laCode: '909', name: 'Brook School' },
            provision: { id: 's_brook.p', kind: 'MAIN_ROLL', name: 'Main roll' },
            rangeKind: 'STATE_SPECIAL',
          },
          {
            rank: 2,
            setting: { id: 's_oak', laCode: '938', name: 'Oak' },
            provision: { id: 's_oak.p', kind: 'SEN_UNIT', name: 'Unit' },
            rangeKind: 'RESOURCED_PROVISION_OR_UNIT',
          },
        ] as never,
      },
      searched: [
        { id: 's_oak', name: 'Oak', kind: 'MAINSTREAM', laCode: '938', town: 'Crawley' } as never,
        { id: 's_elm', name: 'Elm', kind: 'SPECIAL', laCode: '938', town: null } as never,
      ],
      consulting: [aConsultation()],
      laName,
    });
    // Oak once (the list's entry for its unit and the search's hit are one setting), its unit a choice within it.
    expect(options.map((o) => o.value)).toEqual(['s_brook', 's_oak', 's_elm']);
    expect(options[0]?.hint).toMatch(/family’s choice 1\. Being consulted since 1 March 2027/);
    expect(options[1]?.text).toBe('Oak');
    expect(options[1]?.provisions).toEqual([{ value: 's_oak.p', text: 'Unit' }]);
    expect(options[1]?.hint).toMatch(/Entry 2 of list version 3/);
    expect(options[0]?.provisions).toEqual([]);
  });

  it('names a choice, and sends a refusal for each choice ranked above it, named by index', () => {
    const choices = [
      aChoice(),
      aChoice({ id: 'fc_2', rank: 2, settingId: null, onRegister: false, name: 'Hill' }),
    ];
    const { input, refusalChoiceIds } = decisionInput(
      '938',
      'T/1',
      choices,
      fields({
        named: 'choice:fc_2',
        'decidedOn-day': '1',
        'decidedOn-month': '6',
        'decidedOn-year': '2027',
        'grounds-fc_1': ['INCOMPATIBLE_WITH_EFFICIENT_USE_OF_RESOURCES'],
        'explanation-fc_1': 'Too far.',
      }),
      null,
    );
    expect(refusalChoiceIds).toEqual(['fc_1']);
    expect(input).toMatchObject({
      decidedOn: '2027-06-01',
      named: { offRegister: { name: 'Hill' }, familyChoiceId: 'fc_2' },
      refusals: [
        {
          choiceId: 'fc_1',
          grounds: ['INCOMPATIBLE_WITH_EFFICIENT_USE_OF_RESOURCES'],
          explanation: 'Too far.',
        },
      ],
    });
    expect(input.supersedes).toBeUndefined();
    // The setting of choice 1 named by a register search: no grounds for choice 2, ranked below it.
    const named = decisionInput('938', 'T/1', choices, fields({ named: 'setting:s_brook' }), 'pd_1');
    expect(named.refusalChoiceIds).toEqual([]);
    // Grounds the officer typed for a choice below are sent, for the service to refuse, never dropped.
    const typed = decisionInput(
      '938',
      'T/1',
      choices,
      fields({ named: 'setting:s_brook', 'explanation-fc_2': 'Far.' }),
      'pd_1',
    );
    expect(typed.refusalChoiceIds).toEqual(['fc_2']);
    expect(named.input).toMatchObject({
      named: { settingId: 's_brook' },
      supersedes: 'pd_1',
      correctionReason: '',
    });
    expect(
      decisionInput(
        '938',
        'T/1',
        choices,
        fields({ named: 'type', typeOfSetting: 'SPECIAL_SCHOOL', typeDescription: 'A special school' }),
        null,
      ).refusalChoiceIds,
    ).toEqual(['fc_1', 'fc_2']);
  });

  it('puts each refusal on its own input in plain words, the s.9 ground against the right choice', () => {
    const errors = formErrors(
      'decision',
      [
        { field: 'input.decidedOn', code: 'NOT_A_DATE', message: '' },
        {
          field: 'input.refusals.1.grounds',
          code: 'SECTION_9_GROUND_NOT_ALLOWED',
          params: { grounds: ['NOT_COMPATIBLE_WITH_EFFICIENT_INSTRUCTION'] },
          message: '',
        },
        { field: 'input.refusals.0.explanation', code: 'REQUIRED', message: '' },
        { field: 'input.refusals.0.grounds', code: 'TOO_FEW', params: { min: 1 }, message: '' },
      ],
      {
        refusalChoiceIds: ['fc_1', 'fc_2'],
        choiceNames: new Map([
          ['fc_1', 'Brook'],
          ['fc_2', 'Hill'],
        ]),
      },
    );
    expect(errors).toEqual([
      { inputId: 'decidedOn-day', text: expect.stringMatching(/date of the decision letter/) },
      {
        inputId: 'grounds-fc_2',
        text: expect.stringMatching(/must name Hill unless an exception in s\.39\(4\)/),
      },
      { inputId: 'explanation-fc_1', text: expect.stringMatching(/does not name Brook/) },
      { inputId: 'grounds-fc_1', text: 'Select at least one ground for not naming Brook' },
    ]);
    expect(
      formErrors('draft-plan', [
        { field: 'kind', code: 'NOT_ONE_OF', message: '' },
        { field: 'sentOn', code: 'NOT_A_DATE', message: '' },
      ]).map((e) => e.inputId),
    ).toEqual(['kind', 'sentOn-day']);
    expect(
      formErrors('consult', [
        {
          field: 'input.settingId',
          code: 'ALREADY_CONSULTED',
          params: { consultationId: 'cn_1' },
          message: '',
        },
      ])[0]?.text,
    ).toMatch(/already being consulted/);
    expect(
      formErrors('consult', [{ field: 'query', code: 'NO_WORD_TO_SEARCH', message: '' }])[0]?.inputId,
    ).toBe('q');
    expect(
      formErrors('withdraw-consultation', [{ field: 'reason', code: 'REQUIRED', message: '' }])[0]?.inputId,
    ).toBe('reason');
  });

  it('words each coded refusal on its own input, by its code and values, never by its message', () => {
    const names = new Map([
      ['fc_1', 'Brook'],
      ['fc_3', 'Hill'],
    ]);
    const errors = formErrors(
      'decision',
      [
        {
          field: 'input.decidedOn',
          message: '',
          code: 'DATE_IN_FUTURE',
          params: { date: '2031-01-01', today: '2027-06-01' },
        },
        {
          field: 'input.refusals.0.choiceId',
          message: '',
          code: 'REFUSAL_NOT_NEEDED',
          params: { choiceId: 'fc_3', rank: 3, namedRank: 2 },
        },
        {
          field: 'input.familyOrder',
          message: '',
          code: 'FAMILY_ORDER_CHANGED',
          params: { currentOrder: ['fc_3'] },
        },
        {
          field: 'input.refusals',
          message: '',
          code: 'REFUSAL_GROUNDS_MISSING',
          params: { choiceIds: ['fc_1'] },
        },
      ],
      { choiceNames: names },
    );
    expect(errors).toEqual([
      {
        inputId: 'decidedOn-day',
        text: expect.stringMatching(
          /^The date of the decision letter must be today or in the past\. If the letter goes tomorrow, record it tomorrow$/,
        ),
      },
      {
        inputId: 'grounds-fc_3',
        text: expect.stringMatching(/names the family’s choice 2, so it gives no grounds for Hill/),
      },
      {
        inputId: 'confirmOrder',
        text: expect.stringMatching(/changed its choices since this page was loaded/),
      },
      { inputId: 'grounds-fc_1', text: expect.stringMatching(/ranked above the one the council names/) },
    ]);
    const plan = formErrors('draft-plan', [
      {
        field: 'requestWindowEndsOn',
        message: '',
        code: 'REQUEST_WINDOW_TOO_SHORT',
        params: { requestWindowEndsOn: '2027-03-14', earliest: '2027-03-15' },
      },
      {
        field: 'sentOn',
        message: '',
        code: 'DATE_BEFORE_FIRST_LIST',
        params: { date: '2027-01-01', firstListOn: '2027-02-01' },
      },
    ]);
    expect(plan).toEqual([
      {
        inputId: 'requestWindowEndsOn-day',
        text: expect.stringMatching(/on or after 15 March 2027: the family has at least 15 days/),
      },
      {
        inputId: 'sentOn-day',
        text: expect.stringMatching(/^The date the plan was sent must be on or after 1 February 2027/),
      },
    ]);
  });

  it('offers the family’s choices as what the decision names', () => {
    const named = namedOptions({ choices: [aChoice()], latest: null, searched: [], laName });
    expect(named).toEqual([{ value: 'choice:fc_1', text: 'Brook School', hint: 'The family’s choice 1.' }]);
  });
});
