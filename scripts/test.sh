#!/usr/bin/env bash
# Quick start, step 2: the whole test suite — unit tests, golden CLI tests, the independent
# verifier, schema validation, the ledger-cli/hledger/beancount cross-check — on the release
# build and again on an AddressSanitizer + UndefinedBehaviorSanitizer build.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
jobs=$(nproc)
for preset in release asan; do
  echo "== $preset: build"
  cmake --preset "$preset" > /dev/null
  cmake --build --preset "$preset" -j "$jobs"
  echo "== $preset: test"
  ctest --preset "$preset" -j "$jobs"
done
