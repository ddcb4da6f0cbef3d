#!/usr/bin/env bash
# Benchmark fundledger (and, with --peers, ledger-cli, hledger and beancount) on
# synthetic journals made by bench/gen_journal.py. See docs/bench.md.
#
#   bash bench/run.sh                      # fundledger at 100k and 1M transactions
#   bash bench/run.sh --peers              # + ledger-cli, hledger, bean-check at 100k
#   bash bench/run.sh --peers --peers-1m   # + the peers at 1M too (slow: most of an hour)
#
# Options:
#   --sizes "100000 1000000"  sizes to measure (number of transactions)
#   --runs N                  measured runs per tool and size (default 5), after 1 warm-up;
#                             peers at sizes >= 1,000,000 use min(N, 3)
#   --seed S                  generator seed (default 1)
#   --peers                   also measure the peers (at sizes below 1,000,000 only)
#   --peers-1m                also measure the peers at sizes >= 1,000,000 (implies --peers)
#   --peer-runs-1m N          measured runs per peer at sizes >= 1,000,000 (default 3); with 1,
#                             the warm-up run is replaced by reading the file into the page cache
#   --only-peers              do not measure fundledger (e.g. before it is built)
#   --axis NAME               instead of transactions, grow one other dimension: parties,
#                             agreements, bank-accounts or statement-lines; the journal is
#                             built with fundledger init, import (and statement import) from
#                             files gen_journal.py --csv-dir writes; measures `verify` and
#                             `report csos` at each size
#   --axis-sizes "10000 20000 40000 80000"   the sizes of that dimension (default shown)
#
# Environment: FUNDLEDGER (default build/release/ledger/cli/fundledger, relative to the
# repository root), BENCH_DIR (default /tmp/fundledger-bench; generated journals are kept
# there and reused when they were made with the same n, seed and generator), PYTHON
# (default /usr/bin/python3), HYPERFINE=0 (time with a bash loop even if hyperfine is there).
#
# Output: one JSON object per tool and size, on stdout and in bench/results/latest.jsonl:
#   {"tool": "fundledger", "n": 100000, "median_s": 0.1234, "cpu_s": 0.21, "peak_rss_mb": 56.7}
# (median wall time, median CPU time user + system, largest peak resident set)
# A human summary, with each peer's median as a multiple of fundledger's, goes to stderr.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
cd "$root"

FUNDLEDGER=${FUNDLEDGER:-build/release/ledger/cli/fundledger}
BENCH_DIR=${BENCH_DIR:-/tmp/fundledger-bench}
PYTHON=${PYTHON:-/usr/bin/python3}
[[ -x $PYTHON ]] || PYTHON=python3

sizes="100000 1000000"
runs=5
seed=1
peers=0
peers_1m=0
only_peers=0
peer_runs_1m=3
axis=""
axis_sizes="10000 20000 40000 80000"

die() { echo "run.sh: $*" >&2; exit 1; }

while (($#)); do
  case $1 in
    --sizes) [[ $# -ge 2 ]] || die "--sizes needs a value"; sizes=$2; shift 2 ;;
    --sizes=*) sizes=${1#*=}; shift ;;
    --runs) [[ $# -ge 2 ]] || die "--runs needs a value"; runs=$2; shift 2 ;;
    --runs=*) runs=${1#*=}; shift ;;
    --seed) [[ $# -ge 2 ]] || die "--seed needs a value"; seed=$2; shift 2 ;;
    --seed=*) seed=${1#*=}; shift ;;
    --peers) peers=1; shift ;;
    --peers-1m) peers=1; peers_1m=1; shift ;;
    --only-peers) only_peers=1; peers=1; shift ;;
    --peer-runs-1m) [[ $# -ge 2 ]] || die "--peer-runs-1m needs a value"; peer_runs_1m=$2; shift 2 ;;
    --axis) [[ $# -ge 2 ]] || die "--axis needs a value"; axis=$2; shift 2 ;;
    --axis=*) axis=${1#*=}; shift ;;
    --axis-sizes) [[ $# -ge 2 ]] || die "--axis-sizes needs a value"; axis_sizes=$2; shift 2 ;;
    --axis-sizes=*) axis_sizes=${1#*=}; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument: $1 (see --help)" ;;
  esac
done

[[ $runs =~ ^[1-9][0-9]*$ ]] || die "--runs must be a positive integer"
[[ $peer_runs_1m =~ ^[1-9][0-9]*$ ]] || die "--peer-runs-1m must be a positive integer"
[[ $seed =~ ^[0-9]+$ ]] || die "--seed must be a non-negative integer"
for n in $sizes; do [[ $n =~ ^[1-9][0-9]*$ ]] || die "bad size: $n"; done
[[ -n ${sizes// /} ]] || die "--sizes is empty"

# --- tools ------------------------------------------------------------------------------
[[ -x /usr/bin/time ]] || die "GNU time (/usr/bin/time) is missing: install the Debian package 'time' (apt-get install time)"
if [[ ${HYPERFINE:-1} != 0 ]] && command -v hyperfine >/dev/null 2>&1; then
  have_hyperfine=1
else
  have_hyperfine=0
  echo "run.sh: hyperfine not found (Debian package 'hyperfine'); timing with a plain bash loop" >&2
fi
if ((!only_peers)); then
  [[ -x $FUNDLEDGER ]] || die "fundledger binary not found at '$FUNDLEDGER' (build it, set FUNDLEDGER, or use --only-peers)"
  FUNDLEDGER=$(cd "$(dirname "$FUNDLEDGER")" && pwd)/$(basename "$FUNDLEDGER")
fi
if ((peers)); then
  for t in ledger hledger bean-check; do
    command -v "$t" >/dev/null 2>&1 || die "--peers needs '$t' on PATH (Debian packages: ledger, hledger, beancount)"
  done
fi

mkdir -p "$BENCH_DIR" "$here/results"
results=$here/results/latest.jsonl
: >"$results"
gen_id=$(sha256sum "$here/gen_journal.py" | cut -c1-16)

# --- journals ---------------------------------------------------------------------------
# ensure_journals N WITH_PEER_FORMATS: generate into BENCH_DIR unless already there.
# A stamp file records the generator's hash so a changed generator regenerates.
ensure_journals() {
  local n=$1 want_peer=$2 base=$BENCH_DIR/bench-n$1-s$seed
  local stamp=$base.stamp ok=0
  if [[ -f $stamp && $(<"$stamp") == "$gen_id peer=1" && -f $base.jsonl && -f $base.ledger && -f $base.beancount ]]; then
    ok=1
  elif [[ $want_peer == 0 && -f $stamp && $(<"$stamp") == "$gen_id peer=0" && -f $base.jsonl ]]; then
    ok=1
  fi
  if ((ok)); then
    echo "run.sh: reusing $base.* (n=$n seed=$seed)" >&2
    return
  fi
  rm -f "$stamp"
  local args=(--n "$n" --seed "$seed" --out "$base.jsonl.tmp")
  if [[ $want_peer == 1 ]]; then
    args+=(--ledger-out "$base.ledger.tmp" --beancount-out "$base.beancount.tmp")
  fi
  echo "run.sh: generating n=$n seed=$seed into $BENCH_DIR" >&2
  "$PYTHON" "$here/gen_journal.py" "${args[@]}"
  mv -f "$base.jsonl.tmp" "$base.jsonl"
  if [[ $want_peer == 1 ]]; then
    mv -f "$base.ledger.tmp" "$base.ledger"
    mv -f "$base.beancount.tmp" "$base.beancount"
  fi
  echo "$gen_id peer=$want_peer" >"$stamp"
}

# --- measurement ------------------------------------------------------------------------
# measure TOOL N RUNS CMD...: 1 warm-up + RUNS runs; prints the JSON line.
declare -A median_of
summary=()
warmups=1  # warm-up runs before the measured ones (measure reads it)
measure() {
  local tool=$1 n=$2 nruns=$3; shift 3
  local tmp rss times
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/fundledger-bench-run.XXXXXX")
  rss=$tmp/rss
  echo "run.sh: $tool n=$n: $warmups warm-up + $nruns runs: $*" >&2
  if ((have_hyperfine)); then
    local q="" a
    for a in "$@"; do q+=" $(printf "'%s'" "${a//\'/\'\\\'\'}")"; done
    hyperfine -N --style basic --warmup "$warmups" --runs "$nruns" --export-json "$tmp/hf.json" \
      "/usr/bin/time -a -o '$rss' -f '%M %U %S'$q" >&2 \
      || { rm -rf "$tmp"; die "$tool failed on n=$n"; }
    times=$("$PYTHON" -c 'import json,sys; print(" ".join(repr(t) for t in json.load(open(sys.argv[1]))["results"][0]["times"]))' "$tmp/hf.json")
  else
    local i t0 t1
    times=""
    for ((i = 1 - warmups; i <= nruns; i++)); do
      t0=$EPOCHREALTIME
      /usr/bin/time -a -o "$rss" -f '%M %U %S' "$@" >/dev/null 2>"$tmp/err" \
        || { cat "$tmp/err" >&2; rm -rf "$tmp"; die "$tool failed on n=$n"; }
      t1=$EPOCHREALTIME
      ((i <= 0)) || times+=" $t0:$t1"
    done
    times=$("$PYTHON" -c 'import sys; print(" ".join(repr(float(b) - float(a)) for a, b in (x.split(":") for x in sys.argv[1:])))' $times)
  fi
  # median: sort, take the middle (mean of the two middle ones for an even count);
  # peak RSS: the largest maximum resident set size (KiB, GNU time %M) over all runs.
  local line
  line=$("$PYTHON" - "$tool" "$n" "$rss" $times <<'PY'
import json, sys
tool, n, rss_file, *ts = sys.argv[1:]
ts = sorted(float(t) for t in ts)
m = len(ts)
median = ts[m // 2] if m % 2 else (ts[m // 2 - 1] + ts[m // 2]) / 2
rows = [l.split() for l in open(rss_file).read().split("\n")]
rows = [r for r in rows if len(r) == 3 and r[0].isdigit()]
kib = [int(r[0]) for r in rows]
cpu = sorted(float(r[1]) + float(r[2]) for r in rows[-len(ts):])   # the measured runs
cpu_median = cpu[len(cpu) // 2] if len(cpu) % 2 else (cpu[len(cpu) // 2 - 1] + cpu[len(cpu) // 2]) / 2
print(json.dumps({"tool": tool, "n": int(n), "median_s": round(median, 4),
                  "cpu_s": round(cpu_median, 2), "peak_rss_mb": round(max(kib) / 1024, 1)}))
PY
)
  rm -rf "$tmp"
  echo "$line"
  echo "$line" >>"$results"
  median_of[$tool,$n]=$("$PYTHON" -c 'import json,sys; print(json.loads(sys.argv[1])["median_s"])' "$line")
  summary+=("$line")
}

# --- another axis: parties, agreements, bank accounts or statement lines ------------------
# ensure_axis_journal AXIS N: the journal at $BENCH_DIR/axis-AXIS-N.jsonl, built through the CLI.
ensure_axis_journal() {
  local ax=$1 n=$2 dir=$BENCH_DIR/axis-$1-$2 j=$BENCH_DIR/axis-$1-$2.jsonl
  local stamp=$j.stamp want
  want="$gen_id $(sha256sum "$FUNDLEDGER" | cut -c1-16)"
  if [[ -f $stamp && $(<"$stamp") == "$want" && -f $j ]]; then
    echo "run.sh: reusing $j" >&2
    return
  fi
  local args=(--csv-dir "$dir" --parties 200)
  case $ax in
    parties) args=(--csv-dir "$dir" --parties "$n") ;;
    agreements) args+=(--agreements "$n") ;;
    bank-accounts) args+=(--bank-accounts "$n") ;;
    statement-lines) args+=(--bank-accounts 1 --statement-lines "$n") ;;
    *) die "unknown axis: $ax (parties, agreements, bank-accounts, statement-lines)" ;;
  esac
  rm -rf "$dir" "$j" "$stamp"
  "$PYTHON" "$here/gen_journal.py" "${args[@]}"
  local fl=("$FUNDLEDGER" --now 2026-01-01T00:00:00Z -f "$j")
  "${fl[@]}" init --ledger-id "axis-$ax" >/dev/null
  "${fl[@]}" import "$dir" >/dev/null
  if [[ $ax == statement-lines ]]; then
    "${fl[@]}" statement import "$dir/statement/statement.csv" --bank-account BA-000001 \
      --mapping "$here/statement-mapping.json" --from 2024-01-02 --to 2024-12-31 >/dev/null
  fi
  rm -rf "$dir"
  echo "$want" >"$stamp"
}

if [[ -n $axis ]]; then
  ((!only_peers)) || die "--axis measures fundledger only"
  for n in $axis_sizes; do
    [[ $n =~ ^[1-9][0-9]*$ ]] || die "bad axis size: $n"
    ensure_axis_journal "$axis" "$n"
    j=$BENCH_DIR/axis-$axis-$n.jsonl
    measure "fundledger verify ($axis)" "$n" "$runs" "$FUNDLEDGER" -f "$j" verify
    measure "fundledger report csos ($axis)" "$n" "$runs" "$FUNDLEDGER" -f "$j" report csos
  done
  sizes=""
fi

for n in $sizes; do
  run_peers=0
  if ((peers)) && { ((n < 1000000)) || ((peers_1m)); }; then run_peers=1; fi
  ensure_journals "$n" "$run_peers"
  base=$BENCH_DIR/bench-n$n-s$seed
  if ((!only_peers)); then
    measure fundledger "$n" "$runs" "$FUNDLEDGER" -f "$base.jsonl" trial-balance
  fi
  if ((run_peers)); then
    pruns=$runs
    if ((n >= 1000000)); then pruns=$peer_runs_1m; fi
    if ((n >= 1000000 && pruns == 1)); then
      cat "$base.ledger" "$base.beancount" >/dev/null  # into the page cache, instead of a warm-up run
      warmups=0
    fi
    measure ledger-cli "$n" "$pruns" ledger -f "$base.ledger" balance
    measure hledger "$n" "$pruns" hledger -f "$base.ledger" balance
    # --no-cache: otherwise bean-check loads the pickle cache its warm-up run left behind
    measure beancount "$n" "$pruns" bean-check --no-cache "$base.beancount"
    warmups=1
  fi
done

# --- summary ----------------------------------------------------------------------------
{
  echo
  echo "summary (median wall time of $runs runs after 1 warm-up; peers at >= 1M: $peer_runs_1m run(s))"
  printf '  %-11s %9s %11s %12s %s\n' tool n median_s peak_rss_mb "vs fundledger"
  for line in ${summary[@]+"${summary[@]}"}; do
    "$PYTHON" - "$line" "${median_of[fundledger,$("$PYTHON" -c 'import json,sys; print(json.loads(sys.argv[1])["n"])' "$line")]:-}" <<'PY'
import json, sys
r = json.loads(sys.argv[1]); base = sys.argv[2]
ratio = ""
if not r["tool"].startswith("fundledger"):
    ratio = "%.1fx" % (r["median_s"] / float(base)) if base and float(base) > 0 else "n/a"
print("  %-11s %9d %11.4f %12.1f %s" % (r["tool"], r["n"], r["median_s"], r["peak_rss_mb"], ratio))
PY
  done
  echo "  results: $results"
} >&2
