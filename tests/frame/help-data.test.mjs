// The help details themselves (data/help.json, as the frame draws them through REGIONS and
// helpFor): every national region lists its services then its emergency number, every number
// shown dials what it says, every service speaks every locale, Australia's come in the order the
// research notes ask for, the region names are data-region's, and the README's table says what
// the widget shows. (help.test.mjs checks how the frame draws them.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { helpFor } from '../../src/frame/help.js';
import { LOCALES } from '../../src/frame/locale.js';
import { parseSettings } from '../../src/frame/settings.js';
import { DATA, REGIONS, lookup, page } from './page.mjs';

/** The settings of a widget with `attributes`. */
const settings = (attributes) => parseSettings(lookup(attributes), page()).settings;
/** What region `id`'s help details show in `locale`, the emergency number last. */
const shown = (id, locale = 'en') => helpFor(settings({ 'data-region': id }), locale, REGIONS);
/** Region `id`'s own services as shown: its contacts without the emergency number. */
const services = (id) => {
  const { emergency, contacts } = shown(id);
  return emergency ? contacts.slice(0, -1) : contacts;
};
const digits = (text) => text.replace(/\D/g, '');

test('every national region lists its services, then its emergency number; intl gives no country\'s numbers', () => {
  for (const { id } of DATA.regions) {
    const { emergency, contacts } = shown(id);
    if (id === 'intl') {
      assert.deepEqual({ emergency, contacts }, { emergency: null, contacts: [] });
      continue;
    }
    assert.match(emergency || '', /^\d+$/, `${id}: an emergency number`);
    assert.ok(services(id).length > 0, `${id}: a service of its own`);
    for (const [locale, name] of [['en', 'Emergency'], ['es', 'Emergencias']]) {
      const last = shown(id, locale).contacts.at(-1);
      assert.equal(last.name, name, `${id} ${locale}: the emergency number last`);
      assert.deepEqual(last.links, [['call', emergency, `tel:${emergency}`]], id);
    }
    // The quick-exit bar's number: the first service's first link is a call.
    assert.equal(services(id)[0].links[0][0], 'call', id);
  }
});

test('every number shown dials what it says', () => {
  for (const { id } of DATA.regions) {
    for (const contact of shown(id).contacts) {
      assert.ok(contact.links.length > 0, `${id} ${contact.name}`);
      for (const [channel, display, href] of contact.links) {
        const what = `${id} ${contact.name}: ${display} / ${href}`;
        const scheme = href.slice(0, href.indexOf(':'));
        assert.equal(scheme, { call: 'tel', text: 'sms', website: 'https' }[channel], what);
        if (channel === 'website') continue;
        // The same digits, or the national form of a +country number: 08000 121 700 dials
        // +44 8000 121 700.
        const number = href.slice(scheme.length + 1);
        const [said, dialled] = [digits(display), digits(number)];
        const national = number.startsWith('+') && said.startsWith('0') ? said.slice(1) : null;
        assert.ok(said === dialled || (national !== null && dialled.endsWith(national)), what);
      }
    }
  }
});

test('every service speaks every locale, translates what it is for, and has an id of its own', () => {
  const ids = new Set();
  for (const region of DATA.regions) {
    for (const service of region.services) {
      assert.ok(!ids.has(service.id), `${region.id}: id ${service.id} again`);
      ids.add(service.id);
      // Names stay as the services give them; what they are for is translated.
      assert.notEqual(service.detail.en, service.detail.es, `${service.id}: the Spanish detail is still English`);
    }
    assert.ok(!ids.has(`${region.id}-emergency`), `${region.id}-emergency is the emergency number's id`);
    for (const locale of LOCALES) {
      for (const contact of shown(region.id, locale).contacts) {
        assert.ok(contact.name.trim() && contact.detail.trim(), `${region.id} ${locale}: ${contact.name}`);
      }
    }
  }
});

test('Australia lists the Red Cross first, then the Federal Police, then 000', () => {
  assert.deepEqual(shown('au').contacts.map((c) => [c.name, c.links[0][2]]), [
    ['Australian Red Cross Support for Trafficked People Program', 'tel:+61393451800'],
    ['Australian Federal Police', 'tel:131237'],
    ['Emergency', 'tel:000'],
  ]);
  const redCross = { en: shown('au', 'en').contacts[0], es: shown('au', 'es').contacts[0] };
  assert.equal(redCross.en.links[0][1], '03 9345 1800');
  assert.ok(redCross.en.detail.includes('You do not have to go to the police first.'));
  assert.ok(redCross.es.detail.includes('No hace falta acudir primero a la policía.'));
  // Its hours are not verified: nothing may claim it answers around the clock.
  for (const { detail } of Object.values(redCross)) assert.ok(!detail.includes('24'), detail);
});

test('the region names are data-region\'s values, read in any case; us is the default', () => {
  assert.deepEqual(Object.keys(REGIONS), DATA.regions.map((r) => r.id));
  for (const { id } of DATA.regions) assert.equal(settings({ 'data-region': id.toUpperCase() }).region, id);
  assert.equal(settings({ 'data-region': 'de' }).region, 'intl');
  assert.equal(settings({}).region, 'us');
  assert.equal(DATA.default_region, 'us');
});

/**
 * The README's table of help details (the one under "Help details by region"): per row, the
 * data-region value, the services cell and the emergency cell.
 */
function readmeHelpTable() {
  const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
  const section = readme.split('\n### Help details by region\n')[1];
  assert.ok(section, 'README has a section "Help details by region"');
  const lines = section.split('\n');
  const start = lines.findIndex((l) => l.startsWith('|'));
  const end = lines.findIndex((l, i) => i > start && !l.startsWith('|'));
  return lines.slice(start + 2, end).map((row) => { // the header and its rule skipped
    const cells = row.replace(/^\||\|$/g, '').split(' | ').map((c) => c.trim());
    assert.equal(cells.length, 4, `README help table row: ${row}`);
    return [cells[0].split('`')[1], cells[2], cells[3]];
  });
}

test('the README\'s help table says what the widget shows', () => {
  const want = DATA.regions.map(({ id }) => {
    const list = services(id).map((s) => `${s.name}: ${s.links.map(([how, display]) => `${how} ${display}`).join(', ')}`);
    return [id, list.length ? list.join('; ') : 'none', shown(id).emergency || 'none'];
  });
  assert.deepEqual(readmeHelpTable(), want);
});
