// Which page a request is for. Pure: from the method and path to a route, never logging either
// (a family page's path holds its token).

export type Route =
  | { page: 'home' }
  | { page: 'rights'; laCode: string | null }
  | { page: 'family'; token: string; sub: FamilySubPage }
  | { page: 'family-form'; token: string; form: string }
  | { page: 'asset'; fingerprint: string; file: string }
  | { page: 'sign-in' }
  | { page: 'auth-callback' }
  | { page: 'sign-out' }
  | { page: 'dev-sign-in' }
  | { page: 'staff'; name: StaffPageName; params: Readonly<Record<string, string>> }
  | { page: 'not-found' }
  | { page: 'method-not-allowed'; allow: string };

/**
 * The family's pages below /f/{token} (one thing each): its overview is /f/{token} itself; the
 * choices' forms post to /f/{token}/choices/{form}.
 */
export const FAMILY_SUB_PAGES = [
  'suggestions',
  'map',
  'add',
  'left-off',
  'journey',
  'rights',
  'remove',
] as const;
export type FamilySubPage = 'overview' | (typeof FAMILY_SUB_PAGES)[number];

const isFamilySubPage = (name: string): name is (typeof FAMILY_SUB_PAGES)[number] =>
  (FAMILY_SUB_PAGES as readonly string[]).includes(name);

/** The route's name as logs may show it: never the token or the path. */
export function routeName(route: Route): string {
  if (route.page === 'family') return route.sub === 'overview' ? 'family' : `family-${route.sub}`;
  return route.page === 'staff' ? route.name : route.page;
}

/**
 * The staff pages (signed in): each one's name, the methods it answers and its path, with
 * `:name` for a path segment. The name is also what logs show.
 */
export const STAFF_ROUTES = [
  ['staff-home', 'GET', '/staff'],
  // Adding a setting to the register, and changing its details: officers of its LA.
  ['new-setting', 'GET POST', '/settings/new'],
  ['edit-setting', 'GET POST', '/settings/:settingId/edit'],
  // A setting and its figures: its own staff and the officers of its LA (the register's setting page).
  ['setting', 'GET', '/settings/:settingId'],
  ['confirm-figures', 'POST', '/settings/:settingId/provisions/:provisionId/confirm'],
  ['change-figures', 'GET POST', '/settings/:settingId/provisions/:provisionId/figures'],
  ['capacity-history', 'GET', '/settings/:settingId/provisions/:provisionId/history'],
  // Who keeps a setting's figures (the reminders go to them), and an LA's settings with stale figures.
  ['capacity-contacts', 'GET POST', '/settings/:settingId/contacts'],
  ['stale-capacity', 'GET', '/stale-capacity'],
  // Consultations: a setting's to answer; an officer's sent or received.
  ['consultations', 'GET', '/consultations'],
  ['consultation', 'GET POST', '/consultations/:consultationId'],
  // The officer's: the register, lists, cases.
  ['register', 'GET', '/register'],
  ['new-list', 'GET POST', '/lists/new'],
  ['list', 'GET', '/lists/:listId'],
  ['list-link', 'POST', '/lists/:listId/link'],
  ['list-withdraw-links', 'POST', '/lists/:listId/withdraw-links'],
  // A case is named by its LA and reference (?la=938&ref=…): references may hold a slash.
  ['case', 'GET', '/case'],
  ['case-action', 'GET POST', '/case/:action'],
  // Where places are short, for an officer's council (?la=&period=&weeks=).
  ['sufficiency', 'GET', '/sufficiency'],
  // The same picture as a CSV, and the council's specialist places laid out by SCAP's columns.
  ['sufficiency-csv', 'GET', '/sufficiency/export.csv'],
  ['sufficiency-scap', 'GET', '/sufficiency/scap.csv'],
] as const;

export type StaffPageName = (typeof STAFF_ROUTES)[number][0];

const STAFF_PATTERNS = STAFF_ROUTES.map(([name, methods, path]) => {
  const params: string[] = [];
  const source = path.replace(/:([a-zA-Z]+)/g, (_m, param: string) => {
    params.push(param);
    return '([^/]+)';
  });
  return { name, methods: methods.split(' '), regex: new RegExp(`^${source}/?$`), params };
});

function matchStaff(method: string, path: string): Route | null {
  for (const pattern of STAFF_PATTERNS) {
    const match = pattern.regex.exec(path);
    if (!match) continue;
    const allowed =
      pattern.methods.includes(method) || (method === 'HEAD' && pattern.methods.includes('GET'));
    if (!allowed) return notAllowed(pattern.methods.join(', '));
    const params: Record<string, string> = {};
    pattern.params.forEach((name, i) => {
      params[name] = safeDecode(match[i + 1] ?? '');
    });
    return { page: 'staff', name: pattern.name, params };
  }
  return null;
}

export function matchRoute(method: string, path: string): Route {
  const get = method === 'GET' || method === 'HEAD';
  if (path === '/sign-in') return get ? { page: 'sign-in' } : notAllowed('GET, HEAD');
  if (path === '/auth/callback') return get ? { page: 'auth-callback' } : notAllowed('GET, HEAD');
  if (path === '/sign-out') return method === 'POST' ? { page: 'sign-out' } : notAllowed('POST');
  if (path === '/dev/sign-in') {
    return get || method === 'POST' ? { page: 'dev-sign-in' } : notAllowed('GET, HEAD, POST');
  }
  const staff = matchStaff(method, path);
  if (staff) return staff;
  if (path === '/' || path === '') return get ? { page: 'home' } : notAllowed('GET, HEAD');
  if (path === '/your-rights' || path === '/your-rights/') {
    return get ? { page: 'rights', laCode: null } : notAllowed('GET, HEAD');
  }
  const rights = /^\/your-rights\/([^/]+)\/?$/.exec(path);
  if (rights?.[1]) return get ? { page: 'rights', laCode: safeDecode(rights[1]) } : notAllowed('GET, HEAD');
  const asset = /^\/assets\/([a-f0-9]{8,64})\/([A-Za-z0-9._/-]+)$/.exec(path);
  if (asset?.[1] && asset[2] && !asset[2].includes('..')) {
    return get ? { page: 'asset', fingerprint: asset[1], file: asset[2] } : notAllowed('GET, HEAD');
  }
  const family = /^\/f\/([^/]+)\/?$/.exec(path);
  if (family?.[1]) {
    return get ? { page: 'family', token: safeDecode(family[1]), sub: 'overview' } : notAllowed('GET, HEAD');
  }
  const sub = /^\/f\/([^/]+)\/([a-z-]+)\/?$/.exec(path);
  if (sub?.[1] && sub[2] && isFamilySubPage(sub[2])) {
    return get ? { page: 'family', token: safeDecode(sub[1]), sub: sub[2] } : notAllowed('GET, HEAD');
  }
  const form = /^\/f\/([^/]+)\/choices\/([a-z-]+)$/.exec(path);
  if (form?.[1] && form[2]) {
    return method === 'POST'
      ? { page: 'family-form', token: safeDecode(form[1]), form: form[2] }
      : notAllowed('POST');
  }
  return { page: 'not-found' };
}

function notAllowed(allow: string): Route {
  return { page: 'method-not-allowed', allow };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
