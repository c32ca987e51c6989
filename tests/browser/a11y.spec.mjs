// Accessibility, WCAG 2.2 AA: axe-core in every state, keyboard and focus, reflow and text
// zoom, target size, themes, reduced motion, forced colours, touch.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import {
  PACK, PARTNER, UI, focused, shownQuestion, tabTo, expectQuizReady, holdModule, RUN, layoutProblems, pageScrollsSideways,
} from './helpers.mjs';

const START = { name: 'Start the quiz' };
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** axe-core inside the widget's shadow root: no violation of any WCAG A/AA rule. */
async function expectAxeClean(page, state, host = 'know-the-signs') {
  const results = await new AxeBuilder({ page }).include(host).withTags(TAGS).analyze();
  const found = results.violations.map(
    (v) => `${state}: ${v.id} (${v.help}) at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
  );
  expect(found, `axe violations in state "${state}"`).toEqual([]);
  // axe must really have looked inside the shadow root.
  expect(results.passes.length + results.incomplete.length).toBeGreaterThan(5);
}

/**
 * Goes through the quiz by mouse, in the words of `ui` (UI.en or UI.es); calls
 * `visit(question, phase)` before and after each check.
 */
async function walkQuiz(host, visit, ui = UI.en, { started = false } = {}) {
  if (!started) await host.getByRole('button', { name: ui.start }).click();
  for (let n = 1; n <= RUN; n++) {
    const question = await shownQuestion(host, ui.pack);
    await visit(question, 'before');
    // Answer wrongly on even questions, so the results have a review.
    const choice = n % 2 ? question.choices.find((c) => c.correct) : question.choices.find((c) => !c.correct);
    await host.locator('.kts-choice', { hasText: choice.text }).locator('input').check();
    await host.getByRole('button', { name: ui.check }).click();
    await expect(host.locator('.kts-verdict')).toBeVisible();
    await visit(question, 'after');
    await host.getByRole('button', { name: ui.next }).click();
  }
  await expect(host.getByRole('heading', { name: ui.results })).toBeVisible();
}

/**
 * From the content note to the results, in the words of `ui`: axe on the first page, on each
 * question kind before and after checking, and on the results.
 */
async function axeThroughTheQuiz(page, ui = UI.en) {
  const host = page.locator('know-the-signs');
  const label = (state) => (ui === UI.en ? state : `${ui.pack.locale}: ${state}`);
  await expectQuizReady(host, ui.start);
  await expectAxeClean(page, label('content note, quiz + facts + help panels'));
  const seen = new Set();
  const visit = async (question, phase) => {
    const key = `${question.kind} ${phase}`;
    if (seen.has(key)) return;
    seen.add(key);
    await expectAxeClean(page, label(key));
  };
  await walkQuiz(host, visit, ui);
  await expectAxeClean(page, label('results with review'));
  // A run is a sample of the bank; "Try again" draws unseen questions, so a few runs meet
  // every kind (seven runs of ten see the whole bank).
  for (let run = 2; seen.size < 8 && run <= 7; run++) {
    await host.getByRole('button', { name: ui.retry }).click();
    await walkQuiz(host, visit, ui, { started: true });
  }
  expect(seen.size).toBe(8); // four kinds, before and after checking
  return host;
}

for (const theme of ['light', 'dark']) {
  test(`axe finds no WCAG 2.2 A/AA violation in any state (${theme} theme)`, async ({ page }) => {
    test.slow(); // a dozen axe runs: on a busy machine they take more than the default minute
    await page.goto(`${PARTNER}/${theme === 'dark' ? 'dark' : 'partner'}.html`);
    const host = await axeThroughTheQuiz(page);
    await host.getByRole('button', { name: 'Check answer' }).count();
    await host.getByRole('button', { name: 'Try again' }).click();
    await host.getByRole('button', { name: 'Check answer' }).click();
    await expect(host.locator('.kts-nudge')).toBeVisible();
    await expectAxeClean(page, 'nudge: nothing chosen');
  });
}

test('axe finds no WCAG 2.2 A/AA violation in the Spanish widget, in any state', async ({ page }) => {
  test.slow(); // as above
  await page.goto(`${PARTNER}/es.html`);
  const host = page.locator('know-the-signs');
  await expect(host.getByRole('region', { name: UI.es.region, exact: true })).toHaveAttribute('lang', 'es');
  await axeThroughTheQuiz(page, UI.es);

  await page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'no' }));
  await page.goto(`${PARTNER}/es.html`);
  await expect(host).toContainText('En este momento no se pudo cargar el cuestionario.');
  await expectAxeClean(page, 'es: module failed: help details only');
});

test('axe finds no violation while the module loads: content note and help details', async ({ page }) => {
  const release = await holdModule(page);
  await page.goto(`${PARTNER}/partner.html`);
  const host = page.locator('know-the-signs');
  await expect(host.locator('.kts-fallback').getByRole('button', START)).toBeVisible();
  await expectAxeClean(page, 'loading: content note and help details');
  await host.getByRole('button', START).click();
  await expectAxeClean(page, 'loading: Start pressed');
  release();
  await expect(host.locator('.kts-fallback')).toHaveCount(0);
});

test('axe finds no violation in the error states', async ({ page }) => {
  await page.route('**/packs/en.json', (route) => route.fulfill({ status: 500, body: 'no' }));
  await page.goto(`${PARTNER}/partner.html`);
  await expect(page.locator('know-the-signs').getByRole('alert')).toBeVisible();
  await expectAxeClean(page, 'pack failed to load');

  await page.unroute('**/packs/en.json');
  await page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'no' }));
  await page.goto(`${PARTNER}/partner.html`);
  await expect(page.locator('know-the-signs')).toContainText('The quiz could not be loaded just now.');
  await expectAxeClean(page, 'module failed: help details only');
});

test('landmarks and headings: a labelled region, and a heading on every panel', async ({ page }) => {
  await page.goto(`${PARTNER}/partner.html`);
  const host = page.locator('know-the-signs');
  const region = host.getByRole('region', { name: 'Know the signs', exact: true });
  await expect(region).toHaveAttribute('lang', PACK.locale);
  await expect(region).toHaveAttribute('dir', 'ltr');
  for (const name of ['Quiz: know the signs', 'Where to get help', 'Facts about human trafficking']) {
    await expect(host.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  await expect(host.getByRole('complementary', { name: 'Where to get help' })).toBeVisible();
  await expect(host.getByRole('region', { name: 'Quiz: know the signs' })).toBeVisible();
  // Each service is a heading under "Where to get help", to jump to, before and after the module.
  const services = ['National Human Trafficking Hotline', 'National Center for Missing & Exploited Children (NCMEC)', 'Emergency'];
  const help = host.getByRole('complementary', { name: 'Where to get help' });
  await expect(help.getByRole('heading', { level: 3 })).toHaveText(services);
});

test('live regions are in the accessibility tree before they have words to say', async ({ page }) => {
  const release = await holdModule(page);
  await page.goto(`${PARTNER}/partner.html`);
  const host = page.locator('know-the-signs');
  // The Shift count, "Loading the quiz…" beside Start, and the help details' status line.
  for (const part of ['.kts-exit', '.kts-note', '.kts-fallback > .kts-fallback-status']) {
    const line = part.endsWith('status') ? host.locator(part) : host.locator(part).getByRole('status');
    await expect(line, part).toHaveCount(1);
    await expect(line, part).toBeEmpty();
    expect(await line.evaluate((el) => getComputedStyle(el).display), part).not.toBe('none');
  }
  release();
  await expectQuizReady(host);
  await expect(host.locator('.kts-exit').getByRole('status')).toHaveCount(1);
});

test('before the module arrives, each service in the help details is a heading too', async ({ page }) => {
  const release = await holdModule(page);
  await page.goto(`${PARTNER}/partner.html`);
  const help = page.locator('know-the-signs').getByRole('complementary', { name: 'Where to get help' });
  await expect(help.getByRole('heading', { level: 3 }).first()).toHaveText('National Human Trafficking Hotline');
  release();
});

/** Whether the focused element in the widget sits in a live region (which would read it again). */
function focusInLiveRegion(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    return { text: el.textContent, live: !!el.closest('[aria-live], [role="status"], [role="alert"], [role="log"]') };
  });
}

test('each outcome is read once: the nudge by a live region there from the start, verdict and score by focus', async ({ page }) => {
  await page.goto(`${PARTNER}/partner.html`);
  const host = page.locator('know-the-signs');
  await host.getByRole('button', START).click();
  // Present and empty before anything is asked of it, so screen readers watch it.
  const nudge = host.locator('.kts-quiz [role="status"]');
  await expect(nudge).toHaveCount(1);
  await expect(nudge).toBeEmpty();
  await nudge.evaluate((el) => { el.dataset.seen = 'yes'; });
  await host.getByRole('button', { name: 'Check answer' }).click();
  await expect(host.locator('.kts-quiz [role="status"][data-seen="yes"]')).toHaveText('Choose an answer first.');

  for (let n = 1; n <= RUN; n++) {
    await expect(host.locator('legend')).toContainText(`Question ${n} of ${RUN}`);
    await host.locator('.kts-choice input').first().check();
    await host.getByRole('button', { name: 'Check answer' }).click();
    await expect(host.locator('.kts-verdict')).toBeFocused();
    const verdict = await focusInLiveRegion(page);
    expect(verdict.text).toMatch(/^(That's right\.|Not quite\.)$/);
    expect(verdict.live, 'the focused verdict is not in a live region too').toBe(false);
    // The nudge is gone once an answer is checked.
    await expect(host.locator('.kts-quiz [role="status"]')).toBeEmpty();
    // The \u2713 and \u2717 marks are for the eye: the words after them are read, once.
    await expect(host.locator('.kts-mark').first()).toBeVisible();
    const read = await host.locator('.kts-choices').ariaSnapshot();
    expect(read).toContain('(correct answer');
    expect(read).not.toMatch(/[\u2713\u2717]/);
    await host.getByRole('button', { name: /Next question|See results/ }).click();
  }
  // Focus lands on a heading that holds the score: it is read on arrival, and only there.
  const heading = host.getByRole('heading', { level: 3, name: new RegExp(`^Your results\\s*You answered \\d+ of ${RUN} questions correctly\\.$`) });
  await expect(heading).toBeFocused();
  expect((await focusInLiveRegion(page)).live).toBe(false);
  const tree = await host.ariaSnapshot();
  expect(tree.match(new RegExp(`You answered \\d+ of ${RUN} questions correctly`, 'g')), tree).toHaveLength(1);
  await expect(host.locator('.kts-quiz [aria-live], .kts-quiz [role="status"]')).toHaveCount(0);
});

/** Contrast ratio of two CSS colours (rgb/rgba strings), WCAG formula. */
function contrastIn(page) {
  return page.evaluate(() => {
    window.__ktsContrast = (a, b) => {
      const parse = (c) => c.match(/[\d.]+/g).slice(0, 3).map(Number);
      const lum = (rgb) => {
        const [r, g, b2] = rgb.map((v) => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b2;
      };
      const [l1, l2] = [lum(parse(a)), lum(parse(b))].sort((x, y) => y - x);
      return (l1 + 0.05) / (l2 + 0.05);
    };
  });
}

/** The focused element's outline, and its contrast against the background behind it. */
async function focusRing(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    const s = getComputedStyle(el);
    let bg = 'rgb(255, 255, 255)';
    for (let p = el.parentElement || el.getRootNode().host; p; p = p.parentElement || (p.getRootNode() && p.getRootNode().host)) {
      const c = getComputedStyle(p).backgroundColor;
      if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') { bg = c; break; }
    }
    return {
      name: `${el.tagName.toLowerCase()} ${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40)}`,
      style: s.outlineStyle,
      width: parseFloat(s.outlineWidth),
      contrast: window.__ktsContrast(s.outlineColor, bg),
      inWidget: el.getRootNode() instanceof ShadowRoot,
      // Not obscured: the middle of the control is the control (or inside it), not a sticky bar.
      visible: (() => {
        const r = el.getBoundingClientRect();
        const hit = el.getRootNode().elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return !!hit && (hit === el || el.contains(hit) || hit.contains(el) || (hit.control === el));
      })(),
    };
  });
}

for (const theme of ['light', 'dark']) {
  test(`every control shows a focus indicator of at least 3:1, and Tab leaves the widget (${theme})`, async ({ page }) => {
    await page.goto(`${PARTNER}/${theme === 'dark' ? 'dark' : 'partner'}.html`);
    const host = page.locator('know-the-signs');
    await expectQuizReady(host);
    await contrastIn(page);
    const checkAll = async (state) => {
      // From the quick exit button, Tab through every control until focus leaves the widget.
      await host.getByRole('button', { name: 'Quick exit' }).focus();
      for (let i = 0; i < 80; i++) {
        const ring = await focusRing(page);
        if (!ring.inWidget) return;
        expect(ring.style, `${state}: ${ring.name}`).not.toBe('none');
        expect(ring.width, `${state}: ${ring.name}`).toBeGreaterThanOrEqual(2);
        expect(ring.contrast, `${state}: ${ring.name}`).toBeGreaterThanOrEqual(3);
        expect(ring.visible, `${state}: ${ring.name} is hidden under something`).toBe(true);
        await page.keyboard.press('Tab');
      }
      throw new Error(`${state}: focus never left the widget (a focus trap?)`);
    };
    // Change state with the keyboard too, as a keyboard user would (a mouse click would turn
    // off :focus-visible, rightly).
    await checkAll('content note');
    await host.getByRole('button', START).focus();
    await page.keyboard.press('Enter');
    await checkAll('question');
    await host.locator('.kts-choice input').first().focus();
    await page.keyboard.press('Space');
    await host.getByRole('button', { name: 'Check answer' }).focus();
    await page.keyboard.press('Enter');
    await expect(host.locator('.kts-verdict')).toBeVisible();
    await checkAll('feedback');
  });
}

test('right-to-left: with dir="rtl" the layout mirrors and stays clean', async ({ page }) => {
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(`${PARTNER}/partner.html`);
  const host = page.locator('know-the-signs');
  await host.getByRole('button', START).click();
  await host.locator('.kts-choice input').first().check();
  await host.getByRole('button', { name: 'Check answer' }).click();
  const ltr = await host.evaluate((el) => {
    const r = el.shadowRoot;
    return { quiz: r.querySelector('.kts-quiz').getBoundingClientRect().x, help: r.querySelector('.kts-help').getBoundingClientRect().x };
  });
  expect(ltr.help).toBeGreaterThan(ltr.quiz);
  await host.evaluate((el) => el.shadowRoot.querySelector('.kts').setAttribute('dir', 'rtl'));
  const rtl = await host.evaluate((el) => {
    const r = el.shadowRoot;
    const explanation = getComputedStyle(r.querySelector('.kts-explanation'));
    return {
      quiz: r.querySelector('.kts-quiz').getBoundingClientRect().x,
      help: r.querySelector('.kts-help').getBoundingClientRect().x,
      align: getComputedStyle(r.querySelector('.kts-prompt')).textAlign,
      direction: getComputedStyle(r.querySelector('.kts-prompt')).direction,
      ruleOnRight: explanation.borderRightWidth !== '0px' && explanation.borderLeftWidth === '0px',
    };
  });
  expect(rtl.help).toBeLessThan(rtl.quiz);
  expect(rtl.direction).toBe('rtl');
  expect(['start', 'right']).toContain(rtl.align);
  expect(rtl.ruleOnRight).toBe(true);
  await expectAxeClean(page, 'rtl feedback');
});

test('reflow at 320 CSS px: no sideways scrolling, nothing clipped or overlapping', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(`${PARTNER}/partner.html`);
  const host = page.locator('know-the-signs');
  await expectQuizReady(host);
  const states = [];
  states.push(['content note', await layoutProblems(host), await pageScrollsSideways(page)]);
  await walkQuiz(host, async (question, phase) => {
    if (phase === 'after' && question.kind === 'scenario') {
      states.push([`${question.id} after`, await layoutProblems(host), await pageScrollsSideways(page)]);
    }
  });
  states.push(['results', await layoutProblems(host), await pageScrollsSideways(page)]);
  for (const [state, problems, scrolls] of states) {
    expect(problems, state).toEqual([]);
    expect(scrolls, `${state}: page scrolls sideways`).toBe(false);
  }
});

test('the layout follows the widget\'s own width: stacked in a narrow sidebar, help beside the quiz in a wide column', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const release = await holdModule(page);
  await page.goto(`${PARTNER}/sidebar.html`);
  const wide = page.locator('#wide');
  const narrow = page.locator('#narrow');
  // Where the help panel is against the quiz panel (the content note while loading).
  const placement = (host) => host.evaluate((el) => {
    const root = el.shadowRoot;
    const quiz = root.querySelector('.kts-quiz').getBoundingClientRect();
    const help = root.querySelector('.kts-help').getBoundingClientRect();
    if (help.top >= quiz.bottom - 1) return 'below';
    if (help.left >= quiz.right - 1) return 'beside';
    return `overlapping (quiz ${JSON.stringify(quiz)}, help ${JSON.stringify(help)})`;
  });
  for (const phase of ['loading', 'loaded']) {
    if (phase === 'loaded') {
      release();
      await expectQuizReady(wide);
      await expectQuizReady(narrow);
    } else {
      await expect(narrow.locator('.kts-fallback .kts-quiz')).toBeVisible();
    }
    expect(await placement(wide), phase).toBe('beside');
    expect(await placement(narrow), phase).toBe('below');
    expect(await layoutProblems(narrow), phase).toEqual([]);
    expect(await narrow.evaluate((el) => el.scrollWidth <= el.clientWidth + 1), `${phase}: nothing wider than the sidebar`).toBe(true);
  }
  await narrow.getByRole('button', START).click();
  await narrow.locator('.kts-choice input').first().check();
  await narrow.getByRole('button', { name: 'Check answer' }).click();
  expect(await layoutProblems(narrow), 'feedback').toEqual([]);
  expect(await pageScrollsSideways(page)).toBe(false);
  // A neighbour in a flex row does not squeeze it below 20em.
  expect(await page.locator('#squeezed').evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThanOrEqual(320);
  expect(await layoutProblems(page.locator('#squeezed'))).toEqual([]);
});

test('text at 200% in a 300 px sidebar: everything wraps inside the widget', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  await page.goto(`${PARTNER}/sidebar.html`);
  const narrow = page.locator('#narrow');
  await expectQuizReady(narrow);
  expect(await layoutProblems(narrow), 'content note').toEqual([]);
  await narrow.getByRole('button', START).click();
  await narrow.locator('.kts-choice input').first().check();
  await narrow.getByRole('button', { name: 'Check answer' }).click();
  expect(await layoutProblems(narrow), 'feedback').toEqual([]);
});

test('--kts-font-size: 1rem follows the page\'s larger text; --kts-sticky-top keeps the bar below a fixed header', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.goto(`${PARTNER}/page-sizes.html`);
  const host = page.locator('know-the-signs');
  await host.getByRole('button', START).click();
  const size = (locator) => locator.evaluate((el) => getComputedStyle(el).fontSize);
  // The page's root is 150% of 16 px.
  expect(await size(host.getByRole('button', { name: 'Check answer' }))).toBe('24px');
  expect(await size(host.getByRole('button', { name: 'Quick exit' }))).toBe('24px');
  await host.locator('.kts-choice input').first().check();
  await host.getByRole('button', { name: 'Check answer' }).click();
  await host.locator('.kts-fact').last().scrollIntoViewIfNeeded();
  const exit = await host.getByRole('button', { name: 'Quick exit' }).boundingBox();
  expect(exit.y).toBeGreaterThanOrEqual(60);
  expect(exit.y + exit.height).toBeLessThanOrEqual(700);
  // Nothing of the page is over it: a click there reaches the button.
  const hit = await page.evaluate(([x, y]) => {
    let el = document.elementFromPoint(x, y);
    while (el && el.shadowRoot && el.shadowRoot.elementFromPoint(x, y) && el.shadowRoot.elementFromPoint(x, y) !== el) {
      el = el.shadowRoot.elementFromPoint(x, y);
    }
    return el && el.textContent;
  }, [exit.x + exit.width / 2, exit.y + exit.height / 2]);
  expect(hit).toBe('Quick exit');
});

test('on a short screen with a fixed header, Tab never leaves focus under the exit bar', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 256 });
  await page.goto(`${PARTNER}/page-sizes.html`);
  const host = page.locator('know-the-signs');
  await host.getByRole('button', START).click();
  await host.locator('.kts-choice input').first().check();
  await host.getByRole('button', { name: 'Check answer' }).click();
  await host.getByRole('button', { name: 'Quick exit' }).focus();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const spot = await page.evaluate(() => {
      let el = document.activeElement;
      while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
      if (!(el.getRootNode() instanceof ShadowRoot)) return null;
      const bar = el.getRootNode().querySelector('.kts-exit');
      if (bar.contains(el)) return { ok: true };
      const r = el.getBoundingClientRect();
      const onPage = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 10));
      return {
        name: `${el.tagName} ${(el.textContent || '').trim().slice(0, 30)}`,
        ok: r.top >= bar.getBoundingClientRect().bottom - 1 && onPage === el.getRootNode().host,
      };
    });
    if (!spot) break; // focus has left the widget
    expect(spot.ok, `${spot.name} is under the exit bar or the page's header`).toBe(true);
  }
});

test('without --kts-font-size the widget keeps the visitor\'s default size, whatever the page\'s', async ({ page }) => {
  await page.goto(`${PARTNER}/partner.html`);
  await page.addStyleTag({ content: 'html { font-size: 62.5%; } body { font-size: 1.2rem; }' });
  const host = page.locator('know-the-signs');
  await host.getByRole('button', START).click();
  expect(await host.getByRole('button', { name: 'Check answer' }).evaluate((el) => getComputedStyle(el).fontSize)).toBe('16px');
});

test('a --kts-font-size smaller than the visitor\'s own is not used, and the console says so', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto(`${PARTNER}/small-root.html`);
  const host = page.locator('know-the-signs');
  await host.getByRole('button', START).click();
  expect(await host.getByRole('button', { name: 'Check answer' }).evaluate((el) => getComputedStyle(el).fontSize)).toBe('16px');
  expect(warnings.filter((w) => w.includes('--kts-font-size'))).toEqual(['Know the Signs: --kts-font-size gives 10px text, ' +
    'smaller than the 16px the visitor chose in their browser, so the widget uses theirs. See the README, "Colours and fonts".']);
  // Still so after a change of theme, which is applied in place.
  await page.evaluate(() => document.querySelector('know-the-signs').setAttribute('data-theme', 'dark'));
  await expect.poll(() => host.locator('.kts').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(21, 24, 29)');
  expect(await host.getByRole('button', { name: 'Check answer' }).evaluate((el) => getComputedStyle(el).fontSize)).toBe('16px');
});

test('text at 200%: nothing overlaps or is cut off', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } }); // default 16 -> 32
  await page.goto(`${PARTNER}/partner.html`);
  const host = page.locator('know-the-signs');
  await expectQuizReady(host);
  expect(await host.locator('.kts').evaluate((e) => getComputedStyle(e).fontSize)).toBe('32px');
  expect(await layoutProblems(host), 'content note').toEqual([]);
  await host.getByRole('button', START).click();
  await host.locator('.kts-choice input').first().check();
  await host.getByRole('button', { name: 'Check answer' }).click();
  expect(await layoutProblems(host), 'feedback').toEqual([]);
  expect(await pageScrollsSideways(page)).toBe(false);
});

test('every target is at least 24 by 24 CSS px', async ({ page }) => {
  await page.goto(`${PARTNER}/partner.html`);
  const host = page.locator('know-the-signs');
  await expectQuizReady(host);
  const small = async () => host.evaluate((el) => [...el.shadowRoot.querySelectorAll('button, a, input')]
    .filter((e) => !e.closest('.kts-exit-note')) // an inline link in a sentence is exempt (SC 2.5.8)
    .map((e) => ({ e, r: e.getBoundingClientRect() }))
    .filter(({ r }) => r.width > 0 && (r.width < 24 || r.height < 24))
    .map(({ e, r }) => `${e.tagName} ${e.textContent.trim()} ${r.width}x${r.height}`));
  expect(await small()).toEqual([]);
  await host.getByRole('button', START).click();
  await expect(host.locator('.kts-choice input').first()).toBeVisible();
  expect(await small()).toEqual([]);
});

test('prefers-reduced-motion: reduce leaves no animation or transition', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${PARTNER}/partner.html`);
  const host = page.locator('know-the-signs');
  await host.getByRole('button', START).click();
  await host.locator('.kts-choice input').first().check();
  await host.getByRole('button', { name: 'Check answer' }).click();
  const moving = await host.evaluate((el) => [...el.shadowRoot.querySelectorAll('*')]
    .filter((e) => {
      const s = getComputedStyle(e);
      return s.animationName !== 'none' || s.transitionDuration.split(',').some((d) => parseFloat(d) > 0);
    })
    .map((e) => e.className || e.tagName));
  expect(moving).toEqual([]);
});

test('forced colours: controls, focus ring and right/wrong marks stay visible', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(`${PARTNER}/partner.html`);
  const host = page.locator('know-the-signs');
  await host.getByRole('button', START).click();
  const question = await shownQuestion(host);
  const wrong = question.choices.find((c) => !c.correct);
  await host.locator('.kts-choice', { hasText: wrong.text }).locator('input').check();
  await host.getByRole('button', { name: 'Check answer' }).click();
  // Right and wrong are told by words and symbols, not colour.
  await expect(host.locator('.kts-choice--wrong .kts-mark')).toHaveText('(your answer, not correct)');
  await expect(host.locator('.kts-choice--correct .kts-mark').first()).toHaveText(/^\(correct answer/);
  const look = await host.evaluate((el) => {
    const r = el.shadowRoot;
    const b = getComputedStyle(r.querySelector('.kts-button'));
    const right = getComputedStyle(r.querySelector('.kts-choice--correct'));
    const wrongBox = getComputedStyle(r.querySelector('.kts-choice--wrong'));
    return { button: b.borderStyle, right: right.borderStyle, wrong: wrongBox.borderStyle, rightW: right.borderTopWidth };
  });
  expect(look.button).not.toBe('none');
  expect(look.right).toBe('solid');
  expect(look.wrong).toBe('dashed');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  const ring = await page.evaluate(() => {
    let e = document.activeElement;
    while (e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;
    return getComputedStyle(e).outlineStyle;
  });
  expect(ring).not.toBe('none');
  // The visitor's own colours are in force: no warning to the partner about theirs.
  expect(warnings.filter((w) => w.includes('Know the Signs:'))).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the whole quiz works by touch at 390×844', async ({ page }) => {
    await page.goto(`${PARTNER}/partner.html`);
    const host = page.locator('know-the-signs');
    await host.getByRole('button', START).tap();
    for (let n = 1; n <= RUN; n++) {
      const question = await shownQuestion(host);
      const right = question.choices.filter((c) => c.correct);
      for (const c of right) await host.locator('.kts-choice label', { hasText: c.text }).tap();
      await host.getByRole('button', { name: 'Check answer' }).tap();
      await expect(host.locator('.kts-verdict')).toHaveText("That's right.");
      await host.getByRole('button', { name: /Next question|See results/ }).tap();
    }
    await expect(host.locator('.kts-score')).toHaveText(`You answered ${RUN} of ${RUN} questions correctly.`);
    expect(await pageScrollsSideways(page)).toBe(false);
    const tabbed = await focused(page);
    expect(tabbed?.tag).toBe('h3');
  });
});

test('the keyboard alone reaches the quick exit first, then the quiz', async ({ page }) => {
  await page.goto(`${PARTNER}/partner.html`);
  await expectQuizReady(page.locator('know-the-signs'));
  const first = await tabTo(page, (f) => f.inWidget);
  expect(first).toMatchObject({ tag: 'button', text: 'Quick exit' });
});

test('after "Check answer", the verdict and the explanation under it are in view, clear of the sticky bar', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  await page.goto(`${PARTNER}/readme.html`);
  const host = page.locator('know-the-signs');
  await expectQuizReady(host);
  await host.getByRole('button', START).click();
  for (let n = 1; n <= 3; n++) {
    await host.locator('.kts-choice input').first().check();
    await host.getByRole('button', { name: 'Check answer' }).press('Enter');
    await expect(host.locator('.kts-verdict')).toBeFocused();
    await expect(host.locator('.kts-verdict')).toBeInViewport();
    await expect(host.locator('.kts-explanation').first()).toBeInViewport({ ratio: 0.5 });
    const [bar, verdict] = await Promise.all([host.locator('.kts-exit').boundingBox(), host.locator('.kts-verdict').boundingBox()]);
    expect(verdict.y).toBeGreaterThanOrEqual(bar.y + bar.height);
    await host.getByRole('button', { name: /Next question|See results/ }).click();
  }
});
