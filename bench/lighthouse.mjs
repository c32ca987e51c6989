// The partner-page A/B of issue #17: what adding the widget costs a partner's page in Lighthouse.
// Run it with scripts/bench (which builds dist/ first), or on its own:
//
//   node bench/lighthouse.mjs [--runs N] [--warmup N] [--dist DIR]
//
// --dist serves another build's files instead of dist/ (to compare two builds, run each in turn).
//
// The same article page (bench/article.mjs) with the README's snippet near the top and without
// it, on a "partner" origin; the widget's files (dist/) on another loopback origin, with CORS,
// application/wasm and gzip (tests/browser/server.mjs). Lighthouse 12 from npm, its mobile
// defaults (a 412 px phone, simulated slow 4G and 4x CPU slowdown), performance and
// accessibility only, in Debian's Chromium started by chrome-launcher, a fresh browser for
// every run; the two pages alternate (with, without; then without, with; ...), so that whatever
// else the machine does falls on both alike. Prints medians with min–max, writes every run to
// bench/results/lighthouse.json, and exits 1 naming each missed budget (2 if the run itself
// failed: a Lighthouse error, a request off loopback), 0 when all are met.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { articlePage } from './article.mjs';
import { summary, table } from './report.mjs';

for (const event of ['uncaughtException', 'unhandledRejection']) {
  process.on(event, (error) => {
    console.error(`Lighthouse benchmark failed: ${error && error.message ? error.message : error}`);
    process.exit(2);
  });
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.env.KTS_WIDGET_PORT ||= '4550';
process.env.KTS_PARTNER_PORT ||= '4551';
const { serve, readmeSnippet, TYPES, WIDGET_PORT, PARTNER_PORT, WIDGET_ORIGIN, PARTNER_ORIGIN } =
  await import('../tests/browser/server.mjs');
const { LAUNCH } = await import('../tests/browser/launch.mjs');
const { launch } = await import('chrome-launcher');
const { default: lighthouse } = await import('lighthouse');

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' }, warmup: { type: 'string', default: '1' },
    dist: { type: 'string', default: resolve(root, 'dist') },
  },
});
const RUNS = Number(args.runs);
const WARMUP = Number(args.warmup);
if (!(RUNS >= 1 && WARMUP >= 0)) throw new Error('--runs must be at least 1 and --warmup at least 0');

// --- Servers -----------------------------------------------------------------------------------

const snippet = await readmeSnippet();
const VARIANTS = [
  { id: 'with', label: 'with the widget', path: '/article-with.html', body: articlePage(snippet) },
  { id: 'without', label: 'without', path: '/article-without.html', body: articlePage('') },
];
const page = (body) => async () => ({ type: TYPES['.html'], body });
const servers = [
  serve(resolve(args.dist), { cors: true, template: false, gzip: true }).listen(WIDGET_PORT, '127.0.0.1'),
  serve(resolve(root, 'bench/pages'), {
    cors: false, template: true, gzip: true,
    routes: Object.fromEntries(VARIANTS.map((v) => [v.path, page(v.body)])),
  }).listen(PARTNER_PORT, '127.0.0.1'),
];

// --- One run -------------------------------------------------------------------------------------

/** The first DOM node an audit's details name (its `snippet`, else its label), or null. */
function firstNode(details) {
  if (!details || typeof details !== 'object') return null;
  if (details.type === 'node') return details.snippet || details.nodeLabel || null;
  for (const value of Object.values(details)) {
    const found = Array.isArray(value) ? value.map(firstNode).find(Boolean) : firstNode(value);
    if (found) return found;
  }
  return null;
}

/**
 * Lighthouse on `url` in a fresh Chromium. Returns the measures of one run, and what caused them;
 * the whole report goes to `bench/results/lighthouse-{id}.report.json` (the last run's of each page).
 */
async function run(url, id) {
  const chrome = await launch({
    chromePath: LAUNCH.executablePath,
    chromeFlags: ['--headless=new', ...LAUNCH.args],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'],
    });
    const lhr = result.lhr;
    writeFileSync(resolve(root, `bench/results/lighthouse-${id}.report.json`), result.report);
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const audit = (id) => lhr.audits[id] || {};
    const offLoopback = (audit('network-requests').details?.items || []).map((r) => r.url)
      .filter((u) => !u.startsWith(`${WIDGET_ORIGIN}/`) && !u.startsWith(`${PARTNER_ORIGIN}/`) && !u.startsWith('data:'));
    if (offLoopback.length) throw new Error(`${url}: requests off loopback: ${offLoopback.join(' ')}`);
    const failedA11y = Object.values(lhr.audits)
      .filter((a) => lhr.categories.accessibility.auditRefs.some((r) => r.id === a.id && r.weight > 0) && a.score === 0)
      .map((a) => a.id);
    return {
      performance: Math.round(lhr.categories.performance.score * 100),
      accessibility: Math.round(lhr.categories.accessibility.score * 100),
      fcp: audit('first-contentful-paint').numericValue,
      lcp: audit('largest-contentful-paint').numericValue,
      cls: audit('cumulative-layout-shift').numericValue,
      tbt: audit('total-blocking-time').numericValue,
      speedIndex: audit('speed-index').numericValue,
      // What caused them: the LCP element, the element that shifted most, the longest tasks.
      lcpElement: firstNode(audit('largest-contentful-paint-element').details),
      shifted: firstNode(audit('layout-shifts').details),
      longTasks: (audit('long-tasks').details?.items || []).slice(0, 5)
        .map((t) => ({ url: t.url, start: t.startTime, duration: t.duration })),
      failedA11y,
      lighthouse: lhr.lighthouseVersion,
      userAgent: lhr.environment.hostUserAgent,
    };
  } finally {
    await chrome.kill();
  }
}

// --- Run ---------------------------------------------------------------------------------------

mkdirSync(resolve(root, 'bench/results'), { recursive: true });
const loadBefore = os.loadavg();
const runs = Object.fromEntries(VARIANTS.map((v) => [v.id, []]));
let failure = null;
try {
  for (let i = 0; i < WARMUP + RUNS; i++) {
    for (const v of i % 2 ? [...VARIANTS].reverse() : VARIANTS) {
      const r = await run(PARTNER_ORIGIN + v.path, v.id);
      if (i >= WARMUP) runs[v.id].push(r);
    }
    process.stderr.write(`\rLighthouse run ${i + 1} of ${WARMUP + RUNS}${i < WARMUP ? ' (warm-up)' : ''}   `);
  }
  process.stderr.write('\n');
} catch (error) {
  failure = error;
}
for (const server of servers) server.close();
if (failure) {
  console.error(`Lighthouse benchmark failed: ${failure.message}`);
  process.exit(2);
}

// --- Results -------------------------------------------------------------------------------------

const MEASURES = [
  { id: 'performance', label: 'performance score', digits: 0 },
  { id: 'accessibility', label: 'accessibility score', digits: 0 },
  { id: 'fcp', label: 'First Contentful Paint, ms', digits: 0 },
  { id: 'lcp', label: 'Largest Contentful Paint, ms', digits: 0 },
  { id: 'cls', label: 'Cumulative Layout Shift', digits: 3 },
  { id: 'tbt', label: 'Total Blocking Time, ms', digits: 0 },
  { id: 'speedIndex', label: 'Speed Index, ms', digits: 0 },
];
const variants = Object.fromEntries(VARIANTS.map((v) => [v.id, {
  label: v.label,
  url: PARTNER_ORIGIN + v.path,
  summary: Object.fromEntries(MEASURES.map((m) => [m.id, summary(runs[v.id].map((r) => r[m.id]))])),
  runs: runs[v.id],
}]));
const median = (variant, id) => variants[variant].summary[id].median;
const difference = (id) => median('with', id) - median('without', id);

/** The budgets of issue #17 on the medians: `{ id, text, value, limit, met }`. */
function checkBudgets() {
  const budget = (id, text, value, met) => ({ id, text, value, met });
  return [
    budget('lh-performance', 'Lighthouse performance score with the widget at least the score without, less 2 (medians)',
      difference('performance'), difference('performance') >= -2),
    budget('lh-cls', 'Cumulative Layout Shift added by the widget at most 0.01 (medians)',
      difference('cls'), difference('cls') <= 0.01),
    budget('lh-lcp', 'Largest Contentful Paint added by the widget at most 250 ms (medians)',
      difference('lcp'), difference('lcp') <= 250),
    budget('lh-tbt', 'Total Blocking Time added by the widget at most 20 ms (medians)',
      difference('tbt'), difference('tbt') <= 20),
    budget('lh-accessibility', 'Lighthouse accessibility score 100 with and without the widget (medians)',
      Math.min(median('with', 'accessibility'), median('without', 'accessibility')),
      median('with', 'accessibility') === 100 && median('without', 'accessibility') === 100),
  ];
}

const results = {
  date: new Date().toISOString(),
  machine: {
    cpu: os.cpus()[0].model, cores: os.cpus().length, os: `${os.type()} ${os.release()}`, node: process.versions.node,
    lighthouse: runs.with[0].lighthouse, browser: runs.with[0].userAgent, loadBefore, loadAfter: os.loadavg(),
  },
  settings: { runs: RUNS, warmup: WARMUP, dist: resolve(args.dist), widgetOrigin: WIDGET_ORIGIN, partnerOrigin: PARTNER_ORIGIN,
    lighthouse: 'default config (mobile, simulated throttling), performance and accessibility' },
  variants,
  differences: Object.fromEntries(MEASURES.map((m) => [m.id, difference(m.id)])),
};
results.budgets = checkBudgets();

/** The results as the text printed. */
function format(r) {
  const out = [];
  const m = r.machine;
  out.push(`Lighthouse partner-page A/B, ${r.date}`);
  out.push(`Lighthouse ${m.lighthouse}, ${m.browser}; ${m.cpu} x${m.cores}, ${m.os}; Node ${m.node}; load average ` +
    `${m.loadBefore.map((x) => x.toFixed(2)).join(' ')} before, ${m.loadAfter.map((x) => x.toFixed(2)).join(' ')} after`);
  out.push(`The widget's files: ${r.settings.dist}`);
  out.push(`Mobile defaults (simulated slow 4G, 4x CPU slowdown); ${r.settings.runs} runs per page after ` +
    `${r.settings.warmup} warm-up, pages alternating, a fresh browser each. Medians (min–max).`);
  const busiest = Math.max(m.loadBefore[0], m.loadAfter[0]);
  if (busiest > m.cores) {
    out.push(`WARNING: the machine was busy (load average ${busiest.toFixed(1)} on ${m.cores} cores): the simulated ` +
      'times scale with the main-thread work observed, so they are inflated and spread.');
  }
  out.push('');
  const fixed = (x, digits) => (x === null ? '—' : x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }));
  const span = (s, digits) => `${fixed(s.median, digits)} (${fixed(s.min, digits)}–${fixed(s.max, digits)})`;
  const signed = (x, digits) => (x > 0 ? '+' : x < 0 ? '−' : '±') + fixed(Math.abs(x), digits);
  const rows = [['', 'with the widget', 'without', 'difference of medians']];
  for (const measure of MEASURES) {
    rows.push([measure.label, span(r.variants.with.summary[measure.id], measure.digits),
      span(r.variants.without.summary[measure.id], measure.digits), signed(r.differences[measure.id], measure.digits)]);
  }
  out.push(table(rows, 'lrrr'));
  out.push('');
  out.push('What Lighthouse named, per run with the widget:');
  for (const [i, run] of r.variants.with.runs.entries()) {
    const tasks = run.longTasks.map((t) => `${t.url.replace(/^https?:\/\/[^/]+/, '')} ${Math.round(t.duration)} ms`).join(', ');
    // (Lighthouse 12.2.3's trace engine fails on newer Chromiums' screenshot events, and with it
    // the audits that name the LCP element and the shifted elements: then "not named".)
    out.push(`  ${i + 1}. LCP element: ${run.lcpElement || 'not named'}; most shifted: ${run.shifted || 'not named'}; ` +
      `long tasks: ${tasks || 'none'}` +
      (run.failedA11y.length ? `; failed accessibility audits: ${run.failedA11y.join(', ')}` : ''));
  }
  out.push('');
  out.push('Budgets (issue #17)');
  for (const b of r.budgets) out.push(`  ${b.met ? 'met   ' : 'MISSED'}  ${b.text}: ${fixed(b.value, 3)}`);
  return out.join('\n');
}

writeFileSync(resolve(root, 'bench/results/lighthouse.json'), JSON.stringify(results, null, 2) + '\n');
console.log(format(results));
console.log('\nEvery run: bench/results/lighthouse.json');
const missed = results.budgets.filter((b) => !b.met);
if (missed.length) {
  console.log(`\n${missed.length} Lighthouse budget(s) missed:`);
  for (const b of missed) console.log(`  - ${b.text}`);
  process.exit(1);
}
console.log('\nAll Lighthouse budgets met.');
