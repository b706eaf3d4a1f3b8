#!/usr/bin/env bash
# The reference portal's PostgreSQL scale test (examples/portal/test/scale/run.ts): 4 scheduler
# worker processes and concurrent clerk writes over 10 000 complaints. On a fresh Debian machine as
# root it installs PostgreSQL from the operating system's packages and starts it; elsewhere, without
# a server and without DATABASE_URL, it says it skipped.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ -z "${DATABASE_URL:-}" ]; then
  if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    else
      echo "SKIPPED: portal PostgreSQL scale test (no PostgreSQL, not root on Debian; set DATABASE_URL to run it)"
      exit 0
    fi
  fi
  version=$(ls /usr/lib/postgresql | sort -n | tail -1)
  if ! pg_lsclusters -h | grep -q online; then
    pg_lsclusters -h | grep -q "^$version main" || pg_createcluster "$version" main >/dev/null
    pg_ctlcluster "$version" main start
    # Leave no server running behind the test.
    trap 'pg_ctlcluster "$version" main stop' EXIT
  fi
  su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname = 'portal'\"" | grep -q 1 ||
    su postgres -c "psql -qc \"CREATE ROLE portal LOGIN PASSWORD 'portal'\""
  su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname = 'portal_scale'\"" | grep -q 1 ||
    su postgres -c "createdb -O portal portal_scale"
  export DATABASE_URL="postgres://portal:portal@localhost:5432/portal_scale"
fi

npx tsx examples/portal/test/scale/run.ts
