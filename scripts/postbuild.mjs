// Trunk post_build hook (Trunk.toml [[hooks]]): rewrites the staged index.html before trunk
// moves it into dist/. Runs under `trunk build` and `trunk serve`; trunk sets
// TRUNK_STAGING_DIR to the staging folder.
//
// First the native prerenderer (`kllm-prerender`, src/prerender.rs) renders the default view
// into the empty `#kllm-root` and writes the CMS snippet and the data files. Then each step is
// a function from HTML to HTML that fails loudly when it cannot find what it rewrites, so a
// trunk upgrade that changes its output breaks the build, not the page.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

/// Runs the prerenderer on the staging folder (native build, shares cargo's cache).
function prerender(dir) {
  execFileSync('cargo', ['run', '--quiet', '--locked', '--offline', '--features', 'prerender', '--bin', 'kllm-prerender', '--', dir], { stdio: 'inherit' });
}

/// Trunk inlines `<script type="module">import init … from '<prefix>kllm-widget.js'; …</script>`,
/// which a CSP without 'unsafe-inline' blocks, and puts the bindings on `window`. Replace it with
/// the external boot.js (static/boot.js, copied next to the glue), at the same URL prefix, and
/// boot-check.js right after it: module scripts run in document order, so it runs once boot.js
/// has started or was refused, and shows the note when boot.js never ran.
function externalBootScript(html) {
  const inline = /<script type="module">\s*import init, \* as bindings from '([^']*)kllm-widget\.js';[\s\S]*?<\/script>/;
  const m = html.match(inline);
  if (!m) throw new Error("no inline trunk loader importing kllm-widget.js found in index.html");
  // A module script is deferred already; low priority keeps its request from competing with
  // the stylesheets for first paint (the page is prerendered: nothing to paint waits for it).
  return html.replace(inline, `<script type="module" src="${m[1]}boot.js" fetchpriority="low"></script>`
    + `<script type="module" src="${m[1]}boot-check.js" fetchpriority="low"></script>`);
}

/// Trunk preloads the wasm and its glue from <head>. The page's content is prerendered, so
/// first paint needs only the HTML and the stylesheets; 200 KB of preloads competing with them
/// on a slow phone network delay it. boot.js requests both as soon as it runs instead.
function noPreloads(html) {
  const preloads = [
    /<link rel="preload" href="[^"]*kllm-widget_bg\.wasm"[^>]*>/,
    /<link rel="modulepreload" href="[^"]*kllm-widget\.js"[^>]*>/,
  ];
  for (const re of preloads) {
    if (!re.test(html)) throw new Error(`no ${re.source} in index.html`);
    html = html.replace(re, '');
  }
  return html;
}

const STEPS = [externalBootScript, noPreloads];

/// The scripts and stylesheets the pages load, minified in place in a release build (esbuild,
/// pinned in package-lock.json): comments, indentation and long local names are bytes every
/// reader downloads. The sources in static/ stay as written; nothing is bundled or renamed
/// across files, so every file keeps its URL and its imports and exports.
const MINIFIED = ['kllm-widget.js', 'boot.js', 'boot-check.js', 'embed.js', 'kllm-frame.js', 'kllm.css', 'page.css', 'kllm-nojs.css'];

function minify(dir) {
  for (const name of MINIFIED) {
    const path = join(dir, name);
    if (!existsSync(path)) throw new Error(`postbuild: ${name} is missing from the build`);
    const loader = name.endsWith('.css') ? 'css' : 'js';
    // No `format`: each file stays what it is (modules with top-level await and import.meta,
    // kllm-frame.js a classic script).
    const { code } = transformSync(readFileSync(path, 'utf8'), { loader, minify: true, target: 'es2022', legalComments: 'none' });
    writeFileSync(path, code);
  }
}

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this from trunk (Trunk.toml hooks)');
prerender(dir);
// The Korean page and the English one (en/index.html), each prerendered in its language.
for (const page of ['index.html', 'en/index.html']) {
  const file = join(dir, page);
  const html = STEPS.reduce((h, step) => step(h), readFileSync(file, 'utf8'));
  // `trunk serve` adds its own inline live-reload script; a release build must have none.
  if (/<script(?![^>]*\bsrc=)[^>]*>[^<]*\S[^<]*<\/script>/.test(html)) {
    console.warn(`postbuild: ${page} still has an inline script (trunk serve live reload?)`);
  }
  writeFileSync(file, html);
  console.log(`postbuild: ${page} loads boot.js (no inline script)`);
}
if (process.env.TRUNK_PROFILE === 'release') {
  minify(dir);
  console.log(`postbuild: minified ${MINIFIED.join(', ')}`);
}
