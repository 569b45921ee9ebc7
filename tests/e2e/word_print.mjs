// End-to-end tests of issue 13 items 1 and 2: 导出 Word from the browser in each preset (the
// leftover question first, then the file checked by tests/docx/run.py: ZIP, XML, LibreOffice,
// poppler) and 打印 (the leftover question, window.print, and the print view printed to PDF by
// Chromium and checked the same way: A4, the 公文 margins, the whole text, no UI).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { pick } from './menu.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const checker = path.join(root, 'tests/docx/run.py');

function pyCheck(args) {
  try {
    return execFileSync('python3', [checker, ...args], { encoding: 'utf8', timeout: 300000 });
  } catch (e) {
    throw new Error(`${checker} ${args.join(' ')} failed:\n${e.stdout}${e.stderr}`);
  }
}

export async function wordPrint({ context, url, test, settle, out, fillAll, leftoverCount, download }) {
  const page = await context.newPage();
  const fresh = async () => {
    await page.goto(url);
    await page.getByTestId('editor').or(page.getByTestId('template-picker').first()).first().waitFor();
    if (await page.getByTestId('editor').count()) await pick(page, 'open-start');
    await page.getByTestId('template-picker').first().click();
    await page.getByTestId('editor').waitFor();
  };

  await test('导出 Word: asks while leftovers remain, then each preset from the filled draft', async () => {
    await fresh();
    const n = await leftoverCount(page);
    assert.ok(n > 0);
    await pick(page, 'export-docx');
    await page.getByText(`还有 ${n} 处占位符未填`).waitFor();
    const [early] = await Promise.all([page.waitForEvent('download'), page.getByTestId('confirm-export').click()]);
    assert.match(early.suggestedFilename(), /（公文）\.docx$/);
    await fillAll(page);
    assert.equal(await leftoverCount(page), 0);
    // the same text as the text export
    const txt = await download(page, 'export-txt');
    const filled = path.join(out, 'word-filled.txt');
    fs.writeFileSync(filled, txt.text.replace(/^\u3000\u3000/gm, ''));
    for (const [id, label] of [['gongwen', '公文'], ['reading', '讲话稿'], ['large', '讲话稿大字版']]) {
      await settle(page);
      const { name, file } = await download(page, id === 'gongwen' ? 'export-docx' : `export-docx-${id}`);
      assert.equal(name, `县长在全县重大项目建设推进会上的讲话（${label}）.docx`);
      const saved = path.join(out, `word-${id}.docx`);
      fs.copyFileSync(file, saved);
      const bytes = fs.readFileSync(saved);
      assert.equal(bytes.subarray(0, 4).toString('latin1'), 'PK\x03\x04', 'a ZIP file');
      // the browser's file against the same checks as the CLI's (only one conversion per run
      // for the two reading presets: the large one is checked by tests/docx/run.py itself)
      if (id !== 'large') {
        const report = pyCheck(['--docx', saved, id, filled]);
        assert.match(report, /A4/);
      }
    }
  });

  await test('打印: asks while leftovers remain; the print view alone, A4 in the 公文 layout', async () => {
    await fresh();
    await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
    // the print copy is drawn only when printing is asked for: empty until then; the browser's
    // own print (beforeprint) draws it before the page is laid out for paper, afterprint empties it
    const paras = () => page.evaluate(() => document.querySelectorAll('[data-testid=print-copy] p').length);
    assert.equal(await paras(), 0, 'no print copy drawn while nobody prints');
    const drawnInTime = await page.evaluate(() => new Promise((resolve) => {
      window.dispatchEvent(new Event('beforeprint'));
      // what a print would lay out: the copy after the event's microtasks, before the next task
      setTimeout(() => resolve(document.querySelectorAll('[data-testid=print-copy] p').length), 0);
    }));
    assert.ok(drawnInTime > 3, `beforeprint draws the copy at once (${drawnInTime} paragraphs)`);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await settle(page);
    assert.equal(await paras(), 0, 'afterprint empties it again');
    const n = await leftoverCount(page);
    await pick(page, 'print');
    await page.getByText(`还有 ${n} 处占位符未填`).waitFor();
    await page.getByText('仍要打印吗').waitFor();
    await page.getByRole('button', { name: '返回填写' }).click();
    assert.equal(await page.evaluate(() => window.__printed), 0, 'no print before the writer says yes');
    await fillAll(page);
    assert.equal(await leftoverCount(page), 0);
    await pick(page, 'print');
    await settle(page);
    assert.equal(await page.evaluate(() => window.__printed), 1, 'window.print() was called');
    // on screen the print copy is hidden; in print it is all there is
    assert.equal(await page.getByTestId('print-copy').isVisible(), false);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.getByTestId('print-copy').isVisible(), true);
    assert.equal(await page.getByTestId('editor').isVisible(), false);
    await page.emulateMedia({ media: 'screen' });
    const txt = await download(page, 'export-txt');
    const filled = path.join(out, 'print-filled.txt');
    fs.writeFileSync(filled, txt.text.replace(/^\u3000\u3000/gm, ''));
    await page.emulateMedia({ media: 'print' });
    const pdf = path.join(out, 'print.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true });
    pyCheck(['--print-pdf', pdf, filled]);
    if (process.env.DOCS) {
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(root, 'docs/print-gongwen')]);
    }
  });
  await page.close();
}
