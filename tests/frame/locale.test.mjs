// Which language a widget speaks (src/frame/locale.js): the rule of Locale::from_tag and
// resolve_locale in the Rust module.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { localeOf, resolveLocale } from '../../src/frame/locale.js';

test('a tag is read by its primary subtag, in any ASCII case, with ASCII whitespace around', () => {
  for (const [tag, locale] of [
    ['es', 'es'], ['es-MX', 'es'], ['ES_mx', 'es'], [' en-GB\n', 'en'], ['EN', 'en'],
    ['fr', null], ['', null], [null, null], ['e\u0073', 'es'], ['\u00a0es', null], ['s', null],
  ]) {
    assert.equal(localeOf(tag), locale, JSON.stringify(tag));
  }
});

test('data-locale first, then the nearest lang, then the browser\'s languages, then English', () => {
  assert.deepEqual(resolveLocale('es', 'en', ['en']), { locale: 'es', asked: false });
  assert.deepEqual(resolveLocale(null, 'es-CO', ['en']), { locale: 'es', asked: false });
  assert.deepEqual(resolveLocale(null, 'fr', ['de', 'es-ES', 'en']), { locale: 'es', asked: false });
  assert.deepEqual(resolveLocale(null, null, []), { locale: 'en', asked: false });
  // A data-locale the widget lacks is the partner's mistake (the settings' warnings name it); the
  // page's and the browser's are skipped quietly.
  assert.deepEqual(resolveLocale('klingon', 'es-MX', []), { locale: 'es', asked: true });
  assert.deepEqual(resolveLocale('', null, ['fr']), { locale: 'en', asked: true });
});
