/*! Quick exit for the safe-browsing advice pages (safety.html, safety.es.html): the same button
 * and Shift x3 shortcut as the widget. The exit destination comes from ?exit= (set by embed.js
 * from the partner's data-exit-url), if it is an http(s) URL. The status line's words are the
 * page's own (data-two-more, data-one-more, data-timed-out on it), so each language's page
 * carries them. ?region= (the widget's data-region) picks which country's emergency numbers the
 * page shows.
 */
// The entry of dist/safety.js (bundled by scripts/post-build); the shortcut is quick-exit.js's,
// the widget's own.
import { listenForShortcut } from './quick-exit.js';

let destination = 'https://weather.com/';
try {
  const asked = new URL(new URLSearchParams(location.search).get('exit') || '', location.href);
  if (asked.protocol === 'https:' || asked.protocol === 'http:') destination = asked.href;
} catch (e) {
  /* keep the default */
}

// The help details for the widget's data-region (?region=), in place of the default region's; a
// region the page has no block for gets the international one, never another country's.
const region = new URLSearchParams(location.search).get('region');
const blocks = /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll('[data-region]'));
/** @type {HTMLElement | null} */
let chosen = null;
/** @type {HTMLElement | null} */
let intl = null;
blocks.forEach((block) => {
  if (block.getAttribute('data-region') === region) chosen = block;
  if (block.getAttribute('data-region') === 'intl') intl = block;
});
if (region !== null && !chosen) chosen = intl;
if (chosen) blocks.forEach((block) => { block.hidden = block !== chosen; });

const status = /** @type {HTMLElement} */ (document.getElementById('quick-exit-status'));
/** The status line's attribute with the words for each piece of news. */
const WORDS = { twoMore: 'data-two-more', oneMore: 'data-one-more', timedOut: 'data-timed-out' };

function leave() {
  document.body.classList.add('leaving');
  // The tab stops naming this page until the next site has loaded (the words are the page's own).
  document.title = status.getAttribute('data-leaving') || '';
  // The page already sets <meta name="referrer" content="no-referrer">.
  location.replace(destination);
}

/** @type {HTMLElement} */ (document.getElementById('quick-exit')).addEventListener('click', leave);

const resetShortcut = listenForShortcut(window, {
  active: () => true,
  say: (news) => { status.textContent = news ? status.getAttribute(WORDS[news]) : ''; },
  exit: leave
});

window.addEventListener('pageshow', (event) => {
  if (!event.persisted) return;
  document.body.classList.remove('leaving');
  resetShortcut(null);
});
