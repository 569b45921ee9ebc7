// A release build's wasm imports renamed short, in the wasm and in its bindings alike
// (scripts/post-build.mjs). wasm-bindgen names each import after the JavaScript it calls and a
// 16-digit hash (`__wbg_addEventListener_847fd86b8c33ec43`) and puts the module name
// (`./jianggao-app_bg.js`) before each of them; both files carry every name, and the hashes do
// not compress. Here each import becomes a short name (`a`, `b`, … `ba`…) and the module `a`:
// the same functions, bound by the same object, a few KB less in the first load.
// Throws when the bindings do not hold every name exactly once as a key, so a new
// wasm-bindgen that writes them otherwise fails the build instead of the page.

function leb(bytes, at) {
  let value = 0, shift = 0, b;
  do {
    b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
  } while (b & 0x80);
  return [value, at];
}

function uleb(n) {
  const out = [];
  do {
    let b = n % 128;
    n = Math.floor(n / 128);
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
export function shortName(i) {
  let s = '';
  do {
    s = LETTERS[i % LETTERS.length] + s;
    i = Math.floor(i / LETTERS.length);
  } while (i);
  return s;
}

// the import section's entries: module, name, and the descriptor's bytes as they are
function readImports(bytes, start, end) {
  const dec = new TextDecoder();
  let [count, at] = leb(bytes, start);
  const entries = [];
  for (let i = 0; i < count; i++) {
    const field = () => {
      const [len, p] = leb(bytes, at);
      at = p + len;
      return dec.decode(bytes.subarray(p, p + len));
    };
    const module = field();
    const name = field();
    const from = at;
    const kind = bytes[at++];
    const limits = () => {
      const flags = bytes[at++];
      at = leb(bytes, at)[1];
      if (flags & 1) at = leb(bytes, at)[1];
    };
    if (kind === 0) at = leb(bytes, at)[1];
    else if (kind === 1) { at++; limits(); }
    else if (kind === 2) limits();
    else if (kind === 3) at += 2;
    else if (kind === 4) at = leb(bytes, at + 1)[1];
    else throw new Error(`short-imports: import kind ${kind} not known`);
    entries.push({ module, name, desc: bytes.subarray(from, at) });
  }
  if (at !== end) throw new Error('short-imports: the import section was not read to its end');
  return entries;
}

/// `wasm` (bytes) and its bindings' `js` (text) with the imports of module `module` renamed;
/// returns both and how many were renamed.
export function shortImports(wasm, js, module) {
  const enc = new TextEncoder();
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, body] = leb(wasm, at + 1);
    if (id !== 2) {
      at = body + size;
      continue;
    }
    const entries = readImports(wasm, body, body + size);
    const renamed = new Map();
    const parts = [uleb(entries.length)];
    for (const e of entries) {
      let { module: m, name } = e;
      if (m === module) {
        if (!renamed.has(name)) renamed.set(name, shortName(renamed.size));
        m = 'a';
        name = renamed.get(name);
      }
      const mb = enc.encode(m), nb = enc.encode(name);
      parts.push(uleb(mb.length), [...mb], uleb(nb.length), [...nb], [...e.desc]);
    }
    const section = Uint8Array.from(parts.flat());
    const out = new Uint8Array(wasm.length - (body + size - at) + 1 + uleb(section.length).length + section.length);
    out.set(wasm.subarray(0, at));
    out.set([2, ...uleb(section.length)], at);
    out.set(section, at + 1 + uleb(section.length).length);
    out.set(wasm.subarray(body + size), at + 1 + uleb(section.length).length + section.length);
    const quoted = JSON.stringify(module);
    if (js.split(quoted).length !== 2) throw new Error(`short-imports: ${quoted} is not once in the bindings`);
    js = js.replace(quoted, '"a"');
    for (const [name, short] of renamed) {
      const key = new RegExp(`(?<![\\w$])${name}(?=:)`, 'g');
      const found = js.match(key)?.length ?? 0;
      if (found !== 1 || js.split(name).length !== 2) {
        throw new Error(`short-imports: ${name} is not once, as a key, in the bindings`);
      }
      js = js.replace(key, short);
    }
    return { wasm: out, js, count: renamed.size };
  }
  throw new Error('short-imports: the wasm has no import section');
}
