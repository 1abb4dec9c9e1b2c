// Hostile hosts, in every engine (WebDriver, lib/webdriver.mjs): each finding of issue 14 has
// a page here that would break the widget if the finding came back.
//
// - a page with its own #kllm-root and a #comments fragment (the script embed leaves both, and
//   the page's query string, alone; its share link opens the widget's own page)
// - a page enforcing Trusted Types (require-trusted-types-for 'script')
// - hosts the page hides (`hidden`, `display: none`)
// - a page with a keyboard shortcut (keys typed into the widget's fields stay inside)
// - prerendered HTML from another build next to this wasm, and prerendered HTML edited so that
//   hydrating it fails
// - pages where the wasm cannot load, or WebAssembly may not run (CSP), and the page whose
//   boot.js is not found
// - two widgets where one is made to panic (a host script breaks a DOM method once)
// - a host script that edits `data-m` in the open shadow root
// - "Report a correction" links a page may not choose
// - PNG export under the documented CSP, and what happens without `img-src blob:`
//
// Pages are served under the strict CSP the README documents (lib/server.mjs STRICT_CSP), so
// their scripts and styles are files here too. KLLM_ENGINES=chromium narrows the run by hand.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, STRICT_CSP, serve } from '../e2e/lib/server.mjs';
import { ENGINE_NAMES, launchEngine, sleep } from './lib/webdriver.mjs';
import { FIRST_CARDS, SEL, Widget, guard, visitHosts } from './lib/widget.mjs';

const engines = process.env.KLLM_ENGINES ? process.env.KLLM_ENGINES.split(',') : ENGINE_NAMES;
const DIST = process.env.KLLM_DIST || join(ROOT, 'dist');
const index = readFileSync(join(DIST, 'index.html'), 'utf8');
const snippet = readFileSync(join(DIST, 'kllm-snippet.html'), 'utf8');
const BUILD = index.match(/data-kllm-build="([0-9a-f]+)"/)?.[1];
const HTML = 'text/html; charset=utf-8';
const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';
const TRUSTED_TYPES = `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types kllm-widget`;

/** A host page: `body` inside a minimal valid document that loads embed.js. */
const host = (title, body, head = '') => ({
  type: HTML,
  body: `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="/favicon.svg">${head}</head>
<body>${body}<script type="module" src="/embed.js"></script></body></html>`,
});

const PAGES = {
  '/hostile/own-root.html': host('own #kllm-root',
    '<div id="kllm-root"><p id="host-content">The host page\'s own #kllm-root.</p></div><div data-kllm-widget></div><section id="comments"><h2>Comments</h2></section>'),
  '/hostile/trusted-types.html': { ...host('Trusted Types', '<div data-kllm-widget></div>'), headers: { 'content-security-policy': TRUSTED_TYPES } },
  '/hostile/trusted-types-page.html': { type: HTML, body: index, headers: { 'content-security-policy': TRUSTED_TYPES } },
  '/hostile/hidden.html': host('hidden hosts',
    '<div data-kllm-widget hidden id="a"></div><div data-kllm-widget class="gone" id="b"></div><div data-kllm-widget class="flex" id="c"></div>',
    '<link rel="stylesheet" href="/hostile/host.css">'),
  '/hostile/host.css': { type: CSS, body: '.gone { display: none; } .flex { display: flex; }' },
  '/hostile/shortcut.html': host('keyboard shortcut', '<div data-kllm-widget></div>', '<script src="/hostile/shortcut.js"></script>'),
  // A host's keyboard shortcuts, as pages register them: keydown on the document, bubbling.
  '/hostile/shortcut.js': { type: JS, body: "document.addEventListener('keydown', (e) => { document.documentElement.dataset.keys = (document.documentElement.dataset.keys ?? '') + e.key; });" },
  // The page from another build: another build id, and HTML this wasm cannot hydrate.
  '/hostile/stale.html': { type: HTML, body: index.replace(/data-kllm-build="[0-9a-f]+"/, 'data-kllm-build="0123456789abcdef"').replace('<header class="kllm-header"', '<div id="stale" class="kllm-header"').replace(/<\/header>/, '</div>') },
  // This build's id, but HTML edited after the build so that hydrating it panics.
  '/hostile/edited.html': { type: HTML, body: index.replace('<header class="kllm-header"', '<div id="edited" class="kllm-header"').replace(/<\/header>/, '</div>') },
  '/hostile/two.html': host('two widgets, one made to panic',
    '<div data-kllm-widget id="first"></div><div data-kllm-widget id="second"></div>', '<script src="/hostile/trap.js"></script>'),
  // A host script that breaks a DOM method once, when asked: whichever widget calls it next
  // panics (Yew makes new elements by cloning cached ones, and treats a failed clone as
  // impossible).
  '/hostile/trap.js': { type: JS, body: "document.addEventListener('arm-trap', () => { const original = Node.prototype.cloneNode; Node.prototype.cloneNode = function () { Node.prototype.cloneNode = original; throw new Error('trap set by the host page'); }; });" },
  '/hostile/snippet.html': host('snippet and plain host', `${snippet}<div data-kllm-widget data-lang="en" id="plain"></div>`),
  '/hostile/no-wasm.html': { ...host('no WebAssembly', `${snippet}<div data-kllm-widget data-lang="en" id="plain"></div>`), headers: { 'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'" } },
  '/hostile/export.html': host('export', '<div data-kllm-widget data-lang="en"></div>', '<script src="/hostile/capture.js"></script>'),
  '/hostile/export-no-blob.html': { ...host('export without blob:', '<div data-kllm-widget data-lang="en"></div>', '<script src="/hostile/capture.js"></script>'), headers: { 'content-security-policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'" } },
  // Keeps downloads in the page: records each object URL's blob and each <a download> click
  // instead of saving a file.
  '/hostile/capture.js': { type: JS, body: `(() => {
  const blobs = new Map();
  const saved = [];
  Object.defineProperty(window, '__kllmDownloads', { value: saved });
  const create = URL.createObjectURL;
  URL.createObjectURL = function (blob) { const url = create.call(URL, blob); blobs.set(url, blob); return url; };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    if (!this.download) return click.call(this);
    const blob = blobs.get(this.href);
    saved.push({ name: this.download, type: blob && blob.type, head: null });
    const entry = saved[saved.length - 1];
    if (blob) blob.slice(0, 8).arrayBuffer().then((b) => { entry.head = [...new Uint8Array(b)]; });
  };
})();` },
};

for (const engine of engines) {
  describe(engine, () => {
    let server;
    let broken;
    let bootless;
    let s;
    before(async () => {
      assert.match(BUILD ?? '', /^[0-9a-f]{16}$/, 'dist/index.html carries a build id');
      server = await serve(undefined, { csp: true, guard: true, extra: PAGES });
      // The same build with the wasm missing (a failed download, a blocked URL).
      broken = await serve(undefined, { csp: true, guard: true, extra: PAGES, fail: ['/kllm-widget_bg.wasm'] });
      // The same build with boot.js missing: no code of the page's own loader runs.
      bootless = await serve(undefined, { csp: true, guard: true, fail: ['/boot.js'] });
      s = await launchEngine(engine);
      await s.resize(1024, 900);
    });
    after(async () => {
      await s?.quit();
      await server?.close();
      await broken?.close();
      await bootless?.close();
    });

    async function open(url) {
      await s.goto('about:blank');
      await s.goto(url);
    }

    test('a page with its own #kllm-root and #comments: the script embed leaves both, and the URL, alone', async () => {
      await open(server.url('/hostile/own-root.html?lang=en#comments'));
      const w = new Widget(s, 0);
      await w.ready();
      // The page's query string is not the widget's: it stays Korean (the browser's language).
      assert.equal(await w.q((root, SEL) => root.querySelector(SEL.widget).lang), 'ko');
      const r0 = await w.results();
      await s.click((await w.chip('네이버')).el);
      await w.resultsChange(r0);
      await w.type('엑사원');
      await sleep(600); // the page's own widget writes its URL 150 ms after a change
      const page = await s.run(() => ({ hash: location.hash, search: location.search, root: document.getElementById('kllm-root').innerHTML }));
      assert.deepEqual(page, { hash: '#comments', search: '?lang=en', root: '<p id="host-content">The host page\'s own #kllm-root.</p>' });
      // The share link opens the widget's own page, next to embed.js, with the view.
      const link = await w.shareLink();
      assert.ok(link.startsWith(`${server.origin}/index.html#`), link);
      assert.match(link, /q=/);
      const want = (await w.results()).text;
      await open(link);
      const own = new Widget(s);
      await own.ready();
      assert.equal((await own.results()).text, want);
      assert.deepEqual((await guard(s)).errors, []);
    });

    test('a page enforcing Trusted Types: the script embed renders, filters and relabels', async () => {
      await open(server.url('/hostile/trusted-types.html'));
      const w = new Widget(s, 0);
      await w.ready();
      const r0 = await w.results();
      await s.click((await w.chip('네이버')).el);
      await w.resultsChange(r0);
      // The language switch writes every card and the chart anew.
      await s.click(await w.el(SEL.langSwitch));
      await w.until((root, SEL) => root.querySelector(SEL.widget).lang === 'en' && /^\d+ of \d+/.test(root.querySelector(SEL.results).textContent.trim()));
      assert.ok((await w.titles()).every((t) => !/[가-힣]/.test(t)), 'English card titles');
      const g = await guard(s);
      assert.deepEqual([g.errors, g.violations], [[], []]);
      // The policy is really enforced in this engine: a plain string is refused.
      assert.equal(await s.run(() => { try { document.createElement('div').innerHTML = '<b>x</b>'; return false; } catch { return true; } }), true, 'Trusted Types enforced');
    });

    test('the widget page itself under Trusted Types hydrates and changes its cards', async () => {
      await open(server.url('/hostile/trusted-types-page.html'));
      const w = new Widget(s);
      await w.ready();
      await s.click(await w.el(SEL.langSwitch));
      await w.until((root, SEL) => /^\d+ of \d+/.test(root.querySelector(SEL.results).textContent.trim()));
      assert.ok((await w.titles()).every((t) => !/[가-힣]/.test(t)), 'English card titles');
      const g = await guard(s);
      assert.deepEqual([g.errors, g.violations, g.warnings], [[], [], []]);
    });

    test('hosts the page hides stay hidden and wait; shown, they start and show the widget', async () => {
      await open(server.url('/hostile/hidden.html'));
      await new Widget(s, 2).ready();
      const boxes = () => s.run(() => Object.fromEntries(['a', 'b', 'c'].map((id) => {
        const h = document.getElementById(id);
        return [id, { height: Math.round(h.getBoundingClientRect().height), claimed: h.hasAttribute('data-kllm-mounted'), mounted: Boolean(h.shadowRoot?.querySelector('.kllm')) }];
      })));
      const hidden = await boxes();
      assert.deepEqual([hidden.a.height, hidden.b.height], [0, 0], JSON.stringify(hidden));
      // A hidden host is never near the reader: taken, but nothing started for it.
      assert.deepEqual([hidden.a.claimed, hidden.a.mounted, hidden.b.claimed, hidden.b.mounted], [true, false, true, false], JSON.stringify(hidden));
      assert.ok(hidden.c.height > 500, JSON.stringify(hidden));
      await s.run(() => document.getElementById('a').removeAttribute('hidden'));
      await s.waitFor(() => document.getElementById('a').getBoundingClientRect().height > 500);
      // Shown further down the page, the other starts once the reader scrolls near it.
      await s.run(() => document.getElementById('b').classList.remove('gone'));
      await s.run(() => document.getElementById('b').scrollIntoView());
      await new Widget(s, 1).ready();
      // A host the page makes a flex container is filled all the same.
      const widths = await s.run(() => ['a', 'c'].map((id) => Math.round(document.getElementById(id).shadowRoot.querySelector('.kllm').getBoundingClientRect().width)));
      assert.equal(widths[0], widths[1]);
      assert.ok(widths[0] > 600, `${widths}`);
    });

    test('keys typed into the widget do not reach the page\'s shortcuts; keys on its buttons do', async () => {
      await open(server.url('/hostile/shortcut.html'));
      const w = new Widget(s, 0);
      await w.ready();
      await w.type('엑사원/s');
      assert.equal(await w.q((root, SEL) => root.querySelector(SEL.search).value), '엑사원/s');
      assert.equal(await s.run(() => document.documentElement.dataset.keys ?? ''), '');
      // Focus a button of the widget, then press a key: that one is the page's to see.
      await w.q((root, SEL) => root.querySelector(SEL.langSwitch).focus());
      await s.keys('/');
      await s.waitFor(() => document.documentElement.dataset.keys === '/');
    });

    test('prerendered HTML from another build is rendered afresh, not hydrated', async () => {
      await open(server.url('/hostile/stale.html'));
      const w = new Widget(s);
      await w.ready();
      const page = await s.run(() => ({
        stale: Boolean(document.getElementById('stale')),
        widgets: document.querySelectorAll('section.kllm').length,
        header: Boolean(document.querySelector('section.kllm > header.kllm-header')),
      }));
      assert.deepEqual(page, { stale: false, widgets: 1, header: true });
      const r0 = await w.results();
      await s.click((await w.chip('네이버')).el);
      await w.resultsChange(r0);
      const g = await guard(s);
      assert.deepEqual(g.errors, []);
      assert.ok(g.warnings.some((m) => /another build/.test(m)), g.warnings.join(' | '));
    });

    /** What a reader of the page can still read: the cards on screen and the link to all. */
    const readable = () => s.run((card, catalogue) => ({
      cards: [...document.querySelectorAll(card)].filter((c) => c.checkVisibility()).length,
      catalogue: [...document.querySelectorAll(catalogue)].filter((a) => a.checkVisibility()).length,
    }), SEL.card, SEL.catalogue);

    test('prerendered HTML edited after the build: hydration fails, the content stays with a note', async () => {
      await open(server.url('/hostile/edited.html'));
      await s.waitFor(() => document.getElementById('kllm-root').hasAttribute('data-kllm-failed'), [], { timeout: 20_000 });
      const w = new Widget(s);
      assert.match(await w.failedNote(), /대화형 기능이 작동하지 않습니다/);
      const page = await s.run((card, catalogue) => ({
        cards: [...document.querySelectorAll(card)].filter((c) => c.checkVisibility()).length,
        catalogue: [...document.querySelectorAll(catalogue)].filter((a) => a.checkVisibility()).length,
        controls: document.querySelector('.kllm-toolbar__bar').checkVisibility(),
      }), SEL.card, SEL.catalogue);
      assert.equal(page.cards, FIRST_CARDS, `${page.cards} readable cards`);
      assert.equal(page.catalogue, 1, 'and "show all", the link to every card');
      assert.equal(page.controls, false, 'controls that do nothing are hidden');
      assert.ok((await guard(s)).errors.some((e) => /kllm-widget stopped/.test(e)));
    });

    test('two widgets, one made to panic: the other keeps working', async () => {
      await open(server.url('/hostile/two.html'));
      const [a, b] = [new Widget(s, 0), new Widget(s, 1)];
      await a.ready();
      await b.ready();
      const cards = (await a.titles()).length;
      await s.run(() => document.dispatchEvent(new Event('arm-trap')));
      // Pinning draws the tray: the first widget's next cloneNode throws, and it panics.
      await s.click(await a.pinOf(0));
      await s.waitFor(() => document.getElementById('first').hasAttribute('data-kllm-failed'));
      assert.match(await a.failedNote(), /대화형 기능이 작동하지 않습니다/);
      assert.equal((await a.titles()).length, cards, 'its cards are still there to read');
      // The other widget has an instance of its own: it still searches and filters.
      const r0 = await b.results();
      await b.type('엑사원');
      assert.ok((await b.results()).shown < r0.shown);
      const r1 = await b.results();
      await s.click((await b.chip('네이버')).el);
      await b.resultsChange(r1);
      assert.equal(await s.run(() => document.getElementById('second').hasAttribute('data-kllm-failed')), false);
      assert.equal(await b.failedNote(), null);
    });

    test('the wasm cannot load: the page keeps its prerendered content and says so', async () => {
      await open(broken.url('/'));
      await s.waitFor(() => document.getElementById('kllm-root').hasAttribute('data-kllm-failed'), [], { timeout: 20_000 });
      const w = new Widget(s);
      assert.match(await w.failedNote(), /대화형 기능이 작동하지 않습니다/);
      const page = await readable();
      assert.equal(page.cards, FIRST_CARDS, `${page.cards} readable cards`);
      assert.equal(page.catalogue, 1, 'and "show all", the link to every card');
      assert.equal(await s.run(() => document.querySelector('.kllm[data-ready]')), null);
    });

    test('boot.js not found: the page keeps its prerendered content and says so (boot-check.js)', async () => {
      await open(bootless.url('/'));
      await s.waitFor(() => document.getElementById('kllm-root').hasAttribute('data-kllm-failed'), [], { timeout: 20_000 });
      assert.match(await new Widget(s).failedNote(), /대화형 기능이 작동하지 않습니다/);
      const page = await readable();
      assert.equal(page.cards, FIRST_CARDS, `${page.cards} readable cards`);
      assert.equal(page.catalogue, 1, 'and "show all", the link to every card');
      assert.ok((await guard(s)).errors.some((e) => e.includes('boot.js did not run')));
    });

    for (const [why, origin, path] of [
      ['the wasm cannot load', () => broken.origin, '/hostile/snippet.html'],
      ['WebAssembly may not run (no wasm-unsafe-eval)', () => server.origin, '/hostile/no-wasm.html'],
    ]) {
      test(`${why}: script embeds show the snippet or a note`, async () => {
        await open(origin() + path);
        // The plain host sits below the pasted snippet: a reader scrolls to it.
        await visitHosts(s);
        assert.ok(await s.run(() => [...document.querySelectorAll('[data-kllm-widget]')].every((h) => h.hasAttribute('data-kllm-failed'))));
        const hosts = await s.run((card, catalogue) => [...document.querySelectorAll('[data-kllm-widget]')].map((h) => ({
          note: [...h.querySelectorAll('.kllm-failed-note')].filter((n) => n.checkVisibility()).map((n) => n.textContent.trim()),
          cards: [...h.querySelectorAll(card)].filter((c) => c.checkVisibility()).length,
          catalogue: [...h.querySelectorAll(catalogue)].filter((a) => a.checkVisibility()).length,
        })), SEL.card, SEL.catalogue);
        assert.equal(hosts.length, 2);
        const [pasted, plain] = hosts;
        assert.equal(pasted.cards, FIRST_CARDS, `the snippet's cards are readable: ${pasted.cards}`);
        assert.equal(pasted.catalogue, 1, 'and "show all", the link to every card');
        assert.match(pasted.note.join(), /대화형 기능이 작동하지 않습니다/);
        assert.deepEqual(plain.note, ['The interactive parts of this widget are not working. Everything below can still be read.']);
      });
    }

    test('a host script editing data-m in the open shadow root cannot crash the widget', async () => {
      await open(server.url('/hostile/own-root.html'));
      const w = new Widget(s, 0);
      await w.ready();
      await w.q((root, SEL) => {
        root.querySelector(SEL.card).closest('[data-m]').setAttribute('data-m', '65535');
        for (const mark of root.querySelectorAll('svg [data-m]')) mark.setAttribute('data-m', '9999');
      });
      await s.click(await w.pinOf(0));
      // A shape of a chart mark (WebDriver clicks elements with a box; a <g> has none of its own).
      await s.click(await w.q((root) => root.querySelector('svg [data-m] :is(rect, circle, path)')));
      await sleep(300);
      assert.equal(await w.tray(), null, 'nothing was pinned');
      // Still alive: a chip still filters.
      const r0 = await w.results();
      await s.click((await w.chip('네이버')).el);
      await w.resultsChange(r0);
      assert.equal(await s.run(() => document.querySelector('[data-kllm-widget]').hasAttribute('data-kllm-failed')), false);
      assert.deepEqual((await guard(s)).errors, []);
    });

    test('a correction link the build did not allow is never shown', async () => {
      await open(server.url('/?corrections=https%3A%2F%2Fany.site%2F'));
      const w = new Widget(s);
      await w.ready();
      // Links as written (an in-page link resolves against the page's own URL, which holds the
      // option itself).
      const links = await w.q((root) => [...root.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')));
      assert.ok(!links.some((h) => h.includes('any.site')), links.join(' '));
      assert.ok((await guard(s)).warnings.some((m) => /corrections/.test(m)));
    });

    test('PNG export works under the documented CSP; without img-src blob: it says it failed', async () => {
      const exportPng = async (path) => {
        await open(server.url(path));
        const w = new Widget(s, 0);
        await w.ready();
        const png = await w.q((root) => [...root.querySelectorAll('.kllm-chart__export button')].find((b) => /PNG/.test(b.textContent)));
        await s.click(png);
        return w;
      };
      await exportPng('/hostile/export.html');
      const saved = await s.waitFor(() => window.__kllmDownloads.find((d) => d.head) ?? null);
      // The default view's drawing: the gap view.
      assert.equal(saved.name, 'kllm-gap.png');
      assert.deepEqual(saved.head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG file');
      assert.deepEqual((await guard(s)).violations, []);

      const w = await exportPng('/hostile/export-no-blob.html');
      await w.until((root) => [...root.querySelectorAll('.kllm-chart__export button')].some((b) => /failed/i.test(b.textContent)));
      assert.deepEqual(await s.run(() => window.__kllmDownloads), []);
      assert.deepEqual((await guard(s)).errors, []);
    });
  });
}
