#!/usr/bin/env bash
# The generated API reference (docs/api) is what TypeDoc makes of the sources today: regenerates it
# into a temporary folder and fails, naming the files, when it differs (fix: `npm run docs:api`), or
# when an exported declaration, or a member of a hand-written type or zod schema, has no TSDoc comment
# (see scripts/check-api-docs.mjs).
# Run after `npm test`, not in it: TypeDoc takes about a minute.
set -euo pipefail
cd "$(dirname "$0")/../.."
node scripts/check-api-docs.mjs
