// End-to-end tests of issue 16: a ledger pasted from a spreadsheet fills the matching fields of
// a template (the leftover count falls, one undoable step); the work file carries text, values
// and the ledger's facts to a browser with empty storage.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pick } from './menu.mjs';

// a page whose `blocked` file (a worker's wasm or loader) cannot load, with a template open:
// the page, its context and the draft's text before anything is tried
async function withBlocked(browser, url, blocked) {
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  await ctx.route(blocked, (r) => r.abort());
  const p = await ctx.newPage();
  await p.goto(url);
  await p.locator('[data-template="county-promotion"]').click();
  await p.getByTestId('editor').waitFor();
  return { ctx, p, text: await p.getByTestId('editor').inputValue() };
}

export async function ledger({ browser, url, test, settle, leftoverCount, watchRequests, out, root }) {
  const TSV = fs.readFileSync(path.join(root, 'crates/engine/tests/fixtures/ledger/qingshan-12.tsv'), 'utf8');
  const values = (p) => p.getByTestId('field').evaluateAll((els) => els.map((e) => [e.dataset.key, e.value]));

  await test('16. paste a 12-row ledger, fill the matching fields; the work file brings everything back', async () => {
    const ctx = await browser.newContext({ acceptDownloads: true, viewport: { width: 1366, height: 900 } });
    watchRequests(ctx);
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write']);
    const p = await ctx.newPage();
    const errors = [];
    p.on('pageerror', (e) => errors.push(String(e)));
    await p.goto(url);
    await p.locator('[data-template="county-promotion"]').click();
    await p.getByTestId('editor').waitFor();
    const before = await leftoverCount(p);
    // the cells as Excel or WPS put them on the clipboard, pasted into the panel
    await p.getByTestId('open-ledger').click();
    await p.evaluate((t) => navigator.clipboard.writeText(t), TSV);
    await p.getByTestId('ledger-paste').focus();
    await p.keyboard.press('Control+V');
    await p.getByTestId('ledger-read').click();
    const facts = await p.getByTestId('ledger-facts').textContent();
    for (const s of ['12 个', '73 亿元', '18.5 亿元', '13.96 亿元', '75.5%', '慢于 7.9 个百分点']) {
      assert.ok(facts.includes(s), `${s} in ${facts}`);
    }
    // per town: 城关镇 has 5 projects, 7 亿元 planned, 5.91 亿元 done (84.4%)
    const towns = await p.getByTestId('ledger-towns').textContent();
    assert.ok(towns.includes('城关镇5 个7 亿元5.91 亿元84.4%'), towns);
    const offers = await p.getByTestId('ledger-offer').count();
    assert.ok(offers >= 5, `${offers} offers`);
    await p.screenshot({ path: `${out}/ledger-1366.png` });
    await p.getByTestId('ledger-fill-all').click();
    const after = await leftoverCount(p);
    assert.ok(after < before, `leftovers ${before} → ${after}`);
    const filled = Object.fromEntries(await values(p));
    assert.ok(Object.values(filled).includes('13.96'), JSON.stringify(filled));
    // the fill is one step: undo takes all of it back, redo brings it again
    await p.getByRole('button', { name: '撤销', exact: true }).click();
    assert.equal(await leftoverCount(p), before);
    await p.getByRole('button', { name: '重做', exact: true }).click();
    assert.equal(await leftoverCount(p), after);
    // what is still the source: the template with only placeholders filled is all the source's
    assert.match(await p.getByTestId('source-share').textContent(), /原文未改 100%/);
    const text = await p.getByTestId('editor').inputValue();
    const kept = await values(p);

    // the work file, then a browser with nothing stored
    const [dl] = await Promise.all([p.waitForEvent('download'), pick(p, 'export-workfile')]);
    assert.match(dl.suggestedFilename(), /\.jianggao\.json$/);
    const file = await dl.path();
    const work = JSON.parse(fs.readFileSync(file, 'utf8'));
    assert.equal(work.format, 'jianggao-work');
    assert.equal(work.draft.ledger.projects, 12);
    await p.evaluate(() => localStorage.clear());
    await p.reload();
    await p.getByTestId('open-file').waitFor({ state: 'attached' });
    assert.equal(await p.getByTestId('editor').count(), 0, 'storage was cleared: no draft');
    await p.getByTestId('open-file').setInputFiles({ name: dl.suggestedFilename(), mimeType: 'application/json', buffer: fs.readFileSync(file) });
    await p.getByTestId('editor').waitFor();
    await settle(p);
    assert.equal(await p.getByTestId('editor').inputValue(), text);
    assert.deepEqual(await values(p), kept);
    assert.equal(await leftoverCount(p), after);
    await p.getByTestId('open-ledger').click();
    assert.ok((await p.getByTestId('ledger-facts').textContent()).includes('13.96 亿元'));
    // a wrong figure typed into the draft is found against the restored ledger
    await p.getByTestId('ledger-fill-all').waitFor();
    assert.deepEqual(errors, []);
    await ctx.close();
  });

  await test('16. a work file of a newer version, or a ledger without a header, says so and changes nothing', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    watchRequests(ctx);
    const p = await ctx.newPage();
    await p.goto(url);
    await p.locator('[data-template="county-promotion"]').click();
    await p.getByTestId('editor').waitFor();
    const text = await p.getByTestId('editor').inputValue();
    await p.getByTestId('open-ledger').click();
    await p.getByTestId('ledger-paste').fill('姓名\t电话\n张三\t123\n');
    await p.getByTestId('ledger-read').click();
    assert.match(await p.getByTestId('ledger-error').textContent(), /没有找到台账的表头/);
    await p.getByTestId('ledger').getByRole('button', { name: '关闭' }).click();
    const newer = JSON.stringify({ format: 'jianggao-work', version: 99, draft: { text: '别的稿' } });
    await pick(p, 'open-start');
    await p.getByTestId('open-file').setInputFiles({ name: '别的.jianggao.json', mimeType: 'application/json', buffer: Buffer.from(newer) });
    await p.getByText('更新版本的讲稿工坊').waitFor();
    await settle(p);
    assert.equal(await p.getByTestId('editor').inputValue(), text);
    await ctx.close();
  });
}

export async function ledgerTable({ browser, url, test, root, out }) {
  const file = path.join(root, 'crates/engine/tests/fixtures/ledger/shapes/category-subtotals.csv');
  await test('27. the table as read: rows by class, columns by role; a row reclassed, the facts follow', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const p = await ctx.newPage();
    const errors = [];
    p.on('pageerror', (e) => errors.push(String(e)));
    await p.goto(url);
    await p.locator('[data-template="county-promotion"]').click();
    await p.getByTestId('editor').waitFor();
    await p.getByTestId('open-ledger').click();
    await p.getByTestId('ledger').locator('input[type=file]').setInputFiles(file);
    await p.getByText('已读取台账：7 个项目').waitFor();
    const table = p.getByTestId('ledger-table');
    await table.locator('summary').click();
    // every row under the header, each with its class; the three category rows as 分类
    const classes = await p.getByTestId('ledger-row-class').evaluateAll((els) => els.map((e) => e.selectedOptions[0].textContent));
    assert.deepEqual(classes, ['分类', '项目', '项目', '项目', '分类', '项目', '项目', '分类', '项目', '项目']);
    const roles = await p.getByTestId('ledger-role').allTextContents();
    for (const r of ['项目名称', '总投资', '年度计划投资']) assert.ok(roles.includes(r), `${r} in ${roles}`);
    assert.equal(await p.getByTestId('ledger-warning').count(), 0);
    await p.screenshot({ path: `${out}/ledger-table-1366.png` });
    // 东岭大桥 (row 9 of the sheet) is not a project after all: the facts follow, and the
    // category that states 2 projects no longer agrees with its rows
    await p.getByRole('combobox', { name: '第9行读作' }).selectOption({ label: '注释' });
    await p.getByText('已读取台账：6 个项目').waitFor();
    assert.ok((await p.getByTestId('ledger-facts').textContent()).includes('6 个'));
    assert.equal(await p.getByRole('combobox', { name: '第9行读作' }).evaluate((e) => e.selectedOptions[0].textContent), '注释');
    assert.ok(await p.getByTestId('ledger-warning').count() > 0, 'the stated count disagrees');
    // one undo step takes the correction back
    await p.getByRole('button', { name: '撤销', exact: true }).click();
    await p.waitForFunction(() => document.querySelector('[data-testid=ledger-facts]')?.textContent.includes('7 个'));
    assert.deepEqual(errors, []);
    await ctx.close();
  });
}

export async function ledgerFiles({ browser, url, test, root }) {
  const dir = path.join(root, 'crates/engine/tests/fixtures/ledger');
  await test('16. a spreadsheet ledger (.xlsx, .ods) is read by a worker loaded only then; .et says what to do', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const p = await ctx.newPage();
    const asked = [];
    p.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await p.goto(url);
    await p.locator('[data-template="county-promotion"]').waitFor();
    assert.ok(!asked.some((u) => u.includes('jianggao-tools')), 'the tools worker is not part of the first load');
    await p.locator('[data-template="county-promotion"]').click();
    await p.getByTestId('editor').waitFor();
    assert.ok(!asked.some((u) => u.includes('ledger-reader')), 'the reader is not part of the first load');
    await p.getByTestId('open-ledger').click();
    const input = p.getByTestId('ledger').locator('input[type=file]');
    for (const file of ['qingshan-12.xlsx', 'qingshan-12.ods']) {
      await input.setInputFiles(path.join(dir, file));
      await p.getByText('已读取台账：12 个项目').waitFor();
      const facts = await p.getByTestId('ledger-facts').textContent();
      for (const s of ['12 个', '5 个 / 5 个 / 2 个', '73 亿元', '13.96 亿元', '75.5%']) assert.ok(facts.includes(s), `${file}: ${s} in ${facts}`);
      await p.getByTestId('ledger').getByRole('button', { name: '移除台账' }).click();
      await p.getByTestId('ledger-facts').waitFor({ state: 'detached' });
    }
    assert.ok(asked.some((u) => u.endsWith('ledger-reader_bg.wasm')), 'the reader was loaded for the spreadsheet');
    assert.ok(asked.some((u) => u.endsWith('jianggao-tools_bg.wasm')), 'the tools worker read the grid');
    await input.setInputFiles({ name: '台账.et', mimeType: 'application/octet-stream', buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0]) });
    assert.match(await p.getByTestId('ledger-error').textContent(), /另存为/);
    await input.setInputFiles({ name: '坏的.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('不是表格') });
    await p.getByText('无法读取表格').waitFor();
    await ctx.close();
  });
  await test('16. the spreadsheet reader cannot start: the app gives up in time, says what to do, changes nothing', async () => {
    // its wasm fails inside the worker: no `ready`, no error event reaches the page
    const { ctx, p, text } = await withBlocked(browser, url, '**/ledger-reader_bg.wasm');
    await p.getByTestId('open-ledger').click();
    await p.getByTestId('ledger').locator('input[type=file]').setInputFiles(path.join(dir, 'qingshan-12.xlsx'));
    await p.getByTestId('ledger-error').filter({ hasText: '表格读取组件未能载入' }).waitFor({ timeout: 30_000 });
    assert.match(await p.getByTestId('ledger-error').textContent(), /复制台账后粘贴/);
    assert.equal(await p.getByTestId('ledger-facts').count(), 0, 'no facts');
    assert.equal(await p.getByTestId('editor').inputValue(), text, 'the draft is as it was');
    await ctx.close();
  });
  await test('31. a damaged or oversized spreadsheet: a Chinese message, the draft unchanged, the next good file opens', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const p = await ctx.newPage();
    await p.goto(url);
    await p.locator('[data-template="county-promotion"]').click();
    await p.getByTestId('editor').waitFor();
    const text = await p.getByTestId('editor').inputValue();
    await p.getByTestId('open-ledger').click();
    const input = p.getByTestId('ledger').locator('input[type=file]');
    const corpus = path.join(root, 'crates/cli/tests/corpus');
    // each of these once killed the reader (a 512 GB block, a 3.3 GB expansion, a panic); the
    // message is the reader's own refusal or the app's for a reader that failed on its file
    // (in an order where each message differs from the one before it, which stays until the next)
    let before = '';
    for (const file of ['ledger-far-corner.xlsx', 'ledger-cut.xlsx', 'ledger-repeats.ods', 'ledger-far-cell.xls', 'ledger-not-xml.xlsx']) {
      await input.setInputFiles(path.join(corpus, file));
      const error = p.getByTestId('ledger-error');
      await p.waitForFunction((prev) => {
        const e = document.querySelector('[data-testid=ledger-error]');
        return e && e.textContent !== prev;
      }, before, { timeout: 70_000 });
      const said = await error.textContent();
      before = said;
      assert.match(said, /[\u4e00-\u9fff]/, `${file}: a Chinese message (${said})`);
      assert.doesNotMatch(said, /组件未能载入/, `${file}: the file is blamed, not the component (${said})`);
      assert.equal(await p.getByTestId('ledger-facts').count(), 0, `${file}: no facts`);
      assert.equal(await p.getByTestId('editor').inputValue(), text, `${file}: the draft is as it was`);
    }
    await input.setInputFiles(path.join(root, 'crates/engine/tests/fixtures/ledger/qingshan-12.xlsx'));
    await p.getByText('已读取台账：12 个项目').waitFor({ timeout: 30_000 });
    assert.equal(await p.getByTestId('editor').inputValue(), text, 'the draft is as it was');
    await ctx.close();
  });
}

export async function toolsFailing({ browser, url, test, leftoverCount, root }) {
  const TSV = fs.readFileSync(path.join(root, 'crates/engine/tests/fixtures/ledger/qingshan-12.tsv'), 'utf8');
  await test('16. the tools worker cannot load: a Chinese message for the ledger and for Word, nothing changed', async () => {
    // its wasm fails inside the worker (no error event reaches the page: the app gives up in time)
    const { ctx, p, text } = await withBlocked(browser, url, '**/jianggao-tools_bg.wasm');
    const before = await leftoverCount(p);
    await p.getByTestId('open-ledger').click();
    await p.getByTestId('ledger-paste').fill(TSV);
    await p.getByTestId('ledger-read').click();
    await p.getByTestId('ledger-error').filter({ hasText: '工具组件未能载入' }).waitFor({ timeout: 20_000 });
    assert.equal(await p.getByTestId('ledger-facts').count(), 0, 'no facts');
    assert.equal(await p.getByTestId('ledger-paste').inputValue(), TSV.replace(/\r/g, ''), 'the pasted cells are still there');
    // the loader itself missing: the worker's error event
    await ctx.route('**/jianggao-tools_loader.js', (r) => r.abort());
    await pick(p, 'export-docx');
    await p.getByTestId('confirm-export').click();
    await p.getByText('工具组件未能载入').first().waitFor({ timeout: 20_000 });
    assert.equal(await p.getByTestId('editor').inputValue(), text, 'the draft is as it was');
    assert.equal(await leftoverCount(p), before);
    await ctx.close();
  });
}

export async function sourceMarks({ browser, url, test, settle }) {
  await test('16. sentences still the source are marked on request; an edited one becomes the writer\'s', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const p = await ctx.newPage();
    await p.goto(url);
    await p.locator('[data-template="county-promotion"]').click();
    const editor = p.getByTestId('editor');
    await editor.waitFor();
    await settle(p);
    assert.match(await p.getByTestId('source-share').textContent(), /原文未改 100%/);
    await p.getByTestId('toggle-source').click();
    await settle(p);
    const marked = p.locator('.backdrop mark.ph-source');
    const n = await marked.count();
    assert.ok(n > 5, `${n} sentences marked`);
    // a word typed inside a sentence in the middle of the speech
    await editor.evaluate((t) => {
      const at = t.value.indexOf('。', Math.floor(t.value.length / 2));
      t.focus();
      t.setSelectionRange(at, at);
    });
    await p.keyboard.type('，务求实效');
    await settle(p);
    assert.equal(await marked.count(), n - 1);
    const share = Number((await p.getByTestId('source-share').textContent()).match(/(\d+)%/)[1]);
    assert.ok(share < 100 && share > 90, `share ${share}`);
    // per section in the outline: one section below 100%, the title still all the source's
    const lens = await p.getByTestId('outline').locator('.len').allTextContents();
    assert.ok(lens.some((t) => /原文\d+%/.test(t) && !t.includes('原文100%')), lens.join(' | '));
    assert.ok(lens.filter((t) => t.includes('原文100%')).length >= 2, lens.join(' | '));
    await p.getByTestId('toggle-source').click();
    await settle(p);
    assert.equal(await marked.count(), 0);
    // another template put in is its own source, never compared with the last one's
    await pick(p, 'open-start');
    await p.locator('[data-template="city-groundbreaking"]').click();
    await settle(p);
    assert.match(await p.getByTestId('source-share').textContent(), /原文未改 100%/);
    await ctx.close();
  });
}
