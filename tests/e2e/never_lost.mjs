// End-to-end tests of issue 11, "nothing a writer types is ever lost": undo steps, 撤销导入
// after typing, closing the tab, a second tab, history, a strict page. Each test opens its own
// browser context (its own storage) so they do not depend on run.mjs's page.
import assert from 'node:assert/strict';
import { pick } from './menu.mjs';

export async function neverLost({ browser, url, test, settle, watchRequests, out }) {
  async function fresh() {
    const ctx = await browser.newContext({ acceptDownloads: true, viewport: { width: 1366, height: 768 } });
    watchRequests(ctx);
    const errors = [];
    const open = async () => {
      const p = await ctx.newPage();
      p.on('pageerror', (e) => errors.push(String(e)));
      await p.goto(url);
      return p;
    };
    return { ctx, open, errors };
  }
  const caretToEnd = (editor) =>
    editor.evaluate((t) => { t.focus(); t.setSelectionRange(t.value.length, t.value.length); });
  const values = (p) => p.getByTestId('field').evaluateAll((els) => els.map((e) => [e.dataset.key, e.value]));

  await test('11. three words with pauses: one Ctrl+Z takes back only the last', async () => {
    const { ctx, open } = await fresh();
    const p = await open();
    await p.getByTestId('template-picker').first().click();
    const editor = p.getByTestId('editor');
    const base = await editor.inputValue();
    await caretToEnd(editor);
    const words = ['一要抓进度', '二要抓质量', '三要抓安全'];
    for (const [i, w] of words.entries()) {
      if (i > 0) await p.waitForTimeout(1500);
      await p.keyboard.type(w, { delay: 60 });
    }
    await settle(p);
    assert.equal(await editor.inputValue(), base + words.join(''));
    await p.keyboard.press('Control+z');
    await settle(p);
    assert.equal(await editor.inputValue(), base + words[0] + words[1], 'one Ctrl+Z takes back the last word only');
    await p.keyboard.press('Control+z');
    await settle(p);
    assert.equal(await editor.inputValue(), base + words[0]);
    await p.keyboard.press('Control+Shift+z');
    await settle(p);
    assert.equal(await editor.inputValue(), base + words[0] + words[1]);
    await ctx.close();
  });

  await test('11. 撤销导入 after typing restores exactly the pre-import draft, itself undoable', async () => {
    const { ctx, open } = await fresh();
    const p = await open();
    await p.getByTestId('template-picker').first().click();
    await p.locator('[data-key="fact:place"]').fill('青山县');
    // the template's fields are listed once its analysis is shown: read them after it
    await settle(p);
    const editor = p.getByTestId('editor');
    const before = await editor.inputValue();
    const valuesBefore = await values(p);
    await pick(p, 'open-start');
    await p.getByTestId('import-text').fill('导入的讲话\n\n同志们：\n\n今年安排项目x个。\n');
    await p.getByTestId('import-apply').click();
    await p.getByText('已导入粘贴的文字').waitFor();
    const imported = await editor.inputValue();
    await caretToEnd(editor);
    await p.keyboard.type('又写了一句。', { delay: 30 });
    await p.waitForTimeout(1200);
    await p.keyboard.type('再写一句。', { delay: 30 });
    await settle(p);
    await p.getByRole('button', { name: '撤销导入' }).click();
    await settle(p);
    assert.equal(await editor.inputValue(), before, 'the draft before the import, not the typing undone');
    assert.deepEqual(await values(p), valuesBefore);
    await editor.focus();
    await p.keyboard.press('Control+z');
    await settle(p);
    assert.equal(await editor.inputValue(), imported + '又写了一句。再写一句。', 'undoing 撤销导入 brings the import and the typing back');
    await ctx.close();
  });

  await test('11. typing then closing the tab within 100 ms keeps the words', async () => {
    const { ctx, open } = await fresh();
    const p = await open();
    await p.getByTestId('template-picker').first().click();
    await p.waitForTimeout(700);
    const editor = p.getByTestId('editor');
    await caretToEnd(editor);
    await p.keyboard.type('最后几个字');
    await p.waitForTimeout(50);
    // close as a writer does (unload handlers run) and wait until the page is gone
    const closed = new Promise((r) => p.once('close', r));
    await p.close({ runBeforeUnload: true });
    await closed;
    const q = await open();
    await q.getByTestId('editor').waitFor();
    const text = await q.getByTestId('editor').inputValue();
    assert.ok(text.endsWith('谢谢大家！\n最后几个字'), text.slice(-40));
    await ctx.close();
  });

  await test("11. a second tab's import never silently replaces the first tab's draft", async () => {
    const { ctx, open } = await fresh();
    const a = await open();
    await a.getByTestId('template-picker').first().click();
    await a.locator('[data-key="fact:place"]').fill('青山县');
    await a.waitForTimeout(700);
    const textA = await a.getByTestId('editor').inputValue();
    const b = await open();
    assert.equal(await b.getByTestId('editor').inputValue(), textA, 'the second tab opens the saved draft');
    // each tab knows of the other from the start
    await a.getByTestId('tab-note').waitFor({ timeout: 3000 });
    await b.getByTestId('tab-note').waitFor({ timeout: 3000 });
    await pick(b, 'open-start');
    await b.getByTestId('import-text').fill('另一篇讲话\n\n同志们：\n\n今年安排项目x个。\n');
    await b.getByTestId('import-apply').click();
    await b.getByText('已导入粘贴的文字').waitFor();
    // the first tab says so, in Chinese, and takes no more typing
    const banner = a.getByTestId('other-tab');
    await banner.waitFor({ timeout: 3000 });
    assert.match(await banner.textContent(), /另一个标签页.*只读/);
    await a.screenshot({ path: `${out}/other-tab-1366.png` });
    const editorA = a.getByTestId('editor');
    await caretToEnd(editorA);
    await a.keyboard.type('不应写入');
    await a.waitForTimeout(700);
    assert.equal(await editorA.inputValue(), textA, 'the older tab is read-only');
    assert.ok(await a.getByRole('button', { name: '撤销', exact: true }).isDisabled(), 'no undo in a read-only tab');
    // and it never wrote over the second tab's draft
    const c = await open();
    assert.ok((await c.getByTestId('editor').inputValue()).startsWith('另一篇讲话'));
    // and the first tab's draft is kept in 历史版本
    await pick(c, 'open-history');
    await c.getByTestId('history-entry').first().getByRole('button', { name: '预览' }).click();
    assert.equal(await c.getByTestId('history-preview').textContent(), textA);
    await ctx.close();
  });

  await test('11. storage off: the page works and says so', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    watchRequests(ctx);
    await ctx.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
    });
    const p = await ctx.newPage();
    await p.goto(url);
    await p.getByText('浏览器禁用了本地存储').first().waitFor();
    await p.getByTestId('template-picker').first().click();
    const editor = p.getByTestId('editor');
    await caretToEnd(editor);
    await p.keyboard.type('照常输入');
    await settle(p);
    assert.ok((await editor.inputValue()).endsWith('照常输入'));
    await p.getByRole('button', { name: '下载草稿备份' }).waitFor();
    await ctx.close();
  });

  await test('11. a template over a draft keeps it in 历史版本; restoring it works after a reload', async () => {
    const { ctx, open } = await fresh();
    const p = await open();
    await p.getByTestId('template-picker').first().click();
    await p.locator('[data-key="fact:place"]').fill('青山县');
    const editor = p.getByTestId('editor');
    await caretToEnd(editor);
    await p.keyboard.type('这是我改过的稿。');
    await settle(p);
    const mine = await editor.inputValue();
    await pick(p, 'open-start');
    await p.getByTestId('template-picker').nth(1).click();
    await p.getByText('当前稿已存入历史版本').waitFor();
    const other = await editor.inputValue();
    assert.notEqual(other, mine);
    await p.waitForTimeout(700);
    await p.reload();
    await editor.waitFor();
    await pick(p, 'open-history');
    const entry = p.getByTestId('history-entry').first();
    const label = await entry.textContent();
    assert.match(label, /换模板前 · 《县长在全县重大项目建设推进会上的讲话》 · \d+ 字 · 未填 \d+ 处/);
    await entry.getByRole('button', { name: '预览' }).click();
    assert.equal(await p.getByTestId('history-preview').textContent(), mine);
    await p.screenshot({ path: `${out}/history-1366.png` });
    await entry.getByRole('button', { name: '恢复' }).click();
    await settle(p);
    assert.equal(await editor.inputValue(), mine);
    assert.equal(await p.locator('[data-key="fact:place"]').inputValue(), '青山县');
    // restoring is one step: undo brings back the draft it replaced
    await editor.focus();
    await p.keyboard.press('Control+z');
    await settle(p);
    assert.equal(await editor.inputValue(), other);
    // and that draft was kept too, before the restore
    await pick(p, 'open-history');
    assert.equal(await p.getByTestId('history-entry').count(), 2);
    // delete takes a version out
    await p.getByTestId('history-entry').first().getByRole('button', { name: '删除' }).click();
    assert.equal(await p.getByTestId('history-entry').count(), 1);
    await ctx.close();
  });

  await test('11. five minutes of editing keep an automatic version (mock clock)', async () => {
    const { ctx } = await fresh();
    const p = await ctx.newPage();
    await p.clock.install();
    await p.goto(url);
    await p.getByTestId('template-picker').first().click();
    const editor = p.getByTestId('editor');
    const type = async (words) => {
      await caretToEnd(editor);
      await p.keyboard.type(words);
      await settle(p);
      await p.waitForTimeout(700); // the save throttle (0.5 s)
    };
    await type('第一段。');
    // four minutes on: no automatic version yet
    await p.clock.fastForward('04:00');
    await type('第二段。');
    const first = await editor.inputValue();
    await pick(p, 'open-history');
    assert.equal(await p.getByTestId('history-entry').count(), 0);
    await pick(p, 'open-history');
    // past five minutes since the first save: the next save keeps a version
    await p.clock.fastForward('01:01');
    await type('第三段。');
    await pick(p, 'open-history');
    const entries = p.getByTestId('history-entry');
    assert.equal(await entries.count(), 1);
    assert.match(await entries.first().textContent(), / · 自动 · 《/);
    await entries.first().getByRole('button', { name: '预览' }).click();
    const kept = await p.getByTestId('history-preview').textContent();
    assert.ok(kept.includes('第三段。') && kept.startsWith(first.slice(0, 20)));
    await ctx.close();
  });

  await test("11. the page's CSP has no 'unsafe-inline' in script-src, and no inline script", async () => {
    const { ctx, open, errors } = await fresh();
    const violations = [];
    const p = await open();
    p.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
    await p.getByTestId('template-picker').first().waitFor();
    const csp = await p.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
    assert.ok(scriptSrc, csp);
    assert.ok(!scriptSrc.includes("'unsafe-inline'"), scriptSrc);
    assert.ok(scriptSrc.includes("'wasm-unsafe-eval'"), scriptSrc);
    const inline = await p.locator('script:not([src])').count();
    assert.equal(inline, 0, 'no inline script in the page');
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
    await ctx.close();
  });

  await test('11. no WebAssembly, or a wasm that fails to load: a Chinese message, not a blank page', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    watchRequests(ctx);
    await ctx.addInitScript(() => { delete globalThis.WebAssembly; });
    const p = await ctx.newPage();
    await p.goto(url);
    await p.getByTestId('boot-error').filter({ hasText: '浏览器不支持 WebAssembly' }).waitFor({ timeout: 5000 });
    await p.screenshot({ path: `${out}/no-wasm-1366.png` });
    await ctx.close();
    const ctx2 = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    watchRequests(ctx2);
    await ctx2.route('**/*.wasm', (r) => r.fulfill({ status: 404, body: '' }));
    const q = await ctx2.newPage();
    await q.goto(url);
    await q.getByTestId('boot-error').filter({ hasText: '程序文件没有加载成功' }).waitFor({ timeout: 5000 });
    await ctx2.close();
  });

  await test('11. hostile text in import, editor, fields, preview, history and export never runs', async () => {
    const { ctx, open, errors } = await fresh();
    const p = await open();
    const HOSTILE = [
      '<img src=x onerror="window.__pwned=1">',
      '</textarea><script>window.__pwned=2</script>',
      '<svg onload="window.__pwned=3"></svg>',
      '[<b onmouseover="window.__pwned=4">名称</b>]',
    ];
    const text = `讲话${HOSTILE[0]}\n\n同志们：\n\n${HOSTILE[1]}今年安排项目x个。\n\n一、${HOSTILE[2]}\n\n${HOSTILE[3]}要抓紧。\n`;
    await p.getByTestId('import-text').fill(text);
    await p.getByTestId('import-apply').click();
    await p.getByTestId('import-summary').waitFor();
    const editor = p.getByTestId('editor');
    await caretToEnd(editor);
    await p.keyboard.type('<img src=y onerror="window.__pwned=5">');
    const field = p.locator('[data-testid=field][data-kind=count]').first();
    await field.fill('<img src=z onerror="window.__pwned=6">');
    await p.locator('[data-key="fact:place"]').fill('<script>window.__pwned=7</script>');
    await settle(p);
    await p.getByRole('tab', { name: '成稿预览' }).click();
    const preview = await p.getByTestId('preview').textContent();
    assert.ok(preview.includes('</textarea><script>window.__pwned=2</script>'), 'shown as text');
    await p.getByRole('tab', { name: '原稿（可编辑）' }).click();
    await pick(p, 'export-md');
    const [dl] = await Promise.all([p.waitForEvent('download'), p.getByTestId('confirm-export').click()]);
    assert.ok(dl.suggestedFilename().endsWith('.md'));
    await pick(p, 'open-history');
    assert.match(await p.getByTestId('history-entry').first().textContent(), /导出时/, 'an export keeps a version');
    await p.getByTestId('history-entry').first().getByRole('button', { name: '预览' }).click();
    assert.ok((await p.getByTestId('history-preview').textContent()).includes('</textarea><script>'));
    await p.waitForTimeout(300);
    if (process.env.SABOTAGE_HOSTILE) {
      // proves the check can fail: markup put in as HTML would run (where the CSP allows it)
      await p.evaluate((h) => document.body.insertAdjacentHTML('beforeend', h), HOSTILE[0]);
      await p.waitForTimeout(300);
    }
    assert.equal(await p.evaluate(() => window.__pwned), undefined, 'no hostile script ran');
    const injected = await p.evaluate(() => document.querySelectorAll('body img, body svg, body script:not([src]), body b[onmouseover]').length);
    assert.equal(injected, 0, 'no hostile element in the page');
    assert.deepEqual(errors, []);
    await ctx.close();
  });

  await test('11. storage nearly full: replacing a draft says the history could not keep it, the page goes on', async () => {
    const { ctx, open } = await fresh();
    const p = await open();
    await p.getByTestId('template-picker').first().click();
    await p.waitForTimeout(700);
    // fill the origin's storage to the brim
    const filled = await p.evaluate(() => {
      let chunk = 'x'.repeat(1 << 20), i = 0;
      while (chunk.length > 16) {
        try { localStorage.setItem(`filler${i++}`, chunk); } catch { chunk = chunk.slice(0, chunk.length >> 1); }
      }
      return i;
    });
    assert.ok(filled > 1);
    await pick(p, 'open-start');
    await p.getByTestId('template-picker').nth(1).click();
    await p.getByText(/历史版本未能保存|已删去最早的/).first().waitFor({ timeout: 3000 });
    const editor = p.getByTestId('editor');
    await caretToEnd(editor);
    await p.keyboard.type('照常输入');
    await settle(p);
    assert.ok((await editor.inputValue()).endsWith('照常输入'));
    await ctx.close();
  });

  await test('11. storage full: the draft comes first, older versions make room for it', async () => {
    const { ctx, open } = await fresh();
    const p = await open();
    await p.getByTestId('template-picker').first().click();
    // (the start panel closed first: a click on 模板与导入 while it was still open closed it)
    await p.getByTestId('editor').waitFor();
    await pick(p, 'open-start');
    await p.getByTestId('template-picker').nth(1).click();
    await p.getByText('当前稿已存入历史版本').waitFor();
    await p.waitForTimeout(700);
    await p.evaluate(() => {
      let chunk = 'x'.repeat(1 << 20), i = 0;
      while (chunk.length > 16) {
        try { localStorage.setItem(`filler${i++}`, chunk); } catch { chunk = chunk.slice(0, chunk.length >> 1); }
      }
    });
    const editor = p.getByTestId('editor');
    const grown = (await editor.inputValue()) + '补充'.repeat(500);
    await editor.fill(grown);
    await p.waitForTimeout(900);
    assert.equal(await p.getByText('浏览器存储已满，草稿未能保存').count(), 0, 'the draft was saved');
    await p.reload();
    await editor.waitFor();
    assert.equal(await editor.inputValue(), grown);
    await ctx.close();
  });
}
