import { describe, expect, it } from 'vitest';
import { parseCapacityContacts } from '../../../functions/core/capacity-contacts.js';
import type { StaleSettingView } from '../../../functions/core/capacity-reminders.js';
import { InvalidInputError } from '../../../functions/core/errors.js';
import type { Provision, Setting } from '../../../functions/core/model.js';
import {
  CONTACT_ROWS,
  contactsErrors,
  contactsFormModel,
  contactsInput,
  staleAfterWords,
  staleCapacityModel,
} from '../../../web/view/staff/capacity-contacts.js';

/** The service's own refusal of these contacts. */
function issuesOf(input: unknown) {
  try {
    parseCapacityContacts(input);
  } catch (error) {
    if (error instanceof InvalidInputError) return error.issues;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('contactsInput', () => {
  it('ignores blank rows and remembers which row each contact came from', () => {
    const { contacts, rows } = contactsInput({
      'name-0': 'Ann Lee',
      'email-0': 'ann@school.example',
      'name-1': ' ',
      'email-1': '',
      'name-3': 'Bo Chan',
      'email-3': 'bo@school.example',
    });
    expect(contacts).toEqual([
      { name: 'Ann Lee', email: 'ann@school.example' },
      { name: 'Bo Chan', email: 'bo@school.example' },
    ]);
    expect(rows).toEqual([0, 3]);
  });
});

describe('contactsErrors', () => {
  it('puts the service’s messages on the rows typed, in the form’s order', () => {
    const values = {
      'name-0': 'Ann Lee',
      'email-0': 'ann@school.example',
      'name-1': 'Cy Dee',
      'email-1': ' ',
      'name-2': '',
      'email-2': 'not an email',
      'name-4': 'Bo Chan',
      'email-4': 'ANN@school.example',
    };
    const { contacts, rows } = contactsInput(values);
    const errors = contactsErrors(issuesOf(contacts), rows);
    expect(errors).toEqual([
      { inputId: 'email-1', text: 'Enter the person’s work email address, or clear their name' },
      { inputId: 'name-2', text: 'Enter the person’s name, or clear their email address' },
      { inputId: 'email-2', text: 'Enter an email address in the correct format, like name@school.example' },
      { inputId: 'email-4', text: 'This email address is given twice: give each person once' },
    ]);
  });
});

describe('contactsFormModel', () => {
  const setting = {
    id: 's_1',
    name: 'Maple School',
    capacityContacts: [{ name: 'Ann', email: 'a@x.example' }],
  };

  it('shows the contacts there are, then blank rows up to the limit', () => {
    const m = contactsFormModel({ setting });
    expect(m.rows).toHaveLength(CONTACT_ROWS);
    expect(m.rows[0]).toMatchObject({
      name: 'Ann',
      email: 'a@x.example',
      nameId: 'name-0',
      emailId: 'email-0',
    });
    expect(m.rows[1]).toMatchObject({ name: '', email: '' });
    expect(m.action).toBe('/settings/s_1/contacts');
  });

  it('keeps what was typed, with each field’s message', () => {
    const m = contactsFormModel({
      setting,
      values: { 'name-0': 'Typed', 'email-0': 'bad' },
      errors: [{ inputId: 'email-0', text: 'Enter an email address' }],
    });
    expect(m.rows[0]).toMatchObject({
      name: 'Typed',
      email: 'bad',
      emailError: 'Enter an email address',
      nameError: null,
    });
  });
});

describe('staleCapacityModel', () => {
  const provision = { id: 's_1.p_1', name: 'Main roll' } as Provision;
  const view = (over: Partial<StaleSettingView>): StaleSettingView => ({
    setting: { id: 's_1', name: 'Maple School' } as Setting,
    staleProvisions: [{ provision, lastStatedAt: null }],
    lastStatedAt: null,
    lastReminder: null,
    hasCapacityContacts: false,
    ...over,
  });

  it('says never and not yet, links to add contacts, and pages on', () => {
    const m = staleCapacityModel({
      laCode: '938',
      laName: 'West Sussex',
      laCodes: ['938'],
      laNames: new Map(),
      items: [view({})],
      nextCursor: 'abc',
      isFirstPage: true,
    });
    expect(m.la).toBe('West Sussex (938)');
    expect(m.laChoices).toBeNull();
    expect(m.settings[0]).toMatchObject({
      path: '/settings/s_1',
      lastStated: 'Never',
      lastReminded: 'Not yet',
      hasContacts: false,
      contactsPath: '/settings/s_1/contacts',
      staleProvisions: ['Main roll'],
    });
    expect(m.nextPath).toBe('/stale-capacity?la=938&after=abc');
    expect(m.firstPath).toBeNull();
  });

  it('gives dates when stated and reminded, and a choice of LA to officers of several', () => {
    const m = staleCapacityModel({
      laCode: '938',
      laName: null,
      laCodes: ['845', '938'],
      laNames: new Map([['938', 'West Sussex']]),
      items: [
        view({
          lastStatedAt: '2026-10-01T09:00:00.000Z',
          hasCapacityContacts: true,
          lastReminder: {
            settingId: 's_1',
            window: 1,
            claimedAt: '2026-11-02T08:00:00.000Z',
            sentAt: '2026-11-02T08:00:01.000Z',
            recipients: 1,
            messageId: 'm',
          },
        }),
      ],
      nextCursor: null,
      isFirstPage: false,
    });
    expect(m.settings[0]).toMatchObject({ lastStated: '1 October 2026', lastReminded: '2 November 2026' });
    expect(m.laChoices).toEqual([
      { value: '845', text: '845', selected: false },
      { value: '938', text: 'West Sussex (938)', selected: true },
    ]);
    expect(m.nextPath).toBeNull();
    expect(m.firstPath).toBe('/stale-capacity?la=938');
  });
});

describe('how long figures may go unstated before a reminder, in words', () => {
  it('says whole weeks in words, and anything else in days', () => {
    expect(staleAfterWords(21)).toBe('three weeks');
    expect(staleAfterWords(7)).toBe('a week');
    expect(staleAfterWords(10)).toBe('10 days');
    expect(staleAfterWords(70)).toBe('70 days');
  });
});
