// The quiz panel's content note, drawn by the frame before the module arrives, so visitors can
// read it (and press Start) meanwhile. A Start pressed here is remembered for the module
// (takeEarlyStart), which then opens the quiz on question 1.

import { el } from './dom.js';

/** @type {WeakMap<Element, boolean>} host -> Start was pressed on its note */
const pressedStart = new WeakMap();
let slow = false;

/** From now on, a Start pressed says the quiz is taking long (the module has not started). */
export function noteSlow() {
  slow = true;
}

/**
 * The content note as the module draws it (src/ui/content_note.rs).
 * @param {Element} host
 * @param {Record<string, string>} T the words of the widget's locale
 */
export function contentNote(host, T) {
  pressedStart.delete(host);
  const section = el('section', 'kts-panel kts-quiz');
  section.setAttribute('aria-label', T.quizHeading);
  section.appendChild(el('h2', null, T.quizHeading));
  const note = el('div', 'kts-note');
  note.appendChild(el('h3', null, T.contentNoteHeading));
  note.appendChild(el('p', null, T.contentNoteBody));
  note.appendChild(el('p', null, T.contentNoteHelp));
  const actions = el('div', 'kts-actions');
  const start = el('button', 'kts-button', T.startQuiz);
  start.type = 'button';
  // A live region beside the button, empty until it is pressed.
  const waiting = el('p', 'kts-note-status');
  waiting.setAttribute('role', 'status');
  start.addEventListener('click', () => {
    if (pressedStart.get(host)) return;
    pressedStart.set(host, true);
    // Stays focusable (not `disabled`), so focus is not lost.
    start.setAttribute('aria-disabled', 'true');
    waiting.textContent = slow ? T.slow : T.loading;
  });
  actions.appendChild(start);
  actions.appendChild(waiting);
  note.appendChild(actions);
  section.appendChild(note);
  return section;
}

/**
 * Asked by the module as it mounts `host`, once per note: 'pressed' if the visitor pressed Start
 * on the note and focus is still on it; 'opened' if they pressed it and have moved on (the quiz
 * opens on question 1, focus stays where they are); 'focused' if Start has focus unpressed; else
 * ''.
 * @param {Element} host
 */
export function takeEarlyStart(host) {
  const pressed = pressedStart.get(host);
  pressedStart.delete(host);
  const root = host.shadowRoot;
  const focused = root && root.activeElement;
  const onStart = !!focused && focused.matches('.kts-fallback .kts-note button');
  if (pressed) return onStart ? 'pressed' : 'opened';
  return onStart ? 'focused' : '';
}
