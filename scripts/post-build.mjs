// Trunk post_build hook: move the loader Trunk writes inline into dist/index.html out to an
// external boot-<hash>.js, so the page's Content-Security-Policy needs no 'unsafe-inline' in
// script-src. A classic check-<hash>.js before it, and the boot script itself, tell the writer
// in Chinese when the browser has no WebAssembly, is too old for the features the wasm uses,
// or the wasm fails to load, instead of leaving a blank page. A release build then
// gets its service worker and web manifest (scripts/service-worker.mjs): offline after the
// first visit, installable.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { writeOffline, ICON, SW } from './service-worker.mjs';
import { PROBE, OLDEST } from './wasm-features.mjs';
import { shortImports } from './short-imports.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('post-build: TRUNK_STAGING_DIR is not set (run by trunk)');
const html = path.join(dir, 'index.html');
let page = fs.readFileSync(html, 'utf8');
const inline = /<script type="module">([\s\S]*?)<\/script>/;
const m = page.match(inline);
if (!m) throw new Error('post-build: no inline module script in index.html');
const js = m[1].match(/from '\.\/([^']+\.js)'/)?.[1];
const wasm = m[1].match(/module_or_path: '\.\/([^']+\.wasm)'/)?.[1];
if (!js || !wasm) throw new Error(`post-build: loader not understood:\n${m[1]}`);

const release = process.env.TRUNK_PROFILE === 'release';
const NO_WASM = '讲稿工坊无法在此浏览器中运行：浏览器不支持 WebAssembly。请改用新版 Chrome、Edge、Firefox，或国产浏览器的“极速模式”。';
const TOO_OLD = `讲稿工坊无法在此浏览器中运行：浏览器版本太旧，缺少程序需要的功能。请升级到 Chrome 或 Edge ${OLDEST.chrome}、Firefox ${OLDEST.firefox}、Safari ${OLDEST.safari} 或更新的版本；360、QQ 等国产浏览器请切换到“极速模式”并升级到最新版。之前保存在本机浏览器中的草稿不会因此丢失。`;
const NO_LOAD = '讲稿工坊未能启动：程序文件没有加载成功。请刷新页面重试；如仍不行，请换用新版浏览器。之前保存在本机浏览器中的草稿不会因此丢失。';
const FAIL = `function fail(message, error) {
  if (error) console.error(error);
  var box = document.createElement('div');
  box.className = 'fatal';
  box.setAttribute('role', 'alert');
  box.setAttribute('data-testid', 'boot-error');
  box.textContent = message;
  document.body.appendChild(box);
}`;

// 360, 奇安信 and other dual-core browsers in their IE core (兼容模式), or IE itself: no module
// script runs there, and the message box is built by the check below.
const IE_MODE = '讲稿工坊无法在兼容模式（IE 内核）下运行。请点击地址栏右侧的“闪电”或“e”图标，切换到“极速模式”；或改用新版 Chrome、Edge、Firefox。';

// A classic deferred script that runs before the module in every browser, even one that cannot
// parse a module: ES3 (IE's engine in a 360 browser's 兼容模式, old Chromium cores; minified for
// IE 8, checked by scripts/check-es2020.mjs), the message as a text node, shown once the body
// is there. IE (document.documentMode) or an engine without Promise: switch to 极速模式; no
// WebAssembly, or no validation of a module that uses every feature the build uses
// (scripts/wasm-features.mjs): the writer reads why instead of a blank page.
let check = `// 讲稿工坊: can this browser run the app? Written by scripts/post-build.mjs.
(function () {
  function fail(message) {
    function show() {
      var box = document.createElement('div');
      box.className = 'fatal';
      box.setAttribute('role', 'alert');
      box.setAttribute('data-testid', 'boot-error');
      box.appendChild(document.createTextNode(message));
      document.body.appendChild(box);
    }
    if (document.body) show();
    else if (window.addEventListener) window.addEventListener('load', show, false);
    else if (window.attachEvent) window.attachEvent('onload', show);
  }
  var probe = ${JSON.stringify(PROBE)};
  var message = null;
  if (document.documentMode || typeof Promise === 'undefined') {
    message = ${JSON.stringify(IE_MODE)};
  } else if (typeof WebAssembly !== 'object' || typeof WebAssembly.validate !== 'function') {
    message = ${JSON.stringify(NO_WASM)};
  } else {
    var valid = false;
    try {
      valid = WebAssembly.validate(new Uint8Array(probe));
    } catch (e) {
      // too old
    }
    if (!valid) message = ${JSON.stringify(TOO_OLD)};
  }
  if (message) {
    window.jianggaoCannotStart = true;
    fail(message);
  }
})();
`;

let boot = `// 讲稿工坊 start-up, written by scripts/post-build.mjs from Trunk's loader. No top-level
// await, no ?. : a browser whose check passed parses this, and one that did not should too.
const TOO_OLD = ${JSON.stringify(TOO_OLD)};
const NO_LOAD = ${JSON.stringify(NO_LOAD)};
const UPDATED = '已更新到新版本';
${FAIL}
// A wasm that does not compile: this browser lacks a feature the build uses, unless a module
// using them all compiles here, in which case the file itself is damaged.
function tooOld() {
  try {
    return !WebAssembly.validate(new Uint8Array(${JSON.stringify(PROBE)}));
  } catch (e) {
    return true;
  }
}
// Offline after the first visit (release builds), and a quiet word once a new version runs.
function offline() {
  const meta = document.querySelector('meta[name="jianggao-build"]');
  if (!meta) return;
  const build = meta.content;
  try {
    const seen = localStorage.getItem('jianggao.build');
    if (seen !== build) localStorage.setItem('jianggao.build', build);
    if (seen && seen !== build) {
      const note = document.createElement('div');
      note.setAttribute('role', 'status');
      note.dataset.testid = 'update-note';
      note.textContent = UPDATED;
      note.style.cssText = 'position:fixed;left:12px;bottom:12px;z-index:50;padding:4px 10px;border-radius:4px;background:#1d2430;color:#fff;font-size:13px;opacity:.85;pointer-events:none';
      document.body.append(note);
      setTimeout(() => note.remove(), 6000);
    }
  } catch (e) {
    // storage off or full: no note, the app says so itself
  }
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('./sw.js', { scope: './', updateViaCache: 'none' })
      .catch((e) => console.warn('讲稿工坊：离线缓存未能启用', e));
  }
}
function start() {
  return import('./${js}').then((bindings) => bindings.default({ module_or_path: './${wasm}' }).then((wasm) => {
    window.wasmBindings = bindings;
    dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
    offline();
  }, (e) => {
    fail(e instanceof WebAssembly.CompileError && tooOld() ? TOO_OLD : NO_LOAD, e);
  }), (e) => {
    // the bindings' JavaScript does not parse here: too old, else it did not arrive
    fail(e instanceof SyntaxError ? TOO_OLD : NO_LOAD, e);
  });
}
// the check script has said why not, or it did not run (then try, and say so if it fails)
if (!window.jianggaoCannotStart) start();
`;
// A release build's bindings, minified (terser): the first load is the wasm and this script, and
// wasm-bindgen writes it readable; its modulepreload's integrity follows the new bytes.
if (release) {
  const { minify } = await import('terser');
  const file = path.join(dir, js);
  const before = fs.readFileSync(file, 'utf8');
  const out = await minify(before, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true });
  if (!out.code) throw new Error(`post-build: terser gave nothing for ${js}`);
  // the imports renamed short in both files (scripts/short-imports.mjs)
  const wasmFile = path.join(dir, wasm);
  const module = out.code.match(/"(\.\/[\w-]+_bg\.js)"/)?.[1];
  if (!module) throw new Error(`post-build: no import module named in ${js}`);
  const short = shortImports(fs.readFileSync(wasmFile), out.code, module);
  fs.writeFileSync(file, short.js);
  fs.writeFileSync(wasmFile, short.wasm);
  for (const [name, bytes] of [[js, short.js], [wasm, short.wasm]]) {
    const sri = `sha384-${crypto.createHash('sha384').update(bytes).digest('base64')}`;
    const link = new RegExp(`(<link[^>]*href="\\./${name.replace(/[.]/g, '\\.')}"[^>]*integrity=")[^"]*(")`);
    if (link.test(page)) page = page.replace(link, `$1${sri}$2`);
    else if (page.includes(name)) throw new Error(`post-build: the link to ${name} not understood`);
  }
  console.log(`post-build: ${js} minified, ${before.length} → ${short.js.length} bytes; ${short.count} imports renamed short`);
}

// a release build's stylesheets minified (csso, its structure kept: no rule moved), their
// links' integrity following the new bytes
if (release) {
  const { minify } = await import('csso');
  for (const css of fs.readdirSync(dir).filter((f) => f.endsWith('.css'))) {
    const file = path.join(dir, css);
    const before = fs.readFileSync(file, 'utf8');
    const { css: after } = minify(before, { restructure: false });
    if (!after) throw new Error(`post-build: csso gave nothing for ${css}`);
    fs.writeFileSync(file, after);
    const sri = `sha384-${crypto.createHash('sha384').update(after).digest('base64')}`;
    const link = new RegExp(`(<link[^>]*href="\\./${css.replace(/[.]/g, '\\.')}"[^>]*integrity=")[^"]*(")`);
    if (link.test(page)) page = page.replace(link, `$1${sri}$2`);
    else if (page.includes(css)) throw new Error(`post-build: the link to ${css} not understood`);
    console.log(`post-build: ${css} minified, ${before.length} → ${after.length} bytes`);
  }
}

// a release build's start-up scripts minified as well (the browser check for IE 8: the oldest
// browsers must parse it to say why they cannot run the app; the loader without ?. or await)
const terser = release ? (await import('terser')).minify : null;
const small = async (text, ecma, module) => {
  if (!terser) return text;
  // (ecma 5 is the check: written for IE 8's engine too, its Chinese as \u escapes)
  const ie = ecma === 5;
  const out = await terser(text, { ecma, module, ie8: ie, compress: { passes: 2 }, mangle: true, format: { ecma, ie8: ie, ascii_only: ie } });
  if (!out.code) throw new Error('post-build: terser gave nothing for a start-up script');
  return out.code;
};
check = await small(check, 5, false);
boot = await small(boot, 2015, true);

const hashed = (prefix, text) => {
  const name = `${prefix}-${crypto.createHash('sha256').update(text).digest('hex').slice(0, 16)}.js`;
  fs.writeFileSync(path.join(dir, name), text);
  return name;
};
const checkName = hashed('check', check);
const name = hashed('boot', boot);
page = page.replace(inline, `<script defer src="./${checkName}"></script>\n<script type="module" src="./${name}"></script>`);
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(page)) throw new Error('post-build: an inline script is left');
fs.writeFileSync(html, page);
console.log(`post-build: loader moved to ${name}, browser check in ${checkName}`);

// last: the service worker caches every file in the build, whatever wrote it before this line
if (release) {
  const source = process.env.TRUNK_SOURCE_DIR || process.cwd();
  for (const icon of [ICON, 'icon-192.png', 'icon-512.png']) {
    fs.copyFileSync(path.join(source, 'static', icon), path.join(dir, icon));
  }
  const { build, files } = writeOffline(dir);
  // the service worker is fetched on the first visit too: minified like the start-up scripts
  const sw = path.join(dir, SW);
  fs.writeFileSync(sw, await small(fs.readFileSync(sw, 'utf8'), 2015, false));
  console.log(`post-build: service worker for build ${build}, ${files.length} files precached`);
}
