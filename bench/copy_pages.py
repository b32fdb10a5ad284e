#!/usr/bin/env python3
"""Copies the benchmark's real pages N times into DEST/copyNN/<id>.html for end-to-end runs.

Each copy must be a distinct article: a page's canonical URL (link rel=canonical, og:url) wins
over the file name in the pipeline, so in copy NN those URLs get the host prefix "cNN." and every
copy is its own article on its own site (no copy makes another's paragraphs look like site
chrome). The text is unchanged, so the copies still look syndicated to each other; that step's
cost is part of the run.

Usage: copy_pages.py BENCHMARK_DIR DEST_DIR COPIES
"""
import gzip
import os
import re
import sys

URL_TAG = re.compile(
    r"<(?:link|meta)\b[^>]*(?:rel\s*=\s*[\"']?canonical|og:url)[^>]*>", re.IGNORECASE)


def main():
    src, dest, copies = sys.argv[1], sys.argv[2], int(sys.argv[3])
    html_dir = os.path.join(src, "html")
    names = sorted(n for n in os.listdir(html_dir) if n.endswith(".html.gz"))
    pages = []
    for n in names:
        with gzip.open(os.path.join(html_dir, n), "rb") as f:
            pages.append((n[: -len(".html.gz")], f.read().decode("utf-8", errors="replace")))
    total = 0
    for k in range(copies):
        d = os.path.join(dest, "copy%03d" % k)
        os.makedirs(d, exist_ok=True)
        prefix = "://c%03d." % k
        for page_id, html in pages:
            out = URL_TAG.sub(lambda m: m.group(0).replace("://", prefix), html)
            with open(os.path.join(d, page_id + ".html"), "w", encoding="utf-8") as f:
                f.write(out)
            total += 1
    print("%d pages (%d x %d) in %s" % (total, len(pages), copies, dest))


if __name__ == "__main__":
    main()
