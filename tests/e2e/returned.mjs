// End-to-end test of a returned draft (领导改回的稿子, issue 28 item 3): the county template is
// filled and sent; the leader edits five of its sentences in Word; 文件 › 打开领导改回的稿子…
// opens the .docx (a small OOXML written here, of the draft's own words), the tools worker
// compares it with the open draft; the sheet lists exactly the five, taking it marks exactly
// those five in the editor, keeps every field's value (their sentences were left alone) and is
// one undo step; a broken or empty file is a message and the draft stays as it was.
import assert from 'node:assert/strict';
import path from 'node:path';
import { pick } from './menu.mjs';

// CRC-32 (the ZIP one) and a store-only ZIP: enough for a .docx of a few parts
const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function zip(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, text] of files) {
    const n = Buffer.from(name, 'utf8');
    const data = Buffer.from(text, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(0x0800, 6);
    local.writeUInt32LE(crc, 14); local.writeUInt32LE(data.length, 18); local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8); central.writeUInt32LE(crc, 16); central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24); central.writeUInt16LE(n.length, 28); central.writeUInt32LE(offset, 42);
    locals.push(local, n, data);
    centrals.push(central, n);
    offset += 30 + n.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(files.length, 8); end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(dir.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
// a .docx of one paragraph a line
function docx(text) {
  const paras = text.split('\n').filter((l) => l.trim())
    .map((l) => `<w:p><w:r><w:t xml:space="preserve">${esc(l)}</w:t></w:r></w:p>`).join('');
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  return zip([
    ['[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'],
    ['_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'],
    ['word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${paras}</w:body></w:document>`],
  ]);
}

export async function returned({ browser, url, test, settle, fillAll, download, out }) {
  await test('33. returned draft: a .docx with five sentences changed is compared with the draft sent; exactly five marked, the values kept, one undo; a broken file changes nothing', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    const p = await ctx.newPage();
    await p.goto(url);
    await p.locator('[data-template="county-promotion"]').click();
    const editor = p.getByTestId('editor');
    await editor.waitFor();
    await settle(p);
    await fillAll(p);
    await settle(p);
    const values = () => p.getByTestId('field').evaluateAll((els) => els.map((e) => [e.dataset.key, e.value]));
    const valuesBefore = await values();
    const draftBefore = await editor.inputValue();
    // the speech as sent: the filled text, as exported
    const sent = (await download(p, 'export-txt')).text;
    const filledValues = valuesBefore.map(([, v]) => v).filter((v) => v.trim());
    // five sentences with no value in them, spread over the speech, each edited by the leader
    const sentences = sent.match(/[^。！？；\n]+[。！？；]/g) ?? [];
    const plain = sentences.filter((s) => s.length > 20 && !filledValues.some((v) => s.includes(v)) && sent.split(s).length === 2);
    assert.ok(plain.length >= 25, `${plain.length} plain sentences`);
    const picked = [3, 8, 13, 18, 23].map((i) => plain[i]);
    let back = sent;
    const edited = picked.map((s) => {
      const now = `${s.slice(0, -1)}，务求实效${s.slice(-1)}`;
      back = back.replace(s, now);
      return now;
    });

    // 文件 › 打开领导改回的稿子…: the file chooser, the .docx
    const open = async (file) => {
      const [chooser] = await Promise.all([p.waitForEvent('filechooser'), pick(p, 'open-returned')]);
      await chooser.setFiles(file);
    };
    await open({ name: '改回稿.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: docx(back) });
    const count = p.getByTestId('returned-count');
    await count.waitFor({ timeout: 30_000 });
    assert.equal(await count.textContent(), '与送出的稿子相比：改动 5 句，新增 0 句，删去 0 句。');
    const items = await p.getByTestId('returned-item').allTextContents();
    assert.equal(items.length, 5, items.join('\n'));
    for (const [i, s] of picked.entries()) {
      assert.ok(items.includes(`原：${s.trim()}\n改：${edited[i].trim()}`), `${s} in ${items.join('\n')}`);
    }
    assert.equal(await editor.inputValue(), draftBefore, 'nothing changes before it is taken');
    await p.getByTestId('returned').screenshot({ path: path.join(out, 'returned-sheet.png') });

    // taken: one step, exactly the five marked, every value kept, the old draft in 历史版本
    await p.getByTestId('returned-take').click();
    await settle(p);
    const taken = await editor.inputValue();
    assert.notEqual(taken, draftBefore);
    const marked = await p.locator('.backdrop mark.ph-returned').allTextContents();
    assert.deepEqual(marked.map((t) => t.trim()).sort(), edited.map((t) => t.trim()).sort());
    assert.deepEqual(await values(), valuesBefore, 'the values of the untouched fields are kept');
    await p.getByTestId('returned-taken').waitFor();
    await p.screenshot({ path: path.join(out, 'returned-taken.png') });
    // the sheet dismissed, the marks go with it
    await p.getByTestId('returned-close').click();
    await settle(p);
    assert.equal(await p.locator('.backdrop mark.ph-returned').count(), 0);
    assert.equal(await editor.inputValue(), taken);
    // the draft as it was is the newest version in 历史版本 (kept before, or already there)
    await pick(p, 'open-history');
    await p.getByTestId('history-entry').first().getByRole('button', { name: '预览' }).click();
    assert.equal(await p.getByTestId('history-preview').textContent(), draftBefore);
    await pick(p, 'open-history');
    // one undo brings the old draft back, values and all
    await p.getByRole('button', { name: '撤销', exact: true }).click();
    await settle(p);
    assert.equal(await editor.inputValue(), draftBefore);
    assert.deepEqual(await values(), valuesBefore);

    // files that cannot be read: a message, the draft as it was
    const bad = [
      [{ name: '坏的.docx', mimeType: 'application/octet-stream', buffer: docx(back).subarray(0, 300) }, /已损坏.*原稿未改动/],
      [{ name: '空的.txt', mimeType: 'text/plain', buffer: Buffer.from('  \n') }, /是空的.*原稿未改动/],
    ];
    for (const [file, says] of bad) {
      await open(file);
      const message = p.getByTestId('returned-error');
      await message.waitFor({ timeout: 30_000 });
      assert.match(await message.textContent(), says, file.name);
      await p.getByTestId('returned-close').click();
      await settle(p);
      assert.equal(await editor.inputValue(), draftBefore, `${file.name}: the draft is as it was`);
      assert.deepEqual(await values(), valuesBefore);
    }
    await ctx.close();
  });
}
