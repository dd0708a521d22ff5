import { canAnswerConsultation, rolesOf } from '../../../functions/core/access.js';
import {
  ConsultationWithdrawnError,
  DecisionRecordedError,
  InvalidInputError,
} from '../../../functions/core/errors.js';
import type { ConsultationView } from '../../../functions/core/journey/view.js';
import { LA_NAMES } from '../../../functions/services/la-names.js';
import type { FormError } from '../../view/forms.js';
import {
  answerErrors,
  answerInput,
  consultationPageModel,
  consultationsPageModel,
  scopeFor,
  showFor,
} from '../../view/staff/consultations.js';
import type { PageContext } from '../page.js';
import { type StaffPage, type StaffRequest, seeOther, staffResponse } from './staff-page.js';

// Consultations: a setting's staff read and answer those to their settings; officers read those
// their council sent, or those to settings in its area. Every rule is the services'.

const PAGE_SIZE = 20;
const laName = (code: string) => LA_NAMES.get(code) ?? null;

/** GET /consultations[?scope=…&show=…&after=…]: one page of consultations, overdue first. */
export const consultationsPage: StaffPage = async (app, ctx, req) => {
  const roles = rolesOf(req.caller);
  const who = { officer: roles.includes('LA_OFFICER'), staff: roles.includes('SETTING_STAFF') };
  const scope = scopeFor(req.query.scope, who);
  const show = showFor(req.query.show, scope);
  const after = req.query.after || null;
  const filter = { scope, ...(show === 'ALL' ? {} : { status: show }) };
  let page: Awaited<ReturnType<typeof app.services.journey.consultations>>;
  try {
    page = await app.services.journey.consultations(req.caller, filter, PAGE_SIZE, after);
  } catch (error) {
    // A mangled ?after= starts again from the newest.
    if (!(error instanceof InvalidInputError) || !after) throw error;
    return seeOther(`/consultations?${new URLSearchParams({ scope, show }).toString()}`);
  }
  const model = consultationsPageModel({
    items: page.items.map((i) => i.item),
    scope,
    show,
    roles: who,
    nextCursor: page.hasNextPage ? (page.items.at(-1)?.cursor ?? null) : null,
    isFirstPage: after === null,
    laName,
  });
  return staffResponse(ctx, req, 'staff/consultations.njk', {
    title: model.heading,
    nav: 'consultations',
    page: model,
  });
};

/** GET/POST /consultations/:consultationId: one consultation; its setting's staff answer it here. */
export const consultationPage: StaffPage = async (app, ctx, req) => {
  const id = req.params.consultationId ?? '';
  if (req.method === 'GET') {
    const consultation = await app.services.journey.consultation(req.caller, id);
    return render(ctx, req, consultation, { done: req.query.done ?? null });
  }
  try {
    await app.services.journey.answerConsultation(req.caller, id, answerInput(req.form));
  } catch (error) {
    const errors = refusal(error);
    if (!errors) throw error;
    const consultation = await app.services.journey.consultation(req.caller, id);
    return render(ctx, req, consultation, {
      errors,
      status: error instanceof InvalidInputError ? 400 : 409,
    });
  }
  return seeOther(`/consultations/${encodeURIComponent(id)}?done=answered`);

  function refusal(error: unknown): FormError[] | null {
    if (error instanceof InvalidInputError) return answerErrors(error.issues);
    if (error instanceof ConsultationWithdrawnError) {
      return [
        {
          inputId: 'status',
          text: 'The council withdrew this consultation, so it can no longer be answered',
        },
      ];
    }
    if (error instanceof DecisionRecordedError) {
      return [
        {
          inputId: 'status',
          text: 'The council has recorded its decision for this child, so the answer can no longer be changed here',
        },
      ];
    }
    return null;
  }
};

function render(
  ctx: PageContext,
  req: StaffRequest,
  consultation: ConsultationView,
  options: { done?: string | null; errors?: FormError[]; status?: number },
) {
  const errors = options.errors ?? [];
  const model = consultationPageModel({
    consultation,
    laName,
    canAnswer: canAnswerConsultation(req.caller, consultation),
    done: errors.length > 0 ? null : (options.done ?? null),
    errors,
    values: errors.length > 0 ? req.form : null,
  });
  const title = `Consultation about a child: ${consultation.setting.name}`;
  return staffResponse(
    ctx,
    req,
    'staff/consultation.njk',
    { title: errors.length > 0 ? `Error: ${title}` : title, nav: 'consultations', page: model },
    { status: options.status ?? 200 },
  );
}
