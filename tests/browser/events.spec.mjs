// Events for the host page: kts:ready, kts:answer, kts:complete — ids, booleans and counts only.
import { test, expect } from '@playwright/test';
import { PACK, PARTNER, shownQuestion, expectQuizReady, RUN } from './helpers.mjs';

test('the host hears ready, one answer per checked question, and complete, with no free text', async ({ page }) => {
  await page.addInitScript(() => {
    window.__ktsEvents = [];
    for (const type of ['kts:ready', 'kts:answer', 'kts:complete']) {
      // Listening on the document proves the events bubble out of the host.
      document.addEventListener(type, (e) => {
        window.__ktsEvents.push({ type, host: e.target.id || e.target.tagName, detail: e.detail, composed: e.composed });
      });
    }
  });
  await page.goto(`${PARTNER}/two.html`);
  const host = page.locator('#first');
  await expectQuizReady(host);
  await expect.poll(() => page.evaluate(() => window.__ktsEvents.filter((e) => e.type === 'kts:ready').length)).toBe(2);

  await host.getByRole('button', { name: 'Start the quiz' }).click();
  const expected = [];
  for (let n = 1; n <= RUN; n++) {
    const question = await shownQuestion(host);
    const right = n % 3 !== 0;
    const pick = right ? question.choices.filter((c) => c.correct) : [question.choices.find((c) => !c.correct)];
    for (const c of pick) await host.locator('.kts-choice', { hasText: c.text }).locator('input').check();
    await host.getByRole('button', { name: 'Check answer' }).click();
    expected.push({ questionId: question.id, correct: right });
    await host.getByRole('button', { name: /Next question|See results/ }).click();
  }
  await expect(host.getByRole('heading', { name: 'Your results' })).toBeVisible();
  const score = expected.filter((e) => e.correct).length;
  await expect.poll(() => page.evaluate(() => window.__ktsEvents.filter((e) => e.type === 'kts:complete').length)).toBe(1);

  const events = await page.evaluate(() => window.__ktsEvents);
  expect(events.filter((e) => e.type === 'kts:ready').sort((a, b) => a.host.localeCompare(b.host))).toEqual([
    { type: 'kts:ready', host: 'first', detail: { locale: 'en', quiz: true }, composed: true },
    { type: 'kts:ready', host: 'second', detail: { locale: 'en', quiz: true }, composed: true },
  ]);
  expect(events.filter((e) => e.type === 'kts:answer').map((e) => e.detail)).toEqual(expected);
  expect(events.filter((e) => e.type === 'kts:answer').every((e) => e.host === 'first')).toBe(true);
  expect(events.find((e) => e.type === 'kts:complete').detail).toEqual({ score, total: RUN });
  await expect(host.locator('.kts-score')).toHaveText(`You answered ${score} of ${RUN} questions correctly.`);
});

for (const [what, broken] of [['the pack', '**/packs/en.json'], ['the module', '**/*.wasm']]) {
  test(`kts:ready says when only the help details could be shown: ${what} cannot be loaded`, async ({ page }) => {
    await page.route(broken, (route) => route.fulfill({ status: 500, body: 'no' }));
    await page.addInitScript(() => {
      window.__ready = [];
      document.addEventListener('kts:ready', (e) => window.__ready.push(e.detail));
    });
    await page.goto(`${PARTNER}/partner.html`);
    await expect.poll(() => page.evaluate(() => window.__ready)).toEqual([{ locale: 'en', quiz: false }]);
  });
}
