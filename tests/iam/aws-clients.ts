import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { createEventBridgeClient } from '../../functions/events/eventbridge-publisher.js';
import type { AwsRequest } from '../../functions/local/request-recorder.js';

// The audit's clients of the AWS services it cannot run here (Secrets Manager, EventBridge, SES):
// the SDK's own clients, whose every command is recorded as IAM names it and then answered at
// once, before it is signed or sent. The audit checks what is asked, not what AWS answers: the
// AWS emulator tier (tests/aws) runs the same clients against moto's answers.

/** The IAM service prefix of each SDK client the functions use. */
const IAM_PREFIX: Record<string, string> = {
  SecretsManagerClient: 'secretsmanager',
  EventBridgeClient: 'events',
  SESv2Client: 'ses',
};

type Answer = (input: Record<string, any>) => Record<string, unknown>;

/** What each command is answered, as the service would answer it when all is well. */
const answers = (keyring: string): Record<string, Answer> => ({
  'secretsmanager:GetSecretValue': () => ({ SecretString: keyring }),
  'events:PutEvents': (input) => ({
    FailedEntryCount: 0,
    Entries: (input.Entries as unknown[]).map((_, i) => ({ EventId: `iam-audit-${i}` })),
  }),
  'ses:SendEmail': () => ({ MessageId: 'iam-audit' }),
});

interface MiddlewareClient {
  middlewareStack: { add(middleware: unknown, options: Record<string, unknown>): void };
}

function recording<C extends MiddlewareClient>(
  client: C,
  listener: (request: AwsRequest) => void,
  answerOf: Record<string, Answer>,
): C {
  client.middlewareStack.add(
    (_next: unknown, context: { clientName?: string; commandName?: string }) =>
      async (args: { input: Record<string, any> }) => {
        const prefix = IAM_PREFIX[String(context.clientName)];
        if (!prefix)
          throw new Error(`The IAM audit has no prefix for ${context.clientName}: add it to aws-clients.ts.`);
        const action = `${prefix}:${String(context.commandName).replace(/Command$/, '')}`;
        const answer = answerOf[action];
        if (!answer) throw new Error(`The IAM audit cannot answer ${action}: add it to aws-clients.ts.`);
        listener({ action, input: args.input });
        return { output: { $metadata: {}, ...answer(args.input) }, response: {} };
      },
    { step: 'initialize', name: 'openplaceIamAudit', override: true },
  );
  return client;
}

const offline = { region: 'eu-west-2', credentials: { accessKeyId: 'audit', secretAccessKey: 'audit' } };

/** The three clients, recording into `listener`; every secret they read holds `keyring`. */
export function auditAwsClients(listener: (request: AwsRequest) => void, keyring: string) {
  const answerOf = answers(keyring);
  return {
    secrets: recording(new SecretsManagerClient(offline), listener, answerOf),
    eventBridge: recording(createEventBridgeClient(offline), listener, answerOf),
    ses: recording(new SESv2Client(offline), listener, answerOf),
  };
}

export type AuditAwsClients = ReturnType<typeof auditAwsClients>;
