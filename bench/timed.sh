#!/usr/bin/env bash
# Runs a command under /usr/bin/time -v; prints "wall_s=.. maxrss_mb=.. user_s=.. sys_s=.. status=.."
# on the last line of stdout, the command's own output going to $TIMED_LOG (default /dev/null).
set -u
log=${TIMED_LOG:-/dev/null}
tf=$(mktemp)
/usr/bin/time -v -o "$tf" "$@" >>"$log" 2>&1
status=$?
awk -v status="$status" '
  /Elapsed \(wall clock\)/ { n = split($NF, p, ":"); w = (n == 3) ? p[1]*3600 + p[2]*60 + p[3] : p[1]*60 + p[2] }
  /Maximum resident set size/ { rss = $NF / 1024 }
  /User time/ { u = $NF }
  /System time/ { s = $NF }
  END { printf "wall_s=%.2f maxrss_mb=%.0f user_s=%.2f sys_s=%.2f status=%d\n", w, rss, u, s, status }' "$tf"
rm -f "$tf"
