// End-to-end tests of the embeds on the demo pages (static/demo/, copied to dist/demo/), in
// headless Chromium via playwright-core, against a release build in dist/ served by
// lib/server.mjs with the strict CSP header on every HTML response. Run: node --test tests/e2e/
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serve } from './lib/server.mjs';
import { openFilters } from './lib/browser.mjs';

const ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

let server;
let browser;
const offOrigin = []; // every request that left the page's own origin, from any test

before(async () => {
  assert.ok(existsSync('dist/embed.js'), 'run a release build first (trunk build --release)');
  server = await serve(undefined, { csp: true });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/// Opens a demo page (or any path) in a fresh context, recording CSP violations in every
/// frame, requests, console errors and, in the top window, the messages it receives.
async function open(path, { width = 1280, height = 900 } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'ko-KR' });
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
    if (window.top === window) {
      window.__messages = [];
      window.addEventListener('message', (e) => window.__messages.push(e.data));
    }
  });
  const page = await context.newPage();
  const errors = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(`${server.origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      offOrigin.push(url);
    }
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${server.origin}${path.startsWith('/') ? path : `/demo/${path}`}`);
  return { page, context, errors };
}

/// Waits until every script-embed host on the page shows cards.
async function widgetsReady(page) {
  await page.waitForFunction(() => {
    const hosts = [...document.querySelectorAll('[data-kllm-widget]')];
    return hosts.length > 0 && hosts.every((h) =>
      h.shadowRoot?.querySelector('.kllm-mount:not([hidden]) li:not([hidden]) > .kllm-card'));
  });
}

/// Models in the view: list items not filtered out (`hidden`). Those past the list's limit
/// count, though only the first ones carry their card until the reader lists them all.
const IN_VIEW = 'li.kllm-cards__item:not([hidden])';
const cardCount = (host) => host.locator(IN_VIEW).count();

async function violations(page) {
  const all = [];
  for (const frame of page.frames()) {
    all.push(...(await frame.evaluate(() => window.__violations ?? []).catch(() => [])));
  }
  return all;
}

describe('script embed', () => {
  for (const name of ['article', 'plain', 'hostile', 'csp', 'two']) {
    test(`renders and works on ${name}.html`, async () => {
      const { page, context, errors } = await open(`${name}.html`);
      await widgetsReady(page);
      const host = page.locator('[data-kllm-widget]').first();
      const before = await cardCount(host);
      assert.ok(before > 5, `${before} cards`);
      // Playwright's CSS locators pierce open shadow roots.
      await openFilters(host);
      await host.locator('button.kllm-chip', { hasText: /글로벌 비교 모델 함께 보기|Show global reference models/ }).click();
      await page.waitForFunction(
        ([sel, n]) => document.querySelector('[data-kllm-widget]').shadowRoot.querySelectorAll(sel).length > n,
        [IN_VIEW, before]);
      // The cards the list now shows were written empty at first (past the limit or
      // filtered out): each has its content now, title first.
      const shown = host.locator('li.kllm-cards__item:not([hidden]):not(.kllm-cards__item--more)');
      const n = await shown.count();
      assert.ok(n > 0);
      assert.equal(await shown.locator('> article.kllm-card .kllm-card__title').count(), n);
      assert.equal(await page.evaluate(() => 'wasmBindings' in window), false, 'nothing on window');
      assert.deepEqual(await violations(page), []);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test('two instances keep separate state', async () => {
    const { page, context } = await open('two.html');
    await widgetsReady(page);
    const [first, second] = [page.locator('#first [data-kllm-widget]'), page.locator('#second [data-kllm-widget]')];
    assert.equal(await second.locator('.kllm').getAttribute('lang'), 'en');
    const [a0, b0] = [await cardCount(first), await cardCount(second)];
    await openFilters(first);
    await first.locator('button.kllm-chip', { hasText: '글로벌 비교 모델 함께 보기' }).click();
    await second.locator('input[type=search]').fill('EXAONE');
    await page.waitForFunction(([sel, a0, b0]) => {
      const [a, b] = [...document.querySelectorAll('[data-kllm-widget]')].map((h) => h.shadowRoot);
      const [a1, b1] = [a.querySelectorAll(sel).length, b.querySelectorAll(sel).length];
      return a1 > a0 && b1 > 0 && b1 < b0;
    }, [IN_VIEW, a0, b0]);
    const [a1, b1] = [await cardCount(first), await cardCount(second)];
    assert.ok(a1 > a0, `first: ${a0} → ${a1}`);
    assert.ok(b1 < b0, `second: ${b0} → ${b1}`);
    assert.equal(await first.locator('input[type=search]').inputValue(), '');
    assert.equal(await second.locator('button.kllm-chip[aria-pressed=true]', { hasText: 'Show global reference models' }).count(), 0);
    await context.close();
  });

  test('works from a sub-path: embed.js finds the glue, wasm and stylesheet next to itself', async () => {
    const sub = await serve(undefined, { csp: true, prefix: '/widgets/kllm/' });
    const context = await browser.newContext({ locale: 'ko-KR' });
    const page = await context.newPage();
    const requests = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${sub.origin}/widgets/kllm/demo/plain.html`);
    await widgetsReady(page);
    for (const file of ['embed.js', 'kllm-widget.js', 'kllm-widget_bg.wasm', 'kllm.css']) {
      assert.ok(requests.includes(`/widgets/kllm/${file}`), `${file} from the sub-path: ${requests}`);
    }
    const snippet = await page.locator('[data-kllm-widget] .kllm-embed__code').nth(1).inputValue();
    assert.ok(snippet.includes(`src="${sub.origin}/widgets/kllm/embed.js"`), snippet);
    await context.close();
    await sub.close();
  });

  test('aggressive host CSS does not change the widget (screenshot against the plain page)', async () => {
    const shots = [];
    for (const name of ['plain', 'hostile']) {
      const { page, context } = await open(`${name}.html`, { width: 1280, height: 900 });
      await widgetsReady(page);
      const header = page.locator('[data-kllm-widget] .kllm-header');
      await openFilters(page.locator('[data-kllm-widget]'));
      const controls = page.locator('[data-kllm-widget] .kllm-panel');
      shots.push({
        header: (await header.screenshot()).toString('base64'),
        filters: (await controls.screenshot()).toString('base64'),
        size: await page.locator('[data-kllm-widget] .kllm').evaluate((el) => {
          const r = el.getBoundingClientRect();
          return [r.width, r.height];
        }),
      });
      await context.close();
    }
    const [plain, hostile] = shots;
    assert.deepEqual(hostile.size, plain.size, 'same widget box');
    // Pixel comparison in a blank page (no image library needed): count differing pixels.
    const context = await browser.newContext({ locale: 'ko-KR' });
    const page = await context.newPage();
    for (const part of ['header', 'filters']) {
      const diff = await page.evaluate(async ([a, b]) => {
        const load = async (s) => createImageBitmap(await (await fetch(`data:image/png;base64,${s}`)).blob());
        const [ia, ib] = [await load(a), await load(b)];
        if (ia.width !== ib.width || ia.height !== ib.height) return { size: [ia.width, ia.height, ib.width, ib.height] };
        const pixels = (img) => {
          const c = new OffscreenCanvas(img.width, img.height);
          const g = c.getContext('2d');
          g.drawImage(img, 0, 0);
          return g.getImageData(0, 0, img.width, img.height).data;
        };
        const [pa, pb] = [pixels(ia), pixels(ib)];
        let n = 0;
        for (let i = 0; i < pa.length; i += 4) {
          if (Math.abs(pa[i] - pb[i]) + Math.abs(pa[i + 1] - pb[i + 1]) + Math.abs(pa[i + 2] - pb[i + 2]) > 30) n++;
        }
        return { n, of: pa.length / 4 };
      }, [plain[part], hostile[part]]);
      assert.ok(!diff.size, `${part}: sizes differ ${diff.size}`);
      assert.ok(diff.n / diff.of < 0.001, `${part}: ${diff.n} of ${diff.of} pixels differ`);
    }
    await context.close();
  });
});

describe('strict CSP', () => {
  test('no violation on csp.html (meta policy + header policy), in the page or its iframe', async () => {
    const { page, context, errors } = await open('csp.html');
    await widgetsReady(page);
    const frame = page.frameLocator('iframe[data-kllm-frame]');
    await frame.locator('li:not([hidden]) > .kllm-card').first().waitFor();
    // Use it: filter, open the embed code, copy.
    const host = page.locator('[data-kllm-widget]');
    await openFilters(host);
    await host.locator('.kllm-panel button.kllm-chip').first().click();
    await host.locator('.kllm-embed > summary').click();
    await host.locator('.kllm-embed button').first().click();
    await openFilters(frame);
    await frame.locator('.kllm-panel button.kllm-chip').first().click();
    await page.waitForTimeout(300);
    assert.deepEqual(await violations(page), []);
    assert.match(await page.locator('#csp-report').textContent(), /No Content-Security-Policy violation/);
    assert.equal(await page.locator('[data-kllm-widget] [style]').count(), 0, 'no style attributes');
    assert.equal(await frame.locator('[style]').count(), 0, 'no style attributes in the iframe');
    assert.deepEqual(errors, []);

    // The listener works: an inline script is reported.
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'void 0';
      document.body.append(s);
    });
    await page.waitForFunction(() => window.__violations.length > 0);
    await context.close();
  });
});

describe('iframe embed', () => {
  const heights = (messages, id) => ({
    pym: messages.filter((m) => typeof m === 'string' && m.startsWith(`pymxPYMx${id}xPYMxheightxPYMx`))
      .map((m) => Number(m.split('xPYMx').pop())),
    amp: messages.filter((m) => m?.sentinel === 'amp' && m.type === 'embed-size').map((m) => m.height),
    datawrapper: messages.filter((m) => m?.['datawrapper-height']?.[id] !== undefined)
      .map((m) => m['datawrapper-height'][id]),
  });

  test('the parent receives all three height messages and resizes the iframe', async () => {
    const { page, context } = await open('article.html', { width: 1280 });
    const iframe = page.locator('#iframe-embed iframe');
    await iframe.scrollIntoViewIfNeeded();
    const frame = page.frameLocator('#iframe-embed iframe');
    await frame.locator('li:not([hidden]) > .kllm-card').first().waitFor();
    const childHeight = () => frame.locator('html').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    await page.waitForFunction(async () => {
      const f = document.querySelector('#iframe-embed iframe');
      return parseFloat(f.style.height) === Math.ceil(f.contentDocument.documentElement.getBoundingClientRect().height);
    });
    const h = await childHeight();
    assert.ok(h > 1000, `child height ${h}`);
    const got = heights(await page.evaluate(() => window.__messages), 'kllm-article');
    for (const [dialect, list] of Object.entries(got)) {
      assert.ok(list.includes(h), `${dialect}: ${list} lacks ${h}`);
    }
    assert.equal(await iframe.evaluate((f) => f.getBoundingClientRect().height), h);
    assert.equal(await frame.locator('html').evaluate((el) => el.scrollHeight <= innerHeight), true, 'no inner scroll');

    // Content changes size: filtering to nothing shrinks it, and the iframe follows.
    await frame.locator('input[type=search]').fill('zzzz-no-such-model');
    await page.waitForFunction((old) => parseFloat(document.querySelector('#iframe-embed iframe').style.height) < old, h);
    const smaller = await childHeight();
    assert.equal(await iframe.evaluate((f) => parseFloat(f.style.height)), smaller);
    await context.close();
  });

  test('an iframe hidden in a collapsed section is measured when it becomes visible', async () => {
    const { page, context } = await open('article.html', { width: 375, height: 800 });
    await page.locator('#hidden-tab summary').click();
    const frame = page.frameLocator('#hidden-tab iframe');
    await frame.locator('li:not([hidden]) > .kllm-card').first().waitFor();
    await page.waitForFunction(() => {
      const f = document.querySelector('#hidden-tab iframe');
      const h = Math.ceil(f.contentDocument.documentElement.getBoundingClientRect().height);
      return h > 1000 && parseFloat(f.style.height) === h;
    });
    await context.close();
  });

  test('the widget page follows ?theme= and ?transparent=1 with a transparent body', async () => {
    const { page, context } = await open('/en/index.html?theme=dark&transparent=1&childId=x');
    // The prerendered default view is on screen first; the options apply once the app runs.
    await page.locator('.kllm[data-ready].kllm--theme-dark').waitFor();
    const s = await page.evaluate(() => {
      const root = document.querySelector('.kllm');
      const bg = (el) => getComputedStyle(el).backgroundColor;
      return {
        classes: root.className,
        lang: root.getAttribute('lang'),
        root: bg(root),
        body: bg(document.body),
        html: bg(document.documentElement),
        margin: getComputedStyle(document.body).margin,
        card: bg(document.querySelector('.kllm-card')),
      };
    });
    assert.match(s.classes, /kllm--theme-dark/);
    assert.match(s.classes, /kllm--transparent/);
    assert.equal(s.lang, 'en');
    for (const k of ['root', 'body', 'html']) assert.equal(s[k], 'rgba(0, 0, 0, 0)', k);
    assert.equal(s.margin, '0px');
    assert.equal(s.card, 'rgb(32, 35, 39)', 'dark card');
    assert.deepEqual(await violations(page), []);
    // Not framed: no height messages.
    assert.deepEqual(await page.evaluate(() => window.__messages), []);
    await context.close();
  });

  test('without ?theme= it follows prefers-color-scheme', async () => {
    const { page, context } = await open('/index.html');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.locator('li:not([hidden]) > .kllm-card').first().waitFor();
    const bg = await page.evaluate(() => getComputedStyle(document.querySelector('.kllm')).backgroundColor);
    assert.equal(bg, 'rgb(22, 24, 27)');
    await context.close();
  });
});

test('no request leaves the page origin', () => {
  assert.deepEqual(offOrigin, []);
});
