// The share preview of the release build in dist/ (built without an absolute public URL):
// the Open Graph and Twitter tags it can write without one, the 1200×630 picture looked at
// pixel by pixel, and a reader's browser that never requests the picture. The tags that need
// an absolute URL are checked on the releases (release.test.mjs), which are built for one.
// Copies the picture to docs/kllm-preview.png (linked from the README) on every run.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/server.mjs';
import { suite } from './lib/browser.mjs';
import { checkSharePreview } from './lib/preview.mjs';

const DIST = process.env.KLLM_DIST || join(ROOT, 'dist');

const s = suite({ before, after }, assert);

describe('share preview', () => {
  test('the built page has the share tags a build without a public URL can have, and the picture', () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    checkSharePreview(assert, html, (f) => readFileSync(join(DIST, f)), null);
    copyFileSync(join(DIST, 'kllm-preview.png'), join(ROOT, 'docs', 'kllm-preview.png'));
  });

  test('readers never load the picture', () => s.withPage({}, async (page) => {
    await page.waitForTimeout(500);
    const png = page.kllm.requests.filter((u) => u.includes('kllm-preview'));
    assert.deepEqual(png, []);
  }));
});
