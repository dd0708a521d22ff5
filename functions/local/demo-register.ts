import type { CapacityFigures } from '../core/model.js';

// A small demonstration register for `npm start`: fictional settings (names end in "(demo)")
// placed in real towns of West Sussex (938), Brighton and Hove (846) and Surrey (936).

type DemoProvision = {
  id: string;
  kind: 'MAIN_ROLL' | 'RESOURCED_PROVISION' | 'SEN_UNIT' | 'AP_PROGRAMME';
  name: string;
  designation: string[];
  apTiers?: string[];
  ageRange?: { low: number; high: number };
  capacity?: Omit<CapacityFigures, 'vacanciesByYear' | 'note' | 'pendingConsultations'> & {
    pendingConsultations?: number;
  };
};

export interface DemoSetting {
  id: string;
  urn: string | null;
  name: string;
  kind: string;
  sector: string;
  section41Approved?: boolean;
  phase: string;
  ageRange: { low: number; high: number };
  boarding?: string;
  religiousCharacter?: string;
  laCode: string;
  address: { lines: string[]; town: string; postcode: string };
  location: { lat: number; lon: number };
  provisions: DemoProvision[];
}

const p = (settingId: string, local: string) => `${settingId}.${local}`;

export const DEMO_SETTINGS: DemoSetting[] = [
  {
    id: 'demo-oakfield',
    urn: null,
    name: 'Oakfield Primary School (demo)',
    kind: 'MAINSTREAM',
    sector: 'LA_MAINTAINED',
    phase: 'PRIMARY',
    ageRange: { low: 4, high: 11 },
    laCode: '938',
    address: { lines: ['1 Oak Lane'], town: 'Horsham', postcode: 'RH12 1AA' },
    location: { lat: 51.0629, lon: -0.3259 },
    provisions: [
      {
        id: p('demo-oakfield', 'main'),
        kind: 'MAIN_ROLL',
        name: 'Main roll',
        designation: [],
        capacity: { places: 420, onRoll: 411, vacancies: 9 },
      },
      {
        id: p('demo-oakfield', 'rp'),
        kind: 'RESOURCED_PROVISION',
        name: 'The Willow Base (autism resourced provision)',
        designation: ['ASD', 'SLCN'],
        capacity: { places: 12, onRoll: 11, vacancies: 1, pendingConsultations: 2 },
      },
    ],
  },
  {
    id: 'demo-weald',
    urn: null,
    name: 'Weald Academy (demo)',
    kind: 'MAINSTREAM',
    sector: 'ACADEMY',
    phase: 'SECONDARY',
    ageRange: { low: 11, high: 18 },
    laCode: '938',
    address: { lines: ['Weald Road'], town: 'Crawley', postcode: 'RH10 1AA' },
    location: { lat: 51.1133, lon: -0.1872 },
    provisions: [
      {
        id: p('demo-weald', 'main'),
        kind: 'MAIN_ROLL',
        name: 'Main roll',
        designation: [],
        capacity: { places: 1200, onRoll: 1187, vacancies: 13 },
      },
      {
        id: p('demo-weald', 'unit'),
        kind: 'SEN_UNIT',
        name: 'Speech and language unit',
        designation: ['SLCN', 'ASD'],
        ageRange: { low: 11, high: 16 },
        capacity: { places: 20, onRoll: 20, vacancies: 0, pendingConsultations: 3 },
      },
    ],
  },
  {
    id: 'demo-hillside',
    urn: null,
    name: 'Hillside Primary School (demo)',
    kind: 'MAINSTREAM',
    sector: 'ACADEMY',
    phase: 'PRIMARY',
    ageRange: { low: 4, high: 11 },
    religiousCharacter: 'Church of England',
    laCode: '938',
    address: { lines: ['Hill Street'], town: 'Burgess Hill', postcode: 'RH15 9AA' },
    location: { lat: 50.9578, lon: -0.1335 },
    provisions: [
      {
        id: p('demo-hillside', 'main'),
        kind: 'MAIN_ROLL',
        name: 'Main roll',
        designation: [],
        capacity: { places: 210, onRoll: 204, vacancies: 6 },
      },
      {
        id: p('demo-hillside', 'rp'),
        kind: 'RESOURCED_PROVISION',
        name: 'Hearing support base',
        designation: ['HI'],
        capacity: { places: 8, onRoll: 5, vacancies: 3 },
      },
    ],
  },
  {
    id: 'demo-brookfield',
    urn: null,
    name: 'Brookfield Special School (demo)',
    kind: 'SPECIAL',
    sector: 'LA_MAINTAINED',
    phase: 'ALL_THROUGH',
    ageRange: { low: 4, high: 19 },
    laCode: '938',
    address: { lines: ['Brook Way'], town: 'Chichester', postcode: 'PO19 1AA' },
    location: { lat: 50.8365, lon: -0.7792 },
    provisions: [
      {
        id: p('demo-brookfield', 'main'),
        kind: 'MAIN_ROLL',
        name: 'Main roll',
        designation: ['SLD', 'PMLD', 'ASD'],
        capacity: { places: 120, onRoll: 124, vacancies: 0, pendingConsultations: 5 },
      },
    ],
  },
  {
    id: 'demo-harbour',
    urn: null,
    name: 'Harbour Pupil Referral Unit (demo)',
    kind: 'ALTERNATIVE_PROVISION',
    sector: 'LA_MAINTAINED',
    phase: 'NOT_APPLICABLE',
    ageRange: { low: 11, high: 16 },
    laCode: '938',
    address: { lines: ['Harbour Road'], town: 'Worthing', postcode: 'BN11 1AA' },
    location: { lat: 50.8179, lon: -0.3729 },
    provisions: [
      {
        id: p('demo-harbour', 'places'),
        kind: 'AP_PROGRAMME',
        name: 'Assessment and transition placements',
        designation: ['SEMH'],
        apTiers: ['TIER_2', 'TIER_3'],
        capacity: { places: 40, onRoll: 34, vacancies: 6 },
      },
      {
        id: p('demo-harbour', 'outreach'),
        kind: 'AP_PROGRAMME',
        name: 'Outreach into mainstream schools',
        designation: ['SEMH'],
        apTiers: ['TIER_1'],
      },
    ],
  },
  {
    id: 'demo-downsview',
    urn: null,
    name: 'Downs View School (demo)',
    kind: 'SPECIAL',
    sector: 'ACADEMY',
    phase: 'ALL_THROUGH',
    ageRange: { low: 4, high: 19 },
    laCode: '846',
    address: { lines: ['Downs Road'], town: 'Brighton', postcode: 'BN2 1AA' },
    location: { lat: 50.8386, lon: -0.1103 },
    provisions: [
      {
        id: p('demo-downsview', 'main'),
        kind: 'MAIN_ROLL',
        name: 'Main roll',
        designation: ['ASD', 'SLD'],
        capacity: { places: 90, onRoll: 86, vacancies: 4 },
      },
    ],
  },
  {
    id: 'demo-meadowhouse',
    urn: null,
    name: 'Meadow House School (demo)',
    kind: 'INDEPENDENT_SPECIAL',
    sector: 'INDEPENDENT',
    section41Approved: true,
    phase: 'NOT_APPLICABLE',
    ageRange: { low: 7, high: 19 },
    boarding: 'DAY_AND_RESIDENTIAL',
    laCode: '936',
    address: { lines: ['Meadow Lane'], town: 'Guildford', postcode: 'GU1 1AA' },
    location: { lat: 51.2362, lon: -0.5704 },
    provisions: [
      {
        id: p('demo-meadowhouse', 'main'),
        kind: 'MAIN_ROLL',
        name: 'Main roll',
        designation: ['ASD', 'SEMH'],
        capacity: { places: 60, onRoll: 57, vacancies: 3 },
      },
    ],
  },
  {
    id: 'demo-coastal',
    urn: null,
    name: 'Coastal College (demo)',
    kind: 'FURTHER_EDUCATION',
    sector: 'FURTHER_EDUCATION',
    phase: 'SIXTEEN_PLUS',
    ageRange: { low: 16, high: 25 },
    laCode: '938',
    address: { lines: ['College Road'], town: 'Worthing', postcode: 'BN12 1AA' },
    location: { lat: 50.8232, lon: -0.4081 },
    provisions: [
      {
        id: p('demo-coastal', 'main'),
        kind: 'MAIN_ROLL',
        name: 'Main roll',
        designation: [],
        capacity: { places: 3000, onRoll: 2870, vacancies: 130 },
      },
    ],
  },
];

/** The development sign-in page's demo roles (AUTH_MODE=local): the same people `npm start` mints tokens for. */
export const DEV_ROLES: readonly { label: string; groups: string[] }[] = [
  { label: 'Placement officer, West Sussex (938)', groups: ['la-officer-938'] },
  { label: 'Placement officer, Brighton and Hove (846)', groups: ['la-officer-846'] },
  { label: 'Staff of Oakfield Primary School (demo)', groups: ['setting-staff-demo-oakfield'] },
  { label: 'Staff of Brookfield Special School (demo)', groups: ['setting-staff-demo-brookfield'] },
];
