import { InvalidInputError } from '../../../functions/core/errors.js';
import { LA_NAMES } from '../../../functions/services/la-names.js';
import type { FormError } from '../../view/forms.js';
import {
  KIND_OPTIONS,
  NEED_OPTIONS,
  parseRegisterQuery,
  type RegisterRow,
  registerErrors,
  registerPath,
  searchRow,
  settingRow,
} from '../../view/staff/register.js';
import type { StaffPage } from './staff-page.js';
import { staffResponse } from './staff-page.js';

// GET /register: search the register by name, or filter it by LA, kind and need, a page at a time.
// Officers and setting staff may read it: the services decide (assertCanReadRegister).

const PAGE_SIZE = 20;
const laName = (code: string) => LA_NAMES.get(code) ?? null;

export const registerPage: StaffPage = async (app, ctx, req) => {
  const asked = parseRegisterQuery(req.query);
  let errors: FormError[] = asked.errors;
  let rows: RegisterRow[] | null = null;
  let next: string | null = null;
  try {
    if (asked.mode === 'search') {
      const page = await app.services.search.searchSettings(req.caller, asked.q, PAGE_SIZE, asked.after);
      // Each result's designations: its setting, read through the same service.
      const settings = await Promise.all(
        page.items.map((i) => app.services.register.getSetting(req.caller, i.item.id)),
      );
      rows = page.items.map((i, n) => searchRow(i.item, settings[n] ?? null, laName));
      next = page.hasNextPage ? registerPath(asked.values, 'search', page.items.at(-1)?.cursor) : null;
    } else if (asked.mode === 'filter' && errors.length === 0) {
      const page = await app.services.register.listSettings(req.caller, asked.filter, {
        first: PAGE_SIZE,
        after: asked.after,
      });
      rows = page.items.map((i) => settingRow(i.item, laName));
      next = page.hasNextPage ? registerPath(asked.values, 'filter', page.items.at(-1)?.cursor) : null;
    } else if (asked.mode === 'none') {
      // Nothing asked yet: the service still decides who may read the register.
      await app.services.register.listSettings(req.caller, {}, { first: 1, after: null });
    }
  } catch (error) {
    if (!(error instanceof InvalidInputError) || asked.mode === 'none') throw error;
    errors = registerErrors(asked.mode, error.issues);
    rows = null;
  }
  const la = asked.mode === 'filter' ? asked.values.la : '';
  return staffResponse(
    ctx,
    req,
    'staff/register.njk',
    {
      title: `${errors.length ? 'Error: ' : ''}The register`,
      nav: 'register',
      page: {
        mode: asked.mode,
        values: asked.values,
        errors,
        errorFor: Object.fromEntries(errors.map((e) => [e.inputId, e.text])),
        rows,
        next,
        first: asked.mode !== 'none' && asked.after ? registerPath(asked.values, asked.mode) : null,
        laName: la ? laName(la) : null,
        kindOptions: KIND_OPTIONS,
        needOptions: NEED_OPTIONS,
      },
    },
    { status: errors.length ? 400 : 200 },
  );
};
