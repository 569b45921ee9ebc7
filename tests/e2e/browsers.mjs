// The core walk of the end-to-end tests in Firefox and WebKit (issue 13): start from a
// template, fill every field, the leftover count falls to 0, export, reload, the draft is still
// there. Firefox ESR (Debian's firefox-esr) is driven by puppeteer-core over WebDriver BiDi;
// WebKitGTK's MiniBrowser (Debian's webkit2gtk-driver) by selenium-webdriver through
// WebKitWebDriver under xvfb-run. Prints each browser's version and the walk's time. The
// release build's service worker must be active at the end of the walk.
//
// The export is checked in the page: URL.createObjectURL and the anchor's click are wrapped to
// read the Blob's text and the file name the app offers. In Firefox the click also goes through
// and the file must land in the download directory; in WebKit the click is held back (a
// MiniBrowser download has no headless destination).
//
// BROWSERS=firefox or BROWSERS=webkit runs one; DIST=dir another build.
import puppeteer from 'puppeteer-core';
import { Builder, By } from 'selenium-webdriver';
import { spawn } from 'node:child_process';
import { serve, BASE } from './serve.mjs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import assert from 'node:assert/strict';
import { SAMPLE, BY_KIND } from './values.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const dist = path.resolve(process.env.DIST || path.join(root, 'dist'));
const { server, requests, url } = await serve(dist);

// runs in the page: keep what the app hands to a download
const CAPTURE = `(() => {
  window.__exports = [];
  const make = URL.createObjectURL;
  URL.createObjectURL = (blob) => { const u = make.call(URL, blob); window.__exports.push({ url: u, blob, name: null }); return u; };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    const e = window.__exports.find((x) => x.url === this.href);
    if (e) e.name = this.download;
    if (window.__realDownload) click.call(this);
  };
})()`;
const EXPORTED = `const e = window.__exports[window.__exports.length - 1];
  return e ? e.blob.text().then((text) => ({ name: e.name, type: e.blob.type, text })) : null;`;

// the walk, over a few verbs each driver supplies
async function walk(b) {
  await b.open(url);
  await b.click('[data-testid=template-picker]');
  await b.waitFor('[data-testid=editor]');
  const before = await b.leftovers();
  assert.ok(before > 20, `a template has many placeholders, saw ${before}`);
  const fields = await b.js(`return [...document.querySelectorAll('[data-testid=field]')].map((e) => [e.dataset.key, e.dataset.kind]);`);
  assert.ok(fields.length > 20, `${fields.length} fields`);
  for (const [i, [key, kind]] of fields.entries()) await b.fill(i, SAMPLE[key] ?? BY_KIND[kind] ?? '内容');
  assert.equal(await b.leftovers(), 0, 'every field filled: no leftover');
  await b.js(`${CAPTURE}; window.__realDownload = ${b.realDownload};`);
  await b.click('[data-testid=menu-export]');
  await b.click('[data-testid=export-md]');
  let file = null;
  for (let i = 0; i < 50 && !file; i++) file = (await b.js(EXPORTED)) || (await b.sleep(100));
  assert.ok(file, 'the export made a file');
  assert.equal(file.name, '县长在全县重大项目建设推进会上的讲话.md');
  assert.match(file.type, /^text\/markdown/);
  assert.ok(file.text.startsWith('# 县长在全县重大项目建设推进会上的讲话\n\n'), file.text.slice(0, 60));
  assert.ok(file.text.includes('为青山县高质量发展'), 'the place fact is filled');
  assert.ok(!/x个|xx|【|\[具体/.test(file.text), 'no leftover in the export');
  const text = await b.js(`return document.querySelector('[data-testid=editor]').value;`);
  const values = await b.js(`return [...document.querySelectorAll('[data-testid=field]')].map((e) => e.value);`);
  await b.sleep(700); // saved at most 0.5 s after the last change
  await b.reload();
  await b.waitFor('[data-testid=editor]');
  assert.equal(await b.js(`return document.querySelector('[data-testid=editor]').value;`), text);
  assert.deepEqual(await b.js(`return [...document.querySelectorAll('[data-testid=field]')].map((e) => e.value);`), values);
  assert.equal(await b.leftovers(), 0);
  // the service worker of a release build is active here too (offline after the first visit)
  const sw = await b.js(`return 'serviceWorker' in navigator
    ? (async () => {
      // Firefox may resolve \`ready\` while a reload's update check briefly leaves \`active\` empty: poll
      let last = 'not ready in 10 s';
      for (let i = 0; i < 100; i++) {
        const r = await navigator.serviceWorker.getRegistration();
        if (r && r.active) { last = r.active.state + ' ' + r.active.scriptURL; if (r.active.state === 'activated') break; }
        await new Promise((w) => setTimeout(w, 100));
      }
      return last;
    })() : 'no service worker support';`);
  assert.equal(sw, `activated ${url}sw.js`);
  return file;
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
// the count once the analysis that runs when the writer pauses has caught up
const LEFTOVERS = `const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const idle = () => frame().then(() => document.querySelector('.app[data-pending]') ? new Promise((r) => setTimeout(r, 20)).then(idle) : frame());
  return idle().then(() => Number(document.querySelector('[data-testid=leftover-count]').textContent.match(/\\d+/)[0]));`;

async function firefox() {
  const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'jianggao-ff-'));
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath: process.env.FIREFOX || '/usr/bin/firefox-esr', headless: true,
    extraPrefsFirefox: {
      'browser.download.folderList': 2, 'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true, 'browser.download.always_ask_before_handling_new_types': false,
      'network.proxy.type': 0, 'app.update.enabled': false, 'browser.safebrowsing.malware.enabled': false,
    },
  });
  const version = await browser.version();
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  try {
    const file = await walk({
      realDownload: true,
      open: (u) => page.goto(u),
      reload: () => page.reload(),
      sleep,
      waitFor: (sel) => page.waitForSelector(sel, { timeout: 30000 }),
      click: async (sel) => (await page.waitForSelector(sel)).click(),
      js: (body) => page.evaluate(`(() => { ${body} })()`),
      leftovers: () => page.evaluate(`(() => { ${LEFTOVERS} })()`),
      fill: async (i, v) => {
        const el = (await page.$$('[data-testid=field]'))[i];
        await el.evaluate((e) => e.select());
        await el.type(v);
      },
    });
    // the real download: the file lands where the profile says
    let saved = null;
    for (let i = 0; i < 50 && !saved; i++) {
      saved = fs.readdirSync(downloads).find((f) => f === file.name);
      if (!saved) await sleep(100);
    }
    assert.ok(saved, `no ${file.name} in the download directory: ${fs.readdirSync(downloads)}`);
    assert.equal(fs.readFileSync(path.join(downloads, saved), 'utf8'), file.text);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    fs.rmSync(downloads, { recursive: true, force: true });
  }
  return version;
}

async function webkit() {
  const port = 4444 + Math.floor(Math.random() * 1000);
  const driver = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`], { stdio: 'ignore', detached: true });
  let d;
  try {
    for (let i = 0; i < 100; i++) {
      try {
        await fetch(`http://127.0.0.1:${port}/status`);
        break;
      } catch {
        await sleep(100);
      }
    }
    d = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation'] },
    }).build();
    const version = (await d.getCapabilities()).get('browserVersion');
    await d.manage().window().setRect({ width: 1366, height: 900 }).catch(() => {});
    const until = async (sel) => {
      for (let i = 0; i < 300; i++) {
        if ((await d.findElements(By.css(sel))).length) return;
        await sleep(100);
      }
      throw new Error(`${sel} did not appear`);
    };
    await walk({
      realDownload: false,
      open: (u) => d.get(u),
      reload: () => d.navigate().refresh(),
      sleep,
      waitFor: until,
      click: async (sel) => { await until(sel); await d.findElement(By.css(sel)).click(); },
      js: (body) => d.executeScript(body),
      leftovers: () => d.executeScript(LEFTOVERS),
      fill: async (i, v) => {
        const el = (await d.findElements(By.css('[data-testid=field]')))[i];
        // a fresh template's fields are empty (a Ctrl+A chord here would eat the typed keys)
        await d.executeScript('arguments[0].scrollIntoView({ block: "center" })', el);
        await el.click();
        await el.sendKeys(v);
      },
    });
    return version;
  } finally {
    if (d) await d.quit().catch(() => {});
    try { process.kill(-driver.pid); } catch { /* already gone */ }
  }
}

const which = (process.env.BROWSERS || 'firefox,webkit').split(',');
const results = [];
for (const [name, run] of [['firefox', firefox], ['webkit', webkit]]) {
  if (!which.includes(name)) continue;
  const t0 = Date.now();
  try {
    const version = await run();
    results.push(`ok   core walk in ${name} ${version} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  } catch (e) {
    results.push(`FAIL core walk in ${name}\n${e.stack}`);
  }
}
server.close();
const outside = requests.filter((u) => !u.startsWith(BASE));
if (outside.length) results.push(`FAIL requests outside ${BASE}: ${outside}`);
console.log(results.join('\n'));
process.exit(results.some((r) => r.startsWith('FAIL')) ? 1 : 0);
