import { fileURLToPath } from 'node:url';
import { Duration, Stack, Validations } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { functionTimeoutSeconds } from './graphql-function.js';
import { createHouseFunction } from './house-function.js';
import type { RegisterTable } from './register-table.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * What the pages read at run time, copied beside the bundle's index.mjs (web/paths.ts looks there):
 * our templates and static files, govuk-frontend's dist (its templates, CSS, JS, fonts, images) and
 * the council outlines the family's map is drawn from (prepared from the LA boundaries at build time).
 */
export const WEB_BUNDLE_FILES: readonly { from: string; to: string }[] = [
  { from: 'web/views', to: 'views' },
  { from: 'web/static', to: 'static' },
  { from: 'web/map-areas.json', to: 'map-areas.json' },
];

/**
 * Of govuk-frontend's dist, only what a page uses at run time: the Nunjucks templates, the
 * minified CSS and JS, and the fonts and images (not its Sass or ES modules: 1 MB, not 9).
 */
export const GOVUK_FRONTEND_FILES = ['*.njk', 'govuk-frontend.min.css', 'govuk-frontend.min.js', 'assets/*'];

function copyGovukFrontend(outputDir: string): string {
  const from = `${ROOT}node_modules/govuk-frontend/dist`;
  const names = GOVUK_FRONTEND_FILES.map((pattern) =>
    pattern.includes('/') ? `-path './govuk/${pattern}'` : `-name '${pattern}'`,
  ).join(' -o ');
  return `cd "${from}" && find . -type f '(' ${names} ')' -exec sh -c 'mkdir -p "$0/$(dirname "$1")" && cp "$1" "$0/$1"' "${outputDir}/govuk-frontend" {} ';'`;
}

/**
 * The keys the pages may write under: a case's journey record (LIST#…), the outbox (OUTBOX) and
 * throttle counters (THROTTLE#…). A family's page never writes a setting, a list or anything else.
 */
export const WEB_WRITABLE_KEYS = ['LIST#*', 'OUTBOX', 'THROTTLE#*'] as const;

export interface WebFunctionProps {
  readonly table: RegisterTable;
  readonly caseKeys: secretsmanager.ISecret;
  /** The pages' public address (e.g. a custom domain); without it, a page uses the request's own host. */
  readonly publicBaseUrl?: string;
}

/**
 * The web pages' Lambda (web/lambda.ts): its own bundle, budget and role. It reads the register and
 * the case's lists, and writes only the family's choices (the case record and its event) and
 * throttle counters — never a setting or a list.
 */
export class WebFunction extends Construct {
  readonly function: nodejs.NodejsFunction;
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: WebFunctionProps) {
    super(scope, id);
    const house = createHouseFunction(this, {
      entry: new URL('../../web/lambda.ts', import.meta.url),
      description: 'OpenPlace web pages (the family page, /your-rights)',
      roleDescription:
        'OpenPlace web pages: read the register and lists; write only family choices and throttles.',
      memorySize: 1024,
      timeout: Duration.seconds(functionTimeoutSeconds()),
      // No Cognito settings: the pages have no signed-in users yet (a family's link is its key).
      environment: props.publicBaseUrl ? { PUBLIC_BASE_URL: props.publicBaseUrl } : {},
      commandHooks: {
        beforeBundling: () => [],
        beforeInstall: () => [],
        afterBundling: (_inputDir: string, outputDir: string) => [
          ...WEB_BUNDLE_FILES.map(({ from, to }) => `cp -R "${ROOT}${from}" "${outputDir}/${to}"`),
          copyGovukFrontend(outputDir),
        ],
      },
    });
    this.function = house.function;
    this.logGroup = house.logGroup;

    const table = props.table.table;
    table.grantReadData(house.role);
    this.function.addEnvironment('TABLE_NAME', table.tableName);
    house.role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'WriteOnlyFamilyChoicesAndThrottles',
        actions: ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:ConditionCheckItem'],
        resources: [table.tableArn],
        conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [...WEB_WRITABLE_KEYS] } },
      }),
    );
    props.caseKeys.grantRead(house.role);
    this.function.addEnvironment('CASE_KEYS_SECRET_ARN', props.caseKeys.secretArn);

    const tableLogicalId = Stack.of(this).getLogicalId(table.node.defaultChild as dynamodb.CfnTable);
    Validations.of(house.role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${tableLogicalId}.Arn>/index/*]`,
      reason:
        'Reads of the register table include its indexes (index/*), which the pages query (the map, ' +
        'the register search); the grant is scoped to this one table, and index ARNs admit reads only.',
    });
  }
}
