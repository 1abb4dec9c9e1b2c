// A small static file server for the browser tests and the benchmark: serves a directory
// (dist/ by default) on 127.0.0.1 with an ephemeral port, optionally gzip-compressed, and
// records every request it answers.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

/** The strict Content-Security-Policy of the embedding tests (`csp: true`), as the README
 *  documents it: `img-src blob:` is for the chart's PNG export (an SVG drawn on a canvas). */
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' blob:";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Records, in every frame, console errors and warnings, uncaught exceptions, failed resources
 * and CSP violations (on a non-enumerable `window.__kllmGuard`), for engines driven over
 * WebDriver, which has no console API. Served as /__kllm-guard.js and loaded first by every
 * HTML page when the server's `guard` option is on.
 */
const GUARD = `(() => {
  const g = { errors: [], warnings: [], violations: [] };
  Object.defineProperty(window, '__kllmGuard', { value: g });
  const text = (args) => args.map((a) => {
    if (a instanceof Error) return a.name + ': ' + a.message;
    if (a && typeof a === 'object') { try { return JSON.stringify(a); } catch { return String(a); } }
    return String(a);
  }).join(' ');
  for (const [method, list] of [['error', g.errors], ['warn', g.warnings]]) {
    const original = console[method];
    console[method] = function (...args) { list.push(text(args)); return original.apply(this, args); };
  }
  addEventListener('error', (e) => {
    const t = e.target;
    g.errors.push(t && t !== window ? 'failed to load ' + (t.src || t.href || t.tagName) : 'uncaught: ' + (e.error || e.message));
  }, true);
  addEventListener('unhandledrejection', (e) => g.errors.push('unhandled rejection: ' + (e.reason && e.reason.message || e.reason)));
  document.addEventListener('securitypolicyviolation', (e) => g.violations.push(e.violatedDirective + ' ' + e.blockedURI), true);
})();
`;

/**
 * Starts serving `dir` (default: $KLLM_DIST or dist/). Options: `gzip` (compress when the client accepts it),
 * `cors` (Access-Control-Allow-Origin: *, as a CDN serving an embeddable widget would),
 * `extra` (a map of URL path → { body, type, headers } served before the directory), `csp`
 * (every HTML response carries STRICT_CSP, the policy the widget promises to run under, or the
 * policy given as a string), `prefix` (serve under a URL path such as `/widgets/kllm/`, as a
 * CDN sub-path would), `guard` (every HTML page loads /__kllm-guard.js first) and `fail` (URL
 * paths answered with 404, e.g. the wasm) and `slow` (a map of URL path → milliseconds to wait
 * before answering).
 * Resolves to { origin, url(path), requests, close() }; each request is { method, path, status }.
 */
export async function serve(dir = process.env.KLLM_DIST || join(ROOT, 'dist'), { gzip = false, cors = false, extra = {}, csp = false, prefix = '/', guard = false, fail = [], slow = {} } = {}) {
  const base = resolve(dir);
  const requests = [];
  const cache = new Map();
  const policy = typeof csp === 'string' ? csp : STRICT_CSP;
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const record = { method: req.method, path, status: 200 };
    requests.push(record);
    if (slow[path]) await new Promise((r) => setTimeout(r, slow[path]));
    try {
      let body;
      let type;
      let more = {};
      if (guard && path === '/__kllm-guard.js') {
        body = Buffer.from(GUARD);
        type = TYPES['.js'];
      } else if (fail.includes(path)) {
        throw Object.assign(new Error('made to fail'), { code: 'ENOENT' });
      } else if (extra[path]) {
        ({ body, type, headers: more = {} } = extra[path]);
        body = Buffer.from(body);
      } else {
        if (!path.startsWith(prefix)) throw Object.assign(new Error('outside prefix'), { code: 'ENOENT' });
        let file = normalize(join(base, path.slice(prefix.length - 1)));
        if (file !== base && !file.startsWith(base + sep)) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        body = await readFile(file);
        type = TYPES[extname(file)] ?? 'application/octet-stream';
      }
      if (guard && type.startsWith('text/html')) {
        body = Buffer.from(body.toString('utf8').replace(/<head>/i, '<head><script src="/__kllm-guard.js"></script>'));
      }
      const headers = { 'content-type': type, 'cache-control': 'no-cache' };
      if (cors) headers['access-control-allow-origin'] = '*';
      if (csp && type.startsWith('text/html')) headers['content-security-policy'] = policy;
      Object.assign(headers, more);
      if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && body.length > 512) {
        const key = `${path}:${body.length}`;
        if (!cache.has(key)) cache.set(key, gzipSync(body, { level: 9 }));
        body = cache.get(key);
        headers['content-encoding'] = 'gzip';
        headers.vary = 'accept-encoding';
      }
      headers['content-length'] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (e) {
      record.status = e.code === 'ENOENT' || e.code === 'ENOTDIR' ? 404 : 500;
      res.writeHead(record.status, { 'content-type': 'text/plain' });
      res.end(String(e.code ?? e.message));
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: (p = '/') => origin + p,
    requests,
    close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(ok); }),
  };
}

// `node tests/e2e/lib/server.mjs [dir]` serves a build by hand under the strict CSP (prints the
// URL; Ctrl-C stops).
if (import.meta.url === `file://${process.argv[1]}`) {
  const { origin } = await serve(process.argv[2] ? resolve(process.argv[2]) : undefined, { csp: true });
  console.log(`serving at ${origin}/ (embedding demos at ${origin}/demo/)`);
}
