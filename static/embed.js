// kllm-widget script embed. A host page needs only markup, no inline code:
//
//   <div data-kllm-widget data-lang="en"></div>
//   <script type="module" src="https://cdn.example.org/widgets/kllm/embed.js"></script>
//
// Every `[data-kllm-widget]` element on the page, and any added later, gets the widget in a
// shadow root of its own (src/embed.rs, `startEmbed`), once the reader comes near it: nothing
// (no wasm, no glue, no stylesheet) is requested while every host is more than about one
// screen away from the viewport, since most readers of an article never scroll that far.
// Without IntersectionObserver a host starts at once. Each host also gets a WebAssembly
// instance of its own: the module is fetched and compiled once, and the glue is imported once
// per host under its own URL fragment (`kllm-widget.js#2`), which the browser fetches once but
// keeps as a separate module with a separate instance. A panic then stops only the widget it
// happened in; the others keep working.
//
// When the widget cannot start (no WebAssembly, a Content-Security-Policy without
// 'wasm-unsafe-eval', a network error) or stops, the host keeps showing what it held (the
// paste-in snippet, kllm-snippet.html) or the widget as it was, with a short note. This script
// never touches `#kllm-root` or the page's URL, and puts nothing on `window`. The glue, the
// wasm and kllm.css are resolved relative to this file, so the folder can live under any path.
//
// A release pins everything this script loads (scripts/release.mjs builds the release's copy):
// the glue is inside it, as a function that makes a fresh copy of the glue's module state for
// each host (so the host page's `integrity` on this file covers the glue too), and the
// SHA-384 of the wasm and of kllm.css are written into it; the wasm is fetched with
// `integrity` before it is compiled and kllm.css is linked with `integrity`. A file that does
// not match is refused and the host shows what it held, with the note. A development build
// has neither (`import.meta.kllmRelease` is undefined): it imports the glue file and checks
// nothing.

const HOSTS = '[data-kllm-widget]:not([data-kllm-mounted])';
const FAILED = 'data-kllm-failed';

// The widget's own words (src/i18n.rs, Msg::NotWorking), for a host that has no snippet to
// show them; tests/ssr.rs checks that the two stay the same.
const NOT_WORKING = {
  ko: '이 위젯의 대화형 기능이 작동하지 않습니다. 아래 내용은 그대로 읽을 수 있습니다.',
  en: 'The interactive parts of this widget are not working. Everything below can still be read.',
};

// Pages that enforce Trusted Types (require-trusted-types-for 'script') must allow this policy
// name in their CSP (`trusted-types kllm-widget`). Its only use: the HTML the widget writes
// itself (cards, chart, table), escaped by the widget's own writers.
let policy;
try {
  policy = globalThis.trustedTypes?.createPolicy('kllm-widget', { createHTML: (html) => html });
} catch (e) {
  console.warn('kllm-widget: Trusted Types policy refused', e);
}

// { glue, pins } in a release's copy of this file, nothing in a development build.
const { glue: inlineGlue, pins = {} } = import.meta.kllmRelease ?? {};

let compiled;
/** The compiled module, fetched (checked against the release's hash) and compiled once for
 *  every host. */
function compile() {
  compiled ??= (async () => {
    const url = new URL('./kllm-widget_bg.wasm', import.meta.url);
    // No hash (a development build): no check. A refused hash rejects like a network error,
    // so the message names the file.
    const response = await fetch(url, { integrity: pins['kllm-widget_bg.wasm'] }).catch((e) => {
      throw new Error(`${url}: not loaded, or not the release's file (${e.message})`);
    });
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    if (/^application\/wasm\b/.test(response.headers.get('content-type') ?? '')) {
      return WebAssembly.compileStreaming(response);
    }
    return WebAssembly.compile(await response.arrayBuffer());
  })();
  return compiled;
}

/** ko or en: the host's data-lang, else the browser's first Korean or English, else ko. */
function langOf(host) {
  const asked = (host.getAttribute('data-lang') ?? host.getAttribute('data-kllm-lang') ?? '').toLowerCase();
  if (asked in NOT_WORKING) return asked;
  for (const tag of navigator.languages ?? []) {
    const primary = tag.split(/[-_]/)[0].toLowerCase();
    if (primary in NOT_WORKING) return primary;
  }
  return 'ko';
}

/** The widget in `host` could not start or has stopped: keep its content readable, say so. */
function failed(host) {
  host.setAttribute(FAILED, '');
  const shadow = host.shadowRoot;
  const mount = shadow?.querySelector('.kllm-mount');
  // A mount still hidden never got its stylesheet (a release refuses one that is not its own).
  if (mount?.querySelector('.kllm-failed-note') && !mount.hidden) {
    // The widget is on screen: its stylesheet shows its own note and hides the dead controls.
    mount.setAttribute(FAILED, '');
    mount.removeAttribute('hidden');
    return;
  }
  // Nothing usable was drawn: show what the host held (the paste-in snippet) instead.
  shadow?.replaceChildren(document.createElement('slot'));
  const note = host.querySelector('.kllm-failed-note');
  if (note) {
    note.removeAttribute('hidden');
  } else {
    const lang = langOf(host);
    const p = document.createElement('p');
    p.className = 'kllm-failed-note';
    p.lang = lang;
    p.textContent = NOT_WORKING[lang];
    host.prepend(p);
  }
}

let instances = 0;
async function start(host) {
  // The panic hook (src/embed.rs) reports a widget that stopped after it started.
  host.addEventListener('kllm-failed', () => failed(host));
  try {
    instances += 1;
    // A release has the glue inside this file; the statement labelled `dev` imports the file
    // instead, and the release build drops it (scripts/pin.mjs), so a release names no glue
    // file.
    let glue = inlineGlue?.(import.meta.url);
    dev: glue ??= await import(`./kllm-widget.js#${instances}`);
    await glue.default({ module_or_path: await compile() });
    glue.startEmbed(host, policy, pins['kllm.css']);
  } catch (e) {
    console.error('kllm-widget: could not start the widget', e);
    failed(host);
  }
}

// Near: within one viewport height above or below the viewport (a percentage of rootMargin is
// of the root's size). A host the page hides (`hidden`, `display: none`) has no box and is
// never near; it starts when the page shows it near the reader. Inside a cross-origin frame
// the margin does not apply, so there a host starts when it enters the frame's view.
let near;
try {
  near = new IntersectionObserver((entries) => {
    for (const { target, isIntersecting } of entries) {
      if (!isIntersecting) continue;
      near.unobserve(target);
      start(target);
    }
  }, { rootMargin: '100% 0px' });
} catch {
  // No IntersectionObserver (or one that refuses the margin): every host starts at once.
}

/** Takes `host` and starts it when it comes near (the observer reports every host once at
 *  the start, so a host already near starts then). */
function take(host) {
  // Claimed at once, before it starts: a second copy of this script (another URL) skips it.
  host.setAttribute('data-kllm-mounted', '');
  if (near) near.observe(host);
  else start(host);
}

const scan = () => document.querySelectorAll(HOSTS).forEach(take);
scan();
// Hosts added later (single-page apps, lazy article bodies). Only added elements can be or
// hold a host; the widgets' own updates happen inside their shadow roots, unseen here.
new MutationObserver((records) => {
  const added = records.some((r) => [...r.addedNodes].some((n) => n.nodeType === 1 && (n.matches(HOSTS) || n.querySelector(HOSTS))));
  if (added) scan();
}).observe(document.documentElement, { childList: true, subtree: true });
