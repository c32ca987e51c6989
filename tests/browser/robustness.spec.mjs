// Robustness: hostile host pages, bad packs, failed networks, garbage attributes. Whatever
// happens, the help details stay on screen and nothing the pack says ever runs.
import { test, expect } from '@playwright/test';
import { PACK, PARTNER, WIDGET, addHost, expectClean, watch, helpLink, expectQuizReady, holdModule, RUN } from './helpers.mjs';

const START = { name: 'Start the quiz' };
const HOTLINE = { name: 'Call 1-888-373-7888' };

/** Starts the quiz in `host` and answers every question with its first choice. */
async function answerEvery(host) {
  await host.getByRole('button', START).click();
  for (let n = 1; n <= RUN; n++) {
    await host.locator('.kts-choice input').first().check();
    await host.getByRole('button', { name: 'Check answer' }).click();
    await host.getByRole('button', { name: /Next question|See results/ }).click();
  }
}

/** Starts the quiz in `host` and checks one answer; proves the widget really works there. */
async function answerOne(host) {
  await host.getByRole('button', START).click();
  await host.locator('.kts-choice input').first().check();
  await host.getByRole('button', { name: 'Check answer' }).click();
  await expect(host.locator('.kts-verdict')).toHaveText(/That's right\.|Not quite\./);
}

test('a page that resets everything, with an 8 px root font and dir="rtl", changes nothing', async ({ page }) => {
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(`${PARTNER}/partner.html`);
  const plain = await page.locator('know-the-signs').evaluate((el) => {
    const s = getComputedStyle(el.shadowRoot.querySelector('.kts'));
    return { font: s.fontSize, dir: s.direction, align: s.textAlign, family: s.fontFamily };
  });
  const seen = watch(page);
  const url = `${PARTNER}/reset.html`;
  await page.goto(url);
  const host = page.locator('know-the-signs');
  await expectQuizReady(host);
  const reset = await host.evaluate((el) => {
    const s = getComputedStyle(el.shadowRoot.querySelector('.kts'));
    return { font: s.fontSize, dir: s.direction, align: s.textAlign, family: s.fontFamily };
  });
  expect(reset).toEqual(plain);
  await answerOne(host);
  await expect(helpLink(host, HOTLINE.name)).toBeVisible();
  expectClean(seen, url);
});

test('AMD define, clashing globals, polluted prototypes, a fetch wrapper, 20 hosts and the loader twice', async ({ page }) => {
  const seen = watch(page);
  const url = `${PARTNER}/globals.html`;
  await page.goto(url);
  for (let i = 1; i <= 20; i++) {
    await expectQuizReady(page.locator(`#h${i}`));
  }
  await answerOne(page.locator('#h7'));
  await expectQuizReady(page.locator('#h8'));
  const globals = await page.evaluate(() => ({
    wasmBindgen: window.wasm_bindgen,
    knowTheSigns: window.KnowTheSigns,
    amdCalls: window.__amdCalls || 0,
    packFetches: window.__fetches.filter((u) => u.endsWith('/packs/en.json')).length,
  }));
  // Our globals did not replace theirs; we did not register with their AMD loader; the pack
  // was fetched once for all twenty widgets, through their wrapper.
  expect(globals).toEqual({ wasmBindgen: 'placeholder', knowTheSigns: 'placeholder', amdCalls: 0, packFetches: 1 });
  expectClean(seen, url);
});

test('removing a host mid-quiz and adding it back starts it fresh; moving it keeps its place', async ({ page }) => {
  await page.goto(`${PARTNER}/two.html`);
  const first = page.locator('#first');
  await answerOne(first);
  await page.evaluate(() => document.body.prepend(document.getElementById('first')));
  await expect(first.locator('.kts-verdict')).toBeVisible();
  await page.evaluate(() => {
    const el = document.getElementById('first');
    el.remove();
    window.__kept = el;
  });
  await expect.poll(() => page.evaluate(() => window.__kept.shadowRoot.querySelector('.kts'))).toBe(null);
  await page.evaluate(() => document.body.append(window.__kept));
  await expectQuizReady(first);
  await expectQuizReady(page.locator('#second'));
});

test('inside an iframe sandboxed with allow-scripts allow-same-origin', async ({ page }) => {
  await page.goto(`${PARTNER}/iframe.html`);
  const frame = page.frameLocator('#frame');
  const host = frame.locator('know-the-signs');
  await answerOne(host);
  await expect(helpLink(host, HOTLINE.name)).toBeVisible();
});

test('garbage, empty, huge and strange attributes never break a widget', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  const seen = watch(page);
  const url = `${PARTNER}/attrs.html`;
  await page.goto(url);
  await page.evaluate(() => document.getElementById('unicode').setAttribute('data-questions', '1\u0000'));
  for (const id of ['#garbage', '#empty', '#huge', '#unicode']) {
    const host = page.locator(id);
    // data-region="constructor" is no region: the international details, with no US hotline.
    if (id === '#garbage') await expect(host).toContainText('call your local emergency number.');
    else await expect(helpLink(host, HOTLINE.name)).toBeVisible();
    await answerOne(host);
    await expect(host.locator('.kts-progress')).toHaveText(`Question 1 of ${RUN}`);
  }
  // A scoped host asks only what it was told to.
  const scoped = page.locator('#scoped');
  await scoped.getByRole('button', START).click();
  await expect(scoped.locator('.kts-progress')).toHaveText('Question 1 of 1');
  const csec = PACK.questions.filter((q) => q.topic === 'csec').map((q) => q.prompt);
  expect(csec).toContain((await scoped.locator('.kts-prompt').textContent()).trim());
  // One clear warning per bad value, naming it.
  for (const expected of [
    'data-locale="klingon" is not valid (allowed: en or es)',
    'data-region="constructor" is not a region with help details of its own (allowed: us, uk, ca, au or intl)',
    'data-topics="dragons" is not valid',
    'data-questions="-3" is not valid (allowed: a whole number from 1 up)',
    'data-theme="neon" is not light, dark or auto',
    'data-exit-url="javascript:alert(1)" is not an http(s) URL',
    'data-safety-url="data:text/html,hi" is not an http(s) URL',
  ]) {
    expect(warnings.filter((w) => w.includes(expected)), expected).toHaveLength(1);
  }
  expect(warnings.every((w) => w.length < 400), 'warnings stay short').toBe(true);
  expectClean(seen, url);
});

test('values in capitals or with spaces around them are read like lower case; a service name alone is named', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto(`${PARTNER}/empty.html`);
  const host = await addHost(page, 'shouty', { 'data-theme': ' DARK ', 'data-region': 'UK', 'data-locale': 'ES' });
  await expect(host.locator('.kts')).toHaveClass(/kts--dark/);
  await expect(host.getByRole('button', { name: 'Comenzar el cuestionario' })).toBeVisible();
  await expect(host.getByRole('complementary')).toContainText('08000 121 700');
  const named = await addHost(page, 'named', { 'data-help-name': 'Our clinic' });
  await expect(named.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
  await expect(named.getByRole('complementary')).not.toContainText('Our clinic');
  await expect.poll(() => warnings.filter((w) => w.includes('data-help-name="Our clinic" is not shown')).length).toBe(1);
  expect(warnings.filter((w) => /data-(theme|region|locale)=/.test(w))).toEqual([]);
});

/**
 * Serves `body` (a string or object) as a partner's own pack, and opens a partner page whose
 * widget uses it (`data-pack`). (A changed built-in pack never reaches the module: embed.js
 * checks its integrity, tests/browser/integrity.spec.mjs.)
 */
async function openWithPack(page, body, { status = 200, contentType = 'application/json' } = {}) {
  await page.route(`${PARTNER}/their-pack.json`, (route) => route.fulfill({
    status, contentType, body: typeof body === 'string' ? body : JSON.stringify(body),
  }));
  const snippet = `<know-the-signs data-pack="/their-pack.json"></know-the-signs><script src="${WIDGET}/embed.js" async></script>`;
  await page.goto(`${PARTNER}/pasted.html?snippet=${encodeURIComponent(snippet)}`);
}
const OWN_PACK_NOTICE = "This site's own quiz could not be loaded, so the standard quiz is shown.";

/** Fails the test if anything in the page runs code it should not, or navigates. */
async function trapPayloads(page) {
  const ran = [];
  await page.exposeBinding('__ktsRan', (_s, what) => ran.push(what));
  await page.addInitScript(() => {
    window.alert = () => window.__ktsRan('alert');
    window.__pwn = () => window.__ktsRan('pwn');
  });
  page.on('dialog', (d) => { ran.push(`dialog ${d.message()}`); d.dismiss(); });
  page.on('framenavigated', (f) => { if (f === page.mainFrame() && !f.url().startsWith(PARTNER)) ran.push(`navigated ${f.url()}`); });
  return ran;
}

const BROKEN_PACKS = [
  ['404', 'gone', { status: 404 }],
  ['500', 'oops', { status: 500 }],
  ['invalid JSON', '{"schema_version": 1, "questions": ['],
  ['the wrong shape', { schema_version: 1, locale: 'en', questions: 'many', facts: [] }],
  ['nested 100 000 levels deep', `{"questions": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`],
  ['over the 1 MB limit', JSON.stringify({ ...PACK, padding: 'x'.repeat(1_100_000) })],
  ['duplicate ids', { ...PACK, questions: [PACK.questions[0], PACK.questions[0]] }],
  ['a question with no correct answer', {
    ...PACK,
    questions: [{ ...PACK.questions[0], choices: PACK.questions[0].choices.map((c) => ({ ...c, correct: false })) }],
  }],
];

for (const [what, body, options] of BROKEN_PACKS) {
  test(`a partner's pack that is ${what} gives a clear message, the built-in quiz and the help details`, async ({ page }) => {
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await openWithPack(page, body, options);
    const host = page.locator('know-the-signs');
    await expect(host.locator('.kts-own-pack-notice')).toHaveText(OWN_PACK_NOTICE);
    await expect(host.getByRole('button', START)).toBeVisible();
    await expect(helpLink(host, HOTLINE.name)).toBeVisible();
    await expect(host.getByRole('button', { name: 'Quick exit' })).toBeVisible();
    expect(errors.filter((e) => e.includes('Know the Signs: could not use the content pack'))).toHaveLength(1);
  });
}

test('a partner\'s pack on another origin that sends no CORS header: the message says what its server must send', async ({ page }) => {
  // The partner's own server by another name, so another origin: it sends no
  // Access-Control-Allow-Origin, so the browser lets nothing through.
  const elsewhere = `${PARTNER.replace('127.0.0.1', 'localhost')}/own-pack.json`;
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const snippet = `<know-the-signs data-pack="${elsewhere}"></know-the-signs><script src="${WIDGET}/embed.js" async></script>`;
  await page.goto(`${PARTNER}/pasted.html?snippet=${encodeURIComponent(snippet)}`);
  const host = page.locator('know-the-signs');
  await expect(host.locator('.kts-own-pack-notice')).toHaveText(OWN_PACK_NOTICE);
  await expect(host.getByRole('button', START)).toBeVisible();
  const said = errors.filter((e) => e.includes('Know the Signs: could not use the content pack'));
  expect(said).toHaveLength(1);
  expect(said[0]).toContain(`${elsewhere}: Failed to fetch (if it is on another origin than this page, its server must send Access-Control-Allow-Origin`);
});

test('the pack errors name every problem with its path', async ({ page }) => {
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const q = PACK.questions[0];
  await openWithPack(page, { ...PACK, questions: [q, { ...q, choices: [q.choices[0], q.choices[0]] }] });
  await expect(page.locator('know-the-signs').locator('.kts-own-pack-notice')).toBeVisible();
  const message = errors.find((e) => e.includes('could not use the content pack'));
  expect(message).toContain(`questions[1].id: duplicate id "${q.id}"`);
  expect(message).toContain(`questions[1].choices[1].id: duplicate id "${q.choices[0].id}"`);
});

test('a network timeout on the pack gives the message, not a spinner forever', async ({ page }) => {
  await page.route('**/packs/en.json', (route) => route.abort('timedout'));
  await page.goto(`${PARTNER}/partner.html`);
  const host = page.locator('know-the-signs');
  await expect(host.getByRole('alert')).toBeVisible();
  await expect(helpLink(host, HOTLINE.name)).toBeVisible();
});

test('unknown fields are ignored with a warning, and the quiz runs', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await openWithPack(page, { ...PACK, mascot: 'owl', questions: PACK.questions.map((q, i) => (i === 2 ? { ...q, hint: 'h' } : q)) });
  await answerOne(page.locator('know-the-signs'));
  expect(warnings.some((w) => w.includes('unknown field questions[2].hint ignored'))).toBe(true);
  expect(warnings.some((w) => w.includes('unknown field mascot ignored'))).toBe(true);
});

test('HTML and script in every text field of a pack show as text and never run', async ({ page }) => {
  const ran = await trapPayloads(page);
  const evil = (tag) => `<img src=x onerror="__pwn()"><script>__pwn()</script><a href="javascript:__pwn()">${tag}</a>`;
  const pack = {
    ...PACK,
    questions: PACK.questions.map((q) => ({
      ...q,
      prompt: evil('prompt'),
      scenario: q.scenario ? evil('scenario') : undefined,
      choices: q.choices.map((c) => ({ ...c, text: evil(`choice ${c.id}`) })),
      explanation: { sign: evil('sign'), why: evil('why'), action: evil('action') },
      sources: q.sources.map((s) => ({ ...s, name: evil('source') })),
    })),
    facts: PACK.facts.map((f) => ({ ...f, heading: evil('heading'), body: evil('body'), points: (f.points || []).map(() => evil('point')) })),
  };
  await openWithPack(page, pack);
  const host = page.locator('know-the-signs');
  await answerEvery(host);
  await expect(host.getByRole('heading', { name: 'Your results' })).toBeVisible();
  await expect(host.locator('.kts-fact h3').first()).toHaveText(evil('heading'));
  const inserted = await host.evaluate((el) => el.shadowRoot.querySelectorAll('.kts-app img, .kts-app script, .kts-app a[href^="javascript"]').length);
  expect(inserted).toBe(0);
  expect(ran).toEqual([]);
});

test('a .wasm served with the wrong MIME type still loads, and the console says why it is slow', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.route('**/*.wasm', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
  });
  await page.goto(`${PARTNER}/partner.html`);
  await answerOne(page.locator('know-the-signs'));
  expect(warnings.filter((w) => w.includes('Know the Signs:') && w.includes('not application/wasm'))).toHaveLength(1);
});

test('a browser without WebAssembly.compileStreaming loads the quiz with no console warning', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.addInitScript(() => { delete WebAssembly.compileStreaming; });
  await page.goto(`${PARTNER}/partner.html`);
  await answerOne(page.locator('know-the-signs'));
  expect(warnings.filter((w) => w.includes('Know the Signs:'))).toEqual([]);
});

test('widget files that stall: after 20 seconds visitors are told the help works now, and the console says why', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  // Time stands still unless the test moves it (install alone lets it flow, so a slow machine
  // would reach the 20 seconds early).
  const start = new Date('2026-01-01T00:00:00Z');
  await page.clock.install({ time: start });
  await page.clock.pauseAt(new Date(start.getTime() + 1000));
  const release = await holdModule(page);
  const packArrived = page.waitForResponse((r) => r.url().endsWith('/packs/en.json'));
  await page.goto(`${PARTNER}/partner.html`);
  const host = page.locator('know-the-signs');
  await host.getByRole('button', START).click();
  const status = host.locator('.kts-note').getByRole('status');
  await expect(status).toHaveText('Loading the quiz\u2026');
  // The frame asks for the module's files once it has painted; the pack (not held back) then
  // arrives before the frozen clock jumps past its time limit.
  await page.clock.runFor(100);
  await (await packArrived).finished();
  await page.clock.runFor(18900);
  await expect(status).toHaveText('Loading the quiz\u2026');
  await page.clock.runFor(1000);
  await expect(status).toHaveText('The quiz is taking a long time to load. The help details on this page work now.');
  await expect(helpLink(host, HOTLINE.name)).toBeVisible();
  const said = warnings.filter((w) => w.includes('has not started after 20 seconds'));
  expect(said).toHaveLength(1);
  // Only the .wasm was held back: only it is named.
  expect(said[0]).toMatch(/^Know the Signs: the quiz has not started after 20 seconds: these files have not arrived: know-the-signs_bg[^ ]*\.wasm\. The help details are shown meanwhile/);
  // If they do arrive, the quiz opens where the visitor asked for it: question 1.
  release();
  await page.clock.resume();
  await expect(host.locator('.kts-progress')).toHaveText(`Question 1 of ${RUN}`);
});

test('offline after load: the quiz goes on to the end, and the help stays', async ({ page, context }) => {
  await page.goto(`${PARTNER}/partner.html`);
  const host = page.locator('know-the-signs');
  await expectQuizReady(host);
  await context.setOffline(true);
  await answerEvery(host);
  await expect(host.getByRole('heading', { name: 'Your results' })).toBeVisible();
  await host.getByRole('button', { name: 'Try again' }).click();
  await expect(host.locator('.kts-progress')).toHaveText(`Question 1 of ${RUN}`);
  await expect(helpLink(host, HOTLINE.name)).toBeVisible();
  await context.setOffline(false);
});

test('if the module panics, every widget turns into the help details instead of a dead quiz', async ({ page }) => {
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${PARTNER}/two.html`);
  const first = page.locator('#first');
  const second = page.locator('#second');
  await expectQuizReady(second);
  // A hostile page breaks a DOM method the renderer relies on; the next render fails inside Yew.
  await page.evaluate(() => {
    Node.prototype.insertBefore = function () { throw new Error('insertBefore is broken on this page'); };
  });
  await first.getByRole('button', START).click();
  for (const host of [first, second]) {
    await expect(host).toContainText('The quiz could not be loaded just now.');
    await expect(helpLink(host, HOTLINE.name)).toBeVisible();
    await expect(host.getByRole('button', { name: 'Quick exit' })).toBeVisible();
    await expect(host.getByRole('button', START)).toHaveCount(0);
  }
  expect(errors.some((e) => e.includes('Know the Signs: internal error'))).toBe(true);
});
