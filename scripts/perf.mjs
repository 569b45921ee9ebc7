// Browser performance figures of the built app (dist/), printed, not asserted: time to
// interactive, a 2 MB paste, per-key main-thread busy time at 8,000 and 30,000 chars, and the
// first load's bytes. Drives Debian's headless Chromium with playwright-core, like the e2e tests.
//
//   node scripts/perf.mjs            # DIST=other/dist to measure another build
//   KEYS=60 node scripts/perf.mjs    # keys typed per size (default 40)
//
// Per-key busy: at keydown (capture, before the app's handlers) t0; a setTimeout(0) queued then
// fires after the key's task (keydown, input, the app's handlers and render) at t1; a
// requestAnimationFrame queued then runs at the next frame (t2) and a setTimeout(0) queued from
// it fires after that frame's style, layout and paint (t3). busy = (t1 - t0) + (t3 - t2): the
// key's own script plus the frame that shows it, without the idle wait for the frame between.
// Keys are 150 ms apart ("x" and Backspace in turn at the end of the editor); work the app
// defers past a key shows up in the longest task seen while typing (Long Tasks API), not in busy.
import { drafts, launchChromium } from '../tests/e2e/drafts.mjs';
import { serve } from '../tests/e2e/serve.mjs';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execSync } from 'node:child_process';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dist = path.resolve(process.env.DIST || path.join(root, 'dist'));
const KEYS = Number(process.env.KEYS || 40);
const { server, url } = await serve(dist);

// texts: the real samples beside the project when they are there, else the engine's fixtures
const { srcDir, textOfChars, textOfBytes } = drafts(root);

const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
const page = await context.newPage();

// the first load: every response until the app is interactive, gzipped here at level 9
const loaded = [];
page.on('response', async (r) => {
  try { loaded.push({ url: r.url(), at: Date.now(), body: await r.body() }); } catch { /* redirects */ }
});

const probe = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));

// in the page: long tasks, and the per-key probe
async function instrument() {
  await page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(e.duration); })
      .observe({ type: 'longtask', buffered: false });
    window.__keys = [];
    addEventListener('keydown', () => {
      const t0 = performance.now();
      const k = { t0 };
      window.__keys.push(k);
      setTimeout(() => { k.t1 = performance.now(); }, 0);
      requestAnimationFrame(() => {
        k.t2 = performance.now();
        setTimeout(() => { k.t3 = performance.now(); }, 0);
      });
    }, true);
  });
}

// put a text in the editor as a paste would (the editor's input event, insertFromPaste)
async function paste(text) {
  return page.evaluate(async (text) => {
    const ta = document.querySelector('[data-testid=editor]');
    const count = () => document.querySelector('[data-testid=leftover-count]')?.textContent;
    const before = count();
    const t0 = performance.now();
    ta.focus();
    ta.value = text;
    ta.setSelectionRange(text.length, text.length);
    ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    await frame();
    const shown = performance.now() - t0;
    // analysed: the leftover count changed (or 3 s passed with the same count), then a frame
    const start = performance.now();
    while (count() === before && performance.now() - start < 3000) await new Promise((r) => setTimeout(r, 5));
    await frame();
    return { shown, interactive: performance.now() - t0, countChanged: count() !== before };
  }, text);
}

async function typeKeys(n) {
  await page.evaluate(() => {
    const ta = document.querySelector('[data-testid=editor]');
    ta.focus();
    ta.setSelectionRange(ta.value.length, ta.value.length);
    window.__keys = [];
    window.__long = [];
  });
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  for (let i = 0; i < n; i++) {
    await page.keyboard.press(i % 2 === 0 ? 'x' : 'Backspace');
    await page.waitForTimeout(150);
  }
  await page.waitForTimeout(400);
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  const cpu = cpuPerKey(events);
  return page.evaluate((cpu) => ({
    ...cpu,
    busy: window.__keys.filter((k) => k.t3).map((k) => (k.t1 - k.t0) + (k.t3 - k.t2)),
    script: window.__keys.filter((k) => k.t3).map((k) => k.t1 - k.t0),
    frame: window.__keys.filter((k) => k.t3).map((k) => k.t3 - k.t2),
    longest: Math.max(0, ...window.__long),
    longCount: window.__long.length,
  }), cpu);
}

// Main-thread CPU time (the trace's thread time, `tdur`: not the wall time, which on a shared
// machine counts the time other processes held the core) of the renderer's top-level tasks,
// per key: those starting within 60 ms of its keydown (the key's own path: the key, the app's
// handlers and render, the frame that shows it) and those after, until the next key (work the
// app deferred: the analysis when the writer pauses, at 80 ms).
function cpuPerKey(events) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return { keyCpu: [], laterCpu: [], eventCpu: [] };
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const keys = onMain.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown').map((e) => e.ts).sort((a, b) => a - b);
  const tasks = onMain.filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.tdur != null);
  // the key's own events: the task(s) that run them are the "keydown to the task after it"
  const KEY_EVENTS = new Set(['keydown', 'keypress', 'textInput', 'beforeinput', 'input']);
  const keyEvents = onMain.filter((e) => e.name === 'EventDispatch' && KEY_EVENTS.has(e.args?.data?.type)).map((e) => e.ts);
  const keyCpu = [], laterCpu = [], eventCpu = [];
  keys.forEach((k, i) => {
    const next = keys[i + 1] ?? k + 150_000;
    let own = 0, later = 0, events = 0;
    for (const t of tasks) {
      if (t.ts + t.dur < k - 1_000 || t.ts >= next) continue;
      if (t.ts < k + 60_000) own += t.tdur; else later += t.tdur;
      if (t.ts < k + 60_000 && keyEvents.some((x) => x >= t.ts && x <= t.ts + t.dur)) events += t.tdur;
    }
    if (process.env.BREAKDOWN && i === 3) {
      const by = {};
      for (const e of onMain) {
        if (e.ph !== 'X' || e.tdur == null || e.ts < k - 1000 || e.ts >= k + 60_000) continue;
        by[e.name] = (by[e.name] || 0) + e.tdur / 1000;
      }
      console.log(Object.entries(by).sort((a, b) => b[1] - a[1]).slice(0, 14).map(([n, v]) => `${n} ${v.toFixed(1)}`).join(' | '));
    }
    keyCpu.push(own / 1000);
    laterCpu.push(later / 1000);
    eventCpu.push(events / 1000);
  });
  return { keyCpu, laterCpu, eventCpu };
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN;
};
const ms = (x) => `${x.toFixed(1)} ms`;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const out = [];
const say = (s) => { out.push(s); console.log(s); };

// ---- time to interactive: a first visit (start panel), then a reload with a saved draft ----
const t0 = Date.now();
await page.goto(url);
await page.getByTestId('template-picker').first().waitFor();
await probe();
const ttiEmpty = await page.evaluate(() => performance.now());
const firstLoad = loaded.filter((r) => r.at <= Date.now());
await page.getByTestId('template-picker').first().click();
await page.getByTestId('editor').waitFor();
await page.waitForTimeout(700); // saved
await page.reload();
await page.getByTestId('editor').waitFor();
await probe();
const ttiDraft = await page.evaluate(() => performance.now());
say(`perf: ${dist} (texts from ${path.relative(root, srcDir)}), ${new Date(t0).toISOString()}`);
say(`time to interactive: first visit ${ms(ttiEmpty)}, reload with a template draft ${ms(ttiDraft)}`);

// ---- first load bytes ----
let gzTotal = 0;
const rows = [];
for (const r of firstLoad) {
  const ext = path.extname(new URL(r.url).pathname);
  if (!['.wasm', '.js', '.css'].includes(ext)) continue;
  const gz = zlib.gzipSync(r.body, { level: 9 }).length;
  gzTotal += gz;
  rows.push(`${path.basename(new URL(r.url).pathname)} ${kb(r.body.length)} → ${kb(gz)}`);
}
say(`first load (wasm + js + css fetched before the start panel, gzip -9 each): ${kb(gzTotal)} = ${gzTotal} B`);
for (const r of rows) say(`  ${r}`);
// the figure scripts/test.sh prints, by the same command
// as test.sh counts it: every wasm and script but the two workers started on demand (the
// spreadsheet reader, when a spreadsheet ledger is opened; the tools worker, when a ledger is
// read or a .docx written)
const distFiles = fs.readdirSync(dist).filter((f) => /\.(wasm|js)$/.test(f) && !f.startsWith('ledger-reader') && !f.startsWith('jianggao-tools'));
const catGz = execSync(`cat ${distFiles.join(' ')} | gzip -9 | wc -c`, { cwd: dist, shell: '/bin/sh' }).toString().trim();
say(`first load as test.sh counts it (gzip -9 of ${distFiles.join(', ')}): ${catGz} B = ${kb(Number(catGz))}`);

// ---- per-key busy at 8,000 and 30,000 chars ----
await instrument();
for (const n of [8000, 30000]) {
  await paste(textOfChars(n));
  await page.waitForTimeout(500);
  const r = await typeKeys(KEYS);
  say(`${n} chars: per-key main-thread CPU p50 ${ms(pct(r.keyCpu, 50))}, p95 ${ms(pct(r.keyCpu, 95))} (${r.keyCpu.length} keys); deferred CPU after a key p50 ${ms(pct(r.laterCpu, 50))}, p95 ${ms(pct(r.laterCpu, 95))}`);
  say(`  the key's own task (keydown to the task after it: the key events, the app's handlers, no frame): CPU p50 ${ms(pct(r.eventCpu, 50))}, p95 ${ms(pct(r.eventCpu, 95))}`);
  say(`  wall clock (the machine's load counts): per-key busy p50 ${ms(pct(r.busy, 50))}, p95 ${ms(pct(r.busy, 95))} (script p50 ${ms(pct(r.script, 50))}, frame p50 ${ms(pct(r.frame, 50))}); longest task while typing ${ms(r.longest)} (${r.longCount} long tasks)`);
}
if (process.env.NO_PASTE) { await browser.close(); server.close(); process.exit(0); }

// ---- a 2 MB paste, then typing ----
const big = textOfBytes(2 * 1024 * 1024);
const p = await paste(big);
say(`2 MB paste (${Buffer.byteLength(big)} B, ${[...big].length} chars): text shown ${ms(p.shown)}, analysed and interactive ${ms(p.interactive)}${p.countChanged ? '' : ' (leftover count unchanged)'}`);
const r = await typeKeys(Math.min(KEYS, 20));
say(`after the 2 MB paste: per-key main-thread CPU p50 ${ms(pct(r.keyCpu, 50))}, p95 ${ms(pct(r.keyCpu, 95))}; deferred p95 ${ms(pct(r.laterCpu, 95))}; wall: busy p50 ${ms(pct(r.busy, 50))}, p95 ${ms(pct(r.busy, 95))}, longest task while typing ${ms(r.longest)} (${r.longCount} long tasks)`);

const firstNames = new Set(firstLoad.map((x) => new URL(x.url).pathname));
const later = loaded.filter((x) => !firstNames.has(new URL(x.url).pathname));
if (later.length) say(`fetched later: ${[...new Set(later.map((x) => path.basename(new URL(x.url).pathname)))].join(', ')}`);

await browser.close();
server.close();
