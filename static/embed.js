/*! Know the Signs loader: the one file partners link to.
 *
 * <know-the-signs></know-the-signs>  (or <div data-know-the-signs></div>)
 * <script src="https://YOUR-CDN/know-the-signs/embed.js" async></script>
 *
 * It finds every other file relative to its own URL, so the folder works from any path and
 * any origin. While the WebAssembly module loads (and if it cannot load at all) each host
 * shows the help details, drawn here with DOM calls only: no inline styles, no innerHTML, no
 * globals beyond one symbol that stops a second copy of this script from loading twice.
 */
(function () {
  'use strict';

  // document.currentScript is only set while this classic script first runs: read it now.
  var script = document.currentScript;
  var base = new URL('.', (script && script.src) || document.baseURI).href;

  var MARK = typeof Symbol === 'function' ? Symbol.for('know-the-signs.loader') : '__knowTheSignsLoader';
  if (window[MARK]) return;
  try {
    Object.defineProperty(window, MARK, { value: true });
  } catch (e) {
    /* a frozen window: carry on without the guard */
  }

  var SELECTOR = 'know-the-signs, [data-know-the-signs]';
  var MODULE = base + 'know-the-signs.js';
  var WASM = base + 'know-the-signs_bg.wasm';

  // Kept in step with the Rust message catalog and domain/help.rs (US help details).
  var TEXT = {
    name: 'Know the signs',
    help: 'Where to get help',
    intro: 'Free and confidential. If someone is in immediate danger, call 911.',
    loading: 'Loading the quiz\u2026',
    failed: 'The quiz could not be loaded just now. The help details on this page still work.',
    call: 'Call',
    text: 'Text'
  };
  var CONTACTS = [
    {
      name: 'National Human Trafficking Hotline',
      detail: '24 hours a day, every day. Calls in more than 200 languages; texts in English and Spanish.',
      links: [['call', '1-888-373-7888', 'tel:+18883737888'], ['text', '233733', 'sms:233733']]
    },
    {
      name: 'National Center for Missing & Exploited Children (NCMEC)',
      detail: 'For concerns about a child: 1-800-THE-LOST.',
      links: [['call', '1-800-843-5678', 'tel:+18008435678']]
    },
    {
      name: 'Emergency',
      detail: 'If someone is in immediate danger.',
      links: [['call', '911', 'tel:911']]
    }
  ];
  var CSS =
    ':host{display:block}:host([hidden]){display:none}' +
    '.kts{all:initial;display:block;font-family:system-ui,sans-serif;font-size:medium;line-height:1.5;' +
    'color:#1b1f24;background:#fff;padding:1em;border:1px solid #6b7480;border-radius:.5em}' +
    '.kts h2{font-size:1.35em;margin:0 0 .5em}.kts p{margin:0 0 .5em}.kts ul{list-style:none;padding:0;margin:0}' +
    '.kts li{margin-bottom:1em}.kts-contact-name{font-weight:700}.kts a{color:#1d4f91;font-weight:600;' +
    'display:inline-block;min-height:2.75em;padding:.5em .75em;margin-inline-end:.5em;border:2px solid #1d4f91;border-radius:.5em}' +
    '.kts a:focus-visible{outline:3px solid #1d4f91;outline-offset:2px}.kts-status{font-weight:600}';

  var sheet = null;
  function styles(root) {
    try {
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(CSS);
      }
      root.adoptedStyleSheets = [sheet];
    } catch (e) {
      /* no constructable stylesheets: the help details still show, unstyled */
    }
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function helpDetails(status) {
    var root = el('section', 'kts');
    root.setAttribute('role', 'region');
    root.setAttribute('aria-label', TEXT.name);
    root.setAttribute('lang', 'en');
    root.setAttribute('dir', 'ltr');
    var aside = el('aside', 'kts-help');
    aside.appendChild(el('h2', null, TEXT.help));
    aside.appendChild(el('p', null, TEXT.intro));
    var list = el('ul', 'kts-contacts');
    CONTACTS.forEach(function (c) {
      var item = el('li', 'kts-contact');
      item.appendChild(el('p', 'kts-contact-name', c.name));
      item.appendChild(el('p', null, c.detail));
      var links = el('p', 'kts-contact-links');
      c.links.forEach(function (l) {
        var a = el('a', 'kts-contact-link', TEXT[l[0]] + ' ' + l[1]);
        a.href = l[2];
        links.appendChild(a);
      });
      item.appendChild(links);
      list.appendChild(item);
    });
    aside.appendChild(list);
    root.appendChild(aside);
    var line = el('p', 'kts-status', status);
    line.setAttribute('role', 'status');
    root.appendChild(line);
    return root;
  }

  // Draws the help details into every host that shows nothing of ours yet (or, when `force`,
  // into every host: used once the module has failed, to replace "Loading").
  function drawFallback(status, force) {
    var hosts = document.querySelectorAll(SELECTOR);
    for (var i = 0; i < hosts.length; i++) {
      var host = hosts[i];
      var root = host.shadowRoot;
      if (!root) {
        try {
          root = host.attachShadow({ mode: 'open' });
        } catch (e) {
          continue;
        }
      } else if (!force && root.firstChild) {
        continue;
      }
      while (root.firstChild) root.removeChild(root.firstChild);
      styles(root);
      root.appendChild(helpDetails(status));
    }
  }

  function fail(reason) {
    if (window.console) console.error('Know the Signs: the widget could not start (' + reason + '). Showing the help details only.');
    drawFallback(TEXT.failed, true);
    if (typeof MutationObserver === 'function') {
      new MutationObserver(function () {
        drawFallback(TEXT.failed, false);
      }).observe(document, { childList: true, subtree: true });
    }
  }

  function boot() {
    drawFallback(TEXT.loading, false);
    if (typeof WebAssembly !== 'object') {
      fail('this browser has no WebAssembly');
      return;
    }
    import(MODULE)
      .then(function (glue) {
        return glue.default({ module_or_path: WASM }).then(function () {
          glue.start(base);
        });
      })
      .catch(function (error) {
        fail(error && error.message ? error.message : String(error));
      });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', boot);
  } else {
    boot();
  }
})();
