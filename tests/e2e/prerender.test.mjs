// First paint without waiting for the wasm (issue 7), light on the article (issue 24): the
// built pages carry the prerendered default view (checked in the files themselves) — its
// first cards whole, the rest one link away on the catalogue page, which has every card and
// table; a reader without JavaScript opens every card there; with JavaScript the app hydrates
// the page without errors or warnings and works; each language has its page, English from
// the first paint. Run after a release build: node --test tests/e2e/
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
// The cards the default view shows before "show all" (state::CARD_LIMIT).
const FIRST = 6;
const escape = (s) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const cardIds = (html) => [...html.matchAll(/<article [^>]*aria-labelledby="kllm-card-([^"]+)"/g)].map((m) => m[1]);

for (const [page, lang] of [['', 'ko'], ['en/', 'en']]) {
  describe(`dist/${page}index.html and dist/${page}catalogue.html as built`, () => {
    const html = readFileSync(`dist/${page}index.html`, 'utf8');
    const catalogue = readFileSync(`dist/${page}catalogue.html`, 'utf8');

    test('the page is in its language from the first byte', () => {
      assert.match(html, new RegExp(`<html lang="${lang}"`));
      assert.match(html, new RegExp(`<section [^>]*lang="${lang}"`));
      assert.match(catalogue, new RegExp(`<html lang="${lang}"`));
    });

    test('the page carries the first cards whole, a list item for every other model of the view, and "show all" links to the catalogue', () => {
      const whole = cardIds(html);
      assert.equal(whole.length, FIRST, whole.join(', '));
      assert.equal(html.match(/<li class="kllm-cards__item[^"]*" data-m="\d+"/g)?.length, defaultView.length);
      assert.match(html, /<a class="[^"]*kllm-cards__more"[^>]* href="catalogue\.html"|<a [^>]*href="catalogue\.html"[^>]*kllm-cards__more/);
    });

    test('the catalogue names every model, in a card with its anchor, every card open, and has no script', () => {
      const ids = cardIds(catalogue);
      assert.equal(ids.length, data.models.length);
      for (const m of data.models) {
        assert.ok(ids.includes(m.id), `no card for ${m.id}`);
        assert.ok(catalogue.includes(escape(m.name[lang])), `no name for ${m.id}`);
      }
      assert.equal(catalogue.match(/<details class="kllm-card__details" open>/g)?.length, data.models.length);
      assert.doesNotMatch(catalogue, /<script/);
    });

    test('carries the footer sources and the data links', () => {
      const article = data.sources.find((s) => s.id === data.article.source);
      assert.ok(html.includes(`href="${escape(article.url)}"`), 'the article link');
      for (const id of data.background) {
        const s = data.sources.find((x) => x.id === id);
        assert.ok(html.includes(escape(s.url)), `background source ${id}`);
      }
      const up = page ? '../' : '';
      assert.ok(html.includes(`href="${up}kllm-models.csv"`) && html.includes(`href="${up}kllm-models.json"`));
    });

    test('has the chart, a link to its tables on the catalogue, which has them, and no inline script', () => {
      assert.ok(html.includes('<svg'), 'chart');
      assert.ok(html.includes('href="catalogue.html#kllm-gap-mmlu"'), 'the link to the tables');
      assert.ok(catalogue.includes('id="kllm-gap"') && catalogue.includes('<table'), 'the tables on the catalogue');
      const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].filter((m) => m[1].trim());
      assert.deepEqual(inline, [], 'inline scripts');
    });

    test('ships a paste-in snippet with the same content', () => {
      const snippet = readFileSync(`dist/${page}kllm-snippet.html`, 'utf8');
      assert.ok(snippet.startsWith('<div data-kllm-widget'));
      assert.deepEqual(cardIds(snippet), cardIds(html));
    });
  });
}

test('the data files: a CSV with a byte order mark and one row per model', () => {
  const csv = readFileSync('dist/kllm-models.csv', 'utf8');
  assert.ok(csv.startsWith('\ufeff'), 'the CSV starts with a byte order mark');
  assert.equal(csv.trimEnd().split('\r\n').length, data.models.length + 1);
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

  test('without JavaScript a reader sees the first cards, and every card one link away on the catalogue, where each opens; no dead controls', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 812 }, locale: 'ko-KR' });
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    const first = page.locator('li.kllm-cards__item:not([hidden]) > article.kllm-card');
    assert.equal(await first.count(), FIRST);
    for (let i = 0; i < FIRST; i++) {
      const card = first.nth(i);
      assert.ok(await card.isVisible(), `card ${i} is visible`);
      await card.locator('summary').click();
      assert.ok(await card.locator('.kllm-card__refs a').first().isVisible(), `card ${i} shows its sources`);
    }
    assert.ok(await page.locator('.kllm-nojs-note').isVisible(), 'the no-JavaScript note');
    for (const dead of ['.kllm-toolbar__bar', '.kllm-panel', '.kllm-pin', '.kllm-share', '.kllm-chart__controls', '.kllm-header__lang']) {
      assert.equal(await page.locator(dead).first().isVisible(), false, `${dead} is hidden`);
    }
    await page.locator('.kllm-footer__data > summary').click();
    assert.ok(await page.locator('a[href="kllm-models.csv"]').isVisible(), 'the data link works without JS');
    // "Show all" is a plain link: to the catalogue, where every card is open with its sources.
    await page.locator('a.kllm-cards__more').click();
    await page.waitForURL(/\/catalogue\.html$/);
    const all = page.locator('article.kllm-card');
    assert.equal(await all.count(), data.models.length);
    for (const m of defaultView) {
      const card = page.locator(`#kllm-card-${m.id}`);
      await card.scrollIntoViewIfNeeded();
      assert.ok(await card.isVisible(), `${m.id} is visible`);
    }
    assert.ok(await page.locator('article.kllm-card .kllm-card__refs a').last().isVisible(), 'the last card shows its sources');
    // The table alternative of the chart, and the way back.
    await page.goto(`${server.origin}/`);
    await page.locator('.kllm-chart__table-alt:has(.kllm-chart__table-elsewhere) > summary').click();
    await page.locator('.kllm-chart__table-elsewhere a').click();
    await page.waitForURL(/\/catalogue\.html#kllm-gap-mmlu$/);
    assert.ok(await page.locator('#kllm-gap-mmlu table').first().isVisible(), 'the gap table of the benchmark on screen');
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
    // The models of the view (hidden: filtered out), whether or not past the list's limit;
    // the first ones shown whole.
    await page.waitForFunction((n) => document.querySelectorAll('li.kllm-cards__item:not([hidden])').length === n, count);
    assert.equal(await page.locator(CARD).count(), Math.min(count, FIRST));
    assert.equal(await page.locator('.kllm').count(), 1, 'hydrated in place, not duplicated');
    await page.waitForFunction(() => /access=open_weights/.test(location.hash), null, { timeout: 2000 });
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('with JavaScript "show all" lists every card in place; with a modifier key it opens the catalogue in a new tab', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'ko-KR' });
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    await page.waitForSelector('.kllm[data-ready]');
    const link = page.locator('a.kllm-cards__more');
    const [tab] = await Promise.all([context.waitForEvent('page'), link.click({ modifiers: ['ControlOrMeta'] })]);
    await tab.waitForLoadState();
    assert.match(tab.url(), /\/catalogue\.html$/);
    assert.equal(await tab.locator('article.kllm-card').count(), data.models.length);
    await tab.close();
    assert.equal(new URL(page.url()).pathname, '/', 'the widget page stayed');
    assert.equal(await page.locator(CARD).count(), FIRST, 'the list is still cut');
    await link.click();
    await page.locator('button.kllm-cards__more[aria-expanded=true]').waitFor();
    assert.equal(new URL(page.url()).pathname, '/', 'taken in place');
    assert.equal(await page.locator(CARD).count(), defaultView.length);
    assert.equal(await page.locator(`${CARD} .kllm-card__title`).count(), defaultView.length, 'every card written');
    await context.close();
  });

  test('each page stays in its language whatever the browser speaks; a link asking for the other goes to its page first', async () => {
    for (const [locale, path, lang] of [
      ['en-US', '/', 'ko'], ['ko-KR', '/', 'ko'], ['ja-JP', '/', 'ko'],
      ['ko-KR', '/en/', 'en'], ['en-US', '/en/', 'en'],
      ['ko-KR', '/?lang=en', 'en'], ['en-US', '/en/?lang=ko', 'ko'],
    ]) {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      const problems = [];
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      await page.goto(`${server.origin}${path}`);
      await page.waitForSelector('.kllm[data-ready]');
      const where = `${locale} ${path}`;
      assert.equal(await page.locator('.kllm').getAttribute('lang'), lang, where);
      assert.equal(new URL(page.url()).pathname, lang === 'en' ? '/en/' : '/', where);
      // It hydrated its own page: the first card written in the page is the one shown.
      assert.equal(await page.locator(CARD).count(), FIRST, where);
      assert.deepEqual(problems, [], where);
      await context.close();
    }
  });

  test('a share link over the prerendered default applies after hydration', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    for (const link of ['/?lang=en#v=1&q=%EC%97%91%EC%82%AC%EC%9B%90', '/#v=2&q=%EC%97%91%EC%82%AC%EC%9B%90&lang=en']) {
      await page.goto(`${server.origin}${link}`);
      await page.waitForSelector('.kllm[data-ready][lang=en]');
      assert.equal(new URL(page.url()).pathname, '/en/', `${link}: the English page`);
      await page.waitForFunction((card) => /EXAONE/.test(document.querySelector(`${card} .kllm-card__title`)?.textContent ?? ''), CARD);
      const titles = await page.locator(`${CARD} .kllm-card__title`).allTextContents();
      assert.ok(titles.length > 0 && titles.every((t) => t.includes('EXAONE')), `${link}: ${titles.join(', ')}`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
});
