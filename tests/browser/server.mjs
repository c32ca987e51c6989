// Test servers on loopback, as a partner's real setup has them: the widget's files (dist/) on
// one origin with CORS and the right MIME types, partner pages on another origin.
//
//   node tests/browser/server.mjs   ->  widget  http://127.0.0.1:4510/   (dist/)
//                                       partner http://127.0.0.1:4511/   (tests/browser/pages/)
// Partner pages may say %WIDGET% where the widget's base URL goes; /readme.html is the README's
// snippet on an otherwise empty page; /readme-nginx.html is the same with the widget served by
// nginx (tests/browser/nginx.spec.mjs starts it on KTS_NGINX_PORT, default 4512, under
// /know-the-signs/); *.csp.html pages get a strict Content-Security-Policy.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const dist = resolve(here, '../../dist');
const pages = resolve(here, 'pages');
export const WIDGET_PORT = Number(process.env.KTS_WIDGET_PORT || 4510);
export const PARTNER_PORT = Number(process.env.KTS_PARTNER_PORT || 4511);
const widgetOrigin = `http://127.0.0.1:${WIDGET_PORT}`;
const nginxBase = `http://127.0.0.1:${Number(process.env.KTS_NGINX_PORT || 4512)}/know-the-signs`;
// The strictest policy a partner page may have (pages named *.csp.html are served with it).
const STRICT_CSP = `default-src 'none'; script-src ${widgetOrigin} 'wasm-unsafe-eval'; ` +
  `style-src ${widgetOrigin}; connect-src ${widgetOrigin}`;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** A plain partner page holding exactly the README's snippet, pointed at `base` (the widget's folder URL). */
async function readmePage(base) {
  const readme = await readFile(resolve(here, '../../README.md'), 'utf8');
  const snippet = readme.match(/```html\n([\s\S]*?)```/)[1].replaceAll('https://YOUR-CDN/know-the-signs', base);
  return `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><link rel="icon" href="data:,">` +
    `<title>README snippet</title></head>\n<body>\n<h1>A partner page</h1>\n${snippet}</body>\n</html>\n`;
}

function serve(root, { cors, template }) {
  return createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    if (template && (path === '/readme.html' || path === '/readme-nginx.html')) {
      const base = path === '/readme.html' ? widgetOrigin : nginxBase;
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(await readmePage(base));
      return;
    }
    const file = normalize(join(root, path.endsWith('/') ? path + 'index.html' : path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      let body = await readFile(file);
      const type = TYPES[extname(file)] || 'application/octet-stream';
      if (template && type.startsWith('text/html')) {
        body = Buffer.from(body.toString('utf8').replaceAll('%WIDGET%', widgetOrigin));
      }
      const headers = { 'Content-Type': type, 'Cache-Control': 'no-cache' };
      if (template && file.endsWith('.csp.html')) headers['Content-Security-Policy'] = STRICT_CSP;
      if (template && file.endsWith('.tt.html')) headers['Content-Security-Policy'] = "require-trusted-types-for 'script'";
      if (cors) headers['Access-Control-Allow-Origin'] = '*';
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, cors ? { 'Access-Control-Allow-Origin': '*' } : {}).end('not found');
    }
  });
}

serve(dist, { cors: true, template: false }).listen(WIDGET_PORT, '127.0.0.1');
serve(pages, { cors: false, template: true }).listen(PARTNER_PORT, '127.0.0.1');
console.log(`widget files ${widgetOrigin}/  partner pages http://127.0.0.1:${PARTNER_PORT}/`);
