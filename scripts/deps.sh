#!/usr/bin/env bash
# Installs the Debian packages fundledger needs to build, test and benchmark, if any is missing.
# Safe to run twice: it calls apt-get only when something is not installed yet.
set -euo pipefail

packages=(
  # build
  g++ cmake ninja-build pkg-config
  # libraries (DESIGN §4)
  libboost-dev libhowardhinnant-date-dev tzdata libspdlog-dev libfmt-dev libcli11-dev
  libsimdjson-dev nlohmann-json3-dev libvalijson-dev libssl-dev libre2-dev
  # tests: unit tests, golden CLI tests, schema validation, peers cross-checks
  catch2 python3 python3-cram python3-jsonschema ledger hledger beancount
  # crash-point enumeration (tests/crash): records the writers' system calls
  strace
  # benchmark
  hyperfine time
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]} > 0)); then
  echo "installing: ${missing[*]}" >&2
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
