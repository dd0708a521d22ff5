// LA names by DfE code (DfE/ONS open data, OGL v3; see data/england/SOURCES.md), bundled into the
// Lambda: 153 names, for reasons families read. Written by `npm run data:england` from las.csv.
import names from '../../data/england/la-names.json' with { type: 'json' };

export const LA_NAMES: ReadonlyMap<string, string> = new Map(Object.entries(names as Record<string, string>));
