// Reader flows in headless Chromium against the release build in dist/ (issue 4's browser
// proof and issue 8's end-to-end suite): filter, Hangul search, sort, pin, chart metric,
// share link, CSV download, language, theme, keyboard only, no horizontal scroll — at every
// viewport in VIEWPORTS. Every test fails on a console error, an uncaught exception, a failed
// request or a request to another origin.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  CARD, VIEWPORTS, chip, openFilters, pageOverflow, showAllCards, status, statusChange, suite, titles,
  typeComposing,
} from './lib/browser.mjs';

const env = suite({ before, after }, assert);
const { withPage } = env;

const search = (page) => page.locator('.kllm input[type=search]');
// A select's accessible name is its label followed by its current option. Both are in the
// filter panel, which these open.
const sortSelect = async (page, lang = 'ko') => {
  await openFilters(page);
  return page.getByRole('combobox', { name: lang === 'ko' ? /^정렬/ : /^Sort/ });
};
const themeSelect = async (page, lang = 'ko') => {
  await openFilters(page);
  return page.getByRole('combobox', { name: lang === 'ko' ? /^화면 테마/ : /^Theme/ });
};
const root = (page) => page.locator('section.kllm');
const background = (page) => root(page).evaluate((el) => getComputedStyle(el).backgroundColor);
/** Relative luminance of an `rgb(…)` colour, 0 (black) to 1 (white). */
function luminance(rgb) {
  const [r, g, b] = rgb.match(/[\d.]+/g).slice(0, 3).map(Number).map((c) => {
    c /= 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
/** Puts `text` into the search box as one `input` event (the IME's committed text). */
async function typeSearch(page, text) {
  const before = await status(page);
  await search(page).focus();
  await page.keyboard.insertText(text);
  await statusChange(page, before).catch(() => {});
}
async function clearSearch(page) {
  const before = await status(page);
  await search(page).fill('');
  await statusChange(page, before).catch(() => {});
}

for (const viewport of VIEWPORTS) {
  const opts = { viewport };
  describe(`reader at ${viewport.width}×${viewport.height}`, () => {
    test('filter chips narrow the cards to the count they announce, and reset restores all', () => withPage(opts, async (page) => {
      const start = await status(page);
      await showAllCards(page);
      assert.equal(start.shown, start.total);
      assert.equal((await titles(page)).length, start.shown);
      const naver = await chip(page, '네이버');
      assert.ok(naver.count > 0 && naver.count < start.total);
      await naver.locator.click();
      await statusChange(page, start);
      assert.equal(await (await chip(page, '네이버')).locator.getAttribute('aria-pressed'), 'true');
      const after = await status(page);
      assert.equal(after.shown, naver.count, after.text);
      assert.equal(await page.locator(CARD).count(), naver.count);
      for (const org of await page.locator(`${CARD} .kllm-card__org`).allTextContents()) assert.match(org, /^네이버/);
      // A second group intersects: open weights among Naver's models.
      const open = await chip(page, '가중치 공개');
      await open.locator.click();
      await statusChange(page, after);
      const both = await status(page);
      assert.equal(both.shown, open.count);
      await page.locator('.kllm-filters__reset').click();
      await statusChange(page, both);
      assert.equal((await status(page)).shown, start.total);
      assert.equal(await (await chip(page, '네이버')).locator.getAttribute('aria-pressed'), 'false');
    }));

    test('the government programme: its chip lists the entered models, each card says where it stands; the footer gives the data\'s date', () => withPage(opts, async (page) => {
      const asOf = { ko: '데이터 기준 2026년 12월 6일', en: 'Data as of 6 Dec 2026' };
      for (const [lang, name, team] of [['ko', '독자 AI 파운데이션 모델', '정예팀'], ['en', 'Sovereign AI Foundation Model', 'Team']]) {
        if (lang === 'en') {
          await page.locator('.kllm-header__lang').click();
          await page.waitForSelector('section.kllm[lang=en]');
        }
        // The data's date is in the footer, in the reader's language.
        assert.match(await page.locator('.kllm-footer').textContent(), new RegExp(asOf[lang]));
        const before = await status(page);
        const prog = await chip(page, name);
        if ((await prog.locator.getAttribute('aria-pressed')) !== 'true') {
          await prog.locator.click();
          await statusChange(page, before);
        }
        const after = await status(page);
        assert.equal(after.shown, prog.count, after.text);
        await showAllCards(page);
        const cards = page.locator(CARD);
        assert.equal(await cards.count(), prog.count);
        for (const badge of await page.locator(`${CARD} .kllm-badge--programme`).allTextContents()) assert.ok(badge.startsWith(name), badge);
        assert.equal(await page.locator(`${CARD} .kllm-badge--programme`).count(), prog.count);
        // An open card lists the team and the rounds, each with a numbered source.
        await cards.first().locator('summary').click();
        const section = cards.first().locator('.kllm-card__programme');
        assert.match(await section.textContent(), new RegExp(team));
        assert.ok(await section.locator('.kllm-card__rounds li').count() > 0);
        await cards.first().locator('summary').click();
      }
    }));

    test('Hangul search filters on every input event, without compositionend', () => withPage(opts, async (page) => {
      const start = await status(page);
      await typeSearch(page, '엑사원');
      const exaone = await titles(page);
      assert.ok(exaone.length > 0 && exaone.length < start.total, `엑사원 → ${exaone.length}`);
      for (const t of exaone) assert.match(t, /엑사원/);
      // Latin alias finds the same models.
      await clearSearch(page);
      await typeSearch(page, 'exaone');
      assert.deepEqual(await titles(page), exaone);
      await clearSearch(page);
      // Samsung-style: only input events with isComposing, never a compositionend.
      await typeComposing(page, ['ㅎ', '하', '하ㅇ', '하이', '하잎', '하이퍼']);
      await page.waitForFunction(() => [...document.querySelectorAll(`${'li.kllm-cards__item:not([hidden]):not(.kllm-cards__item--more)'} .kllm-card__title`)].every((t) => t.textContent.includes('하이퍼')));
      const hyper = await titles(page);
      assert.ok(hyper.length > 0, 'composing input updated the cards');
      // Enter while composing must not change anything (the syllable is committed, not repeated).
      await search(page).dispatchEvent('keydown', { key: 'Enter', isComposing: true });
      assert.equal(await search(page).inputValue(), '하이퍼');
      assert.deepEqual(await titles(page), hyper);
    }));

    test('initial-consonant search: ㅎㅇㅍ finds 하이퍼클로바, mixed ㅎ이퍼 too', (t) => withPage(opts, async (page) => {
      await typeComposing(page, ['ㅎ', 'ㅎㅇ', 'ㅎㅇㅍ']);
      await page.waitForTimeout(50);
      const found = await titles(page);
      assert.ok(found.length > 0 && found.every((x) => x.includes('하이퍼클로바')), found.join(', '));
      await clearSearch(page);
      await typeComposing(page, ['ㅎ', 'ㅎ이', 'ㅎ이퍼']);
      await page.waitForTimeout(50);
      assert.ok((await titles(page)).some((x) => x.includes('하이퍼클로바')));
    }));

    test('sort orders the cards by name, oldest and newest', () => withPage(opts, async (page) => {
      await showAllCards(page);
      const newest = await titles(page);
      await (await sortSelect(page)).selectOption('name');
      await page.waitForFunction((first) => document.querySelector('li.kllm-cards__item:not([hidden]):not(.kllm-cards__item--more) .kllm-card__title').textContent !== first, newest[0]);
      const byName = await titles(page);
      const expected = [...byName].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0));
      assert.deepEqual(byName, expected);
      await (await sortSelect(page)).selectOption('old');
      await page.waitForFunction((first) => document.querySelector('li.kllm-cards__item:not([hidden]):not(.kllm-cards__item--more) .kllm-card__title').textContent !== first, byName[0]);
      const oldest = await titles(page);
      assert.notDeepEqual(oldest, newest);
      // Newest's first dated model is oldest's last dated one (unknown dates stay last in both).
      assert.equal(oldest.indexOf(newest[0]) > oldest.length / 2, true);
      await (await sortSelect(page)).selectOption('new');
      await page.waitForFunction((first) => document.querySelector('li.kllm-cards__item:not([hidden]):not(.kllm-cards__item--more) .kllm-card__title').textContent === first, newest[0]);
      assert.deepEqual(await titles(page), newest);
    }));

    test('pin: the tray lists pinned models, stays on screen, unpins, and stops at six', () => withPage(opts, async (page) => {
      await showAllCards(page);
      const cards = page.locator(CARD);
      const first = await cards.nth(0).locator('.kllm-card__title').textContent();
      await cards.nth(0).locator('.kllm-pin').click();
      await page.waitForSelector('.kllm-tray');
      assert.equal(await cards.nth(0).locator('.kllm-pin').getAttribute('aria-pressed'), 'true');
      assert.match(await page.locator('.kllm-tray').textContent(), new RegExp(first));
      // Sticky tray: reachable while the reader is halfway down the cards.
      await cards.nth(Math.floor((await cards.count()) / 2)).scrollIntoViewIfNeeded();
      const box = await page.locator('.kllm-tray').boundingBox();
      assert.ok(box && box.y >= 0 && box.y + box.height <= viewport.height + 1, `tray at ${JSON.stringify(box)}`);
      for (let i = 1; i < 6; i++) await cards.nth(i).locator('.kllm-pin').click();
      await page.waitForFunction(() => document.querySelectorAll('.kllm-pin[aria-pressed=true]').length === 6);
      assert.equal(await page.locator('.kllm-tray__item').count(), 6);
      assert.ok(await cards.nth(6).locator('.kllm-pin').isDisabled(), 'a seventh pin is refused');
      // Unpin from the tray.
      await page.locator('.kllm-tray__item').first().click();
      await page.waitForFunction(() => document.querySelectorAll('.kllm-tray__item').length === 5);
      assert.equal(await cards.nth(0).locator('.kllm-pin').getAttribute('aria-pressed'), 'false');
      assert.ok(!(await cards.nth(6).locator('.kllm-pin').isDisabled()));
      await page.locator('.kllm-tray').getByRole('button', { name: '모두 빼기' }).click();
      await page.waitForSelector('.kllm-tray', { state: 'detached' });
    }));

    test('chart metric switch', (t) => withPage(opts, async (page) => {
      const toggles = page.locator('.kllm-chart__switch').first().locator('button[aria-checked]');
      const n = await toggles.count();
      const svgText = () => page.locator('.kllm-chart').first().textContent();
      const before = await svgText();
      const idx = await toggles.evaluateAll((bs) => bs.findIndex((b) => b.getAttribute('aria-checked') === 'false'));
      assert.ok(n > 1 && idx >= 0);
      await toggles.nth(idx).click();
      await page.waitForFunction((i) => document.querySelector('.kllm-chart__switch').querySelectorAll('button[aria-checked]')[i].getAttribute('aria-checked') === 'true', idx);
      assert.notEqual(await svgText(), before);
    }));

    test('share link: the URL fragment restores filters, search, sort, pins and language', (t) => withPage(opts, async (page) => {
      const hash0 = await page.evaluate(() => location.hash);
      await (await chip(page, '가중치 공개')).locator.click();
      await page.waitForFunction((h) => location.hash !== h, hash0, { timeout: 2000 });
      await typeSearch(page, '엑사원');
      await (await sortSelect(page)).selectOption('name');
      await page.locator(`${CARD} .kllm-pin`).first().click();
      await page.waitForSelector('.kllm-tray');
      // A card open (and the full list: fit.test.mjs checks a link with "show all").
      await page.locator(`${CARD} summary`).first().click();
      await page.waitForSelector(`${CARD} details[open]`);
      await page.getByRole('button', { name: 'English', exact: true }).click();
      await page.waitForSelector('section.kllm[lang=en]');
      // The fragment follows the view once it has been still for a moment.
      await page.waitForFunction(() => /lang=en/.test(location.hash) && /pin=/.test(location.hash) && /open=/.test(location.hash));
      const url = page.url();
      assert.doesNotMatch(url.split('#')[1] ?? '', /[+ ]/, 'messenger-safe fragment');
      const snapshot = async (p) => {
        // The chips are in the filter panel, written when it opens.
        await openFilters(p);
        return {
          lang: await root(p).getAttribute('lang'),
          status: (await status(p)).text,
          titles: await titles(p),
          pressed: await p.locator('button.kllm-chip[aria-pressed=true]').allTextContents(),
          query: await search(p).inputValue(),
          sort: await (await sortSelect(p, 'en')).inputValue(),
          pins: await p.locator('.kllm-tray__item').allTextContents(),
          open: await p.locator(`${CARD} details[open] .kllm-card__title`).allTextContents(),
        };
      };
      const want = await snapshot(page);
      assert.equal(want.query, '엑사원');
      assert.equal(want.sort, 'name');
      assert.equal(want.pins.length, 1);
      assert.equal(want.open.length, 1);
      // Reopen the link in a fresh context (no shared storage).
      await withPage({ viewport, path: url.slice(env.server.origin.length) }, async (again) => {
        assert.deepEqual(await snapshot(again), want);
      });
    }));

    test('CSV download of the current view: UTF-8 BOM, Hangul, one row per shown model', () => withPage(opts, async (page) => {
      const start = await status(page);
      await (await chip(page, '네이버')).locator.click();
      await statusChange(page, start);
      const { shown } = await status(page);
      await page.locator('.kllm-footer__data > summary').click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'CSV · 지금 보이는 모델' }).click(),
      ]);
      assert.equal(download.suggestedFilename(), 'kllm-models.csv');
      const bytes = await readFile(await download.path());
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'starts with a UTF-8 BOM');
      const text = bytes.toString('utf8');
      assert.match(text, /[가-힣]/);
      assert.match(text, /하이퍼클로바/);
      assert.equal(text.split('\r\n').filter(Boolean).length, shown + 1, 'header + one row per shown model');
    }));

    test('language toggle switches every label and the numbers, and back', () => withPage(opts, async (page) => {
      const ko = await status(page);
      await page.getByRole('button', { name: 'English', exact: true }).click();
      await page.waitForSelector('section.kllm[lang=en]');
      const en = await status(page);
      assert.match(en.text, /^\d+ of \d+ models/);
      assert.equal(en.total, ko.total);
      await openFilters(page);
      assert.ok(await page.getByRole('button', { name: 'Reset filters' }).count());
      assert.ok(await page.getByLabel('Search models').count());
      assert.doesNotMatch(await page.locator('.kllm-header__title').textContent(), /[가-힣]/);
      // Parameter sizes use B in English ("32B"), never 억.
      const facts = (await page.locator(`${CARD} .kllm-card__facts`).allTextContents()).join(' ');
      assert.doesNotMatch(facts, /억|조 /);
      assert.equal(await page.locator('.kllm-header__lang').getAttribute('lang'), 'ko');
      await page.getByRole('button', { name: '한국어', exact: true }).click();
      await page.waitForSelector('section.kllm[lang=ko]');
      assert.equal((await status(page)).text, ko.text);
    }));

    test('theme: the select, ?theme=dark and prefers-color-scheme', () => withPage(opts, async (page) => {
      assert.ok(luminance(await background(page)) > 0.8, 'light by default in a light system');
      await (await themeSelect(page)).selectOption('dark');
      await page.waitForSelector('section.kllm.kllm--theme-dark');
      assert.ok(luminance(await background(page)) < 0.05, 'dark when chosen');
      await (await themeSelect(page)).selectOption('light');
      await page.waitForSelector('section.kllm.kllm--theme-light');
      assert.ok(luminance(await background(page)) > 0.8);
      await withPage({ viewport, path: '/?theme=dark' }, async (p) => {
        assert.ok(await p.locator('section.kllm.kllm--theme-dark').count());
        assert.equal(await (await themeSelect(p)).inputValue(), 'dark');
        assert.ok(luminance(await background(p)) < 0.05);
      });
      await withPage({ viewport, colorScheme: 'dark' }, async (p) => {
        assert.ok(await p.locator('section.kllm.kllm--theme-auto').count());
        assert.ok(luminance(await background(p)) < 0.05, 'auto follows a dark system');
        await (await themeSelect(p)).selectOption('light');
        await p.waitForSelector('section.kllm.kllm--theme-light');
        assert.ok(luminance(await background(p)) > 0.8, 'light wins over a dark system when chosen');
      });
    }));

    test('no horizontal page scroll in any state', () => withPage(opts, async (page) => {
      assert.ok((await pageOverflow(page)) <= 0, 'initial');
      await page.locator(`${CARD} .kllm-pin`).first().click();
      await page.waitForSelector('.kllm-tray');
      await page.locator(`${CARD} details summary`).first().click();
      assert.ok((await pageOverflow(page)) <= 0, 'pinned, sources open');
      await page.getByRole('button', { name: 'English', exact: true }).click();
      await page.waitForSelector('section.kllm[lang=en]');
      await page.locator(`${CARD} details summary`).nth(1).click();
      assert.ok((await pageOverflow(page)) <= 0, 'English');
      await search(page).fill('zzzz');
      await page.waitForSelector('.kllm-empty');
      assert.ok((await pageOverflow(page)) <= 0, 'empty result');
    }));
  });
}

/** What has focus, and whether it shows a focus indicator a sighted keyboard user can see. */
function focusState() {
  const el = document.activeElement;
  if (!el || el === document.body || !el.closest('.kllm')) return null;
  const cs = getComputedStyle(el);
  const width = parseFloat(cs.outlineWidth) || 0;
  const outline = cs.outlineStyle !== 'none' && width >= 2 && !/rgba\(.*, 0\)$|transparent/.test(cs.outlineColor);
  const shadow = cs.boxShadow !== 'none';
  const r = el.getBoundingClientRect();
  const onScreen = r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
  const name = (el.getAttribute('aria-label') || el.textContent || el.value || '').trim().slice(0, 40);
  // Elements are numbered in the order they first take focus (the DOM may change on focus:
  // a chart mark fills the details panel).
  window.__kllmSeq ??= new Map();
  if (!window.__kllmSeq.has(el)) window.__kllmSeq.set(el, window.__kllmSeq.size);
  return { seq: window.__kllmSeq.get(el), key: `${el.tagName.toLowerCase()}.${el.className}|${name}|${[...el.closest('.kllm').querySelectorAll('*')].indexOf(el)}`, visible: outline || shadow, onScreen, outline: `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}` };
}

/** The focus number (see focusState) of every control now in the page, in document order;
 *  -1 for a control that never took focus. */
function focusOrderOfControls() {
  const sel = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
  return [...document.querySelectorAll('.kllm')].flatMap((r) => [...r.querySelectorAll(sel)])
    .filter((el) => el.tabIndex >= 0 && el.checkVisibility({ visibilityProperty: true }) && !el.closest('details:not([open]) > :not(summary)'))
    .map((el) => window.__kllmSeq?.get(el) ?? -1);
}

/** Every Tab stop (visible, enabled, not the other items of a roving-tabindex control), in
 *  document order. */
function controls() {
  const sel = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
  return [...document.querySelectorAll('.kllm')].flatMap((r) => [...r.querySelectorAll(sel)])
    .filter((el) => el.tabIndex >= 0 && el.checkVisibility({ visibilityProperty: true }) && !el.closest('details:not([open]) > :not(summary)'))
    .map((el) => [...el.closest('.kllm').querySelectorAll('*')].indexOf(el));
}

/** Presses Tab until `match` (run in the page on the focused element) holds; returns steps. */
async function tabTo(page, match, arg, max = 250) {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(([src, a]) => new Function('el', 'arg', `return (${src})(el, arg)`)(document.activeElement, a), [match.toString(), arg])) return i;
  }
  throw new Error(`Tab never reached ${match}`);
}

for (const viewport of VIEWPORTS) {
  describe(`keyboard only at ${viewport.width}×${viewport.height}`, () => {
    test('Tab reaches every control once, in order, each with a visible focus indicator', () => withPage({ viewport }, async (page) => {
      // Open one card's sources so the links inside are in the walk too.
      await page.locator(`${CARD} details`).first().evaluate((d) => { d.open = true; });
      const want = await page.evaluate(controls);
      assert.ok(want.length > 30, `only ${want.length} controls found`);
      const seen = [];
      const bad = [];
      for (let i = 0; i < want.length + 5; i++) {
        await page.keyboard.press('Tab');
        const f = await page.evaluate(focusState);
        if (!f) break;
        if (!f.visible) bad.push(`${f.key}: no visible focus (${f.outline})`);
        if (!f.onScreen) bad.push(`${f.key}: focused off screen`);
        seen.push(f.seq);
      }
      assert.deepEqual(bad, []);
      assert.equal(new Set(seen).size, seen.length, 'no control takes focus twice');
      // Judged on the page as it is after the walk: every control took focus, in DOM order.
      const order = await page.evaluate(focusOrderOfControls);
      assert.ok(!order.includes(-1), `controls never reached by Tab: ${order.filter((o) => o < 0).length}`);
      assert.deepEqual(order, [...order].sort((a, b) => a - b), 'Tab order = document order');
    }));

    test('keyboard operates language, search, the filter panel (chips, sort, theme, reset), pins, cards, show all and downloads', () => withPage({ viewport }, async (page) => {
      const start = await status(page);
      await tabTo(page, (el) => el.classList.contains('kllm-header__lang'));
      await page.keyboard.press('Enter');
      await page.waitForSelector('section.kllm[lang=en]');
      await page.keyboard.press('Enter');
      await page.waitForSelector('section.kllm[lang=ko]');

      await tabTo(page, (el) => el.type === 'search');
      await page.keyboard.type('엑사원');
      await statusChange(page, start);
      const searched = await status(page);
      assert.ok(searched.shown < start.total);
      await page.keyboard.press('Enter'); // not composing: swallowed, nothing submits or reloads
      assert.equal(await search(page).inputValue(), '엑사원');
      for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
      await statusChange(page, searched);

      // The filter panel opens from its button and holds chips, sort, theme and reset.
      await tabTo(page, (el) => el.classList.contains('kllm-toolbar__filter'));
      await page.keyboard.press('Enter');
      await page.waitForSelector('.kllm-panel:not([hidden])');
      assert.equal(await page.locator('.kllm-toolbar__filter').getAttribute('aria-expanded'), 'true');
      await tabTo(page, (el) => el.classList.contains('kllm-chip') && el.textContent.startsWith('네이버'));
      const before = await status(page);
      await page.keyboard.press('Space');
      await statusChange(page, before);
      assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-pressed')), 'true');

      await tabTo(page, (el) => el.tagName === 'SELECT');
      const sortBefore = await page.evaluate(() => document.activeElement.value);
      await page.keyboard.press('ArrowDown');
      await page.waitForFunction((v) => document.activeElement.value !== v, sortBefore);
      await tabTo(page, (el) => el.tagName === 'SELECT');
      await page.keyboard.press('End'); // last theme: dark
      await page.waitForSelector('section.kllm.kllm--theme-dark');

      await tabTo(page, (el) => el.classList.contains('kllm-filters__reset'));
      const filtered = await status(page);
      await page.keyboard.press('Enter');
      await statusChange(page, filtered);
      assert.equal((await status(page)).shown, start.total);
      await tabTo(page, (el) => el.classList.contains('kllm-panel__close'));
      await page.keyboard.press('Enter');
      await page.waitForSelector('.kllm-panel[hidden]', { state: 'attached' });

      await tabTo(page, (el) => el.tagName === 'SUMMARY' && el.classList.contains('kllm-card__summary'));
      await page.keyboard.press('Enter');
      await page.waitForSelector(`${CARD} details[open] .kllm-card__refs a`);
      await tabTo(page, (el) => el.classList.contains('kllm-pin'));
      await page.keyboard.press('Enter');
      await page.waitForSelector('.kllm-tray');

      await tabTo(page, (el) => el.classList.contains('kllm-cards__more'));
      const shown = await page.locator(CARD).count();
      await page.keyboard.press('Enter');
      await page.waitForFunction(([card, n]) => document.querySelectorAll(card).length > n, [CARD, shown]);
      assert.equal(await page.locator(CARD).count(), start.total);

      await tabTo(page, (el) => el.classList.contains('kllm-tray__item'));
      await page.keyboard.press('Enter');
      await page.waitForSelector('.kllm-tray', { state: 'detached' });

      await tabTo(page, (el) => el.parentElement?.classList.contains('kllm-footer__data'));
      await page.keyboard.press('Enter');
      await tabTo(page, (el) => el.textContent.startsWith('CSV'));
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      assert.equal(download.suggestedFilename(), 'kllm-models.csv');
    }));
  });
}
