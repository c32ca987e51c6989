// What the frame's Node tests share: the help details' table as the build writes it into
// embed.js (from data/help.json, by scripts/help-data.mjs), and a page to parse settings on.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { frameTable } from '../../scripts/help-data.mjs';

/** data/help.json, the one source of the help details. */
export const DATA = JSON.parse(readFileSync(fileURLToPath(new URL('../../data/help.json', import.meta.url)), 'utf8'));

/** embed.js's REGIONS table, as the build makes it. */
export const REGIONS = JSON.parse(frameTable(DATA));

/**
 * A partner page at https://partner.example/page/ with the widget's files at
 * https://widget.example/kts/; `overrides` sets its nearest lang or the browser's languages.
 * @param {{ inheritedLang?: string | null, languages?: string[] }} [overrides]
 */
export function page(overrides = {}) {
  return {
    baseURI: 'https://partner.example/page/',
    inheritedLang: null,
    languages: [],
    regions: REGIONS,
    safetyUrl: 'https://widget.example/kts/safety.html',
    ...overrides,
  };
}

/** `attributes` (name -> value) as the lookup the parser takes. */
export function lookup(attributes) {
  return (name) => (Object.prototype.hasOwnProperty.call(attributes, name) ? attributes[name] : null);
}
