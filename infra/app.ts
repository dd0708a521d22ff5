import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { capacityRemindersFromContext } from './constructs/capacity-reminders.js';
import { alarmEmailFromContext } from './constructs/monitoring.js';
import {
  corsOriginsFromContext,
  existingTableFromContext,
  OpenPlaceStack,
  pagesSignInFromContext,
  publicBaseUrlFromContext,
} from './openplace-stack.js';

const app = new App();
new OpenPlaceStack(app, 'OpenPlace', {
  description: 'OpenPlace: advisory tailored lists of SEND school places (GraphQL API)',
  corsOrigins: corsOriginsFromContext(app.node.tryGetContext('corsOrigins')),
  ...publicBaseUrlFromContext(app.node.tryGetContext('publicBaseUrl')),
  ...existingTableFromContext({
    tableName: app.node.tryGetContext('tableName'),
    tableStreamArn: app.node.tryGetContext('tableStreamArn'),
  }),
  ...pagesSignInFromContext({
    webDomainPrefix: app.node.tryGetContext('webDomainPrefix'),
    webCallbackUrl: app.node.tryGetContext('webCallbackUrl'),
    webSignOutUrl: app.node.tryGetContext('webSignOutUrl'),
  }),
  ...alarmEmailFromContext(app.node.tryGetContext('alarmEmail')),
  ...capacityRemindersFromContext({
    reminderSender: app.node.tryGetContext('reminderSender'),
    reminderConfigurationSet: app.node.tryGetContext('reminderConfigurationSet'),
  }),
});
// cdk-nag v3 runs as a policy-validation plugin: any finding not acknowledged in code (with
// Validations.of(construct).acknowledge) fails synth. Acknowledged rules and their reasons are also
// written into each resource's template Metadata (cdk_nag.rules_to_suppress) for reviewers.
Validations.of(app).addPlugins(
  new AwsSolutionsChecks(app, { verbose: true, writeSuppressionsToCloudFormation: true }),
);
