// Property tests of the frame's settings parser (src/frame/settings.js), as the Rust side fuzzes
// its pack reader and attribute parser: for any attribute values at all, the parser returns
// settings a frame can draw safely, and says short warnings that name their attribute.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ATTRIBUTES, parseSettings } from '../../src/frame/settings.js';
import { REGIONS, lookup, page } from './page.mjs';

const RUNS = { numRuns: 2000 };
/** Rust's whitespace (char::is_whitespace), which the parser trims as the module does. */
const RUST_SPACE = ['\t', '\n', '\u000b', '\f', '\r', ' ', '\u0085', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000'];

/** Any text, from the whole of Unicode, with a bias towards what the attributes' rules look at. */
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 2100 }),
  fc.constantFrom('us', 'UK', ' au ', 'u\u212a', 'intl', 'constructor', '__proto__', 'quiz quiz help facts', 'help',
    '+1 (555) 010-0200', '12', 'https://clinic.example/', 'HTTP://x', 'https://', 'javascript:alert(1)', 'dark', ' AUTO ', ''),
  fc.tuple(fc.constantFrom(...RUST_SPACE, '\ufeff'), fc.constantFrom('uk', 'ca', '555 0100', 'quiz,facts')).map(([s, v]) => s + v + s),
  fc.constantFrom('https://clinic.example/', 'http://a.example/?q=').chain((start) =>
    fc.integer({ min: 1990, max: 2010 }).map((n) => start + 'a'.repeat(n - start.length))),
);

/** A host's attributes: any of the settings attributes, each with any value. */
const attributes = fc.dictionary(fc.constantFrom(...ATTRIBUTES), text, { maxKeys: ATTRIBUTES.length });

const parse = (attrs) => parseSettings(lookup(attrs), page());
const utf8 = (value) => new TextEncoder().encode(value).length;
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

test('any attributes give a known region, a layout with help and no repeats, and a theme', () => {
  fc.assert(fc.property(attributes, (attrs) => {
    const { settings } = parse(attrs);
    assert.ok(Object.prototype.hasOwnProperty.call(REGIONS, settings.region), settings.region);
    if (!('data-region' in attrs)) assert.equal(settings.region, 'us');
    assert.ok(settings.panels.includes('help'));
    assert.equal(new Set(settings.panels).size, settings.panels.length);
    assert.ok(settings.panels.every((p) => ['quiz', 'facts', 'help'].includes(p)));
    assert.ok(['light', 'dark', 'auto'].includes(settings.theme));
    assert.ok(['en', 'es'].includes(settings.locale));
    for (const url of [settings.exitUrl, settings.safetyUrl]) assert.match(new URL(url).protocol, /^https?:$/);
  }), RUNS);
});

test('a region is another country\'s only when its name is that country\'s, in ASCII case, and trimmed', () => {
  fc.assert(fc.property(text, (value) => {
    const { settings, warnings } = parse({ 'data-region': value });
    const name = value.replace(new RegExp(`^[${RUST_SPACE.join('')}]+|[${RUST_SPACE.join('')}]+$`, 'g'), '')
      .replace(/[A-Z]/g, (c) => c.toLowerCase());
    const known = Object.prototype.hasOwnProperty.call(REGIONS, name);
    assert.equal(settings.region, known ? name : 'intl');
    // A name outside ASCII is never a country's (u + Kelvin sign is no "uk").
    if (/[^\x00-\x7f]/.test(name)) assert.equal(settings.region, 'intl');
    assert.equal(warnings.filter((w) => w.attribute === 'data-region').length, known ? 0 : 1);
  }), RUNS);
});

test('the partner\'s service: a short printable name, numbers that dial what they show, a website of at most 2,000 bytes', () => {
  fc.assert(fc.property(attributes, (attrs) => {
    const { partner } = parse(attrs).settings;
    if (!partner) return;
    assert.ok(partner.phone || partner.text || partner.url);
    if (partner.name !== null) {
      assert.ok(partner.name.length > 0);
      assert.ok([...partner.name].length <= 61, partner.name);
      assert.ok(!CONTROL.test(partner.name));
    }
    for (const [link, scheme] of [[partner.phone, 'tel'], [partner.text, 'sms']]) {
      if (!link) continue;
      const [shown, href] = link;
      assert.match(href, new RegExp(`^${scheme}:\\+?\\d{3,20}$`));
      assert.equal(href.replace(/\D/g, ''), shown.replace(/\D/g, ''));
    }
    if (partner.url) {
      assert.match(partner.url, /^https?:\/\/\S/i);
      assert.ok(utf8(partner.url) <= 2000);
      assert.ok(!CONTROL.test(partner.url) && !/\s/.test(partner.url));
    }
  }), RUNS);
});

test('every warning names its attribute, is short, and is said only for a value that was given', () => {
  fc.assert(fc.property(attributes, (attrs) => {
    for (const w of parse(attrs).warnings) {
      assert.ok(w.attribute in attrs, w.attribute);
      assert.ok(w.message.startsWith(`${w.attribute}="`), w.message);
      assert.ok(w.message.length < 400, w.message);
    }
  }), RUNS);
});

test('the same attributes always give the same settings', () => {
  fc.assert(fc.property(attributes, (attrs) => {
    assert.deepEqual(parse(attrs), parse(attrs));
  }), { numRuns: 500 });
});
