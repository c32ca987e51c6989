// The shipped nginx configuration (deploy/nginx/know-the-signs.conf) as a partner runs it: nginx
// on loopback serving dist/ under /know-the-signs/ (scripts/nginx-local), the README's snippet on
// a partner page of another origin, and Debian's Chromium loading the widget through it.
// The port is KTS_NGINX_PORT (default 4512); tests/browser/server.mjs points
// /readme-nginx.html at it.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';
import { PARTNER, watch } from './helpers.mjs';

const ROOT = new URL('../../', import.meta.url);
const DIST = fileURLToPath(new URL('dist/', ROOT));
const PORT = Number(process.env.KTS_NGINX_PORT || 4512);
const BASE = `http://127.0.0.1:${PORT}/know-the-signs`;

const built = readdirSync(DIST);
const WASM = built.find((name) => /^know-the-signs_bg\.[0-9a-f]{16}\.wasm$/.test(name));
const GLUE = built.find((name) => /^know-the-signs\.[0-9a-f]{16}\.js$/.test(name));

const SHORT = 'public, max-age=300';
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The widget's file set: what each must be served as, and for how long it may be cached. */
const FILES = [
  { path: 'embed.js', type: 'text/javascript; charset=utf-8', cache: SHORT },
  { path: GLUE, type: 'text/javascript; charset=utf-8', cache: IMMUTABLE },
  { path: WASM, type: 'application/wasm', cache: IMMUTABLE },
  { path: 'packs/en.json', type: 'application/json; charset=utf-8', cache: SHORT },
];

// One nginx for this file's tests (started again if a failed test replaces the worker).
let nginx;
let nginxOutput = '';

test.beforeAll(async () => {
  expect(WASM, 'dist/ has the content-hashed .wasm').toBeDefined();
  expect(GLUE, 'dist/ has the content-hashed glue').toBeDefined();
  nginx = spawn(fileURLToPath(new URL('scripts/nginx-local', ROOT)), [String(PORT)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  nginx.stdout.on('data', (chunk) => { nginxOutput += chunk; });
  nginx.stderr.on('data', (chunk) => { nginxOutput += chunk; });
  // Ready once it answers; fail at once, with its output, if it stops instead.
  let onExit;
  const exited = new Promise((_, reject) => {
    onExit = (code) => reject(new Error(`scripts/nginx-local exited (${code}):\n${nginxOutput}`));
    nginx.once('exit', onExit);
  });
  const answers = expect.poll(
    () => fetch(`${BASE}/embed.js`).then((response) => response.status, () => 0),
    { timeout: 15_000, message: `nginx answers on ${BASE}/embed.js` },
  ).toBe(200);
  try {
    await Promise.race([answers, exited]);
  } finally {
    nginx.off('exit', onExit);
  }
});

test.afterAll(async () => {
  if (!nginx || nginx.exitCode !== null || nginx.signalCode !== null) return;
  const stopped = new Promise((resolve) => nginx.once('exit', resolve));
  nginx.kill('SIGTERM');
  await stopped;
});

test('the README snippet on another origin loads the widget from nginx and it works', async ({ page }) => {
  const seen = watch(page);
  const responses = new Map();
  page.on('response', (response) => responses.set(response.url(), response));
  const url = `${PARTNER}/readme-nginx.html`;
  await page.goto(url);

  const host = page.locator('know-the-signs');
  await host.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(host.locator('.kts-progress')).toHaveText(/^Question 1 of \d+$/);
  await host.locator('.kts-choice input').first().check();
  await host.getByRole('button', { name: 'Check answer' }).click();
  await expect(host.locator('.kts-verdict')).toHaveText(/^(That's right\.|Not quite\.)$/);

  expect(seen.errors, 'console errors').toEqual([]);
  const elsewhere = seen.requests.filter((request) => request !== url && !request.startsWith(`${BASE}/`));
  expect(elsewhere, 'requests anywhere but nginx').toEqual([]);

  // What Chromium got: embed.js found the hashed names, each file came with its type, CORS,
  // compression as Chromium asked for it, and its caching.
  for (const { path, type, cache } of FILES) {
    const response = responses.get(`${BASE}/${path}`);
    expect(response, `Chromium fetched ${path}`).toBeDefined();
    expect(response.status(), path).toBe(200);
    const headers = await response.allHeaders();
    const accepted = (await response.request().allHeaders())['accept-encoding'] || '';
    expect(headers, path).toMatchObject({
      'content-type': type,
      'access-control-allow-origin': '*',
      'cache-control': cache,
      'content-encoding': /\bbr\b/.test(accepted) ? 'br' : 'gzip',
    });
  }
});

test('each widget file: its type, CORS, caching, and gzip or brotli only when asked', async ({ request }) => {
  for (const { path, type, cache } of FILES) {
    const original = readFileSync(`${DIST}${path}`);
    for (const encoding of ['gzip', 'br', 'identity']) {
      const response = await request.get(`${BASE}/${path}`, {
        headers: { 'Accept-Encoding': encoding, Origin: PARTNER },
      });
      const what = `${path} with Accept-Encoding: ${encoding}`;
      expect(response.status(), what).toBe(200);
      const headers = response.headers();
      expect(headers['content-type'], what).toBe(type);
      expect(headers['access-control-allow-origin'], what).toBe('*');
      expect(headers['cross-origin-resource-policy'], what).toBe('cross-origin');
      expect(headers['x-content-type-options'], what).toBe('nosniff');
      expect(headers['cache-control'], what).toBe(cache);
      expect(headers['vary'], what).toBe('Accept-Encoding');
      expect(headers['content-encoding'], what).toBe(encoding === 'identity' ? undefined : encoding);
      // Decoded, every variant is the file in dist/, byte for byte.
      expect((await response.body()).equals(original), `${what}: same bytes as dist/${path}`).toBe(true);
    }
  }
});

test('files with stable names are cheap to re-check once their 5 minutes are up', async ({ request }) => {
  for (const path of ['embed.js', 'packs/en.json']) {
    const first = await request.get(`${BASE}/${path}`);
    const etag = first.headers()['etag'];
    expect(etag, `${path} has an ETag`).toBeTruthy();
    const again = await request.get(`${BASE}/${path}`, { headers: { 'If-None-Match': etag } });
    expect(again.status(), `${path} revalidated`).toBe(304);
  }
});

test('an unknown file, or a module version that is gone, is a 404', async ({ request }) => {
  for (const path of ['no-such-file.js', 'know-the-signs_bg.0000000000000000.wasm', 'packs/xx.json']) {
    const response = await request.get(`${BASE}/${path}`);
    expect(response.status(), path).toBe(404);
    expect(response.headers()['access-control-allow-origin'], path).toBe('*');
    expect(response.headers()['cache-control'], `${path} is not cached for long`).toBeUndefined();
  }
  expect((await request.get(`http://127.0.0.1:${PORT}/embed.js`)).status(), 'outside /know-the-signs/').toBe(404);
});
