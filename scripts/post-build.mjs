// Trunk post_build hook: move the loader Trunk writes inline into dist/index.html out to an
// external boot-<hash>.js, so the page's Content-Security-Policy needs no 'unsafe-inline' in
// script-src. The boot script also tells the writer, in Chinese, when the browser has no
// WebAssembly or the wasm fails to load, instead of leaving a blank page.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

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

const boot = `// 讲稿工坊 start-up, written by scripts/post-build.mjs from Trunk's loader.
const NO_WASM = '讲稿工坊无法在此浏览器中运行：浏览器不支持 WebAssembly。请改用新版 Chrome、Edge、Firefox，或国产浏览器的“极速模式”。';
const NO_LOAD = '讲稿工坊未能启动：程序文件没有加载成功。请刷新页面重试；如仍不行，请换用新版浏览器。之前保存在本机浏览器中的草稿不会因此丢失。';
function fail(message, error) {
  if (error) console.error(error);
  const box = document.createElement('div');
  box.className = 'fatal';
  box.setAttribute('role', 'alert');
  box.dataset.testid = 'boot-error';
  box.textContent = message;
  document.body.append(box);
}
if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
  fail(NO_WASM);
} else {
  try {
    const bindings = await import('./${js}');
    const wasm = await bindings.default({ module_or_path: './${wasm}' });
    window.wasmBindings = bindings;
    dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
  } catch (e) {
    fail(NO_LOAD, e);
  }
}
`;
const hash = crypto.createHash('sha256').update(boot).digest('hex').slice(0, 16);
const name = `boot-${hash}.js`;
fs.writeFileSync(path.join(dir, name), boot);
page = page.replace(inline, `<script type="module" src="./${name}"></script>`);
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(page)) throw new Error('post-build: an inline script is left');
fs.writeFileSync(html, page);
console.log(`post-build: loader moved to ${name}`);
