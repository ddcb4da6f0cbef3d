# Sourced by every golden test: a fixed clock and a short name for the binary.
export FUNDLEDGER_NOW=2026-11-27T00:00:00Z
unset FUNDLEDGER_JOURNAL
fundledger() { "$FUNDLEDGER" "$@"; }
# The journal's fingerprint, to show that a refused command changed nothing.
fingerprint() { sha256sum "$1" | cut -c1-16; }
# A test that is not about the hash chain calls `hide_hashes` once; from then on every 64-digit
# hash the tool prints on standard output shows as <hash>, so a change of the journal's bytes
# that the test does not look at (a new member, a new format version) leaves its expected output
# as it is. The tests of the chain itself (init, post, torn, verify) keep the hashes.
hide_hashes() {
  fundledger() {
    "$FUNDLEDGER" "$@" | sed -E 's/[0-9a-f]{64}/<hash>/g'
    return "${PIPESTATUS[0]}"
  }
}
