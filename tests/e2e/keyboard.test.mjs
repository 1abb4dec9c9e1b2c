// The keyboard and screen-reader journey (issue 19), on the release build: one Tab stop per
// composite control with arrow keys inside it, skip links to the models and the chart, a
// result line announced once per change, a heading outline, and an accessibility-tree
// snapshot of the default view that changes only on purpose (UPDATE_ARIA=1 rewrites
// tests/e2e/aria/*.yml; review the diff).
import { describe, test } from 'node:test';
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/server.mjs';
import { CARD, openFilters, status, suite } from './lib/browser.mjs';

/** The goals, default view (issue 19). */
// From the search box to the first model: at most six Tab presses or one skip link; the
// widget meets it with the skip link (checked below) and reports the Tab count.
const GOALS = { tabStops: 40, chartStops: 1 };
const SIZES = [{ width: 1280, height: 800 }, { width: 390, height: 844 }];
const LANGS = [['ko', '/'], ['en', '/en/']];

const env = suite({ before, after }, assert);
const { withPage } = env;

/** What has focus: a short description, and which control it belongs to. */
const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  if (!el || !el.closest('.kllm')) return null;
  const group = el.closest('[role=toolbar], [role=radiogroup], .kllm-chart__canvas');
  return {
    tag: el.tagName.toLowerCase(),
    cls: el.getAttribute('class') || '',
    name: (el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 60),
    group: group ? (group.getAttribute('aria-label') || group.className) : null,
    mark: el.hasAttribute('data-m'),
    card: !!el.closest('li.kllm-cards__item'),
  };
});

/** Tab from the top of the widget until focus leaves it; every stop on the way. */
async function tabStops(page) {
  await page.evaluate(() => document.activeElement?.blur());
  const stops = [];
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (!f) break;
    stops.push(f);
  }
  return stops;
}

for (const viewport of SIZES) {
  for (const [lang, path] of LANGS) {
    describe(`keyboard at ${viewport.width}×${viewport.height}, ${lang}`, () => {
      test(`at most ${GOALS.tabStops} Tab stops, the chart's marks one of them`, () => withPage({ viewport, path }, async (page) => {
        const stops = await tabStops(page);
        console.log(`# keyboard ${viewport.width} ${lang}: ${stops.length} Tab stops`);
        assert.ok(stops.length <= GOALS.tabStops, `${stops.length} Tab stops`);
        assert.equal(stops.filter((s) => s.mark).length, GOALS.chartStops, 'marks');
        // Each switch of the chart is one stop (the gap view, the default, adds its benchmark
        // switch to the metric and mode switches).
        const radios = stops.filter((s) => s.group && s.cls.includes('kllm-chart__toggle'));
        assert.equal(radios.length, await page.locator('.kllm-chart [role=radiogroup]').count(), JSON.stringify(radios));
        assert.equal(radios.length, 3, JSON.stringify(radios));
        // The skip links come first.
        assert.match(stops[0].cls, /kllm-skip__link/);
      }));

      test('a skip link takes a keyboard reader to the models and to the chart', () => withPage({ viewport, path }, async (page) => {
        await page.evaluate(() => document.activeElement?.blur());
        await page.keyboard.press('Tab');
        const link = page.locator('.kllm-skip__link').first();
        const box = await link.boundingBox();
        assert.ok(box && box.width > 20 && box.height > 10 && box.y >= -1, `visible on focus: ${JSON.stringify(box)}`);
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => document.activeElement?.id === 'kllm-models-title');
        await page.keyboard.press('Tab');
        const f = await focused(page);
        assert.ok(f.card && f.tag === 'summary', JSON.stringify(f));
        assert.doesNotMatch(await page.evaluate(() => location.hash), /kllm-/, 'the share link is untouched');
        // From the search box: Tab presses to the first model (reported), or one skip link.
        await page.locator('.kllm input[type=search]').focus();
        let presses = 0;
        for (; presses < 60; presses++) {
          const g = await focused(page);
          if (g?.card) break;
          await page.keyboard.press('Tab');
        }
        console.log(`# keyboard ${viewport.width} ${lang}: ${presses} Tab presses from the search box to the first model`);
        await page.locator('.kllm-skip__link').first().focus();
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => document.activeElement?.id === 'kllm-chart-title');
      }));
    });
  }
}

describe('composite controls', () => {
  const viewport = { width: 1280, height: 800 };

  test('a chip group is one Tab stop; arrows, Home and End move; Space toggles', () => withPage({ viewport }, async (page) => {
    await openFilters(page);
    const groups = page.locator('.kllm-panel [role=toolbar]');
    // The developer-type group: the first with more than two chips.
    const counts = await groups.evaluateAll((gs) => gs.map((g) => g.querySelectorAll('button').length));
    const k = counts.findIndex((c) => c > 2);
    const first = groups.nth(k);
    const chips = first.locator('button.kllm-chip');
    const n = await chips.count();
    await page.locator('.kllm-toolbar__filter').focus();
    // Each Tab enters the next group: one stop per group.
    const seen = [];
    for (let i = 0; i <= k; i++) {
      await page.keyboard.press('Tab');
      seen.push((await focused(page)).group);
    }
    assert.equal(new Set(seen).size, k + 1, seen.join(' | '));
    assert.equal(seen[k], await first.getAttribute('aria-label'));
    await page.keyboard.press('ArrowRight');
    assert.equal(await chips.nth(1).evaluate((el) => el === document.activeElement), true);
    await page.keyboard.press('End');
    assert.equal(await chips.nth(n - 1).evaluate((el) => el === document.activeElement), true);
    await page.keyboard.press('ArrowRight');
    assert.equal(await chips.nth(0).evaluate((el) => el === document.activeElement), true, 'wraps');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Home');
    assert.equal(await chips.nth(0).evaluate((el) => el === document.activeElement), true);
    const before = await status(page);
    await page.keyboard.press('Space');
    await page.waitForFunction((t) => document.querySelector('.kllm p.kllm-results').textContent !== t, before.text);
    assert.equal(await chips.nth(0).getAttribute('aria-pressed'), 'true');
    // The pressed chip is the group's Tab stop: Shift+Tab out and Tab back lands on it.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    assert.equal(await chips.nth(0).evaluate((el) => el === document.activeElement), true);
    assert.deepEqual(await chips.evaluateAll((bs) => bs.map((b) => b.tabIndex).filter((t) => t === 0).length), 1);
  }));

  test('the chart switch is a radio group: arrows move and choose', () => withPage({ viewport }, async (page) => {
    const radios = page.locator('.kllm-chart__switch').first().locator('[role=radio]');
    await radios.first().focus();
    assert.equal(await radios.first().getAttribute('aria-checked'), 'true');
    const caption = () => page.locator('.kllm-chart__caption').textContent();
    const before = await caption();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelectorAll('.kllm-chart__switch [role=radio]')[1].getAttribute('aria-checked') === 'true');
    assert.equal(await radios.nth(1).evaluate((el) => el === document.activeElement), true);
    assert.notEqual(await caption(), before);
    await page.keyboard.press('End');
    const n = await radios.count();
    await page.waitForFunction((i) => document.querySelectorAll('.kllm-chart__switch [role=radio]')[i].getAttribute('aria-checked') === 'true', n - 1);
  }));

  test("the chart's marks are one stop; arrows move between them and the details say which", () => withPage({ viewport }, async (page) => {
    const marks = page.locator('.kllm-chart svg [data-m]');
    const n = await marks.count();
    assert.ok(n > 2);
    assert.equal(await marks.evaluateAll((ms) => ms.filter((m) => m.getAttribute('tabindex') === '0').length), 1);
    await marks.first().focus();
    await page.keyboard.press('ArrowDown');
    assert.equal(await marks.nth(1).evaluate((el) => el === document.activeElement), true);
    const label = await marks.nth(1).getAttribute('aria-label');
    const name = label.split(':')[0];
    await page.waitForFunction((t) => document.querySelector('.kllm-chart__details-title')?.textContent === t, name);
    await page.keyboard.press('End');
    assert.equal(await marks.nth(n - 1).evaluate((el) => el === document.activeElement), true);
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).mark, false, 'one Tab leaves the marks');
  }));

  test('typing a three-syllable query announces the result once, after typing stops', () => withPage({ viewport }, async (page) => {
    await page.evaluate(() => {
      window.__announced = [];
      const live = document.querySelector('.kllm .kllm-live');
      new MutationObserver(() => window.__announced.push(live.textContent)).observe(live, { childList: true, characterData: true, subtree: true });
    });
    await page.locator('.kllm input[type=search]').focus();
    await page.keyboard.type('엑사원', { delay: 150 });
    await page.waitForTimeout(1500);
    const announced = await page.evaluate(() => window.__announced);
    const line = (await status(page)).text;
    console.log(`# keyboard: ${announced.length} announcement(s) while typing a 3-syllable query`);
    assert.deepEqual(announced, [line]);
  }));

  test('headings give the outline: title, filters, chart, models, one per card', () => withPage({ viewport }, async (page) => {
    await openFilters(page);
    const outline = await page.evaluate(() => [...document.querySelectorAll('.kllm h2, .kllm h3, .kllm h4')]
      .filter((h) => h.checkVisibility() || h.classList.contains('kllm-visually-hidden'))
      .map((h) => `${h.tagName.toLowerCase()} ${h.textContent.trim()}`));
    assert.match(outline[0], /^h2 /);
    const h3 = outline.filter((h) => h.startsWith('h3 '));
    assert.deepEqual(h3.map((h) => h.slice(3)).slice(0, 1), ['필터']);
    assert.ok(h3.some((h) => h === 'h3 모델 목록'), h3.join(' | '));
    const cards = await page.locator(CARD).count();
    const models = outline.slice(outline.indexOf('h3 모델 목록') + 1).filter((h) => h.startsWith('h4 '));
    assert.equal(models.length, cards);
  }));
});

describe('accessibility tree of the default view', () => {
  const dir = join(ROOT, 'tests', 'e2e', 'aria');
  for (const [lang, path] of LANGS) {
    test(`matches tests/e2e/aria/default-${lang}.yml`, () => withPage({ viewport: { width: 1280, height: 800 }, path }, async (page) => {
      const snapshot = await page.locator('section.kllm').ariaSnapshot();
      const file = join(dir, `default-${lang}.yml`);
      if (process.env.UPDATE_ARIA || !existsSync(file)) {
        mkdirSync(dir, { recursive: true });
        writeFileSync(file, snapshot + '\n');
        if (!process.env.UPDATE_ARIA) assert.fail(`${file} was missing: written; review and commit it`);
        return;
      }
      assert.equal(snapshot + '\n', readFileSync(file, 'utf8'), 'the accessibility tree changed: UPDATE_ARIA=1 to accept, then review the diff');
    }));
  }
});
