// Valid markup: the W3C Nu HTML checker (npm vnu-jar, pinned in package.json; Java from Debian)
// reports no error on the built page, the demo pages, the paste-in snippet and the two embed
// codes the footer offers (read from the built page, each in a minimal document, as a CMS page
// would hold it). Run after a release build: node --test tests/html/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIST = process.env.KLLM_DIST || join(ROOT, 'dist');
const VNU = join(ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');

const unescape = (s) => s.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&');
const page = (title, body) => `<!doctype html>\n<html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head>\n<body>\n${body}\n</body></html>\n`;

test('the W3C HTML checker finds no error in the pages, the snippet and the embed codes', () => {
  const index = readFileSync(join(DIST, 'index.html'), 'utf8');
  // The footer's embed codes as the prerendered page carries them: iframe, then script.
  const codes = [...index.matchAll(/<textarea[^>]*class="kllm-embed__code"[^>]*>([\s\S]*?)<\/textarea>/g)].map((m) => unescape(m[1]));
  assert.equal(codes.length, 2, 'two embed codes in the footer');
  assert.match(codes[0], /^<iframe data-kllm-frame /);
  assert.match(codes[1], /^<div data-kllm-widget /);
  const dir = mkdtempSync(join(tmpdir(), 'kllm-vnu-'));
  const wrapped = [
    ['embed-code-iframe.html', page('iframe embed code', codes[0])],
    ['embed-code-script.html', page('script embed code', codes[1])],
    ['kllm-snippet.html', page('paste-in snippet', readFileSync(join(DIST, 'kllm-snippet.html'), 'utf8'))],
  ].map(([name, html]) => {
    writeFileSync(join(dir, name), html);
    return join(dir, name);
  });
  const demos = readdirSync(join(DIST, 'demo')).filter((f) => f.endsWith('.html')).map((f) => join(DIST, 'demo', f));
  const files = [join(DIST, 'index.html'), ...demos, ...wrapped];
  assert.ok(demos.length >= 5, `${demos.length} demo pages`);
  const run = spawnSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8' });
  assert.equal(run.error, undefined, `could not run java (./dev setup installs default-jre-headless): ${run.error}`);
  const report = JSON.parse(run.stderr || run.stdout);
  const errors = report.messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal')
    .map((m) => `${relative(ROOT, fileURLToPath(m.url)).replace(/^.*kllm-vnu-[^/]+\//, 'wrapped/')}:${m.lastLine}: ${m.message}`);
  assert.deepEqual(errors, [], `${files.length} files checked`);
});
