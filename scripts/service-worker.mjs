// Offline after the first visit: writes dist's service worker (sw.js) and web manifest, and
// stamps index.html with the build's id. Called last by scripts/post-build.mjs (release builds),
// and by tests/e2e/offline.mjs on a copy of dist to play a rebuild.
//
// The precache list is every file in the directory when this runs, so a file a later change
// adds to the build (a worker script, a data file) is cached without editing this script. The
// build id is a hash of those files' names and bytes (index.html without its stamp), so any
// changed file gives a new sw.js, hence a new cache name; the browser installs it on the next
// visit, the old caches are deleted on activate, and the boot script, seeing a new id in the
// page, says 已更新到新版本 once.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

export const SW = 'sw.js';
export const MANIFEST = 'manifest.webmanifest';
export const ICON = 'icon.svg';
const STAMP = /[ \t]*<meta name="jianggao-build" content="[0-9a-f]*">\n?/;
// not cached: the worker itself (the browser keeps it) and what is only there for hosting
const SKIP = new Set([SW, '.nojekyll', 'CNAME']);

function walk(dir, rel = '') {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) return walk(dir, r);
    return SKIP.has(r) ? [] : [r];
  });
}

export function manifest() {
  return {
    name: '讲稿工坊',
    short_name: '讲稿工坊',
    description: '把讲话稿范文变成可填写的表单，检查遗留占位符，导出成稿。内容不离开本机。',
    lang: 'zh-CN',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#f6f5f1',
    theme_color: '#a4161a',
    icons: [
      { src: ICON, sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
    ],
  };
}

export function serviceWorker(build, files) {
  return `// 讲稿工坊 service worker, written by scripts/service-worker.mjs: build ${build}.
// Cache first, all from this build's cache; only GET requests to its own scope are answered,
// nothing is ever fetched from another origin.
const BUILD = '${build}';
const PREFIX = 'jianggao@' + self.registration.scope + '#';
const CACHE = PREFIX + BUILD;
const HASHED = /-[0-9a-f]{8,16}(_bg)?\\.(js|wasm|css)$/;
const FILES = ${JSON.stringify(['./', ...files.filter((f) => f !== 'index.html')], null, 2)};

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // a file named by its hash may come from the HTTP cache (the page has just loaded it);
    // the others are asked again, so they belong to this build
    await cache.addAll(FILES.map((f) => new Request(f, { cache: HASHED.test(f) ? 'default' : 'reload' })));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n)));
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(self.registration.scope)) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = request.mode === 'navigate'
      ? await cache.match('./')
      : await cache.match(request, { ignoreSearch: true });
    return hit || fetch(request);
  })());
});
`;
}

// Writes sw.js and the manifest into dir and stamps dir/index.html; returns the build id.
export function writeOffline(dir) {
  const html = path.join(dir, 'index.html');
  let page = fs.readFileSync(html, 'utf8').replace(STAMP, '');
  if (!page.includes(`rel="manifest"`)) {
    page = page.replace('</head>', `  <link rel="manifest" href="./${MANIFEST}">\n</head>`);
  }
  fs.writeFileSync(html, page);
  fs.writeFileSync(path.join(dir, MANIFEST), `${JSON.stringify(manifest(), null, 2)}\n`);
  const files = walk(dir).sort();
  for (const icon of manifest().icons) {
    if (!files.includes(icon.src)) throw new Error(`service-worker: ${icon.src} is not in ${dir}`);
  }
  const hash = crypto.createHash('sha256');
  for (const f of files) hash.update(`${f}\0`).update(fs.readFileSync(path.join(dir, f))).update('\0');
  const build = hash.digest('hex').slice(0, 16);
  const stamp = `<meta name="jianggao-build" content="${build}">\n`;
  const at = page.includes('<meta charset="utf-8">\n') ? page.indexOf('<meta charset="utf-8">\n') + 23 : page.indexOf('<head>') + 7;
  fs.writeFileSync(html, `${page.slice(0, at)}  ${stamp}${page.slice(at)}`);
  fs.writeFileSync(path.join(dir, SW), serviceWorker(build, files));
  return { build, files };
}
