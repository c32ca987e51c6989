// Large text on a narrow screen (issue #17, point 6): a phone 320 CSS px wide whose browser's
// default text size is 32 px, twice the usual. Set the way a visitor sets it, in the browser's
// own settings: a Chromium profile whose preferences say so, not a zoom or a style of ours.
// In every state no word or phone number is split across two lines, and nothing is cut off or
// sticks out sideways.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, chromium } from '@playwright/test';
import { LAUNCH } from './launch.mjs';
import {
  PARTNER, UI, shownQuestion, expectQuizReady, holdModule, layoutProblems, addHost,
} from './helpers.mjs';

const WIDTH = 320;

const test = base.extend({
  // A fresh profile per test: Chromium writes back into its preferences.
  context: async ({}, use) => {
    const profile = mkdtempSync(join(tmpdir(), 'kts-large-text-'));
    mkdirSync(join(profile, 'Default'));
    writeFileSync(join(profile, 'Default', 'Preferences'),
      JSON.stringify({ webkit: { webprefs: { default_font_size: 32, default_fixed_font_size: 26 } } }));
    const context = await chromium.launchPersistentContext(profile, {
      ...LAUNCH, viewport: { width: WIDTH, height: 640 },
    });
    await use(context);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  },
  page: async ({ context }, use) => {
    await use(context.pages()[0] || await context.newPage());
  },
});

/**
 * Words of the widget's visible text that are split across lines, or whose letters lie outside
 * the widget's frame or the window. A phone number or other long number (digits, and capitals
 * as in 1-800-THE-LOST, with spaces, dots or hyphens between them) counts as one word; other
 * words may break after a hyphen, dash or slash, as the browser's line breaking allows. Only
 * what is wider than a whole line may break (a partner's long number, say): better broken than
 * cut off.
 */
async function splitOrCutWords(host) {
  return host.evaluate((el) => {
    const root = el.shadowRoot;
    const frame = root.querySelector('.kts').getBoundingClientRect();
    const left = Math.max(frame.left, 0) - 0.5;
    const right = Math.min(frame.right, document.documentElement.clientWidth) + 0.5;
    const out = [];
    // The widest line `node` could have: the content width of its first container that is
    // neither inline nor an item of a flex or grid layout (whose width gives way to its neighbours').
    const lineWidth = (node) => {
      const giving = (box) => ['inline', 'inline-block'].includes(getComputedStyle(box).display) ||
        /flex|grid/.test(getComputedStyle(box.parentElement).display);
      let box = node.parentElement;
      while (giving(box)) box = box.parentElement;
      const s = getComputedStyle(box);
      return box.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
    };
    // How wide `word` is on one line, in `node`'s font.
    const unbroken = (node, word) => {
      const probe = document.createElement('span');
      probe.style.whiteSpace = 'nowrap';
      probe.textContent = word;
      node.parentElement.append(probe);
      const width = probe.getBoundingClientRect().width;
      probe.remove();
      return width;
    };
    const check = (node, start, end) => {
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0.5);
      const word = node.nodeValue.slice(start, end);
      if (rects.some((r) => Math.abs(r.top - rects[0].top) > 1) && unbroken(node, word) <= lineWidth(node)) {
        out.push(`split: "${word}"`);
      }
      if (rects.some((r) => r.left < left || r.right > right)) out.push(`cut off or sticking out: "${word}"`);
    };
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('.kts-sr-only') || !parent.checkVisibility()) continue;
      const text = node.nodeValue;
      const phones = [...text.matchAll(/\+?(?:\(\d+\) ?)?\d+(?:[-\u2011. ][\dA-Z]+)*/g)].filter((m) => {
        const digits = m[0].replace(/\D/g, '').length;
        return digits >= 5 || (digits >= 3 && /[-\u2011. ]/.test(m[0]));
      });
      for (const m of phones) check(node, m.index, m.index + m[0].length);
      const inPhone = (i) => phones.some((m) => i >= m.index && i < m.index + m[0].length);
      // Hyphen, hyphen (U+2010), en and em dash, slash: where lines may break inside a word.
      for (const m of text.matchAll(/[^\s\-\u2010\u2013\u2014/]+[\-\u2010\u2013\u2014/]*/g)) {
        if (m[0].length > 1 && !inPhone(m.index)) check(node, m.index, m.index + m[0].length);
      }
    }
    return out;
  });
}

/**
 * Everything wrong with the layout of `host` now, each line prefixed with `state`. (The test
 * page's own heading is wider than the window at this size, so the page's scrolling is not the
 * widget's to answer for: the widget's box must lie inside the window.)
 */
async function problems(host, state) {
  const found = [...await splitOrCutWords(host), ...await layoutProblems(host)];
  const inside = await host.evaluate((el) => {
    const r = el.shadowRoot.querySelector('.kts').getBoundingClientRect();
    return r.left >= 0 && r.right <= document.documentElement.clientWidth + 0.5;
  });
  if (!inside) found.push('the widget is wider than the window');
  return found.map((p) => `${state}: ${p}`);
}

test('the profile really makes the default text size 32 px', async ({ page }) => {
  await page.goto(`${PARTNER}/partner.html`);
  const host = page.locator('know-the-signs');
  await expectQuizReady(host);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
  expect(await host.locator('.kts').evaluate((e) => getComputedStyle(e).fontSize)).toBe('32px');
  expect(await page.evaluate(() => innerWidth)).toBe(WIDTH);
});

// Every region's help details, and a partner's own service with an international number.
const HOSTS = [
  ...['us', 'uk', 'ca', 'au', 'intl'].map((region) => ({ 'data-region': region })),
  { 'data-help-name': 'Our own support service', 'data-help-phone': '+44 (0)20 7946 0000', 'data-help-text': '+44 7700 900123' },
];

for (const locale of ['en', 'es']) {
  test(`large text, 320 px: the frame before the module, every region's help details, and Start pressed (${locale})`, async ({ page }) => {
    await holdModule(page);
    await page.goto(`${PARTNER}/empty.html`);
    const found = [];
    for (const [i, attributes] of HOSTS.entries()) {
      const host = await addHost(page, `host${i}`, { ...attributes, 'data-locale': locale });
      await expect(host.locator('.kts-fallback .kts-quiz')).toBeVisible();
      found.push(...await problems(host, `${JSON.stringify(attributes)}: content note and help details`));
    }
    const host = page.locator('#host0');
    await host.getByRole('button', { name: UI[locale].start }).click();
    await expect(host.locator('.kts-note-status')).not.toBeEmpty();
    found.push(...await problems(host, 'Start pressed, loading'));
    expect(found).toEqual([]);
  });
}

test('large text, 320 px: the help details when the quiz cannot be loaded', async ({ page }) => {
  const release = await holdModule(page, { status: 404 });
  release();
  await page.goto(`${PARTNER}/partner.html`);
  const host = page.locator('know-the-signs');
  await expect(host.locator('.kts-fallback-status')).not.toBeEmpty();
  expect(await problems(host, 'the quiz could not be loaded')).toEqual([]);
});

for (const locale of ['en', 'es']) {
  test(`large text, 320 px: every question, its feedback, the results, help, facts and the exit bar (${locale})`, async ({ page }) => {
    test.slow(); // a hundred layouts at 32 px on a shared machine
    const ui = UI[locale];
    await page.goto(`${PARTNER}/empty.html`);
    // More than the bank holds: a run of every question the region has.
    const host = await addHost(page, 'quiz', { 'data-locale': locale, 'data-questions': '1000' });
    await expectQuizReady(host, ui.start);
    const found = await problems(host, 'content note');
    await host.getByRole('button', { name: ui.start }).click();
    // "Question 1 of 57": how many this run asks.
    const total = Number((await host.locator('.kts-progress').textContent()).match(/\d+\D+(\d+)/)[1]);
    expect(total).toBeGreaterThan(10);
    for (let n = 1; n <= total; n++) {
      await expect(host.locator('.kts-progress')).toHaveText(new RegExp(`^\\D*${n}\\D`));
      const question = await shownQuestion(host, ui.pack);
      found.push(...await problems(host, `${question.id} (${question.kind})`));
      const choice = n % 2 ? question.choices.find((c) => c.correct) : question.choices.find((c) => !c.correct);
      await host.locator('.kts-choice', { hasText: choice.text }).locator('input').check();
      await host.getByRole('button', { name: ui.check }).click();
      await expect(host.locator('.kts-verdict')).toBeVisible();
      found.push(...await problems(host, `${question.id} feedback`));
      await host.getByRole('button', { name: ui.next }).click();
    }
    await expect(host.getByRole('heading', { name: ui.results })).toBeVisible();
    found.push(...await problems(host, 'results'));
    // The quick exit's shortcut, half pressed: its progress line in the bar.
    await page.keyboard.press('Shift');
    await expect(host.locator('.kts-exit-status')).not.toBeEmpty();
    found.push(...await problems(host, 'exit bar with the shortcut\'s progress'));
    expect(found).toEqual([]);
  });
}
