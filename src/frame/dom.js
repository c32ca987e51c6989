// The two DOM helpers every part of the frame uses: making an element, and a console warning.
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
