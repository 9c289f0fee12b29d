#!/usr/bin/env bash
# Measures launch to first visible frame under Xvfb, side by side in one run:
#   packaged   the packaged app's launcher (mvn -Ppackage package makes it)
#   java-jar   java -jar target/crvs-planner.jar
#   calc       LibreOffice Calc opening a workbook
# Each is started once to warm the disk cache and the profiles (not counted; Calc is left open for
# 6 s so that LibreOffice finishes its first-start work: a profile that never had that stays about
# 0.6 s slower; a Java window closes itself after its first frame, which lets java -jar keep the
# class archive its first start writes, in a cache folder of the run's own), then N times (default 5) in turns, so that load on the machine falls on all of
# them alike; the table shows the median, and the best run, which other work on the machine
# disturbed least. Everything runs in one D-Bus session, as on a desktop. docs/PERFORMANCE.md
# ("Start-up and installers") records results and their reading.
#
# "Visible" means: the window with the expected title is mapped AND painted (its pixels are no
# longer one flat colour); scripts/wait-for-window.py watches the X server for that, from just
# before the command starts. For the Java windows the table also shows the app's own probe
# (-Dcrvs.startupProbe: JVM uptime at the third animation pulse, by which the first frame is on
# screen), which leaves out the launcher and the JVM's own start.
#
# Usage: scripts/measure-startup.sh [--runs N] [--app LAUNCHER] [--jar JAR] [--java JAVA]
#                                   [--workbook FILE.xlsx] [--only NAME,...]
#                                   [--subject NAME=COMMAND]...
#   --subject adds a Java window to compare; COMMAND runs in bash with the probe options in
#     $JAVA_TOOL_OPTIONS (quote it so that your shell leaves it alone), e.g. a JVM flag to try:
#     --subject 'serialgc=java -XX:+UseSerialGC -jar target/crvs-planner.jar'
#     --subject 'pkg-serialgc=JAVA_TOOL_OPTIONS="$JAVA_TOOL_OPTIONS -XX:+UseSerialGC" exec target/package/app-image/crvs-planner/bin/crvs-planner'
#   --only    runs only these subjects (names as in the table)
#
# Needs Xvfb, python3 with libX11, dbus-daemon, and the LibreOffice that can open windows
# (apt-get install xvfb dbus libreoffice-calc libreoffice-gtk3; the -nogui packages cannot).
# Check the load first (uptime): on a busy machine every number grows.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=5
app=target/package/app-image/crvs-planner/bin/crvs-planner
jar=target/crvs-planner.jar
java=java
workbook=
only=
declare -a extra_names=() extra_commands=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --app) app=$2; shift 2 ;;
    --jar) jar=$2; shift 2 ;;
    --java) java=$2; shift 2 ;;
    --workbook) workbook=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    --subject) extra_names+=("${2%%=*}"); extra_commands+=("${2#*=}"); shift 2 ;;
    -h|--help) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "measure-startup: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

for tool in Xvfb python3 soffice; do
  command -v "$tool" >/dev/null || { echo "measure-startup: $tool is missing (see --help)" >&2; exit 2; }
done
# libreoffice-core-nogui cannot open windows at all, and with libreoffice-calc-nogui Calc opened
# in 1.1 s instead of 0.4 s here: measure with the Calc people have on their desktops. Without
# calc among --only's subjects only the headless conversion below runs, which either can do.
if { [ -z "$only" ] || [[ ",$only," == *",calc,"* ]]; } &&
   { ! ls /usr/lib/libreoffice/program/libvclplug_*.so >/dev/null 2>&1 ||
   { command -v dpkg-query >/dev/null &&
     ! dpkg-query -W -f='${Status}' libreoffice-calc 2>/dev/null | grep -q 'install ok installed'; }; }; then
  echo "measure-startup: needs the desktop LibreOffice Calc, not the -nogui packages:" \
       "apt-get install libreoffice-calc libreoffice-gtk3" >&2
  exit 2
fi

work=$(mktemp -d /tmp/measure-startup.XXXXXX)
xvfb_pid= bus_pid=
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  [ -n "$bus_pid" ] && kill "$bus_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# A desktop has a D-Bus session; without one, GTK and LibreOffice try to start their own.
if command -v dbus-daemon >/dev/null; then
  dbus-daemon --session --fork --nopidfile --print-address=3 --print-pid=4 \
    3>"$work/bus-address" 4>"$work/bus-pid" 2>/dev/null
  bus_pid=$(cat "$work/bus-pid")
  DBUS_SESSION_BUS_ADDRESS=$(cat "$work/bus-address")
  export DBUS_SESSION_BUS_ADDRESS
fi

# One virtual screen for the whole run; -displayfd picks a free display number.
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.05; done
export DISPLAY=":$(cat "$work/display")"

# LibreOffice's profile lives in $work: a headless conversion creates it, and the warm-up below
# gives it the first real session it needs to start fast.
lo_profile="file://$work/lo-profile"
if [ -z "$workbook" ]; then
  # A stand-in until the app's own exported workbook exists: measure with that one then.
  awk 'BEGIN {
    print "Year,Population,Records,App server disk (GB),Backup disk (GB)"
    for (y = 1; y <= 10; y++) printf "%d,%d,%d,%.2f,%.2f\n", y, 30000000 + y * 750000,
      749970 + y * 18000, 100 + y * 913.71, 2 * (100 + y * 913.71)
  }' >"$work/plan.csv"
  soffice -env:UserInstallation="$lo_profile" --headless --convert-to xlsx --outdir "$work" \
    "$work/plan.csv" >/dev/null 2>&1
  workbook="$work/plan.xlsx"
else
  cp "$workbook" "$work/" && workbook="$work/$(basename "$workbook")"
  soffice -env:UserInstallation="$lo_profile" --headless --convert-to csv --outdir "$work/init" \
    "$workbook" >/dev/null 2>&1
fi
[ -f "$workbook" ] || { echo "measure-startup: no workbook at $workbook" >&2; exit 1; }
book_title=$(basename "$workbook" | sed 's/[.[\*^$()+?{|]/\\&/g')

probe="-Djava.util.prefs.userRoot=$work/prefs -Dcrvs.cacheDir=$work/cache -Dcrvs.startupProbe=true"
names=(packaged java-jar calc "${extra_names[@]}")
declare -A command title
# Java subjects get the probe through JAVA_TOOL_OPTIONS, which the packaged launcher passes on too.
command[packaged]="export JAVA_TOOL_OPTIONS='$probe'; exec '$app'"
command[java-jar]="export JAVA_TOOL_OPTIONS='$probe'; exec '$java' -jar '$jar'"
command[calc]="exec soffice -env:UserInstallation='$lo_profile' --nologo --norestore --calc '$workbook'"
title[calc]="^$book_title - LibreOffice Calc\$"
for i in "${!extra_names[@]}"; do
  command[${extra_names[$i]}]="export JAVA_TOOL_OPTIONS='$probe'; ${extra_commands[$i]}"
done
selected=()
for n in "${names[@]}"; do
  if [ -z "$only" ] || [[ ",$only," == *",$n,"* ]]; then selected+=("$n"); fi
done
[ -x "$app" ] || [[ " ${selected[*]} " != *" packaged "* ]] || {
  echo "measure-startup: no packaged app at $app (mvn -Ppackage package)" >&2; exit 2; }

# One start: prints "mapped painted probe" in ms (probe "-" when there is none). $2: seconds to
# leave the window open (the Java probe prints within 1 s of the frame).
measure() {
  local name=$1 linger=${2:-1} log="$work/$1.log" result probe_ms cmd=${command[$1]}
  # A Java warm-up closes its own window after the first frame: under java -jar the first start
  # on a machine writes a class archive as it exits normally (docs/decisions/0004).
  [ -n "${warm:-}" ] && [ "$name" != calc ] && cmd=${cmd/"$probe"/"$probe -Dcrvs.startupProbe.exit=true"}
  : >"$log"
  result=$(python3 scripts/wait-for-window.py --name "${title[$name]:-CRVS Capacity Planner\$}" \
             --linger "$linger" --log "$log" -- bash -c "$cmd") || true
  rm -f "$(dirname "$workbook")/.~lock.$(basename "$workbook")#"   # a killed Calc leaves its lock
  if [[ $result != mapped_ms=* ]]; then
    echo "measure-startup: $name showed no window; its output:" >&2
    tail -20 "$log" >&2
    exit 1
  fi
  probe_ms=$(grep -o 'first-frame-ms=[0-9]*' "$log" | cut -d= -f2 || true)
  result=${result#mapped_ms=}
  echo "${result% painted_ms=*} ${result#* painted_ms=} ${probe_ms:--}"
}

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

echo "load before: $(uptime | sed 's/.*load average: //')"
echo "display $DISPLAY, workbook $workbook, $runs runs after one warm-up each"
for n in "${selected[@]}"; do warm=1 measure "$n" 6 >/dev/null; done
declare -A painted mapped probes
for r in $(seq "$runs"); do
  for n in "${selected[@]}"; do
    read -r m p j <<<"$(measure "$n")"
    mapped[$n]+="$m " painted[$n]+="$p " probes[$n]+="$j "
    printf 'run %d  %-10s mapped %5d ms  painted %5d ms  probe %s\n' "$r" "$n" "$m" "$p" "$j"
  done
done
echo "load after: $(uptime | sed 's/.*load average: //')"

calc_median=
[ -n "${painted[calc]:-}" ] && calc_median=$(median ${painted[calc]})
echo
echo "| subject | painted, median (ms) | painted, best (ms) | mapped, median (ms) | JVM probe, median (ms) | painted, every run (ms) | ÷ Calc |"
echo "|---|---:|---:|---:|---:|---|---:|"
for n in "${selected[@]}"; do
  pm=$(median ${painted[$n]})
  if [[ ${probes[$n]} == *[0-9]* ]]; then jm=$(median $(tr ' ' '\n' <<<"${probes[$n]}" | grep -v '^-\?$')); else jm=-; fi
  ratio=-
  [ -n "$calc_median" ] && ratio=$(awk -v a="$pm" -v b="$calc_median" 'BEGIN {printf "%.2f", a / b}')
  echo "| $n | $pm | $(printf '%s\n' ${painted[$n]} | sort -n | head -1) | $(median ${mapped[$n]}) | $jm | ${painted[$n]% } | $ratio |"
done
