#!/usr/bin/env bash
# Quick start, step 1: install what is missing (Debian packages), build the release preset, and
# run the main job on the shipped example. Safe to run twice.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake --preset release > /dev/null
cmake --build --preset release -j "$(nproc)"
bin=build/release/ledger/cli/fundledger
journal=build/examples/madani.jsonl
mkdir -p build/examples
rm -f "$journal"
# The example's journal is rebuilt from its CSV files each time, with a fixed clock, so the
# figures (and the head hash) are the same on every machine.
export FUNDLEDGER_NOW=2026-11-27T00:00:00Z
"$bin" -f "$journal" init --ledger-id madani --target 700000 > /dev/null
"$bin" -f "$journal" import examples/madani
echo
echo "== fundledger -f $journal report progress"
"$bin" -f "$journal" report progress
echo
echo "== fundledger -f $journal report csos"
"$bin" -f "$journal" report csos
