// The weight of the widget's page (index.html, also the iframe embed), gzip -9 by node's zlib:
// - raw, gzip -9 and brotli (quality 11) bytes of every file index.html loads, and the total,
//   against the enforced ceiling, the budget (250 KB) and the aim (200 KB);
// - the page before any script: index.html and the stylesheets it links, gzip -9 each and
//   summed, against 25 KB;
// - the elements of the prerendered page (dist/index.html), counted from its tags by
//   `countElements` (the same number Chromium's parser makes, tests/e2e/weight.test.mjs),
//   against 800.
// `--check` exits non-zero when the gzip total exceeds the enforced ceiling, or, once
// PAGE_BUDGETS_ENFORCED is on, when the page before any script or its element count is over
// its budget (./dev test runs it); it prints the distance to every budget and the aim either
// way.
//   node bench/size.mjs [--check] [--json] [dist-dir]
import { readFileSync, existsSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { ROOT } from '../tests/e2e/lib/server.mjs';

/** The budget (issue 24): gzip total of everything the page loads ≤ 250 KB, data growth
 *  included. Printed, not enforced, until the widget meets it (CEILING holds the line). */
export const BUDGET = 250 * 1024;
/** The stricter aim; printed, never enforced. */
export const AIM = 200 * 1024;
/**
 * The widget does not meet BUDGET (README, "Size and speed": the Yew floor, the dataset and the
 * prerendered cards alone come to about 140 KB before any feature). Until it does, `--check`
 * holds the line at the last measured total plus about 1%, so the size can only go down; lower
 * it with every saving, and raise it only in a commit that says what the bytes buy.
 */
// Set 2026-12-06 after the page shipped only what its view shows (issue 24): 321,881 B
// measured, plus 1 % (index.html 39,795 → 12,268 B gzip; boot-check.js +347 B).
// Before: 350,000 B, set 2026-12-06 after the headline figure (issue 23): 346,477 B measured, plus 1 %. From
// 321,028 B: the data to December 2026 (81 models from 61, the global models back to 2020 that
// make the headline exact, where every one of the 259 scores states its setting) grew the
// dataset blob and the prerendered cards (wasm +18,264 B, index.html +7,088 B); the figure
// first with what it rests on and the tables' new columns are a few hundred bytes of it.
// Issue 24 (ship only what the first view shows) brings it down next. Before: 323,200 B, set
// 2026-11-30 after the gap view (issue 16, 33,136 B).
export const CEILING = 325_100;

/** What the reader's browser has to fetch before the page can paint (issue 24): index.html
 *  and the stylesheets it links, gzip -9 each, summed, at most 25 KB. */
export const FIRST_PAINT_BUDGET = 25 * 1024;
/** Elements of the prerendered default page (issue 24): at most 800, so a cheap phone lays
 *  it out without stalling. */
export const ELEMENT_BUDGET = 800;
/**
 * Whether `--check` fails on FIRST_PAINT_BUDGET and ELEMENT_BUDGET, for each page (PAGES). On
 * since the pages ship only what the first view shows (issue 24: six cards whole, the rest on
 * the catalogue page): 2026-12-06, index.html 16,579 B gzip before any script and 797
 * elements, from 44,092 B and 4,875.
 */
export const PAGE_BUDGETS_ENFORCED = true;

/** Elements whose content is text, not markup (the HTML parser's raw-text and RCDATA
 *  elements a page of this kind can hold). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

/**
 * The number of elements an HTML parser makes of `html`, counted from its start tags: every
 * `<name` outside comments, the doctype, attribute values and the content of script, style,
 * textarea and title. `<noscript>`'s content counts (a browser without JavaScript makes it;
 * one with JavaScript makes one element fewer per `<noscript>` child). Elements the parser
 * would add for tags the source leaves out (html, head, body, tbody) do not: the prerendered
 * page writes them. tests/e2e/weight.test.mjs checks the count against Chromium's.
 */
export function countElements(html) {
  let n = 0;
  let i = 0;
  while ((i = html.indexOf('<', i)) !== -1) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const tag = /^<([A-Za-z][^\s/>]*)/.exec(html.slice(i, i + 64));
    if (!tag) {
      // Text, an end tag, the doctype.
      i += 1;
      continue;
    }
    n += 1;
    // To the end of the tag: a quoted attribute value may hold '>' or '<'.
    let j = i + tag[0].length;
    while (j < html.length && html[j] !== '>') {
      if (html[j] === '=') {
        j += 1;
        while (/\s/.test(html[j] ?? '')) j += 1;
        const quote = html[j];
        if (quote === '"' || quote === "'") {
          const close = html.indexOf(quote, j + 1);
          j = close < 0 ? html.length : close + 1;
          continue;
        }
      }
      j += 1;
    }
    i = j + 1;
    const name = tag[1].toLowerCase();
    if (RAW_TEXT.has(name)) {
      const end = html.slice(i).search(new RegExp(`</${name}[\\s>/]`, 'i'));
      i = end < 0 ? html.length : i + end;
    }
  }
  return n;
}

/** The widget's pages: the Korean one and the English one, one folder down. */
export const PAGES = ['index.html', 'en/index.html'];

/** Every file `page` (a path under dist/) loads with JavaScript on, as paths under dist/. */
export function pageFiles(dist, page = 'index.html') {
  // What a browser with JavaScript loads: <noscript> content (kllm-nojs.css) is not fetched.
  const html = readFileSync(join(dist, page), 'utf8').replace(/<noscript>[\s\S]*?<\/noscript>/g, '');
  const refs = new Set();
  const patterns = [
    /<link\b[^>]*\bhref=["']([^"']+)["']/g,
    /<script\b[^>]*\bsrc=["']([^"']+)["']/g,
  ];
  for (const re of patterns) for (const m of html.matchAll(re)) refs.add(m[1]);
  const local = (r) => !/^[a-z]+:/i.test(r) && !r.startsWith('//');
  // A path under dist/ of `ref` as written in a file at `from`: `/x` from the top, else
  // relative to that file's folder (`../kllm.css` from en/index.html is kllm.css).
  const norm = (ref, from) => {
    const path = ref.split(/[?#]/)[0];
    return path.startsWith('/') ? path.slice(1) : posix.normalize(posix.join(posix.dirname(from), path));
  };
  const files = [page, ...[...refs].filter(local).map((r) => norm(r, page))];
  // Follow the scripts.
  const fromScript = [
    /\bimport\s*(?:[^'"()]*?\bfrom\s*)?['"](\.\/[^'"]+)['"]/g,
    /\bimport\(\s*['"](\.\/[^'"]+)['"]\s*\)/g,
    /new URL\(\s*['"](\.\/[^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g,
  ];
  for (let i = 0; i < files.length; i++) {
    if (!files[i].endsWith('.js')) continue;
    const js = readFileSync(join(dist, files[i]), 'utf8');
    for (const re of fromScript) {
      for (const m of js.matchAll(re)) {
        const f = norm(m[1], files[i]);
        if (!files.includes(f)) files.push(f);
      }
    }
  }
  return [...new Set(files)];
}

/** `page` and the stylesheets it links: what a browser with JavaScript fetches before it can
 *  paint the page (the scripts are modules: deferred, they never hold back first paint;
 *  kllm-nojs.css is only fetched without JavaScript). */
export function firstPaintFiles(dist, page = 'index.html') {
  return pageFiles(dist, page).filter((f) => f === page || f.endsWith('.css'));
}

/** For each page (PAGES): the page before any script (gzip -9 of each file, summed) and its
 *  prerendered element count, each against its budget. */
export function pageBudgets(dist) {
  return PAGES.map((page) => {
    const files = firstPaintFiles(dist, page);
    const firstPaint = files.reduce((t, f) => t + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0);
    const elements = countElements(readFileSync(join(dist, page), 'utf8'));
    return {
      page,
      firstPaint: { files, gzip: firstPaint, budget: FIRST_PAINT_BUDGET, ok: firstPaint <= FIRST_PAINT_BUDGET },
      elements: { count: elements, budget: ELEMENT_BUDGET, ok: elements <= ELEMENT_BUDGET },
    };
  });
}

/** The lines that report pageBudgets(). */
export function pageVerdicts(pages) {
  const enforced = PAGE_BUDGETS_ENFORCED ? '' : ' (not enforced yet: PAGE_BUDGETS_ENFORCED in bench/size.mjs)';
  return pages.flatMap(({ page, firstPaint, elements }) => {
    const fp = firstPaint.budget - firstPaint.gzip;
    const el = elements.budget - elements.count;
    return [
      `${page} before any script (${firstPaint.files.join(' + ')}, gzip -9 each): ${firstPaint.gzip} B (${kb(firstPaint.gzip)}), budget ${firstPaint.budget} B (${kb(firstPaint.budget)}): ${fp >= 0 ? `${fp} B to spare` : `OVER by ${-fp} B (${kb(-fp)})${enforced}`}`,
      `${page} prerendered: ${elements.count} elements, budget ${elements.budget}: ${el >= 0 ? `${el} to spare` : `OVER by ${-el}${enforced}`}`,
    ];
  });
}

export function sizes(dist) {
  const rows = pageFiles(dist).map((name) => {
    const path = join(dist, name);
    if (!existsSync(path)) throw new Error(`${name} is referenced by index.html but missing from ${dist}`);
    const body = readFileSync(path);
    return {
      file: name,
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }).length,
    };
  });
  const total = rows.reduce((t, r) => ({ file: 'total', raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { file: 'total', raw: 0, gzip: 0, brotli: 0 });
  return { rows, total };
}

export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

export function table({ rows, total }) {
  const name = (f) => f.replace(/-[0-9a-f]{12,16}(?=[._])/, '-…');
  const w = Math.max(...rows.map((r) => name(r.file).length), 5);
  const line = (r) => `${name(r.file).padEnd(w)}  ${String(r.raw).padStart(9)}  ${String(r.gzip).padStart(9)}  ${String(r.brotli).padStart(9)}`;
  return [
    `${'file'.padEnd(w)}  ${'raw B'.padStart(9)}  ${'gzip B'.padStart(9)}  ${'brotli B'.padStart(9)}`,
    ...rows.map(line),
    line(total),
  ].join('\n');
}

/** The two lines on the total: the budget and the aim (neither enforced; CEILING is). */
export function verdicts(gz) {
  const against = (limit, what) => {
    const d = limit - gz;
    return `${what} ${limit} B (${kb(limit)}): gzip total ${gz} B (${kb(gz)}), ${d >= 0 ? `${d} B (${kb(d)}) to spare` : `OVER by ${-d} B (${kb(-d)})`}`;
  };
  return [against(BUDGET, 'budget'), against(AIM, 'aim   ')];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const dist = resolve(args.find((a) => !a.startsWith('--')) ?? join(ROOT, 'dist'));
  const result = sizes(dist);
  const page = pageBudgets(dist);
  if (args.includes('--json')) console.log(JSON.stringify({ ...result, page }));
  else console.log(table(result));
  const gz = result.total.gzip;
  console.log([...verdicts(gz), ...pageVerdicts(page)].join('\n'));
  if (args.includes('--check')) {
    const failures = [];
    if (gz > CEILING) failures.push(`${gz} B exceeds the enforced ceiling of ${CEILING} B (${kb(CEILING)}) by ${gz - CEILING} B`);
    for (const { page: file, firstPaint, elements } of PAGE_BUDGETS_ENFORCED ? page : []) {
      if (!firstPaint.ok) failures.push(`${file} before any script is ${firstPaint.gzip} B gzip, over its budget of ${FIRST_PAINT_BUDGET} B`);
      if (!elements.ok) failures.push(`${file} has ${elements.count} elements prerendered, over its budget of ${ELEMENT_BUDGET}`);
    }
    if (failures.length) {
      for (const f of failures) console.error(`size check failed: ${f}`);
      process.exit(1);
    }
    console.log(`size check ok: ${gz} B is within the enforced ceiling of ${CEILING} B (${kb(CEILING)}); the budget stays ${BUDGET} B; the page budgets are ${PAGE_BUDGETS_ENFORCED ? 'met' : 'printed, not enforced'}`);
  }
}
