// Shared helpers for the browser tests: origins, the shipped pack, and watchers for console
// errors and requests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from '@playwright/test';

// Ports can be moved (KTS_WIDGET_PORT, KTS_PARTNER_PORT) when another run holds the defaults.
export const WIDGET = `http://127.0.0.1:${process.env.KTS_WIDGET_PORT || 4510}`;
export const PARTNER = `http://127.0.0.1:${process.env.KTS_PARTNER_PORT || 4511}`;

/** The built-in pack for `locale` exactly as shipped in dist/. */
function shipped(locale) {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`../../dist/packs/${locale}.json`, import.meta.url)), 'utf8'));
}

/** The English pack exactly as shipped in dist/. */
export const PACK = shipped('en');

/** How many questions a run asks when data-questions is not set (the README says 10). */
export const RUN = 10;

/** The pack's facts a widget for `region` shows: those for that region and untagged ones. */
export function factsFor(pack, region = 'us') {
  return pack.facts.filter((f) => !f.regions || f.regions.includes(region));
}

/**
 * What a visitor reads in each locale: the names of the widget's region, panels and controls
 * (written out here, not taken from the code, so a wrong translation fails), and the pack
 * behind its questions.
 */
export const UI = {
  en: {
    pack: PACK,
    region: 'Know the signs',
    exit: 'Quick exit',
    start: 'Start the quiz',
    check: 'Check answer',
    next: /^(Next question|See results)$/,
    results: 'Your results',
    retry: 'Try again',
    quiz: 'Quiz: know the signs',
    help: 'Where to get help',
    facts: 'Facts about human trafficking',
  },
  es: {
    pack: shipped('es'),
    region: 'Conozca las señales',
    exit: 'Salida rápida',
    start: 'Comenzar el cuestionario',
    check: 'Comprobar respuesta',
    next: /^(Siguiente pregunta|Ver resultados)$/,
    results: 'Sus resultados',
    retry: 'Intentar de nuevo',
    quiz: 'Cuestionario: conozca las señales',
    help: 'Dónde pedir ayuda',
    facts: 'Datos sobre la trata de personas',
  },
};

/**
 * Records console errors, uncaught page errors and every request a page makes.
 * Call before navigating.
 */
export function watch(page) {
  const seen = { errors: [], requests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') seen.errors.push(`${msg.text()} at ${msg.location().url}`);
  });
  page.on('pageerror', (err) => seen.errors.push(String(err)));
  page.on('request', (req) => seen.requests.push(req.url()));
  return seen;
}

/** No console errors, and every request but the page itself went to the widget's origin. */
export function expectClean(seen, pageUrl) {
  expect(seen.errors, 'console errors').toEqual([]);
  const elsewhere = seen.requests.filter((url) => url !== pageUrl && new URL(url).origin !== WIDGET);
  expect(elsewhere, 'requests outside the widget origin').toEqual([]);
}

/** What has focus, looking through open shadow roots. */
export async function focused(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return null;
    return {
      tag: el.tagName.toLowerCase(),
      type: el.getAttribute('type'),
      text: (el.textContent || '').replace(/\s+/g, ' ').trim(),
      href: el.getAttribute('href'),
      className: el.getAttribute('class'),
      inWidget: el.getRootNode() instanceof ShadowRoot,
    };
  });
}

/** Presses Tab until `want(focused)` holds; fails after `max` presses. */
export async function tabTo(page, want, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now && want(now)) return now;
  }
  throw new Error('Tab never reached the wanted element');
}

/** Waits until focus satisfies `want`. */
export async function expectFocus(page, want, message) {
  await expect.poll(async () => want(await focused(page)), { message }).toBe(true);
}

/** The pack question shown in `host` now, found by its prompt and, for scenarios, its case. */
export async function shownQuestion(host, pack = PACK) {
  const legend = host.locator('legend');
  const prompt = (await legend.locator('.kts-prompt').textContent()).trim();
  const text = await legend.textContent();
  const q = pack.questions.find((q) => q.prompt === prompt && (!q.scenario || text.includes(q.scenario)));
  if (!q) throw new Error(`no pack question matches the legend ${JSON.stringify(text)}`);
  return q;
}

/** Source lines as the widget shows them: "Name (2000); Other" ("sin fecha" in Spanish). */
export function citation(sources, noDate = 'no date') {
  return sources.map((s) => `${s.name} (${s.year || noDate})`).join('; ');
}

/** A link in the widget's help details (the panel, or the fallback drawn before the module). */
export function helpLink(host, name, ui = UI.en) {
  return host.getByRole('complementary', { name: ui.help }).getByRole('link', { name });
}

/**
 * What `host` shows of the help details (the frame's, or the module's help panel), in the language
 * of `ui` (an entry of UI): the intro, the contacts in order, each `{ name, detail, links: [[link
 * text, href]] }`, and the quick-exit bar's call link (`[text, href]`, or null when it has none).
 */
export function helpShown(host, ui = UI.en) {
  return host.evaluate((el, heading) => {
    const text = (node) => node.textContent.replace(/\s+/g, ' ').trim();
    const help = [...el.shadowRoot.querySelectorAll('aside')].find((a) => text(a.querySelector(':scope > h2')) === heading);
    const call = el.shadowRoot.querySelector('.kts-exit-call');
    return {
      intro: text(help.querySelector(':scope > p')),
      contacts: [...help.querySelectorAll('li')].map((item) => ({
        name: text(item.querySelector('h3')),
        detail: [...item.querySelectorAll('p')].filter((p) => !p.querySelector('a')).map(text).join(' '),
        links: [...item.querySelectorAll('a')].map((a) => [text(a), a.getAttribute('href')]),
      })),
      exit: call && [text(call), call.getAttribute('href')],
    };
  }, ui.help);
}

/**
 * Waits until the module has drawn the quiz in `host`: its "Start the quiz" (`start`: a name or
 * pattern, in the widget's language) is visible and embed.js's loading state, which has a Start
 * of its own, is gone.
 */
export async function expectQuizReady(host, start = 'Start the quiz') {
  await expect(host.getByRole('button', { name: start })).toBeVisible();
  await expect(host.locator('.kts-fallback')).toHaveCount(0);
}

/**
 * Holds every request matching `url` (a Playwright route pattern) until the returned function
 * is called; each then goes through, or with `status` is answered with that HTTP status instead.
 */
export async function holdRequests(page, url, { status } = {}) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(url, async (route) => {
    await held;
    if (status) await route.fulfill({ status, body: 'no' });
    else await route.continue();
  });
  return release;
}

/** Holds every .wasm request, as holdRequests does. */
export function holdModule(page, options) {
  return holdRequests(page, '**/*.wasm', options);
}

/** Adds a `<know-the-signs id="{id}">` with `attributes` at the end of the page's body. */
export async function addHost(page, id, attributes = {}) {
  await page.evaluate(([hostId, attrs]) => {
    const host = document.createElement('know-the-signs');
    host.id = hostId;
    for (const [name, value] of Object.entries(attrs)) host.setAttribute(name, value);
    document.body.append(host);
  }, [id, attributes]);
  return page.locator(`#${id}`);
}

/** Elements of the widget that stick out sideways, or text boxes that overlap. */
export async function layoutProblems(host) {
  return host.evaluate((el) => {
    const root = el.shadowRoot;
    const frame = root.querySelector('.kts').getBoundingClientRect();
    const out = [];
    const all = [...root.querySelectorAll('*')].filter((e) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && !e.closest('.kts-sr-only');
    });
    for (const e of all) {
      const r = e.getBoundingClientRect();
      if (r.left < frame.left - 0.5 || r.right > frame.right + 0.5) out.push(`sticks out: ${e.className || e.tagName}`);
      if (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible') out.push(`clipped: ${e.className || e.tagName}`);
    }
    // The sticky quick-exit bar covers what scrolls under it by design; focus is kept clear of
    // it (checked with the focus rings).
    const texts = all.filter((e) => !e.closest('.kts-exit') && [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()));
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        const a = texts[i];
        const b = texts[j];
        if (a.contains(b) || b.contains(a)) continue;
        const p = a.getBoundingClientRect();
        const q = b.getBoundingClientRect();
        const w = Math.min(p.right, q.right) - Math.max(p.left, q.left);
        const h = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
        if (w > 1 && h > 1) out.push(`overlap: ${a.className || a.tagName} / ${b.className || b.tagName}`);
      }
    }
    return out;
  });
}

/** Whether the page itself scrolls sideways. */
export async function pageScrollsSideways(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}
