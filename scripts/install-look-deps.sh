#!/usr/bin/env bash
# Installs what scripts/look.sh needs to show the window as a user sees it: a virtual screen, a
# window manager, xdotool to drive it, xwd and ImageMagick for screenshots. Safe to run again.
set -euo pipefail
packages=(xvfb libgtk-3-0 openbox xdotool x11-apps x11-utils imagemagick)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "install-look-deps: not root or no apt-get; missing: ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
