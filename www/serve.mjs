// A static file server for the examples and the browser tests, on 127.0.0.1 only.
//
//   node www/serve.mjs                 # serves the repository root on http://127.0.0.1:8081
//   node www/serve.mjs --strict-csp    # ...with the strict Content-Security-Policy header
//   node www/serve.mjs --port 9000 --root dist
//
// Then open /www/script-tag.html or /www/strict-csp.html (after `npm run package`).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The policy the widget must work under: no inline script or style at all. */
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * Serves `root` on 127.0.0.1 (`port` 0: any free port). `headers(path)` adds response headers;
 * `block(path)` answers 404 instead (to simulate a failed download). Returns { url, requests,
 * close }; `requests` lists every path asked for.
 */
export async function serve(root, { port = 0, headers = () => ({}), block = () => false } = {}) {
  const requests = [];
  const top = resolve(root);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    let file = normalize(join(top, path));
    if (!file.startsWith(top) || block(path)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...headers(path),
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    requests,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const strict = process.argv.includes('--strict-csp');
  const { url } = await serve(resolve(repo, arg('--root', '.')), {
    port: Number(arg('--port', 8081)),
    headers: () => (strict ? { 'content-security-policy': STRICT_CSP } : {}),
  });
  console.log(`serving on ${url}${strict ? ' with ' + STRICT_CSP : ''}`);
}
