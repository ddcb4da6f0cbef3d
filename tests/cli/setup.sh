# Sourced by every golden test: a fixed clock and a short name for the binary.
export FUNDLEDGER_NOW=2026-11-27T00:00:00Z
unset FUNDLEDGER_JOURNAL
fundledger() { "$FUNDLEDGER" "$@"; }
# The journal's fingerprint, to show that a refused command changed nothing.
fingerprint() { sha256sum "$1" | cut -c1-16; }
