import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { InvalidInputError, NotFoundError } from '../../../functions/core/errors.js';
import { LA_NAMES } from '../../../functions/services/la-names.js';
import { findCaseErrors } from '../../view/staff/case-form-errors.js';
import type { PageContext } from '../page.js';
import { type StaffApp, type StaffRequest, staffResponse } from './staff-page.js';

// "Find a case": shown for a case the service could not find or a reference it could not read,
// and for a case page that does not exist.

const laName = (code: string) => LA_NAMES.get(code) ?? null;

/**
 * A case the service could not find (404), or a reference it could not read (400): the find form
 * again, with what was typed. Null for any other error.
 */
export async function caseMissing(
  ctx: PageContext,
  req: StaffRequest,
  error: unknown,
  ref: { laCode: string; caseReference: string },
): Promise<APIGatewayProxyStructuredResultV2 | null> {
  const notFound = error instanceof NotFoundError && error.entity === 'Case';
  if (!notFound && !(error instanceof InvalidInputError)) return null;
  const asked = req.query.ref !== undefined || req.query.la !== undefined || req.method === 'POST';
  const errors = error instanceof InvalidInputError && asked ? findCaseErrors(error.issues) : [];
  const status = notFound ? 404 : errors.length ? 400 : 200;
  return staffResponse(
    ctx,
    req,
    'staff/case-find.njk',
    {
      title: `${errors.length ? 'Error: ' : ''}${notFound ? 'No case found' : 'Find a case'}`,
      nav: 'home',
      page: {
        notFound,
        laCode: ref.laCode,
        caseReference: ref.caseReference,
        laName: laName(ref.laCode),
        errors,
        errorFor: Object.fromEntries(errors.map((e) => [e.inputId, e.text])),
      },
    },
    { status },
  );
}

export function notFound(ctx: PageContext, req: StaffRequest): APIGatewayProxyStructuredResultV2 {
  return staffResponse(
    ctx,
    req,
    'staff/case-find.njk',
    {
      title: 'Page not found',
      nav: 'home',
      page: { pageNotFound: true, errors: [], errorFor: {}, laCode: '', caseReference: '' },
    },
    { status: 404 },
  );
}

/**
 * Find a case is not fussy about capitals or spaces: for a reference with no case, the LA's case
 * whose reference is the same spelt otherwise, if there is one (the LA's index of references; a
 * case written before that index joins it at its next change, so the spelling in capitals and in
 * small letters is tried too).
 */
export async function caseSpeltOtherwise(
  app: StaffApp,
  req: StaffRequest,
  error: unknown,
  laCode: string,
  caseReference: string,
): Promise<string | null> {
  if (!(error instanceof NotFoundError && error.entity === 'Case') || !req.caller.laCodes.includes(laCode)) {
    return null;
  }
  const indexed = await app.services.journey.caseReferencesLike(req.caller, laCode, caseReference);
  const spellings = [...indexed, caseReference.toUpperCase(), caseReference.toLowerCase()].filter(
    (r, i, all) => r !== caseReference && all.indexOf(r) === i,
  );
  for (const spelt of spellings) {
    try {
      await app.services.journey.caseJourney(req.caller, spelt, laCode);
      return spelt;
    } catch (other) {
      if (!(other instanceof NotFoundError)) throw other;
    }
  }
  return null;
}
