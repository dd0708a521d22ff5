// Postcode district → the lower-tier district (LAD code, E07…) holding the postcode district's
// centre, for the two-tier counties only (about 780 of them, 14 KB), bundled into the Lambda as
// outcodes.json is. Derived from ONS/OS open data (OGL v3): data/england/SOURCES.md.
import districts from '../../data/england/outcode-districts.json' with { type: 'json' };
import { outwardCode } from '../core/postcodes.js';

const DISTRICTS: ReadonlyMap<string, string> = new Map(
  Object.entries(districts as unknown as Record<string, string>),
);

/**
 * The district (E07…) of a postcode district ("ME14", or a full postcode), or null outside the
 * two-tier counties or when unknown. A postcode district can straddle districts: this is the one
 * containing its centre, so some of its addresses are in a neighbouring district.
 */
export function districtOfOutcode(outcode: string): string | null {
  const code = outwardCode(outcode);
  return (code && DISTRICTS.get(code)) ?? null;
}
