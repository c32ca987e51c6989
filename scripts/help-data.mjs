// Writes the help details from data/help.json (the one source of them) into the built files that
// show them without the WebAssembly module: embed.js's table, the configurator's snippet
// paragraphs and its preview's paragraph, the demo page's paragraph, and the safe-browsing pages'
// "In an emergency" section. The module gets the same file through build.rs.
//
//   node scripts/help-data.mjs DATA_JSON DIR   (scripts/post-build runs it in Trunk's staging dir)
//   node scripts/help-data.mjs --snippets DATA_JSON
//       prints `{ "en": { "us": "<paragraph's inner HTML>", … }, … }`: the snippet paragraphs,
//       for the WordPress plugin (scripts/release writes it into the plugin as snippets.json)
//
// Each file holds markers where the details go, and nothing else of them:
//   /* help-data: regions */ null     (JavaScript) embed.js's REGIONS table (in the bundle, esbuild
//                                     may put a line break before the null)
//   /* help-data: snippets */ null    (JavaScript) the snippet's paragraph by locale and region
//   <!-- help-data: snippet LOCALE REGION -->   a snippet paragraph, as a partner would paste it
//   <!-- help-data: safety LOCALE -->           every region's emergency numbers, the default shown
// It fails, naming the file, when a file lacks its markers or has an unknown one, so no build
// ships a page without its numbers. build.rs has checked the data itself before this runs (Trunk
// compiles the crate first); the lookups here still fail loudly on anything missing.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The widget's languages: data/locales.json's, the one registration of a locale. */
export const LOCALES = JSON.parse(readFileSync(new URL('../data/locales.json', import.meta.url), 'utf8')).locales;

/**
 * The files that show help details, and how many markers each must have; with them, each
 * language's safe-browsing page, named by its words (data/strings/<tag>.json, frame.safetyPage).
 */
const FILES = {
  'embed.js': 1,
  'configurator.js': 1,
  'configurator.html': 1,
  'index.html': 1,
};
for (const tag of LOCALES) {
  const words = JSON.parse(readFileSync(new URL(`../data/strings/${tag}.json`, import.meta.url), 'utf8'));
  FILES[words.frame.safetyPage] = 1;
}
/** How wide a snippet paragraph's lines may be, in characters a reader sees (tags not counted). */
const WIDTH = 68;

/** `value`, or an error naming `what` when it is missing or empty. */
function need(value, what) {
  if (value === undefined || value === null || value === '') throw new Error(`data/help.json: no ${what}`);
  return value;
}

/** `text` safe in HTML text and double-quoted attributes. */
export function escapeHtml(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** `text` with every character outside ASCII as a \u escape (embed.js and configurator.js are ASCII). */
function asciiOnly(text) {
  return text.replace(/[\u0080-\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

function region(data, id) {
  return need(data.regions.find((r) => r.id === id), `region "${id}"`);
}

function words(data, locale) {
  return need(data.words[locale], `words for "${locale}"`);
}

/**
 * A region's services in order, the emergency number last (named as `words` say), each as
 * `{ id, name: {locale: text}, detail, links: [{ channel, display, href }], snippet? }`.
 */
export function services(data, r) {
  const list = r.services.slice();
  if (r.emergency) {
    const name = {};
    const detail = {};
    for (const locale of LOCALES) {
      name[locale] = need(words(data, locale).emergency_name, `emergency_name in ${locale}`);
      detail[locale] = need(words(data, locale).emergency_detail, `emergency_detail in ${locale}`);
    }
    list.push({
      id: `${r.id}-emergency`, name, detail,
      links: [{ channel: 'call', display: r.emergency, href: `tel:${r.emergency}` }],
    });
  }
  return list;
}

/**
 * embed.js's table: `{ us: { emergency: '911', contacts: [{ name: {en, es}, detail: {en, es},
 * links: [[channel, display, href]] }] }, … }`, channel being 'call', 'text' or 'website' (the
 * frame's own word for a url, whose display is its address), as JavaScript source.
 */
export function frameTable(data) {
  const table = {};
  for (const r of data.regions) {
    table[r.id] = {
      emergency: r.emergency || null,
      contacts: services(data, r).map((s) => ({
        name: s.name,
        detail: s.detail,
        links: s.links.map((l) => [l.channel === 'url' ? 'website' : l.channel, l.display, l.href]),
      })),
    };
  }
  return asciiOnly(JSON.stringify(table));
}

/** `template` as HTML, its text escaped and each `{name}` replaced by `links[name]` (HTML). */
function fill(template, links, what) {
  return template.split(/(\{[a-z_]+\})/).map((part) => {
    const name = /^\{([a-z_]+)\}$/.exec(part);
    return name ? need(links[name[1]], `{${name[1]}} for ${what}`) : escapeHtml(part);
  }).join('');
}

function anchor(href, text) {
  return `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;
}

/**
 * The snippet's paragraph (its inner HTML, one line) for `locale` and region `id`: "Need help? ",
 * the sentence of each service that has one, in order, then the emergency sentence.
 */
export function snippetText(data, locale, id) {
  const r = region(data, id);
  const w = words(data, locale);
  const sentences = r.services.filter((s) => s.snippet).map((s) => {
    const links = {};
    for (const l of s.links) if (!links[l.channel]) links[l.channel] = anchor(l.href, l.display);
    return fill(need(s.snippet[locale], `the snippet of ${s.id} in ${locale}`), links, s.id);
  });
  sentences.push(r.emergency
    ? fill(w.snippet_emergency, { emergency: anchor(`tel:${r.emergency}`, r.emergency) }, `${id} in ${locale}`)
    : escapeHtml(w.snippet_no_emergency));
  return escapeHtml(w.snippet_ask) + sentences.join(' ');
}

/**
 * `html` (one line) broken between words into lines of at most WIDTH characters a reader sees,
 * never inside a tag or a link; lines after the first start with `indent`.
 */
export function wrap(html, indent) {
  const words = html.match(/(?:<a\b[^>]*>.*?<\/a>|<[^>]*>|[^\s<])+/g) || [];
  const seen = (word) => word.replace(/<[^>]*>/g, '').replace(/&[a-z]+;/g, '_').length;
  const lines = [];
  let line = '';
  for (const word of words) {
    if (line && seen(line) + 1 + seen(word) > WIDTH) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  lines.push(line);
  return lines.join(`\n${indent}`);
}

/** The snippet's `<p>` for `locale` and region `id`, continuation lines indented by `indent`. */
export function snippetParagraph(data, locale, id, indent) {
  return wrap(`<p>${snippetText(data, locale, id)}</p>`, indent);
}

/**
 * configurator.js's table: `{ en: { us: '<paragraph inner HTML>', … }, … }`, each paragraph
 * wrapped for a snippet (`<know-the-signs>\n  <p>…`), as JavaScript source.
 */
export function snippetTable(data) {
  const table = {};
  for (const locale of LOCALES) {
    table[locale] = {};
    for (const r of data.regions) {
      // As pasted: the paragraph sits at two spaces inside the element, its lines at four.
      table[locale][r.id] = wrap(snippetText(data, locale, r.id), '    ');
    }
  }
  return asciiOnly(JSON.stringify(table, null, 2)).replace(/\n/g, '\n  ');
}

/**
 * The safe-browsing page's emergency section in `locale`: one `<div data-region>` per region
 * (safety.js shows the one ?region= names; the default region's shows without it), each with
 * the emergency sentence and the region's services with their links.
 */
export function safetySection(data, locale, indent) {
  const w = words(data, locale);
  const label = { call: w.call, text: w.text, url: w.url };
  const out = [];
  for (const r of data.regions) {
    const hidden = r.id === data.default_region ? '' : ' hidden';
    out.push(`<div data-region="${r.id}"${hidden}>`);
    const intro = r.emergency
      ? fill(w.safety_emergency, {
        region: escapeHtml(need(r.name[locale], `the name of ${r.id} in ${locale}`)),
        emergency: anchor(`tel:${r.emergency}`, r.emergency),
      }, `${r.id} in ${locale}`)
      : escapeHtml(w.safety_no_emergency);
    out.push(`  <p>${intro}</p>`);
    if (r.services.length) {
      out.push('  <ul class="help">');
      for (const s of r.services) {
        out.push('    <li>');
        out.push(`      <h3>${escapeHtml(need(s.name[locale], `the name of ${s.id} in ${locale}`))}</h3>`);
        out.push(`      <p>${escapeHtml(need(s.detail[locale], `the detail of ${s.id} in ${locale}`))}</p>`);
        out.push('      <p class="help-links">');
        for (const l of s.links) out.push(`        ${anchor(l.href, `${need(label[l.channel], l.channel)} ${l.display}`)}`);
        out.push('      </p>');
        out.push('    </li>');
      }
      out.push('  </ul>');
    }
    out.push('</div>');
  }
  return out.join(`\n${indent}`);
}

/** `source` with every help-data marker replaced; throws on an unknown marker. */
export function fillMarkers(data, source, file) {
  let count = 0;
  const js = source.replace(/\/\* help-data: ([a-z]+) \*\/\s*null/g, (marker, what) => {
    count += 1;
    if (what === 'regions') return frameTable(data);
    if (what === 'snippets') return snippetTable(data);
    throw new Error(`${file}: unknown marker ${marker}`);
  });
  const html = js.replace(/^([ \t]*)<!-- help-data: ([a-z]+) ([a-z]+)(?: ([a-z]+))? -->$/gm, (marker, indent, what, locale, id) => {
    count += 1;
    if (!LOCALES.includes(locale)) throw new Error(`${file}: ${marker.trim()}: "${locale}" is not in data/locales.json`);
    if (what === 'snippet' && id) return indent + snippetParagraph(data, locale, id, `${indent}  `);
    if (what === 'safety' && !id) return indent + safetySection(data, locale, indent);
    throw new Error(`${file}: unknown marker ${marker.trim()}`);
  });
  if (/help-data:/.test(html)) throw new Error(`${file}: a help-data marker not on a line of its own or misspelt`);
  return { text: html, count };
}

/** Every snippet paragraph's inner HTML, one line each: `{ locale: { region: html } }`. */
export function snippetJson(data) {
  const table = {};
  for (const locale of LOCALES) {
    table[locale] = {};
    for (const r of data.regions) table[locale][r.id] = snippetText(data, locale, r.id);
  }
  return table;
}

function main([dataPath, dir]) {
  if (dataPath === '--snippets' && dir) {
    process.stdout.write(`${JSON.stringify(snippetJson(JSON.parse(readFileSync(dir, 'utf8'))), null, 2)}\n`);
    return;
  }
  if (!dataPath || !dir) throw new Error('usage: node scripts/help-data.mjs DATA_JSON DIR');
  const data = JSON.parse(readFileSync(dataPath, 'utf8'));
  for (const [file, wanted] of Object.entries(FILES)) {
    const path = join(dir, file);
    const { text, count } = fillMarkers(data, readFileSync(path, 'utf8'), file);
    if (count !== wanted) throw new Error(`${path}: expected ${wanted} help-data marker(s), found ${count}`);
    writeFileSync(path, text);
  }
  console.log(`help-data: help details from ${dataPath} written into ${Object.keys(FILES).join(', ')}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(`help-data: ${error.message}`);
    process.exit(1);
  }
}
