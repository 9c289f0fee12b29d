#!/bin/sh
# Runs WindowUpdateBench in each configuration the window really runs in and prints one Markdown
# table: configuration x figure, with the date, the load before and after each run, and the JVM
# options exactly as the benchmark's JVM reports them (see docs/PERFORMANCE.md, "Window updates").
#
#   scripts/bench-window.sh            every configuration, the default warm-up (3,000 changes)
#   BENCH_WARMUP=500 scripts/bench-window.sh     the first drags instead
#   BENCH_CONFIGS="c1 c1-bands" scripts/bench-window.sh     only some of them
#
# Configurations:
#   c1          -XX:TieredStopAtLevel=1, as the installed app (packaging/app.options)
#   c1-serial   the same plus -XX:+UseSerialGC, as the java -jar relaunch (startup/FastStart)
#   tiered      the JDK's default JIT (C1 then C2), what `mvn javafx:run` and IDEs run
#   each with -bands: ranges on four inputs, so every change also brings bands, tornado, fill dates
set -eu
cd "$(dirname "$0")/.."
warmup=${BENCH_WARMUP:-3000}
configs=${BENCH_CONFIGS:-"c1 c1-bands c1-serial c1-serial-bands tiered tiered-bands"}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

mvn -B -ntp -q -Pbench -DskipTests test-compile >&2

figure() { # figure FILE PATTERN FIELD: the value after FIELD= on the first line matching PATTERN
    grep -m1 -- "$2" "$1" | sed -n "s/.* $3=\([0-9.]*\).*/\1/p"
}

echo "| configuration | wall p50 / p99 (ms) | FX CPU p50 / p99 (ms) | allocated per change | render p50 / p99 (ms) | band lag p50 / p99 (ms) | load before / after | JVM options |"
echo "|---|---|---|---|---|---|---|---|"
for config in $configs; do
    case $config in
        c1*) jvm="-XX:TieredStopAtLevel=1" ;;
        tiered*) jvm="-XX:+TieredCompilation" ;;
        *) echo "unknown configuration: $config (c1, c1-serial, tiered, each optionally -bands)" >&2; exit 2 ;;
    esac
    case $config in *-serial*) jvm="$jvm -XX:+UseSerialGC" ;; esac
    case $config in *-bands) bands=true ;; *) bands=false ;; esac
    before=$(cut -d' ' -f1 /proc/loadavg)
    log="$out/$config.txt"
    mvn -B -ntp -q -Pbench -DskipTests "-Dbench.jvm=$jvm" -Dbench.bands=$bands -Dbench.warmUp="$warmup" \
        exec:exec@window-bench > "$log" 2>&1 || { cat "$log" >&2; exit 1; }
    after=$(cut -d' ' -f1 /proc/loadavg)
    options=$(sed -n 's/.*JVM options: //p' "$log" | tr ' ' '\n' | grep -v -e '^-Djava.util.prefs' -e '^-Djavafx.cachedir' | tr '\n' ' ')
    band="–"
    if [ $bands = true ]; then
        band="$(figure "$log" 'bands follow' p50) / $(figure "$log" 'bands follow' p99)"
    fi
    echo "| $config | $(figure "$log" 'layout pass:' p50) / $(figure "$log" 'layout pass:' p99)" \
        "| $(figure "$log" 'CPU time' p50) / $(figure "$log" 'CPU time' p99)" \
        "| $(grep -m1 'allocated on the FX thread' "$log" | sed 's/.*thread: \([0-9.]* kB\).*/\1/')" \
        "| $(figure "$log" 'render' p50) / $(figure "$log" 'render' p99) | $band | $before / $after | \`${options% }\` |"
done
echo
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(grep -m1 '^Java:' "$out"/*.txt | head -1 | sed 's/.*Java: /JDK /'), warm-up $warmup changes"
