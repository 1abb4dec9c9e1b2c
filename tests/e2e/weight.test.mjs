// What the article pays (issue 24), in headless Chromium against the release build in dist/,
// every page under the strict CSP:
//
// - Nothing until near: a script embed 9,000 px down an article requests nothing of the widget
//   (no wasm, no glue, no stylesheet) while the reader is far from it, also at two and a half
//   screens; half a screen away it starts and becomes ready before it is in view. A host
//   already in view starts at once; hosts added later follow the same rule; without
//   IntersectionObserver every host starts at once.
// - The size check (bench/size.mjs) measures what Chromium loads and builds: the stylesheets a
//   reader's browser requests before any script are the ones it counts, and its element count
//   of the prerendered page is the number of elements Chromium's parser makes of it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, ROOT } from './lib/server.mjs';
import { launch, openPage } from './lib/browser.mjs';
import { countElements, firstPaintFiles } from '../../bench/size.mjs';

const DIST = process.env.KLLM_DIST || join(ROOT, 'dist');
const HTML = 'text/html; charset=utf-8';
/** A phone's window: the readers this is for. */
const PHONE = { width: 390, height: 844 };
/** What a host's widget loads once it starts (the glue is a file of its own in dist/). */
const WIDGET_FILES = ['/kllm-widget_bg.wasm', '/kllm-widget.js', '/kllm.css'];

/** An article page: `before` and `after` the 9,000 px of story, then embed.js. */
const article = (title, { before = '', after = '' } = {}) => ({
  type: HTML,
  body: `<!doctype html><html lang="ko"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/weight/article.css"></head>
<body><h1>${title}</h1>${before}<div class="story"></div>${after}<script type="module" src="/embed.js"></script></body></html>`,
});

const PAGES = {
  '/weight/article.css': { type: 'text/css; charset=utf-8', body: 'body { margin: 0; } .story { height: 9000px; }' },
  '/weight/far.html': article('far', { after: '<div data-kllm-widget id="far"></div>' }),
  '/weight/in-view.html': article('in view', { before: '<div data-kllm-widget id="top"></div>' }),
  '/weight/later.html': article('hosts added later'),
};

let server;
let browser;
before(async () => {
  server = await serve(DIST, { csp: true, extra: PAGES });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens `path` on a phone; returns the page and the widget files it requested so far. */
async function open(path, { init } = {}) {
  const page = await openPage(browser, server.origin, { path: null, viewport: PHONE });
  if (init) await page.addInitScript(init);
  await page.goto(server.url(path));
  await page.waitForLoadState('load');
  const widgetRequests = () => page.kllm.requests.map((u) => new URL(u).pathname).filter((p) => WIDGET_FILES.includes(p));
  return { page, widgetRequests };
}

/** Waits until the host `id` runs the widget (hydrated state, cards drawn). */
const ready = (page, id) => page.waitForFunction(
  (id) => document.getElementById(id)?.shadowRoot?.querySelector('.kllm[data-ready] article.kllm-card'),
  id, { timeout: 20_000 });

/** Scrolls so that the top of host `id` is `screens` viewport heights below the viewport's
 *  bottom edge, and lets the observer run. */
async function scrollToBelow(page, id, screens) {
  await page.evaluate(([id, screens]) => {
    const top = document.getElementById(id).getBoundingClientRect().top + scrollY;
    scrollTo(0, top - innerHeight * (1 + screens));
  }, [id, screens]);
  // Two frames and a moment: the observer reports at the next rendering update.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForTimeout(500);
}

/** Where host `id` is: claimed by embed.js, mounted (a shadow root), and its top edge
 *  relative to the viewport's bottom in screens. */
const hostState = (page, id) => page.evaluate((id) => {
  const h = document.getElementById(id);
  return {
    claimed: h.hasAttribute('data-kllm-mounted'),
    mounted: Boolean(h.shadowRoot),
    below: (h.getBoundingClientRect().top - innerHeight) / innerHeight,
  };
}, id);

describe('nothing until near', () => {
  test('a script embed 9,000 px down the article loads nothing until the reader comes within a screen of it', async () => {
    const { page, widgetRequests } = await open('/weight/far.html');
    try {
      await page.waitForTimeout(1500);
      const far = await hostState(page, 'far');
      assert.ok(far.below > 9, `the host is ${far.below.toFixed(1)} screens down`);
      assert.equal(far.claimed, true, 'embed.js ran and took the host');
      assert.equal(far.mounted, false);
      assert.deepEqual(widgetRequests(), [], 'nothing of the widget is requested at the top of the article');

      // Two and a half screens away: still nothing.
      await scrollToBelow(page, 'far', 2.5);
      assert.equal((await hostState(page, 'far')).mounted, false);
      assert.deepEqual(widgetRequests(), [], 'nothing at two and a half screens');

      // Half a screen away, not yet in view: it starts, and is ready before the reader gets there.
      await scrollToBelow(page, 'far', 0.5);
      await ready(page, 'far');
      const near = await hostState(page, 'far');
      assert.ok(near.below > 0, `still below the viewport (${near.below.toFixed(2)} screens)`);
      const wasm = widgetRequests().filter((p) => p === '/kllm-widget_bg.wasm');
      assert.equal(wasm.length, 1, `the wasm once: ${widgetRequests()}`);
      assert.ok(widgetRequests().includes('/kllm-widget.js'), 'the glue');
      assert.deepEqual(page.kllm.problems, []);
    } finally {
      await page.context().close();
    }
  });

  test('a host already in view starts at once', async () => {
    const { page, widgetRequests } = await open('/weight/in-view.html');
    try {
      await ready(page, 'top');
      assert.equal(await page.evaluate(() => scrollY), 0, 'without scrolling');
      assert.ok(widgetRequests().includes('/kllm-widget_bg.wasm'));
      assert.deepEqual(page.kllm.problems, []);
    } finally {
      await page.context().close();
    }
  });

  test('hosts added later start by the same rule', async () => {
    const { page, widgetRequests } = await open('/weight/later.html');
    try {
      // A host appended at the end of the story (9,000 px down): taken, not started.
      await page.evaluate(() => {
        const h = document.createElement('div');
        h.id = 'late-far';
        h.setAttribute('data-kllm-widget', '');
        document.body.append(h);
      });
      await page.waitForFunction(() => document.getElementById('late-far').hasAttribute('data-kllm-mounted'));
      await page.waitForTimeout(1000);
      assert.equal((await hostState(page, 'late-far')).mounted, false);
      assert.deepEqual(widgetRequests(), []);

      // One added in view starts at once; the far one still waits.
      await page.evaluate(() => {
        const h = document.createElement('div');
        h.id = 'late-top';
        h.setAttribute('data-kllm-widget', '');
        document.querySelector('h1').after(h);
      });
      await ready(page, 'late-top');
      assert.equal((await hostState(page, 'late-far')).mounted, false, 'the far host waits');

      await scrollToBelow(page, 'late-far', 0.5);
      await ready(page, 'late-far');
      // Two instances, one module: the wasm was fetched once.
      assert.equal(widgetRequests().filter((p) => p === '/kllm-widget_bg.wasm').length, 1);
      assert.deepEqual(page.kllm.problems, []);
    } finally {
      await page.context().close();
    }
  });

  test('without IntersectionObserver every host starts at once', async () => {
    const { page } = await open('/weight/far.html', { init: () => { delete window.IntersectionObserver; } });
    try {
      await ready(page, 'far');
      assert.equal(await page.evaluate(() => scrollY), 0);
      assert.ok((await hostState(page, 'far')).below > 9);
      assert.deepEqual(page.kllm.problems, []);
    } finally {
      await page.context().close();
    }
  });
});

describe('the size check measures what Chromium loads and builds', () => {
  test('the stylesheets a browser requests before any script are the ones the check counts', async () => {
    const page = await openPage(browser, server.origin, { path: null, viewport: PHONE });
    try {
      const css = [];
      page.on('request', (r) => { if (r.resourceType() === 'stylesheet') css.push(new URL(r.url()).pathname.slice(1)); });
      await page.goto(server.url('/'));
      await page.waitForLoadState('load');
      const counted = firstPaintFiles(DIST).filter((f) => f.endsWith('.css'));
      assert.deepEqual([...css].sort(), [...counted].sort());
      assert.ok(firstPaintFiles(DIST).includes('index.html'));
    } finally {
      await page.context().close();
    }
  });

  test("the element count of the prerendered page is the number of elements Chromium's parser makes", async () => {
    // Without JavaScript: nothing adds or removes elements, and <noscript>'s content is parsed
    // as elements, as the counter counts it.
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(server.url('/'));
      const parsed = await page.evaluate(() => document.getElementsByTagName('*').length);
      const counted = countElements(readFileSync(join(DIST, 'index.html'), 'utf8'));
      assert.ok(counted > 50, `${counted} elements`);
      assert.equal(counted, parsed);
    } finally {
      await context.close();
    }
  });
});
