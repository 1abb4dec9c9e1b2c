// First paint without waiting for the wasm (issue 7): the built dist/index.html carries the
// prerendered widget (checked in the file itself), a reader without JavaScript reads every
// card, and with JavaScript the app hydrates that HTML without errors or warnings and works.
// Run after a release build: node --test tests/e2e/
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serve } from './lib/server.mjs';
import { CARD, openFilters } from './lib/browser.mjs';

const ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

const data = JSON.parse(readFileSync('data/models.json', 'utf8'));
// The default view: every Korean model, everything to date, no global references.
const defaultView = data.models.filter((m) => !m.reference);
const escape = (s) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

describe('dist/index.html as built', () => {
  const html = readFileSync('dist/index.html', 'utf8');

  test('names every model of the default view, in a card', () => {
    for (const m of defaultView) {
      assert.ok(html.includes(`id="kllm-card-${m.id}"`), `no card for ${m.id}`);
      assert.ok(html.includes(escape(m.name.ko)), `no name for ${m.id}`);
    }
    assert.equal(html.match(/<article /g)?.length, defaultView.length);
  });

  test('carries the footer sources and the data links', () => {
    const article = data.sources.find((s) => s.id === data.article.source);
    assert.ok(html.includes(`href="${escape(article.url)}"`), 'the article link');
    for (const id of data.background) {
      const s = data.sources.find((x) => x.id === id);
      assert.ok(html.includes(escape(s.url)), `background source ${id}`);
    }
    assert.ok(html.includes('href="kllm-models.csv"') && html.includes('href="kllm-models.json"'));
    const csv = readFileSync('dist/kllm-models.csv', 'utf8');
    assert.ok(csv.startsWith('\ufeff'), 'the CSV starts with a byte order mark');
    assert.equal(csv.trimEnd().split('\r\n').length, data.models.length + 1);
  });

  test('has the chart and its table alternative, and no inline script', () => {
    assert.ok(html.includes('<svg') && html.includes('<table'), 'chart and table');
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].filter((m) => m[1].trim());
    assert.deepEqual(inline, [], 'inline scripts');
  });

  test('ships a paste-in snippet with the same content', () => {
    const snippet = readFileSync('dist/kllm-snippet.html', 'utf8');
    assert.ok(snippet.startsWith('<div data-kllm-widget>'));
    for (const m of defaultView) assert.ok(snippet.includes(`id="kllm-card-${m.id}"`), m.id);
  });
});

describe('in a browser', () => {
  let server;
  let browser;
  before(async () => {
    server = await serve();
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('without JavaScript a reader sees and opens every card, reads the table and a note; no dead controls', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 812 }, locale: 'ko-KR' });
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    const cards = page.locator('li.kllm-cards__item:not([hidden]) > article.kllm-card');
    assert.equal(await cards.count(), defaultView.length);
    // Every card opens natively (<details>) to its numbered sources.
    for (let i = 0; i < defaultView.length; i++) {
      const card = cards.nth(i);
      assert.ok(await card.isVisible(), `card ${i} is visible`);
      await card.locator('summary').click();
      assert.ok(await card.locator('.kllm-card__refs a').first().isVisible(), `card ${i} shows its sources`);
    }
    assert.ok(await page.locator('.kllm-nojs-note').isVisible(), 'the no-JavaScript note');
    for (const dead of ['.kllm-toolbar__bar', '.kllm-panel', '.kllm-pin', '.kllm-share', '.kllm-chart__controls', '.kllm-cards__more', '.kllm-header__lang']) {
      assert.equal(await page.locator(dead).first().isVisible(), false, `${dead} is hidden`);
    }
    await page.locator('.kllm-footer__data > summary').click();
    assert.ok(await page.locator('a[href="kllm-models.csv"]').isVisible(), 'the data link works without JS');
    await context.close();
  });

  test('with JavaScript it hydrates without errors or warnings, and works', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 }, locale: 'ko-KR' });
    const page = await context.newPage();
    const problems = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await page.goto(`${server.origin}/`);
    // The root says when the app has taken over the prerendered HTML.
    await page.waitForSelector('.kllm[data-ready]');
    await openFilters(page);
    const chip = page.locator('button.kllm-chip', { hasText: '가중치 공개' });
    const count = Number((await chip.textContent()).match(/\((\d+)\)/)[1]);
    await chip.click();
    // The cards of the view (hidden: filtered out), whether or not past the list's limit.
    await page.waitForFunction((n) => document.querySelectorAll('li:not([hidden]) > article.kllm-card').length === n, count);
    assert.equal(await page.locator('.kllm').count(), 1, 'hydrated in place, not duplicated');
    await page.waitForFunction(() => /access=open_weights/.test(location.hash), null, { timeout: 2000 });
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('an English-speaking browser gets English after hydration; Korean ones keep Korean', async () => {
    for (const [locale, lang] of [['en-US', 'en'], ['ko-KR', 'ko'], ['ja-JP', 'ko']]) {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto(`${server.origin}/`);
      await page.waitForSelector('.kllm[data-ready]');
      assert.equal(await page.locator('.kllm').getAttribute('lang'), lang, locale);
      await context.close();
    }
  });

  test('a share link over the prerendered default applies after hydration', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    await page.goto(`${server.origin}/?lang=en#v=1&q=%EC%97%91%EC%82%AC%EC%9B%90`);
    await page.waitForFunction(() => document.querySelector('.kllm')?.getAttribute('lang') === 'en');
    const titles = await page.locator(`${CARD} .kllm-card__title`).allTextContents();
    assert.ok(titles.length > 0 && titles.every((t) => t.includes('EXAONE')), titles.join(', '));
    assert.deepEqual(problems, []);
    await context.close();
  });
});
