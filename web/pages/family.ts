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
import { familyPageModel, type SearchState, statementModel } from '../view/family-page.js';
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
import { htmlResponse, type PageContext } from './page.js';

export interface FamilyPageDeps {
  services: Pick<Services, 'journey' | 'search' | 'lists'>;
  areas: readonly MapArea[];
  now: () => Date;
}

/** Results a family's search shows. */
const SEARCH_RESULTS = 10;

const DONE: Readonly<Record<string, string>> = {
  added: 'The setting was added to your choices.',
  moved: 'Your choices are in the new order.',
  removed: 'The choice was removed.',
};

/** GET /f/{token}[?q=…]: the family's page, with search results when it searched. */
export async function familyPage(
  deps: FamilyPageDeps,
  ctx: PageContext,
  token: string,
  source: string,
  query: Readonly<Record<string, string | undefined>>,
): Promise<APIGatewayProxyStructuredResultV2> {
  try {
    const view = await deps.services.journey.familyList(token, source);
    const q = query.q;
    if (q === undefined) {
      return render(deps, ctx, token, view, { done: DONE[query.done ?? ''] ?? null });
    }
    try {
      const results = await deps.services.search.familySearchSettings(token, q, SEARCH_RESULTS, source);
      return render(deps, ctx, token, view, { search: { query: q, results } });
    } catch (error) {
      const refused = refusal('search', error, { q });
      if (!refused) throw error;
      return render(deps, ctx, token, view, { refused, status: 400 });
    }
  } catch (error) {
    return linkFailure(deps, ctx, error);
  }
}

/** POST /f/{token}/choices/{form}: one change to the family's choices, then back to the page (PRG). */
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
      return { statusCode: 303, headers: redirectHeaders(`${path}?done=${done}#your-choices`), body: '' };
    } catch (error) {
      const refused = refusal(form, error, values);
      if (!refused) throw error;
      const view = await journey.familyList(token, source);
      return render(deps, ctx, token, view, {
        refused,
        status: error instanceof DecisionRecordedError ? 409 : 400,
        search: form === 'add' && values.q ? { query: values.q, results: null } : null,
      });
    }
  } catch (error) {
    return linkFailure(deps, ctx, error);
  }
}

async function change(
  deps: FamilyPageDeps,
  token: string,
  form: Exclude<FormName, 'search'>,
  values: FormValues,
  source: string,
): Promise<string> {
  const { journey } = deps.services;
  switch (form) {
    case 'add':
      await journey.setFamilyChoices(token, { add: [{ settingId: values.settingId ?? '' }] }, source);
      return 'added';
    case 'add-other':
      await journey.setFamilyChoices(token, otherSettingInput(values), source);
      return 'added';
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
      return 'moved';
    }
    case 'remove':
      await journey.setFamilyChoices(token, { remove: [{ id: values.choiceId ?? '' }] }, source);
      return 'removed';
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

function render(
  deps: FamilyPageDeps,
  ctx: PageContext,
  token: string,
  view: FamilyJourneyView,
  options: {
    search?: SearchState | null;
    refused?: { form: string; errors: readonly FormError[]; values: FormValues } | null;
    done?: string | null;
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
  });
  const svg =
    model.markers.length > 0 ? mapSvg({ home: view.home, markers: model.markers, areas: deps.areas }) : null;
  return htmlResponse(
    ctx,
    'family.njk',
    {
      title: options.refused ? 'Error: Your child’s list' : 'Your child’s list',
      page: { ...model, mapSvg: svg },
    },
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
