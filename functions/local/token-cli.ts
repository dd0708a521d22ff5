import { isLaCode } from '../core/la-code.js';
import './sdk-node-notice.js';
import { loadDevAuth, type TokenRequest } from './dev-auth.js';

// `npm run token -- officer 938[,936]` or `npm run token -- setting <settingId>[,<settingId>]`:
// prints a local bearer token alone on the last line of standard output.

const USAGE = 'Usage: npm run token -- officer <laCode>[,<laCode>…] | setting <settingId>[,<settingId>…]';

function parse(args: string[]): TokenRequest {
  const [role, list] = args;
  const values = (list ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  if (values.length === 0) throw new Error(USAGE);
  if (role === 'officer') {
    const bad = values.find((v) => !isLaCode(v));
    if (bad) throw new Error(`"${bad}" is not a 3-digit DfE LA code.\n${USAGE}`);
    return { role: 'officer', laCodes: values };
  }
  if (role === 'setting') return { role: 'setting', settingIds: values };
  throw new Error(USAGE);
}

try {
  const request = parse(process.argv.slice(2));
  const auth = await loadDevAuth();
  process.stdout.write(`${auth.mint(request)}\n`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
}
