`init` on a symbolic link to nothing is refused with a message that says so (it used to say "a
journal already exists here", which is not true); nothing is created at the link or its target.

  $ . "$TESTDIR/../setup.sh"
  $ ln -s missing/target.jsonl j.jsonl
  $ fundledger -f j.jsonl init --ledger-id demo --target 700000
  j.jsonl: error: is a symbolic link to nothing; init does not create a journal through a link (give the path the journal should have, or remove the link); nothing was written
  [1]
  $ ls
  j.jsonl
  $ ln -s j2.jsonl dangling.jsonl
  $ fundledger -f dangling.jsonl init --ledger-id demo --target 700000
  dangling.jsonl: error: is a symbolic link to nothing; init does not create a journal through a link (give the path the journal should have, or remove the link); nothing was written
  [1]
  $ ls
  dangling.jsonl
  j.jsonl
