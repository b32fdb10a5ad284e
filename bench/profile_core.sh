#!/usr/bin/env bash
# Where the extraction core spends its time beyond the parse: CoreThroughput under async-profiler
# (tools.profiler:async-profiler from Maven Central, Linux x64), then a summary of the samples
# under PageAnalyzer.analyze that are not inside Jsoup.parse.
# Usage: bench/profile_core.sh [BENCHMARK_DIR]   (from the repository root, after the build steps
# of BENCHMARKS.md section 1)
set -euo pipefail
dir=${1:-../shared/benchmarks/article-extraction}
jar=$HOME/.m2/repository/tools/profiler/async-profiler/2.9/async-profiler-2.9.jar
[ -f "$jar" ] || mvn -q dependency:get -Dartifact=tools.profiler:async-profiler:2.9
work=target/profile
mkdir -p "$work"
unzip -o -q "$jar" linux-x64/libasyncProfiler.so -d "$work"
cp="target/test-classes:target/classes:$(cat target/cp.txt)"
java -agentpath:"$work"/linux-x64/libasyncProfiler.so=start,event=itimer,interval=1ms,file="$work"/core.collapsed,collapsed \
  -Xms1g -Xmx1g -cp "$cp" org.newsbeam.bench.CoreThroughput "$dir" --rounds=15 --warmup=4 | tail -2
python3 "$(dirname "$0")"/profile_summary.py "$work"/core.collapsed PageAnalyzer.analyze Jsoup.parse
