// The oldest browsers the app runs in (README "Browsers", issue 30), the WebAssembly features
// beyond the first version its wasm files use, and a tiny module using all of them (PROBE)
// that the browser check validates: a browser that cannot validate it is too old.
//
// Run on a build (scripts/test.sh does): node scripts/wasm-features.mjs [dist]
// Every .wasm in the build must validate with wasm-tools under exactly the first version of
// WebAssembly plus FEATURES, and under the feature set of Chrome 80 (the oldest Chromium core
// the issue names; no reference types, no multi-value); each feature in FEATURES must be used by
// some file (else it is dropped from the list); every feature's first versions must be at most
// OLDEST; the probe must validate with exactly FEATURES; and the README must name OLDEST. A
// toolchain upgrade that starts using another feature (reference types again, tail calls, SIMD,
// exceptions…) fails here. The build keeps them out in .cargo/config.toml (the target_features
// section wasm-bindgen reads) and index.html (the features wasm-opt is told of).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

// the floor: ES2020 syntax (optional chaining, ??: Chrome 80, Firefox 74, Safari 13.1), the
// stylesheet (scripts/stylelint.config.mjs: Safari 14), 信创 desktops' Firefox ESR 78, and
// for Safari the wasm's saturating float-to-int and bulk memory (15.1)
export const OLDEST = { chrome: 80, firefox: 78, safari: '15.1' };
export const CHROME_80 = ['mvp', 'mutable-global', 'sign-extension', 'saturating-float-to-int', 'bulk-memory'];

// wasm-tools' names; first versions from MDN's compatibility data (web-features)
export const KNOWN = {
  'mutable-global': { chrome: 74, firefox: 61, safari: '13.1' },
  'sign-extension': { chrome: 74, firefox: 62, safari: '14.1' },
  'saturating-float-to-int': { chrome: 75, firefox: 64, safari: '15.1' },
  'bulk-memory': { chrome: 75, firefox: 78, safari: '15.1' },
  'multi-value': { chrome: 85, firefox: 78, safari: '13.1' },
  'reference-types': { chrome: 96, firefox: 79, safari: '15' },
};
// what the build uses beyond the first version of WebAssembly (Rust's precompiled std brings
// them; the union of every function's features, see .cargo/config.toml)
export const FEATURES = ['sign-extension', 'saturating-float-to-int', 'bulk-memory'];

// a module using every feature in FEATURES; a feature added there needs its instruction here:
// (module (memory 1) (func (param i32) (result i32)
//   (memory.copy (i32.const 0) (i32.const 8) (i32.const 4))   ;; bulk memory
//   (memory.fill (i32.const 0) (i32.const 0) (i32.const 4))
//   (drop (i32.trunc_sat_f32_s (f32.const 1.5)))              ;; saturating float-to-int
//   (i32.extend8_s (local.get 0))))                           ;; sign-extension
// assembled by binaryen's wasm-as with exactly these features enabled
export const PROBE = [0, 97, 115, 109, 1, 0, 0, 0, 1, 6, 1, 96, 1, 127, 1, 127, 3, 2, 1, 0, 5, 3, 1, 0, 1, 10, 34, 1, 32, 0, 65, 0, 65, 8, 65, 4, 252, 10, 0, 0, 65, 0, 65, 0, 65, 4, 252, 11, 0, 67, 0, 0, 192, 63, 252, 0, 26, 32, 0, 192, 11];

const validates = (file, features) => {
  try {
    execFileSync('wasm-tools', ['validate', `--features=${features.join(',')}`, file], { stdio: 'pipe' });
    return true;
  } catch (e) {
    if (e.code === 'ENOENT') throw new Error('wasm-tools not found: scripts/setup.sh installs it (cargo install wasm-tools)');
    return false;
  }
};
const why = (file, features) => {
  try {
    execFileSync('wasm-tools', ['validate', `--features=${features.join(',')}`, file], { stdio: 'pipe' });
    return 'valid';
  } catch (e) {
    return String(e.stderr).trim().split('\n')[0];
  }
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
  const dist = path.resolve(process.argv[2] || path.join(root, 'dist'));
  const wasms = fs.readdirSync(dist).filter((f) => f.endsWith('.wasm')).sort();
  const problems = [];
  if (!wasms.length) problems.push(`no .wasm in ${dist}`);
  const allowed = ['mvp', ...FEATURES];
  for (const w of wasms) {
    const file = path.join(dist, w);
    const ours = validates(file, allowed);
    const chrome = validates(file, CHROME_80);
    if (!ours) problems.push(`${w} needs a feature beyond ${allowed.join(', ')}: ${why(file, allowed)}`);
    if (!chrome) problems.push(`${w} does not validate as Chrome 80 would (${CHROME_80.join(', ')}): ${why(file, CHROME_80)}`);
    console.log(`${w.padEnd(44)} ${ours ? 'valid' : 'INVALID'} as ${allowed.join(' + ')}; ${chrome ? 'valid' : 'INVALID'} as Chrome 80`);
  }
  for (const f of FEATURES) {
    const rest = allowed.filter((x) => x !== f);
    if (!wasms.some((w) => !validates(path.join(dist, w), rest))) problems.push(`no wasm uses ${f} any more: drop it from FEATURES and the probe`);
  }
  for (const f of FEATURES) {
    const first = KNOWN[f];
    if (!first) problems.push(`${f}: its first browser versions are not in KNOWN`);
    else for (const b of ['chrome', 'firefox', 'safari']) {
      if (parseFloat(first[b]) > parseFloat(OLDEST[b])) problems.push(`${f} needs ${b} ${first[b]}, newer than the oldest browsers (${b} ${OLDEST[b]})`);
    }
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wasm-features-'));
  const probe = path.join(tmp, 'probe.wasm');
  fs.writeFileSync(probe, Uint8Array.from(PROBE));
  if (!validates(probe, allowed)) problems.push('the probe needs a feature beyond FEATURES');
  for (const f of FEATURES) if (validates(probe, allowed.filter((x) => x !== f))) problems.push(`the probe does not use ${f}`);
  if (!WebAssembly.validate(Uint8Array.from(PROBE))) problems.push('the probe does not validate in this Node');
  fs.rmSync(tmp, { recursive: true });
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8').replace(/\s+/g, ' ');
  const said = `Chrome / Edge ${OLDEST.chrome} `;
  if (!readme.includes(said) || !readme.includes(`Firefox ${OLDEST.firefox} and Safari ${OLDEST.safari}`)) {
    problems.push(`README.md does not give the oldest browsers as "${said}… Firefox ${OLDEST.firefox} and Safari ${OLDEST.safari}"`);
  }
  console.log(`WebAssembly beyond the first version: ${FEATURES.length ? FEATURES.join(', ') : 'none'}; oldest browsers Chrome/Edge ${OLDEST.chrome}, Firefox ${OLDEST.firefox}, Safari ${OLDEST.safari}`);
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
}
