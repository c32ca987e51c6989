// The benchmark of issue #6 (run it with scripts/bench, which builds dist/ first).
//
//   node bench/run.mjs [--samples N] [--warmup N]
//
// Serves dist/ (and SurveyJS's files) on a "library" origin and the partner pages on another,
// with tests/browser/server.mjs, then measures in Debian's Chromium, headless, one fresh browser
// context per sample, taking the pages in turn:
//   ours      the widget, by the README's snippet on an otherwise empty page
//   surveyjs  SurveyJS (survey-core + survey-js-ui) showing the same quiz (bench/convert.mjs)
//   floor     the first question as static HTML, no script
//   ours20    twenty widgets on one page
// Prints tables, writes bench/results/latest.json with every sample, and exits 1 naming each
// missed budget (2 if the run itself failed), 0 when all are met. README, "Performance", says
// what each number means.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { toSurveyJs, floorPage } from './convert.mjs';
import { probe } from './probe.mjs';
import { checkBudgets, format, ratio, sizes, summary, total } from './report.mjs';

// Exit status 1 means a missed budget; anything that stops the run itself is 2.
for (const event of ['uncaughtException', 'unhandledRejection']) {
  process.on(event, (error) => {
    console.error(`benchmark failed: ${error && error.message ? error.message : error}`);
    process.exit(2);
  });
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// The test servers read their ports from the environment when first imported.
process.env.KTS_WIDGET_PORT ||= '4550';
process.env.KTS_PARTNER_PORT ||= '4551';
const { serve, readmePage, TYPES, WIDGET_PORT, PARTNER_PORT, WIDGET_ORIGIN, PARTNER_ORIGIN } =
  await import('../tests/browser/server.mjs');
const { LAUNCH } = await import('../tests/browser/launch.mjs');
const { chromium } = await import('@playwright/test');

const { values: args } = parseArgs({
  options: { samples: { type: 'string', default: '15' }, warmup: { type: 'string', default: '1' } },
});
const SAMPLES = Number(args.samples);
const WARMUP = Number(args.warmup);
if (!(SAMPLES >= 1 && WARMUP >= 0)) throw new Error('--samples must be at least 1 and --warmup at least 0');
const TIMEOUT_MS = 30_000;

const dist = resolve(root, 'dist');
const pack = JSON.parse(readFileSync(resolve(dist, 'packs/en.json'), 'utf8'));
const moduleFile = (name) => resolve(root, 'node_modules', name);

// --- Pages ---------------------------------------------------------------------------------

/** The README's snippet page with its host element repeated `count` times (one loader). */
async function snippetPage(count) {
  const page = await readmePage();
  const host = page.match(/<know-the-signs[\s\S]*?<\/know-the-signs>\n/)[0];
  return page.replace(host, host.repeat(count));
}

const html = (make) => async () => ({ type: TYPES['.html'], body: await make() });
const file = (path) => async () => ({ type: TYPES[path.slice(path.lastIndexOf('.'))], body: readFileSync(path) });

const WIDGET = {
  shadow: true,
  start: '.kts-note button',
  answer: '.kts-question input',
  choice: 'know-the-signs .kts-choice label >> nth=0',
  check: '.kts-question .kts-actions button',
  feedback: '.kts-verdict',
  verdict: "That's right\\.|Not quite\\.",
};
const PAGES = [
  { id: 'ours', label: 'ours', path: '/widget-1.html', hosts: 1, ...WIDGET },
  {
    id: 'surveyjs', label: 'SurveyJS', path: '/surveyjs.html', hosts: 1, shadow: false, start: null,
    answer: '#quiz input[type=radio], #quiz input[type=checkbox]',
    choice: '#quiz label.sd-selectbase__label >> nth=0',
    check: 'input[type=button][value="Check answer"]',
    feedback: '.sd-question__description',
    verdict: "That's right\\.|Not quite\\.",
  },
  { id: 'floor', label: 'floor', path: '/floor.html', hosts: 1, shadow: false, start: null, answer: 'input[type=radio], input[type=checkbox]', documentIsQuiz: true },
  { id: 'ours20', label: 'ours x20', path: '/widget-20.html', hosts: 20, ...WIDGET, check: null },
];

// --- Servers that record every response ----------------------------------------------------

let recording = null; // the list the current sample's responses go to
const stray = []; // responses while no sample ran (none expected)
const record = (origin) => (response) => (recording || stray).push({ origin, ...response });

const servers = [
  serve(dist, {
    cors: true,
    template: false,
    routes: {
      '/surveyjs/survey.core.min.js': file(moduleFile('survey-core/survey.core.min.js')),
      '/surveyjs/survey-js-ui.min.js': file(moduleFile('survey-js-ui/survey-js-ui.min.js')),
      '/surveyjs/survey-core.fontless.min.css': file(moduleFile('survey-core/survey-core.fontless.min.css')),
    },
    onResponse: record(WIDGET_ORIGIN),
  }).listen(WIDGET_PORT, '127.0.0.1'),
  serve(resolve(root, 'bench/pages'), {
    cors: false,
    template: true,
    routes: {
      '/widget-1.html': html(() => snippetPage(1)),
      '/widget-20.html': html(() => snippetPage(20)),
      '/floor.html': html(() => floorPage(pack)),
      '/surveyjs-quiz.json': async () => ({ type: TYPES['.json'], body: JSON.stringify(toSurveyJs(pack)) }),
    },
    onResponse: record(PARTNER_ORIGIN),
  }).listen(PARTNER_PORT, '127.0.0.1'),
];

// --- One sample ----------------------------------------------------------------------------

/**
 * Loads `page` in a fresh context and measures it. Returns `{ responses, startReady,
 * firstAnswer, timeline, mainThread, feedback, jsHeap, wasmMemory, errors }`: times in ms
 * since navigation start (feedback: the probe's raw times), main-thread busy time in ms, memory
 * in bytes. Throws if the page shows no focusable answer or no feedback within 30 s, or if
 * reading the memory made a request.
 */
async function sample(browser, page) {
  const context = await browser.newContext();
  const errors = [];
  try {
    await context.addInitScript(probe, {
      shadow: page.shadow, hosts: page.hosts, start: page.start, answer: page.answer,
      check: page.check, feedback: page.feedback, verdict: page.verdict,
    });
    const tab = await context.newPage();
    tab.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    tab.on('pageerror', (err) => errors.push(String(err)));
    tab.on('request', (req) => {
      const url = req.url();
      if (!url.startsWith(`${WIDGET_ORIGIN}/`) && !url.startsWith(`${PARTNER_ORIGIN}/`)) errors.push(`request elsewhere: ${url}`);
    });
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Performance.enable');

    const responses = [];
    recording = responses;
    await tab.goto(PARTNER_ORIGIN + page.path, { waitUntil: 'commit', timeout: TIMEOUT_MS });
    await withTimeout(tab.evaluate(() => window.__ktsBench.answersDone), `${page.id}: no focusable first answer`);
    await tab.waitForLoadState('load');
    const times = await tab.evaluate(() => ({ startReady: window.__ktsBench.startReady, firstAnswer: window.__ktsBench.allAnswers }));
    // Where the time went: when each file had arrived (Resource Timing), the document's own
    // events, and the main thread's busy time so far (CDP, cumulative seconds, here in ms).
    const timeline = await tab.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      return {
        arrived: Object.fromEntries(performance.getEntriesByType('resource').map((e) => [new URL(e.name).pathname, e.responseEnd])),
        domContentLoaded: nav.domContentLoadedEventStart,
        load: nav.loadEventStart,
      };
    });
    const busy = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value * 1000]));
    const mainThread = {
      task: busy.TaskDuration, script: busy.ScriptDuration, style: busy.RecalcStyleDuration, layout: busy.LayoutDuration,
    };

    // Memory after load: JS heap after a full GC, then the widget's wasm memory: every
    // WebAssembly.Memory in the page, found by the DevTools protocol (the glue names nothing
    // global, so nothing on the page can reach its instance).
    recording = [];
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const jsHeap = metrics.find((m) => m.name === 'JSHeapUsedSize').value;
    let wasmMemory = null;
    if (page.shadow) {
      const { result: prototype } = await cdp.send('Runtime.evaluate', { expression: 'WebAssembly.Memory.prototype' });
      const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: prototype.objectId });
      const { result } = await cdp.send('Runtime.callFunctionOn', {
        objectId: objects.objectId,
        functionDeclaration: 'function () { return this.reduce((sum, memory) => sum + memory.buffer.byteLength, 0); }',
        returnByValue: true,
      });
      wasmMemory = result.value;
      await cdp.send('Runtime.releaseObject', { objectId: objects.objectId });
    }
    if (recording.length) throw new Error(`${page.id}: reading memory made requests: ${recording.map((r) => r.path)}`);

    let feedback = null;
    if (page.check) {
      await tab.click(page.choice);
      // "Check answer" as a slow phone runs it (issue #17): the CPU 4x slower, and the browser's own
      // Event Timing entry for the interaction (its `duration`: from the input to the next paint
      // after its handlers ran). Entries shorter than 16 ms, the least the API reports, count as 0.
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await tab.evaluate(() => {
        const bench = window.__ktsBench;
        bench.interaction = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (e.interactionId) bench.interaction = Math.max(bench.interaction, e.duration);
        }).observe({ type: 'event', durationThreshold: 16 });
        bench.feedbackDone = bench.armFeedback();
      });
      await tab.click(page.check);
      feedback = await withTimeout(tab.evaluate(() => window.__ktsBench.feedbackDone),
        `${page.id}: no feedback after "Check answer"`);
      // Event Timing entries are delivered after the paint that ends them: two frames on.
      feedback.interaction = await tab.evaluate(() => new Promise((done) => requestAnimationFrame(() =>
        requestAnimationFrame(() => setTimeout(() => done(window.__ktsBench.interaction), 0)))));
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    }
    recording = null;
    return { responses, ...times, timeline, mainThread, feedback, jsHeap, wasmMemory, errors };
  } finally {
    recording = null;
    await context.close();
  }
}

function withTimeout(promise, message) {
  let timer;
  const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(message)), TIMEOUT_MS); });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// --- Run -----------------------------------------------------------------------------------

const loadBefore = os.loadavg();
const browser = await chromium.launch(LAUNCH);
const raw = Object.fromEntries(PAGES.map((p) => [p.id, []]));
let failure = null;
try {
  for (let i = 0; i < WARMUP + SAMPLES; i++) {
    for (const page of PAGES) {
      const s = await sample(browser, page);
      if (s.errors.length) throw new Error(`${page.id}: errors in the page: ${s.errors.join(' | ')}`);
      if (i >= WARMUP) raw[page.id].push(s);
    }
    process.stderr.write(`\rsample ${i + 1} of ${WARMUP + SAMPLES}${i < WARMUP ? ' (warm-up)' : ''}   `);
  }
  process.stderr.write('\n');
} catch (error) {
  failure = error;
}
const chromiumVersion = browser.version();
await browser.close();
for (const server of servers) server.close();
if (failure) {
  console.error(`benchmark failed: ${failure.message}`);
  process.exit(2);
}
if (stray.length) console.error(`note: ${stray.length} responses outside any sample: ${stray.map((r) => r.path)}`);

// --- Results -------------------------------------------------------------------------------

const compressed = new Map();
/** The files one sample received, with their sizes, in the order they were served. */
function files(page, responses) {
  return responses.filter((r) => r.status === 200).map((r) => {
    const key = r.origin + r.path;
    if (!compressed.has(key)) compressed.set(key, sizes(r.body));
    const role = r.path === page.path && !page.documentIsQuiz ? 'page' : 'quiz';
    return { origin: r.origin, path: r.path, role, type: r.type, ...compressed.get(key) };
  });
}

const pages = {};
for (const page of PAGES) {
  const samples = raw[page.id].map((s) => ({
    files: files(page, s.responses),
    startReady: s.startReady.length ? Math.max(...s.startReady) : null,
    firstAnswer: s.firstAnswer,
    timeline: s.timeline,
    mainThread: s.mainThread,
    feedback: s.feedback && {
      handled: s.feedback.handled - s.feedback.click,
      inDom: s.feedback.inDom - s.feedback.click,
      painted: s.feedback.painted - s.feedback.click,
      interaction: s.feedback.interaction,
    },
    jsHeap: s.jsHeap,
    wasmMemory: s.wasmMemory,
  }));
  const first = samples[0].files;
  const signature = (list) => list.map((f) => `${f.origin}${f.path}:${f.raw}`).sort().join();
  const filesVary = samples.some((s) => signature(s.files) !== signature(first));
  pages[page.id] = {
    id: page.id,
    label: page.label,
    url: PARTNER_ORIGIN + page.path,
    files: first,
    filesVary,
    totals: { quiz: total(first.filter((f) => f.role === 'quiz')), all: total(first) },
    summary: {
      firstAnswer: summary(samples.map((s) => s.firstAnswer)),
      startReady: summary(samples.map((s) => s.startReady)),
      feedbackPainted: summary(samples.map((s) => s.feedback && s.feedback.painted)),
      feedbackInDom: summary(samples.map((s) => s.feedback && s.feedback.inDom)),
      interaction: summary(samples.map((s) => s.feedback && s.feedback.interaction)),
      jsHeap: summary(samples.map((s) => s.jsHeap)),
      wasmMemory: summary(samples.map((s) => s.wasmMemory)),
      memory: summary(samples.map((s) => s.jsHeap + (s.wasmMemory || 0))),
      domContentLoaded: summary(samples.map((s) => s.timeline.domContentLoaded)),
      load: summary(samples.map((s) => s.timeline.load)),
      arrived: Object.fromEntries(first.filter((f) => f.role === 'quiz' && f.path !== page.path)
        .map((f) => [f.path, summary(samples.map((s) => s.timeline.arrived[f.path] ?? null))])),
      mainThread: Object.fromEntries(['task', 'script', 'style', 'layout']
        .map((k) => [k, summary(samples.map((s) => s.mainThread[k]))])),
    },
    samples: samples.map(({ files: _, ...rest }) => rest),
  };
  if (filesVary) console.error(`note: ${page.id} did not load the same files in every sample (see latest.json)`);
}

const { ours, surveyjs, floor, ours20 } = pages;
const both = (get) => ({ surveyjs: ratio(get(ours), get(surveyjs)), floor: ratio(get(ours), get(floor)) });
const results = {
  date: new Date().toISOString(),
  machine: {
    cpu: os.cpus()[0].model, cores: os.cpus().length, memory: os.totalmem(), os: `${os.type()} ${os.release()}`,
    node: process.versions.node, chromium: chromiumVersion, loadBefore, loadAfter: os.loadavg(),
  },
  settings: { samples: SAMPLES, warmup: WARMUP, widgetOrigin: WIDGET_ORIGIN, partnerOrigin: PARTNER_ORIGIN,
    surveyjs: JSON.parse(readFileSync(moduleFile('survey-js-ui/package.json'), 'utf8')).version },
  pages,
  ratios: {
    'bytes raw': both((p) => p.totals.quiz.raw),
    'bytes gzip': both((p) => p.totals.quiz.gzip),
    'bytes brotli': both((p) => p.totals.quiz.brotli),
    'first answer focusable': both((p) => p.summary.firstAnswer.median),
    'click -> feedback painted': both((p) => p.summary.feedbackPainted.median),
    'JS heap + wasm memory': both((p) => p.summary.memory.median),
  },
  twenty: ratio(ours20.summary.firstAnswer.median, ours.summary.firstAnswer.median),
};
results.budgets = checkBudgets(results);

mkdirSync(resolve(root, 'bench/results'), { recursive: true });
writeFileSync(resolve(root, 'bench/results/latest.json'), JSON.stringify(results, null, 2) + '\n');
console.log(format(results));
console.log('\nEvery sample: bench/results/latest.json');
const missed = results.budgets.filter((b) => !b.met);
if (missed.length) {
  console.log(`\n${missed.length} budget(s) missed:`);
  for (const b of missed) console.log(`  - ${b.text}`);
  process.exit(1);
}
console.log('\nAll budgets met.');
