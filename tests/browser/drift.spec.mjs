// Inputs on which the frame embed.js draws and the module once disagreed (issue #15): for each,
// the widget shows the same panels, help details and quick-exit number while the module is held
// back as once it has arrived, and both are what the README promises. Each test is named after
// its input.
import { test, expect } from '@playwright/test';
import { PARTNER, WIDGET, UI, addHost, expectQuizReady, helpShown, holdModule } from './helpers.mjs';

const HOTLINE = { name: 'National Human Trafficking Hotline', call: ['Call 1-888-373-7888', 'tel:+18883737888'] };
const PHONE = { 'data-help-phone': '+1 555 010 0200' };
const OWN_CALL = ['Call +1 555 010 0200', 'tel:+15550100200'];

/**
 * The quiz and help panels a visitor sees in `host`, in order, by their headings, and whether
 * the help details sit beside the quiz (a wide widget's default layout) or below it.
 */
function panels(host) {
  return host.evaluate((el, names) => {
    const titled = [...el.shadowRoot.querySelectorAll('section, aside')]
      .filter((p) => p.checkVisibility() && p.querySelector(':scope > h2'))
      .map((p) => ({ heading: p.querySelector(':scope > h2').textContent.trim(), box: p.getBoundingClientRect() }));
    const quiz = titled.find((p) => p.heading === names.quiz);
    const help = titled.find((p) => p.heading === names.help);
    return {
      order: titled.map((p) => p.heading).filter((h) => h === names.quiz || h === names.help),
      helpBesideQuiz: !!quiz && !!help && help.box.left >= quiz.box.right && help.box.top < quiz.box.bottom,
    };
  }, { quiz: UI.en.quiz, help: UI.en.help });
}

/** What a visitor notices of `host`: its panels and its help details with the exit bar's number. */
async function noticed(host) {
  return { panels: await panels(host), help: await helpShown(host) };
}

/**
 * A widget with `attributes` on a wide page: what it shows while the module is held back, and
 * what it shows once the module has drawn the quiz. Also the console's warnings.
 */
async function beforeAndAfter(page, attributes) {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.setViewportSize({ width: 1280, height: 800 });
  const release = await holdModule(page);
  await page.goto(`${PARTNER}/empty.html`);
  const host = await addHost(page, 'drift', attributes);
  await expect(host.getByRole('button', { name: UI.en.start })).toBeVisible();
  const before = await noticed(host);
  release();
  await expectQuizReady(host);
  const after = await noticed(host);
  return { before, after, host, warnings };
}

test('data-panels="quiz quiz help facts": the repeat is dropped, and help stays beside the quiz', async ({ page }) => {
  const { before, after, host } = await beforeAndAfter(page, { 'data-panels': 'quiz quiz help facts' });
  expect(before.panels).toEqual({ order: [UI.en.quiz, UI.en.help], helpBesideQuiz: true });
  expect(after).toEqual(before);
  await expect(host.getByRole('heading', { name: UI.en.quiz })).toHaveCount(1);
  await expect(host.getByRole('heading', { name: UI.en.facts })).toHaveCount(1);
});

test('a data-help-name of 100 characters is cut to its first 60 and "…"', async ({ page }) => {
  const name = 'Riverside Community Advice and Support Services for Workers, Families and Young People of the City';
  const long = `${name}${'!'.repeat(100 - name.length)}`;
  expect(long).toHaveLength(100);
  const { before, after } = await beforeAndAfter(page, { 'data-help-name': long, ...PHONE });
  expect(before.help.contacts[0]).toEqual({
    name: 'Riverside Community Advice and Support Services for Workers,…', detail: '', links: [OWN_CALL],
  });
  expect(before.help.exit).toEqual(OWN_CALL);
  expect(after).toEqual(before);
});

test('a data-help-name of only spaces gives the service the widget\'s own name', async ({ page }) => {
  const { before, after } = await beforeAndAfter(page, { 'data-help-name': '   ', ...PHONE });
  expect(before.help.contacts[0]).toEqual({ name: 'Our own support service', detail: '', links: [OWN_CALL] });
  expect(before.help.exit).toEqual(OWN_CALL);
  expect(after).toEqual(before);
});

test('a data-help-url of 2,001 bytes is not linked, and the service without another way to reach it is not shown', async ({ page }) => {
  const url = 'https://clinic.example/help?';
  const { before, after, warnings } = await beforeAndAfter(page, { 'data-help-url': url + 'a'.repeat(2001 - url.length) });
  expect(before.help.contacts[0].name).toBe(HOTLINE.name);
  expect(before.help.contacts.flatMap((c) => c.links).filter(([, href]) => href.startsWith(url))).toEqual([]);
  expect(before.help.exit).toEqual(HOTLINE.call);
  expect(after).toEqual(before);
  expect(warnings.filter((w) => w.includes('data-help-url="https://clinic.example/help?aaa'))).toHaveLength(1);
});

test('data-region="u\\u212A" (a Kelvin sign, not a K) is no region: the international details, and one warning', async ({ page }) => {
  const value = 'u\u212A';
  const { before, after, host, warnings } = await beforeAndAfter(page, { 'data-region': value });
  expect(before.help).toEqual({
    intro: 'If someone is in immediate danger, call your local emergency number.', contacts: [], exit: null,
  });
  expect(after).toEqual(before);
  await expect(host.getByRole('link', { name: 'How to browse more safely' })).toHaveAttribute('href', /[?&]region=intl(&|$)/);
  const said = warnings.filter((w) => w.includes(`data-region="${value}" is not a region with help details of its own`));
  expect(said).toHaveLength(1);
});

test('Shift twice, then 5 seconds without a press: the safe-browsing page says the shortcut was cancelled, as the widget does', async ({ page }) => {
  await page.clock.install();
  /** What the status line says after two presses, after 5 seconds more, and after 5 more. */
  const lapse = async (status) => {
    const said = [];
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expect(status).not.toBeEmpty();
    said.push(await status.textContent());
    await page.clock.runFor(5001);
    await expect(status).not.toHaveText(said[0]);
    said.push(await status.textContent());
    await page.clock.runFor(5001);
    await expect(status).toBeEmpty();
    said.push(await status.textContent());
    return said;
  };
  for (const [locale, safetyPage, cancelled] of [
    ['en', 'safety.html', 'Quick exit shortcut cancelled.'],
    ['es', 'safety.es.html', 'Se canceló el atajo de salida rápida.'],
  ]) {
    await page.goto(`${PARTNER}/empty.html`);
    const host = await addHost(page, 'widget', { 'data-locale': locale });
    await expect(host.getByRole('button', { name: UI[locale].exit })).toBeVisible();
    const widget = await lapse(host.locator('.kts-exit-status'));
    expect(widget[1], locale).toBe(cancelled);

    await page.goto(`${WIDGET}/${safetyPage}`);
    await page.getByRole('heading', { level: 1 }).click();
    expect(await lapse(page.getByRole('status')), locale).toEqual(widget);
  }
});

for (const [input, dialled] of [['+44 (0) 20 7946 0000', 'tel:+442079460000'], ['(+44) 20 7946 0000', 'tel:+442079460000']]) {
  test(`data-help-phone="${input}" dials ${dialled}, in the help details and the exit bar alike`, async ({ page }) => {
    const { before, after } = await beforeAndAfter(page, { 'data-region': 'uk', 'data-help-phone': input });
    const call = [`Call ${input}`, dialled];
    expect(before.help.contacts[0].links).toEqual([call]);
    expect(before.help.exit).toEqual(call);
    expect(after.help).toEqual(before.help);
  });
}
