import { fileURLToPath } from 'node:url';
import { Duration, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import type * as logs from 'aws-cdk-lib/aws-logs';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { functionTimeoutSeconds } from './graphql-function.js';
import { createHouseFunction } from './house-function.js';
import { onlyLeadingKeys } from './leading-keys.js';
import type { FunctionMonitor } from './monitoring.js';
import { REGISTER_CHANGE_PARTITIONS } from './register-snapshot.js';
import type { RegisterTable } from './register-table.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * What the pages read at run time, copied beside the bundle's index.mjs (web/paths.ts looks there):
 * our templates and static files, govuk-frontend's dist (its templates, CSS, JS, fonts, images) and
 * the outlines the maps are drawn from (prepared from the LA boundaries at build time): the councils
 * for the family's map, and the districts of two-tier counties for an officer's map of a county.
 */
export const WEB_BUNDLE_FILES: readonly { from: string; to: string }[] = [
  { from: 'web/views', to: 'views' },
  { from: 'web/static', to: 'static' },
  { from: 'web/map-areas.json', to: 'map-areas.json' },
  { from: 'web/district-areas.json', to: 'district-areas.json' },
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
 * The keys the pages may write under: what families and signed-in staff change through them. A
 * case's lists and journey record (LIST#…), the outbox (OUTBOX), throttle counters (THROTTLE#…),
 * settings and their capacity, consultation counts and pointers (SETTING#…), the URN claims an
 * officer's add-a-setting and change-details forms make through the register's one door, in the
 * same transaction as the setting, so that a URN is never used twice (URN#…), capacity history
 * (CAPACITY#…), consultations (CONSULTATION#…) and signed-out sessions (SESSION#…). Never an LA's
 * rights information or the table's metadata. The services decide who may do what, as in the API.
 * (tests/web/pages-role.test.ts holds the pages' recorded writes against this list.)
 */
export const WEB_WRITABLE_KEYS = [
  'LIST#*',
  'OUTBOX',
  'THROTTLE#*',
  'SETTING#*',
  'URN#*',
  'CAPACITY#*',
  'CONSULTATION#*',
  'SESSION#*',
] as const;

export interface WebFunctionProps {
  readonly table: RegisterTable;
  readonly caseKeys: secretsmanager.ISecret;
  /** The pages' public address (e.g. a custom domain); without it, a page uses the request's own host. */
  readonly publicBaseUrl?: string;
  readonly monitoring: FunctionMonitor;
}

/** How staff sign in to the pages: Cognito's managed login (Auth.addPagesSignIn). */
export interface WebSignIn {
  readonly issuer: string;
  readonly clientId: string;
  readonly callbackUrl: string;
  readonly logoutUrl: string;
}

/**
 * The web pages' Lambda (web/lambda.ts): its own bundle, budget and role. It reads the register and
 * the case's lists, and writes only under WEB_WRITABLE_KEYS, and the register change items a
 * setting's change appends (a put only).
 */
export class WebFunction extends Construct {
  readonly function: nodejs.NodejsFunction;
  readonly logGroup: logs.LogGroup;
  readonly sessionKeys: secretsmanager.Secret;

  constructor(scope: Construct, id: string, props: WebFunctionProps) {
    super(scope, id);
    const house = createHouseFunction(this, {
      entry: new URL('../../web/lambda.ts', import.meta.url),
      description: 'OpenPlace web pages (the family page, staff pages, /your-rights)',
      roleDescription:
        'OpenPlace web pages: read the register and lists; write lists, journeys, capacity, throttles, sessions.',
      memorySize: 1024,
      timeout: Duration.seconds(functionTimeoutSeconds()),
      monitoring: props.monitoring,
      alarmName: 'Web',
      // Families need no account (a family's link is its key); staff sign in (useSignIn).
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
    props.table.grantReadTo(house.role);
    this.function.addEnvironment('TABLE_NAME', table.tableName);
    house.role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'WriteOnlyWhatThePagesChange',
        actions: ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
        resources: [table.tableArn],
        conditions: onlyLeadingKeys('ForAllValues:StringLike', WEB_WRITABLE_KEYS),
      }),
    );
    // A setting the pages add or change appends its register change item in the same transaction
    // (store/register-store.ts): a put only, under REGCHANGE#<day>, which nothing else of the pages changes.
    props.table.grantWritesUnder(house.role, ['dynamodb:PutItem'], [REGISTER_CHANGE_PARTITIONS]);
    props.caseKeys.grantRead(house.role);
    this.function.addEnvironment('CASE_KEYS_SECRET_ARN', props.caseKeys.secretArn);

    // The keys that seal staff sessions' cookies: generated here, read once per container.
    // Rotate as the case keys are: add k2, make it current; cookies sealed under k1 open until they expire.
    this.sessionKeys = new secretsmanager.Secret(this, 'SessionKeys', {
      description: 'OpenPlace pages: keys that seal staff session cookies (JSON: currentId and keys by id)',
      generateSecretString: {
        secretStringTemplate: JSON.stringify({ currentId: 'k1' }),
        generateStringKey: 'k1',
        passwordLength: 64,
        excludePunctuation: true,
      },
    });
    Validations.of(this.sessionKeys).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'Rotating the session key is an operator step (add a key, make it current), as the runbook describes; a Lambda rotation would sign everyone out at an arbitrary time.',
    });
    this.sessionKeys.grantRead(house.role);
    this.function.addEnvironment('SESSION_KEYS_SECRET_ARN', this.sessionKeys.secretArn);
  }

  /** Staff sign in through Cognito's managed login, with the pages' own app client. */
  useSignIn(signIn: WebSignIn): void {
    this.function.addEnvironment('AUTH_MODE', 'cognito');
    this.function.addEnvironment('OIDC_ISSUER', signIn.issuer);
    this.function.addEnvironment('OIDC_CLIENT_ID', signIn.clientId);
    this.function.addEnvironment('OIDC_REDIRECT_URI', signIn.callbackUrl);
    this.function.addEnvironment('OIDC_LOGOUT_URL', signIn.logoutUrl);
  }
}
