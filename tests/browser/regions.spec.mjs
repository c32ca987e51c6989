// Help details by region (data-region) and the partner's own service (data-help-*), both in
// the quiz's help panel and in the fallback drawn before (or instead of) the module.
import { test, expect } from '@playwright/test';
import { PARTNER, WIDGET, addHost, expectClean, helpLink, watch, expectQuizReady, holdModule } from './helpers.mjs';

const EXPECTED = {
  uk: { intro: 'call 999.', links: [['Call 08000 121 700', 'tel:+448000121700'], ['Call 999', 'tel:999']], name: 'Modern Slavery & Exploitation Helpline' },
  ca: { intro: 'call 911.', links: [['Call 1-833-900-1010', 'tel:+18339001010'], ['Call 911', 'tel:911']], name: 'Canadian Human Trafficking Hotline' },
  // The Red Cross's programme first (people need not go to the police first), then the police.
  au: {
    intro: 'call 000.',
    links: [['Call 03 9345 1800', 'tel:+61393451800'], ['Call 131 237', 'tel:131237'], ['Call 000', 'tel:000']],
    name: 'Australian Red Cross Support for Trafficked People Program',
  },
  intl: {
    intro: 'call your local emergency number.',
    links: [['Call +1 (555) 010-0200', 'tel:+15550100200'], ['Text 55501', 'sms:55501'], ['Website', 'https://clinic.example/help']],
    name: 'City Clinic',
  },
};

async function checkRegions(page, { quiz }) {
  for (const [id, want] of Object.entries(EXPECTED)) {
    const host = page.locator(`#${id}`);
    if (quiz) await expectQuizReady(host);
    const help = host.getByRole('complementary', { name: 'Where to get help' });
    await expect(help).toContainText(want.intro);
    await expect(help).toContainText(want.name);
    for (const [name, href] of want.links) {
      await expect(helpLink(host, name), `${id}: ${name}`).toHaveAttribute('href', href);
    }
    await expect(help).not.toContainText('1-888-373-7888');
    // The sticky bar's number is the partner's own, else the region's main line.
    await expect(host.locator('.kts-exit-call')).toHaveAttribute('href', want.links[0][1]);
  }
}

test('each region shows its own hotlines and emergency number, the partner\'s service first', async ({ page }) => {
  const seen = watch(page);
  const url = `${PARTNER}/regions.html`;
  await page.goto(url);
  await checkRegions(page, { quiz: true });
  const intl = page.locator('#intl').locator('.kts-contact-name');
  await expect(intl.first()).toHaveText('City Clinic');
  expectClean(seen, url);
});

test('data-region="intl" without a service of the partner\'s own: the console says how to add one', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto(`${PARTNER}/regions.html`); // its intl host has the partner's clinic: no warning
  await expectQuizReady(page.locator('#intl'));
  const host = await addHost(page, 'intl-alone', { 'data-region': 'intl' });
  await expectQuizReady(host);
  await expect(host.getByRole('complementary', { name: 'Where to get help' })).toContainText('call your local emergency number.');
  const said = warnings.filter((w) => w.includes('data-region="intl" has no hotline of its own'));
  expect(said).toHaveLength(1);
  expect(said[0]).toContain('add your own service with data-help-name and data-help-phone, data-help-text or data-help-url');
});

test('a data-region we have no details for shows no other country\'s numbers, before and after the module', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  const release = await holdModule(page);
  await page.goto(`${PARTNER}/regions.html`);
  const host = await addHost(page, 'elsewhere', { 'data-region': 'DE' });
  const help = host.getByRole('complementary', { name: 'Where to get help' });
  const international = async () => {
    await expect(help).toContainText('call your local emergency number.');
    for (const number of ['1-888-373-7888', '911', '999', '000']) await expect(help).not.toContainText(number);
    await expect(host.getByRole('link', { name: 'How to browse more safely' })).toHaveAttribute('href', /[?&]region=intl(&|$)/);
  };
  await expect(host.locator('.kts-fallback')).toBeVisible();
  await international();
  release();
  await expectQuizReady(host);
  await international();
  const said = warnings.filter((w) => w.includes('data-region="DE" is not a region with help details of its own'));
  expect(said).toHaveLength(1);
  expect(said[0]).toContain('showing the international ones, which give no national number');
});

test('the fallback drawn without the module shows the same regional details', async ({ page }) => {
  await page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'no' }));
  await page.goto(`${PARTNER}/regions.html`);
  await expect(page.locator('#uk')).toContainText('The quiz could not be loaded just now.');
  await checkRegions(page, { quiz: false });
});

test('data-panels chooses and orders the panels; the help panel cannot be removed', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto(`${PARTNER}/panels.html`);
  const headings = (id) => page.locator(`#${id}`).locator('.kts-body h2').allTextContents();
  await expectQuizReady(page.locator('#no-help'));
  await expect(page.locator('#facts-help').getByRole('heading', { name: 'Where to get help' })).toBeVisible();
  expect(await headings('facts-help')).toEqual(['Facts about human trafficking', 'Where to get help']);
  expect(await headings('no-help')).toEqual(['Quiz: know the signs', 'Where to get help']);
  expect(warnings.filter((w) => w.includes('data-panels="quiz" leaves out help; the help panel is always shown, so it is added at the end'))).toHaveLength(1);
});

test('printing gives a fact sheet: facts with sources and the region\'s help, no quiz or controls', async ({ page }) => {
  await page.goto(`${PARTNER}/regions.html`);
  const host = page.locator('#uk');
  await host.getByRole('button', { name: 'Start the quiz' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(host.getByRole('heading', { name: 'Facts about human trafficking' })).toBeVisible();
  await expect(host.locator('.kts-fact .kts-source').first()).toBeVisible();
  await expect(host.getByRole('heading', { name: 'Where to get help' })).toBeVisible();
  await expect(host.getByRole('complementary', { name: 'Where to get help' })).toContainText('08000 121 700');
  await expect(host.locator('.kts-quiz')).toBeHidden();
  await expect(host.locator('.kts-exit')).toBeHidden();
  expect(await host.locator('button').evaluateAll((buttons) => buttons.filter((b) => b.checkVisibility()).length)).toBe(0);

  // On paper the room the snippet keeps for the widget on screen is not kept: a widget showing
  // only the quiz and help, which is short, leaves no empty page.
  await page.emulateMedia({ media: 'screen' });
  await page.goto(`${PARTNER}/readme.html`);
  await expectQuizReady(page.locator('know-the-signs'));
  await page.locator('know-the-signs').evaluate((host) => host.setAttribute('data-panels', 'quiz, help'));
  await expect(page.locator('know-the-signs').getByRole('heading', { name: 'Where to get help' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const short = await page.pdf({ format: 'A4' });
  // The page tree's /Count: how many pages the PDF has.
  expect(Number((short.toString('latin1').match(/\/Count\s+(\d+)/) || [])[1])).toBe(1);

  // A page with one widget prints on at most two A4 pages.
  await page.goto(`${PARTNER}/partner.html`);
  await expect(page.locator('know-the-signs').locator('.kts-fact').first()).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
});

test('partner colours apply when readable; unreadable ones fall back to the theme, with a warning', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto(`${PARTNER}/themed.html`);
  const look = (id) => page.locator(`#${id}`).evaluate((el) => {
    const r = el.shadowRoot;
    const start = getComputedStyle(r.querySelector('.kts-button'));
    return {
      text: getComputedStyle(r.querySelector('.kts')).color,
      button: start.backgroundColor,
      radius: start.borderTopLeftRadius,
      font: getComputedStyle(r.querySelector('.kts')).fontFamily,
    };
  });
  await expectQuizReady(page.locator('#good'));
  await expectQuizReady(page.locator('#bad'));
  expect(await look('good')).toEqual({ text: 'rgb(27, 31, 36)', button: 'rgb(106, 27, 154)', radius: '0px', font: 'Georgia, serif' });
  const bad = await look('bad');
  expect(bad.text).toBe('rgb(27, 31, 36)');
  expect(bad.button).toBe('rgb(29, 79, 145)');
  const warned = warnings.filter((w) => w.includes('below 4.5:1 contrast'));
  expect(warned).toHaveLength(1);
  expect(warned[0]).toContain('--kts-text on --kts-background');
  expect(warned[0]).toContain('--kts-accent-text on --kts-accent (buttons)');
  // It names the widget and the theme, since a colour may read on one theme's background only.
  expect(warned[0]).toContain("these colours of <know-the-signs#bad>'s light theme are below 4.5:1 contrast");
});

test('an accent that reads on the light background but not on the dark: the warning names the dark theme', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto(`${PARTNER}/empty.html`);
  await expectQuizReady(await addHost(page, 'purple', { 'data-theme': 'dark', style: '--kts-accent: #6a1b9a' }));
  await expect.poll(() => warnings.filter((w) => w.includes('below 4.5:1 contrast'))).toEqual([
    "Know the Signs: these colours of <know-the-signs#purple>'s dark theme are below 4.5:1 contrast, so the default " +
    'colours are used: --kts-accent on --kts-background (links); --kts-accent-text on --kts-accent (buttons).',
  ]);
});

test('data-region="gb", the United Kingdom\'s ISO code, shows the United Kingdom\'s help details', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto(`${PARTNER}/empty.html`);
  const host = await addHost(page, 'gb', { 'data-region': 'GB' });
  await expect(helpLink(host, 'Call 08000 121 700')).toHaveAttribute('href', 'tel:+448000121700');
  await expect(host.locator('.kts-exit-call')).toHaveAttribute('href', 'tel:+448000121700');
  await expectQuizReady(host);
  await expect(helpLink(host, 'Call 999')).toHaveAttribute('href', 'tel:999');
  expect(warnings.filter((w) => w.includes('data-region'))).toEqual([]);
});

test('a snippet whose paragraph gives another country\'s hotline than the widget shows: the console says so', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  // A partner in the UK who wrote their hotline in the paragraph but left data-region out.
  const snippet = '<know-the-signs><p>Need help? Modern Slavery & Exploitation Helpline: call ' +
    '<a href="tel:+448000121700">08000 121 700</a>. In an emergency, call <a href="tel:999">999</a>.</p></know-the-signs>' +
    `<script src="${WIDGET}/embed.js" async></script>`;
  await page.goto(`${PARTNER}/pasted.html?snippet=${encodeURIComponent(snippet)}`);
  const host = page.locator('know-the-signs');
  await expectQuizReady(host);
  await expect.poll(() => warnings.filter((w) => w.includes('own paragraph'))).toEqual([
    'Know the Signs: <know-the-signs>\'s own paragraph gives tel:+448000121700, tel:999, which its help details do not: ' +
      'they are data-region="us"\'s. Set data-region to your region (us, uk, ca, au, intl), or give your own service ' +
      'with data-help-phone.',
  ]);

  // With data-region="uk", the paragraph and the widget agree: nothing to say.
  const agreeing = await page.context().newPage();
  const quiet = [];
  agreeing.on('console', (m) => m.type() === 'warning' && quiet.push(m.text()));
  await agreeing.goto(`${PARTNER}/pasted.html?snippet=${encodeURIComponent(snippet.replace('<know-the-signs>', '<know-the-signs data-region="uk">'))}`);
  await expectQuizReady(agreeing.locator('know-the-signs'));
  expect(quiet).toEqual([]);
});
