`fundledger migrate` refuses what it cannot do and leaves nothing behind: an existing output file
(never overwritten), a journal that is already version 2, a damaged journal.

  $ . "$TESTDIR/../setup.sh"
  $ cp "$ROOT/examples/small/journal.jsonl" old.jsonl
  $ echo keep > taken.jsonl
  $ fundledger -f old.jsonl migrate --output taken.jsonl
  taken.jsonl: error: --output: a file already exists here; nothing was written
  [1]
  $ cat taken.jsonl
  keep
  $ fundledger -f old.jsonl migrate
  fundledger: error: --output is required
  (run `fundledger --help` for usage)
  [2]
  $ fundledger -f new.jsonl init --ledger-id v2 > /dev/null
  $ fundledger -f new.jsonl migrate --output newer.jsonl
  new.jsonl:1: error: is already format version 2: nothing to migrate (nothing was written)
  [1]
  $ sed '2s/25000000.00/25000001.00/' old.jsonl > damaged.jsonl
  $ fundledger -f damaged.jsonl migrate --output out.jsonl
  damaged.jsonl:2: error: journal damaged at line 2 (seq 1, byte *): its hash does not match its bytes: the line was altered or damaged (glob)
  [3]
  $ ls
  damaged.jsonl
  new.jsonl
  old.jsonl
  taken.jsonl
