// The help details are the same wherever a visitor meets them, and they are data/help.json's: the
// frame embed.js draws without the WebAssembly module, the module's help panel, the quick-exit
// bar's number, the safe-browsing pages and the snippet paragraphs (the configurator's, the demo
// page's). Also: the frame says what the module says, in every language (its words are kept in
// two places until they are data too).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';
import { PARTNER, UI, WIDGET, addHost, expectQuizReady, helpShown, holdModule } from './helpers.mjs';

/** data/help.json: the help details, per region (read as data, like the shipped packs). */
const DATA = JSON.parse(readFileSync(fileURLToPath(new URL('../../data/help.json', import.meta.url)), 'utf8'));
const LOCALES = ['en', 'es'];

/** What the widget says around the services' own words, written out here, not taken from the code. */
const SAYS = {
  en: {
    call: 'Call',
    text: 'Text',
    url: 'Website',
    emergency: 'Emergency',
    emergencyDetail: 'If someone is in immediate danger.',
    intro: (number) => `If someone is in immediate danger, call ${number}.`,
    intl: 'If someone is in immediate danger, call your local emergency number.',
    safety: 'safety.html',
  },
  es: {
    call: 'Llamar al',
    text: 'Enviar mensaje de texto al',
    url: 'Sitio web',
    emergency: 'Emergencias',
    emergencyDetail: 'Si alguien está en peligro inmediato.',
    intro: (number) => `Si alguien está en peligro inmediato, llame al ${number}.`,
    intl: 'Si alguien está en peligro inmediato, llame al número local de emergencias.',
    safety: 'safety.es.html',
  },
};

/**
 * What `region` (an entry of the data) shows in `locale`: the intro, the services in order with
 * the emergency number last, each `{ name, detail, links: [[link text, href]] }`, and the
 * quick-exit bar's call link (the first service's first link when it is a call).
 */
function expected(region, locale) {
  const say = SAYS[locale];
  const link = (l) => [`${say[l.channel]} ${l.display}`, l.href];
  const contacts = region.services.map((s) => ({ name: s.name[locale], detail: s.detail[locale], links: s.links.map(link) }));
  if (region.emergency) {
    contacts.push({
      name: say.emergency, detail: say.emergencyDetail, links: [link({ channel: 'call', display: region.emergency, href: `tel:${region.emergency}` })],
    });
  }
  const first = contacts.find((c) => c.links[0][1].startsWith('tel:'));
  return {
    intro: region.emergency ? say.intro(region.emergency) : say.intl,
    contacts,
    exit: first ? first.links[0] : null,
  };
}

/** A page with one widget per region of the data, in `locale`. */
async function everyRegion(page, locale) {
  await page.goto(`${PARTNER}/empty.html`);
  const hosts = {};
  for (const region of DATA.regions) {
    hosts[region.id] = await addHost(page, `region-${region.id}`, { 'data-region': region.id, 'data-locale': locale });
  }
  return hosts;
}

for (const locale of LOCALES) {
  test(`every region's help details in ${locale} are the data's, the same without the module and with it`, async ({ page }) => {
    // Without the module: the frame embed.js draws in its place.
    await page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'no' }));
    let hosts = await everyRegion(page, locale);
    const without = {};
    for (const region of DATA.regions) {
      await expect(hosts[region.id].getByRole('complementary', { name: UI[locale].help })).toBeVisible();
      await expect(hosts[region.id].getByRole('button', { name: UI[locale].start })).toHaveCount(0);
      without[region.id] = await helpShown(hosts[region.id], UI[locale]);
    }
    await page.unrouteAll();

    // With the module: its own help panel.
    hosts = await everyRegion(page, locale);
    for (const region of DATA.regions) {
      await expectQuizReady(hosts[region.id], UI[locale].start);
      const withModule = await helpShown(hosts[region.id], UI[locale]);
      expect(withModule, `${region.id}: with the module, as without`).toEqual(without[region.id]);
      expect(withModule, `${region.id}: the data's`).toEqual(expected(region, locale));
    }
  });

  test(`the safe-browsing page in ${locale} gives each region's own help details and no other's`, async ({ page }) => {
    const say = SAYS[locale];
    for (const region of DATA.regions) {
      await page.goto(`${WIDGET}/${say.safety}?region=${region.id}`);
      const main = page.getByRole('main');
      const want = expected(region, locale);
      if (region.emergency) {
        await expect(main.getByRole('link', { name: region.emergency, exact: true })).toHaveAttribute('href', `tel:${region.emergency}`);
      }
      for (const service of region.services) {
        await expect(main.getByRole('heading', { name: service.name[locale], exact: true })).toBeVisible();
        await expect(main).toContainText(service.detail[locale]);
      }
      // Every visible link on the page is the region's, and all of the region's are there.
      const links = await main.getByRole('link').evaluateAll((all) => all
        .filter((a) => a.checkVisibility())
        .map((a) => [a.textContent.replace(/\s+/g, ' ').trim(), a.getAttribute('href')]));
      const services = want.contacts.slice(0, region.services.length).flatMap((c) => c.links);
      const emergency = region.emergency ? [[region.emergency, `tel:${region.emergency}`]] : [];
      expect(links, region.id).toEqual([...emergency, ...services]);
      if (!region.emergency) await expect(main).toContainText(locale === 'en' ? 'call your local emergency number' : 'llame al número local de emergencias');
    }
    // Without ?region=, the default region's details.
    await page.goto(`${WIDGET}/${say.safety}`);
    const fallback = DATA.regions.find((r) => r.id === DATA.default_region);
    await expect(page.getByRole('main').getByRole('link', { name: fallback.emergency, exact: true })).toBeVisible();
  });

  test(`the frame says what the module says in ${locale}: content note, help details, names`, async ({ page }) => {
    const ui = UI[locale];
    /** The words a visitor reads in the quiz panel and the help panel, and the widget's name. */
    const words = (host) => host.evaluate((el, names) => {
      const text = (node) => node.textContent.replace(/\s+/g, ' ').trim();
      const root = el.shadowRoot;
      const titled = (heading) => [...root.querySelectorAll('section, aside')]
        .find((s) => s.querySelector(':scope > h2') && text(s.querySelector(':scope > h2')) === heading);
      const words = (panel) => [...panel.querySelectorAll('h2, h3, p, a, button')].map(text).filter(Boolean);
      return {
        widget: root.querySelector('section[lang]').getAttribute('aria-label'),
        quiz: words(titled(names.quiz)),
        help: words(titled(names.help)),
      };
    }, { quiz: ui.quiz, help: ui.help });
    const release = await holdModule(page);
    await page.goto(`${PARTNER}/empty.html`);
    // A service of the partner's own with no name: the widget's word for it, and for a website.
    const host = await addHost(page, 'words', {
      'data-locale': locale, 'data-help-phone': '+1 555 010 0200', 'data-help-url': 'https://clinic.example/',
    });
    await expect(host.getByRole('button', { name: ui.start })).toBeVisible();
    const before = await words(host);
    release();
    await expectQuizReady(host, ui.start);
    expect(await words(host)).toEqual(before);
    expect(before.widget).toBe(ui.region);
    expect(before.quiz[0]).toBe(ui.quiz);
  });

  test(`"the quiz could not be loaded" is said alike by the frame and the module in ${locale}`, async ({ page }) => {
    const notice = (host) => host.locator('[role="alert"], [role="status"]').filter({ hasText: /\S/ }).first().textContent();
    await page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'no' }));
    await page.goto(`${PARTNER}/empty.html`);
    const frame = await addHost(page, 'frame', { 'data-locale': locale });
    await expect(frame.locator('.kts-fallback')).toBeVisible();
    const fromFrame = await notice(frame);
    await page.unrouteAll();
    // The module, when the built-in pack does not come.
    await page.route('**/packs/*.json', (route) => route.fulfill({ status: 500, body: 'no' }));
    await page.goto(`${PARTNER}/empty.html`);
    const module = await addHost(page, 'module', { 'data-locale': locale });
    await expect(module.getByRole('alert')).toBeVisible();
    expect((await module.getByRole('alert').textContent()).trim()).toBe(fromFrame.trim());
  });
}

test('Australia: the Red Cross first, saying the police need not come first; then the AFP; then 000', async ({ page }) => {
  // Written out, not taken from the data: what the research notes ask for (issue #16, point 5).
  const release = await holdModule(page);
  await page.goto(`${PARTNER}/regions.html`);
  const host = page.locator('#au');
  const check = async () => {
    const help = host.getByRole('complementary', { name: 'Where to get help' });
    await expect(help.locator('li h3')).toHaveText([
      'Australian Red Cross Support for Trafficked People Program', 'Australian Federal Police', 'Emergency',
    ]);
    await expect(help.locator('li').first()).toContainText('You do not have to go to the police first.');
    await expect(help.getByRole('link')).toHaveText(['Call 03 9345 1800', 'Call 131 237', 'Call 000']);
    await expect(help.getByRole('link').first()).toHaveAttribute('href', 'tel:+61393451800');
    await expect(help).not.toContainText('24 hours');
    await expect(host.locator('.kts-exit-call')).toHaveText('Call 03 9345 1800');
    await expect(host.locator('.kts-exit-call')).toHaveAttribute('href', 'tel:+61393451800');
  };
  await check();
  release();
  await expectQuizReady(host);
  await check();

  // In Spanish, on the advice page and in the configurator's snippet.
  await page.goto(`${WIDGET}/safety.es.html?region=au`);
  const main = page.getByRole('main');
  await expect(main).toContainText('Si está en peligro inmediato en Australia, llame al 000.');
  await expect(main.getByRole('heading', { level: 3 })).toHaveText(['Australian Red Cross Support for Trafficked People Program', 'Australian Federal Police']);
  await expect(main).toContainText('No hace falta acudir primero a la policía.');
  await expect(main.getByRole('link', { name: 'Llamar al 03 9345 1800' })).toHaveAttribute('href', 'tel:+61393451800');

  await page.goto(`${WIDGET}/configurator.html`);
  await page.getByRole('radio', { name: 'Español (Spanish)' }).check();
  await page.getByRole('radio', { name: 'Australia' }).check();
  const snippet = page.locator('#snippet');
  await expect(snippet).toContainText('data-region="au"');
  const paragraph = (await snippet.textContent()).replace(/\s+/g, ' ');
  expect(paragraph).toContain('¿Necesita ayuda? Australian Red Cross Support for Trafficked People Program: llame al ' +
    '<a href="tel:+61393451800">03 9345 1800</a>. No hace falta acudir primero a la policía.');
  expect(paragraph.indexOf('tel:+61393451800')).toBeLessThan(paragraph.indexOf('tel:131237'));
  expect(paragraph).toContain('llame al <a href="tel:000">000</a>.</p>');
});

test('with no script at all, the demo page and the configurator\'s preview show the README\'s paragraph', async ({ browser }) => {
  const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
  const paragraph = readme.match(/```html\n[\s\S]*?(<p>[\s\S]*?<\/p>)/)[1].replace(/\s+/g, ' ');
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const [url, host] of [[`${WIDGET}/index.html`, 'know-the-signs'], [`${WIDGET}/configurator.html`, '#preview']]) {
    await page.goto(url);
    const html = await page.locator(host).evaluate((el) => el.innerHTML.replace(/\s+/g, ' ').trim());
    expect(html, url).toBe(paragraph);
    await expect(page.locator(host).getByRole('link', { name: '1-888-373-7888' })).toHaveAttribute('href', 'tel:+18883737888');
  }
  await context.close();
});
