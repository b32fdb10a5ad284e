#!/usr/bin/env python3
"""Summarises async-profiler's collapsed stacks: the samples under a root frame (optionally not
under an excluded one), by the root's direct callee, by the deepest newsbeam frame, and by leaf.

Usage: profile_summary.py STACKS.collapsed ROOT [EXCLUDE] [--top=N]
"""
import sys
from collections import Counter


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    top = next((int(a[6:]) for a in sys.argv[1:] if a.startswith("--top=")), 20)
    path, root = args[0], args[1]
    exclude = args[2] if len(args) > 2 else None
    total, leaf, callee, own = 0, Counter(), Counter(), Counter()
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            stack, _, n = line.rstrip().rpartition(" ")
            frames = stack.split(";")
            if not any(root in fr for fr in frames) or (exclude and any(exclude in fr for fr in frames)):
                continue
            n = int(n)
            total += n
            at = max(i for i, fr in enumerate(frames) if root in fr)
            callee[frames[at + 1] if at + 1 < len(frames) else "(self)"] += n
            ours = [fr for fr in frames[at + 1:] if "newsbeam" in fr]
            own[ours[-1] if ours else "(library code only)"] += n
            leaf[frames[-1]] += n
    print("%d samples under %s%s" % (total, root, " outside " + exclude if exclude else ""))
    for title, counter in (("called from the root", callee), ("deepest newsbeam frame", own), ("leaf", leaf)):
        print("-- " + title)
        for k, v in counter.most_common(top):
            print("%5.1f%%  %s" % (100.0 * v / max(total, 1), k))


if __name__ == "__main__":
    main()
