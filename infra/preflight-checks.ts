import { PLACEHOLDER_REMINDER_SENDER } from './constructs/capacity-reminders.js';
import { stackPropsFromContext } from './open-place-app.js';
import { PLACEHOLDER_DOMAIN_PREFIX } from './openplace-stack.js';

// What `npm run preflight` checks of a deploy's context before anything reaches AWS, and what it
// can only tell the person deploying to check for themselves (in the account, with the AWS CLI).

export interface Finding {
  level: 'error' | 'warning';
  message: string;
}

/** The deploy's context values judged: errors stop the deploy; warnings are said and allowed. */
export function contextFindings(context: (key: string) => unknown): Finding[] {
  const findings: Finding[] = [];
  let props: ReturnType<typeof stackPropsFromContext>;
  try {
    props = stackPropsFromContext(context);
  } catch (error) {
    return [{ level: 'error', message: error instanceof Error ? error.message : String(error) }];
  }
  if (!props.pagesSignIn.domainPrefix) {
    findings.push({
      level: 'error',
      message: `No -c webDomainPrefix=…: staff sign-in would use the placeholder domain prefix "${PLACEHOLDER_DOMAIN_PREFIX}". Choose your own (lowercase letters, digits and hyphens; unique in the region, e.g. westsussex-openplace).`,
    });
  }
  if (!props.capacityReminders.sender) {
    findings.push({
      level: 'error',
      message: `No -c reminderSender=…: capacity reminders would be sent from the placeholder "${PLACEHOLDER_REMINDER_SENDER}", which SES refuses. Give an SES identity verified in this account and region: a domain (mail from no-reply@<domain>) or an address.`,
    });
  }
  if (!props.alarmEmail) {
    findings.push({
      level: 'warning',
      message:
        'No -c alarmEmail=…: alarms notify the stack’s SNS topic, but nobody is subscribed to it. Give an address, or subscribe to the AlarmTopicArn output after the deploy.',
    });
  }
  if (!props.staffEmailFrom) {
    findings.push({
      level: 'warning',
      message:
        'No -c staffEmailFrom=…: staff invitations and password resets go through Cognito’s own sender, about 50 messages a day. Give an address on your verified SES domain to invite more.',
    });
  }
  if (!props.publicBaseUrl) {
    findings.push({
      level: 'warning',
      message:
        'No -c publicBaseUrl=…: family links and reminder emails use the API Gateway address (…execute-api…amazonaws.com), which changes if the API is ever replaced. A council domain is better.',
    });
  }
  return findings;
}

/** What cannot be checked offline: each with the command that checks it in the account. */
export function offlineChecklist(context: (key: string) => unknown): string[] {
  const sender = String(context('reminderSender') ?? '<sender>');
  const domain = sender.includes('@') ? sender.slice(sender.lastIndexOf('@') + 1) : sender;
  return [
    'SES production access: a new account is in the SES sandbox and can email only verified addresses.\n' +
      '  aws sesv2 get-account --query ProductionAccessEnabled   (must be true; request it in the SES console)',
    `The sender's identity verified, with DKIM: ${domain}\n` +
      `  aws sesv2 get-email-identity --email-identity ${domain} --query "[VerifiedForSendingStatus, DkimAttributes.Status]"   (true, "SUCCESS")` +
      (sender.includes('@')
        ? `\n  (the address ${sender} may be verified on its own instead: check it the same way)`
        : ''),
    context('staffEmailFrom')
      ? `Staff invitations go through SES from ${String(context('staffEmailFrom'))}: its domain must be verified in this region\n` +
        '  (as above), or the user pool cannot be created or updated.'
      : 'Staff invitations: Cognito’s own email sender sends about 50 messages a day (AdminCreateUser invitations,\n' +
        '  password resets). To invite more, deploy with -c staffEmailFrom=<address on your verified SES domain>.',
    'Lambda concurrency: a new account may allow as few as 10 concurrent executions for all its functions;\n' +
      '  OpenPlace has 8 functions and an API throttled at 50 requests a second (bursts of 100). Ask for at least 100:\n' +
      '  aws service-quotas get-service-quota --service-code lambda --quota-code L-B99A9384 --query Quota.Value',
    'A first deploy that fails leaves the retained resources behind (the table, the user pool, the case keyring,\n' +
      '  the log groups): docs/RUNBOOK.md, "If a first deploy fails", says which to remove before trying again.',
  ];
}
