// Subresource Integrity: embed.js carries the SHA-384 of the .wasm, of the module's glue and of each built-in pack
// (scripts/post-build writes them), and the browser refuses a file whose bytes are not the ones
// built, as a CDN or a proxy that changed them would serve it. Visitors keep the help details
// and the quick exit; the console names the file.
import { test, expect } from '@playwright/test';
import { PACK, PARTNER, addHost, helpLink } from './helpers.mjs';

const FAILED = 'The quiz could not be loaded just now. The help details on this page still work.';

/** Serves every request matching `url` with its real body changed by `change` (a Buffer -> Buffer). */
async function changed(page, url, change) {
  await page.route(url, async (route) => {
    const response = await route.fetch();
    if (route.request().method() !== 'GET') {
      await route.fulfill({ response });
      return;
    }
    await route.fulfill({ response, body: change(await response.body()) });
  });
}

/**
 * Opens the partner page, which must show the widget without its quiz: the failure notice, the
 * hotline and the quick exit. Returns the widget's one console error (that the quiz could not
 * start) once it has come.
 */
async function cannotStart(page) {
  const errors = widgetErrors(page);
  await page.goto(`${PARTNER}/partner.html`);
  const host = page.locator('know-the-signs');
  await expect(host).toContainText(FAILED);
  await expect(helpLink(host, 'Call 1-888-373-7888')).toHaveAttribute('href', 'tel:+18883737888');
  await expect(host.getByRole('button', { name: 'Quick exit' })).toBeVisible();
  await expect(host.getByRole('button', { name: 'Start the quiz' })).toHaveCount(0);
  await expect.poll(() => errors.length).toBe(1);
  return errors[0];
}

/** Console errors from the widget. */
function widgetErrors(page) {
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && m.text().startsWith('Know the Signs:') && errors.push(m.text()));
  return errors;
}

// The module's two files: each refused when changed (the glue before any of it runs), each
// named when missing.
for (const [what, glob, name, change] of [
  // One more, empty custom section: still a valid module that would run exactly as before.
  ['.wasm', '**/*.wasm', /know-the-signs_bg\.[0-9a-f]{16}\.wasm/,
    (body) => Buffer.concat([body, Buffer.from([0x00, 0x02, 0x01, 0x78])])],
  // A line that would say it ran.
  ['module glue', '**/know-the-signs.*.js', /know-the-signs\.[0-9a-f]{16}\.js/,
    (body) => Buffer.concat([Buffer.from('window.__glueRan = true;\n'), body])],
]) {
  test(`a changed ${what} is refused: the help details and the quick exit stay, and the console names it`, async ({ page }) => {
    await changed(page, glob, change);
    const said = await cannotStart(page);
    expect(said).toMatch(new RegExp(`^Know the Signs: the quiz could not start \\(${name.source} failed its integrity check`));
    // Not the advice for a host without CORS: the file arrived, with the wrong content.
    expect(said).not.toContain('CORS');
    expect(said).toContain('(a host or proxy that rewrites files breaks this)');
    expect(await page.evaluate(() => window.__glueRan)).toBeUndefined();
  });

  test(`a ${what} missing on the server: the console says so, not that CORS is missing`, async ({ page }) => {
    await page.route(glob, (route) => route.fulfill({ status: 404, body: 'not found' }));
    const said = await cannotStart(page);
    expect(said).toMatch(new RegExp(`^Know the Signs: the quiz could not start \\(${name.source} is not on the server \\(HTTP 404\\)\\)`));
    expect(said).toContain('Upload every file of one build, unchanged and in its folders, beside embed.js.');
    expect(said).not.toContain('rewrites files'); // missing, not changed
    expect(said).not.toContain('Missing on the server');
    expect(said).not.toContain('CORS');
  });
}

test('visitors are told at once that the quiz failed, while the console\'s reason waits for the server\'s answer', async ({ page }) => {
  // The .wasm fails; the status request that finds out why is held until the notice has shown.
  const held = [];
  let holding = true;
  await page.route('**/*.wasm', (route) => (holding && route.request().method() === 'HEAD'
    ? held.push(route) : route.fulfill({ status: 404, body: 'not found' })));
  const errors = widgetErrors(page);
  await page.goto(`${PARTNER}/partner.html`);
  const host = page.locator('know-the-signs');
  await expect(host).toContainText(FAILED);
  await expect(helpLink(host, 'Call 1-888-373-7888')).toBeVisible();
  await expect.poll(() => held.length).toBeGreaterThan(0);
  expect(errors).toEqual([]);
  holding = false;
  for (const route of held) await route.fulfill({ status: 404, body: 'not found' });
  await expect.poll(() => errors.length).toBe(1);
  expect(errors[0]).toMatch(/^Know the Signs: the quiz could not start \(know-the-signs_bg\.[0-9a-f]{16}\.wasm is not on the server \(HTTP 404\)\)/);
});

test('embed.js uploaded alone: the console names every file missing beside it, at once', async ({ page }) => {
  for (const glob of ['**/know-the-signs.*.js', '**/*.wasm', '**/packs/*.json']) {
    await page.route(glob, (route) => route.fulfill({ status: 404, body: 'not found' }));
  }
  const said = await cannotStart(page);
  const missing = /Missing on the server: ([^]*?)\. Upload every file/.exec(said);
  expect(missing, said).not.toBeNull();
  expect(missing[1].split(', ').sort()).toEqual([
    expect.stringMatching(/^know-the-signs\.[0-9a-f]{16}\.js$/),
    expect.stringMatching(/^know-the-signs_bg\.[0-9a-f]{16}\.wasm$/),
    'packs/en.json', 'packs/es.json',
  ]);
});

test('a changed built-in pack is refused: its text never shows, the help details do', async ({ page }) => {
  const first = PACK.questions[0];
  await changed(page, '**/packs/en.json', () => Buffer.from(JSON.stringify({
    ...PACK, questions: [{ ...first, prompt: 'A question someone else wrote' }, ...PACK.questions.slice(1)],
  })));
  const errors = widgetErrors(page);
  await page.goto(`${PARTNER}/partner.html`);
  const host = page.locator('know-the-signs');
  await expect(host.getByRole('alert')).toHaveText(FAILED);
  await expect(helpLink(host, 'Call 1-888-373-7888')).toBeVisible();
  await expect(host.getByRole('button', { name: 'Quick exit' })).toBeVisible();
  await expect(host).not.toContainText('A question someone else wrote');
  await expect.poll(() => errors.length).toBe(1);
  expect(errors[0]).toContain('packs/en.json failed its integrity check');
});

test('a pack asked for later (a widget added in Spanish) is checked too', async ({ page }) => {
  await changed(page, '**/packs/es.json', (body) => Buffer.concat([body, Buffer.from(' ')]));
  const errors = widgetErrors(page);
  await page.goto(`${PARTNER}/partner.html`);
  await expect(page.locator('know-the-signs').getByRole('button', { name: 'Start the quiz' })).toBeVisible();
  const added = await addHost(page, 'added', { 'data-locale': 'es' });
  await expect(added.getByRole('alert')).toContainText('En este momento no se pudo cargar el cuestionario.');
  await expect(added.getByRole('button', { name: 'Salida rápida' })).toBeVisible();
  await expect.poll(() => errors.length).toBe(1);
  expect(errors[0]).toContain('packs/es.json failed its integrity check');
});
