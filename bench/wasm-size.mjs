// Where the wasm's bytes go: its sections (raw and gzip -9 each), and — from a build that kept
// the function names (the name section) — the largest functions and crates of the code section.
//   node bench/wasm-size.mjs <shipped.wasm> [<same build with names.wasm>] [--top 30] [--json]
//
// The shipped wasm has no names (wasm-opt drops them). `./dev bench` makes a twin: the same
// cargo output through wasm-bindgen and `wasm-opt -Oz --converge -g`, which keeps the name
// section; the report checks that the twin's code section has the shipped size, so the
// per-function figures are the shipped ones.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const SECTION_NAMES = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element', 'code', 'data', 'datacount'];

/** A reader over a wasm module's bytes: LEB128 integers and length-prefixed strings. */
class Reader {
  constructor(bytes, pos = 0) {
    this.b = bytes;
    this.p = pos;
  }
  u8() {
    if (this.p >= this.b.length) throw new Error(`wasm ends early at byte ${this.p}`);
    return this.b[this.p++];
  }
  uleb() {
    let result = 0;
    let shift = 0;
    for (;;) {
      const x = this.u8();
      result += (x & 0x7f) * 2 ** shift;
      if (!(x & 0x80)) return result;
      shift += 7;
      if (shift > 35) throw new Error(`LEB128 too long at byte ${this.p}`);
    }
  }
  name() {
    const n = this.uleb();
    const s = this.b.subarray(this.p, this.p + n).toString('utf8');
    this.p += n;
    return s;
  }
}

/** The module's sections in file order: `{ id, kind, name (custom only), start, end }`
 *  (`start`..`end` is the section's content; `size` counts its header too). */
export function sections(bytes) {
  if (bytes.readUInt32LE(0) !== 0x6d736100) throw new Error('not a wasm module (bad magic)');
  const r = new Reader(bytes, 8);
  const out = [];
  while (r.p < bytes.length) {
    const headerStart = r.p;
    const id = r.u8();
    const size = r.uleb();
    const start = r.p;
    const end = start + size;
    if (end > bytes.length) throw new Error(`section ${id} runs past the end of the file`);
    const kind = SECTION_NAMES[id] ?? `unknown-${id}`;
    const name = id === 0 ? new Reader(bytes, start).name() : undefined;
    out.push({ id, kind, name, start, end, size: end - headerStart });
    r.p = end;
  }
  return out;
}

/** Number of imported functions (they come first in the function index space). */
function importedFunctions(bytes, secs) {
  const imp = secs.find((s) => s.id === 2);
  if (!imp) return 0;
  const r = new Reader(bytes, imp.start);
  let funcs = 0;
  for (let n = r.uleb(); n > 0; n--) {
    r.name();
    r.name();
    const kind = r.u8();
    if (kind === 0) {
      funcs++;
      r.uleb();
    } else if (kind === 1) {
      r.u8();
      limits(r);
    } else if (kind === 2) limits(r);
    else if (kind === 3) {
      r.u8();
      r.u8();
    } else if (kind === 4) {
      r.u8();
      r.uleb();
    } else throw new Error(`unknown import kind ${kind}`);
  }
  return funcs;
}

function limits(r) {
  const flags = r.u8();
  r.uleb();
  if (flags & 1) r.uleb();
}

/** Function names from the `name` custom section (subsection 1), by function index. */
function functionNames(bytes, secs) {
  const names = new Map();
  const sec = secs.find((s) => s.id === 0 && s.name === 'name');
  if (!sec) return names;
  const r = new Reader(bytes, sec.start);
  r.name();
  while (r.p < sec.end) {
    const sub = r.u8();
    const size = r.uleb();
    const end = r.p + size;
    if (sub === 1) {
      for (let n = r.uleb(); n > 0; n--) {
        const idx = r.uleb();
        names.set(idx, r.name());
      }
    }
    r.p = end;
  }
  return names;
}

/** Every defined function with its body size in bytes (the size prefix included, as in the
 *  code section's total) and its name, when the module has a name section. */
export function functions(bytes) {
  const secs = sections(bytes);
  const code = secs.find((s) => s.id === 10);
  if (!code) return [];
  const imported = importedFunctions(bytes, secs);
  const names = functionNames(bytes, secs);
  const r = new Reader(bytes, code.start);
  const out = [];
  const count = r.uleb();
  for (let i = 0; i < count; i++) {
    const before = r.p;
    const len = r.uleb();
    r.p += len;
    const index = imported + i;
    out.push({ index, name: names.get(index) ?? null, size: r.p - before });
  }
  return out;
}

/** A function name without rustc's hashes: `::h<16 hex>` at the end, `[<16 hex>]` after crates. */
export const clean = (name) => name && name.replace(/\[[0-9a-f]{16}\]/g, '').replace(/::h[0-9a-f]{16}(?= |$)/, '');

/** Component render functions: yew's generic `view` with the widget's component inlined into
 *  it, one copy per component. Their bytes are the widget's `html!` code, not yew's. */
const COMPONENT_VIEW = /^<yew::html::component::lifecycle::CompStateInner<COMP> as yew::html::component::lifecycle::Stateful>::view/;
const PRIMITIVES = new Set(['str', 'char', 'bool', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize', 'i8', 'i16', 'i32', 'i64', 'i128', 'isize', 'f32', 'f64', 'T']);

/** The crate a (demangled) Rust function name belongs to: the first path segment of the
 *  implementing type, or of the trait when the type is a bare generic or primitive
 *  (`<T as core::fmt::Debug>::fmt` → core). Methods of primitive types (`<str>::to_lowercase`)
 *  count as core; component render functions get a group of their own (COMPONENT_VIEW);
 *  names without a path (wasm-bindgen's shims, compiler builtins) count as "(runtime)". */
export function crateOf(raw) {
  if (!raw) return '(unnamed)';
  const name = clean(raw);
  if (COMPONENT_VIEW.test(name)) return 'kllm_widget components (yew view<COMP>)';
  const asTrait = /^<(.*?) as ([A-Za-z_]\w*)::/.exec(name);
  const s = name.replace(/^<+/, '').replace(/^(&mut |&|\*const |\*mut |\[|\(|dyn )+/, '');
  const head = /^([A-Za-z_]\w*)::/.exec(s);
  if (head && !PRIMITIVES.has(head[1])) return head[1];
  if (asTrait) return asTrait[2];
  const prim = /^([A-Za-z_]\w*)>?::/.exec(s);
  if (prim && PRIMITIVES.has(prim[1])) return 'core';
  return '(runtime)';
}

const gz = (b) => gzipSync(b, { level: 9 }).length;

/** The initial linear memory the data section writes (active segments at constant offsets),
 *  from its lowest to its highest written byte. */
export function memoryImage(bytes) {
  const sec = sections(bytes).find((s) => s.id === 11);
  if (!sec) return Buffer.alloc(0);
  const r = new Reader(bytes, sec.start);
  const segments = [];
  for (let n = r.uleb(); n > 0; n--) {
    const flags = r.uleb();
    if (flags !== 0) throw new Error(`data segment kind ${flags} is not supported`);
    if (r.u8() !== 0x41) throw new Error('data segment offset is not an i32.const');
    const offset = r.uleb(); // a signed LEB128; offsets here are below 2^31 and positive
    if (r.u8() !== 0x0b) throw new Error('data segment offset expression is not one instruction');
    const len = r.uleb();
    segments.push([offset, bytes.subarray(r.p, r.p + len)]);
    r.p += len;
  }
  if (!segments.length) return Buffer.alloc(0);
  const lo = Math.min(...segments.map(([o]) => o));
  const hi = Math.max(...segments.map(([o, d]) => o + d.length));
  const mem = Buffer.alloc(hi - lo);
  for (const [o, d] of segments) d.copy(mem, o - lo);
  return mem;
}

/** The dataset blob (src/model/blob.rs: "KLB1", the string table's and the records' lengths,
 *  then both) as the shipped wasm holds it, or null. */
export function datasetBlob(bytes) {
  const mem = memoryImage(bytes);
  for (let at = mem.indexOf('KLB1'); at >= 0; at = mem.indexOf('KLB1', at + 1)) {
    const r = new Reader(mem, at + 4);
    try {
      const table = r.uleb();
      const records = r.uleb();
      const end = r.p + table + records;
      // The bytes "KLB1" may also stand alone (the decoder's constant): the real blob's table
      // ends with a NUL and fits in memory.
      if (table > 0 && end <= mem.length && mem[r.p + table - 1] === 0) return mem.subarray(at, end);
    } catch {
      // Not a header: keep looking.
    }
  }
  return null;
}

/** Sections of the shipped module: raw and gzip -9 bytes of each alone. */
export function sectionSizes(bytes) {
  return sections(bytes).map((s) => ({
    section: s.id === 0 ? `custom "${s.name}"` : s.kind,
    raw: s.size,
    gzip: gz(bytes.subarray(s.start, s.end)),
  }));
}

/** The largest functions and crates of a named build. */
export function largest(bytes, top = 30) {
  const fns = functions(bytes);
  const total = fns.reduce((t, f) => t + f.size, 0);
  const byCrate = new Map();
  for (const f of fns) {
    const c = crateOf(f.name);
    const e = byCrate.get(c) ?? { crate: c, size: 0, count: 0 };
    e.size += f.size;
    e.count++;
    byCrate.set(c, e);
  }
  return {
    total,
    count: fns.length,
    functions: [...fns].sort((a, b) => b.size - a.size).slice(0, top),
    crates: [...byCrate.values()].sort((a, b) => b.size - a.size).slice(0, top),
  };
}

const pct = (n, total) => `${((100 * n) / total).toFixed(1).padStart(5)} %`;
const cut = (s, n) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The report `./dev bench` prints. */
export function report(shippedPath, namedPath, top = 30) {
  const shipped = readFileSync(shippedPath);
  const secs = sectionSizes(shipped);
  const lines = [`sections of ${shippedPath} (each compressed alone):`, `${'section'.padEnd(28)}${'raw B'.padStart(10)}${'gzip B'.padStart(10)}`];
  for (const s of secs) lines.push(`${s.section.padEnd(28)}${String(s.raw).padStart(10)}${String(s.gzip).padStart(10)}`);
  lines.push(`${'whole file'.padEnd(28)}${String(shipped.length).padStart(10)}${String(gz(shipped)).padStart(10)}`);
  const result = { sections: secs, file: { raw: shipped.length, gzip: gz(shipped) } };
  if (namedPath) {
    const named = readFileSync(namedPath);
    const big = largest(named, top);
    const shippedCode = functions(shipped).reduce((t, f) => t + f.size, 0);
    result.named = { codeBytes: big.total, shippedCodeBytes: shippedCode, functions: big.functions, crates: big.crates };
    const same = big.total === shippedCode ? 'the same as the shipped build' : `DIFFERS from the shipped ${shippedCode} B: figures are approximate`;
    lines.push('', `code section with names (${namedPath}): ${big.count} functions, ${big.total} B of bodies, ${same}`);
    lines.push('', `${top} largest crates (by the first path segment of each function's name):`, `${'crate'.padEnd(42)}${'bytes'.padStart(9)}${'share'.padStart(9)}${'functions'.padStart(11)}`);
    for (const c of big.crates) lines.push(`${cut(c.crate, 42).padEnd(42)}${String(c.size).padStart(9)}${pct(c.size, big.total).padStart(9)}${String(c.count).padStart(11)}`);
    lines.push('', `${top} largest functions:`, `${'bytes'.padStart(7)}${'share'.padStart(9)}  function`);
    for (const f of big.functions) lines.push(`${String(f.size).padStart(7)}${pct(f.size, big.total).padStart(9)}  ${cut(clean(f.name) ?? `(function ${f.index})`, 120)}`);
  }
  return { text: lines.join('\n'), result };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const files = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--top');
  const i = args.indexOf('--top');
  const top = i >= 0 ? Number(args[i + 1]) : 30;
  if (!files.length) {
    console.error('usage: node bench/wasm-size.mjs <shipped.wasm> [<named.wasm>] [--top 30] [--json]');
    process.exit(2);
  }
  const { text, result } = report(files[0], files[1], top);
  console.log(args.includes('--json') ? JSON.stringify(result, null, 1) : text);
}
