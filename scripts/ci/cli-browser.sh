#!/usr/bin/env bash
# The HTML report of `pengaduan audit`, opened in a real browser: Chromium from Debian's packages
# (nothing downloaded by npm install scripts), driven by playwright-core. Run as root in CI; locally
# without root or apt it says so and stops, and the test skips itself when Chromium is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "cli-browser: /usr/bin/chromium is missing and cannot be installed here (needs root and apt-get); skipped" >&2
    exit 0
  fi
fi
npx vitest run test/cli/report.browser.test.ts
