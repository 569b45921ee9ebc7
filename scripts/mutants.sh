#!/usr/bin/env bash
# Mutation testing with cargo-mutants: every small break of the rule registry
# (crates/engine/src/finding.rs), the ledger figures (crates/engine/src/ledger/figures.rs) and
# the app's view functions (the view-model makers of src/*/view.rs, src/editor/marks.rs and
# src/editor/preview.rs, tested natively) must make a test fail.
#
# Each mutant is one build and one test run, so this takes tens of minutes on two cores: it is
# NOT part of scripts/test.sh nor of CI. Run it by hand after changing these files or their
# tests, and read target/mutants.out/missed.txt.
#
#   scripts/mutants.sh                  all three files
#   scripts/mutants.sh engine           the two engine files
#   scripts/mutants.sh app              the app's views
#   scripts/mutants.sh engine -j 2      more arguments go to cargo mutants
set -euo pipefail
cd "$(dirname "$0")/.."

command -v cargo-mutants >/dev/null || cargo install --locked cargo-mutants

which=${1:-all}
[ $# -gt 0 ] && shift
out=${CARGO_TARGET_DIR:-target}
mkdir -p "$out"

# The engine's mutants run the test targets about these files: the whole suite would take
# hours (tests/linear.rs alone takes minutes in a debug build). --no-fail-fast: every mutant's
# log then names every test that caught it.
engine() {
  cargo mutants --package jianggao-engine --output "$out/engine" \
    --file crates/engine/src/finding.rs --file crates/engine/src/ledger/figures.rs "$@" \
    -- --no-fail-fast --lib --test registry --test figures --test ledger --test rules --test golden
}
app() {
  cargo mutants --package jianggao-app --output "$out/app" \
    --file src/fields/view.rs --file src/checks/view.rs --file src/outline/view.rs \
    --file src/editor/marks.rs --file src/editor/preview.rs --file src/shell/target.rs "$@" -- --lib
}

case "$which" in
  engine) engine "$@" ;;
  app) app "$@" ;;
  all) engine "$@"; app "$@" ;;
  *) echo "usage: $0 [all|engine|app] [cargo mutants options]" >&2; exit 2 ;;
esac
