#!/usr/bin/env bash
# End to end on the real pages: each page copied COPIES times under distinct names and URLs
# (bench/copy_pages.py), then `java -jar target/newsbeam.jar --input=DIR --output=OUT` on the
# DirectRunner, RUNS times; wall time includes JVM startup. Compared with the bare one-thread
# Jsoup.parse rate measured by CoreThroughput just before.
# Usage: bench/e2e_real.sh BENCHMARK_DIR [COPIES] [RUNS] [XMX]   (from the repository root)
# EXTRA_OPTS adds job options (e.g. "--enforceImmutability=false --enforceEncodability=false").
set -euo pipefail
bench_dir=$1
copies=${2:-20}
runs=${3:-3}
xmx=${4:-3g}
work=${BENCH_TMP:-/tmp/newsbeam-bench}/real-x$copies
here=$(cd "$(dirname "$0")" && pwd)
cp="target/test-classes:target/classes:$(cat target/cp.txt)"

if [ ! -d "$work/in" ]; then
  python3 "$here/copy_pages.py" "$bench_dir" "$work/in" "$copies"
fi
pages=$(find "$work/in" -name '*.html' | wc -l)
echo "pages: $pages ($copies copies), input $(du -sh "$work/in" | cut -f1); $(cut -d' ' -f1-3 /proc/loadavg | sed 's/^/load average /')"

echo "bare parse reference (CoreThroughput, 1 thread):"
java -Xms1g -Xmx1g -cp "$cp" org.newsbeam.bench.CoreThroughput "$bench_dir" --rounds=5 --warmup=3 | tee "$work/core.txt" | sed 's/^/  /'
parse_wall=$(sed -n 's/.*parse_wall=\([0-9.]*\).*/\1/p' "$work/core.txt")

rates=()
for r in $(seq 1 "$runs"); do
  rm -rf "$work/out-$$"
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  res=$(TIMED_LOG="$work/run$r-$$.log" "$here/timed.sh" java -Xmx"$xmx" -jar target/newsbeam.jar --input="$work/in" --output="$work/out-$$" ${EXTRA_OPTS:-})
  wall=$(sed -n 's/.*wall_s=\([0-9.]*\).*/\1/p' <<<"$res")
  rate=$(awk -v p="$pages" -v w="$wall" 'BEGIN { printf "%.1f", p / w }')
  rates+=("$rate")
  echo "run $r: $res pages/s=$rate (load average before: $load)"
  grep -q "status=0" <<<"$res" || { echo "run failed, see $work/run$r-$$.log"; tail -20 "$work/run$r-$$.log"; exit 1; }
done
median=$(printf '%s\n' "${rates[@]}" | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
ratio=$(awk -v m="$median" -v p="$parse_wall" 'BEGIN { printf "%.2f", m / p }')
verdict=$(awk -v r="$ratio" 'BEGIN { print (r >= 0.6) ? "met" : "MISSED" }')
echo "RESULT e2e_real options=\"${EXTRA_OPTS:-}\" pages=$pages median_pages_per_s=$median (of $runs) parse_wall=$parse_wall ratio=$ratio target>=0.60: $verdict"
