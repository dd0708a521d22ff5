import { inject } from 'vitest';
import { asOfficer, asStaff, gqlOk } from '../helpers/api.js';
import { aSettingInput, unique } from '../helpers/builders.js';
import {
  aContact,
  DRAFT_PLAN_SENT,
  londonToday,
  RECORD_DECISION,
  START_CONSULTATION,
} from '../helpers/journey.js';
import { aListInput, aNorthernPlace, east, QUIET_PLACES } from '../helpers/lists.js';
import { UPDATE_CAPACITY, UPSERT_SETTING } from '../helpers/operations.js';

// The family page's states, set up through the GraphQL API as an LA's tools would.

const GENERATE = `mutation Generate($input: GenerateTailoredListInput!) {
  generateTailoredList(input: $input) {
    familyLink { token url expiresAt }
    list { id caseReference entries { setting { id name } legalRoute capacity { status } } familyChoices { id name onRegister } }
  }
}`;

export interface Case {
  token: string;
  url: string;
  caseReference: string;
  list: {
    entries: { setting: { id: string; name: string }; legalRoute: string; capacity: { status: string } }[];
    familyChoices: { id: string; name: string; onRegister: boolean }[];
  };
  settings: { id: string; name: string }[];
}

interface Spec {
  name: string;
  at: { lat: number; lon: number };
  kind?: string;
  sector?: string;
  phase?: string;
  capacity?: { places: number; onRoll: number; vacancies: number };
  designation?: string[];
}

/** A setting designated for ASD, made by an officer of 938, with capacity stated by its staff if given. */
export async function settingAt(spec: Spec) {
  const input = aSettingInput({
    name: unique(spec.name),
    kind: spec.kind ?? 'SPECIAL',
    sector: spec.sector ?? 'LA_MAINTAINED',
    phase: spec.phase ?? 'ALL_THROUGH',
    ageRange: { low: 4, high: 19 },
    location: spec.at,
    provisions: [{ kind: 'MAIN_ROLL', name: 'Main roll', designation: spec.designation ?? ['ASD'] }],
  });
  const setting = (await gqlOk(UPSERT_SETTING, { input }, asOfficer('938'))).upsertSetting;
  if (spec.capacity) {
    await gqlOk(
      UPDATE_CAPACITY,
      { input: { provisionId: setting.provisions[0].id, expectedVersion: 0, ...spec.capacity } },
      asStaff(setting.id),
    );
  }
  return setting as { id: string; name: string; provisions: { id: string }[] };
}

export async function generate(input: Record<string, unknown>): Promise<Omit<Case, 'settings'>> {
  const { generateTailoredList: g } = await gqlOk(GENERATE, { input }, asOfficer('938'));
  return {
    token: g.familyLink.token,
    url: g.familyLink.url,
    caseReference: g.list.caseReference,
    list: g.list,
  };
}

/**
 * A list with every capacity status and every legal route, and family choices on and off the
 * register: state special schools with places, few places and none (maintained: the council must
 * name them), an independent special school not on the s.41 list whose places are not confirmed
 * (must consider), and the family's choice of a post-16 unit whose route is to be confirmed.
 */
export async function everyStatusCase(): Promise<Case> {
  const home = aNorthernPlace();
  const settings = await Promise.all([
    settingAt({
      name: 'Brook Special School',
      at: east(home, 1),
      capacity: { places: 10, onRoll: 7, vacancies: 3 },
    }),
    settingAt({
      name: 'Heath Special School',
      at: east(home, 2),
      capacity: { places: 10, onRoll: 9, vacancies: 1 },
    }),
    settingAt({
      name: 'Ridge Special School',
      at: east(home, 3),
      capacity: { places: 10, onRoll: 10, vacancies: 0 },
    }),
    settingAt({
      name: 'Vale Independent School',
      at: east(home, 4),
      kind: 'INDEPENDENT_SPECIAL',
      sector: 'INDEPENDENT',
    }),
    settingAt({
      name: 'Weir Post-16 Unit',
      at: east(home, 5),
      kind: 'SPECIAL_POST_16',
      phase: 'SIXTEEN_PLUS',
    }),
  ]);
  const created = await generate(
    aListInput(home, {
      familyChoices: [
        { settingId: settings[4]?.id },
        {
          offRegister: {
            name: unique('Hillside School'),
            town: 'Guildford',
            website: 'https://hillside.example',
          },
        },
      ],
    }),
  );
  return { ...created, settings };
}

/** A list on which nothing fitted: the only places near are in the North Sea. */
export async function emptyCase(): Promise<Case> {
  return { ...(await generate(aListInput(QUIET_PLACES.northSea, { maxTravelKm: 5 }))), settings: [] };
}

/**
 * A list whose every setting was full when last confirmed: settings for a need no other test keeps
 * (multi-sensory impairment), in the sea west of Lewis. Three of them, all within the travel
 * distance, so the nearest three specialist provisions for the main need that every list weighs
 * are these, even while another test briefly holds an MSI setting elsewhere in England.
 */
export async function allFullCase(): Promise<Case> {
  const home = { lat: 58.1 + Math.random() * 0.2, lon: -7.4 };
  const settings = await Promise.all(
    [1, 2, 3].map((km) =>
      settingAt({
        name: `Full School ${km}`,
        at: east(home, km),
        designation: ['MSI'],
        capacity: { places: 8, onRoll: 8, vacancies: 0 },
      }),
    ),
  );
  const created = await generate(
    aListInput(home, { maxTravelKm: 5, primaryNeed: 'MSI', secondaryNeeds: [] }),
  );
  return { ...created, settings };
}

/** The journey: a draft plan, two consultations (one answered), and the council's decision. */
export async function decidedCase(): Promise<Case> {
  const c = await everyStatusCase();
  const [first, second] = c.settings;
  const officer = asOfficer('938');
  const today = londonToday();
  await gqlOk(
    DRAFT_PLAN_SENT,
    { caseReference: c.caseReference, laCode: '938', sentOn: today, kind: 'DRAFT_PLAN' },
    officer,
  );
  for (const s of [first, second]) {
    await gqlOk(
      START_CONSULTATION,
      {
        input: {
          caseReference: c.caseReference,
          laCode: '938',
          settingId: s?.id,
          message: 'Could you meet the needs described?',
          contact: aContact,
        },
      },
      officer,
    );
  }
  await gqlOk(
    RECORD_DECISION,
    {
      input: {
        caseReference: c.caseReference,
        laCode: '938',
        decidedOn: today,
        named: { settingId: first?.id },
        refusals: c.list.familyChoices.map((choice) => ({
          choiceId: choice.id,
          grounds: ['UNSUITABLE_FOR_AGE_ABILITY_APTITUDE_OR_SEN'],
          explanation: 'It does not take children of this age.',
        })),
      },
    },
    officer,
  );
  return c;
}

/** The journey so far without a decision: a draft plan and a consultation. */
export async function consultingCase(): Promise<Case> {
  const c = await everyStatusCase();
  const officer = asOfficer('938');
  const today = londonToday();
  await gqlOk(
    DRAFT_PLAN_SENT,
    { caseReference: c.caseReference, laCode: '938', sentOn: today, kind: 'DRAFT_PLAN' },
    officer,
  );
  await gqlOk(
    START_CONSULTATION,
    {
      input: {
        caseReference: c.caseReference,
        laCode: '938',
        settingId: c.settings[0]?.id,
        message: 'Could you meet the needs described?',
        contact: aContact,
      },
    },
    officer,
  );
  return c;
}

/** The page's address from the API's FamilyLink.url. */
export function pageUrl(c: Pick<Case, 'url'>): string {
  return c.url;
}

export const baseUrl = () => inject('baseUrl');
