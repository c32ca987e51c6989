// The script API (window.KnowTheSigns.mount/unmount) and live changes to a host's attributes.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import {
  PACK, PARTNER, WIDGET, expectClean, expectFocus, focused, helpLink, holdModule, holdRequests, tabTo, watch,
  expectQuizReady, RUN } from './helpers.mjs';

const START = { name: 'Start the quiz' };
const US_LINE = 'Call 1-888-373-7888';
const UK_LINE = 'Call 08000 121 700';

test('a page that builds its DOM in script mounts, reconfigures and unmounts a widget', async ({ page }) => {
  const seen = watch(page);
  const url = `${PARTNER}/script-api.html`;
  await page.goto(url);
  await page.evaluate(() => {
    const div = document.createElement('div');
    div.id = 'built';
    document.getElementById('app').append(div);
    window.KnowTheSigns.mount(div, { region: 'uk', questions: 3, topics: ['labour', 'sex'] });
  });
  const host = page.locator('#built');
  await expect(helpLink(host, UK_LINE)).toBeVisible();
  await host.getByRole('button', START).click();
  await expect(host.locator('.kts-progress')).toHaveText('Question 1 of 3');

  // New options replace the old ones: a fresh quiz with the new settings.
  await page.evaluate(() => window.KnowTheSigns.mount(document.getElementById('built'), { region: 'us', questions: 2 }));
  await expect(helpLink(host, US_LINE).first()).toBeVisible();
  await expect(helpLink(host, UK_LINE)).toHaveCount(0);
  await host.getByRole('button', START).click();
  await expect(host.locator('.kts-progress')).toHaveText('Question 1 of 2');

  // Unmounted: the element stays on the page, with nothing of the widget in it.
  await page.evaluate(() => window.KnowTheSigns.unmount(document.getElementById('built')));
  await expect(host.getByRole('button', { name: 'Quick exit' })).toHaveCount(0);
  await expect(helpLink(host, US_LINE)).toHaveCount(0);
  await expect(host).toBeAttached();

  // And it can be mounted again.
  await page.evaluate(() => window.KnowTheSigns.mount(document.getElementById('built')));
  await expectQuizReady(host);
  await expect(host.getByRole('button', { name: 'Quick exit' })).toHaveCount(1);
  expectClean(seen, url);
});

test('turned off or unmounted, a host shows its own content again (the snippet\'s paragraph with the hotline)', async ({ page }) => {
  await page.goto(`${PARTNER}/script-api.html`);
  await page.evaluate(() => {
    const host = document.createElement('know-the-signs');
    host.id = 'snippet';
    host.innerHTML = '<p id="own">Need help? Call <a href="tel:+18883737888">1-888-373-7888</a>.</p>';
    document.getElementById('app').append(host);
  });
  const host = page.locator('#snippet');
  const own = page.locator('#own');
  await expectQuizReady(host);
  await expect(own).toBeHidden(); // the widget shows in its place
  for (const off of [
    () => document.getElementById('snippet').setAttribute('data-know-the-signs', 'off'),
    () => window.KnowTheSigns.unmount(document.getElementById('snippet')),
  ]) {
    await page.evaluate(off);
    await expect(own).toBeVisible();
    await expect(host.getByRole('button', { name: 'Quick exit' })).toHaveCount(0);
    // On again: the widget, in place of the paragraph.
    await page.evaluate(() => document.getElementById('snippet').removeAttribute('data-know-the-signs'));
    await expectQuizReady(host);
    await expect(own).toBeHidden();
  }
});

test('mount() shows the help details at once, before the module has arrived', async ({ page }) => {
  const release = await holdModule(page);
  await page.goto(`${PARTNER}/script-api.html`);
  await page.evaluate(() => {
    const div = document.createElement('div');
    div.id = 'early';
    document.getElementById('app').append(div);
    window.KnowTheSigns.mount(div, { region: 'uk' });
  });
  const host = page.locator('#early');
  await expect(helpLink(host, UK_LINE)).toBeVisible();
  await expect(host.getByRole('button', { name: 'Quick exit' })).toBeVisible();
  release();
  await expectQuizReady(host);
});

/** Mounts a new `<div id="{id}">` with `options`; resolves to the detail of its `kts:ready`. */
function mountAndWaitReady(page, id, options) {
  return page.evaluate(([divId, opts]) => new Promise((resolve) => {
    const div = document.createElement('div');
    div.id = divId;
    document.getElementById('app').append(div);
    div.addEventListener('kts:ready', (event) => resolve(event.detail), { once: true });
    window.KnowTheSigns.mount(div, opts);
  }), [id, options]);
}

test('a widget drawn after the module has failed to load: the help details, and kts:ready says there is no quiz', async ({ page }) => {
  await page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'no' }));
  await page.goto(`${PARTNER}/script-api.html`);
  // The first is told when the failure is known; the second is mounted after it.
  expect(await mountAndWaitReady(page, 'first', {})).toEqual({ locale: 'en', quiz: false });
  expect(await mountAndWaitReady(page, 'late', { region: 'uk' })).toEqual({ locale: 'en', quiz: false });
  const host = page.locator('#late');
  await expect(helpLink(host, UK_LINE)).toBeVisible();
  await expect(host).toContainText('The quiz could not be loaded just now.');
  // A host the page adds itself, without mount(), is told the same.
  const added = await page.evaluate(() => new Promise((resolve) => {
    const element = document.createElement('know-the-signs');
    element.addEventListener('kts:ready', (event) => resolve(event.detail), { once: true });
    document.getElementById('app').append(element);
  }));
  expect(added).toEqual({ locale: 'en', quiz: false });
});

// The README's whenKnowTheSigns, as a partner copies it.
const WHEN = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
  .match(/^function whenKnowTheSigns[\s\S]*?^}$/m)[0];

for (const [where, file] of [['in the body', 'async-mount.html'], ['in head, before the snippet\'s script tag', 'async-mount-head.html']]) {
  test(`the README's whenKnowTheSigns mounts from a script ${where} that runs before embed.js`, async ({ page }) => {
    // The test page carries the README's function as it is now.
    const source = readFileSync(new URL(`pages/${file}`, import.meta.url), 'utf8');
    expect(source.replace(/^ {4}/gm, '')).toContain(WHEN);
    const release = await holdRequests(page, '**/embed.js');
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${PARTNER}/${file}`, { waitUntil: 'domcontentloaded' });
    expect(await page.evaluate(() => window.ranBeforeEmbed)).toBe(true);
    release();
    const host = page.locator('#help-box');
    await expectQuizReady(host);
    await expect(helpLink(host, UK_LINE)).toBeVisible();
    expect(errors).toEqual([]);
  });
}

test('mount() explains a wrong element and names an unknown option', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto(`${PARTNER}/script-api.html`);
  const thrown = await page.evaluate(() => {
    try {
      window.KnowTheSigns.mount('#app');
      return null;
    } catch (e) {
      return `${e.name}: ${e.message}`;
    }
  });
  expect(thrown).toBe('TypeError: KnowTheSigns.mount(element): element must be a DOM element, such as a <div>.');
  await page.evaluate(() => window.KnowTheSigns.mount(document.getElementById('app'), { colour: 'red' }));
  await expectQuizReady(page.locator('#app'));
  expect(warnings.filter((w) => w.includes('unknown option "colour"'))).toHaveLength(1);
});

/** Adds `<div id="{id}">` with an open shadow root holding `<div id="inner">`, and mounts the widget on the inner one. */
function mountInComponent(page, id, options) {
  return page.evaluate(([componentId, opts]) => {
    const component = document.createElement('div');
    component.id = componentId;
    document.getElementById('app').append(component);
    const inner = document.createElement('div');
    inner.id = 'inner';
    component.attachShadow({ mode: 'open' }).append(inner);
    window.KnowTheSigns.mount(inner, opts);
  }, [id, options]);
}

test('mount() inside another component\'s shadow root runs the quiz there too, before and after the module starts', async ({ page }) => {
  const seen = watch(page);
  const url = `${PARTNER}/script-api.html`;
  const release = await holdModule(page);
  await page.goto(url);
  const ready = page.evaluate(() => new Promise((resolve) => {
    const said = [];
    document.addEventListener('kts:ready', (event) => {
      said.push([event.composedPath()[0].parentNode.host.id, event.detail]);
      if (said.length === 2) resolve(said);
    });
  }));
  // Before the module has started: the help details, the quick exit and the content note at once.
  await mountInComponent(page, 'early');
  const early = page.locator('#early #inner'); // Playwright's CSS pierces open shadow roots
  await expect(helpLink(early, US_LINE)).toBeVisible();
  await expect(early.getByRole('button', { name: 'Quick exit' })).toBeVisible();
  await expect(early.getByRole('button', START)).toBeVisible();
  release();
  await expectQuizReady(early);
  // After it has started.
  await mountInComponent(page, 'late', { region: 'uk' });
  const late = page.locator('#late #inner');
  await expectQuizReady(late);
  await expect(helpLink(late, UK_LINE)).toBeVisible();
  expect(await ready).toEqual([['early', { locale: 'en', quiz: true }], ['late', { locale: 'en', quiz: true }]]);

  for (const host of [early, late]) {
    await host.getByRole('button', START).click();
    await host.locator('.kts-choice input').first().check();
    await host.getByRole('button', { name: 'Check answer' }).click();
    await expect(host.locator('.kts-verdict')).toBeFocused();
  }

  // New options are drawn, with a fresh quiz; unmount gives the element back.
  const exit = `${PARTNER}/empty.html?left`;
  await page.evaluate((url) => window.KnowTheSigns.mount(
    document.getElementById('early').shadowRoot.getElementById('inner'), { region: 'au', exitUrl: url }), exit);
  await expect(helpLink(early, 'Call 131 237')).toBeVisible();
  await expect(helpLink(early, US_LINE)).toHaveCount(0);
  await expectQuizReady(early);
  await page.evaluate(() => window.KnowTheSigns.unmount(document.getElementById('late').shadowRoot.getElementById('inner')));
  await expect(late.locator('.kts')).toHaveCount(0);
  expectClean(seen, url);

  // The Shift shortcut counts in it, and leaves for its exit when focus is in it, even with
  // a widget of the page's own first on the page.
  await page.evaluate(() => {
    const first = document.createElement('know-the-signs');
    first.setAttribute('data-exit-url', 'https://example.com/first-widget-exit');
    document.body.prepend(first);
  });
  await expect(page.locator('body > know-the-signs').getByRole('button', { name: 'Quick exit' })).toBeVisible();
  await early.getByRole('button', { name: 'Quick exit' }).focus();
  await page.keyboard.press('Shift');
  await expect(early.getByRole('status')).toHaveText('Shift, press 2 more times to exit.');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.waitForURL(exit);
});

test('mount() on an element not yet on the page: drawn when a component puts it in its shadow root', async ({ page }) => {
  await page.goto(`${PARTNER}/script-api.html`);
  await page.evaluate(() => {
    // Mounted first, then put into a component's shadow root.
    const detached = document.createElement('div');
    detached.id = 'inner';
    window.KnowTheSigns.mount(detached, { region: 'uk' });
    const component = document.createElement('div');
    component.id = 'later';
    component.attachShadow({ mode: 'open' }).append(detached);
    document.getElementById('app').append(component);
    // A component that mounts the widget in its own shadow root as it is built.
    customElements.define('x-help', class extends HTMLElement {
      constructor() {
        super();
        const inner = document.createElement('div');
        inner.id = 'inner';
        this.attachShadow({ mode: 'open' }).append(inner);
        window.KnowTheSigns.mount(inner);
      }
    });
    const built = document.createElement('x-help');
    built.id = 'built';
    document.getElementById('app').append(built);
  });
  const later = page.locator('#later #inner');
  await expect(helpLink(later, UK_LINE)).toBeVisible();
  await expectQuizReady(later);
  const built = page.locator('#built #inner');
  await expect(helpLink(built, US_LINE)).toBeVisible();
  await expectQuizReady(built);
  await built.getByRole('button', START).click();
  await expect(built.locator('.kts-progress')).toHaveText(`Question 1 of ${RUN}`);
});

test('a widget inside another component\'s shadow root follows its attributes as a widget in the page does', async ({ page }) => {
  await page.goto(`${PARTNER}/script-api.html`);
  await mountInComponent(page, 'component');
  const host = page.locator('#component #inner');
  await expectQuizReady(host);
  const inner = () => 'document.getElementById("component").shadowRoot.getElementById("inner")';
  // As a component's template binding would set them.
  await page.evaluate(`${inner()}.setAttribute('data-region', 'uk')`);
  await expect(helpLink(host, UK_LINE)).toBeVisible();
  await expectQuizReady(host);
  await page.evaluate(`${inner()}.setAttribute('data-theme', 'dark')`);
  await expect.poll(() => host.locator('.kts').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(21, 24, 29)');
  await page.evaluate(`${inner()}.setAttribute('data-know-the-signs', 'off')`);
  await expect(host.locator('.kts')).toHaveCount(0);
  await page.evaluate(`${inner()}.setAttribute('data-know-the-signs', '')`);
  await expectQuizReady(host);
  await expect(helpLink(host, UK_LINE)).toBeVisible();
});

test('a widget inside another component\'s shadow root speaks the page\'s language, and follows it', async ({ page }) => {
  await page.goto(`${PARTNER}/script-api.html`);
  await page.evaluate(() => { document.documentElement.lang = 'es'; });
  await mountInComponent(page, 'component');
  const host = page.locator('#component #inner');
  await expectQuizReady(host, 'Comenzar el cuestionario');
  await expect(host.getByRole('button', { name: 'Salida r\u00e1pida' })).toBeVisible();
  // The page's language changes (a language switch that sets <html lang>): so does the widget.
  await page.evaluate(() => { document.documentElement.lang = 'en'; });
  await expectQuizReady(host);
  await expect(host.getByRole('button', { name: 'Quick exit' })).toBeVisible();
});

test('changing a live host\'s attributes redraws it with the new settings', async ({ page }) => {
  const seen = watch(page);
  const url = `${PARTNER}/two.html`;
  await page.goto(url);
  const second = page.locator('#second');
  await second.getByRole('button', START).click();
  await page.evaluate(() => document.getElementById('second').setAttribute('data-region', 'uk'));
  await expect(helpLink(second, UK_LINE)).toBeVisible();
  await expect(second.locator('.kts-exit-call')).toHaveAttribute('href', 'tel:+448000121700');
  // A fresh quiz, and the other widget is untouched.
  await expectQuizReady(second);
  await expect(helpLink(page.locator('#first'), UK_LINE)).toHaveCount(0);
  // data-know-the-signs="off" removes a widget without script.
  await page.evaluate(() => document.getElementById('second').setAttribute('data-know-the-signs', 'off'));
  await expect(second.getByRole('button', { name: 'Quick exit' })).toHaveCount(0);
  await expectQuizReady(page.locator('#first'));
  expectClean(seen, url);
});

test('a redraw for new settings keeps keyboard focus in the widget: on the same link, else on the quick exit', async ({ page }) => {
  await page.goto(`${PARTNER}/partner.html`);
  const host = page.locator('know-the-signs');
  await expectQuizReady(host);
  // A new language: the same hotline link, in the bar or in the help details, through the redraw
  // and the module's new quiz.
  for (const [className, locale, start] of [
    ['kts-exit-call', 'es', 'Comenzar el cuestionario'], ['kts-contact-link', 'en', 'Start the quiz']]) {
    await tabTo(page, (f) => f?.href === 'tel:+18883737888' && f.className === className);
    await page.evaluate((lang) => document.querySelector('know-the-signs').setAttribute('data-locale', lang), locale);
    await expect(host.locator('.kts').first()).toHaveAttribute('lang', locale);
    await expectQuizReady(host, start);
    expect(await focused(page)).toMatchObject({ tag: 'a', href: 'tel:+18883737888', className, inWidget: true });
  }
  await page.evaluate(() => document.querySelector('know-the-signs').setAttribute('data-locale', 'es'));
  await expectQuizReady(host, 'Comenzar el cuestionario');
  // On an answer, which the new quiz does not show yet: the quick exit, in the widget's new words.
  await host.getByRole('button', { name: 'Comenzar el cuestionario' }).click();
  await host.locator('.kts-choice input').first().focus();
  await page.evaluate(() => document.querySelector('know-the-signs').setAttribute('data-region', 'uk'));
  await expect(host.locator('.kts-exit-call')).toHaveAttribute('href', 'tel:+448000121700');
  await expectFocus(page, (f) => f?.tag === 'button' && f.text === 'Salida rápida' && f.inWidget, 'focus on the quick exit');
});

test('a new theme or exit URL applies in place: the visitor keeps their place in the quiz', async ({ page }) => {
  const url = `${PARTNER}/partner.html`;
  await page.goto(url);
  const host = page.locator('know-the-signs');
  await host.getByRole('button', START).click();
  await host.locator('.kts-choice input').first().check();
  await host.getByRole('button', { name: 'Check answer' }).click();
  await host.getByRole('button', { name: /Next question/ }).click();
  await expect(host.locator('.kts-progress')).toHaveText(`Question 2 of ${RUN}`);
  await host.locator('.kts-choice input').nth(1).check();
  const background = () => host.locator('.kts').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await background()).toBe('rgb(255, 255, 255)');

  const exit = `${PARTNER}/empty.html?new-exit`;
  await page.evaluate((exitUrl) => {
    const el = document.querySelector('know-the-signs');
    el.setAttribute('data-theme', 'dark');
    el.setAttribute('data-exit-url', exitUrl);
  }, exit);
  await expect.poll(background).toBe('rgb(21, 24, 29)');
  // Same question, same choice, focus where it was.
  await expect(host.locator('.kts-progress')).toHaveText(`Question 2 of ${RUN}`);
  await expect(host.locator('.kts-choice input').nth(1)).toBeChecked();
  await expect(host.locator('.kts-choice input').nth(1)).toBeFocused();
  await expect(host.getByRole('link', { name: 'How to browse more safely' }))
    .toHaveAttribute('href', `${WIDGET}/safety.html?exit=${encodeURIComponent(exit)}&region=us`);
  await host.getByRole('button', { name: 'Quick exit' }).click();
  await page.waitForURL(exit);
});

test('setting an attribute to the value it has, or unmounting and mounting at once, leaves a working quiz', async ({ page }) => {
  const seen = watch(page);
  const url = `${PARTNER}/two.html`;
  await page.goto(url);
  const first = page.locator('#first');
  await page.evaluate(() => document.getElementById('first').setAttribute('data-region', 'uk'));
  await expect(helpLink(first, UK_LINE)).toBeVisible();
  await first.getByRole('button', START).click();
  await expect(first.locator('.kts-progress')).toHaveText(/^Question 1 of /);
  // The same value again: nothing changes, the quiz keeps its place.
  await page.evaluate(() => document.getElementById('first').setAttribute('data-region', 'uk'));
  await page.evaluate(() => {
    const host = document.getElementById('second');
    window.KnowTheSigns.unmount(host);
    window.KnowTheSigns.mount(host);
  });
  const second = page.locator('#second');
  await expectQuizReady(second);
  await expect(second.getByRole('button', { name: 'Quick exit' })).toHaveCount(1);
  await expect(first.locator('.kts-progress')).toHaveText(/^Question 1 of /);
  expectClean(seen, url);
});
