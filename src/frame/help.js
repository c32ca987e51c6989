// The help details: the partner's own service first, then the region's services and the
// emergency number, from data/help.json. Drawn by the frame alone, at once and whatever becomes
// of the module; the quick-exit bar calls the first number.

import { el } from './dom.js';
import { TEXT } from './words.js';

/**
 * @typedef {[string, string, string]} Link [channel, display, href]: channel 'call', 'text' or
 *   'website' (words.js's callLabel, textLabel, websiteLabel); display '' for a partner's website.
 * @typedef {{ name: string, detail: string, links: Link[] }} Contact
 * @typedef {{ emergency: string | null, contacts: { name: Record<string, string>,
 *   detail: Record<string, string>, links: Link[] }[] }} Region
 * @typedef {Record<string, Region>} Regions
 */

/**
 * Help details by data-region, from data/help.json (the one source of them): the build writes
 * the table in place of the marker below (scripts/help-data.mjs, run by scripts/post-build on
 * the bundle). Shape: { us: { emergency: '911' or null, contacts: [{ name: { en, es }, detail:
 * { en, es }, links: [[channel, display, href]] }] }, ... }, contacts in the order shown (the
 * emergency number last).
 * @type {any}
 */
const TABLE = /* help-data: regions */ null;
/** @type {Regions} */
export const REGIONS = TABLE;

/**
 * The help details a widget with `settings` shows in `locale`, with the partner's own service
 * first.
 * @param {import('./settings.js').Settings} settings
 * @param {string} locale
 * @param {Regions} regions
 * @returns {{ emergency: string | null, contacts: Contact[] }}
 */
export function helpFor(settings, locale, regions) {
  const region = regions[settings.region];
  /** @type {Contact[]} */
  const contacts = region.contacts.map((c) => ({ name: c.name[locale], detail: c.detail[locale], links: c.links }));
  const partner = settings.partner;
  if (partner) {
    /** @type {Link[]} */
    const links = [];
    if (partner.phone) links.push(['call', partner.phone[0], partner.phone[1]]);
    if (partner.text) links.push(['text', partner.text[0], partner.text[1]]);
    if (partner.url) links.push(['website', '', partner.url]);
    contacts.unshift({ name: partner.name || TEXT[locale].partnerHelpName, detail: '', links });
  }
  return { emergency: region.emergency, contacts };
}

/**
 * The quick-exit bar's number: the first contact's first link if it is a call (the partner's own
 * number, else the region's main line), as [display, href]; else null.
 * @param {import('./settings.js').Settings} settings
 * @param {Regions} regions
 * @returns {[string, string] | null}
 */
export function exitCall(settings, regions) {
  const first = helpFor(settings, 'en', regions).contacts.filter((c) => c.links.length && c.links[0][0] === 'call')[0];
  return first ? [first.links[0][1], first.links[0][2]] : null;
}

/**
 * The help details panel: "Where to get help", what to do in immediate danger, and each service
 * as a heading, its detail and its links.
 * @param {{ emergency: string | null, contacts: Contact[] }} help
 * @param {Record<string, string>} T the words of the widget's locale
 */
export function drawHelp(help, T) {
  const aside = el('aside', 'kts-panel kts-help');
  aside.setAttribute('aria-label', T.helpHeading);
  aside.appendChild(el('h2', null, T.helpHeading));
  aside.appendChild(el('p', null, help.emergency ? T.helpIntro.replace('{emergency}', help.emergency) : T.helpIntroIntl));
  const list = el('ul', 'kts-contacts');
  help.contacts.forEach((c) => {
    const item = el('li', 'kts-contact');
    item.appendChild(el('h3', 'kts-contact-name', c.name));
    if (c.detail) item.appendChild(el('p', null, c.detail));
    const links = el('p', 'kts-contact-links');
    c.links.forEach((l) => {
      const label = T[l[0] + 'Label'];
      const a = el('a', 'kts-contact-link', label);
      if (l[1]) {
        a.appendChild(document.createTextNode(' '));
        // A number never breaks inside itself; a website's address is left out where the widget
        // is too narrow to hold it whole (styles.js).
        a.appendChild(el('span', l[0] === 'website' ? 'kts-address' : 'kts-number', l[1]));
      }
      a.href = l[2];
      // A website is told nothing of the page the visitor came from.
      if (l[0] === 'website') a.rel = 'noreferrer';
      links.appendChild(a);
    });
    item.appendChild(links);
    list.appendChild(item);
  });
  aside.appendChild(list);
  return aside;
}
