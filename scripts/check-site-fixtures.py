#!/usr/bin/env python3
"""Check the web-junk fixtures in crates/engine/tests/fixtures/sites.

Every <name>.txt has a <name>.expect with two sections, [junk] and [keep]; each entry is one
line, an exact substring of the fixture. The script checks that each entry occurs in its
fixture, that no entry has leading/trailing whitespace, that no [keep] entry contains a [junk]
entry (the two lists would contradict each other), and that one-line.txt has no line break.
Run: python3 scripts/check-site-fixtures.py   (exit status 1 on any problem)
"""
import pathlib
import sys

DIR = pathlib.Path(__file__).resolve().parent.parent / "crates/engine/tests/fixtures/sites"


def parse(path):
    sections = {"junk": [], "keep": []}
    current = None
    for n, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if line in ("[junk]", "[keep]"):
            current = line[1:-1]
        elif line == "":
            continue
        elif current is None:
            raise ValueError(f"{path.name}:{n}: entry before a section header")
        else:
            sections[current].append((n, line))
    return sections


def main():
    problems = []
    fixtures = sorted(DIR.glob("*.txt"))
    for txt in fixtures:
        exp = txt.with_suffix(".expect")
        if not exp.exists():
            problems.append(f"{txt.name}: no .expect")
            continue
        text = txt.read_text(encoding="utf-8")
        try:
            sec = parse(exp)
        except ValueError as e:
            problems.append(str(e))
            continue
        for kind, entries in sec.items():
            for n, entry in entries:
                if entry != entry.strip():
                    problems.append(f"{exp.name}:{n}: {kind} entry has surrounding whitespace")
                if entry not in text:
                    problems.append(f"{exp.name}:{n}: {kind} entry not in fixture: {entry!r}")
        for kn, keep in sec["keep"]:
            for jn, junk in sec["junk"]:
                if junk in keep:
                    problems.append(f"{exp.name}: keep line {kn} contains junk line {jn} ({junk!r})")
        if txt.name == "one-line.txt" and "\n" in text:
            problems.append("one-line.txt has a line break")
        print(f"{txt.name}: {len(sec['junk'])} junk, {len(sec['keep'])} keep")
    for exp in sorted(DIR.glob("*.expect")):
        if not exp.with_suffix(".txt").exists():
            problems.append(f"{exp.name}: no fixture")
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(fixtures)} fixtures, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
