// What the benchmark runs inside each page (added with addInitScript, so before the page's own
// scripts). It must be self-contained: Playwright sends its source text to the page.
//
// Times are performance.now() values: milliseconds since the navigation started.

/**
 * Installs `window.__ktsBench` in the page and starts watching for the first answer.
 *
 * `config`:
 * - `shadow`: the quiz lives in the open shadow roots of `know-the-signs` hosts (the widget);
 *   otherwise in the document.
 * - `hosts`: how many quizzes the page holds.
 * - `start`: a selector for a button to press before the first question shows (the widget's
 *   content note); pressed with `click()` in the first frame it can take focus, or null.
 * - `answer`: a selector for the first question's first radio button or checkbox.
 * - `check`, `feedback`, `verdict`: the "Check answer" button, the element the verdict is
 *   written into, and the source of a RegExp its text matches once the answer is checked.
 *
 * `__ktsBench` then holds `startReady` and `firstAnswer` (one time per quiz, in the order they
 * came), `allAnswers` (the last of those, once every quiz has one), `answersDone` (a Promise of
 * it), and `armFeedback()`, which returns a Promise of `{ click, inDom, painted }`: the click's
 * `event.timeStamp`, when the verdict was in the DOM, and when the frame after it had painted
 * (a requestAnimationFrame, then a MessageChannel message).
 */
export function probe(config) {
  const bench = { startReady: [], firstAnswer: [], allAnswers: null };
  Object.defineProperty(window, '__ktsBench', { value: bench });

  const roots = () => (config.shadow
    ? Array.from(document.querySelectorAll('know-the-signs, [data-know-the-signs]'), (h) => h.shadowRoot).filter(Boolean)
    : [document]);

  // Focusable now: in the document, rendered with a box, not hidden, not disabled, not inert
  // (looking up through shadow hosts).
  const canFocus = (el) => {
    if (!el || !el.isConnected || el.disabled) return false;
    if (!el.checkVisibility({ visibilityProperty: true }) || el.getClientRects().length === 0) return false;
    for (let node = el; node; node = node.parentNode || node.host) {
      if (node.nodeType === 1 && node.hasAttribute('inert')) return false;
    }
    return true;
  };

  // One check per frame: what a visitor could act on in the frame about to be painted. (Polling
  // with requestAnimationFrame also waits, as painting does, for render-blocking stylesheets.)
  const started = new WeakSet();
  const answered = new WeakSet();
  let resolveAnswers;
  bench.answersDone = new Promise((resolve) => { resolveAnswers = resolve; });
  const frame = () => {
    const now = performance.now();
    for (const root of roots()) {
      if (config.start && !started.has(root)) {
        const button = root.querySelector(config.start);
        if (canFocus(button)) {
          started.add(root);
          bench.startReady.push(now);
          button.click();
        }
      }
      if (!answered.has(root) && canFocus(root.querySelector(config.answer))) {
        answered.add(root);
        bench.firstAnswer.push(now);
      }
    }
    if (bench.firstAnswer.length >= config.hosts) {
      bench.allAnswers = Math.max(...bench.firstAnswer);
      resolveAnswers(bench.allAnswers);
    } else {
      requestAnimationFrame(frame);
    }
  };
  requestAnimationFrame(frame);

  bench.armFeedback = () => new Promise((resolve) => {
    const verdict = new RegExp(config.verdict);
    const result = { click: null, handled: null, inDom: null, painted: null };
    addEventListener('click', (event) => {
      const onCheck = event.composedPath().some((n) => n.nodeType === 1 && n.matches(config.check));
      if (onCheck && result.click === null) {
        result.click = event.timeStamp;
        result.handled = performance.now();
      }
    }, true);
    const observer = new MutationObserver(() => {
      if (result.click === null) return;
      const shown = roots().map((r) => r.querySelector(config.feedback)).find((el) => el && verdict.test(el.textContent));
      if (!shown) return;
      result.inDom = performance.now();
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          result.painted = performance.now();
          resolve(result);
        };
        channel.port2.postMessage(null);
      });
    });
    for (const root of roots()) observer.observe(root, { childList: true, subtree: true, characterData: true });
  });
}
