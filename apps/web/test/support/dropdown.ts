import type { Page } from 'playwright-core';

/**
 * The options of the open dropdown, read once they have settled (the same list twice in a row, 100 ms apart): a
 * select's virtual list draws its rows again while the dropdown opens and when its options change, and a read
 * in between finds none. Returns what it last read after `timeoutMs`, for the test's assertion to judge.
 */
export async function settledOptions(page: Page, timeoutMs = 5_000): Promise<string[]> {
  const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  let previous: string[] = [];
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await page.waitForTimeout(100)) {
    const now = await options.allInnerTexts();
    if (now.length > 0 && now.join('\n') === previous.join('\n')) return now;
    previous = now;
  }
  return previous;
}
