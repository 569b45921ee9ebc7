// End-to-end tests of issue 12, "typing never waits": the analysis runs when the writer pauses,
// and nothing typed meanwhile is lost or reordered; long lists are windowed. Each test opens its
// own browser context, like never_lost.mjs.
import assert from 'node:assert/strict';

export async function typing({ browser, url, test, settle, watchRequests }) {
  async function fresh(options = {}) {
    const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 }, ...options });
    watchRequests(ctx);
    const p = await ctx.newPage();
    await p.goto(url);
    await p.getByTestId('template-picker').first().click();
    await p.getByTestId('editor').waitFor();
    await settle(p);
    return { ctx, p, editor: p.getByTestId('editor') };
  }
  const caretToEnd = (editor) =>
    editor.evaluate((t) => { t.focus(); t.setSelectionRange(t.value.length, t.value.length); });
  const count = async (p) => Number((await p.getByTestId('leftover-count').textContent()).match(/\d+/)[0]);
  const pending = (p) => p.evaluate(() => !!document.querySelector('.app[data-pending]'));
  // the template's text repeated to `chars` and more, pasted into the editor (caret at the end)
  async function pasteLong(editor, chars) {
    const base = await editor.inputValue();
    let long = '';
    for (let i = 0; long.length < chars; i++) long += `${base}\n第${i}遍。\n\n`;
    await editor.evaluate((t, text) => {
      t.focus(); t.value = text; t.setSelectionRange(text.length, text.length);
      t.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    }, long);
    return long;
  }

  await test('12. a burst of keys lands in order while the analysis waits; the count follows within a pause', async () => {
    const { ctx, p, editor } = await fresh();
    const base = await editor.inputValue();
    const before = await count(p);
    await caretToEnd(editor);
    const burst = '再安排项目x个，投资xx亿元。';
    await p.keyboard.type(burst, { delay: 0 });
    // every key is in the editor at once, in order, while the analysis is still to come
    assert.equal(await editor.inputValue(), base + burst);
    const typedAt = Date.now();
    await p.waitForFunction((n) => Number(document.querySelector('[data-testid=leftover-count]').textContent.match(/\d+/)[0]) === n, before + 2, { polling: 5 });
    const after = Date.now() - typedAt;
    console.log(`  leftover count updated ${after} ms after the last key`);
    // about 100 ms on an idle machine; a loaded one gets some slack
    assert.ok(after < 600, `the count followed ${after} ms after the last key`);
    await settle(p);
    assert.equal(await editor.inputValue(), base + burst);
    assert.equal(await pending(p), false);
    await ctx.close();
  });

  await test('12. Ctrl+Z during a pending analysis undoes the last step, and the result is of that text', async () => {
    const { ctx, p, editor } = await fresh();
    const base = await editor.inputValue();
    const before = await count(p);
    await caretToEnd(editor);
    await p.keyboard.type('一要抓进度', { delay: 20 });
    await p.waitForTimeout(1300); // a pause: the next words are a step of their own
    await p.keyboard.type('x个项目', { delay: 0 });
    await p.keyboard.press('Control+z');
    assert.equal(await editor.inputValue(), base + '一要抓进度');
    await settle(p);
    assert.equal(await editor.inputValue(), base + '一要抓进度');
    assert.equal(await count(p), before, 'the undone x个 is not counted: no stale result is shown');
    await p.keyboard.press('Control+Shift+z');
    await settle(p);
    assert.equal(await editor.inputValue(), base + '一要抓进度x个项目');
    assert.equal(await count(p), before + 1);
    await ctx.close();
  });

  await test('12. a field filled during a pending analysis keeps its value and the typing; both survive a reload', async () => {
    const { ctx, p, editor } = await fresh();
    const base = await editor.inputValue();
    await caretToEnd(editor);
    await p.keyboard.type('新增x个', { delay: 0 });
    const place = p.locator('[data-key="fact:place"]');
    await place.fill('青山县');
    // the input never shows an older value while the analysis catches up
    for (let i = 0; i < 10; i++) {
      assert.equal(await place.inputValue(), '青山县');
      await p.waitForTimeout(15);
    }
    await settle(p);
    assert.equal(await place.inputValue(), '青山县');
    assert.equal(await editor.inputValue(), base + '新增x个');
    await p.waitForTimeout(700); // saved
    await p.reload();
    await p.getByTestId('editor').waitFor();
    await settle(p);
    assert.equal(await p.getByTestId('editor').inputValue(), base + '新增x个');
    assert.equal(await p.locator('[data-key="fact:place"]').inputValue(), '青山县');
    await ctx.close();
  });

  await test('12. a fix clicked before the analysis caught up never writes an older draft back', async () => {
    const { ctx, p, editor } = await fresh();
    await editor.evaluate((t) => {
      t.focus();
      t.value = t.value + '\n\n东港大桥□西湖公园等项目进展顺利。';
      t.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    });
    await settle(p);
    const withBox = await editor.inputValue();
    const place = p.locator('[data-key="fact:place"]');
    await place.fill('青山县');
    await settle(p);
    // in one task: a key typed at the end, and the □ fix clicked (the list is of the text before)
    await editor.evaluate((t) => {
      t.value = t.value + '又';
      t.setSelectionRange(t.value.length, t.value.length);
      t.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: '又' }));
      const fix = [...document.querySelectorAll('[data-testid=fix]')].find((b) => b.textContent.includes('、'));
      fix.click();
    });
    await settle(p);
    assert.equal(await editor.inputValue(), withBox + '又', 'the key typed is kept; the stale fix was not applied');
    assert.equal(await place.inputValue(), '青山县');
    // clicked again on the current list, the fix applies, and the key stays
    await p.locator('[data-testid=fix]', { hasText: '、' }).first().click();
    await settle(p);
    assert.equal(await editor.inputValue(), withBox.replace('东港大桥□', '东港大桥、') + '又');
    assert.equal(await place.inputValue(), '青山县');
    await ctx.close();
  });

  await test('12. the marks behind a long draft: the whole text in order, drawn in steps; a key redraws only its chunk', async () => {
    const { ctx, p, editor } = await fresh();
    // ~300 KB: more than one step of the backdrop (components/editor.rs STEP)
    const long = await pasteLong(editor, 100000);
    // the backdrop catches up step by step and then holds exactly the draft (plus its last line)
    await p.waitForFunction((n) => document.querySelector('.backdrop').textContent.length >= n, long.length, { timeout: 30000, polling: 50 });
    await settle(p);
    assert.equal((await p.evaluate(() => document.querySelector('.backdrop').textContent)).trimEnd(), long.trimEnd());
    const chunks = await p.evaluate(() => document.querySelector('.backdrop').children.length);
    assert.ok(chunks > 50, `${chunks} chunks`);
    // a key at the end: after the analysis, every chunk but the last is the same DOM node
    await p.evaluate(() => { window.__chunks = [...document.querySelector('.backdrop').children]; });
    await caretToEnd(editor);
    await p.keyboard.type('再安排项目x个');
    await settle(p);
    await p.waitForFunction(() => !document.querySelector('.app[data-pending]'));
    const kept = await p.evaluate(() => window.__chunks.filter((n) => n.isConnected).length);
    assert.ok(kept >= chunks - 2, `${kept} of ${chunks} chunks kept`);
    const marks = await p.evaluate(() => [...document.querySelectorAll('.backdrop mark.ph-open')].map((m) => m.textContent));
    assert.ok(marks.includes('x'), 'the new placeholder is marked');
    assert.equal((await p.evaluate(() => document.querySelector('.backdrop').textContent)).trimEnd(), (long + '再安排项目x个').trimEnd());
    await ctx.close();
  });

  await test('12. steady typing on a long draft: the analysis keeps following the keys, and settles on the last text', async () => {
    const { ctx, p, editor } = await fresh();
    // ~2 MB: each stage of the analysis takes a task of its own, so keys land while one is made
    const long = await pasteLong(editor, 700000);
    await settle(p);
    const before = await count(p);
    await caretToEnd(editor);
    // x and Backspace in turn, a key every 100 ms (as scripts/perf.mjs types): the pause timer
    // fires while a snapshot is being made, and again between its last stage and its drawing
    for (let i = 0; i < 30; i++) {
      await p.keyboard.press(i % 2 === 0 ? 'x' : 'Backspace');
      await p.waitForTimeout(100);
    }
    await p.keyboard.press('x');
    await settle(p);
    assert.equal(await pending(p), false);
    // ~2 MB is edited a part at a time (issue 30): the part shown is the end of the text typed
    const part = await editor.inputValue();
    assert.ok(part.length < long.length / 4 && (long + 'x').endsWith(part), `a part of ${part.length} chars`);
    const after = await count(p);
    await p.keyboard.press('Backspace');
    await settle(p);
    assert.equal(await count(p), before, 'the count is of the text as last typed');
    assert.ok(after >= before, `${after} leftovers with an x at the end, ${before} without`);
    await ctx.close();
  });

  await test('30. a very long draft is edited a part at a time: the part with the caret, the bar through the parts, keys into the whole, a jump shows its part', async () => {
    const { ctx, p, editor } = await fresh();
    const before = await count(p);
    // ~2 MB pasted: the textarea gets only the part with the caret (the end), whole lines
    const long = await pasteLong(editor, 700000);
    await settle(p);
    const bar = p.getByTestId('part-bar');
    await bar.waitFor();
    const bytes = (s) => Buffer.from(s);
    const shown = async (text) => {
      const [from, to] = await editor.evaluate((t) => t.dataset.part.split(',').map(Number));
      const value = await editor.inputValue();
      assert.equal(bytes(text).subarray(from, to).toString(), value, `the part ${from}..${to} is the text there`);
      return { from, to, value };
    };
    const last = await shown(long);
    assert.ok(last.value.length < 100000 && last.to === bytes(long).length, `${last.value.length} chars shown, to ${last.to}`);
    assert.ok(last.from === 0 || long[Buffer.from(long).subarray(0, last.from).toString().length - 1] === '\n', 'the part starts a line');
    // the count is of the whole draft: every copy's placeholders
    const whole = await count(p);
    assert.ok(whole > before * 50, `${whole} leftovers in the whole draft (${before} in one copy)`);
    // a key at the end of the part is a key at the end of the whole draft
    await caretToEnd(editor);
    await p.keyboard.type('x');
    await settle(p);
    assert.equal(await count(p), whole + 1);
    const typed = long + 'x';
    const after = await shown(typed);
    assert.equal(after.from, last.from);
    // the part before: the bar moves, the text shown is the whole draft's there
    await p.getByTestId('part-prev').click();
    await settle(p);
    const prev = await shown(typed);
    assert.equal(prev.to, last.from, 'the part before ends where the last begins');
    assert.match(await bar.textContent(), /这份稿子很长/);
    // a jump to the top (the outline's first item): the first part is shown, the place selected
    await p.getByTestId('outline').locator('button.item').first().click();
    await settle(p);
    const first = await shown(typed);
    assert.equal(first.from, 0, 'the first part is shown');
    assert.ok(await p.getByTestId('part-prev').isDisabled());
    // typed in the first part: the whole draft has it at its start, the end is untouched
    await editor.evaluate((t) => { t.focus(); t.setSelectionRange(0, 0); });
    await p.keyboard.type('甲');
    await settle(p);
    const top = await shown('甲' + typed);
    assert.ok(top.value.startsWith('甲'));
    await p.getByTestId('part-next').click();
    await settle(p);
    await shown('甲' + typed);
    await p.screenshot({ path: 'tests/e2e/out/30-long-draft-parts.png' });
    await ctx.close();
  });

  await test('12. long lists are windowed: the count is whole, the rows drawn are few, scrolling and Enter reach the last', async () => {
    const { ctx, p, editor } = await fresh();
    const n = 600;
    const text = ['关于项目的讲话', '', '同志们：', '']
      .concat(Array.from({ length: n }, (_, i) => `第${i + 1}段，今年安排项目x个，总投资xx亿元。`))
      .join('\n');
    await editor.evaluate((t, text) => {
      t.focus();
      t.value = text;
      t.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    }, text);
    await settle(p);
    assert.match(await p.getByTestId('fields-count').textContent(), new RegExp(`已填 0/${2 * n}`));
    const drawn = await p.getByTestId('field').count();
    assert.ok(drawn < 150, `${drawn} field inputs drawn of ${2 * n}`);
    assert.equal(await count(p), 2 * n);
    const findings = await p.getByTestId('finding').count();
    assert.ok(findings < 150, `${findings} findings drawn`);
    const listed = Number((await p.locator('.checks-panel h2').first().textContent()).match(/检查结果（(\d+)/)[1]);
    assert.ok(listed >= 2 * n, `the checks count all ${listed} findings`);
    // scroll the fields' window to its end: the last field is drawn
    const box = p.locator('.fields-panel .window');
    await box.evaluate((b) => { b.scrollTop = b.scrollHeight; });
    await settle(p);
    await box.evaluate((b) => { b.scrollTop = b.scrollHeight; });
    await settle(p);
    const contexts = await p.locator('.fields-panel .window li .context').allTextContents();
    assert.ok(contexts.some((c) => c.includes(`第${n}段，`)), contexts.slice(-3).join(' | '));
    // Enter moves to the next field across the window's edge, drawing as it goes
    const first = p.locator('.fields-panel .window [data-testid=field]').first();
    await box.evaluate((b) => { b.scrollTop = 0; });
    await settle(p);
    await first.focus();
    for (let i = 0; i < 60; i++) await p.keyboard.press('Enter');
    await settle(p);
    const at = await p.evaluate(() => document.activeElement?.closest('li')?.querySelector('.context')?.textContent);
    assert.ok(at && at.includes('第31段'), `focus after 60 Enters: ${at}`);
    await ctx.close();
  });

  await test('12. a table fetched when first needed: the page stays pending until the checks use it', async () => {
    // (no service worker: it would answer the table from its cache, past the route)
    const { ctx, p, editor } = await fresh({ serviceWorkers: 'block' });
    // the place table is held back until the test lets it go
    let release;
    const held = new Promise((r) => { release = r; });
    let asked = false;
    await ctx.route('**/data/divisions.tsv', async (r) => { asked = true; await held; await r.continue(); });
    await editor.evaluate((t, text) => {
      t.focus(); t.value = text;
      t.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    }, '区长在全区项目调度会上的讲话\n\n同志们：\n\n我们要为建设美丽池州多作贡献。\n');
    await settle(p);
    await p.locator('[data-key="fact:place"]').fill('东川区');
    // long after the fill's analysis: the findings are not yet those of the place
    await p.waitForTimeout(600);
    assert.ok(asked, 'the place table was asked for');
    assert.equal(await pending(p), true, 'pending while the place table loads');
    release();
    await settle(p);
    const rules = await p.getByTestId('finding').evaluateAll((els) => els.map((e) => e.dataset.rule));
    assert.ok(rules.includes('foreign-place'), `foreign-place once settled: ${rules}`);
    await ctx.close();
    // a table that cannot load leaves the page pending no longer than its failure; the place
    // filled in again tries again, and the page is pending while it does
    const failing = await fresh({ serviceWorkers: 'block' });
    await failing.ctx.route('**/data/divisions.tsv', (r) => r.abort());
    const place = failing.p.locator('[data-key="fact:place"]');
    await place.fill('东川区');
    await failing.p.waitForFunction(() => !document.querySelector('.app[data-pending]'), null, { timeout: 5000 });
    await failing.ctx.unroute('**/data/divisions.tsv');
    let letGo;
    const heldAgain = new Promise((r) => { letGo = r; });
    await failing.ctx.route('**/data/divisions.tsv', async (r) => { await heldAgain; await r.continue(); });
    await place.fill('');
    await settle(failing.p);
    await place.fill('东川区');
    await failing.p.waitForTimeout(600);
    assert.equal(await pending(failing.p), true, 'pending while the place table is tried again');
    letGo();
    await settle(failing.p);
    assert.equal(await pending(failing.p), false);
    await failing.ctx.close();
  });
}
