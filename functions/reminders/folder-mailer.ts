import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReminderMessage } from '../core/capacity-reminders.js';
import type { Mailer } from '../services/capacity-reminder-job.js';

/**
 * The local adapter: writes each message, as a plain-text email (headers, blank line, body), to
 * its own file in `folder` (`.openplace/reminders/` by default, git-ignored), named by the
 * setting and window, so two sends to one setting show as two files.
 */
export function createFolderMailer({ folder, from }: { folder: string; from: string }): Mailer {
  return {
    async send(message: ReminderMessage) {
      await mkdir(folder, { recursive: true });
      const messageId = `local-${randomUUID()}`;
      const file = join(folder, `${reminderFilePrefix(message.settingId, message.window)}${messageId}.txt`);
      const text = [
        `From: ${from}`,
        `To: ${message.to.join(', ')}`,
        `Subject: ${message.subject}`,
        `X-OpenPlace-Setting: ${message.settingId}`,
        `X-OpenPlace-Window: ${message.window}`,
        '',
        message.text,
        '',
      ].join('\n');
      // 'wx': a new file every time, never one overwritten.
      await writeFile(file, text, { encoding: 'utf8', flag: 'wx' });
      return { messageId };
    },
  };
}

/** The start of the names of a setting's reminder files in one window. */
export function reminderFilePrefix(settingId: string, window: number): string {
  return `w${window}--${settingId.replace(/[^A-Za-z0-9._-]/g, '_')}--`;
}
