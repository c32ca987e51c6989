// What a run asks, as a visitor sees it: questions for their region and their setting, a fresh
// set on "Try again", and facts for their region.
import { test, expect } from '@playwright/test';
import { PACK, PARTNER, shownQuestion, addHost, expectQuizReady } from './helpers.mjs';

/** The regions a pack item is for (every region when it names none). */
const isFor = (item, region) => !item.regions || item.regions.includes(region);

/** Answers every question of the run shown in `host` (first choice, by mouse); returns them. */
async function takeRun(host) {
  const asked = [];
  for (;;) {
    await expect(host.getByRole('group')).toBeVisible();
    const question = await shownQuestion(host);
    asked.push(question);
    await host.locator('.kts-choice input').first().check();
    await host.getByRole('button', { name: 'Check answer' }).click();
    const next = host.getByRole('button', { name: /^(Next question|See results)$/ });
    const last = (await next.textContent()).trim() === 'See results';
    await next.click();
    if (last) break;
  }
  await expect(host.getByRole('heading', { name: 'Your results' })).toBeVisible();
  return asked;
}

async function widget(page, attributes) {
  await page.goto(`${PARTNER}/empty.html`);
  const host = await addHost(page, 'kts', attributes);
  await expectQuizReady(host);
  return host;
}

test('three runs in a row for data-region="uk" ask at least 20 different questions, none on another country\'s law', async ({ page }) => {
  const host = await widget(page, { 'data-region': 'uk' });
  await host.getByRole('button', { name: 'Start the quiz' }).click();
  const asked = [];
  for (let run = 0; run < 3; run++) {
    if (run > 0) await host.getByRole('button', { name: 'Try again' }).click();
    const questions = await takeRun(host);
    expect(questions).toHaveLength(10);
    asked.push(...questions);
  }
  for (const q of asked) expect(isFor(q, 'uk'), `${q.id} is for ${q.regions}`).toBe(true);
  expect(asked.some((q) => q.teaches === 'action'), 'a question on what to do').toBe(true);
  expect(new Set(asked.map((q) => q.id)).size).toBeGreaterThanOrEqual(20);
});

for (const audience of ['health', 'education', 'hospitality', 'workplace']) {
  test(`a run with data-audience="${audience}" asks mostly questions for that setting, and one on what to do`, async ({ page }) => {
    const host = await widget(page, { 'data-audience': audience });
    await host.getByRole('button', { name: 'Start the quiz' }).click();
    const asked = await takeRun(host);
    expect(asked).toHaveLength(10);
    const own = asked.filter((q) => q.audiences.includes(audience));
    expect(own.length, asked.map((q) => q.id).join(', ')).toBeGreaterThanOrEqual(7);
    for (const q of asked) expect(q.audiences.includes(audience) || q.audiences.includes('general')).toBe(true);
    expect(asked.some((q) => q.teaches === 'action')).toBe(true);
    for (const q of asked) expect(isFor(q, 'us')).toBe(true);
  });
}

for (const region of ['us', 'uk', 'ca', 'au', 'intl']) {
  test(`the facts panel for data-region="${region}" shows that region's facts and no other country's`, async ({ page }) => {
    const host = await widget(page, { 'data-region': region });
    const facts = host.getByRole('region', { name: 'Facts about human trafficking' });
    const want = PACK.facts.filter((f) => isFor(f, region)).map((f) => f.heading);
    await expect(facts.getByRole('heading', { level: 3 })).toHaveText(want);
    expect(PACK.facts.filter((f) => !isFor(f, region)).length, 'other regions have facts of their own').toBeGreaterThan(0);
  });
}
