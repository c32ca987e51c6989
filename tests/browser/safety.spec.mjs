// Visitor safety: quick exit, content note, zero tracking, strict CSP, fallbacks.
import { test, expect } from '@playwright/test';
import { PACK, PARTNER, WIDGET, expectClean, shownQuestion, watch, helpLink, expectQuizReady, RUN, addHost } from './helpers.mjs';

const START = { name: 'Start the quiz' };
const DEFAULT_EXIT = 'https://weather.com/';

/**
 * Stands in for exit destinations (nothing leaves this machine): answers every request to
 * `https://…` with a blank page and records its URL and headers.
 */
async function stubDestinations(page) {
  const arrived = [];
  await page.route(/^https:\/\//, async (route) => {
    arrived.push({ url: route.request().url(), headers: await route.request().allHeaders() });
    await route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Weather</title><p>Weather</p>' });
  });
  return { arrived };
}

/**
 * Notes the page at the moment of leaving, once: the Navigation API's navigate event fires
 * when location.replace() is called. The navigation is then held back, so the old page stays
 * to be looked at (as `window.__ktsLeaving`).
 */
async function holdLeaving(page) {
  await page.evaluate(() => {
    navigation.addEventListener('navigate', (event) => {
      const overlay = [...document.documentElement.children].find((e) => e.getAttribute('role') === 'alert');
      const box = overlay && overlay.getBoundingClientRect();
      window.__ktsLeaving = {
        navigationType: event.navigationType,
        destination: event.destination.url,
        covered: !!overlay && getComputedStyle(overlay).position === 'fixed'
          && box.left <= 0 && box.top <= 0 && box.width >= innerWidth && box.height >= innerHeight,
        inTopLayer: !!overlay && overlay.matches(':popover-open'),
        says: overlay && overlay.textContent,
        title: document.title,
        body: getComputedStyle(document.body).visibility,
        widgets: [...document.querySelectorAll('know-the-signs')]
          .map((h) => getComputedStyle(h.shadowRoot.querySelector('.kts')).visibility),
        referrerPolicy: document.querySelector('meta[name="referrer"]')?.content,
      };
      event.preventDefault();
    }, { once: true });
  });
}

/**
 * The partner page with the widget ready and focus on the page's own heading, outside the
 * widget, for trying the Shift shortcut. Exit destinations are stubbed.
 */
async function shortcutReady(page) {
  const { arrived } = await stubDestinations(page);
  await page.goto(`${PARTNER}/partner.html`);
  const host = page.locator('know-the-signs');
  await expectQuizReady(host);
  await page.locator('h1').click();
  return { arrived, host, status: host.locator('.kts-exit-status') };
}

async function exitBar(host) {
  return host.getByRole('button', { name: 'Quick exit' });
}

test('the quick exit button is there in every state of the widget', async ({ page }) => {
  await page.goto(`${PARTNER}/partner.html`);
  const host = page.locator('know-the-signs');
  const exit = await exitBar(host);
  await expectQuizReady(host);
  await expect(exit).toBeVisible();
  // Honest about what stays behind: this page and earlier ones remain in the history.
  await expect(host.locator('.kts-exit-note')).toContainText(
    'does not erase your browsing history, where this page and earlier ones stay');
  await expect(host.getByRole('link', { name: 'How to browse more safely' }))
    .toHaveAttribute('href', `${WIDGET}/safety.html?exit=${encodeURIComponent(DEFAULT_EXIT)}&region=us`);

  await host.getByRole('button', START).click();
  for (let n = 1; n <= RUN; n++) {
    await expect(exit).toBeVisible();
    const question = await shownQuestion(host);
    const right = question.choices.find((c) => c.correct);
    await host.locator('.kts-choice', { hasText: right.text }).locator('input').check();
    await host.getByRole('button', { name: 'Check answer' }).click();
    await expect(exit).toBeVisible();
    await host.getByRole('button', { name: /Next question|See results/ }).click();
  }
  await expect(host.getByRole('heading', { name: 'Your results' })).toBeVisible();
  await expect(exit).toBeVisible();
});

test('quick exit covers the page at once and replaces it, with no referrer', async ({ page }) => {
  const { arrived } = await stubDestinations(page);
  await page.goto(`${PARTNER}/empty.html`);
  await page.goto(`${PARTNER}/partner.html`);
  const host = page.locator('know-the-signs');
  await host.getByRole('button', START).click();

  // First look at the moment of leaving, then for real.
  await holdLeaving(page);
  await (await exitBar(host)).click();
  await expect.poll(() => page.evaluate(() => window.__ktsLeaving)).toMatchObject({
    navigationType: 'replace', destination: DEFAULT_EXIT, covered: true, inTopLayer: true, body: 'hidden',
    widgets: ['hidden'], referrerPolicy: 'no-referrer',
    // What anyone looking at the screen (or a screen reader) gets while the next site loads: not
    // that somebody is leaving, as GOV.UK's "Exit this page" does.
    says: 'Loading.',
    title: 'Loading.',
  });

  // Then for real.
  await page.goto(`${PARTNER}/partner.html`);
  const before = await page.evaluate(() => history.length);
  await (await exitBar(host)).click();
  await page.waitForURL(DEFAULT_EXIT);
  expect(arrived.map((a) => a.url)).toEqual([DEFAULT_EXIT]);
  expect(arrived[0].headers.referer).toBeUndefined();
  expect(await page.evaluate(() => history.length)).toBe(before);
});

test('Shift pressed three times anywhere on the page exits, with progress announced', async ({ page }) => {
  const { arrived, status } = await shortcutReady(page);
  await expect(status).toHaveAttribute('aria-live', 'polite');
  await page.keyboard.press('Shift');
  await expect(status).toHaveText('Shift, press 2 more times to exit.');
  await page.keyboard.press('Shift');
  await expect(status).toHaveText('Shift, press 1 more time to exit.');
  await page.keyboard.press('Shift');
  await page.waitForURL(DEFAULT_EXIT);
  expect(arrived.map((a) => a.url)).toEqual([DEFAULT_EXIT]);
});

test('with no widget shown on the page, Shift pressed three times does nothing', async ({ page }) => {
  const { arrived } = await stubDestinations(page);
  // embed.js in the page, as in a site-wide template, but no widget (then one turned off).
  await page.goto(`${PARTNER}/script-api.html`);
  await page.waitForFunction(() => window.KnowTheSigns);
  const pressThrice = async () => {
    await page.locator('h1').click();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  };
  const covered = () => page.evaluate(() => document.documentElement.lastElementChild.getAttribute('role') === 'alert');
  await pressThrice();
  expect(await covered()).toBe(false);
  await page.evaluate(() => {
    const div = document.createElement('div');
    div.id = 'off';
    document.getElementById('app').append(div);
    window.KnowTheSigns.mount(div);
    window.KnowTheSigns.unmount(div);
  });
  await pressThrice();
  expect(await covered()).toBe(false);
  expect(page.url()).toBe(`${PARTNER}/script-api.html`);
  expect(arrived).toEqual([]);
});

test('Escape, typing capitals and other keys do not exit', async ({ page }) => {
  const { arrived, status } = await shortcutReady(page);

  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Shift+A'); // Shift as a modifier does not count
  await page.keyboard.press('Shift+B');
  await page.keyboard.press('Shift+C');
  await expect(status).toHaveText('');

  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await expect(status).toHaveText('Shift, press 1 more time to exit.');
  await page.keyboard.press('x'); // any other key cancels the sequence
  await expect(status).toHaveText('');
  await page.keyboard.press('Shift');
  await expect(status).toHaveText('Shift, press 2 more times to exit.');
  expect(arrived).toEqual([]);
  expect(page.url()).toBe(`${PARTNER}/partner.html`);
});

test('the Shift sequence lapses after 5 seconds without a press, and each press restarts the clock', async ({ page }) => {
  await page.clock.install();
  const { arrived, status } = await shortcutReady(page);

  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.clock.runFor(5001);
  await expect(status).toHaveText('Quick exit shortcut cancelled.');
  await page.clock.runFor(5001);
  await expect(status).toHaveText('');
  await page.keyboard.press('Shift');
  await expect(status).toHaveText('Shift, press 2 more times to exit.');
  expect(arrived).toEqual([]);

  await page.clock.runFor(4000);
  await page.keyboard.press('Shift');
  await page.clock.runFor(4000);
  await page.keyboard.press('Shift');
  await page.waitForURL(DEFAULT_EXIT);
});

test('one Shift listener per page however many widgets and loaders; each widget exits to its own URL', async ({ page }) => {
  const { arrived } = await stubDestinations(page);
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto(`${PARTNER}/three.html`);
  for (const id of ['#a', '#b', '#c']) {
    await expectQuizReady(page.locator(id));
  }
  const cdp = await page.context().newCDPSession(page);
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'window' });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
  expect(listeners.filter((l) => l.type === 'keyup')).toHaveLength(1);

  // Progress shows in every widget, and is said by one: the first, or the one holding focus.
  const twoMore = 'Shift, press 2 more times to exit.';
  const spoken = () => page.getByRole('status').filter({ hasText: twoMore });
  await page.locator('h1').click();
  await page.keyboard.press('Shift');
  for (const id of ['#a', '#b', '#c']) {
    await expect(page.locator(id).locator('.kts-exit-status')).toHaveText(twoMore);
  }
  await expect(spoken()).toHaveCount(1);
  await expect(page.locator('#a').getByRole('status')).toHaveText(twoMore);
  await page.keyboard.press('x');
  await expect(page.locator('#a .kts-exit-status')).toHaveText('');
  await page.locator('#c').getByRole('button', { name: 'Quick exit' }).focus();
  await page.keyboard.press('Shift');
  await expect(spoken()).toHaveCount(1);
  await expect(page.locator('#c').getByRole('status')).toHaveText(twoMore);
  await page.keyboard.press('x');

  // A javascript: exit URL is refused with a warning; the neutral default is used.
  await page.locator('#b').getByRole('button', { name: 'Quick exit' }).click();
  await page.waitForURL('https://exit.example/news');
  // The shortcut, with focus inside a widget, uses that widget's exit URL.
  await page.goto(`${PARTNER}/three.html`);
  await page.locator('#b').getByRole('button', START).click();
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.waitForURL('https://exit.example/news');
  await page.goto(`${PARTNER}/three.html`);
  await page.locator('#a').getByRole('button', { name: 'Quick exit' }).click();
  await page.waitForURL(DEFAULT_EXIT);
  expect(arrived.map((a) => a.url)).toEqual(['https://exit.example/news', 'https://exit.example/news', DEFAULT_EXIT]);
  expect(warnings.some((w) => w.includes('data-exit-url="javascript:alert(1)" is not an http(s) URL'))).toBe(true);
});

test('data-exit-url="weather.com" (no https://) leaves the partner\'s site for the neutral default, with a warning', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  const { arrived } = await stubDestinations(page);
  await page.goto(`${PARTNER}/empty.html`);
  const host = await addHost(page, 'w', { 'data-exit-url': 'weather.com' });
  await host.getByRole('button', { name: 'Quick exit' }).click();
  await page.waitForURL(DEFAULT_EXIT);
  expect(arrived.map((a) => a.url)).toEqual([DEFAULT_EXIT]);
  expect(warnings.some((w) => w.includes('data-exit-url="weather.com" is not an http(s) URL (the whole address, from https://)'))).toBe(true);
});

test('coming back from the back/forward cache shows the start, not the question', async ({ page }) => {
  await page.goto(`${PARTNER}/three.html`);
  const host = page.locator('#b');
  await host.getByRole('button', START).click();
  await expect(host.getByRole('group')).toBeVisible();
  await page.evaluate(() => { window.__kts_same_document = true; });
  await page.locator('#page-link').click();
  await page.waitForURL(`${PARTNER}/partner.html`);
  // A page restored from the cache fires no load event: wait for the URL alone.
  await page.goBack({ waitUntil: 'commit' });
  await expect.poll(() => page.url()).toBe(`${PARTNER}/three.html`);
  // The same document came back (it was in the back/forward cache), yet the quiz is at its start.
  expect(await page.evaluate(() => window.__kts_same_document === true)).toBe(true);
  await expectQuizReady(host);
  await expect(host.getByRole('group')).toHaveCount(0);
});

test('the content note comes before the first question and names what the quiz covers', async ({ page }) => {
  await page.goto(`${PARTNER}/partner.html`);
  const host = page.locator('know-the-signs');
  const note = host.locator('.kts-note');
  await expect(note.getByRole('heading', { name: 'Before you start' })).toBeVisible();
  await expect(note).toContainText('sexual exploitation of children');
  await expect(note).toContainText('help details are always on this page');
  await expect(host.getByRole('group')).toHaveCount(0);
  await host.getByRole('button', START).click();
  await expect(host.getByRole('group')).toBeVisible();
});

/** Records every touch of a storage API (even a read) and every cookie read or write, in
 * every document the page loads. */
async function recordStorage(page) {
  const calls = [];
  await page.exposeBinding('__ktsStorage', (_source, what) => calls.push(what));
  await page.addInitScript(() => {
    const report = (what) => window.__ktsStorage(what);
    for (const name of ['localStorage', 'sessionStorage', 'indexedDB', 'caches']) {
      const holder = Object.getOwnPropertyDescriptor(window, name) ? window : Window.prototype;
      const original = Object.getOwnPropertyDescriptor(holder, name);
      if (!original || !original.get) continue;
      Object.defineProperty(holder, name, {
        configurable: true,
        get() { report(name); return original.get.call(this); },
      });
    }
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
    Object.defineProperty(Document.prototype, 'cookie', {
      get() { report('document.cookie read'); return cookie.get.call(this); },
      set(v) { report('document.cookie write'); cookie.set.call(this, v); },
    });
  });
  return calls;
}

/** A whole quiz by mouse, then "Try again" and one more answer. */
async function quizAndRetake(host) {
  await host.getByRole('button', START).click();
  for (let n = 1; n <= RUN; n++) {
    await host.locator('.kts-choice input').first().check();
    await host.getByRole('button', { name: 'Check answer' }).click();
    await host.getByRole('button', { name: /Next question|See results/ }).click();
  }
  await host.getByRole('button', { name: 'Try again' }).click();
  await host.locator('.kts-choice input').first().check();
  await host.getByRole('button', { name: 'Check answer' }).click();
}

test('no storage, no cookies and no request beyond the widget origin through a quiz, a retake and an exit', async ({ page, context }) => {
  const calls = await recordStorage(page);
  const { arrived } = await stubDestinations(page);
  const seen = watch(page);
  const url = `${PARTNER}/partner.html`;
  await page.goto(url);
  await quizAndRetake(page.locator('know-the-signs'));
  const beforeExit = [...seen.requests];
  await page.locator('know-the-signs').getByRole('button', { name: 'Quick exit' }).click();
  await page.waitForURL(DEFAULT_EXIT);

  expect(calls).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  expectClean({ errors: seen.errors, requests: beforeExit }, url);
  expect(arrived.map((a) => a.url)).toEqual([DEFAULT_EXIT]);
});

test('works unchanged under a strict Content-Security-Policy, with no violation', async ({ page }) => {
  const violations = [];
  await page.exposeBinding('__ktsViolation', (_source, v) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__ktsViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  await stubDestinations(page);
  const seen = watch(page);
  const url = `${PARTNER}/strict.csp.html`;
  const response = await page.goto(url);
  expect(response.headers()['content-security-policy']).toContain("default-src 'none'");
  const host = page.locator('know-the-signs');
  await quizAndRetake(host);
  await expect(host.locator('.kts-verdict')).toBeVisible();
  // Styles applied: the constructed stylesheets were allowed.
  expect(await host.locator('.kts-exit-button').evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(161, 38, 44)');
  expectClean(seen, url);
  await host.getByRole('button', { name: 'Quick exit' }).click();
  await page.waitForURL(DEFAULT_EXIT);
  expect(violations).toEqual([]);
});

test('a browser without WebAssembly gets the help details and a working quick exit', async ({ page }) => {
  await page.addInitScript(() => { delete window.WebAssembly; });
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const { arrived } = await stubDestinations(page);
  await page.goto(`${PARTNER}/partner.html`);
  const host = page.locator('know-the-signs');
  await expect(helpLink(host, 'Call 1-888-373-7888')).toHaveAttribute('href', 'tel:+18883737888');
  await expect(host).toContainText('The quiz could not be loaded just now.');
  // The partner is not sent to check their server's CORS setup: the browser is the cause.
  await expect.poll(() => errors).toEqual(['Know the Signs: the quiz could not start (this browser has no WebAssembly). ' +
    'Showing the help details only. This browser lacks something the quiz needs; the help details work in it.']);
  await page.locator('h1').click();
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.waitForURL(DEFAULT_EXIT);
  expect(arrived).toHaveLength(1);
});

test('the safe-browsing page has its own quick exit, to the widget\'s destination', async ({ page }) => {
  const { arrived } = await stubDestinations(page);
  const seen = watch(page);
  await page.goto(`${PARTNER}/three.html`);
  await page.locator('#b').getByRole('link', { name: 'How to browse more safely' }).click();
  await page.waitForURL(/safety\.html/);
  const url = page.url();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Browsing more safely');
  await expect(page.locator('body')).toContainText('does not erase your browsing history');
  await expect(page.locator('body')).toContainText('pages you opened before it can still be reached with Back');
  await expect(page.getByRole('button', { name: 'Quick exit' })).toBeVisible();
  await page.keyboard.press('Shift');
  await expect(page.getByRole('status')).toHaveText('Shift, press 2 more times to exit.');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.waitForURL('https://exit.example/news');
  expect(arrived.map((a) => a.url)).toEqual(['https://exit.example/news']);
  const own = seen.requests.filter((r) => r.startsWith(WIDGET));
  expect(own.length).toBeGreaterThan(0);
  expect(seen.requests.filter((r) => !r.startsWith(WIDGET) && !r.startsWith(PARTNER) && r !== 'https://exit.example/news')).toEqual([]);
  expect(seen.errors).toEqual([]);
  expect(url.startsWith(`${WIDGET}/safety.html`)).toBe(true);
  // At the moment of leaving, the tab no longer names the page.
  await page.goto(url);
  await holdLeaving(page);
  await page.getByRole('button', { name: 'Quick exit' }).click();
  await expect.poll(() => page.evaluate(() => window.__ktsLeaving)).toMatchObject({
    navigationType: 'replace', destination: 'https://exit.example/news', title: 'Loading.', referrerPolicy: 'no-referrer',
  });
});

test('the quick exit and the hotline stay in view while scrolling through the widget', async ({ page }) => {
  const inView = async (locator) => {
    const box = await locator.boundingBox();
    const size = page.viewportSize();
    return !!box && box.y >= 0 && box.y + box.height <= size.height && box.x >= 0 && box.x + box.width <= size.width;
  };
  // A laptop, a phone, a phone held sideways, and 400% zoom on a 1280 x 1024 screen (320 x 256,
  // where the bar keeps the exit button alone and must not cover more than a quarter of the view).
  const sizes = [
    { width: 1280, height: 800, hotline: true },
    { width: 320, height: 640, hotline: true },
    { width: 844, height: 390, hotline: true },
    { width: 320, height: 256, hotline: false },
  ];
  for (const { hotline, ...size } of sizes) {
    const at = `${size.width} x ${size.height}`;
    await page.setViewportSize(size);
    await page.goto(`${PARTNER}/partner.html`);
    const host = page.locator('know-the-signs');
    await host.getByRole('button', START).click();
    await host.locator('.kts-choice input').first().check();
    await host.getByRole('button', { name: 'Check answer' }).click();
    await host.getByRole('button', { name: /Next question|See results/ }).scrollIntoViewIfNeeded();
    expect(await inView(host.getByRole('button', { name: 'Quick exit' })), `exit at ${at}`).toBe(true);
    if (hotline) {
      expect(await inView(host.locator('.kts-exit').getByRole('link', { name: 'Call 1-888-373-7888' })), `hotline at ${at}`).toBe(true);
    }
    const bar = await host.locator('.kts-exit').boundingBox();
    expect(bar.height, `bar height at ${at}`).toBeLessThanOrEqual(size.height / 4);
    await host.locator('.kts-fact').last().scrollIntoViewIfNeeded();
    expect(await inView(host.getByRole('button', { name: 'Quick exit' })), `exit by the facts at ${at}`).toBe(true);
  }
});

test('an element around the widget that stops the exit bar from staying in view is named in the console', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  // The common theme rule: html and body both hide sideways overflow, so body clips and does not scroll.
  await page.goto(`${PARTNER}/overflow-theme.html`);
  await expectQuizReady(page.locator('know-the-signs'));
  await expect.poll(() => warnings.filter((w) => w.includes('quick-exit bar'))).toEqual([
    'Know the Signs: <body> has overflow: hidden auto but does not scroll, so the quick-exit bar cannot stay in ' +
    'view as visitors scroll. Use overflow: clip there instead, or remove the rule. See the README, "What the quick exit cannot do".',
  ]);

  // A component that clips what it shows through its slot.
  warnings.length = 0;
  await page.goto(`${PARTNER}/overflow-slot.html`);
  await expectQuizReady(page.locator('know-the-signs'));
  await expect.poll(() => warnings.filter((w) => w.includes('quick-exit bar'))).toEqual([
    'Know the Signs: <div#clipper> has overflow: hidden hidden but does not scroll, so the quick-exit bar cannot stay in ' +
    'view as visitors scroll. Use overflow: clip there instead, or remove the rule. See the README, "What the quick exit cannot do".',
  ]);

  // A --kts-sticky-top far too large for a fixed header (a typo, or the wrong unit).
  warnings.length = 0;
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.goto(`${PARTNER}/sticky-top-large.html`);
  await expectQuizReady(page.locator('know-the-signs'));
  await expect.poll(() => warnings.filter((w) => w.includes('quick-exit bar'))).toEqual([
    'Know the Signs: <know-the-signs> has --kts-sticky-top: 2000px, more than half the window\'s height (700px), so ' +
    'the quick-exit bar can stay out of view. Give the height of your fixed header, or leave the property out.',
  ]);

  // body alone (its overflow goes to the window), a panel that scrolls or will, a dialog,
  // overflow: clip: all fine.
  warnings.length = 0;
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.goto(`${PARTNER}/overflow-panel.html`);
  const host = page.locator('#panel know-the-signs');
  await host.getByRole('button', START).click();
  await host.locator('.kts-choice input').first().check();
  await host.getByRole('button', { name: 'Check answer' }).click();
  await host.getByRole('button', { name: /Next question|See results/ }).scrollIntoViewIfNeeded();
  const exit = await host.getByRole('button', { name: 'Quick exit' }).boundingBox();
  const panel = await page.locator('#panel').boundingBox();
  expect(exit.y).toBeGreaterThanOrEqual(panel.y);
  expect(exit.y + exit.height).toBeLessThanOrEqual(panel.y + panel.height);
  // The check runs when the page is idle: wait for a later idle moment, then look.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => requestIdleCallback(resolve), { timeout: 5000 })));
  expect(warnings.filter((w) => w.includes('Know the Signs:'))).toEqual([]);
});

// Two policies that allow the module's glue (a script embed.js adds) only if embed.js passes it
// on: by the nonce of embed.js's tag; through a Trusted Types policy.
for (const [name, file, policy] of [
  ['a page with Trusted Types enforced', 'trusted.tt.html', "require-trusted-types-for 'script'"],
  ['a policy that allows scripts by nonce alone', 'strict.nonce.html', "script-src 'nonce-"],
]) {
  test(`${name}: the quiz works, with no violation`, async ({ page }) => {
    const violations = [];
    await page.exposeBinding('__ktsViolation', (_source, v) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => window.__ktsViolation(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const seen = watch(page);
    const url = `${PARTNER}/${file}`;
    const response = await page.goto(url);
    expect(response.headers()['content-security-policy']).toContain(policy);
    const host = page.locator('know-the-signs');
    await host.getByRole('button', START).click();
    await host.locator('.kts-choice input').first().check();
    await host.getByRole('button', { name: 'Check answer' }).click();
    await expect(host.locator('.kts-verdict')).toBeVisible();
    expectClean(seen, url);
    expect(violations).toEqual([]);
  });
}

test('in a modal dialog, the cover still goes over everything and the widget is hidden', async ({ page }) => {
  await stubDestinations(page);
  await page.goto(`${PARTNER}/dialog.html`);
  const host = page.locator('know-the-signs');
  await host.getByRole('button', START).click();
  await holdLeaving(page);
  await host.getByRole('button', { name: 'Quick exit' }).click();
  // A modal dialog makes the rest of the page inert (not hit-testable), so the check is that
  // the cover is in the top layer, shown after the dialog and so drawn above it.
  await expect.poll(() => page.evaluate(() => window.__ktsLeaving)).toMatchObject({ inTopLayer: true, widgets: ['hidden'] });
});

test('Shift used with a click, or with Ctrl held, never counts towards the shortcut', async ({ page }) => {
  const { arrived, status } = await shortcutReady(page);
  for (let i = 0; i < 3; i++) await page.locator('h1').click({ modifiers: ['Shift'] });
  await expect(status).toHaveText('');
  await page.keyboard.down('Control');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await page.keyboard.up('Control');
  await expect(status).toHaveText('');
  expect(arrived).toEqual([]);
  // Plain presses still work afterwards.
  await page.keyboard.press('Shift');
  await expect(status).toHaveText('Shift, press 2 more times to exit.');
});

test('the advice page\'s shortcut also ignores Shift used with a click, a scroll or Ctrl', async ({ page }) => {
  const { arrived } = await stubDestinations(page);
  await page.goto(`${WIDGET}/safety.html?exit=${encodeURIComponent('https://exit.example/news')}`);
  const status = page.getByRole('status');
  for (let i = 0; i < 3; i++) await page.locator('h1').click({ modifiers: ['Shift'] });
  await page.mouse.move(100, 300);
  for (let i = 0; i < 3; i++) {
    await page.keyboard.down('Shift');
    await page.mouse.wheel(0, 40);
    await page.keyboard.up('Shift');
  }
  await page.keyboard.down('Control');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await page.keyboard.up('Control');
  await page.keyboard.type('ABC'); // capitals
  await expect(status).toHaveText('');
  expect(arrived).toEqual([]);
  expect(page.url()).toContain('/safety.html');
  // Plain presses still work afterwards.
  await page.keyboard.press('Shift');
  await expect(status).toHaveText('Shift, press 2 more times to exit.');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.waitForURL('https://exit.example/news');
});

test('from inside a plain iframe, the quick exit leaves the whole page', async ({ page }) => {
  await stubDestinations(page);
  await page.goto(`${PARTNER}/frame-top.html`);
  const host = page.frameLocator('#frame').locator('know-the-signs');
  // First held at the moment of leaving: the tab's title (the top page's) no longer names it.
  await holdLeaving(page);
  await host.getByRole('button', { name: 'Quick exit' }).click();
  await expect.poll(() => page.evaluate(() => window.__ktsLeaving)).toMatchObject({
    navigationType: 'replace', destination: DEFAULT_EXIT, title: 'Loading.',
  });
  await page.goto(`${PARTNER}/frame-top.html`);
  await host.getByRole('button', { name: 'Quick exit' }).click();
  await page.waitForURL(DEFAULT_EXIT);
});

test('the advice page gives the emergency numbers of the widget\'s region', async ({ page }) => {
  await page.goto(`${PARTNER}/regions.html`);
  await page.locator('#uk').getByRole('link', { name: 'How to browse more safely' }).click();
  await page.waitForURL(/safety\.html\?.*region=uk/);
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: '999', exact: true })).toHaveAttribute('href', 'tel:999');
  await expect(main.getByRole('link', { name: '08000 121 700' })).toHaveAttribute('href', 'tel:+448000121700');
  await expect(main).toContainText('in the United Kingdom');
  await expect(main.getByRole('link', { name: '1-888-373-7888' })).toBeHidden();
  await expect(main.getByRole('link', { name: '911' })).toBeHidden();
  // With none, the page keeps its US numbers; with one it has no paragraph for, it names no
  // country's emergency number.
  await page.goto(`${WIDGET}/safety.html`);
  await expect(page.getByRole('main').getByRole('link', { name: '911', exact: true })).toBeVisible();
  await page.goto(`${WIDGET}/safety.html?region=constructor`);
  await expect(page.getByRole('main')).toContainText('If you are in immediate danger, call your local emergency number.');
  await expect(page.getByRole('main').getByRole('link', { name: '911', exact: true })).toBeHidden();
});

test('the advice link replaces the page, so Back from an exit there skips the widget', async ({ page }) => {
  await stubDestinations(page);
  await page.goto(`${PARTNER}/empty.html`);
  await page.goto(`${PARTNER}/partner.html`);
  const before = await page.evaluate(() => history.length);
  const advice = page.waitForRequest(/safety\.html/);
  await page.locator('know-the-signs').getByRole('link', { name: 'How to browse more safely' }).click();
  await page.waitForURL(/safety\.html/);
  expect(await page.evaluate(() => history.length)).toBe(before);
  // The widget's host is not told which page the visitor was reading.
  expect((await advice).headers().referer || '').toBe('');
  await page.getByRole('button', { name: 'Quick exit' }).click();
  await page.waitForURL(DEFAULT_EXIT);
  await page.goBack({ waitUntil: 'commit' });
  await expect.poll(() => page.url()).toBe(`${PARTNER}/empty.html`);
});
