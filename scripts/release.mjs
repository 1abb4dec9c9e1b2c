// `./dev release --url <public URL> [--out <folder>] [--no-build]`: builds the widget as an
// immutable, versioned release into `<out>/<release>/` (default out: release/), where
// <release> is the crate's version and the data's as-of date (`0.1.0-2026-11-30`,
// src/release.rs), for publishing under `<public URL><release>/`.
//
// - The build uses relative URLs (`--public-url ./`), so a release only ever loads files from
//   its own folder; the absolute URL goes to the prerenderer (KLLM_PUBLIC_URL) for the share
//   preview tags.
// - Every file the release's pages load that runs code or styles them is pinned by a hash in
//   the file that loads it (scripts/pin.mjs: the glue inside embed.js and boot.js, the wasm
//   and the stylesheets by `integrity`), so the embed codes' `integrity` on embed.js and
//   kllm-frame.js covers everything that runs in the host page.
// - `manifest.json` lists every file with its size and SHA-256, the Subresource-Integrity
//   hashes (sha384) of every pinned file (those pin.mjs wrote), the licences and the pinned
//   embed codes; `SHA256SUMS` holds the same SHA-256 hashes for `sha256sum -c`.
// - Releases are immutable: when `<out>/<release>/` exists, the new build must be identical
//   to it, file for file, or the command fails and changes nothing.
// - `<out>/releases.json` lists every release in the folder and names the newest; a widget
//   opened from a shared link into an older release reads it to say that a newer one exists.
// - Prints the two embed codes, pinned with `integrity`.
//
// KLLM_DATA=<file> releases another dataset (as build.rs embeds it). `--no-build` publishes the
// build already staged in target/release-stage/<release>/ (tests; a failed publish).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pin } from './pin.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Files the release step writes itself (not part of the build, not in the file list). */
const OWN = ['manifest.json', 'SHA256SUMS'];

function fail(message) {
  console.error(`release: ${message}`);
  process.exit(1);
}

function args(argv) {
  const out = { url: null, out: 'release', build: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--url') out.url = argv[++i];
    else if (a === '--out') out.out = argv[++i];
    else if (a === '--no-build') out.build = false;
    else fail(`unknown argument ${JSON.stringify(a)} (usage: ./dev release --url <public URL> [--out <folder>] [--no-build])`);
  }
  if (!out.url) fail('--url <public URL> is required: the folder URL the releases are published under, e.g. https://cdn.example.org/widgets/kllm/');
  let url;
  try {
    url = new URL(out.url);
  } catch {
    fail(`--url ${JSON.stringify(out.url)} is not an absolute URL`);
  }
  if (!['https:', 'http:'].includes(url.protocol)) fail(`--url must be http(s), not ${url.protocol}`);
  if (url.search || url.hash) fail('--url must be a folder URL without a query or fragment');
  out.url = url.href.endsWith('/') ? url.href : `${url.href}/`;
  if (!out.out) fail('--out needs a folder');
  return out;
}

/** The crate's version from Cargo.toml's [package] table. */
function crateVersion() {
  const toml = readFileSync(join(ROOT, 'Cargo.toml'), 'utf8');
  const pkg = toml.split(/^\[/m).find((t) => t.startsWith('package]'));
  const m = pkg?.match(/^version\s*=\s*"([^"]+)"/m);
  if (!m) throw new Error('no version in the [package] table of Cargo.toml');
  return m[1];
}

/** The data's as-of date from the dataset the build embeds (KLLM_DATA, as build.rs reads). */
function dataAsOf() {
  const file = resolve(ROOT, process.env.KLLM_DATA || 'data/models.json');
  const asOf = JSON.parse(readFileSync(file, 'utf8')).as_of;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf ?? '')) throw new Error(`${file}: as_of ${JSON.stringify(asOf)} is not a YYYY-MM-DD date`);
  return asOf;
}

/** Every file under `dir`, as sorted paths relative to it with `/` separators. */
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

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** Runs the native prerenderer (built by the release build) for the pinned embed codes. */
function snippets(base, integrity) {
  const out = execFileSync('cargo', ['run', '--quiet', '--locked', '--offline', '--features', 'prerender', '--bin', 'kllm-prerender', '--',
    '--snippets', base, integrity['embed.js'], integrity['kllm-frame.js']], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(out);
}

/** manifest.json and SHA256SUMS of the build in `dir` (deterministic: no dates, sorted);
 *  `integrity` is what pin.mjs pinned. */
function manifest(dir, integrity, { name, version, asOf, base }) {
  const list = files(dir).filter((f) => !OWN.includes(f));
  const entries = {};
  const sums = [];
  for (const f of list) {
    const bytes = readFileSync(join(dir, f));
    entries[f] = { bytes: bytes.length, sha256: sha256(bytes) };
    sums.push(`${entries[f].sha256}  ${f}\n`);
  }
  const m = {
    release: name,
    version,
    data_as_of: asOf,
    url: base,
    licence: {
      code: 'MIT',
      data: 'CC BY 4.0',
      data_url: 'https://creativecommons.org/licenses/by/4.0/',
    },
    integrity,
    embed: snippets(base, integrity),
    files: entries,
  };
  return { 'manifest.json': `${JSON.stringify(m, null, 2)}\n`, SHA256SUMS: sums.join('') };
}

/** The files that differ between two folders (missing on either side, or other bytes). */
function differences(a, b) {
  const fa = files(a);
  const fb = files(b);
  const all = [...new Set([...fa, ...fb])].sort();
  return all.filter((f) => !fa.includes(f) || !fb.includes(f) || !readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
}

/** Rewrites `<out>/releases.json` from the manifests of the releases in `out`. */
function writeIndex(out) {
  const releases = [];
  for (const name of readdirSync(out)) {
    const file = join(out, name, 'manifest.json');
    if (!existsSync(file)) continue;
    const m = JSON.parse(readFileSync(file, 'utf8'));
    if (m.release !== name) throw new Error(`${file} names release ${m.release}, not its folder ${name}`);
    releases.push({ release: m.release, version: m.version, data_as_of: m.data_as_of, path: `${name}/`, url: m.url });
  }
  // Oldest first: by the data's date, then the version's numbers (as src/release.rs orders).
  const key = (r) => [r.data_as_of, ...r.version.split('.').map((n) => n.padStart(10, '0'))].join(' ');
  releases.sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
  const index = { latest: releases.at(-1)?.release ?? null, releases };
  writeFileSync(join(out, 'releases.json'), `${JSON.stringify(index, null, 2)}\n`);
  return index;
}

async function main() {
  const opts = args(process.argv.slice(2));
  const version = crateVersion();
  const asOf = dataAsOf();
  const name = `${version}-${asOf}`;
  const base = `${opts.url}${name}/`;
  const out = resolve(ROOT, opts.out);
  const stage = join(ROOT, 'target', 'release-stage', name);
  const target = join(out, name);

  if (opts.build) {
    console.error(`release: building ${name} for ${base}`);
    rmSync(stage, { recursive: true, force: true });
    mkdirSync(dirname(stage), { recursive: true });
    execFileSync('trunk', ['build', '--release', '--offline', '--public-url', './', '--dist', stage], {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, KLLM_PUBLIC_URL: base },
    });
  } else if (!existsSync(stage)) {
    fail(`--no-build: nothing staged in ${relative(ROOT, stage)}`);
  }
  const integrity = await pin(stage);
  for (const [file, text] of Object.entries(manifest(stage, integrity, { name, version, asOf, base }))) {
    writeFileSync(join(stage, file), text);
  }

  if (existsSync(target)) {
    const changed = differences(stage, target);
    if (changed.length) {
      fail(`release ${name} already exists in ${relative(ROOT, target) || target} and this build differs in ${changed.length} file(s): ${changed.join(', ')}.\n` +
        'Releases are immutable: change the version in Cargo.toml or the data (as_of) to make a new one.');
    }
    console.error(`release: ${name} already exists with identical files; nothing changed`);
  } else {
    mkdirSync(out, { recursive: true });
    cpSync(stage, target, { recursive: true });
    console.error(`release: wrote ${relative(ROOT, target) || target}/ (${files(target).length} files)`);
  }
  const index = writeIndex(out);
  const m = JSON.parse(readFileSync(join(target, 'manifest.json'), 'utf8'));
  console.error(`release: ${relative(ROOT, join(out, 'releases.json'))} lists ${index.releases.length} release(s); newest ${index.latest}`);
  console.log(`Release ${name} — upload ${relative(ROOT, target) || target}/ to ${base} (and ${relative(ROOT, out) || out}/releases.json to ${opts.url}releases.json)\n`);
  console.log(`Script embed (shadow root):\n${m.embed.script}\n`);
  console.log(`Iframe embed (auto height):\n${m.embed.iframe}`);
}

await main();
