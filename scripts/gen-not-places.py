#!/usr/bin/env python3
"""Words that contain a place's name but are no place: crates/engine/data/not-places.txt.

A place finder that matches names inside other words reports 示范县 as 范县 and 水资源工作 as
资源县. This lists the common words (from a segmenter's dictionary, with their frequency) in
which a division's full name or short form sits after the word's first character, so the finder
can see the longer word and skip the match. Words of places (ns), people and organizations are
left out: they are about a place.

    python3 scripts/gen-not-places.py path/to/jieba/dict.txt > crates/engine/data/not-places.txt

It also lists, whole, a county's short form that is itself an ordinary word (`合作`, `比如`,
`延长`: tagged a verb, adjective, adverb, locative… with frequency >= WORD_FREQ; the finder does not
take it as a short form). Nouns are left out: the dictionary tags many places as nouns.

The dictionary is jieba's (MIT, `pip install jieba`, jieba/dict.txt: word, frequency, tag).
"""
import sys
from collections import defaultdict
from pathlib import Path

MIN_FREQ = 3
WORD_FREQ = 500
WORD_TAGS = {"v", "vn", "vd", "a", "ad", "an", "d", "c", "f", "m", "t", "b", "p", "s", "l", "i", "q", "r", "u"}
SUFFIXES = ["特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州",
            "自治县", "自治旗", "地区", "林区", "新区", "省", "市", "县", "区", "盟", "旗"]

root = Path(__file__).resolve().parent.parent
names = set()
county_shorts = set()
for line in (root / "crates/engine/data/divisions.tsv").read_text().splitlines():
    if line.startswith("#") or "\t" not in line:
        continue
    code, name = line.split("\t")[:2]
    names.add(name)
    for s in SUFFIXES:
        if name.endswith(s) and len(name) - len(s) >= 2 and "族" not in name[: -len(s)]:
            names.add(name[: -len(s)])
            if int(code) >= 100000:
                county_shorts.add(name[: -len(s)])
            break
by_first = defaultdict(list)
for n in names:
    by_first[n[0]].append(n)

out = set()
for line in open(sys.argv[1], encoding="utf8"):
    word, freq, tag = line.split()
    if word in county_shorts and tag in WORD_TAGS and int(freq) >= WORD_FREQ:
        out.add(word)
    if int(freq) < MIN_FREQ or tag.startswith("ns") or tag in ("nr", "nrt", "nt", "nz"):
        continue
    for i in range(1, len(word)):
        if any(word.startswith(n, i) for n in by_first.get(word[i], ())):
            out.add(word)
            break
print("# words that contain a place name after their first char, and county short forms that are words (scripts/gen-not-places.py)")
for w in sorted(out):
    print(w)
