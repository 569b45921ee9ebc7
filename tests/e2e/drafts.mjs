// Long drafts for the timing scripts (scripts/perf.mjs, tests/e2e/slow_timing.mjs): the shared
// corpus beside the project when it is there, else the engine's fixtures, repeated to a length;
// and Debian's Chromium launched headless as both measure it.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';

export function drafts(root) {
  const corpusDir = path.join(root, '../shared/corpus');
  const srcDir = fs.existsSync(corpusDir) ? corpusDir : path.join(root, 'crates/engine/tests/fixtures');
  const base = fs.readdirSync(srcDir).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => fs.readFileSync(path.join(srcDir, f), 'utf8')).join('\n\n');
  return {
    srcDir,
    textOfChars(n) {
      let s = '';
      while ([...s].length < n) s += base + '\n\n';
      return [...s].slice(0, n).join('');
    },
    textOfBytes(n) {
      let s = '';
      while (Buffer.byteLength(s) < n) s += base + '\n\n';
      return s;
    },
  };
}

export const launchChromium = () => chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
});
