// Accessibility: axe-core's WCAG 2.0/2.1/2.2 A and AA rules report zero violations in every
// state the reader suite visits, in Korean and English, light and dark (chosen in the theme
// select, by ?theme=dark, and by following a dark system), on a phone and a desktop.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { serve } from './lib/server.mjs';
import { CARD, launch, openFilters, openPage, showAllCards, status, statusChange } from './lib/browser.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let server;
let browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Runs axe on the widget; returns readable violations ("rule: target — summary"). */
async function violations(page) {
  const { violations: found } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return found.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary.replace(/\s+/g, ' ').slice(0, 200)}`));
}

/** The states the reader suite visits, each reached from the previous one. */
const STATES = [
  ['initial', async () => {}],
  ['filter panel open, filtered', async (page) => {
    const s = await status(page);
    await openFilters(page);
    await page.locator('.kllm-panel button.kllm-chip').nth(3).click();
    await statusChange(page, s);
  }],
  ['searched', async (page) => {
    await page.locator('.kllm input[type=search]').fill('엑사원');
    await page.waitForTimeout(50);
  }],
  ['every card listed, pinned, cards and footer open', async (page) => {
    await page.locator('.kllm-filters__reset').click();
    await page.locator('.kllm input[type=search]').fill('');
    await showAllCards(page);
    const pins = page.locator(`${CARD} .kllm-pin`);
    for (let i = 0; i < 6; i++) await pins.nth(i).click();
    await page.waitForSelector('.kllm-tray');
    const details = page.locator(`${CARD} details`);
    for (let i = 0; i < 3; i++) await details.nth(i).evaluate((d) => { d.open = true; });
    // Every other disclosure open too: data downloads, share link, embed codes, the table.
    for (const d of await page.locator('.kllm-footer details, .kllm-chart__table-alt').all()) await d.evaluate((el) => { el.open = true; });
  }],
  ['sorted by size, keyboard focus on a chip', async (page) => {
    await page.getByRole('combobox').first().selectOption('size');
    await page.locator('button.kllm-chip').first().focus();
  }],
  ['empty result', async (page) => {
    await page.locator('.kllm input[type=search]').fill('없는모델zz');
    await page.waitForSelector('.kllm-empty');
  }],
];

const RUNS = [
  { name: 'ko, light, 360×740', viewport: { width: 360, height: 740 } },
  { name: 'en, light, 1280×800', viewport: { width: 1280, height: 800 }, lang: 'en' },
  { name: 'ko, dark (theme select), 1280×800', viewport: { width: 1280, height: 800 }, select: 'dark' },
  { name: 'en, dark (?theme=dark), 360×740', viewport: { width: 360, height: 740 }, path: '/en/?theme=dark' },
  { name: 'ko, dark (prefers-color-scheme), 375×812', viewport: { width: 375, height: 812 }, colorScheme: 'dark' },
  { name: 'en, light, 320×640', viewport: { width: 320, height: 640 }, lang: 'en' },
];

for (const run of RUNS) {
  describe(`axe (${TAGS.join(', ')}) — ${run.name}`, () => {
    let page;
    before(async () => {
      page = await openPage(browser, server.origin, { viewport: run.viewport, colorScheme: run.colorScheme ?? 'light', path: run.path ?? '/' });
      if (run.lang === 'en' && !run.path) {
        await page.getByRole('button', { name: 'English', exact: true }).click();
        await page.waitForSelector('section.kllm[lang=en]');
      }
      if (run.select) {
        await openFilters(page);
        await page.getByRole('combobox').nth(1).selectOption(run.select);
        await page.waitForSelector(`section.kllm.kllm--theme-${run.select}`);
      }
    });
    after(async () => {
      assert.deepEqual(page.kllm.problems, []);
      await page.context().close();
    });
    for (const [state, reach] of STATES) {
      test(`no violations: ${state}`, async () => {
        await reach(page);
        assert.deepEqual(await violations(page), []);
      });
    }
  });
}
