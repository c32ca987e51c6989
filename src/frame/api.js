// The script API for pages built in script: window.KnowTheSigns.mount(element, options) and
// .unmount(element). Options are set as the element's data-* attributes, so they are read by the
// one settings parser (settings.js), with its warnings.

import { echo, OPTIONS } from './settings.js';
import { warn } from './dom.js';
import { focusIn } from './focus.js';
import { frame, inShadowTree, redrawNeeded, restyleHost, shadowHosts, unframe } from './frame.js';
import { checkPartnerStyle } from './partner-style.js';

/**
 * @param {unknown} element
 * @param {string} method
 * @returns {asserts element is Element}
 */
function checkElement(element, method) {
  if (!element || /** @type {Node} */ (element).nodeType !== 1) {
    throw new TypeError('KnowTheSigns.' + method + '(element): element must be a DOM element, such as a <div>.');
  }
}

/**
 * Defines window.KnowTheSigns, only if the page has none of its own (a page's global is never
 * replaced), and fires kts:loaded on document for a page's script that ran first.
 * @param {{ refresh: () => void, watch: (host: Element) => void }} page `refresh`: looks at the page
 *   again (frames new hosts, and has the module mount their quizzes); `watch`: has the page's observer watch the shadow root a host is in
 */
export function defineApi(page) {
  /**
   * `element`, given to mount(), is on the page. One in a component is watched from now on, and
   * the page looked at again; the page's observer sees those in the document.
   * @param {Element} element
   */
  function placed(element) {
    if (!inShadowTree(element)) return;
    shadowHosts.add(element);
    page.watch(element);
    page.refresh();
  }

  // An element given to mount() before it is on the page (a component building its shadow
  // content, say) is taken in once it is: it then gets a box, which a ResizeObserver reports.
  const notYetPlaced = typeof ResizeObserver === 'function' ? new ResizeObserver((entries) => {
    entries.forEach((entry) => {
      const element = entry.target;
      if (!element.isConnected) return;
      notYetPlaced && notYetPlaced.unobserve(element);
      const region = element.shadowRoot && /** @type {HTMLElement | null} */ (element.shadowRoot.querySelector('.kts'));
      if (region) checkPartnerStyle(region); // could not be checked off the page
      placed(element);
    });
  }) : null;

  /**
   * Turns `element` into a widget with `options` (the same settings as the data-* attributes;
   * arrays for topics and panels). Calling it again on the same element applies new options.
   * @param {Element} element
   * @param {Record<string, unknown>} [options]
   */
  function mount(element, options) {
    checkElement(element, 'mount');
    options = options || {};
    Object.keys(options).forEach((key) => {
      const name = /** @type {Record<string, string>} */ (OPTIONS)[key];
      if (!name) {
        warn('mount(): unknown option "' + echo(key) + '" ignored. Options: ' + Object.keys(OPTIONS).join(', ') + '.');
        return;
      }
      const value = /** @type {Record<string, unknown>} */ (options)[key];
      if (value == null) element.removeAttribute(name);
      else element.setAttribute(name, Array.isArray(value) ? value.join(' ') : String(value));
    });
    element.setAttribute('data-know-the-signs', '');
    // New options are drawn here at once, as the observer would draw them later (it sees
    // neither an element not yet on the page nor, until now, one in a component).
    const kept = focusIn(element);
    if (inShadowTree(element) || !element.isConnected) {
      if (redrawNeeded(element)) unframe(element);
      else restyleHost(element);
    }
    // Drawn at once (help details and quick exit included), even before it is on the page.
    frame(element, kept);
    if (element.isConnected) placed(element);
    else if (notYetPlaced) notYetPlaced.observe(element);
    return element;
  }

  /**
   * Removes the widget from `element`; its content and attributes other than the marker stay.
   * @param {Element} element
   */
  function unmount(element) {
    checkElement(element, 'unmount');
    element.setAttribute('data-know-the-signs', 'off');
    shadowHosts.delete(element);
    unframe(element);
  }

  if ('KnowTheSigns' in window) {
    warn('window.KnowTheSigns is already taken on this page; KnowTheSigns.mount/unmount are not available (data-* attributes still work).');
    return;
  }
  try {
    Object.defineProperty(window, 'KnowTheSigns', {
      value: Object.freeze({ mount, unmount }),
      configurable: true
    });
  } catch (e) {
    /* a frozen window: attributes still work */
    return;
  }
  // For a page's own script that ran first (the README's whenKnowTheSigns waits for this).
  document.dispatchEvent(new CustomEvent('kts:loaded'));
}
