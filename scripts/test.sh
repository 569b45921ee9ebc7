#!/usr/bin/env bash
# Set up what is missing, then run every test: format, lint, engine and CLI natively, the
# engine for wasm32, components in headless Chromium, the release build, end-to-end tests.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
. scripts/env.sh

step() { echo; echo "== $*"; }
step "cargo fmt --check";      cargo fmt --all -- --check
step "clippy (native)";        cargo clippy --workspace --all-targets -- -D warnings
step "clippy (wasm32 app)";    cargo clippy -p jianggao-app --target wasm32-unknown-unknown --all-targets -- -D warnings
step "stylesheet against the oldest browsers (stylelint, no unsupported browser features)"
stylelint --config scripts/stylelint.config.mjs static/style.css
echo "static/style.css: nothing the oldest browsers lack, but the leftovers scripts/stylelint.config.mjs allows"
if [ -d ../shared/corpus ]; then
  echo "corpus: ../shared/corpus is there: the engine, CLI and end-to-end corpus tests run too"
else
  echo "corpus: ../shared/corpus not found: only the fixtures in the repository are tested"
fi
step "engine + CLI tests";     cargo test
step "engine builds for wasm32"; cargo build -p jianggao-engine --target wasm32-unknown-unknown
step "component tests in headless Chromium"
cargo test -p jianggao-app --target wasm32-unknown-unknown
step "trunk build --release (tools from PATH, offline)"
# (the build's log and the CLI are found where cargo puts them: CARGO_TARGET_DIR may be elsewhere)
target=${CARGO_TARGET_DIR:-target}
log=$(mktemp); trap 'rm -f "$log"' EXIT
RUST_LOG=trunk=debug trunk build --release --offline > "$log" 2>&1 || { tail -40 "$log"; exit 1; }
# Trunk must take wasm-bindgen and wasm-opt from PATH, never download them
for tool in wasm-bindgen wasm-opt; do
  grep -q "using system installed binary: .*$tool" "$log" || { echo "trunk did not use $tool from PATH"; exit 1; }
done
ls -l dist/*.wasm dist/*.js
# the first load: every wasm and script but the two workers started on demand: the spreadsheet
# reader (a spreadsheet ledger opened) and the tools worker (a ledger read, a .docx written)
first=$(ls dist/*.wasm dist/*.js | grep -v -e '/ledger-reader' -e '/jianggao-tools')
each=0; for f in $first dist/*.css; do each=$((each + $(gzip -9 < "$f" | wc -c))); done
echo "first load, gzipped wasm + js: $(cat $first | gzip -9 | wc -c) bytes; as the browser fetches it (each file gzipped, the stylesheets too): $each bytes; later: the spreadsheet reader $(cat dist/ledger-reader* | gzip -9 | wc -c) bytes, the tools worker $(cat dist/jianggao-tools* | gzip -9 | wc -c) bytes"
step "every .wasm validated with wasm-tools: the first version of WebAssembly, Chrome 80's features"
node scripts/wasm-features.mjs
step "every script of the build parses as ES2020 (the page's classic ones as ES3)"
node scripts/check-es2020.mjs
step "end-to-end tests in headless Chromium"
node tests/e2e/run.mjs
step "Word export (tests/docx/run.py: CLI → LibreOffice → PDF → poppler)"; cargo build -q -p jianggao-cli && JIANGGAO="$target/debug/jianggao" python3 tests/docx/run.py
step "Word files in (crates/word/tests/compare.py: our fixtures → LibreOffice's text export)"; python3 crates/word/tests/compare.py
step "core walk in Firefox ESR and WebKitGTK"
node tests/e2e/browsers.mjs
echo; echo "all tests passed"
