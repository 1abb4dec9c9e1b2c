// The benchmark behind `./dev bench` (issues 8 and 17). For a release build in dist/ (and a second one
// built from a generated 1,000-model dataset) it prints:
//   (a) raw, gzip -9 and brotli bytes of every file index.html loads, and the total; the page
//       before any script (index.html and its stylesheets) and its element count;
//   (b) Lighthouse mobile scores and FCP, LCP, TBT, CLS of the widget page next to a static
//       HTML page with the same content (the rendered DOM, scripts removed), and their ratio;
//   (c) interaction latency (chip click, search keystroke → updated DOM), median of 20 with
//       the CPU throttled 4× through the DevTools protocol;
//   (d) the wasm's peak linear memory and the JS heap;
//   (e) the time the wasm spends decoding the embedded dataset at start-up, 4× CPU.
// Section (a) also splits the wasm into sections and lists its largest crates and functions
// (bench/wasm-size.mjs) and compares the embedded dataset blob with the JSON it comes from.
//   node bench/run.mjs [--dist dist] [--dist-1000 target/bench/dist-1000] [--named named.wasm] [--runs 3]
//                      [--before other-dist] [--skip-lighthouse] [--skip-latency] [--skip-startup] [--sizes-only]
// `--before` measures a second release build (an earlier commit's) in the same run for (b)
// and the blocking time, and prints both side by side (./dev bench --before <commit> builds it).
// `--sizes-only` prints section (a) and stops: no browser, nothing written to latest.json, and
// it fails when the Yew floor is not built. `./dev test` runs it after building the floor, so
// the bench's build steps and this section cannot rot between benchmark runs.
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { cpus, totalmem } from 'node:os';
import { promisify } from 'node:util';
import { ROOT, serve } from '../tests/e2e/lib/server.mjs';
import { CHROMIUM, CHROMIUM_ARGS, launch } from '../tests/e2e/lib/browser.mjs';
import { BUDGET, kb, pageBudgets, pageVerdicts, sizes, table, verdicts } from './size.mjs';
import { datasetBlob, report } from './wasm-size.mjs';

const run = promisify(execFile);
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : dflt; };
const DIST = resolve(opt('dist', join(ROOT, 'dist')));
const DIST_1000 = resolve(opt('dist-1000', join(ROOT, 'target/bench/dist-1000')));
// The release wasm again, through wasm-opt with `-g` (names kept): ./dev bench makes it.
const NAMED = resolve(opt('named', join(ROOT, 'target/bench/named/kllm-widget_bg.wasm')));
const RUNS = Number(opt('runs', 3));
// Another release build (an earlier commit's dist/) to measure beside this one in the same
// run: sections (b) and the blocking time then print before and after side by side.
const BEFORE = opt('before') ? resolve(opt('before')) : null;
const SIZES_ONLY = args.includes('--sizes-only');
const SAMPLES = 20;
const OUT = join(ROOT, 'target/bench');
mkdirSync(OUT, { recursive: true });

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const ms = (x) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;
const results = { date: new Date().toISOString(), machine: `${cpus().length} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 2 ** 30).toFixed(0)} GB, node ${process.version}` };

// (a) sizes -------------------------------------------------------------------------------
const gzipLen = (b) => gzipSync(b, { level: 9 }).length;
const modelCount = (file) => JSON.parse(readFileSync(file, 'utf8')).models.length;
const WASM = 'kllm-widget_bg.wasm';

function sizeSection() {
  const real = sizes(DIST);
  results.size = real;
  console.log('\n## (a) Transfer size of everything index.html loads (gzip -9 and brotli q11 by node zlib)\n');
  console.log(table(real));
  results.page = pageBudgets(DIST);
  console.log(`\n${[...verdicts(real.total.gzip), ...pageVerdicts(results.page)].join('\n')}`);

  // Where the wasm's bytes go: sections, then the largest crates and functions of the twin
  // build that kept its names (./dev bench makes it; same code section size, checked).
  const wasm = join(DIST, WASM);
  const named = existsSync(NAMED) ? NAMED : undefined;
  const { text, result } = report(wasm, named, 30);
  results.wasm = result;
  console.log(`\n### The wasm (${WASM})\n\n${text}`);
  if (!named) console.log(`(no ${NAMED}: ./dev bench builds it, for the largest crates and functions)`);

  // The dataset: the blob as shipped inside the wasm against the same data as minified JSON.
  const json = gzipLen(JSON.stringify(JSON.parse(readFileSync(join(ROOT, 'data/models.json'), 'utf8'))));
  const blob = datasetBlob(readFileSync(wasm));
  const models = modelCount(join(ROOT, 'data/models.json'));
  results.dataJson = json;
  if (blob) {
    results.dataBlob = { raw: blob.length, gzip: gzipLen(blob), models };
    const ratio = gzipLen(blob) / json;
    console.log(`\n### The dataset (${models} models)\n\nembedded blob: ${blob.length} B raw, ${gzipLen(blob)} B gzip (alone) — minified data/models.json: ${json} B gzip; blob/JSON = ${ratio.toFixed(3)} (aim ≤ 1.10)`);
  } else {
    console.log('\nno dataset blob found in the wasm (src/model/blob.rs: "KLB1")');
  }

  const floor = join(ROOT, 'target/floor/out');
  if (SIZES_ONLY && !existsSync(join(floor, 'kllm-floor_bg.wasm'))) {
    throw new Error(`no Yew floor in ${floor}: ./dev bench and ./dev test build it (bench/floor)`);
  }
  if (existsSync(join(floor, 'kllm-floor_bg.wasm'))) {
    // bench/floor: the least a Yew widget like this one ships (see its Cargo.toml).
    const f = (name) => gzipLen(readFileSync(join(floor, name)));
    const fw = f('kllm-floor_bg.wasm');
    const glue = f('kllm-floor.js');
    results.floor = { wasm: fw, glue };
    console.log(`Yew floor (bench/floor: a search box over a three-item list, same profile, wasm-opt -Oz): wasm ${fw} B + glue ${glue} B gzip = ${kb(fw + glue)}; floor + dataset (JSON) = ${fw + glue + json} B (${kb(fw + glue + json)})`);
  }

  if (existsSync(DIST_1000)) {
    const big = sizes(DIST_1000);
    const bigBlob = datasetBlob(readFileSync(join(DIST_1000, WASM)));
    const added = 1000 - models;
    const per = (a, b) => ((a - b) / added).toFixed(0);
    results.size1000 = { total: big.total, blob: bigBlob && { raw: bigBlob.length, gzip: gzipLen(bigBlob) } };
    console.log(`\n### 1,000 models (bench/gen-data.mjs: the ${models} real models and ${added} renamed copies)\n`);
    console.log(`total ${big.total.raw} B raw, ${big.total.gzip} B gzip, ${big.total.brotli} B brotli — per added model: ${per(big.total.raw, real.total.raw)} B raw, ${per(big.total.gzip, real.total.gzip)} B gzip`);
    if (bigBlob && blob) console.log(`of which the dataset blob: ${bigBlob.length} B raw, ${gzipLen(bigBlob)} B gzip — per added model ${per(bigBlob.length, blob.length)} B raw, ${per(gzipLen(bigBlob), gzipLen(blob))} B gzip`);
    if (blob) {
      // Copies repeat their texts and sources, which the blob stores once and gzip folds away;
      // a new real model brings its own. Its cost is closer to the real data's average.
      const html = real.rows.find((r) => r.file === 'index.html');
      const perReal = (gzipLen(blob) + (html?.gzip ?? 0)) / models;
      results.perRealModel = perReal;
      const spare = BUDGET - real.total.gzip;
      const room = spare > 0 ? `the budget's ${spare} B to spare hold about ${Math.floor(spare / perReal)} more models` : 'the page is over budget already';
      console.log(`a real model costs more than a copy: the real data averages ${(gzipLen(blob) / models).toFixed(0)} B gzip of blob and ${((html?.gzip ?? 0) / models).toFixed(0)} B gzip of prerendered index.html per model, ${perReal.toFixed(0)} B together; at that rate ${room}`);
    }
  }
}

// (b) Lighthouse --------------------------------------------------------------------------
/** The widget page's DOM after it rendered, without scripts or script preloads. */
async function staticTwin(browser, origin, path = '/', locale = 'ko-KR') {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, locale });
  const page = await context.newPage();
  await page.goto(`${origin}${path}`);
  await page.waitForSelector('.kllm[data-ready]', { timeout: 60_000 });
  const html = await page.evaluate(() => {
    const doc = document.documentElement.cloneNode(true);
    doc.querySelectorAll('script, link[rel=modulepreload], link[rel=preload]').forEach((n) => n.remove());
    return `<!doctype html>\n${doc.outerHTML}`;
  });
  await page.context().close();
  return html;
}

async function lighthouse(url, lang = 'ko-KR') {
  // The reader's browser language. On Linux `--lang` does not set navigator.language (it
  // stayed en-US); the browser's language preference `--accept-lang` does.
  const flags = [...CHROMIUM_ARGS.filter((f) => f !== '--disable-dev-shm-usage'), `--lang=${lang}`, `--accept-lang=${lang}`].join(' ');
  const { stdout } = await run(join(ROOT, 'node_modules/.bin/lighthouse'), [
    url, '--output=json', '--output-path=stdout', '--quiet', `--chrome-flags=${flags}`,
    '--only-categories=performance,accessibility,best-practices,seo',
  ], { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 256 * 1024 * 1024 });
  const r = JSON.parse(stdout);
  lastReports[url] = stdout;
  const score = (c) => Math.round(r.categories[c].score * 100);
  const num = (a) => r.audits[a].numericValue;
  const failed = Object.values(r.audits).filter((a) => a.score !== null && a.score < 1 && ['binary', 'numeric'].includes(a.scoreDisplayMode) && !/^(first|largest|speed|total|cumulative|interactive|max-potential)/.test(a.id)).map((a) => a.id);
  return { performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo'), fcp: num('first-contentful-paint'), lcp: num('largest-contentful-paint'), tbt: num('total-blocking-time'), cls: num('cumulative-layout-shift'), failed };
}

/** The last full Lighthouse report per URL (written to target/bench/ for a closer look). Its
 *  layout-shifts audit fails on Chromium 156's trace; to see what moved, run lighthouse with
 *  `--save-assets` and read the trace's LayoutShift events (old and new rectangles). */
const lastReports = {};

/** Median of each number over runs (runs alternate the two pages so load drifts hit both). */
function medians(list) {
  const out = {};
  for (const k of Object.keys(list[0])) out[k] = k === 'failed' ? [...new Set(list.flatMap((x) => x.failed))] : median(list.map((x) => x[k]));
  return out;
}

/** Where each language's reader lands in `dist`: the Korean page, and the English page where
 *  the build has one (en/index.html; before issue 24 there was one page, which an English
 *  browser switched to English after hydrating). */
function readers(dist) {
  return [
    { lang: 'ko', locale: 'ko-KR', path: '/' },
    { lang: 'en', locale: 'en-US', path: existsSync(join(dist, 'en/index.html')) ? '/en/' : '/' },
  ];
}

/** Lighthouse on each language's page of each build (`after`: this one, with static twins;
 *  `before`: the --before build), RUNS times, the runs interleaved (a run of every page of
 *  every build, then the next) so that the shared machine's load drifts hit all of them. */
async function lighthouseRuns(browser, builds) {
  const out = {};
  const servers = {};
  try {
    for (const [name, dist] of Object.entries(builds)) {
      const extra = {};
      const pages = readers(dist);
      out[name] = Object.fromEntries(pages.map((r) => [r.lang, { path: r.path, widget: [], static: [] }]));
      if (name === 'after') {
        const plain = await serve(dist);
        try {
          for (const r of pages) {
            const html = await staticTwin(browser, plain.origin, r.path, r.locale);
            writeFileSync(join(OUT, `static-${r.lang}.html`), html);
            extra[`/static-${r.lang}.html`] = { body: html, type: 'text/html; charset=utf-8' };
          }
        } finally {
          await plain.close();
        }
      }
      servers[name] = { server: await serve(dist, { gzip: true, extra }), pages };
    }
    for (let i = 0; i < RUNS; i++) {
      for (const [name, { server, pages }] of Object.entries(servers)) {
        for (const r of pages) {
          out[name][r.lang].widget.push(await lighthouse(server.url(r.path), r.locale));
          if (name === 'after') out[name][r.lang].static.push(await lighthouse(server.url(`/static-${r.lang}.html`), r.locale));
        }
      }
    }
    writeFileSync(join(OUT, 'lighthouse-widget.json'), lastReports[servers.after.server.url('/')] ?? '{}');
  } finally {
    for (const { server } of Object.values(servers)) await server.close();
  }
  for (const build of Object.values(out)) {
    for (const o of Object.values(build)) {
      o.widget = medians(o.widget);
      o.static = o.static.length ? medians(o.static) : null;
    }
  }
  return out;
}

async function lighthouseSection(browser) {
  const runs = await lighthouseRuns(browser, BEFORE ? { after: DIST, before: BEFORE } : { after: DIST });
  const { after } = runs;
  const before = runs.before ?? null;
  results.lighthouse = { after, before, runs: RUNS };
  console.log(`\n## (b) Lighthouse ${'12.2.3'} mobile (simulated slow 4G, 4× CPU), median of ${RUNS} runs, served gzip, as a Korean and as an English browser\n`);
  if (BEFORE) console.log(`before: ${BEFORE}\nafter:  ${DIST}\n`);
  const rows = [
    ['performance', (x) => x.performance, '≥ 95'],
    ['accessibility', (x) => x.accessibility, '100'],
    ['best practices', (x) => x.bestPractices, '100'],
    ['SEO', (x) => x.seo, ''],
    ['FCP', (x) => x.fcp, 'ratio ≤ 1.1', ms],
    ['LCP', (x) => x.lcp, '', ms],
    ['TBT', (x) => x.tbt, '< 200 ms', ms],
    ['CLS', (x) => x.cls, '0', (v) => v.toFixed(3)],
  ];
  for (const lang of ['ko', 'en']) {
    const a = after[lang];
    const b = before?.[lang];
    console.log(`${lang === 'ko' ? 'Korean' : 'English'} browser — after: ${a.path}${b ? `, before: ${b.path}` : ''}`);
    console.log(`${''.padEnd(15)}${(b ? 'before' : '').padStart(10)}${'after'.padStart(10)}${'static'.padStart(10)}${'ratio'.padStart(8)}  target`);
    for (const [name, get, target, fmt = String] of rows) {
      const w = get(a.widget);
      const st = get(a.static);
      const ratio = st ? (w / st).toFixed(2) : w ? '∞' : '1.00';
      console.log(`${name.padEnd(15)}${(b ? fmt(get(b.widget)) : '').padStart(10)}${fmt(w).padStart(10)}${fmt(st).padStart(10)}${ratio.padStart(8)}  ${target}`);
    }
    if (a.widget.failed.length) console.log(`widget audits below full score: ${a.widget.failed.join(', ')}`);
    if (a.static.failed.length) console.log(`static audits below full score: ${a.static.failed.join(', ')}`);
    console.log('');
  }
}

/** Lighthouse's own trace categories (lighthouse/core/gather/gatherers/trace.js, 12.2.3). */
const LIGHTHOUSE_TRACE = ['-*', 'disabled-by-default-lighthouse', 'loading', 'v8', 'v8.execute', 'blink.user_timing', 'blink.console', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.screenshot', 'disabled-by-default-devtools.timeline.stack', 'disabled-by-default-devtools.timeline.frame', 'latencyInfo', 'disabled-by-default-devtools.timeline.invalidationTracking'];

/** Main-thread blocking after first paint as the page reports it (long tasks over 50 ms,
 *  minus 50 ms each), 4× CPU, Lighthouse's phone screen; with and without Lighthouse's trace
 *  recording, which records a stack and style invalidations for every DOM call. */
async function blocking(browser, origin, traced, { path, locale }) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true, locale });
  await context.addInitScript(() => {
    globalThis.__kllmLong = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) globalThis.__kllmLong.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  if (traced) await browser.startTracing(page, { categories: LIGHTHOUSE_TRACE });
  await page.goto(`${origin}${path}`);
  await page.waitForSelector('.kllm[data-ready]', { timeout: 60_000 });
  await page.waitForTimeout(1500);
  if (traced) await browser.stopTracing();
  const out = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
    return globalThis.__kllmLong.filter(([start]) => start >= fcp).reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0);
  });
  await context.close();
  return out;
}

/** The blocking time on each language's page of each build, median of 5, plain and traced,
 *  the runs interleaved across builds and pages. */
async function blockingRuns(browser, builds) {
  const servers = {};
  const samples = {};
  try {
    for (const [name, dist] of Object.entries(builds)) {
      servers[name] = { server: await serve(dist, { gzip: true }), pages: readers(dist) };
      samples[name] = Object.fromEntries(servers[name].pages.map((r) => [r.lang, { path: r.path, plain: [], traced: [] }]));
    }
    for (let i = 0; i < 5; i++) {
      for (const [name, { server, pages }] of Object.entries(servers)) {
        for (const r of pages) {
          samples[name][r.lang].plain.push(await blocking(browser, server.origin, false, r));
          samples[name][r.lang].traced.push(await blocking(browser, server.origin, true, r));
        }
      }
    }
  } finally {
    for (const { server } of Object.values(servers)) await server.close();
  }
  for (const build of Object.values(samples)) {
    for (const x of Object.values(build)) Object.assign(x, { plain: median(x.plain), traced: median(x.traced) });
  }
  return samples;
}

async function blockingSection(browser) {
  const runs = await blockingRuns(browser, BEFORE ? { after: DIST, before: BEFORE } : { after: DIST });
  const { after } = runs;
  const before = runs.before ?? null;
  results.blocking = { after, before };
  console.log('\nmain thread blocked after first paint (4× CPU, sum of long tasks − 50 ms, median of 5; target ≤ 150 ms), in plain Chromium / while recording Lighthouse\'s trace (Lighthouse\'s TBT is simulated from the traced run):');
  for (const lang of ['ko', 'en']) {
    const a = after[lang];
    const b = before?.[lang];
    const fig = (x) => `${ms(x.plain)} / ${ms(x.traced)} (${x.path})`;
    console.log(`  ${lang === 'ko' ? 'Korean' : 'English'} browser: ${b ? `before ${fig(b)}, after ` : ''}${fig(a)}`);
  }
}

// (c) latency and (d) memory --------------------------------------------------------------
/** Bench-only: keeps the wasm exports trunk's loader announces, so memory can be read. */
function keepWasm() {
  addEventListener('kllm-started', (e) => { globalThis.__kllmBenchWasm = e.detail; });
}

/** In the page: runs `act` (which dispatches one event) and resolves with the time until the
 *  result line's text changed (DOM) and until the next frame after it was drawn. */
function measureInPage(kind) {
  const status = document.querySelector('.kllm p.kllm-results');
  const before = status.textContent;
  return new Promise((done) => {
    let t0 = 0;
    const mo = new MutationObserver(() => {
      if (status.textContent === before) return;
      const dom = performance.now() - t0;
      mo.disconnect();
      // The frame's style, layout and paint run after rAF callbacks: a task queued from rAF
      // runs once that frame is done.
      requestAnimationFrame(() => setTimeout(() => done({ dom, frame: performance.now() - t0 }), 0));
    });
    mo.observe(document.querySelector('.kllm'), { subtree: true, childList: true, characterData: true });
    if (kind === 'chip') {
      // "네이버(7)", "Naver (7)": Korean writes the count with no space before it.
      const chip = [...document.querySelectorAll('.kllm-panel button.kllm-chip')].find((b) => /^(네이버|Naver) ?\(/.test(b.textContent.trim()));
      if (!chip) throw new Error('no Naver chip in the filter panel');
      t0 = performance.now();
      chip.click();
    } else {
      const input = document.querySelector('.kllm input[type=search]');
      const value = input.value ? '' : '엑';
      input.value = value;
      t0 = performance.now();
      input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: value ? 'insertText' : 'deleteContentBackward', data: value || null }));
    }
  });
}

async function latency(browser, dist, label) {
  const server = await serve(dist);
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, locale: 'ko-KR' });
  await context.addInitScript(keepWasm);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(server.url('/'));
  // The cards are prerendered: wait until the app has hydrated them.
  await page.waitForSelector('.kllm[data-ready] article.kllm-card', { timeout: 60_000 });
  // The chips are in the filter panel, written when it opens.
  await page.locator('.kllm-toolbar__filter').click();
  await page.waitForSelector('.kllm-panel button.kllm-chip');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const out = { label, models: await page.locator('li:not([hidden]) > article.kllm-card').count() };
  for (const kind of ['chip', 'search']) {
    const samples = [];
    // Two warm-up rounds, then 20 measured ones; each chip sample toggles the filter (on, off,
    // on, …); each search sample types one syllable into the empty box, cleared unmeasured.
    for (let i = 0; i < SAMPLES + 2; i++) {
      const s = await page.evaluate(measureInPage, kind);
      if (i >= 2) samples.push(s);
      if (kind === 'search') await page.evaluate(measureInPage, kind);
    }
    if (kind === 'chip' && SAMPLES % 2) await page.evaluate(measureInPage, kind);
    out[kind] = { dom: median(samples.map((s) => s.dom)), frame: median(samples.map((s) => s.frame)), max: Math.max(...samples.map((s) => s.dom)) };
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  out.wasmMemory = await page.evaluate(() => globalThis.__kllmBenchWasm?.memory?.buffer.byteLength ?? null);
  const heap = await cdp.send('Runtime.getHeapUsage');
  out.jsHeap = heap.usedSize;
  out.errors = errors;
  await context.close();
  await server.close();
  return out;
}

async function latencySection(browser) {
  const runs = [await latency(browser, DIST, 'real dataset')];
  if (existsSync(DIST_1000)) runs.push(await latency(browser, DIST_1000, '1,000 models'));
  else console.log(`(no ${DIST_1000}: build it with KLLM_DATA, see ./dev bench)`);
  results.latency = runs;
  console.log(`\n## (c) Interaction latency, CPU throttled 4× (CDP), median of ${SAMPLES} (max) — event dispatch → result line updated; → next frame drawn\n(chip samples alternate on and off: narrowing and widening the list)\n`);
  console.log(`${'dataset'.padEnd(28)}${'chip → DOM'.padStart(18)}${'→ frame'.padStart(10)}${'keystroke → DOM'.padStart(20)}${'→ frame'.padStart(10)}`);
  for (const r of runs) {
    console.log(`${`${r.label} (${r.models} cards)`.padEnd(28)}${`${ms(r.chip.dom)} (${ms(r.chip.max)})`.padStart(18)}${ms(r.chip.frame).padStart(10)}${`${ms(r.search.dom)} (${ms(r.search.max)})`.padStart(20)}${ms(r.search.frame).padStart(10)}`);
  }
  console.log('targets: real ≤ 16 ms, 1,000 models ≤ 50 ms');
  console.log('\n## (d) Memory after the interaction runs (wasm linear memory only grows, so this is its peak)\n');
  for (const r of runs) console.log(`${r.label.padEnd(16)} wasm memory ${kb(r.wasmMemory ?? 0).padStart(10)}   JS heap used ${kb(r.jsHeap).padStart(10)}`);
  for (const r of runs) if (r.errors.length) console.log(`page errors (${r.label}): ${r.errors.join(' | ')}`);
}

// (e) start-up: decoding the dataset --------------------------------------------------------
/** One page load at 4× CPU: the dataset's decode (the `kllm-data` measure src/data.rs
 *  records) and the start-up it is part of, from the wasm's download ending to the app marking
 *  itself ready (`data-ready`): compiling, instantiating, decoding, hydrating. */
async function startup(browser, origin) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, locale: 'ko-KR' });
  await context.addInitScript(() => {
    new MutationObserver((_, mo) => {
      if (document.querySelector('.kllm[data-ready]')) {
        globalThis.__kllmReady = performance.now();
        mo.disconnect();
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'], childList: true });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(`${origin}/`);
  await page.waitForSelector('.kllm[data-ready]', { timeout: 60_000 });
  const out = await page.evaluate(() => {
    const decode = performance.getEntriesByName('kllm-data')[0]?.duration ?? null;
    const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'));
    return { decode, start: wasm ? globalThis.__kllmReady - wasm.responseEnd : null };
  });
  await context.close();
  return out;
}

async function startupSection(browser) {
  const rows = [];
  for (const [label, dist] of [['real dataset', DIST], ['1,000 models', DIST_1000]]) {
    if (!existsSync(dist)) continue;
    const server = await serve(dist, { gzip: true });
    const runs = [];
    try {
      for (let i = 0; i < 5; i++) runs.push(await startup(browser, server.origin));
    } finally {
      await server.close();
    }
    if (runs.some((r) => r.decode === null)) throw new Error(`${label}: no kllm-data measure in the page (src/data.rs)`);
    rows.push({ label, decode: median(runs.map((r) => r.decode)), start: median(runs.map((r) => r.start)) });
  }
  results.startup = rows;
  console.log('\n## (e) Start-up: decoding the embedded dataset, CPU throttled 4×, median of 5 page loads\n');
  for (const r of rows) console.log(`${r.label.padEnd(16)} decode ${ms(r.decode).padStart(8)} of ${ms(r.start).padStart(8)} from the wasm downloaded to the app ready (${((100 * r.decode) / r.start).toFixed(1)} %)`);
}

console.log(`kllm-widget benchmark — ${results.date}\nmachine: ${results.machine}\nbuild: ${DIST}`);
sizeSection();
if (SIZES_ONLY) process.exit(0);
const browser = await launch();
try {
  if (!args.includes('--skip-lighthouse')) {
    await lighthouseSection(browser);
    await blockingSection(browser);
  }
  if (!args.includes('--skip-latency')) await latencySection(browser);
  if (!args.includes('--skip-startup')) await startupSection(browser);
} finally {
  await browser.close();
}
writeFileSync(join(OUT, 'latest.json'), JSON.stringify(results, null, 2));
console.log(`\nraw figures: ${join(OUT, 'latest.json')}`);
