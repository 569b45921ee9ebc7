#!/usr/bin/env node
// Fact-rule findings per 10,000 characters on published texts of the genre, each checked with
// its own correct facts. The texts stay outside the repository: give their directory, which
// holds *.txt files and a facts.tsv of `file<TAB>place<TAB>level<TAB>year` lines (# comments).
//
//   node scripts/measure-facts.mjs DIR [path/to/jianggao]   (default target/release/jianggao)
//
// Prints, per text, its length and the findings of foreign-place, mixed-level, stale-time and
// source-leftover by severity, then every finding, then the totals per 10,000 characters.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { execFileSync } from "node:child_process";

const [dir, bin = "target/release/jianggao"] = process.argv.slice(2);
if (!dir) {
  console.error("usage: node scripts/measure-facts.mjs DIR [jianggao binary]");
  process.exit(2);
}
const RULES = new Set(["foreign-place", "mixed-level", "stale-time", "source-leftover"]);
const rows = readFileSync(join(dir, "facts.tsv"), "utf8")
  .split("\n")
  .filter((l) => l.trim() && !l.startsWith("#"))
  .map((l) => l.split("\t"));
let chars = 0;
const total = { error: 0, warning: 0, info: 0 };
const listed = [];
for (const [file, place, level, year] of rows) {
  const text = readFileSync(join(dir, file), "utf8");
  const n = [...text].length;
  chars += n;
  const args = ["check", "--json", "--place", place, "--level", level, "--year", year];
  let out;
  try {
    out = execFileSync(bin, [...args, join(dir, file)]).toString();
  } catch (e) {
    // the CLI exits 1 when it finds something; its JSON is on stdout all the same
    if (!e.stdout || e.stdout.length === 0) throw e;
    out = e.stdout.toString();
  }
  const found = JSON.parse(out).findings.filter((f) => RULES.has(f.rule));
  const by = { error: 0, warning: 0, info: 0 };
  for (const f of found) {
    by[f.severity]++;
    total[f.severity]++;
    listed.push(`  ${file} ${f.line}:${f.column} ${f.severity} ${f.rule} “${f.text}” ${f.message}`);
  }
  const per = ((found.length * 10000) / n).toFixed(1);
  console.log(
    `${file.padEnd(24)} ${place} ${level} ${year}  ${String(n).padStart(5)}字  ` +
      `error ${by.error} warning ${by.warning} info ${by.info}  (${per}/万字)`,
  );
}
console.log("\nfindings:");
console.log(listed.join("\n") || "  (none)");
const all = total.error + total.warning + total.info;
const per = (k) => ((k * 10000) / chars).toFixed(2);
console.log(
  `\n${rows.length} texts, ${chars} chars: ${all} findings = ${per(all)} per 10,000 chars ` +
    `(error ${per(total.error)}, warning ${per(total.warning)}, info ${per(total.info)}; ` +
    `counts ${total.error}/${total.warning}/${total.info})`,
);
