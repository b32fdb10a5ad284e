#!/bin/sh
# Packs the pages listed in sample-data/warc-src/manifest.tsv into
# sample-data/archive/warc/sample.warc.gz with the ingest tests' SampleWarcBuilder (run as a
# single-file Java program, so no build is needed), then writes the offsets of the response records
# to sample-data/warc-src/offsets.txt for the gold. Run from anywhere; render.py calls it.
# BUILDER and JWARC override where the builder source and the jwarc jar are.
set -e
cd "$(dirname "$0")/../.."
BUILDER=${BUILDER:-src/test/java/org/newsbeam/ingest/SampleWarcBuilder.java}
JWARC=${JWARC:-$(find "$HOME/.m2/repository/org/netpreserve/jwarc" -name 'jwarc-*.jar' | sort | tail -n 1)}
# One WARC-Date for the crawl (each page one minute later), after the newest page was published.
set -- --date=2025-11-13T04:00:00Z sample-data/archive/warc/sample.warc.gz
while IFS="$(printf '\t')" read -r file url crawled; do
  set -- "$@" "$url=sample-data/$file"
done < sample-data/warc-src/manifest.tsv
java -cp "$JWARC" "$BUILDER" "$@" >/dev/null
python3 sample-data/tools/warc_offsets.py
