// Which language a widget speaks. Pure but for inheritedLang(), which reads the page.
import REGISTRATION from '../../data/locales.json' with { type: 'json' };

/**
 * The locales the widget speaks, the first the default: data/locales.json's, the one
 * registration of a locale (the module's Locale is made from it by build.rs).
 * @type {string[]}
 */
export const LOCALES = REGISTRATION.locales;
/** What data-locale accepts, as a warning says it: 'en or es'. */
export const LOCALES_ALLOWED = LOCALES.join(' or ');

/**
 * The locale of a BCP 47 tag by its primary subtag ('es-MX' is 'es'), or null: the rule of
 * Locale::from_tag in src/domain/messages.rs (ASCII whitespace trimmed, '-' or '_' ends the
 * subtag, ASCII case ignored).
 * @param {string | null | undefined} tag
 * @returns {string | null}
 */
export function localeOf(tag) {
  if (tag == null) return null;
  const primary = String(tag).replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '').split(/[-_]/)[0]
    .replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));
  return LOCALES.indexOf(primary) >= 0 ? primary : null;
}

/**
 * data-locale if it names a locale; else the nearest `lang`; else the first of the browser's
 * languages that is one; else the default (the first registered, English). `asked` is true when
 * data-locale was given and is not one, which the settings' warnings name.
 * @param {string | null} dataLocale
 * @param {string | null} inheritedLang
 * @param {readonly string[]} languages navigator.languages, in the visitor's order
 * @returns {{ locale: string, asked: boolean }}
 */
export function resolveLocale(dataLocale, inheritedLang, languages) {
  const asked = localeOf(dataLocale);
  if (asked) return { locale: asked, asked: false };
  const tags = [inheritedLang].concat(Array.prototype.slice.call(languages || []));
  for (let i = 0; i < tags.length; i++) {
    const locale = localeOf(tags[i]);
    if (locale) return { locale, asked: dataLocale != null };
  }
  return { locale: LOCALES[0], asked: dataLocale != null };
}

/**
 * The nearest `lang` on `element` or around it, looking out through any shadow roots it is in;
 * null if there is none.
 * @param {Element} element
 * @returns {string | null}
 */
export function inheritedLang(element) {
  for (let node = element; node; node = /** @type {ShadowRoot} */ (node.getRootNode()).host) {
    const owner = node.closest('[lang]');
    if (owner) return owner.getAttribute('lang');
  }
  return null;
}

/**
 * The locale `host` speaks now, by its attributes, the page and the browser.
 * @param {Element} host
 * @returns {string}
 */
export function hostLocale(host) {
  return resolveLocale(host.getAttribute('data-locale'), inheritedLang(host), navigator.languages || []).locale;
}
