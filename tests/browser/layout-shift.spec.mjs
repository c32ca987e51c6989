// The partner's page does not jump when the widget draws (issue #17): the README's snippet keeps
// the widget's room from the start, so neither the frame nor the quiz arriving later moves the
// text a visitor is reading. Measured as the browser's own Layout Instability API reports it,
// which is what Lighthouse and Search Console add up as Cumulative Layout Shift.
import { test, expect } from '@playwright/test';
import { PARTNER, expectQuizReady, holdRequests } from './helpers.mjs';

// A phone, as Lighthouse's mobile run has it.
test.use({ viewport: { width: 412, height: 823 } });

/** Every layout shift on the page so far that no input caused, as `{ value, sources }`. */
function shifts(page) {
  return page.evaluate(() => new Promise((resolve) => {
    const seen = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (!entry.hadRecentInput) seen.push({ value: entry.value, sources: entry.sources.map((s) => s.node && s.node.nodeName) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => resolve(seen), 0);
  }));
}

test('with the README snippet in an article, the text around the widget does not jump as it draws and as the quiz arrives', async ({ page }) => {
  // embed.js arrives only after the page has painted, as on a slow network.
  const release = await holdRequests(page, '**/embed.js');
  await page.goto(`${PARTNER}/readme-article.html`, { waitUntil: 'commit' });
  await page.waitForFunction(() => performance.getEntriesByType('paint').length > 0);
  await expect(page.locator('#after')).toBeVisible();
  release();
  const host = page.locator('know-the-signs');
  await expectQuizReady(host);
  const seen = await shifts(page);
  const total = seen.reduce((sum, s) => sum + s.value, 0);
  expect(total, JSON.stringify(seen)).toBeLessThanOrEqual(0.01);
});
