import { describe, expect, it } from 'vitest';
import { addDays, addMonths, dateInWords } from '../../functions/core/journey/dates.js';
import { asOfficer, asStaff, gql, gqlError, gqlOk } from '../helpers/api.js';
import {
  ANSWER_CONSULTATION,
  aCase,
  CASE_JOURNEY,
  CONSULTATIONS,
  consultationInput,
  DRAFT_PLAN_SENT,
  FAMILY_JOURNEY,
  GET_CONSULTATION,
  londonToday,
  PROVISION_CAPACITY,
  RECORD_DECISION,
  SET_FAMILY_CHOICES,
  START_CONSULTATION,
  WITHDRAW_CONSULTATION,
} from '../helpers/journey.js';
import { aNorthernPlace, aSettingAt, east, expectRightsExtension } from '../helpers/lists.js';
import { GENERATE_LIST, UPDATE_CAPACITY, UPSERT_SETTING } from '../helpers/operations.js';

const officer = asOfficer('938');

describe('the placement journey, end to end', () => {
  it('family adds a setting on no list; the council consults it and a list setting; both answer; the decision is recorded; the family sees every step', async () => {
    const home = aNorthernPlace();
    const listed = await aSettingAt({ name: 'Listed Special', at: east(home, 2), designation: ['ASD'] });
    // Far away in another LA: on no list for this child.
    const faraway = await aSettingAt({
      name: 'Faraway Independent',
      at: { lat: 50.3, lon: -5.0 },
      laCode: '391',
      designation: ['SEMH'],
    });
    const c = await aCase(home);
    expect(c.list.entries.map((e: any) => e.setting.id)).toContain(listed.id);
    expect(c.list.entries.map((e: any) => e.setting.id)).not.toContain(faraway.id);

    // The family asks for a setting on no list, through its link.
    const added = (
      await gqlOk(SET_FAMILY_CHOICES, {
        token: c.token,
        input: { add: [{ settingId: faraway.id, note: 'Near grandparents.' }] },
      })
    ).setFamilyChoices;
    expect(added.statement.version).toBeTruthy();
    expect(added.familyChoices).toEqual([
      expect.objectContaining({
        settingId: faraway.id,
        addedBy: 'FAMILY',
        rank: 1,
        note: 'Near grandparents.',
      }),
    ]);
    const choiceId = added.familyChoices[0].id;

    // The council records the draft plan and consults both settings.
    const draft = (
      await gqlOk(
        DRAFT_PLAN_SENT,
        { caseReference: c.caseReference, laCode: c.laCode, sentOn: londonToday(), kind: 'DRAFT_PLAN' },
        officer,
      )
    ).recordDraftPlanSent;
    // 15 days beginning with the day it was sent (reg 13(1)(a)): today and 14 more.
    expect(draft.requestWindowEndsOn).toBe(addDays(londonToday(), 14));
    expect(draft.draftPlans[0]).toMatchObject({ requestWindowGivenByCouncil: false });
    const toFaraway = (await gqlOk(START_CONSULTATION, { input: consultationInput(c, faraway.id) }, officer))
      .startConsultation;
    const toListed = (await gqlOk(START_CONSULTATION, { input: consultationInput(c, listed.id) }, officer))
      .startConsultation;
    expect(toFaraway).toMatchObject({
      status: 'SENT',
      overdue: false,
      open: true,
      caseReference: c.caseReference,
      child: { primaryNeed: 'ASD', secondaryNeeds: ['SLCN'], age: 9, residential: false },
      contact: { email: 'placements@council.example' },
    });
    expect(toFaraway.deliveryNote).toMatch(/usual secure route/);

    // Each setting answers; the one that cannot points to a ground.
    const yes = (
      await gqlOk(
        ANSWER_CONSULTATION,
        { id: toFaraway.id, input: { answer: 'CAN_MEET_NEEDS', explanation: 'We have a place in Year 5.' } },
        asStaff(faraway.id),
      )
    ).answerConsultation;
    expect(yes).toMatchObject({ status: 'ANSWERED', answer: { version: 1, answer: 'CAN_MEET_NEEDS' } });
    // The setting sees no case reference: that is the council's.
    expect(yes.caseReference).toBeNull();
    await gqlOk(
      ANSWER_CONSULTATION,
      {
        id: toListed.id,
        input: {
          answer: 'CANNOT_MEET_NEEDS',
          ground: 'INCOMPATIBLE_WITH_EFFICIENT_EDUCATION_OF_OTHERS',
          explanation: 'Our classes for this age are at their safe limit.',
        },
      },
      asStaff(listed.id),
    );

    // The council names the family's choice.
    const decided = (
      await gqlOk(
        RECORD_DECISION,
        {
          input: {
            caseReference: c.caseReference,
            laCode: c.laCode,
            decidedOn: londonToday(),
            named: { settingId: faraway.id },
          },
        },
        officer,
      )
    ).recordPlacementDecision;
    expect(decided.decision).toMatchObject({
      named: { kind: 'REGISTER_SETTING', settingId: faraway.id },
      onList: false,
      familyChoiceId: choiceId,
      familyChoiceRank: 1,
      appealBy: addMonths(londonToday(), 2),
      refusals: [],
    });
    expect(decided.consultations.every((x: any) => x.decisionRecorded && !x.open)).toBe(true);

    // The family sees every step, with the statement and how to appeal.
    const family = (await gqlOk(FAMILY_JOURNEY, { token: c.token })).familyList;
    expect(family.statement.summary.length).toBeGreaterThan(0);
    expect(family.requestWindowEndsOn).toBe(addDays(londonToday(), 14));
    expect(family.draftPlan).toMatchObject({ sentOn: londonToday(), requestWindowGivenByCouncil: false });
    expect(family.currentStatement.version).toBe(family.statement.version);
    expect(family.consultationNote).toMatch(/does not decide the matter: the council decides/);
    expect(family.consultations.map((x: any) => [x.settingId, x.status]).sort()).toEqual(
      [
        [faraway.id, 'ANSWERED'],
        [listed.id, 'ANSWERED'],
      ].sort(),
    );
    // Never the setting's own words.
    expect(JSON.stringify(family.consultations)).not.toMatch(/safe limit|place in Year 5/);
    expect(family.decision).toMatchObject({
      onList: false,
      familyChoiceRank: 1,
      appealBy: addMonths(londonToday(), 2),
    });
    expect(family.decision.appealText).toMatch(/SEND Tribunal/);
    expect(family.decision.appealText).toContain(dateInWords(addMonths(londonToday(), 2)));
    expect(family.choicesClosed).toBe(true);
  });
});

describe("the family's choices through its link", () => {
  it('are kept with their history; an officer-added choice is removed only by an officer; refused after the decision', async () => {
    const home = aNorthernPlace();
    const a = await aSettingAt({ name: 'Choice A', at: east(home, 3), designation: ['ASD'] });
    const b = await aSettingAt({ name: 'Choice B', at: east(home, 4), designation: ['ASD'] });
    const c = await aCase(home, { familyChoices: [{ settingId: a.id }] });
    const officerChoice = c.list.familyChoices[0];
    expect(officerChoice.addedBy).toBe('OFFICER');

    const refused = await gqlError(SET_FAMILY_CHOICES, {
      token: c.token,
      input: { remove: [{ id: officerChoice.id }] },
    });
    expect(refused.extensions.code).toBe('FORBIDDEN');

    const changed = (
      await gqlOk(SET_FAMILY_CHOICES, {
        token: c.token,
        input: {
          add: [{ settingId: b.id }, { offRegister: { name: 'Hillside Independent School', town: 'Leeds' } }],
        },
      })
    ).setFamilyChoices;
    const [, fromRegister, offRegister] = changed.familyChoices;
    // Re-rank: the off-register school first.
    const ranked = (
      await gqlOk(SET_FAMILY_CHOICES, { token: c.token, input: { order: [offRegister.id, fromRegister.id] } })
    ).setFamilyChoices;
    expect(ranked.familyChoices.map((x: any) => [x.name, x.rank])).toEqual([
      ['Hillside Independent School', 1],
      [fromRegister.name, 2],
      [officerChoice.name, 3],
    ]);
    // The family removes its own, with no reason needed.
    const removed = (
      await gqlOk(SET_FAMILY_CHOICES, { token: c.token, input: { remove: [{ id: fromRegister.id }] } })
    ).setFamilyChoices;
    expect(removed.removedFamilyChoices.map((x: any) => x.id)).toContain(fromRegister.id);

    const journey = (await gqlOk(CASE_JOURNEY, { caseReference: c.caseReference, laCode: '938' }, officer))
      .caseJourney;
    expect(journey.choiceHistory.map((h: any) => [h.by, h.kind, h.name])).toEqual([
      ['OFFICER', 'ADDED', officerChoice.name],
      ['FAMILY', 'ADDED', fromRegister.name],
      ['FAMILY', 'ADDED', 'Hillside Independent School'],
      // Only the choices whose rank moved: Choice B stayed second.
      ['FAMILY', 'RERANKED', 'Hillside Independent School'],
      ['FAMILY', 'RERANKED', officerChoice.name],
      // Removing the second moves the third up.
      ['FAMILY', 'REMOVED', fromRegister.name],
      ['FAMILY', 'RERANKED', officerChoice.name],
    ]);

    // A new list version carries the family's choices, made through the link.
    const next = (
      await gqlOk(
        GENERATE_LIST,
        {
          input: {
            caseReference: c.caseReference,
            laCode: '938',
            age: 9,
            startDate: c.list.request.startDate,
            primaryNeed: 'ASD',
            home,
          },
        },
        officer,
      )
    ).generateTailoredList.list;
    expect(next.familyChoices.map((x: any) => x.name)).toEqual([
      'Hillside Independent School',
      officerChoice.name,
    ]);
    const old = (await gqlOk(FAMILY_JOURNEY, { token: c.token })).familyList;
    expect(old).toMatchObject({ version: 1, latestVersion: 2, newerVersionAvailable: true });

    await gqlOk(
      RECORD_DECISION,
      {
        input: {
          caseReference: c.caseReference,
          laCode: '938',
          decidedOn: londonToday(),
          named: { settingId: a.id },
          refusals: [
            {
              choiceId: offRegister.id,
              grounds: ['INCOMPATIBLE_WITH_EFFICIENT_USE_OF_RESOURCES'],
              explanation: 'The named school meets the needs at a far lower cost.',
            },
          ],
        },
      },
      officer,
    );
    const closed = await gqlError(SET_FAMILY_CHOICES, {
      token: c.token,
      input: { add: [{ offRegister: { name: 'Another School' } }] },
    });
    expect(closed.extensions).toMatchObject({ code: 'DECISION_RECORDED', correlationId: expect.any(String) });
  });

  it('accepts any setting, however far, and at most 10 at once', async () => {
    const c = await aCase(aNorthernPlace());
    const many = Array.from({ length: 10 }, (_, i) => ({ offRegister: { name: `School ${i}` } }));
    await gqlOk(SET_FAMILY_CHOICES, { token: c.token, input: { add: many } });
    const over = await gqlError(SET_FAMILY_CHOICES, {
      token: c.token,
      input: { add: [{ offRegister: { name: 'One more' } }] },
    });
    expect(over.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.add' });
    const family = (await gqlOk(FAMILY_JOURNEY, { token: c.token })).familyList;
    expect(family.familyChoices).toHaveLength(10);
  });

  it('are never lost when changed at once from several devices', async () => {
    const c = await aCase(aNorthernPlace());
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        gql(SET_FAMILY_CHOICES, {
          token: c.token,
          input: { add: [{ offRegister: { name: `Parallel ${i}` } }] },
        }),
      ),
    );
    for (const r of results) expect(r.errors).toBeUndefined();
    const family = (await gqlOk(FAMILY_JOURNEY, { token: c.token })).familyList;
    expect(family.familyChoices.map((x: any) => x.name).sort()).toEqual(
      Array.from({ length: 8 }, (_, i) => `Parallel ${i}`).sort(),
    );
    expect(family.familyChoices.map((x: any) => x.rank).sort((p: number, q: number) => p - q)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8,
    ]);
  });
});

describe('consultations and live capacity', () => {
  it('count on the provision without moving its capacity version, so the school never gets a CONFLICT', async () => {
    const home = aNorthernPlace();
    const setting = await aSettingAt({
      name: 'Counted Special',
      at: east(home, 2),
      designation: ['ASD'],
      capacity: { places: 20, onRoll: 18, vacancies: 2 },
    });
    const c = await aCase(home);
    const before = (await gqlOk(PROVISION_CAPACITY, { id: setting.id }, officer)).setting.provisions[0];
    const started = (await gqlOk(START_CONSULTATION, { input: consultationInput(c, setting.id) }, officer))
      .startConsultation;
    const after = (await gqlOk(PROVISION_CAPACITY, { id: setting.id }, officer)).setting.provisions[0];
    expect(after.capacityVersion).toBe(before.capacityVersion);
    expect(after.capacity).toMatchObject({
      pendingConsultationsOutsideOpenPlace: 0,
      pendingConsultationsInOpenPlace: 1,
      pendingConsultations: 1,
    });
    // The school states its figures on the version it read before the consultation: accepted.
    const update = await gql(
      UPDATE_CAPACITY,
      {
        input: {
          provisionId: setting.provisions[0]?.id,
          expectedVersion: before.capacityVersion,
          places: 20,
          onRoll: 18,
          vacancies: 2,
          pendingConsultations: 1,
        },
      },
      asStaff(setting.id),
    );
    expect(update.errors).toBeUndefined();
    const stated = (await gqlOk(PROVISION_CAPACITY, { id: setting.id }, officer)).setting.provisions[0];
    expect(stated.capacity).toMatchObject({
      pendingConsultationsOutsideOpenPlace: 1,
      pendingConsultationsInOpenPlace: 1,
      pendingConsultations: 2,
    });
    // A new list judges LIMITED on the sum: two requests under way for two places.
    const again = await aCase(home);
    const entry = again.list.entries.find((e: any) => e.setting.id === setting.id);
    expect(entry?.capacity).toMatchObject({ status: 'LIMITED', pendingConsultations: 2 });

    const withdrawn = (
      await gqlOk(WITHDRAW_CONSULTATION, { id: started.id, reason: 'The family asked us to stop.' }, officer)
    ).withdrawConsultation;
    expect(withdrawn).toMatchObject({
      status: 'WITHDRAWN',
      open: false,
      withdrawnReason: 'The family asked us to stop.',
    });
    const done = (await gqlOk(PROVISION_CAPACITY, { id: setting.id }, officer)).setting.provisions[0];
    expect(done.capacity.pendingConsultationsInOpenPlace).toBe(0);
    // Withdrawing again changes nothing.
    await gqlOk(WITHDRAW_CONSULTATION, { id: started.id, reason: 'Again.' }, officer);
    expect(
      (await gqlOk(PROVISION_CAPACITY, { id: setting.id }, officer)).setting.provisions[0].capacity
        .pendingConsultationsInOpenPlace,
    ).toBe(0);
    const late = await gqlError(
      ANSWER_CONSULTATION,
      { id: started.id, input: { answer: 'CAN_MEET_NEEDS', explanation: 'Yes.' } },
      asStaff(setting.id),
    );
    expect(late.extensions.code).toBe('CONSULTATION_WITHDRAWN');
  });

  it('loses no count and no school statement when both happen at once', async () => {
    const home = aNorthernPlace();
    const setting = await aSettingAt({
      name: 'Busy Special',
      at: east(home, 2),
      designation: ['ASD'],
      capacity: { places: 30, onRoll: 20, vacancies: 10 },
    });
    const cases = await Promise.all(Array.from({ length: 6 }, () => aCase(home)));
    const staff = asStaff(setting.id);
    const statements = (async () => {
      let version = 1;
      for (let n = 0; n < 6; n++) {
        const r = await gql<any>(
          UPDATE_CAPACITY,
          {
            input: {
              provisionId: setting.provisions[0]?.id,
              expectedVersion: version,
              places: 30,
              onRoll: 20 + n,
              vacancies: 10 - n,
            },
          },
          staff,
        );
        expect(r.errors).toBeUndefined();
        version = r.data.updateCapacity.capacityVersion;
      }
    })();
    const consultations = Promise.all(
      cases.map((c) => gqlOk(START_CONSULTATION, { input: consultationInput(c, setting.id) }, officer)),
    );
    await Promise.all([statements, consultations]);
    const final = (await gqlOk(PROVISION_CAPACITY, { id: setting.id }, officer)).setting.provisions[0];
    expect(final.capacityVersion).toBe(7);
    expect(final.capacity).toMatchObject({ vacancies: 5, pendingConsultationsInOpenPlace: 6 });
  });
});

describe('answers and decisions', () => {
  it('keeps every answer until the decision, and decisions only change by a correction that supersedes', async () => {
    const home = aNorthernPlace();
    const setting = await aSettingAt({ name: 'Answering Special', at: east(home, 2), designation: ['ASD'] });
    const c = await aCase(home);
    const consult = (await gqlOk(START_CONSULTATION, { input: consultationInput(c, setting.id) }, officer))
      .startConsultation;
    const staff = asStaff(setting.id);
    await gqlOk(
      ANSWER_CONSULTATION,
      {
        id: consult.id,
        input: { answer: 'NEED_MORE_INFORMATION', explanation: 'Please send the EP report.' },
      },
      staff,
    );
    const revised = (
      await gqlOk(
        ANSWER_CONSULTATION,
        { id: consult.id, input: { answer: 'CAN_MEET_NEEDS', explanation: 'Having read it, yes.' } },
        staff,
      )
    ).answerConsultation;
    expect(revised.answers.map((a: any) => [a.version, a.answer])).toEqual([
      [1, 'NEED_MORE_INFORMATION'],
      [2, 'CAN_MEET_NEEDS'],
    ]);

    const decide = (extra: Record<string, unknown>) =>
      gql<any>(
        RECORD_DECISION,
        {
          input: {
            caseReference: c.caseReference,
            laCode: '938',
            decidedOn: londonToday(),
            named: {
              typeOfSetting: 'SPECIAL_SCHOOL',
              typeDescription: 'A special school for autistic children',
            },
            ...extra,
          },
        },
        officer,
      );
    const first = await decide({});
    expect(first.errors).toBeUndefined();
    expect(first.data.recordPlacementDecision.decision.appealBy).toBe(addMonths(londonToday(), 2));
    const firstId = first.data.recordPlacementDecision.decision.id;
    const again = await decide({});
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'DECISION_RECORDED', decisionId: firstId });
    const noReason = await decide({ supersedes: firstId });
    expect(noReason.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.correctionReason',
    });
    const corrected = await decide({
      supersedes: firstId,
      correctionReason: 'The letter was dated wrongly.',
      named: { settingId: setting.id },
    });
    expect(corrected.errors).toBeUndefined();
    const journey = corrected.data.recordPlacementDecision;
    expect(journey.decision).toMatchObject({
      supersedes: firstId,
      named: { settingId: setting.id },
      onList: true,
    });
    expect(journey.decisions.map((d: any) => [d.id === firstId, d.superseded])).toEqual([
      [false, false],
      [true, true],
    ]);
    const late = await gqlError(
      ANSWER_CONSULTATION,
      {
        id: consult.id,
        input: {
          answer: 'CANNOT_MEET_NEEDS',
          ground: 'UNSUITABLE_FOR_AGE_ABILITY_APTITUDE_OR_SEN',
          explanation: 'No.',
        },
      },
      staff,
    );
    expect(late.extensions.code).toBe('DECISION_RECORDED');
  });

  it('requires the grounds for every family choice refused, and the s.9 grounds only for settings the council must consider', async () => {
    const home = aNorthernPlace();
    const maintained = await aSettingAt({
      name: 'Maintained Special',
      at: east(home, 2),
      designation: ['ASD'],
    });
    const other = await aSettingAt({ name: 'Other Special', at: east(home, 3), designation: ['ASD'] });
    const c = await aCase(home, { familyChoices: [{ settingId: maintained.id }] });
    const choice = c.list.familyChoices[0];
    const base = {
      caseReference: c.caseReference,
      laCode: '938',
      decidedOn: londonToday(),
      named: { settingId: other.id },
    };
    const missing = await gqlError(RECORD_DECISION, { input: base }, officer);
    expect(missing.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.refusals' });
    const wrongGround = await gqlError(
      RECORD_DECISION,
      {
        input: {
          ...base,
          refusals: [
            { choiceId: choice.id, grounds: ['UNREASONABLE_PUBLIC_EXPENDITURE'], explanation: 'Cost.' },
          ],
        },
      },
      officer,
    );
    expect(wrongGround.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.refusals.0.grounds',
    });
    const journey = (await gqlOk(CASE_JOURNEY, { caseReference: c.caseReference, laCode: '938' }, officer))
      .caseJourney;
    expect(journey.decision).toBeNull();
  });
});

describe('who may do what', () => {
  it('refuses across families, settings and LAs', async () => {
    const home = aNorthernPlace();
    const setting = await aSettingAt({ name: 'Guarded Special', at: east(home, 2), designation: ['ASD'] });
    const stranger = await aSettingAt({ name: 'Stranger Special', at: east(home, 9), designation: ['ASD'] });
    const c = await aCase(home);
    const otherLa = asOfficer('936');
    expect(
      (await gqlError(CASE_JOURNEY, { caseReference: c.caseReference, laCode: '938' }, otherLa)).extensions
        .code,
    ).toBe('FORBIDDEN');
    expect(
      (await gqlError(START_CONSULTATION, { input: consultationInput(c, setting.id) }, otherLa)).extensions
        .code,
    ).toBe('FORBIDDEN');
    expect(
      (await gqlError(START_CONSULTATION, { input: consultationInput(c, setting.id) }, asStaff(setting.id)))
        .extensions.code,
    ).toBe('FORBIDDEN');
    expect(
      (await gqlError(START_CONSULTATION, { input: consultationInput(c, setting.id) })).extensions.code,
    ).toBe('UNAUTHENTICATED');
    // The council's journey is run by its own officers only: not another LA's, not a school's, not anonymous.
    const draft = {
      caseReference: c.caseReference,
      laCode: '938',
      sentOn: londonToday(),
      kind: 'DRAFT_PLAN',
    };
    expect((await gqlError(DRAFT_PLAN_SENT, draft, otherLa)).extensions.code).toBe('FORBIDDEN');
    expect((await gqlError(DRAFT_PLAN_SENT, draft, asStaff(setting.id))).extensions.code).toBe('FORBIDDEN');
    expect(
      (await gqlError(CASE_JOURNEY, { caseReference: c.caseReference, laCode: '938' })).extensions.code,
    ).toBe('UNAUTHENTICATED');
    const decision = {
      input: {
        caseReference: c.caseReference,
        laCode: '938',
        decidedOn: londonToday(),
        named: { settingId: setting.id },
      },
    };
    expect((await gqlError(RECORD_DECISION, decision, otherLa)).extensions.code).toBe('FORBIDDEN');
    expect((await gqlError(RECORD_DECISION, decision, asStaff(setting.id))).extensions.code).toBe(
      'FORBIDDEN',
    );
    const untouched = (await gqlOk(CASE_JOURNEY, { caseReference: c.caseReference, laCode: '938' }, officer))
      .caseJourney;
    expect(untouched).toMatchObject({ draftPlans: [], decision: null });

    const consult = (await gqlOk(START_CONSULTATION, { input: consultationInput(c, setting.id) }, officer))
      .startConsultation;
    // Staff of another setting can neither read nor answer it.
    expect((await gqlError(GET_CONSULTATION, { id: consult.id }, asStaff(stranger.id))).extensions.code).toBe(
      'FORBIDDEN',
    );
    expect(
      (
        await gqlError(
          ANSWER_CONSULTATION,
          { id: consult.id, input: { answer: 'CAN_MEET_NEEDS', explanation: 'Yes.' } },
          asStaff(stranger.id),
        )
      ).extensions.code,
    ).toBe('FORBIDDEN');
    // An officer cannot answer for the setting; an officer of another LA cannot withdraw.
    expect(
      (
        await gqlError(
          ANSWER_CONSULTATION,
          { id: consult.id, input: { answer: 'CAN_MEET_NEEDS', explanation: 'Yes.' } },
          officer,
        )
      ).extensions.code,
    ).toBe('FORBIDDEN');
    expect(
      (await gqlError(WITHDRAW_CONSULTATION, { id: consult.id, reason: 'x' }, otherLa)).extensions.code,
    ).toBe('FORBIDDEN');
    // A link opens only its own case.
    const another = await aCase(aNorthernPlace());
    const mine = (await gqlOk(FAMILY_JOURNEY, { token: another.token })).familyList;
    expect(mine.consultations).toEqual([]);
    const wrong = await gqlError(FAMILY_JOURNEY, { token: `${another.token.slice(0, -4)}AAAA` });
    expect(wrong.extensions.code).toBe('NOT_FOUND');
    const wrongChange = await gqlError(SET_FAMILY_CHOICES, {
      token: `${another.token.slice(0, -4)}AAAA`,
      input: { add: [{ offRegister: { name: 'X' } }] },
    });
    expect(wrongChange.extensions.code).toBe('NOT_FOUND');
  });

  it('lets officers of the setting’s LA read consultations to it, without the case reference', async () => {
    const home = aNorthernPlace();
    const inOtherLa = await aSettingAt({
      name: 'Cross-border Special',
      at: east(home, 5),
      laCode: '936',
      designation: ['ASD'],
    });
    const c = await aCase(home);
    const consult = (await gqlOk(START_CONSULTATION, { input: consultationInput(c, inOtherLa.id) }, officer))
      .startConsultation;
    const seen = (await gqlOk(GET_CONSULTATION, { id: consult.id }, asOfficer('936'))).consultation;
    expect(seen).toMatchObject({ id: consult.id, caseReference: null, laCode: '938' });
  });
});

describe('bad input', () => {
  it('names the field and writes nothing', async () => {
    const home = aNorthernPlace();
    const setting = await aSettingAt({ name: 'Input Special', at: east(home, 2), designation: ['ASD'] });
    const c = await aCase(home);
    const badEmail = await gqlError(
      START_CONSULTATION,
      { input: consultationInput(c, setting.id, { contact: { name: 'Team', email: 'not an email' } }) },
      officer,
    );
    expect(badEmail.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.contact.email' });
    const longMessage = await gqlError(
      START_CONSULTATION,
      { input: consultationInput(c, setting.id, { message: 'x'.repeat(2001) }) },
      officer,
    );
    expect(longMessage.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.message' });
    const noSuchSetting = await gqlError(
      START_CONSULTATION,
      { input: consultationInput(c, 's_nosuchsetting') },
      officer,
    );
    expect(noSuchSetting.extensions.code).toBe('NOT_FOUND');
    const badDate = await gqlError(
      DRAFT_PLAN_SENT,
      { caseReference: c.caseReference, laCode: '938', sentOn: '2026-02-30', kind: 'DRAFT_PLAN' },
      officer,
    );
    expect(badDate.extensions.code).toBe('BAD_USER_INPUT');
    const longNote = await gqlError(SET_FAMILY_CHOICES, {
      token: c.token,
      input: { add: [{ offRegister: { name: 'X' }, note: 'n'.repeat(1001) }] },
    });
    expect(longNote.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.add.0.note' });
    const journey = (await gqlOk(CASE_JOURNEY, { caseReference: c.caseReference, laCode: '938' }, officer))
      .caseJourney;
    expect(journey).toMatchObject({ consultations: [], draftPlans: [], familyChoices: [] });

    const consult = (await gqlOk(START_CONSULTATION, { input: consultationInput(c, setting.id) }, officer))
      .startConsultation;
    const noGround = await gqlError(
      ANSWER_CONSULTATION,
      { id: consult.id, input: { answer: 'CANNOT_MEET_NEEDS', explanation: 'No.' } },
      asStaff(setting.id),
    );
    expect(noGround.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.ground' });
    const s9 = await gqlError(
      ANSWER_CONSULTATION,
      {
        id: consult.id,
        input: { answer: 'CANNOT_MEET_NEEDS', ground: 'UNREASONABLE_PUBLIC_EXPENDITURE', explanation: 'No.' },
      },
      asStaff(setting.id),
    );
    expect(s9.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.ground' });
    const noReason = await gqlError(WITHDRAW_CONSULTATION, { id: consult.id, reason: '   ' }, officer);
    expect(noReason.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const unanswered = (await gqlOk(GET_CONSULTATION, { id: consult.id }, officer)).consultation;
    expect(unanswered).toMatchObject({ status: 'SENT', answers: [], open: true, withdrawnAt: null });
  });
});

describe('reading consultations', () => {
  it('pages newest first across all of a school’s settings, and officers read theirs by scope', async () => {
    const home = aNorthernPlace();
    const first = await aSettingAt({
      name: 'Trust School One',
      at: east(home, 2),
      laCode: '936',
      designation: ['ASD'],
    });
    const second = await aSettingAt({
      name: 'Trust School Two',
      at: east(home, 4),
      laCode: '936',
      designation: ['ASD'],
    });
    const sent: string[] = [];
    for (const setting of [first, second, first, second, first]) {
      const c = await aCase(home);
      sent.push(
        (await gqlOk(START_CONSULTATION, { input: consultationInput(c, setting.id) }, officer))
          .startConsultation.id,
      );
    }
    // Staff of both settings (a trust's business manager), two at a time.
    const staff = asStaff(first.id, second.id);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = (await gqlOk(CONSULTATIONS, { first: 2, after }, staff)).consultations;
      expect(page.edges.length).toBeLessThanOrEqual(2);
      seen.push(...page.edges.map((e: any) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual([...sent].reverse());
    const onlyFirst = (await gqlOk(CONSULTATIONS, { filter: { settingId: first.id } }, staff)).consultations
      .edges;
    expect(onlyFirst.map((e: any) => e.node.id)).toEqual([sent[4], sent[2], sent[0]]);
    const notMine = await gqlError(CONSULTATIONS, { filter: { settingId: 's_notmine' } }, asStaff(first.id));
    expect(notMine.extensions.code).toBe('FORBIDDEN');

    // Surrey's officers see these consultations to their settings, without West Sussex's case references.
    const surrey = (
      await gqlOk(
        CONSULTATIONS,
        { filter: { scope: 'TO_SETTINGS_IN_MY_LA', settingId: second.id } },
        asOfficer('936'),
      )
    ).consultations.edges.map((e: any) => e.node);
    expect(surrey.map((n: any) => n.id)).toEqual([sent[3], sent[1]]);
    expect(surrey.every((n: any) => n.caseReference === null)).toBe(true);
    // West Sussex's officers see what they sent, with their case references.
    const sentByWestSussex = (
      await gqlOk(CONSULTATIONS, { filter: { scope: 'SENT_BY_MY_LA' }, first: 100 }, officer)
    ).consultations.edges.map((e: any) => e.node);
    const mine = sentByWestSussex.filter((n: any) => sent.includes(n.id));
    expect(mine).toHaveLength(5);
    expect(mine.every((n: any) => typeof n.caseReference === 'string')).toBe(true);
    const staffAsOfficer = await gqlError(CONSULTATIONS, { filter: { scope: 'SENT_BY_MY_LA' } }, staff);
    expect(staffAsOfficer.extensions.code).toBe('FORBIDDEN');
  });

  it('keeps the open count when the setting is changed by its LA', async () => {
    const home = aNorthernPlace();
    const setting = await aSettingAt({
      name: 'Renamed Special',
      at: east(home, 2),
      designation: ['ASD'],
      capacity: { places: 10, onRoll: 8, vacancies: 2 },
    });
    const c = await aCase(home);
    await gqlOk(START_CONSULTATION, { input: consultationInput(c, setting.id) }, officer);
    const stored = (await gqlOk(PROVISION_CAPACITY, { id: setting.id }, officer)).setting;
    await gqlOk(
      UPSERT_SETTING,
      {
        input: {
          id: setting.id,
          name: `${setting.name} (renamed)`,
          kind: 'SPECIAL',
          sector: 'LA_MAINTAINED',
          phase: 'ALL_THROUGH',
          ageRange: { low: 4, high: 19 },
          laCode: '938',
          address: { lines: ['1 Lane'], town: 'Horsham', postcode: 'RH12 1AA' },
          location: east(home, 2),
        },
      },
      officer,
    );
    const after = (await gqlOk(PROVISION_CAPACITY, { id: setting.id }, officer)).setting;
    expect(after.provisions[0].capacityVersion).toBe(stored.provisions[0].capacityVersion);
    expect(after.provisions[0].capacity.pendingConsultationsInOpenPlace).toBe(1);
  });
});

describe('the statement', () => {
  it('rides with every journey response that shows a choice, a consultation to the family or a decision', async () => {
    const c = await aCase(aNorthernPlace());
    const changed = await gql(SET_FAMILY_CHOICES, {
      token: c.token,
      input: { add: [{ offRegister: { name: 'X' } }] },
    });
    expectRightsExtension(changed);
    expectRightsExtension(await gql(FAMILY_JOURNEY, { token: c.token }));
    expectRightsExtension(
      await gql(CASE_JOURNEY, { caseReference: c.caseReference, laCode: '938' }, officer),
    );
  });
});
