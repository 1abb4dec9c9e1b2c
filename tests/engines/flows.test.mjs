// The reader and embedding flows in every engine: Chromium, WebKit (the engine of every iPhone
// browser) and Firefox, driven over W3C WebDriver (lib/webdriver.mjs) against the release build
// in dist/, served under the strict CSP the README documents. One definition of each flow runs
// in all three; the selectors and reader steps live in lib/widget.mjs.
//
// Every flow fails on a console error, an uncaught exception, a CSP violation or a request to
// another origin in any frame it used (lib/server.mjs `guard`). A missing engine fails the run.
// KLLM_ENGINES=webkit,firefox narrows the run by hand.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from '../e2e/lib/server.mjs';
import { ENGINE_NAMES, launchEngine, sleep } from './lib/webdriver.mjs';
import { FIRST_CARDS, SEL, Widget, guard } from './lib/widget.mjs';

const engines = process.env.KLLM_ENGINES ? process.env.KLLM_ENGINES.split(',') : ENGINE_NAMES;
const HTML = 'text/html; charset=utf-8';
/** An article with a script embed after 9,000 px of story (tests/e2e/weight.test.mjs has the
 *  same page and more cases, in Chromium). */
const PAGES = {
  '/far/article.css': { type: 'text/css; charset=utf-8', body: 'body { margin: 0; } .story { height: 9000px; }' },
  '/far/article.html': {
    type: HTML,
    body: `<!doctype html><html lang="ko"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>far</title>
<link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/far/article.css"></head>
<body><h1>far</h1><div class="story"></div><div data-kllm-widget id="far"></div><script type="module" src="/embed.js"></script></body></html>`,
  },
};
/** What a host's widget loads once it starts (the glue is a file of its own in dist/). */
const WIDGET_FILES = ['/kllm-widget_bg.wasm', '/kllm-widget.js', '/kllm.css'];
/** A phone-sized window (the narrow layout, below 600 px) and a desktop one. */
const PHONE = { width: 500, height: 900 };
const DESKTOP = { width: 1280, height: 900 };

/** Asserts that the current frame's guard saw nothing wrong. */
async function assertClean(s, where = 'page') {
  const g = await guard(s);
  assert.ok(!g.missing, `${where}: the guard script did not run`);
  assert.deepEqual(g.errors, [], `${where}: console errors or exceptions`);
  assert.deepEqual(g.violations, [], `${where}: CSP violations`);
  assert.deepEqual(g.offOrigin, [], `${where}: requests to another origin`);
  return g;
}

for (const engine of engines) {
  describe(engine, () => {
    let server;
    let s;
    before(async () => {
      server = await serve(undefined, { csp: true, guard: true, extra: PAGES });
      s = await launchEngine(engine);
    });
    after(async () => {
      await s?.quit();
      await server?.close();
    });

    /** Opens `path` in a window of `size` and waits for the page's widget. */
    async function page(path = '/', size = PHONE) {
      await s.resize(size.width, size.height);
      await s.goto('about:blank');
      await s.goto(server.url(path));
      const w = new Widget(s);
      await w.ready();
      return w;
    }

    test('the page hydrates its prerendered widget, once, without warnings', async () => {
      const w = await page('/');
      const facts = await s.run(() => ({
        widgets: document.querySelectorAll('section.kllm').length,
        build: document.getElementById('kllm-root').getAttribute('data-kllm-build'),
        cards: document.querySelectorAll('article.kllm-card').length,
        items: document.querySelectorAll('li.kllm-cards__item:not([hidden])').length,
      }));
      assert.equal(facts.widgets, 1, 'hydrated in place, not duplicated');
      assert.match(facts.build, /^[0-9a-f]{16}$/);
      const r = await w.results();
      assert.equal(r.shown, r.total);
      // Every model of the view has its list item; the page carries the first cards whole.
      assert.equal(facts.items, r.total);
      assert.equal(facts.cards, FIRST_CARDS);
      // A page from another build would log a warning and render afresh.
      const g = await assertClean(s);
      assert.deepEqual(g.warnings, []);
    });

    test('filter chips narrow the cards to their count, combine, and reset', async () => {
      const w = await page('/');
      const start = await w.results();
      const naver = await w.chip('네이버');
      assert.ok(naver.count > 0 && naver.count < start.total);
      await s.click(naver.el);
      await w.resultsChange(start);
      const after = await w.results();
      assert.equal(after.shown, naver.count, after.text);
      assert.equal((await w.chip('네이버')).pressed, true);
      assert.equal(await w.q((root, SEL) => root.querySelectorAll(SEL.item).length), naver.count);
      // The cards listed are written, those that were not on the page included.
      assert.equal((await w.titles()).length, Math.min(naver.count, FIRST_CARDS));
      const open = await w.chip('가중치 공개');
      await s.click(open.el);
      await w.resultsChange(after);
      assert.equal((await w.results()).shown, open.count);
      await s.click(await w.el(SEL.reset));
      await w.until((root, SEL, n) => root.querySelectorAll(SEL.item).length === n, [start.total]);
      assert.equal((await w.chip('네이버')).pressed, false);
      await assertClean(s);
    });

    test('Hangul search: syllables, the Latin alias and initial consonants', async () => {
      const w = await page('/');
      const start = await w.results();
      await w.type('엑사원');
      const exaone = await w.titles();
      assert.ok(exaone.length > 0 && exaone.length < start.total, `엑사원 → ${exaone.length}`);
      for (const t of exaone) assert.match(t, /엑사원/);
      await w.clearSearch();
      await w.type('exaone');
      assert.deepEqual(await w.titles(), exaone);
      await w.clearSearch();
      await w.type('ㅎㅇㅍ');
      const hyper = await w.titles();
      assert.ok(hyper.length > 0 && hyper.every((t) => t.includes('하이퍼클로바')), hyper.join(', '));
      await assertClean(s);
    });

    test('pin: the tray lists the pinned model and unpins it', async () => {
      const w = await page('/');
      const [first] = await w.titles();
      await s.click(await w.pinOf(0));
      await w.until((root, SEL) => root.querySelector(SEL.tray));
      assert.deepEqual(await w.tray(), [first]);
      assert.equal(await w.q((root, SEL) => root.querySelectorAll(SEL.card)[0].querySelector(SEL.pin).getAttribute('aria-pressed')), 'true');
      await s.click(await w.el(SEL.trayItem));
      await w.until((root, SEL) => !root.querySelector(SEL.tray));
      assert.equal(await w.q((root, SEL) => root.querySelectorAll(SEL.card)[0].querySelector(SEL.pin).getAttribute('aria-pressed')), 'false');
      await assertClean(s);
    });

    test('chart metric switch redraws the chart', async () => {
      const w = await page('/');
      const before = await w.q((root, SEL) => root.querySelector(SEL.chart).textContent);
      const i = await w.q((root, SEL) => [...root.querySelectorAll(SEL.metricToggle)].findIndex((b) => b.getAttribute('aria-checked') === 'false'));
      assert.ok(i >= 0);
      await s.click(await w.q((root, SEL, i) => root.querySelectorAll(SEL.metricToggle)[i], i));
      await w.until((root, SEL, i) => root.querySelectorAll(SEL.metricToggle)[i].getAttribute('aria-checked') === 'true', [i]);
      assert.notEqual(await w.q((root, SEL) => root.querySelector(SEL.chart).textContent), before);
      await assertClean(s);
    });

    test('share link: the page URL follows the view, and the link restores it', async () => {
      const w = await page('/');
      await s.click((await w.chip('가중치 공개')).el);
      await w.type('엑사원');
      await s.waitFor(() => /access=/.test(location.hash) && /q=/.test(location.hash));
      // The share link is the page's URL plus the release that made it (r=…, issue 20).
      const link = await w.shareLink();
      assert.match(link, /&r=[\w.-]+$/);
      assert.equal(link.replace(/&r=[\w.-]+$/, ''), await s.url());
      assert.doesNotMatch(link.split('#')[1], /[+ ]/, 'messenger-safe fragment');
      const want = { results: (await w.results()).text, titles: await w.titles() };
      const again = await page(link.slice(server.origin.length));
      assert.equal(await again.q((root, SEL) => root.querySelector(SEL.search).value), '엑사원');
      assert.equal((await again.chip('가중치 공개')).pressed, true);
      assert.deepEqual({ results: (await again.results()).text, titles: await again.titles() }, want);
      await assertClean(s);
    });

    test('two script embeds on one page are independent widgets', async () => {
      await s.resize(DESKTOP.width, DESKTOP.height);
      await s.goto(server.url('/demo/two.html'));
      const [a, b] = [new Widget(s, 0), new Widget(s, 1)];
      await a.ready();
      await b.ready();
      assert.equal(await b.q((root, SEL) => root.querySelector(SEL.widget).lang), 'en');
      const [a0, b0] = [await a.results(), await b.results()];
      await s.click((await a.chip('글로벌 비교 모델 함께 보기')).el);
      await a.resultsChange(a0);
      await b.type('EXAONE');
      const [a1, b1] = [await a.results(), await b.results()];
      assert.ok(a1.shown > a0.shown, `first: ${a0.text} → ${a1.text}`);
      assert.ok(b1.shown < b0.shown, `second: ${b0.text} → ${b1.text}`);
      assert.equal(await a.q((root, SEL) => root.querySelector(SEL.search).value), '');
      assert.equal((await b.chip('Show global reference models')).pressed, false);
      assert.equal(await s.run(() => 'wasmBindings' in window), false, 'nothing on window');
      await assertClean(s);
    });

    test('a script embed far down the article loads nothing until the reader comes near it', async () => {
      await s.resize(PHONE.width, PHONE.height);
      await s.goto('about:blank');
      const from = server.requests.length;
      const widgetRequests = () => server.requests.slice(from).map((r) => r.path).filter((p) => WIDGET_FILES.includes(p));
      await s.goto(server.url('/far/article.html'));
      await s.waitFor(() => document.readyState === 'complete' && document.getElementById('far').hasAttribute('data-kllm-mounted'));
      await sleep(1500);
      assert.equal(await s.run(() => Boolean(document.getElementById('far').shadowRoot)), false);
      assert.deepEqual(widgetRequests(), [], 'nothing of the widget is requested at the top of the article');
      // Half a screen below the viewport, not yet in view: it starts.
      await s.run(() => {
        const top = document.getElementById('far').getBoundingClientRect().top + scrollY;
        scrollTo(0, top - innerHeight * 1.5);
      });
      const w = new Widget(s, 0);
      await w.ready();
      assert.ok(await s.run(() => document.getElementById('far').getBoundingClientRect().top > innerHeight), 'ready before it is in view');
      assert.ok(widgetRequests().includes('/kllm-widget_bg.wasm'));
      await assertClean(s);
    });

    test('strict CSP page: the script embed and the iframe work with no violation', async () => {
      await s.resize(DESKTOP.width, DESKTOP.height);
      await s.goto(server.url('/demo/csp.html'));
      const host = new Widget(s, 0);
      await host.ready();
      const r0 = await host.results();
      await s.click((await host.chip('Show global reference models')).el);
      await host.resultsChange(r0);
      await s.waitFor(() => /No Content-Security-Policy violation/.test(document.getElementById('csp-report').textContent));
      await assertClean(s, 'csp.html');
      await s.frame(await s.run(() => document.querySelector('iframe[data-kllm-frame]')));
      try {
        const framed = new Widget(s);
        await framed.ready();
        const f0 = await framed.results();
        await s.click((await framed.chip('Naver')).el);
        await framed.resultsChange(f0);
        await assertClean(s, 'the iframe');
      } finally {
        await s.top();
      }
    });

    test('iframe embed: the parent sizes the iframe to the widget page, and follows it', async () => {
      await s.resize(DESKTOP.width, DESKTOP.height);
      await s.goto(server.url('/demo/article.html'));
      await s.run(() => document.querySelector('#iframe-embed').scrollIntoView());
      const sized = () => s.waitFor(() => {
        const f = document.querySelector('#iframe-embed iframe');
        const h = Math.ceil(f.contentDocument?.documentElement.getBoundingClientRect().height ?? 0);
        return h > 0 && parseFloat(f.style.height) === h && f.contentDocument.querySelector('section.kllm[data-ready]') ? h : 0;
      }, [], { timeout: 20_000, message: 'the iframe to take the height of its page' });
      const tall = await sized();
      assert.ok(tall > 1000, `${tall} px`);
      await s.frame(await s.run(() => document.querySelector('#iframe-embed iframe')));
      try {
        const framed = new Widget(s);
        await framed.type('zzzz-no-such-model');
        await assertClean(s, 'the iframe');
      } finally {
        await s.top();
      }
      await s.waitFor((old) => parseFloat(document.querySelector('#iframe-embed iframe').style.height) < old, [tall]);
      await sized();
      await assertClean(s, 'article.html');
    });
  });
}
