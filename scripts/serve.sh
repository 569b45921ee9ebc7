#!/usr/bin/env bash
# Set up what is missing, then build and serve the app on http://127.0.0.1:8080/
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
. scripts/env.sh
exec trunk serve --offline --address 127.0.0.1 --port "${PORT:-8080}" "$@"
