#!/usr/bin/env bash
# Runs the unit, integration and end-to-end tests with the Node side's clock moved to another day
# (Debian's faketime), to prove the suite does not depend on the day it runs:
#   bash scripts/test-on-date.sh 2028-02-29
# Chromium hangs under faketime, so it runs on the real clock: the page takes "today" from the
# main process anyway, which is what this run checks.
set -euo pipefail
cd "$(dirname "$0")/.."
day="${1:?usage: test-on-date.sh YYYY-MM-DD}"
command -v faketime >/dev/null || { echo "faketime is missing: apt-get install faketime" >&2; exit 1; }

npm run build >/dev/null
wrapper="$(mktemp -d)/chromium"
trap 'rm -rf "$(dirname "$wrapper")"' EXIT
printf '#!/bin/sh\nexec env -u LD_PRELOAD -u FAKETIME -u FAKETIME_DONT_FAKE_MONOTONIC %s "$@"\n' \
  "${CHROMIUM_PATH:-/usr/bin/chromium}" >"$wrapper"
chmod +x "$wrapper"

# "@" starts the clock at that moment and lets it run; timers keep the real monotonic clock.
CHROMIUM_PATH="$wrapper" FAKETIME_DONT_FAKE_MONOTONIC=1 \
  faketime -f "@$day 09:00:00" npx vitest run --config tests/vitest.config.mts
