import { type SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { ReminderMessage } from '../core/capacity-reminders.js';
import type { Mailer } from '../services/capacity-reminder-job.js';

/**
 * The SES adapter: one SendEmail (SES API v2) per reminder, from the configured sender, through the
 * configuration set when there is one (its event destinations record bounces and complaints). The
 * client is passed in, never built here.
 */
export function createSesMailer(deps: {
  client: Pick<SESv2Client, 'send'>;
  from: string;
  configurationSet: string | null;
}): Mailer {
  return {
    async send(message: ReminderMessage) {
      const result = await deps.client.send(
        new SendEmailCommand({
          FromEmailAddress: deps.from,
          Destination: { ToAddresses: message.to },
          Content: {
            Simple: {
              Subject: { Data: message.subject, Charset: 'UTF-8' },
              Body: { Text: { Data: message.text, Charset: 'UTF-8' } },
            },
          },
          ...(deps.configurationSet ? { ConfigurationSetName: deps.configurationSet } : {}),
          EmailTags: [{ Name: 'openplace', Value: 'capacity-reminder' }],
        }),
      );
      if (!result.MessageId) throw new Error('SES accepted the reminder but returned no message id.');
      return { messageId: result.MessageId };
    },
  };
}
