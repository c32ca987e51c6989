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

/** @type {import('esbuild').Plugin} */
const frameData = {
  name: 'frame-data',
  setup(b) {
    b.onLoad({ filter: /[\\/]data[\\/].*\.json$/ }, async (args) => {
      const data = JSON.parse(await readFile(args.path, 'utf8'));
      delete data.$comment;
      const strings = /[\\/]data[\\/]strings[\\/][^\\/]+\.json$/.test(args.path);
      const kept = strings ? { frame: data.frame, shared: data.shared } : data;
      return { contents: JSON.stringify(kept), loader: 'json' };
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
