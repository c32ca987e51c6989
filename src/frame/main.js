/*! Know the Signs loader (embed.js): draws each widget's frame, its help details and quick exit,
 * and loads the quiz. Built from src/frame/ in the widget's repository; its README says more. */
// The one file partners link to:
//
//   <know-the-signs></know-the-signs>  (or <div data-know-the-signs></div>)
//   <script src="https://YOUR-CDN/know-the-signs/embed.js" async></script>
//
// Why this much lives in JavaScript: the parts a visitor's safety depends on must work before
// the WebAssembly module arrives, and if it never does. So this script owns the frame: it reads
// every host's settings (the one parser of the attributes), resolves its language, and draws in
// its open shadow root the labelled region, the quick-exit bar, the help details and the panels'
// layout. It owns the quick exit: one Shift listener per page, the blank overlay, and
// location.replace() with no referrer. The module owns the quiz and the facts: once it has
// loaded, this script hands it each widget's elements for them and its settings
// (src/bridge/mod.rs), and destroys a widget's quiz when its frame goes. DOM calls only: no
// inline styles in markup, no innerHTML, no global names beyond one symbol that stops a second
// copy from running.
//
// Every other file is found relative to this script's own URL, so dist/ works from any path
// and any origin.
//
// The entry of dist/embed.js: src/frame/*.js, one concern each, bundled into this one classic
// script by esbuild (scripts/post-build). This file only starts things.

import { defineApi } from './api.js';
import { openBridge } from './bridge.js';
import { takeEarlyStart } from './content-note.js';
import { afterPaint, nextTask, warn } from './dom.js';
import { forgetFocus } from './focus.js';
import { fail, frameAll, inShadowTree, listen, onMutations, servedFrom, shadowHosts, slow, startQuizzes } from './frame.js';
import { hostLocale } from './locale.js';
import { ATTRIBUTES, SELECTOR } from './settings.js';

// Where am I served from: decided once, here, and passed on. document.currentScript is only set
// while this classic script first runs.
const script = /** @type {HTMLScriptElement | null} */ (document.currentScript);
const scriptUrl = (script && script.src) || '';
const base = new URL('.', scriptUrl || document.baseURI).href;

// (A page's Symbol polyfill may lack Symbol.for.)
const MARK = typeof Symbol === 'function' && typeof Symbol.for === 'function'
  ? Symbol.for('know-the-signs.loader') : '__knowTheSignsLoader';
const win = /** @type {Record<string | symbol, unknown>} */ (/** @type {unknown} */ (window));
if (!win[MARK]) {
  try {
    Object.defineProperty(window, MARK, { value: true });
  } catch (e) {
    /* a frozen window: carry on without the guard */
  }
  run();
}

function run() {
  const bridge = openBridge(base, scriptUrl, (script && script.nonce) || '');
  servedFrom(base);
  let running = false; // the module has started, and has not broken
  let failed = false;

  // What the page's observer watches, in the document and in the shadow root around each host
  // given to mount() inside another component (whose changes the document does not see).
  const OBSERVED = { childList: true, subtree: true, attributeFilter: ATTRIBUTES.concat('data-know-the-signs', 'lang') };
  /** @type {MutationObserver | null} */
  let pageObserver = null;
  /** @param {Element} host */
  function watchShadowTree(host) {
    if (pageObserver && inShadowTree(host)) pageObserver.observe(host.getRootNode(), OBSERVED);
  }

  // The module has not started after SLOW_MS (its files stalled on a bad network or a host that
  // never answers): visitors are told the help details work now, the partner why.
  const SLOW_MS = 20000;
  function tooSlow() {
    if (running || failed) return;
    const missing = bridge.missing();
    warn('the quiz has not started after ' + SLOW_MS / 1000 + ' seconds: ' + (missing.length
      ? 'these files have not arrived: ' + missing.join(', ') + '.'
      : 'its files have arrived, but it has not started yet.') +
      ' The help details are shown meanwhile, and the quiz if it starts.');
    slow();
  }

  function boot() {
    setTimeout(tooSlow, SLOW_MS);
    listen();
    window.addEventListener('focusin', forgetFocus, true);
    window.addEventListener('pointerdown', forgetFocus, true);
    frameAll();
    if (typeof MutationObserver === 'function') {
      // Settings attributes redraw a host, and so does a change of its language (an inherited
      // lang); a host removed loses its quiz.
      pageObserver = new MutationObserver(onMutations);
      pageObserver.observe(document, OBSERVED);
      shadowHosts.forEach(watchShadowTree);
    }
    // The module's files are asked for once the frames have painted, so that neither their
    // download nor their compiling delays what the page and the frames show first; each host's
    // built-in pack with them, rather than after the module starts.
    afterPaint(loadModule);
  }

  // The packs' requests, then in a task of its own (so that neither is a long task on a slow
  // phone) the module's: its .wasm and its glue.
  function loadModule() {
    if (typeof WebAssembly === 'object') {
      bridge.prefetch(Array.prototype.slice.call(document.querySelectorAll(SELECTOR))
        .filter((host) => !host.hasAttribute('data-pack'))
        .map((host) => base + 'packs/' + hostLocale(host) + '.json'));
    }
    nextTask(startModule);
  }

  function startModule() {
    bridge.start({
      earlyStart: takeEarlyStart,
      started: (glue) => {
        running = true;
        startQuizzes(glue);
      },
      failed: (loaded) => {
        running = false;
        failed = true;
        fail(loaded);
      }
    });
  }

  defineApi({
    refresh: frameAll,
    watch: watchShadowTree
  });
  // In the next task, even while the page is still being parsed: the hosts already in it get
  // their frame then, and the page's observer draws those parsed after. A task of its own, so that
  // compiling this script and drawing the frames are not one long task on a slow phone.
  nextTask(boot);
}
