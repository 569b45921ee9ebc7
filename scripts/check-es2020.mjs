// Every script of a build parses as ES2020, the syntax Chrome 80, Firefox 78 and Safari 14 share
// (optional chaining, ??, dynamic import() and import.meta yes; ??=, numeric separators, class
// fields, top-level await no; nor regex lookbehind, which Safari lacks before 16.4): acorn set to
// ecmaVersion 2020, each file as the browser loads it.
// A module is what index.html loads as one (<script type="module">, modulepreload) and what a
// module imports; every other .js in the build is a classic script (the browser check, sw.js,
// the workers and their loaders, started by `new Worker(url)` without type: 'module').
// The page's classic scripts (the browser check, which also tells IE's engine to switch to
// 极速模式) and any inline one must be ES3 as well: no let, const, arrow functions, template
// strings, keywords as property names (acorn with ecmaVersion 3).
//
// Run on a build (scripts/test.sh does): node scripts/check-es2020.mjs [dist]
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'acorn';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dist = path.resolve(process.argv[2] || path.join(root, 'dist'));

const scripts = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
  const p = path.join(dir, e.name);
  if (e.name.startsWith('.')) return []; // Trunk's staging directory of a build in progress
  if (e.isDirectory()) return scripts(p);
  return e.name.endsWith('.js') || e.name.endsWith('.mjs') ? [p] : [];
});

const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const local = (url) => path.join(dist, url.replace(/^\.\//, '').split(/[?#]/)[0]);
const modules = new Set();
for (const m of html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)) modules.add(local(m[1]));
for (const m of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)) modules.add(local(m[1]));

const problems = [];
const parsed = new Map();
function check(file, sourceType) {
  const text = fs.readFileSync(file, 'utf8');
  try {
    const ast = parse(text, { ecmaVersion: 2020, sourceType, allowHashBang: false, locations: true });
    parsed.set(file, ast);
    return ast;
  } catch (e) {
    problems.push(`${path.relative(dist, file)} (${sourceType}): not ES2020: ${e.message}`);
    return null;
  }
}
// modules, then what they import (static and dynamic import of a relative path)
const queue = [...modules];
while (queue.length) {
  const file = queue.shift();
  if (!fs.existsSync(file)) {
    problems.push(`${path.relative(dist, file)}: loaded as a module by the page, not in the build`);
    continue;
  }
  const ast = check(file, 'module');
  if (!ast) continue;
  const found = [];
  (function walk(node) {
    if (!node || typeof node.type !== 'string') return;
    if ((node.type === 'ImportDeclaration' || node.type === 'ExportAllDeclaration' || node.type === 'ExportNamedDeclaration') && node.source) found.push(node.source.value);
    if (node.type === 'ImportExpression' && node.source.type === 'Literal') found.push(node.source.value);
    for (const key of Object.keys(node)) {
      const v = node[key];
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object' && key !== 'loc') walk(v);
    }
  })(ast);
  for (const spec of found) {
    if (!/^\.\.?\//.test(spec)) continue;
    const target = path.resolve(path.dirname(file), spec);
    if (!modules.has(target)) {
      modules.add(target);
      queue.push(target);
    }
  }
}
// the page's own classic scripts (the browser check) run in IE's engine too (360's 兼容模式):
// ES3, to say there why the app cannot start
const classic = new Set([...html.matchAll(/<script\b(?![^>]*\btype="module")[^>]*\bsrc="([^"]+)"/g)].map((m) => local(m[1])));
// (acorn's ES3 lets a keyword stand as a property name, `o.default`, which IE 8 refuses: looked for)
const RESERVED = new Set(('break case catch class const continue debugger default delete do else enum export extends '
  + 'false finally for function if import in instanceof new null return super switch this throw true try typeof var '
  + 'void while with').split(' '));
function es3(text) {
  const bad = [];
  (function walk(node) {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'MemberExpression' && !node.computed && RESERVED.has(node.property.name)) bad.push(`.${node.property.name}`);
    if (node.type === 'Property' && node.key.type === 'Identifier' && RESERVED.has(node.key.name)) bad.push(`{ ${node.key.name}: }`);
    for (const key of Object.keys(node)) {
      const v = node[key];
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') walk(v);
    }
  })(parse(text, { ecmaVersion: 3, sourceType: 'script' }));
  if (bad.length) throw new Error(`a keyword as a property name: ${bad.join(', ')}`);
}
for (const file of classic) {
  try {
    es3(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    problems.push(`${path.relative(dist, file)} (a classic script of the page): not ES3: ${e.message}`);
  }
}
const all = scripts(dist);
for (const file of all) if (!modules.has(file)) check(file, 'script');

// inline scripts left in index.html (the IE message): ES3, and nothing else inline
const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/\bsrc=/.test(m[1]));
for (const [, attrs, body] of inline) {
  if (/type="module"/.test(attrs)) problems.push('index.html: an inline module script');
  try {
    es3(body);
  } catch (e) {
    problems.push(`index.html: an inline script is not ES3: ${e.message}`);
  }
}

// ES2018's regex lookbehind parses as ES2020, but Safari has it only from 16.4: a script using it
// would not even load there
for (const [file, ast] of parsed) {
  (function walk(node) {
    if (!node || typeof node.type !== 'string') return;
    if (node.regex && /\(\?<[=!]/.test(node.regex.pattern)) problems.push(`${path.relative(dist, file)}: a regex lookbehind (Safari 16.4): /${node.regex.pattern}/`);
    for (const key of Object.keys(node)) {
      const v = node[key];
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object' && key !== 'loc' && key !== 'regex') walk(v);
    }
  })(ast);
}
for (const file of all) {
  const kind = modules.has(file) ? 'module' : classic.has(file) ? 'script, ES3 too' : 'script';
  console.log(`${parsed.has(file) ? 'ES2020 ok' : 'FAILS    '} ${path.relative(dist, file)} (${kind})`);
}
console.log(`${inline.length} inline script(s) in index.html, ES3`);
if (!all.length) problems.push(`no .js in ${dist}`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
