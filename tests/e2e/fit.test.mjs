// Fits the article (issue 12): on the release build, the default view answers the story in
// the first screen and stays short — in the widget page and in the article demo's
// auto-height iframe — with every model one or two taps away, for readers with and without
// JavaScript. Also writes screens of the default view to docs/screens/ (linked from the
// README) so anyone can look at the layout.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/server.mjs';
import { CARD, showAllCards, status, suite } from './lib/browser.mjs';

/** The height goals, in CSS pixels (issue 12). */
const GOALS = {
  pageAt390: 2100,
  storyTopAt390: 700,
  iframeAt390: 2500,
  iframeAt1280: 1600,
};
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

const env = suite({ before, after }, assert);
const { withPage } = env;

/** Layout figures of the widget page: its height and where the chart and first card start. */
const figures = (page) => page.evaluate((card) => {
  const top = (el) => (el ? Math.round(el.getBoundingClientRect().top + scrollY) : Infinity);
  return {
    height: document.documentElement.scrollHeight,
    chart: top(document.querySelector('.kllm-chart svg')),
    card: top(document.querySelector(card)),
  };
}, CARD);

/** The article demo's auto-height iframe, once its height follows its content. */
async function articleFrame(page) {
  const iframe = page.locator('#iframe-embed iframe');
  await iframe.scrollIntoViewIfNeeded();
  const frame = page.frameLocator('#iframe-embed iframe');
  await frame.locator('.kllm[data-ready]').waitFor({ timeout: 20_000 });
  await page.waitForFunction(() => {
    const f = document.querySelector('#iframe-embed iframe');
    const h = Math.ceil(f.contentDocument.documentElement.getBoundingClientRect().height);
    return h > 0 && parseFloat(f.style.height) === h;
  });
  return { iframe, frame, height: () => iframe.evaluate((f) => parseFloat(f.style.height)) };
}

describe('the default view fits a phone and an article', () => {
  test(`at 390×844 the page is at most ${GOALS.pageAt390} px tall and the story starts above ${GOALS.storyTopAt390} px`, () => withPage({ viewport: PHONE }, async (page) => {
    const f = await figures(page);
    console.log(`# fit 390×844: page ${f.height} px, chart at ${f.chart} px, first card at ${f.card} px`);
    assert.ok(f.height <= GOALS.pageAt390, `page ${f.height} px`);
    assert.ok(Math.min(f.chart, f.card) <= GOALS.storyTopAt390, `chart at ${f.chart}, first card at ${f.card}`);
    // The result line counts the whole set while the list shows its first cards.
    const s = await status(page);
    assert.equal(s.shown, s.total);
    assert.ok((await page.locator(CARD).count()) < s.total);
  }));

  test('at 1280×800 the chart starts in the first screen and the page stays short', () => withPage({ viewport: DESKTOP }, async (page) => {
    const f = await figures(page);
    console.log(`# fit 1280×800: page ${f.height} px, chart at ${f.chart} px, first card at ${f.card} px`);
    assert.ok(f.chart <= DESKTOP.height / 2, `chart at ${f.chart}`);
    assert.ok(f.height <= GOALS.iframeAt1280, `page ${f.height} px`);
  }));

  for (const [width, goal] of [[390, GOALS.iframeAt390], [1280, GOALS.iframeAt1280]]) {
    test(`the article demo's iframe is at most ${goal} px tall at ${width} px, and grows when every card is shown`, () => withPage({ viewport: { width, height: 844 }, path: '/demo/article.html', ready: false }, async (page) => {
      const { frame, height } = await articleFrame(page);
      const compact = await height();
      console.log(`# fit article iframe at ${width} px: ${compact} px`);
      assert.ok(compact <= goal, `iframe ${compact} px`);
      // "Show all" lists every card of the view and the parent is told the new height.
      const { total } = await status(frame);
      await showAllCards(frame);
      assert.equal(await frame.locator(CARD).count(), total);
      await page.waitForFunction((h) => parseFloat(document.querySelector('#iframe-embed iframe').style.height) > h, compact);
      const grown = await height();
      const child = await frame.locator('html').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
      assert.equal(grown, child, 'the iframe follows its page');
      // Opening the filter panel is reported too.
      await frame.locator('.kllm-toolbar__filter').click();
      await page.waitForFunction((h) => parseFloat(document.querySelector('#iframe-embed iframe').style.height) > h, grown);
    }));
  }
});

describe('every model is one or two taps from its sources', () => {
  test('each card opens to its numbered sources with a tap and with the keyboard', () => withPage({ viewport: PHONE }, async (page) => {
    const { total } = await status(page);
    const first = await page.locator(CARD).count();
    // Cards past the list's limit: one tap lists them (so any card is at most two taps away).
    await showAllCards(page);
    const cards = page.locator(CARD);
    assert.equal(await cards.count(), total);
    for (let i = 0; i < total; i++) {
      const card = cards.nth(i);
      const refs = card.locator('.kllm-card__refs a').first();
      if (i % 2 === 0) {
        await card.locator('summary').click();
      } else {
        await card.locator('summary').focus();
        await page.keyboard.press(i % 4 === 1 ? 'Enter' : 'Space');
      }
      await refs.waitFor({ state: 'visible' });
      assert.ok(await card.locator('.kllm-card__provenance li').count() > 0, `card ${i}`);
    }
    assert.ok(first < total, `the list was cut (${first} of ${total})`);
  }));

  test('a share link with open cards and every card listed reopens the same view', () => withPage({ viewport: PHONE }, async (page) => {
    await showAllCards(page);
    const cards = page.locator(CARD);
    const n = await cards.count();
    // One card near the end (past the first screenful) and one at the top.
    for (const i of [n - 2, 0]) await cards.nth(i).locator('summary').click();
    // The timeline (the default view is the gap view), with every row.
    await page.locator('.kllm-chart__switch').first().getByRole('radio', { name: '공개 시점', exact: true }).click();
    await page.locator('.kllm-chart__more button').click();
    await page.waitForFunction(() => /open=/.test(location.hash) && /all=1/.test(location.hash) && /rows=1/.test(location.hash));
    const view = async (p) => ({
      open: await p.locator(`${CARD} details[open] .kllm-card__title`).allTextContents(),
      cards: await p.locator(CARD).count(),
      marks: await p.locator('.kllm-chart svg .kllm-chart__mark').count(),
    });
    const want = await view(page);
    assert.equal(want.open.length, 2);
    assert.ok(want.marks > 10, `${want.marks} marks with every row`);
    const path = page.url().slice(env.server.origin.length);
    await withPage({ viewport: PHONE, path }, async (again) => {
      await again.waitForFunction((n) => document.querySelectorAll('.kllm-chart svg .kllm-chart__mark').length === n, want.marks);
      assert.deepEqual(await view(again), want);
    });
  }));

  test('the open cards and the full list survive filtering, sorting and the language switch', () => withPage({ viewport: PHONE }, async (page) => {
    await showAllCards(page);
    const card = page.locator(CARD).nth(7);
    const name = await card.locator('.kllm-card__title').textContent();
    await card.locator('summary').click();
    await page.locator('.kllm-header__lang').click();
    await page.waitForSelector('section.kllm[lang=en]');
    await page.locator('.kllm-header__lang').click();
    await page.waitForSelector('section.kllm[lang=ko]');
    await page.locator('.kllm input[type=search]').fill(name.slice(0, 3));
    await page.waitForFunction((t) => document.querySelector('.kllm p.kllm-results').textContent !== t, (await status(page)).text).catch(() => {});
    await page.locator('.kllm input[type=search]').fill('');
    const open = page.locator(`${CARD} details[open] .kllm-card__title`);
    await open.first().waitFor();
    assert.deepEqual(await open.allTextContents(), [name]);
    assert.equal(await page.locator('.kllm-cards__more').getAttribute('aria-expanded'), 'true');
  }));
});

describe('screens of the default view', () => {
  const dir = join(ROOT, 'docs', 'screens');
  for (const width of [320, 390, 768, 1280]) {
    for (const colorScheme of ['light', 'dark']) {
      test(`${width} px, ${colorScheme}`, () => withPage({ viewport: { width, height: 844 }, colorScheme }, async (page) => {
        mkdirSync(dir, { recursive: true });
        await page.screenshot({ path: join(dir, `default-${width}-${colorScheme}.jpg`), type: 'jpeg', quality: 80, fullPage: true });
        assert.ok((await figures(page)).height > 0);
      }));
    }
  }
});
