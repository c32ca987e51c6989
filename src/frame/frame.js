// Each host's frame, in its open shadow root: the labelled region, the quick-exit bar with its
// note, and the layout of its panels: the help details, drawn here, and an element each for the
// quiz and the facts, which the module fills once it has loaded (the quiz's shows the content
// note until then, and a notice instead when the module fails). Follows the page: hosts added,
// removed, or given new settings, and an inherited `lang` that changes; and tells the module
// when to mount and destroy each widget's quiz (src/bridge/mod.rs).

import { contentNote, noteSlow } from './content-note.js';
import { afterPaint, el, nameOf, warn } from './dom.js';
import { focusIn, keepClearOfBar, keepFocusIn, sameAs } from './focus.js';
import { REGIONS, drawHelp, exitCall, helpFor } from './help.js';
import { hostLocale, inheritedLang } from './locale.js';
import { checkPartnerStyle, checkStickyLater } from './partner-style.js';
import { cover, leave, listenForShortcut, noReferrer, uncover } from './quick-exit.js';
import { ATTRIBUTES, IN_PLACE, SELECTOR, parseSettings } from './settings.js';
import { adoptStyles } from './styles.js';
import { TEXT } from './words.js';

// The folder embed.js is served from (main.js decides it once), and the advice page there.
let base = '';
let DEFAULT_SAFETY_URL = '';
let failed = false; // the module could not start, or broke: no quiz to wait for

/**
 * Where the widget's files are: `folder`, the folder embed.js is served from.
 * @param {string} folder
 */
export function servedFrom(folder) {
  base = folder;
  DEFAULT_SAFETY_URL = folder + 'safety.html';
}

/**
 * What `host`'s attributes ask for, and the warnings for values that fell back.
 * @param {Element} host
 */
function read(host) {
  return parseSettings((name) => host.getAttribute(name), {
    baseURI: document.baseURI, inheritedLang: inheritedLang(host), languages: navigator.languages || [],
    regions: REGIONS, safetyUrl: DEFAULT_SAFETY_URL
  });
}

/**
 * Per framed host: the locale its frame speaks, its settings, and the elements the module fills
 * (null for a panel data-panels leaves out) and where the frame says the quiz could not load.
 * @typedef {{ locale: string, settings: import('./settings.js').Settings, quiz: HTMLElement | null,
 *   facts: HTMLElement | null, body: HTMLElement }} Parts
 */
/** @type {WeakMap<Element, Parts>} */
const parts = new WeakMap();
/** @type {WeakMap<Element, string>} host -> settingsOf(host) when its frame was drawn */
const drawnWith = new WeakMap();
/** @type {WeakMap<Element, () => void>} */
const restyle = new WeakMap();

/**
 * The module once it has started (until it breaks), and each widget's quiz it mounted.
 * @typedef {{ destroy: () => void }} Quiz
 * @typedef {{ mount: (host: Element, quiz: HTMLElement | null, facts: HTMLElement | null,
 *   settings: object) => Quiz | null }} Module
 *   `mount` gives null when the module broke as it mounted (fail() follows).
 */
/** @type {Module | null} */
let module = null;
/** @type {Map<Element, Quiz>} */
const quizzes = new Map();

/**
 * A host inside another component's shadow root, reached only through KnowTheSigns.mount: no
 * search of the document finds it, so this script and the module keep a list.
 * @param {Element} host
 */
export function inShadowTree(host) {
  return host.isConnected && host.getRootNode() !== document;
}
/** @type {Set<Element>} such hosts, mounted and not unmounted since */
export const shadowHosts = new Set();

/** Every host on the page: those in the document, then those in other components' shadow roots. */
export function allHosts() {
  /** @type {Element[]} */
  const hosts = Array.prototype.slice.call(document.querySelectorAll(SELECTOR));
  shadowHosts.forEach((host) => {
    if (inShadowTree(host) && host.matches(SELECTOR)) hosts.push(host);
  });
  return hosts;
}

/**
 * Calls fn(part, host) for the element matching `selector` in each host's frame.
 * @param {string} selector
 * @param {(part: HTMLElement, host: Element) => void} fn
 */
export function eachPart(selector, fn) {
  allHosts().forEach((host) => {
    const part = host.shadowRoot && /** @type {HTMLElement | null} */ (host.shadowRoot.querySelector(selector));
    if (part) fn(part, host);
  });
}

/** @param {Element} host */
function framed(host) {
  return !!(host.shadowRoot && host.shadowRoot.querySelector('.kts'));
}

// Hosts that cannot take the widget, each named once in the console.
/** @type {WeakSet<Element>} */
const refused = new WeakSet();
/** @param {Element} host @param {string} why */
function refuse(host, why) {
  if (refused.has(host)) return;
  refused.add(host);
  warn(nameOf(host) + ' ' + why + '; it is left as it is. Use an empty <div> or <know-the-signs> as the host.');
}

/**
 * kts:ready when the module is not there to send it (README, events).
 * @param {Element} host
 */
function readyWithoutQuiz(host) {
  if (typeof CustomEvent !== 'function') return;
  host.dispatchEvent(new CustomEvent('kts:ready', {
    bubbles: true, composed: true, detail: { locale: hostLocale(host), quiz: false }
  }));
}

/**
 * What the frame shows in the quiz's place until the module has mounted it, or instead of it:
 * while loading (`status` 'loading') the content note, so visitors can read it and press Start
 * meanwhile; then a status line, empty while loading, saying so when the quiz could not load.
 * @param {Element} host
 * @param {Record<string, string>} T the words of the widget's locale
 * @param {'loading' | 'loadFailed'} status
 */
function fallback(host, T, status) {
  const box = el('div', 'kts-fallback');
  if (status === 'loading') box.appendChild(contentNote(host, T));
  const line = el('p', 'kts-fallback-status', status === 'loading' ? '' : T[status]);
  line.setAttribute('role', 'status');
  // Focusable from script: if the element that had focus is replaced, focus comes here.
  line.tabIndex = -1;
  box.appendChild(line);
  return box;
}

/**
 * The panels in the order data-panels gives: the help details, and an empty element for each of
 * the quiz and the facts (the quiz's holds the content note while the module loads).
 * @param {Element} host
 * @param {import('./settings.js').Settings} settings
 * @param {Record<string, string>} T
 * @returns {Parts}
 */
function drawPanels(host, settings, T) {
  // The default layout, wide: help beside the quiz and facts (the frame's sheet, styles.js).
  const body = el('div', 'kts-body' + (settings.panels.join() === 'quiz,help,facts' ? ' kts-body--default' : ''));
  // A click on plain text in the widget leaves focus here rather than on the page's body.
  body.tabIndex = -1;
  /** @type {Parts} */
  const drawn = { locale: settings.locale, settings, quiz: null, facts: null, body };
  settings.panels.forEach((panel) => {
    if (panel === 'help') {
      body.appendChild(drawHelp(helpFor(settings, settings.locale, REGIONS), T));
      return;
    }
    const slot = el('div', 'kts-slot kts-slot-' + panel);
    if (panel === 'quiz') {
      drawn.quiz = slot;
      slot.appendChild(fallback(host, T, failed ? 'loadFailed' : 'loading'));
    } else {
      drawn.facts = slot;
    }
    body.appendChild(slot);
  });
  // Without a quiz, its notice that the widget could not load goes at the end.
  if (failed && !drawn.quiz) body.appendChild(fallback(host, T, 'loadFailed'));
  return drawn;
}

/**
 * Has the module mount `host`'s quiz and facts in its frame, if the module is running and the
 * host is on the page and has no quiz yet. The module gets the settings its part needs.
 * @param {Element} host
 */
function mountQuiz(host) {
  const drawn = parts.get(host);
  if (!module || failed || !drawn || quizzes.has(host) || !host.isConnected || !(drawn.quiz || drawn.facts)) return;
  const s = drawn.settings;
  try {
    const quiz = module.mount(host, drawn.quiz, drawn.facts, {
      locale: s.locale, region: s.region, topics: s.topics, questions: s.questions, audience: s.audience, pack: s.pack
    });
    if (quiz) quizzes.set(host, quiz);
  } catch (e) {
    console.error('Know the Signs: the quiz could not be shown in ' + nameOf(host) + ' (' + (e && /** @type {Error} */ (e).message) + '); its help details work.');
  }
}

/**
 * Has the module destroy `host`'s quiz, if it has one (not a module that broke: it cannot be
 * called again).
 * @param {Element} host
 */
function dropQuiz(host) {
  const quiz = quizzes.get(host);
  if (!quiz) return;
  quizzes.delete(host);
  if (failed) return;
  try {
    quiz.destroy();
  } catch (e) {
    /* the module broke: fail() follows */
  }
}

/**
 * The module has started: every host's quiz is mounted, and from now on each new frame's.
 * @param {Module} running
 */
export function startQuizzes(running) {
  module = running;
  frameAll();
}

/**
 * A host's other settings attributes, as one string; null and "" differ. A redrawn frame gets a
 * fresh quiz.
 * @param {Element} host
 */
function settingsOf(host) {
  return ATTRIBUTES.filter((name) => IN_PLACE.indexOf(name) < 0).map((name) => {
    const value = host.getAttribute(name);
    return value === null ? '\u0000' : '\u0001' + value;
  }).join('\u0002');
}

// Hosts whose own paragraph has been checked against their help details.
/** @type {WeakSet<Element>} */
const paragraphChecked = new WeakSet();

/**
 * Says in the console, once per host, when the snippet's own paragraph (what visitors see
 * without the widget) gives a number to call that the widget's help details do not: a partner
 * who wrote their country's hotline there but left data-region out would otherwise have the
 * widget show another country's numbers without a word.
 * @param {Element} host
 * @param {import('./settings.js').Settings} settings
 */
function checkParagraph(host, settings) {
  if (paragraphChecked.has(host) || !host.shadowRoot) return;
  paragraphChecked.add(host);
  /** @param {ParentNode} where */
  const numbers = (where) => Array.prototype.map.call(where.querySelectorAll('a[href^="tel:"]'),
    (/** @type {HTMLAnchorElement} */ a) => (a.getAttribute('href') || '').replace(/[^\d+]/g, ''));
  const shown = numbers(host.shadowRoot);
  const missing = numbers(host).filter((n) => n && shown.indexOf(n) < 0);
  if (!missing.length) return;
  const names = Object.keys(REGIONS);
  warn(nameOf(host) + '\'s own paragraph gives tel:' + missing.join(', tel:') + ', which its help details do not: ' +
    'they are data-region="' + settings.region + '"\'s. Set data-region to your region (' + names.join(', ') +
    '), or give your own service with data-help-phone.');
}

/**
 * Draws the frame into `host` unless it has one; the module finds the app container by its
 * class. `kept`: what had focus in the frame this one replaces.
 * @param {Element} host
 * @param {import('./focus.js').Described | null} [kept]
 */
export function frame(host, kept) {
  let root = host.shadowRoot;
  if (root && root.querySelector('.kts-app')) return;
  // Focus on what this frame hides or replaces (a link of the snippet's paragraph, say) would
  // fall to the page's body, and the next Tab would skip the widget: it goes to the same link
  // or button in the new frame, else to the quick exit.
  kept = kept || focusIn(host);
  // Ours, left with only a slot by unframe(): drawn again.
  if (root && root.childNodes.length === 1 && /** @type {Element} */ (root.firstChild).className === 'kts-unframed') {
    root.removeChild(/** @type {Node} */ (root.firstChild));
  }
  if (!root) {
    try {
      root = host.attachShadow({ mode: 'open' });
    } catch (e) {
      refuse(host, 'cannot have a shadow root');
      return;
    }
  } else if (root.firstChild) {
    refuse(host, 'already has a shadow root of another script');
    return;
  }
  adoptStyles(root);
  const { settings, warnings } = read(host);
  warnings.forEach((w) => warn(w.message));
  const region = el('section', 'kts kts--' + settings.theme);
  region.setAttribute('dir', 'ltr');

  // Sticky bar: the exit button and the hotline, in view whenever the widget is.
  const bar = el('div', 'kts-exit');
  const button = el('button', 'kts-exit-button');
  button.type = 'button';
  button.addEventListener('click', () => exitPage(host));
  // The first number to call: the partner's own, else the region's main line.
  const number = exitCall(settings, REGIONS);
  const call = number && el('a', 'kts-exit-call');
  if (call && number) call.href = number[1];
  const status = el('p', 'kts-exit-status');
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  bar.appendChild(button);
  if (call) bar.appendChild(call);
  bar.appendChild(status);

  let { exitUrl, safetyUrl } = settings;
  const note = el('p', 'kts-exit-note');
  const noteText = document.createTextNode('');
  const link = el('a');
  // Our own advice page, in this language, has a quick exit too; tell it where this widget's
  // exit goes, and which country's emergency numbers to give.
  /** @param {string} locale */
  function setLink(locale) {
    link.href = safetyUrl === DEFAULT_SAFETY_URL
      ? base + TEXT[locale].safetyPage + '?exit=' + encodeURIComponent(exitUrl) + '&region=' + settings.region
      : safetyUrl;
  }
  // Replace this page with the advice rather than adding it on top, so an exit from there
  // leaves no way Back to the widget's page.
  link.addEventListener('click', (event) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    noReferrer();
    window.location.replace(link.href);
  });
  note.appendChild(noteText);
  note.appendChild(link);

  const T = TEXT[settings.locale];
  region.setAttribute('aria-label', T.widgetName);
  region.setAttribute('lang', settings.locale);
  button.textContent = T.exit;
  if (call && number) {
    call.textContent = T.callLabel + ' ';
    call.appendChild(el('span', 'kts-number', number[0]));
  }
  noteText.nodeValue = T.exitNote + ' ' + T.exitLimits + ' ';
  link.textContent = T.safety;
  setLink(settings.locale);
  const app = el('div', 'kts-app');
  const drawn = drawPanels(host, settings, T);
  app.appendChild(drawn.body);
  restyle.set(host, () => {
    const now = read(host);
    now.warnings.filter((w) => IN_PLACE.indexOf(w.attribute) >= 0).forEach((w) => warn(w.message));
    region.className = 'kts kts--' + now.settings.theme;
    checkPartnerStyle(region);
    exitUrl = now.settings.exitUrl;
    safetyUrl = now.settings.safetyUrl;
    setLink(settings.locale);
  });
  parts.set(host, drawn);
  drawnWith.set(host, settingsOf(host));
  region.appendChild(bar);
  region.appendChild(note);
  region.appendChild(app);
  root.appendChild(region);
  // After the first paint: reading the page's styles here would make the browser lay the page out
  // again before it has shown anything (a long task on a slow phone).
  afterPaint(() => {
    checkPartnerStyle(region);
    checkParagraph(host, settings);
  });
  checkStickyLater(host);
  // Drawn after the module failed (a host added or redrawn since): it has no quiz to wait for.
  if (failed) readyWithoutQuiz(host);
  keepFocusIn(host, app);
  keepClearOfBar(host, root, bar);
  // The same link where the visitor was: in the bar, or in the content (the help details).
  // Last, so that the listener above notes it for keepFocusIn when the module takes over.
  if (kept) (sameAs(kept, kept.inBar ? bar : app) || sameAs(kept, region) || button).focus();
  mountQuiz(host);
}

/**
 * Draws a frame for every host that has none, and again for each whose language has changed
 * since its frame was drawn (its data-locale, or an inherited lang); has the module mount the
 * quiz of each that has none.
 */
export function frameAll() {
  allHosts().forEach((host) => {
    const drawn = parts.get(host);
    if (drawn && framed(host) && drawn.locale !== hostLocale(host)) redraw(host);
    frame(host);
    mountQuiz(host); // one framed before it was on the page, or before the module started
  });
}

/**
 * Draws `host`'s frame again, keeping focus on the same link or button in the new one.
 * @param {Element} host
 */
function redraw(host) {
  const kept = focusIn(host);
  unframe(host);
  frame(host, kept);
}

/**
 * Removes this widget's frame from `host` (leaving any other shadow root alone). A shadow root
 * cannot be removed, so ours keeps only a <slot>: the host's own content (the snippet's
 * paragraph with the hotline) shows again, as it did before the widget.
 * @param {Element} host
 */
export function unframe(host) {
  dropQuiz(host);
  parts.delete(host);
  if (!framed(host)) return;
  const root = /** @type {ShadowRoot} */ (host.shadowRoot);
  while (root.firstChild) root.removeChild(root.firstChild);
  try {
    root.adoptedStyleSheets = [];
  } catch (e) {
    /* no constructable stylesheets: none were adopted */
  }
  root.appendChild(el('slot', 'kts-unframed'));
}

/**
 * A host stopped being one, or its settings now differ from those its frame was drawn with
 * (setting an attribute to the value it has is no change): drop its frame, and draw a new one
 * if it is still a host (the module then mounts a fresh app in it). Then new hosts anywhere get
 * a frame, and every frame follows its host's language (an ancestor's lang may have changed).
 * @param {MutationRecord[]} records
 */
export function onMutations(records) {
  // Hosts no longer on the page lose their quiz; one put back later gets a fresh frame. (One moved
  // in a single task is on the page again by now, and keeps its quiz.)
  quizzes.forEach((quiz, host) => {
    if (!host.isConnected) unframe(host);
  });
  for (let i = 0; i < records.length; i++) {
    const target = /** @type {Element} */ (records[i].target);
    if (records[i].type !== 'attributes' || records[i].attributeName === 'lang' || !target.shadowRoot) continue;
    const host = target.matches(SELECTOR);
    if (host && drawnWith.get(target) === settingsOf(target)) {
      const again = restyle.get(target);
      if (IN_PLACE.indexOf(/** @type {string} */ (records[i].attributeName)) >= 0 && again) again();
      continue;
    }
    if (host) redraw(target);
    else unframe(target);
  }
  frameAll();
}

/**
 * The widget whose exit the shortcut uses: the one holding focus, else the first on the page
 * that shows a frame (hosts in other components' shadow roots, mounted by script, count too);
 * null when no widget is shown, and the shortcut then does nothing.
 * @returns {Element | null}
 */
function shortcutHost() {
  const shown = allHosts().filter(framed);
  // Focus inside a component's shadow root shows on the page as the component: look inside.
  let active = document.activeElement;
  while (active && shown.indexOf(active) === -1 && active.shadowRoot && active.shadowRoot.activeElement) {
    active = active.shadowRoot.activeElement;
  }
  return active && shown.indexOf(active) !== -1 ? active : shown[0] || null;
}

/** Every widget's region, for the cover to hide. */
function regions() {
  /** @type {HTMLElement[]} */
  const all = [];
  eachPart('.kts', (region) => all.push(region));
  return all;
}

/**
 * Leaves for `host`'s exit URL; from the shortcut (no `host`), that of shortcutHost().
 * @param {Element | null} host
 */
function exitPage(host) {
  const from = host || shortcutHost();
  const settings = from && read(from).settings;
  cover(TEXT[settings ? settings.locale : 'en'].leaving, regions());
  leave(settings ? settings.exitUrl : 'https://weather.com/');
}

/**
 * Shows the message TEXT[locale][key] in every widget's quick-exit status line (a polite live
 * region), each in its own locale; no key empties the lines. Only one widget says it to
 * assistive technology, the one holding focus, else the first: the others' lines are hidden
 * from it while they show the message, so a screen reader reads it once, in one language.
 * @param {import('./quick-exit.js').ShortcutNews | null} key
 */
function announce(key) {
  /** @type {{ status: HTMLElement, host: Element }[]} */
  const lines = [];
  eachPart('.kts-exit-status', (status, host) => lines.push({ status, host }));
  const from = shortcutHost();
  const speaker = lines.filter((l) => l.host === from)[0] || lines[0];
  lines.forEach((l) => {
    if (key && l !== speaker) l.status.setAttribute('aria-hidden', 'true');
    else l.status.removeAttribute('aria-hidden');
    l.status.textContent = key ? TEXT[hostLocale(l.host)][key] : '';
  });
}

/**
 * Listens for the Shift shortcut and for the page coming back from the back/forward cache:
 * the cover comes off, the shortcut starts over, and every widget is drawn again, its quiz at
 * the start.
 */
export function listen() {
  const resetShortcut = listenForShortcut(window, { active: () => !!shortcutHost(), say: announce, exit: () => exitPage(null) });
  window.addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    uncover(regions());
    resetShortcut(null);
    // Every quiz starts again at its content note, so nothing shows where the visitor was.
    allHosts().filter(framed).forEach(redraw);
  });
}

/**
 * True when `host`'s settings differ from those its frame was drawn with.
 * @param {Element} host
 */
export function redrawNeeded(host) {
  return drawnWith.get(host) !== settingsOf(host);
}

/**
 * Applies `host`'s in-place settings (theme, exit and advice URLs) to its frame, if it has one.
 * @param {Element} host
 */
export function restyleHost(host) {
  const again = restyle.get(host);
  if (again) again();
}

/**
 * The module could not start (`loaded` false) or broke later: in every widget, the quiz and the
 * facts give way to a line saying so, beside the help details. Where it never started, each host
 * still says it is ready, without a quiz.
 * @param {boolean} loaded
 */
export function fail(loaded) {
  failed = true;
  quizzes.clear(); // a module that broke cannot be called again
  allHosts().forEach((host) => {
    const drawn = parts.get(host);
    if (!drawn || !framed(host)) return;
    [drawn.quiz, drawn.facts].forEach((slot) => {
      while (slot && slot.firstChild) slot.removeChild(slot.firstChild);
    });
    (drawn.quiz || drawn.body).appendChild(fallback(host, TEXT[drawn.locale], 'loadFailed'));
    if (!loaded) readyWithoutQuiz(host);
  });
}

/** The module has not started after a long time: a Start pressed says so. */
export function slow() {
  noteSlow();
  eachPart('.kts-note-status', (line, host) => {
    if (line.textContent) line.textContent = TEXT[hostLocale(host)].slow;
  });
}
