// End-to-end tests of issue 29 (a calm page): at 1366×768 with a template open the header is
// one row at most 64 px high, and the editor keeps at least 420 px of text in view with
// 项目台账, 历史版本 or the import report open; at 800 px nothing scrolls sideways; the menus
// work by keyboard; and axe-core finds no serious or critical violation on the start panel, a
// template, the ledger, history and the export dialog. Screenshots to tests/e2e/out/calm-*.png.
import assert from 'node:assert/strict';
import path from 'node:path';
import { pick } from './menu.mjs';

// a page as a site's 另存为 gives it, written for this test: site words before the title
const PASTED = ['首页', '购物车', '登录', '在全乡项目建设推进会上的讲话', '', '同志们：',
  '今天我们召开全乡项目建设推进会，主要任务是盘点进度、压实责任。', '',
  '一、认清形势，把握重点', '今年全乡共谋划项目xx个，计划总投资xx亿元。', '',
  '二、压实责任，狠抓落实', '各村各部门要倒排工期，确保项目按期见效。'].join('\n');

// the header: its height, and whether every shown child sits on one row
const headerRow = (page) => page.evaluate(() => {
  const h = document.querySelector('header.top').getBoundingClientRect();
  const kids = [...document.querySelectorAll('header.top > *')].map((e) => e.getBoundingClientRect()).filter((r) => r.width > 0);
  const rows = new Set(kids.map((r) => Math.round((r.top + r.bottom) / 2 / 8)));
  return { height: h.height, rows: rows.size, wide: document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth };
});

// the editor's box left uncovered by a sheet fixed at the right (its width and height)
const editorInView = (page, sheet) => page.evaluate((sel) => {
  const e = document.querySelector('[data-testid=editor]').getBoundingClientRect();
  const s = sel && document.querySelector(sel);
  const right = s ? Math.min(e.right, s.getBoundingClientRect().left) : e.right;
  const bottom = Math.min(e.bottom, window.innerHeight);
  return { width: Math.max(0, right - e.left), height: Math.max(0, bottom - Math.max(e.top, 0)) };
}, sheet);

// the serious and critical violations axe-core finds on the page, each named with `what`
async function axe(page, root, what) {
  if (!(await page.evaluate(() => !!window.axe))) {
    await page.addScriptTag({ path: path.join(root, 'node_modules/axe-core/axe.min.js') });
  }
  const r = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const bad = r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const said = bad.map((v) => `${v.impact} ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')} (${v.nodes.length})`);
  return said.map((v) => `${what}: ${v}`);
}

export async function calm({ browser, url, test, settle, out, root }) {
  await test('calm page: one header row, the draft in view beside each panel, menus by keyboard, 800 px', async () => {
    const ctx = await browser.newContext({ acceptDownloads: true, viewport: { width: 1366, height: 768 } });
    const page = await ctx.newPage();
    await page.goto(url);
    await page.getByTestId('template-picker').first().waitFor();
    // a notice above the start panel is whole, not squeezed by it
    const clipped = await page.evaluate(() => [...document.querySelectorAll('.main > .banner')]
      .filter((b) => b.getBoundingClientRect().height < 20).map((b) => b.textContent));
    assert.deepEqual(clipped, [], 'notices squeezed');
    // before a draft: only 文件 › 模板与导入
    assert.equal(await page.getByTestId('menu-export').count(), 0, 'no 导出 before a draft');
    await page.getByTestId('menu-file').click();
    assert.deepEqual(await page.getByRole('menuitem').allTextContents(), ['模板与导入']);
    await page.keyboard.press('Escape');
    await page.getByTestId('template-picker').first().click();
    await page.getByTestId('editor').waitFor();
    await settle(page);
    let h = await headerRow(page);
    assert.ok(h.height <= 64 && h.rows === 1, `header ${JSON.stringify(h)}`);
    const title = (await page.getByTestId('editor').inputValue()).split('\n')[0];
    assert.equal(await page.getByTestId('draft-name').textContent(), title, 'the draft\'s name in the header');
    await page.screenshot({ path: `${out}/calm-template-1366.png` });
    let v = await editorInView(page);
    assert.ok(v.height >= 420 && v.width >= 420, `editor ${JSON.stringify(v)}`);
    // 项目台账 beside the draft
    await page.getByTestId('open-ledger').click();
    await page.getByTestId('ledger').waitFor();
    v = await editorInView(page, '[data-testid=ledger]');
    assert.ok(v.height >= 420 && v.width >= 420, `editor beside the ledger ${JSON.stringify(v)}`);
    await page.screenshot({ path: `${out}/calm-ledger-1366.png` });
    await page.getByTestId('open-ledger').click();
    // 历史版本 (a version kept by Ctrl+S first)
    await page.getByTestId('editor').focus();
    await page.keyboard.press('Control+s');
    await page.getByText('已存为历史版本').waitFor();
    await pick(page, 'open-history');
    await page.getByTestId('history-entry').filter({ hasText: '手动保存' }).first().waitFor();
    v = await editorInView(page, '[data-testid=history]');
    assert.ok(v.height >= 420 && v.width >= 420, `editor beside history ${JSON.stringify(v)}`);
    await page.screenshot({ path: `${out}/calm-history-1366.png` });
    await pick(page, 'open-history');
    // the import report
    await pick(page, 'open-start');
    await page.getByTestId('import-text').fill(PASTED);
    await page.getByTestId('import-apply').click();
    await page.getByTestId('import-summary').waitFor();
    await settle(page);
    v = await editorInView(page, '[data-testid=import-summary]');
    assert.ok(v.height >= 420 && v.width >= 420, `editor beside the import report ${JSON.stringify(v)}`);
    h = await headerRow(page);
    assert.ok(h.height <= 64 && h.rows === 1, `header after import ${JSON.stringify(h)}`);
    await page.screenshot({ path: `${out}/calm-import-1366.png` });

    // the menus by keyboard: Enter opens with the first item focused, arrows move, Escape
    // closes and gives the focus back; Enter on an item does it
    await page.getByTestId('menu-export').focus();
    await page.keyboard.press('Enter');
    const focused = () => page.evaluate(() => [document.activeElement.getAttribute('role'), document.activeElement.textContent]);
    assert.deepEqual((await focused())[0], 'menuitem');
    assert.match((await focused())[1], /^Word（公文）/);
    assert.equal(await page.getByTestId('menu-export').getAttribute('aria-expanded'), 'true');
    await page.keyboard.press('ArrowUp');
    assert.match((await focused())[1], /^复制文本/, 'ArrowUp from the first goes round to the last');
    await page.keyboard.press('Escape');
    assert.equal(await page.getByRole('menuitem').count(), 0, 'Escape closes');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'menu-export');
    await page.keyboard.press('ArrowDown');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
    assert.match((await focused())[1], /^Markdown/);
    await page.keyboard.press('Enter');
    await page.getByText(/还有 \d+ 处占位符未填/).waitFor();
    await page.getByRole('button', { name: '返回填写' }).click();
    // a click outside closes a menu
    await page.getByTestId('menu-file').click();
    assert.ok(await page.getByRole('menuitem').count() > 1);
    await page.mouse.click(700, 400);
    assert.equal(await page.getByRole('menuitem').count(), 0, 'a click outside closes');
    // Ctrl+Shift+E: Word, asked first while leftovers remain
    await page.getByTestId('editor').focus();
    await page.keyboard.press('Control+Shift+E');
    await page.getByText(/还有 \d+ 处占位符未填/).waitFor();
    await page.getByRole('button', { name: '返回填写' }).click();
    await ctx.close();

    // 800 px: no sideways scroll with a template, nor with the ledger open
    const narrow = await (await browser.newContext({ viewport: { width: 800, height: 900 } })).newPage();
    await narrow.goto(url);
    await narrow.getByTestId('template-picker').first().click();
    await narrow.getByTestId('editor').waitFor();
    await settle(narrow);
    h = await headerRow(narrow);
    assert.ok(h.wide <= 1 && h.rows === 1 && h.height <= 64, `800 px ${JSON.stringify(h)}`);
    await narrow.getByTestId('open-ledger').click();
    await narrow.getByTestId('ledger').waitFor();
    h = await headerRow(narrow);
    assert.ok(h.wide <= 1, `800 px with the ledger ${JSON.stringify(h)}`);
    await narrow.screenshot({ path: `${out}/calm-ledger-800.png` });
    await narrow.context().close();
  });

  await test('accessible: axe-core finds no serious or critical violation', async () => {
    // bypassCSP: axe is injected as a script the page's policy would refuse
    const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 }, bypassCSP: true });
    const page = await ctx.newPage();
    const bad = [];
    await page.goto(url);
    await page.getByTestId('template-picker').first().waitFor();
    bad.push(...await axe(page, root, 'the start panel'));
    await page.getByTestId('template-picker').first().click();
    await page.getByTestId('editor').waitFor();
    await settle(page);
    bad.push(...await axe(page, root, 'a template open'));
    await page.getByTestId('open-ledger').click();
    await page.getByTestId('ledger').waitFor();
    bad.push(...await axe(page, root, 'the ledger'));
    await page.getByTestId('open-ledger').click();
    await pick(page, 'open-history');
    await page.getByTestId('history').waitFor();
    bad.push(...await axe(page, root, 'history'));
    await pick(page, 'open-history');
    await pick(page, 'export-md');
    await page.getByText(/还有 \d+ 处占位符未填/).waitFor();
    bad.push(...await axe(page, root, 'the export dialog'));
    await ctx.close();
    assert.deepEqual(bad, [], 'axe-core: serious or critical violations');
  });
}

// The storage note (issue 29): shown only when the draft is at risk — the browser did not
// promise to keep it and the quota is a private window's — and then once. The browser's answers
// are set in the page before the app runs.
export async function storageNote({ browser, url, test }) {
  await test('29. the storage note: only when storage is at risk, and once', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    let quota = 5e10;
    await ctx.exposeFunction('__quota', () => quota);
    await ctx.addInitScript(() => {
      if (!navigator.storage) return;
      navigator.storage.persist = () => Promise.resolve(false);
      navigator.storage.estimate = () => window.__quota().then((q) => ({ quota: q, usage: 0 }));
    });
    const p = await ctx.newPage();
    const note = p.getByTestId('persist-note');
    // a normal profile's gigabytes: no note
    await p.goto(url);
    await p.locator('[data-template]').first().waitFor();
    await p.waitForTimeout(500);
    assert.equal(await note.count(), 0, 'no note with a large quota');
    // a private window's quota: the note, once
    quota = 1.2e8;
    await p.reload();
    await note.waitFor();
    await p.reload();
    await p.locator('[data-template]').first().waitFor();
    await p.waitForTimeout(500);
    assert.equal(await note.count(), 0, 'shown once');
    await ctx.close();
  });
}
