// The one summary line of a test run, counting every runner: `tests: N passed, M failed`. Reads the jest report
// and the browser tests' summary under the checkout given (default: the current directory); a runner that wrote
// nothing counts as one failure. Exits 1 when either report is missing.
const fs = require('fs');
const path = require('path');

const root = process.argv[2] ?? '.';
const read = (file) => {
  const full = path.join(root, file);
  return fs.existsSync(full) ? JSON.parse(fs.readFileSync(full, 'utf8')) : null;
};
const jest = read('var/test-results/jest.json');
const web = read('apps/web/test-results/summary.json');
let passed = 0;
let failed = 0;
if (jest) {
  passed += jest.numPassedTests;
  failed += jest.numFailedTests + (jest.numRuntimeErrorTestSuites || 0);
} else failed += 1;
if (web) {
  passed += web.passed;
  failed += web.failed;
} else failed += 1;
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exitCode = jest && web ? 0 : 1;
