// A minimal static file server for the embedding end-to-end tests: serves dist/ on
// 127.0.0.1 with the right MIME types (wasm streaming compilation needs application/wasm).
// With `csp: true` every HTML response also carries the strict Content-Security-Policy the
// widget promises to run under, so each demo page and the iframe page are checked against it.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/// Starts serving `root` (default: dist/) under the URL path `prefix` (default `/`; e.g.
/// `/widgets/kllm/` to check a CDN sub-path); resolves to { origin, close() }.
export async function serve({ root = 'dist', csp = false, prefix = '/' } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const full = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (!full.startsWith(prefix)) throw new Error('outside prefix');
      const path = full.slice(prefix.length - 1);
      let file = normalize(join(base, path));
      if (!file.startsWith(base)) throw new Error('outside root');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const headers = { 'content-type': type, 'cache-control': 'no-store' };
      if (csp && type.startsWith('text/html')) headers['content-security-policy'] = STRICT_CSP;
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

// `node tests/e2e/server.mjs [root]` serves by hand (prints the URL; Ctrl-C stops).
if (import.meta.url === `file://${process.argv[1]}`) {
  const { origin } = await serve({ root: process.argv[2] ?? 'dist', csp: true });
  console.log(`serving at ${origin}/demo/`);
}
