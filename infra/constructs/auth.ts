import { Aws, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';

/**
 * Sign-in for local-authority (LA) officers and setting staff. Families never sign in: share
 * links and the rights statement work without an account.
 *
 * Roles are Cognito groups, created and assigned by an administrator (there is no self sign-up):
 *   - `la-officer-<3-digit LA code>`, e.g. `la-officer-938`: an officer of that local authority;
 *   - `setting-staff-<settingId>`: staff of that school or setting.
 * The API verifies the ACCESS token (aws-jwt-verify, token use "access", client id checked) and
 * reads the roles from its `cognito:groups` claim; resolvers enforce them.
 */
export interface AuthProps {
  /**
   * Send staff invitations and password resets through SES from this address (context
   * `staffEmailFrom`), whose domain is a verified SES identity in the stack's region. Without it,
   * Cognito's own sender is used: about 50 messages a day, enough to start, not to invite a council.
   */
  readonly staffEmailFrom?: string;
}

export class Auth extends Construct {
  readonly userPool: cognito.UserPool;
  readonly client: cognito.UserPoolClient;

  constructor(scope: Construct, id: string, props: AuthProps = {}) {
    super(scope, id);

    this.userPool = new cognito.UserPool(this, 'UserPool', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      // Authenticator apps only: no SMS (SIM-swap risk, cost) and no email codes.
      mfa: cognito.Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false, email: false },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      featurePlan: cognito.FeaturePlan.ESSENTIALS,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      ...(props.staffEmailFrom
        ? {
            email: cognito.UserPoolEmail.withSES({
              fromEmail: props.staffEmailFrom,
              fromName: 'OpenPlace',
              // The stack is environment-agnostic: the identity is in whichever region it is deployed to.
              sesRegion: Aws.REGION,
              sesVerifiedDomain: props.staffEmailFrom.slice(props.staffEmailFrom.lastIndexOf('@') + 1),
            }),
          }
        : {}),
    });

    Validations.of(this.userPool.node.defaultChild as cognito.CfnUserPool).acknowledge({
      id: 'AwsSolutions-COG8',
      reason:
        'Essentials feature plan chosen deliberately: threat protection (adaptive authentication, ' +
        'compromised-credential checks) needs the Plus plan, billed per monthly active user. The risk it ' +
        'mitigates is reduced because TOTP MFA is REQUIRED for every user, there is no self sign-up (accounts ' +
        'are created by an administrator for known LA officers and setting staff), and passwords must be ' +
        '12+ characters with all character classes. Revisit if the user base grows or policy requires it.',
    });

    this.client = this.userPool.addClient('WebClient', {
      generateSecret: false,
      authFlows: { userSrp: true },
      // No hosted UI / OAuth: the web app signs in with SRP, so no callback URLs to keep safe.
      disableOAuth: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      enableTokenRevocation: true,
      preventUserExistenceErrors: true,
    });
  }

  /**
   * Staff sign-in for the pages: Cognito's managed login on a domain of the pool, and a second
   * app client only for it (the API's SRP client above stays as it is). Authorization code with
   * PKCE, no client secret (the pages keep no secret of Cognito's), only this pool's users.
   */
  addPagesSignIn(props: PagesSignInProps): PagesSignIn {
    const domain = this.userPool.addDomain('ManagedLogin', {
      cognitoDomain: { domainPrefix: props.domainPrefix },
      managedLoginVersion: cognito.ManagedLoginVersion.NEWER_MANAGED_LOGIN,
    });
    const client = this.userPool.addClient('PagesClient', {
      userPoolClientName: 'openplace-pages',
      generateSecret: false,
      // No password flows: people sign in on the managed login pages only.
      authFlows: {},
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL, cognito.OAuthScope.PROFILE],
        callbackUrls: [props.callbackUrl],
        logoutUrls: [props.signOutUrl],
      },
      supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO],
      // The pages read the ID token once, at the callback; the session is theirs from then on.
      idTokenValidity: Duration.minutes(15),
      accessTokenValidity: Duration.minutes(15),
      refreshTokenValidity: Duration.hours(1),
      enableTokenRevocation: true,
      preventUserExistenceErrors: true,
    });
    // Managed login's pages need a style: Cognito's own.
    new cognito.CfnManagedLoginBranding(this, 'ManagedLoginBranding', {
      userPoolId: this.userPool.userPoolId,
      clientId: client.userPoolClientId,
      useCognitoProvidedValues: true,
    });
    return {
      client,
      domain,
      issuer: `https://cognito-idp.${Stack.of(this).region}.amazonaws.com/${this.userPool.userPoolId}`,
      logoutUrl: `${domain.baseUrl()}/logout`,
    };
  }

  get userPoolId(): string {
    return this.userPool.userPoolId;
  }

  get clientId(): string {
    return this.client.userPoolClientId;
  }
}

export interface PagesSignInProps {
  /** The managed login's domain prefix: https://<prefix>.auth.<region>.amazoncognito.com */
  readonly domainPrefix: string;
  /** Where Cognito sends people back: the pages' /auth/callback. */
  readonly callbackUrl: string;
  /** Where Cognito sends people after signing out: the pages' home. */
  readonly signOutUrl: string;
}

export interface PagesSignIn {
  readonly client: cognito.UserPoolClient;
  readonly domain: cognito.UserPoolDomain;
  /** The OpenID issuer (its discovery document names the managed login's endpoints). */
  readonly issuer: string;
  /** Cognito's sign-out endpoint, which its discovery document does not list. */
  readonly logoutUrl: string;
}
