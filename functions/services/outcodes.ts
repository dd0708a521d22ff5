// Postcode district centroids (ONS/OS open data, OGL v3; see data/england/SOURCES.md), bundled
// into the Lambda: about 3,000 districts, 78 KB, parsed once per container.
import centroids from '../../data/england/outcodes.json' with { type: 'json' };
import type { Location } from '../core/model.js';
import type { OutcodeIndex } from '../core/postcodes.js';

export const OUTCODES: OutcodeIndex = new Map(
  Object.entries(centroids as unknown as Record<string, [number, number]>).map(
    ([code, [lat, lon]]): [string, Location] => [code, { lat, lon }],
  ),
);
