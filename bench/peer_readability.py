#!/usr/bin/python3
"""Peer benchmark: readability-lxml against newsbeam's extractor on the same real pages.

Runs readability-lxml (Debian python3-readability) over the 181 pages of the shared
article-extraction benchmark, then newsbeam's ContentExtractor through the Java bench
(org.newsbeam.bench.CoreThroughput, which also writes its texts), and scores both texts here
with the benchmark's own metric: \\w+ word 4-gram multisets, per-page precision and recall
averaged over pages, F1 of the two means.

Speed is pages per second of one thread on pages already in memory: wall time and the process's
CPU time (readability runs in this single-threaded process; the Java figure counts the JVM's GC
and JIT threads too). Median over --rounds rounds.

Usage (from the repository root, after `mvn -o -q package -DskipTests test-compile`):
  /usr/bin/python3 bench/peer_readability.py [--rounds=3] [--dir=BENCHMARK_DIR]
Needs the classpath file target/cp.txt
(`mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt`).
"""
import gzip
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter

WORD = re.compile(r"\w+")
BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
         "tr", "td", "th", "section", "article", "figcaption", "ul", "ol", "table", "dd", "dt"}


def locate(explicit):
    cands = [explicit] if explicit else ["../shared/benchmarks/article-extraction",
                                          "../../shared/benchmarks/article-extraction"]
    for c in cands:
        if os.path.isfile(os.path.join(c, "ground-truth.json")) and os.path.isdir(os.path.join(c, "html")):
            return c
    sys.stderr.write("Benchmark pages not found: looked for %s (ground-truth.json and html/). "
                     "This data is not part of the repository.\n" % " and ".join(cands))
    sys.exit(2)


def shingles(text):
    words = WORD.findall(text)
    return Counter(tuple(words[i:i + 4]) for i in range(len(words) - 3))


def score(predicted, truth):
    """The benchmark's metric over the pages of truth; predicted maps id to text."""
    ps, rs = [], []
    for pid, want_text in truth.items():
        got = shingles(predicted.get(pid, ""))
        want = shingles(want_text)
        tp = sum(min(c, want[g]) for g, c in got.items())
        fp = sum(got.values()) - tp
        fn = sum(want.values()) - tp
        if tp + fp > 0:
            ps.append(tp / (tp + fp))
        if tp + fn > 0:
            rs.append(tp / (tp + fn))
    p = sum(ps) / len(ps) if ps else 0.0
    r = sum(rs) / len(rs) if rs else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f1


def text_of(summary_html):
    """Text of readability's HTML, a line break after each block so words do not run together."""
    import lxml.html
    if not summary_html.strip():
        return ""
    root = lxml.html.fromstring(summary_html)
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in BLOCK:
            el.tail = "\n" + (el.tail or "")
    lines = (" ".join(l.split()) for l in root.text_content().split("\n"))
    return "\n".join(l for l in lines if l)


def uptime():
    with open("/proc/loadavg") as f:
        return "load average " + " ".join(f.read().split()[:3])


def main():
    rounds = 3
    explicit = None
    for a in sys.argv[1:]:
        if a.startswith("--rounds="):
            rounds = int(a.split("=", 1)[1])
        elif a.startswith("--dir="):
            explicit = a.split("=", 1)[1]
    bench_dir = locate(explicit)
    try:
        from readability import Document
        import readability
    except ImportError:
        sys.stderr.write("readability-lxml is missing: apt-get install -y python3-readability "
                         "(and run this with /usr/bin/python3)\n")
        sys.exit(3)
    with open(os.path.join(bench_dir, "ground-truth.json"), encoding="utf-8") as f:
        gt = json.load(f)
    ids, htmls, urls, truth = [], [], [], {}
    for pid, entry in gt.items():
        path = os.path.join(bench_dir, "html", pid + ".html.gz")
        if not os.path.isfile(path):
            continue
        with gzip.open(path, "rb") as f:
            htmls.append(f.read().decode("utf-8", errors="replace"))
        ids.append(pid)
        urls.append(entry.get("url", ""))
        truth[pid] = entry.get("articleBody", "")

    import logging
    logging.getLogger("readability").setLevel(logging.CRITICAL)

    def run_readability():
        out = {}
        for pid, html, url in zip(ids, htmls, urls):
            try:
                out[pid] = text_of(Document(html, url=url).summary(html_partial=True))
            except Exception:  # readability gives up on some pages; that page scores as empty
                out[pid] = ""
        return out

    print("readability-lxml %s, %d pages, %s" % (getattr(readability, "__version__", "?"), len(ids), uptime()))
    predicted = run_readability()  # also the warm-up pass
    rp, rr, rf1 = score(predicted, truth)
    wall, cpu = [], []
    for _ in range(rounds):
        c0, t0 = time.process_time(), time.perf_counter()
        run_readability()
        t1, c1 = time.perf_counter(), time.process_time()
        wall.append(len(ids) / (t1 - t0))
        cpu.append(len(ids) / (c1 - c0))
    r_wall, r_cpu = statistics.median(wall), statistics.median(cpu)

    print("newsbeam (java CoreThroughput), %s" % uptime())
    cp_file = os.path.join("target", "cp.txt")
    with open(cp_file) as f:
        cp = "target/test-classes:target/classes:" + f.read().strip()
    with tempfile.TemporaryDirectory() as tmp:
        dump = os.path.join(tmp, "newsbeam.json")
        res = subprocess.run(["java", "-Xms1g", "-Xmx1g", "-cp", cp, "org.newsbeam.bench.CoreThroughput",
                              bench_dir, "--rounds=%d" % max(rounds, 5), "--dump=" + dump],
                             capture_output=True, text=True, check=True)
        with open(dump, encoding="utf-8") as f:
            nb = {k: v.get("articleBody", "") for k, v in json.load(f).items()}
    sys.stdout.write(res.stdout)
    m = re.search(r"RESULT (.*)", res.stdout)
    vals = dict(kv.split("=") for kv in m.group(1).split())
    n_wall, n_cpu = float(vals["extract_wall"]), float(vals["extract_cpu"])
    np_, nr, nf1 = score(nb, truth)

    print()
    print("%-22s %10s %10s %8s %8s %8s" % ("", "pages/s", "pages/s", "P", "R", "F1"))
    print("%-22s %10s %10s" % ("", "wall", "CPU"))
    print("%-22s %10.1f %10.1f %8.4f %8.4f %8.4f" % ("readability-lxml", r_wall, r_cpu, rp, rr, rf1))
    print("%-22s %10.1f %10.1f %8.4f %8.4f %8.4f" % ("newsbeam extractor", n_wall, n_cpu, np_, nr, nf1))
    ratio_cpu, ratio_wall = n_cpu / r_cpu, n_wall / r_wall
    met = ratio_cpu >= 5 and nf1 > rf1
    print("speed ratio %.1fx (CPU), %.1fx (wall); F1 %.4f vs %.4f; target >= 5x at higher F1: %s"
          % (ratio_cpu, ratio_wall, nf1, rf1, "met" if met else "MISSED"))
    print("rounds: readability median of %d, newsbeam median of %d; %s" % (rounds, max(rounds, 5), uptime()))


if __name__ == "__main__":
    main()
