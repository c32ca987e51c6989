// The frame's settings parser (src/frame/settings.js) on the table of attribute cases
// (attribute-cases.json): what each input gives, and every warning it says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { OPTIONS, ATTRIBUTES, parseSettings } from '../../src/frame/settings.js';
import { REGIONS, lookup, page } from './page.mjs';

const { cases } = JSON.parse(readFileSync(fileURLToPath(new URL('./attribute-cases.json', import.meta.url)), 'utf8'));
// The regions of data/help.json as a warning lists them ("us, uk, ca, au or intl"), for the
// cases' {regions}: adding a region is editing that one file.
const ids = Object.keys(REGIONS);
const REGION_LIST = ids.slice(0, -1).join(', ') + ' or ' + ids[ids.length - 1];

for (const c of cases) {
  test(`attributes: ${c.input}`, () => {
    const { settings, warnings } = parseSettings(lookup(c.attributes), page(c.page));
    for (const [key, want] of Object.entries(c.settings)) {
      assert.deepEqual(settings[key], want, `settings.${key}`);
    }
    assert.deepEqual(warnings.map((w) => w.message), c.warnings.map((w) => w.replace('{regions}', REGION_LIST)));
  });
}

test('each warning names the attribute it is about', () => {
  for (const c of cases) {
    for (const w of parseSettings(lookup(c.attributes), page(c.page)).warnings) {
      assert.ok(w.message.startsWith(`${w.attribute}="`), w.message);
    }
  }
});

test('mount() options are the attributes in camelCase, in the same order', () => {
  assert.deepEqual(Object.keys(OPTIONS), [
    'locale', 'region', 'audience', 'topics', 'questions', 'panels', 'theme', 'pack',
    'helpName', 'helpPhone', 'helpText', 'helpUrl', 'exitUrl', 'safetyUrl',
  ]);
  assert.deepEqual(Object.values(OPTIONS), ATTRIBUTES);
});

test('every attribute the parser reads is one the page is watched for (data/attributes.json)', () => {
  const read = new Set();
  parseSettings((name) => {
    read.add(name);
    return 'x';
  }, page());
  assert.ok(read.size >= 8, [...read].join());
  for (const name of read) assert.ok(ATTRIBUTES.includes(name), `${name} is not in ATTRIBUTES`);
});
