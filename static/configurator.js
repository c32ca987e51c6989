/* Know the Signs configurator (configurator.html): a partner picks options, sees the widget
 * redraw live, and copies the snippet for exactly those options.
 *
 * Why it works this way:
 * - The preview is one real host element on this page, loaded by embed.js from this same
 *   folder. A change of option sets or removes that host's data-* attribute, which redraws it
 *   (embed.js and the module watch every setting attribute). An attribute is only set when its
 *   value changes: setting one to the value it already has would redraw the frame for nothing.
 *   Colours, corners, font, text size and header height are --kts-* custom properties on the
 *   host, and the widget checks colour contrast only when it draws a host, so a change of style
 *   swaps in a fresh host with the same settings.
 * - What the widget says about the options (an invalid value, colours below 4.5:1 contrast, a
 *   pack it cannot use) it says only in the console, prefixed "Know the Signs: ". This page
 *   passes every console message on unchanged and shows the widget's own beside the options.
 *   Messages heard since the last change are kept; when the redrawn widget fires kts:ready, the
 *   list is brought in line with them (a pack's problems are said once per page load, so those
 *   are kept per pack URL).
 * - The snippet is the README's, with only the options that differ from the defaults, every
 *   value HTML-escaped, and the src of embed.js beside this page, or the pinned public-CDN URL
 *   with its integrity hash. Those come from cdn.json beside this page, which the release build
 *   writes and scripts/release makes its snippet.html from (a build without it offers no CDN).
 * No inline script or style anywhere (strict CSP), no storage, no request of its own but that
 * one file beside it.
 */
// The widget's own rules and lists, so the snippet says what the widget will do: the attributes
// in their order, phone numbers and website addresses read as the widget reads them, and its
// words (scripts/post-build bundles this file with them, as embed.js is bundled).
import { ATTRIBUTES, phoneLink, webLink } from '../src/frame/settings.js';
import { TEXT } from '../src/frame/words.js';

(function () {
  'use strict';

  var PREFIX = 'Know the Signs: ';
  var heard = new Set(); // the widget's messages since the options last changed
  var packNotes = new Map(); // absolute pack URL -> Set of the widget's messages about it
  var onMessage = function () {}; // set once the page is ready

  ['warn', 'error'].forEach(function (level) {
    var original = console[level];
    console[level] = function () {
      original.apply(console, arguments);
      var text = arguments[0];
      if (typeof text === 'string' && text.indexOf(PREFIX) === 0) onMessage(text.slice(PREFIX.length));
    };
  });

  // The order attributes take in the snippet (the order of data/attributes.json's attributes).
  var ORDER = ATTRIBUTES;
  var DEFAULT_PANELS = 'quiz,help,facts';

  // The snippet's own paragraph, by language and region: what visitors see if the widget cannot
  // run. The build writes it here from data/help.json, the source of the widget's help details
  // too (scripts/help-data.mjs, run by scripts/post-build): { en: { us: '<p>'s inner HTML', ... },
  // es: { ... } }, broken into lines as the snippet shows them (continuation lines indented four
  // spaces). English US is the README's paragraph, word for word (configurator.spec.mjs).
  var FALLBACK = /* help-data: snippets */ null;

  // The partner's own service in the snippet's paragraph, first, as the widget lists it. Phone
  // numbers and website addresses follow the widget's rules (src/frame/settings.js); values it
  // would refuse are left out.
  var OWN = {
    en: { ask: 'Need help? ', call: 'call ', text: 'text ', visit: 'visit ', site: 'its website', or: ' or ' },
    es: {
      ask: '\u00bfNecesita ayuda? ', call: 'llame al ', text: 'env\u00ede un mensaje de texto al ', visit: 'visite ', site: 'su sitio web',
      or: ' o '
    }
  };

  /** The tel: or sms: link the widget makes of `value`, or null when it would refuse it. */
  function phoneHref(value, scheme) {
    var link = phoneLink(value, scheme);
    return link && link[1];
  }

  // '<name>: call <a>…</a>, text <a>…</a> or <a>its website</a>. ' in `locale`, or '' when no
  // way to reach the service would be shown.
  function ownService(locale, attributes) {
    var W = OWN[locale];
    var parts = [];
    var phone = (attributes.get('data-help-phone') || '').trim();
    var text = (attributes.get('data-help-text') || '').trim();
    var site = (attributes.get('data-help-url') || '').trim();
    var call = phoneHref(phone, 'tel');
    var sms = phoneHref(text, 'sms');
    if (call) parts.push(W.call + '<a href="' + call + '">' + escapeHtml(phone) + '</a>');
    if (sms) parts.push(W.text + '<a href="' + sms + '">' + escapeHtml(text) + '</a>');
    if (webLink(site)) {
      parts.push(W.visit + '<a href="' + escapeHtml(site) + '">' + W.site + '</a>');
    }
    if (!parts.length) return '';
    var list = parts.length === 1 ? parts[0] : parts.slice(0, -1).join(', ') + W.or + parts[parts.length - 1];
    return escapeHtml(attributes.get('data-help-name') || TEXT[locale].partnerHelpName) + ': ' + list + '.\n    ';
  }

  /** `value` safe inside HTML text or a double-quoted attribute. */
  function escapeHtml(value) {
    return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }

  function start() {
    var form = document.getElementById('options');
    var fields = form.elements;
    var panels = document.getElementById('panels');
    var colourInputs = Array.prototype.slice.call(form.querySelectorAll('input[type=color]'));
    var textInputs = Array.prototype.slice.call(form.querySelectorAll('input[data-attribute]'));
    var code = document.getElementById('snippet');
    var copyStatus = document.getElementById('copy-status');
    var checksStatus = document.getElementById('checks-status');
    var checks = document.getElementById('checks');
    var src = new URL('embed.js', document.baseURI).href;
    var hostingCdn = document.getElementById('hosting-cdn');
    var cdn = null; // cdn.json: { version, src, integrity }, once it has arrived
    // The pack field takes effect when it is left or Enter is pressed, not on every keystroke:
    // the preview fetches the pack, and half-typed addresses are requests to nowhere (or to
    // someone else).
    var pack = '';
    // The font list, likewise taken when the field is left or Enter is pressed: each change of
    // style swaps in a fresh preview host.
    var font = '';
    var theme = 'light';
    var applied = null; // the choices the preview shows, as JSON
    var appliedStyles = '';
    var shown = []; // the widget's messages on screen

    function currentTheme() {
      return fields.theme.value || 'light';
    }

    function defaultColour(input, forTheme) {
      return input.getAttribute(forTheme === 'dark' ? 'data-dark' : 'data-light');
    }

    // Colours still at the old theme's defaults follow the new theme's.
    function followTheme() {
      var now = currentTheme();
      if (now === theme) return;
      colourInputs.forEach(function (input) {
        if (input.value === defaultColour(input, theme)) input.value = defaultColour(input, now);
      });
      theme = now;
    }

    function panelOrder() {
      return Array.prototype.slice.call(panels.children).map(function (item) {
        return item.getAttribute('data-panel');
      }).filter(function (name) {
        return name === 'help' || document.getElementById('panel-' + name).checked;
      });
    }

    /**
     * The options as chosen: `locale` and `region` for the snippet's paragraph ('en' when the
     * widget follows the page); `attributes`, [name, value] pairs for the options that differ
     * from the defaults, in ORDER; `styles`, [custom property, value] pairs for the colours that
     * differ from the theme's, then the corners and the font if chosen (a font list the browser
     * does not take is left out: `fontProblem` says why, '' when it is fine).
     */
    function choices() {
      var badFont = font ? fontProblem(font) : '';
      var header = fields['header-height'];
      var headerOk = header.value !== '' && header.validity.valid;
      var values = {};
      values['data-locale'] = fields.locale.value;
      values['data-region'] = fields.region.value === 'us' ? '' : fields.region.value;
      values['data-audience'] = fields.audience.value === 'general' ? '' : fields.audience.value;
      var topics = Array.prototype.slice.call(form.querySelectorAll('input[name=topic]'));
      var ticked = topics.filter(function (t) { return t.checked; }).map(function (t) { return t.value; });
      values['data-topics'] = ticked.length < topics.length ? ticked.join(', ') : '';
      var order = panelOrder();
      values['data-panels'] = order.join() === DEFAULT_PANELS ? '' : order.join(', ');
      values['data-theme'] = currentTheme() === 'light' ? '' : currentTheme();
      textInputs.forEach(function (input) {
        var name = input.getAttribute('data-attribute');
        values[name] = name === 'data-pack' ? pack : input.value.trim();
      });
      return {
        locale: fields.locale.value || 'en',
        region: fields.region.value,
        attributes: ORDER.filter(function (name) { return values[name]; }).map(function (name) {
          return [name, values[name]];
        }),
        styles: colourInputs.filter(function (input) {
          return input.value !== defaultColour(input, currentTheme());
        }).map(function (input) {
          return [input.getAttribute('data-property'), input.value];
        }).concat(fields.radius.value ? [['--kts-radius', fields.radius.value]] : [])
          .concat(font && !badFont ? [['--kts-font-family', font]] : [])
          .concat(fields['follow-size'].checked ? [['--kts-font-size', '1rem']] : [])
          .concat(headerOk && Number(header.value) > 0 ? [['--kts-sticky-top', Number(header.value) + 'px']] : []),
        fontProblem: badFont,
        headerProblem: header.validity.valid ? '' : 'Give the height as a whole number of pixels from 0 to 400 ' +
          '(as in 64). Until then the quick exit stays at the very top.'
      };
    }

    // Why `value` cannot be the widget's font list, or '' if it can: it must be a font-family
    // value the browser accepts, and it goes into the snippet's <style>, so no character that
    // could end the rule or the element.
    function fontProblem(value) {
      // CSS closes a string left open at the end of a declaration, so CSS.supports takes
      // '"Open Sans' but the pasted rule does not: quotes must be closed here.
      var open = '';
      for (var i = 0; i < value.length; i++) {
        var c = value.charAt(i);
        if (open) {
          if (c === open) open = '';
        } else if (c === '"' || c === "'") {
          open = c;
        }
      }
      if (open) {
        return 'A quotation mark (' + open + ') is not closed, so the widget keeps its own font. Put names with ' +
          'spaces between a pair of quotes, as in "Open Sans".';
      }
      if (/^(inherit|initial|unset|revert|revert-layer|default)$/i.test(value)) {
        return 'Name the fonts themselves, as in your website’s stylesheet: “' + value + '” does not work here, ' +
          'so the widget keeps its own font.';
      }
      // Parentheses: functions such as attr() or var() are no font names; comment marks would
      // swallow the rest of a stylesheet the rule is moved into.
      if (/[<>{};\\()]|\/\*|\*\//.test(value) || (window.CSS && CSS.supports && !CSS.supports('font-family', value))) {
        return 'This is not a list of fonts the browser understands, so the widget keeps its own font. ' +
          'Separate names with commas and put names with spaces in quotes.';
      }
      return '';
    }

    // The snippet's paragraph: the partner's own service, if any, then the region's.
    function paragraph(chosen) {
      var own = ownService(chosen.locale, new Map(chosen.attributes));
      var region = FALLBACK[chosen.locale][chosen.region];
      var ask = OWN[chosen.locale].ask;
      return own ? ask + own + region.slice(ask.length) : region;
    }

    function snippet(chosen) {
      var lines = [];
      if (chosen.styles.length) {
        lines.push('<style>', '  know-the-signs {');
        chosen.styles.forEach(function (c) { lines.push('    ' + c[0] + ': ' + c[1] + ';'); });
        lines.push('  }', '</style>');
      }
      var attributes = chosen.attributes.map(function (a) { return ' ' + a[0] + '="' + escapeHtml(a[1]) + '"'; });
      var lang = chosen.locale === 'en' ? '' : ' lang="' + chosen.locale + '"';
      // The widget's room, kept from the start (README, "Add it to your page"): not for the help
      // details alone, which are short.
      var panels = new Map(chosen.attributes).get('data-panels');
      var reserve = !panels || /quiz|facts/.test(panels) ? ' style="display:block;min-height:100vh"' : '';
      lines.push(
        '<know-the-signs' + reserve + attributes.join('') + '>',
        '  <p' + lang + '>' + paragraph(chosen) + '</p>',
        '</know-the-signs>',
        hostingCdn.checked && cdn
          ? '<script src="' + escapeHtml(cdn.src) + '" integrity="' + escapeHtml(cdn.integrity) +
            '" crossorigin="anonymous" async referrerpolicy="no-referrer"></script>'
          : '<script src="' + escapeHtml(src) + '" async referrerpolicy="no-referrer"></script>'
      );
      return lines.join('\n');
    }

    // The preview host takes the chosen settings (see the note at the top).
    function preview(chosen) {
      var host = document.getElementById('preview');
      var wanted = new Map(chosen.attributes);
      var styles = JSON.stringify(chosen.styles);
      if (styles !== appliedStyles) {
        appliedStyles = styles;
        var fresh = document.createElement('know-the-signs');
        fresh.id = 'preview';
        wanted.forEach(function (value, name) { fresh.setAttribute(name, value); });
        // CSSOM, not a style attribute: allowed under a strict style-src.
        chosen.styles.forEach(function (c) { fresh.style.setProperty(c[0], c[1]); });
        // The paragraph the snippet gives it (embed.js checks its numbers against the help details
        // it draws), from the build's own help details.
        var own = document.createElement('p');
        if (chosen.locale !== 'en') own.lang = chosen.locale;
        own.innerHTML = paragraph(chosen);
        fresh.appendChild(own);
        host.replaceWith(fresh);
        return;
      }
      ORDER.forEach(function (name) {
        var value = wanted.has(name) ? wanted.get(name) : null;
        if (host.getAttribute(name) === value) return;
        if (value === null) host.removeAttribute(name);
        else host.setAttribute(name, value);
      });
    }

    function render() {
      followTheme();
      var chosen = choices();
      var text = snippet(chosen);
      if (code.textContent !== text) {
        code.textContent = text;
        copyStatus.textContent = ''; // what was copied is no longer the snippet
      }
      document.getElementById('style-note').hidden = chosen.styles.length === 0;
      // From the CDN, the built-in advice page is not usable (README, "Known limits").
      document.getElementById('hosting-cdn-safety').hidden =
        !(hostingCdn.checked && cdn) || new Map(chosen.attributes).has('data-safety-url');
      var badFont = chosen.fontProblem;
      var fontNote = document.getElementById('font-problem');
      if (fontNote.textContent !== badFont) fontNote.textContent = badFont;
      if (badFont) fields.font.setAttribute('aria-invalid', 'true');
      else fields.font.removeAttribute('aria-invalid');
      var headerNote = document.getElementById('header-height-problem');
      if (headerNote.textContent !== chosen.headerProblem) headerNote.textContent = chosen.headerProblem;
      if (chosen.headerProblem) fields['header-height'].setAttribute('aria-invalid', 'true');
      else fields['header-height'].removeAttribute('aria-invalid');
      var noTopic = !form.querySelector('input[name=topic]:checked');
      document.getElementById('topics-problem').textContent = noTopic
        ? 'Tick at least one topic. Until you do, the quiz asks about every topic.' : '';
      var key = JSON.stringify(chosen);
      if (key !== applied) {
        applied = key;
        heard = new Set();
        preview(chosen);
      }
    }

    var queued = false;
    // One redraw per animation frame, however many events (a colour picker sends many).
    function schedule() {
      if (queued) return;
      queued = true;
      requestAnimationFrame(function () {
        queued = false;
        render();
      });
    }

    // --- The widget's messages ------------------------------------------------------------------

    function packUrl() {
      if (!pack) return null;
      try {
        return new URL(pack, document.baseURI).href;
      } catch (e) {
        return null;
      }
    }

    // Where a message belongs: the field it names, the colours, or the pack.
    function placeOf(text) {
      var attribute = /^(data-[a-z-]+)=/.exec(text);
      if (attribute) {
        var input = form.querySelector('[data-attribute="' + attribute[1] + '"]');
        if (input) return { input: input, problem: document.getElementById(input.id + '-problem') };
      }
      if (text.indexOf('--kts-') !== -1) return { label: 'Colours', problem: document.getElementById('colours-problem') };
      var url = packUrl();
      if (url && text.indexOf(url) !== -1) {
        return { input: fields.pack, problem: document.getElementById('pack-problem') };
      }
      return { label: 'Widget' };
    }

    function labelOf(place) {
      if (place.label) return place.label;
      return document.querySelector('label[for="' + place.input.id + '"]').textContent.replace(/\s+/g, ' ').trim();
    }

    function draw() {
      textInputs.forEach(function (input) {
        input.removeAttribute('aria-invalid');
        document.getElementById(input.id + '-problem').textContent = '';
      });
      document.getElementById('colours-problem').textContent = '';
      while (checks.firstChild) checks.removeChild(checks.firstChild);
      shown.forEach(function (text) {
        var place = placeOf(text);
        var item = document.createElement('li');
        var label = document.createElement('strong');
        label.textContent = labelOf(place) + ':';
        item.appendChild(label);
        item.appendChild(document.createTextNode(' ' + text));
        checks.appendChild(item);
        if (place.input) place.input.setAttribute('aria-invalid', 'true');
        if (place.problem) {
          place.problem.textContent = (place.problem.textContent ? place.problem.textContent + ' ' : '') +
            'The widget says: ' + text;
        }
      });
      var status = shown.length === 0 ? 'The widget accepts all your options.'
        : shown.length === 1 ? 'The widget has 1 message about your options:'
          : 'The widget has ' + shown.length + ' messages about your options:';
      if (checksStatus.textContent !== status) checksStatus.textContent = status;
    }

    onMessage = function (text) {
      heard.add(text);
      var url = packUrl();
      if (url && text.indexOf(url) !== -1) {
        if (!packNotes.has(url)) packNotes.set(url, new Set());
        packNotes.get(url).add(text);
      }
      if (shown.indexOf(text) === -1) {
        shown.push(text);
        draw();
      }
    };

    // The redrawn widget is on screen: it has said all it will about these options.
    document.addEventListener('kts:ready', function () {
      var now = Array.from(heard);
      var url = packUrl();
      if (url && packNotes.has(url)) {
        packNotes.get(url).forEach(function (text) { if (now.indexOf(text) === -1) now.push(text); });
      }
      if (now.join('\n') !== shown.join('\n')) {
        shown = now;
        draw();
      }
    });

    // --- Panels: which, and in what order ------------------------------------------------------

    var panelsStatus = document.getElementById('panels-status');
    panels.addEventListener('click', function (event) {
      var button = event.target.closest('button[data-move]');
      if (!button) return;
      var item = button.closest('li');
      var items = Array.prototype.slice.call(panels.children);
      var from = items.indexOf(item);
      var to = from + Number(button.getAttribute('data-move'));
      var name = item.getAttribute('data-label');
      if (to < 0 || to >= items.length) {
        panelsStatus.textContent = name + ' is already ' + (to < 0 ? 'first.' : 'last.');
        return;
      }
      panels.insertBefore(item, to < from ? items[to] : items[to].nextSibling);
      button.focus(); // moving the item took focus away from its button
      panelsStatus.textContent = name + ' is now number ' + (to + 1) + ' of ' + items.length + '.';
      schedule();
    });

    // The public-CDN choice, once this build's cdn.json has arrived.
    fetch('cdn.json', { credentials: 'omit' }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (data) {
      if (!data || !/^https:\/\//.test(data.src) || !/^sha384-[A-Za-z0-9+\/]+=*$/.test(data.integrity)) return;
      cdn = data;
      hostingCdn.disabled = false;
      document.getElementById('hosting-cdn-version').textContent = ', version ' + data.version;
    }).catch(function () { /* no CDN choice */ });
    document.querySelector('.hosting').addEventListener('change', schedule);

    // --- Events ---------------------------------------------------------------------------------

    form.addEventListener('input', function (event) {
      if (event.target !== fields.pack && event.target !== fields.font) schedule();
    });
    form.addEventListener('change', function (event) {
      if (event.target === fields.pack) pack = fields.pack.value.trim();
      if (event.target === fields.font) font = fields.font.value.trim();
      schedule();
    });
    // Enter in a text field: nothing to send anywhere; it takes the pack address and the font.
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      pack = fields.pack.value.trim();
      font = fields.font.value.trim();
      schedule();
    });
    form.addEventListener('reset', function () {
      // Runs before the fields are reset; the render after it reads the reset values.
      ['quiz', 'help', 'facts'].forEach(function (name) {
        panels.appendChild(panels.querySelector('[data-panel="' + name + '"]'));
      });
      pack = '';
      font = '';
      panelsStatus.textContent = '';
      schedule();
    });
    document.getElementById('colours-reset').addEventListener('click', function () {
      colourInputs.forEach(function (input) { input.value = defaultColour(input, currentTheme()); });
      schedule();
    });

    // --- Copy -----------------------------------------------------------------------------------

    function announce(message) {
      if (copyStatus.textContent === message) {
        // Said again: empty the live region first, so it is announced again.
        copyStatus.textContent = '';
        requestAnimationFrame(function () { copyStatus.textContent = message; });
      } else {
        copyStatus.textContent = message;
      }
    }

    document.getElementById('copy').addEventListener('click', function () {
      var text = code.textContent;
      var writing = navigator.clipboard && navigator.clipboard.writeText
        ? navigator.clipboard.writeText(text) : Promise.reject(new Error('no clipboard'));
      writing.then(function () {
        announce('Copied');
      }, function () {
        // No clipboard here (a page served over plain http, or access refused): select the
        // snippet, so that the keyboard's copy takes it, and try the older copy command.
        var selection = window.getSelection();
        selection.selectAllChildren(code);
        var copied = false;
        try {
          copied = document.execCommand('copy');
        } catch (e) {
          copied = false;
        }
        announce(copied ? 'Copied' : 'The snippet is selected: press Ctrl+C (Command+C on a Mac) to copy it.');
      });
    });

    // Now, before embed.js runs (it is deferred after this script): the preview starts with the
    // options as the page shows them (a browser may have restored them).
    pack = fields.pack.value.trim();
    render();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
