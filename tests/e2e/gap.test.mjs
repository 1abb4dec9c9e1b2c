// The gap view (issue 16) on the release build: it opens by tap and by keyboard; in Korean
// and English, at 320 px and on a desktop, its figure (today's, large, with what it rests on,
// issue 23), its sentences, its bracket and its table give the same figures for every
// benchmark and setting it offers; the share link carries the
// benchmark and the setting; the gap CSV downloads; axe reports no violation. Also writes
// screens of the gap view to docs/screens/ (linked from the README).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { ROOT } from './lib/server.mjs';
import { suite } from './lib/browser.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const env = suite({ before, after }, assert);
const { withPage } = env;

/** The timeline, as a format-2 share link names it (the gap view is the default view). */
const TIMELINE = '#v=2&metric=time';
const GAP_WORD = { ko: '격차', en: 'Gap' };

const metricSwitch = (page) => page.locator('.kllm-chart__switch').first();
const gapToggle = (page, lang) => metricSwitch(page).getByRole('radio', { name: GAP_WORD[lang], exact: true });
const sentence = (page, moment) => page.locator(`.kllm-chart__gap-sentence[data-moment=${moment}]`);
/** The gap view's block that leads it (today's figure; empty when there is none). */
const lead = (page) => page.locator('.kllm-chart__gap-lead');
/** What the view says of today, as page script: the large figure, its line and what it rests
 *  on when it leads with a figure, else today's sentence (no figure today). */
const NOW = `(() => {
  const q = (s) => document.querySelector(s)?.textContent.trim() ?? '';
  const led = [q('.kllm-chart__gap-big'), q('.kllm-chart__gap-between'), q('.kllm-chart__gap-rests[data-moment=now]')].filter(Boolean).join(' ');
  return led || q('.kllm-chart__gap-sentence[data-moment=now]');
})()`;
const nowText = (page) => page.evaluate(NOW);
/** Waits until what the view says of today differs from `before`. */
const nowChanged = (page, before) => page.waitForFunction(`${NOW} !== ${JSON.stringify(before)}`);

/** The months a text gives first: `19개월`, `4개월 이상`, `19 months`, `4+ months`, `1 month`. */
function monthsIn(text) {
  const m = text?.match(/(\d+)(?:개월|\+? months?\b)/);
  return m ? Number(m[1]) : null;
}

/** What the view says, read from the page: the two sentences, the bracket labels, the table's
 *  two figures and the best Korean scores it lists. */
const read = (page) => page.evaluate(() => {
  const texts = (sel) => [...document.querySelectorAll(sel)].map((e) => e.textContent.trim());
  const row = (moment) => {
    const cell = document.querySelector(`.kllm-chart__plot .kllm-chart__gap-figure[data-moment=${moment}], .kllm-chart__table-alt .kllm-chart__gap-figure[data-moment=${moment}]`);
    const cells = cell ? [...cell.parentElement.children].map((c) => c.textContent.trim()) : [];
    return { gap: cell?.textContent.trim(), korean: cells[1], global: cells[2] };
  };
  const q = (s) => document.querySelector(s)?.textContent.trim() ?? '';
  const led = [q('.kllm-chart__gap-big'), q('.kllm-chart__gap-between'), q('.kllm-chart__gap-rests[data-moment=now]')].filter(Boolean).join(' ');
  const article = [texts('.kllm-chart__gap-sentence[data-moment=article]')[0], q('.kllm-chart__gap-rests[data-moment=article]')].filter(Boolean).join(' ');
  return {
    now: led || texts('.kllm-chart__gap-sentence[data-moment=now]')[0],
    // Today's figure as the view leads with it, when it does: its months are the view's.
    nowFigure: q('.kllm-chart__gap-big') || null,
    article,
    brackets: texts('.kllm-chart svg .kllm-chart__bracket-label'),
    table: { now: row('now'), article: row('article') },
  };
});

/** Asserts that sentence, bracket and table agree on both moments of the view on screen. */
async function assertAgree(page, where) {
  // The table alternative is written when the reader opens it (the page carries a link to
  // the catalogue's tables until then).
  const alt = page.locator('details.kllm-chart__table-alt:not(.kllm-chart__gap-how)').first();
  await alt.evaluate((d) => { d.open = true; });
  await alt.locator('table').first().waitFor();
  const v = await read(page);
  assert.ok(v.now && v.article, `${where}: both sentences`);
  const bracketMonths = v.brackets.map(monthsIn);
  for (const moment of ['now', 'article']) {
    const said = v[moment];
    const t = v.table[moment];
    const n = monthsIn(t.gap);
    const figure = moment === 'now' && v.nowFigure ? v.nowFigure : said;
    if (n === null) {
      // No gap (Korea first, or no figure): nothing on screen says Korea was behind.
      assert.ok(!/먼저 도달했습니다|earlier:/.test(said ?? ''), `${where} ${moment}: "${said}" vs table "${t.gap}"`);
    } else {
      assert.equal(monthsIn(figure), n, `${where} ${moment}: "${figure}" vs table "${t.gap}"`);
    }
    if (n !== null) {
      // A gap: a bracket carries it, and the sentence names the table's two scores.
      assert.ok(bracketMonths.includes(n), `${where} ${moment}: no bracket of ${n} months in ${JSON.stringify(v.brackets)}`);
      for (const cell of [t.korean, t.global]) {
        const score = cell.match(/\d+\.\d/)[0];
        assert.ok(said.includes(score), `${where} ${moment}: "${said}" lacks ${score} (${cell})`);
      }
    }
  }
  // No bracket without a figure in the table.
  const figures = [monthsIn(v.table.now.gap), monthsIn(v.table.article.gap)];
  for (const b of bracketMonths) assert.ok(figures.includes(b), `${where}: bracket of ${b} months not in the table`);
  return v;
}

/** Every benchmark and every setting the view offers, each checked with `assertAgree`. */
async function checkEveryChoice(page, where) {
  const benches = page.locator('.kllm-chart__bench');
  const n = await benches.count();
  assert.ok(n >= 2, `${where}: ${n} benchmarks offered`);
  let seen = 0;
  for (let i = 0; i < n; i++) {
    const b = benches.nth(i);
    if ((await b.getAttribute('aria-checked')) !== 'true') {
      const before = await nowText(page);
      await b.click();
      await nowChanged(page, before);
    }
    const name = (await b.textContent()).trim();
    const select = page.locator('.kllm-chart__setting select');
    const options = (await select.count()) ? await select.locator('option').evaluateAll((os) => os.map((o) => o.value)) : [null];
    for (const value of options) {
      if (value !== null && (await select.inputValue()) !== value) {
        const before = await nowText(page);
        await select.selectOption(value);
        await nowChanged(page, before);
      }
      await assertAgree(page, `${where} ${name} ${value ?? ''}`);
      seen++;
    }
  }
  return seen;
}

describe('the gap view opens by tap and by keyboard', () => {
  for (const lang of ['ko', 'en']) {
    test(`${lang}: a tap on "${GAP_WORD[lang]}" opens it from the timeline`, () => withPage({ viewport: { width: 390, height: 844 }, path: `/?lang=${lang}${TIMELINE}` }, async (page) => {
      await page.locator('.kllm-chart svg .kllm-chart__mark').first().waitFor();
      assert.equal(await lead(page).count(), 0, 'the timeline has no gap figure');
      await gapToggle(page, lang).click();
      await lead(page).waitFor({ state: 'attached' });
      assert.equal(await gapToggle(page, lang).getAttribute('aria-checked'), 'true');
      assert.ok((await page.locator('.kllm-chart svg .kllm-chart__point').count()) >= 4, 'points drawn');
      await page.waitForFunction(() => !/metric=time/.test(location.hash));
      await assertAgree(page, `${lang} tap`);
    }));
  }

  test('ko: the keyboard opens it, switches the benchmark and reaches its points', () => withPage({ viewport: { width: 390, height: 844 }, path: `/${TIMELINE}` }, async (page) => {
    await page.locator('.kllm-chart svg .kllm-chart__mark').first().waitFor();
    // The metric switch is one Tab stop (its checked value, the timeline); Home moves to its
    // first value, "격차", and chooses it.
    await tabTo(page, (el) => !!el.closest('.kllm-chart__switch') && el.getAttribute('role') === 'radio');
    assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), '공개 시점');
    await page.keyboard.press('Home');
    await lead(page).waitFor({ state: 'attached' });
    assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), '격차');
    assert.equal(await gapToggle(page, 'ko').getAttribute('aria-checked'), 'true');
    // The benchmark switch: Tab reaches its checked value; an arrow chooses another.
    await tabTo(page, (el) => el.classList.contains('kllm-chart__bench'));
    const from = await page.evaluate(() => document.activeElement.textContent.trim());
    const before = await nowText(page);
    await page.keyboard.press('ArrowLeft');
    await nowChanged(page, before);
    const now = await page.evaluate(() => ({ name: document.activeElement.textContent.trim(), checked: document.activeElement.getAttribute('aria-checked') }));
    assert.notEqual(now.name, from);
    assert.equal(now.checked, 'true');
    await assertAgree(page, 'keyboard');
    // A point takes focus and explains itself in the details panel.
    await tabTo(page, (el) => el.classList.contains('kllm-chart__point'));
    const label = await page.evaluate(() => document.activeElement.getAttribute('aria-label'));
    const title = page.locator('.kllm-chart__details-title');
    await title.waitFor();
    assert.ok(label.startsWith((await title.textContent()).trim()), `${label} vs ${await title.textContent()}`);
    assert.ok(await page.locator('.kllm-chart__details a[href^="https://"]').count(), 'the source is linked');
  }));
});

describe('sentence, bracket and table agree', () => {
  for (const [lang, viewport] of [['ko', { width: 320, height: 640 }], ['en', { width: 320, height: 640 }], ['en', { width: 1280, height: 800 }]]) {
    test(`${lang} at ${viewport.width} px, for every benchmark and setting`, () => withPage({ viewport, path: `/?lang=${lang}` }, async (page) => {
      // The default view is the gap view.
      await lead(page).waitFor({ state: 'attached' });
      assert.equal(await gapToggle(page, lang).getAttribute('aria-checked'), 'true');
      const seen = await checkEveryChoice(page, `${lang} ${viewport.width}`);
      assert.ok(seen >= 5, `${seen} comparisons checked`);
      // The table, shown instead of the drawing, says the same.
      await page.locator('.kllm-chart__controls .kllm-chart__switch').nth(1).getByRole('radio').nth(1).click();
      await page.locator('.kllm-chart__plot table.kllm-chart__table--gap').waitFor();
      assert.ok((await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)) <= 0, 'no horizontal scroll');
    }));
  }

  test('the first screen on a phone answers the question (default view, Korean)', () => withPage({ viewport: { width: 390, height: 844 } }, async (page) => {
    const v = await assertAgree(page, 'default');
    // It leads with today's figure, large, and the line saying between which two models.
    assert.match(v.now, /^\d+개월/);
    const big = await page.locator('.kllm-chart__gap-big').boundingBox();
    const rests = await page.locator('.kllm-chart__gap-rests[data-moment=now]').boundingBox();
    const bracket = await page.locator('.kllm-chart svg .kllm-chart__bracket-label').first().boundingBox();
    const size = await page.locator('.kllm-chart__gap-big').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    console.log(`# gap 390×844: figure top ${Math.round(big.y)} px (${size} px type), what it rests on ends at ${Math.round(rests.y + rests.height)} px, bracket label top ${Math.round(bracket.y)} px`);
    assert.ok(big.y + big.height <= 844 && rests.y + rests.height <= 844, 'the figure and what it rests on are in the first screen');
    assert.ok(size >= 32, `the figure is set large (${size} px)`);
  }));
});

describe('the share link and the data carry the gap', () => {
  test('benchmark and setting survive a share link', () => withPage({ viewport: { width: 768, height: 1024 } }, async (page) => {
    await page.locator('.kllm-chart__bench', { hasText: /^KMMLU$/ }).click();
    await page.waitForFunction(() => /bench=kmmlu/.test(location.hash));
    const select = page.locator('.kllm-chart__setting select');
    const values = await select.locator('option').evaluateAll((os) => os.map((o) => o.value));
    const other = values.find((v) => v !== values[0]);
    await select.selectOption(other);
    await page.waitForFunction((v) => location.hash.includes(`set=${v}`), other);
    const want = await read(page);
    const path = page.url().slice(env.server.origin.length);
    await withPage({ viewport: { width: 768, height: 1024 }, path }, async (again) => {
      await again.waitForFunction((v) => document.querySelector('.kllm-chart__setting select')?.value === v, other);
      assert.deepEqual(await read(again), want);
    });
  }));

  test('the gap CSV downloads with every comparison', () => withPage({ viewport: { width: 1280, height: 800 } }, async (page) => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.kllm-chart__export button').nth(2).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'kllm-gap.csv');
    const text = await readFile(await download.path(), 'utf8');
    assert.ok(text.startsWith('\ufeffdata_as_of,benchmark,comparison,'), text.slice(0, 80));
    const rows = text.trim().split('\r\n');
    assert.ok(rows.some((r) => r.includes(',mmlu,base.5shot,') && r.includes(',as_of,') && r.includes(',behind,32,')), 'MMLU now: 32 months');
  }));
});

describe('axe in the gap view', () => {
  const runs = [
    { name: 'ko, light, 320×640', viewport: { width: 320, height: 640 } },
    { name: 'en, dark, 320×640', viewport: { width: 320, height: 640 }, path: '/en/?theme=dark' },
    { name: 'en, light, 1280×800', viewport: { width: 1280, height: 800 }, path: '/en/' },
    { name: 'ko, dark (system), 390×844', viewport: { width: 390, height: 844 }, colorScheme: 'dark' },
  ];
  for (const run of runs) {
    test(`no violations: ${run.name}, disclosures open, a point focused, another benchmark`, () => withPage({ viewport: run.viewport, path: run.path ?? '/', colorScheme: run.colorScheme ?? 'light' }, async (page) => {
      await lead(page).waitFor({ state: 'attached' });
      for (const d of await page.locator('.kllm-chart__gap-how, .kllm-chart__table-alt').all()) await d.evaluate((el) => { el.open = true; });
      await page.locator('.kllm-chart__point').first().focus();
      await page.locator('.kllm-chart__details-title').waitFor();
      assert.deepEqual(await violations(page), []);
      const before = await nowText(page);
      await page.locator('.kllm-chart__bench[aria-checked=false]').first().click();
      await nowChanged(page, before);
      assert.deepEqual(await violations(page), []);
    }));
  }
});

describe('screens of the gap view', () => {
  const dir = join(ROOT, 'docs', 'screens');
  for (const [lang, width, colorScheme] of [['ko', 390, 'light'], ['ko', 390, 'dark'], ['en', 1280, 'light']]) {
    test(`${lang}, ${width} px, ${colorScheme}`, () => withPage({ viewport: { width, height: 900 }, colorScheme, path: `/?lang=${lang}` }, async (page) => {
      mkdirSync(dir, { recursive: true });
      await lead(page).waitFor({ state: 'attached' });
      await page.locator('.kllm-chart').screenshot({ path: join(dir, `gap-${lang}-${width}-${colorScheme}.png`) });
    }));
  }
});

async function violations(page) {
  const { violations: found } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return found.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary.replace(/\s+/g, ' ').slice(0, 200)}`));
}

/** Presses Tab until `match` (run in the page on the focused element) holds. */
async function tabTo(page, match, max = 250) {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((src) => new Function('el', `return (${src})(el)`)(document.activeElement), match.toString())) return i;
  }
  throw new Error(`Tab never reached ${match}`);
}
