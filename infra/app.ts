import { App } from 'aws-cdk-lib';
import { addOpenPlace } from './open-place-app.js';

// `cdk synth` / `cdk deploy`: the one stack, from cdk.json's context and `-c key=value`
// (infra/open-place-app.ts). `npm run preflight` checks the same values before a deploy.
addOpenPlace(new App());
