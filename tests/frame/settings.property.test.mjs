// Property tests of the frame's settings parser (src/frame/settings.js), as the Rust side fuzzes
// its pack reader and attribute parser: for any attribute values at all, the parser returns
// settings a frame can draw safely, and says short warnings that name their attribute.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import HOSTS from '../../data/attributes.json' with { type: 'json' };
import { ATTRIBUTES, AUDIENCES, TOPICS, parseSettings } from '../../src/frame/settings.js';
import { REGIONS, lookup, page } from './page.mjs';

const ALIASES = HOSTS.region_aliases;

const RUNS = { numRuns: 2000 };
/** Rust's whitespace (char::is_whitespace), which the parser trims as the module does. */
const RUST_SPACE = ['\t', '\n', '\u000b', '\f', '\r', ' ', '\u0085', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000'];

/** Any text, from the whole of Unicode, with a bias towards what the attributes' rules look at. */
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 2100 }),
  fc.constantFrom('us', 'UK', ' au ', 'u\u212a', 'intl', 'constructor', '__proto__', 'quiz quiz help facts', 'help',
    '+1 (555) 010-0200', '12', 'https://clinic.example/', 'HTTP://x', 'https://', 'javascript:alert(1)', 'dark', ' AUTO ', '',
    'labour, myths', 'csec csec', 'Sex', ' 5 ', '+5', '0', '007', '99999999999999999999', '9007199254740992', 'Health',
    'workplace', '/pack.json', 'packs/en.json', '//cdn.example/p.json', 'http:', 'data:,{}', 'es-MX', 'klingon'),
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
  fc.assert(fc.property(fc.oneof(text, fc.constantFrom(' GB ', 'gb', 'Gb')), (value) => {
    const { settings, warnings } = parse({ 'data-region': value });
    const name = value.replace(new RegExp(`^[${RUST_SPACE.join('')}]+|[${RUST_SPACE.join('')}]+$`, 'g'), '')
      .replace(/[A-Z]/g, (c) => c.toLowerCase());
    // Another name for a region (data/attributes.json, region_aliases: "gb" is "uk") is that region.
    const id = Object.prototype.hasOwnProperty.call(ALIASES, name) ? ALIASES[name] : name;
    const known = Object.prototype.hasOwnProperty.call(REGIONS, id);
    assert.equal(settings.region, known ? id : 'intl');
    // A name outside ASCII is never a country's (u + Kelvin sign is no "uk").
    if (/[^\x00-\x7f]/.test(name)) assert.equal(settings.region, 'intl');
    // One warning for a name we do not know; for intl, that it has no number to call.
    const said = warnings.filter((w) => w.attribute === 'data-region').map((w) => w.message);
    assert.equal(said.length, known && id !== 'intl' ? 0 : 1);
    if (said.length) assert.match(said[0], known ? /" has no hotline of its own/ : /" is not a region with help details/);
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

test('every warning names its attribute once, echoes at most 61 printable characters, and is said only for a value that was given', () => {
  fc.assert(fc.property(attributes, (attrs) => {
    const { warnings } = parse(attrs);
    for (const w of warnings) {
      assert.ok(w.attribute in attrs, w.attribute);
      assert.ok(w.message.startsWith(`${w.attribute}="`), w.message);
      assert.ok(w.message.length < 400, w.message);
      // The value as echoed (at most 61 characters, as the module's former parser was fuzzed to hold): what stands
      // between `="` and the last `" ` before the words of the warning.
      const echoed = /^[a-z-]+="([\s\S]*)" (?:is not|leaves out|has no)/.exec(w.message);
      assert.ok(echoed, w.message);
      assert.ok([...echoed[1]].length <= 61 && !CONTROL.test(echoed[1]), w.message);
    }
    // One warning an attribute: data-panels is invalid or leaves out help, never both; data-region
    // unknown or without a number, never both.
    const named = warnings.map((w) => w.attribute);
    assert.equal(new Set(named).size, named.length, named.join());
  }), RUNS);
});

test('what a run asks: known topics without repeats, a whole number of questions from 1, a known audience, a pack as an absolute http(s) URL or none', () => {
  fc.assert(fc.property(attributes, (attrs) => {
    const { settings, warnings } = parse(attrs);
    const warned = (attribute) => warnings.some((w) => w.attribute === attribute);
    assert.ok(settings.topics.every((t) => TOPICS.includes(t)));
    assert.equal(new Set(settings.topics).size, settings.topics.length);
    assert.ok(Number.isSafeInteger(settings.questions) && settings.questions >= 1, String(settings.questions));
    assert.ok(AUDIENCES.includes(settings.audience), settings.audience);
    if (settings.pack !== null) {
      const url = new URL(settings.pack);
      assert.match(url.protocol, /^https?:$/);
      assert.equal(url.href, settings.pack);
    }
    // A value given is taken or named, and a value named falls back to the default.
    for (const [attribute, fellBack] of [
      ['data-topics', settings.topics.length === 0], ['data-questions', settings.questions === 10],
      ['data-audience', settings.audience === 'general'], ['data-pack', settings.pack === null],
    ]) {
      if (warned(attribute)) assert.ok(fellBack, attribute);
      if (attribute in attrs && !warned(attribute) && attribute !== 'data-questions' && attribute !== 'data-audience') {
        assert.ok(!fellBack, attribute);
      }
    }
  }), RUNS);
});

test('the same attributes always give the same settings', () => {
  fc.assert(fc.property(attributes, (attrs) => {
    assert.deepEqual(parse(attrs), parse(attrs));
  }), { numRuns: 500 });
});
