// A partner's own content pack (data-pack): used when valid; otherwise the built-in pack, a
// quiet notice, and every problem in the console.
import { test, expect } from '@playwright/test';
import { PACK, PARTNER, WIDGET, RUN } from './helpers.mjs';

const START = { name: 'Start the quiz' };
const NOTICE = "This site's own quiz could not be loaded, so the standard quiz is shown.";

test('own packs are used, broken ones fall back with a notice and every error listed', async ({ page }) => {
  const errors = [];
  const warnings = [];
  const requests = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
    if (m.type() === 'warning') warnings.push(m.text());
  });
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${PARTNER}/own-packs.html`);

  const own = page.locator('#own');
  await own.getByRole('button', START).click();
  await expect(own.locator('.kts-progress')).toHaveText('Question 1 of 2');
  await expect(own.locator('.kts-prompt')).toContainText('Our own question: ');
  await expect(own.locator('.kts-own-pack-notice')).toHaveCount(0);

  for (const id of ['broken', 'missing']) {
    const host = page.locator(`#${id}`);
    await expect(host.locator('.kts-own-pack-notice')).toHaveText(NOTICE);
    await host.getByRole('button', START).click();
    await expect(host.locator('.kts-progress')).toHaveText(`Question 1 of ${RUN}`);
  }
  for (const id of ['unsafe', 'builtin']) {
    const host = page.locator(`#${id}`);
    await host.getByRole('button', START).click();
    await expect(host.locator('.kts-progress')).toHaveText(`Question 1 of ${RUN}`);
    await expect(host.locator('.kts-own-pack-notice')).toHaveCount(0);
  }

  const broken = errors.find((e) => e.includes('broken-pack.json'));
  expect(broken).toContain('questions[0].choices[1].id: duplicate id');
  expect(broken).toContain('questions[1].id: duplicate id "own-0"');
  expect(errors.some((e) => e.includes('no-such-pack.json') && e.includes('HTTP status 404'))).toBe(true);
  expect(warnings.filter((w) => w.includes('data-pack="javascript:alert(1)" is not valid'))).toHaveLength(1);
  // The English pack in a widget set to Spanish (#own-es) is named once, with the fix; the
  // English one (#own) is not.
  const ownEs = page.locator('#own-es');
  await ownEs.getByRole('button', { name: 'Comenzar el cuestionario' }).click();
  // Each part in its own language for screen readers: the widget's words in Spanish, the
  // pack's questions, choices and facts in English.
  await expect(ownEs.locator('.kts')).toHaveAttribute('lang', 'es');
  await expect(ownEs.locator('.kts-prompt')).toHaveAttribute('lang', 'en');
  await expect(ownEs.locator('.kts-choice label span[lang="en"]').first()).toBeVisible();
  await expect(ownEs.locator('.kts-fact h3').first()).toHaveAttribute('lang', 'en');
  await expect(own.locator('.kts')).toHaveAttribute('lang', 'en');
  await expect(own.locator('.kts-prompt')).not.toHaveAttribute('lang', /.*/);
  expect(warnings.filter((w) => w.includes('data-pack is in "en" but the widget speaks es'))).toEqual([
    'Know the Signs: data-pack is in "en" but the widget speaks es, so its buttons and help details are in es ' +
      'around the pack\'s questions: set data-locale="en"',
  ]);
  // Each pack is fetched once, whatever number of widgets use it.
  expect(requests.filter((u) => u === `${WIDGET}/packs/en.json`)).toHaveLength(1);
  expect(requests.filter((u) => u === `${PARTNER}/own-pack.json`)).toHaveLength(1);
});
