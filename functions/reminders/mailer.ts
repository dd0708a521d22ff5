import type { ReminderMessage } from '../core/capacity-reminders.js';

// The port through which capacity reminders leave OpenPlace: Amazon SES in AWS (ses-mailer.ts),
// a git-ignored folder locally (folder-mailer.ts).

export interface Mailer {
  /** Sends one message to all its recipients, or throws; resolves with the mail service's message id. */
  send(message: ReminderMessage): Promise<{ messageId: string }>;
}
