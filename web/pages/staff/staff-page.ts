import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { Services } from '../../../functions/compose.js';
import { type Caller, rolesOf } from '../../../functions/core/access.js';
import { LA_NAMES } from '../../../functions/services/la-names.js';
import { redirectHeaders } from '../../view/headers.js';
import type { MapArea } from '../../view/map.js';
import type { StaffPageName } from '../../view/routes.js';
import type { StaffSession } from '../../view/session.js';
import type { NewLinkOnce } from '../../view/shown-once.js';
import { councilWords } from '../../view/staff/words.js';
import { htmlResponse, type PageContext } from '../page.js';

// What every staff page is given, and how it answers. Staff pages call the services with the
// caller built from the session, so each rule is the API's own (functions/core/access.ts).

export interface StaffApp {
  services: Services;
  now: () => Date;
  /** The districts' outlines of each two-tier county council, by its DfE code (a unitary council has none). */
  districtAreas: ReadonlyMap<string, readonly MapArea[]>;
  /** The site's public origin (PUBLIC_BASE_URL, else the request's), for family links shown to officers. */
  origin: string;
  /** The Set-Cookie header that carries a new family link to the next page of this session (shown-once.ts). */
  showOnce(req: StaffRequest, link: NewLinkOnce): Promise<string>;
}

export interface StaffRequest {
  name: StaffPageName;
  method: 'GET' | 'POST';
  caller: Caller;
  session: StaffSession;
  /** The path's named segments (e.g. settingId). */
  params: Readonly<Record<string, string>>;
  /** The query string's first values. */
  query: Readonly<Record<string, string>>;
  /** A POST's fields, first values (a GET's: empty). The CSRF token is checked before any page runs. */
  form: Readonly<Record<string, string>>;
  /** Every value of a repeated field (checkboxes), in order. */
  formAll(name: string): string[];
  /** This path and query, to come back to after signing in again. */
  path: string;
  /** A family link the form before this page made, to be shown once (this session's only). */
  shownOnce: NewLinkOnce | null;
}

export type StaffPage = (
  app: StaffApp,
  ctx: PageContext,
  req: StaffRequest,
) => Promise<APIGatewayProxyStructuredResultV2>;

/** Which main navigation item a page sits under (staff-layout.njk). */
export type StaffNav = 'home' | 'register' | 'new-list' | 'consultations' | 'settings';

/**
 * Renders a staff page: private (no-store, noindex), with the signed-in person, their roles for
 * the navigation, and the form token every form must carry (`csrfToken`).
 */
export function staffResponse(
  ctx: PageContext,
  req: StaffRequest,
  template: string,
  values: Record<string, unknown> & { title: string; nav?: StaffNav },
  options: { status?: number; headers?: Record<string, string> } = {},
): APIGatewayProxyStructuredResultV2 {
  const roles = rolesOf(req.caller);
  return htmlResponse(
    ctx,
    template,
    {
      ...values,
      csrfToken: req.session.csrf,
      signedInAs: req.session.name ?? 'Signed in',
      isOfficer: roles.includes('LA_OFFICER'),
      isStaff: roles.includes('SETTING_STAFF'),
      laCodes: req.caller.laCodes,
      // The officer's councils by name, for headings and choices (never a bare code).
      councils: req.caller.laCodes.map((code) => ({
        code,
        name: councilWords(code, (c) => LA_NAMES.get(c)),
      })),
      settingIds: req.caller.settingIds,
    },
    { ...options, privatePage: true },
  );
}

/** Post/Redirect/Get after a staff form: 303 to where the result is shown (with its cookies, if any). */
export function seeOther(location: string, cookies: string[] = []): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode: 303,
    headers: redirectHeaders(location),
    ...(cookies.length ? { cookies } : {}),
    body: '',
  };
}
