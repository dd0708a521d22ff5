import {
  assertCanUpdateCapacity,
  canManageSetting,
  canReadCapacityHistory,
  canUpdateCapacity,
} from '../../../functions/core/access.js';
import {
  CapacityConflictError,
  FiguresNotConfirmableError,
  InvalidInputError,
  NotFoundError,
} from '../../../functions/core/errors.js';
import type { Provision, Setting } from '../../../functions/core/model.js';
import { LA_NAMES } from '../../../functions/services/la-names.js';
import { historyModel } from '../../view/staff/capacity-history.js';
import { figuresErrors, figuresFormModel, figuresInput, yearsFor } from '../../view/staff/figures-form.js';
import { confirmRefusalText, settingPageModel } from '../../view/staff/setting-page.js';
import type { PageContext } from '../page.js';
import { type StaffApp, type StaffPage, type StaffRequest, seeOther, staffResponse } from './staff-page.js';

// A setting's page and its figures: its own staff and the officers of its LA change them; anyone
// who may read the register sees the page, read-only. Every rule is the services' (core/access.ts).

const HISTORY_PAGE = 20;

async function loadSetting(app: StaffApp, req: StaffRequest): Promise<Setting> {
  const id = req.params.settingId ?? '';
  const setting = await app.services.register.getSetting(req.caller, id);
  if (!setting) throw new NotFoundError('Setting', id);
  return setting;
}

function provisionOf(setting: Setting, req: StaffRequest): Provision {
  const id = req.params.provisionId ?? '';
  const provision = setting.provisions.find((p) => p.id === id);
  if (!provision) throw new NotFoundError('Provision', id);
  return provision;
}

function renderSetting(
  app: StaffApp,
  ctx: PageContext,
  req: StaffRequest,
  setting: Setting,
  options: { problem?: { provisionId: string; text: string }; status?: number } = {},
) {
  const model = settingPageModel({
    setting,
    laName: LA_NAMES.get(setting.laCode) ?? null,
    now: app.now(),
    freshDays: app.services.lists.capacityFreshDays,
    canUpdate: canUpdateCapacity(req.caller, setting),
    canReadHistory: canReadCapacityHistory(req.caller, setting),
    canManage: canManageSetting(req.caller, setting),
    done: options.problem ? null : (req.query.done ?? null),
    problem: options.problem ?? null,
  });
  return staffResponse(
    ctx,
    req,
    'staff/setting.njk',
    { title: options.problem ? `Error: ${setting.name}` : setting.name, nav: 'settings', page: model },
    { status: options.status ?? 200 },
  );
}

/** GET /settings/:settingId: the setting, each provision's figures, how fresh they are, and what the caller may do. */
export const settingPage: StaffPage = async (app, ctx, req) =>
  renderSetting(app, ctx, req, await loadSetting(app, req));

/** POST …/confirm: "These figures are still correct", on the version the page showed. */
export const confirmFigures: StaffPage = async (app, ctx, req) => {
  const settingId = req.params.settingId ?? '';
  const provisionId = req.params.provisionId ?? '';
  const version = /^\d+$/.test(req.form.expectedVersion ?? '') ? Number(req.form.expectedVersion) : -1;
  try {
    await app.services.register.confirmCapacity(req.caller, provisionId, version);
  } catch (error) {
    const text = confirmProblem(error);
    if (!text) throw error;
    const setting = await loadSetting(app, req);
    provisionOf(setting, req);
    return renderSetting(app, ctx, req, setting, {
      problem: { provisionId, text },
      status: error instanceof CapacityConflictError ? 409 : 400,
    });
  }
  return seeOther(
    `/settings/${encodeURIComponent(settingId)}?done=confirmed#provision-${encodeURIComponent(provisionId)}`,
  );
};

function confirmProblem(error: unknown): string | null {
  if (error instanceof CapacityConflictError) {
    return 'These figures were changed by someone else since you opened this page. Check them before confirming.';
  }
  if (error instanceof FiguresNotConfirmableError) {
    return error.source === null
      ? 'There are no figures to confirm yet. Give the figures with “Change figures”.'
      : 'These figures did not come from the setting or the council, so they cannot be confirmed. Give your own figures with “Change figures”.';
  }
  if (error instanceof InvalidInputError) {
    const [issue] = error.issues;
    return issue ? confirmRefusalText(issue) : null;
  }
  return null;
}

/** GET/POST …/figures: the change-figures form; on success back to the setting (Post/Redirect/Get). */
export const changeFiguresPage: StaffPage = async (app, ctx, req) => {
  const setting = await loadSetting(app, req);
  const provision = provisionOf(setting, req);
  // The form is for those who may change the figures: anyone else gets the API's own refusal.
  assertCanUpdateCapacity(req.caller, setting);
  const title = `Change figures: ${provision.name}, ${setting.name}`;
  if (req.method === 'GET') {
    return staffResponse(ctx, req, 'staff/capacity-figures.njk', {
      title,
      nav: 'settings',
      page: figuresFormModel({ setting, provision }),
    });
  }
  const years = yearsFor(
    provision.ageRange ?? setting.ageRange,
    provision.capacity?.vacanciesByYear.map((y) => y.year),
  );
  const input = figuresInput(provision.id, req.form, years);
  try {
    await app.services.register.updateCapacity(req.caller, input);
  } catch (error) {
    if (error instanceof InvalidInputError) {
      const errors = figuresErrors(error.issues, input);
      return staffResponse(
        ctx,
        req,
        'staff/capacity-figures.njk',
        {
          title: `Error: ${title}`,
          nav: 'settings',
          page: figuresFormModel({ setting, provision, values: req.form, errors }),
        },
        { status: 400 },
      );
    }
    if (error instanceof CapacityConflictError) {
      const fresh = provisionOf(await loadSetting(app, req), req);
      return staffResponse(
        ctx,
        req,
        'staff/capacity-figures.njk',
        {
          title: `Error: ${title}`,
          nav: 'settings',
          page: figuresFormModel({
            setting,
            provision: fresh,
            values: req.form,
            conflict: true,
            errors: [
              {
                inputId: 'places',
                text: 'These figures were changed by someone else since you opened this page. Check the current figures below, then save yours again if they are still right.',
              },
            ],
          }),
        },
        { status: 409 },
      );
    }
    throw error;
  }
  return seeOther(
    `/settings/${encodeURIComponent(setting.id)}?done=stated#provision-${encodeURIComponent(provision.id)}`,
  );
};

/** GET …/history: every change to a provision's figures, newest first, a page at a time (?after=). */
export const capacityHistoryPage: StaffPage = async (app, ctx, req) => {
  const setting = await loadSetting(app, req);
  const provision = provisionOf(setting, req);
  const after = req.query.after || null;
  let page: Awaited<ReturnType<typeof app.services.register.capacityHistory>>;
  try {
    page = await app.services.register.capacityHistory(req.caller, provision.id, {
      first: HISTORY_PAGE,
      after,
    });
  } catch (error) {
    // A mangled ?after= starts again from the newest change.
    if (!(error instanceof InvalidInputError) || !after) throw error;
    return seeOther(req.path.split('?')[0] ?? '/staff');
  }
  const model = historyModel({
    setting,
    provision,
    changes: page.items.map((i) => i.item),
    nextCursor: page.hasNextPage ? (page.items.at(-1)?.cursor ?? null) : null,
    isFirstPage: after === null,
  });
  return staffResponse(ctx, req, 'staff/capacity-history.njk', {
    title: `History of figures: ${provision.name}, ${setting.name}`,
    nav: 'settings',
    page: model,
  });
};
