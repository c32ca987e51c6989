// The help details the frame draws (src/frame/help.js) from the table the build writes from
// data/help.json: every region's services in order with the emergency number last, the partner's
// own service first, and the quick-exit bar's number.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exitCall, helpFor } from '../../src/frame/help.js';
import { LOCALES } from '../../src/frame/locale.js';
import { parseSettings } from '../../src/frame/settings.js';
import { DATA, REGIONS, lookup, page } from './page.mjs';

/** The settings of a widget with `attributes`. */
const settings = (attributes) => parseSettings(lookup(attributes), page()).settings;

for (const region of DATA.regions) {
  for (const locale of LOCALES) {
    test(`${region.id} in ${locale}: the data's services in order, the emergency number last`, () => {
      const help = helpFor(settings({ 'data-region': region.id }), locale, REGIONS);
      assert.equal(help.emergency, region.emergency);
      const names = region.services.map((s) => s.name[locale]);
      if (region.emergency) names.push(DATA.words[locale].emergency_name);
      assert.deepEqual(help.contacts.map((c) => c.name), names);
      for (const [i, service] of region.services.entries()) {
        assert.deepEqual(help.contacts[i].links.map((l) => l[2]), service.links.map((l) => l.href));
      }
      if (region.emergency) assert.deepEqual(help.contacts.at(-1).links, [['call', region.emergency, `tel:${region.emergency}`]]);
    });
  }
  test(`${region.id}: the quick-exit bar calls the first service whose first link is a call`, () => {
    const first = region.services.find((s) => s.links[0].channel === 'call');
    const want = first ? [first.links[0].display, first.links[0].href]
      : region.emergency ? [region.emergency, `tel:${region.emergency}`] : null;
    assert.deepEqual(exitCall(settings({ 'data-region': region.id }), REGIONS), want);
  });
}

test('the partner\'s own service comes first, named by the widget when it has no name, and its number is the bar\'s', () => {
  const own = settings({ 'data-help-phone': '+1 555 010 0200', 'data-help-url': 'https://clinic.example/' });
  const help = helpFor(own, 'es', REGIONS);
  assert.deepEqual(help.contacts[0], {
    name: 'Nuestro servicio de apoyo', detail: '',
    links: [['call', '+1 555 010 0200', 'tel:+15550100200'], ['website', '', 'https://clinic.example/']],
  });
  assert.deepEqual(exitCall(own, REGIONS), ['+1 555 010 0200', 'tel:+15550100200']);
});

test('intl without a service of the partner\'s own has nothing to call', () => {
  const intl = settings({ 'data-region': 'intl' });
  assert.deepEqual(helpFor(intl, 'en', REGIONS), { emergency: null, contacts: [] });
  assert.equal(exitCall(intl, REGIONS), null);
});
