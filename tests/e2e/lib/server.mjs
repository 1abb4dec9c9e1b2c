// A small static file server for the browser tests and the benchmark: serves a directory
// (dist/ by default) on 127.0.0.1 with an ephemeral port, optionally gzip-compressed, and
// records every request it answers.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

/** The strict Content-Security-Policy of the embedding tests (`csp: true`). */
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

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
 * Starts serving `dir` (default: $KLLM_DIST or dist/). Options: `gzip` (compress when the client accepts it),
 * `cors` (Access-Control-Allow-Origin: *, as a CDN serving an embeddable widget would),
 * `extra` (a map of URL path → { body, type } served before the directory), `csp` (every HTML
 * response carries STRICT_CSP, the policy the widget promises to run under) and `prefix` (serve
 * under a URL path such as `/widgets/kllm/`, as a CDN sub-path would).
 * Resolves to { origin, url(path), requests, close() }.
 */
export async function serve(dir = process.env.KLLM_DIST || join(ROOT, 'dist'), { gzip = false, cors = false, extra = {}, csp = false, prefix = '/' } = {}) {
  const base = resolve(dir);
  const requests = [];
  const cache = new Map();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push({ method: req.method, path });
    try {
      let body;
      let type;
      if (extra[path]) {
        ({ body, type } = extra[path]);
        body = Buffer.from(body);
      } else {
        if (!path.startsWith(prefix)) throw Object.assign(new Error('outside prefix'), { code: 'ENOENT' });
        let file = normalize(join(base, path.slice(prefix.length - 1)));
        if (file !== base && !file.startsWith(base + sep)) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        body = await readFile(file);
        type = TYPES[extname(file)] ?? 'application/octet-stream';
      }
      const headers = { 'content-type': type, 'cache-control': 'no-cache' };
      if (cors) headers['access-control-allow-origin'] = '*';
      if (csp && type.startsWith('text/html')) headers['content-security-policy'] = STRICT_CSP;
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
      res.writeHead(e.code === 'ENOENT' || e.code === 'ENOTDIR' ? 404 : 500, { 'content-type': 'text/plain' });
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
