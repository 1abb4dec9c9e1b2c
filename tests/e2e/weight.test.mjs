// What the article pays (issue 24), in headless Chromium against the release build in dist/,
// every page under the strict CSP:
//
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
/** A phone's window: the readers this is for. */
const PHONE = { width: 390, height: 844 };

let server;
let browser;
before(async () => {
  server = await serve(DIST, { csp: true });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
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
