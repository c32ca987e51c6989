// Browser tests: Debian's Chromium driven by Playwright, against the release build in dist/.
// Playwright never downloads a browser here (scripts/setup sets PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD).
import { defineConfig } from '@playwright/test';
import { LAUNCH } from './tests/browser/launch.mjs';

export default defineConfig({
  testDir: 'tests/browser',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    browserName: 'chromium',
    launchOptions: LAUNCH,
  },
  webServer: {
    command: 'node tests/browser/server.mjs',
    url: `http://127.0.0.1:${process.env.KTS_WIDGET_PORT || 4510}/embed.js`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
