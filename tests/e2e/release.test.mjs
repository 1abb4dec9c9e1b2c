// Versioned releases (`./dev release`, scripts/release.mjs): two releases built from two data
// dates into one folder, served side by side under the strict CSP. Each loads only its own
// files (the page and an `integrity`-pinned script embed), the manifest's hashes match the
// files (every pinned one too; tests/engines/integrity.test.mjs changes them), the release index names the newest, an old shared link is told about the newer
// release without leaving its view, a release is immutable, and the licence and citation
// lines are in each built page and its exports.
//
// Builds: the second data date first (the real data copied with a later as_of), then the real
// data twice (the second build must reproduce the first byte for byte), so cargo's cache ends
// on the real data. About 5 minutes on 2 cores.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { ROOT, serve } from './lib/server.mjs';
import { launch, openPage } from './lib/browser.mjs';
import { checkSharePreview, metaTags } from './lib/preview.mjs';

const WORK = join(ROOT, 'target', 'e2e-release');
const OUT = join(WORK, 'out');
const URL_BASE = 'https://cdn.example.org/widgets/kllm/';
const VERSION = readFileSync(join(ROOT, 'Cargo.toml'), 'utf8').match(/^version = "([^"]+)"/m)[1];
const REAL_AS_OF = JSON.parse(readFileSync(join(ROOT, 'data/models.json'), 'utf8')).as_of;
const LATER_AS_OF = '2026-12-15';
const A = `${VERSION}-${REAL_AS_OF}`;
const B = `${VERSION}-${LATER_AS_OF}`;
const DATES = {
  [A]: { ko: '2026년 12월 6일', en: '6 Dec 2026' },
  [B]: { ko: '2026년 12월 15일', en: '15 Dec 2026' },
};

/** Runs the release command; returns { status, stdout, stderr }. */
function release(extra = [], env = {}) {
  const r = spawnSync('node', ['scripts/release.mjs', '--url', URL_BASE, '--out', OUT, ...extra], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${join(ROOT, 'node_modules/.bin')}:${join(homedir(), '.cargo/bin')}:${process.env.PATH}`, ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function mustRelease(extra, env) {
  const r = release(extra, env);
  assert.equal(r.status, 0, `release failed:\n${r.stderr.slice(-3000)}`);
  return r;
}

function files(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

const manifestOf = (name) => JSON.parse(readFileSync(join(OUT, name, 'manifest.json'), 'utf8'));

let server;
let browser;
const runs = {};

before(async () => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  const data = JSON.parse(readFileSync(join(ROOT, 'data/models.json'), 'utf8'));
  const later = join(WORK, `models-${LATER_AS_OF}.json`);
  writeFileSync(later, JSON.stringify({ ...data, as_of: LATER_AS_OF }));
  runs.b = mustRelease([], { KLLM_DATA: later });
  runs.a = mustRelease();
  runs.again = release();
  server = await serve(OUT, { csp: true });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Every request path the page made, relative to the server. */
const paths = (page) => page.kllm.requests.map((u) => new URL(u)).filter((u) => u.protocol.startsWith('http')).map((u) => u.pathname);

describe('two releases from two data dates in one folder', () => {
  test('each release folder holds a whole build with its manifest, and the index names the newest', () => {
    assert.deepEqual(readdirSync(OUT).sort(), [A, B, 'releases.json'].sort());
    const index = JSON.parse(readFileSync(join(OUT, 'releases.json'), 'utf8'));
    assert.equal(index.latest, B);
    assert.deepEqual(index.releases.map((r) => [r.release, r.data_as_of, r.path, r.url]), [
      [A, REAL_AS_OF, `${A}/`, `${URL_BASE}${A}/`],
      [B, LATER_AS_OF, `${B}/`, `${URL_BASE}${B}/`],
    ]);
    for (const name of [A, B]) {
      assert.ok(runs.a.stdout.includes(A) && runs.b.stdout.includes(B));
      const m = manifestOf(name);
      assert.equal(m.release, name);
      assert.equal(m.url, `${URL_BASE}${name}/`);
    }
  });

  test('the manifest lists every file with its SHA-256, and the SRI hashes are those of the scripts', () => {
    for (const name of [A, B]) {
      const dir = join(OUT, name);
      const m = manifestOf(name);
      const onDisk = files(dir).filter((f) => !['manifest.json', 'SHA256SUMS'].includes(f));
      assert.deepEqual(Object.keys(m.files).sort(), onDisk, `${name}: the manifest lists exactly the files`);
      for (const [f, { bytes, sha256 }] of Object.entries(m.files)) {
        const body = readFileSync(join(dir, f));
        assert.equal(body.length, bytes, `${name}/${f} size`);
        assert.equal(createHash('sha256').update(body).digest('hex'), sha256, `${name}/${f} sha256`);
      }
      // Every file the pages load that runs code or styles them has its hash (issue 26); the
      // glue is inside the loaders, so there is no file of it.
      assert.deepEqual(Object.keys(m.integrity).sort(), ['boot-check.js', 'boot.js', 'embed.js', 'kllm-frame.js', 'kllm-nojs.css', 'kllm-widget_bg.wasm', 'kllm.css', 'page.css']);
      assert.ok(!onDisk.includes('kllm-widget.js'), `${name}: no separate glue file`);
      for (const [f, hash] of Object.entries(m.integrity)) {
        const want = `sha384-${createHash('sha384').update(readFileSync(join(dir, f))).digest('base64')}`;
        assert.equal(hash, want, `${name}: integrity of ${f}`);
      }
      for (const [f, code] of [['embed.js', 'script'], ['kllm-frame.js', 'iframe']]) {
        assert.ok(m.embed[code].includes(`integrity="${m.integrity[f]}"`), `${name}: the embed code pins ${f}`);
      }
      const sums = readFileSync(join(dir, 'SHA256SUMS'), 'utf8').trim().split('\n');
      assert.deepEqual(sums, Object.entries(m.files).map(([f, e]) => `${e.sha256}  ${f}`));
    }
    // The two builds embed different data: the wasm differs.
    assert.notEqual(manifestOf(A).files['kllm-widget_bg.wasm'].sha256, manifestOf(B).files['kllm-widget_bg.wasm'].sha256);
    assert.notEqual(manifestOf(A).files['kllm-preview.png'].sha256, manifestOf(B).files['kllm-preview.png'].sha256, 'each picture shows its data date');
  });

  for (const name of [A, B]) {
    test(`release ${name}: the page loads only its own files and shows its release and data date`, async () => {
      const page = await openPage(browser, server.origin, { path: `/${name}/` });
      try {
        const footer = await page.locator('.kllm-footer').textContent();
        assert.ok(footer.includes(`데이터 기준 ${DATES[name].ko}`), footer);
        assert.ok(footer.includes(`릴리스 ${name}`), footer);
        const outside = paths(page).filter((p) => !p.startsWith(`/${name}/`));
        assert.deepEqual(outside, [], 'requests outside the release folder');
        assert.ok(paths(page).includes(`/${name}/kllm-widget_bg.wasm`));
        assert.deepEqual(page.kllm.problems, []);
      } finally {
        await page.context().close();
      }
    });

    test(`release ${name}: the English page, one folder down, loads the release's pinned files and is English`, async () => {
      const page = await openPage(browser, server.origin, { path: `/${name}/en/` });
      try {
        assert.equal(await page.locator('.kllm').getAttribute('lang'), 'en');
        const footer = await page.locator('.kllm-footer').textContent();
        assert.ok(footer.includes(`Release ${name}`), footer);
        const outside = paths(page).filter((p) => !p.startsWith(`/${name}/`));
        assert.deepEqual(outside, [], 'requests outside the release folder');
        for (const f of ['kllm-widget_bg.wasm', 'boot.js', 'kllm.css']) assert.ok(paths(page).includes(`/${name}/${f}`), f);
        // Its data links and its catalogue are the release's own.
        const csv = await page.locator('.kllm-footer a[href$="kllm-models.csv"]').getAttribute('href');
        assert.equal(new URL(csv, page.url()).pathname, `/${name}/kllm-models.csv`);
        assert.deepEqual(page.kllm.problems, []);
      } finally {
        await page.context().close();
      }
    });

    test(`release ${name}: the integrity-pinned script embed runs under the strict CSP and loads only its own files`, async () => {
      const m = manifestOf(name);
      const code = m.embed.script.replaceAll(m.url, `${server.origin}/${name}/`);
      assert.match(code, /integrity="sha384-[A-Za-z0-9+/]+=*" crossorigin="anonymous"/);
      const host = `/host-${name}.html`;
      const page = await openPage(browser, server.origin, { path: null });
      try {
        await page.route(`${server.origin}${host}`, (route) => route.fulfill({
          status: 200,
          headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'" },
          body: `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>host</title></head><body>${code}</body></html>`,
        }));
        const violations = [];
        page.on('console', (msg) => { if (/Content Security Policy|integrity/i.test(msg.text())) violations.push(msg.text()); });
        await page.goto(`${server.origin}${host}`);
        await page.waitForFunction(() => document.querySelector('[data-kllm-widget]')?.shadowRoot?.querySelector('.kllm[data-ready] .kllm-card'), null, { timeout: 20_000 });
        const footer = await page.locator('[data-kllm-widget] .kllm-footer').textContent();
        assert.ok(footer.includes(`릴리스 ${name}`), footer);
        const outside = paths(page).filter((p) => p !== host && !p.startsWith(`/${name}/`));
        assert.deepEqual(outside, [], 'requests outside the release folder');
        assert.deepEqual(violations, []);
        assert.deepEqual(page.kllm.problems, []);
      } finally {
        await page.context().close();
      }
    });
  }

  test('a script embed whose file does not match its integrity hash is refused, not run', async () => {
    const m = manifestOf(A);
    const wrong = m.embed.script.replaceAll(m.url, `${server.origin}/${A}/`).replace(/integrity="sha384-[^"]+"/, `integrity="sha384-${createHash('sha384').update('another file').digest('base64')}"`);
    const page = await openPage(browser, server.origin, { path: null });
    try {
      await page.route(`${server.origin}/host-wrong.html`, (route) => route.fulfill({
        status: 200,
        headers: { 'content-type': 'text/html; charset=utf-8' },
        body: `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>host</title></head><body>${wrong}</body></html>`,
      }));
      await page.goto(`${server.origin}/host-wrong.html`);
      await page.waitForTimeout(1500);
      assert.equal(await page.evaluate(() => !!document.querySelector('[data-kllm-widget]').shadowRoot), false, 'no widget mounted');
      assert.ok(page.kllm.problems.some((p) => /integrity/i.test(p)), `the browser reports the integrity failure: ${page.kllm.problems}`);
      assert.ok(!paths(page).includes(`/${A}/kllm-widget_bg.wasm`), 'the wasm is never requested');
    } finally {
      await page.context().close();
    }
  });

  test('a shared link into the older release says a newer one exists and keeps its view', async () => {
    const query = encodeURIComponent('엑사원');
    const page = await openPage(browser, server.origin, { path: `/${A}/#v=1&q=${query}&r=${A}` });
    try {
      const note = page.locator('.kllm-release-note');
      await note.waitFor({ timeout: 10_000 });
      const text = await note.textContent();
      assert.ok(text.includes(`릴리스 ${A}(데이터 기준 2026년 12월 6일)`), text);
      assert.ok(text.includes(`새 릴리스 ${B}(데이터 기준 2026년 12월 15일)`), text);
      const href = await note.locator('a').getAttribute('href');
      // The same view, written in the current format: a format-1 link without a metric is the
      // timeline (the gap view is format 2's default).
      assert.equal(href, `${server.origin}/${B}/#v=2&q=${query}&metric=time&r=${B}`);
      // The old view stays: the search from the link is applied, the footer is the old release's.
      assert.equal(await page.locator('.kllm input[type=search]').inputValue(), '엑사원');
      assert.ok((await page.locator('.kllm-footer').textContent()).includes(`릴리스 ${A}`));
      assert.deepEqual(paths(page).filter((p) => !p.startsWith(`/${A}/`)), ['/releases.json'], 'only the release index besides its own files');
      assert.deepEqual(page.kllm.problems, []);
      // Following the link opens the same view in the newer release, which has nothing newer.
      await note.locator('a').click();
      await page.waitForFunction((b) => location.pathname === `/${b}/`, B);
      await page.waitForSelector('.kllm[data-ready]');
      assert.equal(await page.locator('.kllm input[type=search]').inputValue(), '엑사원');
      await page.waitForTimeout(500);
      assert.equal(await page.locator('.kllm-release-note').count(), 0);
      // Leaving the old release aborts what its page still had in flight (its favicon, when
      // the browser asks for it late): that is the navigation, not a failure.
      const left = `request failed: ${server.origin}/${A}/`;
      const problems = page.kllm.problems.filter((p) => !(p.startsWith(left) && p.endsWith('(net::ERR_ABORTED)')));
      assert.deepEqual(problems, []);
    } finally {
      await page.context().close();
    }
  });

  test('the share link names the release it was made with', async () => {
    const page = await openPage(browser, server.origin, { path: `/${A}/` });
    try {
      await page.locator('.kllm-share > summary').click();
      const link = await page.locator('.kllm-share__input').inputValue();
      assert.equal(link, `${server.origin}/${A}/#v=2&r=${A}`);
    } finally {
      await page.context().close();
    }
  });

  test('the built page and its exports carry the licence and the citation of their own release', () => {
    for (const name of [A, B]) {
      const dir = join(OUT, name);
      const html = readFileSync(join(dir, 'index.html'), 'utf8');
      const cite = `인용: kllm-widget, 「한국의 거대언어모델, 어디까지 왔나」 데이터, 릴리스 ${name}(데이터 기준 ${DATES[name].ko}), CC BY 4.0.`;
      assert.ok(html.includes(cite), `${name}: the citation in index.html`);
      assert.ok(html.includes('<a href="https://creativecommons.org/licenses/by/4.0/" rel="license noopener" target="_blank">CC BY 4.0</a>'), `${name}: the licence link`);
      const csv = readFileSync(join(dir, 'kllm-models.csv'), 'utf8').replace(/^\ufeff/, '').split('\r\n');
      assert.ok(csv[0].startsWith('data_as_of,release,data_licence,cite_as,'), csv[0]);
      const citeEn = `kllm-widget, “Korea's large language models: how far have they come?” data, release ${name} (data as of ${DATES[name].en}), CC BY 4.0.`;
      // The citation has commas: the cell is quoted (RFC 4180).
      for (const row of csv.slice(1).filter(Boolean)) {
        assert.ok(row.startsWith(`${name.slice(VERSION.length + 1)},${name},CC BY 4.0 https://creativecommons.org/licenses/by/4.0/,"${citeEn}",`), row.slice(0, 200));
      }
      const json = JSON.parse(readFileSync(join(dir, 'kllm-models.json'), 'utf8'));
      assert.equal(json.release, name);
      assert.equal(json.licence.name, 'CC BY 4.0');
      assert.equal(json.cite_as.en, citeEn);
      assert.equal(json.cite_as.ko, cite.replace('인용: ', ''));
    }
  });

  test('each release has the share tags for its own URL and its own preview picture', () => {
    for (const name of [A, B]) {
      const dir = join(OUT, name);
      const html = readFileSync(join(dir, 'index.html'), 'utf8');
      checkSharePreview(assert, html, (f) => readFileSync(join(dir, f)), `${URL_BASE}${name}/`);
      assert.ok(metaTags(html)['og:image:alt'][0].endsWith(`데이터 기준 ${DATES[name].ko}.`), `${name}: the picture's date`);
    }
  });

  test('releases are immutable: the same build again is accepted, a changed file fails the release', () => {
    assert.equal(runs.again.status, 0, runs.again.stderr.slice(-2000));
    assert.match(runs.again.stderr, new RegExp(`${A.replaceAll('.', '\\.')} already exists with identical files`), 'a rebuild reproduces the release byte for byte');
    const css = join(OUT, A, 'kllm.css');
    const before = readFileSync(css);
    writeFileSync(css, Buffer.concat([before, Buffer.from('\n/* changed */\n')]));
    const r = release(['--no-build']);
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /already exists .* differs in 1 file\(s\): kllm\.css/);
    assert.ok(readFileSync(css).toString().endsWith('/* changed */\n'), 'the failed release wrote nothing');
    writeFileSync(css, before);
    assert.equal(release(['--no-build']).status, 0);
  });
});
