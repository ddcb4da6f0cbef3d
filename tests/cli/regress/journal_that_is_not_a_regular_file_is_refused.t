A journal is a regular file. A FIFO given as the journal is refused at once (it used to block
`verify` for ever), and so is a directory; a writer refuses them too.

  $ . "$TESTDIR/../setup.sh"
  $ mkfifo pipe
  $ timeout 10 "$FUNDLEDGER" -f pipe verify
  pipe: error: the journal is not a regular file (a directory, device, FIFO or socket cannot be a journal)
  [1]
  $ timeout 10 "$FUNDLEDGER" -f pipe post --id T-1 --date 2024-03-01 --posting "Assets:Bank 1 IDR" --posting "Equity:Opening -1 IDR"
  pipe: error: the journal is not a regular file (a directory, device, FIFO or socket cannot be a journal)
  [1]
  $ mkdir dir
  $ fundledger -f dir balance
  dir: error: the journal is not a regular file (a directory, device, FIFO or socket cannot be a journal)
  [1]
