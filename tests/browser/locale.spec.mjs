// Languages (data-locale: en, es): which one each widget speaks, that the frame embed.js draws
// and the quiz the module draws always speak the same one, the whole Spanish widget, and
// switching language on a live widget.
import { test, expect } from '@playwright/test';
import { PARTNER, UI, WIDGET, citation, expectClean, helpLink, shownQuestion, watch, expectQuizReady, RUN, factsFor } from './helpers.mjs';

// The browser's own languages are part of the rule: keep them fixed.
test.use({ locale: 'en-US' });

const LOCALES_PAGE = `${PARTNER}/locales.html`;
// locales.html: which language each host must speak, and why.
const EXPECTED = {
  page: 'en', // the page's lang="en"
  attribute: 'es', // data-locale="es" on the English page
  nearest: 'es', // an ancestor's lang="es-MX"
  english: 'en', // data-locale="EN-gb" inside lang="es-MX"
  invalid: 'es', // data-locale="klingon" inside lang="es-MX": ignored, with a warning
  french: 'en', // lang="fr": the browser's en-US decides
};

/** What the frame (embed.js) says in `host`: the region's name and lang, the exit button. */
async function frameWords(host) {
  const region = host.locator('section.kts');
  return {
    name: await region.getAttribute('aria-label'),
    lang: await region.getAttribute('lang'),
    exit: (await host.locator('.kts-exit-button').textContent()).trim(),
  };
}

/** Expects `host` to speak `locale` throughout: frame, help details and (if `quiz`) the quiz. */
async function expectSpeaks(host, locale, { quiz = true } = {}) {
  const ui = UI[locale];
  if (quiz) await expectQuizReady(host, ui.start);
  await expect(host.getByRole('region', { name: ui.region, exact: true })).toHaveAttribute('lang', locale);
  await expect(host.getByRole('button', { name: ui.exit })).toBeVisible();
  await expect(host.getByRole('heading', { name: ui.help })).toBeVisible();
  if (quiz) {
    await expect(host.getByRole('heading', { name: ui.quiz })).toBeVisible();
    await expect(host.getByRole('heading', { name: ui.facts })).toBeVisible();
    await expect(host.getByRole('heading', { name: ui.pack.facts[0].heading })).toBeVisible();
  }
  await expect(helpLink(host, locale === 'es' ? 'Llamar al 911' : 'Call 911', ui)).toHaveAttribute('href', 'tel:911');
  expect(await frameWords(host)).toEqual({ name: ui.region, lang: locale, exit: ui.exit });
}

test('a page in Spanish gets the whole widget in Spanish: exit bar, quiz, facts and help', async ({ page }) => {
  const ui = UI.es;
  const seen = watch(page);
  await page.addInitScript(() => {
    window.__ready = [];
    document.addEventListener('kts:ready', (e) => window.__ready.push(e.detail));
  });
  const url = `${PARTNER}/es.html`;
  await page.goto(url);
  const host = page.locator('know-the-signs');
  await expectSpeaks(host, 'es');
  await expect.poll(() => page.evaluate(() => window.__ready)).toEqual([{ locale: 'es', quiz: true }]);

  // The exit bar and its note.
  await expect(host.locator('.kts-exit-call')).toHaveText('Llamar al 1-888-373-7888');
  const note = host.locator('.kts-exit-note');
  await expect(note).toContainText('Atajo: presione la tecla Mayús (Shift) 3 veces.');
  await expect(note).toContainText('No borra su historial de navegación, donde quedan esta página y las anteriores, ni detiene programas de monitoreo.');
  await expect(note.getByRole('link', { name: 'Cómo navegar de forma más segura' }))
    .toHaveAttribute('href', `${WIDGET}/safety.es.html?exit=${encodeURIComponent('https://weather.com/')}&region=us`);

  // The help panel.
  const help = host.getByRole('complementary', { name: ui.help });
  await expect(help).toContainText('Si alguien está en peligro inmediato, llame al 911.');
  await expect(help).toContainText('Llamadas en más de 200 idiomas; mensajes de texto (y chat en su sitio web) en inglés y español; TTY: 711. La visita a su sitio web queda en el historial del navegador.');
  await expect(helpLink(host, 'Enviar mensaje de texto al 233733', ui)).toHaveAttribute('href', 'sms:233733');
  const website = helpLink(host, 'Sitio web humantraffickinghotline.org', ui);
  await expect(website).toHaveAttribute('href', 'https://humantraffickinghotline.org/');
  await expect(website).toHaveAttribute('rel', 'noreferrer');

  // Every fact, with its sources.
  for (const fact of factsFor(ui.pack)) {
    await expect(host.getByRole('heading', { name: fact.heading })).toBeVisible();
  }
  await expect(host.locator('.kts-fact .kts-source').first()).toContainText(/^Fuentes?:/);

  // The content note, then every question: Spanish controls, verdicts and explanations.
  await expect(host.getByRole('heading', { name: 'Antes de empezar' })).toBeVisible();
  await expect(host).toContainText('la explotación sexual comercial infantil');
  await host.getByRole('button', { name: ui.start }).click();
  const total = RUN;
  let right = 0;
  for (let n = 1; n <= total; n++) {
    await expect(host.locator('.kts-progress')).toHaveText(`Pregunta ${n} de ${total}`);
    const question = await shownQuestion(host, ui.pack);
    if (question.kind === 'scenario') await expect(host.locator('legend')).toContainText('Lea este caso:');
    const correct = n % 2 === 1;
    const pick = correct ? question.choices.filter((c) => c.correct) : [question.choices.find((c) => !c.correct)];
    for (const c of pick) await host.locator('.kts-choice', { hasText: c.text }).locator('input').check();
    await host.getByRole('button', { name: ui.check }).click();
    const feedback = host.locator('.kts-feedback');
    await expect(feedback).toContainText(correct ? 'Correcto.' : 'No exactamente.');
    await expect(feedback).toContainText(`Qué es: ${question.explanation.sign}`);
    await expect(feedback).toContainText(`Por qué importa: ${question.explanation.why}`);
    await expect(feedback).toContainText(`Qué hacer: ${question.explanation.action}`);
    await expect(feedback).toContainText(citation(question.sources, 'sin fecha'));
    await expect(host.locator('.kts-choice--correct .kts-mark').first()).toHaveText(/^\(respuesta correcta/);
    if (correct) right++;
    await host.getByRole('button', { name: n === total ? 'Ver resultados' : 'Siguiente pregunta' }).click();
  }
  await expect(host.getByRole('heading', { name: ui.results })).toBeVisible();
  await expect(host.locator('.kts-score')).toHaveText(`Respondió correctamente ${right} de ${total} preguntas.`);
  await expect(host.getByRole('heading', { name: 'Preguntas para repasar' })).toBeVisible();
  await expect(host.locator('.kts-review').first()).toContainText('Su respuesta: ');
  await expect(host.locator('.kts-review').first()).toContainText('Respuesta correcta: ');
  await expect(host.getByRole('button', { name: 'Intentar de nuevo' })).toBeVisible();

  // Only the Spanish pack was fetched.
  expect(seen.requests.filter((r) => r.includes('/packs/'))).toEqual([`${WIDGET}/packs/es.json`]);
  expectClean(seen, url);
});

test('data-locale, then the nearest lang, then the browser: the frame and the quiz always agree', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto(LOCALES_PAGE);
  for (const [id, locale] of Object.entries(EXPECTED)) {
    await test.step(`${id} speaks ${locale}`, () => expectSpeaks(page.locator(`#${id}`), locale));
  }
  // One warning for the invalid value, naming it and what is allowed; none for lang="fr".
  const locale = warnings.filter((w) => w.includes('data-locale'));
  expect(locale).toEqual(['Know the Signs: data-locale="klingon" is not valid (allowed: en or es); using the default']);
});

test('before and without the module, the frame and help details speak the same language', async ({ page }) => {
  await page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'no' }));
  await page.goto(LOCALES_PAGE);
  for (const [id, locale] of Object.entries(EXPECTED)) {
    const host = page.locator(`#${id}`);
    await expect(host).toContainText(locale === 'es'
      ? 'En este momento no se pudo cargar el cuestionario.'
      : 'The quiz could not be loaded just now.');
    await expectSpeaks(host, locale, { quiz: false });
  }
});

for (const [languages, locale] of [[['fr-FR', 'es-419', 'en'], 'es'], [['de', 'en-GB', 'es'], 'en'], [['pt-BR'], 'en']]) {
  test(`with no lang on the page, the browser's languages ${languages.join(', ')} give ${locale}`, async ({ page }) => {
    await page.addInitScript((list) => {
      Object.defineProperty(navigator, 'languages', { get: () => list });
    }, languages);
    await page.goto(`${PARTNER}/nolang.html`);
    await expectSpeaks(page.locator('know-the-signs'), locale);
  });
}

test.describe('a browser set to Spanish', () => {
  test.use({ locale: 'es-MX' });
  test('speaks Spanish on a page that does not say its language', async ({ page }) => {
    expect(await page.evaluate(() => navigator.languages[0])).toBe('es-MX');
    await page.goto(`${PARTNER}/nolang.html`);
    await expectSpeaks(page.locator('know-the-signs'), 'es');
  });
});

test('changing data-locale or the page\'s lang on a live widget redraws all of it in the new language', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto(`${PARTNER}/partner.html`);
  const host = page.locator('know-the-signs');
  await expectSpeaks(host, 'en');
  await host.getByRole('button', { name: UI.en.start }).click();
  await expect(host.locator('.kts-progress')).toHaveText(/^Question 1 of /);

  await host.evaluate((el) => el.setAttribute('data-locale', 'es'));
  await expectSpeaks(host, 'es');
  await expect(host.locator('.kts-exit-call')).toHaveText('Llamar al 1-888-373-7888');
  await expect(host.locator('.kts-exit-note')).toContainText('No borra su historial');
  await expect(host).not.toContainText('Where to get help');
  // The shortcut's count is said in the widget's language too.
  await page.locator('h1').click();
  await page.keyboard.press('Shift');
  await expect(host.locator('.kts-exit-status')).toHaveText('Mayús: presione 2 veces más para salir.');
  await page.keyboard.press('a');
  await expect(host.locator('.kts-exit-status')).toHaveText('');

  // An invalid value: said once, and the page's language (English) is used.
  await host.evaluate((el) => el.setAttribute('data-locale', 'xx'));
  await expectSpeaks(host, 'en');
  expect(warnings.filter((w) => w.includes('data-locale="xx" is not valid (allowed: en or es)'))).toHaveLength(1);

  // No data-locale: the page's own lang decides, and follows it when it changes.
  await host.evaluate((el) => el.removeAttribute('data-locale'));
  await page.evaluate(() => document.documentElement.setAttribute('lang', 'es-US'));
  await expectSpeaks(host, 'es');
  await page.evaluate(() => document.documentElement.setAttribute('lang', 'en'));
  await expectSpeaks(host, 'en');
  expect(warnings.filter((w) => w.includes('data-locale'))).toHaveLength(1);
});

test('a partner\'s own pack still wins over the built-in Spanish one', async ({ page }) => {
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${PARTNER}/own-packs.html`);
  const own = page.locator('#own');
  await own.evaluate((el) => el.setAttribute('data-locale', 'es'));
  await own.getByRole('button', { name: UI.es.start }).click();
  await expect(own.locator('.kts-progress')).toHaveText('Pregunta 1 de 2');
  await expect(own.locator('.kts-prompt')).toContainText('Our own question: ');
  expect(requests).not.toContain(`${WIDGET}/packs/es.json`);
});

test('the Spanish safe-browsing page has its own quick exit, to the widget\'s destination', async ({ page }) => {
  const arrived = [];
  await page.route(/^https:\/\//, async (route) => {
    arrived.push(route.request().url());
    await route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Clima</title>' });
  });
  await page.goto(`${PARTNER}/es.html`);
  await page.locator('know-the-signs').getByRole('link', { name: 'Cómo navegar de forma más segura' }).click();
  await page.waitForURL(/safety\.es\.html/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cómo navegar de forma más segura');
  await expect(page.locator('body')).toContainText('No borra su historial de navegación');
  await expect(page.locator('body')).toContainText('todavía se puede llegar a las páginas que abrió antes');
  await expect(page.getByRole('button', { name: 'Salida rápida' })).toBeVisible();
  await page.keyboard.press('Shift');
  await expect(page.getByRole('status')).toHaveText('Mayús: presione 2 veces más para salir.');
  await page.keyboard.press('Shift');
  await expect(page.getByRole('status')).toHaveText('Mayús: presione 1 vez más para salir.');
  await page.keyboard.press('Shift');
  await page.waitForURL('https://weather.com/');
  expect(arrived).toEqual(['https://weather.com/']);
});
