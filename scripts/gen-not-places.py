#!/usr/bin/env python3
"""Words that contain a place's name but are no place: crates/engine/data/not-places.txt.

A place finder that matches names inside other words reports 示范县 as 范县 and 水资源工作 as
资源县. This lists the common words (from a segmenter's dictionary, with their frequency) in
which a division's full name or short form sits after the word's first character, so the finder
can see the longer word and skip the match. Words of places (ns), people and organizations are
left out: they are about a place.

    python3 scripts/gen-not-places.py path/to/jieba/dict.txt > crates/engine/data/not-places.txt

The dictionary is jieba's (MIT, `pip install jieba`, jieba/dict.txt: word, frequency, tag).
"""
import sys
from collections import defaultdict
from pathlib import Path

MIN_FREQ = 3
SUFFIXES = ["特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州",
            "自治县", "自治旗", "地区", "林区", "新区", "省", "市", "县", "区", "盟", "旗"]

root = Path(__file__).resolve().parent.parent
names = set()
for line in (root / "crates/engine/data/divisions.tsv").read_text().splitlines():
    if line.startswith("#") or "\t" not in line:
        continue
    name = line.split("\t")[1]
    names.add(name)
    for s in SUFFIXES:
        if name.endswith(s) and len(name) - len(s) >= 2 and "族" not in name[: -len(s)]:
            names.add(name[: -len(s)])
            break
by_first = defaultdict(list)
for n in names:
    by_first[n[0]].append(n)

out = set()
for line in open(sys.argv[1], encoding="utf8"):
    word, freq, tag = line.split()
    if int(freq) < MIN_FREQ or tag.startswith("ns") or tag in ("nr", "nrt", "nt", "nz"):
        continue
    for i in range(1, len(word)):
        if any(word.startswith(n, i) for n in by_first.get(word[i], ())):
            out.add(word)
            break
print("# words that contain a place name after their first char (scripts/gen-not-places.py)")
for w in sorted(out):
    print(w)
