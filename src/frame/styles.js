// The frame's styles. The quiz's own sheet (widget.css, inside the module) is added beside it.
// `.kts { all: initial }` cuts every inherited property coming from the partner page; sizes
// are in em from `font-size: medium` (the visitor's default), or from the partner's
// --kts-font-size (`1rem` follows their own text-size buttons); never rem here.
const DARK = '--_accent:var(--kts-accent,#9cc3ff);--_accent-text:var(--kts-accent-text,#0b1a33);' +
  '--_bg:var(--kts-background,#15181d);--_surface:var(--kts-surface,#222831);--_text:var(--kts-text,#eceff3);' +
  '--_muted:var(--kts-muted,#b9c1cc);--_border:var(--kts-border,#8d96a3);--_exit:#ffb4ab;--_exit-text:#2b0606;' +
  'color-scheme:dark';
const LIGHT = '--_accent:#1d4f91;--_accent-text:#fff;--_bg:#fff;--_surface:#f3f5f8;--_text:#1b1f24;' +
  '--_muted:#4a5360;--_border:#6b7480';
const DARK_SAFE = '--_accent:#9cc3ff;--_accent-text:#0b1a33;--_bg:#15181d;--_surface:#222831;--_text:#eceff3;' +
  '--_muted:#b9c1cc;--_border:#8d96a3';
// Narrow in ems: a phone with the visitor's text size doubled (320 px at 32 px is 10em), or a
// thin sidebar. Sides, indents and headings shrink so that every word and phone number fits on
// a line of its own; the help links lose their box and bold, which a phone number in large
// text cannot fit inside. For the frame's panels, and the headings of the module's
// (src/ui/widget.css has the quiz's own), whose `.kts-app` is the container.
const NARROW = '@container (max-width:15em){' +
  '.kts .kts-exit-call{font-weight:400;padding-inline:0}.kts .kts-exit-button{padding-inline:.5em}' +
  '.kts .kts-app h2{font-size:1.1em}.kts .kts-app h3{font-size:1em}' +
  '.kts .kts-help{padding:.75em .25em}' +
  '.kts .kts-contact-link{border:0;padding-inline:0;font-weight:400;background:none}' +
  '.kts .kts-fallback .kts-button{padding-inline:.5em}}';
const CSS = [
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
  // The panels: stacked; in the default order (quiz, help, facts) and wide, help beside the
  // other two. The width is the widget's own (`.kts-app` is a size container), so a narrow
  // sidebar stacks. The module's elements take no box of their own: their panels are the grid's.
  '.kts-app{container-type:inline-size}',
  '.kts-body{display:grid;gap:1.5em;grid-template-columns:minmax(0,1fr)}.kts-slot{display:contents}',
  '@container (min-width:48em){.kts-body--default{grid-template-columns:minmax(0,2fr) minmax(0,1fr);',
  'grid-template-areas:"quiz help" "facts help";align-items:start}',
  '.kts-body--default .kts-quiz,.kts-body--default>.kts-slot-quiz>.kts-fallback{grid-area:quiz}',
  '.kts-body--default .kts-facts{grid-area:facts}.kts-body--default .kts-help{grid-area:help}}',
  '.kts-app h2{font-size:1.35em;line-height:1.25;margin:0 0 .5em}.kts-app p{margin:0 0 .75em}',
  // The help details. Contacts are headings, so screen-reader users can jump from service to
  // service; they look like the bold line they were.
  '.kts-help{background:var(--_surface);border-radius:var(--_radius);padding:1em}',
  '.kts .kts-contacts{list-style:none;padding:0;margin:0}.kts-contact{margin-bottom:1em}',
  '.kts .kts-contact-name{font-size:1em;font-weight:700;line-height:inherit;margin:0 0 .25em}',
  '.kts-contact-links{display:flex;flex-wrap:wrap;gap:.5em}',
  '.kts-contact-link{display:inline-block;min-height:2.75em;padding:.6em .75em;max-width:100%;',
  'font-weight:600;border:2px solid var(--_accent);border-radius:var(--_radius);background:var(--_bg)}',
  // In the quiz's place until the module mounts it: the content note as the module draws it
  // (src/ui/widget.css), so that nothing moves under a visitor's finger when it arrives.
  '.kts-fallback-status{font-weight:600}',
  '.kts-fallback h3{font-size:1.15em;line-height:1.25;margin:0 0 .5em}',
  '.kts-fallback .kts-actions{display:flex;flex-wrap:wrap;align-items:center;gap:.5em 1em}',
  '.kts-fallback .kts-note-status{margin:0;font-weight:600}',
  '.kts-fallback .kts-button{font:inherit;font-weight:600;min-height:2.75em;min-width:2.75em;padding:.5em 1.25em;',
  'border:2px solid var(--_accent);border-radius:var(--_radius);background:var(--_accent);color:var(--_accent-text);cursor:pointer}',
  '.kts-fallback .kts-button[aria-disabled="true"]{color:var(--_muted);background:var(--_surface);border-color:var(--_border);cursor:default}',
  NARROW,
  // A website's address (help.js) needs about 15em of line: where the widget is narrower than
  // 20em, its link says only "Website" rather than break the address inside itself.
  '@container (max-width:20em){.kts .kts-address{display:none}}',
  '@media (forced-colors:active){.kts-exit-button,.kts-fallback .kts-button{border-color:ButtonText}.kts-contact-link{border-color:CanvasText}}',
  // A printed page is a fact sheet: no exit bar or note (there is nothing to leave on paper).
  // The help details beside the facts, two columns of services, each kept whole.
  // The room the snippet keeps for the widget on screen (min-height) is not kept on paper.
  '@media print{:host{min-height:0!important}.kts-exit,.kts-exit-note,.kts-fallback{display:none!important}.kts{border:0;padding:0;max-width:none;font-size:10pt;line-height:1.35}',
  '.kts-body{display:block}.kts-help{background:none;border:1px solid;break-inside:avoid;margin-bottom:1em}',
  '.kts .kts-contacts{columns:2;column-gap:2em}.kts-contact{break-inside:avoid}',
  '.kts-contact-link{border:0;padding:0;min-height:0;text-decoration:none}}'
].join('');

/** @type {CSSStyleSheet | null} */
let sheet = null;

/**
 * Gives `root` the frame's stylesheet (one constructed sheet for every widget, so a strict
 * style-src without 'unsafe-inline' allows it).
 * @param {ShadowRoot} root
 */
export function adoptStyles(root) {
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
