import type { Services } from '../../functions/compose.js';
import { callerFromGroups, groups } from '../../functions/core/access.js';
import { londonDate } from '../../functions/core/journey/dates.js';
import { periodChoices } from '../../functions/core/sufficiency/periods.js';
import { aSettingInput, unique } from '../helpers/builders.js';
import { aListInput, aNorthernPlace, east } from '../helpers/lists.js';

// Every use case of the services, driven once, in an order that gives each what it needs (a
// setting before its figures, a list before its journey). What each sends to DynamoDB is recorded
// under its name and held against the role of every entry that calls it (audit.test.ts).

const officer = callerFromGroups('iam-officer', [groups.officer('938')]);

/** What the drivers share: what earlier use cases made. */
interface World {
  settingId: string;
  otherSettingId: string;
  provisionId: string;
  caseReference: string;
  listId: string;
  token: string;
  consultationId: string;
  secondConsultationId: string;
}

type Driver = (services: Services, world: World) => Promise<unknown>;

/** Refusals a driver expects (a wrong family link): the requests made on the way are what count. */
async function refused(work: Promise<unknown>): Promise<void> {
  await work.then(
    () => {
      throw new Error('Expected a refusal');
    },
    () => undefined,
  );
}

const staffOf = (w: World) => callerFromGroups('iam-senco', [groups.staff(w.settingId)]);
const today = () => londonDate(new Date());

/** `<service>.<use case>` → its driver, in the order they run. */
export const USE_CASES: Record<string, Driver> = {
  'register.upsertSetting': async (s, w) => {
    const home = aNorthernPlace();
    const made = await s.register.upsertSetting(officer, {
      ...aSettingInput({ name: unique('IAM Special School'), kind: 'SPECIAL', phase: 'ALL_THROUGH' }),
      urn: String(Math.floor(1_000_000 + Math.random() * 8_999_999)),
      ageRange: { low: 4, high: 19 },
      location: east(home, 1),
    });
    const other = await s.register.upsertSetting(officer, {
      ...aSettingInput({ name: unique('IAM Primary School') }),
      location: east(home, 2),
    });
    w.settingId = made.id;
    w.otherSettingId = other.id;
    w.provisionId = made.provisions[1]?.id ?? '';
  },
  'register.getSetting': (s, w) => s.register.getSetting(officer, w.settingId),
  'register.listSettings': (s) => s.register.listSettings(officer, { laCode: '938' }, { first: 5 }),
  'register.setSettingStatus': (s, w) =>
    s.register.setSettingStatus(officer, w.otherSettingId, 'PROPOSED_TO_CLOSE'),
  'register.updateCapacity': (s, w) =>
    s.register.updateCapacity(staffOf(w), {
      provisionId: w.provisionId,
      expectedVersion: 0,
      places: 12,
      onRoll: 10,
      vacancies: 2,
    }),
  'register.confirmCapacity': (s, w) => s.register.confirmCapacity(staffOf(w), w.provisionId, 1),
  'register.capacityHistory': (s, w) => s.register.capacityHistory(staffOf(w), w.provisionId, { first: 5 }),
  'register.setCapacityContacts': (s, w) =>
    s.register.setCapacityContacts(staffOf(w), w.settingId, [
      { name: 'SENCO', email: 'senco@school.example' },
    ]),
  'register.readCapacityContacts': async (s, w) => {
    const found = await s.register.getSetting(officer, w.settingId);
    if (found) s.register.readCapacityContacts(officer, found);
  },
  'lists.setLocalRightsInfo': (s) =>
    s.lists.setLocalRightsInfo(officer, { laCode: '938', notes: ['Ask us about transport.'] }),
  'lists.parentsRightsStatement': (s) => s.lists.parentsRightsStatement('938'),
  // The API's Lambda, as its container starts (graphql/handler.ts): the snapshot and the changes since.
  'lists.loadRegister': (s) => s.lists.loadRegister(),
  'lists.generateTailoredList': async (s, w) => {
    const made = await s.lists.generateTailoredList(officer, {
      ...aListInput(aNorthernPlace()),
      familyChoices: [{ settingId: w.settingId }],
    });
    w.caseReference = made.list.caseReference;
    w.listId = made.list.id;
    w.token = made.familyLink.token;
  },
  // Once with a form key, then again with it: the repeat reads the list it made and writes nothing.
  'lists.generateTailoredListOnce': async (s) => {
    const input = aListInput(aNorthernPlace());
    const key = `iam-${Date.now()}-once-key`;
    await s.lists.generateTailoredListOnce(officer, input, key);
    await s.lists.generateTailoredListOnce(officer, input, key);
  },
  'lists.tailoredList': (s, w) => s.lists.tailoredList(officer, w.listId),
  'lists.tailoredLists': (s, w) => s.lists.tailoredLists(officer, w.caseReference, '938'),
  'lists.familyLinks': async (s, w) => {
    const list = await s.lists.tailoredList(officer, w.listId);
    if (list) await s.lists.familyLinks(officer, list);
  },
  'lists.createFamilyLink': (s, w) => s.lists.createFamilyLink(officer, w.listId, 30),
  // A right link and a wrong one: a wrong guess is counted (THROTTLE#).
  'lists.openFamilyLink': async (s, w) => {
    await s.lists.openFamilyLink(w.token, '192.0.2.1');
    await refused(s.lists.openFamilyLink(`${w.listId}.${'x'.repeat(43)}`, '192.0.2.1'));
  },
  'journey.familyList': (s, w) => s.journey.familyList(w.token, '192.0.2.1'),
  'journey.setFamilyChoices': (s, w) =>
    s.journey.setFamilyChoices(
      w.token,
      { add: [{ settingId: w.otherSettingId, note: 'Near family.' }] },
      '192.0.2.1',
    ),
  'journey.caseJourney': (s, w) => s.journey.caseJourney(officer, w.caseReference, '938'),
  'journey.recentCases': (s) => s.journey.recentCases(officer, '938'),
  'journey.caseReferencesLike': (s) => s.journey.caseReferencesLike(officer, '938', 'iam/case/1'),
  'journey.recordDraftPlanSent': (s, w) =>
    s.journey.recordDraftPlanSent(officer, w.caseReference, '938', today(), 'DRAFT_PLAN'),
  'journey.startConsultation': async (s, w) => {
    const input = (settingId: string) => ({
      caseReference: w.caseReference,
      laCode: '938',
      settingId,
      message: 'Could your setting meet the needs described?',
      contact: { name: 'SEN team', email: 'sen@council.example', phone: '01234 567890' },
    });
    w.consultationId = (await s.journey.startConsultation(officer, input(w.settingId))).id;
    w.secondConsultationId = (await s.journey.startConsultation(officer, input(w.otherSettingId))).id;
  },
  'journey.consultation': (s, w) => s.journey.consultation(staffOf(w), w.consultationId),
  'journey.consultations': async (s, w) => {
    await s.journey.consultations(staffOf(w), null, 5, null);
    await s.journey.consultations(officer, { scope: 'SENT_BY_MY_LA' }, 5, null);
  },
  'journey.answerConsultation': (s, w) =>
    s.journey.answerConsultation(staffOf(w), w.consultationId, {
      answer: 'CAN_MEET_NEEDS',
      explanation: 'We have a place.',
    }),
  'journey.withdrawConsultation': (s, w) =>
    s.journey.withdrawConsultation(officer, w.secondConsultationId, 'The family chose another setting.'),
  // The family's first choice is named: no grounds are needed.
  'journey.recordPlacementDecision': (s, w) =>
    s.journey.recordPlacementDecision(officer, {
      caseReference: w.caseReference,
      laCode: '938',
      decidedOn: today(),
      named: { settingId: w.settingId },
    }),
  'search.searchSettings': (s) => s.search.searchSettings(officer, 'IAM Special', 5, null),
  'search.familySearchSettings': (s, w) =>
    s.search.familySearchSettings(w.token, 'IAM Primary', 5, '192.0.2.1'),
  'reminders.staleCapacity': (s) => s.reminders.staleCapacity(officer, '938', { first: 5 }),
  // After the list, the consultations and the decision: its facts, cases and answers are there to read.
  'sufficiency.sufficiency': (s) =>
    s.sufficiency.sufficiency(officer, '938', periodChoices(today())[0]?.id ?? ''),
  'sufficiency.whatIf': (s, w) =>
    s.sufficiency.whatIf(officer, '938', periodChoices(today())[0]?.id ?? '', [
      { addPlaces: { settingId: w.settingId, need: 'ASD', places: 5 } },
    ]),
  'sufficiency.councilSettings': (s) => s.sufficiency.councilSettings(officer, '938'),
  'sessions.endSession': (s) =>
    s.sessions.endSession(`iam-${Date.now()}`, Math.floor(Date.now() / 1000) + 3_600),
  'sessions.hasEnded': (s) => s.sessions.hasEnded('iam-session'),
  'lists.revokeFamilyLinks': (s, w) => s.lists.revokeFamilyLinks(officer, w.listId),
  'retention.eraseCase': (s, w) =>
    s.retention.eraseCase(officer, w.caseReference, '938', 'Asked by the family.'),
  'retention.clearGoneCase': (s, w) => s.retention.clearGoneCase('938', w.caseReference),
};

/** Use cases that send nothing to AWS (pure views over what was read), or run only in a job. */
export const NOT_DRIVEN: Record<string, string> = {
  'journey.decisionViews': 'a pure view of a decision already read: no request',
  'retention.sweep': 'the retention sweeper job: driven as its own entry',
};

export const NEW_WORLD = (): World => ({
  settingId: '',
  otherSettingId: '',
  provisionId: '',
  caseReference: '',
  listId: '',
  token: '',
  consultationId: '',
  secondConsultationId: '',
});

/**
 * A second case, left mid-journey, and a setting reopened: what the jobs find to do (these requests
 * are not audited as a use case's). The reopening is a change the snapshot writer has to take in.
 */
export async function prepareForJobs(s: Services, w: World): Promise<void> {
  const made = await s.lists.generateTailoredList(officer, aListInput(aNorthernPlace()));
  await s.journey.startConsultation(officer, {
    caseReference: made.list.caseReference,
    laCode: '938',
    settingId: w.otherSettingId,
    message: 'Could your setting meet the needs described?',
    contact: { name: 'SEN team', email: 'sen@council.example', phone: '01234 567890' },
  });
  await s.register.setSettingStatus(officer, w.otherSettingId, 'OPEN');
}
