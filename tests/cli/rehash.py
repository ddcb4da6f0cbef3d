"""Rewrites a journal the way a forger would: each line decoded, edited, and sealed again with
its prev and own hash recomputed (docs/format/journal.md §2). For the golden tests' forgeries:

    import sys; sys.path.insert(0, TESTDIR); from rehash import rewrite
    rewrite("j.jsonl", "forged.jsonl", lambda i, obj: ...)   # edit obj in place; i is 0-based
"""
import hashlib
import json


def rewrite(src, dst, edit):
    lines = open(src, "rb").read().split(b"\n")[:-1]
    out, prev = [], "0" * 64
    for i, raw in enumerate(lines):
        obj = json.loads(raw)
        edit(i, obj)
        obj["prev"] = prev
        del obj["hash"]
        head = json.dumps(obj, separators=(",", ":"), ensure_ascii=False).encode()[:-1]
        line = head + b',"hash":"' + hashlib.sha256(head).hexdigest().encode() + b'"}'
        out.append(line)
        prev = hashlib.sha256(line).hexdigest()
    open(dst, "wb").write(b"\n".join(out) + b"\n")
