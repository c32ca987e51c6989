// Focus is never lost to the page's body when the frame or its content is redrawn (the module
// mounting, the help details shown instead of a quiz, new settings), and the focused control is
// kept out from under the sticky quick-exit bar (WCAG 2.4.11, focus not obscured).

/**
 * @typedef {{ href: string | null, tag: string, text: string | null, inBar: boolean }} Described
 *   An element as a redrawn widget can match it: a link by where it goes, else a button by its
 *   tag and words; and whether it was in the quick-exit bar.
 */

/**
 * The element that last had focus in a widget, and its host; null once the visitor has moved
 * focus elsewhere or pressed a pointer outside it (a removed element gets no focusout).
 * @type {{ host: Element, element: Element } | null}
 */
let focusKept = null;

/**
 * A focusin or pointerdown anywhere on the page (listened for at boot).
 * @param {Event} event
 */
export function forgetFocus(event) {
  if (focusKept && event.composedPath().indexOf(focusKept.host) < 0) focusKept = null;
}

/**
 * @param {Element} element
 * @returns {Described}
 */
export function describe(element) {
  return {
    href: element.getAttribute('href'), tag: element.tagName, text: element.textContent,
    inBar: !!(element.closest && element.closest('.kts-exit'))
  };
}

/**
 * The link or button in `container` that matches `described` and is shown (the bar's call link
 * is hidden on a short, narrow screen), or null.
 * @param {Described} described
 * @param {ParentNode} container
 * @returns {HTMLElement | null}
 */
export function sameAs(described, container) {
  const candidates = container.querySelectorAll('a[href], button');
  for (let i = 0; i < candidates.length; i++) {
    const c = /** @type {HTMLElement} */ (candidates[i]);
    if (c.getClientRects().length === 0) continue;
    if (described.href ? c.getAttribute('href') === described.href
      : c.tagName === described.tag && c.textContent === described.text) return c;
  }
  return null;
}

/**
 * What has keyboard focus in `host`, described, or null: an element of its frame, or of its own
 * content (the snippet's paragraph, which the frame hides when drawn).
 * @param {Element} host
 * @returns {Described | null}
 */
export function focusIn(host) {
  let active = host.shadowRoot && host.shadowRoot.activeElement;
  if (!active) {
    const around = /** @type {Document | ShadowRoot} */ (host.getRootNode()).activeElement;
    if (around && around !== host && host.contains(around)) active = around;
  }
  return active ? describe(active) : null;
}

/**
 * When something in `host`'s app container `app` (the panels) is replaced while focus was on it,
 * focus would fall to the page's body. It goes instead to the same link in the new content, else
 * to the same button, else to the new status line or the module's notice that the quiz could not
 * be loaded (which also has it read out).
 * @param {Element} host
 * @param {Element} app
 */
export function keepFocusIn(host, app) {
  if (typeof MutationObserver !== 'function') return;
  new MutationObserver(() => {
    const last = focusKept && focusKept.host === host ? focusKept.element : null;
    if (!last || last.isConnected) return;
    const active = document.activeElement;
    if (active && active !== document.body && active !== host) return;
    const target = sameAs(describe(last), app) ||
      /** @type {HTMLElement | null} */ (app.querySelector('.kts-fallback-status, .kts-notice'));
    if (target) target.focus();
  }).observe(app, { childList: true, subtree: true });
}

/**
 * Notes what gets focus in `host`'s frame (for keepFocusIn), and scrolls it out from under the
 * sticky `bar` (and a header above it, on a short screen).
 * @param {Element} host
 * @param {ShadowRoot} root
 * @param {Element} bar
 */
export function keepClearOfBar(host, root, bar) {
  root.addEventListener('focusin', (event) => {
    const target = /** @type {Element} */ (event.target);
    focusKept = { host, element: target };
    if (!target || bar.contains(target) || !target.getBoundingClientRect) return;
    if (target.getBoundingClientRect().top < bar.getBoundingClientRect().bottom) {
      target.scrollIntoView({ block: 'center' });
      const under = bar.getBoundingClientRect().bottom - target.getBoundingClientRect().top;
      if (under > 0) window.scrollBy(0, -(under + 8));
    }
  });
}
