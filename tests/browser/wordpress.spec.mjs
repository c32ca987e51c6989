// The WordPress plugin in a real WordPress (Debian's), started for this file on loopback
// (KTS_WP_PORT, default 4514) and stopped afterwards (tests/browser/wordpress/site.mjs): the
// plugin installed from the release's zip and activated, posts published with the shortcode and
// the block, and a visitor's Chromium on them. Needs scripts/setup --browser and scripts/release.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';
import { UI, helpLink } from './helpers.mjs';
import { PASSWORD, startWordPress } from './wordpress/site.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const { version } = JSON.parse(readFileSync(`${ROOT}dist/cdn.json`, 'utf8'));
const PORT = Number(process.env.KTS_WP_PORT || 4514);

const POSTS = {
  shortcode: '<p>Before the widget.</p>\n\n[know_the_signs region="uk" audience="health" locale="es" questions="3"]',
  // Values an author could paste, none of which the widget accepts.
  hostile: `[know_the_signs region="<script>alert(1)</script>" locale='" onmouseover="alert(2)' ` +
    `exit_url="javascript:alert(3)" help_phone="<img src=x onerror=alert(4)>" help_url="javascript:alert(5)" questions="-1"]`,
  block: '<!-- wp:know-the-signs/widget {"region":"ca","panels":"quiz, help"} /-->',
  defaults: '[know_the_signs]',
  plain: '<p>A post without the widget.</p>',
};

test.describe.configure({ timeout: 120_000 });

let site;
test.beforeAll(async () => {
  test.setTimeout(180_000);
  const started = Date.now();
  site = await startWordPress({ port: PORT, pluginZip: `${ROOT}release/know-the-signs-wordpress-${version}.zip`, posts: POSTS });
  // How long a real WordPress takes to stand up here (MariaDB, the copy, the install): printed,
  // never asserted.
  console.log(`WordPress ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

test.afterAll(async () => {
  if (site) await site.stop();
});

/** Records dialogs (alert and the like): none may open. */
function dialogs(page) {
  const opened = [];
  page.on('dialog', (dialog) => {
    opened.push(dialog.message());
    dialog.dismiss();
  });
  return opened;
}

test('a post with the shortcode: the widget in Spanish with UK help, a quiz completed, all from the site itself', async ({ page }) => {
  const es = UI.es;
  const requests = [];
  const errors = [];
  page.on('request', (request) => requests.push(request.url()));
  // (PHP's built-in server has no favicon.ico for the browser's own request.)
  page.on('console', (m) => m.type() === 'error' && !m.location().url.endsWith('/favicon.ico') && errors.push(m.text()));
  await page.goto(site.posts.shortcode);

  const host = page.locator('know-the-signs');
  await expect(helpLink(host, 'Llamar al 08000 121 700', es)).toHaveAttribute('href', 'tel:+448000121700');
  await expect(host.getByRole('button', { name: es.exit })).toBeVisible();
  await host.getByRole('button', { name: es.start }).click();
  for (let n = 1; n <= 3; n++) {
    await expect(host.locator('.kts-progress')).toHaveText(`Pregunta ${n} de 3`);
    await host.locator('.kts-choice input').first().press('Space');
    await host.getByRole('button', { name: es.check }).click();
    await host.getByRole('button', { name: es.next }).click();
  }
  await expect(host.getByRole('heading', { name: es.results })).toBeVisible();

  expect(errors, 'console errors').toEqual([]);
  expect(requests.filter((url) => !url.startsWith(site.url)), 'requests to anywhere but the site').toEqual([]);
  // The page's source: the plugin's own copy of embed.js, async, with no referrer.
  const script = page.locator('script[src*="/wp-content/plugins/know-the-signs/widget/embed.js"]');
  await expect(script).toHaveCount(1);
  await expect(script).toHaveAttribute('async', /.*/);
  await expect(script).toHaveAttribute('referrerpolicy', 'no-referrer');
});

test('hostile shortcode values: the defaults are shown and nothing runs', async ({ page }) => {
  const opened = dialogs(page);
  await page.goto(site.posts.hostile);
  const host = page.locator('know-the-signs');
  await expect(host.getByRole('button', { name: UI.en.start })).toBeVisible();
  await expect(helpLink(host, 'Call 1-888-373-7888')).toHaveAttribute('href', 'tel:+18883737888');
  // Only the plugin's own markup around the widget: no attribute the author's values made.
  expect(await host.evaluate((el) => el.getAttributeNames().filter((name) => name.startsWith('data-') || name.startsWith('on'))))
    .toEqual([]);
  await host.hover();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  expect(await page.locator('script:not([src])').evaluateAll((scripts) => scripts.filter((s) => s.textContent.includes('alert')).length))
    .toBe(0);
  expect(opened).toEqual([]);
});

test('the block renders through the same function, with its options', async ({ page }) => {
  await page.goto(site.posts.block);
  const host = page.locator('know-the-signs');
  await expect(helpLink(host, 'Call 1-833-900-1010')).toHaveAttribute('href', 'tel:+18339001010');
  await expect(host.getByRole('button', { name: UI.en.start })).toBeVisible();
  await expect(host.getByRole('heading', { name: UI.en.facts })).toHaveCount(0);
});

test('a post without the widget does not load its script', async ({ page }) => {
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(site.posts.plain);
  await expect(page.getByText('A post without the widget.')).toBeVisible();
  expect(requests.filter((url) => url.includes('/know-the-signs/'))).toEqual([]);
});

/** Logs in as the site's administrator. */
async function logIn(page) {
  await page.goto(`${site.url}/wp-login.php`);
  await page.getByLabel('Username or Email Address').fill('admin');
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Log In' }).click();
  await expect(page).toHaveURL(/\/wp-admin\//);
}

test('in the block editor, the block is offered, shows its helpline, and its options change it', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await logIn(page);
  await page.goto(`${site.url}/wp-admin/post-new.php`);
  await page.waitForFunction(() => window.wp && wp.blocks && wp.blocks.getBlockType('know-the-signs/widget'));
  // Past the welcome guide, then the block, as the inserter would add it.
  await page.evaluate(() => {
    if (wp.data.select('core/edit-post').isFeatureActive('welcomeGuide')) wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
    const block = wp.blocks.createBlock('know-the-signs/widget', { region: 'uk' });
    wp.data.dispatch('core/block-editor').insertBlocks(block);
    wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
  });
  const shown = page.locator('.wp-block-know-the-signs-widget know-the-signs');
  await expect(shown).toContainText('Modern Slavery & Exploitation Helpline');
  await page.getByLabel('Region (helplines)').selectOption('ca');
  await expect(shown).toContainText('Canadian Human Trafficking Hotline');
  await expect(page.getByLabel('Audience')).toHaveValue('');
  expect(errors).toEqual([]);
});

test('the settings page sets the site\'s defaults and refuses what the widget cannot use', async ({ page }) => {
  await logIn(page);

  await page.goto(`${site.url}/wp-admin/options-general.php?page=know-the-signs`);
  await page.getByLabel('Region').selectOption('au');
  await page.getByLabel('Your service’s name').fill('City Clinic');
  await page.getByLabel('Its phone number').fill('call us');
  await page.getByLabel('Quick exit goes to').fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Save Changes' }).click();
  await expect(page.getByText('Its phone number: this value cannot be used')).toBeVisible();
  await expect(page.getByText('Quick exit goes to: this value cannot be used')).toBeVisible();
  await expect(page.getByLabel('Region')).toHaveValue('au');

  await page.getByLabel('Its phone number').fill('+61 3 5550 0200');
  await page.getByRole('button', { name: 'Save Changes' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();

  await page.goto(site.posts.defaults);
  const host = page.locator('know-the-signs');
  await expect(helpLink(host, 'Call 131 237')).toHaveAttribute('href', 'tel:131237');
  await expect(host.getByRole('complementary', { name: UI.en.help })).toContainText('City Clinic');
  await expect(helpLink(host, 'Call +61 3 5550 0200')).toHaveAttribute('href', 'tel:+61355500200');
  // A post that sets its own region keeps it.
  await page.goto(site.posts.block);
  await expect(helpLink(page.locator('know-the-signs'), 'Call 1-833-900-1010')).toBeVisible();
});
