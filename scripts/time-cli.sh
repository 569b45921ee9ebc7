#!/usr/bin/env bash
# Every CLI command on 2 MB of each hostile shape (issue 31: one huge line, short lines, runs of
# one placeholder, bracket or figure, each rule's words with no sentence end), timed: CPU
# seconds and wall seconds, a line each, marked when over 2 s. Prints figures, asserts nothing.
#   ./scripts/time-cli.sh [BIN]        (default target/release/jianggao, built if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-target/release/jianggao}
[ -x "$bin" ] || cargo build --release -q -p jianggao-cli
bin=$(realpath "$bin")
dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
cp crates/engine/tests/fixtures/ledger/baishi.csv "$dir/l.csv"; echo '{}' > "$dir/v.json"
python3 - "$dir" <<'PY'
import sys
shapes = {
    'one-long-line': '全县共实施重大项目xx个，总投资xx亿元，完成投资【完成投资】亿元，同比增长x%，',
    'short-lines': '同志们：\n', 'x个-line': 'x个', 'dates-line': 'x年x月x日',
    'placeholder-lines': 'xx个\n', 'bracket-lines': '[ ]\n', 'paren-lines': '（ ）\n',
    'punctuation': '，。、；！？', '【-run': '【',
    'figure-words': '全年安排重点项目195个，其中续建104个、新建84个，开工12个，开工率为50%，到位6亿元，',
    'place-words': '在池州召开全县推进会，建设美丽池州，我代表县委，与黄山区合作，十三五期间，县长，区委，',
}
for name, unit in shapes.items():
    n = 2 * 1024 * 1024
    s = (unit * (n // len(unit.encode()) + 1)).encode()[:n].decode('utf-8', 'ignore')
    open(f'{sys.argv[1]}/{name}.txt', 'w').write(s)
PY
cd "$dir"
TIMEFORMAT='%U %S %R'
for f in *.txt; do
  for cmd in "check F --place 东川区 --level 区 --year 2026" "check --ledger l.csv F" "fields F --json" \
             "fill --ledger l.csv F" "fill F --values v.json" "clean F" "export F --docx -o o.docx" \
             "export F --to md" "unchanged F F"; do
    t=$( { time "$bin" ${cmd//F/$f} >/dev/null 2>&1; } 2>&1 | tail -1) || true
    echo "${f%.txt}|$cmd|$t"
  done
done | awk -F'|' '{ split($3, a, " "); cpu = a[1] + a[2]; wall = a[3]; if (wall > worst) worst = wall
  printf "%-22s %-48s cpu %5.2f s  wall %5.2f s%s\n", $1, $2, cpu, wall, (wall > 2 ? "  OVER 2 s" : "") }
  END { printf "slowest command: %.2f s wall (2 MB each)\n", worst }'
