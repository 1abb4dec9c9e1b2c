// The widget survives a hostile page: localStorage that throws on access (blocked
// third-party storage), and a sandboxed iframe.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './lib/server.mjs';
import { chip, launch, openFilters, openPage, status, statusChange, widgetReady } from './lib/browser.mjs';

const HOST = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>host</title></head>
<body><iframe title="kllm" sandbox="allow-scripts allow-downloads" src="/" width="400" height="900"></iframe></body></html>`;

let server;
let browser;
before(async () => {
  server = await serve(undefined, { cors: true, extra: { '/sandbox-host.html': { body: HOST, type: 'text/html; charset=utf-8' } } });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('blocked localStorage: the widget renders and filters, with no error', async () => {
  const page = await openPage(browser, server.origin, { path: null });
  try {
    await page.addInitScript(() => {
      const blocked = () => { throw new DOMException('The operation is insecure.', 'SecurityError'); };
      Object.defineProperty(window, 'localStorage', { get: blocked, configurable: true });
      Object.defineProperty(window, 'sessionStorage', { get: blocked, configurable: true });
    });
    await page.goto(server.url('/'));
    await widgetReady(page);
    const s = await status(page);
    await (await chip(page, '네이버')).locator.click();
    await statusChange(page, s);
    assert.deepEqual(page.kllm.problems, []);
  } finally {
    await page.context().close();
  }
});

test('sandboxed iframe (allow-scripts only, opaque origin): the widget renders and filters', async (t) => {
  const page = await openPage(browser, server.origin, { path: '/sandbox-host.html', ready: false });
  try {
    const frame = page.frameLocator('iframe');
    const loaded = await frame.locator('li:not([hidden]) > article.kllm-card').first().waitFor({ timeout: 10_000 }).then(() => true, () => false);
    assert.ok(loaded, `widget did not render in a sandboxed iframe: ${page.kllm.problems.join('; ')}`);
    const statusLine = frame.locator('.kllm p.kllm-results');
    const before = await statusLine.textContent();
    await openFilters(frame);
    await frame.locator('button.kllm-chip', { hasText: /^네이버\s?\(/ }).click();
    await assert.doesNotReject(() => page.waitForFunction(() => true));
    assert.notEqual(await statusLine.textContent(), before);
    assert.deepEqual(page.kllm.problems, []);
  } finally {
    await page.context().close();
  }
});
