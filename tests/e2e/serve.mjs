// The built app served as a static host serves it, under /jianggao/ on a free local port: the one
// server of the end-to-end tests and the timing scripts. Every request path is kept (a test
// checks that nothing leaves the served origin and path). With `cache`, files named by their
// hash may be kept by the browser and the others are asked again, as on a real host.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

export const BASE = '/jianggao/';
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.tsv': 'text/plain; charset=utf-8',
};
// (trunk writes the hash as a number in hex: one with leading zeros is shorter than 16 digits)
const HASHED = /-[0-9a-f]{10,16}(_bg)?\.(js|wasm|css)$/;

export function serve(dir, { cache = false } = {}) {
  const root = path.resolve(dir);
  const requests = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url);
    const rel = decodeURIComponent(req.url.slice(BASE.length).split('?')[0]) || 'index.html';
    const file = path.join(root, rel);
    if (!req.url.startsWith(BASE) || !file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404);
      res.end();
      return;
    }
    const headers = { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' };
    if (cache) headers['cache-control'] = HASHED.test(rel) ? 'max-age=31536000, immutable' : 'no-cache';
    res.writeHead(200, headers);
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((r) => server.listen(0, '127.0.0.1', () =>
    r({ server, requests, url: `http://127.0.0.1:${server.address().port}${BASE}` })));
}
