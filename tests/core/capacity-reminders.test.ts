import { describe, expect, it } from 'vitest';
import {
  assertCanKeepCapacityContacts,
  assertCanReadStaleCapacity,
  type Caller,
} from '../../functions/core/access.js';
import {
  MAX_CAPACITY_CONTACTS,
  parseCapacityContacts,
  withCapacityContacts,
} from '../../functions/core/capacity-contacts.js';
import {
  decideReminder,
  lastStatedAtOf,
  latestSchoolStatementAt,
  reminderWindow,
  settingPageUrl,
  stalenessOf,
} from '../../functions/core/capacity-reminders.js';
import { InvalidInputError } from '../../functions/core/errors.js';
import type { Capacity, CapacitySource, Provision, Setting } from '../../functions/core/model.js';
import { applySettingDraft } from '../../functions/core/register.js';
import { parseSettingInput } from '../../functions/core/setting-input.js';

const NOW = new Date('2027-03-22T09:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();

function figures(source: CapacitySource, updatedAt: string, confirmedAt: string | null = null): Capacity {
  return {
    places: 10,
    onRoll: 9,
    vacancies: 1,
    vacanciesByYear: [],
    pendingConsultations: 0,
    note: null,
    source,
    updatedAt,
    updatedBy: 'someone',
    confirmedAt,
  };
}

function provision(id: string, capacity: Capacity | null, name = `Provision ${id}`): Provision {
  return {
    id: `s1.${id}`,
    settingId: 's1',
    kind: 'MAIN_ROLL',
    name,
    designation: [],
    ageRange: null,
    apTiers: [],
    capacity,
    capacityVersion: capacity ? 1 : 0,
    source: 'LA',
  };
}

function setting(provisions: Provision[], overrides: Partial<Setting> = {}): Setting {
  return {
    id: 's1',
    urn: null,
    name: 'Oakfield Primary School',
    kind: 'MAINSTREAM',
    sector: 'LA_MAINTAINED',
    section41Approved: false,
    phase: 'PRIMARY',
    ageRange: { low: 4, high: 11 },
    genderIntake: 'MIXED',
    boarding: 'DAY',
    religiousCharacter: null,
    laCode: '938',
    address: { lines: ['1 Lane'], town: 'Horsham', postcode: 'RH12 1AA' },
    location: { lat: 51, lon: -0.3 },
    status: 'OPEN',
    source: 'LA',
    sourceNotes: [],
    provisions,
    createdAt: daysAgo(400),
    updatedAt: daysAgo(400),
    ...overrides,
  };
}

const contacts = [
  { name: 'Sam Head', email: 'head@oakfield.example' },
  { name: 'Alex Office', email: 'office@oakfield.example' },
];

describe('capacity contacts', () => {
  it('accepts up to five people with names and work emails, trimmed', () => {
    expect(parseCapacityContacts([{ name: ' Sam Head ', email: ' head@oakfield.example ' }])).toEqual([
      { name: 'Sam Head', email: 'head@oakfield.example' },
    ]);
    expect(parseCapacityContacts([])).toEqual([]);
  });

  it.each([
    [[{ name: 'Sam', email: 'not-an-email' }], 'contacts.0.email'],
    [[{ name: 'Sam', email: 'a@b.example, c@d.example' }], 'contacts.0.email'],
    [[{ name: '', email: 'a@b.example' }], 'contacts.0.name'],
    [
      [
        { name: 'A', email: 'same@b.example' },
        { name: 'B', email: 'SAME@b.example' },
      ],
      'contacts.1.email',
    ],
    [
      Array.from({ length: MAX_CAPACITY_CONTACTS + 1 }, (_, i) => ({
        name: `P${i}`,
        email: `p${i}@b.example`,
      })),
      'contacts',
    ],
  ])('refuses %j, naming %s', (input, field) => {
    try {
      parseCapacityContacts(input);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).field).toBe(field);
    }
  });

  it('are kept when an officer changes the setting details (not part of them)', () => {
    const existing = withCapacityContacts(setting([provision('main', null)]), contacts, NOW.toISOString());
    const draft = parseSettingInput(
      {
        name: 'Oakfield Primary School',
        kind: 'MAINSTREAM',
        sector: 'LA_MAINTAINED',
        phase: 'PRIMARY',
        ageRange: { low: 4, high: 11 },
        laCode: '938',
        address: { lines: ['2 Lane'], town: 'Horsham', postcode: 'RH12 1AA' },
        location: { lat: 51, lon: -0.3 },
      },
      undefined,
      new Map(),
    );
    const updated = applySettingDraft({
      draft,
      existing,
      ids: { setting: () => 's1', provision: () => 's1.x' },
      now: NOW.toISOString(),
    });
    expect(updated.capacityContacts).toEqual(contacts);
  });

  it('are seen and changed by the setting’s staff and its LA’s officers only', () => {
    const s = setting([]);
    const staff: Caller = { subject: 'u1', laCodes: [], settingIds: ['s1'] };
    const officer: Caller = { subject: 'u2', laCodes: ['938'], settingIds: [] };
    const otherSchool: Caller = { subject: 'u3', laCodes: [], settingIds: ['s2'] };
    const otherLa: Caller = { subject: 'u4', laCodes: ['936'], settingIds: [] };
    expect(() => assertCanKeepCapacityContacts(staff, s)).not.toThrow();
    expect(() => assertCanKeepCapacityContacts(officer, s)).not.toThrow();
    expect(() => assertCanKeepCapacityContacts(otherSchool, s)).toThrow(/Only staff of setting s1/);
    expect(() => assertCanKeepCapacityContacts(otherLa, s)).toThrow(/LA 938/);
    expect(() => assertCanReadStaleCapacity(officer, '938')).not.toThrow();
    expect(() => assertCanReadStaleCapacity(otherLa, '938')).toThrow(/LA 938/);
    expect(() => assertCanReadStaleCapacity(staff, '938')).toThrow(/LA 938/);
  });
});

describe('stale figures', () => {
  it('counts the later of stated and confirmed, from the setting or its LA only', () => {
    expect(lastStatedAtOf(provision('a', figures('SETTING', daysAgo(40), daysAgo(3))))).toBe(daysAgo(3));
    expect(lastStatedAtOf(provision('a', figures('LA', daysAgo(5))))).toBe(daysAgo(5));
    expect(lastStatedAtOf(provision('a', figures('GIAS', daysAgo(1))))).toBeNull();
    expect(lastStatedAtOf(provision('a', figures('SYNTHETIC', daysAgo(1))))).toBeNull();
    expect(lastStatedAtOf(provision('a', null))).toBeNull();
  });

  it('is stale from CAPACITY_REMINDER_DAYS after the last statement or confirmation', () => {
    const fresh = setting([provision('a', figures('SETTING', daysAgo(20.9)))]);
    expect(stalenessOf(fresh, NOW, 21)).toBeNull();
    const justStale = setting([provision('a', figures('SETTING', daysAgo(21)))]);
    expect(stalenessOf(justStale, NOW, 21)?.lastStatedAt).toBe(daysAgo(21));
  });

  it('names each stale provision, and says never when one was never stated', () => {
    const s = setting([
      provision('fresh', figures('SETTING', daysAgo(2))),
      provision('old', figures('LA', daysAgo(30))),
      provision('older', figures('SETTING', daysAgo(60))),
    ]);
    const staleness = stalenessOf(s, NOW, 21);
    expect(staleness?.staleProvisions.map((p) => p.provision.id)).toEqual(['s1.old', 's1.older']);
    expect(staleness?.lastStatedAt).toBe(daysAgo(60));
    const withGias = setting([
      provision('gias', figures('GIAS', daysAgo(1))),
      provision('old', figures('LA', daysAgo(30))),
    ]);
    expect(stalenessOf(withGias, NOW, 21)?.lastStatedAt).toBeNull();
  });

  it('never counts a closed setting', () => {
    expect(stalenessOf(setting([provision('a', null)], { status: 'CLOSED' }), NOW, 21)).toBeNull();
  });
});

describe('reminder windows', () => {
  it('are CAPACITY_REMINDER_DAYS long, back to back', () => {
    const w = reminderWindow(NOW, 21);
    expect(Date.parse(w.endsAt) - Date.parse(w.startsAt)).toBe(21 * 86_400_000);
    expect(Date.parse(w.startsAt)).toBeLessThanOrEqual(NOW.getTime());
    expect(Date.parse(w.endsAt)).toBeGreaterThan(NOW.getTime());
    expect(reminderWindow(new Date(w.endsAt), 21).index).toBe(w.index + 1);
    expect(reminderWindow(new Date(Date.parse(w.endsAt) - 1), 21).index).toBe(w.index);
  });
});

describe('deciding a reminder', () => {
  const args = { now: NOW, days: 21, publicBaseUrl: 'https://places.example.gov.uk/' };

  it('reminds the contacts of a stale setting, with the link to its page and the stale provisions', () => {
    const s = withCapacityContacts(
      setting([
        provision('main', figures('SETTING', '2027-02-01T10:00:00Z'), 'Main roll'),
        provision('rp', null, 'Autism base'),
      ]),
      contacts,
      daysAgo(100),
    );
    const decision = decideReminder(s, args);
    expect(decision.action).toBe('remind');
    if (decision.action !== 'remind') return;
    expect(decision.message).toMatchObject({
      settingId: 's1',
      laCode: '938',
      window: reminderWindow(NOW, 21).index,
      to: ['head@oakfield.example', 'office@oakfield.example'],
      subject: 'Please check your places and vacancies: Oakfield Primary School',
    });
    expect(decision.message.text).toContain('https://places.example.gov.uk/settings/s1');
    expect(decision.message.text).toContain('- Main roll: last updated or confirmed on 1 February 2027');
    expect(decision.message.text).toContain('- Autism base: no figures given yet');
    expect(decision.message.text).toContain('21 days or more');
  });

  it('skips a stale setting nobody keeps the figures of, and a fresh one', () => {
    expect(decideReminder(setting([provision('a', null)]), args)).toEqual({
      action: 'no-contacts',
      settingId: 's1',
    });
    const fresh = withCapacityContacts(
      setting([provision('a', figures('SETTING', daysAgo(1)))]),
      contacts,
      daysAgo(1),
    );
    expect(decideReminder(fresh, args)).toEqual({ action: 'fresh', settingId: 's1' });
  });

  it('links to the setting’s page, its id escaped', () => {
    expect(settingPageUrl('https://x.example', 'urn-100/1')).toBe('https://x.example/settings/urn-100%2F1');
  });
});

describe('the latest statement or confirmation by any school (what the no-update alarm measures)', () => {
  it('is the latest of schools’ own figures, stated or confirmed, across pages of the register', () => {
    const first = [
      setting([
        provision('a', figures('SETTING', daysAgo(20), daysAgo(9))),
        provision('b', figures('LA', daysAgo(1))),
      ]),
    ];
    const second = [setting([provision('c', figures('SETTING', daysAgo(12)))])];
    const afterFirst = latestSchoolStatementAt(first, null);
    // An officer's statement (LA) is not a school's; a confirmation counts from when it was made.
    expect(afterFirst).toBe(daysAgo(9));
    expect(latestSchoolStatementAt(second, afterFirst)).toBe(daysAgo(9));
    expect(
      latestSchoolStatementAt([setting([provision('d', figures('SETTING', daysAgo(2)))])], afterFirst),
    ).toBe(daysAgo(2));
  });

  it('is null when no school ever stated figures: census, model or council figures only', () => {
    const settings = [
      setting([
        provision('a', figures('GIAS', daysAgo(1))),
        provision('b', figures('SYNTHETIC', daysAgo(1))),
      ]),
      setting([provision('c', figures('LA', daysAgo(1))), provision('d', null)]),
    ];
    expect(latestSchoolStatementAt(settings, null)).toBeNull();
  });
});
