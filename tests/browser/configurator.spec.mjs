// The configurator (dist/configurator.html, served on the widget's origin): options redraw the
// live preview, the snippet is exact, and the copied snippet gives the same widget on a partner's
// page on another origin.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { PARTNER, UI, WIDGET, expectClean, expectQuizReady, helpLink, shownQuestion, watch, RUN } from './helpers.mjs';

const PAGE = `${WIDGET}/configurator.html`;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const START = /^(Start the quiz|Comenzar el cuestionario)$/;

/** The README's snippet, pointed at the widget origin as the configurator points it. */
function readmeSnippet() {
  const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
  const blocks = [...readme.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]);
  return blocks.find((b) => b.includes('YOUR-SITE')).replaceAll('https://YOUR-SITE/know-the-signs', WIDGET).trimEnd();
}

async function open(page) {
  await page.goto(PAGE);
  const preview = page.locator('#preview');
  await expectQuizReady(preview, START);
  return preview;
}

/** Sets `text` in the free-text field labelled `label` and leaves it (as a partner would). */
async function type(page, label, text) {
  const field = page.getByLabel(label, { exact: true });
  await field.fill(text);
  await field.press('Tab');
}

/**
 * A set of choices touching every kind of control: Spanish, Canada, two topics, 4 questions,
 * facts moved up, dark, an own service with characters HTML must escape, an exit URL with a
 * query, and an accent colour.
 */
async function chooseMany(page) {
  await page.getByRole('radio', { name: 'Español (Spanish)' }).check();
  await page.getByRole('radio', { name: 'Canada' }).check();
  for (const topic of ['Sex trafficking', 'Sexual exploitation of children', 'Trafficking or smuggling: the difference']) {
    await page.getByRole('checkbox', { name: topic }).uncheck();
  }
  await type(page, 'Number of questions', '4');
  await page.getByRole('button', { name: 'Move up: Facts' }).click();
  await page.getByRole('radio', { name: 'Dark', exact: true }).check();
  await type(page, 'Name of your service', 'Clínica "Sol" & <Luna>');
  await type(page, 'Phone number', '+1 (555) 010-0200');
  await type(page, 'Number for text messages', '55501');
  await type(page, 'Website address', 'https://clinic.example/help?a=1&b=2');
  await type(page, 'Where the quick exit sends visitors', 'https://www.google.com/search?q=weather&hl=es');
  await page.getByLabel('Buttons, links and focus outlines').fill('#ffcc00');
}

const MANY_SNIPPET = [
  '<style>',
  '  know-the-signs {',
  '    --kts-accent: #ffcc00;',
  '  }',
  '</style>',
  '<know-the-signs style="display:block;min-height:100vh" data-locale="es" data-region="ca" data-topics="labour, myths" data-questions="4"' +
    ' data-panels="quiz, facts, help" data-theme="dark" data-help-name="Clínica &quot;Sol&quot; &amp; &lt;Luna&gt;"' +
    ' data-help-phone="+1 (555) 010-0200" data-help-text="55501" data-help-url="https://clinic.example/help?a=1&amp;b=2"' +
    ' data-exit-url="https://www.google.com/search?q=weather&amp;hl=es">',
  '  <p lang="es">¿Necesita ayuda? Clínica &quot;Sol&quot; &amp; &lt;Luna&gt;: llame al <a href="tel:+15550100200">+1 (555) 010-0200</a>,' +
    ' envíe un mensaje de texto al <a href="sms:55501">55501</a> o visite <a href="https://clinic.example/help?a=1&amp;b=2">su sitio web</a>.',
  '    Canadian Human Trafficking Hotline: llame al',
  '    <a href="tel:+18339001010">1-833-900-1010</a>. Si alguien está en peligro inmediato, llame al <a href="tel:911">911</a>.</p>',
  '</know-the-signs>',
  `<script src="${WIDGET}/embed.js" async referrerpolicy="no-referrer"></script>`,
].join('\n');

/**
 * What a visitor gets from the widget in `host`, once it is on screen: its name and language,
 * theme and colours, panels in order, every link (help details, quick-exit bar, safety advice
 * with the exit URL in it), and how many questions a run asks.
 */
async function widgetShows(host) {
  await expectQuizReady(host, START);
  const shown = await host.evaluate((el) => {
    const root = el.shadowRoot;
    const region = root.querySelector('.kts');
    const style = (node) => {
      const s = getComputedStyle(node);
      return `${s.color} on ${s.backgroundColor}`;
    };
    return {
      name: region.getAttribute('aria-label'),
      lang: region.lang,
      classes: [...region.classList].sort(),
      colours: [style(region), ...[...root.querySelectorAll('button')].map(style)],
      panels: [...root.querySelectorAll('.kts-panel')].map((p) => p.classList[1]),
      links: [...root.querySelectorAll('a')].map((a) => `${a.textContent.trim()} -> ${a.href}`),
    };
  });
  await host.getByRole('button', { name: START }).click();
  shown.progress = (await host.locator('.kts-progress').textContent()).trim();
  return shown;
}

test('the default snippet is the README\'s, loading embed.js from beside the configurator', async ({ page }) => {
  const seen = watch(page);
  const preview = await open(page);
  expect(await page.locator('#snippet').textContent()).toBe(readmeSnippet());
  await expect(helpLink(preview, 'Call 1-888-373-7888').first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'The widget accepts all your options.' })).toBeVisible();
  expectClean(seen, PAGE);
});

test('hosted on a public CDN: the snippet is the release\'s, pinned with its integrity hash', async ({ page }) => {
  await open(page);
  const own = await page.locator('#snippet').textContent();
  const cdn = page.getByRole('radio', { name: /^From a public CDN \(jsDelivr\), version \d+\.\d+\.\d+/ });
  await cdn.check();
  // With the default options, exactly the release's snippet.html (tests/browser/cdn.spec.mjs
  // loads that one from a CDN and completes the quiz).
  const release = readFileSync(fileURLToPath(new URL('../../release/snippet.html', import.meta.url)), 'utf8').trimEnd();
  await expect(page.locator('#snippet')).toHaveText(release);
  expect(release).toMatch(/ integrity="sha384-[A-Za-z0-9+/]{64}" crossorigin="anonymous" async referrerpolicy="no-referrer">/);
  // The advice page that comes with the widget is no use from the CDN, which sends it as text:
  // the configurator says so until the partner gives their own.
  const safetyNote = page.getByText('From the CDN, the advice page on browsing safely that comes with the widget opens as plain text');
  await expect(safetyNote).toBeVisible();
  await type(page, 'Your own page of advice on browsing safely', 'https://example.org/safer-browsing');
  await expect(safetyNote).toBeHidden();
  await expect(page.locator('#snippet')).toContainText('data-safety-url="https://example.org/safer-browsing"');
  await type(page, 'Your own page of advice on browsing safely', '');
  await expect(safetyNote).toBeVisible();
  // Options still go into it, and the own-server choice brings the own-server snippet back.
  await page.getByRole('radio', { name: 'United Kingdom' }).check();
  await expect(page.locator('#snippet')).toContainText('<know-the-signs style="display:block;min-height:100vh" data-region="uk">');
  await expect(page.locator('#snippet')).toContainText('https://cdn.jsdelivr.net/npm/know-the-signs@');
  await page.getByRole('radio', { name: 'From where this page is (your own server)' }).check();
  await page.getByRole('radio', { name: 'United States' }).check();
  await expect(page.locator('#snippet')).toHaveText(own);
});

test('choosing who the visitors are writes data-audience, and the preview asks that setting\'s questions', async ({ page }) => {
  const preview = await open(page);
  await page.getByRole('radio', { name: /^Healthcare staff and patients/ }).check();
  await expect(page.locator('#snippet')).toContainText('<know-the-signs style="display:block;min-height:100vh" data-audience="health">');
  await preview.getByRole('button', { name: UI.en.start }).click();
  let health = 0;
  for (let n = 1; n <= RUN; n++) {
    if ((await shownQuestion(preview, UI.en.pack)).audiences.includes('health')) health++;
    await preview.locator('.kts-choice input').first().check();
    await preview.getByRole('button', { name: UI.en.check }).click();
    await preview.getByRole('button', { name: UI.en.next }).click();
  }
  expect(health).toBeGreaterThanOrEqual(7);
  await page.getByRole('radio', { name: 'The general public' }).check();
  await expect(page.locator('#snippet')).not.toContainText('data-audience');
});

test('choosing options redraws the live preview', async ({ page }) => {
  const seen = watch(page);
  const preview = await open(page);

  await page.getByRole('radio', { name: 'United Kingdom' }).check();
  await expect(helpLink(preview, 'Call 08000 121 700')).toBeVisible();
  await expect(helpLink(preview, 'Call 1-888-373-7888')).toHaveCount(0);

  await page.getByRole('radio', { name: 'Español (Spanish)' }).check();
  await expect(preview.getByRole('region', { name: UI.es.region, exact: true })).toBeVisible();
  await expect(preview.getByRole('button', { name: UI.es.exit })).toBeVisible();
  await expect(helpLink(preview, 'Llamar al 08000 121 700', UI.es)).toBeVisible();

  await page.getByRole('radio', { name: 'Dark', exact: true }).check();
  await expect(preview.locator('.kts')).toHaveCSS('background-color', 'rgb(21, 24, 29)');

  await type(page, 'Name of your service', 'City Clinic');
  await type(page, 'Phone number', '+1 (555) 010-0200');
  await expect(preview.getByText('City Clinic').first()).toBeVisible();
  await expect(preview.locator('.kts-exit-call')).toHaveAttribute('href', 'tel:+15550100200');

  await page.getByRole('checkbox', { name: 'Facts about human trafficking' }).uncheck();
  await expect(preview.getByRole('heading', { name: UI.es.facts })).toHaveCount(0);

  await page.getByRole('checkbox', { name: 'Myths and facts' }).uncheck();
  await page.getByRole('checkbox', { name: 'Trafficking or smuggling: the difference' }).uncheck();
  await type(page, 'Number of questions', '3');
  await preview.getByRole('button', { name: UI.es.start }).click();
  await expect(preview.locator('.kts-progress')).toHaveText('Pregunta 1 de 3');
  expectClean(seen, PAGE);
});

test('the panels can be reordered with the keyboard alone, and the preview follows', async ({ page }) => {
  const preview = await open(page);
  const order = () => preview.evaluate((el) => [...el.shadowRoot.querySelectorAll('.kts-panel')].map((p) => p.classList[1]));
  await expect.poll(order).toEqual(['kts-quiz', 'kts-help', 'kts-facts']);

  const up = page.getByRole('button', { name: 'Move up: Where to get help' });
  await up.focus();
  await page.keyboard.press('Enter');
  await expect(up).toBeFocused();
  await expect(page.locator('#panels-status')).toHaveText('Where to get help is now number 1 of 3.');
  await expect.poll(order).toEqual(['kts-help', 'kts-quiz', 'kts-facts']);
  await page.keyboard.press('Enter');
  await expect(up).toBeFocused();
  await expect(page.locator('#panels-status')).toHaveText('Where to get help is already first.');

  // The quiz unticked: help, then facts.
  await page.getByRole('checkbox', { name: 'Quiz' }).focus();
  await page.keyboard.press('Space');
  await expect.poll(order).toEqual(['kts-help', 'kts-facts']);
  await expect(page.locator('#snippet')).toContainText('<know-the-signs style="display:block;min-height:100vh" data-panels="help, facts">');
});

test('the snippet is exact for a set of choices, every value escaped', async ({ page }) => {
  await open(page);
  await chooseMany(page);
  await expect.poll(() => page.locator('#snippet').textContent()).toBe(MANY_SNIPPET);
});

test('the copied snippet, pasted into a page on another origin, gives the same widget', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: WIDGET });
  const preview = await open(page);
  await chooseMany(page);
  await expect.poll(() => page.locator('#snippet').textContent()).toBe(MANY_SNIPPET);
  await expect(preview.getByRole('region', { name: UI.es.region, exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Copy snippet' }).click();
  await expect(page.locator('#copy-status')).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(MANY_SNIPPET);
  const wanted = await widgetShows(preview);
  // Not the defaults: the comparison below means something.
  expect(wanted.lang).toBe('es');
  expect(wanted.progress).toBe('Pregunta 1 de 4');
  expect(wanted.panels).toEqual(['kts-quiz', 'kts-facts', 'kts-help']);
  expect(wanted.links.join('\n')).toContain('tel:+15550100200');
  expect(wanted.links.join('\n')).toContain(encodeURIComponent('https://www.google.com/search?q=weather&hl=es'));
  expect(wanted.colours.join('; ')).toContain('on rgb(255, 204, 0)'); // the accent, behind a button's text

  // A fresh partner page on the partner origin, holding only the pasted snippet (server.mjs).
  const pasted = await context.newPage();
  const seen = watch(pasted);
  const url = `${PARTNER}/pasted.html?snippet=${encodeURIComponent(copied)}`;
  await pasted.goto(url);
  const host = pasted.locator('know-the-signs');
  await expectQuizReady(host, START);
  expect(await widgetShows(host)).toEqual(wanted);
  expectClean(seen, url);
});

test('copying says "Copied" each time, and falls back to selecting the snippet without a clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: WIDGET });
  // As on a page served over plain http: no navigator.clipboard. The test keeps a way to read.
  await page.addInitScript(() => {
    const clipboard = navigator.clipboard;
    window.readClipboardForTest = () => clipboard.readText();
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
  });
  await open(page);
  await page.getByRole('radio', { name: 'Australia' }).check();
  const snippet = page.locator('#snippet');
  await expect(snippet).toContainText('data-region="au"');
  const text = await snippet.textContent();

  const copy = page.getByRole('button', { name: 'Copy snippet' });
  await copy.focus();
  await page.keyboard.press('Enter');
  const status = page.getByRole('status').filter({ hasText: 'Copied' });
  await expect(status).toHaveText('Copied');
  expect(await page.evaluate(() => window.getSelection().toString())).toBe(text);
  expect(await page.evaluate(() => window.readClipboardForTest())).toBe(text);

  // Again: the live region is emptied and filled, so it is announced again.
  await page.evaluate(() => {
    window.statusChanges = [];
    new MutationObserver(() => window.statusChanges.push(document.getElementById('copy-status').textContent))
      .observe(document.getElementById('copy-status'), { childList: true, characterData: true, subtree: true });
  });
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => window.statusChanges)).toEqual(['', 'Copied']);

  // A new choice: "Copied" no longer holds.
  await page.getByRole('radio', { name: 'Canada' }).check();
  await expect(page.locator('#copy-status')).toHaveText('');
});

/** Free-text fields, a value the widget cannot use in each, and the attribute it goes to. */
const INVALID = [
  ['Phone number', 'call us', 'data-help-phone'],
  ['Number for text messages', '12', 'data-help-text'],
  ['Website address', 'javascript:alert(1)', 'data-help-url'],
  ['Number of questions', '0', 'data-questions'],
  ['Where the quick exit sends visitors', 'javascript:alert(1)', 'data-exit-url'],
  ['Your own page of advice on browsing safely', 'ftp://example.org/', 'data-safety-url'],
  ['Your own content pack (for advanced use)', 'data:application/json,{}', 'data-pack'],
];

test('invalid values typed into the fields give the widget\'s defaults, and its messages show', async ({ page }) => {
  const preview = await open(page);
  for (const [label, value] of INVALID) await type(page, label, value);

  const checks = page.locator('#checks');
  await expect(page.locator('#checks-status')).toHaveText(`The widget has ${INVALID.length} messages about your options:`);
  for (const [label, value, attribute] of INVALID) {
    await expect(checks.getByRole('listitem').filter({ hasText: `${label}: ${attribute}="${value}"` })).toHaveCount(1);
    await expect(page.getByLabel(label, { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel(label, { exact: true })).toHaveAccessibleDescription(/The widget says: /);
    // The snippet holds what was typed, so it gives the same (default) widget elsewhere.
    await expect(page.locator('#snippet')).toContainText(`${attribute}="${value}"`);
  }

  // The widget: no own service, every question, its own safety page, and the default exit.
  await expect(preview.getByText('Our own support service')).toHaveCount(0);
  await expect(preview.locator('.kts-exit-call')).toHaveAttribute('href', 'tel:+18883737888');
  await expect(preview.getByRole('link', { name: 'How to browse more safely' }))
    .toHaveAttribute('href', `${WIDGET}/safety.html?exit=${encodeURIComponent('https://weather.com/')}&region=us`);
  await preview.getByRole('button', { name: START }).click();
  await expect(preview.locator('.kts-progress')).toHaveText(`Question 1 of ${RUN}`);

  // Put right, the messages go.
  for (const [label] of INVALID) await type(page, label, '');
  await expect(page.locator('#checks-status')).toHaveText('The widget accepts all your options.');
  await expect(checks.getByRole('listitem')).toHaveCount(0);
  await expect(page.getByLabel('Phone number', { exact: true })).not.toHaveAttribute('aria-invalid', 'true');
  await expect.poll(() => page.locator('#snippet').textContent()).toBe(readmeSnippet());
});

test('colours below 4.5:1 contrast show the widget\'s own warning, and it uses its own colours', async ({ page }) => {
  const preview = await open(page);
  await page.getByLabel('Text', { exact: true }).fill('#777777');
  await expect(page.locator('#checks').getByRole('listitem'))
    .toHaveText(['Colours: these colours of <know-the-signs#preview>\'s light theme are below 4.5:1 contrast, so the default colours are used: --kts-text on --kts-background; --kts-text on --kts-surface.']);
  await expect(page.locator('#colours-problem')).toContainText('The widget says: these colours of <know-the-signs#preview>\'s light theme are below 4.5:1 contrast');
  await expect(preview.locator('.kts')).toHaveCSS('color', 'rgb(27, 31, 36)');
  await expect(page.locator('#snippet')).toContainText('know-the-signs {\n    --kts-text: #777777;\n  }');

  // A readable pair: no warning, and the widget takes the colour.
  await page.getByLabel('Text', { exact: true }).fill('#4b0082');
  await expect(page.locator('#checks-status')).toHaveText('The widget accepts all your options.');
  await expect(preview.locator('.kts')).toHaveCSS('color', 'rgb(75, 0, 130)');

  // Back to the widget's own colours: no <style> in the snippet.
  await page.getByRole('button', { name: 'Use the widget’s own colours' }).click();
  await expect(page.locator('#snippet')).not.toContainText('<style>');
  await expect(preview.locator('.kts')).toHaveCSS('color', 'rgb(27, 31, 36)');
});

test('a region chosen, then a style: the fresh preview holds that region\'s paragraph, so nothing warns about it', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await open(page);
  await page.getByRole('radio', { name: 'United Kingdom' }).check();
  // A style swaps in a fresh preview host, whose own paragraph embed.js checks after it paints.
  await page.getByRole('radio', { name: 'Square' }).check();
  const preview = page.locator('#preview');
  await expect(preview.locator('.kts')).toHaveCSS('border-radius', '0px');
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() =>
    requestIdleCallback(() => requestIdleCallback(resolve), { timeout: 5000 }), 0))));
  expect(warnings.filter((w) => w.includes('own paragraph'))).toEqual([]);
  await expect(page.locator('#checks-status')).toHaveText('The widget accepts all your options.');
  await expect(preview.locator('p a[href^="tel:"]').first()).toHaveAttribute('href', 'tel:+448000121700');
});

test('corners and a font go into the snippet\'s style and the preview; a font list the browser refuses does not', async ({ page }) => {
  const preview = await open(page);
  const start = () => preview.getByRole('button', { name: 'Start the quiz' });
  await page.getByRole('radio', { name: 'Square' }).check();
  await type(page, 'Font', '"Liberation Serif", serif');
  await expect(page.locator('#snippet')).toContainText(
    'know-the-signs {\n    --kts-radius: 0;\n    --kts-font-family: "Liberation Serif", serif;\n  }');
  await expect(start()).toHaveCSS('border-top-left-radius', '0px');
  await expect(preview.locator('.kts')).toHaveCSS('font-family', '"Liberation Serif", serif');
  await expect(page.locator('#font-problem')).toBeHidden();

  // Something that would end the snippet's rule: refused, said beside the field, left out.
  await type(page, 'Font', 'Arial; } body { display: none');
  await expect(page.locator('#font-problem')).toHaveText(/^This is not a list of fonts the browser understands/);
  await expect(page.getByLabel('Font', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#snippet')).not.toContainText('font-family');
  await expect(page.locator('#snippet')).toContainText('--kts-radius: 0;');
  for (const odd of ['Arial /* comment', 'attr(x)']) {
    await type(page, 'Font', odd);
    await expect(page.locator('#font-problem'), odd).toHaveText(/^This is not a list of fonts the browser understands/);
  }
  // A quote left open: the browser would close it in the preview, but not in the pasted rule.
  await type(page, 'Font', '"DejaVu Serif');
  await expect(page.locator('#font-problem')).toContainText('A quotation mark (") is not closed');
  await expect(page.locator('#snippet')).not.toContainText('font-family');
  await type(page, 'Font', "Liberation Mono, 'x");
  await expect(page.locator('#font-problem')).toContainText("A quotation mark (') is not closed");
  // An apostrophe inside double quotes is closed text, not an open quote.
  await type(page, 'Font', '"O\'Reilly Sans", serif');
  await expect(page.locator('#font-problem')).toBeHidden();
  await expect(page.locator('#snippet')).toContainText('--kts-font-family: "O\'Reilly Sans", serif;');
  // "inherit" would only inherit the custom property itself, not the page's font.
  await type(page, 'Font', 'inherit');
  await expect(page.locator('#font-problem')).toContainText('Name the fonts themselves');
  await expect(page.locator('#snippet')).not.toContainText('font-family');

  // Back to the widget's own corners and font: no <style> at all.
  await page.getByRole('radio', { name: 'Rounded (the widget’s own)' }).check();
  await type(page, 'Font', '');
  await expect(page.locator('#snippet')).not.toContainText('<style>');
  await expect(page.getByLabel('Font', { exact: true })).not.toHaveAttribute('aria-invalid', 'true');
  await expect(start()).toHaveCSS('border-top-left-radius', '8px');
});

test('following the website\'s text size and a fixed header\'s height go into the snippet\'s style', async ({ page }) => {
  const preview = await open(page);
  await page.getByRole('checkbox', { name: 'Follow my website’s text size' }).check();
  const height = page.getByLabel('Height of a fixed header at the top of your website, in pixels');
  await height.fill('64');
  await expect(page.locator('#snippet')).toContainText(
    'know-the-signs {\n    --kts-font-size: 1rem;\n    --kts-sticky-top: 64px;\n  }');
  await expect(preview.locator('.kts-exit')).toHaveCSS('top', '64px');
  // Not a whole number of pixels from 0 to 400: said beside the field, left out of the snippet.
  await height.fill('1000');
  await expect(page.locator('#header-height-problem')).toHaveText(/^Give the height as a whole number of pixels from 0 to 400/);
  await expect(height).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#snippet')).not.toContainText('--kts-sticky-top');
  await expect(page.locator('#snippet')).toContainText('--kts-font-size: 1rem;');
  // Both back to the widget's own: no <style> at all.
  await height.fill('');
  await page.getByRole('checkbox', { name: 'Follow my website’s text size' }).uncheck();
  await expect(page.locator('#snippet')).not.toContainText('<style>');
  await expect(height).not.toHaveAttribute('aria-invalid', 'true');
  await expect(preview.locator('.kts-exit')).toHaveCSS('top', '0px');
});

test('each place\'s paragraph in the snippet gives the numbers the widget shows', async ({ page }) => {
  await open(page);
  const preview = page.locator('#preview');
  for (const [locale, language] of [['en', 'English'], ['es', 'Español (Spanish)']]) {
    await page.getByRole('radio', { name: language, exact: true }).check();
    for (const [place, region] of [['United States', ''], ['United Kingdom', 'uk'], ['Canada', 'ca'], ['Australia', 'au'], ['Another country', 'intl']]) {
      await page.getByRole('radio', { name: new RegExp(`^${place}`) }).check();
      const read = () => page.locator('#snippet').evaluate((code) => {
        const box = document.createElement('div');
        box.innerHTML = code.textContent.match(/<p[^>]*>[\s\S]*<\/p>/)[0];
        return { text: box.textContent.replace(/\s+/g, ' '), links: [...box.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent]) };
      });
      // The snippet follows the choice (it may be written a moment later). Wait for this place's
      // own attribute: going from one country to another, both paragraphs have links.
      await expect.poll(() => page.locator('#snippet').evaluate((code) => {
        const found = code.textContent.match(/data-region="([^"]*)"/);
        return found ? found[1] : '';
      }), `${locale} ${place}: snippet updated`).toBe(region);
      const paragraph = await read();
      // Every number in the paragraph is a link the widget shows, with the same number.
      await expect.poll(() => preview.evaluate((el, links) => {
        const shown = [...el.shadowRoot.querySelectorAll('.kts-help a')].map((a) => [a.getAttribute('href'), a.textContent.trim()]);
        return links.every(([href, text]) => shown.some(([h, t]) => h === href && t.endsWith(text)));
      }, paragraph.links), `${locale} ${place}: ${JSON.stringify(paragraph.links)}`).toBe(true);
      if (place === 'Another country') {
        expect(paragraph.links).toEqual([]);
        await expect(preview.locator('.kts-help')).toContainText(
          locale === 'en' ? 'call your local emergency number' : 'llame al número local de emergencias');
        expect(paragraph.text).toContain(locale === 'en' ? 'call your local emergency number' : 'llame al número local de emergencias');
      } else {
        expect(paragraph.links.length).toBeGreaterThan(1);
      }
    }
  }
});

test('with a service of your own, the snippet\'s paragraph names it first, with the links the widget shows', async ({ page }) => {
  const preview = await open(page);
  await page.getByRole('radio', { name: 'Another country' }).check();
  await type(page, 'Name of your service', 'City Clinic');
  await type(page, 'Phone number', '+44 20 7946 0000');
  await type(page, 'Website address', 'https://clinic.example/help');
  await type(page, 'Number for text messages', 'not a number'); // refused by the widget: left out here too
  await expect(page.locator('#snippet')).toContainText(
    '<p>Need help? City Clinic: call <a href="tel:+442079460000">+44 20 7946 0000</a> or visit ' +
    '<a href="https://clinic.example/help">its website</a>.\n    If someone is in immediate danger, call your local\n    emergency number.</p>');
  // The same links in the widget's help panel.
  const help = preview.getByRole('complementary', { name: 'Where to get help' });
  await expect(help.getByRole('link', { name: 'Call +44 20 7946 0000' })).toHaveAttribute('href', 'tel:+442079460000');
  await expect(help.getByRole('link', { name: 'Website' })).toHaveAttribute('href', 'https://clinic.example/help');
  await expect(help.getByRole('link', { name: /^Text/ })).toHaveCount(0);
});

test('axe finds no WCAG A/AA violation on the configurator, with and without messages', async ({ page }) => {
  const seen = watch(page);
  await open(page);
  const check = async (state) => {
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    const found = results.violations.map(
      (v) => `${state}: ${v.id} (${v.help}) at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
    );
    expect(found, `axe violations: ${state}`).toEqual([]);
  };
  await check('defaults');
  await type(page, 'Phone number', 'call us');
  await page.getByLabel('Text', { exact: true }).fill('#777777');
  await page.getByRole('checkbox', { name: 'Labour trafficking' }).uncheck();
  await page.getByRole('checkbox', { name: 'Sex trafficking' }).uncheck();
  await page.getByRole('checkbox', { name: 'Sexual exploitation of children' }).uncheck();
  await page.getByRole('checkbox', { name: 'Trafficking or smuggling: the difference' }).uncheck();
  await page.getByRole('checkbox', { name: 'Myths and facts' }).uncheck();
  await expect(page.locator('#topics-problem')).toHaveText('Tick at least one topic. Until you do, the quiz asks about every topic.');
  await expect(page.locator('#checks').getByRole('listitem')).toHaveCount(2);
  await page.getByRole('radio', { name: 'Dark', exact: true }).check();
  await expect(page.locator('#preview .kts')).toHaveClass(/kts--dark/);
  await check('messages, no topic, dark');
  // 320 CSS px wide: nothing scrolls sideways.
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await check('320 px wide');
  expectClean(seen, PAGE);
});

test('the configurator works under a strict Content-Security-Policy', async ({ page }) => {
  const seen = watch(page);
  await page.route(PAGE, async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: {
        ...response.headers(),
        'content-security-policy': "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; " +
          "style-src 'self'; connect-src 'self'; img-src data:",
      },
    });
  });
  const violations = [];
  await page.exposeFunction('reportViolation', (v) => violations.push(v));
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation',
    (e) => window.reportViolation(`${e.violatedDirective} ${e.blockedURI}`)));
  const preview = await open(page);
  await page.getByRole('radio', { name: 'United Kingdom' }).check();
  await page.getByLabel('Buttons, links and focus outlines').fill('#4b0082');
  await expect(helpLink(preview, 'Call 08000 121 700')).toBeVisible();
  await expect(preview.getByRole('button', { name: START })).toHaveCSS('background-color', 'rgb(75, 0, 130)');
  await expect(page.locator('#snippet')).toContainText('--kts-accent: #4b0082;');
  expect(violations).toEqual([]);
  expectClean(seen, PAGE);
});
