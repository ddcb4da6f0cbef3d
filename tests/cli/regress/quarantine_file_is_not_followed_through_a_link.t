The quarantine file is opened without following a symbolic link, and only when it is a regular
file of the writer's: a link planted in its place cannot make a writer append a torn tail to
another file. The writer refuses and changes nothing.

  $ . "$TESTDIR/../setup.sh"
  $ cp "$ROOT/examples/small/journal.jsonl" j.jsonl
  $ printf '{"seq":9,"prev":"00' >> j.jsonl
  $ cp j.jsonl before.jsonl
  $ printf 'precious\n' > victim
  $ ln -s victim j.jsonl.quarantine
  $ fundledger -f j.jsonl post --id T-NEXT --date 2024-03-01 --posting "Assets:Bank:BJB-3204 1 IDR cso=CSO-3204" --posting "Equity:Opening -1 IDR cso=CSO-3204"
  j.jsonl.quarantine: error: the quarantine file is a symbolic link; refusing to follow it (nothing was moved or written)
  [1]
  $ cat victim
  precious
  $ cmp j.jsonl before.jsonl && echo "journal unchanged"
  journal unchanged
