// The npm package as a public CDN serves it: the release's .tgz installed with npm into an
// empty folder, served under /npm/know-the-signs@<version>/ from another loopback origin with
// the headers jsDelivr sends (CORS *, application/wasm, a year immutable, gzip), and the
// release's snippet.html pasted into a partner page with its host pointed there. Needs
// scripts/release (scripts/test runs it). The port is KTS_CDN_PORT (default 4513).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { test, expect } from '@playwright/test';
import { PACK, PARTNER, helpLink, watch, RUN } from './helpers.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const { version } = JSON.parse(readFileSync(join(ROOT, 'dist/cdn.json'), 'utf8'));
const TGZ = join(ROOT, `release/know-the-signs-${version}.tgz`);
const CDN = `http://127.0.0.1:${Number(process.env.KTS_CDN_PORT || 4513)}`;
const BASE = `${CDN}/npm/know-the-signs@${version}`;
const TYPES = {
  '.js': 'application/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};
const IMMUTABLE = 'public, max-age=31536000, s-maxage=31536000, immutable';

let folder;
let server;

test.beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'kts-cdn-'));
  // As a CDN gets it: the published tarball, installed by npm (no scripts, nothing else asked for).
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--offline', TGZ], {
    cwd: folder, stdio: 'pipe',
  });
  const installed = join(folder, 'node_modules/know-the-signs');
  server = createServer(async (req, res) => {
    const prefix = `/npm/know-the-signs@${version}/`;
    const path = decodeURIComponent(new URL(req.url, CDN).pathname);
    const file = normalize(join(installed, path.slice(prefix.length)));
    const headers = { 'Access-Control-Allow-Origin': '*', 'Cross-Origin-Resource-Policy': 'cross-origin', 'X-Content-Type-Options': 'nosniff' };
    if (!path.startsWith(prefix) || !file.startsWith(installed)) {
      res.writeHead(404, headers).end();
      return;
    }
    try {
      let body = await readFile(file);
      headers['Content-Type'] = TYPES[extname(file)] || 'application/octet-stream';
      headers['Cache-Control'] = IMMUTABLE;
      headers.Vary = 'Accept-Encoding';
      if (/\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
        body = gzipSync(body);
        headers['Content-Encoding'] = 'gzip';
      }
      res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, headers).end();
    }
  });
  await new Promise((resolve) => server.listen(new URL(CDN).port, '127.0.0.1', resolve));
});

test.afterAll(async () => {
  if (server) await new Promise((resolve) => server.close(resolve));
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** release/snippet.html with its CDN host pointed at the test's CDN, as a partner pastes it. */
function pastedSnippet(change = (s) => s) {
  const snippet = readFileSync(join(ROOT, 'release/snippet.html'), 'utf8').replaceAll('https://cdn.jsdelivr.net', CDN);
  return `${PARTNER}/pasted.html?snippet=${encodeURIComponent(change(snippet))}`;
}

test('the release snippet loads the npm package from a CDN origin, and the quiz can be completed', async ({ page }) => {
  const seen = watch(page);
  const responses = [];
  page.on('response', (response) => responses.push(response));
  const url = pastedSnippet();
  await page.goto(url);
  const host = page.locator('know-the-signs');

  // Keyboard to the quiz's start, then through every question.
  await expect(host.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
  await host.getByRole('button', { name: 'Start the quiz' }).focus();
  await page.keyboard.press('Enter');
  for (let n = 1; n <= RUN; n++) {
    await expect(host.locator('.kts-progress')).toHaveText(`Question ${n} of ${RUN}`);
    await host.locator('.kts-choice input').first().check();
    await host.getByRole('button', { name: 'Check answer' }).click();
    await host.getByRole('button', { name: /^(Next question|See results)$/ }).click();
  }
  await expect(host.getByRole('heading', { name: 'Your results' })).toBeVisible();
  await expect(helpLink(host, 'Call 1-888-373-7888')).toBeVisible();

  expect(seen.errors, 'console errors').toEqual([]);
  const elsewhere = seen.requests.filter((request) => request !== url && !request.startsWith(`${BASE}/dist/`));
  expect(elsewhere, 'requests anywhere but the package on the CDN').toEqual([]);
  // Each file the widget loaded came compressed, with CORS, and cacheable for good.
  const files = responses.filter((r) => r.url().startsWith(BASE));
  expect(files.map((r) => new URL(r.url()).pathname.split('/').pop()).sort()).toEqual(
    expect.arrayContaining(['embed.js', 'en.json', expect.stringMatching(/^know-the-signs\.[0-9a-f]{16}\.js$/),
      expect.stringMatching(/^know-the-signs_bg\.[0-9a-f]{16}\.wasm$/)]),
  );
  for (const response of files) {
    expect(await response.allHeaders(), response.url()).toMatchObject({
      'access-control-allow-origin': '*', 'content-encoding': 'gzip', 'cache-control': IMMUTABLE,
    });
  }
});

test('an embed.js that is not the released one is refused; visitors get the snippet\'s paragraph', async ({ page }) => {
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  // The hash of some other file: the browser must not run the script.
  await page.goto(pastedSnippet((s) => s.replace(/integrity="sha384-[^"]+"/, `integrity="sha384-${'A'.repeat(64)}"`)));
  const host = page.locator('know-the-signs');
  await expect(host.getByRole('link', { name: '1-888-373-7888' })).toHaveAttribute('href', 'tel:+18883737888');
  await expect.poll(() => errors.some((e) => e.includes('integrity'))).toBe(true);
  expect(await host.evaluate((el) => el.shadowRoot)).toBeNull();
});

test('the npm package holds exactly the built widget', () => {
  const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts', TGZ], {
    cwd: tmpdir(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
  }));
  expect(report.name).toBe('know-the-signs');
  expect(report.version).toBe(version);
  const files = report.files.map((f) => f.path).sort();
  expect(files).toEqual([
    'LICENSE-APACHE', 'LICENSE-MIT', 'README.md',
    'dist/embed.js',
    expect.stringMatching(/^dist\/know-the-signs\.[0-9a-f]{16}\.js$/),
    expect.stringMatching(/^dist\/know-the-signs_bg\.[0-9a-f]{16}\.wasm$/),
    'dist/packs/en.json', 'dist/packs/es.json',
    'dist/safety.css', 'dist/safety.es.html', 'dist/safety.html', 'dist/safety.js',
    'dist/schema/pack-v1.schema.json', 'dist/schema/pack-v2.schema.json',
    'package.json',
  ]);
});
