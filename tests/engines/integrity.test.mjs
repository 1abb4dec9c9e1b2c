// A pinned release is tamper-evident end to end (issue 26), in Chromium, WebKit and Firefox.
//
// One release is built (`scripts/release.mjs`, about 20 s with cargo's cache warm) and served
// four times under the strict CSP: as built, and with one byte changed in the wasm, in the
// glue (which a release carries inside embed.js and boot.js) and in kllm.css. Each copy is
// opened as a host page with the release's own pinned script embed (a pasted snippet and an
// empty host, beside host content of its own) and as the iframe page itself (index.html).
//
// - As built: both run, load nothing outside the release, and the release's strict-CSP demo
//   reports no violation; two hosts still have an instance each (one made to panic, the
//   other works), although the glue is inside embed.js.
// - Wasm or stylesheet changed: the browser refuses the file (fetch or link `integrity`); the
//   widget does not run it, the host keeps its content and shows the note, the console names
//   the file, and the page's own content is untouched.
// - Glue changed: the host page's `integrity` refuses embed.js, index.html's refuses boot.js,
//   so nothing of the widget runs and the wasm is never requested. The host's snippet stays as
//   it is (no code of the release is left to show the note); the iframe page's boot-check.js,
//   pinned and run after boot.js, finds that boot.js never ran and shows the note.
// - boot.js slow but healthy: the note never shows while the page waits for it.
//
// Every change is one the browser would run if it were not pinned: the changed wasm compiles,
// and the changed embed.js and boot.js run when their pin is taken away (checked here too).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { ROOT, serve } from '../e2e/lib/server.mjs';
import { ENGINE_NAMES, launchEngine, sleep } from './lib/webdriver.mjs';
import { FIRST_CARDS, SEL, Widget, guard, visitHosts } from './lib/widget.mjs';

const engines = process.env.KLLM_ENGINES ? process.env.KLLM_ENGINES.split(',') : ENGINE_NAMES;
const WORK = join(ROOT, 'target', 'engines-integrity');
const URL_BASE = 'https://cdn.example.org/widgets/kllm/';
const HTML = 'text/html; charset=utf-8';
const NOTE_KO = /대화형 기능이 작동하지 않습니다/;
const NOTE_EN = 'The interactive parts of this widget are not working. Everything below can still be read.';

/** Builds the release once for every engine; returns its folder and manifest. */
function buildRelease() {
  rmSync(WORK, { recursive: true, force: true });
  const out = join(WORK, 'out');
  const r = spawnSync('node', ['scripts/release.mjs', '--url', URL_BASE, '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${join(ROOT, 'node_modules/.bin')}:${join(homedir(), '.cargo/bin')}:${process.env.PATH}` },
  });
  assert.equal(r.status, 0, `release failed:\n${r.stderr.slice(-3000)}`);
  const { latest } = JSON.parse(readFileSync(join(out, 'releases.json'), 'utf8'));
  const dir = join(out, latest);
  return { dir, manifest: JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) };
}

/** Changes one byte of `file` in `dir`: the first `from` becomes `to` (same length). */
function changeByte(dir, file, from, to) {
  assert.equal(Buffer.byteLength(from), Buffer.byteLength(to));
  const path = join(dir, file);
  const bytes = readFileSync(path);
  const at = bytes.indexOf(from);
  assert.ok(at >= 0, `${file} has no ${JSON.stringify(from)}`);
  const changed = Buffer.concat([bytes.subarray(0, at), Buffer.from(to), bytes.subarray(at + Buffer.byteLength(from))]);
  const differing = [...changed].filter((b, i) => b !== bytes[i]).length;
  assert.equal(differing, 1, `${file}: one byte changed`);
  writeFileSync(path, changed);
  return changed;
}

/**
 * The release as built (`ok`; `slow`, whose stylesheets the server answers late; `late`, whose
 * boot.js it answers late) and three
 * copies with one byte changed: in the wasm (a letter of
 * the panic message in its data), in the glue (a letter of one of its warnings, in both
 * loaders) and in kllm.css (a size).
 */
function variants(release) {
  const root = join(WORK, 'served');
  for (const v of ['ok', 'slow', 'late', 'wasm', 'glue', 'css']) cpSync(release, join(root, v), { recursive: true });
  const wasm = changeByte(join(root, 'wasm'), 'kllm-widget_bg.wasm', 'kllm-widget stopped', 'kllm-widget Stopped');
  assert.ok(WebAssembly.validate(wasm), 'the changed wasm is still a valid module');
  for (const loader of ['embed.js', 'boot.js']) changeByte(join(root, 'glue'), loader, 'Falling back', 'Falling Back');
  changeByte(join(root, 'css'), 'kllm.css', '44px', '45px');
  return root;
}

/** A host page: host content of its own, a host holding the pasted snippet, and the release's
 *  pinned script embed code (`code`, pointing at this server: an empty host and the script),
 *  in English. */
const hostPage = (snippet, code) => ({
  type: HTML,
  body: `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>host</title><link rel="icon" href="/ok/favicon.svg"></head>
<body><p id="host-content">The host's own paragraph.</p>${snippet}
${code.replace('data-lang="ko"', 'data-lang="en"')}</body></html>`,
});

let release;
let served;
let server;

before(() => {
  release = buildRelease();
  served = variants(release.dir);
  const snippet = readFileSync(join(release.dir, 'kllm-snippet.html'), 'utf8');
  const extra = {};
  for (const v of ['ok', 'wasm', 'glue', 'css']) {
    extra[`/host-${v}.html`] = hostPage(snippet, release.manifest.embed.script.replaceAll(release.manifest.url, `/${v}/`));
  }
  // Two hosts of the pinned embed, and a host script that breaks a DOM method once when asked
  // (as in hostile.test.mjs): the inlined glue still gives each host an instance of its own.
  extra['/host-two.html'] = {
    type: HTML,
    body: `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>two</title><link rel="icon" href="/ok/favicon.svg"><script src="/trap.js"></script></head>
<body>${release.manifest.embed.script.replaceAll(release.manifest.url, '/ok/').replace('></div>', ' id="first"></div><div data-kllm-widget id="second"></div>')}</body></html>`,
  };
  extra['/trap.js'] = { type: 'text/javascript; charset=utf-8', body: "document.addEventListener('arm-trap', () => { const original = Node.prototype.cloneNode; Node.prototype.cloneNode = function () { Node.prototype.cloneNode = original; throw new Error('trap set by the host page'); }; });" };
  // Controls: the changed loaders without their pins run (the change alone breaks nothing).
  extra['/host-glue-unpinned.html'] = hostPage(snippet, release.manifest.embed.script.replaceAll(release.manifest.url, '/glue/').replace(/ integrity="[^"]+"/, ''));
  const page = readFileSync(join(served, 'glue', 'index.html'), 'utf8');
  extra['/glue/unpinned.html'] = { type: HTML, body: page.replace(/(<script type="module" src="\.\/boot\.js") integrity="[^"]+"/, '$1') };
  const slow = { '/slow/kllm.css': 1500, '/slow/page.css': 1500, '/late/boot.js': 2500 };
  return serve(served, { csp: true, guard: true, extra, slow }).then((s) => { server = s; });
});

after(() => server?.close());

test('the release pins what its pages load, and carries no separate glue file', () => {
  const { dir, manifest } = release;
  assert.equal(existsSync(join(dir, 'kllm-widget.js')), false);
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  for (const [tag, file] of [['script', 'boot.js'], ['script', 'boot-check.js'], ['link', 'kllm.css'], ['link', 'page.css'], ['link', 'kllm-nojs.css']]) {
    const quote = (t) => t.replace(/[.+/?*]/g, '\\$&');
    assert.match(html, new RegExp(`<${tag} [^>]*(src|href)="(\\./)?${quote(file)}" integrity="${quote(manifest.integrity[file])}"`), `index.html pins ${file}`);
  }
  for (const loader of ['embed.js', 'boot.js']) {
    const code = readFileSync(join(dir, loader), 'utf8');
    assert.ok(code.includes(manifest.integrity['kllm-widget_bg.wasm']), `${loader} pins the wasm`);
    assert.ok(code.includes('__wbindgen_start'), `${loader} carries the glue`);
  }
  assert.ok(readFileSync(join(dir, 'embed.js'), 'utf8').includes(manifest.integrity['kllm.css']), 'embed.js pins kllm.css');
});

for (const engine of engines) {
  describe(engine, () => {
    let s;
    before(async () => {
      s = await launchEngine(engine);
      await s.resize(1024, 900);
    });
    after(() => s?.quit());

    async function open(path) {
      await s.goto('about:blank');
      const from = server.requests.length;
      await s.goto(server.url(path));
      return () => server.requests.slice(from).map((r) => r.path);
    }

    /** What the host page shows once every host has started or failed. */
    async function hosts() {
      // The empty host sits below the pasted snippet: a reader scrolls to it.
      await visitHosts(s);
      return s.run((card, catalogue) => ({
        content: document.getElementById('host-content')?.textContent,
        outside: [...document.body.children].map((el) => el.id || el.tagName).join(' '),
        head: document.head.children.length,
        hosts: [...document.querySelectorAll('[data-kllm-widget]')].map((h) => ({
          failed: h.hasAttribute('data-kllm-failed'),
          ready: Boolean(h.shadowRoot?.querySelector('.kllm-mount:not([hidden]) .kllm[data-ready]')),
          note: [...h.querySelectorAll('.kllm-failed-note')].filter((n) => n.checkVisibility()).map((n) => n.textContent.trim()),
          cards: [...h.querySelectorAll(card)].filter((c) => c.checkVisibility()).length,
          catalogue: [...h.querySelectorAll(catalogue)].filter((a) => a.checkVisibility()).length,
        })),
      }), SEL.card, SEL.catalogue);
    }

    /** The iframe page's state once it has started or failed. */
    async function pageState() {
      await s.waitFor(() => document.getElementById('kllm-root').hasAttribute('data-kllm-failed') || document.querySelector('.kllm[data-ready]'),
        [], { timeout: 20_000, message: 'the page to start or fail' });
      return s.run((card, catalogue) => ({
        failed: document.getElementById('kllm-root').hasAttribute('data-kllm-failed'),
        ready: Boolean(document.querySelector('.kllm[data-ready]')),
        note: [...document.querySelectorAll('.kllm-failed-note')].filter((n) => n.checkVisibility()).map((n) => n.textContent.trim()),
        cards: [...document.querySelectorAll(card)].filter((c) => c.checkVisibility()).length,
        catalogue: [...document.querySelectorAll(catalogue)].filter((a) => a.checkVisibility()).length,
      }), SEL.card, SEL.catalogue);
    }

    const UNTOUCHED = { content: "The host's own paragraph.", outside: 'host-content DIV DIV SCRIPT', head: 4 };

    test('the release as built: the script embed and the iframe page run and load only its files', async () => {
      const requests = await open('/host-ok.html');
      const state = await hosts();
      assert.deepEqual(state.hosts.map((h) => [h.failed, h.ready]), [[false, true], [false, true]]);
      const g = await guard(s);
      assert.deepEqual([g.errors, g.violations, g.offOrigin], [[], [], []]);
      assert.deepEqual(requests().filter((p) => !p.startsWith('/ok/') && p !== '/host-ok.html' && p !== '/__kllm-guard.js'), []);
      assert.ok(requests().includes('/ok/kllm-widget_bg.wasm'));

      const pageRequests = await open('/ok/');
      const page = await pageState();
      assert.deepEqual([page.failed, page.ready], [false, true]);
      const w = new Widget(s);
      const r0 = await w.results();
      await s.click((await w.chip('네이버')).el);
      await w.resultsChange(r0);
      const pg = await guard(s);
      assert.deepEqual([pg.errors, pg.violations, pg.warnings], [[], [], []]);
      assert.ok(!pageRequests().includes('/ok/kllm-widget.js'));
    });

    test('slow stylesheets: the page checks them only once they are in, and runs', async () => {
      // WebKit runs boot.js before the stylesheets above it have arrived: it must wait for them.
      await open('/slow/');
      const page = await pageState();
      assert.deepEqual([page.failed, page.ready], [false, true]);
      const g = await guard(s);
      assert.deepEqual([g.errors, g.violations], [[], []]);
    });

    test('boot.js slow but healthy: the page never shows the note while it waits', async () => {
      await open('/late/');
      // Polled until the widget runs: the failed mark and the note never appear before. (A
      // mark, once set, is never taken back, so polling cannot miss one.)
      const seen = await s.waitFor(() => {
        const root = document.getElementById('kllm-root');
        if (root.hasAttribute('data-kllm-failed') || [...document.querySelectorAll('.kllm-failed-note')].some((n) => n.checkVisibility())) return 'note';
        return document.querySelector('.kllm[data-ready]') ? 'ready' : null;
      }, [], { timeout: 20_000, interval: 20, message: 'the page to run or show the note' });
      assert.equal(seen, 'ready');
      const g = await guard(s);
      assert.deepEqual([g.errors, g.violations], [[], []]);
    });

    test('the pinned embed still gives each host its own instance: one made to panic, the other works', async () => {
      await open('/host-two.html');
      const [a, b] = [new Widget(s, 0), new Widget(s, 1)];
      await a.ready();
      await b.ready();
      await s.run(() => document.dispatchEvent(new Event('arm-trap')));
      await s.click(await a.pinOf(0));
      await s.waitFor(() => document.getElementById('first').hasAttribute('data-kllm-failed'));
      assert.match(await a.failedNote(), NOTE_KO);
      const r0 = await b.results();
      await b.type('엑사원');
      assert.ok((await b.results()).shown < r0.shown);
      assert.equal(await s.run(() => document.getElementById('second').hasAttribute('data-kllm-failed')), false);
    });

    test("the release's strict-CSP demo reports no violation", async () => {
      await open('/ok/demo/csp.html');
      const host = new Widget(s, 0);
      await host.ready();
      await s.waitFor(() => /No Content-Security-Policy violation/.test(document.getElementById('csp-report').textContent));
      const g = await guard(s);
      assert.deepEqual([g.errors, g.violations], [[], []]);
      await s.frame(await s.run(() => document.querySelector('iframe[data-kllm-frame]')));
      try {
        await new Widget(s).ready();
        const fg = await guard(s);
        assert.deepEqual([fg.errors, fg.violations], [[], []]);
      } finally {
        await s.top();
      }
    });

    for (const [variant, file] of [['wasm', 'kllm-widget_bg.wasm'], ['css', 'kllm.css']]) {
      test(`one byte changed in ${file}: the script embed refuses it and shows the host's content with the note`, async () => {
        await open(`/host-${variant}.html`);
        const state = await hosts();
        assert.deepEqual({ content: state.content, outside: state.outside, head: state.head }, UNTOUCHED, 'the rest of the page is untouched');
        const [pasted, empty] = state.hosts;
        assert.deepEqual([pasted.failed, pasted.ready, empty.failed, empty.ready], [true, false, true, false]);
        assert.equal(pasted.cards, FIRST_CARDS, `the snippet's cards are readable: ${pasted.cards}`);
        assert.equal(pasted.catalogue, 1, 'and "show all", the link to every card');
        assert.match(pasted.note.join(), NOTE_KO);
        assert.deepEqual(empty.note, [NOTE_EN]);
        const g = await guard(s);
        assert.ok(g.errors.some((e) => e.includes(`/${variant}/${file}`)), `the console names ${file}: ${g.errors.join(' | ')}`);
        assert.deepEqual(g.violations, []);
      });

      test(`one byte changed in ${file}: the iframe page refuses it and keeps its content with the note`, async () => {
        await open(`/${variant}/`);
        const page = await pageState();
        assert.deepEqual([page.failed, page.ready], [true, false]);
        assert.equal(page.cards, FIRST_CARDS, `${page.cards} readable cards`);
        assert.equal(page.catalogue, 1, 'and "show all", the link to every card');
        assert.match(page.note.join(), NOTE_KO);
        const g = await guard(s);
        assert.ok(g.errors.some((e) => e.includes(`/${variant}/${file}`)), `the console names ${file}: ${g.errors.join(' | ')}`);
        assert.deepEqual(g.violations, []);
      });
    }

    test('one byte changed in the glue: the host page refuses embed.js; nothing of the release runs', async () => {
      const requests = await open('/host-glue.html');
      await s.waitFor(() => window.__kllmGuard.errors.some((e) => e.includes('/glue/embed.js')), [], { timeout: 20_000, message: 'embed.js to be refused' });
      await sleep(1000);
      const state = await s.run((card, catalogue) => ({
        content: document.getElementById('host-content')?.textContent,
        outside: [...document.body.children].map((el) => el.id || el.tagName).join(' '),
        head: document.head.children.length,
        mounted: [...document.querySelectorAll('[data-kllm-widget]')].map((h) => h.hasAttribute('data-kllm-mounted') || Boolean(h.shadowRoot)),
        cards: [...document.querySelectorAll(card)].filter((c) => c.checkVisibility()).length,
        catalogue: [...document.querySelectorAll(catalogue)].filter((a) => a.checkVisibility()).length,
      }), SEL.card, SEL.catalogue);
      assert.deepEqual({ content: state.content, outside: state.outside, head: state.head }, UNTOUCHED);
      assert.deepEqual(state.mounted, [false, false], 'no host was taken');
      assert.equal(state.cards, FIRST_CARDS, `the snippet's cards are readable: ${state.cards}`);
      assert.equal(state.catalogue, 1, 'and "show all", the link to every card');
      assert.ok(!requests().includes('/glue/kllm-widget_bg.wasm'), 'the wasm is never requested');

      // Control: the same changed embed.js without its pin runs.
      await open('/host-glue-unpinned.html');
      const control = await hosts();
      assert.deepEqual(control.hosts.map((h) => h.ready), [true, true]);
    });

    test('one byte changed in the glue: the iframe page refuses boot.js; the prerendered page stays, with the note', async () => {
      const requests = await open('/glue/');
      await s.waitFor(() => window.__kllmGuard.errors.some((e) => e.includes('/glue/boot.js')), [], { timeout: 20_000, message: 'boot.js to be refused' });
      // boot-check.js runs after it, finds no mark of boot.js, and says so.
      const page = await pageState();
      assert.deepEqual([page.failed, page.ready], [true, false]);
      assert.equal(page.cards, FIRST_CARDS, `${page.cards} readable cards (the first screen's)`);
      assert.equal(page.catalogue, 1, 'and "show all", the link to every card');
      assert.match(page.note.join(), NOTE_KO);
      // The controls that need the widget are hidden (kllm.css, keyed on the failed mark).
      assert.equal(await s.run((sel) => document.querySelector(sel).checkVisibility(), SEL.filtersToggle), false);
      const g = await guard(s);
      assert.ok(g.errors.some((e) => e.includes('boot.js did not run')), `the page says why: ${g.errors.join(' | ')}`);
      assert.deepEqual(g.violations, []);
      await sleep(1000);
      assert.equal(await s.run(() => Boolean(document.querySelector('.kllm[data-ready]'))), false);
      assert.ok(!requests().includes('/glue/kllm-widget_bg.wasm'), 'the wasm is never requested');

      // Control: the same changed boot.js without its pin runs.
      await open('/glue/unpinned.html');
      await new Widget(s).ready();
    });
  });
}
