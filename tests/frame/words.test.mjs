// The frame's words (src/frame/words.js): every language of data/locales.json, each with the
// "frame" and "shared" words of its data/strings/<tag>.json, and the same keys and placeholders
// in every language. (build.rs checks all three groups of the files for the module: tests/strings.rs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { LOCALES, LOCALES_ALLOWED, resolveLocale } from '../../src/frame/locale.js';
import { TEXT } from '../../src/frame/words.js';

/** A data file of the repository, as JSON. */
const data = (file) => JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'));
/** The `{name}` placeholders of a text, sorted. */
const placeholders = (text) => (text.match(/\{[^{}]*\}/g) || []).sort();

test('the frame speaks every registered language, the first the default, and names them in warnings', () => {
  const registered = data('data/locales.json').locales;
  assert.deepEqual(LOCALES, registered);
  assert.deepEqual(Object.keys(TEXT), registered);
  assert.equal(LOCALES_ALLOWED, 'en or es');
  assert.deepEqual(resolveLocale(null, 'fr', ['de']), { locale: registered[0], asked: false });
});

for (const tag of LOCALES) {
  test(`${tag}: the words of data/strings/${tag}.json's frame and shared groups, and no others`, () => {
    const file = data(`data/strings/${tag}.json`);
    const shared = Object.keys(file.shared).filter((key) => key in file.frame);
    assert.deepEqual(shared, [], 'a key in both frame and shared');
    assert.deepEqual(TEXT[tag], { ...file.frame, ...file.shared });
  });

  test(`${tag}: every word of the default language, with the same placeholders`, () => {
    const reference = TEXT[LOCALES[0]];
    assert.deepEqual(Object.keys(TEXT[tag]).sort(), Object.keys(reference).sort());
    for (const [key, text] of Object.entries(TEXT[tag])) {
      assert.ok(text.trim(), `${tag} ${key} is empty`);
      assert.deepEqual(placeholders(text), placeholders(reference[key]), `${tag} ${key}: ${text}`);
    }
  });
}
