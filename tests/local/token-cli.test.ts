import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { gqlOk } from '../helpers/api.js';
import { ME } from '../helpers/operations.js';

const run = promisify(execFile);

describe('npm run token', () => {
  it('prints, on its last line, a token the running API accepts for the officer of the LAs asked for', async () => {
    const { stdout } = await run('npm', ['run', 'token', '--', 'officer', '938,936']);
    const token = stdout.trim().split('\n').at(-1) ?? '';
    const data = await gqlOk(ME, {}, token);
    expect(data.me).toMatchObject({ roles: ['LA_OFFICER'], laCodes: ['936', '938'] });
  });

  it('prints a setting-staff token for the settings asked for', async () => {
    const { stdout } = await run('npm', ['run', 'token', '--', 'setting', 'demo-oakfield']);
    const data = await gqlOk(ME, {}, stdout.trim().split('\n').at(-1));
    expect(data.me).toMatchObject({ roles: ['SETTING_STAFF'], settingIds: ['demo-oakfield'] });
  });

  it('refuses an LA code that is not 3 digits, and prints usage', async () => {
    await expect(run('npm', ['run', 'token', '--', 'officer', 'West Sussex'])).rejects.toMatchObject({
      stderr: expect.stringContaining('not a 3-digit DfE LA code'),
    });
  });
});
