#!/usr/bin/env bash
# Whole-process timing of a command-line workbook export (target: 1.5 s or less), from JVM start
# to the file on disk. Uses hyperfine when installed (apt-get install hyperfine), otherwise a
# median of N runs in plain bash (also with BENCH_PLAIN=1).
#
#   scripts/bench-cli-export.sh [RUNS]        (default 20; builds target/crvs-planner.jar if missing)
#   BENCH_JAR=other.jar scripts/bench-cli-export.sh 7     times another build of the jar (A/B)
#
# `java -jar … export` relaunches with C1 only and a class archive of its own (ADR 0009): the two
# warm-up runs write that archive into the user's cache, as a user's first export would.
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${1:-20}"
jar=${BENCH_JAR:-target/crvs-planner.jar}
[ -f "$jar" ] || mvn -q -B -DskipTests package
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

default_plan="java -jar $jar export --force --out $out/default.xlsx"
fifty_years="java -jar $jar export --force --out $out/fifty.xlsx --years 50 --growth 2.5 --population 40000000 \
--coverage-start 30 --coverage-full-year 8 --event marriage=4.5:2 --event divorce=1.2 \
--legacy-records 3000000 --legacy-attachments 1 --backup-rule retention --include-development"

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
  "$(free -g | awk '/Mem:/ {print $2}') GB RAM; $(java -version 2>&1 | head -1); load: $(cut -d' ' -f1-3 /proc/loadavg)"

if [ -z "${BENCH_PLAIN:-}" ] && command -v hyperfine >/dev/null; then
  hyperfine --warmup 2 --runs "$runs" --export-json "$out/times.json" \
    -n "default plan (5 years)" "$default_plan" -n "50-year plan" "$fifty_years"
  # The mean suffers most when other programs compete for the cores; the median less so.
  grep -oE '"(command|median)": ("[^"]*"|[0-9.]+)' "$out/times.json" | paste - - \
    | awk -F'\t' '{sub(/"command": "/, "", $1); sub(/"$/, "", $1); sub(/"median": /, "", $2);
                    printf "%s: median %d ms\n", $1, $2 * 1000}'
  exit 0
fi

median() {
  local name="$1" command="$2" times=()
  for _ in 1 2; do $command >/dev/null; done
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    $command >/dev/null
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v name="$name" -v n="$runs" \
    '{t[NR]=$1} END {printf "%s: median %d ms (min %d, max %d, %d runs)\n", name, t[int((n+1)/2)], t[1], t[n], n}'
}
median "default plan (5 years)" "$default_plan"
median "50-year plan" "$fifty_years"
