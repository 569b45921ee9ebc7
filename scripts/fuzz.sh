#!/usr/bin/env bash
# The long fuzz run by hand: each property test file (`props`, `sessions`, `entries`: the engine's
# entry points; `bounds`: the spreadsheet reader's, in crates/sheets) runs again and again with
# fresh random seeds for at least MINUTES minutes (default 10), in release mode, each round with
# its case counts multiplied by JIANGGAO_FUZZ (default 20). Prints rounds, cases and time.
#   ./scripts/fuzz.sh [MINUTES] [TARGET…]
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=${1:-10}; shift || true
targets=("$@"); [ ${#targets[@]} -gt 0 ] || targets=(props sessions entries bounds)
export JIANGGAO_FUZZ=${JIANGGAO_FUZZ:-20}
for t in "${targets[@]}"; do
  pkg=jianggao-engine; dir=crates/engine
  [ "$t" = bounds ] && { pkg=jianggao-sheets; dir=crates/sheets; }
  cargo test --release -q -p "$pkg" --test "$t" --no-run 2>/dev/null
  start=$(date +%s); rounds=0; cases=0
  while [ $(( $(date +%s) - start )) -lt $(( minutes * 60 )) ]; do
    log=$(mktemp)
    if ! cargo test --release -q -p "$pkg" --test "$t" >"$log" 2>&1; then
      cat "$log"; echo "fuzz $t: FAILED in round $((rounds + 1))"; exit 1
    fi
    rm -f "$log"
    rounds=$((rounds + 1))
  done
  n=$(grep -c '#\[test\]' "$dir/tests/$t.rs" || true)
  echo "fuzz $t: $rounds rounds × JIANGGAO_FUZZ=$JIANGGAO_FUZZ in $(( $(date +%s) - start )) s, no failure ($n properties)"
done
