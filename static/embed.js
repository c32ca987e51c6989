/*! Know the Signs loader: the one file partners link to.
 *
 * <know-the-signs></know-the-signs>  (or <div data-know-the-signs></div>)
 * <script src="https://YOUR-CDN/know-the-signs/embed.js" async></script>
 *
 * Why this much lives in JavaScript: the parts a visitor's safety depends on must work before
 * the WebAssembly module arrives, and if it never does. So this file draws each host's frame
 * in its open shadow root: the labelled region, the quick-exit bar, and an app container that
 * shows the help details until the module mounts the quiz there (or instead of it, when the
 * module fails). It owns the quick exit: one Shift listener per page, the blank overlay, and
 * location.replace() with no referrer. DOM calls only: no inline styles in markup, no
 * innerHTML, no global names beyond one symbol that stops a second copy from running.
 *
 * Every other file is found relative to this script's own URL, so dist/ works from any path
 * and any origin.
 */
(function () {
  'use strict';

  // document.currentScript is only set while this classic script first runs: read it now.
  var script = document.currentScript;
  var base = new URL('.', (script && script.src) || document.baseURI).href;

  // (A page's Symbol polyfill may lack Symbol.for.)
  var MARK = typeof Symbol === 'function' && typeof Symbol.for === 'function'
    ? Symbol.for('know-the-signs.loader') : '__knowTheSignsLoader';
  if (window[MARK]) return;
  try {
    Object.defineProperty(window, MARK, { value: true });
  } catch (e) {
    /* a frozen window: carry on without the guard */
  }

  // Hosts: the custom element or the marker attribute; data-know-the-signs="off" opts out.
  var SELECTOR = 'know-the-signs:not([data-know-the-signs=off i]), [data-know-the-signs]:not([data-know-the-signs=off i])';
  // Every attribute that changes what a widget shows; a change redraws the frame, and the module
  // mounts a fresh app. Kept in step with ATTRIBUTES in src/embed/config.rs (tests/config.rs).
  var ATTRIBUTES = [
    'data-locale', 'data-region', 'data-audience', 'data-topics', 'data-questions', 'data-panels',
    'data-theme', 'data-pack', 'data-help-name', 'data-help-phone', 'data-help-text', 'data-help-url',
    'data-exit-url', 'data-safety-url'
  ];
  // The files this script loads, checked with Subresource Integrity. The build (scripts/post-build,
  // a Trunk post_build hook) rewrites this one line in dist/embed.js: the .wasm's content-hashed
  // name (hosts may cache it for good) and the SHA-384 of it and of each built-in pack, by path
  // below this folder. (The module's glue is inside this file: see glue() below.)
  var FILES = { wasm: 'know-the-signs_bg.wasm', integrity: {} };
  var WASM = base + FILES.wasm;
  // A neutral page with nothing personal on it (GOV.UK's pattern sends people to a weather page).
  var DEFAULT_EXIT_URL = 'https://weather.com/';
  var DEFAULT_SAFETY_URL = base + 'safety.html';
  var SHIFT_PRESSES = 3;
  var SHIFT_WINDOW_MS = 5000;

  // The words this file draws, per locale (`data-locale`: en, es). A key named after a message
  // of the Rust catalog (its Msg name in lowerCamelCase: helpHeading is Msg::HelpHeading) must
  // equal that message's text; the others are the frame's own. tests/browser/help.spec.mjs
  // checks, in every locale, that the frame drawn before the module and the module's own say
  // the same. Letters outside ASCII are \u escapes, so the file reads the same whatever charset
  // a server declares for it. (The help services' own words are data: data/help.json.)
  var TEXT = {
    en: {
      widgetName: 'Know the signs',
      exit: 'Quick exit',
      exitNote: 'Leaves this page at once for a neutral website. Shortcut: press Shift 3 times.',
      exitLimits: 'It does not erase your browsing history, where this page and earlier ones stay, or stop monitoring software.',
      safety: 'How to browse more safely',
      safetyPage: 'safety.html',
      twoMore: 'Shift, press 2 more times to exit.',
      oneMore: 'Shift, press 1 more time to exit.',
      timedOut: 'Quick exit shortcut cancelled.',
      leaving: 'Loading.',
      loading: 'Loading the quiz\u2026',
      slow: 'The quiz is taking a long time to load. The help details on this page work now.',
      quizHeading: 'Quiz: know the signs',
      contentNoteHeading: 'Before you start',
      contentNoteBody: 'This short quiz is about human trafficking: labour trafficking, sex trafficking, the sexual exploitation of children, and how trafficking differs from smuggling. It takes a few minutes. You can stop at any time.',
      contentNoteHelp: 'If any of this is close to home, the help details are always on this page.',
      startQuiz: 'Start the quiz',
      helpHeading: 'Where to get help',
      helpIntro: 'If someone is in immediate danger, call {emergency}.',
      helpIntroIntl: 'If someone is in immediate danger, call your local emergency number.',
      loadFailed: 'The quiz could not be loaded just now. The help details on this page still work.',
      callLabel: 'Call',
      textLabel: 'Text',
      websiteLabel: 'Website',
      partnerHelpName: 'Our own support service'
    },
    es: {
      widgetName: 'Conozca las se\u00f1ales',
      exit: 'Salida r\u00e1pida',
      exitNote: 'Sale de inmediato de esta p\u00e1gina y abre un sitio web neutral. Atajo: presione la tecla May\u00fas (Shift) 3 veces.',
      exitLimits: 'No borra su historial de navegaci\u00f3n, donde quedan esta p\u00e1gina y las anteriores, ni detiene programas de monitoreo.',
      safety: 'C\u00f3mo navegar de forma m\u00e1s segura',
      safetyPage: 'safety.es.html',
      twoMore: 'May\u00fas: presione 2 veces m\u00e1s para salir.',
      oneMore: 'May\u00fas: presione 1 vez m\u00e1s para salir.',
      timedOut: 'Se cancel\u00f3 el atajo de salida r\u00e1pida.',
      leaving: 'Cargando.',
      loading: 'Cargando el cuestionario\u2026',
      slow: 'El cuestionario est\u00e1 tardando mucho en cargar. Los datos para pedir ayuda de esta p\u00e1gina ya funcionan.',
      quizHeading: 'Cuestionario: conozca las se\u00f1ales',
      contentNoteHeading: 'Antes de empezar',
      contentNoteBody: 'Este breve cuestionario es sobre la trata de personas: la trata con fines de explotaci\u00f3n laboral, la trata con fines de explotaci\u00f3n sexual, la explotaci\u00f3n sexual comercial infantil y en qu\u00e9 se diferencia la trata del tr\u00e1fico il\u00edcito de migrantes. Toma unos minutos. Puede dejarlo en cualquier momento.',
      contentNoteHelp: 'Si algo de esto le toca de cerca, los datos para pedir ayuda est\u00e1n siempre en esta p\u00e1gina.',
      startQuiz: 'Comenzar el cuestionario',
      helpHeading: 'D\u00f3nde pedir ayuda',
      helpIntro: 'Si alguien est\u00e1 en peligro inmediato, llame al {emergency}.',
      helpIntroIntl: 'Si alguien est\u00e1 en peligro inmediato, llame al n\u00famero local de emergencias.',
      loadFailed: 'En este momento no se pudo cargar el cuestionario. Los datos para pedir ayuda de esta p\u00e1gina siguen disponibles.',
      callLabel: 'Llamar al',
      textLabel: 'Enviar mensaje de texto al',
      websiteLabel: 'Sitio web',
      partnerHelpName: 'Nuestro servicio de apoyo'
    }
  };

  // The catalog locale of a BCP 47 tag by its primary subtag ('es-MX' is 'es'), or null: the
  // rule of Locale::from_tag in src/domain/messages.rs (ASCII whitespace trimmed, '-' or '_'
  // ends the subtag, case ignored).
  function localeOf(tag) {
    if (tag == null) return null;
    var primary = String(tag).replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '').split(/[-_]/)[0].toLowerCase();
    return Object.prototype.hasOwnProperty.call(TEXT, primary) ? primary : null;
  }

  // data-locale if the catalog has it; else the nearest lang; else the first of the browser's
  // languages the catalog has; else English. The rule of resolve_locale in
  // src/embed/config.rs, which also names a bad data-locale in the console (so this stays quiet).
  // The nearest `lang` on `element` or around it, looking out through any shadow roots it is in
  // (src/embed/mount.rs, `page_languages`, follows the same rule); null if there is none.
  function inheritedLang(element) {
    for (var node = element; node; node = node.getRootNode().host) {
      var owner = node.closest('[lang]');
      if (owner) return owner.getAttribute('lang');
    }
    return null;
  }

  function resolveLocale(host) {
    var asked = localeOf(host.getAttribute('data-locale'));
    if (asked) return asked;
    var tags = [inheritedLang(host)].concat(Array.prototype.slice.call(navigator.languages || []));
    for (var i = 0; i < tags.length; i++) {
      var locale = localeOf(tags[i]);
      if (locale) return locale;
    }
    return 'en';
  }

  // Help details by data-region, from data/help.json (the one source of them): the build writes
  // the table in place of the marker below (scripts/help-data.mjs, run by scripts/post-build).
  // Shape: { us: { emergency: '911' or null, contacts: [{ name: { en, es }, detail: { en, es },
  // links: [[channel, display, href]] }] }, ... }, contacts in the order shown (the emergency
  // number last), channel 'call', 'text' or 'website' (TEXT's callLabel, textLabel, websiteLabel).
  var REGIONS = /* help-data: regions */ null;

  // Whitespace as Rust's str::trim sees it (Unicode White_Space), so that the frame and the module
  // (src/embed/config.rs) read a value alike; String.prototype.trim differs (U+FEFF, U+0085).
  var SPACE = '\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
  var TRIM = new RegExp('^[' + SPACE + ']+|[' + SPACE + ']+$', 'g');
  // Whitespace or a control character (Rust's char::is_whitespace or is_control).
  var UNCLEAN = new RegExp('[' + SPACE + '\\u0000-\\u001f\\u007f-\\u009f]');
  function trim(value) {
    return value.replace(TRIM, '');
  }
  // Lower case for the letters A to Z only, as Rust's eq_ignore_ascii_case: "u\u212A" (a Kelvin
  // sign, which toLowerCase() makes a "k") must stay unknown, not become "uk".
  function asciiLower(value) {
    return value.replace(/[A-Z]/g, function (c) {
      return String.fromCharCode(c.charCodeAt(0) + 32);
    });
  }

  // `host`'s data-region as a key of REGIONS, in any case (ASCII): 'us' when missing, 'intl' when
  // it is not one (never another country's numbers), as src/embed/config.rs decides. (Own keys
  // only: data-region="constructor" must not find Object.)
  function regionName(host) {
    var value = host.getAttribute('data-region');
    if (value === null) return 'us';
    var name = asciiLower(trim(value));
    return Object.prototype.hasOwnProperty.call(REGIONS, name) ? name : 'intl';
  }

  // Said once each time a host's frame is drawn: the frame shows the help details before the
  // module and without it, so it says why they are the international ones. (The module names the
  // other invalid values.)
  function sayWarnings(host) {
    var value = host.getAttribute('data-region');
    if (value === null || regionName(host) !== 'intl' || asciiLower(trim(value)) === 'intl') return;
    var names = Object.keys(REGIONS);
    warn('data-region="' + echo(value) + '" is not a region with help details of its own (allowed: ' +
      names.slice(0, -1).join(', ') + ' or ' + names[names.length - 1] + '); showing the international ones, ' +
      'which give no national number: set one of those regions, or add your own service with data-help-name ' +
      'and data-help-phone, data-help-text or data-help-url');
  }

  // The region's details in `locale`, with the partner's own service first, read by the rules of
  // src/embed/config.rs. Invalid values fall back silently here: the module names them in the
  // console.
  function helpFor(host, locale) {
    var T = TEXT[locale];
    var region = REGIONS[regionName(host)];
    var contacts = region.contacts.map(function (c) {
      return { name: c.name[locale], detail: c.detail[locale], links: c.links };
    });
    // Its name cut to 60 characters (a heading, not a paragraph); blank, the widget's own words.
    var own = { name: echo(trim(host.getAttribute('data-help-name') || '')) || T.partnerHelpName, detail: '', links: [] };
    var phone = phoneLink(host.getAttribute('data-help-phone'), 'tel');
    var text = phoneLink(host.getAttribute('data-help-text'), 'sms');
    if (phone) own.links.push(['call', phone[0], phone[1]]);
    if (text) own.links.push(['text', text[0], text[1]]);
    var site = webLink(host.getAttribute('data-help-url'));
    if (site) own.links.push(['website', '', site]);
    if (own.links.length) contacts.unshift(own);
    return { emergency: region.emergency, contacts: contacts };
  }

  function phoneLink(value, scheme) {
    if (!value) return null;
    value = trim(value);
    // An international number dials without a trunk prefix written "(0)"; "(+44)" keeps its
    // plus (phone_link in src/embed/config.rs reads numbers by the same rule).
    var compact = value.replace(/ /g, '');
    var international = /^\(?\+/.test(compact);
    var digits = (international ? compact.replace(/\(0\)/g, '') : compact).replace(/\D/g, '');
    if (!/^[\d +\-.()]+$/.test(value) || digits.length < 3 || digits.length > 20) return null;
    return [value, scheme + ':' + (international ? '+' : '') + digits];
  }

  // An absolute http(s) URL with no whitespace or control characters and at most 2,000 bytes of
  // UTF-8, trimmed; else null (web_link in src/embed/config.rs).
  function webLink(value) {
    if (value == null) return null;
    value = trim(value);
    var rest = value.slice(value.indexOf('://') + 3);
    var bytes = 0;
    Array.from(value).forEach(function (c) {
      var code = c.codePointAt(0);
      bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    });
    var ok = /^https?:\/\//i.test(value) && !UNCLEAN.test(value) && rest !== '' && rest.indexOf('://') !== 0;
    return ok && bytes <= 2000 ? value : null;
  }

  // The frame's styles. The quiz's own sheet (widget.css, inside the module) is added beside it.
  // `.kts { all: initial }` cuts every inherited property coming from the partner page; sizes
  // are in em from `font-size: medium` (the visitor's default), or from the partner's
  // --kts-font-size (`1rem` follows their own text-size buttons); never rem here.
  var DARK = '--_accent:var(--kts-accent,#9cc3ff);--_accent-text:var(--kts-accent-text,#0b1a33);' +
    '--_bg:var(--kts-background,#15181d);--_surface:var(--kts-surface,#222831);--_text:var(--kts-text,#eceff3);' +
    '--_muted:var(--kts-muted,#b9c1cc);--_border:var(--kts-border,#8d96a3);--_exit:#ffb4ab;--_exit-text:#2b0606;' +
    'color-scheme:dark';
  var LIGHT = '--_accent:#1d4f91;--_accent-text:#fff;--_bg:#fff;--_surface:#f3f5f8;--_text:#1b1f24;' +
    '--_muted:#4a5360;--_border:#6b7480';
  var DARK_SAFE = '--_accent:#9cc3ff;--_accent-text:#0b1a33;--_bg:#15181d;--_surface:#222831;--_text:#eceff3;' +
    '--_muted:#b9c1cc;--_border:#8d96a3';
  // Narrow in ems: a phone with the visitor's text size doubled (320 px at 32 px is 10em), or a
  // thin sidebar. Sides, indents and headings shrink so that every word and phone number fits on
  // a line of its own; the help links lose their box and bold, which a phone number in large
  // text cannot fit inside. For the frame, and for the module's own panels of the same classes
  // (help details and headings; src/ui/widget.css has the quiz's), whose `.kts-app` is the container.
  var NARROW = '@container (max-width:15em){' +
    '.kts .kts-exit-call{font-weight:400;padding-inline:0}.kts .kts-exit-button{padding-inline:.5em}' +
    '.kts .kts-app h2{font-size:1.1em}.kts .kts-app h3{font-size:1em}' +
    '.kts .kts-help{padding:.75em .25em}' +
    '.kts .kts-contact-link{border:0;padding-inline:0;font-weight:400;background:none}' +
    '.kts .kts-fallback .kts-button{padding-inline:.5em}}';
  var CSS = [
    // Never squeezed below 20em by its neighbours (a flex row, a table), unless its box is narrower.
    ':host{display:block;min-width:min(20em,100%)}:host([hidden]){display:none}',
    // Its sides shrink with its width (a share of the host's): on a phone with large text the
    // longest word and a phone number must still fit on one line.
    '.kts{all:initial;display:block;box-sizing:border-box;max-width:72em;padding:1em min(1em,3%);',
    'font-family:var(--kts-font-family,system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif);',
    'font-size:var(--kts-font-size,medium);line-height:1.5;text-align:start;overflow-wrap:break-word;',
    '--_accent:var(--kts-accent,#1d4f91);--_accent-text:var(--kts-accent-text,#fff);',
    '--_bg:var(--kts-background,#fff);--_surface:var(--kts-surface,#f3f5f8);--_text:var(--kts-text,#1b1f24);',
    '--_muted:var(--kts-muted,#4a5360);--_border:var(--kts-border,#6b7480);--_radius:var(--kts-radius,.5em);',
    '--_exit:#a1262c;--_exit-text:#fff;',
    'color:var(--_text);background:var(--_bg);border:1px solid var(--_border);border-radius:var(--_radius)}',
    // Dark theme: data-theme="dark", or "auto" when the visitor's system asks for it.
    '.kts--dark{' + DARK + '}@media (prefers-color-scheme:dark){.kts--auto{' + DARK + '}}',
    // A partner's colours that fail contrast are replaced by the theme's own (checkPartnerStyle).
    '.kts.kts--safe-colours{' + LIGHT + '}.kts--dark.kts--safe-colours{' + DARK_SAFE + '}',
    '@media (prefers-color-scheme:dark){.kts--auto.kts--safe-colours{' + DARK_SAFE + '}}',
    '.kts *,.kts *::before,.kts *::after{box-sizing:border-box}',
    '@media screen{.kts.kts--own-size{font-size:medium}}',
    '.kts :focus-visible{outline:3px solid var(--_accent);outline-offset:2px}',
    '.kts a{color:var(--_accent);text-decoration:underline}',
    // The bar with the exit button stays in view while the widget is on screen.
    // A size container, as the app below it is: narrow in ems, its link slims down (NARROW).
    '.kts-exit{position:sticky;top:var(--kts-sticky-top,0);z-index:1;display:flex;flex-wrap:wrap;align-items:center;gap:.5em 1em;',
    'container-type:inline-size;',
    'margin:-.5em 0 .5em;padding:.5em 0;background:var(--_bg);border-bottom:1px solid var(--_border)}',
    '.kts-exit-call{display:inline-block;min-height:2.75em;padding:.6em .25em;font-weight:600}',
    '.kts-exit-button{font:inherit;font-weight:700;min-height:2.75em;padding:.5em 1.25em;cursor:pointer;',
    'color:var(--_exit-text);background:var(--_exit);border:2px solid var(--_exit);border-radius:var(--_radius)}',
    '.kts-exit-button:focus-visible{outline:3px solid var(--_text);outline-offset:2px}',
    // `.kts` first: the module's `.kts p` (src/ui/widget.css) must not move them when it arrives.
    '.kts .kts-exit-note{margin:0 0 1em;font-size:.875em}',
    // Live regions take no room while empty, but stay in the accessibility tree (not display:
    // none), so screen readers are already watching them when words arrive.
    '.kts-exit-status:empty,.kts-fallback-status:empty,.kts-note-status:empty{position:absolute;width:1px;height:1px;',
    'overflow:hidden;clip:rect(0 0 0 0)}',
    '.kts .kts-exit-status{flex-basis:100%;margin:0;font-weight:700}',
    // A short viewport (a phone sideways, 400% zoom) keeps the bar in view, but slimmer, and where
    // it is also narrow, with the exit button alone on it (the help details give the number).
    '@media (max-height:32em){.kts-exit{padding:.25em 0;margin-top:-.25em}}',
    '@media (max-height:32em) and (max-width:36em){.kts-exit-call{display:none}}',
    // A phone number never breaks inside itself: as one box it goes to the next line whole, and
    // breaks only if it is wider than a whole line (then better broken than cut off).
    '.kts-number{display:inline-block;text-decoration:inherit}',
    '.kts-sr-only{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;',
    'clip:rect(0 0 0 0);white-space:nowrap;border:0}',
    // The help details as the module draws them (src/ui/widget.css), so that nothing moves under
    // a visitor's finger when it arrives.
    '.kts-fallback h2{font-size:1.35em;line-height:1.25;margin:0 0 .5em}.kts-fallback p{margin:0 0 .75em}',
    '.kts-fallback .kts-help{background:var(--_surface);border-radius:var(--_radius);padding:1em}',
    '.kts-fallback ul{list-style:none;padding:0;margin:0}.kts-fallback li{margin-bottom:1em}',
    '.kts-fallback .kts-contact-name{font-size:1em;font-weight:700;line-height:inherit;margin:0 0 .25em}',
    '.kts-fallback .kts-contact-links{display:flex;flex-wrap:wrap;gap:.5em}',
    '.kts-fallback .kts-contact-link{display:inline-block;min-height:2.75em;padding:.6em .75em;max-width:100%;',
    'font-weight:600;border:2px solid var(--_accent);border-radius:var(--_radius);background:var(--_bg)}',
    '.kts-fallback-status{font-weight:600}',
    // The content note while loading, styled as the module's (src/ui/widget.css).
    '.kts-fallback .kts-quiz{margin-bottom:1.5em}.kts-fallback h3{font-size:1.15em;line-height:1.25;margin:0 0 .5em}',
    '.kts-fallback .kts-actions{display:flex;flex-wrap:wrap;align-items:center;gap:.5em 1em}',
    '.kts-fallback .kts-note-status{margin:0;font-weight:600}',
    // The app container is a size container: side by side or stacked goes by the widget's own
    // width (a narrow sidebar stacks), not the window's. Its width never comes from its content,
    // so a widget in a shrink-to-fit box takes its width from the bar and note above it.
    '.kts-app{container-type:inline-size}',
    '@container (min-width:48em){.kts-fallback--beside{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,1fr);',
    'gap:1.5em;align-items:start}.kts-fallback--beside .kts-quiz{margin:0}.kts-fallback--beside .kts-fallback-status{grid-column:1}}',
    '.kts-fallback .kts-button{font:inherit;font-weight:600;min-height:2.75em;min-width:2.75em;padding:.5em 1.25em;',
    'border:2px solid var(--_accent);border-radius:var(--_radius);background:var(--_accent);color:var(--_accent-text);cursor:pointer}',
    '.kts-fallback .kts-button[aria-disabled="true"]{color:var(--_muted);background:var(--_surface);border-color:var(--_border);cursor:default}',
    NARROW,
    '@media (forced-colors:active){.kts-exit-button,.kts-fallback .kts-button{border-color:ButtonText}}',
    // A printed page is a fact sheet: no exit bar or note (there is nothing to leave on paper).
    '@media print{.kts-exit,.kts-exit-note{display:none!important}.kts{border:0;padding:0;max-width:none;font-size:10pt;line-height:1.35}}'
  ].join('');

  var sheet = null;
  function adoptStyles(root) {
    try {
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(CSS);
      }
      root.adoptedStyleSheets = [sheet];
    } catch (e) {
      /* no constructable stylesheets: everything still shows, unstyled */
    }
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function warn(message) {
    if (window.console) console.warn('Know the Signs: ' + message);
  }

  // An http(s) URL from a host attribute, or the fallback (with a console warning) if the value
  // is missing or unsafe.
  // The first 60 characters of an attribute value, without control characters, and "\u2026" if
  // it was longer: for a warning, and a partner's service name (echo in src/embed/config.rs).
  function echo(value) {
    var cut = Array.from(value).slice(0, 60).join('');
    return cut.replace(/[\u0000-\u001f\u007f-\u009f]/g, '') + (cut.length < value.length ? '\u2026' : '');
  }

  // An http(s) URL from a host attribute, or the fallback if the value is missing or unsafe
  // (with a console warning, unless `quiet`).
  // The quick exit's address must be a whole http(s) URL: "weather.com", read against the
  // page's address, would keep the visitor on the partner's own site. The advice page may be a
  // page of the partner's site, so it may be relative to the page.
  function urlAttribute(host, name, fallback, quiet) {
    var value = host && host.getAttribute(name);
    if (value == null || value === '') return fallback;
    var whole = name === 'data-exit-url';
    try {
      var url = whole ? new URL(trim(value)) : new URL(value, document.baseURI);
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
    } catch (e) {
      /* reported below */
    }
    if (!quiet) {
      warn(name + '="' + echo(value) + '" is not an http(s) URL' + (whole ? ' (the whole address, from https://)' : '') +
        '; using ' + fallback + ' instead.');
    }
    return fallback;
  }

  // "light" (the default), "dark", or "auto" (follows the visitor's system setting).
  function themeClass(host) {
    var value = host.getAttribute('data-theme');
    var name = value == null ? null : value.trim().toLowerCase(); // in any case, as data-region
    if (name === 'dark' || name === 'auto') return 'kts--' + name;
    if (name != null && name !== 'light') warn('data-theme="' + echo(value) + '" is not light, dark or auto; using light.');
    return 'kts--light';
  }

  // --- Help details: shown while the module loads, and instead of the quiz if it cannot ------

  // `status` is a key of TEXT: 'loading' or 'loadFailed'. While loading, a host that shows the
  // quiz also gets its content note, so visitors can read it (and press Start) before the
  // module has arrived.
  function helpDetails(host, status) {
    var locale = resolveLocale(host);
    var T = TEXT[locale];
    var help = helpFor(host, locale);
    var box = el('div', 'kts-fallback');
    if (status === 'loading' && showsQuiz(host)) {
      box.appendChild(contentNote(host, T));
      // The module's default layout: wide, help beside the quiz (src/ui/widget.css).
      if (panelsOf(host).join() === 'quiz,help,facts') box.className += ' kts-fallback--beside';
    }
    var aside = el('aside', 'kts-help');
    aside.setAttribute('aria-label', T.helpHeading);
    aside.appendChild(el('h2', null, T.helpHeading));
    aside.appendChild(el('p', null, help.emergency ? T.helpIntro.replace('{emergency}', help.emergency) : T.helpIntroIntl));
    var list = el('ul', 'kts-contacts');
    help.contacts.forEach(function (c) {
      var item = el('li', 'kts-contact');
      item.appendChild(el('h3', 'kts-contact-name', c.name));
      if (c.detail) item.appendChild(el('p', null, c.detail));
      var links = el('p', 'kts-contact-links');
      c.links.forEach(function (l) {
        var label = T[l[0] + 'Label'];
        var a = el('a', 'kts-contact-link', label);
        if (l[1]) {
          a.appendChild(document.createTextNode(' '));
          a.appendChild(el('span', 'kts-number', l[1]));
        }
        a.href = l[2];
        links.appendChild(a);
      });
      item.appendChild(links);
      list.appendChild(item);
    });
    aside.appendChild(list);
    box.appendChild(aside);
    // Nothing while loading: under the content note, loading is said beside Start once it is
    // pressed; a widget without the quiz (data-panels) has no quiz to say is loading.
    var line = el('p', 'kts-fallback-status', status === 'loading' ? '' : T[status]);
    line.setAttribute('role', 'status');
    // Focusable from script: if the element that had focus is replaced, focus comes here (keepFocus).
    line.tabIndex = -1;
    box.appendChild(line);
    return box;
  }

  // `host`'s panels, by the rule of `data-panels` in src/embed/config.rs: names split at commas
  // and spaces, repeats dropped; any unknown name, or none, means the default, quiz then help
  // then facts.
  function panelsOf(host) {
    var names = [];
    (host.getAttribute('data-panels') || '').split(/[, ]/).forEach(function (n) {
      n = trim(n);
      if (n && names.indexOf(n) < 0) names.push(n);
    });
    var known = names.every(function (n) { return n === 'quiz' || n === 'facts' || n === 'help'; });
    return names.length && known ? names : ['quiz', 'help', 'facts'];
  }
  function showsQuiz(host) {
    return panelsOf(host).indexOf('quiz') >= 0;
  }

  // The quiz panel's content note, as the module draws it (src/ui/content_note.rs). Pressing
  // Start here is remembered for the module (takeEarlyStart), which then opens on question 1.
  var pressedStart = new WeakMap();
  function contentNote(host, T) {
    pressedStart.delete(host);
    var section = el('section', 'kts-panel kts-quiz');
    section.setAttribute('aria-label', T.quizHeading);
    section.appendChild(el('h2', null, T.quizHeading));
    var note = el('div', 'kts-note');
    note.appendChild(el('h3', null, T.contentNoteHeading));
    note.appendChild(el('p', null, T.contentNoteBody));
    note.appendChild(el('p', null, T.contentNoteHelp));
    var actions = el('div', 'kts-actions');
    var start = el('button', 'kts-button', T.startQuiz);
    start.type = 'button';
    // A live region beside the button, empty until it is pressed.
    var waiting = el('p', 'kts-note-status');
    waiting.setAttribute('role', 'status');
    start.addEventListener('click', function () {
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

  // Asked by the module as it mounts `host`, once per note: 'pressed' if the visitor pressed
  // Start on the note above and focus is still on it; 'opened' if they pressed it and have moved
  // on (the quiz opens on question 1, focus stays where they are); 'focused' if Start has focus
  // unpressed; else ''.
  function takeEarlyStart(host) {
    var pressed = pressedStart.get(host);
    pressedStart.delete(host);
    var root = host.shadowRoot;
    var focused = root && root.activeElement;
    var onStart = !!focused && focused.matches('.kts-fallback .kts-note button');
    if (pressed) return onStart ? 'pressed' : 'opened';
    return onStart ? 'focused' : '';
  }

  // The element that last had focus in a widget, and its host; null once the visitor has moved
  // focus elsewhere or pressed a pointer outside it (a removed element gets no focusout).
  var focusKept = null;
  function forgetFocus(event) {
    if (focusKept && event.composedPath().indexOf(focusKept.host) < 0) focusKept = null;
  }

  // When what is in `host`'s app container is replaced (the module mounting, or the help details
  // shown instead of a quiz) while focus was on something in it, focus would fall to the page's
  // body. It goes instead to the same link in the new content, else to the same button, else to
  // the new status line or the module's notice that the quiz could not be loaded (which also has
  // it read out).
  function keepFocus(host, app) {
    var last = focusKept && focusKept.host === host ? focusKept.element : null;
    if (!last || last.isConnected) return;
    var active = document.activeElement;
    if (active && active !== document.body && active !== host) return;
    var target = sameAs(describe(last), app) || app.querySelector('.kts-fallback-status, .kts-notice');
    if (target) target.focus();
  }

  // `element`, as what a redrawn widget can match it by: a link by where it goes, else a
  // button by its tag and words; and whether it was in the quick-exit bar.
  function describe(element) {
    return {
      href: element.getAttribute('href'), tag: element.tagName, text: element.textContent,
      inBar: !!(element.closest && element.closest('.kts-exit'))
    };
  }

  // The link or button in `container` that matches `described` (see describe) and is shown
  // (the bar's call link is hidden on a short, narrow screen), or null.
  function sameAs(described, container) {
    var candidates = container.querySelectorAll('a[href], button');
    for (var i = 0; i < candidates.length; i++) {
      var c = candidates[i];
      if (c.getClientRects().length === 0) continue;
      if (described.href ? c.getAttribute('href') === described.href
        : c.tagName === described.tag && c.textContent === described.text) return c;
    }
    return null;
  }

  // What has keyboard focus in `host`, described (see describe), or null: an element of its
  // frame, or of its own content (the snippet's paragraph, which the frame hides when drawn).
  function focusIn(host) {
    var active = host.shadowRoot && host.shadowRoot.activeElement;
    if (!active) {
      var around = host.getRootNode().activeElement;
      if (around && around !== host && host.contains(around)) active = around;
    }
    return active ? describe(active) : null;
  }

  function showFallback(host, app, status) {
    while (app.firstChild) app.removeChild(app.firstChild);
    app.appendChild(helpDetails(host, status));
  }

  // --- The frame in each host -----------------------------------------------------------------

  var failed = false;

  // What this page's Content-Security-Policy blocked of the widget (its files, or compiling the
  // .wasm), as 'directive (what)' strings, so a failure names the policy rather than the host.
  var blockedByPolicy = [];
  var explained = false; // the failure has been written to the console
  function policyHint() {
    return 'This page\'s Content-Security-Policy blocked ' + blockedByPolicy.join(', ') + ': allow the widget\'s ' +
      'origin and \'wasm-unsafe-eval\' as the README, "Visitor safety", shows.';
  }
  document.addEventListener('securitypolicyviolation', function (event) {
    var what = event.blockedURI || '';
    if (what.indexOf(base) === 0) what = what.slice(base.length);
    else if (what !== 'wasm-eval' && what !== 'eval') return;
    blockedByPolicy.push((event.effectiveDirective || event.violatedDirective) + ' (' + what + ')');
    if (failed && explained && window.console) console.error('Know the Signs: ' + policyHint());
  });
  // Per host: the locale its frame speaks, and how to write the frame's words in another.
  var spoken = new WeakMap();
  // Host -> settingsOf(host) when its frame was drawn.
  var drawnWith = new WeakMap();
  var relabel = new WeakMap();

  // `<tag#id>` for a console message.
  function nameOf(element) {
    return '<' + element.tagName.toLowerCase() + (element.id ? '#' + element.id : '') + '>';
  }

  // A host inside another component's shadow root, reached only through KnowTheSigns.mount: no
  // search of the document finds it, so this script and the module keep a list.
  function inShadowTree(host) {
    return host.isConnected && host.getRootNode() !== document;
  }
  var shadowHosts = new Set(); // such hosts, mounted and not unmounted since

  function hostsInShadowTrees() {
    var hosts = [];
    shadowHosts.forEach(function (host) {
      if (inShadowTree(host) && host.matches(SELECTOR)) hosts.push(host);
    });
    return hosts;
  }

  // Every host on the page: those in the document, then those in other components' shadow roots.
  function allHosts() {
    return Array.prototype.slice.call(document.querySelectorAll(SELECTOR)).concat(hostsInShadowTrees());
  }

  // Hosts that cannot take the widget, each named once in the console.
  var refused = new WeakSet();
  function refuse(host, why) {
    if (refused.has(host)) return;
    refused.add(host);
    warn(nameOf(host) + ' ' + why + '; it is left as it is. Use an empty <div> or <know-the-signs> as the host.');
  }

  // Draws the frame into `host` unless it has one. Returns nothing; the module finds the app
  // container by its class.
  function frame(host, kept) {
    var root = host.shadowRoot;
    if (root && root.querySelector('.kts-app')) return;
    // Focus on what this frame hides or replaces (a link of the snippet's paragraph, say) would
    // fall to the page's body, and the next Tab would skip the widget: it goes to the same
    // link or button in the new frame, else to the quick exit.
    kept = kept || focusIn(host);
    // Ours, left with only a slot by unframe(): drawn again.
    if (root && root.childNodes.length === 1 && root.firstChild.className === 'kts-unframed') {
      root.removeChild(root.firstChild);
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
    var region = el('section', 'kts ' + themeClass(host));
    region.setAttribute('dir', 'ltr');

    // Sticky bar: the exit button and the hotline, in view whenever the widget is.
    var bar = el('div', 'kts-exit');
    var button = el('button', 'kts-exit-button');
    button.type = 'button';
    button.addEventListener('click', function () {
      exitPage(host);
    });
    // The first number to call: the partner's own, else the region's main line.
    var first = helpFor(host, 'en').contacts.filter(function (c) {
      return c.links.length && c.links[0][0] === 'call';
    })[0];
    var call = first && el('a', 'kts-exit-call');
    if (call) call.href = first.links[0][2];
    var status = el('p', 'kts-exit-status');
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    bar.appendChild(button);
    if (call) bar.appendChild(call);
    bar.appendChild(status);

    var exitUrl, safety;
    function readUrls() {
      exitUrl = urlAttribute(host, 'data-exit-url', DEFAULT_EXIT_URL); // warns now, not at exit
      safety = urlAttribute(host, 'data-safety-url', DEFAULT_SAFETY_URL);
    }
    readUrls();
    var note = el('p', 'kts-exit-note');
    var noteText = document.createTextNode('');
    var link = el('a');
    // Our own advice page, in this language, has a quick exit too; tell it where this widget's
    // exit goes, and which country's emergency numbers to give.
    function setLink(locale) {
      link.href = safety === DEFAULT_SAFETY_URL
        ? base + TEXT[locale].safetyPage + '?exit=' + encodeURIComponent(exitUrl) + '&region=' + regionName(host)
        : safety;
    }
    // Replace this page with the advice rather than adding it on top, so an exit from there
    // leaves no way Back to the widget's page.
    link.addEventListener('click', function (event) {
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      noReferrer();
      window.location.replace(link.href);
    });
    note.appendChild(noteText);
    note.appendChild(link);

    var app = el('div', 'kts-app');
    relabel.set(host, function (locale) {
      var T = TEXT[locale];
      region.setAttribute('aria-label', T.widgetName);
      region.setAttribute('lang', locale);
      button.textContent = T.exit;
      if (call) {
        call.textContent = T.callLabel + ' ';
        call.appendChild(el('span', 'kts-number', first.links[0][1]));
      }
      noteText.nodeValue = T.exitNote + ' ' + T.exitLimits + ' ';
      link.textContent = T.safety;
      setLink(locale);
      // The help details, unless the module has put the quiz in their place.
      var shown = app.firstChild;
      if (!shown || (shown.classList && shown.classList.contains('kts-fallback'))) {
        showFallback(host, app, failed ? 'loadFailed' : 'loading');
      }
    });
    restyle.set(host, function () {
      region.className = 'kts ' + themeClass(host);
      checkPartnerStyle(region);
      readUrls();
      setLink(spoken.get(host));
    });
    spoken.delete(host); // a new frame: write it even if an old one spoke this language
    drawnWith.set(host, settingsOf(host));
    sayWarnings(host);
    speak(host);
    region.appendChild(bar);
    region.appendChild(note);
    region.appendChild(app);
    root.appendChild(region);
    checkPartnerStyle(region);
    checkStickyLater(host);
    // Drawn after the module failed (a host added or redrawn since): it has no quiz to wait for.
    if (failed) readyWithoutQuiz(host);
    if (typeof MutationObserver === 'function') {
      new MutationObserver(function () {
        keepFocus(host, app);
      }).observe(app, { childList: true });
    }
    // Keep the focused control out from under the sticky bar (WCAG 2.4.11, focus not obscured).
    root.addEventListener('focusin', function (event) {
      var target = event.target;
      focusKept = { host: host, element: target };
      if (!target || bar.contains(target) || !target.getBoundingClientRect) return;
      if (target.getBoundingClientRect().top < bar.getBoundingClientRect().bottom) {
        target.scrollIntoView({ block: 'center' });
        // On a short screen the middle can still be under the bar (and a header above it).
        var under = bar.getBoundingClientRect().bottom - target.getBoundingClientRect().top;
        if (under > 0) window.scrollBy(0, -(under + 8));
      }
    });
    // The same link where the visitor was: in the bar, or in the content (the help details).
    // Last, so that the listener above notes it for keepFocus when the module takes over.
    if (kept) (sameAs(kept, kept.inBar ? bar : app) || sameAs(kept, region) || button).focus();
  }

  // Writes `host`'s frame in the locale it resolves to now, if that is not the one it speaks:
  // on first drawing, and when its data-locale or an inherited lang changes. (The module
  // mounts the quiz again in the new locale itself.)
  function speak(host) {
    var write = relabel.get(host);
    var locale = resolveLocale(host);
    if (!write || spoken.get(host) === locale) return;
    spoken.set(host, locale);
    write(locale);
  }

  // Calls fn(part, host) for the element matching `selector` in each host's frame.
  function eachPart(selector, fn) {
    allHosts().forEach(function (host) {
      var part = host.shadowRoot && host.shadowRoot.querySelector(selector);
      if (part) fn(part, host);
    });
  }

  function frameAll() {
    allHosts().forEach(function (host) {
      frame(host);
      speak(host);
    });
  }

  // Removes this widget's frame from `host` (leaving any other shadow root alone). A shadow root
  // cannot be removed, so ours keeps only a <slot>: the host's own content (the snippet's
  // paragraph with the hotline) shows again, as it did before the widget.
  function unframe(host) {
    if (!framed(host)) return;
    var root = host.shadowRoot;
    while (root.firstChild) root.removeChild(root.firstChild);
    try {
      root.adoptedStyleSheets = [];
    } catch (e) {
      /* no constructable stylesheets: none were adopted */
    }
    root.appendChild(el('slot', 'kts-unframed'));
  }

  // Settings a frame takes in place (restyle), without a fresh quiz: the visitor keeps their
  // place when a partner's dark-mode switch changes data-theme, say.
  var IN_PLACE = ['data-theme', 'data-exit-url', 'data-safety-url'];
  var restyle = new WeakMap();

  // A host's other settings attributes, as one string; null and "" differ. A redrawn frame is
  // what tells the module to mount a fresh app (src/embed/mount.rs, `Mounted::container`).
  function settingsOf(host) {
    return ATTRIBUTES.filter(function (name) {
      return IN_PLACE.indexOf(name) < 0;
    }).map(function (name) {
      var value = host.getAttribute(name);
      return value === null ? '\u0000' : '\u0001' + value;
    }).join('\u0002');
  }

  // A host stopped being one, or its settings now differ from those its frame was drawn with
  // (setting an attribute to the value it has is no change): drop its frame, and draw a new one
  // if it is still a host (the module then mounts a fresh app in it). Then new hosts anywhere
  // get a frame, and every frame follows its host's language (an ancestor's lang may have
  // changed).
  function onMutations(records) {
    for (var i = 0; i < records.length; i++) {
      var target = records[i].target;
      if (records[i].type !== 'attributes' || records[i].attributeName === 'lang' || !target.shadowRoot) continue;
      var host = target.matches(SELECTOR);
      if (host && drawnWith.get(target) === settingsOf(target)) {
        if (IN_PLACE.indexOf(records[i].attributeName) >= 0 && restyle.has(target)) restyle.get(target)();
        continue;
      }
      var kept = focusIn(target);
      unframe(target);
      if (host) frame(target, kept);
    }
    frameAll();
  }

  // --- Script API: window.KnowTheSigns.mount(element, options) / .unmount(element) ------------

  // Option names for mount(), and the attribute each one sets.
  var OPTIONS = {
    locale: 'data-locale', region: 'data-region', audience: 'data-audience', topics: 'data-topics',
    questions: 'data-questions', panels: 'data-panels', theme: 'data-theme', pack: 'data-pack', helpName: 'data-help-name',
    helpPhone: 'data-help-phone', helpText: 'data-help-text', helpUrl: 'data-help-url',
    exitUrl: 'data-exit-url', safetyUrl: 'data-safety-url'
  };

  function checkElement(element, method) {
    if (!element || element.nodeType !== 1) {
      throw new TypeError('KnowTheSigns.' + method + '(element): element must be a DOM element, such as a <div>.');
    }
  }

  // Turns `element` into a widget with `options` (the same settings as the data-* attributes;
  // arrays for topics and panels). Calling it again on the same element applies new options.
  // Invalid values fall back to their defaults with a console warning, as attributes do.
  function mountApi(element, options) {
    checkElement(element, 'mount');
    options = options || {};
    Object.keys(options).forEach(function (key) {
      var name = OPTIONS[key];
      if (!name) {
        warn('mount(): unknown option "' + echo(key) + '" ignored. Options: ' + Object.keys(OPTIONS).join(', ') + '.');
        return;
      }
      var value = options[key];
      if (value == null) element.removeAttribute(name);
      else element.setAttribute(name, Array.isArray(value) ? value.join(' ') : String(value));
    });
    element.setAttribute('data-know-the-signs', '');
    // New options are drawn here at once, as the observer would draw them later (it sees
    // neither an element not yet on the page nor, until now, one in a component).
    var kept = focusIn(element);
    if (inShadowTree(element) || !element.isConnected) {
      if (drawnWith.get(element) !== settingsOf(element)) unframe(element);
      else if (restyle.has(element)) restyle.get(element)();
    }
    // Drawn at once (help details and quick exit included), even before it is on the page.
    frame(element, kept);
    if (element.isConnected) placed(element);
    else whenPlaced(element);
    return element;
  }

  // `element`, given to mount(), is on the page. One in a component is watched from now on, and
  // the module asked to look again; the module's own observer sees those in the document.
  function placed(element) {
    if (!inShadowTree(element)) return;
    shadowHosts.add(element);
    watchShadowTree(element);
    if (running) running.refresh();
  }

  // An element given to mount() before it is on the page (a component building its shadow
  // content, say) is taken in once it is: it then gets a box, which a ResizeObserver reports.
  var notYetPlaced = typeof ResizeObserver === 'function' && new ResizeObserver(function (entries) {
    entries.forEach(function (entry) {
      var element = entry.target;
      if (!element.isConnected) return;
      notYetPlaced.unobserve(element);
      var region = element.shadowRoot && element.shadowRoot.querySelector('.kts');
      if (region) checkPartnerStyle(region); // could not be checked off the page
      placed(element);
    });
  });
  function whenPlaced(element) {
    if (notYetPlaced) notYetPlaced.observe(element);
  }

  // Removes the widget from `element`; its content and attributes other than the marker stay.
  function unmountApi(element) {
    checkElement(element, 'unmount');
    element.setAttribute('data-know-the-signs', 'off');
    shadowHosts.delete(element);
    unframe(element);
  }

  // Defined only if the page has no KnowTheSigns of its own: a page's global is never replaced.
  function defineApi() {
    if ('KnowTheSigns' in window) {
      warn('window.KnowTheSigns is already taken on this page; KnowTheSigns.mount/unmount are not available (data-* attributes still work).');
      return;
    }
    try {
      Object.defineProperty(window, 'KnowTheSigns', {
        value: Object.freeze({ mount: mountApi, unmount: unmountApi }),
        configurable: true
      });
    } catch (e) {
      /* a frozen window: attributes still work */
      return;
    }
    // For a page's own script that ran first (the README's whenKnowTheSigns waits for this).
    document.dispatchEvent(new CustomEvent('kts:loaded'));
  }

  // --- Partner colours --------------------------------------------------------------------------

  // The partner's --kts-* colours must keep text readable (4.5:1, WCAG 1.4.3). If any pair
  // falls short, the theme's own colours are used instead and the console says which.
  var PAIRS = [
    ['--_text', '--_bg', '--kts-text on --kts-background'],
    ['--_muted', '--_bg', '--kts-muted on --kts-background'],
    ['--_accent', '--_bg', '--kts-accent on --kts-background (links)'],
    ['--_accent-text', '--_accent', '--kts-accent-text on --kts-accent (buttons)'],
    ['--_text', '--_surface', '--kts-text on --kts-surface']
  ];

  function luminance(rgb) {
    return rgb.reduce(function (sum, v, i) {
      var c = v / 255;
      c = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
      return sum + c * [0.2126, 0.7152, 0.0722][i];
    }, 0);
  }

  // The partner's colours and text size, checked when a frame is drawn, placed or restyled:
  // colours below 4.5:1 contrast, and a --kts-font-size below the size the visitor chose in their
  // browser (1rem on a page whose root is 62.5%, say), are replaced by the widget's own, and the
  // console says which. One probe and one style resolution serve both checks.
  function checkPartnerStyle(region) {
    if (!window.getComputedStyle || !region.isConnected) return;
    region.classList.remove('kts--safe-colours');
    region.classList.remove('kts--own-size');
    var probe = el('span', 'kts-sr-only');
    region.appendChild(probe);
    var resolved = getComputedStyle(region);
    checkColours(region, probe, resolved);
    checkSize(region, probe, resolved);
    region.removeChild(probe);
  }

  function checkColours(region, probe, resolved) {
    // The visitor's own colours replace every colour (Windows high contrast): nothing to check,
    // and what the page reports then is not the partner's.
    if (window.matchMedia && matchMedia('(forced-colors: active)').matches) return;
    // A colour as rgb numbers and alpha, through the browser's own parser.
    function colour(variable) {
      probe.style.setProperty('color', resolved.getPropertyValue(variable).trim() || 'currentcolor');
      var parts = (getComputedStyle(probe).color.match(/[\d.]+/g) || []).map(Number);
      return { rgb: parts.slice(0, 3), alpha: parts.length > 3 ? parts[3] : 1 };
    }
    var failing = PAIRS.filter(function (pair) {
      var fg = colour(pair[0]);
      var bg = colour(pair[1]);
      if (fg.alpha < 1 || bg.alpha < 1 || fg.rgb.length < 3 || bg.rgb.length < 3) return true;
      var l = [luminance(fg.rgb), luminance(bg.rgb)].sort(function (a, b) { return b - a; });
      return (l[0] + 0.05) / (l[1] + 0.05) < 4.5;
    });
    if (failing.length) {
      region.classList.add('kts--safe-colours');
      warn('these colours are below 4.5:1 contrast, so the default colours are used: ' +
        failing.map(function (p) { return p[2]; }).join('; ') + '.');
    }
  }

  function checkSize(region, probe, resolved) {
    // Only a size the partner set, and only on screen (print has its own, smaller, size).
    if (!resolved.getPropertyValue('--kts-font-size').trim()) return;
    if (window.matchMedia && matchMedia('print').matches) return;
    probe.style.setProperty('font-size', 'medium');
    var chosen = parseFloat(getComputedStyle(probe).fontSize);
    var asked = parseFloat(resolved.fontSize);
    if (asked < chosen - 0.5) {
      region.classList.add('kts--own-size');
      warn('--kts-font-size gives ' + asked + 'px text, smaller than the ' + chosen + 'px the visitor chose in their ' +
        'browser, so the widget uses theirs. See the README, "Colours and fonts".');
    }
  }

  // The exit bar is `position: sticky`: it stays in view only if the box that scrolls is the
  // nearest scroll container around it. A theme's `overflow: hidden` (or `auto`) on an element
  // that does not itself scroll, such as `html, body { overflow-x: hidden }`, pins the bar to
  // that element instead, and it scrolls away. Named once per element, after the page has
  // settled (it needs a layout), for the partner to fix.
  var toldSticky = new WeakSet();
  function checkStickyLater(host) {
    var later = window.requestIdleCallback || function (fn) { return setTimeout(fn, 1000); };
    later(function () { checkSticky(host); }, { timeout: 3000 });
  }
  function checkSticky(host) {
    if (!host.isConnected || !window.getComputedStyle) return;
    // --kts-sticky-top so large that the bar would stay far down the window, or below it.
    var bar = host.shadowRoot && host.shadowRoot.querySelector('.kts-exit');
    var top = bar ? parseFloat(getComputedStyle(bar).top) : 0;
    if (top > window.innerHeight / 2 && !toldSticky.has(host)) {
      toldSticky.add(host);
      warn(nameOf(host) + ' has --kts-sticky-top: ' + top + 'px, more than half the window\'s height (' +
        window.innerHeight + 'px), so the quick-exit bar can stay out of view. Give the height of your fixed ' +
        'header, or leave the property out.');
    }
    var root = document.documentElement;
    var html = getComputedStyle(root);
    // The body's overflow goes to the window (and so is harmless) while the root's is visible.
    var bodyPropagates = html.overflowX === 'visible' && html.overflowY === 'visible';
    // Up the boxes the widget is laid out in: through the slot it is shown in, out of shadow roots.
    for (var node = host; node && node !== root; ) {
      node = node.assignedSlot || node.parentNode || node.host;
      if (!node || node === root || node.nodeType !== 1 || (node === document.body && bodyPropagates)) continue;
      var style = getComputedStyle(node);
      var x = style.overflowX;
      var y = style.overflowY;
      if (!/hidden|auto|scroll/.test(x + ' ' + y)) continue;
      // A box made to scroll (a side panel, a dialog) keeps the bar in view inside it, even if
      // it is not yet long enough to scroll. One that scrolls only because the other direction
      // was hidden (body, under html, body { overflow-x: hidden }) does not, unless it scrolls.
      if (/auto|scroll/.test(y) && (x !== 'hidden' || node.scrollHeight > node.clientHeight + 1)) return;
      if (toldSticky.has(node)) return;
      toldSticky.add(node);
      warn(nameOf(node) + ' has overflow: ' + x + ' ' + y + ' but does not scroll, so the ' +
        'quick-exit bar cannot stay in view as visitors scroll. Use overflow: clip there instead, or remove the rule. ' +
        'See the README, "What the quick exit cannot do".');
      return;
    }
  }

  // --- Quick exit -----------------------------------------------------------------------------

  var overlay = null;
  var titleBefore = null; // the page's title while the cover shows its own

  // Shows the message TEXT[locale][key] in every widget's quick-exit status line (a polite
  // live region), each in its own locale; no key empties the lines. Only one widget says it to
  // assistive technology, the one holding focus, else the first: the others' lines are hidden
  // from it while they show the message, so a screen reader reads it once, in one language.
  function announce(key) {
    var lines = [];
    eachPart('.kts-exit-status', function (status, host) {
      lines.push({ status: status, host: host });
    });
    var from = shortcutHost();
    var speaker = lines.filter(function (l) { return l.host === from; })[0] || lines[0];
    lines.forEach(function (l) {
      if (key && l !== speaker) l.status.setAttribute('aria-hidden', 'true');
      else l.status.removeAttribute('aria-hidden');
      l.status.textContent = key ? TEXT[resolveLocale(l.host)][key] : '';
    });
  }

  // From now on this page sends no referrer: where the visitor goes next (the exit, the advice
  // page on the widget's host) must not learn where they came from.
  function noReferrer() {
    var meta = document.createElement('meta');
    meta.name = 'referrer';
    meta.content = 'no-referrer';
    (document.head || document.documentElement).appendChild(meta);
  }

  // The widget whose exit the shortcut uses: the one holding focus, else the first on the page
  // that shows a frame (hosts in other components' shadow roots, mounted by script, count too);
  // null when no widget is shown, and the shortcut then does nothing.
  function shortcutHost() {
    var shown = allHosts().filter(framed);
    // Focus inside a component's shadow root shows on the page as the component: look inside.
    var active = document.activeElement;
    while (active && shown.indexOf(active) === -1 && active.shadowRoot && active.shadowRoot.activeElement) {
      active = active.shadowRoot.activeElement;
    }
    return shown.indexOf(active) !== -1 ? active : shown[0] || null;
  }

  function framed(host) {
    return !!(host.shadowRoot && host.shadowRoot.querySelector('.kts'));
  }

  // Leaves for `host`'s exit URL; from the shortcut (no `host`), that of shortcutHost().
  function exitPage(host) {
    var from = host || shortcutHost();
    var url = urlAttribute(from, 'data-exit-url', DEFAULT_EXIT_URL, true);
    cover(TEXT[from ? resolveLocale(from) : 'en'].leaving);
    // A page's own "unsaved changes" prompt must not hold the visitor here.
    try {
      window.onbeforeunload = null;
    } catch (e) {
      /* ignore */
    }
    noReferrer();
    // replace(): this page is not kept as a new history entry. Inside a frame, leave the whole
    // page if the browser allows it (a sandbox without allow-top-navigation does not).
    try {
      if (window.top !== window) {
        window.top.location.replace(url);
        return;
      }
    } catch (e) {
      /* fall through: leave this frame at least */
    }
    window.location.replace(url);
  }

  // Covers everything at once, so a slow network never leaves the page readable: a blank layer
  // in the browser's top layer (above dialogs and popovers, where supported), styles a page's
  // CSS cannot override, and every widget hidden as well.
  function cover(message) {
    if (!overlay) {
      overlay = document.createElement('div');
      overlay.setAttribute('role', 'alert');
    }
    var s = overlay.style;
    var rules = {
      position: 'fixed', inset: '0', top: '0', left: '0', width: '100vw', height: '100vh',
      'max-width': 'none', 'max-height': 'none', 'min-width': '100vw', 'min-height': '100vh',
      margin: '0', padding: '1em', border: '0', 'z-index': '2147483647', background: '#fff',
      color: '#000', opacity: '1', visibility: 'visible', display: 'block', transform: 'none',
      filter: 'none', 'clip-path': 'none', 'pointer-events': 'auto', overflow: 'hidden'
    };
    for (var name in rules) {
      if (Object.prototype.hasOwnProperty.call(rules, name)) s.setProperty(name, rules[name], 'important');
    }
    document.documentElement.appendChild(overlay);
    overlay.textContent = message;
    // The tab, too, stops naming the page until the next site has loaded.
    if (titleBefore === null) titleBefore = document.title;
    document.title = message;
    // In a frame, the tab shows the top page's title: that too, where the browser allows it.
    try {
      if (window.top !== window) window.top.document.title = message;
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
    eachPart('.kts', function (region) {
      region.style.setProperty('visibility', 'hidden', 'important');
    });
  }

  // Shift pressed on its own three times, each within 5 s of the last: GOV.UK's "Exit this page"
  // shortcut. A Shift used as a modifier (Shift+A) does not count, and any other key cancels.
  var presses = 0;
  var lastKeyHadShift = false;
  var timer = null;

  function resetShortcut(key) {
    presses = 0;
    if (timer) clearTimeout(timer);
    timer = null;
    announce(key);
  }

  // Shift used with anything else while held (a click, the wheel, another key, the other
  // Shift) is a modifier, not a press of the shortcut.
  var shiftDown = 0;
  var shiftUsed = false;
  function onKeyDown(event) {
    if (event.key === 'Shift') {
      if (event.repeat) return;
      shiftDown += 1;
      if (shiftDown > 1) shiftUsed = true;
    } else if (shiftDown > 0 || event.shiftKey) {
      shiftUsed = true;
    }
  }
  function onPointerWithShift(event) {
    if (event.shiftKey) shiftUsed = true;
  }

  function onKeyUp(event) {
    var alone = event.key === 'Shift' && !lastKeyHadShift && !shiftUsed && !event.ctrlKey && !event.altKey && !event.metaKey;
    if (event.key === 'Shift') {
      shiftDown = Math.max(0, shiftDown - 1);
      if (shiftDown === 0) shiftUsed = false;
    }
    if (alone && shortcutHost()) {
      presses += 1;
      if (timer) clearTimeout(timer);
      if (presses >= SHIFT_PRESSES) {
        resetShortcut(null);
        exitPage(null);
      } else {
        announce(SHIFT_PRESSES - presses === 2 ? 'twoMore' : 'oneMore');
        timer = setTimeout(function () {
          resetShortcut('timedOut');
          // Say so, then clear the line again.
          timer = setTimeout(function () {
            timer = null;
            announce(null);
          }, SHIFT_WINDOW_MS);
        }, SHIFT_WINDOW_MS);
      }
    } else if (presses > 0) {
      resetShortcut(null);
    }
    lastKeyHadShift = !!event.shiftKey;
  }

  // Back to this page from the back/forward cache: take the cover off and forget the shortcut.
  // (The module resets each quiz to its start on the same event.)
  function onPageShow(event) {
    if (!event.persisted) return;
    if (overlay && overlay.parentNode) overlay.parentNode.removeChild(overlay);
    if (titleBefore !== null) document.title = titleBefore;
    titleBefore = null;
    if (document.body) document.body.style.removeProperty('visibility');
    eachPart('.kts', function (region) {
      region.style.removeProperty('visibility');
    });
    resetShortcut(null);
  }

  // --- Boot -----------------------------------------------------------------------------------

  // kts:ready when the module is not there to send it (README, events).
  function readyWithoutQuiz(host) {
    if (typeof CustomEvent !== 'function') return;
    host.dispatchEvent(new CustomEvent('kts:ready', {
      bubbles: true, composed: true, detail: { locale: resolveLocale(host), quiz: false }
    }));
  }

  // A reason for failing that comes from fetching the files (where the host's setup is the
  // likely cause), not from the browser itself (no WebAssembly, no TextEncoder).
  var FETCHING = /fetch|import|HTTP|network/i;
  // A file that is not the one this embed.js was built with (fetchChecked()).
  var CHANGED = /failed its integrity check/;

  // The module could not start (`loaded` false) or broke later: every host shows the help details.
  // Where it never started, each host still says it is ready, without a quiz (README, events).
  function fail(reason, loaded) {
    failed = true;
    if (window.console) {
      var said = 'Know the Signs: the quiz could not start (' + reason + '). Showing the help details only.';
      if (loaded) {
        console.error(said);
      } else {
        // After a task: a policy violation is reported in a task of its own, which may come
        // after the rejection that brought us here.
        setTimeout(function () {
          console.error(said + (blockedByPolicy.length ? ' ' + policyHint() : CHANGED.test(reason) ?
            ' Upload every file of one build, unchanged, beside embed.js (a host or proxy that rewrites files breaks this).' :
            FETCHING.test(reason) ?
            ' If the widget\'s files are on another origin than this page, their server must send CORS headers ' +
            '(Access-Control-Allow-Origin) and .wasm files as application/wasm: see the README, "Hosting dist/".' :
            ' This browser lacks something the quiz needs; the help details work in it.'));
          explained = true;
        }, 0);
      }
    }
    eachPart('.kts-app', function (app, host) {
      showFallback(host, app, 'loadFailed');
      if (!loaded) readyWithoutQuiz(host);
    });
  }

  // The module has not started after SLOW_MS (its files stalled on a bad network or a host
  // that never answers): visitors are told the help details work now, the partner why.
  var SLOW_MS = 20000;
  var slow = false;
  function tooSlow() {
    if (running || failed) return;
    slow = true;
    var missing = [];
    if (!arrived.wasm) missing.push(FILES.wasm);
    warn('the quiz has not started after ' + SLOW_MS / 1000 + ' seconds: ' + (missing.length
      ? 'these files have not arrived: ' + missing.join(', ') + '.'
      : 'its files have arrived, but it has not started yet.') +
      ' The help details are shown meanwhile, and the quiz if it starts.');
    eachPart('.kts-note-status', function (line, host) {
      if (line.textContent) line.textContent = TEXT[resolveLocale(host)].slow;
    });
  }

  // What the page's observer watches, in the document and in the shadow root around each host
  // given to mount() inside another component (whose changes the document does not see).
  var OBSERVED = { childList: true, subtree: true, attributeFilter: ATTRIBUTES.concat('data-know-the-signs', 'lang') };
  var pageObserver = null;
  function watchShadowTree(host) {
    if (pageObserver && inShadowTree(host)) pageObserver.observe(host.getRootNode(), OBSERVED);
  }

  function boot() {
    setTimeout(tooSlow, SLOW_MS);
    window.addEventListener('keyup', onKeyUp, true);
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('pointerdown', onPointerWithShift, true);
    window.addEventListener('wheel', onPointerWithShift, { capture: true, passive: true });
    window.addEventListener('pageshow', onPageShow);
    window.addEventListener('focusin', forgetFocus, true);
    window.addEventListener('pointerdown', forgetFocus, true);
    frameAll();
    if (typeof MutationObserver === 'function') {
      // Registered before the module's own observer, so new hosts have a frame when it looks.
      // Settings attributes redraw a host; a change of an inherited lang changes its language.
      pageObserver = new MutationObserver(onMutations);
      pageObserver.observe(document, OBSERVED);
      shadowHosts.forEach(watchShadowTree);
    }
    if (typeof WebAssembly === 'object') prefetchPacks();
    loading
      .then(function (glue) {
        // The second argument is called if the module ever panics (and so aborts).
        glue.start(base, function () {
          running = null;
          fail('internal error', true);
        }, takePrefetched, takeEarlyStart, allHosts);
        running = glue;
      })
      .catch(function (error) {
        fail(error && error.message ? error.message : String(error));
      });
  }

  // Each host's built-in pack, requested at boot in parallel with the module (with the options
  // the module would use) rather than after it has started; the module takes each request once.
  // URL -> Promise<Response>. Partner packs (data-pack) are left to the module.
  var prefetches = Object.create(null);
  function prefetchPacks() {
    var hosts = document.querySelectorAll(SELECTOR);
    for (var i = 0; i < hosts.length; i++) {
      if (hosts[i].hasAttribute('data-pack')) continue;
      var url = base + 'packs/' + resolveLocale(hosts[i]) + '.json';
      if (!prefetches[url]) prefetches[url] = requestPack(url);
    }
  }
  function requestPack(url) {
    var init = {};
    if (typeof AbortSignal === 'function' && AbortSignal.timeout) init.signal = AbortSignal.timeout(15000);
    // The body is read as soon as it arrives, within the time limit: on a slow network the
    // module can come long after the pack, and the limit must not then cut off an unread body.
    var request = fetchChecked(url.slice(base.length), init).then(function (response) {
      return response.blob().then(function (body) {
        return new Response(body, { status: response.status, statusText: response.statusText });
      });
    });
    request.catch(function () { /* reported by the module */ });
    return request;
  }
  // The module asks here first for every pack. A built-in one that was not requested at boot (a
  // host added later, another language) is requested now, so it is checked like the others;
  // for any other (a partner's data-pack) the module makes its own request.
  function takePrefetched(url) {
    var request = prefetches[url];
    delete prefetches[url];
    if (!request && FILES.integrity[url.slice(base.length)] && url.indexOf(base) === 0) request = requestPack(url);
    return request;
  }

  // Fetches one of the widget's own files (`name`, a path below this folder) with its SHA-384
  // from FILES.integrity: the browser refuses a file whose bytes are not the ones built. A
  // refusal looks like a network error, so then the file is asked for once more, for its status
  // only: if it is there, it was refused for its content, and the error names it.
  function fetchChecked(name, init) {
    var url = base + name;
    init.referrerPolicy = 'no-referrer'; // the widget's host need not learn the page
    init.credentials = 'omit';
    init.integrity = FILES.integrity[name] || '';
    return fetch(url, init).catch(function (error) {
      if (!init.integrity || (error && /Abort|Timeout/.test(error.name))) throw error;
      return fetch(url, { method: 'HEAD', referrerPolicy: 'no-referrer', credentials: 'omit', cache: 'no-store' })
        .then(function (response) {
          throw response.ok ? new Error(name + ' failed its integrity check: it is not the file this embed.js was ' +
            'built with, so it was not used') : error;
        }, function () {
          throw error;
        });
    });
  }

  // The module's glue: wasm-bindgen's no-modules output, which scripts/post-build puts in place
  // of the marked line below. Inside this file, it is checked with it (a module's import() can
  // carry no integrity hash); inside this function, it names nothing outside it, and an error
  // in it (a browser without TextDecoder) reaches load()'s promise instead of stopping the frame.
  function glue() {
    var wasm_bindgen = null; // scripts/post-build puts the module glue here
    return wasm_bindgen;
  }

  // Fetches the wasm as soon as this script runs (not when the page has finished parsing) and
  // compiles it once it has arrived and passed its integrity check; resolves to the initialised
  // glue.
  function load() {
    if (typeof WebAssembly !== 'object') return Promise.reject(new Error('this browser has no WebAssembly'));
    var wasm = fetchChecked(FILES.wasm, {}).then(compile).then(function (module) {
      arrived.wasm = true;
      return module;
    });
    wasm.catch(function () { /* reported by the init below */ });
    return new Promise(function (resolve) {
      resolve(glue());
    }).then(function (init) {
      if (!init) throw new Error('this embed.js was not built: scripts/post-build puts the module glue in it');
      return init({ module_or_path: wasm }).then(function () {
        return init;
      });
    });
  }

  // Response -> Promise<WebAssembly.Module>. Streaming compilation needs the application/wasm
  // type; a host that sends another still works, compiling after the download (slower).
  function compile(response) {
    if (!response.ok) throw new Error('the module could not be fetched (HTTP ' + response.status + ')');
    var type = (response.headers.get('Content-Type') || '').split(';')[0].trim().toLowerCase();
    if (type === 'application/wasm' && typeof WebAssembly.compileStreaming === 'function') {
      return WebAssembly.compileStreaming(response);
    }
    if (type !== 'application/wasm') {
      warn('the .wasm file is served as "' + type + '", not application/wasm; it loads more slowly. See the README, hosting.');
    }
    return response.arrayBuffer().then(function (bytes) {
      return WebAssembly.compile(bytes);
    });
  }

  var arrived = { wasm: false }; // for the message when it is slow
  var loading = load();
  var running = null; // the module's glue once it has started, until it breaks
  loading.catch(function () { /* reported by boot() */ });
  defineApi();
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', boot);
  } else {
    boot();
  }
})();
