import { InvalidInputError } from '../../../functions/core/errors.js';
import { matchesFilter } from '../../../functions/core/setting-filter.js';
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

// GET /register: search the register by name, filter it by LA, kind and need, or both, a page at a time.
// Officers and setting staff may read it: the services decide (assertCanReadRegister).

const PAGE_SIZE = 20;
const laName = (code: string) => LA_NAMES.get(code) ?? null;

export const registerPage: StaffPage = async (app, ctx, req) => {
  const asked = parseRegisterQuery(req.query);
  let errors: FormError[] = asked.errors;
  let rows: RegisterRow[] | null = null;
  let next: string | null = null;
  try {
    if (asked.mode === 'search' && errors.length === 0) {
      const { laCode, kind, need } = asked.filter;
      const page = await app.services.search.searchSettings(req.caller, asked.q, PAGE_SIZE, asked.after, {
        laCode,
        kind,
      });
      // Each result's designations: its setting, read through the same service. A need is held
      // against them here (the search index knows no designations), so such a page may be shorter.
      const settings = await Promise.all(
        page.items.map((i) => app.services.register.getSetting(req.caller, i.item.id)),
      );
      rows = page.items.flatMap((i, n) => {
        const setting = settings[n] ?? null;
        if (need && !(setting && matchesFilter(setting, { need }))) return [];
        return [searchRow(i.item, setting, laName)];
      });
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
  const la = asked.values.la;
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
