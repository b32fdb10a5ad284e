#!/usr/bin/env bash
# Runs every benchmark of BENCHMARKS.md and writes a log per benchmark to target/bench-results/.
# Run from anywhere; works from the repository root. The real-page benchmarks need
# ../shared/benchmarks/article-extraction (not part of the repository); without it they are
# skipped with a message and the others still run.
#
# Environment knobs:
#   SKIP_BUILD=1            use the existing target/ (newsbeam.jar, test-classes, target/cp.txt)
#   SHARED=DIR              the article-extraction benchmark folder
#   COPIES=20 RUNS=3        end to end on real pages: copies of each page, runs
#   SIZES="1000 10000 100000" RUNNERS="direct flink" GEN_RUNS=3 RUNS_LARGE=1 XMX=3g
#   ONLY="core matcher peer e2e-real generated"   a subset
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out=target/bench-results/$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$out"
only=${ONLY:-"core matcher peer e2e-real generated"}
want() { [[ " $only " == *" $1 "* ]]; }
say() { echo "== $*" | tee -a "$out/summary.txt"; }

{
  echo "date: $(date -u)"; echo "nproc: $(nproc)"; lscpu | head -12; free -h | head -2; java -version 2>&1 | head -1
  echo "uptime: $(uptime)"; echo "commit: $(git rev-parse --short HEAD 2>/dev/null)"
} > "$out/machine.txt"
cat "$out/machine.txt"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  say "building (mvn -o -q package -DskipTests; test-compile; classpath)"
  mvn -o -q package -DskipTests && mvn -o -q test-compile \
    && mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt || { echo "build failed"; exit 1; }
fi
cp="target/test-classes:target/classes:$(cat target/cp.txt)"

shared=${SHARED:-}
if [ -z "$shared" ]; then
  for d in ../shared/benchmarks/article-extraction ../../shared/benchmarks/article-extraction; do
    if [ -f "$d/ground-truth.json" ] && [ -d "$d/html" ]; then shared=$d; break; fi
  done
fi
if [ -z "$shared" ]; then
  say "../shared/benchmarks/article-extraction is MISSING (it is not part of the repository):"
  say "skipping the real-page benchmarks (core vs parse, end to end on real pages, readability peer)."
  say "Put the benchmark there or pass SHARED=DIR to run them."
else
  say "real pages: $shared"
fi

if [ -n "$shared" ] && want core; then
  say "1. core vs bare parse, 1 thread ($(uptime | sed 's/.*load/load/'))"
  java -Xms1g -Xmx1g -cp "$cp" org.newsbeam.bench.CoreThroughput "$shared" --rounds=7 --warmup=8 | tee "$out/core.txt"
fi

if want matcher; then
  say "3. ActorMatcher per token, default vs 20,000 actors ($(uptime | sed 's/.*load/load/'))"
  java -Xmx2g -cp "$cp" org.newsbeam.bench.ActorMatcherBench 21 | tee "$out/matcher.txt"
  java -cp "$cp" org.openjdk.jmh.Main ActorMatcherBench -f 1 -wi 5 -i 10 -w 1s -r 1s -prof gc \
    | tee "$out/matcher-jmh.txt" | grep -E "^\[|^Benchmark|^ActorMatcherBench"
fi

if [ -n "$shared" ] && want peer; then
  say "5. readability-lxml peer ($(uptime | sed 's/.*load/load/'))"
  if /usr/bin/python3 -c "import readability" 2>/dev/null; then
    /usr/bin/python3 bench/peer_readability.py --rounds=3 --dir="$shared" | tee "$out/peer.txt"
  else
    say "readability-lxml missing: sudo apt-get install -y python3-readability (skipped)"
  fi
fi

if [ -n "$shared" ] && want e2e-real; then
  say "2. end to end on real pages ($(uptime | sed 's/.*load/load/'))"
  bench/e2e_real.sh "$shared" "${COPIES:-20}" "${RUNS:-3}" "${XMX:-3g}" | tee "$out/e2e-real.txt"
fi

if want generated; then
  say "4. generated archives ($(uptime | sed 's/.*load/load/'))"
  bench/e2e_generated.sh "${SIZES:-1000 10000 100000}" "${RUNNERS:-direct flink}" "${GEN_RUNS:-3}" "${XMX:-3g}" \
    | tee "$out/generated.txt"
fi
say "results in $root/$out"
