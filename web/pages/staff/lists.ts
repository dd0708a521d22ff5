import { randomBytes } from 'node:crypto';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import {
  type FieldIssue,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
} from '../../../functions/core/errors.js';
import type { TailoredList } from '../../../functions/core/lists/model.js';
import type { SearchResult } from '../../../functions/core/search.js';
import { LA_NAMES } from '../../../functions/services/la-names.js';
import { OUTCODES } from '../../../functions/services/outcodes.js';
import { shownOnceCleared } from '../../view/shown-once.js';
import { listPageModel, listPath, type NewLinkShown } from '../../view/staff/list-page.js';
import { newListErrors } from '../../view/staff/new-list-errors.js';
import {
  emptyNewList,
  type NewListValues,
  newListAction,
  newListInput,
  otherChoice,
  readNewListForm,
  withChoice,
  withoutChoice,
} from '../../view/staff/new-list-form.js';
import { newListModel, type SettingSummary } from '../../view/staff/new-list-model.js';
import type { PageContext } from '../page.js';
import { type StaffApp, type StaffPage, type StaffRequest, seeOther, staffResponse } from './staff-page.js';

// The officer's list pages: "Make a list" (one form, several round trips: search the register,
// add and remove the family's choices, then make) and a list with its versions and family links.

/** Register search results shown in the form. */
const SEARCH_RESULTS = 20;

/** Only placement officers make lists: anyone else is told so before the form is shown. */
function assertOfficer(req: StaffRequest): void {
  if (req.caller.laCodes.length === 0) {
    throw new ForbiddenError('Only placement officers of a council can make lists.');
  }
}

/** GET/POST /lists/new: the form; a POST searches, adds or removes a choice, or makes the list. */
export const newListPage: StaffPage = async (app, ctx, req) => {
  assertOfficer(req);
  if (req.method === 'GET') {
    // "Make a new version" links here with the case's reference (?ref=).
    const values = emptyNewList(req.caller.laCodes);
    const requestKey = randomBytes(18).toString('base64url');
    return renderForm(app, ctx, req, { ...values, caseReference: req.query.ref ?? '', requestKey });
  }
  const values = readNewListForm(req.form, req.formAll);
  const action = newListAction(req.form.action);
  switch (action.kind) {
    case 'search':
      return search(app, ctx, req, values);
    case 'add':
      return renderForm(app, ctx, req, withChoice(values, { settingId: action.settingId }));
    case 'remove':
      return renderForm(app, ctx, req, withoutChoice(values, action.index));
    case 'add-other': {
      const other = otherChoice(values);
      if ('issues' in other) return renderForm(app, ctx, req, values, other.issues);
      const cleared = { ...values, other: { name: '', town: '', postcode: '', website: '' } };
      return renderForm(app, ctx, req, withChoice(cleared, other.choice));
    }
    case 'make':
      return make(app, ctx, req, values);
    default: {
      const unreachable: never = action;
      return unreachable;
    }
  }
};

async function search(app: StaffApp, ctx: PageContext, req: StaffRequest, values: NewListValues) {
  if (!values.q.trim()) {
    return renderForm(app, ctx, req, values, [{ field: 'q', code: 'REQUIRED', message: 'missing' }]);
  }
  try {
    const page = await app.services.search.searchSettings(req.caller, values.q, SEARCH_RESULTS);
    const results = page.items.map((i) => i.item);
    return renderForm(app, ctx, req, values, [], { results, capped: page.hasNextPage });
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    return renderForm(
      app,
      ctx,
      req,
      values,
      error.issues.map((i) => ({ ...i, field: 'q' })),
    );
  }
}

async function make(app: StaffApp, ctx: PageContext, req: StaffRequest, values: NewListValues) {
  const built = newListInput(values, app.now(), OUTCODES);
  if (!built.input) return renderForm(app, ctx, req, values, built.issues);
  try {
    const lists = app.services.lists;
    // A form from before form keys has none: it makes its list as the API does.
    const { list, familyLink } = values.requestKey
      ? await lists.generateTailoredListOnce(req.caller, built.input, values.requestKey)
      : await lists.generateTailoredList(req.caller, built.input);
    // Post/Redirect/Get: the link's token (shown once: only its hash is kept) goes to the list's page
    // in the session's shown-once cookie, never in its address. A repeat of the form made nothing.
    if (!familyLink) return seeOther(`${listPath(list.id)}?done=again`);
    const cookie = await app.showOnce(req, { listId: list.id, ...familyLink });
    return seeOther(`${listPath(list.id)}?done=made`, [cookie]);
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    return renderForm(app, ctx, req, values, error.issues);
  }
}

async function renderForm(
  app: StaffApp,
  ctx: PageContext,
  req: StaffRequest,
  values: NewListValues,
  issues: readonly FieldIssue[] = [],
  search: { results: readonly SearchResult[]; capped: boolean } | null = null,
): Promise<APIGatewayProxyStructuredResultV2> {
  const ids = values.choices.flatMap((c) => ('settingId' in c ? [c.settingId] : []));
  const found = await Promise.all(ids.map((id) => app.services.register.getSetting(req.caller, id)));
  const settings = new Map<string, SettingSummary>();
  found.forEach((s, i) => {
    if (s) {
      settings.set(ids[i] as string, {
        name: s.name,
        where: [s.address.town, s.address.postcode].filter(Boolean).join(', ') || null,
      });
    }
  });
  const errors = newListErrors(issues, values);
  const form = newListModel({
    values,
    laCodes: req.caller.laCodes,
    errors,
    results: search?.results ?? null,
    resultsCapped: search?.capped ?? false,
    settings,
    laName: (code) => LA_NAMES.get(code),
  });
  return staffResponse(
    ctx,
    req,
    'staff/new-list.njk',
    { title: errors.length ? 'Error: Make a list' : 'Make a list', nav: 'new-list', form },
    { status: errors.length ? 400 : 200 },
  );
}

/** GET /lists/:listId: a list, with its case's versions and its family links. */
export const listPage: StaffPage = async (app, ctx, req) => {
  const list = await readList(app, req);
  const withdrawn = req.query.done === 'withdrawn' ? Number.parseInt(req.query.count ?? '0', 10) || 0 : null;
  const newLink = req.shownOnce?.listId === list.id ? req.shownOnce : null;
  const page = await renderList(app, ctx, req, list, {
    newLink,
    justMade: req.query.done === 'made',
    repeated: req.query.done === 'again',
    withdrawn,
  });
  // Shown now, so forgotten: a reload shows the list without it.
  return req.shownOnce ? { ...page, cookies: [shownOnceCleared()] } : page;
};

/** POST /lists/:listId/link: a new family link, shown once on the list's page after the redirect. */
export const listLink: StaffPage = async (app, _ctx, req) => {
  const list = await readList(app, req);
  const newLink = await app.services.lists.createFamilyLink(req.caller, list.id);
  const cookie = await app.showOnce(req, { listId: list.id, ...newLink });
  return seeOther(`${listPath(list.id)}#family-links`, [cookie]);
};

/** POST /lists/:listId/withdraw-links: every working link of the list stops working. */
export const listWithdrawLinks: StaffPage = async (app, _ctx, req) => {
  const listId = req.params.listId ?? '';
  const count = await app.services.lists.revokeFamilyLinks(req.caller, listId);
  return seeOther(`${listPath(listId)}?done=withdrawn&count=${count}#family-links`);
};

async function readList(app: StaffApp, req: StaffRequest): Promise<TailoredList> {
  const listId = req.params.listId ?? '';
  const list = await app.services.lists.tailoredList(req.caller, listId);
  if (!list) throw new NotFoundError('TailoredList', listId);
  return list;
}

async function renderList(
  app: StaffApp,
  ctx: PageContext,
  req: StaffRequest,
  list: TailoredList,
  options: {
    newLink?: NewLinkShown | null;
    justMade?: boolean;
    repeated?: boolean;
    withdrawn?: number | null;
  },
): Promise<APIGatewayProxyStructuredResultV2> {
  const [versions, links] = await Promise.all([
    app.services.lists.tailoredLists(req.caller, list.caseReference, list.laCode),
    app.services.lists.familyLinks(req.caller, list),
  ]);
  const page = listPageModel({
    list,
    versions,
    links,
    now: app.now(),
    origin: app.origin,
    newLink: options.newLink ?? null,
    justMade: options.justMade ?? false,
    repeated: options.repeated ?? false,
    withdrawn: options.withdrawn ?? null,
  });
  return staffResponse(ctx, req, 'staff/list.njk', {
    title: `Case ${list.caseReference}: list version ${list.version}`,
    nav: 'new-list',
    page,
  });
}
