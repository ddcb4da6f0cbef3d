"""Appends N `part` lines with no commit to a journal, as a crash mid-unit would leave them."""
import hashlib
import sys

path, count = sys.argv[1], int(sys.argv[2])
data = open(path, "rb").read()
lines = data.split(b"\n")[:-1]
prev = hashlib.sha256(lines[-1]).hexdigest()
seq = len(lines)
with open(path, "ab") as out:
    for i in range(count):
        body = (b'{"seq":%d,"prev":"%s","frame":"part","type":"txn","id":"U-%d","recorded_at":"2026-11-27T00:00:00Z",'
                b'"date":"2024-03-01","posting_date":"2024-03-01","description":"","postings":['
                b'{"account":"Assets:Bank:X","amount":"1.00","currency":"USD"},'
                b'{"account":"Equity:Opening","amount":"-1.00","currency":"USD"}]' % (seq, prev.encode(), i))
        line = body + b',"hash":"' + hashlib.sha256(body).hexdigest().encode() + b'"}'
        out.write(line + b"\n")
        prev = hashlib.sha256(line).hexdigest()
        seq += 1
