// Starts the widget on its own page (index.html, also the iframe embed): `startPage` hydrates
// the prerendered #kllm-root (src/embed.rs). Replaces trunk's inline loader
// (scripts/postbuild.mjs) so the page runs under a CSP without 'unsafe-inline'.
//
// When the page is framed it reports its height to the parent in the three dialects CMSs
// listen to (pym.js, AMP / @newswire/frames, Datawrapper). This lives here rather than in the
// wasm so it starts before the wasm arrives (prerendered HTML gets the right height at once),
// keeps working if the wasm cannot start, and costs no wasm bytes.
//
// A release pins what this page runs: its index.html carries `integrity` on this script and on
// every stylesheet, and scripts/release.mjs builds the release's copy of this file with the
// glue inside it and the SHA-384 of the wasm, which is fetched with `integrity` before it is
// compiled. A stylesheet or wasm that does not match is refused: the prerendered content stays
// with the note, and the console names the file. A development build has none of this
// (`import.meta.kllmRelease` is undefined): it imports the glue file and checks nothing.
//
// First of all, this script says that it runs: boot-check.js, which the page runs right after
// it, shows the note when it finds no mark (this file refused or not found).
document.getElementById('kllm-root')?.setAttribute('data-kllm-boot', '');

const { glue: inlineGlue, pins = {} } = import.meta.kllmRelease ?? {};

// Each language has its page, prerendered in it: index.html (Korean) and en/index.html
// (English). A link asking for the other language (`?lang=en`, or a share link's `#…&lang=en`
// on the Korean page) goes to that page before anything starts, so the reader never sees the
// widget switch language.
const leaving = (() => {
  const asked = (new URLSearchParams(location.search).get('lang')
    ?? new URLSearchParams(location.hash.slice(1)).get('lang'))?.toLowerCase();
  const page = document.documentElement.lang;
  const other = { ko: { en: 'en/' }, en: { ko: '../' } }[page]?.[asked];
  if (other) location.replace(new URL(other + location.search + location.hash, location.href));
  return Boolean(other);
})();

const framed = window.parent !== window;

if (framed) {
  const params = new URLSearchParams(location.search);
  // The id pym.js and Datawrapper-style parents know this iframe by.
  const id = (params.get('childId') || '').slice(0, 100) || 'kllm';
  let last = -1;

  // The document element's height, margins included, in whole CSS pixels.
  const measure = () => {
    const el = document.documentElement;
    const cs = getComputedStyle(el);
    const margins = parseFloat(cs.marginTop) + parseFloat(cs.marginBottom);
    return Math.ceil(el.getBoundingClientRect().height + (margins || 0));
  };

  const post = (force) => {
    const height = measure();
    if (height <= 0 || (height === last && !force)) return;
    last = height;
    // The height is not a secret and the parent's origin is unknown: any origin may read it.
    window.parent.postMessage(`pymxPYMx${id}xPYMxheightxPYMx${height}`, '*');
    window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
    window.parent.postMessage({ 'datawrapper-height': { [id]: height } }, '*');
  };

  // Posted from a task of its own, not inside the observer's callback: measuring there and
  // letting a same-process parent resize the iframe in that turn ends, in Firefox, in a
  // "ResizeObserver loop completed with undelivered notifications" error in this page.
  new ResizeObserver(() => setTimeout(() => post(false), 0)).observe(document.documentElement);
  addEventListener('load', () => post(true));

  // A parent asks again when a hidden iframe becomes visible: kllm-frame.js sends
  // {"kllm-frame": "measure"}; pym.js parents send their width message.
  addEventListener('message', (event) => {
    if (event.source !== window.parent) return;
    const d = event.data;
    const pymWidth = typeof d === 'string' && d.startsWith(`pymxPYMx${id}xPYMxwidthxPYMx`);
    const ours = d !== null && typeof d === 'object' && d['kllm-frame'] === 'measure';
    if (pymWidth || ours) post(true);
  });
  post(true);
}

// Pages enforcing Trusted Types must allow this policy name (README, Content-Security-Policy).
let policy;
try {
  policy = globalThis.trustedTypes?.createPolicy('kllm-widget', { createHTML: (html) => html });
} catch (e) {
  console.warn('kllm-widget: Trusted Types policy refused', e);
}

// Nothing is preloaded from <head>: the prerendered page paints first, and only then are the
// wasm and its glue requested (side by side) and started, so neither their download nor their
// main-thread work can delay that paint. rAF does not run in a hidden tab or frame (nor while
// a frame is throttled off screen), so a timer starts the widget there.
const painted = new Promise((resolve) => {
  requestAnimationFrame(() => setTimeout(resolve, 0));
  setTimeout(resolve, 1000);
});

/** Whether `link`'s stylesheet is in: a refused one has no sheet (Chromium, WebKit) or an
 *  empty one (Firefox). The page's stylesheets are its own origin's, so their rules are
 *  readable. */
const applied = (link) => (link.sheet?.cssRules.length ?? 0) > 0;

/** Throws, naming the file, when a stylesheet the page pins was refused. One not in yet may
 *  still be loading: WebKit runs this module before the stylesheets above it have arrived
 *  (Chromium and Firefox wait for them), and a stylesheet that has already failed fires no
 *  more events. So it is judged on its own `load` or `error`, or at the page's `load`, which
 *  every engine fires only once every stylesheet has loaded or failed
 *  (tests/engines/integrity.test.mjs serves slow ones). */
async function checkStylesheets() {
  const pageLoaded = new Promise((resolve) => {
    if (document.readyState === 'complete') resolve();
    else addEventListener('load', resolve, { once: true });
  });
  for (const link of document.querySelectorAll('link[rel=stylesheet][integrity]')) {
    if (applied(link)) continue;
    await Promise.race([
      pageLoaded,
      new Promise((resolve) => {
        link.addEventListener('load', resolve, { once: true });
        link.addEventListener('error', resolve, { once: true });
      }),
    ]);
    if (!applied(link)) throw new Error(`${link.href}: not loaded, or not the release's file`);
  }
}

try {
  if (leaving) await new Promise(() => {});
  await checkStylesheets();
  await painted;
  const url = new URL('./kllm-widget_bg.wasm', import.meta.url);
  const response = fetch(url, { integrity: pins['kllm-widget_bg.wasm'] }).catch((e) => {
    throw new Error(`${url}: not loaded, or not the release's file (${e.message})`);
  });
  // A release has the glue inside this file; the statement labelled `dev` imports the file
  // instead, and the release build drops it (scripts/pin.mjs).
  let glue = inlineGlue?.(import.meta.url);
  dev: glue ??= await import('./kllm-widget.js');
  const { default: init, startPage } = glue;
  const wasm = await init({ module_or_path: response });
  startPage(policy);
  // For measurement (./dev bench reads the wasm memory from it); nothing is put on window.
  dispatchEvent(new CustomEvent('kllm-started', { detail: { memory: wasm.memory } }));
} catch (e) {
  console.error('kllm-widget: could not start the WebAssembly module', e);
  // The prerendered content stays; the stylesheet shows its note and hides the dead controls
  // (a panic later marks the root the same way, from the wasm).
  const root = document.getElementById('kllm-root');
  root?.setAttribute('data-kllm-failed', '');
  // Without the widget's own stylesheet nothing would show the note: show it plainly.
  const css = document.querySelector('link[rel=stylesheet][href$="kllm.css"]');
  if (css && !applied(css)) root?.querySelector('.kllm-failed-note')?.removeAttribute('hidden');
}
