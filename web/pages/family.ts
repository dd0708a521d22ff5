import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { Services } from '../../functions/compose.js';
import {
  DecisionRecordedError,
  FamilyLinkError,
  ForbiddenError,
  InvalidInputError,
  TooManyAttemptsError,
} from '../../functions/core/errors.js';
import type { FamilyJourneyView } from '../../functions/core/journey/view.js';
import { familyPagePath } from '../../functions/core/lists/family-link.js';
import {
  FAMILY_SEARCH_RESULTS,
  familyPageModel,
  type SearchState,
  statementModel,
} from '../view/family-page.js';
import {
  type FormError,
  type FormName,
  type FormValues,
  formError,
  isFormName,
  movedOrder,
  otherSettingInput,
} from '../view/forms.js';
import { redirectHeaders } from '../view/headers.js';
import { type MapArea, mapSvg } from '../view/map.js';
import type { FamilySubPage } from '../view/routes.js';
import { htmlResponse, type PageContext } from './page.js';

export interface FamilyPageDeps {
  services: Pick<Services, 'journey' | 'search' | 'lists'>;
  areas: readonly MapArea[];
  now: () => Date;
}

/** What the banner says after a change, naming the school (found again in the view it shows). */
function doneText(
  view: FamilyJourneyView,
  query: Readonly<Record<string, string | undefined>>,
): string | null {
  const choice = view.familyChoices.find((c) => c.id === query.choice);
  switch (query.done) {
    case 'added':
      return choice
        ? `${choice.name} is now your choice ${choice.rank}.`
        : 'The school or college was added to your choices.';
    case 'moved':
      return choice
        ? `${choice.name} is now your choice ${choice.rank}.`
        : 'Your choices are in the new order.';
    case 'removed':
      return query.name ? `${query.name} was removed from your choices.` : 'The choice was removed.';
    default:
      return null;
  }
}

/** GET /f/{token}[/{sub}][?q=…]: one of the family's pages, with search results when it searched. */
export async function familyPage(
  deps: FamilyPageDeps,
  ctx: PageContext,
  token: string,
  sub: FamilySubPage,
  source: string,
  query: Readonly<Record<string, string | undefined>>,
): Promise<APIGatewayProxyStructuredResultV2> {
  try {
    const path = familyPagePath(token);
    const q = query.q;
    if (sub === 'overview' && q !== undefined) {
      // An address from before searching had a page of its own.
      return {
        statusCode: 303,
        headers: redirectHeaders(`${path}/add?q=${encodeURIComponent(q)}#search-results`),
        body: '',
      };
    }
    const view = await deps.services.journey.familyList(token, source);
    if (sub !== 'add' || q === undefined) {
      return render(deps, ctx, token, sub, view, {
        done: sub === 'overview' ? doneText(view, query) : null,
        removing: sub === 'remove' ? (query.choice ?? '') : null,
      });
    }
    try {
      const results = await deps.services.search.familySearchSettings(
        token,
        q,
        FAMILY_SEARCH_RESULTS,
        source,
      );
      return render(deps, ctx, token, sub, view, { search: { query: q, results } });
    } catch (error) {
      const refused = refusal('search', error, { q });
      if (!refused) throw error;
      return render(deps, ctx, token, sub, view, { refused, status: 400 });
    }
  } catch (error) {
    return linkFailure(deps, ctx, error);
  }
}

/** The page a form lives on, to show its refusal again: adding on its own page, the rest on the overview. */
const FORM_PAGE: Readonly<Record<FormName, FamilySubPage>> = {
  search: 'add',
  add: 'add',
  'add-other': 'add',
  move: 'overview',
  remove: 'overview',
};

/** POST /f/{token}/choices/{form}: one change to the family's choices, then back to the overview (PRG). */
export async function familyForm(
  deps: FamilyPageDeps,
  ctx: PageContext,
  token: string,
  form: string,
  values: FormValues,
  source: string,
): Promise<APIGatewayProxyStructuredResultV2> {
  const { journey } = deps.services;
  const path = familyPagePath(token);
  try {
    if (!isFormName(form) || form === 'search') {
      // Only a link that opens a list learns that the form does not exist.
      await journey.familyList(token, source);
      return htmlResponse(ctx, 'error.njk', notFoundPage(), { status: 404, privatePage: true });
    }
    try {
      const done = await change(deps, token, form, values, source);
      return { statusCode: 303, headers: redirectHeaders(`${path}?${done}`), body: '' };
    } catch (error) {
      const refused = refusal(form, error, values);
      if (!refused) throw error;
      const view = await journey.familyList(token, source);
      return render(deps, ctx, token, FORM_PAGE[form], view, {
        refused,
        status: error instanceof DecisionRecordedError ? 409 : 400,
        search: form === 'add' && values.q ? { query: values.q, results: null } : null,
      });
    }
  } catch (error) {
    return linkFailure(deps, ctx, error);
  }
}

/** The query of the overview after a change: what was done, and to which choice. */
const doneQuery = (done: string, params: Record<string, string>) =>
  new URLSearchParams({ done, ...params }).toString();

async function change(
  deps: FamilyPageDeps,
  token: string,
  form: Exclude<FormName, 'search'>,
  values: FormValues,
  source: string,
): Promise<string> {
  const { journey } = deps.services;
  switch (form) {
    case 'add': {
      const settingId = values.settingId ?? '';
      const after = await journey.setFamilyChoices(token, { add: [{ settingId }] }, source);
      const added = after.familyChoices.find((c) => c.settingId === settingId);
      return doneQuery('added', added ? { choice: added.id } : {});
    }
    case 'add-other': {
      const input = otherSettingInput(values);
      const after = await journey.setFamilyChoices(token, input, source);
      const name = (values.name ?? '').trim();
      const added = after.familyChoices.findLast((c) => c.name === name);
      return doneQuery('added', added ? { choice: added.id } : {});
    }
    case 'move': {
      const view = await journey.familyList(token, source);
      const order = movedOrder(
        view.familyChoices.map((c) => c.id),
        values.choiceId ?? '',
        values.direction ?? '',
      );
      if (!order) {
        throw new InvalidInputError([
          { field: 'input.order', code: 'NOT_A_CURRENT_CHOICE', message: 'cannot move that choice that way' },
        ]);
      }
      await journey.setFamilyChoices(token, { order }, source);
      return doneQuery('moved', { choice: values.choiceId ?? '' });
    }
    case 'remove': {
      const id = values.choiceId ?? '';
      // The view after the change keeps the removed choice, so its name needs no read before.
      const after = await journey.setFamilyChoices(token, { remove: [{ id }] }, source);
      const name = after.removedFamilyChoices.findLast((c) => c.id === id)?.name;
      return doneQuery('removed', name ? { name } : {});
    }
    default: {
      const unreachable: never = form;
      return unreachable;
    }
  }
}

/** A refusal the page shows next to its form, or null for errors that are not the form's. */
function refusal(
  form: FormName,
  error: unknown,
  values: FormValues,
): { form: FormName; errors: FormError[]; values: FormValues } | null {
  if (error instanceof InvalidInputError) {
    const issue = error.issues[0] ?? { field: 'input', code: 'REQUIRED', message: '' };
    return { form, errors: [formError(form, issue)], values };
  }
  const inputId =
    form === 'search' || form === 'add'
      ? 'search-query'
      : form === 'add-other'
        ? 'other-name'
        : 'your-choices';
  if (error instanceof DecisionRecordedError) {
    return {
      form,
      errors: [
        {
          inputId,
          text: 'The council has recorded its decision, so your choices can no longer be changed here',
        },
      ],
      values,
    };
  }
  if (error instanceof ForbiddenError) {
    return {
      form,
      errors: [{ inputId, text: 'The council added this choice. To remove it, ask the council' }],
      values,
    };
  }
  if (error instanceof TooManyAttemptsError && (form === 'search' || form === 'add')) {
    const minutes = Math.max(1, Math.ceil(error.retryAfterSeconds / 60));
    return {
      form,
      errors: [
        {
          inputId: 'search-query',
          text: `You have searched many times in a short time. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}`,
        },
      ],
      values,
    };
  }
  return null;
}

/** Each family page: its template and its title (the overview's is the list's own). */
const FAMILY_TEMPLATES: Readonly<Record<FamilySubPage, { template: string; title: string }>> = {
  overview: { template: 'family/overview.njk', title: 'Your child’s list' },
  suggestions: { template: 'family/suggestions.njk', title: 'Suggested schools and colleges' },
  map: { template: 'family/map.njk', title: 'Map of the suggestions' },
  add: { template: 'family/add.njk', title: 'Add a school or college' },
  'left-off': { template: 'family/left-off.njk', title: 'Settings we looked at and left off' },
  journey: { template: 'family/journey.njk', title: 'What has happened so far' },
  rights: { template: 'family/rights.njk', title: 'Your rights' },
  remove: { template: 'family/remove.njk', title: 'Remove a choice' },
};

function render(
  deps: FamilyPageDeps,
  ctx: PageContext,
  token: string,
  sub: FamilySubPage,
  view: FamilyJourneyView,
  options: {
    search?: SearchState | null;
    refused?: { form: string; errors: readonly FormError[]; values: FormValues } | null;
    done?: string | null;
    removing?: string | null;
    status?: number;
  },
): APIGatewayProxyStructuredResultV2 {
  const now = deps.now();
  const model = familyPageModel({
    view,
    now,
    path: familyPagePath(token),
    search: options.search ?? null,
    refused: options.refused ?? null,
    done: options.done ?? null,
    removing: options.removing ?? null,
  });
  // Only the map's page draws the map.
  const svg =
    sub === 'map' && model.markers.length > 0
      ? mapSvg({ home: view.home, markers: model.markers, areas: deps.areas })
      : null;
  const { template, title } = FAMILY_TEMPLATES[sub];
  return htmlResponse(
    ctx,
    template,
    { title: options.refused ? `Error: ${title}` : title, page: { ...model, mapSvg: svg } },
    { status: options.status ?? 200, privatePage: true },
  );
}

/** A wrong, expired or withdrawn link, or too many tries: one page that does not say which. */
async function linkFailure(
  deps: FamilyPageDeps,
  ctx: PageContext,
  error: unknown,
): Promise<APIGatewayProxyStructuredResultV2> {
  if (error instanceof FamilyLinkError || error instanceof TooManyAttemptsError) {
    const statement = statementModel(await deps.services.lists.parentsRightsStatement(null));
    const tooMany = error instanceof TooManyAttemptsError;
    return htmlResponse(
      ctx,
      'link-not-found.njk',
      { title: 'This link does not open a list', statement },
      {
        status: tooMany ? 429 : 404,
        privatePage: true,
        ...(tooMany ? { headers: { 'retry-after': String(Math.ceil(error.retryAfterSeconds)) } } : {}),
      },
    );
  }
  throw error;
}

function notFoundPage() {
  return {
    title: 'Page not found',
    heading: 'Page not found',
    paragraphs: ['If you typed the web address, check it is correct.'],
  };
}
