// End-to-end tests of Word files in (issue 28 items 1 and 2): a .docx or .doc opened in the
// import box is read in the file reader (never in the first load), its text goes through the
// same clean and report as a paste, its 修订 read as accepted, said so and listed to accept or
// reject each or all; a broken, empty, encrypted or
// WPS file gets its Chinese message and the draft stays as it was. The files are the Word
// reader's own fixtures (ours: crates/word/tests/compare.py).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pick } from './menu.mjs';

export async function wordIn({ browser, url, test, settle, root }) {
  const fixture = (name) => path.join(root, 'crates/word/tests/fixtures', name);

  async function open(p, file) {
    if (await p.getByTestId('import-text').count() === 0) await pick(p, 'open-start');
    await p.getByTestId('open-file').setInputFiles(file);
  }

  await test('32. Word in: a .docx with 修订 and a .doc open as their text, cleaned and reported as a paste; bad files leave the draft as it was', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const p = await ctx.newPage();
    const asked = [];
    p.on('request', (r) => asked.push(r.url()));
    await p.goto(url);
    await p.locator('[data-template="county-promotion"]').click();
    const editor = p.getByTestId('editor');
    await editor.waitFor();
    await settle(p);
    assert.ok(!asked.some((u) => u.includes('ledger-reader')), 'the Word reader is not in the first load');
    const before = await editor.inputValue();

    // a .docx with tracked changes and a comment
    await open(p, fixture('revisions.docx'));
    await p.getByText('已导入revisions.docx').waitFor({ timeout: 30_000 });
    const text = await editor.inputValue();
    assert.ok(text.startsWith('我们要始终把群众的事放在心上，办好实事。\n\n会议改在周五召开。'), text.slice(0, 60));
    assert.ok(!text.includes('原定') && !text.includes('努力'), 'deletions are not shown');
    assert.match(await p.getByTestId('word-note').textContent(), /插入 2 处、删除 2 处.*全部接受.*1 条批注/);
    assert.ok(asked.some((u) => u.endsWith('/ledger-reader_bg.wasm')), 'the file reader read it');
    // one step undoes the import
    await p.getByRole('button', { name: '撤销导入' }).click();
    await settle(p);
    assert.equal(await editor.inputValue(), before);

    // the changes as a list: reject one, and the text follows (each decision reads the file
    // again and imports it: 撤销导入 then goes back one decision); all rejected; all accepted;
    // the comment beside its paragraph
    await open(p, fixture('revisions.docx'));
    await p.getByText('已导入revisions.docx').waitFor({ timeout: 30_000 });
    const list = p.getByTestId('revision');
    assert.equal(await list.count(), 4);
    assert.match(await list.nth(1).textContent(), /删除“努力”（第 1 段，办公室）/);
    assert.match(await p.getByTestId('remark').textContent(), /第 3 段 领导：这里再具体一些/);
    await list.nth(1).getByRole('button', { name: '拒绝' }).click();
    await p.waitForFunction(() => document.querySelector('[data-testid=editor]').value.includes('努力办好实事'), null, { timeout: 30_000 });
    assert.ok((await editor.inputValue()).startsWith('我们要始终把群众的事放在心上，努力办好实事。\n\n会议改在周五召开。'));
    await p.getByRole('button', { name: '全部拒绝' }).click();
    await p.waitForFunction(() => document.querySelector('[data-testid=editor]').value.includes('会议原定周五召开。'), null, { timeout: 30_000 });
    assert.ok((await editor.inputValue()).startsWith('我们要把群众的事放在心上，努力办好实事。'));
    await p.getByRole('button', { name: '全部接受' }).click();
    await p.waitForFunction(() => document.querySelector('[data-testid=editor]').value.startsWith('我们要始终把群众的事放在心上，办好实事。'), null, { timeout: 30_000 });
    await settle(p);

    // a .doc (Word 97–2003), numbered paragraphs typed
    await open(p, fixture('notice.doc'));
    await p.getByText('已导入notice.doc').waitFor({ timeout: 30_000 });
    assert.ok((await editor.inputValue()).includes('二、开展隐患排查。重点检查人员密集场所'));
    assert.equal(await p.getByTestId('word-note').count(), 0, 'no changes, no note');
    await settle(p);
    const opened = await editor.inputValue();

    // files that cannot be read: each its message, the draft as it was
    const bad = [
      [{ name: '空的.docx', mimeType: 'application/octet-stream', buffer: Buffer.alloc(0) }, /是空的.*原稿未改动/],
      [{ name: '坏的.docx', mimeType: 'application/octet-stream', buffer: fs.readFileSync(fixture('table.docx')).subarray(0, 700) }, /已损坏.*原稿未改动/],
      [{ name: '老的.wps', mimeType: 'application/octet-stream', buffer: fs.readFileSync(fixture('notice.doc')) }, /WPS 自己的格式.*原稿未改动/],
    ];
    for (const [file, says] of bad) {
      await open(p, file);
      const message = p.getByText(says);
      await message.waitFor({ timeout: 30_000 });
      await p.getByRole('button', { name: '返回编辑' }).click();
      await settle(p);
      assert.equal(await editor.inputValue(), opened, `${file.name}: the draft is as it was`);
    }
    await ctx.close();
  });
}
