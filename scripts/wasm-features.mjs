// The WebAssembly features the built app needs, the first browser versions that have each,
// and a tiny module using all of them (PROBE) that the boot script validates when the app's
// wasm fails to compile: if the probe does not validate either, the browser is too old.
//
// Run on a build (scripts/test.sh does): node scripts/wasm-features.mjs [dist]
// It strips the wasm's target_features section, then asks binaryen's validator whether the
// wasm still validates with exactly FEATURES, and fails with each one taken away; and that the
// probe uses each of them. A toolchain upgrade that starts using another feature (tail calls,
// SIMD, exceptions…) fails here, until this table and the README's versions are updated (the
// README is read too).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

// first versions: webassembly.org/features, MDN compatibility data
export const FEATURES = [
  { flag: 'sign-ext', name: 'sign-extension operators', chrome: 74, firefox: 62, safari: '14.1' },
  { flag: 'nontrapping-float-to-int', name: 'non-trapping float-to-int', chrome: 75, firefox: 64, safari: '15' },
  { flag: 'bulk-memory', name: 'bulk memory (memory.copy, table.fill)', chrome: 75, firefox: 79, safari: '15' },
  { flag: 'multivalue', name: 'multi-value', chrome: 85, firefox: 78, safari: '13.1' },
  { flag: 'reference-types', name: 'reference types (externref)', chrome: 96, firefox: 79, safari: '15' },
];
// binaryen splits memory.copy / memory.fill off bulk memory; browsers shipped them together
const IMPLIED = { 'bulk-memory': ['bulk-memory-opt'] };

// (module (table 1 externref) (memory 1)
//   (func (param i32) (result i32 i32)                       ;; multi-value
//     (memory.copy (i32.const 0) (i32.const 8) (i32.const 4)) ;; bulk memory
//     (memory.fill (i32.const 0) (i32.const 0) (i32.const 4))
//     (table.fill 0 (i32.const 0) (ref.null extern) (i32.const 1)) ;; bulk memory + reference types
//     (drop (table.get 0 (i32.const 0)))                      ;; reference types
//     (i32.extend8_s (local.get 0))                           ;; sign-extension
//     (i32.trunc_sat_f32_s (f32.const 1.5))))                 ;; non-trapping float-to-int
// assembled by binaryen's wasm-as with exactly FEATURES enabled
export const PROBE = [0, 97, 115, 109, 1, 0, 0, 0, 1, 12, 2, 96, 1, 127, 2, 127, 127, 96, 0, 2, 127, 127, 3, 2, 1, 0, 4, 4, 1, 111, 0, 1, 5, 3, 1, 0, 1, 10, 47, 1, 45, 0, 65, 0, 65, 8, 65, 4, 252, 10, 0, 0, 65, 0, 65, 0, 65, 4, 252, 11, 0, 65, 0, 208, 111, 65, 1, 252, 17, 0, 65, 0, 37, 0, 26, 32, 0, 192, 67, 0, 0, 192, 63, 252, 0, 11];

const flags = (list) => ['--mvp-features', ...list.flatMap((f) => [f, ...(IMPLIED[f] || [])]).map((f) => `--enable-${f}`)];
const min = (key) => FEATURES.reduce((a, f) => (parseFloat(f[key]) > parseFloat(a) ? f[key] : a), '0');
export const OLDEST = { chrome: min('chrome'), firefox: min('firefox'), safari: min('safari') };

function validates(wasmOpt, file, list) {
  try {
    execFileSync(wasmOpt, [file, ...flags(list), '-o', os.devNull], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
  const dist = path.resolve(process.argv[2] || path.join(root, 'dist'));
  const wasmOpt = path.join(root, 'node_modules/.bin/wasm-opt');
  const wasm = fs.readdirSync(dist).find((f) => f.startsWith('jianggao-app') && f.endsWith('.wasm'));
  if (!wasm) throw new Error(`no .wasm in ${dist}`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wasm-features-'));
  const bare = path.join(tmp, 'app.wasm');
  // features from the section itself: --all-features would write binaryen's own extensions
  // (the app is built without the section, index.html strips it: then the file is bare already)
  try {
    execFileSync(wasmOpt, [path.join(dist, wasm), '--strip-target-features', '-o', bare], { stdio: 'ignore' });
  } catch {
    fs.copyFileSync(path.join(dist, wasm), bare);
  }
  const probe = path.join(tmp, 'probe.wasm');
  fs.writeFileSync(probe, Uint8Array.from(PROBE));
  const all = FEATURES.map((f) => f.flag);
  const problems = [];
  if (!validates(wasmOpt, bare, all)) problems.push(`${wasm} needs a feature beyond ${all.join(', ')}`);
  if (!validates(wasmOpt, probe, all)) problems.push('the probe needs a feature beyond the list');
  if (!WebAssembly.validate(Uint8Array.from(PROBE))) problems.push('the probe does not validate in this Node');
  for (const f of FEATURES) {
    const rest = all.filter((x) => x !== f.flag);
    const used = !validates(wasmOpt, bare, rest);
    if (!used) problems.push(`${wasm} no longer uses ${f.flag}: drop it from FEATURES, the probe and the README`);
    if (validates(wasmOpt, probe, rest)) problems.push(`the probe does not use ${f.flag}`);
    console.log(`${used ? 'uses' : 'does not use'} ${f.name.padEnd(40)} Chrome ${f.chrome}, Firefox ${f.firefox}, Safari ${f.safari}`);
  }
  fs.rmSync(tmp, { recursive: true });
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8').replace(/\s+/g, ' ');
  const said = `Chrome / Edge ${OLDEST.chrome} `;
  if (!readme.includes(said) || !readme.includes(`Firefox ${OLDEST.firefox} and Safari ${OLDEST.safari}`)) {
    problems.push(`README.md does not give the oldest browsers as "${said}… Firefox ${OLDEST.firefox} and Safari ${OLDEST.safari}"`);
  }
  console.log(`oldest browsers for ${wasm}: Chrome/Edge ${OLDEST.chrome}, Firefox ${OLDEST.firefox}, Safari ${OLDEST.safari}`);
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
}
