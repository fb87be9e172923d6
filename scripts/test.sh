#!/usr/bin/env bash
# Runs every check: type check, lint, then all tests (unit, integration, browser).
# Node 20's test runner only globs .js, so the shell expands the file list here.
set -euo pipefail
shopt -s globstar nullglob
cd "$(dirname "$0")/.."
if [[ "${1:-}" != "--no-checks" ]]; then
  echo "== type check"; npx tsc --noEmit
  echo "== lint"; npx biome check .
fi
files=(src/**/*.test.ts src/**/*.test.tsx test/**/*.test.ts)
echo "== ${#files[@]} test files"
exec node --import tsx --test --test-concurrency=2 --test-reporter=spec "${files[@]}"
