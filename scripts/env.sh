# Sourced by the other scripts: tools on PATH, chromedriver for wasm-bindgen-test.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver
export TRUNK_OFFLINE=true
