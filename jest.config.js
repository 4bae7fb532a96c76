// Two tiers: fast unit specs beside the code, and e2e specs over HTTP on real MySQL, Redis and Chromium.
const fs = require('node:fs');
const swc = JSON.parse(fs.readFileSync(`${__dirname}/.swcrc`, 'utf8'));
const libs = ['common', 'database', 'identity', 'training', 'notifications', 'assessment', 'queue', 'tickets', 'scores', 'recruitment'];
const moduleNameMapper = Object.fromEntries(
  libs.flatMap((lib) => [
    [`^@app/${lib}$`, `<rootDir>/libs/${lib}/src`],
    [`^@app/${lib}/(.*)$`, `<rootDir>/libs/${lib}/src/$1`],
  ]),
);
const shared = {
  rootDir: __dirname,
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: { '^.+\\.(ts|js|mjs)$': ['@swc/jest', { ...swc, swcrc: false }] },
  // A few dependencies ship ES modules only (Node 24 requires them natively; jest does not): swc turns them into CommonJS.
  transformIgnorePatterns: ['/node_modules/(?!(content-disposition|puppeteer-core|@puppeteer/browsers|chromium-bidi)/)'],
  moduleNameMapper,
  testEnvironment: 'node',
  // Local runtimes and scratch trees (a fresh-machine root holds a whole clone) are not the project's sources; the
  // browser package runs its own tests (node:test and Chromium).
  modulePathIgnorePatterns: ['<rootDir>/var/', '<rootDir>/.runtime/', '<rootDir>/dist/', '<rootDir>/apps/web/'],
};
module.exports = {
  testTimeout: 60000,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
    },
  ],
};
