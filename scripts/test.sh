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
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
node --import tsx --test --test-concurrency=2 --test-reporter=spec "${files[@]}" 2>&1 | tee "$log" || status=$?
# One plain closing line that any CI reads, from the runner's own totals.
count() { grep -E "^ℹ $1 [0-9]+$" "$log" | tail -n 1 | awk '{print $3}'; }
echo "tests: $(count pass) passed, $(count fail) failed, $(count skipped) skipped"
exit "$status"
