// Pins a release build (scripts/release.mjs calls `pin` on the staged build, before it writes
// the manifest): every file the release's pages load that runs code or styles them is checked
// by the browser against a SHA-384 hash written into the file that loads it. This module is
// the one writer of those hashes; the manifest records the map it returns.
//
// - The wasm-bindgen glue (kllm-widget.js) goes inside embed.js and boot.js, as a function
//   that makes a fresh copy of the glue's module state each time it is called: embed.js calls
//   it once per host, so each host still has a WebAssembly instance of its own (a development
//   build gets the same from `import('./kllm-widget.js#N')`). The host page's `integrity` on
//   embed.js, and index.html's on boot.js, then cover the glue; the glue file itself is not
//   part of the release. Neither an import map (inline: refused by a strict CSP; no engine
//   loads an external one) nor a `blob:` module URL (refused by `script-src 'self'`) can pin
//   a separate glue file under the policy the widget promises to run under.
// - The loaders get the SHA-384 of the wasm and of kllm.css (`import.meta.kllmRelease.pins`):
//   the wasm is fetched with `integrity` before it is compiled, kllm.css is linked into each
//   shadow root with `integrity` (src/embed.rs).
// - index.html carries `integrity` on its two scripts (boot.js and boot-check.js, which shows
//   the note when boot.js was refused) and on every stylesheet it links.
//
// A development build (`./dev serve`, `./dev build`) is never pinned: its loaders find no
// `import.meta.kllmRelease` and import the glue file. Deterministic: the same build pins to
// the same bytes (releases are checked byte for byte).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The loaders' sources: a release builds them anew (the build's minified copies have lost
 *  the `dev` labels, below). */
const STATIC = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'static');

/** The glue wasm-bindgen writes (trunk names it after the binary). */
const GLUE = 'kllm-widget.js';
/** The files the loaders fetch or link themselves, pinned inside the loaders. */
const LOADED = ['kllm-widget_bg.wasm', 'kllm.css'];
/** The loaders: the glue goes inside them. */
const LOADERS = ['embed.js', 'boot.js'];
/** The stylesheets index.html links (kllm-nojs.css only without JavaScript). */
const PAGE_CSS = ['kllm.css', 'page.css', 'kllm-nojs.css'];
/** The scripts index.html runs: boot.js (the glue inside it) and boot-check.js. */
const PAGE_JS = ['boot.js', 'boot-check.js'];
/** The scripts a host page links and pins with `integrity` (the embed codes). */
export const HOST_PINNED = ['embed.js', 'kllm-frame.js'];
/** Every file whose hash a release holds, in the manifest's `integrity`. */
export const PINNED = [...new Set([...HOST_PINNED, ...LOADED, ...LOADERS, ...PAGE_CSS, ...PAGE_JS])].sort();

/** The Subresource-Integrity value of `bytes`. */
export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** The glue as the body of a function of `kllmBase` (the loader's `import.meta.url`, in the
 *  same folder) returning its exports: CommonJS from esbuild, run inside the function. */
async function glueFactory(dir) {
  const { outputFiles } = await build({
    entryPoints: [join(dir, GLUE)],
    bundle: true,
    format: 'cjs',
    write: false,
    minify: true,
    target: 'es2022',
    legalComments: 'none',
    define: { 'import.meta.url': 'kllmBase' },
    logLevel: 'silent',
  });
  return `(kllmBase) => { const module = { exports: {} }; ${outputFiles[0].text}; return module.exports; }`;
}

/** `loader` built from its source with `import.meta.kllmRelease` = { glue, pins } and without
 *  its development-only statements (labelled `dev`: the import of the glue file). */
async function withGlue(loader, factory, pins) {
  const release = {
    name: 'kllm-release',
    setup(b) {
      b.onResolve({ filter: /^kllm:release$/ }, () => ({ path: 'release', namespace: 'kllm' }));
      b.onLoad({ filter: /.*/, namespace: 'kllm' }, () => ({
        contents: `export const kllmRelease = { glue: ${factory}, pins: ${JSON.stringify(pins)} };`,
        loader: 'js',
      }));
    },
  };
  const { outputFiles, warnings } = await build({
    entryPoints: [join(STATIC, loader)],
    bundle: true,
    format: 'esm',
    dropLabels: ['dev'],
    // esbuild reads embed.js's `import(`./kllm-widget.js#${n}`)` as a file pattern before it
    // drops the statement: nothing to match, and nothing left (checked below).
    logOverride: { 'empty-glob': 'silent' },
    write: false,
    minify: true,
    target: 'es2022',
    legalComments: 'none',
    define: { 'import.meta.kllmRelease': 'kllmRelease' },
    inject: ['kllm:release'],
    plugins: [release],
    logLevel: 'silent',
  });
  if (warnings.length) throw new Error(`pin: ${loader}: ${warnings.map((w) => w.text).join('; ')}`);
  const code = outputFiles[0].text;
  // The loader must read what it was given, and import no glue file.
  if (!code.includes(pins['kllm-widget_bg.wasm']) || code.includes('kllmRelease') || code.includes(GLUE)) {
    throw new Error(`pin: ${loader} does not read import.meta.kllmRelease as expected`);
  }
  return code;
}

/** The widget's pages: Korean, and English one folder down. */
const PAGES = ['index.html', 'en/index.html'];

/** A page with `integrity` on its scripts and on each stylesheet it links. */
function pinPage(html, integrity) {
  const add = (re, file) => {
    const matches = html.match(new RegExp(re.source, 'g')) ?? [];
    if (matches.length !== 1) throw new Error(`pin: index.html links ${file} ${matches.length} times, expected once`);
    // Trunk's `data-integrity="none"` (its own hashes are off) would only confuse a reader.
    html = html.replace(re, (tag, open) => `${open} integrity="${integrity[file]}"`).replace(/(<link [^>]*integrity="[^"]+"[^>]*?) data-integrity="none"/g, '$1');
  };
  // The page's own folder (./x) or, for the English page in en/, the one above (../x).
  const name = (f) => `(?:\\./|\\.\\./)?${f.replaceAll('.', '\\.')}`;
  for (const js of PAGE_JS) {
    add(new RegExp(`(<script type="module" src="${name(js)}")(?![^>]*\\sintegrity=)`), js);
  }
  for (const css of PAGE_CSS) {
    add(new RegExp(`(<link rel="stylesheet" href="${name(css)}")(?![^>]*\\sintegrity=)`), css);
  }
  return html;
}

/**
 * Pins the build in `dir` (a fresh build: it still has the glue file) and returns the SRI
 * hash of every pinned file, as on disk. A build pinned before (`--no-build`) is only hashed.
 */
export async function pin(dir) {
  const hash = (f) => sri(readFileSync(join(dir, f)));
  if (existsSync(join(dir, GLUE))) {
    const pins = Object.fromEntries(LOADED.map((f) => [f, hash(f)]));
    const factory = await glueFactory(dir);
    for (const loader of LOADERS) writeFileSync(join(dir, loader), await withGlue(loader, factory, pins));
    rmSync(join(dir, GLUE));
    const page = Object.fromEntries([...PAGE_CSS, ...PAGE_JS].map((f) => [f, hash(f)]));
    // Both pages: index.html and the English one, en/index.html.
    for (const file of PAGES) writeFileSync(join(dir, file), pinPage(readFileSync(join(dir, file), 'utf8'), page));
  }
  return Object.fromEntries(PINNED.map((f) => {
    if (!existsSync(join(dir, f))) throw new Error(`pin: the build has no ${f}`);
    return [f, hash(f)];
  }));
}
