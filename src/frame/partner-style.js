// The partner's own styles, checked where they could hurt visitors: colours below 4.5:1 contrast
// and a text size below the visitor's own are replaced by the widget's, and a page whose overflow
// rules unstick the quick-exit bar is named; the console says which, for the partner to fix.

import { el, nameOf, warn } from './dom.js';

// The partner's --kts-* colours must keep text readable (4.5:1, WCAG 1.4.3). If any pair
// falls short, the theme's own colours are used instead and the console says which.
const PAIRS = [
  ['--_text', '--_bg', '--kts-text on --kts-background'],
  ['--_muted', '--_bg', '--kts-muted on --kts-background'],
  ['--_accent', '--_bg', '--kts-accent on --kts-background (links)'],
  ['--_accent-text', '--_accent', '--kts-accent-text on --kts-accent (buttons)'],
  ['--_text', '--_surface', '--kts-text on --kts-surface']
];

/** @param {number[]} rgb */
function luminance(rgb) {
  return rgb.reduce((sum, v, i) => {
    var c = v / 255;
    c = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    return sum + c * [0.2126, 0.7152, 0.0722][i];
  }, 0);
}

// The partner's colours and text size, checked when a frame is drawn, placed or restyled:
// colours below 4.5:1 contrast, and a --kts-font-size below the size the visitor chose in their
// browser (1rem on a page whose root is 62.5%, say), are replaced by the widget's own, and the
// console says which. One probe and one style resolution serve both checks.
/** @param {HTMLElement} region the frame's `.kts` */
export function checkPartnerStyle(region) {
  if (!window.getComputedStyle || !region.isConnected) return;
  region.classList.remove('kts--safe-colours');
  region.classList.remove('kts--own-size');
  var probe = el('span', 'kts-sr-only');
  region.appendChild(probe);
  var resolved = getComputedStyle(region);
  checkColours(region, probe, resolved);
  checkSize(region, probe, resolved);
  region.removeChild(probe);
}

/** @param {HTMLElement} region @param {HTMLElement} probe @param {CSSStyleDeclaration} resolved */
function checkColours(region, probe, resolved) {
  // The visitor's own colours replace every colour (Windows high contrast): nothing to check,
  // and what the page reports then is not the partner's.
  if (typeof matchMedia === 'function' && matchMedia('(forced-colors: active)').matches) return;
  // A colour as rgb numbers and alpha, through the browser's own parser.
  /** @param {string} variable */
  function colour(variable) {
    probe.style.setProperty('color', resolved.getPropertyValue(variable).trim() || 'currentcolor');
    var parts = (getComputedStyle(probe).color.match(/[\d.]+/g) || []).map(Number);
    return { rgb: parts.slice(0, 3), alpha: parts.length > 3 ? parts[3] : 1 };
  }
  var failing = PAIRS.filter((pair) => {
    var fg = colour(pair[0]);
    var bg = colour(pair[1]);
    if (fg.alpha < 1 || bg.alpha < 1 || fg.rgb.length < 3 || bg.rgb.length < 3) return true;
    var l = [luminance(fg.rgb), luminance(bg.rgb)].sort((a, b) => b - a);
    return (l[0] + 0.05) / (l[1] + 0.05) < 4.5;
  });
  if (failing.length) {
    region.classList.add('kts--safe-colours');
    // Which widget, and which theme: a colour may read well on the light background only.
    var host = /** @type {ShadowRoot} */ (region.getRootNode()).host;
    var dark = region.classList.contains('kts--dark') || (region.classList.contains('kts--auto') &&
      typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches);
    warn('these colours of ' + (host ? nameOf(host) + '\'s ' : 'the ') + (dark ? 'dark' : 'light') +
      ' theme are below 4.5:1 contrast, so the default colours are used: ' + failing.map((p) => p[2]).join('; ') + '.');
  }
}

/** @param {HTMLElement} region @param {HTMLElement} probe @param {CSSStyleDeclaration} resolved */
function checkSize(region, probe, resolved) {
  // Only a size the partner set, and only on screen (print has its own, smaller, size).
  if (!resolved.getPropertyValue('--kts-font-size').trim()) return;
  if (typeof matchMedia === 'function' && matchMedia('print').matches) return;
  probe.style.setProperty('font-size', 'medium');
  var chosen = parseFloat(getComputedStyle(probe).fontSize);
  var asked = parseFloat(resolved.fontSize);
  if (asked < chosen - 0.5) {
    region.classList.add('kts--own-size');
    warn('--kts-font-size gives ' + asked + 'px text, smaller than the ' + chosen + 'px the visitor chose in their ' +
      'browser, so the widget uses theirs. See the README, "Colours and fonts".');
  }
}

// The exit bar is `position: sticky`: it stays in view only if the box that scrolls is the
// nearest scroll container around it. A theme's `overflow: hidden` (or `auto`) on an element
// that does not itself scroll, such as `html, body { overflow-x: hidden }`, pins the bar to
// that element instead, and it scrolls away. Named once per element, after the page has
// settled (it needs a layout), for the partner to fix.
/** @type {WeakSet<Element>} */
const toldSticky = new WeakSet();
/** @param {Element} host */
export function checkStickyLater(host) {
  var later = window.requestIdleCallback || ((/** @type {() => void} */ fn) => setTimeout(fn, 1000));
  later(() => checkSticky(host), { timeout: 3000 });
}
/** @param {Element} host */
function checkSticky(host) {
  if (!host.isConnected || !window.getComputedStyle) return;
  // --kts-sticky-top so large that the bar would stay far down the window, or below it.
  var bar = host.shadowRoot && host.shadowRoot.querySelector('.kts-exit');
  var top = bar ? parseFloat(getComputedStyle(bar).top) : 0;
  if (top > window.innerHeight / 2 && !toldSticky.has(host)) {
    toldSticky.add(host);
    warn(nameOf(host) + ' has --kts-sticky-top: ' + top + 'px, more than half the window\'s height (' +
      window.innerHeight + 'px), so the quick-exit bar can stay out of view. Give the height of your fixed ' +
      'header, or leave the property out.');
  }
  var root = document.documentElement;
  var html = getComputedStyle(root);
  // The body's overflow goes to the window (and so is harmless) while the root's is visible.
  var bodyPropagates = html.overflowX === 'visible' && html.overflowY === 'visible';
  // Up the boxes the widget is laid out in: through the slot it is shown in, out of shadow roots.
  for (var node = /** @type {any} */ (host); node && node !== root; ) {
    node = node.assignedSlot || node.parentNode || node.host;
    if (!node || node === root || node.nodeType !== 1 || (node === document.body && bodyPropagates)) continue;
    var style = getComputedStyle(node);
    var x = style.overflowX;
    var y = style.overflowY;
    if (!/hidden|auto|scroll/.test(x + ' ' + y)) continue;
    // A box made to scroll (a side panel, a dialog) keeps the bar in view inside it, even if
    // it is not yet long enough to scroll. One that scrolls only because the other direction
    // was hidden (body, under html, body { overflow-x: hidden }) does not, unless it scrolls.
    if (/auto|scroll/.test(y) && (x !== 'hidden' || node.scrollHeight > node.clientHeight + 1)) return;
    if (toldSticky.has(node)) return;
    toldSticky.add(node);
    warn(nameOf(node) + ' has overflow: ' + x + ' ' + y + ' but does not scroll, so the ' +
      'quick-exit bar cannot stay in view as visitors scroll. Use overflow: clip there instead, or remove the rule. ' +
      'See the README, "What the quick exit cannot do".');
    return;
  }
}
