// The quick exit, GOV.UK's "Exit this page" pattern: the button and the Shift x3 shortcut, the
// blank cover, and leaving with location.replace() and no referrer. One module for the widget
// (embed.js) and the safe-browsing advice pages (safety.js), so both count, announce and cancel
// the shortcut alike.

/** How many presses of Shift leave, each within SHIFT_WINDOW_MS of the last. */
export const SHIFT_PRESSES = 3;
export const SHIFT_WINDOW_MS = 5000;

/**
 * What the shortcut has to say: two or one more presses to go, or that the presses lapsed.
 * @typedef {'twoMore' | 'oneMore' | 'timedOut'} ShortcutNews
 */

/**
 * Listens on `win` for Shift pressed on its own three times, each within 5 s of the last. A
 * Shift used as a modifier (Shift+A, a Shift-click or -scroll, with Ctrl, Alt or Meta) does not
 * count, and any other key cancels. Each press is said (`say`), and when 5 s pass without one,
 * that the shortcut was cancelled, then, 5 s later, nothing (`say(null)`).
 * @param {Window} win
 * @param {{ active: () => boolean, say: (news: ShortcutNews | null) => void, exit: () => void }} on
 *   `active`: whether the shortcut applies now (a page with no widget shown ignores it)
 * @returns {(news?: ShortcutNews | null) => void} starts the count again, saying `news`
 */
export function listenForShortcut(win, on) {
  let presses = 0;
  let lastKeyHadShift = false;
  /** @type {ReturnType<typeof setTimeout> | null} */
  let timer = null;
  // Shift used with anything else while held (a click, the wheel, another key, the other Shift)
  // is a modifier, not a press of the shortcut.
  let shiftDown = 0;
  let shiftUsed = false;

  /** @param {ShortcutNews | null} [news] */
  function reset(news) {
    presses = 0;
    if (timer) clearTimeout(timer);
    timer = null;
    on.say(news || null);
  }

  win.addEventListener('keydown', (event) => {
    if (event.key === 'Shift') {
      if (event.repeat) return;
      shiftDown += 1;
      if (shiftDown > 1) shiftUsed = true;
    } else if (shiftDown > 0 || event.shiftKey) {
      shiftUsed = true;
    }
  }, true);
  /** @param {MouseEvent} event */
  const withShift = (event) => {
    if (event.shiftKey) shiftUsed = true;
  };
  win.addEventListener('pointerdown', withShift, true);
  win.addEventListener('wheel', withShift, { capture: true, passive: true });
  win.addEventListener('keyup', (event) => {
    const alone = event.key === 'Shift' && !lastKeyHadShift && !shiftUsed && !event.ctrlKey && !event.altKey && !event.metaKey;
    if (event.key === 'Shift') {
      shiftDown = Math.max(0, shiftDown - 1);
      if (shiftDown === 0) shiftUsed = false;
    }
    if (alone && on.active()) {
      presses += 1;
      if (timer) clearTimeout(timer);
      if (presses >= SHIFT_PRESSES) {
        reset(null);
        on.exit();
      } else {
        on.say(SHIFT_PRESSES - presses === 2 ? 'twoMore' : 'oneMore');
        timer = setTimeout(() => {
          reset('timedOut');
          // Say so, then clear the line again.
          timer = setTimeout(() => {
            timer = null;
            on.say(null);
          }, SHIFT_WINDOW_MS);
        }, SHIFT_WINDOW_MS);
      }
    } else if (presses > 0) {
      reset(null);
    }
    lastKeyHadShift = !!event.shiftKey;
  }, true);
  return reset;
}

/**
 * From now on this page sends no referrer: where the visitor goes next (the exit, the advice page
 * on the widget's host) must not learn where they came from.
 */
export function noReferrer() {
  const meta = document.createElement('meta');
  meta.name = 'referrer';
  meta.content = 'no-referrer';
  (document.head || document.documentElement).appendChild(meta);
}

/** @type {HTMLElement | null} */
let overlay = null;
/** @type {string | null} the page's title while the cover shows its own */
let titleBefore = null;

/**
 * Covers everything at once, so a slow network never leaves the page readable: a blank layer in
 * the browser's top layer (above dialogs and popovers, where supported), styles a page's CSS
 * cannot override, and `regions` (every widget) hidden as well.
 * @param {string} message what the cover and the tab say ("Loading.")
 * @param {HTMLElement[]} regions
 */
export function cover(message, regions) {
  if (!overlay) {
    overlay = document.createElement('div');
    overlay.setAttribute('role', 'alert');
  }
  const s = overlay.style;
  /** @type {Record<string, string>} */
  const rules = {
    position: 'fixed', inset: '0', top: '0', left: '0', width: '100vw', height: '100vh',
    'max-width': 'none', 'max-height': 'none', 'min-width': '100vw', 'min-height': '100vh',
    margin: '0', padding: '1em', border: '0', 'z-index': '2147483647', background: '#fff',
    color: '#000', opacity: '1', visibility: 'visible', display: 'block', transform: 'none',
    filter: 'none', 'clip-path': 'none', 'pointer-events': 'auto', overflow: 'hidden'
  };
  for (const name in rules) {
    if (Object.prototype.hasOwnProperty.call(rules, name)) s.setProperty(name, rules[name], 'important');
  }
  document.documentElement.appendChild(overlay);
  overlay.textContent = message;
  // The tab, too, stops naming the page until the next site has loaded.
  if (titleBefore === null) titleBefore = document.title;
  document.title = message;
  // In a frame, the tab shows the top page's title: that too, where the browser allows it.
  try {
    if (window.top !== window && window.top) window.top.document.title = message;
  } catch (e) {
    /* a page of another origin: its title stays */
  }
  try {
    overlay.setAttribute('popover', 'manual');
    overlay.showPopover();
  } catch (e) {
    /* no popover support: the fixed layer above still covers the page itself */
  }
  if (document.body) document.body.style.setProperty('visibility', 'hidden', 'important');
  regions.forEach((region) => region.style.setProperty('visibility', 'hidden', 'important'));
}

/**
 * Back to this page from the back/forward cache: the cover comes off.
 * @param {HTMLElement[]} regions
 */
export function uncover(regions) {
  if (overlay && overlay.parentNode) overlay.parentNode.removeChild(overlay);
  if (titleBefore !== null) document.title = titleBefore;
  titleBefore = null;
  if (document.body) document.body.style.removeProperty('visibility');
  regions.forEach((region) => region.style.removeProperty('visibility'));
}

/**
 * Leaves for `url` with no referrer, replacing this page in the session history; inside a frame,
 * the whole page if the browser allows it (a sandbox without allow-top-navigation does not).
 * @param {string} url
 */
export function leave(url) {
  // A page's own "unsaved changes" prompt must not hold the visitor here.
  try {
    window.onbeforeunload = null;
  } catch (e) {
    /* ignore */
  }
  noReferrer();
  try {
    if (window.top && window.top !== window) {
      window.top.location.replace(url);
      return;
    }
  } catch (e) {
    /* fall through: leave this frame at least */
  }
  window.location.replace(url);
}
