// Bundles one of the frame's entries (src/frame/main.js, src/frame/safety-page.js) into one
// classic script (an IIFE: nothing becomes global) with esbuild, as scripts/post-build needs it:
//
//   node scripts/bundle.mjs ENTRY OUTFILE [--minify]
//
// Why not the esbuild command: the frame imports data files whole (`import X from '….json' with
// { type: 'json' }`, which Node's tests need too), and esbuild then bundles all of each file.
// Two parts are not the frame's, so they are left out here: every "$comment" (for those who edit
// the file), and from each data/strings/<tag>.json all but its "frame" and "shared" words (the
// module's own words and the notes are in the WebAssembly module or nowhere; a visitor downloads
// every byte of embed.js).
import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';

/** A language's words as the bundle keeps them: its "frame" and "shared" groups. */
async function frameWords(file) {
  const data = JSON.parse(await readFile(file, 'utf8'));
  return { frame: data.frame, shared: data.shared };
}

/** @type {import('esbuild').Plugin} */
const frameData = {
  name: 'frame-data',
  setup(b) {
    // src/frame/strings.js reads each registered language's file by a computed name, which a
    // bundle cannot follow: here it is the object it builds, written out.
    b.onLoad({ filter: /[\\/]src[\\/]frame[\\/]strings\.js$/ }, async () => {
      const data = new URL('../data/', import.meta.url);
      const { locales } = JSON.parse(await readFile(new URL('locales.json', data), 'utf8'));
      const words = {};
      for (const tag of locales) words[tag] = await frameWords(new URL(`strings/${tag}.json`, data));
      return { contents: `export default ${JSON.stringify(words)};`, loader: 'js' };
    });
    b.onLoad({ filter: /[\\/]data[\\/].*\.json$/ }, async (args) => {
      const data = JSON.parse(await readFile(args.path, 'utf8'));
      delete data.$comment;
      return { contents: JSON.stringify(data), loader: 'json' };
    });
  },
};

const [entry, outfile, ...flags] = process.argv.slice(2);
if (!entry || !outfile || flags.some((f) => f !== '--minify')) {
  console.error('usage: node scripts/bundle.mjs ENTRY OUTFILE [--minify]');
  process.exit(2);
}
try {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'iife',
    legalComments: 'inline',
    minify: flags.includes('--minify'),
    logLevel: 'warning',
    plugins: [frameData],
  });
} catch {
  process.exit(1); // esbuild has printed what is wrong
}
