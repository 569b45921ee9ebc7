// End-to-end tests of issue 13 items 3 and 4 in Chromium: offline after the first visit (the
// service worker and manifest written by scripts/service-worker.mjs), a rebuild picked up on
// the next visit, and the boot script's messages when the wasm cannot run. The tests serve
// their own copy of dist/ under /jianggao/, so a rebuild can be played on the copy.
import assert from 'node:assert/strict';
import { serve, BASE } from './serve.mjs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeOffline } from '../../scripts/service-worker.mjs';
import { pick } from './menu.mjs';

// wait until a service worker controls the page; its script URL
const controlled = (p) => p.evaluate(async () => {
  await navigator.serviceWorker.ready;
  if (!navigator.serviceWorker.controller) {
    await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  }
  return navigator.serviceWorker.controller.scriptURL;
});
const cacheNames = (p) => p.evaluate(() => caches.keys());
const build = (p) => p.locator('meta[name="jianggao-build"]').getAttribute('content');

export async function offline({ browser, dist, test, settle, out }) {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'jianggao-dist-'));
  fs.cpSync(dist, copy, { recursive: true });
  const { server, requests, url } = await serve(copy, { cache: true });
  const origin = new URL(url).origin;
  const ctx = await browser.newContext({ acceptDownloads: true, viewport: { width: 1366, height: 768 } });
  const seen = [];
  const errors = [];
  ctx.on('request', (r) => seen.push(r.url()));
  const p = await ctx.newPage();
  p.on('pageerror', (e) => errors.push(String(e)));
  p.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  const first = await build(await (async () => { await p.goto(url); return p; })());

  await test('13. offline: load once, go offline, reload: the app, the draft and an export work', async () => {
    assert.equal(await controlled(p), `${url}sw.js`);
    // the worker's install took the hashed files from the HTTP cache: the app's wasm came once
    // (the spreadsheet reader's wasm, not loaded by the page, is fetched once by the install)
    assert.equal(requests.filter((u) => /jianggao-app-[0-9a-f]+_bg\.wasm$/.test(u)).length, 1, `${requests}`);
    assert.equal(requests.filter((u) => u.endsWith('ledger-reader_bg.wasm')).length, 1, `${requests}`);
    assert.deepEqual(await cacheNames(p), [`jianggao@${url}#${first}`], 'one cache, named for this build');
    // installable: Chromium finds the manifest and nothing that stops an install, but that a
    // test's context is an incognito profile
    const cdp = await ctx.newCDPSession(p);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors.map((e) => e.errorId), ['in-incognito']);
    const { url: manifestUrl, errors: manifestErrors } = await cdp.send('Page.getAppManifest');
    assert.equal(manifestUrl, `${url}manifest.webmanifest`);
    assert.deepEqual(manifestErrors, []);
    await p.getByTestId('template-picker').first().click();
    await p.locator('[data-key="fact:place"]').fill('青山县');
    const editor = p.getByTestId('editor');
    await editor.evaluate((t) => { t.focus(); t.setSelectionRange(t.value.length, t.value.length); });
    await p.keyboard.type('离线也能接着写。');
    await settle(p);
    const text = await editor.inputValue();
    assert.ok(text.endsWith('离线也能接着写。'));
    await p.waitForTimeout(700); // saved at most 0.5 s after the last change
    assert.equal(await p.getByTestId('update-note').count(), 0, 'no notice on a first visit');

    const atServer = requests.length;
    const fromNetwork = [];
    const onResponse = (r) => { if (!r.fromServiceWorker() && r.url().startsWith('http')) fromNetwork.push(r.url()); };
    p.on('response', onResponse);
    await ctx.setOffline(true);
    const doc = await p.reload();
    assert.ok(doc.fromServiceWorker(), 'the page came from the service worker');
    await editor.waitFor();
    assert.equal(await editor.inputValue(), text);
    assert.equal(await p.locator('[data-key="fact:place"]').inputValue(), '青山县');
    const [dl] = await Promise.all([p.waitForEvent('download'), pick(p, 'export-txt')
      .then(() => p.getByTestId('confirm-export').click())]);
    const exported = fs.readFileSync(await dl.path(), 'utf8');
    assert.ok(dl.suggestedFilename().endsWith('.txt'), dl.suggestedFilename());
    assert.ok(exported.includes('青山县') && exported.includes('离线也能接着写。'), exported.slice(-80));
    // Word comes from the tools worker, which the page had never started: precached too
    const [word] = await Promise.all([p.waitForEvent('download'), pick(p, 'export-docx')
      .then(() => p.getByTestId('confirm-export').click())]);
    assert.ok(word.suggestedFilename().endsWith('（公文）.docx'), word.suggestedFilename());
    assert.equal(fs.readFileSync(await word.path()).subarray(0, 4).toString('latin1'), 'PK\x03\x04');
    await p.screenshot({ path: `${out}/offline-1366.png` });
    p.off('response', onResponse);
    assert.deepEqual(fromNetwork, [], 'offline, every response came from the service worker');
    assert.equal(requests.length, atServer, 'nothing reached the server while offline');
    await ctx.setOffline(false);
  });

  await test('13. a rebuild: new cache name, the old cache deleted, 已更新到新版本 once on the next visit', async () => {
    // play a rebuild on the copy: a changed file, then the hook's service-worker step again
    fs.appendFileSync(path.join(copy, 'icon.svg'), '<!-- rebuilt -->\n');
    const { build: next } = writeOffline(copy);
    assert.notEqual(next, first);
    assert.equal(writeOffline(copy).build, next, 'the same files give the same build id');
    // this visit still runs the cached build; the browser installs the new worker meanwhile
    await p.reload();
    await p.getByTestId('editor').waitFor();
    assert.equal(await build(p), first);
    const want = [`jianggao@${url}#${next}`];
    for (let i = 0; JSON.stringify(await cacheNames(p)) !== JSON.stringify(want); i++) {
      assert.ok(i < 200, `caches now: ${await cacheNames(p)}`);
      await p.waitForTimeout(100);
    }
    // the next visit runs the new build and says so, quietly
    await p.reload();
    await p.getByTestId('update-note').filter({ hasText: '已更新到新版本' }).waitFor({ timeout: 5000 });
    assert.equal(await build(p), next);
    assert.equal(await p.getByTestId('update-note').getAttribute('role'), 'status');
    assert.ok((await p.evaluate(() => fetch('./icon.svg').then((r) => r.text()))).includes('rebuilt'));
    assert.ok((await p.getByTestId('editor').inputValue()).endsWith('离线也能接着写。'), 'the draft survives the update');
    await p.screenshot({ path: `${out}/updated-1366.png` });
    // once only
    await p.reload();
    await p.getByTestId('editor').waitFor();
    await settle(p);
    assert.equal(await p.getByTestId('update-note').count(), 0);
  });

  await test('13. offline: no request leaves the origin; no console error', async () => {
    assert.ok(seen.some((u) => u.endsWith('.wasm')), 'requests were recorded');
    assert.deepEqual(seen.filter((u) => !u.startsWith(url) && !u.startsWith(`blob:${origin}/`) && !u.startsWith('data:')), []);
    assert.deepEqual(requests.filter((u) => !u.startsWith(BASE)), []);
    assert.deepEqual(errors, []);
  });
  await ctx.close();

  await test('13. a damaged wasm, a browser without the wasm features (with and without the check script), IE mode, unparsable JS: a Chinese message each', async () => {
    const wasm = fs.readdirSync(copy).find((f) => f.endsWith('.wasm'));
    const bytes = fs.readFileSync(path.join(copy, wasm));
    const damaged = Buffer.from(bytes);
    for (let i = 4096; i < damaged.length; i += 997) damaged[i] ^= 0x5a;
    const cases = [
      ['程序文件没有加载成功', (c) => c.route('**/*.wasm', (r) => r.fulfill({ body: damaged, contentType: 'application/wasm' }))],
      // an old browser: its validator refuses what the build uses; the check script says so
      // before the app is loaded
      ['浏览器版本太旧', (c) => c.addInitScript(() => { WebAssembly.validate = () => false; })],
      // the same when the check script did not arrive: the boot script finds it out itself
      ['浏览器版本太旧', async (c) => {
        await c.route('**/check-*.js', (r) => r.fulfill({ status: 404, body: '' }));
        await c.route('**/*.wasm', (r) => r.fulfill({ body: damaged, contentType: 'application/wasm' }));
        await c.addInitScript(() => { WebAssembly.validate = () => false; });
      }],
      // a dual-core browser's IE core (兼容模式): the check script asks for 极速模式
      ['切换到“极速模式”', (c) => c.addInitScript(() => { Object.defineProperty(document, 'documentMode', { value: 11 }); })],
      // an old browser cannot parse the bindings' JavaScript (the page without its integrity
      // attributes, else the changed file is refused before it is parsed)
      ['浏览器版本太旧', async (c) => {
        await c.route(url, async (r) => {
          const res = await r.fetch();
          await r.fulfill({ response: res, body: (await res.text()).replace(/ integrity="[^"]*"/g, '') });
        });
        await c.route('**/jianggao-app-*.js', (r) => r.fulfill({ body: 'export default async function () { ?? }', contentType: 'text/javascript' }));
      }],
    ];
    for (const [message, setup] of cases) {
      const c = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      await setup(c);
      const q = await c.newPage();
      await q.goto(url);
      await q.getByTestId('boot-error').waitFor({ timeout: 5000 });
      assert.ok((await q.getByTestId('boot-error').textContent()).includes(message), await q.getByTestId('boot-error').textContent());
      await q.waitForTimeout(300);
      assert.equal(await q.getByTestId('boot-error').count(), 1, 'one message');
      assert.equal(await q.getByTestId('template-picker').count(), 0, 'the app did not start');
      if (message.includes('太旧')) await q.screenshot({ path: `${out}/too-old-1366.png` });
      await c.close();
    }
  });

  server.close();
  fs.rmSync(copy, { recursive: true });
}
