// Imported first by every local command (npm start, the CLIs, the benchmark). The AWS SDK warns at
// every client it makes, on Node before 22, that its versions published after the first week of
// January 2027 will need Node 22. This project pins the SDK to versions that support Node 20, the
// local floor (tests/local/node-floor.test.ts holds the lock to it), and Lambda runs Node 22: the
// warning says nothing a developer can act on here, so local commands do not print it. Set the
// variable to "false" to see it again.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
