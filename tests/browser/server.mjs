// Test servers on loopback, as a partner's real setup has them: the widget's files (dist/) on
// one origin with CORS and the right MIME types, partner pages on another origin.
//
//   node tests/browser/server.mjs   ->  widget  http://127.0.0.1:4510/   (dist/)
//                                       partner http://127.0.0.1:4511/   (tests/browser/pages/)
// Partner pages may say %WIDGET% where the widget's base URL goes; /readme.html is the README's
// snippet on an otherwise empty page; /readme-nginx.html is the same with the widget served by
// nginx (tests/browser/nginx.spec.mjs starts it on KTS_NGINX_PORT, default 4512, under
// /know-the-signs/); /readme-article.html is that snippet between paragraphs; /pasted.html?snippet=HTML is that HTML on such a page (the configurator's
// copied snippet, pasted); *.csp.html pages get a strict Content-Security-Policy, *.nowasm.html the same less
// 'wasm-unsafe-eval'.
//
// The benchmark (bench/run.mjs) imports `serve` and `readmePage` to run the same servers with
// pages of its own and a record of every response.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';

const here = fileURLToPath(new URL('.', import.meta.url));
const dist = resolve(here, '../../dist');
const pages = resolve(here, 'pages');
export const WIDGET_PORT = Number(process.env.KTS_WIDGET_PORT || 4510);
export const PARTNER_PORT = Number(process.env.KTS_PARTNER_PORT || 4511);
export const WIDGET_ORIGIN = `http://127.0.0.1:${WIDGET_PORT}`;
export const PARTNER_ORIGIN = `http://127.0.0.1:${PARTNER_PORT}`;
const NGINX_BASE = `http://127.0.0.1:${Number(process.env.KTS_NGINX_PORT || 4512)}/know-the-signs`;
// The strictest policy a partner page may have (pages named *.csp.html are served with it).
const STRICT_CSP = `default-src 'none'; script-src ${WIDGET_ORIGIN} 'wasm-unsafe-eval'; ` +
  `style-src ${WIDGET_ORIGIN}; connect-src ${WIDGET_ORIGIN}`;

/** The nonce of the script tag on pages named *.nonce.html, whose policy allows scripts by it alone. */
export const NONCE = 'a-partner-nonce-4b7d1e';

/** Content-Type by file extension; anything else is served as application/octet-stream. */
export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** An otherwise empty partner page (`lang="en"`) holding `snippet`, HTML inserted as it is. */
function partnerPage(snippet, title) {
  return `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><link rel="icon" href="data:,">` +
    `<title>${title}</title></head>\n<body>\n<h1>A partner page</h1>\n${snippet}</body>\n</html>\n`;
}

/**
 * Exactly the README's snippet for one's own server, pointed at `base` (the widget's folder URL;
 * the widget origin by default).
 */
export async function readmeSnippet(base = WIDGET_ORIGIN) {
  const readme = await readFile(resolve(here, '../../README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]);
  return blocks.find((b) => b.includes('YOUR-SITE')).replaceAll('https://YOUR-SITE/know-the-signs', base);
}

/** A plain partner page holding exactly the README's snippet for one's own server (readmeSnippet). */
export async function readmePage(base = WIDGET_ORIGIN) {
  return partnerPage(await readmeSnippet(base), 'README snippet');
}

/**
 * An article with the README's snippet after its first paragraph, and more paragraphs after it
 * (the last one `#after`), so that the page has text the widget could push.
 */
export async function readmeArticle(base = WIDGET_ORIGIN) {
  const text = 'Our volunteers meet people every week whose work or living conditions raise questions. Most of ' +
    'the time there is an ordinary explanation. Sometimes there is not.';
  return partnerPage(`<p>${text}</p>\n${await readmeSnippet(base)}<p>${text}</p>\n<p>${text}</p>\n<p id="after">${text}</p>\n`,
    'README snippet in an article');
}

/**
 * An HTTP server for the files under `root`.
 *
 * - `cors`: send `Access-Control-Allow-Origin: *` (the widget's origin must).
 * - `template`: partner pages: `%WIDGET%` in HTML becomes the widget origin, and the CSP and
 *   Trusted Types pages get their headers.
 * - `routes`: `{ '/path': async (url) => ({ type, body }) }`, answered before any file; `url` is
 *   the request's URL (a `URL`, for its query).
 * - `gzip`: compress text, JSON and WebAssembly with gzip (level 9, as a CDN does) for a browser
 *   that accepts it (the benchmark's Lighthouse runs: Lighthouse counts the bytes on the wire).
 * - `onResponse({ path, status, type, body })`: called for every response, with the body as
 *   sent before compression (a Buffer; empty for 204/403/404).
 * Returns the unstarted `http.Server`.
 */
export function serve(root, { cors, template, gzip = false, routes = {}, onResponse = () => {} }) {
  const compressed = new Map(); // a body's SHA-1 -> its gzip, for files served again and again
  return createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    const path = decodeURIComponent(url.pathname);
    const send = (status, headers, body = Buffer.alloc(0)) => {
      body = Buffer.from(body);
      onResponse({ path, status, type: headers['Content-Type'] || '', body });
      const type = headers['Content-Type'] || '';
      if (gzip && status === 200 && /^(text\/|application\/(json|wasm))/.test(type)) {
        headers = { ...headers, Vary: 'Accept-Encoding' };
        if (/\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
          const key = createHash('sha1').update(body).digest('hex');
          if (!compressed.has(key)) compressed.set(key, gzipSync(body, { level: 9 }));
          body = compressed.get(key);
          headers['Content-Encoding'] = 'gzip';
        }
      }
      res.writeHead(status, headers).end(body);
    };
    if (path === '/favicon.ico') {
      send(204, {});
      return;
    }
    const route = routes[path];
    if (route) {
      const { type, body } = await route(url);
      send(200, { 'Content-Type': type, 'Cache-Control': 'no-cache', ...(cors ? { 'Access-Control-Allow-Origin': '*' } : {}) }, body);
      return;
    }
    const file = normalize(join(root, path.endsWith('/') ? path + 'index.html' : path));
    if (!file.startsWith(root)) {
      send(403, {});
      return;
    }
    try {
      let body = await readFile(file);
      const type = TYPES[extname(file)] || 'application/octet-stream';
      if (template && type.startsWith('text/html')) {
        body = Buffer.from(body.toString('utf8').replaceAll('%WIDGET%', WIDGET_ORIGIN));
      }
      const headers = { 'Content-Type': type, 'Cache-Control': 'no-cache' };
      if (template && file.endsWith('.csp.html')) headers['Content-Security-Policy'] = STRICT_CSP;
      // Scripts allowed by nonce only (the one on the page's script tag), not by origin.
      if (template && file.endsWith('.nonce.html')) {
        headers['Content-Security-Policy'] = STRICT_CSP.replace(`script-src ${WIDGET_ORIGIN}`, `script-src 'nonce-${NONCE}'`);
      }
      // Trusted Types with the page's own list of policies, which does not name the widget's.
      if (template && file.endsWith('.ttlist.html')) {
        headers['Content-Security-Policy'] = "require-trusted-types-for 'script'; trusted-types partner-policy";
      }
      if (template && file.endsWith('.tt.html')) headers['Content-Security-Policy'] = "require-trusted-types-for 'script'";
      // The strict policy less 'wasm-unsafe-eval': a partner policy that blocks the module.
      if (template && file.endsWith('.nowasm.html')) headers['Content-Security-Policy'] = STRICT_CSP.replace(" 'wasm-unsafe-eval'", '');
      if (cors) headers['Access-Control-Allow-Origin'] = '*';
      send(200, headers, body);
    } catch {
      send(404, cors ? { 'Access-Control-Allow-Origin': '*' } : {}, 'not found');
    }
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const readme = (base) => async () => ({ type: TYPES['.html'], body: await readmePage(base) });
  const pasted = async (url) => ({
    type: TYPES['.html'],
    body: partnerPage(url.searchParams.get('snippet') || '', 'Pasted snippet'),
  });
  const article = async () => ({ type: TYPES['.html'], body: await readmeArticle(WIDGET_ORIGIN) });
  const routes = {
    '/readme.html': readme(WIDGET_ORIGIN), '/readme-nginx.html': readme(NGINX_BASE), '/readme-article.html': article,
    '/pasted.html': pasted,
  };
  serve(dist, { cors: true, template: false }).listen(WIDGET_PORT, '127.0.0.1');
  serve(pages, { cors: false, template: true, routes }).listen(PARTNER_PORT, '127.0.0.1');
  console.log(`widget files ${WIDGET_ORIGIN}/  partner pages ${PARTNER_ORIGIN}/`);
}
