#!/usr/bin/env bash
# The reference portal's public pages in a real headless browser (examples/portal/test/browser/run.ts):
# Chromium from Debian's packages, driven by playwright-core (which downloads no browser). As root on
# Debian it installs Chromium; elsewhere without it, the test says it skipped.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ ! -x "${CHROMIUM:-/usr/bin/chromium}" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
npx tsx examples/portal/test/browser/run.ts
