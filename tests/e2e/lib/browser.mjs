// Headless Chromium for the browser tests and the benchmark (playwright-core driving Debian's
// /usr/bin/chromium; never a downloaded browser), plus page guards and small widget helpers.
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';

export const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
/** No network side channels: Chromium floods a closed network without these. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

export const VIEWPORTS = [
  { width: 320, height: 640 },
  { width: 360, height: 740 },
  { width: 375, height: 812 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
];

export function launch(extraArgs = []) {
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/** Console messages that are Chromium's notes on trunk's output, not the widget's errors. */
const BENIGN = [/The `integrity` attribute is currently ignored for preload destinations/];

/**
 * A fresh context (axe needs `browser.newContext()`) and page with guards: every console
 * error, uncaught exception, failed request, HTTP error and request to another origin is
 * recorded in `problems`; every request in `requests`. Call `assertClean(page)` at the end.
 */
export async function openPage(browser, origin, { viewport = VIEWPORTS[4], colorScheme = 'light', reducedMotion, locale = 'ko-KR', path = '/', ready = true } = {}) {
  const context = await browser.newContext({ viewport, colorScheme, reducedMotion, locale, acceptDownloads: true });
  context.setDefaultTimeout(5000);
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  const warnings = [];
  page.on('console', (m) => {
    if (BENIGN.some((re) => re.test(m.text()))) return;
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    else if (m.type() === 'warning') warnings.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  // Requests a navigation cut off are not failures a reader sees: boot.js sends a link asking
  // for the other language to that language's page (`?lang=en` → en/), in the page or in an
  // iframe (the article demo's English frame), and the browser aborts what the first document
  // of that frame had in flight. A request counts as cut off when it failed with ERR_ABORTED
  // after a later navigation of its own frame had started.
  const navigations = new Map();
  const startedAt = new WeakMap();
  page.on('request', (r) => {
    const frame = r.frame();
    if (r.isNavigationRequest()) navigations.set(frame, (navigations.get(frame) ?? 0) + 1);
    startedAt.set(r, { frame, n: navigations.get(frame) ?? 0 });
    requests.push(r.url());
    const u = new URL(r.url());
    if (!['data:', 'blob:'].includes(u.protocol) && u.origin !== origin) problems.push(`request outside ${origin}: ${r.url()}`);
  });
  page.on('requestfailed', (r) => {
    const at = startedAt.get(r);
    const cutOff = r.failure()?.errorText === 'net::ERR_ABORTED' && at !== undefined && (navigations.get(at.frame) ?? 0) > at.n;
    if (!cutOff) problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
  });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  Object.assign(page, { kllm: { problems, requests, warnings, origin } });
  if (path !== null) {
    await page.goto(origin + path);
    if (ready) await widgetReady(page);
  }
  return page;
}

/** A card the list shows: not filtered out (`hidden`) and not past the list's limit. */
export const CARD = 'li.kllm-cards__item:not([hidden]):not(.kllm-cards__item--more) > article.kllm-card';

/** Waits until the wasm runs the widget (`data-ready`, set after hydrating the prerendered
 *  HTML, which is on screen before) and has drawn its cards. */
export async function widgetReady(page) {
  await page.waitForSelector('.kllm[data-ready] p.kllm-results', { timeout: 20_000 });
  await page.waitForFunction((card) => document.querySelectorAll(card).length > 0 || document.querySelector('.kllm-empty'), CARD);
}

/** Opens the filter panel (chips, sort, theme, reset) when it is closed. `scope` is a page,
 *  a frame locator or a host locator. */
export async function openFilters(scope) {
  const button = scope.locator('.kllm-toolbar__filter').first();
  if ((await button.getAttribute('aria-expanded')) !== 'true') {
    await button.click();
    await scope.locator('.kllm-panel:not([hidden])').first().waitFor();
  }
}

/** Lists every card of the view ("show all") when the list is cut: the link to the
 *  catalogue page, which the running widget takes itself (the list grows in place and the
 *  link becomes "show fewer", a button). */
export async function showAllCards(scope) {
  const link = scope.locator('a.kllm-cards__more');
  if (await link.count()) {
    await link.click();
    await scope.locator('button.kllm-cards__more[aria-expanded=true]').waitFor();
  }
}

/**
 * A suite's browser and server, started before its tests and closed after them, and
 * `withPage(opts, fn)`: opens the widget (see openPage), runs `fn(page)`, asserts that the
 * guards recorded no problem, and closes the page's context.
 */
export function suite({ before, after }, assert) {
  const s = { server: null, browser: null };
  before(async () => {
    s.server = await serve();
    s.browser = await launch();
  });
  after(async () => {
    await s.browser?.close();
    await s.server?.close();
  });
  s.withPage = async (opts, fn) => {
    const page = await openPage(s.browser, s.server.origin, opts);
    try {
      await fn(page);
      assert.deepEqual(page.kllm.problems, [], 'console errors, exceptions or stray requests');
    } finally {
      await page.context().close();
    }
  };
  return s;
}

/** Throws when a guard recorded anything; closes nothing. */
export function problemsOf(page) {
  return page.kllm.problems;
}

/** The live result line as numbers: "모델 13개 중 5개" / "5 of 13 models". */
export async function status(page) {
  const text = (await page.locator('.kllm p.kllm-results').textContent()).trim();
  let m = text.match(/^모델 ([\d,]+)개 중 ([\d,]+)개/);
  if (m) return { total: num(m[1]), shown: num(m[2]), text };
  m = text.match(/^([\d,]+) of ([\d,]+)/);
  if (m) return { shown: num(m[1]), total: num(m[2]), text };
  throw new Error(`unexpected status line: ${text}`);
}
const num = (s) => Number(s.replace(/,/g, ''));

export const titles = (page) => page.locator(`${CARD} .kllm-card__title`).allTextContents();

/** A chip of the filter panel (opened if needed) by the start of its label; returns
 *  { locator, count } with the live count parsed. */
export async function chip(page, label) {
  await openFilters(page);
  const all = page.locator('.kllm-panel button.kllm-chip');
  const texts = await all.allTextContents();
  // Korean writes the count with no space before the parenthesis: "가중치 공개(7)".
  const i = texts.findIndex((t) => t.trim().startsWith(label + ' (') || t.trim().startsWith(label + '('));
  if (i < 0) throw new Error(`no chip "${label}" among ${texts.join(' | ')}`);
  const count = Number(texts[i].match(/\((\d+)\)\s*$/)[1]);
  return { locator: all.nth(i), count, text: texts[i].trim() };
}

/** Waits for the status line to change from `before` (a status() result or text). */
export async function statusChange(page, before) {
  const text = typeof before === 'string' ? before : before.text;
  await page.waitForFunction((t) => document.querySelector('.kllm p.kllm-results')?.textContent.trim() !== t, text, { timeout: 5000 });
}

/** No horizontal page scroll. */
export const pageOverflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * Types into the search box the way Samsung's keyboard does: each step is an `input` event
 * with isComposing true, after one compositionstart, and no compositionend ever.
 */
export async function typeComposing(page, steps) {
  await page.locator('.kllm input[type=search]').evaluate((el, steps) => {
    el.focus();
    el.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, data: '' }));
    for (const value of steps) {
      el.value = value;
      el.dispatchEvent(new CompositionEvent('compositionupdate', { bubbles: true, data: value }));
      el.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true, inputType: 'insertCompositionText', data: value.slice(-1) }));
    }
  }, steps);
}

