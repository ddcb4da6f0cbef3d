#!/usr/bin/env bash
# Quick start, step 1: install what is missing (Debian packages), build the release preset, and
# run the main job on the shipped example. Safe to run twice.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake --preset release > /dev/null
cmake --build --preset release -j "$(nproc)"
bin=build/release/ledger/cli/fundledger
journal=build/examples/small.jsonl
mkdir -p build/examples
FUNDLEDGER=$bin examples/small/make.sh "$journal" > /dev/null
echo
echo "== fundledger -f $journal verify"
"$bin" -f "$journal" verify
echo
echo "== fundledger -f $journal balance"
"$bin" -f "$journal" balance
echo
echo "== fundledger -f $journal trial-balance --by cso"
"$bin" -f "$journal" trial-balance --by cso
