import { InvalidInputError } from './errors.js';
import type { Location } from './model.js';

/** Postcode district (outward code) → centroid, e.g. "RH12" → { lat, lon }. */
export type OutcodeIndex = ReadonlyMap<string, Location>;

export interface PostcodeLocation extends Location {
  /** The postcode district the location is the centre of. */
  district: string;
  /** Always true: a district centre, not the address itself. */
  approximate: true;
}

const FULL_POSTCODE = /^([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})$/;
const OUTWARD_CODE = /^[A-Z]{1,2}\d[A-Z\d]?$/;

/** The outward code (district) of a full postcode or of a district alone; null if it is neither. */
export function outwardCode(raw: string): string | null {
  const compact = raw.replace(/\s+/g, '').toUpperCase();
  const full = FULL_POSTCODE.exec(compact);
  if (full?.[1]) return full[1];
  return OUTWARD_CODE.test(compact) ? compact : null;
}

/**
 * Locates a postcode at the centre of its district: precise enough for distances on a list, and
 * it never needs (or stores) a family's full address. Unknown or malformed: BAD_USER_INPUT on `field`.
 */
export function locatePostcode(index: OutcodeIndex, raw: string, field: string): PostcodeLocation {
  const district = outwardCode(raw);
  if (!district) {
    throw new InvalidInputError([
      {
        field,
        code: 'NOT_A_POSTCODE',
        message: 'must be a UK postcode or postcode district, e.g. "RH12 2NR" or "RH12"',
      },
    ]);
  }
  const centre = index.get(district);
  if (!centre)
    throw new InvalidInputError([
      {
        field,
        code: 'UNKNOWN_POSTCODE_DISTRICT',
        params: { district },
        message: `postcode district ${district} is not known`,
      },
    ]);
  return { lat: centre.lat, lon: centre.lon, district, approximate: true };
}
