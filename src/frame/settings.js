// What a host element asks for: its data-* attributes (KnowTheSigns.mount's options are set as
// the same attributes) read into the settings a widget runs with, and a console warning for each
// value that had to fall back. Pure: the attributes and what the page says are passed in, so the
// Node tests run it (tests/frame/, with a table of cases and property tests).
//
// This is the one parser of the attributes. The frame draws with these settings, and the module
// reads no attribute: the bridge hands it { locale, region, topics, questions, audience, pack }
// from here (src/bridge/mod.rs). Its rules are those the module's own parser had before it
// (the same warnings word for word): Rust's whitespace trimmed, ASCII-only case folding, the same
// limits.

import HOSTS from '../../data/attributes.json' with { type: 'json' };
import { LOCALES_ALLOWED, localeOf, resolveLocale } from './locale.js';

/**
 * CSS selector for host elements: the custom element, and a `div` marker for CMSs that strip
 * unknown tags; data-know-the-signs="off" (set by KnowTheSigns.unmount) opts either out. From
 * data/attributes.json.
 */
export const SELECTOR = HOSTS.selector;

/**
 * Every attribute that changes what a widget shows; a change redraws the frame, and the module
 * mounts a fresh quiz in it. From data/attributes.json.
 * @type {string[]}
 */
export const ATTRIBUTES = HOSTS.attributes;

/**
 * Settings a frame takes in place, without a fresh quiz (a partner's dark-mode switch).
 * @type {string[]}
 */
export const IN_PLACE = HOSTS.in_place;

/**
 * data-region values that name a region by another name (data/attributes.json): { gb: 'uk' }.
 * @type {Record<string, string>}
 */
const ALIASES = HOSTS.region_aliases;

/**
 * data-topics' and data-audience's names, in the README's order (the module's Topic and Audience
 * name the same).
 * @type {string[]}
 */
export const TOPICS = HOSTS.topics;
/** @type {string[]} */
export const AUDIENCES = HOSTS.audiences;

/**
 * KnowTheSigns.mount's option names, and the attribute each one sets: the attribute in camelCase
 * without data- (helpName sets data-help-name).
 * @type {Record<string, string>}
 */
export const OPTIONS = {};
ATTRIBUTES.forEach((name) => {
  OPTIONS[name.slice(5).replace(/-(.)/g, (_, letter) => letter.toUpperCase())] = name;
});

/** A neutral page with nothing personal on it (GOV.UK's pattern sends people to a weather page). */
export const DEFAULT_EXIT_URL = 'https://weather.com/';
/** The default layout: quiz, then help (so a phone shows it right after the quiz), then facts. */
export const DEFAULT_PANELS = ['quiz', 'help', 'facts'];
const PANELS = ['quiz', 'facts', 'help'];
/** How many questions a run asks when data-questions is not set. */
export const DEFAULT_QUESTIONS = 10;

/**
 * @typedef {'quiz' | 'facts' | 'help'} Panel
 * @typedef {{ name: string | null, phone: [string, string] | null, text: [string, string] | null,
 *   url: string | null }} PartnerHelp
 *   The partner's own service: its name (null for the widget's default), a phone and a text
 *   number each as [as written, tel: or sms: link], a website.
 * @typedef {{ locale: string, region: string, topics: string[], questions: number, audience: string,
 *   pack: string | null, partner: PartnerHelp | null, panels: Panel[],
 *   theme: 'light' | 'dark' | 'auto', exitUrl: string, safetyUrl: string }} Settings
 *   locale: 'en' or 'es'. region: a key of the help details' regions. topics: data-topics' names
 *   without repeats, in the partner's order; [] for every topic. questions: how many a run asks,
 *   a whole number from 1 (at most Number.MAX_SAFE_INTEGER; more than the bank has means all).
 *   audience: one of AUDIENCES. pack: the partner's content pack as an absolute http(s) URL, null
 *   for the built-in one. The module gets { locale, region, topics, questions, audience, pack };
 *   the rest is the frame's.
 * @typedef {{ attribute: string, message: string }} Warning
 * @typedef {{ baseURI: string, inheritedLang: string | null, languages: readonly string[],
 *   regions: import('./help.js').Regions, safetyUrl: string }} Page
 *   What the settings depend on besides the attributes: the page's base URL (for the pack, exit
 *   and advice URLs), the host's nearest `lang`, navigator.languages, the help details' regions,
 *   and the widget's own advice page (the default data-safety-url).
 */

// Whitespace as Rust's str::trim sees it (Unicode White_Space), as the module's parser read values;
// String.prototype.trim differs (U+FEFF, U+0085).
const SPACE = '\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const TRIM = new RegExp('^[' + SPACE + ']+|[' + SPACE + ']+$', 'g');
// Whitespace or a control character (Rust's char::is_whitespace or is_control).
const UNCLEAN = new RegExp('[' + SPACE + '\\u0000-\\u001f\\u007f-\\u009f]');

/** @param {string} value */
export function trim(value) {
  return value.replace(TRIM, '');
}

/**
 * Lower case for the letters A to Z only, as Rust's to_ascii_lowercase: "u\u212A" (a Kelvin sign,
 * which toLowerCase() makes a "k") must stay unknown, not become "uk".
 * @param {string} value
 */
export function asciiLower(value) {
  return value.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));
}

/**
 * The first 60 characters of a value, without control characters, and "\u2026" if it was longer:
 * for a warning, and a partner's service name.
 * @param {string} value
 */
export function echo(value) {
  const cut = Array.from(value).slice(0, 60).join('');
  return cut.replace(/[\u0000-\u001f\u007f-\u009f]/g, '') + (cut.length < value.length ? '\u2026' : '');
}

/**
 * A phone number as written (digits, spaces, `+ - . ( )`; 3 to 20 digits), trimmed, and its link:
 * ['+44 800 000', 'tel:+44800000']; else null.
 * @param {string | null} value
 * @param {'tel' | 'sms'} scheme
 * @returns {[string, string] | null}
 */
export function phoneLink(value, scheme) {
  if (!value) return null;
  value = trim(value);
  // An international number dials without a trunk prefix written "(0)"; "(+44)" keeps its plus
  // (the configurator writes snippets by this rule too).
  const compact = value.replace(/ /g, '');
  const international = /^\(?\+/.test(compact);
  const digits = (international ? compact.replace(/\(0\)/g, '') : compact).replace(/\D/g, '');
  if (!/^[\d +\-.()]+$/.test(value) || digits.length < 3 || digits.length > 20) return null;
  return [value, scheme + ':' + (international ? '+' : '') + digits];
}

/**
 * An absolute http(s) URL with no whitespace or control characters and at most 2,000 bytes of
 * UTF-8, trimmed; else null.
 * @param {string | null} value
 */
export function webLink(value) {
  if (value == null) return null;
  value = trim(value);
  const rest = value.slice(value.indexOf('://') + 3);
  const ok = /^https?:\/\//i.test(value) && !UNCLEAN.test(value) && rest !== '' && rest.indexOf('://') !== 0;
  return ok && new TextEncoder().encode(value).length <= 2000 ? value : null;
}

/**
 * A list of names separated by commas or spaces, repeats dropped; null when it is empty or a
 * name is not one of `known`.
 * @param {string} value
 * @param {readonly string[]} known
 * @returns {string[] | null}
 */
function nameList(value, known) {
  /** @type {string[]} */
  const list = [];
  const names = value.split(/[, ]/).map(trim).filter(Boolean);
  for (let i = 0; i < names.length; i++) {
    if (known.indexOf(names[i]) < 0) return null;
    if (list.indexOf(names[i]) < 0) list.push(names[i]);
  }
  return list.length ? list : null;
}

/**
 * An http(s) URL from an attribute, resolved against the page (or, when `whole`, only a whole
 * address: the quick exit's "weather.com" read against the page would keep the visitor on the
 * partner's own site); null when it is missing or empty, false when it is something else.
 * @param {string | null} value
 * @param {string} baseURI
 * @param {boolean} whole
 * @returns {string | null | false}
 */
function pageUrl(value, baseURI, whole) {
  if (value == null || value === '') return null;
  try {
    const url = whole ? new URL(trim(value)) : new URL(value, baseURI);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
  } catch (e) {
    /* not a URL */
  }
  return false;
}

/** `names` as a warning lists them: "a, b or c". @param {string[]} names */
const either = (names) => names.slice(0, -1).join(', ') + ' or ' + names[names.length - 1];
/** The ways a partner's service can be reached, as warnings name them. */
const WAYS = 'data-help-phone, data-help-text or data-help-url';
const ADD_YOURS = 'add your own service with data-help-name and ' + WAYS;
const PHONE = 'a phone number of 3 to 20 digits, with spaces and + - . ( ) allowed';

/**
 * The settings a host's attributes ask for, and a warning for each value that fell back.
 * `attr(name)` is the attribute's value, or null when it is not set.
 *
 * The warnings come in the order the module's parser said them, then the frame's own: data-locale,
 * -topics, -questions, -audience, -help-phone, -help-text, -help-url, -panels and -pack when
 * invalid; data-panels when it leaves out help; data-help-name when nothing reaches the service;
 * data-region when it is unknown, or has no number and the partner gives none; then data-theme,
 * -exit-url and -safety-url.
 * @param {(name: string) => string | null} attr
 * @param {Page} page
 * @returns {{ settings: Settings, warnings: Warning[] }}
 */
export function parseSettings(attr, page) {
  /** @type {Warning[]} */
  const warnings = [];
  /** @param {string} attribute @param {string | null} value as given @param {string} what what is wrong */
  const say = (attribute, value, what) =>
    warnings.push({ attribute, message: attribute + '="' + echo(value || '') + '" ' + what });
  /**
   * `attribute` read by `read`, or null; a warning when it is set but `read` gives null.
   * @template T
   * @param {string} attribute
   * @param {(value: string) => T | null} read
   * @param {string} allowed what the attribute accepts, as the warning says it
   * @returns {T | null}
   */
  const get = (attribute, read, allowed) => {
    const value = attr(attribute);
    const got = value === null ? null : read(value);
    if (value !== null && got === null) say(attribute, value, 'is not valid (allowed: ' + allowed + '); using the default');
    return got;
  };

  get('data-locale', localeOf, LOCALES_ALLOWED);
  const { locale } = resolveLocale(attr('data-locale'), page.inheritedLang, page.languages);

  // What a run asks: the topics ([] for every one), how many questions (Rust's usize parse of the
  // trimmed value, so "+5" and "007" count; over Number.MAX_SAFE_INTEGER, where a number would
  // stop being exact, invalid, as Rust's over 2^64 was), and for whom.
  const topics = get('data-topics', (value) => nameList(value, TOPICS), 'any of ' + TOPICS.join(', ')) || [];
  const questions = get('data-questions', (value) => {
    const n = /^\+?\d+$/.test(trim(value)) ? Number(trim(value)) : 0;
    return n >= 1 && n <= Number.MAX_SAFE_INTEGER ? n : null;
  }, 'a whole number from 1 up') || DEFAULT_QUESTIONS;
  const audience = get('data-audience', (value) => {
    const name = asciiLower(trim(value));
    return AUDIENCES.indexOf(name) < 0 ? null : name;
  }, either(AUDIENCES)) || 'general';

  // A region we do not know gets the international details, not the default's: a US hotline
  // shown to visitors in another country would be a wrong number to call.
  const regionValue = attr('data-region');
  let regionName = regionValue === null ? 'us' : asciiLower(trim(regionValue));
  // Other names partners use for a region: "gb", the United Kingdom's ISO 3166 code, is "uk".
  if (Object.prototype.hasOwnProperty.call(ALIASES, regionName)) regionName = ALIASES[regionName];
  const region = Object.prototype.hasOwnProperty.call(page.regions, regionName) ? regionName : 'intl';

  // The partner's own service, shown once one way to reach it is valid. Its name is cut to 60
  // characters (a heading, not a paragraph); blank, it is the widget's own words.
  const phone = get('data-help-phone', (value) => phoneLink(value, 'tel'), PHONE);
  const text = get('data-help-text', (value) => phoneLink(value, 'sms'), PHONE);
  const url = get('data-help-url', webLink, 'an http: or https: URL');
  const name = echo(trim(attr('data-help-name') || '')) || null;
  const partner = phone || text || url ? { name, phone, text, url } : null;

  // Repeats dropped; help always shown (added at the end if left out, which is said below).
  const panels = get('data-panels', (value) => nameList(value, PANELS), 'quiz, facts, help, in any order; help is ' +
    'always shown') || DEFAULT_PANELS.slice();
  const helpAdded = panels.indexOf('help') < 0;
  if (helpAdded) panels.push('help');

  // The partner's own pack: relative, or http(s), with no whitespace or control characters (the
  // module's rule), made absolute against the page; one that cannot be ("http:", "//") is invalid
  // too, where the module took it and then failed to fetch it.
  const pack = get('data-pack', (value) => {
    value = trim(value);
    const scheme = /^([^:/?#]*):/.exec(value);
    return (!UNCLEAN.test(value) && (!scheme || /^https?$/i.test(scheme[1])) && pageUrl(value, page.baseURI, false)) ||
      null;
  }, 'an http: or https: URL, or a path relative to the page');

  if (helpAdded) {
    say('data-panels', attr('data-panels'), 'leaves out help; the help panel is always shown, so it is added at the end');
  }
  if (name && !partner) {
    say('data-help-name', name, 'is not shown: a service needs a way to reach it too (a valid ' + WAYS + ')');
  }
  if (region !== regionName) {
    say('data-region', regionValue, 'is not a region with help details of its own (allowed: ' +
      either(Object.keys(page.regions)) + '); showing the international ones, which give no national number: set ' +
      'one of those regions, or ' + ADD_YOURS);
  } else if (!page.regions[region].contacts.length && !partner) {
    say('data-region', region, 'has no hotline of its own, so the help panel gives no number to call; ' + ADD_YOURS);
  }

  // The frame's own: the theme ("light", "dark" or "auto", in any case), and where the quick
  // exit and the advice link go.
  const themeValue = attr('data-theme');
  const themeName = themeValue == null ? null : themeValue.trim().toLowerCase();
  const theme = themeName === 'dark' || themeName === 'auto' ? themeName : 'light';
  if (themeValue !== null && themeName !== 'light' && theme === 'light') {
    say('data-theme', themeValue, 'is not light, dark or auto; using light.');
  }
  /** @param {string} attribute @param {string} fallback */
  const link = (attribute, fallback) => {
    const value = attr(attribute);
    const whole = attribute === 'data-exit-url';
    const href = pageUrl(value, page.baseURI, whole);
    if (href === false) {
      say(attribute, value, 'is not an http(s) URL' + (whole ? ' (the whole address, from https://)' : '') +
        '; using ' + fallback + ' instead.');
    }
    return href || fallback;
  };
  const exitUrl = link('data-exit-url', DEFAULT_EXIT_URL);
  const safetyUrl = link('data-safety-url', page.safetyUrl);

  return {
    settings: {
      locale, region, topics, questions, audience, pack, partner, panels: /** @type {Panel[]} */ (panels), theme,
      exitUrl, safetyUrl
    },
    warnings
  };
}
