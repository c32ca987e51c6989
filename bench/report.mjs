// Numbers to words for the benchmark: file sizes, summaries of samples, ratios, budgets, and the
// table printed to stdout. No browser here: everything works on the results object.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** 1 KB = 1,024 bytes throughout. */
export const KB = 1024;

/**
 * The budgets of issue #17 (which replaced those of #6), checked against the results. Each returns
 * `{ id, text, value, limit, unit, met }`; `value` is null (and `met` false) when the run did
 * not measure it.
 */
export function checkBudgets(r) {
  const ours = r.pages.ours;
  const sj = r.pages.surveyjs;
  const floor = r.pages.floor;
  const many = r.pages.ours20;
  const embed = ours.files.find((f) => f.path === '/embed.js');
  const budget = (id, text, value, limit, unit) => ({ id, text, value, limit, unit, met: value !== null && value <= limit });
  return [
    budget('transfer-vs-surveyjs', "Everything the widget loads on a first visit, the whole English bank included: at most 0.30x SurveyJS's gzip bytes",
      ours.totals.quiz.gzip / sj.totals.quiz.gzip, 0.30, 'x'),
    budget('embed-js', 'embed.js at most 13 KB gzip', embed ? embed.gzip : null, 13 * KB, 'bytes'),
    budget('control-vs-surveyjs', "First usable control (Start, beside the quick exit and the help links) at most 0.30x SurveyJS's first answer (medians)",
      ratio(ours.summary.startReady.median, sj.summary.firstAnswer.median), 0.30, 'x'),
    budget('control-vs-floor', 'First usable control at most 1.5x the static floor\'s first answer (medians)',
      ratio(ours.summary.startReady.median, floor.summary.firstAnswer.median), 1.5, 'x'),
    budget('interaction', '"Check answer" to feedback painted at 4x CPU slowdown (Event Timing duration): at most 50 ms at the median',
      ours.summary.interaction.median, 50, 'ms'),
    budget('twenty', '20 widgets on one page: all answers focusable within 2x one widget (medians)',
      ratio(many.summary.firstAnswer.median, ours.summary.firstAnswer.median), 2, 'x'),
  ];
}

/** Raw, gzip (level 9) and brotli (quality 11) sizes of one body, in bytes. */
export function sizes(body) {
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }).length,
  };
}

/** Sums the sizes of `files` (objects with raw, gzip, brotli). */
export function total(files) {
  return files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }),
    { raw: 0, gzip: 0, brotli: 0 });
}

/** `{ median, min, max, n }` of the numbers in `values` (nulls dropped); all null if none. */
export function summary(values) {
  const v = values.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (v.length === 0) return { median: null, min: null, max: null, n: 0 };
  const mid = Math.floor(v.length / 2);
  const median = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  return { median, min: v[0], max: v[v.length - 1], n: v.length };
}

/** a / b, or null when either is missing or b is 0. */
export function ratio(a, b) {
  return typeof a === 'number' && typeof b === 'number' && b !== 0 ? a / b : null;
}

const kb = (bytes) => (bytes / KB).toFixed(1);
const ms = (x) => (x === null ? '—' : x.toFixed(1));
const mb = (bytes) => (bytes === null ? '—' : (bytes / (1024 * 1024)).toFixed(2));
const times = (x) => (x === null ? '—' : `${x.toFixed(2)}x`);

/** `rows` (the first a header) as aligned columns: `align` has an l or r per column. */
export function table(rows, align) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => (align[i] === 'r' ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join('  ');
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/** The results as the text the benchmark prints. */
export function format(r) {
  const out = [];
  const m = r.machine;
  out.push(`Know the Signs benchmark, ${r.date}`);
  out.push(`${m.cpu} x${m.cores}, ${(m.memory / 2 ** 30).toFixed(0)} GiB, ${m.os}; Node ${m.node}; Chromium ${m.chromium}; ` +
    `load average ${m.loadBefore.map((x) => x.toFixed(2)).join(' ')} before, ${m.loadAfter.map((x) => x.toFixed(2)).join(' ')} after`);
  out.push(`${r.settings.samples} samples per page (after ${r.settings.warmup} warm-up), a fresh browser context each, pages taken in turn.`);
  const busiest = Math.max(m.loadBefore[0], m.loadAfter[0]);
  if (busiest > m.cores) {
    out.push(`WARNING: the machine was busy (load average ${busiest.toFixed(1)} on ${m.cores} cores): times are inflated ` +
      'and spread; the ratios between pages of one run hold up better. Rerun on a quiet machine before trusting a time.');
  }
  out.push('');
  out.push('Bytes (KB = 1,024 bytes; raw as served, gzip -9 and brotli -q 11 of the same body)');
  const rows = [['page', 'file', 'raw KB', 'gzip KB', 'brotli KB']];
  for (const page of Object.values(r.pages)) {
    if (page.id === 'ours20') continue;
    for (const f of page.files) rows.push([page.label, `${f.path}${f.role === 'page' ? ' (host page)' : ''}`, kb(f.raw), kb(f.gzip), kb(f.brotli)]);
    const t = page.totals.quiz;
    rows.push([page.label, 'total, quiz (without host page)', kb(t.raw), kb(t.gzip), kb(t.brotli)]);
  }
  out.push(table(rows, 'llrrr'));
  out.push('');
  out.push('Times (ms since navigation start; median, min, max) and memory after load (MB = 2^20 bytes, median)');
  const timeRows = [['page', 'first answer focusable', 'Start focusable', 'click -> feedback painted, 4x CPU', '(in DOM)',
    'Event Timing, 4x CPU', 'JS heap MB', 'wasm MB']];
  const span = (s) => (s.median === null ? '—' : `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})`);
  for (const page of Object.values(r.pages)) {
    const s = page.summary;
    timeRows.push([page.label, span(s.firstAnswer), span(s.startReady), span(s.feedbackPainted), span(s.feedbackInDom),
      span(s.interaction), mb(s.jsHeap.median), mb(s.wasmMemory.median)]);
  }
  out.push(table(timeRows, 'lrrrrrrr'));
  out.push('');
  out.push('Where the time goes (medians, ms since navigation start, in order; main-thread busy time until loaded)');
  const stepRows = [['page', 'step', 'ms']];
  for (const page of Object.values(r.pages)) {
    const s = page.summary;
    const steps = [
      ['DOMContentLoaded', s.domContentLoaded.median],
      ['load event', s.load.median],
      ['Start focusable', s.startReady.median],
      ['first answer focusable', s.firstAnswer.median],
      ...Object.entries(s.arrived).map(([path, t]) => [`${path} arrived`, t.median]),
    ].filter(([, t]) => t !== null).sort((a, b) => a[1] - b[1]);
    for (const [step, t] of steps) stepRows.push([page.label, step, ms(t)]);
    const busy = s.mainThread;
    stepRows.push([page.label, 'main thread busy: tasks / script / style / layout',
      [busy.task, busy.script, busy.style, busy.layout].map((x) => ms(x.median)).join(' / ')]);
  }
  out.push(table(stepRows, 'llr'));
  out.push('');
  out.push('Ratios (medians; bytes are quiz totals)');
  const ratioRows = [['measure', 'ours / SurveyJS', 'ours / floor']];
  for (const [name, pair] of Object.entries(r.ratios)) ratioRows.push([name, times(pair.surveyjs), times(pair.floor)]);
  out.push(table(ratioRows, 'lrr'));
  out.push(`20 widgets on one page vs one: ${ms(r.pages.ours20.summary.firstAnswer.median)} ms vs ` +
    `${ms(r.pages.ours.summary.firstAnswer.median)} ms = ${times(r.twenty)}`);
  out.push('');
  out.push('Budgets');
  for (const b of r.budgets) {
    const value = b.value === null ? 'not measured' : b.unit === 'bytes' ? `${kb(b.value)} KB` : b.unit === 'ms' ? `${ms(b.value)} ms` : times(b.value);
    const limit = b.unit === 'bytes' ? `${kb(b.limit)} KB` : b.unit === 'ms' ? `${b.limit} ms` : `${b.limit}x`;
    out.push(`  ${b.met ? 'met   ' : 'MISSED'}  ${b.text}: ${value} (limit ${limit})`);
  }
  return out.join('\n');
}
