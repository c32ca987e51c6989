// The DOM helpers every part of the frame uses: making an element, a console warning, and
// running something in a task of its own.
// DOM calls only: no inline styles in markup, no innerHTML.

/**
 * A new element, with a class and text if given.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {string | null} [className]
 * @param {string} [text]
 * @returns {HTMLElementTagNameMap[K]}
 */
export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

/**
 * Says `message` in the browser's console as the widget's, "Know the Signs: …".
 * @param {string} message
 */
export function warn(message) {
  if (typeof console !== 'undefined') console.warn('Know the Signs: ' + message);
}

/**
 * `<tag#id>` for a console message.
 * @param {Element} element
 */
export function nameOf(element) {
  return '<' + element.tagName.toLowerCase() + (element.id ? '#' + element.id : '') + '>';
}

/**
 * Calls `fn` once the browser has painted what is drawn now (the frame before the module's files
 * are requested, and the checks that read the page's styles after it): in the task after the next
 * animation frame, or after a second where no frame comes (a page in a background tab paints
 * nothing).
 * @param {() => void} fn
 */
export function afterPaint(fn) {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    fn();
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run, 0));
  setTimeout(run, 1000);
}

/**
 * Calls `fn` in a task of its own, as soon as the browser gets to it: a message to itself rather
 * than a timer, which background tabs slow down (and test clocks hold back).
 * @param {() => void} fn
 */
export function nextTask(fn) {
  if (typeof MessageChannel === 'function') {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => fn();
    channel.port2.postMessage(null);
  } else {
    setTimeout(fn, 0);
  }
}
