#!/usr/bin/env bash
# Resident memory of the window's JVMs: starts each subject under one Xvfb screen, waits until
# the window has been open for --after seconds (default 12) and adds up the resident set (VmRSS)
# of the started process and every process below it (under java -jar: the JVM that relaunches and
# the window's JVM). Subjects run in turns, N times each (default 5), after one warm-up start
# each that closes its own window after the first frame, so that java -jar's class archive
# exists (in a cache folder of the run's own) as on a user's second start. Prints every run and
# the medians, in MB (10^6 bytes), with the 1-minute load before and after.
#
# Usage: scripts/measure-memory.sh [--runs N] [--after S] [--jar JAR] [--only NAME,...]
#                                  [--subject NAME=COMMAND]...
#   default subjects:
#     java-jar      java -jar JAR                        (relaunched, ADR 0004/0008)
#     one-jvm       java -Dcrvs.fastStart=false -jar JAR
#   --subject adds one; COMMAND runs in bash with the run's own folders in $JAVA_TOOL_OPTIONS:
#     --subject 'c1=java -XX:TieredStopAtLevel=1 -Dcrvs.fastStart=false -jar target/crvs-planner.jar'
#
# Needs Xvfb and python3 (scripts/wait-for-window.py tells when the window is painted).
set -euo pipefail
cd "$(dirname "$0")/.."

runs=5
after=12
jar=target/crvs-planner.jar
only=
declare -a names=(java-jar one-jvm) commands=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --after) after=$2; shift 2 ;;
    --jar) jar=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    --subject) names+=("${2%%=*}"); commands+=("${2#*=}"); shift 2 ;;
    -h|--help) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "measure-memory: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
commands=("exec java -jar '$jar'" "exec java -Dcrvs.fastStart=false -jar '$jar'" "${commands[@]}")

work=$(mktemp -d /tmp/measure-memory.XXXXXX)
xvfb_pid=
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.05; done
export DISPLAY=":$(cat "$work/display")"

# The process and all its descendants, from /proc (ps --ppid would need one call per level).
tree() {
  local pid=$1 child
  echo "$pid"
  for child in $(cat /proc/"$pid"/task/*/children 2>/dev/null); do tree "$child"; done
}
rss_kb() {
  local total=0 pid kb
  for pid in $(tree "$1"); do
    kb=$(awk '/^VmRSS:/ {print $2}' /proc/"$pid"/status 2>/dev/null || true)
    total=$((total + ${kb:-0}))
  done
  echo "$total"
}

# One start: prints the total resident MB and each process's, e.g. "268 46+222".
measure() {
  local i=$1 warm=${2:-} options="-Djava.util.prefs.userRoot=$work/prefs -Dcrvs.cacheDir=$work/cache"
  [ -n "$warm" ] && options="$options -Dcrvs.startupProbe=true -Dcrvs.startupProbe.exit=true"
  local log="$work/${names[$i]}.log" pid result each=
  if [ -n "$warm" ]; then
    JAVA_TOOL_OPTIONS="$options" timeout 60 bash -c "${commands[$i]}" >"$log" 2>&1 || true
    return
  fi
  JAVA_TOOL_OPTIONS="$options" setsid bash -c "${commands[$i]}" >"$log" 2>&1 &
  pid=$!
  result=$(python3 scripts/wait-for-window.py --name 'CRVS Capacity Planner$' --timeout 30 -- \
             bash -c "while kill -0 $pid 2>/dev/null; do sleep 1; done") || true
  if [[ $result != mapped_ms=* ]]; then
    echo "measure-memory: ${names[$i]} showed no window; its output:" >&2
    tail -20 "$log" >&2
    kill -- -"$pid" 2>/dev/null || true
    exit 1
  fi
  sleep "$after"
  for p in $(tree "$pid"); do
    [ "$(cat /proc/"$p"/comm 2>/dev/null)" = java ] &&
      each+="$(( $(awk '/^VmRSS:/ {print $2}' /proc/"$p"/status) / 1000 ))+"
  done
  result=$(( $(rss_kb "$pid") / 1000 ))
  kill -TERM -- -"$pid" 2>/dev/null || true
  for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL -- -"$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo "$result ${each%+}"
}

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

selected=()
for i in "${!names[@]}"; do
  if [ -z "$only" ] || [[ ",$only," == *",${names[$i]},"* ]]; then selected+=("$i"); fi
done
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); display $DISPLAY; $runs runs, RSS ${after} s after the window painted"
for i in "${selected[@]}"; do measure "$i" warm; done
declare -A totals
for r in $(seq "$runs"); do
  for i in "${selected[@]}"; do
    read -r total each <<<"$(measure "$i")"
    totals[$i]+="$total "
    printf 'run %d  %-14s %4d MB  (JVMs: %s MB)\n' "$r" "${names[$i]}" "$total" "$each"
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| subject | resident, median (MB) | every run (MB) |"
echo "|---|---:|---|"
for i in "${selected[@]}"; do
  echo "| ${names[$i]} | $(median ${totals[$i]}) | ${totals[$i]% } |"
done
