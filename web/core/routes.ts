// Which page a request is for. Pure: from the method and path to a route, never logging either
// (a family page's path holds its token).

export type Route =
  | { page: 'home' }
  | { page: 'rights'; laCode: string | null }
  | { page: 'family'; token: string }
  | { page: 'family-form'; token: string; form: string }
  | { page: 'asset'; fingerprint: string; file: string }
  | { page: 'not-found' }
  | { page: 'method-not-allowed'; allow: string };

/** The route's name as logs may show it: never the token or the path. */
export function routeName(route: Route): string {
  return route.page;
}

export function matchRoute(method: string, path: string): Route {
  const get = method === 'GET' || method === 'HEAD';
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
  if (family?.[1]) return get ? { page: 'family', token: safeDecode(family[1]) } : notAllowed('GET, HEAD');
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
