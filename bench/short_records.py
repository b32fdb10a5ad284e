#!/usr/bin/env python3
"""Short JSON-lines records for the memory runs of issue #14.

Usage: bench/short_records.py OUT_DIR RECORDS [PER_FILE]
Writes RECORDS one-sentence records (about 200 bytes each), all in OUT_DIR/records.jsonl, or
PER_FILE records per file (records-00000.jsonl, ...). Sentences are built from a few word lists,
so every record is its own article with its own URL, and some name actors and events of the
default study.
"""
import json
import os
import sys

WHO = ["Officials in Kyiv", "The Ukrainian army", "Russian forces", "The defence ministry", "NATO envoys",
       "Local authorities", "A regional governor", "Air defence units"]
DID = ["said {n} drones were shot down overnight", "reported shelling near the front line",
       "held talks about grain shipments", "announced a new aid package of {n} armoured vehicles",
       "described heavy fighting in the east", "warned of further strikes on power plants"]
WHEN = ["on Monday", "on Tuesday", "late on Wednesday", "this week", "early on Friday"]


def record(i):
    text = "{} {} {}, according to a statement published by the press office.".format(
        WHO[i % len(WHO)], DID[(i // 7) % len(DID)].format(n=3 + i % 40), WHEN[(i // 3) % len(WHEN)])
    day = 1 + i % 28
    return {"url": "https://short.example.org/news/{}".format(i), "title": "Brief {}".format(i),
            "published": "2025-03-{:02d}".format(day), "text": text}


def main():
    out, n = sys.argv[1], int(sys.argv[2])
    per_file = int(sys.argv[3]) if len(sys.argv) > 3 else n
    os.makedirs(out, exist_ok=True)
    f = None
    for i in range(n):
        if i % per_file == 0:
            if f:
                f.close()
            name = "records.jsonl" if per_file == n else "records-{:05d}.jsonl".format(i // per_file)
            f = open(os.path.join(out, name), "w")
        f.write(json.dumps(record(i)) + "\n")
    if f:
        f.close()


if __name__ == "__main__":
    main()
