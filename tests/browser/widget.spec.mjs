// The widget end to end, as partners embed it and visitors use it.
import { test, expect } from '@playwright/test';
import {
  PACK, PARTNER, WIDGET, citation, expectClean, expectFocus, focused, shownQuestion, tabTo, watch,
  helpLink, expectQuizReady, holdModule, holdRequests, addHost, RUN, factsFor } from './helpers.mjs';

const START = { name: 'Start the quiz' };

/** Answers every question with the keyboard alone; odd-numbered ones right, even ones wrong. */
async function takeQuizByKeyboard(page, host) {
  const total = RUN;
  let right = 0;
  for (let n = 1; n <= total; n++) {
    await expectFocus(page, (f) => f?.tag === 'legend' && f.text.startsWith(`Question ${n} of ${total}`),
      `focus on the legend of question ${n}`);
    const question = await shownQuestion(host);
    const shown = (await host.locator('.kts-choice label').allTextContents()).map((t) => t.trim());
    const byText = (text) => question.choices.find((c) => c.text === text);
    const answerRight = n % 2 === 1;
    const want = shown.map((text) => {
      const choice = byText(text);
      return answerRight ? !!choice.correct : false;
    });
    if (!answerRight) want[shown.findIndex((text) => !byText(text).correct)] = true;

    if (question.kind === 'multiple') {
      for (let i = 0; i < shown.length; i++) {
        await page.keyboard.press('Tab');
        expect((await focused(page)).type).toBe('checkbox');
        if (want[i]) await page.keyboard.press('Space');
      }
    } else {
      await page.keyboard.press('Tab');
      expect((await focused(page)).type).toBe('radio');
      const target = want.indexOf(true);
      if (target === 0) await page.keyboard.press('Space');
      for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
      await expect(host.locator('.kts-choice input').nth(target)).toBeChecked();
    }
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Check answer' });
    await page.keyboard.press('Enter');

    const verdict = answerRight ? "That's right." : 'Not quite.';
    const feedback = host.locator('.kts-feedback');
    await expect(feedback, `question ${n}: ${question.id}`).toContainText(verdict);
    await expect(feedback).toContainText(question.explanation.sign);
    await expect(feedback).toContainText(citation(question.sources));
    if (answerRight) right++;

    // Focus goes to the verdict, so the explanation is read before moving on.
    await expectFocus(page, (f) => f?.tag === 'p' && f.text === verdict, 'focus on the verdict');
    const next = n === total ? 'See results' : 'Next question';
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'button', text: next });
    await page.keyboard.press('Enter');
  }
  return { right, total };
}

test('a visitor completes the whole quiz by keyboard alone on a partner page from another origin', async ({ page }) => {
  const seen = watch(page);
  const url = `${PARTNER}/readme.html`; // the README's snippet, as a partner pastes it
  await page.goto(url);
  const host = page.locator('know-the-signs');
  await expectQuizReady(host);
  await expect(host.getByRole('region', { name: 'Know the signs', exact: true })).toHaveAttribute('lang', 'en');

  await tabTo(page, (f) => f.tag === 'button' && f.text === START.name);
  await page.keyboard.press('Enter');
  const { right, total } = await takeQuizByKeyboard(page, host);

  await expectFocus(page, (f) => f?.tag === 'h3' && f.text.startsWith('Your results'), 'focus on "Your results"');
  await expect(host.locator('.kts-score')).toHaveText(`You answered ${right} of ${total} questions correctly.`);
  await expect(host.locator('.kts-review > li')).toHaveCount(total - right);

  await tabTo(page, (f) => f.tag === 'button' && f.text === 'Try again');
  await page.keyboard.press('Enter');
  await expectFocus(page, (f) => f?.tag === 'legend' && f.text.startsWith(`Question 1 of ${total}`), 'back at question 1');
  expectClean(seen, url);
});

test('the help details stay visible while the quiz runs, as call and text links', async ({ page }) => {
  const seen = watch(page);
  const url = `${PARTNER}/partner.html`;
  await page.goto(url);
  const host = page.locator('know-the-signs');
  const help = host.getByRole('complementary', { name: 'Where to get help' });
  await host.getByRole('button', START).click();
  await expect(host.getByRole('group')).toBeVisible();
  await expect(help).toBeVisible();
  await expect(help.getByRole('link', { name: 'Call 1-888-373-7888' })).toHaveAttribute('href', 'tel:+18883737888');
  await expect(help.getByRole('link', { name: 'Text 233733' })).toHaveAttribute('href', 'sms:233733');
  await expect(help.getByRole('link', { name: 'Call 1-800-843-5678' })).toHaveAttribute('href', 'tel:+18008435678');
  await expect(help.getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');
  await expect(help).toContainText('National Human Trafficking Hotline');
  await expect(help).toContainText('NCMEC');
  expectClean(seen, url);
});

test('every fact shows its source and year, and the 2003 US estimate is marked as history', async ({ page }) => {
  await page.goto(`${PARTNER}/partner.html`);
  const facts = page.locator('know-the-signs').getByRole('region', { name: 'Facts about human trafficking' });
  await expect(facts.locator('.kts-fact')).toHaveCount(factsFor(PACK).length);
  for (const [i, fact] of factsFor(PACK).entries()) {
    const item = facts.locator('.kts-fact').nth(i);
    await expect(item.getByRole('heading', { level: 3 })).toHaveText(fact.heading);
    await expect(item.locator('.kts-source')).toContainText(citation(fact.sources));
    expect(fact.sources.some((s) => s.year)).toBe(true);
  }
  const history = facts.locator('.kts-fact', { hasText: '18,000 to 20,000' });
  await expect(history).toContainText('Historical figure');
  await expect(history).toContainText('14,500 to 17,500');
});

test('a multiple-select question needs every right choice and only those', async ({ page }) => {
  // Every question of the bank for the region, so that a multiple-select one is sure to come.
  await page.goto(`${PARTNER}/empty.html`);
  const host = await addHost(page, 'whole-bank', { 'data-questions': '100' });
  await host.getByRole('button', START).click();
  const all = PACK.questions.length;
  for (let n = 1; n <= all; n++) {
    const question = await shownQuestion(host);
    if (question.kind === 'multiple') {
      const [firstRight] = question.choices.filter((c) => c.correct);
      await host.getByRole('checkbox', { name: firstRight.text }).check();
      await host.getByRole('button', { name: 'Check answer' }).click();
      await expect(host.locator('.kts-feedback')).toContainText('Not quite.');
      // The right choice picked, and the right ones missed, are told apart in words.
      await expect(host.locator('.kts-choice--correct', { hasText: firstRight.text })).toContainText('(correct answer)');
      for (const c of question.choices.filter((c) => c.correct && c !== firstRight)) {
        await expect(host.locator('.kts-choice--correct', { hasText: c.text })).toContainText('(correct answer, not chosen)');
      }
      return;
    }
    await host.locator('.kts-choice input').first().check();
    await host.getByRole('button', { name: 'Check answer' }).click();
    await host.getByRole('button', { name: /Next question|See results/ }).click();
  }
  throw new Error('no multiple-select question was shown');
});

test('checking with nothing chosen asks for an answer instead of scoring', async ({ page }) => {
  await page.goto(`${PARTNER}/partner.html`);
  const host = page.locator('know-the-signs');
  await host.getByRole('button', START).click();
  await host.getByRole('button', { name: 'Check answer' }).click();
  await expect(host.locator('.kts-nudge[role="status"]')).toHaveText('Choose an answer first.');
  await expect(host.getByRole('button', { name: 'Check answer' })).toBeVisible();
});

test('two instances on one page stay independent, including the div form', async ({ page }) => {
  const seen = watch(page);
  const url = `${PARTNER}/two.html`;
  await page.goto(url);
  const first = page.locator('#first');
  const second = page.locator('#second');
  await expectQuizReady(second);
  await first.getByRole('button', START).click();
  await expect(first.getByRole('group')).toBeVisible();
  await first.locator('.kts-choice input').first().check();
  await first.getByRole('button', { name: 'Check answer' }).click();
  await expect(first.locator('.kts-feedback')).toContainText(/That's right\.|Not quite\./);

  await expectQuizReady(second);
  await expect(second.getByRole('group')).toHaveCount(0);
  await second.getByRole('button', START).click();
  await expect(second.locator('.kts-progress')).toHaveText(`Question 1 of ${RUN}`);
  await expect(first.getByRole('button', { name: /Next question|See results/ })).toBeVisible();
  expectClean(seen, url);
});

/** Computed styles a visitor would notice, for elements inside the widget. */
async function widgetLook(page) {
  const host = page.locator('know-the-signs');
  await expectQuizReady(host);
  return host.evaluate((el) => {
    const root = el.shadowRoot;
    const pick = (sel) => {
      const s = getComputedStyle(root.querySelector(sel));
      return {
        display: s.display, fontFamily: s.fontFamily, fontSize: s.fontSize, color: s.color,
        lineHeight: s.lineHeight, textAlign: s.textAlign, letterSpacing: s.letterSpacing,
        direction: s.direction, fontWeight: s.fontWeight,
      };
    };
    return {
      root: pick('.kts'), heading: pick('h2'), text: pick('.kts-note p'), button: pick('.kts-button'),
      link: pick('.kts-contact-link'), exit: pick('.kts-exit-button'), box: root.querySelector('.kts').getBoundingClientRect().height,
    };
  });
}

test('aggressive host-page CSS leaves the widget unchanged, and the widget leaves the page alone', async ({ page }) => {
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(`${PARTNER}/partner.html`);
  const plain = await widgetLook(page);
  const plainHeading = await page.locator('h1').evaluate((h) => getComputedStyle(h).fontFamily);

  const seen = watch(page);
  const url = `${PARTNER}/hostile-css.html`;
  await page.goto(url);
  const hostile = await widgetLook(page);
  expect(hostile).toEqual(plain);
  await expectQuizReady(page.locator('know-the-signs'));
  // The page's own rules still apply to the page.
  await expect(page.locator('#page-button')).toBeHidden();
  expect(await page.locator('#page-heading').evaluate((h) => getComputedStyle(h).color)).toBe('rgb(255, 0, 0)');
  expect(plainHeading).not.toBe('');
  expectClean(seen, url);
});

test('a host added after load is mounted, and a removed one is unmounted', async ({ page }) => {
  const seen = watch(page);
  const url = `${PARTNER}/empty.html`;
  await page.goto(url);
  await page.evaluate(() => {
    const el = document.createElement('know-the-signs');
    el.id = 'late';
    document.getElementById('app').appendChild(el);
  });
  const late = page.locator('#late');
  await expectQuizReady(late);
  await late.getByRole('button', START).click();
  await expect(late.getByRole('group')).toBeVisible();

  // Moving a host keeps its state; removing it empties it; adding it back starts fresh.
  await page.evaluate(() => document.body.appendChild(document.getElementById('late')));
  await expect(late.getByRole('group')).toBeVisible();
  await page.evaluate(() => {
    window.__kts_removed = document.getElementById('late');
    window.__kts_removed.remove();
  });
  await expect.poll(() => page.evaluate(() => window.__kts_removed.shadowRoot.querySelector('.kts')),
    { message: 'a removed host is emptied' }).toBe(null);
  await page.evaluate(() => document.getElementById('app').appendChild(window.__kts_removed));
  await expectQuizReady(late);

  const div = await page.evaluate(() => {
    const el = document.createElement('div');
    el.setAttribute('data-know-the-signs', '');
    el.id = 'late-div';
    document.body.appendChild(el);
    return el.id;
  });
  await expectQuizReady(page.locator(`#${div}`));
  expectClean(seen, url);
});

test('if the WebAssembly module cannot load, the help details still show', async ({ page }) => {
  // As a host without CORS answers another origin: the browser lets no response through. (A file
  // missing on the server is named as such: integrity.spec.mjs.)
  await page.route('**/*.wasm', (route) => route.abort('failed'));
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${PARTNER}/partner.html`);
  const host = page.locator('know-the-signs');
  await expect(helpLink(host, 'Call 1-888-373-7888')).toHaveAttribute('href', 'tel:+18883737888');
  await expect(helpLink(host, 'Text 233733')).toBeVisible();
  await expect(host).toContainText('The quiz could not be loaded just now.');
  // The partner is told what to check when the files are on another origin.
  await expect.poll(() => errors.filter((e) => e.startsWith('Know the Signs: the quiz could not start') &&
    e.includes('must send CORS headers') && e.includes('"Hosting dist/"')).length).toBe(1);
});

// Two page policies that block the module: the strict policy less 'wasm-unsafe-eval', and
// Trusted Types whose list of policies leaves out the widget's (tests/browser/server.mjs).
for (const [file, named] of [
  ['strict.nowasm.html', 'Content-Security-Policy blocked script-src (wasm-eval)'],
  ['trusted.ttlist.html', 'Content-Security-Policy (trusted-types) does not allow the Trusted Types policy "know-the-signs"'],
]) {
  test(`a page policy that blocks the widget (${file}): help details, and the console names the policy`, async ({ page }) => {
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${PARTNER}/${file}`);
    const host = page.locator('know-the-signs');
    await expect(host).toContainText('The quiz could not be loaded just now.');
    await expect(helpLink(host, 'Call 1-888-373-7888')).toHaveAttribute('href', 'tel:+18883737888');
    await expect(host.getByRole('button', { name: 'Quick exit' })).toBeVisible();
    await expect.poll(() => errors.filter((e) => e.startsWith('Know the Signs: the quiz could not start')).length).toBe(1);
    const said = errors.filter((e) => e.includes('Know the Signs:')).join('\n');
    expect(said).toContain(named);
    expect(said).toContain('"Visitor safety"');
    // Not a host's fault: no advice about CORS or re-uploading files.
    expect(said).not.toContain('CORS');
    expect(said).not.toContain('integrity');
  });
}

test('the demo page opened as a file: the help details show, and the console says to use a web server', async ({ page }) => {
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(new URL('../../dist/index.html', import.meta.url).href);
  const host = page.locator('know-the-signs').first();
  await expect(helpLink(host, 'Call 1-888-373-7888')).toHaveAttribute('href', 'tel:+18883737888');
  await expect(host.getByRole('button', { name: 'Quick exit' })).toBeVisible();
  await expect.poll(() => errors.filter((e) => e.startsWith('Know the Signs: the quiz could not start')).length).toBe(1);
  const said = errors.find((e) => e.startsWith('Know the Signs: the quiz could not start'));
  expect(said).toContain('Open the page through a web server');
  expect(said).not.toContain('CORS');
});

test('if the content pack cannot load, the help details still show with a notice', async ({ page }) => {
  await page.route('**/packs/en.json', (route) => route.fulfill({ status: 500, body: 'oops' }));
  await page.goto(`${PARTNER}/partner.html`);
  const host = page.locator('know-the-signs');
  await expect(host.getByRole('alert')).toHaveText('The quiz could not be loaded just now. The help details on this page still work.');
  await expect(helpLink(host, 'Call 1-888-373-7888')).toBeVisible();
  await expect(host.getByRole('button', START)).toHaveCount(0);
});

test('before the module arrives, the help details and the content note show; Start pressed then opens question 1', async ({ page }) => {
  const release = await holdModule(page);
  await page.goto(`${PARTNER}/partner.html`);
  const host = page.locator('know-the-signs');
  await expect(helpLink(host, 'Call 1-888-373-7888')).toBeVisible();
  await expect(host.getByRole('heading', { name: 'Before you start' })).toBeVisible();
  await expect(host).toContainText('It takes a few minutes. You can stop at any time.');
  const start = host.getByRole('button', START);
  await start.press('Enter');
  await expect(start).toHaveAttribute('aria-disabled', 'true');
  // Said beside the button, in a live region that was there (empty) before the press.
  await expect(host.locator('.kts-note').getByRole('status')).toHaveText('Loading the quiz\u2026');
  await expect(host.locator('.kts-question')).toHaveCount(0);
  release();
  const total = RUN;
  await expectFocus(page, (f) => f?.tag === 'legend' && f.text.startsWith(`Question 1 of ${total}`),
    'focus on the legend of question 1');
  await expect(host.getByRole('button', START)).toHaveCount(0);
  await expect(helpLink(host, 'Call 1-888-373-7888')).toBeVisible();
});

test('when the module arrives, the help links and Start stay where they were, so a tap does not miss', async ({ page }) => {
  for (const size of [{ width: 1200, height: 900 }, { width: 360, height: 740 }]) {
    await page.setViewportSize(size);
    const release = await holdModule(page);
    await page.goto(`${PARTNER}/partner.html`);
    const host = page.locator('know-the-signs');
    const places = () => host.evaluate((el) => [...el.shadowRoot.querySelectorAll('.kts-help a, .kts-note button')]
      .map((e) => {
        const box = e.getBoundingClientRect();
        return [e.textContent.trim(), box.x, box.y, box.width, box.height];
      }));
    await expect(helpLink(host, 'Call 1-888-373-7888')).toBeVisible();
    const before = await places();
    release();
    await expectQuizReady(host);
    const after = await places();
    // The same targets, each within a pixel of where it was (text widths differ in fractions).
    expect(after.map((p) => p[0]), `${size.width}x${size.height}`).toEqual(before.map((p) => p[0]));
    after.forEach((place, i) => place.slice(1).forEach((value, j) => {
      expect(Math.abs(value - before[i][j + 1]), `${size.width}x${size.height} ${place[0]}`).toBeLessThanOrEqual(1);
    }));
    await page.unrouteAll();
  }
});

test('Start pressed early, then focus moved to the hotline: the module opens question 1 and leaves focus there', async ({ page }) => {
  const release = await holdModule(page);
  await page.goto(`${PARTNER}/partner.html`);
  const host = page.locator('know-the-signs');
  await host.getByRole('button', START).press('Enter');
  await tabTo(page, (f) => f?.tag === 'a' && f.text === 'Call 1-888-373-7888');
  release();
  await expect(host.locator('.kts-progress')).toHaveText(/^Question 1 of /);
  await expect(host.locator('.kts-fallback')).toHaveCount(0);
  expect(await focused(page)).toMatchObject({ tag: 'a', text: 'Call 1-888-373-7888', inWidget: true });
});

test('Start pressed early, then focus moved out to the page: the module does not pull it back', async ({ page }) => {
  const release = await holdModule(page);
  await page.goto(`${PARTNER}/partner.html`);
  await page.evaluate(() => {
    const link = document.createElement('a');
    link.id = 'footer';
    link.href = '#footer';
    link.textContent = 'Our footer';
    document.body.append(link);
  });
  const host = page.locator('know-the-signs');
  await host.getByRole('button', START).press('Enter');
  await page.locator('#footer').focus();
  release();
  await expect(host.locator('.kts-progress')).toHaveText(/^Question 1 of /);
  expect(await focused(page)).toMatchObject({ tag: 'a', text: 'Our footer', inWidget: false });
});

test('focus on a help link while the module loads stays on that link when it arrives', async ({ page }) => {
  const release = await holdModule(page);
  await page.goto(`${PARTNER}/partner.html`);
  const host = page.locator('know-the-signs');
  await tabTo(page, (f) => f?.tag === 'a' && f.text === 'Text 233733');
  release();
  await expectQuizReady(host);
  expect(await focused(page)).toMatchObject({ tag: 'a', text: 'Text 233733', inWidget: true });
});

for (const [file, url] of [['module', '**/*.wasm'], ['pack', '**/packs/en.json']]) {
  test(`Start pressed early and the ${file} never arrives: focus goes to the notice, which says so`, async ({ page }) => {
    const release = await holdRequests(page, url, { status: 404 });
    await page.goto(`${PARTNER}/partner.html`);
    const host = page.locator('know-the-signs');
    await host.getByRole('button', START).press('Enter');
    release();
    await expectFocus(page, (f) => f?.tag === 'p' && f.text.startsWith('The quiz could not be loaded just now.'),
      'focus on the notice');
    await expect(helpLink(host, 'Call 1-888-373-7888')).toBeVisible();
  });
}

test('a keyboard visitor waiting on Start while the module loads keeps focus there when it arrives', async ({ page }) => {
  const release = await holdModule(page);
  await page.goto(`${PARTNER}/partner.html`);
  const host = page.locator('know-the-signs');
  await tabTo(page, (f) => f?.tag === 'button' && f.text === 'Start the quiz');
  release();
  // The module's own panels are in (the facts panel comes only with it), Start still focused.
  await expect(host.getByRole('heading', { name: 'Facts about human trafficking' })).toBeVisible();
  await expect(host.locator('.kts-fallback')).toHaveCount(0);
  expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Start the quiz', inWidget: true });
  await page.keyboard.press('Enter');
  await expectFocus(page, (f) => f?.tag === 'legend' && f.text.startsWith('Question 1 of'),
    'focus on the legend of question 1');
});

test('a widget that shows no quiz (data-panels) draws no content note while loading, and says no quiz is loading', async ({ page }) => {
  const release = await holdModule(page);
  await page.goto(`${PARTNER}/partner.html`);
  const host = await addHost(page, 'facts-only', { 'data-panels': 'facts,help' });
  await expect(helpLink(host, 'Call 1-888-373-7888')).toBeVisible();
  await expect(host.getByRole('button', START)).toHaveCount(0);
  await expect(host.locator('.kts-fallback')).toHaveCount(0);
  await expect(host).not.toContainText('quiz');
  release();
  await expect(host.getByRole('heading', { name: 'Facts about human trafficking' })).toBeVisible();
  await expect(host.getByRole('button', START)).toHaveCount(0);
});

test('the demo page embeds the widget exactly as partners do', async ({ page }) => {
  const seen = watch(page);
  const url = `${WIDGET}/`;
  await page.goto(url);
  const html = await (await page.request.get(url)).text();
  expect(html).toContain('<know-the-signs style="display:block;min-height:100vh">');
  expect(html).toContain('<script src="embed.js" async referrerpolicy="no-referrer"></script>');
  await expectQuizReady(page.locator('know-the-signs'));
  expectClean(seen, url);
});

test('with scripts off, the README snippet still shows the hotline', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${PARTNER}/readme.html`);
  await expect(page.getByRole('link', { name: '1-888-373-7888' })).toHaveAttribute('href', 'tel:+18883737888');
  await expect(page.getByRole('link', { name: '233733' })).toHaveAttribute('href', 'sms:233733');
  await context.close();
});

test('a second Enter or a double click on "Check answer" does not skip the explanation', async ({ page }) => {
  await page.goto(`${PARTNER}/partner.html`);
  const host = page.locator('know-the-signs');
  await host.getByRole('button', START).click();
  await host.locator('.kts-choice input').first().focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter'); // Enter in a choice checks the answer
  await page.keyboard.press('Enter'); // a second, impatient Enter
  await expect(host.locator('.kts-verdict')).toBeFocused();
  await expect(host.locator('.kts-progress')).toHaveText(`Question 1 of ${RUN}`);
  await host.getByRole('button', { name: /Next question|See results/ }).click();

  await host.locator('.kts-choice input').first().check();
  await host.getByRole('button', { name: 'Check answer' }).dblclick();
  await expect(host.locator('.kts-verdict')).toBeVisible();
  await expect(host.locator('.kts-progress')).toHaveText(`Question 2 of ${RUN}`);
  await expect.poll(async () => (await focused(page))?.inWidget, { message: 'focus stays in the widget' }).toBe(true);

  // Where the second click of that double click lands on "Next question" (the page scrolled
  // under the pointer), it is ignored; a single click then goes on.
  const next = host.getByRole('button', { name: /Next question|See results/ });
  await next.scrollIntoViewIfNeeded();
  const box = await next.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down({ clickCount: 2 });
  await page.mouse.up({ clickCount: 2 });
  await expect(host.locator('.kts-verdict')).toBeVisible();
  await expect(host.locator('.kts-progress')).toHaveText(`Question 2 of ${RUN}`);
  await next.click();
  await expect(host.locator('.kts-progress')).toHaveText(`Question 3 of ${RUN}`);
});

test('an element that cannot take the widget is named once in the console and left alone', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto(`${PARTNER}/empty.html`);
  await page.evaluate(() => {
    const link = document.createElement('a');
    link.id = 'link';
    link.setAttribute('data-know-the-signs', '');
    const taken = document.createElement('div');
    taken.id = 'taken';
    taken.attachShadow({ mode: 'open' }).append('another script\'s content');
    taken.setAttribute('data-know-the-signs', '');
    document.body.append(link, taken);
  });
  const ok = await addHost(page, 'fine');
  await expectQuizReady(ok);
  await expect.poll(() => warnings.filter((w) => w.startsWith('Know the Signs: <a#link> cannot have a shadow root')).length).toBe(1);
  await expect.poll(() => warnings.filter((w) => w.startsWith('Know the Signs: <div#taken> already has a shadow root of another script')).length).toBe(1);
  expect(warnings.filter((w) => w.includes('Use an empty <div> or <know-the-signs> as the host.'))).toHaveLength(2);
  await expect(page.locator('#taken')).toHaveText("another script's content");
});

test('an element that gains data-know-the-signs later is mounted', async ({ page }) => {
  await page.goto(`${PARTNER}/empty.html`);
  await page.evaluate(() => document.getElementById('app').setAttribute('data-know-the-signs', ''));
  await expectQuizReady(page.locator('#app'));
});

test('if embed.js itself never arrives, the snippet\'s own paragraph shows the hotline', async ({ page }) => {
  await page.route('**/embed.js', (route) => route.abort('blockedbyclient'));
  await page.goto(`${PARTNER}/readme.html`);
  await expect(page.getByRole('link', { name: '1-888-373-7888' })).toHaveAttribute('href', 'tel:+18883737888');
  await expect(page.getByRole('link', { name: '911' })).toBeVisible();
});

test('once the widget runs, the snippet\'s own paragraph is replaced by it', async ({ page }) => {
  await page.goto(`${PARTNER}/readme.html`);
  await expect(page.locator('know-the-signs').getByRole('button', { name: 'Quick exit' })).toBeVisible();
  await expect(page.locator('know-the-signs > p')).toBeHidden();
});

test('a keyboard visitor on the snippet\'s hotline link when embed.js arrives stays on that link in the widget', async ({ page }) => {
  // Wide, and a phone held sideways (where the bar hides its own call link).
  for (const size of [{ width: 1200, height: 900 }, { width: 560, height: 360 }]) {
    await page.setViewportSize(size);
    const release = await holdRequests(page, '**/embed.js');
    await page.goto(`${PARTNER}/readme.html`, { waitUntil: 'domcontentloaded' });
    await tabTo(page, (f) => f?.href === 'tel:+18883737888' && !f.inWidget);
    release();
    await expect(page.locator('know-the-signs > p')).toBeHidden();
    // Still there once the module has put the quiz in (its help details take the link's place).
    await expectQuizReady(page.locator('know-the-signs'));
    await expectFocus(page, (f) => f?.href === 'tel:+18883737888' && f.inWidget && f.className === 'kts-contact-link',
      `${size.width}x${size.height}: focus on the hotline link of the help details`);
    // The next Tab goes on through the widget, not past it.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ href: 'sms:233733', inWidget: true });
    await page.unrouteAll();
  }
});

test('the pack and the module are each fetched once, without a referrer, for every widget on the page', async ({ page }) => {
  const fetched = [];
  page.on('request', (req) => {
    if (/\.(wasm|json|js)$/.test(new URL(req.url()).pathname)) fetched.push({ url: req.url(), referer: req.headers().referer });
  });
  await page.goto(`${PARTNER}/two.html`);
  for (const id of ['#first', '#second']) {
    await expectQuizReady(page.locator(id));
  }
  const pack = fetched.filter((f) => f.url.endsWith('/packs/en.json'));
  const wasm = fetched.filter((f) => f.url.endsWith('.wasm'));
  const glue = fetched.filter((f) => /\/know-the-signs\.[0-9a-f]{16}\.js$/.test(f.url));
  expect(pack).toHaveLength(1);
  expect(wasm).toHaveLength(1);
  expect(glue).toHaveLength(1);
  // (Chromium reports a request sent without a referrer as an empty header, or none.)
  expect([...pack, ...wasm, ...glue].map((f) => f.referer || '')).toEqual(['', '', '']);
  // The glue's script element has left the page, and named nothing global.
  expect(await page.evaluate(() => [document.querySelectorAll('script[src*="know-the-signs."]').length,
    typeof window.wasm_bindgen])).toEqual([0, 'undefined']);
});
