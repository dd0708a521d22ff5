import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import {
  ConcurrentUpdateError,
  ConsultationWithdrawnError,
  DecisionRecordedError,
  type FieldIssue,
  InvalidInputError,
  NotFoundError,
} from '../../../functions/core/errors.js';
import { decisionInForce } from '../../../functions/core/journey/decision.js';
import type { CaseJourneyView } from '../../../functions/core/journey/view.js';
import type { TailoredList } from '../../../functions/core/lists/model.js';
import type { SearchResult } from '../../../functions/core/search.js';
import { LA_NAMES } from '../../../functions/services/la-names.js';
import type { FormError } from '../../view/forms.js';
import { formErrors } from '../../view/staff/case-form-errors.js';
import {
  consultationInput,
  DRAFT_PLAN_KIND_OPTIONS,
  decisionInput,
  draftPlanFields,
  type FormFields,
  GROUND_OPTIONS,
  namedOptions,
  orderNotConfirmed,
  PLACEMENT_TYPE_OPTIONS,
  settingOptions,
} from '../../view/staff/case-forms.js';
import {
  actionPath,
  type CaseAction,
  caseModel,
  casePath,
  isCaseAction,
} from '../../view/staff/case-page.js';
import { searchFoundWords } from '../../view/staff/words.js';
import type { PageContext } from '../page.js';
import { caseMissing, caseSpeltOtherwise, notFound } from './case-find.js';
import { type StaffApp, type StaffPage, type StaffRequest, seeOther, staffResponse } from './staff-page.js';

// The officer's case: its journey (GET /case?la=&ref=) and the forms that move it on
// (GET/POST /case/<action>?la=&ref=). Every rule is the journey service's: the page reads the case
// through it (so a caller who may not see the case is refused there) and sends each form to it.

const laName = (code: string) => LA_NAMES.get(code) ?? null;

/** Results a search within a form shows. */
const SEARCH_RESULTS = 10;

/** GET /case?la=&ref=: the case's journey, or the find form when there is no such case. */
export const casePage: StaffPage = async (app, ctx, req) => {
  const { laCode, caseReference } = caseOf(req, req.query);
  try {
    const view = await app.services.journey.caseJourney(req.caller, caseReference, laCode);
    const page = caseModel({ view, laName, done: req.query.done ?? null });
    return staffResponse(ctx, req, 'staff/case.njk', {
      title: `Case ${view.record.caseReference}`,
      nav: 'home',
      page,
    });
  } catch (error) {
    const spelt = await caseSpeltOtherwise(app, req, error, laCode, caseReference);
    if (spelt) return seeOther(casePath(laCode, spelt));
    const missing = await caseMissing(ctx, req, error, { laCode, caseReference });
    if (missing) return missing;
    throw error;
  }
};

/** GET/POST /case/<action>?la=&ref=: a form of the case, sent to the journey service. */
export const caseAction: StaffPage = async (app, ctx, req) => {
  const action = req.params.action ?? '';
  const source = req.method === 'POST' ? req.form : req.query;
  const ref = caseOf(req, source);
  let view: CaseJourneyView;
  try {
    // Read first: the service refuses a caller who may not see the case before any form is shown or sent.
    view = await app.services.journey.caseJourney(req.caller, ref.caseReference, ref.laCode);
  } catch (error) {
    const missing = await caseMissing(ctx, req, error, ref);
    if (missing) return missing;
    throw error;
  }
  if (!isCaseAction(action)) return notFound(ctx, req);
  const form = new CaseForm(app, ctx, req, action, view);
  return req.method === 'POST' ? form.post() : form.show({});
};

interface Shown {
  errors?: FormError[];
  status?: number;
  searched?: readonly SearchResult[] | null;
  searchQuery?: string;
  /** More settings matched than the form shows. */
  searchCapped?: boolean;
}

/** One form of a case: shown empty, shown again with its errors, or sent. */
class CaseForm {
  private readonly fields: FormFields;
  private readonly laCode: string;
  private readonly caseReference: string;

  constructor(
    private readonly app: StaffApp,
    private readonly ctx: PageContext,
    private readonly req: StaffRequest,
    private readonly action: CaseAction,
    private readonly view: CaseJourneyView,
  ) {
    this.fields = { get: (name) => req.form[name] ?? '', all: (name) => req.formAll(name) };
    this.laCode = view.record.laCode;
    this.caseReference = view.record.caseReference;
  }

  async post(): Promise<APIGatewayProxyStructuredResultV2> {
    const { journey } = this.app.services;
    const { caller } = this.req;
    const { action, laCode, caseReference, fields } = this;
    let refusalChoiceIds: string[] = [];
    try {
      if ((action === 'consult' || action === 'decision') && fields.get('intent') === 'search') {
        return await this.search();
      }
      switch (action) {
        case 'draft-plan': {
          const { sentOn, kind, requestWindowEndsOn } = draftPlanFields(fields);
          await journey.recordDraftPlanSent(caller, caseReference, laCode, sentOn, kind, requestWindowEndsOn);
          break;
        }
        case 'consult':
          await journey.startConsultation(caller, consultationInput(laCode, caseReference, fields));
          break;
        case 'withdraw-consultation': {
          if (!this.consultation()) return notFound(this.ctx, this.req);
          await journey.withdrawConsultation(caller, fields.get('id'), fields.get('reason'));
          break;
        }
        case 'decision': {
          const unconfirmed = orderNotConfirmed(this.view.record.choices.current, fields);
          if (unconfirmed)
            return this.show({ errors: [unconfirmed], status: 400, searchQuery: fields.get('q') });
          const made = decisionInput(
            laCode,
            caseReference,
            this.view.record.choices.current,
            fields,
            decisionInForce(this.view.record)?.id ?? null,
          );
          refusalChoiceIds = made.refusalChoiceIds;
          await journey.recordPlacementDecision(caller, made.input);
          break;
        }
        default: {
          const unreachable: never = action;
          return unreachable;
        }
      }
    } catch (error) {
      const refused = this.refusal(error, refusalChoiceIds);
      if (!refused) throw error;
      return this.show(refused);
    }
    return seeOther(casePath(laCode, caseReference, { done: action }));
  }

  /** A search within the form: its results become options; what was typed is kept. */
  private async search(): Promise<APIGatewayProxyStructuredResultV2> {
    const q = this.fields.get('q');
    const page = await this.app.services.search.searchSettings(this.req.caller, q, SEARCH_RESULTS);
    return this.show({
      searched: page.items.map((i) => i.item),
      searchQuery: q,
      searchCapped: page.hasNextPage,
    });
  }

  /** The errors to show for a refusal the officer can act on; null for anything else. */
  private refusal(error: unknown, refusalChoiceIds: string[]): Shown | null {
    const issues = (list: FieldIssue[]) =>
      formErrors(this.action, list, {
        refusalChoiceIds,
        choiceNames: new Map(this.view.record.choices.current.map((c) => [c.id, c.name])),
      });
    if (error instanceof InvalidInputError) {
      return { errors: issues(error.issues), status: 400, searchQuery: this.fields.get('q') };
    }
    if (error instanceof NotFoundError && error.entity === 'Setting') {
      const field = this.action === 'decision' ? 'input.named.settingId' : 'input.settingId';
      return {
        errors: issues([{ field, code: 'NOT_ON_THE_REGISTER', message: 'is not on the register' }]),
        status: 400,
      };
    }
    const generic = this.action === 'decision' ? 'named' : this.action === 'consult' ? 'setting' : 'reason';
    const inputId = this.action === 'draft-plan' ? 'sentOn-day' : generic;
    if (error instanceof DecisionRecordedError) {
      return {
        errors: [
          {
            inputId,
            text: 'The council has recorded its decision for this child, so this can no longer be done. To change the decision, correct it from the case page',
          },
        ],
        status: 409,
      };
    }
    if (error instanceof ConsultationWithdrawnError) {
      return { errors: [{ inputId, text: 'This consultation was already withdrawn' }], status: 409 };
    }
    if (error instanceof ConcurrentUpdateError) {
      return {
        errors: [
          {
            inputId,
            text: 'Many changes to this case arrived at once, so this one was not saved. Send it again',
          },
        ],
        status: 503,
      };
    }
    return null;
  }

  private consultation() {
    const id = (this.req.method === 'POST' ? this.fields.get('id') : this.req.query.id) ?? '';
    return this.view.consultations.find((c) => c.id === id) ?? null;
  }

  private async latestList(): Promise<TailoredList | null> {
    const newest = [...this.view.lists].sort((a, b) => b.version - a.version)[0];
    return newest ? this.app.services.lists.tailoredList(this.req.caller, newest.id) : null;
  }

  async show(shown: Shown): Promise<APIGatewayProxyStructuredResultV2> {
    const { action, view, laCode, caseReference } = this;
    const errors = shown.errors ?? [];
    const posted = this.req.method === 'POST';
    const values: Record<string, string> = posted ? { ...this.req.form } : {};
    const common = {
      laCode,
      laName: laName(laCode),
      caseReference,
      action: actionPath(action, laCode, caseReference),
      back: casePath(laCode, caseReference),
      errors,
      errorFor: Object.fromEntries(errors.map((e) => [e.inputId, e.text])),
      values,
    };
    const decided = decisionInForce(view.record);
    let template: string;
    let heading: string;
    let extra: Record<string, unknown> = {};
    switch (action) {
      case 'draft-plan':
        template = 'staff/case-draft-plan.njk';
        heading = 'Record a draft plan sent to the family';
        extra = { kinds: DRAFT_PLAN_KIND_OPTIONS };
        break;
      case 'consult': {
        template = 'staff/case-consult.njk';
        heading = 'Consult a setting';
        const latest = await this.latestList();
        const lastContact = view.consultations[0]?.contact;
        if (!posted && lastContact) {
          values.contactName = lastContact.name;
          values.contactEmail = lastContact.email;
          values.contactPhone = lastContact.phone ?? '';
        }
        extra = {
          decided: decided !== null,
          options: settingOptions({
            choices: view.record.choices.current,
            latest,
            searched: shown.searched ?? [],
            consulting: view.consultations,
            laName,
          }),
          searchQuery: shown.searchQuery ?? '',
          searched: shown.searched ?? null,
          searchedWords: shown.searched
            ? searchFoundWords(shown.searched.length, shown.searchCapped ?? false, shown.searchQuery ?? '')
            : null,
        };
        break;
      }
      case 'withdraw-consultation': {
        const c = this.consultation();
        if (!c) return notFound(this.ctx, this.req);
        template = 'staff/case-withdraw.njk';
        heading = `Withdraw the consultation with ${c.setting.name}`;
        extra = {
          consultation: caseModel({ view, laName }).consultations.find((m) => m.id === c.id),
        };
        break;
      }
      case 'decision': {
        template = 'staff/case-decision.njk';
        heading = decided ? 'Correct the decision' : 'Record the placement decision';
        const latest = await this.latestList();
        const model = caseModel({ view, laName });
        extra = {
          correcting: model.decision,
          options: namedOptions({
            choices: view.record.choices.current,
            latest,
            searched: shown.searched ?? [],
            laName,
          }),
          choices: model.choices.map((c) => ({
            ...c,
            grounds: posted ? this.fields.all(`grounds-${c.id}`) : [],
          })),
          // The order the officer confirms is the order this page was drawn with.
          familyOrder: view.record.choices.current.map((c) => c.id).join(','),
          orderConfirmed: posted && this.fields.get('confirmOrder') === 'yes',
          groundOptions: GROUND_OPTIONS,
          typeOptions: PLACEMENT_TYPE_OPTIONS,
          searchQuery: shown.searchQuery ?? '',
          searched: shown.searched ?? null,
          searchedWords: shown.searched
            ? searchFoundWords(shown.searched.length, shown.searchCapped ?? false, shown.searchQuery ?? '')
            : null,
        };
        break;
      }
      default: {
        const unreachable: never = action;
        return unreachable;
      }
    }
    // With nothing to pick, the setting's error belongs to the search box.
    if (action === 'consult' && (extra.options as unknown[]).length === 0) {
      common.errors = errors.map((e) => (e.inputId === 'setting' ? { ...e, inputId: 'q' } : e));
      common.errorFor = Object.fromEntries(common.errors.map((e) => [e.inputId, e.text]));
    }
    return staffResponse(
      this.ctx,
      this.req,
      template,
      {
        title: `${errors.length ? 'Error: ' : ''}${heading} – case ${caseReference}`,
        nav: 'home',
        heading,
        page: { ...common, ...extra },
      },
      { status: shown.status ?? 200 },
    );
  }
}

/** The case named by a request: `la` (an officer of one LA may leave it out) and `ref`. */
function caseOf(
  req: StaffRequest,
  source: Readonly<Record<string, string>>,
): { laCode: string; caseReference: string } {
  const la = source.la?.trim() || (req.caller.laCodes.length === 1 ? (req.caller.laCodes[0] ?? '') : '');
  return { laCode: la, caseReference: source.ref?.trim() ?? '' };
}
