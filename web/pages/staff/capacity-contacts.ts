import { assertCanKeepCapacityContacts } from '../../../functions/core/access.js';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../../../functions/core/errors.js';
import { LA_NAMES } from '../../../functions/services/la-names.js';
import {
  contactsErrors,
  contactsFormModel,
  contactsInput,
  staleAfterWords,
  staleCapacityModel,
} from '../../view/staff/capacity-contacts.js';
import { type StaffPage, seeOther, staffResponse } from './staff-page.js';

// Who keeps a setting's figures (capacity reminders go to them), and an LA's settings whose
// figures are stale. Every rule is the services' (core/access.ts): anyone else gets their refusal.

const STALE_PAGE = 50;

/** GET/POST /settings/:settingId/contacts: the setting's contacts; on success back to the setting (PRG). */
export const capacityContactsPage: StaffPage = async (app, ctx, req) => {
  const id = req.params.settingId ?? '';
  const setting = await app.services.register.getSetting(req.caller, id);
  if (!setting) throw new NotFoundError('Setting', id);
  // Its staff and its LA's officers only: the same refusal the API gives (the handler answers 403).
  assertCanKeepCapacityContacts(req.caller, setting);
  const title = `Who keeps these figures: ${setting.name}`;
  if (req.method === 'GET') {
    return staffResponse(ctx, req, 'staff/capacity-contacts.njk', {
      title,
      nav: 'settings',
      staleAfter: staleAfterWords(app.services.reminders.reminderDays),
      page: contactsFormModel({ setting }),
    });
  }
  const { contacts, rows } = contactsInput(req.form);
  try {
    await app.services.register.setCapacityContacts(req.caller, setting.id, contacts);
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    const errors = contactsErrors(error.issues, rows);
    return staffResponse(
      ctx,
      req,
      'staff/capacity-contacts.njk',
      {
        title: `Error: ${title}`,
        nav: 'settings',
        staleAfter: staleAfterWords(app.services.reminders.reminderDays),
        page: contactsFormModel({ setting, values: req.form, errors }),
      },
      { status: 400 },
    );
  }
  return seeOther(`/settings/${encodeURIComponent(setting.id)}?done=contacts`);
};

/** GET /stale-capacity?la=&after=: an officer's LA's settings with stale figures, a page at a time. */
export const staleCapacityPage: StaffPage = async (app, ctx, req) => {
  const laCode = req.query.la || req.caller.laCodes[0] || '';
  if (!laCode) {
    throw new ForbiddenError('Only placement officers may see which settings have stale figures.');
  }
  const after = req.query.after || null;
  let page: Awaited<ReturnType<typeof app.services.reminders.staleCapacity>>;
  try {
    page = await app.services.reminders.staleCapacity(req.caller, laCode, { first: STALE_PAGE, after });
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    // A mangled ?after= starts again from the first page; a mangled ?la= from the caller's first LA.
    // Which one is mangled is the refusal's field: the page does not check an LA code itself.
    const first = req.caller.laCodes[0];
    const laRefused = error.issues.some((issue) => issue.field === 'laCode');
    if (after && !laRefused) return seeOther(`/stale-capacity?la=${encodeURIComponent(laCode)}`);
    if (first && first !== laCode) return seeOther(`/stale-capacity?la=${encodeURIComponent(first)}`);
    throw error;
  }
  const model = staleCapacityModel({
    laCode,
    laName: LA_NAMES.get(laCode) ?? null,
    laCodes: req.caller.laCodes,
    laNames: LA_NAMES,
    items: page.items.map((i) => i.item),
    nextCursor: page.hasNextPage ? (page.items.at(-1)?.cursor ?? null) : null,
    isFirstPage: after === null,
  });
  return staffResponse(ctx, req, 'staff/stale-capacity.njk', {
    title: `Settings with out-of-date figures: ${model.la}`,
    nav: 'settings',
    staleAfter: staleAfterWords(app.services.reminders.reminderDays),
    page: model,
  });
};
