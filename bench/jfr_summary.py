#!/usr/bin/env python3
"""Where the time goes, from `jfr print --events jdk.ExecutionSample --stack-depth 96 X.jfr`.

Prints (1) the share of samples under each of the given root frames (e.g. the benchmark's three
workloads), (2) within one root, the share per step: the first frame below the root frame whose
class matches --step-prefix (by default org.newsbeam), and (3) the hottest self frames.

Usage: jfr_summary.py SAMPLES.txt [--root=SUBSTRING ...] [--focus=SUBSTRING] [--top=25]
"""
import re
import sys
from collections import Counter


def samples(path):
    stack, inside = [], False
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            s = line.strip()
            if s.startswith("stackTrace = ["):
                stack, inside = [], True
            elif inside and s == "]":
                inside = False
                yield stack
            elif inside and s and s != "...":
                stack.append(re.sub(r"\s+line:.*$", "", s))


def method(frame):
    return re.sub(r"\(.*$", "", frame)


def main():
    path = sys.argv[1]
    roots, focus, top, prefix = [], None, 25, "org.newsbeam."
    for a in sys.argv[2:]:
        if a.startswith("--root="):
            roots.append(a[7:])
        elif a.startswith("--focus="):
            focus = a[8:]
        elif a.startswith("--top="):
            top = int(a[6:])
        elif a.startswith("--step-prefix="):
            prefix = a[14:]
    all_samples = list(samples(path))
    n = len(all_samples)
    print("%d samples" % n)
    if roots:
        per_root = Counter()
        for st in all_samples:
            hit = next((r for r in roots if any(r in fr for fr in st)), "(other)")
            per_root[hit] += 1
        print("by root:")
        for r, c in per_root.most_common():
            print("  %5.1f%%  %s" % (100.0 * c / n, r))
    chosen = [st for st in all_samples if focus is None or any(focus in fr for fr in st)]
    if focus:
        steps = Counter()
        for st in chosen:
            # stack is leaf-first; find the focus frame, then the nearest step frame above the leaf side
            idx = max(i for i, fr in enumerate(st) if focus in fr)
            step = "(self: %s)" % method(st[idx])
            for fr in reversed(st[:idx]):
                if fr.startswith(prefix):
                    step = method(fr)
                    break
            steps[step] += 1
        print("under %s (%d samples), by first %s frame below it:" % (focus, len(chosen), prefix))
        for s, c in steps.most_common(top):
            print("  %5.1f%%  %s" % (100.0 * c / len(chosen), s))
    selfs = Counter(method(st[0]) for st in chosen if st)
    print("hottest self frames%s:" % (" under " + focus if focus else ""))
    for s, c in selfs.most_common(top):
        print("  %5.1f%%  %s" % (100.0 * c / max(1, len(chosen)), s))


if __name__ == "__main__":
    main()
