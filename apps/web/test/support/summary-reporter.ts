// A node:test reporter that writes one JSON line, {"passed":N,"failed":M}, which the repository's CI line adds up.
import type { TestEvent } from 'node:test/reporters';

export default async function* summary(source: AsyncIterable<TestEvent>): AsyncGenerator<string> {
  let passed = 0;
  let failed = 0;
  for await (const event of source) {
    // Suites (describe) report too; only tests are counted.
    if (event.type === 'test:pass' && event.data.details.type !== 'suite') passed += 1;
    if (event.type === 'test:fail' && event.data.details.type !== 'suite') failed += 1;
  }
  yield `${JSON.stringify({ passed, failed })}\n`;
}
