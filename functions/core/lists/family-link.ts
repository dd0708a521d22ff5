// Where a family link opens: the family's page, one address for the API (FamilyLink.url) and the pages.

/** The path of the family's page for a link's token (the token is the only part, encoded). */
export function familyPagePath(token: string): string {
  return `/f/${encodeURIComponent(token)}`;
}

/** The absolute address of the family's page, from the server's public base URL (no trailing slash needed). */
export function familyPageUrl(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${familyPagePath(token)}`;
}
