#!/usr/bin/env bash
# Runs the window on a virtual screen with a window manager, so a person (or a helper) can drive
# it with xdotool and look at screenshots, as a user would see it.
#
#   scripts/look.sh start [WxH] [-- app arguments…]   starts Xvfb, openbox and the app; prints DISPLAY
#   scripts/look.sh shot FILE.png                     a screenshot of the whole screen
#   scripts/look.sh keys KEY…                         xdotool key to the app's window (e.g. ctrl+d F11)
#   scripts/look.sh type TEXT                         xdotool type into the focused field
#   scripts/look.sh stop                              ends the app, openbox and Xvfb
#
# Needs xvfb, openbox, xdotool and x11-apps (xwd) and ImageMagick or netpbm to convert:
# `scripts/install-look-deps.sh` installs them. The app keeps its files in a throw-away folder
# (crvs.appData) and its preferences under a throw-away user, so nothing of yours is touched.
# LOOK_DISPLAY picks the display number (default 77); LOOK_JAR the jar (default target/crvs-planner.jar).
set -euo pipefail
cd "$(dirname "$0")/.."

display=":${LOOK_DISPLAY:-77}"
state="/tmp/crvs-look${display#:}"
jar=${LOOK_JAR:-target/crvs-planner.jar}

window_id() {
  DISPLAY=$display xdotool search --sync --onlyvisible --name 'CRVS Capacity Planner' 2>/dev/null | head -n 1
}

case "${1:-}" in
  start)
    shift
    size=1280x800
    if [ $# -gt 0 ] && [ "$1" != "--" ]; then size=$1; shift; fi
    [ "${1:-}" = "--" ] && shift
    mkdir -p "$state"
    Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >"$state/xvfb.log" 2>&1 &
    echo $! >"$state/xvfb.pid"
    for _ in $(seq 50); do DISPLAY=$display xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
    DISPLAY=$display openbox >"$state/openbox.log" 2>&1 &
    echo $! >"$state/openbox.pid"
    sleep 0.5
    mkdir -p "$state/appdata" "$state/prefs"
    DISPLAY=$display java -Dcrvs.fastStart=false -Dcrvs.appData="$state/appdata" \
        -Djava.util.prefs.userRoot="$state/prefs" ${LOOK_JAVA_OPTIONS:-} \
        -jar "$jar" "$@" >"$state/app.log" 2>&1 &
    echo $! >"$state/app.pid"
    id=$(timeout 30 bash -c "$(declare -f window_id); display=$display; window_id") || {
      echo "look: no window within 30 s; see $state/app.log" >&2; exit 1; }
    echo "$id" >"$state/window"
    sleep 1
    echo "DISPLAY=$display window=$id"
    ;;
  shot)
    out=${2:?look.sh shot FILE.png}
    DISPLAY=$display xwd -root -silent | convert xwd:- "$out"
    echo "$out"
    ;;
  keys)
    shift
    DISPLAY=$display xdotool windowactivate --sync "$(cat "$state/window")" key --delay 80 "$@"
    sleep 0.5
    ;;
  type)
    shift
    DISPLAY=$display xdotool type --delay 40 "$*"
    sleep 0.3
    ;;
  stop)
    for p in app openbox xvfb; do
      [ -f "$state/$p.pid" ] && kill "$(cat "$state/$p.pid")" 2>/dev/null || true
    done
    sleep 0.5
    rm -rf "$state"
    ;;
  *)
    sed -n '2,16p' "$0"
    exit 2
    ;;
esac
