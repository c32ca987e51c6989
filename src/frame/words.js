// The words the frame draws, per locale: each locale's data/strings/<tag>.json (README, Develop,
// "Add a language"), its "frame" words (the frame's own) and its "shared" ones (those the module
// says too, as Msg::<Key>: startQuiz is Msg::StartQuiz, so both sides say the same; build.rs
// checks the files). tests/browser/help.spec.mjs checks, in every locale, that the frame drawn
// before the module and the module's own say the same. The bundle keeps only these two groups
// of each file (scripts/bundle.mjs), and esbuild writes letters outside ASCII as \u escapes, so
// embed.js reads the same whatever charset a server declares for it. (The help services' own
// words are data: data/help.json.)
import { LOCALES } from './locale.js';
import WORDS from './strings.js';

/** @type {Record<string, Record<string, string>>} */
export const TEXT = {};
LOCALES.forEach((tag) => {
  TEXT[tag] = Object.assign({}, WORDS[tag].frame, WORDS[tag].shared);
});
