#!/usr/bin/env bash
# End to end on generated archives: `newsbeam.jar generate --articles=N --seed=1`, then the job on
# the DirectRunner and on embedded Flink (--flinkMaster=[local] --parallelism=2), each run timed
# with /usr/bin/time -v (wall, max RSS). The core single-thread rate is measured on the
# smallest archive with ArchiveCoreRate (records in memory, PageAnalyzer only).
# Usage: bench/e2e_generated.sh [SIZES] [RUNNERS] [RUNS] [XMX]   (from the repository root)
#   SIZES "1000 10000 100000", RUNNERS "direct flink", RUNS 3 (100,000: 1 unless RUNS_LARGE), XMX 3g
#   EXTRA_OPTS adds job options to every run; CORE=0 skips the core-rate measurement
set -uo pipefail
sizes=${1:-"1000 10000 100000"}
runners=${2:-"direct flink"}
runs=${3:-3}
xmx=${4:-3g}
runs_large=${RUNS_LARGE:-1}
work=${BENCH_TMP:-/tmp/newsbeam-bench}
here=$(cd "$(dirname "$0")" && pwd)
cp="target/test-classes:target/classes:$(cat target/cp.txt)"
results=$work/generated-results.txt
mkdir -p "$work"

if ! java -jar target/newsbeam.jar generate --help >/dev/null 2>&1; then
  echo "this build has no 'generate' command: skipping generated-archive runs"
  exit 0
fi

for n in $sizes; do
  if [ ! -f "$work/gen-$n/.done" ]; then
    rm -rf "$work/gen-$n"
    echo "generating $n articles: $("$here/timed.sh" java -Xmx"$xmx" -jar target/newsbeam.jar generate --articles="$n" --seed=1 --output="$work/gen-$n")"
    touch "$work/gen-$n/.done"
  fi
done

# the generator's mix of records is the same at every size, so the smallest archive gives the rate
core_dir=$work/gen-$(echo $sizes | awk '{ print $1 }')/archive
if [ "${CORE:-1}" = 1 ]; then
  echo "core single-thread rate on $core_dir ($(cut -d' ' -f1-3 /proc/loadavg | sed 's/^/load average /')):"
  java -Xms2g -Xmx2g -cp "$cp" org.newsbeam.bench.ArchiveCoreRate "$core_dir" --rounds=5 | tee "$work/gen-core.txt" | sed 's/^/  /'
fi

for n in $sizes; do
  input=$(find "$work/gen-$n" -mindepth 1 -maxdepth 1 -type d | head -1)
  [ -n "$input" ] || input="$work/gen-$n"
  nruns=$runs
  [ "$n" -ge 100000 ] && nruns=$runs_large
  for runner in $runners; do
    for r in $(seq 1 "$nruns"); do
      out=$work/out-$n-$runner
      rm -rf "$out"
      case $runner in
        direct) opts=() ;;
        flink) opts=(--runner=FlinkRunner --flinkMaster=[local] --parallelism=2) ;;
      esac
      load=$(cut -d' ' -f1-3 /proc/loadavg)
      res=$(TIMED_LOG="$work/run-$n-$runner-$r.log" "$here/timed.sh" java -Xmx"$xmx" -jar target/newsbeam.jar \
        --input="$input" --output="$out" "${opts[@]}" ${EXTRA_OPTS:-})
      articles=$(sed -n 's/.*"articles" *: *\([0-9]*\).*/\1/p' "$out/run_summary.json" 2>/dev/null | head -1)
      line="articles=$n runner=$runner options=\"${EXTRA_OPTS:-}\" run=$r $res xmx=$xmx load_before=\"$load\" summary_articles=${articles:-?}"
      echo "$line" | tee -a "$results"
      grep -q "status=0" <<<"$res" || tail -5 "$work/run-$n-$runner-$r.log"
    done
  done
done
