// Every registered language's words, by tag: data/strings/<tag>.json for each tag of
// data/locales.json (the one registration of a language). Read here by their computed names,
// which Node's test runner allows; a bundle cannot follow those, so scripts/bundle.mjs writes
// this module in the bundle instead, as the same object with each file's "frame" and "shared"
// words only.
import REGISTRATION from '../../data/locales.json' with { type: 'json' };

/** @type {string[]} */
const TAGS = REGISTRATION.locales;
const files = await Promise.all(TAGS.map((tag) =>
  import(`../../data/strings/${tag}.json`, { with: { type: 'json' } })));

/**
 * @type {Record<string, { frame: Record<string, string>, shared: Record<string, string> }>}
 */
const WORDS = {};
TAGS.forEach((tag, i) => {
  WORDS[tag] = files[i].default;
});
export default WORDS;
