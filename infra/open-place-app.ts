import { type App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { capacityRemindersFromContext } from './constructs/capacity-reminders.js';
import { alarmEmailFromContext } from './constructs/monitoring.js';
import {
  corsOriginsFromContext,
  existingTableFromContext,
  OpenPlaceStack,
  pagesSignInFromContext,
  publicBaseUrlFromContext,
  staffEmailFromContext,
} from './openplace-stack.js';

/** The stack's name: one per account and region. */
export const STACK_NAME = 'OpenPlace';

/**
 * The stack's props from the app's context (cdk.json and `-c key=value`): each reader refuses a
 * value AWS would refuse, with the reason, before anything is synthesized.
 */
export function stackPropsFromContext(context: (key: string) => unknown) {
  return {
    description: 'OpenPlace: advisory tailored lists of SEND school places (GraphQL API)',
    corsOrigins: corsOriginsFromContext(context('corsOrigins')),
    ...publicBaseUrlFromContext(context('publicBaseUrl')),
    ...existingTableFromContext({
      tableName: context('tableName'),
      tableStreamArn: context('tableStreamArn'),
    }),
    ...pagesSignInFromContext({
      webDomainPrefix: context('webDomainPrefix'),
      webCallbackUrl: context('webCallbackUrl'),
      webSignOutUrl: context('webSignOutUrl'),
    }),
    ...alarmEmailFromContext(context('alarmEmail')),
    ...staffEmailFromContext(context('staffEmailFrom')),
    ...capacityRemindersFromContext({
      reminderSender: context('reminderSender'),
      reminderConfigurationSet: context('reminderConfigurationSet'),
    }),
  };
}

/** The one stack, on `app`, as `cdk synth`, `cdk deploy` and `npm run preflight` build it. */
export function addOpenPlace(app: App): OpenPlaceStack {
  const stack = new OpenPlaceStack(
    app,
    STACK_NAME,
    stackPropsFromContext((key) => app.node.tryGetContext(key)),
  );
  // cdk-nag v3 runs as a policy-validation plugin: any finding not acknowledged in code (with
  // Validations.of(construct).acknowledge) fails synth. Acknowledged rules and their reasons are also
  // written into each resource's template Metadata (cdk_nag.rules_to_suppress) for reviewers.
  Validations.of(app).addPlugins(
    new AwsSolutionsChecks(app, { verbose: true, writeSuppressionsToCloudFormation: true }),
  );
  return stack;
}
